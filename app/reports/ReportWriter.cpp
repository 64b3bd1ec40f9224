#include "ReportWriter.h"

#include "core/DocumentLanguage.h"
#include "documents/DocumentText.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QFontMetricsF>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <memory>
#include <mutex>
#include <optional>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace pc::reports {
namespace {

// How long each pass takes: QT_LOGGING_RULES="privacy-console.reports.debug=true".
Q_LOGGING_CATEGORY(lcReports, "privacy-console.reports", QtWarningMsg)

struct WriterText
{
    Q_DECLARE_TR_FUNCTIONS(pc::ReportWriter)
};

QFont font(double points, bool bold = false, bool italic = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    // No ligatures ("fi" stays two letters for whoever searches or copies
    // the text), and the metrics measured are those drawn.
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

const QColor kInk(0x20, 0x20, 0x20);
const QColor kGrey(0x60, 0x60, 0x60);
const QColor kRule(0xb8, 0xb8, 0xb8);
const QColor kHeaderFill(0xe4, 0xe8, 0xee);
const QColor kZebra(0xf5, 0xf6, 0xf8);
const QColor kAccent(0x1f, 0x3a, 0x5f);
const QColor kWarning(0xa3, 0x1f, 0x1f);

// Short texts measured once per font: the dates, labels and statuses a long
// register repeats on every row.
class ShapeCache
{
public:
    struct Entry
    {
        double advance = 0;
    };

    const Entry &measure(const QString &text, const QFont &font, const QFontMetricsF &metrics)
    {
        if (m_entries.size() > 50000)
            m_entries.clear();
        auto it = m_entries.find(key(text, font));
        if (it == m_entries.end()) {
            Entry entry;
            entry.advance = metrics.horizontalAdvance(text);
            it = m_entries.insert(key(text, font), entry);
        }
        return it.value();
    }

    // The font's metrics on the device, made once: made anew for each text,
    // they would resolve the font for the device's resolution every time.
    const QFontMetricsF &metrics(const QFont &font, const QPaintDevice *device)
    {
        auto it = m_metrics.find(style(font));
        if (it == m_metrics.end())
            it = m_metrics.insert(style(font), QFontMetricsF(font, device));
        return it.value();
    }

private:
    // The report's fonts differ by size, weight and slant only.
    static ushort style(const QFont &font)
    {
        return ushort(int(font.pointSizeF() * 10) * 4 + (font.bold() ? 2 : 0) + (font.italic() ? 1 : 0));
    }
    static QString key(const QString &text, const QFont &font) { return QChar(style(font)) + text; }

    QHash<QString, Entry> m_entries;
    QHash<ushort, QFontMetricsF> m_metrics;
};

// A text laid out in a width. Most table cells hold one short line: those
// are measured by their advance alone, without a layout.
class Text
{
public:
    Text(const QString &text, const QFont &f, double width, const QPaintDevice *device,
         Alignment alignment = Alignment::Left, ShapeCache *cache = nullptr)
        : m_font(f), m_width(width), m_alignment(alignment), m_device(device), m_cache(cache)
    {
        const QFontMetricsF metrics = cache ? cache->metrics(f, device) : QFontMetricsF(f, device);
        m_lineHeight = metrics.height();
        m_ascent = metrics.ascent();
        const bool oneLine = !text.contains(QLatin1Char('\n'));
        if (oneLine) {
            const double advance = cache ? cache->measure(text, f, metrics).advance : metrics.horizontalAdvance(text);
            if (advance <= width) {
                m_text = text;
                m_advance = advance;
                m_lineTops = {0};
                m_height = m_lineHeight;
                return;
            }
        }
        QString laid = text;
        laid.replace(QLatin1Char('\n'), QChar::LineSeparator);
        m_layout = std::make_unique<QTextLayout>(laid, f, device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setAlignment(alignment == Alignment::Right    ? Qt::AlignRight
                            : alignment == Alignment::Center ? Qt::AlignHCenter
                                                             : Qt::AlignLeft);
        m_layout->setTextOption(option);
        m_layout->beginLayout();
        double y = 0;
        for (;;) {
            QTextLine line = m_layout->createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            m_lineTops << y;
            y += line.height();
        }
        m_layout->endLayout();
        m_height = y;
        if (m_lineTops.isEmpty()) {
            m_lineTops = {0};
            m_height = m_lineHeight;
        }
    }

    int lines() const { return int(m_lineTops.size()); }
    double height() const { return m_height; }
    // The height of lines [from, to).
    double height(int from, int to) const
    {
        if (from >= to)
            return 0;
        const double end = to < lines() ? m_lineTops.at(to) : m_height;
        return end - m_lineTops.at(from);
    }
    // How many lines from `from` fit in `room`.
    int fitting(int from, double room) const
    {
        int to = from;
        while (to < lines() && height(from, to + 1) <= room + 0.01)
            ++to;
        return to;
    }

    // Draws lines [from, to) with the first line's top at `top`.
    void draw(QPainter *painter, double left, double top, int from, int to, const QColor &color) const
    {
        if (!painter || from >= to)
            return;
        if (painter->pen().color() != color || painter->pen().widthF() != 0)
            painter->setPen(color);
        if (!m_layout) {
            double x = left;
            if (m_alignment == Alignment::Right)
                x = left + m_width - m_advance;
            else if (m_alignment == Alignment::Center)
                x = left + (m_width - m_advance) / 2;
            if (painter->font() != m_font)
                painter->setFont(m_font);
            painter->drawText(QPointF(x, top + m_ascent), m_text);
            return;
        }
        const double shift = top - m_lineTops.at(from);
        for (int i = from; i < to; ++i)
            m_layout->lineAt(i).draw(painter, QPointF(left, shift));
    }

private:
    QFont m_font;
    double m_width = 0;
    Alignment m_alignment = Alignment::Left;
    const QPaintDevice *m_device = nullptr;
    ShapeCache *m_cache = nullptr;
    double m_lineHeight = 0;
    double m_ascent = 0;
    QString m_text;
    double m_advance = 0;
    std::unique_ptr<QTextLayout> m_layout;
    QList<double> m_lineTops;
    double m_height = 0;
};

// One pass over the report: measuring (no painter) or painting. Its own
// words (the contents, the page footers) are in the report's language.
class Layout
{
    PC_DOCUMENT_TR_FUNCTIONS(pc::reports::ReportWriter)

public:
    Layout(const Report &report, QPagedPaintDevice &device, QPainter *painter, const RenderOptions &options)
        : m_report(report), m_language(report.language), m_device(device), m_painter(painter), m_options(options)
    {
        m_dpi = device.logicalDpiY();
        m_pageWidth = device.width();
        m_pageHeight = device.height();
        m_body = QRectF(mm(20), mm(24), m_pageWidth - mm(40), m_pageHeight - mm(24) - mm(20));
        m_bodyFont = font(9.5);
        m_smallFont = font(8.5);
        m_smallBold = font(8.5, true);
        m_labelFont = font(9, true);
        m_noteFont = font(9, false, true);
        m_h1 = font(16, true);
        m_h2 = font(12.5, true);
        m_h3 = font(10.5, true);
        m_frameFont = font(7.5);
        m_bodyLine = QFontMetricsF(m_bodyFont, &m_device).height();
    }

    // The numbers the painting pass takes from the measuring one.
    void setTotals(int pages, const QList<ContentsEntry> &contents)
    {
        m_totalPages = pages;
        m_knownContents = contents;
    }

    Status run()
    {
        m_page = 1;
        drawCover();
        const int entries = contentsEntryCount();
        if (m_report.tableOfContents && entries > 0) {
            newPage();
            drawContents(entries);
        }
        newPage();
        for (const Block &block : m_report.blocks) {
            if (Status s = layout(block); !s)
                return s;
        }
        return m_cancelled ? cancelled() : success();
    }

    int pages() const { return m_page; }
    const QList<ContentsEntry> &contents() const { return m_contents; }

private:
    double mm(double millimetres) const { return millimetres / 25.4 * m_dpi; }
    double pt(double points) const { return points / 72.0 * m_dpi; }
    double room() const { return m_body.bottom() - m_y; }
    bool atTop() const { return m_y <= m_body.top() + 0.5; }

    void newPage()
    {
        if (m_painter) {
            if (m_options.progress && !m_options.progress(m_page, m_totalPages))
                m_cancelled = true;
            m_device.newPage();
        }
        ++m_page;
        m_y = m_body.top();
        drawFrame();
    }

    // The running header and footer of a page after the cover.
    void drawFrame()
    {
        if (!m_painter)
            return;
        const double width = m_body.width();
        const double headerBase = m_body.top() - mm(6);
        Text left(m_report.cover.organization, m_frameFont, width * 0.5, &m_device, Alignment::Left, &m_shapes);
        Text right(m_report.runningTitle, m_frameFont, width * 0.5, &m_device, Alignment::Right, &m_shapes);
        left.draw(m_painter, m_body.left(), headerBase - left.height(), 0, 1, kGrey);
        right.draw(m_painter, m_body.left() + width * 0.5, headerBase - right.height(), 0, 1, kGrey);
        m_painter->setPen(QPen(kRule, pt(0.5)));
        m_painter->drawLine(QPointF(m_body.left(), headerBase + mm(1)), QPointF(m_body.right(), headerBase + mm(1)));
        const double footerTop = m_body.bottom() + mm(6);
        m_painter->drawLine(QPointF(m_body.left(), footerTop - mm(1.5)), QPointF(m_body.right(), footerTop - mm(1.5)));
        if (m_drawnUp.isEmpty()) {
            m_drawnUp = tr("Drawn up on %1 with Privacy Console")
                            .arg(documents::longDate(QDate::currentDate(), m_language.code()));
            m_pageOf = tr("Page %1 of %2");
        }
        Text(m_drawnUp, m_frameFont, width * 0.7, &m_device, Alignment::Left, &m_shapes)
            .draw(m_painter, m_body.left(), footerTop, 0, 1, kGrey);
        Text(m_pageOf.arg(m_page).arg(m_totalPages), m_frameFont, width * 0.3, &m_device, Alignment::Right)
            .draw(m_painter, m_body.left() + width * 0.7, footerTop, 0, 1, kGrey);
    }

    void drawCover()
    {
        if (!m_painter)
            return;
        const Cover &cover = m_report.cover;
        const double width = m_body.width();
        double y = m_pageHeight * 0.28;
        m_painter->fillRect(QRectF(m_body.left(), y - mm(8), mm(25), mm(2)), kAccent);
        Text title(cover.title, font(24, true), width, &m_device);
        title.draw(m_painter, m_body.left(), y, 0, title.lines(), kAccent);
        y += title.height() + mm(4);
        if (!cover.subtitle.isEmpty()) {
            Text subtitle(cover.subtitle, font(13), width, &m_device);
            subtitle.draw(m_painter, m_body.left(), y, 0, subtitle.lines(), kInk);
            y += subtitle.height() + mm(3);
        }
        Text organization(cover.organization, font(15, true), width, &m_device);
        organization.draw(m_painter, m_body.left(), y + mm(6), 0, organization.lines(), kInk);
        y += organization.height() + mm(16);
        const double labelWidth = width * 0.32;
        for (const auto &[label, value] : cover.details) {
            Text l(label, m_labelFont, labelWidth - mm(3), &m_device);
            Text v(value, m_bodyFont, width - labelWidth, &m_device);
            l.draw(m_painter, m_body.left(), y, 0, l.lines(), kGrey);
            v.draw(m_painter, m_body.left() + labelWidth, y, 0, v.lines(), kInk);
            y += std::max(l.height(), v.height()) + mm(2);
        }
    }

    int contentsEntryCount() const
    {
        int count = 0;
        for (const Block &block : m_report.blocks) {
            if (const auto *h = std::get_if<Heading>(&block.content); h && h->inContents && h->level <= 2)
                ++count;
        }
        return count;
    }

    // The table of contents: its pages are counted from the number of
    // entries, the same in both passes; the page numbers come from the
    // measuring pass.
    void drawContents(int entries)
    {
        const QString title = tr("Contents");
        Text heading(title, m_h1, m_body.width(), &m_device);
        heading.draw(m_painter, m_body.left(), m_y, 0, 1, kAccent);
        m_y += heading.height() + mm(5);
        const double line = QFontMetricsF(m_bodyFont, &m_device).height() * 1.35;
        const QFontMetricsF metrics(m_bodyFont, &m_device);
        for (int i = 0; i < entries; ++i) {
            if (room() < line)
                newPage();
            if (m_painter && i < m_knownContents.size()) {
                const ContentsEntry &entry = m_knownContents.at(i);
                const double indent = entry.level > 1 ? mm(6) : 0;
                const QString number = QString::number(entry.page);
                const double numberWidth = metrics.horizontalAdvance(number);
                const double textRoom = m_body.width() - indent - numberWidth - mm(8);
                const QString text = metrics.elidedText(entry.text, Qt::ElideRight, textRoom);
                m_painter->setFont(entry.level == 1 ? font(9.5, true) : m_bodyFont);
                m_painter->setPen(kInk);
                const double base = m_y + metrics.ascent();
                m_painter->drawText(QPointF(m_body.left() + indent, base), text);
                m_painter->drawText(QPointF(m_body.right() - numberWidth, base), number);
                // Dotted leaders between the entry and its page.
                const double from = m_body.left() + indent + QFontMetricsF(m_painter->font(), &m_device).horizontalAdvance(text) + mm(2);
                const double to = m_body.right() - numberWidth - mm(2);
                if (to > from) {
                    QPen dots(kRule, pt(0.8), Qt::DotLine);
                    m_painter->setPen(dots);
                    m_painter->drawLine(QPointF(from, base), QPointF(to, base));
                }
            }
            m_y += line;
        }
    }

    static Status cancelled() { return Error{WriterText::tr("The report was cancelled.")}; }

    Status layout(const Block &block)
    {
        if (m_cancelled)
            return cancelled();
        return std::visit([this](const auto &content) { return place(content); }, block.content);
    }

    Status place(const Heading &h)
    {
        const QFont &f = h.level == 1 ? m_h1 : h.level == 2 ? m_h2 : m_h3;
        Text text(h.text, f, m_body.width(), &m_device, Alignment::Left, &m_shapes);
        const double before = atTop() ? 0 : (h.level == 1 ? 0 : h.level == 2 ? mm(6) : mm(3));
        const double after = h.level == 1 ? mm(5) : mm(2.5);
        if (h.level == 1 && !atTop())
            newPage();
        // A heading is never left alone at the foot of a page.
        else if (room() < before + text.height() + after + 4 * m_bodyLine)
            newPage();
        else
            m_y += before;
        if (h.inContents && h.level <= 2)
            m_contents << ContentsEntry{h.level, h.text, m_page};
        text.draw(m_painter, m_body.left(), m_y, 0, text.lines(), kAccent);
        m_y += text.height();
        if (h.level <= 2 && m_painter) {
            m_painter->setPen(QPen(h.level == 1 ? kAccent : kRule, pt(h.level == 1 ? 1.2 : 0.6)));
            m_painter->drawLine(QPointF(m_body.left(), m_y + mm(1)), QPointF(m_body.right(), m_y + mm(1)));
        }
        m_y += after;
        return success();
    }

    Status place(const Paragraph &p)
    {
        const QFont &f = p.style == Paragraph::Style::Note       ? m_noteFont
                         : p.style == Paragraph::Style::Emphasis ? m_labelFont
                         : p.style == Paragraph::Style::Compact  ? m_smallFont
                                                                 : m_bodyFont;
        const QColor color = p.style == Paragraph::Style::Warning ? kWarning
                             : p.style == Paragraph::Style::Note  ? kGrey
                                                                  : kInk;
        Text text(p.text, f, m_body.width(), &m_device, Alignment::Left, &m_shapes);
        Row row;
        row.cells.push_back(Cell{&text, m_body.left(), color});
        placeRow(row, 0, QColor(), nullptr);
        m_y += p.style == Paragraph::Style::Compact ? mm(1) : mm(2.5);
        return success();
    }

    Status place(const Fields &fields)
    {
        const int perLine = std::max(1, fields.columns);
        const double share = m_body.width() / perLine;
        const double labelWidth = share * (perLine == 1 ? 0.3 : 0.4);
        for (qsizetype i = 0; i < fields.items.size(); i += perLine) {
            std::vector<Text> texts;
            texts.reserve(2 * perLine);
            for (int j = 0; j < perLine && i + j < fields.items.size(); ++j) {
                const auto &[label, value] = fields.items.at(i + j);
                texts.emplace_back(label, m_labelFont, labelWidth - mm(3), &m_device, Alignment::Left, &m_shapes);
                texts.emplace_back(value.isEmpty() ? QStringLiteral("—") : value, m_bodyFont, share - labelWidth - mm(3),
                                   &m_device, Alignment::Left, &m_shapes);
            }
            Row row;
            for (size_t k = 0; k < texts.size(); ++k) {
                const double left = m_body.left() + share * double(k / 2) + (k % 2 == 0 ? 0 : labelWidth);
                row.cells.push_back(Cell{&texts.at(k), left, k % 2 == 0 ? kGrey : kInk});
            }
            placeRow(row, mm(0.7), QColor(), nullptr);
        }
        m_y += mm(2.5);
        return success();
    }

    // Columns whose texts stay whole are as wide as the widest of them (and
    // their header); the others share what is left by their weights, none
    // narrower than its longest word. When that leaves too little room, the
    // whole texts of several words (a date) may wrap between them; when even
    // that cannot be, every column goes by its weight.
    QList<double> columnWidths(const QList<Column> &columns, double pad) const
    {
        if (auto widths = fittedWidths(columns, pad, true))
            return *widths;
        if (auto widths = fittedWidths(columns, pad, false))
            return *widths;
        double total = 0;
        for (const Column &c : columns)
            total += c.width;
        QList<double> widths;
        for (const Column &c : columns)
            widths << m_body.width() * c.width / total;
        return widths;
    }

    std::optional<QList<double>> fittedWidths(const QList<Column> &columns, double pad, bool wholeDates) const
    {
        const QFontMetricsF cellMetrics(m_smallFont, &m_device);
        const QFontMetricsF headerMetrics(m_smallBold, &m_device);
        static const QRegularExpression space(QStringLiteral("\\s+"));
        auto longestWord = [](const QFontMetricsF &metrics, const QStringList &texts) {
            double widest = 0;
            for (const QString &text : texts) {
                for (const QString &word : text.split(space, Qt::SkipEmptyParts))
                    widest = std::max(widest, metrics.horizontalAdvance(word));
            }
            return widest;
        };
        auto severalWords = [](const QStringList &texts) {
            return std::any_of(texts.cbegin(), texts.cend(), [](const QString &t) { return t.trimmed().contains(space); });
        };
        QList<double> widths(columns.size(), 0);
        QList<double> least(columns.size(), 0);
        QList<int> sharing;
        double fixedTotal = 0;
        double leastTotal = 0;
        for (int i = 0; i < columns.size(); ++i) {
            const Column &c = columns.at(i);
            if (!c.whole.isEmpty() && (wholeDates || !severalWords(c.whole))) {
                double natural = headerMetrics.horizontalAdvance(c.header);
                for (const QString &text : c.whole)
                    natural = std::max(natural, cellMetrics.horizontalAdvance(text));
                widths[i] = natural + 2 * pad + 1;
                fixedTotal += widths.at(i);
            } else {
                least[i] = std::max(longestWord(headerMetrics, {c.header}), longestWord(cellMetrics, c.words + c.whole))
                           + 2 * pad + 1;
                leastTotal += least.at(i);
                sharing << i;
            }
        }
        if (fixedTotal + leastTotal > m_body.width() || sharing.isEmpty())
            return std::nullopt;
        // The room left, by weight; a column that would get less than its
        // longest word takes that, and the others share the rest again.
        double room = m_body.width() - fixedTotal;
        bool settled = false;
        while (!settled && !sharing.isEmpty()) {
            settled = true;
            double weights = 0;
            for (const int i : std::as_const(sharing))
                weights += columns.at(i).width;
            for (const int i : std::as_const(sharing)) {
                if (room * columns.at(i).width / weights < least.at(i)) {
                    widths[i] = least.at(i);
                    room -= least.at(i);
                    sharing.removeOne(i);
                    settled = false;
                    break;
                }
            }
            if (settled) {
                for (const int i : std::as_const(sharing))
                    widths[i] = room * columns.at(i).width / weights;
            }
        }
        return widths;
    }

    Status place(const Table &table)
    {
        if (table.columns.isEmpty())
            return success();
        const double pad = mm(1);
        const QList<double> widths = columnWidths(table.columns, pad);
        QList<double> lefts;
        double x = m_body.left();
        for (const double w : widths) {
            lefts << x;
            x += w;
        }
        QList<std::shared_ptr<Text>> headerTexts;
        for (int i = 0; i < table.columns.size(); ++i)
            headerTexts << std::make_shared<Text>(table.columns.at(i).header, m_smallBold, widths.at(i) - 2 * pad,
                                                  &m_device, table.columns.at(i).alignment, &m_shapes);
        auto drawHeader = [&] {
            if (!table.header)
                return;
            Row header;
            for (int i = 0; i < headerTexts.size(); ++i)
                header.cells.push_back(Cell{headerTexts.at(i).get(), lefts.at(i) + pad, kInk});
            placeRow(header, mm(0.9), kHeaderFill, nullptr, true);
        };
        // The header and at least one row together.
        if (room() < headerTexts.first()->height() * (table.header ? 3 : 2) + mm(6))
            newPage();
        drawHeader();
        std::unique_ptr<RowCursor> cursor = table.open();
        QStringList cells;
        qint64 index = 0;
        while (cursor->next(cells)) {
            if (m_cancelled)
                return cancelled();
            std::vector<Text> texts;
            texts.reserve(table.columns.size());
            for (int i = 0; i < table.columns.size(); ++i)
                texts.emplace_back(cells.value(i), m_smallFont, widths.at(i) - 2 * pad, &m_device,
                                   table.columns.at(i).alignment, &m_shapes);
            Row row;
            for (int i = 0; i < int(texts.size()); ++i)
                row.cells.push_back(Cell{&texts.at(i), lefts.at(i) + pad, kInk});
            placeRow(row, mm(0.7), table.zebra && index % 2 == 1 ? kZebra : QColor(), drawHeader, false, true);
            ++index;
        }
        if (const QString problem = cursor->problem(); !problem.isEmpty())
            return Error{problem};
        m_y += mm(2.5);
        return success();
    }

    Status place(const Chart &chart)
    {
        const double width = std::min(pt(chart.size.width()), m_body.width());
        const double height = pt(chart.size.height()) * width / std::max(1.0, pt(chart.size.width()));
        if (room() < height && !atTop())
            newPage();
        if (m_painter && chart.paint) {
            m_painter->save();
            chart.paint(*m_painter, QRectF(m_body.left(), m_y, width, height));
            m_painter->restore();
        }
        m_y += height + mm(3);
        return success();
    }

    Status place(const PageBreak &)
    {
        if (!atTop())
            newPage();
        return success();
    }

    Status place(const Stream &stream)
    {
        if (!stream.source)
            return success();
        std::unique_ptr<BlockCursor> cursor = stream.source();
        Block block;
        while (cursor->next(block)) {
            if (Status s = layout(block); !s)
                return s;
        }
        if (const QString problem = cursor->problem(); !problem.isEmpty())
            return Error{problem};
        return success();
    }

    struct Cell
    {
        const Text *text;
        double left;
        QColor color;
    };
    struct Row
    {
        std::vector<Cell> cells;
    };

    // Places a row of cells, on as many pages as its lines need: each
    // slice has the room left, the rest goes on over the next page (after
    // the table's header again, when there is one).
    void placeRow(const Row &row, double padding, const QColor &fill, const std::function<void()> &onNewPage,
                  bool isHeader = false, bool ruled = false)
    {
        std::vector<int> from(row.cells.size(), 0);
        auto done = [&] {
            for (size_t i = 0; i < row.cells.size(); ++i) {
                if (from[i] < row.cells[i].text->lines())
                    return false;
            }
            return true;
        };
        double whole = 0;
        for (const Cell &c : row.cells)
            whole = std::max(whole, c.text->height());
        // A row that fits on a page of its own is not cut.
        if (whole + 2 * padding > room() && !atTop() && whole + 2 * padding <= m_body.height() * 0.8 && !isHeader) {
            newPage();
            if (onNewPage)
                onNewPage();
        }
        while (!done()) {
            const double available = room() - 2 * padding;
            std::vector<int> to(row.cells.size());
            double sliceHeight = 0;
            bool any = false;
            for (size_t i = 0; i < row.cells.size(); ++i) {
                to[i] = row.cells[i].text->fitting(from[i], available);
                any = any || to[i] > from[i];
                sliceHeight = std::max(sliceHeight, row.cells[i].text->height(from[i], to[i]));
            }
            if (!any) {
                if (atTop()) {
                    // A line taller than a page: drawn anyway, clipped by the page.
                    for (size_t i = 0; i < row.cells.size(); ++i)
                        to[i] = std::min(from[i] + 1, row.cells[i].text->lines());
                } else {
                    newPage();
                    if (onNewPage && !isHeader)
                        onNewPage();
                    continue;
                }
            }
            if (m_painter) {
                const QRectF band(m_body.left(), m_y, m_body.width(), sliceHeight + 2 * padding);
                if (fill.isValid())
                    m_painter->fillRect(band, fill);
                for (size_t i = 0; i < row.cells.size(); ++i)
                    row.cells[i].text->draw(m_painter, row.cells[i].left, m_y + padding, from[i], to[i],
                                            row.cells[i].color);
                if (ruled || isHeader) {
                    m_painter->setPen(QPen(kRule, pt(isHeader ? 0.8 : 0.3)));
                    m_painter->drawLine(band.bottomLeft(), band.bottomRight());
                }
            }
            m_y += sliceHeight + 2 * padding;
            for (size_t i = 0; i < row.cells.size(); ++i)
                from[i] = to[i];
            if (!done()) {
                newPage();
                if (onNewPage && !isHeader)
                    onNewPage();
            }
        }
    }

    const DocumentLanguage &documentLanguage() const { return m_language; }

    const Report &m_report;
    const DocumentLanguage m_language;
    QPagedPaintDevice &m_device;
    QPainter *m_painter = nullptr;
    const RenderOptions &m_options;
    double m_dpi = 72;
    double m_pageWidth = 0;
    double m_pageHeight = 0;
    QRectF m_body;
    double m_y = 0;
    int m_page = 1;
    int m_totalPages = 0;
    double m_bodyLine = 0;
    QFont m_bodyFont, m_smallFont, m_smallBold, m_labelFont, m_noteFont, m_h1, m_h2, m_h3, m_frameFont;
    QString m_drawnUp, m_pageOf;
    QList<ContentsEntry> m_contents;
    QList<ContentsEntry> m_knownContents;
    bool m_cancelled = false;
    ShapeCache m_shapes;
};

void setPaper(QPdfWriter &writer, PaperSize paper)
{
    writer.setPageLayout(QPageLayout(QPageSize(paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4),
                                     QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
}

// The PDF engine builds each page's content in buffers of a few hundred
// kilobytes, compresses them and lets them go: glibc would hand that memory
// back to the system and fault it in again on the next page, a third of the
// time of a long report. Kept instead, up to a bound.
void keepPageBuffers()
{
#if defined(__GLIBC__)
    static std::once_flag once;
    std::call_once(once, [] {
        mallopt(M_MMAP_THRESHOLD, 64 * 1024 * 1024);
        mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    });
#endif
}

} // namespace

Result<RenderResult> render(const Report &report, QPagedPaintDevice &device, const RenderOptions &options)
{
    keepPageBuffers();
    QElapsedTimer timer;
    timer.start();
    Layout measure(report, device, nullptr, options);
    if (Status s = measure.run(); !s)
        return s.error();
    qCDebug(lcReports, "measured %d pages: %lld ms", measure.pages(), timer.restart());
    QPainter painter;
    if (!painter.begin(&device))
        return Error{WriterText::tr("The report cannot be drawn on this printer or file.")};
    painter.setRenderHint(QPainter::Antialiasing);
    Layout draw(report, device, &painter, options);
    draw.setTotals(measure.pages(), measure.contents());
    const Status drawn = draw.run();
    painter.end();
    if (!drawn)
        return drawn.error();
    qCDebug(lcReports, "painted %d pages: %lld ms", draw.pages(), timer.elapsed());
    if (options.progress)
        (void)options.progress(draw.pages(), draw.pages());
    return RenderResult{draw.pages(), draw.contents()};
}

Result<RenderResult> writePdf(const Report &report, const QString &path, const RenderOptions &options)
{
    // Written beside the file and put in its place once whole: a failed or
    // cancelled report leaves the file that was there untouched.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{WriterText::tr("The report cannot be written to %1: %2").arg(path, file.errorString())};
    Result<RenderResult> result = Error{};
    {
        QPdfWriter writer(&file);
        writer.setTitle(report.cover.title + QStringLiteral(" — ") + report.cover.organization);
        writer.setCreator(QStringLiteral("Privacy Console"));
        writer.setResolution(600);
        setPaper(writer, options.paper);
        result = render(report, writer, options);
    }
    if (!result) {
        file.cancelWriting();
        return result;
    }
    if (!file.commit())
        return Error{WriterText::tr("The report cannot be written to %1: %2").arg(path, file.errorString())};
    return result;
}

Result<QStringList> writeTablesCsv(const Report &report, const QString &folder, const QString &baseName)
{
    QStringList written;
    for (const Table *table : report.tables()) {
        const QString path = QDir(folder).filePath(QStringLiteral("%1-%2.csv").arg(baseName, table->name));
        QString problem;
        const QByteArray csv = tableCsv(*table, &problem);
        if (!problem.isEmpty())
            return Error{problem};
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
            return Error{WriterText::tr("The table could not be written to %1: %2").arg(path, file.errorString())};
        written << path;
    }
    return written;
}

Result<QByteArray> pdfBytes(const Report &report, const RenderOptions &options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(report.cover.title + QStringLiteral(" — ") + report.cover.organization);
        writer.setCreator(QStringLiteral("Privacy Console"));
        writer.setResolution(600);
        setPaper(writer, options.paper);
        const Result<RenderResult> result = render(report, writer, options);
        if (!result)
            return result.error();
    }
    return bytes;
}

} // namespace pc::reports
