#include "CaseRepository.h"

#include "Database.h"
#include "RowWriter.h"

#include "domain/Codes.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSqlQuery>

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

RightsRequest readRequest(const QSqlQuery &q)
{
    RightsRequest r;
    r.id = q.value(QStringLiteral("id")).toLongLong();
    r.organizationId = q.value(QStringLiteral("organization_id")).toLongLong();
    r.subjectId = q.value(QStringLiteral("subject_id")).toLongLong();
    r.reference = q.value(QStringLiteral("reference")).toString();
    r.status = q.value(QStringLiteral("status")).toString();
    r.channel = q.value(QStringLiteral("channel")).toString();
    r.jurisdiction = q.value(QStringLiteral("jurisdiction")).toString();
    r.language = q.value(QStringLiteral("language")).toString();
    r.requesterName = q.value(QStringLiteral("requester_name")).toString();
    r.requesterEmail = q.value(QStringLiteral("requester_email")).toString();
    r.requesterAddress = q.value(QStringLiteral("requester_address")).toString();
    r.requesterIsSubject = q.value(QStringLiteral("requester_is_subject")).toBool();
    r.letterDate = toDate(q.value(QStringLiteral("letter_date")));
    r.receivedOn = toDate(q.value(QStringLiteral("received_on")));
    r.dueOn = toDate(q.value(QStringLiteral("due_on")));
    r.extendedDueOn = toDate(q.value(QStringLiteral("extended_due_on")));
    r.extensionReason = q.value(QStringLiteral("extension_reason")).toString();
    r.extensionNotifiedOn = toDate(q.value(QStringLiteral("extension_notified_on")));
    r.identityRequestedOn = toDate(q.value(QStringLiteral("identity_requested_on")));
    r.identityReceivedOn = toDate(q.value(QStringLiteral("identity_received_on")));
    r.clarificationRequestedOn = toDate(q.value(QStringLiteral("clarification_requested_on")));
    r.clarificationReceivedOn = toDate(q.value(QStringLiteral("clarification_received_on")));
    r.clarification = q.value(QStringLiteral("clarification")).toString();
    r.assigneeId = q.value(QStringLiteral("assignee_id")).toLongLong();
    r.closedOn = toDate(q.value(QStringLiteral("closed_on")));
    r.outcome = q.value(QStringLiteral("outcome")).toString();
    r.refusalReason = q.value(QStringLiteral("refusal_reason")).toString();
    r.notes = q.value(QStringLiteral("notes")).toString();
    r.rowVersion = q.value(QStringLiteral("row_version")).toInt();
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
    };
}

Breach readBreach(const QSqlQuery &q)
{
    Breach b;
    b.id = q.value(QStringLiteral("id")).toLongLong();
    b.organizationId = q.value(QStringLiteral("organization_id")).toLongLong();
    b.reference = q.value(QStringLiteral("reference")).toString();
    b.title = q.value(QStringLiteral("title")).toString();
    b.description = q.value(QStringLiteral("description")).toString();
    b.occurredAt = toDateTime(q.value(QStringLiteral("occurred_at")));
    b.awareAt = toDateTime(q.value(QStringLiteral("aware_at")));
    b.notificationDueAt = toDateTime(q.value(QStringLiteral("notification_due_at")));
    b.authorityNotifiedAt = toDateTime(q.value(QStringLiteral("authority_notified_at")));
    b.subjectsNotifiedAt = toDateTime(q.value(QStringLiteral("subjects_notified_at")));
    b.risk = q.value(QStringLiteral("risk")).toString();
    b.status = q.value(QStringLiteral("status")).toString();
    b.dataCategories = q.value(QStringLiteral("data_categories")).toString();
    b.subjectsAffected = q.value(QStringLiteral("subjects_affected")).toInt();
    b.recordsAffected = q.value(QStringLiteral("records_affected")).toInt();
    b.consequences = q.value(QStringLiteral("consequences")).toString();
    b.measures = q.value(QStringLiteral("measures")).toString();
    b.authorityReference = q.value(QStringLiteral("authority_reference")).toString();
    b.rowVersion = q.value(QStringLiteral("row_version")).toInt();
    return b;
}

