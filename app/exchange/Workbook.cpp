#include "Workbook.h"

#include "consent/ConsentImport.h"
#include "documents/Zip.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QXmlStreamReader>

namespace pc::exchange {
namespace {

using documents::ZipReader;

const Cell &emptyCell()
{
    static const Cell empty;
    return empty;
}

// A sheet that grew past the cap, or a part of the file that could not be read.
struct Refusal
{
    QString message;
};

QString tooManyCells(const QString &sheet)
{
    return WorkbookReader::tr("The sheet “%1” has more than %L2 cells written: this is not a register.")
        .arg(sheet)
        .arg(WorkbookReader::kMostCells);
}

QString damaged(const QString &fileName)
{
    return WorkbookReader::tr("“%1” is damaged: its spreadsheet cannot be read. Open it in your spreadsheet "
                              "program and save it again.")
        .arg(fileName);
}

// Cells counted across the workbook, against the cap.
class CellBudget
{
public:
    bool take(qsizetype cells)
    {
        m_used += cells;
        return m_used <= WorkbookReader::kMostCells;
    }

private:
    qsizetype m_used = 0;
};

// ---- OpenDocument ----

// The text of the cell the reader is on (its paragraphs one per line, a
// comment left aside), the reader left on the cell's end.
QString odfCellText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    bool paragraph = false;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == QLatin1String("annotation")) {
                xml.skipCurrentElement();
                continue;
            }
            ++depth;
            if (name == QLatin1String("p") || name == QLatin1String("h")) {
                if (paragraph)
                    text += QLatin1Char('\n');
                paragraph = true;
            } else if (name == QLatin1String("s")) {
                const int count = xml.attributes().value(QLatin1String("text:c")).toInt();
                text += QString(std::max(1, count), QLatin1Char(' '));
            } else if (name == QLatin1String("tab")) {
                text += QLatin1Char('\t');
            } else if (name == QLatin1String("line-break")) {
                text += QLatin1Char('\n');
            }
        } else if (xml.isEndElement()) {
            --depth;
        } else if (xml.isCharacters() && depth > 1) {
            text += xml.text();
        }
    }
    return text;
}

// One row's cells, each with the number of columns it is repeated over.
QList<std::pair<int, Cell>> odfRow(QXmlStreamReader &xml)
{
    QList<std::pair<int, Cell>> cells;
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        if (name != QLatin1String("table-cell") && name != QLatin1String("covered-table-cell")) {
            xml.skipCurrentElement();
            continue;
        }
        const QXmlStreamAttributes attributes = xml.attributes();
        const int repeat = std::max(1, attributes.value(QLatin1String("table:number-columns-repeated")).toInt());
        Cell cell;
        if (attributes.value(QLatin1String("office:value-type")) == QLatin1String("date"))
            cell.date = QDate::fromString(attributes.value(QLatin1String("office:date-value")).left(10).toString(), Qt::ISODate);
        cell.text = odfCellText(xml).trimmed();
        cells.append({repeat, cell});
    }
    return cells;
}

std::optional<Refusal> readOdfTable(QXmlStreamReader &xml, Sheet &sheet, CellBudget &budget)
{
    int row = 0;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            --depth;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("table-row")) {
            const int repeat = std::max(1, xml.attributes().value(QLatin1String("table:number-rows-repeated")).toInt());
            const QList<std::pair<int, Cell>> cells = odfRow(xml);
            int written = 0;
            for (const auto &[times, cell] : cells)
                written += cell.text.isEmpty() && !cell.date.isValid() ? 0 : times;
            // Empty rows repeated to the sheet's end cost nothing; written ones count.
            if (written > 0) {
                if (!budget.take(qsizetype(written) * repeat))
                    return Refusal{tooManyCells(sheet.name)};
                for (int r = 0; r < repeat; ++r) {
                    int column = 0;
                    for (const auto &[times, cell] : cells) {
                        if (!cell.text.isEmpty() || cell.date.isValid()) {
                            for (int c = 0; c < times; ++c)
                                sheet.set(row + r, column + c, cell);
                        }
                        column += times;
                    }
                }
            }
            row += repeat;
        } else if (name == QLatin1String("table-header-rows") || name == QLatin1String("table-row-group")
                   || name == QLatin1String("table-rows")) {
            ++depth; // rows inside: read as the table's own
        } else {
            xml.skipCurrentElement();
        }
    }
    return std::nullopt;
}

