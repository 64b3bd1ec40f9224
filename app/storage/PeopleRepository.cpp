#include "PeopleRepository.h"

#include "Database.h"
#include "RowWriter.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pc {

using rows::readAll;

namespace {

// The translation context of this file's messages.
struct PeopleRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(pc::PeopleRepository)
};

Fields subjectFields(const DataSubject &s)
{
    return {
        {QStringLiteral("organization_id"), s.organizationId},
        {QStringLiteral("category_id"), idOrNull(s.categoryId)},
        {QStringLiteral("external_ref"), textOrNull(s.externalRef)},
        {QStringLiteral("first_name"), textOrNull(s.firstName.trimmed())},
        {QStringLiteral("last_name"), textOrNull(s.lastName.trimmed())},
        {QStringLiteral("email"), textOrNull(s.email.trimmed().toLower())},
        {QStringLiteral("phone"), textOrNull(s.phone)},
        {QStringLiteral("address"), textOrNull(s.address)},
        {QStringLiteral("country"), textOrNull(s.country)},
        {QStringLiteral("language"), textOrNull(s.language)},
        {QStringLiteral("birth_date"), dateOrNull(s.birthDate)},
        {QStringLiteral("collected_on"), dateOrNull(s.collectedOn)},
        {QStringLiteral("relationship_start"), dateOrNull(s.relationshipStart)},
        {QStringLiteral("relationship_end"), dateOrNull(s.relationshipEnd)},
        {QStringLiteral("termination_notice_on"), dateOrNull(s.terminationNoticeOn)},
        {QStringLiteral("last_contact_on"), dateOrNull(s.lastContactOn)},
        {QStringLiteral("notes"), textOrNull(s.notes)},
    };
}

DataSubject readSubject(const QSqlQuery &q)
{
    DataSubject s;
    s.id = q.value(QStringLiteral("id")).toLongLong();
    s.organizationId = q.value(QStringLiteral("organization_id")).toLongLong();
    s.categoryId = q.value(QStringLiteral("category_id")).toLongLong();
    s.externalRef = q.value(QStringLiteral("external_ref")).toString();
    s.firstName = q.value(QStringLiteral("first_name")).toString();
    s.lastName = q.value(QStringLiteral("last_name")).toString();
    s.email = q.value(QStringLiteral("email")).toString();
    s.phone = q.value(QStringLiteral("phone")).toString();
    s.address = q.value(QStringLiteral("address")).toString();
    s.country = q.value(QStringLiteral("country")).toString();
    s.language = q.value(QStringLiteral("language")).toString();
    s.birthDate = toDate(q.value(QStringLiteral("birth_date")));
    s.collectedOn = toDate(q.value(QStringLiteral("collected_on")));
    s.relationshipStart = toDate(q.value(QStringLiteral("relationship_start")));
    s.relationshipEnd = toDate(q.value(QStringLiteral("relationship_end")));
    s.terminationNoticeOn = toDate(q.value(QStringLiteral("termination_notice_on")));
    s.lastContactOn = toDate(q.value(QStringLiteral("last_contact_on")));
    s.notes = q.value(QStringLiteral("notes")).toString();
    s.rowVersion = q.value(QStringLiteral("row_version")).toInt();
    return s;
}

} // namespace

ConsentEvent readConsentEvent(const QSqlQuery &q)
{
    ConsentEvent e;
    e.id = q.value(QStringLiteral("id")).toLongLong();
    e.subjectId = q.value(QStringLiteral("subject_id")).toLongLong();
    e.purposeId = q.value(QStringLiteral("purpose_id")).toLongLong();
    e.event = q.value(QStringLiteral("event")).toString();
    e.occurredAt = toDateTime(q.value(QStringLiteral("occurred_at")));
    e.method = q.value(QStringLiteral("method")).toString();
    e.source = q.value(QStringLiteral("source")).toString();
    e.policyId = q.value(QStringLiteral("policy_id")).toLongLong();
    e.proofAttachmentId = q.value(QStringLiteral("proof_attachment_id")).toLongLong();
    e.requestId = q.value(QStringLiteral("request_id")).toLongLong();
    e.note = q.value(QStringLiteral("note")).toString();
    return e;
}

