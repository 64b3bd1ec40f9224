#include "CaseRepository.h"

#include "Database.h"
#include "RowWriter.h"
#include "SqlRow.h"

#include "domain/Codes.h"
#include "domain/People.h"
#include "deadlines/RequestDeadlines.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace pc {

using rows::readAll;

namespace {

// The translation context of this file's messages.
struct CaseRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(pc::CaseRepository)
};

Fields requestFields(const RightsRequest &r)
{
    return {
        {QStringLiteral("organization_id"), r.organizationId},
        {QStringLiteral("subject_id"), idOrNull(r.subjectId)},
        {QStringLiteral("reference"), r.reference},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("channel"), r.channel},
        {QStringLiteral("jurisdiction"), r.jurisdiction},
        {QStringLiteral("language"), textOrNull(r.language)},
        {QStringLiteral("requester_name"), textOrNull(r.requesterName)},
        {QStringLiteral("requester_email"), textOrNull(r.requesterEmail)},
        {QStringLiteral("requester_address"), textOrNull(r.requesterAddress)},
        {QStringLiteral("requester_is_subject"), r.requesterIsSubject},
        {QStringLiteral("letter_date"), dateOrNull(r.letterDate)},
        {QStringLiteral("received_on"), dateOrNull(r.receivedOn)},
        {QStringLiteral("due_on"), dateOrNull(r.dueOn)},
        {QStringLiteral("extended_due_on"), dateOrNull(r.extendedDueOn)},
        {QStringLiteral("extension_reason"), textOrNull(r.extensionReason)},
        {QStringLiteral("extension_notified_on"), dateOrNull(r.extensionNotifiedOn)},
        {QStringLiteral("identity_requested_on"), dateOrNull(r.identityRequestedOn)},
        {QStringLiteral("identity_received_on"), dateOrNull(r.identityReceivedOn)},
        {QStringLiteral("clarification_requested_on"), dateOrNull(r.clarificationRequestedOn)},
        {QStringLiteral("clarification_received_on"), dateOrNull(r.clarificationReceivedOn)},
        {QStringLiteral("clarification"), textOrNull(r.clarification)},
        {QStringLiteral("assignee_id"), idOrNull(r.assigneeId)},
        {QStringLiteral("closed_on"), dateOrNull(r.closedOn)},
        {QStringLiteral("outcome"), textOrNull(r.outcome)},
        {QStringLiteral("refusal_reason"), textOrNull(r.refusalReason)},
        {QStringLiteral("notes"), textOrNull(r.notes)},
    };
}

RightsRequest readRequest(const SqlRow &row)
{
    RightsRequest r;
    r.id = row.id("id");
    r.organizationId = row.id("organization_id");
    r.subjectId = row.id("subject_id");
    r.reference = row.text("reference");
    r.status = row.text("status");
    r.channel = row.text("channel");
    r.jurisdiction = row.text("jurisdiction");
    r.language = row.text("language");
    r.requesterName = row.text("requester_name");
    r.requesterEmail = row.text("requester_email");
    r.requesterAddress = row.text("requester_address");
    r.requesterIsSubject = row.flag("requester_is_subject");
    r.letterDate = row.date("letter_date");
    r.receivedOn = row.date("received_on");
    r.dueOn = row.date("due_on");
    r.extendedDueOn = row.date("extended_due_on");
    r.extensionReason = row.text("extension_reason");
    r.extensionNotifiedOn = row.date("extension_notified_on");
    r.identityRequestedOn = row.date("identity_requested_on");
    r.identityReceivedOn = row.date("identity_received_on");
    r.clarificationRequestedOn = row.date("clarification_requested_on");
    r.clarificationReceivedOn = row.date("clarification_received_on");
    r.clarification = row.text("clarification");
    r.assigneeId = row.id("assignee_id");
    r.closedOn = row.date("closed_on");
    r.outcome = row.text("outcome");
    r.refusalReason = row.text("refusal_reason");
    r.notes = row.text("notes");
    r.rowVersion = row.integer("row_version");
    return r;
}

