#include "ConsentLedger.h"

#include "domain/Codes.h"
#include "requests/RequestWorkflow.h"
#include "retention/RetentionDue.h"
#include "storage/CaseRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlRow.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace pc::consent {
namespace {

struct LedgerText
{
    Q_DECLARE_TR_FUNCTIONS(pc::ConsentLedger)
};

// The latest day a consent can have been given and have lapsed by `asOf`.
QDate lastLapsedGivenOn(const QDate &asOf, int months)
{
    QDate day = asOf.addMonths(-months);
    while (expiryDate(day, months) > asOf)
        day = day.addDays(-1);
    while (expiryDate(day.addDays(1), months) <= asOf)
        day = day.addDays(1);
    return day;
}

// Consents given before this instant have lapsed by `asOf`.
QDateTime lapseCutoff(const QDate &asOf, int months)
{
    return QDateTime(lastLapsedGivenOn(asOf, months).addDays(1), QTime(0, 0), QTimeZone::utc());
}

struct Purpose
{
    RowId id = 0;
    QString name;
    int months = 0;
};

Result<QList<Purpose>> lapsingPurposes(Database &db, RowId organizationId)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT id, name, expiry_months FROM consent_purposes "
                                                "WHERE expiry_months IS NOT NULL AND expiry_months > 0%1 ORDER BY id")
                                     .arg(organizationId > 0 ? QStringLiteral(" AND organization_id = ?") : QString()));
    if (organizationId > 0)
        query.addBindValue(organizationId);
    if (!query.exec())
        return Database::sqlError(query);
    QList<Purpose> purposes;
    const SqlRow row(query);
    while (query.next())
        purposes << Purpose{row.id("id"), row.text("name"), row.integer("expiry_months")};
    return purposes;
}

// The latest event of every person and purpose, derived from the whole ledger.
QString derivedStatesSql(const SqlDialect &sql)
{
    return sql.latestPerGroup(QStringLiteral("consent_events"), QStringLiteral("subject_id, purpose_id"),
                              QStringLiteral("occurred_at"), QStringLiteral("id"), QStringLiteral("event_id"));
}

} // namespace

QString currentState(const QList<ConsentEvent> &history)
{
    const ConsentEvent *latest = nullptr;
    for (const ConsentEvent &event : history) {
        if (!latest || event.occurredAt > latest->occurredAt
            || (event.occurredAt == latest->occurredAt && event.id > latest->id)) {
            latest = &event;
        }
    }
    return latest ? latest->event : QString();
}

QDate expiryDate(const QDate &givenOn, int months)
{
    // QDate::addMonths() keeps the day within the target month.
    return months > 0 && givenOn.isValid() ? givenOn.addMonths(months) : QDate();
}

Result<QList<PurposeCounts>> purposeCounts(Database &db, const QDate &asOf, RowId organizationId, RowId purposeId)
{
    // The states are counted straight off the (purpose, state) index, then
    // named: grouping by the purposes' names would sort millions of rows.
    QString filter, inner;
    QVariantList bindings;
    if (purposeId > 0) {
        inner = QStringLiteral(" WHERE purpose_id = ?");
        bindings << purposeId;
    } else if (organizationId > 0) {
        inner = QStringLiteral(" WHERE purpose_id IN (SELECT id FROM consent_purposes WHERE organization_id = ?)");
        bindings << organizationId;
    }
    if (organizationId > 0) {
        filter += QStringLiteral(" AND p.organization_id = ?");
        bindings << organizationId;
    }
    if (purposeId > 0) {
        filter += QStringLiteral(" AND p.id = ?");
        bindings << purposeId;
    }
    QSqlQuery query = db.prepare(
        QStringLiteral("SELECT p.id, p.organization_id, p.code, p.name, coalesce(p.expiry_months, 0) AS expiry_months, "
                       "c.event, coalesce(c.people, 0) AS people FROM consent_purposes p "
                       "LEFT JOIN (SELECT purpose_id, event, count(*) AS people FROM consent_states%1 "
                       "           GROUP BY purpose_id, event) c ON c.purpose_id = p.id WHERE 1 = 1%2 "
                       "ORDER BY p.organization_id, p.name, p.id")
            .arg(inner, filter));
    for (const QVariant &value : std::as_const(bindings))
        query.addBindValue(value);
    query.setForwardOnly(true);
    if (!query.exec())
        return Database::sqlError(query);
    QList<PurposeCounts> counts;
    const SqlRow row(query);
    while (query.next()) {
        const RowId id = row.id("id");
        if (counts.isEmpty() || counts.constLast().purposeId != id) {
            PurposeCounts c;
            c.purposeId = id;
            c.organizationId = row.id("organization_id");
            c.code = row.text("code");
            c.name = row.text("name");
            c.expiryMonths = row.integer("expiry_months");
            counts << c;
        }
        PurposeCounts &c = counts.last();
        const QString event = row.text("event");
        const int n = row.integer("people");
        if (event == QLatin1String("given"))
            c.given = n;
        else if (event == QLatin1String("withdrawn"))
            c.withdrawn = n;
        else if (event == QLatin1String("refused"))
            c.refused = n;
        else if (event == QLatin1String("expired"))
            c.expired = n;
    }
    // The lapsed ones: a range of the (purpose, state, time) index each.
    for (PurposeCounts &c : counts) {
        if (c.expiryMonths <= 0 || c.given == 0)
            continue;
        QSqlQuery lapsed = db.prepare(QStringLiteral(
            "SELECT count(*) FROM consent_states WHERE purpose_id = ? AND event = 'given' AND occurred_at < ?"));
        lapsed.addBindValue(c.purposeId);
        lapsed.addBindValue(dateTimeOrNull(lapseCutoff(asOf, c.expiryMonths)));
        if (!lapsed.exec() || !lapsed.next())
            return Database::sqlError(lapsed);
        c.lapsed = scalar<int>(lapsed);
    }
    return counts;
}