Result<Workbook> readOds(const ZipReader &zip, Workbook book)
{
    bool ok = false;
    const QByteArray manifest = zip.read(QStringLiteral("META-INF/manifest.xml"), WorkbookReader::kLargestPart, &ok);
    if (ok && manifest.contains("encryption-data"))
        return Error{WorkbookReader::tr("“%1” is protected by a password: open it in your spreadsheet program, "
                                        "save it without a password and import that copy.")
                         .arg(book.fileName)};
    if (zip.size(QStringLiteral("content.xml")) > WorkbookReader::kLargestPart)
        return Error{WorkbookReader::tr("“%1” unpacks to more than %L2 MB: this is not a register.")
                         .arg(book.fileName)
                         .arg(WorkbookReader::kLargestPart / (1024 * 1024))};
    const QByteArray content = zip.read(QStringLiteral("content.xml"), WorkbookReader::kLargestPart, &ok);
    if (!ok)
        return Error{damaged(book.fileName)};
    QXmlStreamReader xml(content);
    CellBudget budget;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("table")
            && xml.namespaceUri().endsWith(QLatin1String(":table:1.0"))) {
            Sheet sheet;
            sheet.name = xml.attributes().value(QLatin1String("table:name")).toString();
            if (const auto refused = readOdfTable(xml, sheet, budget))
                return Error{refused->message};
            book.sheets << sheet;
        }
    }
    if (xml.hasError())
        return Error{damaged(book.fileName)};
    return book;
}

// ---- Office Open XML ----

// "B12" -> (11, 1); (-1, -1) when it is not a cell's name.
std::pair<int, int> cellPosition(QStringView name)
{
    int column = 0;
    qsizetype i = 0;
    while (i < name.size() && name.at(i).isLetter()) {
        column = column * 26 + (name.at(i).toUpper().unicode() - 'A' + 1);
        ++i;
        if (column > 16384)
            return {-1, -1};
    }
    bool ok = false;
    const int row = name.mid(i).toInt(&ok);
    if (i == 0 || !ok || row < 1)
        return {-1, -1};
    return {row - 1, column - 1};
}

// The text of every <t> under the element the reader is on, phonetic
// guides (<rPh>) left aside, the reader left on its end.
QString runsText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh")) {
                xml.skipCurrentElement();
                continue;
            }
            if (xml.name() == QLatin1String("t")) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                continue;
            }
            ++depth;
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    return text;
}