Result<RowId> PeopleRepository::addSubject(DataSubject &subject)
{
    return rows::insertEntity(m_db, QStringLiteral("data_subjects"), subjectFields(subject), subject);
}

Status PeopleRepository::updateSubject(DataSubject &subject)
{
    return rows::updateEntity(m_db, QStringLiteral("data_subjects"), subjectFields(subject), subject);
}

Status PeopleRepository::removeSubject(RowId id)
{
    return rows::remove(m_db, QStringLiteral("data_subjects"), id);
}

Status PeopleRepository::restoreSubject(const DataSubject &subject)
{
    return rows::restore(m_db, QStringLiteral("data_subjects"), subject.id, subjectFields(subject));
}

Result<DataSubject> PeopleRepository::subject(RowId id)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM data_subjects WHERE id = ?"));
    query.addBindValue(id);
    auto list = readAll<DataSubject>(query, readSubject);
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return Error{PeopleRepositoryText::tr("The person no longer exists in the register."), Error::Kind::NotFound};
    return list.value().first();
}

Result<QList<DataSubject>> PeopleRepository::findSubjects(RowId organizationId, const QString &text, int limit)
{
    // LIKE with an escaped pattern: the user's text is data, never SQL.
    const QString pattern = rows::containsPattern(text.trimmed().toLower());
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT * FROM data_subjects WHERE organization_id = ? AND ("
                       "lower(coalesce(first_name, '') || ' ' || coalesce(last_name, '')) LIKE ? ESCAPE '\\' "
                       "OR lower(coalesce(last_name, '') || ' ' || coalesce(first_name, '')) LIKE ? ESCAPE '\\' "
                       "OR email LIKE ? ESCAPE '\\') ORDER BY last_name, first_name, id LIMIT ?"));
    query.addBindValue(organizationId);
    query.addBindValue(pattern);
    query.addBindValue(pattern);
    query.addBindValue(pattern);
    query.addBindValue(limit);
    return readAll<DataSubject>(query, readSubject);
}

Result<qint64> PeopleRepository::subjectCount(RowId organizationId)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT count(*) FROM data_subjects WHERE organization_id = ?"));
    query.addBindValue(organizationId);
    if (!query.exec() || !query.next())
        return Database::sqlError(query);
    return query.value(0).toLongLong();
}

Result<RowId> PeopleRepository::addPolicy(PrivacyPolicy &policy)
{
    return rows::insertEntity(m_db, QStringLiteral("privacy_policies"),
                              {{QStringLiteral("organization_id"), policy.organizationId},
                               {QStringLiteral("version_label"), policy.versionLabel},
                               {QStringLiteral("effective_on"), dateOrNull(policy.effectiveOn)},
                               {QStringLiteral("language"), textOrNull(policy.language)},
                               {QStringLiteral("url"), textOrNull(policy.url)},
                               {QStringLiteral("body"), textOrNull(policy.text)},
                               {QStringLiteral("changes_contact_use"), policy.changesContactUse}},
                              policy);
}

Result<QList<PrivacyPolicy>> PeopleRepository::policies(RowId organizationId)
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT id, organization_id, version_label, effective_on, language, url, body, changes_contact_use "
        "FROM privacy_policies WHERE organization_id = ? ORDER BY effective_on, id"));
    query.addBindValue(organizationId);
    return readAll<PrivacyPolicy>(query, [](const QSqlQuery &q) {
        PrivacyPolicy p;
        p.id = q.value(0).toLongLong();
        p.organizationId = q.value(1).toLongLong();
        p.versionLabel = q.value(2).toString();
        p.effectiveOn = toDate(q.value(3));
        p.language = q.value(4).toString();
        p.url = q.value(5).toString();
        p.text = q.value(6).toString();
        p.changesContactUse = q.value(7).toBool();
        return p;
    });
}

Result<RowId> PeopleRepository::addConsentPurpose(ConsentPurpose &purpose)
{
    const Result<RowId> id = rows::insert(
        m_db, QStringLiteral("consent_purposes"),
        {{QStringLiteral("organization_id"), purpose.organizationId},
         {QStringLiteral("activity_id"), idOrNull(purpose.activityId)},
         {QStringLiteral("code"), purpose.code},
         {QStringLiteral("name"), purpose.name},
         {QStringLiteral("description"), textOrNull(purpose.description)},
         {QStringLiteral("expiry_months"), purpose.expiryMonths > 0 ? QVariant(purpose.expiryMonths) : QVariant()},
         {QStringLiteral("active"), purpose.active}});
    if (id)
        purpose.id = id.value();
    return id;
}

