#pragma once

#include "Report.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

// A report as a document the officer edits in a word processor, with the
// content and language of its PDF: OpenDocument Text (.odt) and Office Open
// XML (.docx). The cover's title and details, then the headings (outline
// levels, so the document has a navigable structure), paragraphs,
// label-value fields, tables (their header row repeated on each page) and
// charts (as pictures); the organization and title run in the page header,
// the page number in the footer. The containers are written by libzip, the
// XML by QXmlStreamWriter.
namespace pc::reports {

enum class OfficeFormat { Odt, Docx };

// The format a file name asks for (.odt, .docx); nothing for another.
std::optional<OfficeFormat> officeFormatOf(const QString &fileName);

Result<QByteArray> officeDocument(const Report &report, OfficeFormat format, PaperSize paper = PaperSize::A4);
// Written whole or not at all (QSaveFile).
Status writeOfficeDocument(const Report &report, OfficeFormat format, const QString &path,
                           PaperSize paper = PaperSize::A4);

} // namespace pc::reports