// Which cell styles show a number as a date: Excel's own date formats,
// and those of the file whose code has a day or a year in it.
QList<bool> dateStyles(const QByteArray &styles)
{
    QSet<int> dateFormats;
    for (int id : {14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57})
        dateFormats.insert(id);
    QList<bool> isDate;
    QXmlStreamReader xml(styles);
    bool inCellXfs = false;
    static const QRegularExpression quoted(QStringLiteral(R"("[^"]*"|\[[^\]]*\])"));
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == QLatin1String("numFmt")) {
                QString code = a.value(QLatin1String("formatCode")).toString().toLower();
                code.remove(quoted);
                if (code.contains(QLatin1Char('y')) || code.contains(QLatin1Char('d')))
                    dateFormats.insert(a.value(QLatin1String("numFmtId")).toInt());
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                isDate << dateFormats.contains(a.value(QLatin1String("numFmtId")).toInt());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    return isDate;
}

std::optional<Refusal> readXlsxSheet(const QByteArray &content, const QStringList &shared, const QList<bool> &dates,
                                     Sheet &sheet, CellBudget &budget, const QString &fileName)
{
    QXmlStreamReader xml(content);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("c"))
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        const auto [row, column] = cellPosition(a.value(QLatin1String("r")));
        const QString type = a.value(QLatin1String("t")).toString();
        const int style = a.value(QLatin1String("s")).toInt();
        QString value;
        QString inlineText;
        while (xml.readNextStartElement()) {
            if (xml.name() == QLatin1String("v"))
                value = xml.readElementText();
            else if (xml.name() == QLatin1String("is"))
                inlineText = runsText(xml);
            else
                xml.skipCurrentElement();
        }
        if (row < 0)
            return Refusal{damaged(fileName)};
        Cell cell;
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int index = value.toInt(&ok);
            if (!ok || index < 0 || index >= shared.size())
                return Refusal{damaged(fileName)};
            cell.text = shared.at(index);
        } else if (type == QLatin1String("inlineStr")) {
            cell.text = inlineText;
        } else if (type == QLatin1String("b")) {
            cell.text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type.isEmpty() || type == QLatin1String("n")) {
            bool ok = false;
            const double number = value.toDouble(&ok);
            if (ok && style >= 0 && style < dates.size() && dates.at(style) && number > 0 && number < 2958466) {
                // Days since 30 December 1899, as the spreadsheet counts them.
                cell.date = QDate(1899, 12, 30).addDays(qint64(number));
                cell.text = cell.date.toString(Qt::ISODate);
            } else {
                cell.text = value;
            }
        } else {
            cell.text = value; // a formula's string, an error
        }
        cell.text = cell.text.trimmed();
        if (cell.text.isEmpty())
            continue;
        if (!budget.take(1))
            return Refusal{tooManyCells(sheet.name)};
        sheet.set(row, column, cell);
    }
    if (xml.hasError())
        return Refusal{damaged(fileName)};
    return std::nullopt;
}

Result<Workbook> readXlsx(const ZipReader &zip, Workbook book)
{
    const qint64 most = WorkbookReader::kLargestPart;
    bool ok = false;
    const QByteArray workbook = zip.read(QStringLiteral("xl/workbook.xml"), most, &ok);
    if (!ok)
        return Error{damaged(book.fileName)};
    // The sheets in their order, and where each one's part is.
    QList<std::pair<QString, QString>> sheets; // name, relationship id
    {
        QXmlStreamReader xml(workbook);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
                QString id;
                for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                    if (attribute.name() == QLatin1String("id"))
                        id = attribute.value().toString();
                }
                sheets.append({xml.attributes().value(QLatin1String("name")).toString(), id});
            }
        }
        if (xml.hasError())
            return Error{damaged(book.fileName)};
    }
    QHash<QString, QString> targets;
    {
        QXmlStreamReader xml(zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"), most));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
                const QString target = xml.attributes().value(QLatin1String("Target")).toString();
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(),
                               target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target);
            }
        }
    }
    QStringList shared;
    if (zip.contains(QStringLiteral("xl/sharedStrings.xml"))) {
        QXmlStreamReader xml(zip.read(QStringLiteral("xl/sharedStrings.xml"), most, &ok));
        if (!ok)
            return Error{damaged(book.fileName)};
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si"))
                shared << runsText(xml);
        }
        if (xml.hasError())
            return Error{damaged(book.fileName)};
    }
    const QList<bool> dates = dateStyles(zip.read(QStringLiteral("xl/styles.xml"), most));
    CellBudget budget;
    for (const auto &[name, id] : std::as_const(sheets)) {
        const QString part = targets.value(id);
        if (zip.size(part) > most)
            return Error{WorkbookReader::tr("The sheet “%1” unpacks to more than %L2 MB: this is not a register.")
                             .arg(name)
                             .arg(most / (1024 * 1024))};
        const QByteArray content = zip.read(part, most, &ok);
        if (!ok)
            return Error{damaged(book.fileName)};
        Sheet sheet;
        sheet.name = name;
        if (const auto refused = readXlsxSheet(content, shared, dates, sheet, budget, book.fileName))
            return Error{refused->message};
        book.sheets << sheet;
    }
    return book;
}

// ---- CSV ----

