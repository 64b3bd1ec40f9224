#include "WorkbookWriter.h"

#include "documents/OpenXml.h"
#include "documents/Zip.h"

#include <QXmlStreamWriter>

namespace pc::exchange {
namespace {

const QString kMain = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
const QString kRelationships = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

// The styles the cells use: 0 plain, 1 a heading, 2 a date, 3 wrapped text.
enum Style { Plain = 0, Heading = 1, Date = 2, Wrapped = 3 };

// "A", "Z", "AA"…: a column's letters.
QString columnLetters(int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters;
}

QByteArray stylesXml()
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("styleSheet"));
    xml.writeDefaultNamespace(kMain);
    xml.writeStartElement(QStringLiteral("numFmts"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
    xml.writeEmptyElement(QStringLiteral("numFmt"));
    xml.writeAttribute(QStringLiteral("numFmtId"), QStringLiteral("164"));
    xml.writeAttribute(QStringLiteral("formatCode"), QStringLiteral("dd/mm/yyyy"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("fonts"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("2"));
    for (const bool bold : {false, true}) {
        xml.writeStartElement(QStringLiteral("font"));
        if (bold)
            xml.writeEmptyElement(QStringLiteral("b"));
        xml.writeEmptyElement(QStringLiteral("sz"));
        xml.writeAttribute(QStringLiteral("val"), QStringLiteral("11"));
        xml.writeEmptyElement(QStringLiteral("name"));
        xml.writeAttribute(QStringLiteral("val"), QStringLiteral("Calibri"));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("fills"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("2"));
    for (const char *pattern : {"none", "gray125"}) {
        xml.writeStartElement(QStringLiteral("fill"));
        xml.writeEmptyElement(QStringLiteral("patternFill"));
        xml.writeAttribute(QStringLiteral("patternType"), QLatin1String(pattern));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("borders"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
    xml.writeStartElement(QStringLiteral("border"));
    for (const char *side : {"left", "right", "top", "bottom", "diagonal"})
        xml.writeEmptyElement(QLatin1String(side));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("cellStyleXfs"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
    xml.writeEmptyElement(QStringLiteral("xf"));
    for (const char *a : {"numFmtId", "fontId", "fillId", "borderId"})
        xml.writeAttribute(QLatin1String(a), QStringLiteral("0"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("cellXfs"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("4"));
    struct Xf
    {
        const char *numFmt;
        const char *font;
        bool wrap;
    };
    for (const Xf &xf : {Xf{"0", "0", false}, Xf{"0", "1", true}, Xf{"164", "0", false}, Xf{"0", "0", true}}) {
        xml.writeStartElement(QStringLiteral("xf"));
        xml.writeAttribute(QStringLiteral("numFmtId"), QLatin1String(xf.numFmt));
        xml.writeAttribute(QStringLiteral("fontId"), QLatin1String(xf.font));
        xml.writeAttribute(QStringLiteral("fillId"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("borderId"), QStringLiteral("0"));
        xml.writeAttribute(QStringLiteral("xfId"), QStringLiteral("0"));
        if (QLatin1String(xf.numFmt) != QLatin1String("0"))
            xml.writeAttribute(QStringLiteral("applyNumberFormat"), QStringLiteral("1"));
        if (QLatin1String(xf.font) != QLatin1String("0"))
            xml.writeAttribute(QStringLiteral("applyFont"), QStringLiteral("1"));
        if (xf.wrap) {
            xml.writeAttribute(QStringLiteral("applyAlignment"), QStringLiteral("1"));
            xml.writeEmptyElement(QStringLiteral("alignment"));
            xml.writeAttribute(QStringLiteral("wrapText"), QStringLiteral("1"));
            xml.writeAttribute(QStringLiteral("vertical"), QStringLiteral("top"));
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("cellStyles"));
    xml.writeAttribute(QStringLiteral("count"), QStringLiteral("1"));
    xml.writeEmptyElement(QStringLiteral("cellStyle"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Normal"));
    xml.writeAttribute(QStringLiteral("xfId"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("builtinId"), QStringLiteral("0"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray sheetXml(const WrittenSheet &sheet)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("worksheet"));
    xml.writeDefaultNamespace(kMain);
    // The headings stay in view.
    xml.writeStartElement(QStringLiteral("sheetViews"));
    xml.writeStartElement(QStringLiteral("sheetView"));
    xml.writeAttribute(QStringLiteral("workbookViewId"), QStringLiteral("0"));
    xml.writeEmptyElement(QStringLiteral("pane"));
    xml.writeAttribute(QStringLiteral("ySplit"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("topLeftCell"), QStringLiteral("A2"));
    xml.writeAttribute(QStringLiteral("activePane"), QStringLiteral("bottomLeft"));
    xml.writeAttribute(QStringLiteral("state"), QStringLiteral("frozen"));
    xml.writeEndElement();
    xml.writeEndElement();
    if (!sheet.widths.isEmpty()) {
        xml.writeStartElement(QStringLiteral("cols"));
        for (int i = 0; i < sheet.widths.size(); ++i) {
            xml.writeEmptyElement(QStringLiteral("col"));
            xml.writeAttribute(QStringLiteral("min"), QString::number(i + 1));
            xml.writeAttribute(QStringLiteral("max"), QString::number(i + 1));
            xml.writeAttribute(QStringLiteral("width"), QString::number(sheet.widths.at(i), 'f', 1));
            xml.writeAttribute(QStringLiteral("customWidth"), QStringLiteral("1"));
        }
        xml.writeEndElement();
    }
    xml.writeStartElement(QStringLiteral("sheetData"));
    int columns = 0;
    for (int r = 0; r < sheet.rows.size(); ++r) {
        const QList<Cell> &row = sheet.rows.at(r);
        columns = std::max(columns, int(row.size()));
        xml.writeStartElement(QStringLiteral("row"));
        xml.writeAttribute(QStringLiteral("r"), QString::number(r + 1));
        for (int c = 0; c < row.size(); ++c) {
            const Cell &cell = row.at(c);
            if (cell.text.isEmpty() && !cell.date.isValid())
                continue;
            xml.writeStartElement(QStringLiteral("c"));
            xml.writeAttribute(QStringLiteral("r"), columnLetters(c) + QString::number(r + 1));
            if (cell.date.isValid()) {
                // Days since 30 December 1899, as the spreadsheets count.
                xml.writeAttribute(QStringLiteral("s"), QString::number(Date));
                xml.writeTextElement(QStringLiteral("v"), QString::number(QDate(1899, 12, 30).daysTo(cell.date)));
            } else {
                xml.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
                xml.writeAttribute(QStringLiteral("s"),
                                   QString::number(r == 0                                      ? Heading
                                                       : cell.text.contains(QLatin1Char('\n')) ? Wrapped
                                                                                               : Plain));
                xml.writeStartElement(QStringLiteral("is"));
                xml.writeStartElement(QStringLiteral("t"));
                xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
                xml.writeCharacters(cell.text);
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    if (columns > 0 && !sheet.rows.isEmpty()) {
        xml.writeEmptyElement(QStringLiteral("autoFilter"));
        xml.writeAttribute(QStringLiteral("ref"),
                           QStringLiteral("A1:%1%2").arg(columnLetters(columns - 1)).arg(sheet.rows.size()));
    }
    xml.writeEndDocument();
    return bytes;
}

} // namespace

QByteArray xlsxOf(const QList<WrittenSheet> &sheets, const QString &title)
{
    namespace ox = documents::openxml;
    const QString sml = QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.");
    ox::ContentTypes overrides = {{QStringLiteral("/xl/workbook.xml"), sml + QStringLiteral("sheet.main+xml")},
                                  {QStringLiteral("/xl/styles.xml"), sml + QStringLiteral("styles+xml")}};
    for (int i = 0; i < sheets.size(); ++i)
        overrides.append(
            {QStringLiteral("/xl/worksheets/sheet%1.xml").arg(i + 1), sml + QStringLiteral("worksheet+xml")});
    documents::ZipWriter zip;
    zip.add(QStringLiteral("[Content_Types].xml"), ox::contentTypes({}, overrides));
    zip.add(QStringLiteral("_rels/.rels"), ox::packageRelationships(QStringLiteral("xl/workbook.xml")));
    zip.add(QStringLiteral("docProps/core.xml"), ox::coreProperties(title));
    {
        QByteArray bytes;
        QXmlStreamWriter xml(&bytes);
        xml.writeStartDocument();
        xml.writeStartElement(QStringLiteral("workbook"));
        xml.writeDefaultNamespace(kMain);
        xml.writeNamespace(kRelationships, QStringLiteral("r"));
        xml.writeStartElement(QStringLiteral("sheets"));
        for (int i = 0; i < sheets.size(); ++i) {
            xml.writeEmptyElement(QStringLiteral("sheet"));
            xml.writeAttribute(QStringLiteral("name"), sheets.at(i).name);
            xml.writeAttribute(QStringLiteral("sheetId"), QString::number(i + 1));
            xml.writeAttribute(kRelationships, QStringLiteral("id"), QStringLiteral("rId%1").arg(i + 1));
        }
        xml.writeEndDocument();
        zip.add(QStringLiteral("xl/workbook.xml"), bytes);
    }
    QList<ox::Relationship> parts;
    for (int i = 0; i < sheets.size(); ++i) {
        parts.append({QStringLiteral("rId%1").arg(i + 1), QStringLiteral("worksheet"),
                      QStringLiteral("worksheets/sheet%1.xml").arg(i + 1)});
        zip.add(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheetXml(sheets.at(i)));
    }
    parts.append(
        {QStringLiteral("rId%1").arg(sheets.size() + 1), QStringLiteral("styles"), QStringLiteral("styles.xml")});
    zip.add(QStringLiteral("xl/_rels/workbook.xml.rels"), ox::relationships(parts));
    zip.add(QStringLiteral("xl/styles.xml"), stylesXml());
    return zip.finish();
}

} // namespace pc::exchange
