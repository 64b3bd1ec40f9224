#include "CnilRegisterWriter.h"

#include "CnilModel.h"
#include "CnilRegister.h"
#include "Workbook.h"
#include "core/Countries.h"
#include "documents/Zip.h"
#include "domain/Codes.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <functional>

// Resources compiled into a static library are registered by hand.
static void initCnilResources()
{
    Q_INIT_RESOURCE(cnil);
}

namespace pc::exchange {
namespace {

using namespace cnil;

// What goes wrong is said in the window's language; the model is written in French.
struct ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(pc::exchange::RegisterExport)
};

const QString kTemplate = QStringLiteral(":/cnil/registre-traitement-simplifie.ods");
constexpr qint64 kLargestPart = 64 * 1024 * 1024;

// A sheet of the OpenDocument spreadsheet, as elements to fill: a cell at
// a row and a column, the repeated rows and cells it stands among split
// around it, rows copied below another.
class OdsTable
{
public:
    explicit OdsTable(QDomElement table) : m_table(std::move(table)) { }

    QDomElement element() const { return m_table; }

    void setText(int row, int column, const QString &text) { writeText(cell(row, column), text); }

    void setDate(int row, int column, QDate date)
    {
        QDomElement c = cell(row, column);
        clear(c);
        if (!date.isValid())
            return;
        c.setAttribute(QStringLiteral("office:value-type"), QStringLiteral("date"));
        c.setAttribute(QStringLiteral("calcext:value-type"), QStringLiteral("date"));
        c.setAttribute(QStringLiteral("office:date-value"), date.toString(Qt::ISODate));
        addParagraph(c, date.toString(QStringLiteral("dd/MM/yyyy")));
    }

    // `count` copies of `row` below it, emptied; their first cell says `labels`.
    void insertCopies(int row, const QStringList &labels)
    {
        QDomElement original = rowElement(row);
        QDomElement after = original;
        for (const QString &label : labels) {
            QDomElement copy = original.cloneNode(true).toElement();
            for (QDomElement c = copy.firstChildElement(); !c.isNull(); c = c.nextSiblingElement()) {
                clear(c);
                c.removeChild(c.firstChildElement(QStringLiteral("office:annotation")));
            }
            original.parentNode().insertAfter(copy, after);
            after = copy;
            writeText(cellOf(copy, 0), label);
        }
    }

    static void writeText(QDomElement cell, const QString &text)
    {
        clear(cell);
        if (text.isEmpty())
            return;
        cell.setAttribute(QStringLiteral("office:value-type"), QStringLiteral("string"));
        cell.setAttribute(QStringLiteral("calcext:value-type"), QStringLiteral("string"));
        for (const QString &line : text.split(QLatin1Char('\n')))
            addParagraph(cell, line);
    }

private:
    static void addParagraph(QDomElement &cell, const QString &text)
    {
        QDomDocument doc = cell.ownerDocument();
        QDomElement p = doc.createElement(QStringLiteral("text:p"));
        p.appendChild(doc.createTextNode(text));
        cell.appendChild(p);
    }

    // Empties a cell of its value; a comment on it stays.
    static void clear(QDomElement &cell)
    {
        for (QDomNode n = cell.firstChild(); !n.isNull();) {
            const QDomNode next = n.nextSibling();
            if (!(n.isElement() && n.toElement().tagName() == QLatin1String("office:annotation")))
                cell.removeChild(n);
            n = next;
        }
        for (const char *attribute :
             {"office:value", "office:date-value", "office:time-value", "office:boolean-value", "office:string-value",
              "office:value-type", "calcext:value-type", "table:formula", "office:currency"}) {
            cell.removeAttribute(QLatin1String(attribute));
        }
    }

