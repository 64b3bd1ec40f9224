#include "OfficeWriter.h"

#include "documents/OpenXml.h"
#include "documents/Zip.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <numeric>

namespace pc::reports {
namespace {

struct OfficeText
{
    Q_DECLARE_TR_FUNCTIONS(pc::reports::OfficeWriter)
};

// The page, in millimetres: the PDF's paper and margins.
struct Page
{
    double width = 210;
    double height = 297;
    double margin = 20;

    double textWidth() const { return width - 2 * margin; }
};

Page pageOf(PaperSize paper)
{
    return paper == PaperSize::Letter ? Page{215.9, 279.4, 20} : Page{210, 297, 20};
}

QString mm(double value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("mm");
}

// A chart drawn as a PNG at 200 dots per inch; its size in pixels.
QByteArray chartPng(const Chart &chart, QSize *pixels)
{
    const double scale = 200.0 / 72.0;
    QImage image(QSize(qRound(chart.size.width() * scale), qRound(chart.size.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    chart.paint(painter, QRectF(QPointF(0, 0), chart.size));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    *pixels = image.size();
    return png;
}

QString runningHeadOf(const Report &report)
{
    return report.cover.organization.isEmpty()
        ? report.runningTitle
        : report.cover.organization + QStringLiteral(" — ") + report.runningTitle;
}

QString titleOf(const Report &report)
{
    return report.cover.organization.isEmpty() ? report.cover.title
                                               : report.cover.title + QStringLiteral(" — ") + report.cover.organization;
}

// What a document is made of, in the order the report gives it; each
// format writes it in its own words.
class Builder
{
public:
    virtual ~Builder() = default;
    virtual void title(const QString &text, bool subtitle) = 0;
    // Level 1 begins a new page, as in the PDF.
    virtual void heading(int level, const QString &text) = 0;
    virtual void paragraph(const QString &text, Paragraph::Style style) = 0;
    // `labels`: the first column names what the second holds (a record's fields).
    virtual Status table(const QList<Column> &columns, bool header, RowCursor &rows, bool labels) = 0;
    virtual void picture(const QByteArray &png, QSizeF points) = 0;
    virtual void pageBreak() = 0;
    virtual QByteArray finish() = 0;
};

class ListRows final : public RowCursor
{
public:
    explicit ListRows(QList<QStringList> rows) : m_rows(std::move(rows)) { }
    bool next(QStringList &row) override
    {
        if (m_next >= m_rows.size())
            return false;
        row = m_rows.at(m_next++);
        return true;
    }

private:
    QList<QStringList> m_rows;
    int m_next = 0;
};

// Walks the report: the cover, then every block, streams read as they come.
class Walker
{
public:
    explicit Walker(Builder &builder) : m_builder(builder) { }

    Status walk(const Report &report)
    {
        const Cover &cover = report.cover;
        m_builder.title(cover.title, false);
        if (!cover.subtitle.isEmpty())
            m_builder.title(cover.subtitle, true);
        if (!cover.organization.isEmpty())
            m_builder.title(cover.organization, true);
        if (!cover.details.isEmpty()) {
            if (Status s = fields(Fields{cover.details, 1}); !s)
                return s;
        }
        m_breakPending = true;
        for (const Block &block : report.blocks) {
            if (Status s = one(block); !s)
                return s;
        }
        return success();
    }

private:
    void beforeContent()
    {
        if (m_breakPending)
            m_builder.pageBreak();
        m_breakPending = false;
    }

    Status fields(const Fields &f)
    {
        QList<QStringList> rows;
        for (const auto &[label, value] : f.items)
            rows << QStringList{label, value};
        ListRows cursor(rows);
        return m_builder.table({Column{QString(), 1}, Column{QString(), 2.4}}, false, cursor, true);
    }

    Status one(const Block &block)
    {
        if (const auto *h = std::get_if<Heading>(&block.content)) {
            if (h->level == 1)
                m_breakPending = false; // a part begins a page by itself
            else
                beforeContent();
            m_builder.heading(h->level, h->text);
        } else if (const auto *p = std::get_if<Paragraph>(&block.content)) {
            beforeContent();
            m_builder.paragraph(p->text, p->style);
        } else if (const auto *f = std::get_if<Fields>(&block.content)) {
            beforeContent();
            return fields(*f);
        } else if (const auto *t = std::get_if<Table>(&block.content)) {
            beforeContent();
            std::unique_ptr<RowCursor> rows = t->open();
            if (Status s = m_builder.table(t->columns, t->header, *rows, false); !s)
                return s;
            if (!rows->problem().isEmpty())
                return Error{rows->problem()};
        } else if (const auto *c = std::get_if<Chart>(&block.content)) {
            beforeContent();
            QSize pixels;
            const QByteArray png = chartPng(*c, &pixels);
            m_builder.picture(png, c->size);
        } else if (std::holds_alternative<PageBreak>(block.content)) {
            m_breakPending = true;
        } else if (const auto *stream = std::get_if<Stream>(&block.content)) {
            std::unique_ptr<BlockCursor> cursor = stream->source();
            Block next;
            while (cursor->next(next)) {
                if (Status s = one(next); !s)
                    return s;
            }
            if (!cursor->problem().isEmpty())
                return Error{cursor->problem()};
        }
        return success();
    }

    Builder &m_builder;
    bool m_breakPending = false;
};

// Text with its line breaks and tabs, as the format writes them.
template<typename LineBreak, typename Tab, typename Run>
void writeLines(const QString &text, Run run, LineBreak lineBreak, Tab tab)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            lineBreak();
        const QStringList parts = lines.at(i).split(QLatin1Char('\t'));
        for (int j = 0; j < parts.size(); ++j) {
            if (j > 0)
                tab();
            if (!parts.at(j).isEmpty())
                run(parts.at(j));
        }
    }
}

// ---- OpenDocument Text ------------------------------------------------------

const char kOdfNamespaces[][2][64] = {
    {"office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
    {"style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
    {"text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
    {"table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
    {"draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
    {"fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
    {"xlink", "http://www.w3.org/1999/xlink"},
    {"svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
    {"meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
    {"dc", "http://purl.org/dc/elements/1.1/"},
};

void odfRoot(QXmlStreamWriter &xml, const QString &name)
{
    xml.writeStartDocument();
    xml.writeStartElement(name);
    for (const auto &ns : kOdfNamespaces)
        xml.writeAttribute(QStringLiteral("xmlns:") + QLatin1String(ns[0]), QLatin1String(ns[1]));
    xml.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.3"));
}

class OdtBuilder final : public Builder
{
public:
    OdtBuilder(const Report &report, Page page) : m_report(report), m_page(page), m_body(&m_bodyBytes)
    {
        m_body.setAutoFormatting(false);
    }

    void title(const QString &text, bool subtitle) override
    {
        para(subtitle ? QStringLiteral("Subtitle") : QStringLiteral("Title"), text);
    }

    void heading(int level, const QString &text) override
    {
        const int outline = std::clamp(level, 1, 3);
        m_body.writeStartElement(QStringLiteral("text:h"));
        m_body.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Heading_20_%1").arg(outline));
        m_body.writeAttribute(QStringLiteral("text:outline-level"), QString::number(outline));
        content(text);
        m_body.writeEndElement();
    }

    void paragraph(const QString &text, Paragraph::Style style) override
    {
        static const QHash<Paragraph::Style, QString> styles = {
            {Paragraph::Style::Body, QStringLiteral("Text_20_body")},
            {Paragraph::Style::Note, QStringLiteral("Note")},
            {Paragraph::Style::Emphasis, QStringLiteral("Emphasis")},
            {Paragraph::Style::Warning, QStringLiteral("Warning")},
            {Paragraph::Style::Compact, QStringLiteral("Compact")},
        };
        para(styles.value(style), text);
    }

    Status table(const QList<Column> &columns, bool header, RowCursor &rows, bool labels) override
    {
        const int number = ++m_tables;
        const QString name = QStringLiteral("Table%1").arg(number);
        const double total = std::accumulate(columns.cbegin(), columns.cend(), 0.0,
                                             [](double sum, const Column &c) { return sum + c.width; });
        m_tableStyles << std::pair{name, QStringList()};
        for (const Column &c : columns)
            m_tableStyles.last().second << mm(m_page.textWidth() * c.width / total);
        m_body.writeStartElement(QStringLiteral("table:table"));
        m_body.writeAttribute(QStringLiteral("table:name"), name);
        m_body.writeAttribute(QStringLiteral("table:style-name"), name);
        for (int i = 0; i < columns.size(); ++i) {
            m_body.writeEmptyElement(QStringLiteral("table:table-column"));
            m_body.writeAttribute(QStringLiteral("table:style-name"), QStringLiteral("%1.C%2").arg(name).arg(i));
        }
        if (header) {
            m_body.writeStartElement(QStringLiteral("table:table-header-rows"));
            QStringList names;
            for (const Column &c : columns)
                names << c.header;
            row(names, columns, true, false);
            m_body.writeEndElement();
        }
        QStringList cells;
        while (rows.next(cells))
            row(cells, columns, false, labels);
        m_body.writeEndElement();
        return success();
    }

    void picture(const QByteArray &png, QSizeF points) override
    {
        const QString name = QStringLiteral("Pictures/chart%1.png").arg(m_pictures.size() + 1);
        m_pictures << std::pair{name, png};
        // At most the text's width, its proportions kept.
        const double widthMm = std::min(points.width() * 25.4 / 72.0, m_page.textWidth());
        const double heightMm = widthMm * points.height() / points.width();
        m_body.writeStartElement(QStringLiteral("text:p"));
        m_body.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Text_20_body"));
        m_body.writeStartElement(QStringLiteral("draw:frame"));
        m_body.writeAttribute(QStringLiteral("draw:name"), QStringLiteral("Chart%1").arg(m_pictures.size()));
        m_body.writeAttribute(QStringLiteral("text:anchor-type"), QStringLiteral("as-char"));
        m_body.writeAttribute(QStringLiteral("svg:width"), mm(widthMm));
        m_body.writeAttribute(QStringLiteral("svg:height"), mm(heightMm));
        m_body.writeEmptyElement(QStringLiteral("draw:image"));
        m_body.writeAttribute(QStringLiteral("xlink:href"), name);
        m_body.writeAttribute(QStringLiteral("xlink:type"), QStringLiteral("simple"));
        m_body.writeAttribute(QStringLiteral("xlink:show"), QStringLiteral("embed"));
        m_body.writeAttribute(QStringLiteral("xlink:actuate"), QStringLiteral("onLoad"));
        m_body.writeEndElement();
        m_body.writeEndElement();
    }

    void pageBreak() override { para(QStringLiteral("Page_20_break"), QString()); }

    QByteArray finish() override
    {
        documents::ZipWriter zip;
        zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", true);
        zip.add(QStringLiteral("content.xml"), contentXml());
        zip.add(QStringLiteral("styles.xml"), stylesXml());
        zip.add(QStringLiteral("meta.xml"), metaXml());
        for (const auto &[name, png] : std::as_const(m_pictures))
            zip.add(name, png);
        zip.add(QStringLiteral("META-INF/manifest.xml"), manifestXml());
        return zip.finish();
    }

private:
    void para(const QString &style, const QString &text)
    {
        m_body.writeStartElement(QStringLiteral("text:p"));
        m_body.writeAttribute(QStringLiteral("text:style-name"), style);
        content(text);
        m_body.writeEndElement();
    }

    void content(const QString &text)
    {
        writeLines(
            text, [this](const QString &run) { m_body.writeCharacters(run); },
            [this] { m_body.writeEmptyElement(QStringLiteral("text:line-break")); },
            [this] { m_body.writeEmptyElement(QStringLiteral("text:tab")); });
    }

    void row(const QStringList &cells, const QList<Column> &columns, bool header, bool labels)
    {
        m_body.writeStartElement(QStringLiteral("table:table-row"));
        for (int i = 0; i < columns.size(); ++i) {
            m_body.writeStartElement(QStringLiteral("table:table-cell"));
            m_body.writeAttribute(QStringLiteral("table:style-name"),
                                  header ? QStringLiteral("HeadCell") : QStringLiteral("Cell"));
            m_body.writeAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
            const Alignment align = columns.at(i).alignment;
            const QString style = header || (labels && i == 0) ? QStringLiteral("Table_20_Heading")
                : align == Alignment::Right                    ? QStringLiteral("Table_20_Right")
                                                               : QStringLiteral("Table_20_Contents");
            para(style, cells.value(i));
            m_body.writeEndElement();
        }
        m_body.writeEndElement();
    }

    QByteArray contentXml() const
    {
        QByteArray bytes;
        QXmlStreamWriter xml(&bytes);
        odfRoot(xml, QStringLiteral("office:document-content"));
        xml.writeStartElement(QStringLiteral("office:automatic-styles"));
        for (const auto &[name, widths] : m_tableStyles) {
            xml.writeStartElement(QStringLiteral("style:style"));
            xml.writeAttribute(QStringLiteral("style:name"), name);
            xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table"));
            xml.writeEmptyElement(QStringLiteral("style:table-properties"));
            xml.writeAttribute(QStringLiteral("style:width"), mm(m_page.textWidth()));
            xml.writeAttribute(QStringLiteral("table:align"), QStringLiteral("margins"));
            xml.writeAttribute(QStringLiteral("fo:margin-bottom"), QStringLiteral("3mm"));
            xml.writeEndElement();
            for (int i = 0; i < widths.size(); ++i) {
                xml.writeStartElement(QStringLiteral("style:style"));
                xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("%1.C%2").arg(name).arg(i));
                xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-column"));
                xml.writeEmptyElement(QStringLiteral("style:table-column-properties"));
                xml.writeAttribute(QStringLiteral("style:column-width"), widths.at(i));
                xml.writeEndElement();
            }
        }
        for (const auto &[name, fill] : {std::pair{QStringLiteral("Cell"), QString()},
                                         std::pair{QStringLiteral("HeadCell"), QStringLiteral("#e8e8e8")}}) {
            xml.writeStartElement(QStringLiteral("style:style"));
            xml.writeAttribute(QStringLiteral("style:name"), name);
            xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("table-cell"));
            xml.writeEmptyElement(QStringLiteral("style:table-cell-properties"));
            xml.writeAttribute(QStringLiteral("fo:padding"), QStringLiteral("1mm"));
            xml.writeAttribute(QStringLiteral("fo:border"), QStringLiteral("0.5pt solid #a0a0a0"));
            if (!fill.isEmpty())
                xml.writeAttribute(QStringLiteral("fo:background-color"), fill);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("office:body"));
        xml.writeStartElement(QStringLiteral("office:text"));
        xml.writeCharacters(QString()); // closes the start tag before the body's bytes
        return bytes + m_bodyBytes + "</office:text></office:body></office:document-content>\n";
    }

    QByteArray stylesXml() const
    {
        QByteArray bytes;
        QXmlStreamWriter xml(&bytes);
        odfRoot(xml, QStringLiteral("office:document-styles"));
        xml.writeStartElement(QStringLiteral("office:styles"));
        xml.writeStartElement(QStringLiteral("style:default-style"));
        xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
        xml.writeEmptyElement(QStringLiteral("style:text-properties"));
        xml.writeAttribute(QStringLiteral("fo:font-family"), QStringLiteral("'Liberation Sans', Arial, sans-serif"));
        xml.writeAttribute(QStringLiteral("fo:font-size"), QStringLiteral("10pt"));
        xml.writeAttribute(QStringLiteral("fo:language"), m_report.language.left(2));
        xml.writeEndElement();
        struct Style
        {
            const char *name;
            const char *display;
            double size;
            bool bold;
            bool italic;
            const char *color;
            const char *breakBefore;
            double above;
            double below;
            int outline;
        };
        static const Style styles[] = {
            {"Standard", "Standard", 10, false, false, nullptr, nullptr, 0, 0, 0},
            {"Text_20_body", "Text body", 10, false, false, nullptr, nullptr, 0, 2.5, 0},
            {"Title", "Title", 24, true, false, nullptr, nullptr, 40, 6, 0},
            {"Subtitle", "Subtitle", 14, false, false, nullptr, nullptr, 0, 6, 0},
            {"Heading_20_1", "Heading 1", 16, true, false, "#1f3864", "page", 0, 4, 1},
            {"Heading_20_2", "Heading 2", 13, true, false, "#1f3864", nullptr, 6, 3, 2},
            {"Heading_20_3", "Heading 3", 11, true, false, nullptr, nullptr, 4, 2, 3},
            {"Note", "Note", 9, false, true, "#606060", nullptr, 0, 2.5, 0},
            {"Emphasis", "Emphasis", 10, true, false, nullptr, nullptr, 0, 2.5, 0},
            {"Warning", "Warning", 10, true, false, "#b00020", nullptr, 0, 2.5, 0},
            {"Compact", "Compact", 9, false, false, nullptr, nullptr, 0, 1, 0},
            {"Table_20_Contents", "Table Contents", 9, false, false, nullptr, nullptr, 0, 0, 0},
            {"Table_20_Right", "Table Contents Right", 9, false, false, nullptr, nullptr, 0, 0, 0},
            {"Table_20_Heading", "Table Heading", 9, true, false, nullptr, nullptr, 0, 0, 0},
            {"Page_20_break", "Page break", 2, false, false, nullptr, "page", 0, 0, 0},
            {"Header", "Header", 8, false, false, "#606060", nullptr, 0, 0, 0},
            {"Footer", "Footer", 8, false, false, "#606060", nullptr, 0, 0, 0},
        };
        for (const Style &s : styles) {
            xml.writeStartElement(QStringLiteral("style:style"));
            xml.writeAttribute(QStringLiteral("style:name"), QLatin1String(s.name));
            xml.writeAttribute(QStringLiteral("style:display-name"), QLatin1String(s.display));
            xml.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
            if (s.outline > 0)
                xml.writeAttribute(QStringLiteral("style:default-outline-level"), QString::number(s.outline));
            xml.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
            xml.writeAttribute(QStringLiteral("fo:margin-top"), mm(s.above));
            xml.writeAttribute(QStringLiteral("fo:margin-bottom"), mm(s.below));
            if (s.breakBefore)
                xml.writeAttribute(QStringLiteral("fo:break-before"), QLatin1String(s.breakBefore));
            if (s.outline > 0)
                xml.writeAttribute(QStringLiteral("fo:keep-with-next"), QStringLiteral("always"));
            if (QLatin1String(s.name) == QLatin1String("Table_20_Right")
                || QLatin1String(s.name) == QLatin1String("Footer"))
                xml.writeAttribute(QStringLiteral("fo:text-align"), QStringLiteral("end"));
            xml.writeEmptyElement(QStringLiteral("style:text-properties"));
            xml.writeAttribute(QStringLiteral("fo:font-size"), QStringLiteral("%1pt").arg(s.size));
            if (s.bold)
                xml.writeAttribute(QStringLiteral("fo:font-weight"), QStringLiteral("bold"));
            if (s.italic)
                xml.writeAttribute(QStringLiteral("fo:font-style"), QStringLiteral("italic"));
            if (s.color)
                xml.writeAttribute(QStringLiteral("fo:color"), QLatin1String(s.color));
            xml.writeEndElement();
        }
        xml.writeEndElement(); // office:styles

        xml.writeStartElement(QStringLiteral("office:automatic-styles"));
        xml.writeStartElement(QStringLiteral("style:page-layout"));
        xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Page"));
        xml.writeEmptyElement(QStringLiteral("style:page-layout-properties"));
        xml.writeAttribute(QStringLiteral("fo:page-width"), mm(m_page.width));
        xml.writeAttribute(QStringLiteral("fo:page-height"), mm(m_page.height));
        xml.writeAttribute(QStringLiteral("style:print-orientation"), QStringLiteral("portrait"));
        for (const char *side : {"top", "bottom", "left", "right"})
            xml.writeAttribute(QStringLiteral("fo:margin-") + QLatin1String(side), mm(m_page.margin * 0.75));
        for (const char *part : {"style:header-style", "style:footer-style"}) {
            xml.writeStartElement(QLatin1String(part));
            xml.writeEmptyElement(QStringLiteral("style:header-footer-properties"));
            xml.writeAttribute(QStringLiteral("fo:min-height"), QStringLiteral("5mm"));
            xml.writeAttribute(QLatin1String(part) == QLatin1String("style:header-style")
                                   ? QStringLiteral("fo:margin-bottom")
                                   : QStringLiteral("fo:margin-top"),
                               QStringLiteral("3mm"));
            xml.writeEndElement();
        }
        xml.writeEndElement(); // style:page-layout
        xml.writeEndElement(); // office:automatic-styles

        xml.writeStartElement(QStringLiteral("office:master-styles"));
        xml.writeStartElement(QStringLiteral("style:master-page"));
        xml.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Standard"));
        xml.writeAttribute(QStringLiteral("style:page-layout-name"), QStringLiteral("Page"));
        xml.writeStartElement(QStringLiteral("style:header"));
        xml.writeStartElement(QStringLiteral("text:p"));
        xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Header"));
        xml.writeCharacters(runningHeadOf(m_report));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("style:footer"));
        xml.writeStartElement(QStringLiteral("text:p"));
        xml.writeAttribute(QStringLiteral("text:style-name"), QStringLiteral("Footer"));
        xml.writeStartElement(QStringLiteral("text:page-number"));
        xml.writeAttribute(QStringLiteral("text:select-page"), QStringLiteral("current"));
        xml.writeCharacters(QStringLiteral("1"));
        xml.writeEndElement();
        xml.writeCharacters(QStringLiteral(" / "));
        xml.writeStartElement(QStringLiteral("text:page-count"));
        xml.writeCharacters(QStringLiteral("1"));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement(); // style:master-page
        xml.writeEndElement(); // office:master-styles
        xml.writeEndDocument();
        return bytes;
    }

    QByteArray metaXml() const
    {
        QByteArray bytes;
        QXmlStreamWriter xml(&bytes);
        odfRoot(xml, QStringLiteral("office:document-meta"));
        xml.writeStartElement(QStringLiteral("office:meta"));
        xml.writeTextElement(QStringLiteral("meta:generator"), QStringLiteral("Privacy Console"));
        xml.writeTextElement(QStringLiteral("dc:title"), titleOf(m_report));
        xml.writeTextElement(QStringLiteral("dc:language"), m_report.language);
        xml.writeTextElement(QStringLiteral("meta:creation-date"),
                             QDateTime::currentDateTimeUtc().toString(Qt::ISODate).chopped(1));
        xml.writeEndDocument();
        return bytes;
    }

    QByteArray manifestXml() const
    {
        QByteArray bytes;
        QXmlStreamWriter xml(&bytes);
        xml.writeStartDocument();
        xml.writeStartElement(QStringLiteral("manifest:manifest"));
        xml.writeAttribute(QStringLiteral("xmlns:manifest"),
                           QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"));
        xml.writeAttribute(QStringLiteral("manifest:version"), QStringLiteral("1.3"));
        auto entry = [&](const QString &path, const QString &type) {
            xml.writeEmptyElement(QStringLiteral("manifest:file-entry"));
            xml.writeAttribute(QStringLiteral("manifest:full-path"), path);
            xml.writeAttribute(QStringLiteral("manifest:media-type"), type);
        };
        entry(QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text"));
        for (const char *part : {"content.xml", "styles.xml", "meta.xml"})
            entry(QLatin1String(part), QStringLiteral("text/xml"));
        for (const auto &picture : m_pictures)
            entry(picture.first, QStringLiteral("image/png"));
        xml.writeEndDocument();
        return bytes;
    }

private:
    const Report &m_report;
    Page m_page;
    QByteArray m_bodyBytes;
    QXmlStreamWriter m_body;
    int m_tables = 0;
    QList<std::pair<QString, QStringList>> m_tableStyles;
    QList<std::pair<QString, QByteArray>> m_pictures;
};

// ---- Office Open XML -------------------------------------------------------

const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString kR = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

int twips(double millimetres)
{
    return qRound(millimetres * 1440.0 / 25.4);
}

class DocxBuilder final : public Builder
{
public:
    DocxBuilder(const Report &report, Page page)
        : m_report(report),
          m_page(page),
          m_body(&m_bodyBytes),
          m_title(titleOf(report)),
          m_runningHead(runningHeadOf(report))
    { }

    void title(const QString &text, bool subtitle) override
    {
        para(subtitle ? QStringLiteral("Subtitle") : QStringLiteral("Title"), text);
    }

    void heading(int level, const QString &text) override
    {
        para(QStringLiteral("Heading%1").arg(std::clamp(level, 1, 3)), text);
    }

    void paragraph(const QString &text, Paragraph::Style style) override
    {
        static const QHash<Paragraph::Style, QString> styles = {
            {Paragraph::Style::Body, QStringLiteral("BodyText")},
            {Paragraph::Style::Note, QStringLiteral("Note")},
            {Paragraph::Style::Emphasis, QStringLiteral("Emphasis")},
            {Paragraph::Style::Warning, QStringLiteral("Warning")},
            {Paragraph::Style::Compact, QStringLiteral("Compact")},
        };
        para(styles.value(style), text);
    }

    Status table(const QList<Column> &columns, bool header, RowCursor &rows, bool labels) override
    {
        const double total = std::accumulate(columns.cbegin(), columns.cend(), 0.0,
                                             [](double sum, const Column &c) { return sum + c.width; });
        QList<int> widths;
        for (const Column &c : columns)
            widths << twips(m_page.textWidth() * c.width / total);
        m_body.writeStartElement(QStringLiteral("w:tbl"));
        m_body.writeStartElement(QStringLiteral("w:tblPr"));
        val(QStringLiteral("w:tblStyle"), QStringLiteral("Grid"));
        m_body.writeEmptyElement(QStringLiteral("w:tblW"));
        m_body.writeAttribute(QStringLiteral("w:w"), QString::number(twips(m_page.textWidth())));
        m_body.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
        val(QStringLiteral("w:tblLayout"), QStringLiteral("fixed"), QStringLiteral("w:type"));
        m_body.writeEndElement();
        m_body.writeStartElement(QStringLiteral("w:tblGrid"));
        for (int w : std::as_const(widths)) {
            m_body.writeEmptyElement(QStringLiteral("w:gridCol"));
            m_body.writeAttribute(QStringLiteral("w:w"), QString::number(w));
        }
        m_body.writeEndElement();
        if (header) {
            QStringList names;
            for (const Column &c : columns)
                names << c.header;
            row(names, columns, widths, true, false);
        }
        QStringList cells;
        while (rows.next(cells))
            row(cells, columns, widths, false, labels);
        m_body.writeEndElement();
        // Two tables in a row would merge into one: a paragraph between.
        para(QStringLiteral("Compact"), QString());
        return success();
    }

    void picture(const QByteArray &png, QSizeF points) override
    {
        const int number = int(m_pictures.size()) + 1;
        const QString id = QStringLiteral("rIdChart%1").arg(number);
        m_pictures << std::pair{QStringLiteral("media/chart%1.png").arg(number), png};
        const double widthMm = std::min(points.width() * 25.4 / 72.0, m_page.textWidth());
        const qint64 cx = qRound64(widthMm * 36000.0); // EMU per millimetre
        const qint64 cy = qRound64(cx * points.height() / points.width());
        m_body.writeStartElement(QStringLiteral("w:p"));
        m_body.writeStartElement(QStringLiteral("w:r"));
        m_body.writeStartElement(QStringLiteral("w:drawing"));
        m_body.writeStartElement(QStringLiteral("wp:inline"));
        m_body.writeEmptyElement(QStringLiteral("wp:extent"));
        m_body.writeAttribute(QStringLiteral("cx"), QString::number(cx));
        m_body.writeAttribute(QStringLiteral("cy"), QString::number(cy));
        m_body.writeEmptyElement(QStringLiteral("wp:docPr"));
        m_body.writeAttribute(QStringLiteral("id"), QString::number(number));
        m_body.writeAttribute(QStringLiteral("name"), QStringLiteral("Chart %1").arg(number));
        m_body.writeStartElement(QStringLiteral("a:graphic"));
        m_body.writeStartElement(QStringLiteral("a:graphicData"));
        m_body.writeAttribute(QStringLiteral("uri"),
                              QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
        m_body.writeStartElement(QStringLiteral("pic:pic"));
        m_body.writeStartElement(QStringLiteral("pic:nvPicPr"));
        m_body.writeEmptyElement(QStringLiteral("pic:cNvPr"));
        m_body.writeAttribute(QStringLiteral("id"), QString::number(number));
        m_body.writeAttribute(QStringLiteral("name"), QStringLiteral("chart%1.png").arg(number));
        m_body.writeEmptyElement(QStringLiteral("pic:cNvPicPr"));
        m_body.writeEndElement();
        m_body.writeStartElement(QStringLiteral("pic:blipFill"));
        m_body.writeEmptyElement(QStringLiteral("a:blip"));
        m_body.writeAttribute(QStringLiteral("r:embed"), id);
        m_body.writeStartElement(QStringLiteral("a:stretch"));
        m_body.writeEmptyElement(QStringLiteral("a:fillRect"));
        m_body.writeEndElement();
        m_body.writeEndElement();
        m_body.writeStartElement(QStringLiteral("pic:spPr"));
        m_body.writeStartElement(QStringLiteral("a:xfrm"));
        m_body.writeEmptyElement(QStringLiteral("a:off"));
        m_body.writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
        m_body.writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
        m_body.writeEmptyElement(QStringLiteral("a:ext"));
        m_body.writeAttribute(QStringLiteral("cx"), QString::number(cx));
        m_body.writeAttribute(QStringLiteral("cy"), QString::number(cy));
        m_body.writeEndElement();
        m_body.writeStartElement(QStringLiteral("a:prstGeom"));
        m_body.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
        m_body.writeEmptyElement(QStringLiteral("a:avLst"));
        m_body.writeEndElement();
        m_body.writeEndElement(); // pic:spPr
        m_body.writeEndElement(); // pic:pic
        m_body.writeEndElement(); // a:graphicData
        m_body.writeEndElement(); // a:graphic
        m_body.writeEndElement(); // wp:inline
        m_body.writeEndElement(); // w:drawing
        m_body.writeEndElement(); // w:r
        m_body.writeEndElement(); // w:p
    }

    void pageBreak() override
    {
        m_body.writeStartElement(QStringLiteral("w:p"));
        m_body.writeStartElement(QStringLiteral("w:r"));
        val(QStringLiteral("w:br"), QStringLiteral("page"), QStringLiteral("w:type"));
        m_body.writeEndElement();
        m_body.writeEndElement();
    }

    QByteArray finish() override
    {
        namespace ox = documents::openxml;
        const QString wordml = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.");
        documents::ZipWriter zip;
        zip.add(QStringLiteral("[Content_Types].xml"),
                ox::contentTypes({{QStringLiteral("png"), QStringLiteral("image/png")}},
                                 {{QStringLiteral("/word/document.xml"), wordml + QStringLiteral("document.main+xml")},
                                  {QStringLiteral("/word/styles.xml"), wordml + QStringLiteral("styles+xml")},
                                  {QStringLiteral("/word/header1.xml"), wordml + QStringLiteral("header+xml")},
                                  {QStringLiteral("/word/footer1.xml"), wordml + QStringLiteral("footer+xml")}}));
        zip.add(QStringLiteral("_rels/.rels"), ox::packageRelationships(QStringLiteral("word/document.xml")));
        zip.add(QStringLiteral("docProps/core.xml"), ox::coreProperties(m_title, m_report.language));
        zip.add(QStringLiteral("word/document.xml"), documentXml());
        zip.add(QStringLiteral("word/styles.xml"), stylesXml());
        zip.add(QStringLiteral("word/header1.xml"), headerFooter(true));
        zip.add(QStringLiteral("word/footer1.xml"), headerFooter(false));
        QList<ox::Relationship> parts = {
            {QStringLiteral("rIdStyles"), QStringLiteral("styles"), QStringLiteral("styles.xml")},
            {QStringLiteral("rIdHeader"), QStringLiteral("header"), QStringLiteral("header1.xml")},
            {QStringLiteral("rIdFooter"), QStringLiteral("footer"), QStringLiteral("footer1.xml")}};
        for (int i = 0; i < m_pictures.size(); ++i) {
            parts.append({QStringLiteral("rIdChart%1").arg(i + 1), QStringLiteral("image"), m_pictures.at(i).first});
            zip.add(QStringLiteral("word/") + m_pictures.at(i).first, m_pictures.at(i).second);
        }
        zip.add(QStringLiteral("word/_rels/document.xml.rels"), ox::relationships(parts));
        return zip.finish();
    }

private:
    void val(const QString &element, const QString &value, const QString &attribute = QStringLiteral("w:val"))
    {
        m_body.writeEmptyElement(element);
        m_body.writeAttribute(attribute, value);
    }

    void para(const QString &style, const QString &text, bool right = false)
    {
        m_body.writeStartElement(QStringLiteral("w:p"));
        m_body.writeStartElement(QStringLiteral("w:pPr"));
        val(QStringLiteral("w:pStyle"), style);
        if (right)
            val(QStringLiteral("w:jc"), QStringLiteral("right"));
        m_body.writeEndElement();
        writeLines(
            text,
            [this](const QString &run) {
                m_body.writeStartElement(QStringLiteral("w:r"));
                m_body.writeStartElement(QStringLiteral("w:t"));
                m_body.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
                m_body.writeCharacters(run);
                m_body.writeEndElement();
                m_body.writeEndElement();
            },
            [this] {
                m_body.writeStartElement(QStringLiteral("w:r"));
                m_body.writeEmptyElement(QStringLiteral("w:br"));
                m_body.writeEndElement();
            },
            [this] {
                m_body.writeStartElement(QStringLiteral("w:r"));
                m_body.writeEmptyElement(QStringLiteral("w:tab"));
                m_body.writeEndElement();
            });
        m_body.writeEndElement();
    }

    void row(const QStringList &cells, const QList<Column> &columns, const QList<int> &widths, bool header, bool labels)
    {
        m_body.writeStartElement(QStringLiteral("w:tr"));
        m_body.writeStartElement(QStringLiteral("w:trPr"));
        m_body.writeEmptyElement(QStringLiteral("w:cantSplit"));
        if (header)
            m_body.writeEmptyElement(QStringLiteral("w:tblHeader"));
        m_body.writeEndElement();
        for (int i = 0; i < columns.size(); ++i) {
            m_body.writeStartElement(QStringLiteral("w:tc"));
            m_body.writeStartElement(QStringLiteral("w:tcPr"));
            m_body.writeEmptyElement(QStringLiteral("w:tcW"));
            m_body.writeAttribute(QStringLiteral("w:w"), QString::number(widths.at(i)));
            m_body.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
            if (header) {
                m_body.writeEmptyElement(QStringLiteral("w:shd"));
                m_body.writeAttribute(QStringLiteral("w:val"), QStringLiteral("clear"));
                m_body.writeAttribute(QStringLiteral("w:color"), QStringLiteral("auto"));
                m_body.writeAttribute(QStringLiteral("w:fill"), QStringLiteral("E8E8E8"));
            }
            m_body.writeEndElement();
            const bool heading = header || (labels && i == 0);
            para(heading ? QStringLiteral("TableHeading") : QStringLiteral("TableContents"), cells.value(i),
                 !heading && columns.at(i).alignment == Alignment::Right);
            m_body.writeEndElement();
        }
        m_body.writeEndElement();
    }

    static void wordRoot(QXmlStreamWriter &xml, const QString &name)
    {
        xml.writeStartDocument();
        xml.writeStartElement(name);
        xml.writeAttribute(QStringLiteral("xmlns:w"), kW);
        xml.writeAttribute(QStringLiteral("xmlns:r"), kR);
        xml.writeAttribute(QStringLiteral("xmlns:wp"),
                           QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"));
        xml.writeAttribute(QStringLiteral("xmlns:a"),
                           QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main"));
        xml.writeAttribute(QStringLiteral("xmlns:pic"),
                           QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture"));
    }

    QByteArray documentXml() const
    {
        QByteArray head;
        QXmlStreamWriter xml(&head);
        wordRoot(xml, QStringLiteral("w:document"));
        xml.writeStartElement(QStringLiteral("w:body"));
        xml.writeCharacters(QString()); // closes the start tag before the body's bytes
        QByteArray tail;
        QXmlStreamWriter end(&tail);
        end.writeStartElement(QStringLiteral("w:sectPr"));
        for (const auto &[element, id] :
             {std::pair{QStringLiteral("w:headerReference"), QStringLiteral("rIdHeader")},
              std::pair{QStringLiteral("w:footerReference"), QStringLiteral("rIdFooter")}}) {
            end.writeEmptyElement(element);
            end.writeAttribute(QStringLiteral("w:type"), QStringLiteral("default"));
            end.writeAttribute(QStringLiteral("r:id"), id);
        }
        end.writeEmptyElement(QStringLiteral("w:pgSz"));
        end.writeAttribute(QStringLiteral("w:w"), QString::number(twips(m_page.width)));
        end.writeAttribute(QStringLiteral("w:h"), QString::number(twips(m_page.height)));
        end.writeEmptyElement(QStringLiteral("w:pgMar"));
        for (const char *side : {"w:top", "w:right", "w:bottom", "w:left"})
            end.writeAttribute(QLatin1String(side), QString::number(twips(m_page.margin)));
        end.writeAttribute(QStringLiteral("w:header"), QString::number(twips(m_page.margin / 2)));
        end.writeAttribute(QStringLiteral("w:footer"), QString::number(twips(m_page.margin / 2)));
        end.writeAttribute(QStringLiteral("w:gutter"), QStringLiteral("0"));
        end.writeEmptyElement(QStringLiteral("w:titlePg"));
        end.writeEndElement();
        return head + m_bodyBytes + tail + "</w:body></w:document>\n";
    }

    QByteArray headerFooter(bool header) const
    {
        QByteArray bytes;
        QXmlStreamWriter xml(&bytes);
        wordRoot(xml, header ? QStringLiteral("w:hdr") : QStringLiteral("w:ftr"));
        xml.writeStartElement(QStringLiteral("w:p"));
        xml.writeStartElement(QStringLiteral("w:pPr"));
        xml.writeEmptyElement(QStringLiteral("w:pStyle"));
        xml.writeAttribute(QStringLiteral("w:val"), header ? QStringLiteral("Header") : QStringLiteral("Footer"));
        if (!header) {
            xml.writeEmptyElement(QStringLiteral("w:jc"));
            xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("right"));
        }
        xml.writeEndElement();
        auto run = [&](const QString &text) {
            xml.writeStartElement(QStringLiteral("w:r"));
            xml.writeStartElement(QStringLiteral("w:t"));
            xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            xml.writeCharacters(text);
            xml.writeEndElement();
            xml.writeEndElement();
        };
        if (header) {
            run(m_runningHead);
        } else {
            for (const QString &field : {QStringLiteral("PAGE"), QStringLiteral("NUMPAGES")}) {
                if (field == QLatin1String("NUMPAGES"))
                    run(QStringLiteral(" / "));
                xml.writeStartElement(QStringLiteral("w:fldSimple"));
                xml.writeAttribute(QStringLiteral("w:instr"), field);
                run(QStringLiteral("1"));
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        return bytes;
    }

    QByteArray stylesXml() const
    {
        QByteArray bytes;
        QXmlStreamWriter xml(&bytes);
        wordRoot(xml, QStringLiteral("w:styles"));
        xml.writeStartElement(QStringLiteral("w:docDefaults"));
        xml.writeStartElement(QStringLiteral("w:rPrDefault"));
        xml.writeStartElement(QStringLiteral("w:rPr"));
        xml.writeEmptyElement(QStringLiteral("w:rFonts"));
        for (const char *script : {"w:ascii", "w:hAnsi", "w:cs"})
            xml.writeAttribute(QLatin1String(script), QStringLiteral("Liberation Sans"));
        xml.writeEmptyElement(QStringLiteral("w:sz"));
        xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("20"));
        xml.writeEmptyElement(QStringLiteral("w:lang"));
        xml.writeAttribute(QStringLiteral("w:val"),
                           m_report.language == QLatin1String("fr") ? QStringLiteral("fr-FR")
                                                                    : QStringLiteral("en-GB"));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        struct Style
        {
            const char *id;
            const char *name;
            int halfPoints;
            bool bold;
            bool italic;
            const char *color;
            int before; // twentieths of a point
            int after;
            int outline; // 0: not a heading
            bool pageBreakBefore;
        };
        static const Style styles[] = {
            {"Normal", "Normal", 20, false, false, nullptr, 0, 0, 0, false},
            {"BodyText", "Body Text", 20, false, false, nullptr, 0, 140, 0, false},
            {"Title", "Title", 48, true, false, nullptr, 800, 120, 0, false},
            {"Subtitle", "Subtitle", 28, false, false, nullptr, 0, 120, 0, false},
            {"Heading1", "heading 1", 32, true, false, "1F3864", 0, 120, 1, true},
            {"Heading2", "heading 2", 26, true, false, "1F3864", 240, 80, 2, false},
            {"Heading3", "heading 3", 22, true, false, nullptr, 160, 60, 3, false},
            {"Note", "Note", 18, false, true, "606060", 0, 140, 0, false},
            {"Emphasis", "Emphasis Paragraph", 20, true, false, nullptr, 0, 140, 0, false},
            {"Warning", "Warning", 20, true, false, "B00020", 0, 140, 0, false},
            {"Compact", "Compact", 18, false, false, nullptr, 0, 40, 0, false},
            {"TableContents", "Table Contents", 18, false, false, nullptr, 20, 20, 0, false},
            {"TableHeading", "Table Heading", 18, true, false, nullptr, 20, 20, 0, false},
            {"Header", "header", 16, false, false, "606060", 0, 0, 0, false},
            {"Footer", "footer", 16, false, false, "606060", 0, 0, 0, false},
        };
        for (const Style &s : styles) {
            xml.writeStartElement(QStringLiteral("w:style"));
            xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("paragraph"));
            xml.writeAttribute(QStringLiteral("w:styleId"), QLatin1String(s.id));
            if (QLatin1String(s.id) == QLatin1String("Normal"))
                xml.writeAttribute(QStringLiteral("w:default"), QStringLiteral("1"));
            xml.writeEmptyElement(QStringLiteral("w:name"));
            xml.writeAttribute(QStringLiteral("w:val"), QLatin1String(s.name));
            if (QLatin1String(s.id) != QLatin1String("Normal")) {
                xml.writeEmptyElement(QStringLiteral("w:basedOn"));
                xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("Normal"));
            }
            xml.writeEmptyElement(QStringLiteral("w:qFormat"));
            xml.writeStartElement(QStringLiteral("w:pPr"));
            if (s.outline > 0)
                xml.writeEmptyElement(QStringLiteral("w:keepNext"));
            if (s.pageBreakBefore)
                xml.writeEmptyElement(QStringLiteral("w:pageBreakBefore"));
            xml.writeEmptyElement(QStringLiteral("w:spacing"));
            xml.writeAttribute(QStringLiteral("w:before"), QString::number(s.before));
            xml.writeAttribute(QStringLiteral("w:after"), QString::number(s.after));
            if (s.outline > 0) {
                xml.writeEmptyElement(QStringLiteral("w:outlineLvl"));
                xml.writeAttribute(QStringLiteral("w:val"), QString::number(s.outline - 1));
            }
            xml.writeEndElement();
            xml.writeStartElement(QStringLiteral("w:rPr"));
            if (s.bold)
                xml.writeEmptyElement(QStringLiteral("w:b"));
            if (s.italic)
                xml.writeEmptyElement(QStringLiteral("w:i"));
            if (s.color) {
                xml.writeEmptyElement(QStringLiteral("w:color"));
                xml.writeAttribute(QStringLiteral("w:val"), QLatin1String(s.color));
            }
            xml.writeEmptyElement(QStringLiteral("w:sz"));
            xml.writeAttribute(QStringLiteral("w:val"), QString::number(s.halfPoints));
            xml.writeEndElement();
            xml.writeEndElement();
        }
        // The tables' grid.
        xml.writeStartElement(QStringLiteral("w:style"));
        xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("table"));
        xml.writeAttribute(QStringLiteral("w:styleId"), QStringLiteral("Grid"));
        xml.writeEmptyElement(QStringLiteral("w:name"));
        xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("Table Grid"));
        xml.writeStartElement(QStringLiteral("w:tblPr"));
        xml.writeStartElement(QStringLiteral("w:tblBorders"));
        for (const char *side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
            xml.writeEmptyElement(QLatin1String(side));
            xml.writeAttribute(QStringLiteral("w:val"), QStringLiteral("single"));
            xml.writeAttribute(QStringLiteral("w:sz"), QStringLiteral("4"));
            xml.writeAttribute(QStringLiteral("w:space"), QStringLiteral("0"));
            xml.writeAttribute(QStringLiteral("w:color"), QStringLiteral("A0A0A0"));
        }
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("w:tblCellMar"));
        for (const char *side : {"w:left", "w:right"}) {
            xml.writeEmptyElement(QLatin1String(side));
            xml.writeAttribute(QStringLiteral("w:w"), QStringLiteral("80"));
            xml.writeAttribute(QStringLiteral("w:type"), QStringLiteral("dxa"));
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        return bytes;
    }

private:
    const Report &m_report;
    Page m_page;
    QByteArray m_bodyBytes;
    QXmlStreamWriter m_body;
    QString m_title;
    QString m_runningHead;
    QList<std::pair<QString, QByteArray>> m_pictures;
};

} // namespace

std::optional<OfficeFormat> officeFormatOf(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("odt"))
        return OfficeFormat::Odt;
    if (suffix == QLatin1String("docx"))
        return OfficeFormat::Docx;
    return std::nullopt;
}

Result<QByteArray> officeDocument(const Report &report, OfficeFormat format, PaperSize paper)
{
    std::unique_ptr<Builder> builder;
    if (format == OfficeFormat::Odt)
        builder = std::make_unique<OdtBuilder>(report, pageOf(paper));
    else
        builder = std::make_unique<DocxBuilder>(report, pageOf(paper));
    Walker walker(*builder);
    if (Status s = walker.walk(report); !s)
        return s.error();
    const QByteArray bytes = builder->finish();
    if (bytes.isEmpty())
        return Error{OfficeText::tr("The document could not be put together: memory ran out.")};
    return bytes;
}

Status writeOfficeDocument(const Report &report, OfficeFormat format, const QString &path, PaperSize paper)
{
    const Result<QByteArray> bytes = officeDocument(report, format, paper);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() || !file.commit()) {
        return Error{OfficeText::tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), file.errorString()),
                     Error::Kind::Io};
    }
    return success();
}

} // namespace pc::reports