Result<Workbook> readCsvBook(const QByteArray &content, Workbook book)
{
    const auto table = consent::readCsv(content);
    if (!table)
        return table.error();
    Sheet sheet;
    sheet.name = QFileInfo(book.fileName).completeBaseName();
    const qsizetype cells = table->header.size() * (table->rows.size() + 1);
    if (cells > WorkbookReader::kMostCells)
        return Error{tooManyCells(sheet.name)};
    for (int c = 0; c < table->header.size(); ++c)
        sheet.set(0, c, Cell{table->header.at(c).trimmed(), {}});
    for (int r = 0; r < table->rows.size(); ++r) {
        const QStringList &row = table->rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            const QString text = row.at(c).trimmed();
            if (!text.isEmpty())
                sheet.set(r + 1, c, Cell{text, {}});
        }
    }
    book.sheets << sheet;
    return book;
}

bool isUtf8(const QByteArray &content)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8(content);
    Q_UNUSED(decoded);
    return !utf8.hasError();
}

} // namespace

const Cell &Sheet::cell(int row, int column) const
{
    const auto it = m_cells.constFind(key(row, column));
    return it == m_cells.cend() ? emptyCell() : it.value();
}

void Sheet::set(int row, int column, const Cell &cell)
{
    m_cells.insert(key(row, column), cell);
    m_rows = std::max(m_rows, row + 1);
    m_columns = std::max(m_columns, column + 1);
}

QString Sheet::cellName(int row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

const Sheet *Workbook::sheet(const QString &name) const
{
    for (const Sheet &s : sheets) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

Result<Workbook> WorkbookReader::read(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (QFileInfo(path).isDir())
        return Error{tr("“%1” is a folder, not a spreadsheet.").arg(name)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("“%1” cannot be opened: %2").arg(name, file.errorString()), Error::Kind::Io};
    if (file.size() > kLargestFile)
        return Error{tr("“%1” is larger than %L2 MB: this is not a register.").arg(name).arg(kLargestFile / (1024 * 1024))};
    return read(name, file.readAll());
}

Result<Workbook> WorkbookReader::read(const QString &fileName, const QByteArray &content)
{
    Workbook book;
    book.fileName = fileName;
    if (content.isEmpty())
        return Error{tr("“%1” is empty.").arg(fileName)};
    if (content.size() > kLargestFile)
        return Error{tr("“%1” is larger than %L2 MB: this is not a register.").arg(fileName).arg(kLargestFile / (1024 * 1024))};
    // An encrypted Office file, and an Excel 97–2003 one, are compound files.
    if (content.startsWith(QByteArray::fromHex("D0CF11E0A1B11AE1")))
        return Error{tr("“%1” is protected by a password, or saved in the old Excel 97–2003 format: save it as "
                        ".xlsx or .ods, without a password, and import that copy.")
                         .arg(fileName)};
    if (content.startsWith("PK")) {
        ZipReader zip;
        if (!zip.open(content))
            return Error{damaged(fileName)};
        const QByteArray mimetype = zip.read(QStringLiteral("mimetype"), 256);
        if (mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet")
            || (mimetype.isEmpty() && zip.contains(QStringLiteral("content.xml")))) {
            book.format = QStringLiteral("ods");
            return readOds(zip, book);
        }
        if (zip.contains(QStringLiteral("xl/workbook.xml"))) {
            book.format = QStringLiteral("xlsx");
            return readXlsx(zip, book);
        }
        if (mimetype.startsWith("application/vnd.oasis.opendocument") || zip.contains(QStringLiteral("word/document.xml")))
            return Error{tr("“%1” is a text document, not a spreadsheet: export its table to a spreadsheet first.")
                             .arg(fileName)};
        return Error{tr("“%1” is a ZIP archive, not a spreadsheet.").arg(fileName)};
    }
    if (!content.contains('\0')) {
        // Excel on Windows saves "CSV" in its own code page unless told "CSV UTF-8".
        if (!isUtf8(content))
            return Error{tr("“%1” is text, but not in UTF-8: save it again as “CSV UTF-8” and import that copy.")
                             .arg(fileName)};
        book.format = QStringLiteral("csv");
        return readCsvBook(content, book);
    }
    return Error{tr("“%1” is not a spreadsheet: import an .ods, .xlsx or .csv file.").arg(fileName)};
}

} // namespace pc::exchange