    // The element standing alone for the `offset`th of the `count` it repeats.
    static QDomElement isolate(QDomElement element, int offset, int count, const QString &repeat)
    {
        if (count <= 1)
            return element;
        QDomNode parent = element.parentNode();
        QDomElement target = element;
        if (offset > 0) {
            target = element.cloneNode(true).toElement();
            if (offset == 1)
                element.removeAttribute(repeat);
            else
                element.setAttribute(repeat, offset);
            parent.insertAfter(target, element);
        }
        target.removeAttribute(repeat);
        if (const int after = count - offset - 1; after > 0) {
            QDomElement rest = target.cloneNode(true).toElement();
            if (after > 1)
                rest.setAttribute(repeat, after);
            parent.insertAfter(rest, target);
        }
        return target;
    }

    static void collectRows(const QDomElement &parent, QList<QDomElement> &rows)
    {
        for (QDomElement e = parent.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
            const QString tag = e.tagName();
            if (tag == QLatin1String("table:table-row"))
                rows << e;
            else if (tag == QLatin1String("table:table-header-rows") || tag == QLatin1String("table:table-row-group")
                     || tag == QLatin1String("table:table-rows"))
                collectRows(e, rows);
        }
    }

    QDomElement rowElement(int row)
    {
        QList<QDomElement> rows;
        collectRows(m_table, rows);
        const QString repeat = QStringLiteral("table:number-rows-repeated");
        int at = 0;
        for (const QDomElement &e : std::as_const(rows)) {
            const int count = std::max(1, e.attribute(repeat).toInt());
            if (row < at + count)
                return isolate(e, row - at, count, repeat);
            at += count;
        }
        QDomElement parent = rows.isEmpty() ? m_table : rows.last().parentNode().toElement();
        QDomElement made;
        for (; at <= row; ++at) {
            made = m_table.ownerDocument().createElement(QStringLiteral("table:table-row"));
            made.appendChild(m_table.ownerDocument().createElement(QStringLiteral("table:table-cell")));
            parent.appendChild(made);
        }
        return made;
    }

    static QDomElement cellOf(QDomElement row, int column)
    {
        const QString repeat = QStringLiteral("table:number-columns-repeated");
        int at = 0;
        for (QDomElement e = row.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
            const QString tag = e.tagName();
            if (tag != QLatin1String("table:table-cell") && tag != QLatin1String("table:covered-table-cell"))
                continue;
            const int count = std::max(1, e.attribute(repeat).toInt());
            if (column < at + count)
                return isolate(e, column - at, count, repeat);
            at += count;
        }
        QDomElement made;
        for (; at <= column; ++at) {
            made = row.ownerDocument().createElement(QStringLiteral("table:table-cell"));
            row.appendChild(made);
        }
        return made;
    }

    QDomElement cell(int row, int column) { return cellOf(rowElement(row), column); }

    QDomElement m_table;
};

// The entries of the model's drop-down lists (sheet 5), by their heading.
struct Lists
{
    QStringList safeguards;
    QStringList countries;
    QStringList people;
    QStringList recipients;
    QStringList measures;

    explicit Lists(const Sheet *sheet)
    {
        if (!sheet)
            return;
        const std::pair<const char *, QStringList *> headings[] = {{"garanties", &safeguards},
                                                                   {"pays", &countries},
                                                                   {"categories de personnes", &people},
                                                                   {"destinataires", &recipients},
                                                                   {"mesures de securite", &measures}};
        for (const auto &[heading, list] : headings) {
            const int column = columnStarting(*sheet, 0, {heading}, 0);
            if (column < 0)
                continue;
            for (int row = 1; row < sheet->rowCount(); ++row) {
                if (const QString entry = valueOf(*sheet, row, column); !entry.isEmpty())
                    *list << entry;
            }
        }
    }

