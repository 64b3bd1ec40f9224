#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace pc::exchange {

// A cell as an officer sees it: its text as shown, and the date a date
// cell holds (whatever format shows it).
struct Cell
{
    QString text;
    QDate date;
};

// A sheet's written cells, by row and column from 0.
class Sheet
{
public:
    QString name;

    // Empty where nothing is written.
    const Cell &cell(int row, int column) const;
    QString text(int row, int column) const { return cell(row, column).text; }
    int rowCount() const { return m_rows; }
    int columnCount() const { return m_columns; }
    void set(int row, int column, const Cell &cell);

    // "B12" for row 11, column 1: how a spreadsheet names the cell.
    static QString cellName(int row, int column);

private:
    static quint64 key(int row, int column) { return (quint64(quint32(row)) << 32) | quint32(column); }
    QHash<quint64, Cell> m_cells;
    int m_rows = 0;
    int m_columns = 0;
};

struct Workbook
{
    QString fileName;
    QString format;      // "ods", "xlsx" or "csv"
    QList<Sheet> sheets;

    // The sheet of that name, nullptr when there is none.
    const Sheet *sheet(const QString &name) const;
};

// Reads a spreadsheet: OpenDocument (.ods: LibreOffice, the CNIL's model),
// Office Open XML (.xlsx: Excel, and LibreOffice saving as such) or CSV (one
// sheet), whatever the file's name says, through libzip and Qt's XML
// stream reader. Refuses with the reason, naming the sheet where one is to
// blame: a file that is none of these, a damaged or password-protected
// one, an old .xls, more than kMostCells written cells, an entry that
// would unpack to more than kLargestPart.
class WorkbookReader final
{
    Q_DECLARE_TR_FUNCTIONS(pc::exchange::WorkbookReader)

public:
    static constexpr qint64 kLargestFile = 50 * 1024 * 1024;
    static constexpr qint64 kLargestPart = 200 * 1024 * 1024;
    static constexpr qsizetype kMostCells = 500'000;

    static Result<Workbook> read(const QString &path);
    static Result<Workbook> read(const QString &fileName, const QByteArray &content);
};

} // namespace pc::exchange