Fields breachFields(const Breach &b)
{
    return {
        {QStringLiteral("organization_id"), b.organizationId},
        {QStringLiteral("reference"), b.reference},
        {QStringLiteral("title"), b.title.trimmed()},
        {QStringLiteral("description"), textOrNull(b.description)},
        {QStringLiteral("occurred_at"), dateTimeOrNull(b.occurredAt)},
        {QStringLiteral("aware_at"), dateTimeOrNull(b.awareAt)},
        {QStringLiteral("notification_due_at"), dateTimeOrNull(b.notificationDueAt)},
        {QStringLiteral("authority_notified_at"), dateTimeOrNull(b.authorityNotifiedAt)},
        {QStringLiteral("subjects_notified_at"), dateTimeOrNull(b.subjectsNotifiedAt)},
        {QStringLiteral("risk"), b.risk},
        {QStringLiteral("status"), b.status},
        {QStringLiteral("data_categories"), textOrNull(b.dataCategories)},
        {QStringLiteral("subjects_affected"), b.subjectsAffected},
        {QStringLiteral("records_affected"), b.recordsAffected},
        {QStringLiteral("consequences"), textOrNull(b.consequences)},
        {QStringLiteral("measures"), textOrNull(b.measures)},
        {QStringLiteral("authority_reference"), textOrNull(b.authorityReference)},
        {QStringLiteral("nature"), textOrNull(b.nature.join(QLatin1Char(',')))},
        {QStringLiteral("cause"), textOrNull(b.cause)},
        {QStringLiteral("subject_categories"), textOrNull(b.subjectCategories)},
        {QStringLiteral("contained_at"), dateTimeOrNull(b.containedAt)},
        {QStringLiteral("closed_at"), dateTimeOrNull(b.closedAt)},
        {QStringLiteral("delay_reason"), textOrNull(b.delayReason)},
        {QStringLiteral("no_notification_reason"), textOrNull(b.noNotificationReason)},
        {QStringLiteral("advice"), textOrNull(b.advice)},
        {QStringLiteral("not_informed_reason"), textOrNull(b.notInformedReason)},
    };
}

Breach readBreach(const SqlRow &row)
{
    Breach b;
    b.id = row.id("id");
    b.organizationId = row.id("organization_id");
    b.reference = row.text("reference");
    b.title = row.text("title");
    b.description = row.text("description");
    b.occurredAt = row.dateTime("occurred_at");
    b.awareAt = row.dateTime("aware_at");
    b.notificationDueAt = row.dateTime("notification_due_at");
    b.authorityNotifiedAt = row.dateTime("authority_notified_at");
    b.subjectsNotifiedAt = row.dateTime("subjects_notified_at");
    b.risk = row.text("risk");
    b.status = row.text("status");
    b.dataCategories = row.text("data_categories");
    b.subjectsAffected = row.integer("subjects_affected");
    b.recordsAffected = row.integer("records_affected");
    b.consequences = row.text("consequences");
    b.measures = row.text("measures");
    b.authorityReference = row.text("authority_reference");
    b.nature = row.text("nature").split(QLatin1Char(','), Qt::SkipEmptyParts);
    b.cause = row.text("cause");
    b.subjectCategories = row.text("subject_categories");
    b.containedAt = row.dateTime("contained_at");
    b.closedAt = row.dateTime("closed_at");
    b.delayReason = row.text("delay_reason");
    b.noNotificationReason = row.text("no_notification_reason");
    b.advice = row.text("advice");
    b.notInformedReason = row.text("not_informed_reason");
    b.rowVersion = row.integer("row_version");
    return b;
}

BreachNotification readNotification(const SqlRow &row)
{
    BreachNotification n;
    n.id = row.id("id");
    n.breachId = row.id("breach_id");
    n.phase = row.text("phase");
    n.sentAt = row.dateTime("sent_at");
    n.language = row.text("language");
    n.additions = row.text("additions");
    n.delayReason = row.text("delay_reason");
    n.authorityReference = row.text("authority_reference");
    n.text = row.text("content");
    n.sentBy = row.text("sent_by");
    return n;
}

