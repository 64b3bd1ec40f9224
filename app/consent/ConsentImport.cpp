#include "ConsentImport.h"

#include "domain/Codes.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/SqlRow.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

namespace pc::consent {
namespace {

struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(pc::ConsentImport)
};

// Lower case, accents and separators gone: "Adresse e-mail" → "adresseemail".
QString folded(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing)
            out += c.toLower();
    }
    return out;
}

QString eventCode(const QString &value)
{
    static const QHash<QString, QString> words = [] {
        QHash<QString, QString> w;
        for (const char *given : {"given", "give", "yes", "y", "oui", "o", "1", "true", "vrai", "optin", "accepted",
                                  "accepte", "consent", "consented", "granted", "subscribed", "abonne", "donne",
                                  "inscrit"})
            w.insert(QString::fromLatin1(given), QStringLiteral("given"));
        for (const char *withdrawn : {"withdrawn", "withdraw", "withdrew", "retire", "retrait", "unsubscribed",
                                      "desabonne", "desinscrit", "optout", "revoked", "revoque"})
            w.insert(QString::fromLatin1(withdrawn), QStringLiteral("withdrawn"));
        for (const char *refused : {"refused", "refuse", "no", "n", "non", "0", "false", "faux", "declined",
                                    "denied", "rejected", "rejete"})
            w.insert(QString::fromLatin1(refused), QStringLiteral("refused"));
        for (const char *expired : {"expired", "expire", "lapsed", "perime"})
            w.insert(QString::fromLatin1(expired), QStringLiteral("expired"));
        return w;
    }();
    return words.value(folded(value));
}

QString methodCode(const QString &value)
{
    const QString key = folded(value);
    if (key.isEmpty())
        return QStringLiteral("import");
    for (const QString &code : codes::all(CodeList::ConsentMethod)) {
        if (key == folded(code) || key == folded(codes::labelIn(CodeList::ConsentMethod, code, QStringLiteral("en")))
            || key == folded(codes::labelIn(CodeList::ConsentMethod, code, QStringLiteral("fr"))))
            return code;
    }
    static const std::pair<const char *, const char *> synonyms[] = {
        {"web", "web_form"},      {"form", "web_form"},    {"formulaire", "web_form"}, {"website", "web_form"},
        {"siteweb", "web_form"},  {"mail", "email"},       {"courriel", "email"},      {"lettre", "letter"},
        {"courrier", "letter"},   {"post", "letter"},      {"telephone", "phone"},     {"tel", "phone"},
        {"call", "phone"},        {"application", "app"},  {"mobile", "app"},          {"cookie", "cookie_banner"},
        {"cookies", "cookie_banner"}, {"banner", "cookie_banner"}, {"banniere", "cookie_banner"},
        {"enpersonne", "in_person"}, {"person", "in_person"}, {"guichet", "in_person"}, {"csv", "import"},
    };
    for (const auto &[word, code] : synonyms) {
        if (key == QLatin1String(word))
            return QString::fromLatin1(code);
    }
    return {};
}

// A date, with or without a time, ISO or day first; a time without a zone
// is the computer's local time. Invalid when not understood.
QDateTime moment(const QString &value)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return {};
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    if (when.isValid())
        return when.toUTC();
    for (const char *format : {"yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm",
                               "d/M/yyyy H:mm", "dd.MM.yyyy HH:mm", "dd-MM-yyyy HH:mm"}) {
        when = QDateTime::fromString(text, QString::fromLatin1(format));
        if (when.isValid())
            return when.toUTC();
    }
    for (const char *format : {"yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "dd-MM-yyyy"}) {
        const QDate day = QDate::fromString(text, QString::fromLatin1(format));
        if (day.isValid())
            return QDateTime(day, QTime(0, 0)).toUTC();
    }
    return {};
}

QString cell(const QStringList &row, const ColumnMapping &mapping, Field field)
{
    const int column = mapping.value(field, -1);
    return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString();
}

} // namespace

