#include "PeopleRepository.h"

#include "Database.h"
#include "RowWriter.h"
#include "SqlRow.h"

#include <QCoreApplication>
#include <QSet>
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

DataSubject readSubject(const SqlRow &row)
{
    DataSubject s;
    s.id = row.id("id");
    s.organizationId = row.id("organization_id");
    s.categoryId = row.id("category_id");
    s.externalRef = row.text("external_ref");
    s.firstName = row.text("first_name");
    s.lastName = row.text("last_name");
    s.email = row.text("email");
    s.phone = row.text("phone");
    s.address = row.text("address");
    s.country = row.text("country");
    s.language = row.text("language");
    s.birthDate = row.date("birth_date");
    s.collectedOn = row.date("collected_on");
    s.relationshipStart = row.date("relationship_start");
    s.relationshipEnd = row.date("relationship_end");
    s.terminationNoticeOn = row.date("termination_notice_on");
    s.lastContactOn = row.date("last_contact_on");
    s.notes = row.text("notes");
    s.rowVersion = row.integer("row_version");
    return s;
}

} // namespace

ConsentEvent readConsentEvent(const SqlRow &row)
{
    ConsentEvent e;
    e.id = row.id("id");
    e.subjectId = row.id("subject_id");
    e.purposeId = row.id("purpose_id");
    e.event = row.text("event");
    e.occurredAt = row.dateTime("occurred_at");
    e.method = row.text("method");
    e.source = row.text("source");
    e.policyId = row.id("policy_id");
    e.proofAttachmentId = row.id("proof_attachment_id");
    e.requestId = row.id("request_id");
    e.note = row.text("note");
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

Result<QList<DataSubject>> PeopleRepository::subjectsWithEmail(RowId organizationId, const QString &email, int limit)
{
    return subjectsWhereLowered(QStringLiteral("email"), email.trimmed(), organizationId, limit);
}

Result<QList<DataSubject>> PeopleRepository::subjectsWithLastName(RowId organizationId, const QString &lastName, int limit)
{
    return subjectsWhereLowered(QStringLiteral("last_name"), lastName.simplified(), organizationId, limit);
}

// `column` is one of ours, never the user's: the value alone is bound.
Result<QList<DataSubject>> PeopleRepository::subjectsWhereLowered(const QString &column, const QString &value,
                                                                  RowId organizationId, int limit)
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT * FROM data_subjects WHERE lower(%1) = ? AND organization_id = ? ORDER BY id LIMIT ?").arg(column));
    query.addBindValue(value.toLower());
    query.addBindValue(organizationId);
    query.addBindValue(limit);
    return readAll<DataSubject>(query, readSubject);
}

Result<QList<DataSubject>> PeopleRepository::chosenSubjects(const PeopleSelection &selection, QStringList *unmatched,
                                                            int limit)
{
    // Only placeholders are added to the statement; every value is bound.
    const auto placeholders = [](qsizetype n) { return QStringList(n, QStringLiteral("?")).join(QLatin1String(", ")); };
    QString sql = QStringLiteral("SELECT * FROM data_subjects s WHERE s.organization_id = ?");
    QVariantList bindings{selection.organizationId};
    QStringList wanted;
    if (!selection.emailsOrReferences.isEmpty()) {
        QSet<QString> listed;
        for (const QString &entry : selection.emailsOrReferences) {
            const QString key = entry.trimmed().toLower();
            if (!key.isEmpty() && !listed.contains(key)) {
                listed.insert(key);
                wanted << key;
            }
        }
        if (wanted.isEmpty()) {   // a list of blanks names nobody
            if (unmatched)
                unmatched->clear();
            return QList<DataSubject>{};
        }
        sql += QStringLiteral(" AND (lower(s.email) IN (%1) OR lower(s.external_ref) IN (%1))").arg(placeholders(wanted.size()));
        for (int pass = 0; pass < 2; ++pass) {
            for (const QString &entry : std::as_const(wanted))
                bindings << entry;
        }
    }
    if (!selection.categoryIds.isEmpty()) {
        sql += QStringLiteral(" AND s.category_id IN (%1)").arg(placeholders(selection.categoryIds.size()));
        for (RowId id : selection.categoryIds)
            bindings << id;
    }
    if (!selection.purposeIds.isEmpty()) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM consent_states c WHERE c.subject_id = s.id AND c.purpose_id IN (%1))")
                   .arg(placeholders(selection.purposeIds.size()));
        for (RowId id : selection.purposeIds)
            bindings << id;
    }
    sql += QStringLiteral(" ORDER BY s.last_name, s.first_name, s.id");
    if (limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        bindings << limit;
    }
    QSqlQuery query = m_db.prepare(sql);
    for (const QVariant &value : std::as_const(bindings))
        query.addBindValue(value);
    Result<QList<DataSubject>> found = readAll<DataSubject>(query, readSubject);
    if (found && unmatched) {
        unmatched->clear();
        QSet<QString> seen;
        for (const DataSubject &person : found.value()) {
            seen.insert(person.email.toLower());
            seen.insert(person.externalRef.toLower());
        }
        for (const QString &entry : std::as_const(wanted)) {
            if (!seen.contains(entry))
                *unmatched << entry;
        }
    }
    return found;
}

Result<qint64> PeopleRepository::subjectCount(RowId organizationId)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT count(*) FROM data_subjects WHERE organization_id = ?"));
    query.addBindValue(organizationId);
    if (!query.exec() || !query.next())
        return Database::sqlError(query);
    return scalar<qint64>(query);
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
    return readAll<PrivacyPolicy>(query, [](const SqlRow &row) {
        PrivacyPolicy p;
        p.id = row.id("id");
        p.organizationId = row.id("organization_id");
        p.versionLabel = row.text("version_label");
        p.effectiveOn = row.date("effective_on");
        p.language = row.text("language");
        p.url = row.text("url");
        p.text = row.text("body");
        p.changesContactUse = row.flag("changes_contact_use");
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
    return readAll<ConsentPurpose>(query, [](const SqlRow &row) {
        ConsentPurpose p;
        p.id = row.id("id");
        p.organizationId = row.id("organization_id");
        p.activityId = row.id("activity_id");
        p.code = row.text("code");
        p.name = row.text("name");
        p.description = row.text("description");
        p.expiryMonths = row.integer("expiry_months");
        p.active = row.flag("active");
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
    return readAll<LegalHold>(query, [](const SqlRow &row) {
        LegalHold h;
        h.id = row.id("id");
        h.subjectId = row.id("subject_id");
        h.reason = row.text("reason");
        h.placedOn = row.date("placed_on");
        h.liftedOn = row.date("lifted_on");
        return h;
    });
}

} // namespace pc