BreachInformed readInformed(const SqlRow &row)
{
    BreachInformed i;
    i.id = row.id("id");
    i.breachId = row.id("breach_id");
    i.subjectId = row.id("subject_id");
    i.informedAt = row.dateTime("informed_at");
    i.channel = row.text("channel");
    i.language = row.text("language");
    i.informedBy = row.text("informed_by");
    i.name = personLabel(row.text("first_name"), row.text("last_name"), QString(), row.text("external_ref"));
    i.contact = row.text("email");
    if (i.contact.isEmpty())
        i.contact = row.text("address");
    return i;
}

const QString kAttachmentColumns = QStringLiteral(
    "id, organization_id, request_id, subject_id, breach_id, kind, file_name, media_type, size_bytes, sha256, "
    "encrypted_path, destroy_after, destroyed_at, created_at, created_by");

Attachment readAttachment(const SqlRow &row)
{
    Attachment a;
    a.id = row.id("id");
    a.organizationId = row.id("organization_id");
    a.requestId = row.id("request_id");
    a.subjectId = row.id("subject_id");
    a.breachId = row.id("breach_id");
    a.kind = row.text("kind");
    a.fileName = row.text("file_name");
    a.mediaType = row.text("media_type");
    a.sizeBytes = row.bigInteger("size_bytes");
    a.sha256 = row.text("sha256");
    a.encryptedPath = row.text("encrypted_path");
    a.destroyAfter = row.date("destroy_after");
    a.destroyedAt = row.dateTime("destroyed_at");
    a.createdAt = row.dateTime("created_at");
    a.createdBy = row.text("created_by");
    return a;
}

User readUser(const SqlRow &row)
{
    User u;
    u.id = row.id("id");
    u.username = row.text("username");
    u.displayName = row.text("display_name");
    u.email = row.text("email");
    u.role = row.text("role");
    u.active = row.flag("active");
    return u;
}

} // namespace

// ---- rights requests ------------------------------------------------------

Status CaseRepository::writeRequestChildren(const RightsRequest &r)
{
    if (r.types.isEmpty())
        return Error{CaseRepositoryText::tr("A request needs at least one type (access, erasure, ...).")};
    for (const QString &type : r.types) {
        if (!codes::isValid(CodeList::RequestType, type))
            return Error{CaseRepositoryText::tr("“%1” is not a type of request.").arg(type)};
    }
    if (Status s = rows::removeChildren(m_db, QStringLiteral("request_types"), QStringLiteral("request_id"), r.id); !s)
        return s;
    if (Status s = rows::removeChildren(m_db, QStringLiteral("request_activities"), QStringLiteral("request_id"), r.id);
        !s) {
        return s;
    }
    for (const QString &type : r.types) {
        const auto id = rows::insert(m_db, QStringLiteral("request_types"),
                                     {{QStringLiteral("request_id"), r.id}, {QStringLiteral("type"), type}});
        if (!id)
            return id.error();
    }
    for (RowId activity : r.activityIds) {
        const auto id = rows::insert(m_db, QStringLiteral("request_activities"),
                                     {{QStringLiteral("request_id"), r.id}, {QStringLiteral("activity_id"), activity}});
        if (!id)
            return id.error();
    }
    return success();
}

Result<RowId> CaseRepository::addRequest(RightsRequest &request)
{
    if (!request.receivedOn.isValid())
        return Error{CaseRepositoryText::tr("A request needs the date it was received.")};
    const Status saved = m_db.transaction([&]() -> Status {
        const Result<RowId> id = rows::insert(m_db, QStringLiteral("rights_requests"), requestFields(request));
        if (!id)
            return id.error();
        request.id = id.value();
        if (Status s = writeRequestChildren(request); !s)
            return s;
        // The history starts on the day the request arrived.
        RequestEvent received;
        received.requestId = request.id;
        received.occurredAt = request.receivedOn.startOfDay();
        received.step = QStringLiteral("received");
        received.note = request.channel;
        received.actor = m_db.actor();
        const Result<RowId> event = addRequestEvent(received);
        return event ? success() : Status(event.error());
    });
    if (!saved) {
        request.id = 0;
        return saved.error();
    }
    request.rowVersion = 1;
    return request.id;
}