Result<CsvTable> readCsv(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.contains(QChar::ReplacementCharacter))
        return Error{ImportText::tr("The file is not text in UTF-8: save it from the spreadsheet as “CSV UTF-8”.")};
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    // The delimiter is the one the header line uses most.
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    QChar delimiter = QLatin1Char(',');
    qsizetype most = firstLine.count(delimiter);
    for (const QChar candidate : {QLatin1Char(';'), QLatin1Char('\t')}) {
        if (firstLine.count(candidate) > most) {
            most = firstLine.count(candidate);
            delimiter = candidate;
        }
    }
    CsvTable table;
    QStringList row;
    QString current;
    bool quoted = false, cellStarted = false;
    int line = 1, rowLine = 1;
    auto endRow = [&] {
        row << current;
        current.clear();
        cellStarted = false;
        const bool blank = row.size() == 1 && row.first().trimmed().isEmpty();
        if (!blank) {
            if (table.header.isEmpty()) {
                table.header = row;
            } else {
                table.rows << row;
                table.lines << rowLine;
            }
        }
        row.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    current += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                current += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !cellStarted && current.trimmed().isEmpty()) {
            quoted = true;
            cellStarted = true;
            current.clear();
        } else if (c == delimiter) {
            row << current;
            current.clear();
            cellStarted = false;
        } else if (c == QLatin1Char('\n')) {
            endRow();
            ++line;
            rowLine = line;
        } else if (c != QLatin1Char('\r')) {
            current += c;
            cellStarted = cellStarted || !c.isSpace();
        }
    }
    if (quoted)
        return Error{ImportText::tr("Line %1: a quotation mark is opened and never closed.").arg(rowLine)};
    if (!current.isEmpty() || !row.isEmpty())
        endRow();
    if (table.header.isEmpty())
        return Error{ImportText::tr("The file is empty.")};
    return table;
}

const QList<Field> &allFields()
{
    static const QList<Field> fields = {Field::Person, Field::Purpose, Field::Event, Field::OccurredAt,
                                        Field::Method, Field::Source, Field::PolicyVersion, Field::Note};
    return fields;
}

QString fieldLabel(Field field)
{
    switch (field) {
    case Field::Person: return ImportText::tr("Person (e-mail or reference)");
    case Field::Purpose: return ImportText::tr("Purpose (code or name)");
    case Field::Event: return ImportText::tr("Event (given, withdrawn, refused, expired)");
    case Field::OccurredAt: return ImportText::tr("Date and time");
    case Field::Method: return ImportText::tr("How it was collected");
    case Field::Source: return ImportText::tr("Collection point");
    case Field::PolicyVersion: return ImportText::tr("Privacy policy version");
    case Field::Note: return ImportText::tr("Note");
    }
    return {};
}

ColumnMapping guessMapping(const QStringList &header)
{
    // Exact names first, then names that contain a word: "consent type" is a
    // purpose, "consent" alone the event.
    static const std::pair<Field, QStringList> exact[] = {
        {Field::Person, {QStringLiteral("email"), QStringLiteral("mail"), QStringLiteral("courriel"),
                         QStringLiteral("adresseemail"), QStringLiteral("emailaddress"), QStringLiteral("person"),
                         QStringLiteral("personne"), QStringLiteral("reference"), QStringLiteral("externalref"),
                         QStringLiteral("customer"), QStringLiteral("client"), QStringLiteral("subject")}},
        {Field::Purpose, {QStringLiteral("purpose"), QStringLiteral("finalite"), QStringLiteral("purposecode"),
                          QStringLiteral("consenttype"), QStringLiteral("typedeconsentement"), QStringLiteral("list"),
                          QStringLiteral("liste"), QStringLiteral("topic")}},
        {Field::Event, {QStringLiteral("event"), QStringLiteral("evenement"), QStringLiteral("status"),
                        QStringLiteral("statut"), QStringLiteral("state"), QStringLiteral("etat"),
                        QStringLiteral("consent"), QStringLiteral("consentement"), QStringLiteral("choice"),
                        QStringLiteral("choix"), QStringLiteral("optin")}},
        {Field::OccurredAt, {QStringLiteral("date"), QStringLiteral("occurredat"), QStringLiteral("timestamp"),
                             QStringLiteral("datetime"), QStringLiteral("when"), QStringLiteral("quand"),
                             QStringLiteral("horodatage"), QStringLiteral("dateheure"), QStringLiteral("time")}},
        {Field::Method, {QStringLiteral("method"), QStringLiteral("methode"), QStringLiteral("channel"),
                         QStringLiteral("canal"), QStringLiteral("moyen")}},
        {Field::Source, {QStringLiteral("source"), QStringLiteral("collectionpoint"),
                         QStringLiteral("pointdecollecte"), QStringLiteral("form"), QStringLiteral("formulaire"),
                         QStringLiteral("page"), QStringLiteral("url")}},
        {Field::PolicyVersion, {QStringLiteral("policy"), QStringLiteral("policyversion"),
                                QStringLiteral("politique"), QStringLiteral("version"),
                                QStringLiteral("versiondelapolitique")}},
        {Field::Note, {QStringLiteral("note"), QStringLiteral("notes"), QStringLiteral("comment"),
                       QStringLiteral("commentaire"), QStringLiteral("remarks"), QStringLiteral("remarque")}},
    };
    ColumnMapping mapping;
    for (Field field : allFields())
        mapping.insert(field, -1);
    QSet<int> taken;
    for (int pass = 0; pass < 2; ++pass) {
        for (const auto &[field, names] : exact) {
            if (mapping.value(field) >= 0)
                continue;
            for (int column = 0; column < header.size(); ++column) {
                if (taken.contains(column))
                    continue;
                const QString name = folded(header.at(column));
                const bool match = pass == 0 ? names.contains(name)
                                             : std::any_of(names.cbegin(), names.cend(), [&](const QString &word) {
                                                   return word.size() >= 4 && name.contains(word);
                                               });
                if (match) {
                    mapping.insert(field, column);
                    taken.insert(column);
                    break;
                }
            }
        }
    }
    return mapping;
}

