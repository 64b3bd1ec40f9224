#include "RegisterRepository.h"

#include "Database.h"
#include "RowWriter.h"
#include "SqlRow.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <functional>

namespace pc {

using rows::readAll;

namespace {

// The translation context of this file's messages.
struct RegisterRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(pc::RegisterRepository)
};

QVariant flag(bool value)
{
    return value;
}

Fields organizationFields(const Organization &o)
{
    return {
        {QStringLiteral("name"), o.name.trimmed()},
        {QStringLiteral("legal_name"), textOrNull(o.legalName)},
        {QStringLiteral("address"), textOrNull(o.address)},
        {QStringLiteral("country"), o.country.toUpper()},
        {QStringLiteral("jurisdiction"), o.jurisdiction},
        {QStringLiteral("registration_number"), textOrNull(o.registrationNumber)},
        {QStringLiteral("website"), textOrNull(o.website)},
        {QStringLiteral("policy_language"), textOrNull(o.policyLanguage)},
        {QStringLiteral("dpo_name"), textOrNull(o.dpoName)},
        {QStringLiteral("dpo_email"), textOrNull(o.dpoEmail)},
        {QStringLiteral("dpo_phone"), textOrNull(o.dpoPhone)},
        {QStringLiteral("dpo_address"), textOrNull(o.dpoAddress)},
        {QStringLiteral("representative_name"), textOrNull(o.representativeName)},
        {QStringLiteral("representative_contact"), textOrNull(o.representativeContact)},
        {QStringLiteral("acts_as_processor"), flag(o.actsAsProcessor)},
        {QStringLiteral("notes"), textOrNull(o.notes)},
    };
}

Organization readOrganization(const SqlRow &row)
{
    Organization o;
    o.id = row.id("id");
    o.name = row.text("name");
    o.legalName = row.text("legal_name");
    o.address = row.text("address");
    o.country = row.text("country");
    o.jurisdiction = row.text("jurisdiction");
    o.registrationNumber = row.text("registration_number");
    o.website = row.text("website");
    o.policyLanguage = row.text("policy_language");
    o.dpoName = row.text("dpo_name");
    o.dpoEmail = row.text("dpo_email");
    o.dpoPhone = row.text("dpo_phone");
    o.dpoAddress = row.text("dpo_address");
    o.representativeName = row.text("representative_name");
    o.representativeContact = row.text("representative_contact");
    o.actsAsProcessor = row.flag("acts_as_processor");
    o.notes = row.text("notes");
    o.rowVersion = row.integer("row_version");
    return o;
}

Fields retentionFields(const RetentionRule &r)
{
    return {
        {QStringLiteral("organization_id"), r.organizationId},
        {QStringLiteral("name"), r.name.trimmed()},
        {QStringLiteral("duration"), r.duration},
        {QStringLiteral("unit"), r.unit},
        {QStringLiteral("trigger_event"), r.triggerEvent},
        {QStringLiteral("custom_trigger"), textOrNull(r.customTrigger)},
        {QStringLiteral("outcome"), r.outcome},
        {QStringLiteral("justification"), textOrNull(r.justification)},
        {QStringLiteral("legal_reference"), textOrNull(r.legalReference)},
    };
}

RetentionRule readRetentionRule(const SqlRow &row)
{
    RetentionRule r;
    r.id = row.id("id");
    r.organizationId = row.id("organization_id");
    r.name = row.text("name");
    r.duration = row.integer("duration");
    r.unit = row.text("unit");
    r.triggerEvent = row.text("trigger_event");
    r.customTrigger = row.text("custom_trigger");
    r.outcome = row.text("outcome");
    r.justification = row.text("justification");
    r.legalReference = row.text("legal_reference");
    r.rowVersion = row.integer("row_version");
    return r;
}

Fields processorFields(const Processor &p)
{
    return {
        {QStringLiteral("organization_id"), p.organizationId},
        {QStringLiteral("parent_processor_id"), idOrNull(p.parentProcessorId)},
        {QStringLiteral("name"), p.name.trimmed()},
        {QStringLiteral("role"), p.role},
        {QStringLiteral("service"), textOrNull(p.service)},
        {QStringLiteral("country"), textOrNull(p.country.toUpper())},
        {QStringLiteral("contact_email"), textOrNull(p.contactEmail)},
        {QStringLiteral("website"), textOrNull(p.website)},
        {QStringLiteral("contract_signed_on"), dateOrNull(p.contractSignedOn)},
        {QStringLiteral("dpa_signed_on"), dateOrNull(p.dpaSignedOn)},
        {QStringLiteral("dpa_expires_on"), dateOrNull(p.dpaExpiresOn)},
        {QStringLiteral("privacy_policy_url"), textOrNull(p.privacyPolicyUrl)},
        {QStringLiteral("privacy_policy_checked_on"), dateOrNull(p.privacyPolicyCheckedOn)},
        {QStringLiteral("data_shared"), textOrNull(p.dataShared)},
        {QStringLiteral("transfer_safeguard"), textOrNull(p.transferSafeguard)},
        {QStringLiteral("notes"), textOrNull(p.notes)},
        {QStringLiteral("active"), flag(p.active)},
    };
}

Processor readProcessor(const SqlRow &row)
{
    Processor p;
    p.id = row.id("id");
    p.organizationId = row.id("organization_id");
    p.parentProcessorId = row.id("parent_processor_id");
    p.name = row.text("name");
    p.role = row.text("role");
    p.service = row.text("service");
    p.country = row.text("country");
    p.contactEmail = row.text("contact_email");
    p.website = row.text("website");
    p.contractSignedOn = row.date("contract_signed_on");
    p.dpaSignedOn = row.date("dpa_signed_on");
    p.dpaExpiresOn = row.date("dpa_expires_on");
    p.privacyPolicyUrl = row.text("privacy_policy_url");
    p.privacyPolicyCheckedOn = row.date("privacy_policy_checked_on");
    p.dataShared = row.text("data_shared");
    p.transferSafeguard = row.text("transfer_safeguard");
    p.notes = row.text("notes");
    p.active = row.flag("active");
    p.rowVersion = row.integer("row_version");
    return p;
}

Fields activityFields(const ProcessingActivity &a)
{
    return {
        {QStringLiteral("organization_id"), a.organizationId},
        {QStringLiteral("reference"), textOrNull(a.reference)},
        {QStringLiteral("name"), a.name.trimmed()},
        {QStringLiteral("description"), textOrNull(a.description)},
        {QStringLiteral("controller_role"), a.controllerRole},
        {QStringLiteral("joint_controllers"), textOrNull(a.jointControllers)},
        {QStringLiteral("client_name"), textOrNull(a.clientName)},
        {QStringLiteral("retention_rule_id"), idOrNull(a.retentionRuleId)},
        {QStringLiteral("retention_note"), textOrNull(a.retentionNote)},
        {QStringLiteral("security_measures"), textOrNull(a.securityMeasures)},
        {QStringLiteral("data_source"), textOrNull(a.dataSource)},
        {QStringLiteral("dpia_required"), flag(a.dpiaRequired)},
        {QStringLiteral("dpia_done_on"), dateOrNull(a.dpiaDoneOn)},
        {QStringLiteral("status"), a.status},
        {QStringLiteral("approved_on"), dateOrNull(a.approvedOn)},
        {QStringLiteral("recorded_on"), dateOrNull(a.recordedOn)},
        {QStringLiteral("revised_on"), dateOrNull(a.revisedOn)},
    };
}

ProcessingActivity readActivity(const SqlRow &row)
{
    ProcessingActivity a;
    a.id = row.id("id");
    a.organizationId = row.id("organization_id");
    a.reference = row.text("reference");
    a.name = row.text("name");
    a.description = row.text("description");
    a.controllerRole = row.text("controller_role");
    a.jointControllers = row.text("joint_controllers");
    a.clientName = row.text("client_name");
    a.retentionRuleId = row.id("retention_rule_id");
    a.retentionNote = row.text("retention_note");
    a.securityMeasures = row.text("security_measures");
    a.dataSource = row.text("data_source");
    a.dpiaRequired = row.flag("dpia_required");
    a.dpiaDoneOn = row.date("dpia_done_on");
    a.status = row.text("status");
    a.approvedOn = row.date("approved_on");
    a.recordedOn = row.date("recorded_on");
    a.revisedOn = row.date("revised_on");
    a.rowVersion = row.integer("row_version");
    return a;
}

} // namespace