Status CaseRepository::updateRequest(RightsRequest &request)
{
    const Status saved = m_db.transaction([&]() -> Status {
        if (Status s = rows::update(m_db, QStringLiteral("rights_requests"), request.id, request.rowVersion,
                                    requestFields(request));
            !s) {
            return s;
        }
        return writeRequestChildren(request);
    });
    if (saved)
        ++request.rowVersion;
    return saved;
}

Status CaseRepository::removeRequest(RowId id)
{
    return rows::remove(m_db, QStringLiteral("rights_requests"), id);
}

Status CaseRepository::restoreRequest(const RightsRequest &request)
{
    return m_db.transaction([&]() -> Status {
        if (Status s = rows::restore(m_db, QStringLiteral("rights_requests"), request.id, requestFields(request)); !s)
            return s;
        return writeRequestChildren(request);
    });
}

Status CaseRepository::readRequestChildren(QList<RightsRequest> &requests, const QString &scope, RowId key)
{
    // One query per kind of item for all the requests at once.
    QHash<RowId, RightsRequest *> byId;
    for (RightsRequest &r : requests)
        byId.insert(r.id, &r);
    for (const bool types : {true, false}) {
        QSqlQuery query = m_db.prepare(
            QStringLiteral("SELECT request_id, %1 FROM %2 WHERE %3 ORDER BY request_id, id")
                .arg(types ? QStringLiteral("type") : QStringLiteral("activity_id"),
                     types ? QStringLiteral("request_types") : QStringLiteral("request_activities"), scope));
        query.addBindValue(key);
        if (!query.exec())
            return Database::sqlError(query);
        const SqlRow row(query);
        while (query.next()) {
            RightsRequest *r = byId.value(row.id("request_id"));
            if (r && types)
                r->types << row.text("type");
            else if (r)
                r->activityIds << row.id("activity_id");
        }
    }
    return success();
}

Result<RightsRequest> CaseRepository::request(RowId id)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM rights_requests WHERE id = ?"));
    query.addBindValue(id);
    auto list = readAll<RightsRequest>(query, readRequest);
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return Error{CaseRepositoryText::tr("The request no longer exists.")};
    if (Status s = readRequestChildren(list.value(), QStringLiteral("request_id = ?"), id); !s)
        return s.error();
    return list.value().first();
}

Result<QList<RightsRequest>> CaseRepository::requests(RowId organizationId)
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT * FROM rights_requests WHERE organization_id = ? ORDER BY received_on, id"));
    query.addBindValue(organizationId);
    auto list = readAll<RightsRequest>(query, readRequest);
    if (!list)
        return list;
    const QString scope = QStringLiteral("request_id IN (SELECT id FROM rights_requests WHERE organization_id = ?)");
    if (Status s = readRequestChildren(list.value(), scope, organizationId); !s)
        return s.error();
    return list;
}

Result<QString> CaseRepository::nextReference(const QString &table, RowId organizationId, const QString &prefix)
{
    if (table != QLatin1String("rights_requests") && table != QLatin1String("breaches"))
        return Error{CaseRepositoryText::tr("References are numbered for requests and breaches only.")};
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT reference FROM %1 WHERE organization_id = ? AND substr(reference, 1, ?) = ?").arg(table));
    query.addBindValue(organizationId);
    query.addBindValue(int(prefix.size()));
    query.addBindValue(prefix);
    if (!query.exec())
        return Database::sqlError(query);
    int highest = 0;
    const SqlRow row(query);
    while (query.next()) {
        bool number = false;
        const int n = row.text("reference").mid(prefix.size()).toInt(&number);
        if (number)
            highest = qMax(highest, n);
    }
    return QString(prefix + QStringLiteral("%1").arg(highest + 1, 3, 10, QLatin1Char('0')));
}