// Reads the lines of a file one by one: the person, the purpose and the
// policy's version found in the register (each looked up once), the event,
// its moment and how it was collected checked; what is wrong said.
class LineReader
{
public:
    LineReader(Database &db, RowId organizationId, const ColumnMapping &mapping, const QString &source)
        : m_db(db), m_organizationId(organizationId), m_mapping(mapping), m_source(source)
    {
    }

    ImportLine read(const QStringList &row, int lineNumber, QStringList &problems)
    {
        ImportLine line;
        line.line = lineNumber;
        line.person = cell(row, m_mapping, Field::Person);
        readPerson(line, problems);
        readPurpose(row, line, problems);
        readEvent(row, line, problems);
        readPolicy(row, line, problems);
        return line;
    }

private:
    // Folded text → an id, or the message saying why there is none.
    QVariant lookUp(QHash<QString, QVariant> &cache, const QString &key, const QString &sql,
                    const QVariantList &bindings, const QString &missing, const QString &several)
    {
        if (auto it = cache.constFind(key); it != cache.constEnd())
            return it.value();
        QSqlQuery query = m_db.prepare(sql);
        for (const QVariant &value : bindings)
            query.addBindValue(value);
        QVariant found;
        if (!query.exec()) {
            found = Database::sqlError(query).message;
        } else if (!query.next()) {
            found = missing;
        } else {
            found = scalar<qint64>(query);
            if (query.next())
                found = several;
        }
        cache.insert(key, found);
        return found;
    }

    // The person, by e-mail or by the organization's own reference.
    void readPerson(ImportLine &line, QStringList &problems)
    {
        if (line.person.isEmpty()) {
            problems << ImportText::tr("no person");
        } else {
            const bool email = line.person.contains(QLatin1Char('@'));
            const QVariant id = lookUp(
                m_people, line.person.toLower(),
                email ? QStringLiteral("SELECT id FROM data_subjects WHERE organization_id = ? AND lower(email) = ? LIMIT 2")
                      : QStringLiteral("SELECT id FROM data_subjects WHERE organization_id = ? AND external_ref = ? LIMIT 2"),
                {m_organizationId, email ? line.person.toLower() : line.person},
                ImportText::tr("nobody in the register has %1 “%2”")
                    .arg(email ? ImportText::tr("the e-mail address") : ImportText::tr("the reference"), line.person),
                ImportText::tr("several people have %1 “%2”")
                    .arg(email ? ImportText::tr("the e-mail address") : ImportText::tr("the reference"), line.person));
            if (id.typeId() == QMetaType::QString)
                problems << id.toString();
            else
                line.event.subjectId = id.toLongLong();
        }
    }

    void readPurpose(const QStringList &row, ImportLine &line, QStringList &problems)
    {
        const QString purpose = cell(row, m_mapping, Field::Purpose);
        if (purpose.isEmpty()) {
            problems << ImportText::tr("no purpose");
        } else {
            const QVariant id = lookUp(
                m_purposes, purpose.toLower(),
                QStringLiteral("SELECT id FROM consent_purposes WHERE organization_id = ? "
                               "AND (lower(code) = ? OR lower(name) = ?) LIMIT 2"),
                {m_organizationId, purpose.toLower(), purpose.toLower()},
                ImportText::tr("no purpose of this organization is called “%1”").arg(purpose),
                ImportText::tr("several purposes are called “%1”").arg(purpose));
            if (id.typeId() == QMetaType::QString)
                problems << id.toString();
            else
                line.event.purposeId = id.toLongLong();
        }
    }