// ---- organizations --------------------------------------------------------

Result<RowId> RegisterRepository::addOrganization(Organization &org)
{
    return rows::insertEntity(m_db, QStringLiteral("organizations"), organizationFields(org), org);
}

Status RegisterRepository::updateOrganization(Organization &org)
{
    return rows::updateEntity(m_db, QStringLiteral("organizations"), organizationFields(org), org);
}

Status RegisterRepository::removeOrganization(RowId id)
{
    return rows::remove(m_db, QStringLiteral("organizations"), id);
}

Status RegisterRepository::restoreOrganization(const Organization &org)
{
    return rows::restore(m_db, QStringLiteral("organizations"), org.id, organizationFields(org));
}

Result<Organization> RegisterRepository::organization(RowId id)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM organizations WHERE id = ?"));
    query.addBindValue(id);
    const auto list = readAll<Organization>(query, readOrganization);
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return Error{RegisterRepositoryText::tr("The organization no longer exists.")};
    return list.value().first();
}

namespace {

// The first organization the query finds, if any.
Result<std::optional<Organization>> firstOrganization(QSqlQuery &query)
{
    const auto list = readAll<Organization>(query, readOrganization);
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return std::optional<Organization>();
    return std::optional<Organization>(list.value().first());
}

} // namespace