Result<RowId> CaseRepository::addRequestEvent(RequestEvent &event)
{
    if (!event.occurredAt.isValid())
        event.occurredAt = QDateTime::currentDateTimeUtc();
    if (event.actor.isEmpty())
        event.actor = m_db.actor();
    return rows::insertEntity(m_db, QStringLiteral("request_events"),
                              {{QStringLiteral("request_id"), event.requestId},
                               {QStringLiteral("occurred_at"), dateTimeOrNull(event.occurredAt)},
                               {QStringLiteral("step"), event.step},
                               {QStringLiteral("note"), textOrNull(event.note)},
                               {QStringLiteral("actor"), event.actor}},
                              event);
}

Result<QList<RequestEvent>> CaseRepository::requestEvents(RowId requestId)
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT id, request_id, occurred_at, step, note, actor FROM request_events "
                                    "WHERE request_id = ? ORDER BY occurred_at, id"));
    query.addBindValue(requestId);
    return readAll<RequestEvent>(query, [](const SqlRow &row) {
        RequestEvent e;
        e.id = row.id("id");
        e.requestId = row.id("request_id");
        e.occurredAt = row.dateTime("occurred_at");
        e.step = row.text("step");
        e.note = row.text("note");
        e.actor = row.text("actor");
        return e;
    });
}

Result<RowId> CaseRepository::addIdentityCheck(IdentityCheck &check)
{
    return rows::insertEntity(m_db, QStringLiteral("identity_checks"),
                              {{QStringLiteral("request_id"), check.requestId},
                               {QStringLiteral("checked_on"), dateOrNull(check.checkedOn)},
                               {QStringLiteral("outcome"), check.outcome},
                               {QStringLiteral("document_type"), textOrNull(check.documentType)},
                               {QStringLiteral("document_number_suffix"), textOrNull(check.documentNumberSuffix)},
                               {QStringLiteral("verifier"), check.verifier}},
                              check);
}

Result<QList<IdentityCheck>> CaseRepository::identityChecks(RowId requestId)
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT id, request_id, checked_on, outcome, document_type, document_number_suffix, verifier "
                       "FROM identity_checks WHERE request_id = ? ORDER BY id"));
    query.addBindValue(requestId);
    return readAll<IdentityCheck>(query, [](const SqlRow &row) {
        IdentityCheck c;
        c.id = row.id("id");
        c.requestId = row.id("request_id");
        c.checkedOn = row.date("checked_on");
        c.outcome = row.text("outcome");
        c.documentType = row.text("document_type");
        c.documentNumberSuffix = row.text("document_number_suffix");
        c.verifier = row.text("verifier");
        return c;
    });
}

// ---- breaches -------------------------------------------------------------

Result<RowId> CaseRepository::addBreach(Breach &breach)
{
    if (!breach.awareAt.isValid())
        return Error{CaseRepositoryText::tr("A breach needs the moment the organization became aware of it.")};
    if (Status s = applyNotificationDeadline(breach); !s)
        return s.error();
    return rows::insertEntity(m_db, QStringLiteral("breaches"), breachFields(breach), breach);
}

Status CaseRepository::updateBreach(Breach &breach)
{
    if (Status s = applyNotificationDeadline(breach); !s)
        return s;
    return rows::updateEntity(m_db, QStringLiteral("breaches"), breachFields(breach), breach);
}

// The deadline to notify is the law's, counted from the moment the
// organization became aware: none where its jurisdiction sets none.
Status CaseRepository::applyNotificationDeadline(Breach &breach)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT jurisdiction FROM organizations WHERE id = ?"));
    query.addBindValue(breach.organizationId);
    if (!query.exec())
        return Database::sqlError(query);
    if (!query.next())
        return Error{CaseRepositoryText::tr("The breach's organization no longer exists."), Error::Kind::NotFound};
    const QString jurisdiction = SqlRow(query).text("jurisdiction");
    query.finish();
    const Result<deadlines::DeadlineEngine> engine = deadlines::engineFor(m_db, jurisdiction);
    if (!engine)
        return engine.error();
    breach.notificationDueAt = engine->breachNotificationDue(breach.awareAt);
    return success();
}

