#include "TableRegister.h"

#include "CnilModel.h"

#include <QRegularExpression>

#include <algorithm>

namespace pc::exchange {
namespace {

using namespace cnil;
using Part = ImportedActivity::Part;

// A field: its key, whether a row needs it, its name for the window, and
// the headings (folded, French and English) a column holding it may have.
struct FieldSpec
{
    const char *key;
    bool required;
    const char *label;
    std::initializer_list<const char *> headings;
};

// The names of the fields, in one table for lupdate and the window.
const FieldSpec kActivityFields[] = {
    {"name",
     true,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Activity"),
     {"nom du traitement", "nom de l'activite", "traitement", "activite", "nom", "intitule", "processing activity",
      "activity", "activity name", "name"}},
    {"reference",
     false,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Reference"),
     {"reference", "ref", "n°", "numero", "code", "id"}},
    {"description", false, QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Description"), {"description"}},
    {"purpose",
     false,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Purposes"),
     {"finalite", "finalites", "purpose", "purposes"}},
    {"legal_basis",
     false,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Legal basis"),
     {"base legale", "bases legales", "base juridique", "fondement", "legal basis", "lawful basis"}},
    {"special_data",
     false,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Special categories of data"),
     {"donnees sensibles", "categories particulieres", "special categor", "sensitive data"}},
    {"data",
     false,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Categories of data"),
     {"categories de donnees", "donnees", "donnees personnelles", "data categories", "categories of data",
      "personal data", "data"}},
    {"retention",
     false,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Retention period"),
     {"duree de conservation", "conservation", "duree", "retention"}},
    {"people",
     false,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Categories of people"),
     {"personnes concernees", "categories de personnes", "personnes", "data subjects", "categories of people",
      "people"}},
    {"recipients",
     false,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Recipients"),
     {"destinataires", "destinataire", "recipients", "recipient"}},
    {"countries",
     false,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Transfers outside the EU (countries)"),
     {"transferts", "transfert", "pays", "transfers", "transfer", "countries", "country"}},
    {"security",
     false,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Security measures"),
     {"mesures de securite", "securite", "security measures", "security"}},
    {"joint_controllers",
     false,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Joint controllers"),
     {"responsables conjoints", "responsable conjoint", "joint controllers", "joint controller"}},
    {"created",
     false,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Created on"),
     {"date de creation", "cree le", "creation", "created", "created on"}},
    {"updated",
     false,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Updated on"),
     {"derniere mise a jour", "mise a jour", "modifie le", "updated", "last updated", "last update", "revised"}},
};

// How a row of another list names its activity.
#define PC_ACTIVITY_KEY                                                                                                \
    {                                                                                                                  \
        "activity", true, QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Activity (reference or name)"),      \
        {                                                                                                              \
            "activite", "traitement", "reference du traitement", "ref", "reference", "activity", "processing activity" \
        }                                                                                                              \
    }

const FieldSpec kPurposeFields[] = {
    PC_ACTIVITY_KEY,
    {"purpose",
     true,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Purpose"),
     {"finalite", "purpose", "description"}},
    {"legal_basis",
     false,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Legal basis"),
     {"base legale", "base juridique", "fondement", "legal basis", "lawful basis"}},
};

const FieldSpec kDataFields[] = {
    PC_ACTIVITY_KEY,
    {"category",
     true,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Category of data"),
     {"categorie de donnees", "categorie", "donnees", "category", "data category", "data"}},
    {"detail",
     false,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Details"),
     {"precisions", "detail", "details", "description"}},
    {"special",
     false,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Special category (Art. 9)"),
     {"sensible", "donnee sensible", "categorie particuliere", "special", "sensitive"}},
    {"retention",
     false,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Retention period"),
     {"duree de conservation", "conservation", "duree", "retention"}},
};

const FieldSpec kPeopleFields[] = {
    PC_ACTIVITY_KEY,
    {"category",
     true,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Category of people"),
     {"categorie de personnes", "categorie", "personnes", "category", "data subjects", "people"}},
    {"kind", false, QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Kind"), {"type", "nature", "kind"}},
};

const FieldSpec kRecipientFields[] = {
    PC_ACTIVITY_KEY,
    {"recipient",
     true,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Recipient"),
     {"destinataire", "organisme", "recipient"}},
    {"kind",
     false,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Kind"),
     {"type de destinataire", "type", "nature", "kind"}},
};

const FieldSpec kTransferFields[] = {
    PC_ACTIVITY_KEY,
    {"country", true, QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Country"), {"pays", "country"}},
    {"recipient",
     false,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Recipient"),
     {"destinataire", "organisme destinataire", "recipient"}},
    {"safeguard",
     false,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Safeguard"),
     {"garantie", "type de garantie", "garanties", "safeguard"}},
    {"documentation",
     false,
     QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Documentation"),
     {"documentation", "lien", "liens vers la documentation", "link", "reference du contrat"}},
};

#undef PC_ACTIVITY_KEY

std::pair<const FieldSpec *, const FieldSpec *> specsOf(RegisterList list)
{
    switch (list) {
    case RegisterList::Activities:
        return {std::begin(kActivityFields), std::end(kActivityFields)};
    case RegisterList::Purposes:
        return {std::begin(kPurposeFields), std::end(kPurposeFields)};
    case RegisterList::DataCategories:
        return {std::begin(kDataFields), std::end(kDataFields)};
    case RegisterList::People:
        return {std::begin(kPeopleFields), std::end(kPeopleFields)};
    case RegisterList::Recipients:
        return {std::begin(kRecipientFields), std::end(kRecipientFields)};
    case RegisterList::Transfers:
        return {std::begin(kTransferFields), std::end(kTransferFields)};
    }
    return {nullptr, nullptr};
}

constexpr RegisterList kLists[] = {RegisterList::Activities, RegisterList::Purposes,   RegisterList::DataCategories,
                                   RegisterList::People,     RegisterList::Recipients, RegisterList::Transfers};

// A sheet's name that says which list it is.
bool namedAs(const QString &sheet, RegisterList list)
{
    const QString f = fold(sheet);
    auto has = [&](std::initializer_list<const char *> words) {
        return std::any_of(words.begin(), words.end(), [&](const char *w) { return f.contains(QString::fromUtf8(w)); });
    };
    switch (list) {
    case RegisterList::Activities:
        return has({"activit", "traitement", "register", "registre"});
    case RegisterList::Purposes:
        return has({"finalit", "purpose"});
    case RegisterList::DataCategories:
        return has({"donnee", "data"});
    case RegisterList::People:
        return has({"personne", "people", "subject"});
    case RegisterList::Recipients:
        return has({"destinataire", "recipient"});
    case RegisterList::Transfers:
        return has({"transfert", "transfer"});
    }
    return false;
}

// The columns of a heading row matched to a list's fields: a heading
// equal to one of a field's first, then one beginning with it.
QHash<QString, int> matchHeadings(const Sheet &sheet, int row, RegisterList list)
{
    QHash<QString, int> columns;
    const auto [first, last] = specsOf(list);
    for (const bool exact : {true, false}) {
        for (int column = 0; column < sheet.columnCount(); ++column) {
            const QString heading = fold(sheet.text(row, column));
            if (heading.isEmpty() || std::find(columns.cbegin(), columns.cend(), column) != columns.cend())
                continue;
            for (const FieldSpec *f = first; f != last; ++f) {
                if (columns.contains(QString::fromLatin1(f->key)))
                    continue;
                const bool matches = std::any_of(f->headings.begin(), f->headings.end(), [&](const char *h) {
                    const QString wanted = QString::fromUtf8(h);
                    return exact ? heading == wanted : heading.startsWith(wanted);
                });
                if (matches) {
                    columns.insert(QString::fromLatin1(f->key), column);
                    break;
                }
            }
        }
    }
    return columns;
}

bool hasRequired(RegisterList list, const QHash<QString, int> &columns)
{
    const auto [first, last] = specsOf(list);
    return std::all_of(first, last,
                       [&](const FieldSpec &f) { return !f.required || columns.contains(QString::fromLatin1(f.key)); });
}

// A cell's values: one per line, or separated by semicolons.
QStringList valuesOf(const QString &cell)
{
    static const QRegularExpression separators(QStringLiteral("[;\\n]"));
    QStringList values;
    for (const QString &v : cell.split(separators)) {
        if (!v.trimmed().isEmpty())
            values << v.trimmed();
    }
    return values;
}

bool saysYes(const QString &text)
{
    static const QStringList yes = {QStringLiteral("oui"),  QStringLiteral("yes"), QStringLiteral("x"),
                                    QStringLiteral("o"),    QStringLiteral("y"),   QStringLiteral("1"),
                                    QStringLiteral("vrai"), QStringLiteral("true")};
    return yes.contains(fold(text));
}

// Reads the sheets with the mappings they were given.
class Reading
{
public:
    explicit Reading(const Workbook &book) : m_book(book) { }

    Status read(const QList<SheetMapping> &mappings)
    {
        m_haveActivitySheet = std::any_of(mappings.cbegin(), mappings.cend(),
                                          [](const SheetMapping &m) { return m.list == RegisterList::Activities; });
        // The activities first: the other lists name them.
        for (const bool activities : {true, false}) {
            for (const SheetMapping &m : mappings) {
                if ((m.list == RegisterList::Activities) != activities)
                    continue;
                const Sheet *sheet = m_book.sheet(m.sheet);
                if (!sheet)
                    continue;
                if (Status s = activities ? readActivities(*sheet, m) : readList(*sheet, m); !s)
                    return s;
            }
        }
        return success();
    }

    ImportedRegister result() const
    {
        ImportedRegister reg;
        reg.activities = m_activities;
        return reg;
    }

private:
    QString at(const Sheet &sheet, const SheetMapping &m, int row, const char *key) const
    {
        const int column = m.columns.value(QString::fromLatin1(key), -1);
        return column < 0 ? QString() : sheet.text(row, column).trimmed();
    }

    QDate dateAt(const Sheet &sheet, const SheetMapping &m, int row, const char *key) const
    {
        const int column = m.columns.value(QString::fromLatin1(key), -1);
        return column < 0 ? QDate() : dateOf(sheet, row, column);
    }

    bool rowIsEmpty(const Sheet &sheet, const SheetMapping &m, int row) const
    {
        return std::all_of(m.columns.cbegin(), m.columns.cend(),
                           [&](int c) { return c < 0 || sheet.text(row, c).trimmed().isEmpty(); });
    }

    Status readActivities(const Sheet &sheet, const SheetMapping &m)
    {
        for (int row = m.headerRow + 1; row < sheet.rowCount(); ++row) {
            if (rowIsEmpty(sheet, m, row))
                continue;
            ImportedActivity a;
            a.sheet = sheet.name;
            a.parts = 0;
            a.name = at(sheet, m, row, "name");
            a.reference = at(sheet, m, row, "reference");
            if (a.name.isEmpty()) {
                return Error{
                    TableRegisterReader::tr("The activity on row %1 of the sheet “%2” has no name: write it in %3.")
                        .arg(row + 1)
                        .arg(sheet.name, CellRef{sheet.name, row, m.columns.value(QStringLiteral("name"))}.toString()),
                    Error::Kind::BadInput};
            }
            auto holds = [&](const char *key, Part part) {
                if (m.maps(QString::fromLatin1(key)))
                    a.parts |= part;
            };
            holds("description", Part::Description);
            holds("purpose", Part::Purposes);
            holds("data", Part::Data);
            holds("special_data", Part::Data);
            holds("people", Part::People);
            holds("recipients", Part::Recipients);
            holds("countries", Part::Transfers);
            holds("security", Part::Security);
            holds("joint_controllers", Part::JointControllers);
            holds("created", Part::Dates);
            holds("updated", Part::Dates);
            a.description = at(sheet, m, row, "description");
            a.jointControllers = at(sheet, m, row, "joint_controllers");
            a.createdOn = dateAt(sheet, m, row, "created");
            a.updatedOn = dateAt(sheet, m, row, "updated");
            const QStringList purposes = valuesOf(at(sheet, m, row, "purpose"));
            const QStringList bases = valuesOf(at(sheet, m, row, "legal_basis"));
            for (int i = 0; i < purposes.size(); ++i) {
                addPurpose(a, purposes.at(i));
                // One basis for several purposes is the basis of each.
                if (const QString basis = bases.size() == 1 ? bases.first() : bases.value(i); !basis.isEmpty())
                    a.legalBases.insert(purposes.at(i), basis);
            }
            const RetentionText retention = readRetention(at(sheet, m, row, "retention"));
            for (const char *key : {"data", "special_data"}) {
                for (const QString &category : valuesOf(at(sheet, m, row, key))) {
                    ImportedDataCategory c;
                    c.category = category;
                    c.special = QLatin1String(key) == QLatin1String("special_data");
                    c.retention = retention;
                    c.where = {sheet.name, row, m.columns.value(QString::fromLatin1(key))};
                    a.dataCategories << c;
                }
            }
            for (const QString &people : valuesOf(at(sheet, m, row, "people")))
                a.subjects << ImportedItem{
                    people, QString(), {sheet.name, row, m.columns.value(QStringLiteral("people"))}};
            for (const QString &recipient : valuesOf(at(sheet, m, row, "recipients")))
                a.recipients << ImportedItem{
                    QString(), recipient, {sheet.name, row, m.columns.value(QStringLiteral("recipients"))}};
            for (const QString &country : valuesOf(at(sheet, m, row, "countries")))
                a.transfers << ImportedTransfer{QString(),
                                                country,
                                                QString(),
                                                QString(),
                                                {sheet.name, row, m.columns.value(QStringLiteral("countries"))}};
            for (const QString &measure : at(sheet, m, row, "security").split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                a.securityMeasures << ImportedItem{
                    QString(), measure.trimmed(), {sheet.name, row, m.columns.value(QStringLiteral("security"))}};
            if (!retention.text.isEmpty() && !retention.understood()) {
                a.doubts << TableRegisterReader::tr("The retention “%1” (%2) is not a duration: finish its rule.")
                                .arg(retention.text,
                                     CellRef{sheet.name, row, m.columns.value(QStringLiteral("retention"))}.toString());
            }
            m_activities << a;
        }
        return success();
    }

    static void addPurpose(ImportedActivity &a, const QString &purpose)
    {
        if (a.mainPurpose.isEmpty())
            a.mainPurpose = purpose;
        else
            a.subPurposes << purpose;
    }

    // The activity a row of another list names, by its reference or its
    // name; made when the workbook has no sheet of activities.
    Result<ImportedActivity *> activityFor(const Sheet &sheet, const SheetMapping &m, int row)
    {
        const QString wanted = at(sheet, m, row, "activity");
        const int column = m.columns.value(QStringLiteral("activity"));
        if (wanted.isEmpty()) {
            return Error{TableRegisterReader::tr("Row %1 of the sheet “%2” does not say its activity: write it in %3.")
                             .arg(row + 1)
                             .arg(sheet.name, CellRef{sheet.name, row, column}.toString()),
                         Error::Kind::BadInput};
        }
        for (ImportedActivity &a : m_activities) {
            if ((!a.reference.isEmpty() && fold(a.reference) == fold(wanted)) || fold(a.name) == fold(wanted))
                return &a;
        }
        if (m_haveActivitySheet) {
            return Error{TableRegisterReader::tr("%1 names the activity “%2”, which no row of the activities has.")
                             .arg(CellRef{sheet.name, row, column}.toString(), wanted),
                         Error::Kind::BadInput};
        }
        ImportedActivity made;
        made.sheet = sheet.name;
        made.parts = 0;
        made.name = wanted;
        m_activities << made;
        return &m_activities.last();
    }

    Status readList(const Sheet &sheet, const SheetMapping &m)
    {
        const Part part = m.list == RegisterList::Purposes ? Part::Purposes
            : m.list == RegisterList::DataCategories       ? Part::Data
            : m.list == RegisterList::People               ? Part::People
            : m.list == RegisterList::Recipients           ? Part::Recipients
                                                           : Part::Transfers;
        // A list's sheet holds that part of every activity, those it has no row for included.
        for (ImportedActivity &a : m_activities)
            a.parts |= part;
        for (int row = m.headerRow + 1; row < sheet.rowCount(); ++row) {
            if (rowIsEmpty(sheet, m, row))
                continue;
            Result<ImportedActivity *> found = activityFor(sheet, m, row);
            if (!found)
                return found.error();
            ImportedActivity &a = *found.value();
            a.parts |= part;
            const CellRef where{sheet.name, row, 0};
            switch (m.list) {
            case RegisterList::Purposes: {
                const QString purpose = at(sheet, m, row, "purpose");
                if (purpose.isEmpty())
                    break;
                addPurpose(a, purpose);
                if (const QString basis = at(sheet, m, row, "legal_basis"); !basis.isEmpty())
                    a.legalBases.insert(purpose, basis);
                break;
            }
            case RegisterList::DataCategories: {
                ImportedDataCategory c;
                c.category = at(sheet, m, row, "category");
                if (c.category.isEmpty())
                    break;
                c.description = at(sheet, m, row, "detail");
                c.special = saysYes(at(sheet, m, row, "special"));
                c.retention = readRetention(at(sheet, m, row, "retention"));
                c.where = where;
                if (!c.retention.text.isEmpty() && !c.retention.understood()) {
                    a.doubts
                        << TableRegisterReader::tr("The retention of “%1” (%2) is not a duration: finish its rule.")
                               .arg(c.category,
                                    CellRef{sheet.name, row, m.columns.value(QStringLiteral("retention"))}.toString());
                }
                a.dataCategories << c;
                break;
            }
            case RegisterList::People:
                if (const QString category = at(sheet, m, row, "category"); !category.isEmpty())
                    a.subjects << ImportedItem{at(sheet, m, row, "kind"), category, where};
                break;
            case RegisterList::Recipients:
                if (const QString recipient = at(sheet, m, row, "recipient"); !recipient.isEmpty())
                    a.recipients << ImportedItem{at(sheet, m, row, "kind"), recipient, where};
                break;
            case RegisterList::Transfers:
                a.transfers << ImportedTransfer{at(sheet, m, row, "recipient"), at(sheet, m, row, "country"),
                                                at(sheet, m, row, "safeguard"), at(sheet, m, row, "documentation"),
                                                where};
                break;
            case RegisterList::Activities:
                break;
            }
        }
        return success();
    }

    const Workbook &m_book;
    QList<ImportedActivity> m_activities;
    bool m_haveActivitySheet = false;
};

} // namespace

QList<TableField> fieldsOf(RegisterList list)
{
    QList<TableField> fields;
    const auto [first, last] = specsOf(list);
    for (const FieldSpec *f = first; f != last; ++f)
        fields << TableField{QString::fromLatin1(f->key), f->required};
    return fields;
}

namespace {

const char *fieldSource(const QString &key)
{
    for (const RegisterList list : kLists) {
        const auto [first, last] = specsOf(list);
        for (const FieldSpec *f = first; f != last; ++f) {
            if (key == QLatin1String(f->key))
                return f->label;
        }
    }
    return nullptr;
}

const char *listSource(RegisterList list)
{
    switch (list) {
    case RegisterList::Activities:
        return QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Activities");
    case RegisterList::Purposes:
        return QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Purposes");
    case RegisterList::DataCategories:
        return QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Categories of data");
    case RegisterList::People:
        return QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Categories of people");
    case RegisterList::Recipients:
        return QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Recipients");
    case RegisterList::Transfers:
        return QT_TRANSLATE_NOOP("pc::exchange::TableRegisterReader", "Transfers");
    }
    return "";
}

} // namespace

QString fieldLabel(const QString &key)
{
    const char *source = fieldSource(key);
    return source ? QCoreApplication::translate("pc::exchange::TableRegisterReader", source) : key;
}

QString fieldLabel(const QString &key, const DocumentLanguage &language)
{
    const char *source = fieldSource(key);
    return source ? language.translate("pc::exchange::TableRegisterReader", source) : key;
}

QString listLabel(RegisterList list)
{
    return QCoreApplication::translate("pc::exchange::TableRegisterReader", listSource(list));
}

QString listLabel(RegisterList list, const DocumentLanguage &language)
{
    return language.translate("pc::exchange::TableRegisterReader", listSource(list));
}

QList<SheetMapping> TableRegisterReader::guess(const Workbook &book)
{
    QList<SheetMapping> mappings;
    bool activities = false;
    for (const Sheet &sheet : book.sheets) {
        SheetMapping best;
        int bestScore = 0;
        // The heading row is among the first rows: the one most headings match.
        for (int row = 0; row < std::min(sheet.rowCount(), 12); ++row) {
            for (const RegisterList list : kLists) {
                const QHash<QString, int> columns = matchHeadings(sheet, row, list);
                if (!hasRequired(list, columns) || columns.size() < 2)
                    continue;
                const int score = int(columns.size()) * 2 + (namedAs(sheet.name, list) ? 3 : 0);
                if (score > bestScore) {
                    bestScore = score;
                    best.sheet = sheet.name;
                    best.list = list;
                    best.headerRow = row;
                    best.columns = columns;
                }
            }
        }
        if (bestScore == 0)
            continue;
        // One sheet of activities: a second one is read as the list it is next most like.
        if (best.list == RegisterList::Activities && activities)
            continue;
        activities = activities || best.list == RegisterList::Activities;
        for (int column = 0; column < sheet.columnCount(); ++column)
            best.headers << sheet.text(best.headerRow, column).simplified();
        mappings << best;
    }
    return mappings;
}

Result<ImportedRegister> TableRegisterReader::read(const Workbook &book, const QList<SheetMapping> &mappings)
{
    for (const SheetMapping &m : mappings) {
        if (!hasRequired(m.list, m.columns)) {
            QStringList missing;
            for (const TableField &f : fieldsOf(m.list)) {
                if (f.required && !m.maps(f.key))
                    missing << fieldLabel(f.key);
            }
            return Error{
                tr("Say which column of the sheet “%1” holds: %2.").arg(m.sheet, missing.join(QStringLiteral(", "))),
                Error::Kind::BadInput};
        }
    }
    Reading reading(book);
    if (Status s = reading.read(mappings); !s)
        return s.error();
    ImportedRegister reg = reading.result();
    if (reg.activities.isEmpty())
        return Error{tr("“%1” holds no activity under the headings found.").arg(book.fileName), Error::Kind::BadInput};
    return reg;
}

} // namespace pc::exchange