Result<std::optional<Organization>> RegisterRepository::organizationByName(const QString &name)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM organizations WHERE lower(name) = lower(?)"));
    query.addBindValue(name.trimmed());
    return firstOrganization(query);
}

Result<std::optional<Organization>> RegisterRepository::organizationByNameOrId(const QString &wanted)
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT * FROM organizations WHERE CAST(id AS TEXT) = ? OR lower(name) = lower(?) ORDER BY id"));
    query.addBindValue(wanted.trimmed());
    query.addBindValue(wanted.trimmed());
    return firstOrganization(query);
}

Result<QList<Organization>> RegisterRepository::organizations()
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM organizations ORDER BY name"));
    return readAll<Organization>(query, readOrganization);
}

// ---- retention rules ------------------------------------------------------

Result<RowId> RegisterRepository::addRetentionRule(RetentionRule &rule)
{
    return rows::insertEntity(m_db, QStringLiteral("retention_rules"), retentionFields(rule), rule);
}

Status RegisterRepository::updateRetentionRule(RetentionRule &rule)
{
    return rows::updateEntity(m_db, QStringLiteral("retention_rules"), retentionFields(rule), rule);
}

Status RegisterRepository::removeRetentionRule(RowId id)
{
    return rows::remove(m_db, QStringLiteral("retention_rules"), id);
}

Status RegisterRepository::restoreRetentionRule(const RetentionRule &rule)
{
    return rows::restore(m_db, QStringLiteral("retention_rules"), rule.id, retentionFields(rule));
}

Result<RetentionRule> RegisterRepository::retentionRule(RowId id)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM retention_rules WHERE id = ?"));
    query.addBindValue(id);
    return rows::readOne<RetentionRule>(query, readRetentionRule,
                                        RegisterRepositoryText::tr("The retention rule no longer exists."));
}

Result<QList<RetentionRule>> RegisterRepository::retentionRules(RowId organizationId)
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT * FROM retention_rules WHERE organization_id = ? ORDER BY name"));
    query.addBindValue(organizationId);
    return readAll<RetentionRule>(query, readRetentionRule);
}

// ---- processors -----------------------------------------------------------

Result<RowId> RegisterRepository::addProcessor(Processor &processor)
{
    return rows::insertEntity(m_db, QStringLiteral("processors"), processorFields(processor), processor);
}

Status RegisterRepository::updateProcessor(Processor &processor)
{
    if (processor.parentProcessorId == processor.id && processor.id != 0)
        return Error{RegisterRepositoryText::tr("A processor cannot be its own sub-processor.")};
    return rows::updateEntity(m_db, QStringLiteral("processors"), processorFields(processor), processor);
}

Status RegisterRepository::removeProcessor(RowId id)
{
    return rows::remove(m_db, QStringLiteral("processors"), id);
}

Status RegisterRepository::restoreProcessor(const Processor &processor)
{
    return rows::restore(m_db, QStringLiteral("processors"), processor.id, processorFields(processor));
}

Result<Processor> RegisterRepository::processor(RowId id)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM processors WHERE id = ?"));
    query.addBindValue(id);
    return rows::readOne<Processor>(query, readProcessor, RegisterRepositoryText::tr("The processor no longer exists."));
}