    void readEvent(const QStringList &row, ImportLine &line, QStringList &problems)
    {
        const QDateTime soon = QDateTime::currentDateTimeUtc().addDays(1);
        const QString event = cell(row, m_mapping, Field::Event);
        line.event.event = eventCode(event);
        if (line.event.event.isEmpty())
            problems << ImportText::tr("“%1” is not given, withdrawn, refused or expired").arg(event);
        const QString when = cell(row, m_mapping, Field::OccurredAt);
        line.event.occurredAt = moment(when);
        if (!line.event.occurredAt.isValid())
            problems << ImportText::tr("“%1” is not a date (2025-03-31, 31/03/2025, with or without the time)").arg(when);
        else if (line.event.occurredAt > soon)
            problems << ImportText::tr("%1 is in the future").arg(when);
        else if (line.event.occurredAt.date().year() < 1990)
            problems << ImportText::tr("%1 is too long ago to be a consent").arg(when);
        const QString method = cell(row, m_mapping, Field::Method);
        line.event.method = methodCode(method);
        if (line.event.method.isEmpty())
            problems << ImportText::tr("“%1” is not a way of collecting consent").arg(method);
        line.event.source = cell(row, m_mapping, Field::Source);
        if (line.event.source.isEmpty())
            line.event.source = m_source;
        line.event.note = cell(row, m_mapping, Field::Note);
    }

    void readPolicy(const QStringList &row, ImportLine &line, QStringList &problems)
    {
        const QString version = cell(row, m_mapping, Field::PolicyVersion);
        if (!version.isEmpty()) {
            const QVariant id = lookUp(
                m_policies, version,
                QStringLiteral("SELECT id FROM privacy_policies WHERE organization_id = ? AND version_label = ? LIMIT 2"),
                {m_organizationId, version},
                ImportText::tr("the privacy policy has no version “%1”").arg(version), QString());
            if (id.typeId() == QMetaType::QString)
                problems << id.toString();
            else
                line.event.policyId = id.toLongLong();
        }
    }

    Database &m_db;
    RowId m_organizationId;
    const ColumnMapping &m_mapping;
    QString m_source;
    QHash<QString, QVariant> m_people, m_purposes, m_policies;
};

Result<ImportPreview> previewImport(Database &db, RowId organizationId, const CsvTable &table,
                                    const ColumnMapping &mapping, const QString &source)
{
    for (Field required : {Field::Person, Field::Purpose, Field::Event, Field::OccurredAt}) {
        if (mapping.value(required, -1) < 0)
            return Error{ImportText::tr("Say which column holds: %1.").arg(fieldLabel(required))};
    }
    LineReader reader(db, organizationId, mapping, source);
    ImportPreview preview;
    QSet<QString> seen;
    // Prepared once, run for each line.
    QSqlQuery known = db.prepare(QStringLiteral("SELECT count(*) FROM consent_events WHERE subject_id = ? "
                                                "AND purpose_id = ? AND occurred_at = ? AND event = ?"));
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        QStringList problems;
        ImportLine line = reader.read(table.rows.at(i), table.lines.value(i), problems);
        if (!problems.isEmpty()) {
            line.error = problems.join(QLatin1String("; "));
            ++preview.errors;
            preview.lines << line;
            continue;
        }
        // The same person, purpose, event and moment: already there.
        const QString key = QStringLiteral("%1/%2/%3/%4")
                                .arg(line.event.subjectId)
                                .arg(line.event.purposeId)
                                .arg(line.event.event)
                                .arg(line.event.occurredAt.toMSecsSinceEpoch());
        if (seen.contains(key)) {
            line.duplicate = true;
        } else {
            seen.insert(key);
            known.addBindValue(line.event.subjectId);
            known.addBindValue(line.event.purposeId);
            known.addBindValue(dateTimeOrNull(line.event.occurredAt));
            known.addBindValue(line.event.event);
            if (!known.exec() || !known.next())
                return Database::sqlError(known);
            line.duplicate = scalar<qint64>(known) > 0;
        }
        if (line.duplicate)
            ++preview.duplicates;
        else
            ++preview.toAdd;
        preview.lines << line;
    }
    return preview;
}

Result<int> importPreview(Database &db, const ImportPreview &preview)
{
    if (db.mode() == OpenMode::ReadOnly)
        return Error{ImportText::tr("The register is open read-only: nothing can be imported.")};
    int added = 0;
    const Status done = db.transaction([&]() -> Status {
        PeopleRepository people(db);
        for (const ImportLine &line : preview.lines) {
            if (!line.isNew())
                continue;
            ConsentEvent event = line.event;
            if (auto id = people.addConsentEvent(event); !id)
                return Error{ImportText::tr("Line %1: %2").arg(line.line).arg(id.errorMessage())};
            ++added;
        }
        return success();
    });
    if (!done)
        return done.error();
    return added;
}

} // namespace pc::consent