Result<QList<DueExpiry>> dueExpiries(Database &db, const QDate &until, RowId organizationId, int limit)
{
    const Result<QList<Purpose>> purposes = lapsingPurposes(db, organizationId);
    if (!purposes)
        return purposes.error();
    QList<DueExpiry> due;
    for (const Purpose &purpose : purposes.value()) {
        QString sql = QStringLiteral("SELECT c.subject_id, s.first_name, s.last_name, s.email, s.external_ref, "
                                     "c.occurred_at FROM consent_states c JOIN data_subjects s ON s.id = c.subject_id "
                                     "WHERE c.purpose_id = ? AND c.event = 'given' AND c.occurred_at < ? "
                                     "ORDER BY c.occurred_at, c.subject_id");
        if (limit > 0)
            sql += QStringLiteral(" LIMIT %1").arg(limit);
        QSqlQuery query = db.prepare(sql);
        query.addBindValue(purpose.id);
        query.addBindValue(dateTimeOrNull(lapseCutoff(until, purpose.months)));
        query.setForwardOnly(true);
        if (!query.exec())
            return Database::sqlError(query);
        const SqlRow row(query);
        while (query.next()) {
            DueExpiry item;
            item.subjectId = row.id("subject_id");
            item.subjectName =
                personLabel(row.text("first_name"), row.text("last_name"), row.text("email"), row.text("external_ref"));
            item.purposeId = purpose.id;
            item.purpose = purpose.name;
            item.givenAt = row.dateTime("occurred_at");
            item.expiresOn = expiryDate(item.givenAt.toUTC().date(), purpose.months);
            due << item;
        }
    }
    std::stable_sort(due.begin(), due.end(), [](const DueExpiry &a, const DueExpiry &b) {
        return a.expiresOn != b.expiresOn ? a.expiresOn < b.expiresOn : a.subjectId < b.subjectId;
    });
    if (limit > 0 && due.size() > limit)
        due.resize(limit);
    return due;
}

