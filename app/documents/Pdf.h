#pragma once

#include <QByteArray>
#include <QString>

namespace pc::documents {

// Lays out rich text (the subset of HTML QTextDocument reads) on A4 pages
// with 2 cm margins and returns the PDF file's bytes. Needs a
// QGuiApplication (fonts).
QByteArray htmlToPdf(const QString &html, const QString &title);

} // namespace pc::documents