Status CaseRepository::removeBreach(RowId id)
{
    return rows::remove(m_db, QStringLiteral("breaches"), id);
}

Status CaseRepository::restoreBreach(const Breach &breach)
{
    return rows::restore(m_db, QStringLiteral("breaches"), breach.id, breachFields(breach));
}

Result<Breach> CaseRepository::breach(RowId id)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM breaches WHERE id = ?"));
    query.addBindValue(id);
    return rows::readOne<Breach>(query, readBreach, CaseRepositoryText::tr("The breach no longer exists."));
}

Result<QList<Breach>> CaseRepository::breaches(RowId organizationId)
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT * FROM breaches WHERE organization_id = ? ORDER BY aware_at"));
    query.addBindValue(organizationId);
    return readAll<Breach>(query, readBreach);
}

QString CaseRepository::toNotifyCondition(const QString &alias)
{
    return QStringLiteral("%1status <> 'closed' AND %1notification_due_at IS NOT NULL AND %1authority_notified_at IS NULL "
                          "AND coalesce(%1no_notification_reason, '') = ''")
        .arg(alias);
}

Result<QList<Breach>> CaseRepository::breachesByReference(const QString &reference, RowId organizationId)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM breaches WHERE lower(reference) = ? "
                                                  "AND (? = 0 OR organization_id = ?) ORDER BY organization_id"));
    query.addBindValue(reference.trimmed().toLower());
    query.addBindValue(organizationId);
    query.addBindValue(organizationId);
    return readAll<Breach>(query, readBreach);
}

Result<RowId> CaseRepository::recordNotification(BreachNotification &notification)
{
    if (!codes::isValid(CodeList::NoticePhase, notification.phase))
        return Error{CaseRepositoryText::tr("A notification is the initial one or a follow-up.")};
    if (!notification.sentAt.isValid())
        return Error{CaseRepositoryText::tr("A notification needs the moment it was sent.")};
    if (notification.text.trimmed().isEmpty())
        return Error{CaseRepositoryText::tr("A notification keeps the text that was sent.")};
    RowId id = 0;
    const Status done = m_db.transaction([&]() -> Status {
        Result<Breach> found = breach(notification.breachId);
        if (!found)
            return found.error();
        Breach &b = found.value();
        const Result<QList<BreachNotification>> earlier = breachNotifications(b.id);
        if (!earlier)
            return earlier.error();
        const bool hasInitial = std::any_of(earlier->cbegin(), earlier->cend(), [](const BreachNotification &n) {
            return n.phase == QLatin1String("initial");
        });
        const bool initial = notification.phase == QLatin1String("initial");
        if (initial && hasInitial)
            return Error{CaseRepositoryText::tr("The breach %1 was notified already; what comes now is a follow-up.").arg(b.reference)};
        if (!initial && !hasInitial)
            return Error{CaseRepositoryText::tr("A follow-up completes the initial notification of %1, which is not recorded.").arg(b.reference)};
        if (!initial && !earlier->isEmpty() && notification.sentAt < earlier->last().sentAt)
            return Error{CaseRepositoryText::tr("A follow-up cannot be sent before the notification it completes.")};
        if (b.awareAt.isValid() && notification.sentAt < b.awareAt)
            return Error{CaseRepositoryText::tr("The authority cannot have been notified before the breach was known.")};
        const Result<RowId> inserted =
            rows::insert(m_db, QStringLiteral("breach_notifications"),
                         {{QStringLiteral("breach_id"), b.id},
                          {QStringLiteral("phase"), notification.phase},
                          {QStringLiteral("sent_at"), notification.sentAt.toUTC()},
                          {QStringLiteral("language"), notification.language},
                          {QStringLiteral("additions"), textOrNull(notification.additions)},
                          {QStringLiteral("delay_reason"), textOrNull(notification.delayReason)},
                          {QStringLiteral("authority_reference"), textOrNull(notification.authorityReference)},
                          {QStringLiteral("content"), notification.text},
                          {QStringLiteral("sent_by"), m_db.actor()}});
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        // The breach's own record says it was notified, and when first.
        if (initial) {
            b.authorityNotifiedAt = notification.sentAt;
            if (!notification.delayReason.trimmed().isEmpty())
                b.delayReason = notification.delayReason.trimmed();
        }
        if (b.authorityReference.isEmpty())
            b.authorityReference = notification.authorityReference.trimmed();
        if (b.status == QLatin1String("open"))
            b.status = QStringLiteral("notified");
        return updateBreach(b);
    });
    if (!done)
        return done.error();
    notification.id = id;
    notification.sentBy = m_db.actor();
    return id;
}