Result<int> recordExpiries(Database &db, const QDate &asOf, RowId organizationId)
{
    if (db.mode() == OpenMode::ReadOnly)
        return Error{LedgerText::tr("The register is open read-only: no expiry can be recorded.")};
    const QDate day = std::min(asOf, QDate::currentDate());
    const Result<QList<Purpose>> purposes = lapsingPurposes(db, organizationId);
    if (!purposes)
        return purposes.error();
    const SqlDialect sql = db.sql();
    const QString givenOn = sql.utcDateOf(QStringLiteral("c.occurred_at"));
    int recorded = 0;
    const Status done = db.transaction([&]() -> Status {
        for (const Purpose &purpose : purposes.value()) {
            const QString lapsesOn = sql.addPeriod(givenOn, QString::number(purpose.months), QStringLiteral("'month'"));
            // Dated the first moment of the day it lapsed, in UTC as every time is kept.
            const QString at = sql.utcStartOf(lapsesOn);
            // The lapsed are chosen before any is written: each event written
            // changes the kept states the choice reads.
            QSqlQuery insert = db.prepare(
                QStringLiteral("WITH lapsed AS MATERIALIZED ("
                               "  SELECT c.subject_id, c.purpose_id, c.occurred_at, e.method "
                               "  FROM consent_states c JOIN consent_events e ON e.id = c.event_id "
                               "  WHERE c.purpose_id = ? AND c.event = 'given' AND c.occurred_at < ?) "
                               "INSERT INTO consent_events (subject_id, purpose_id, event, occurred_at, method, source, note) "
                               "SELECT c.subject_id, c.purpose_id, 'expired', %1, c.method, 'expiry', ? FROM lapsed c")
                    .arg(at));
            insert.addBindValue(purpose.id);
            insert.addBindValue(dateTimeOrNull(lapseCutoff(day, purpose.months)));
            insert.addBindValue(LedgerText::tr("Lapsed %n month(s) after it was given, the period set for this purpose",
                                               nullptr, purpose.months));
            if (!insert.exec())
                return Database::sqlError(insert);
            recorded += qMax(0, insert.numRowsAffected());
        }
        return success();
    });
    if (!done)
        return done.error();
    return recorded;
}

Result<int> withdrawForRequest(Database &db, const RightsRequest &request, const QList<RowId> &purposeIds,
                               const QDateTime &when)
{
    if (db.mode() == OpenMode::ReadOnly)
        return Error{LedgerText::tr("The register is open read-only: no withdrawal can be recorded.")};
    if (request.id <= 0 || request.subjectId <= 0)
        return Error{LedgerText::tr("Find the person in the register first: a withdrawal is recorded in their ledger.")};
    if (!when.isValid() || when > QDateTime::currentDateTimeUtc().addSecs(60))
        return Error{LedgerText::tr("A withdrawal is dated when it was asked, not in the future.")};
    // The purposes named, or every one the person has said yes to.
    QString sql = QStringLiteral("SELECT p.id, p.name, s.event FROM consent_purposes p "
                                 "LEFT JOIN consent_states s ON s.purpose_id = p.id AND s.subject_id = ? "
                                 "WHERE p.organization_id = ?");
    if (purposeIds.isEmpty())
        sql += QStringLiteral(" AND s.event = 'given'");
    QSqlQuery query = db.prepare(sql + QStringLiteral(" ORDER BY p.name"));
    query.addBindValue(request.subjectId);
    query.addBindValue(request.organizationId);
    if (!query.exec())
        return Database::sqlError(query);
    QList<std::pair<RowId, QString>> purposes;
    QSet<RowId> wanted(purposeIds.cbegin(), purposeIds.cend());
    const SqlRow row(query);
    while (query.next()) {
        const RowId id = row.id("id");
        if (wanted.isEmpty() || wanted.remove(id))
            purposes << std::pair{id, row.text("name")};
    }
    if (!wanted.isEmpty())
        return Error{LedgerText::tr("A purpose named is not one of this organization's.")};
    if (purposes.isEmpty())
        return Error{LedgerText::tr("The person has no consent in force to withdraw.")};
    const QString method = codes::all(CodeList::ConsentMethod).contains(request.channel) ? request.channel
                                                                                        : QStringLiteral("letter");
    const Status done = db.transaction([&]() -> Status {
        PeopleRepository people(db);
        QStringList names;
        for (const auto &[id, name] : std::as_const(purposes)) {
            ConsentEvent event;
            event.subjectId = request.subjectId;
            event.purposeId = id;
            event.event = QStringLiteral("withdrawn");
            event.occurredAt = when.toUTC();
            event.method = method;
            event.source = request.reference;
            event.requestId = request.id;
            if (auto added = people.addConsentEvent(event); !added)
                return added.error();
            names << name;
        }
        return RequestWorkflow::note(db, request.id, QStringLiteral("consent_withdrawn"),
                                     LedgerText::tr("Consent withdrawn: %1").arg(names.join(QLatin1String(", "))),
                                     when.toLocalTime().date());
    });
    if (!done)
        return done.error();
    return int(purposes.size());
}

Result<QList<ConsentEvent>> eventsOfRequest(Database &db, RowId requestId)
{
    return PeopleRepository(db).requestConsentEvents(requestId);
}