Result<QList<Processor>> RegisterRepository::processors(RowId organizationId)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM processors WHERE organization_id = ? ORDER BY name"));
    query.addBindValue(organizationId);
    return readAll<Processor>(query, readProcessor);
}

// ---- categories -----------------------------------------------------------

Result<RowId> RegisterRepository::addSubjectCategory(SubjectCategory &category)
{
    return rows::insertEntity(m_db, QStringLiteral("subject_categories"),
                              {{QStringLiteral("organization_id"), category.organizationId},
                               {QStringLiteral("kind"), category.kind},
                               {QStringLiteral("name"), category.name.trimmed()},
                               {QStringLiteral("description"), textOrNull(category.description)}},
                              category);
}

Status RegisterRepository::removeSubjectCategory(RowId id)
{
    return rows::remove(m_db, QStringLiteral("subject_categories"), id);
}

Result<QList<SubjectCategory>> RegisterRepository::subjectCategories(RowId organizationId)
{
    QSqlQuery query =
        m_db.prepare(QStringLiteral("SELECT id, organization_id, kind, name, description FROM subject_categories "
                                    "WHERE organization_id = ? ORDER BY name"));
    query.addBindValue(organizationId);
    return readAll<SubjectCategory>(query, [](const SqlRow &row) {
        SubjectCategory c;
        c.id = row.id("id");
        c.organizationId = row.id("organization_id");
        c.kind = row.text("kind");
        c.name = row.text("name");
        c.description = row.text("description");
        return c;
    });
}

Result<RowId> RegisterRepository::addDataCategory(DataCategory &category)
{
    return rows::insertEntity(m_db, QStringLiteral("data_categories"),
                              {{QStringLiteral("organization_id"), category.organizationId},
                               {QStringLiteral("name"), category.name.trimmed()},
                               {QStringLiteral("description"), textOrNull(category.description)},
                               {QStringLiteral("special_category"), flag(category.specialCategory)},
                               {QStringLiteral("retention_rule_id"), idOrNull(category.retentionRuleId)}},
                              category);
}

Status RegisterRepository::removeDataCategory(RowId id)
{
    return rows::remove(m_db, QStringLiteral("data_categories"), id);
}

Result<QList<DataCategory>> RegisterRepository::dataCategories(RowId organizationId)
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT id, organization_id, name, description, special_category, retention_rule_id "
                       "FROM data_categories WHERE organization_id = ? ORDER BY name"));
    query.addBindValue(organizationId);
    return readAll<DataCategory>(query, [](const SqlRow &row) {
        DataCategory c;
        c.id = row.id("id");
        c.organizationId = row.id("organization_id");
        c.name = row.text("name");
        c.description = row.text("description");
        c.specialCategory = row.flag("special_category");
        c.retentionRuleId = row.id("retention_rule_id");
        return c;
    });
}

// ---- processing activities ------------------------------------------------