    // The first entry `code` is read from, the one beginning with `preferred` first.
    static QString entryFor(const QStringList &entries, const QString &code,
                            const std::function<QString(const QString &)> &codeOf, const char *preferred = nullptr)
    {
        QString first;
        for (const QString &entry : entries) {
            if (codeOf(entry) != code)
                continue;
            if (!preferred || startsWith(entry, preferred))
                return entry;
            if (first.isEmpty())
                first = entry;
        }
        return first;
    }
};

QString oneLine(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines.join(QStringLiteral(", "));
}

// The sheet's name for an activity: its reference (else its name) without
// the characters a sheet's name cannot hold, at most 31 long, unique.
QString sheetName(const ProcessingActivity &a, QStringList &taken)
{
    static const QRegularExpression forbidden(QStringLiteral(R"([\[\]\*\?/\\:'])"));
    QString base = (a.reference.trimmed().isEmpty() ? a.name : a.reference).simplified();
    base.replace(forbidden, QStringLiteral("-"));
    base = base.left(31).trimmed();
    if (base.isEmpty())
        base = QStringLiteral("Traitement");
    QString name = base;
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n)
        name = base.left(31 - 5) + QStringLiteral(" (%1)").arg(n);
    taken << name;
    return name;
}

// Where an activity sheet's parts are: found once on the blank form.
struct Layout
{
    int name = -1;
    int reference = -1;
    int created = -1;
    int updated = -1;
    int actors = -1;
    QHash<QString, int> actorColumns;
    int mainPurpose = -1;
    QList<int> subPurposes;
    struct Section
    {
        int header = -1;
        int from = -1;
        int to = -1;
        QHash<QString, int> columns;
    };
    QHash<QString, Section> sections;

    explicit Layout(const Sheet &sheet)
    {
        name = rowStarting(sheet, "nom du traitement");
        reference = rowStarting(sheet, "n° / ref");
        created = rowStarting(sheet, "date de creation");
        updated = rowStarting(sheet, "mise a jour");
        actors = rowStarting(sheet, "acteurs");
        if (actors >= 0) {
            auto actorColumn = [&](const char *key, std::initializer_list<const char *> prefixes) {
                actorColumns.insert(QString::fromLatin1(key), columnStarting(sheet, actors, prefixes));
            };
            actorColumn("email", {"adresse mel", "adresse e-mail"});
            actorColumn("name", {"nom"});
            actorColumn("postcode", {"code postal"});
            actorColumn("town", {"ville"});
            actorColumn("country", {"pays", "si le responsable"});
            actorColumn("phone", {"telephone"});
            for (int column = 1; column < sheet.columnCount(); ++column) {
                if (fold(sheet.text(actors, column)) == QLatin1String("adresse"))
                    actorColumns.insert(QStringLiteral("address"), column);
            }
        }
        mainPurpose = rowStarting(sheet, "finalite principale");
        for (int row = rowStarting(sheet, "sous-finalite"); row >= 0;
             row = rowStarting(sheet, "sous-finalite", row + 1))
            subPurposes << row;
        auto section = [&](const char *key) -> Section * {
            Section s;
            s.header = rowStarting(sheet, key);
            if (s.header < 0)
                return nullptr;
            std::tie(s.from, s.to) = sectionRows(sheet, s.header);
            return &*sections.insert(QString::fromLatin1(key), s);
        };
        auto column = [&](Section *s, const char *key, std::initializer_list<const char *> prefixes) {
            if (s)
                s->columns.insert(QString::fromLatin1(key), columnStarting(sheet, s->header, prefixes));
        };
        for (const char *key : {kDataSection, kSpecialSection}) {
            Section *s = section(key);
            column(s, "detail", {"description"});
            column(s, "retention", {"duree de conservation", "dans certains cas"});
        }
        const std::pair<const char *, const char *> itemSections[] = {{kPeopleSection, "description"},
                                                                      {kRecipientSection, "type de destinataire"},
                                                                      {kSecuritySection, "type de mesure"}};
        for (const auto &[key, kind] : itemSections) {
            Section *s = section(key);
            column(s, "kind", {kind, key == kPeopleSection ? "categorie" : kind});
            column(s, "detail", {"precisions"});
        }
        Section *transfers = section(kTransferSection);
        column(transfers, "recipient", {"destinataire"});
        column(transfers, "country", {"pays"});
        column(transfers, "safeguard", {"type de garantie"});
        column(transfers, "documentation", {"liens vers", "lien vers"});
    }
};