const QString kAttachmentColumns = QStringLiteral(
    "id, organization_id, request_id, subject_id, breach_id, kind, file_name, media_type, size_bytes, sha256, "
    "encrypted_path, destroy_after, destroyed_at, created_at, created_by");

Attachment readAttachment(const QSqlQuery &q)
{
    Attachment a;
    a.id = q.value(0).toLongLong();
    a.organizationId = q.value(1).toLongLong();
    a.requestId = q.value(2).toLongLong();
    a.subjectId = q.value(3).toLongLong();
    a.breachId = q.value(4).toLongLong();
    a.kind = q.value(5).toString();
    a.fileName = q.value(6).toString();
    a.mediaType = q.value(7).toString();
    a.sizeBytes = q.value(8).toLongLong();
    a.sha256 = q.value(9).toString();
    a.encryptedPath = q.value(10).toString();
    a.destroyAfter = toDate(q.value(11));
    a.destroyedAt = toDateTime(q.value(12));
    a.createdAt = toDateTime(q.value(13));
    a.createdBy = q.value(14).toString();
    return a;
}

User readUser(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.email = q.value(3).toString();
    u.role = q.value(4).toString();
    u.active = q.value(5).toBool();
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
        while (query.next()) {
            RightsRequest *r = byId.value(query.value(0).toLongLong());
            if (r && types)
                r->types << query.value(1).toString();
            else if (r)
                r->activityIds << query.value(1).toLongLong();
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
    while (query.next()) {
        bool number = false;
        const int n = query.value(0).toString().mid(prefix.size()).toInt(&number);
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
    return readAll<RequestEvent>(query, [](const QSqlQuery &q) {
        RequestEvent e;
        e.id = q.value(0).toLongLong();
        e.requestId = q.value(1).toLongLong();
        e.occurredAt = toDateTime(q.value(2));
        e.step = q.value(3).toString();
        e.note = q.value(4).toString();
        e.actor = q.value(5).toString();
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
    return readAll<IdentityCheck>(query, [](const QSqlQuery &q) {
        IdentityCheck c;
        c.id = q.value(0).toLongLong();
        c.requestId = q.value(1).toLongLong();
        c.checkedOn = toDate(q.value(2));
        c.outcome = q.value(3).toString();
        c.documentType = q.value(4).toString();
        c.documentNumberSuffix = q.value(5).toString();
        c.verifier = q.value(6).toString();
        return c;
    });
}

// ---- breaches -------------------------------------------------------------

Result<RowId> CaseRepository::addBreach(Breach &breach)
{
    if (!breach.awareAt.isValid())
        return Error{CaseRepositoryText::tr("A breach needs the moment the organization became aware of it.")};
    return rows::insertEntity(m_db, QStringLiteral("breaches"), breachFields(breach), breach);
}

Status CaseRepository::updateBreach(Breach &breach)
{
    return rows::updateEntity(m_db, QStringLiteral("breaches"), breachFields(breach), breach);
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

// ---- attachments ----------------------------------------------------------

Result<RowId> CaseRepository::addAttachment(Attachment &attachment)
{
    if (attachment.fileName.trimmed().isEmpty())
        return Error{CaseRepositoryText::tr("A document needs a file name.")};
    if (attachment.kind == QLatin1String("id_copy") && !attachment.content.isEmpty())
        return Error{
            CaseRepositoryText::tr("An identity document copy is only ever stored encrypted, outside the database.")};
    if (attachment.encryptedPath.isEmpty()) {
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
                       attachment.encryptedPath.isEmpty() ? QVariant(attachment.content)
                                                          : QVariant(QMetaType::fromType<QByteArray>())},
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
    auto list = readAll<Attachment>(query, [withContent](const QSqlQuery &q) {
        Attachment a = readAttachment(q);
        if (withContent)
            a.content = q.value(15).toByteArray();
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
