#pragma once

#include <QDate>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <variant>

class QPainter;
class QRectF;

// A report as content, before it is laid out on pages: a cover, the blocks
// it is made of (headings, paragraphs, fields, tables, charts), and the
// tables again as data for CSV. Large tables are not held in memory: they
// are read row by row, as many times as they are laid out or exported.
namespace pc::reports {

enum class Alignment { Left, Right, Center };

struct Column
{
    QString header;
    double width = 1;          // relative to the other columns
    Alignment alignment = Alignment::Left;
    // Texts of the column that are never broken (a reference, a date): the
    // column is as wide as the widest of them, and the others share the rest.
    QStringList whole = {};
    // Texts the column may wrap between words but never inside one (the
    // labels of a code list): the column is never narrower than their
    // longest word, nor than its header's.
    QStringList words = {};
};

// One row after another; false when there are no more (or on an error,
// which `problem` then says).
class RowCursor
{
public:
    virtual ~RowCursor() = default;
    virtual bool next(QStringList &row) = 0;
    virtual QString problem() const { return {}; }
};
using RowSource = std::function<std::unique_ptr<RowCursor>()>;

// A table of the report: its columns, and its rows given or read on demand.
struct Table
{
    QString name;              // for its CSV file: "activities", "requests"...
    QList<Column> columns;
    QList<QStringList> rows;   // used when `source` is empty
    RowSource source;
    bool zebra = true;         // every other row shaded
    bool header = true;        // the columns' names above the rows (and again on each page)

    std::unique_ptr<RowCursor> open() const;
};

struct Heading
{
    int level = 1;             // 1: a part (new page), 2: a section, 3: a subsection
    QString text;
    bool inContents = true;    // listed in the table of contents (levels 1 and 2)
};

struct Paragraph
{
    QString text;
    enum class Style { Body, Note, Emphasis, Warning, Compact } style = Style::Body;
};

// Label and value pairs, one per line: a record's items.
struct Fields
{
    QList<std::pair<QString, QString>> items;
    int columns = 1;           // 2: two label-value pairs a line, for short values
};

// A picture drawn with the painter, so that it stays vector graphics in a PDF.
struct Chart
{
    QSizeF size;               // in points; the width is at most the text's
    std::function<void(QPainter &, const QRectF &)> paint;
};

struct PageBreak
{
};

struct Block;
// Blocks produced one after another on demand (the detail of a hundred
// thousand requests), read again for each pass of the layout.
class BlockCursor
{
public:
    virtual ~BlockCursor() = default;
    virtual bool next(Block &block) = 0;
    virtual QString problem() const { return {}; }
};
using BlockSource = std::function<std::unique_ptr<BlockCursor>()>;

struct Stream
{
    BlockSource source;
};

struct Block
{
    std::variant<Heading, Paragraph, Fields, Table, Chart, PageBreak, Stream> content;
};

// What the cover page says and what runs at the top of every page.
struct Cover
{
    QString title;
    QString subtitle;
    QString organization;
    QList<std::pair<QString, QString>> details;   // DPO, date, version, period...
};

enum class PaperSize { A4, Letter };

struct Report
{
    QString language = QStringLiteral("en");
    Cover cover;
    QString runningTitle;      // in the header of every page after the cover
    bool tableOfContents = true;
    QList<Block> blocks;
    QString mainTable;         // the table a CSV export gives when none is named

    void heading(int level, const QString &text, bool inContents = true);
    void paragraph(const QString &text, Paragraph::Style style = Paragraph::Style::Body);
    void fields(const QList<std::pair<QString, QString>> &items);
    void table(Table table);
    void chart(Chart chart);
    void pageBreak();
    void stream(BlockSource source);

    // The tables of the report, in order, for CSV (those inside streams
    // are not listed: they repeat per item).
    QList<const Table *> tables() const;
    const Table *table(const QString &name) const;
    // The report's main table (the list of activities, of requests...), else its first.
    const Table *mainTableOrFirst() const;
};

// A table as CSV (RFC 4180, UTF-8 with its header line), read whole.
QByteArray tableCsv(const Table &table, QString *problem = nullptr);

} // namespace pc::reports