// The rows of a section that a value can go in (its first cell labelled),
// and the labels of the rows that follow them ("Destinataire 5").
QList<int> placesOf(const Sheet &sheet, const Layout::Section &s)
{
    QList<int> places;
    for (int row = s.from; row < s.to; ++row) {
        if (!sheet.text(row, 0).trimmed().isEmpty())
            places << row;
    }
    return places;
}

QString nextLabel(const QString &last, int number)
{
    static const QRegularExpression trailing(QStringLiteral(R"(\d+\s*$)"));
    QString label = last;
    return trailing.match(label).hasMatch() ? label.replace(trailing, QString::number(number)) : label;
}

// Fills one activity's copy of the form, from the bottom up, so that the
// rows a section adds do not move those still to fill.
class ActivitySheet
{
public:
    ActivitySheet(const CnilRegisterWriter &writer, const RegisterContent &content, const Lists &lists,
                  const Sheet &form, const Layout &layout, OdsTable table)
        : m_writer(writer),
          m_content(content),
          m_lists(lists),
          m_form(form),
          m_layout(layout),
          m_table(std::move(table))
    { }

    void fill(const ProcessingActivity &a)
    {
        transfers(a);
        items(kSecuritySection, securityItems(a));
        items(kRecipientSection, recipientItems(a));
        items(kPeopleSection, peopleItems(a));
        data(a, true);
        data(a, false);
        purposes(a);
        actors(a);
        if (m_layout.name >= 0)
            m_table.setText(m_layout.name, 1, a.name);
        if (m_layout.reference >= 0)
            m_table.setText(m_layout.reference, 1, a.reference);
        if (m_layout.created >= 0)
            m_table.setDate(m_layout.created, 1, a.recordedOn);
        if (m_layout.updated >= 0)
            m_table.setDate(m_layout.updated, 1, a.revisedOn);
    }

private:
    using Item = std::pair<QString, QString>; // kind, detail

    // Writes `values` (one per row, by column key) in the section's rows,
    // adding rows below its last one when there are more.
    void rows(const char *section, const QList<QHash<QString, QString>> &values, const QStringList &extraLabels = {})
    {
        const auto it = m_layout.sections.constFind(QString::fromLatin1(section));
        if (it == m_layout.sections.cend() || values.isEmpty())
            return;
        const Layout::Section &s = it.value();
        QList<int> places = placesOf(m_form, s);
        if (places.isEmpty())
            return;
        if (values.size() > places.size()) {
            QStringList labels;
            for (int i = int(places.size()); i < values.size(); ++i)
                labels << (extraLabels.isEmpty() ? nextLabel(m_form.text(places.last(), 0), i + 1)
                                                 : extraLabels.value(i - places.size()));
            m_table.insertCopies(places.last(), labels);
            for (int i = 1; i <= labels.size(); ++i)
                places << places.last() + 1;
        }
        for (int i = 0; i < values.size(); ++i) {
            for (auto v = values.at(i).cbegin(); v != values.at(i).cend(); ++v) {
                const int column = s.columns.value(v.key(), -1);
                if (column >= 0)
                    m_table.setText(places.at(i), column, v.value());
            }
        }
    }

    void items(const char *section, const QList<Item> &list)
    {
        QList<QHash<QString, QString>> values;
        for (const auto &[kind, detail] : list)
            values << QHash<QString, QString>{{QStringLiteral("kind"), kind}, {QStringLiteral("detail"), detail}};
        rows(section, values);
    }