Result<QList<PersonConsent>> personConsents(Database &db, RowId subjectId, const QDate &asOf)
{
    // Every purpose of the person's organization, with the kept state when
    // there is one: a purpose never asked about is shown too.
    QSqlQuery query = db.prepare(QStringLiteral(
        "SELECT p.id, p.code, p.name, coalesce(p.expiry_months, 0) AS expiry_months, c.event, c.occurred_at, e.method, "
        "e.source, "
        "v.version_label, r.reference, "
        "(SELECT count(*) FROM consent_events x WHERE x.subject_id = s.id AND x.purpose_id = p.id) AS events "
        "FROM data_subjects s JOIN consent_purposes p ON p.organization_id = s.organization_id "
        "LEFT JOIN consent_states c ON c.subject_id = s.id AND c.purpose_id = p.id "
        "LEFT JOIN consent_events e ON e.id = c.event_id "
        "LEFT JOIN privacy_policies v ON v.id = e.policy_id "
        "LEFT JOIN rights_requests r ON r.id = e.request_id "
        "WHERE s.id = ? AND (p.active = ? OR c.event IS NOT NULL) ORDER BY p.name, p.id"));
    query.addBindValue(subjectId);
    query.addBindValue(true);
    if (!query.exec())
        return Database::sqlError(query);
    QList<PersonConsent> consents;
    const SqlRow row(query);
    while (query.next()) {
        PersonConsent c;
        c.purposeId = row.id("id");
        c.code = row.text("code");
        c.purpose = row.text("name");
        c.expiryMonths = row.integer("expiry_months");
        c.state = row.text("event");
        c.since = row.dateTime("occurred_at");
        c.method = row.text("method");
        c.source = row.text("source");
        c.policyVersion = row.text("version_label");
        c.requestReference = row.text("reference");
        c.events = row.integer("events");
        if (c.state == QLatin1String("given") && c.expiryMonths > 0) {
            c.lapsesOn = expiryDate(c.since.toUTC().date(), c.expiryMonths);
            c.lapsed = c.lapsesOn.isValid() && c.lapsesOn <= asOf;
        }
        consents << c;
    }
    return consents;
}

Result<QList<LedgerEntry>> personHistory(Database &db, RowId subjectId, RowId purposeId)
{
    QString sql = QStringLiteral(
        "SELECT e.*, p.name AS purpose_name, v.version_label, r.reference, a.file_name "
        "FROM consent_events e JOIN consent_purposes p ON p.id = e.purpose_id "
        "LEFT JOIN privacy_policies v ON v.id = e.policy_id "
        "LEFT JOIN rights_requests r ON r.id = e.request_id "
        "LEFT JOIN attachments a ON a.id = e.proof_attachment_id "
        "WHERE e.subject_id = ?");
    if (purposeId > 0)
        sql += QStringLiteral(" AND e.purpose_id = ?");
    QSqlQuery query = db.prepare(sql + QStringLiteral(" ORDER BY e.occurred_at DESC, e.id DESC"));
    query.addBindValue(subjectId);
    if (purposeId > 0)
        query.addBindValue(purposeId);
    if (!query.exec())
        return Database::sqlError(query);
    QList<LedgerEntry> entries;
    const SqlRow row(query);
    while (query.next()) {
        LedgerEntry entry;
        entry.event = readConsentEvent(row);
        entry.recordedAt = row.dateTime("recorded_at");
        entry.purpose = row.text("purpose_name");
        entry.policyVersion = row.text("version_label");
        entry.requestReference = row.text("reference");
        entry.proofName = row.text("file_name");
        entries << entry;
    }
    return entries;
}