Status RegisterRepository::writeActivityChildren(const ProcessingActivity &a)
{
    static const QStringList children = {
        QStringLiteral("activity_purposes"),        QStringLiteral("activity_subject_categories"),
        QStringLiteral("activity_data_categories"), QStringLiteral("activity_recipients"),
        QStringLiteral("activity_transfers"),       QStringLiteral("activity_processors")};
    for (const QString &table : children) {
        if (Status s = rows::removeChildren(m_db, table, QStringLiteral("activity_id"), a.id); !s)
            return s;
    }
    int position = 0;
    for (const Purpose &p : a.purposes) {
        const auto id = rows::insert(m_db, QStringLiteral("activity_purposes"),
                                     {{QStringLiteral("activity_id"), a.id},
                                      {QStringLiteral("position"), position++},
                                      {QStringLiteral("description"), p.description.trimmed()},
                                      {QStringLiteral("legal_basis"), textOrNull(p.legalBasis)},
                                      {QStringLiteral("legitimate_interest"), textOrNull(p.legitimateInterest)},
                                      {QStringLiteral("special_condition"), textOrNull(p.specialCondition)}});
        if (!id)
            return id.error();
    }
    for (RowId category : a.subjectCategoryIds) {
        const auto id =
            rows::insert(m_db, QStringLiteral("activity_subject_categories"),
                         {{QStringLiteral("activity_id"), a.id}, {QStringLiteral("subject_category_id"), category}});
        if (!id)
            return id.error();
    }
    for (RowId category : a.dataCategoryIds) {
        const DataCategoryUse use = a.dataCategoryUses.value(category);
        const auto id = rows::insert(m_db, QStringLiteral("activity_data_categories"),
                                     {{QStringLiteral("activity_id"), a.id},
                                      {QStringLiteral("data_category_id"), category},
                                      {QStringLiteral("detail"), textOrNull(use.detail)},
                                      {QStringLiteral("retention"), textOrNull(use.retention)},
                                      {QStringLiteral("retention_rule_id"), idOrNull(use.retentionRuleId)}});
        if (!id)
            return id.error();
    }
    for (const Recipient &r : a.recipients) {
        const auto id = rows::insert(m_db, QStringLiteral("activity_recipients"),
                                     {{QStringLiteral("activity_id"), a.id},
                                      {QStringLiteral("name"), r.name.trimmed()},
                                      {QStringLiteral("kind"), r.kind},
                                      {QStringLiteral("processor_id"), idOrNull(r.processorId)}});
        if (!id)
            return id.error();
    }
    for (const Transfer &t : a.transfers) {
        const auto id = rows::insert(m_db, QStringLiteral("activity_transfers"),
                                     {{QStringLiteral("activity_id"), a.id},
                                      {QStringLiteral("country"), t.country.toUpper()},
                                      {QStringLiteral("recipient"), textOrNull(t.recipient)},
                                      {QStringLiteral("processor_id"), idOrNull(t.processorId)},
                                      {QStringLiteral("safeguard"), t.safeguard},
                                      {QStringLiteral("safeguard_reference"), textOrNull(t.safeguardReference)}});
        if (!id)
            return id.error();
    }
    for (RowId processor : a.processorIds) {
        const auto id =
            rows::insert(m_db, QStringLiteral("activity_processors"),
                         {{QStringLiteral("activity_id"), a.id}, {QStringLiteral("processor_id"), processor}});
        if (!id)
            return id.error();
    }
    return success();
}

Status RegisterRepository::readActivityChildren(QList<ProcessingActivity> &activities, const QString &scope,
                                                RowId key)
{
    // One query per kind of item for all the activities at once, whatever
    // their number; `scope` selects the activities by activity_id.
    QHash<RowId, ProcessingActivity *> byId;
    for (ProcessingActivity &a : activities)
        byId.insert(a.id, &a);
    auto read = [&](const QString &columns, const QString &table,
                    const std::function<void(ProcessingActivity &, const SqlRow &)> &take) -> Status {
        // Items of their own read in the order they were written; a set of
        // links (no id of its own) in the order of what it links to, its last
        // column, as the form gives it back: the same set compares equal.
        const QString order = table == QLatin1String("activity_purposes")    ? QStringLiteral("position, id")
                              : columns.startsWith(QLatin1String("id,")) ? QStringLiteral("id")
                                                                           : columns.section(QLatin1Char(' '), -1);
        QSqlQuery query = m_db.prepare(QStringLiteral("SELECT activity_id, %1 FROM %2 WHERE %3 ORDER BY activity_id, %4")
                                           .arg(columns, table, scope, order));
        query.addBindValue(key);
        if (!query.exec())
            return Database::sqlError(query);
        const SqlRow row(query);
        while (query.next()) {
            if (ProcessingActivity *a = byId.value(row.id("activity_id")))
                take(*a, row);
        }
        return success();
    };
    const Status status[] = {
        read(QStringLiteral("id, description, legal_basis, legitimate_interest, special_condition"),
             QStringLiteral("activity_purposes"),
             [](ProcessingActivity &a, const SqlRow &row) {
                 a.purposes << Purpose{row.id("id"), row.text("description"), row.text("legal_basis"),
                                       row.text("legitimate_interest"), row.text("special_condition")};
             }),
        read(QStringLiteral("subject_category_id"), QStringLiteral("activity_subject_categories"),
             [](ProcessingActivity &a, const SqlRow &row) { a.subjectCategoryIds << row.id("subject_category_id"); }),
        read(QStringLiteral("detail, retention, retention_rule_id, data_category_id"),
             QStringLiteral("activity_data_categories"),
             [](ProcessingActivity &a, const SqlRow &row) {
                 const RowId category = row.id("data_category_id");
                 a.dataCategoryIds << category;
                 const DataCategoryUse use{row.text("detail"), row.text("retention"), row.id("retention_rule_id")};
                 if (!use.isEmpty())
                     a.dataCategoryUses.insert(category, use);
             }),
        read(QStringLiteral("processor_id"), QStringLiteral("activity_processors"),
             [](ProcessingActivity &a, const SqlRow &row) { a.processorIds << row.id("processor_id"); }),
        read(QStringLiteral("id, name, kind, processor_id"), QStringLiteral("activity_recipients"),
             [](ProcessingActivity &a, const SqlRow &row) {
                 a.recipients << Recipient{row.id("id"), row.text("name"), row.text("kind"), row.id("processor_id")};
             }),
        read(QStringLiteral("id, country, recipient, processor_id, safeguard, safeguard_reference"),
             QStringLiteral("activity_transfers"),
             [](ProcessingActivity &a, const SqlRow &row) {
                 a.transfers << Transfer{row.id("id"), row.text("country"), row.text("recipient"), row.id("processor_id"),
                                         row.text("safeguard"), row.text("safeguard_reference")};
             }),
    };
    for (const Status &s : status) {
        if (!s)
            return s;
    }
    return success();
}