    QList<Item> peopleItems(const ProcessingActivity &a) const
    {
        QList<Item> out;
        for (const RowId id : a.subjectCategoryIds) {
            const auto c = std::find_if(m_content.subjectCategories.cbegin(), m_content.subjectCategories.cend(),
                                        [id](const SubjectCategory &s) { return s.id == id; });
            if (c == m_content.subjectCategories.cend())
                continue;
            QString entry = Lists::entryFor(m_lists.people, c->kind, subjectKindCode);
            if (entry.isEmpty())
                entry = Lists::entryFor(m_lists.people, QStringLiteral("other"), subjectKindCode);
            out << Item{entry, fold(entry) == fold(c->name) ? QString() : c->name};
        }
        return out;
    }

    QList<Item> recipientItems(const ProcessingActivity &a) const
    {
        QList<Item> out;
        for (const Recipient &r : a.recipients) {
            // A kind the list has no entry for is "Autre (Préciser)"; the name says who.
            QString entry = r.kind == QLatin1String("third_party") || r.kind == QLatin1String("authority")
                ? Lists::entryFor(m_lists.recipients, QStringLiteral("third_party"), recipientKindCode, "autre")
                : Lists::entryFor(m_lists.recipients, r.kind, recipientKindCode);
            out << Item{entry, r.name};
        }
        return out;
    }

    QList<Item> securityItems(const ProcessingActivity &a) const
    {
        QList<Item> out;
        for (const QString &line : a.securityMeasures.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            // "Chiffrement des données: des sauvegardes" when the kind is one of the list's.
            const qsizetype colon = line.indexOf(QStringLiteral(": "));
            const QString kind = colon > 0 ? line.left(colon) : line;
            const bool listed = std::any_of(m_lists.measures.cbegin(), m_lists.measures.cend(),
                                            [&](const QString &e) { return fold(e) == fold(kind); });
            if (listed)
                out << Item{kind, colon > 0 ? line.mid(colon + 2) : QString()};
            else
                out << Item{QString(), line};
        }
        return out;
    }

    void transfers(const ProcessingActivity &a)
    {
        QList<QHash<QString, QString>> values;
        for (const Transfer &t : a.transfers) {
            const QString recipient = t.recipient.isEmpty() ? m_content.processorName(t.processorId) : t.recipient;
            QString country =
                Lists::entryFor(m_lists.countries, t.country, [](const QString &e) { return countries::codeOf(e); });
            if (country.isEmpty())
                country = countries::nameOf(t.country, QStringLiteral("fr"));
            QString safeguard;
            if (t.safeguard != QLatin1String("none")) {
                safeguard = Lists::entryFor(m_lists.safeguards, t.safeguard, safeguardCode);
                if (safeguard.isEmpty())
                    safeguard = codes::labelIn(CodeList::TransferSafeguard, t.safeguard, QStringLiteral("fr"));
            }
            values << QHash<QString, QString>{{QStringLiteral("recipient"), recipient},
                                              {QStringLiteral("country"), country},
                                              {QStringLiteral("safeguard"), safeguard},
                                              {QStringLiteral("documentation"), t.safeguardReference}};
        }
        rows(kTransferSection, values);
    }