Result<RowId> recordEvent(Database &db, ConsentEvent event, const ConsentProof &proof)
{
    if (db.mode() == OpenMode::ReadOnly)
        return Error{LedgerText::tr("The register is open read-only: no consent event can be recorded.")};
    if (!codes::isValid(CodeList::ConsentEventKind, event.event))
        return Error{LedgerText::tr("Say what happened: given, withdrawn, refused or expired.")};
    if (!codes::isValid(CodeList::ConsentMethod, event.method))
        return Error{LedgerText::tr("Say how the person expressed it (web form, e-mail, letter, in person…).")};
    if (!event.occurredAt.isValid())
        return Error{LedgerText::tr("Give the day and time it happened.")};
    if (event.occurredAt > QDateTime::currentDateTimeUtc().addSecs(60))
        return Error{LedgerText::tr("A consent event is recorded once it has happened, not in the future.")};
    if (!proof.content.isEmpty() && proof.content.size() > kMaxProofBytes)
        return Error{LedgerText::tr("The proof document is larger than %1 MB: keep a smaller copy (a PDF, a photo).")
                         .arg(kMaxProofBytes / (1024 * 1024))};
    // The person, and that the purpose and the policy version are their organization's.
    QSqlQuery check = db.prepare(QStringLiteral(
        "SELECT s.organization_id, "
        "(SELECT count(*) FROM consent_purposes p WHERE p.id = ? AND p.organization_id = s.organization_id) "
        "AS purposes, "
        "(SELECT count(*) FROM privacy_policies v WHERE v.id = ? AND v.organization_id = s.organization_id) "
        "AS policies "
        "FROM data_subjects s WHERE s.id = ?"));
    check.addBindValue(event.purposeId);
    check.addBindValue(event.policyId);
    check.addBindValue(event.subjectId);
    if (!check.exec())
        return Database::sqlError(check);
    if (!check.next())
        return Error{LedgerText::tr("This person is no longer in the register.")};
    const SqlRow row(check);
    const RowId organizationId = row.id("organization_id");
    if (row.integer("purposes") == 0)
        return Error{LedgerText::tr("Choose one of the purposes of the person's organization.")};
    if (event.policyId > 0 && row.integer("policies") == 0)
        return Error{LedgerText::tr("The privacy policy version is not one of the person's organization's.")};
    check.finish();

    event.id = 0;
    event.occurredAt = event.occurredAt.toUTC();
    const Status done = db.transaction([&]() -> Status {
        if (!proof.content.isEmpty()) {
            Attachment document;
            document.organizationId = organizationId;
            document.subjectId = event.subjectId;
            document.kind = QStringLiteral("proof");
            document.fileName = proof.fileName.trimmed().isEmpty() ? QStringLiteral("proof") : proof.fileName.trimmed();
            document.mediaType = proof.mediaType;
            document.content = proof.content;
            const Result<RowId> stored = CaseRepository(db).addAttachment(document);
            if (!stored)
                return stored.error();
            event.proofAttachmentId = stored.value();
        }
        const Result<RowId> added = PeopleRepository(db).addConsentEvent(event);
        return added ? success() : Status(added.error());
    });
    if (!done)
        return done.error();
    return event.id;
}

Result<qint64> stateMismatches(Database &db)
{
    const QString derived = derivedStatesSql(db.sql());
    QSqlQuery query = db.prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM (SELECT subject_id, purpose_id, event_id FROM (%1) d "
                       "  EXCEPT SELECT subject_id, purpose_id, event_id FROM consent_states) a) "
                       "+ (SELECT count(*) FROM (SELECT subject_id, purpose_id, event_id FROM consent_states "
                       "  EXCEPT SELECT subject_id, purpose_id, event_id FROM (%1) d2) b)")
            .arg(derived));
    if (!query.exec() || !query.next())
        return Database::sqlError(query);
    return scalar<qint64>(query);
}

Result<EventParties> eventParties(Database &db, RowId eventId)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT subject_id, purpose_id FROM consent_events WHERE id = ?"));
    query.addBindValue(eventId);
    if (!query.exec())
        return Database::sqlError(query);
    if (!query.next())
        return Error{LedgerText::tr("This consent event is no longer in the ledger."), Error::Kind::NotFound};
    const SqlRow row(query);
    return EventParties{row.id("subject_id"), row.id("purpose_id")};
}

Result<QList<ConsentInForce>> consentsInForce(Database &db, RowId subjectId)
{
    QSqlQuery query = db.prepare(QStringLiteral(
        "SELECT p.id, p.name, c.occurred_at FROM consent_states c JOIN consent_purposes p ON p.id = c.purpose_id "
        "WHERE c.subject_id = ? AND c.event = 'given' ORDER BY p.name"));
    query.addBindValue(subjectId);
    if (!query.exec())
        return Database::sqlError(query);
    QList<ConsentInForce> found;
    const SqlRow row(query);
    while (query.next())
        found.append({row.id("id"), row.text("name"), row.dateTime("occurred_at")});
    return found;
}

} // namespace pc::consent