Result<RowId> RegisterRepository::addActivity(ProcessingActivity &activity)
{
    const Status saved = m_db.transaction([&]() -> Status {
        const Result<RowId> id = rows::insert(m_db, QStringLiteral("processing_activities"), activityFields(activity));
        if (!id)
            return id.error();
        activity.id = id.value();
        return writeActivityChildren(activity);
    });
    if (!saved) {
        activity.id = 0;
        return saved.error();
    }
    activity.rowVersion = 1;
    return activity.id;
}

Status RegisterRepository::updateActivity(ProcessingActivity &activity)
{
    const Status saved = m_db.transaction([&]() -> Status {
        if (Status s = rows::update(m_db, QStringLiteral("processing_activities"), activity.id, activity.rowVersion,
                                    activityFields(activity));
            !s) {
            return s;
        }
        return writeActivityChildren(activity);
    });
    if (saved)
        ++activity.rowVersion;
    return saved;
}

Status RegisterRepository::restoreActivity(const ProcessingActivity &activity)
{
    if (activity.id <= 0)
        return Error{RegisterRepositoryText::tr("The processing activity no longer exists.")};
    return m_db.transaction([&]() -> Status {
        Fields fields = activityFields(activity);
        fields.prepend({QStringLiteral("id"), activity.id});
        if (const Result<RowId> id = rows::insert(m_db, QStringLiteral("processing_activities"), fields); !id)
            return id.error();
        return writeActivityChildren(activity);
    });
}

Status RegisterRepository::removeActivity(RowId id)
{
    return rows::remove(m_db, QStringLiteral("processing_activities"), id);
}

Result<RowId> RegisterRepository::activityIdByReference(RowId organizationId, const QString &wanted)
{
    const Result<QList<RowId>> found = rows::ids(
        m_db,
        QStringLiteral("SELECT id FROM processing_activities WHERE (? = 0 OR organization_id = ?) "
                       "AND (reference = ? OR name = ?) ORDER BY CASE WHEN reference = ? THEN 0 ELSE 1 END, id"),
        {organizationId, organizationId, wanted, wanted, wanted});
    if (!found)
        return found.error();
    return found->isEmpty() ? RowId(0) : found->first();
}

Result<ProcessingActivity> RegisterRepository::activity(RowId id)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM processing_activities WHERE id = ?"));
    query.addBindValue(id);
    auto list = readAll<ProcessingActivity>(query, readActivity);
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return Error{RegisterRepositoryText::tr("The processing activity no longer exists.")};
    QList<ProcessingActivity> one = {list.value().first()};
    if (Status s = readActivityChildren(one, QStringLiteral("activity_id = ?"), id); !s)
        return s.error();
    return one.first();
}

Result<QList<ProcessingActivity>> RegisterRepository::activities(RowId organizationId)
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT * FROM processing_activities WHERE organization_id = ? ORDER BY reference, name"));
    query.addBindValue(organizationId);
    auto list = readAll<ProcessingActivity>(query, readActivity);
    if (!list)
        return list;
    const QString scope = QStringLiteral("activity_id IN (SELECT id FROM processing_activities WHERE organization_id = ?)");
    if (Status s = readActivityChildren(list.value(), scope, organizationId); !s)
        return s.error();
    return list;
}

} // namespace pc