    // The categories of data: on the model's own line when it has one for
    // them, else on a line of their own added to the section.
    void data(const ProcessingActivity &a, bool special)
    {
        const auto it = m_layout.sections.constFind(QString::fromLatin1(special ? kSpecialSection : kDataSection));
        if (it == m_layout.sections.cend())
            return;
        const Layout::Section &s = it.value();
        const QList<int> places = placesOf(m_form, s);
        if (places.isEmpty())
            return;
        QHash<int, QHash<QString, QString>> onModelRows;
        QStringList extraLabels;
        QList<QHash<QString, QString>> extraValues;
        for (const RowId id : a.dataCategoryIds) {
            const DataCategory *c = m_content.dataCategory(id);
            if (!c || c->specialCategory != special)
                continue;
            const DataCategoryUse use = a.dataCategoryUses.value(id);
            // A line is read only when something is written on it: the name says "this category".
            const QHash<QString, QString> values{
                {QStringLiteral("detail"), use.detail.isEmpty() ? c->name : use.detail},
                {QStringLiteral("retention"), m_content.periodOf(a, *c, m_writer.language())}};
            const auto row = std::find_if(places.cbegin(), places.cend(), [&](int r) {
                return fold(categoryName(m_form.text(r, 0)).first) == fold(c->name);
            });
            if (row != places.cend() && !onModelRows.contains(*row)) {
                onModelRows.insert(*row, values);
            } else {
                extraLabels << c->name;
                extraValues << values;
            }
        }
        if (!extraLabels.isEmpty())
            m_table.insertCopies(places.last(), extraLabels);
        for (int i = 0; i < extraValues.size(); ++i) {
            for (auto v = extraValues.at(i).cbegin(); v != extraValues.at(i).cend(); ++v) {
                if (const int column = s.columns.value(v.key(), -1); column >= 0)
                    m_table.setText(places.last() + 1 + i, column, v.value());
            }
        }
        for (auto row = onModelRows.cbegin(); row != onModelRows.cend(); ++row) {
            for (auto v = row.value().cbegin(); v != row.value().cend(); ++v) {
                if (const int column = s.columns.value(v.key(), -1); column >= 0)
                    m_table.setText(row.key(), column, v.value());
            }
        }
    }

    void purposes(const ProcessingActivity &a)
    {
        if (m_layout.mainPurpose < 0 || a.purposes.isEmpty())
            return;
        QList<int> sub = m_layout.subPurposes;
        const int more = int(a.purposes.size()) - 1 - int(sub.size());
        if (more > 0 && !sub.isEmpty()) {
            QStringList labels;
            for (int i = 0; i < more; ++i)
                labels << nextLabel(m_form.text(sub.last(), 0), int(sub.size()) + i + 1);
            m_table.insertCopies(sub.last(), labels);
            for (int i = 0; i < more; ++i)
                sub << sub.last() + 1;
        }
        m_table.setText(m_layout.mainPurpose, 1, a.purposes.first().description);
        for (int i = 1; i < a.purposes.size() && i - 1 < sub.size(); ++i)
            m_table.setText(sub.at(i - 1), 1, a.purposes.at(i).description);
    }

    void actors(const ProcessingActivity &a)
    {
        if (m_layout.actors < 0)
            return;
        const Organization &org = m_content.organization;
        auto row = [&](const char *label, const QHash<QString, QString> &values) {
            const int r = rowStarting(m_form, label, m_layout.actors);
            if (r < 0 || (m_layout.mainPurpose >= 0 && r > m_layout.mainPurpose))
                return;
            for (auto v = values.cbegin(); v != values.cend(); ++v) {
                if (const int column = m_layout.actorColumns.value(v.key(), -1); column >= 0 && !v.value().isEmpty())
                    m_table.setText(r, column, v.value());
            }
        };
        QString country =
            Lists::entryFor(m_lists.countries, org.country, [](const QString &e) { return countries::codeOf(e); });
        if (country.isEmpty())
            country = countries::nameOf(org.country, QStringLiteral("fr"));
        row("responsable du traitement",
            {{QStringLiteral("name"), org.name},
             {QStringLiteral("address"), oneLine(org.address)},
             {QStringLiteral("country"), country}});
        row("delegue a la protection",
            {{QStringLiteral("name"), org.dpoName},
             {QStringLiteral("address"), oneLine(org.dpoAddress)},
             {QStringLiteral("phone"), org.dpoPhone},
             {QStringLiteral("email"), org.dpoEmail}});
        row("representant",
            {{QStringLiteral("name"), org.representativeName},
             {QStringLiteral("address"), oneLine(org.representativeContact)}});
        if (const int r = rowStarting(m_form, "responsable(s) conjoint", m_layout.actors);
            r >= 0 && !a.jointControllers.isEmpty())
            m_table.setText(r, 1, a.jointControllers);
    }