Result<QList<BreachNotification>> CaseRepository::breachNotifications(RowId breachId)
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT * FROM breach_notifications WHERE breach_id = ? ORDER BY sent_at, id"));
    query.addBindValue(breachId);
    return readAll<BreachNotification>(query, readNotification);
}

Status CaseRepository::recordInformed(RowId breachId, QList<BreachInformed> &people)
{
    if (people.isEmpty())
        return success();
    return m_db.transaction([&]() -> Status {
        Result<Breach> found = breach(breachId);
        if (!found)
            return found.error();
        Breach &b = found.value();
        QDateTime first = b.subjectsNotifiedAt;
        for (BreachInformed &person : people) {
            if (!codes::isValid(CodeList::InformChannel, person.channel))
                return Error{CaseRepositoryText::tr("“%1” is not a way of telling people.").arg(person.channel)};
            if (!person.informedAt.isValid())
                return Error{CaseRepositoryText::tr("Say when the people were told.")};
            if (b.awareAt.isValid() && person.informedAt < b.awareAt)
                return Error{CaseRepositoryText::tr("The people cannot have been told before the breach was known.")};
            const Result<RowId> id = rows::insert(m_db, QStringLiteral("breach_informed"),
                                                  {{QStringLiteral("breach_id"), breachId},
                                                   {QStringLiteral("subject_id"), idOrNull(person.subjectId)},
                                                   {QStringLiteral("informed_at"), person.informedAt.toUTC()},
                                                   {QStringLiteral("channel"), person.channel},
                                                   {QStringLiteral("language"), textOrNull(person.language)},
                                                   {QStringLiteral("informed_by"), m_db.actor()}});
            if (!id)
                return id.error();
            person.id = id.value();
            person.breachId = breachId;
            person.informedBy = m_db.actor();
            if (!first.isValid() || person.informedAt < first)
                first = person.informedAt;
        }
        if (first == b.subjectsNotifiedAt)
            return success();
        b.subjectsNotifiedAt = first;
        return updateBreach(b);
    });
}

Result<QList<BreachInformed>> CaseRepository::breachInformed(RowId breachId)
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT i.*, s.first_name, s.last_name, s.external_ref, s.email, s.address FROM breach_informed i "
        "LEFT JOIN data_subjects s ON s.id = i.subject_id WHERE i.breach_id = ? ORDER BY i.informed_at, i.id"));
    query.addBindValue(breachId);
    return readAll<BreachInformed>(query, readInformed);
}

Result<QList<Attachment>> CaseRepository::breachAttachments(RowId breachId)
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT %1 FROM attachments WHERE breach_id = ? ORDER BY id").arg(kAttachmentColumns));
    query.addBindValue(breachId);
    return readAll<Attachment>(query, readAttachment);
}

// ---- attachments ----------------------------------------------------------

