#include "CnilModel.h"

#include "core/Text.h"

#include <algorithm>

namespace pc::exchange::cnil {

// Lower case, no accents, one space between words, straight apostrophes:
// how labels are compared.
QString fold(const QString &text)
{
    return pc::text::withoutAccents(text).replace(QChar(0x2019), QLatin1Char('\'')).toLower().simplified();
}

// `prefix` is UTF-8 ("n° / ref"), folded already.
bool startsWith(const QString &text, const char *prefix)
{
    return fold(text).startsWith(QString::fromUtf8(prefix));
}

// What the model writes where nothing was chosen, its links to the
// CNIL's guides ("► Données sensibles"), and "N/A".
bool isPlaceholder(const QString &text)
{
    const QString f = fold(text);
    return f.isEmpty() || f.startsWith(QLatin1String("selectionnez un element")) || f.startsWith(QChar(0x25BA))
        || f == QLatin1String("n/a") || f == QLatin1String("-");
}

// A column's heading, repeated over a part of a section ("Description",
// "Précisions", "Durée de conservation"…): not a value.
bool isHeading(const QString &text)
{
    static const QStringList kHeadings{QStringLiteral("description"), QStringLiteral("precisions"),
                                       QStringLiteral("duree de conservation"), QStringLiteral("type de destinataire"),
                                       QStringLiteral("type de mesure de securite"), QStringLiteral("destinataire"),
                                       QStringLiteral("pays"), QStringLiteral("type de garanties"),
                                       QStringLiteral("liens vers la documentation")};
    return kHeadings.contains(fold(text));
}

QString valueOf(const Sheet &sheet, int row, int column)
{
    const QString text = sheet.text(row, column);
    return isPlaceholder(text) ? QString() : text;
}

QDate dateOf(const Sheet &sheet, int row, int column)
{
    const Cell &cell = sheet.cell(row, column);
    if (cell.date.isValid())
        return cell.date;
    for (const QString &format : {QStringLiteral("dd/MM/yyyy"), QStringLiteral("d/M/yyyy"), QStringLiteral("yyyy-MM-dd")}) {
        const QDate date = QDate::fromString(cell.text.trimmed(), format);
        if (date.isValid())
            return date;
    }
    return {};
}

// The first row from `from` whose first cell begins with `prefix`, -1 when none.
int rowStarting(const Sheet &sheet, const char *prefix, int from)
{
    for (int row = from; row < sheet.rowCount(); ++row) {
        if (startsWith(sheet.text(row, 0), prefix))
            return row;
    }
    return -1;
}

// The column of `row` whose text begins with one of `prefixes`, -1 when none.
int columnStarting(const Sheet &sheet, int row, std::initializer_list<const char *> prefixes, int from)
{
    for (int column = from; column < sheet.columnCount(); ++column) {
        for (const char *prefix : prefixes) {
            if (startsWith(sheet.text(row, column), prefix))
                return column;
        }
    }
    return -1;
}

bool isSectionHeader(const Sheet &sheet, int row)
{
    static constexpr const char *kSections[] = {kDataSection,      kSpecialSection,  kPeopleSection,
                                                kRecipientSection, kSecuritySection, kTransferSection};
    const QString first = sheet.text(row, 0);
    return std::any_of(std::begin(kSections), std::end(kSections), [&](const char *s) { return startsWith(first, s); });
}

// The rows of the section whose header is at `header`: to the next header.
std::pair<int, int> sectionRows(const Sheet &sheet, int header)
{
    int end = header + 1;
    while (end < sheet.rowCount() && !isSectionHeader(sheet, end))
        ++end;
    return {header + 1, end};
}

bool isActivitySheet(const Sheet &sheet)
{
    return rowStarting(sheet, "nom du traitement") >= 0 && rowStarting(sheet, "finalite principale") >= 0;
}

bool isExample(const Sheet &sheet)
{
    return fold(sheet.name).contains(QLatin1String("exemple")) || startsWith(sheet.text(0, 0), "exemple de fiche");
}

bool isBlankModel(const Sheet &sheet)
{
    return startsWith(sheet.text(0, 0), "modele de fiche");
}

// The list of sheet 2: the row of its header ("Nom du traitement", "N° / RÉF"…), -1 when none.
int listHeader(const Sheet &sheet)
{
    for (int row = 0; row < sheet.rowCount(); ++row) {
        if (fold(sheet.text(row, 0)) == QLatin1String("nom du traitement") && startsWith(sheet.text(row, 1), "n°"))
            return row;
    }
    return -1;
}

std::pair<QString, QString> categoryName(const QString &label)
{
    QString name = label.simplified();
    while (name.endsWith(QChar(0x2026)) || name.endsWith(QLatin1Char('.')))
        name.chop(1);
    QString description;
    const int open = name.indexOf(QLatin1Char('('));
    if (open > 0 && name.endsWith(QLatin1Char(')'))) {
        description = name.mid(open + 1, name.size() - open - 2).trimmed();
        name = name.left(open).trimmed();
    }
    return {name, description};
}

} // namespace pc::exchange::cnil