    const CnilRegisterWriter &m_writer;
    const RegisterContent &m_content;
    const Lists &m_lists;
    const Sheet &m_form;
    const Layout &m_layout;
    OdsTable m_table;
};

// Sheet 2: the blocks of contacts, and a line per activity below the example's.
void fillList(OdsTable &table, const Sheet &sheet, const RegisterContent &content)
{
    const Organization &org = content.organization;
    auto block = [&](const char *label, const QHash<QString, QString> &values) {
        const int row = rowStarting(sheet, label);
        if (row < 0)
            return;
        for (int r = row; r <= row + 1; ++r) {
            for (int column = 1; column + 1 < sheet.columnCount(); ++column) {
                const QString f = fold(sheet.text(r, column));
                if (!f.endsWith(QLatin1Char(':')))
                    continue;
                QString key;
                if (f.startsWith(QLatin1String("nom")))
                    key = QStringLiteral("name");
                else if (f.startsWith(QLatin1String("adresse mel")) || f.startsWith(QLatin1String("adresse e-mail")))
                    key = QStringLiteral("email");
                else if (f.startsWith(QLatin1String("adresse")))
                    key = QStringLiteral("address");
                else if (f.startsWith(QLatin1String("telephone")))
                    key = QStringLiteral("phone");
                if (const QString value = values.value(key); !value.isEmpty())
                    table.setText(r, column + 1, value);
            }
        }
    };
    block("coordonnees du responsable",
          {{QStringLiteral("name"), org.name}, {QStringLiteral("address"), oneLine(org.address)}});
    block("coordonnees du representant",
          {{QStringLiteral("name"), org.representativeName},
           {QStringLiteral("address"), oneLine(org.representativeContact)}});
    block("coordonnees du delegue",
          {{QStringLiteral("name"), org.dpoName},
           {QStringLiteral("address"), oneLine(org.dpoAddress)},
           {QStringLiteral("email"), org.dpoEmail},
           {QStringLiteral("phone"), org.dpoPhone}});

    const int header = listHeader(sheet);
    if (header < 0)
        return;
    const int reference = columnStarting(sheet, header, {"n"});
    const int created = columnStarting(sheet, header, {"date de creation"});
    const int updated = columnStarting(sheet, header, {"derniere mise a jour", "mise a jour"});
    const int purpose = columnStarting(sheet, header - 1, {"finalite"});
    const int sensitive = columnStarting(sheet, header - 1, {"donnees sensibles"});
    int row = header + 1;
    while (row < sheet.rowCount() && !sheet.text(row, 0).trimmed().isEmpty())
        ++row;
    for (const ProcessingActivity &a : content.activities) {
        table.setText(row, 0, a.name);
        if (reference >= 0)
            table.setText(row, reference, a.reference);
        if (created >= 0)
            table.setDate(row, created, a.recordedOn);
        if (updated >= 0)
            table.setDate(row, updated, a.revisedOn);
        if (purpose >= 0) {
            QStringList purposes;
            for (const Purpose &p : a.purposes)
                purposes << p.description;
            table.setText(row, purpose, purposes.join(QStringLiteral(", ")));
        }
        if (sensitive >= 0) {
            const bool special =
                std::any_of(content.dataCategories.cbegin(), content.dataCategories.cend(), [&](const DataCategory &c) {
                    return c.specialCategory && a.dataCategoryIds.contains(c.id);
                });
            table.setText(row, sensitive, special ? QStringLiteral("Oui") : QStringLiteral("Non"));
        }
        ++row;
    }
}

} // namespace