Result<RowId> CaseRepository::addAttachment(Attachment &attachment)
{
    if (attachment.fileName.trimmed().isEmpty())
        return Error{CaseRepositoryText::tr("A document needs a file name.")};
    // A copy of an identity document is only ever stored encrypted (IdVault),
    // its size and fingerprint those of the original.
    const bool idCopy = attachment.kind == QLatin1String("id_copy");
    if (idCopy && !attachment.content.isEmpty())
        return Error{CaseRepositoryText::tr("An identity document copy is only ever stored encrypted.")};
    if (!idCopy) {
        attachment.sizeBytes = attachment.content.size();
        attachment.sha256 =
            QString::fromLatin1(QCryptographicHash::hash(attachment.content, QCryptographicHash::Sha256).toHex());
    }
    const Result<RowId> id =
        rows::insert(m_db, QStringLiteral("attachments"),
                     {{QStringLiteral("organization_id"), attachment.organizationId},
                      {QStringLiteral("request_id"), idOrNull(attachment.requestId)},
                      {QStringLiteral("subject_id"), idOrNull(attachment.subjectId)},
                      {QStringLiteral("breach_id"), idOrNull(attachment.breachId)},
                      {QStringLiteral("kind"), attachment.kind},
                      {QStringLiteral("file_name"), attachment.fileName},
                      {QStringLiteral("media_type"), textOrNull(attachment.mediaType)},
                      {QStringLiteral("size_bytes"), attachment.sizeBytes},
                      {QStringLiteral("sha256"), attachment.sha256},
                      {QStringLiteral("content"),
                       idCopy ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(attachment.content)},
                      {QStringLiteral("encrypted_path"), textOrNull(attachment.encryptedPath)},
                      {QStringLiteral("destroy_after"), dateOrNull(attachment.destroyAfter)},
                      {QStringLiteral("created_by"), m_db.actor()}});
    if (id)
        attachment.id = id.value();
    return id;
}

Result<Attachment> CaseRepository::attachment(RowId id, bool withContent)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT %1%2 FROM attachments WHERE id = ?")
                                       .arg(kAttachmentColumns, withContent ? QStringLiteral(", content") : QString()));
    query.addBindValue(id);
    auto list = readAll<Attachment>(query, [withContent](const SqlRow &row) {
        Attachment a = readAttachment(row);
        if (withContent)
            a.content = row.value("content").toByteArray();
        return a;
    });
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return Error{CaseRepositoryText::tr("The document no longer exists.")};
    return list.value().first();
}

Result<QList<Attachment>> CaseRepository::requestAttachments(RowId requestId)
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT %1 FROM attachments WHERE request_id = ? ORDER BY id").arg(kAttachmentColumns));
    query.addBindValue(requestId);
    return readAll<Attachment>(query, readAttachment);
}

// ---- users ----------------------------------------------------------------

Result<RowId> CaseRepository::addUser(User &user)
{
    if (!codes::isValid(CodeList::UserRole, user.role))
        return Error{CaseRepositoryText::tr("“%1” is not a role.").arg(user.role)};
    return rows::insertEntity(m_db, QStringLiteral("users"),
                              {{QStringLiteral("username"), user.username.trimmed()},
                               {QStringLiteral("display_name"), textOrNull(user.displayName)},
                               {QStringLiteral("email"), textOrNull(user.email)},
                               {QStringLiteral("role"), user.role},
                               {QStringLiteral("active"), user.active}},
                              user);
}

Result<std::optional<User>> CaseRepository::userByName(const QString &username)
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT id, username, display_name, email, role, active FROM users WHERE username = ?"));
    query.addBindValue(username);
    auto list = readAll<User>(query, readUser);
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return std::optional<User>();
    return std::optional<User>(list.value().first());
}

Result<QList<User>> CaseRepository::users()
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT id, username, display_name, email, role, active FROM users ORDER BY username"));
    return readAll<User>(query, readUser);
}

Result<User> CaseRepository::ensureLocalUser(const QString &username)
{
    auto existing = userByName(username);
    if (!existing)
        return existing.error();
    if (existing.value())
        return *existing.value();
    User user;
    user.username = username;
    user.displayName = username;
    user.role = QStringLiteral("admin");
    auto id = addUser(user);
    if (!id)
        return id.error();
    return user;
}

} // namespace pc