Result<QList<ConsentPurpose>> PeopleRepository::consentPurposes(RowId organizationId)
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT id, organization_id, activity_id, code, name, description, expiry_months, active "
                       "FROM consent_purposes WHERE organization_id = ? ORDER BY name"));
    query.addBindValue(organizationId);
    return readAll<ConsentPurpose>(query, [](const QSqlQuery &q) {
        ConsentPurpose p;
        p.id = q.value(0).toLongLong();
        p.organizationId = q.value(1).toLongLong();
        p.activityId = q.value(2).toLongLong();
        p.code = q.value(3).toString();
        p.name = q.value(4).toString();
        p.description = q.value(5).toString();
        p.expiryMonths = q.value(6).toInt();
        p.active = q.value(7).toBool();
        return p;
    });
}

Result<RowId> PeopleRepository::addConsentEvent(ConsentEvent &event)
{
    if (!event.occurredAt.isValid())
        return Error{PeopleRepositoryText::tr("A consent event needs the date and time it happened.")};
    return rows::insertEntity(m_db, QStringLiteral("consent_events"),
                              {{QStringLiteral("subject_id"), event.subjectId},
                               {QStringLiteral("purpose_id"), event.purposeId},
                               {QStringLiteral("event"), event.event},
                               {QStringLiteral("occurred_at"), dateTimeOrNull(event.occurredAt)},
                               {QStringLiteral("method"), event.method},
                               {QStringLiteral("source"), textOrNull(event.source)},
                               {QStringLiteral("policy_id"), idOrNull(event.policyId)},
                               {QStringLiteral("proof_attachment_id"), idOrNull(event.proofAttachmentId)},
                               {QStringLiteral("request_id"), idOrNull(event.requestId)},
                               {QStringLiteral("note"), textOrNull(event.note)}},
                              event);
}

Result<QList<ConsentEvent>> PeopleRepository::consentHistory(RowId subjectId, RowId purposeId)
{
    QString sql = QStringLiteral("SELECT * FROM consent_events WHERE subject_id = ?");
    if (purposeId > 0)
        sql += QStringLiteral(" AND purpose_id = ?");
    sql += QStringLiteral(" ORDER BY occurred_at, id");
    QSqlQuery query = m_db.prepare(sql);
    query.addBindValue(subjectId);
    if (purposeId > 0)
        query.addBindValue(purposeId);
    return readAll<ConsentEvent>(query, readConsentEvent);
}

Result<QList<ConsentEvent>> PeopleRepository::requestConsentEvents(RowId requestId)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM consent_events WHERE request_id = ? ORDER BY occurred_at, id"));
    query.addBindValue(requestId);
    return readAll<ConsentEvent>(query, readConsentEvent);
}

Result<RowId> PeopleRepository::addLegalHold(LegalHold &hold)
{
    if (!hold.placedOn.isValid())
        return Error{PeopleRepositoryText::tr("A legal hold needs the date it was placed.")};
    return rows::insertEntity(m_db, QStringLiteral("legal_holds"),
                              {{QStringLiteral("subject_id"), hold.subjectId},
                               {QStringLiteral("reason"), hold.reason.trimmed()},
                               {QStringLiteral("placed_on"), dateOrNull(hold.placedOn)},
                               {QStringLiteral("lifted_on"), dateOrNull(hold.liftedOn)},
                               {QStringLiteral("placed_by"), m_db.actor()}},
                              hold);
}

Result<QList<LegalHold>> PeopleRepository::legalHolds(RowId subjectId)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT id, subject_id, reason, placed_on, lifted_on FROM "
                                                  "legal_holds WHERE subject_id = ? ORDER BY placed_on"));
    query.addBindValue(subjectId);
    return readAll<LegalHold>(query, [](const QSqlQuery &q) {
        LegalHold h;
        h.id = q.value(0).toLongLong();
        h.subjectId = q.value(1).toLongLong();
        h.reason = q.value(2).toString();
        h.placedOn = toDate(q.value(3));
        h.liftedOn = toDate(q.value(4));
        return h;
    });
}

} // namespace pc