Result<QByteArray> CnilRegisterWriter::write(const RegisterContent &content) const
{
    initCnilResources();
    QFile model(kTemplate);
    if (!model.open(QIODevice::ReadOnly))
        return Error{ErrorText::tr("The CNIL's model is missing from this installation: %1").arg(model.errorString())};
    const QByteArray bytes = model.readAll();
    const auto book = WorkbookReader::read(QStringLiteral("registre-traitement-simplifie.ods"), bytes);
    if (!book)
        return book.error();
    documents::ZipReader zip;
    bool ok = zip.open(bytes);
    const QByteArray contentXml = ok ? zip.read(QStringLiteral("content.xml"), kLargestPart, &ok) : QByteArray();
    QDomDocument doc;
    if (!ok || !doc.setContent(contentXml))
        return Error{ErrorText::tr("The CNIL's model in this installation is damaged.")};

    // The sheets as elements, by name.
    QHash<QString, QDomElement> tables;
    QDomElement spreadsheet = doc.documentElement()
                                  .firstChildElement(QStringLiteral("office:body"))
                                  .firstChildElement(QStringLiteral("office:spreadsheet"));
    for (QDomElement t = spreadsheet.firstChildElement(QStringLiteral("table:table")); !t.isNull();
         t = t.nextSiblingElement(QStringLiteral("table:table"))) {
        tables.insert(t.attribute(QStringLiteral("table:name")), t);
    }
    const Sheet *form = nullptr;
    const Sheet *list = nullptr;
    const Sheet *lists = nullptr;
    QStringList taken;
    for (const Sheet &sheet : book->sheets) {
        taken << sheet.name;
        if (isActivitySheet(sheet) && isBlankModel(sheet))
            form = &sheet;
        else if (!isActivitySheet(sheet) && listHeader(sheet) >= 0)
            list = &sheet;
        else if (startsWith(sheet.name, "5_-_listes") || startsWith(sheet.name, "5 - listes"))
            lists = &sheet;
    }
    if (!form || !list || !tables.contains(form->name) || !tables.contains(list->name))
        return Error{ErrorText::tr("The CNIL's model in this installation is damaged.")};

    const Lists entries(lists);
    const Layout layout(*form);
    const QDomElement pristine = tables.value(form->name).cloneNode(true).toElement();
    QDomElement before = lists && tables.contains(lists->name) ? tables.value(lists->name) : QDomElement();
    for (const ProcessingActivity &a : content.activities) {
        QDomElement copy = pristine.cloneNode(true).toElement();
        copy.setAttribute(QStringLiteral("table:name"), sheetName(a, taken));
        if (before.isNull())
            spreadsheet.appendChild(copy);
        else
            spreadsheet.insertBefore(copy, before);
        ActivitySheet(*this, content, entries, *form, layout, OdsTable(copy)).fill(a);
    }
    OdsTable listTable(tables.value(list->name));
    fillList(listTable, *list, content);

    documents::ZipWriter out;
    out.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet", true);
    for (const QString &name : zip.names()) {
        if (name == QLatin1String("mimetype"))
            continue;
        if (name == QLatin1String("content.xml")) {
            out.add(name, doc.toByteArray(-1));
            continue;
        }
        bool read = false;
        const QByteArray part = zip.read(name, kLargestPart, &read);
        if (!read && !name.endsWith(QLatin1Char('/')))
            return Error{ErrorText::tr("The CNIL's model in this installation is damaged.")};
        if (!name.endsWith(QLatin1Char('/')))
            out.add(name, part);
    }
    const QByteArray written = out.finish();
    if (written.isEmpty())
        return Error{ErrorText::tr("The register could not be put together: memory ran out.")};
    return written;
}

Status CnilRegisterWriter::writeFile(const RegisterContent &content, const QString &path) const
{
    const Result<QByteArray> bytes = write(content);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() || !file.commit()) {
        return Error{ErrorText::tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), file.errorString()),
                     Error::Kind::Io};
    }
    return success();
}

} // namespace pc::exchange
