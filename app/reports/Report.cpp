#include "Report.h"

#include "documents/DocumentText.h"

namespace pc::reports {
namespace {

// The rows a table holds itself.
class ListCursor final : public RowCursor
{
public:
    explicit ListCursor(const QList<QStringList> &rows) : m_rows(rows) {}
    bool next(QStringList &row) override
    {
        if (m_next >= m_rows.size())
            return false;
        row = m_rows.at(m_next++);
        return true;
    }

private:
    const QList<QStringList> &m_rows;
    qsizetype m_next = 0;
};

} // namespace

std::unique_ptr<RowCursor> Table::open() const
{
    if (source)
        return source();
    return std::make_unique<ListCursor>(rows);
}

void Report::heading(int level, const QString &text, bool inContents)
{
    blocks.append(Block{Heading{level, text, inContents}});
}

void Report::paragraph(const QString &text, Paragraph::Style style)
{
    blocks.append(Block{Paragraph{text, style}});
}

void Report::fields(const QList<std::pair<QString, QString>> &items)
{
    blocks.append(Block{Fields{items}});
}

void Report::table(Table t)
{
    blocks.append(Block{std::move(t)});
}

void Report::chart(Chart c)
{
    blocks.append(Block{std::move(c)});
}

void Report::pageBreak()
{
    blocks.append(Block{PageBreak{}});
}

void Report::stream(BlockSource source)
{
    blocks.append(Block{Stream{std::move(source)}});
}

QList<const Table *> Report::tables() const
{
    QList<const Table *> found;
    for (const Block &block : blocks) {
        if (const auto *t = std::get_if<Table>(&block.content))
            found << t;
    }
    return found;
}

const Table *Report::table(const QString &name) const
{
    for (const Table *t : tables()) {
        if (t->name == name)
            return t;
    }
    return nullptr;
}

const Table *Report::mainTableOrFirst() const
{
    if (const Table *main = table(mainTable))
        return main;
    return tables().value(0);
}

QByteArray tableCsv(const Table &table, QString *problem)
{
    QStringList header;
    for (const Column &c : table.columns)
        header << c.header;
    QByteArray csv = documents::csvLine(header);
    std::unique_ptr<RowCursor> cursor = table.open();
    QStringList row;
    while (cursor->next(row))
        csv += documents::csvLine(row);
    if (problem)
        *problem = cursor->problem();
    return csv;
}

} // namespace pc::reports
