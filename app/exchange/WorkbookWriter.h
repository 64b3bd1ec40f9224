#pragma once

#include "Workbook.h"

#include <QByteArray>
#include <QList>

namespace pc::exchange {

// A sheet to write: its first row the headings (bold, kept in view while
// scrolling, with a filter), then its rows; text cells, and date cells
// shown dd/mm/yyyy.
struct WrittenSheet
{
    QString name; // at most 31 characters, unique in its workbook
    QList<QList<Cell>> rows;
    QList<double> widths; // per column, in characters; missing ones are the program's default
};

// An Office Open XML workbook (.xlsx) that Excel and LibreOffice open: its
// parts written with QXmlStreamWriter, its container by libzip. Empty when
// memory ran out.
QByteArray xlsxOf(const QList<WrittenSheet> &sheets, const QString &title);

} // namespace pc::exchange
