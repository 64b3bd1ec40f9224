// The numbered migrations of the schema. Each is fixed once released: a change
// to the model is a new migration, never an edit of an old one.
#include "AuditTrail.h"
#include "Database.h"
#include "Migrations.h"
#include "SqlDialect.h"
#include "SqlRow.h"

#include "deadlines/Holidays.h"
#include "deadlines/RequestDeadlines.h"
#include "domain/Codes.h"

#include <QSqlQuery>

namespace pc {
namespace {

// ${IN:List} becomes the list of codes allowed by a CHECK constraint.
QString withCodeLists(QString sql)
{
    static const std::pair<const char *, CodeList> lists[] = {
        {"Jurisdiction", CodeList::Jurisdiction},
        {"LegalBasis", CodeList::LegalBasis},
        {"SpecialCondition", CodeList::SpecialCondition},
        {"SubjectKind", CodeList::SubjectKind},
        {"ControllerRole", CodeList::ControllerRole},
        {"ActivityStatus", CodeList::ActivityStatus},
        {"RecipientKind", CodeList::RecipientKind},
        {"TransferSafeguard", CodeList::TransferSafeguard},
        {"ProcessorRole", CodeList::ProcessorRole},
        {"RetentionUnit", CodeList::RetentionUnit},
        {"RetentionTrigger", CodeList::RetentionTrigger},
        {"RetentionOutcome", CodeList::RetentionOutcome},
        {"ConsentEventKind", CodeList::ConsentEventKind},
        {"ConsentMethod", CodeList::ConsentMethod},
        {"RequestType", CodeList::RequestType},
        {"RequestStatus", CodeList::RequestStatus},
        {"RequestChannel", CodeList::RequestChannel},
        {"BreachRisk", CodeList::BreachRisk},
        {"BreachStatus", CodeList::BreachStatus},
        {"AttachmentKind", CodeList::AttachmentKind},
        {"UserRole", CodeList::UserRole},
        {"NoticePhase", CodeList::NoticePhase},
        {"InformChannel", CodeList::InformChannel},
    };
    for (const auto &[name, list] : lists)
        sql.replace(QStringLiteral("${IN:%1}").arg(QLatin1String(name)), codes::sqlInList(list));
    return sql;
}

Status runScript(Database &db, const char *script)
{
    return db.execute(db.sql().expandMarkers(withCodeLists(QString::fromUtf8(script))));
}

// 1. The register of processing activities (GDPR Art. 30) and what it refers to.
const char kRegister[] = R"SQL(
CREATE TABLE users (
    id ${PK},
    username TEXT NOT NULL UNIQUE CHECK (length(trim(username)) > 0),
    display_name TEXT,
    email TEXT,
    role TEXT NOT NULL DEFAULT 'officer' CHECK (role IN ${IN:UserRole}),
    active ${BOOL} NOT NULL DEFAULT ${TRUE},
    created_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE organizations (
    id ${PK},
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    legal_name TEXT,
    address TEXT,
    country TEXT NOT NULL CHECK (length(country) = 2),
    jurisdiction TEXT NOT NULL CHECK (jurisdiction IN ${IN:Jurisdiction}),
    registration_number TEXT,
    website TEXT,
    policy_language TEXT,
    dpo_name TEXT,
    dpo_email TEXT,
    dpo_phone TEXT,
    dpo_address TEXT,
    representative_name TEXT,
    representative_contact TEXT,
    acts_as_processor ${BOOL} NOT NULL DEFAULT ${FALSE},
    notes TEXT,
    created_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    updated_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE retention_rules (
    id ${PK},
    organization_id ${ID} NOT NULL REFERENCES organizations(id),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    duration INTEGER NOT NULL CHECK (duration >= 0),
    unit TEXT NOT NULL CHECK (unit IN ${IN:RetentionUnit}),
    trigger_event TEXT NOT NULL CHECK (trigger_event IN ${IN:RetentionTrigger}),
    custom_trigger TEXT,
    outcome TEXT NOT NULL CHECK (outcome IN ${IN:RetentionOutcome}),
    justification TEXT,
    legal_reference TEXT,
    created_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    updated_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (organization_id, name),
    CHECK (trigger_event <> 'custom' OR length(trim(coalesce(custom_trigger, ''))) > 0)
);

CREATE TABLE processors (
    id ${PK},
    organization_id ${ID} NOT NULL REFERENCES organizations(id),
    parent_processor_id ${ID} REFERENCES processors(id),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role TEXT NOT NULL CHECK (role IN ${IN:ProcessorRole}),
    service TEXT,
    country TEXT CHECK (country IS NULL OR length(country) = 2),
    contact_email TEXT,
    website TEXT,
    contract_signed_on ${DATE},
    dpa_signed_on ${DATE},
    dpa_expires_on ${DATE},
    privacy_policy_url TEXT,
    privacy_policy_checked_on ${DATE},
    data_shared TEXT,
    transfer_safeguard TEXT CHECK (transfer_safeguard IS NULL OR transfer_safeguard IN ${IN:TransferSafeguard}),
    notes TEXT,
    active ${BOOL} NOT NULL DEFAULT ${TRUE},
    created_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    updated_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (organization_id, name),
    CHECK (role <> 'sub_processor' OR parent_processor_id IS NOT NULL)
);

CREATE TABLE subject_categories (
    id ${PK},
    organization_id ${ID} NOT NULL REFERENCES organizations(id),
    kind TEXT NOT NULL CHECK (kind IN ${IN:SubjectKind}),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT,
    UNIQUE (organization_id, name)
);

CREATE TABLE data_categories (
    id ${PK},
    organization_id ${ID} NOT NULL REFERENCES organizations(id),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT,
    special_category ${BOOL} NOT NULL DEFAULT ${FALSE},
    retention_rule_id ${ID} REFERENCES retention_rules(id),
    UNIQUE (organization_id, name)
);

CREATE TABLE processing_activities (
    id ${PK},
    organization_id ${ID} NOT NULL REFERENCES organizations(id),
    reference TEXT,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT,
    controller_role TEXT NOT NULL DEFAULT 'controller' CHECK (controller_role IN ${IN:ControllerRole}),
    joint_controllers TEXT,
    client_name TEXT,
    retention_rule_id ${ID} REFERENCES retention_rules(id),
    retention_note TEXT,
    security_measures TEXT,
    data_source TEXT,
    dpia_required ${BOOL} NOT NULL DEFAULT ${FALSE},
    dpia_done_on ${DATE},
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ${IN:ActivityStatus}),
    approved_on ${DATE},
    created_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    updated_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (organization_id, reference)
);

CREATE TABLE activity_purposes (
    id ${PK},
    activity_id ${ID} NOT NULL REFERENCES processing_activities(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    legal_basis TEXT NOT NULL CHECK (legal_basis IN ${IN:LegalBasis}),
    legitimate_interest TEXT,
    special_condition TEXT CHECK (special_condition IS NULL OR special_condition IN ${IN:SpecialCondition})
);

CREATE TABLE activity_subject_categories (
    id ${PK},
    activity_id ${ID} NOT NULL REFERENCES processing_activities(id) ON DELETE CASCADE,
    subject_category_id ${ID} NOT NULL REFERENCES subject_categories(id),
    UNIQUE (activity_id, subject_category_id)
);

CREATE TABLE activity_data_categories (
    id ${PK},
    activity_id ${ID} NOT NULL REFERENCES processing_activities(id) ON DELETE CASCADE,
    data_category_id ${ID} NOT NULL REFERENCES data_categories(id),
    UNIQUE (activity_id, data_category_id)
);

CREATE TABLE activity_recipients (
    id ${PK},
    activity_id ${ID} NOT NULL REFERENCES processing_activities(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL CHECK (kind IN ${IN:RecipientKind}),
    processor_id ${ID} REFERENCES processors(id)
);

CREATE TABLE activity_transfers (
    id ${PK},
    activity_id ${ID} NOT NULL REFERENCES processing_activities(id) ON DELETE CASCADE,
    country TEXT NOT NULL CHECK (length(country) = 2),
    recipient TEXT,
    processor_id ${ID} REFERENCES processors(id),
    safeguard TEXT NOT NULL CHECK (safeguard IN ${IN:TransferSafeguard}),
    safeguard_reference TEXT
);

CREATE TABLE activity_processors (
    id ${PK},
    activity_id ${ID} NOT NULL REFERENCES processing_activities(id) ON DELETE CASCADE,
    processor_id ${ID} NOT NULL REFERENCES processors(id),
    UNIQUE (activity_id, processor_id)
);

CREATE TABLE jurisdiction_rules (
    id ${PK},
    jurisdiction TEXT NOT NULL UNIQUE CHECK (jurisdiction IN ${IN:Jurisdiction}),
    law TEXT NOT NULL,
    authority TEXT NOT NULL,
    authority_url TEXT,
    response_period INTEGER NOT NULL CHECK (response_period > 0),
    response_unit TEXT NOT NULL CHECK (response_unit IN ('day', 'month')),
    response_citation TEXT NOT NULL,
    extension_period INTEGER NOT NULL DEFAULT 0 CHECK (extension_period >= 0),
    extension_unit TEXT NOT NULL DEFAULT 'month' CHECK (extension_unit IN ('day', 'month')),
    extension_citation TEXT,
    shift_to_working_day ${BOOL} NOT NULL DEFAULT ${TRUE},
    breach_notification_hours INTEGER,
    breach_citation TEXT,
    editable ${BOOL} NOT NULL DEFAULT ${FALSE},
    notes TEXT,
    updated_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE public_holidays (
    id ${PK},
    jurisdiction TEXT NOT NULL CHECK (jurisdiction IN ${IN:Jurisdiction}),
    holiday_date ${DATE} NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (jurisdiction, holiday_date)
);
)SQL";

// 2. The people: data subjects, their consents and requests, breaches and documents.
const char kPeople[] = R"SQL(
CREATE TABLE privacy_policies (
    id ${PK},
    organization_id ${ID} NOT NULL REFERENCES organizations(id),
    version_label TEXT NOT NULL,
    effective_on ${DATE} NOT NULL,
    language TEXT,
    url TEXT,
    body TEXT,
    changes_contact_use ${BOOL} NOT NULL DEFAULT ${FALSE},
    created_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    UNIQUE (organization_id, version_label)
);

CREATE TABLE data_subjects (
    id ${PK},
    organization_id ${ID} NOT NULL REFERENCES organizations(id),
    category_id ${ID} REFERENCES subject_categories(id),
    external_ref TEXT,
    first_name TEXT,
    last_name TEXT,
    email TEXT,
    phone TEXT,
    address TEXT,
    country TEXT,
    language TEXT,
    birth_date ${DATE},
    collected_on ${DATE},
    relationship_start ${DATE},
    relationship_end ${DATE},
    termination_notice_on ${DATE},
    last_contact_on ${DATE},
    notes TEXT,
    created_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    updated_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (length(coalesce(first_name, '') || coalesce(last_name, '') || coalesce(email, '') || coalesce(external_ref, '')) > 0),
    CHECK (relationship_end IS NULL OR relationship_start IS NULL OR relationship_end >= relationship_start)
);

CREATE TABLE consent_purposes (
    id ${PK},
    organization_id ${ID} NOT NULL REFERENCES organizations(id),
    activity_id ${ID} REFERENCES processing_activities(id) ON DELETE SET NULL,
    code TEXT NOT NULL CHECK (length(trim(code)) > 0),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description TEXT,
    expiry_months INTEGER CHECK (expiry_months IS NULL OR expiry_months > 0),
    active ${BOOL} NOT NULL DEFAULT ${TRUE},
    created_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (organization_id, code)
);

CREATE TABLE rights_requests (
    id ${PK},
    organization_id ${ID} NOT NULL REFERENCES organizations(id),
    subject_id ${ID} REFERENCES data_subjects(id) ON DELETE SET NULL,
    reference TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'received' CHECK (status IN ${IN:RequestStatus}),
    channel TEXT NOT NULL CHECK (channel IN ${IN:RequestChannel}),
    jurisdiction TEXT NOT NULL CHECK (jurisdiction IN ${IN:Jurisdiction}),
    language TEXT,
    requester_name TEXT,
    requester_email TEXT,
    requester_address TEXT,
    requester_is_subject ${BOOL} NOT NULL DEFAULT ${TRUE},
    letter_date ${DATE},
    received_on ${DATE} NOT NULL,
    due_on ${DATE},
    extended_due_on ${DATE},
    extension_reason TEXT,
    extension_notified_on ${DATE},
    identity_requested_on ${DATE},
    identity_received_on ${DATE},
    assignee_id ${ID} REFERENCES users(id) ON DELETE SET NULL,
    closed_on ${DATE},
    outcome TEXT,
    refusal_reason TEXT,
    notes TEXT,
    created_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    updated_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (organization_id, reference),
    CHECK (due_on IS NULL OR due_on >= received_on),
    CHECK (closed_on IS NULL OR closed_on >= received_on),
    CHECK (identity_received_on IS NULL OR identity_requested_on IS NOT NULL),
    CHECK (status <> 'refused' OR length(trim(coalesce(refusal_reason, ''))) > 0),
    CHECK (status <> 'extended' OR (extended_due_on IS NOT NULL AND length(trim(coalesce(extension_reason, ''))) > 0))
);

CREATE TABLE request_types (
    id ${PK},
    request_id ${ID} NOT NULL REFERENCES rights_requests(id) ON DELETE CASCADE,
    type TEXT NOT NULL CHECK (type IN ${IN:RequestType}),
    UNIQUE (request_id, type)
);

CREATE TABLE request_activities (
    id ${PK},
    request_id ${ID} NOT NULL REFERENCES rights_requests(id) ON DELETE CASCADE,
    activity_id ${ID} NOT NULL REFERENCES processing_activities(id),
    UNIQUE (request_id, activity_id)
);

CREATE TABLE request_events (
    id ${PK},
    request_id ${ID} NOT NULL REFERENCES rights_requests(id) ON DELETE CASCADE,
    occurred_at ${TIMESTAMP} NOT NULL,
    step TEXT NOT NULL,
    note TEXT,
    actor TEXT
);

CREATE TABLE identity_checks (
    id ${PK},
    request_id ${ID} NOT NULL REFERENCES rights_requests(id) ON DELETE CASCADE,
    checked_on ${DATE} NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('match', 'mismatch', 'inconclusive')),
    document_type TEXT,
    document_number_suffix TEXT CHECK (document_number_suffix IS NULL OR length(document_number_suffix) <= 4),
    verifier TEXT NOT NULL
);

CREATE TABLE breaches (
    id ${PK},
    organization_id ${ID} NOT NULL REFERENCES organizations(id),
    reference TEXT NOT NULL,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT,
    occurred_at ${TIMESTAMP},
    aware_at ${TIMESTAMP} NOT NULL,
    notification_due_at ${TIMESTAMP},
    authority_notified_at ${TIMESTAMP},
    subjects_notified_at ${TIMESTAMP},
    risk TEXT NOT NULL CHECK (risk IN ${IN:BreachRisk}),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ${IN:BreachStatus}),
    data_categories TEXT,
    subjects_affected INTEGER CHECK (subjects_affected IS NULL OR subjects_affected >= 0),
    records_affected INTEGER CHECK (records_affected IS NULL OR records_affected >= 0),
    consequences TEXT,
    measures TEXT,
    authority_reference TEXT,
    created_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    updated_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (organization_id, reference)
);

CREATE TABLE attachments (
    id ${PK},
    organization_id ${ID} NOT NULL REFERENCES organizations(id),
    request_id ${ID} REFERENCES rights_requests(id) ON DELETE CASCADE,
    subject_id ${ID} REFERENCES data_subjects(id) ON DELETE CASCADE,
    breach_id ${ID} REFERENCES breaches(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ${IN:AttachmentKind}),
    file_name TEXT NOT NULL,
    media_type TEXT,
    size_bytes ${ID} NOT NULL CHECK (size_bytes >= 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    content ${BLOB},
    encrypted_path TEXT,
    destroy_after ${DATE},
    destroyed_at ${TIMESTAMP},
    created_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    created_by TEXT,
    CHECK (kind <> 'id_copy' OR content IS NULL),
    CHECK (destroyed_at IS NOT NULL OR content IS NOT NULL OR encrypted_path IS NOT NULL)
);

CREATE TABLE consent_events (
    id ${PK},
    subject_id ${ID} NOT NULL REFERENCES data_subjects(id) ON DELETE CASCADE,
    purpose_id ${ID} NOT NULL REFERENCES consent_purposes(id),
    event TEXT NOT NULL CHECK (event IN ${IN:ConsentEventKind}),
    occurred_at ${TIMESTAMP} NOT NULL,
    method TEXT NOT NULL CHECK (method IN ${IN:ConsentMethod}),
    source TEXT,
    policy_id ${ID} REFERENCES privacy_policies(id),
    proof_attachment_id ${ID} REFERENCES attachments(id) ON DELETE SET NULL,
    request_id ${ID} REFERENCES rights_requests(id) ON DELETE SET NULL,
    note TEXT,
    recorded_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW}
);

CREATE TABLE legal_holds (
    id ${PK},
    subject_id ${ID} NOT NULL REFERENCES data_subjects(id) ON DELETE CASCADE,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    placed_on ${DATE} NOT NULL,
    lifted_on ${DATE},
    placed_by TEXT,
    CHECK (lifted_on IS NULL OR lifted_on >= placed_on)
);

CREATE TABLE tombstones (
    id ${PK},
    organization_id ${ID} NOT NULL REFERENCES organizations(id),
    former_subject_id ${ID} NOT NULL,
    subject_digest TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('request', 'retention', 'other')),
    method TEXT NOT NULL CHECK (method IN ('delete', 'anonymise')),
    request_id ${ID} REFERENCES rights_requests(id) ON DELETE SET NULL,
    retention_rule_id ${ID} REFERENCES retention_rules(id) ON DELETE SET NULL,
    rows_affected INTEGER NOT NULL DEFAULT 0,
    performed_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    performed_by TEXT
);
)SQL";

// 3. The audit trail, the append-only guarantees, and the indexes that keep
// large registers fast.
const char kAuditAndIndexes[] = R"SQL(
CREATE TABLE audit_log (
    id ${PK},
    occurred_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    table_name TEXT,
    row_id ${ID},
    before_data ${JSON},
    after_data ${JSON},
    detail TEXT,
    previous_hash TEXT,
    entry_hash TEXT
);

CREATE INDEX audit_log_row ON audit_log (table_name, row_id);
CREATE INDEX audit_log_time ON audit_log (occurred_at);
CREATE INDEX retention_rules_org ON retention_rules (organization_id);
CREATE INDEX processors_org ON processors (organization_id);
CREATE INDEX processors_parent ON processors (parent_processor_id);
CREATE INDEX subject_categories_org ON subject_categories (organization_id);
CREATE INDEX data_categories_org ON data_categories (organization_id);
CREATE INDEX activities_org ON processing_activities (organization_id, name);
CREATE INDEX activity_purposes_activity ON activity_purposes (activity_id);
CREATE INDEX activity_recipients_activity ON activity_recipients (activity_id);
CREATE INDEX activity_transfers_activity ON activity_transfers (activity_id);
CREATE INDEX activity_subjects_category ON activity_subject_categories (subject_category_id);
CREATE INDEX activity_data_category ON activity_data_categories (data_category_id);
CREATE INDEX activity_processors_processor ON activity_processors (processor_id);
CREATE INDEX subjects_org_name ON data_subjects (organization_id, last_name, first_name);
CREATE INDEX subjects_email ON data_subjects (email);
CREATE INDEX subjects_category ON data_subjects (category_id);
CREATE INDEX subjects_relationship_end ON data_subjects (relationship_end);
CREATE INDEX subjects_last_contact ON data_subjects (last_contact_on);
CREATE INDEX consent_purposes_org ON consent_purposes (organization_id);
CREATE INDEX consent_events_subject ON consent_events (subject_id, purpose_id, occurred_at);
CREATE INDEX consent_events_purpose ON consent_events (purpose_id, occurred_at);
CREATE INDEX consent_events_request ON consent_events (request_id);
CREATE INDEX requests_org_status ON rights_requests (organization_id, status, due_on);
CREATE INDEX requests_subject ON rights_requests (subject_id);
CREATE INDEX requests_due ON rights_requests (due_on);
CREATE INDEX request_types_type ON request_types (type);
CREATE INDEX request_activities_activity ON request_activities (activity_id);
CREATE INDEX request_events_request ON request_events (request_id, occurred_at);
CREATE INDEX identity_checks_request ON identity_checks (request_id);
CREATE INDEX breaches_org ON breaches (organization_id, aware_at);
CREATE INDEX attachments_request ON attachments (request_id);
CREATE INDEX attachments_subject ON attachments (subject_id);
CREATE INDEX attachments_breach ON attachments (breach_id);
CREATE INDEX legal_holds_subject ON legal_holds (subject_id);
CREATE INDEX tombstones_org ON tombstones (organization_id, performed_at);
)SQL";

const char kAppendOnlySqlite[] = R"SQL(
CREATE TRIGGER consent_events_append_only BEFORE UPDATE ON consent_events BEGIN SELECT RAISE(ABORT, 'consent events are append-only: record a new event instead'); END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
)SQL";

const char kAppendOnlyPostgresql[] = R"SQL(
CREATE FUNCTION pc_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0];
END
$$;
CREATE TRIGGER consent_events_append_only BEFORE UPDATE ON consent_events
    FOR EACH ROW EXECUTE FUNCTION pc_refuse_change('consent events are append-only: record a new event instead');
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION pc_refuse_change('the audit trail cannot be changed');

CREATE FUNCTION pc_audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    before_row jsonb;
    after_row jsonb;
    row_key bigint;
BEGIN
    IF current_setting('privacy_console.row_audit', true) = 'off' THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        before_row := to_jsonb(OLD) - 'content';
        row_key := OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        after_row := to_jsonb(NEW) - 'content';
        row_key := NEW.id;
    END IF;
    INSERT INTO audit_log (occurred_at, actor, action, table_name, row_id, before_data, after_data)
    VALUES (clock_timestamp(), session_user, lower(TG_OP), TG_TABLE_NAME, row_key, before_row, after_row);
    RETURN NULL;
END
$$;
)SQL";

// On PostgreSQL the trail is kept by the server itself, whoever connects:
// a trigger on each table writes its rows' changes.
Status serverAuditTriggers(Database &db, const QStringList &tables)
{
    for (const QString &table : tables) {
        if (Status s = db.execute(QStringLiteral("CREATE TRIGGER %1_audit AFTER INSERT OR UPDATE OR DELETE ON %1 "
                                                 "FOR EACH ROW EXECUTE FUNCTION pc_audit_row();")
                                      .arg(table));
            !s) {
            return s;
        }
    }
    return success();
}

Status auditAndIndexes(Database &db)
{
    if (Status s = runScript(db, kAuditAndIndexes); !s)
        return s;
    if (!db.isPostgresql())
        return runScript(db, kAppendOnlySqlite);
    if (Status s = runScript(db, kAppendOnlyPostgresql); !s)
        return s;
    // On PostgreSQL the trail is kept by the server itself, whoever connects.
    QStringList tables = auditedTables();
    for (const QString &later : dpiaTables() + breachNoticeTables())
        tables.removeAll(later);   // made later, with their triggers (14, 15)
    return serverAuditTriggers(db, tables);
}

// 4. Indexes that let the largest registers open sorted without sorting
// millions of rows (people by name, the consent ledger and requests by date)
// and find people by the beginning of their names or e-mail as one types.
const char kSortIndexes[] = R"SQL(
CREATE INDEX subjects_last_name ON data_subjects (last_name);
CREATE INDEX subjects_search_last_name ON data_subjects (lower(last_name));
CREATE INDEX subjects_search_first_name ON data_subjects (lower(first_name));
CREATE INDEX subjects_search_email ON data_subjects (lower(email));
CREATE INDEX subjects_search_reference ON data_subjects (lower(external_ref));
CREATE INDEX consent_events_time ON consent_events (occurred_at);
CREATE INDEX requests_received ON rights_requests (received_on);
)SQL";

// 5. The other columns of the data-subjects register one sorts a million
// people by: first name and date of collection (the rest were indexed before).
const char kMoreSortIndexes[] = R"SQL(
CREATE INDEX subjects_first_name ON data_subjects (first_name);
CREATE INDEX subjects_collected ON data_subjects (collected_on);
)SQL";

// 6. The indexes that find people by the beginning of a word also hold the
// last name the register sorts by and the organization it is filtered by: a
// search matching tens of thousands of people picks its first page from the
// indexes alone instead of reading every matching row.
const char kCoveringSearchIndexes[] = R"SQL(
DROP INDEX subjects_search_last_name;
DROP INDEX subjects_search_first_name;
DROP INDEX subjects_search_email;
DROP INDEX subjects_search_reference;
CREATE INDEX subjects_search_last_name ON data_subjects (lower(last_name), last_name, organization_id);
CREATE INDEX subjects_search_first_name ON data_subjects (lower(first_name), last_name, organization_id);
CREATE INDEX subjects_search_email ON data_subjects (lower(email), last_name, organization_id);
CREATE INDEX subjects_search_reference ON data_subjects (lower(external_ref), last_name, organization_id);
)SQL";

// 7. Rights requests may wait for a clarification as they wait for an
// identity document, the clock stopped meanwhile. An erasure may blank the
// personal data the audit trail copied, nothing else of it, and only
// pointing to the tombstone that records the erasure.
const char kRequestClarification[] = R"SQL(
ALTER TABLE rights_requests ADD COLUMN clarification_requested_on ${DATE};
ALTER TABLE rights_requests ADD COLUMN clarification_received_on ${DATE};
ALTER TABLE rights_requests ADD COLUMN clarification TEXT;
)SQL";

const char kErasableAuditSqlite[] = R"SQL(
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (NEW.id = OLD.id AND NEW.occurred_at IS OLD.occurred_at AND NEW.actor IS OLD.actor
    AND NEW.action IS OLD.action AND NEW.table_name IS OLD.table_name AND NEW.row_id IS OLD.row_id
    AND NEW.detail IS OLD.detail AND NEW.previous_hash IS OLD.previous_hash AND NEW.entry_hash IS OLD.entry_hash
    AND ((OLD.before_data IS NULL AND NEW.before_data IS NULL) OR NEW.before_data IS OLD.before_data
         OR (json_valid(NEW.before_data) AND (SELECT count(*) FROM json_each(NEW.before_data)) = 1
             AND EXISTS (SELECT 1 FROM tombstones WHERE id = json_extract(NEW.before_data, '$.erased'))))
    AND ((OLD.after_data IS NULL AND NEW.after_data IS NULL) OR NEW.after_data IS OLD.after_data
         OR (json_valid(NEW.after_data) AND (SELECT count(*) FROM json_each(NEW.after_data)) = 1
             AND EXISTS (SELECT 1 FROM tombstones WHERE id = json_extract(NEW.after_data, '$.erased')))))
BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
)SQL";

const char kErasableAuditPostgresql[] = R"SQL(
CREATE FUNCTION pc_is_erasure_mark(old_data jsonb, new_data jsonb) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT new_data IS NOT DISTINCT FROM old_data
        OR (jsonb_typeof(new_data) = 'object'
            AND (SELECT count(*) FROM jsonb_object_keys(new_data)) = 1
            AND EXISTS (SELECT 1 FROM tombstones WHERE id = (new_data ->> 'erased')::bigint))
$$;
CREATE FUNCTION pc_guard_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.id = OLD.id
       AND NEW.occurred_at IS NOT DISTINCT FROM OLD.occurred_at AND NEW.actor IS NOT DISTINCT FROM OLD.actor
       AND NEW.action IS NOT DISTINCT FROM OLD.action AND NEW.table_name IS NOT DISTINCT FROM OLD.table_name
       AND NEW.row_id IS NOT DISTINCT FROM OLD.row_id AND NEW.detail IS NOT DISTINCT FROM OLD.detail
       AND NEW.previous_hash IS NOT DISTINCT FROM OLD.previous_hash
       AND NEW.entry_hash IS NOT DISTINCT FROM OLD.entry_hash
       AND pc_is_erasure_mark(OLD.before_data, NEW.before_data)
       AND pc_is_erasure_mark(OLD.after_data, NEW.after_data) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit trail cannot be changed';
END
$$;
DROP TRIGGER audit_log_no_change ON audit_log;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION pc_guard_audit();
)SQL";

Status clarificationsHolidaysAndErasure(Database &db)
{
    if (Status s = runScript(db, kRequestClarification); !s)
        return s;
    if (Status s = runScript(db, db.isPostgresql() ? kErasableAuditPostgresql : kErasableAuditSqlite); !s)
        return s;
    // The holiday lists of the calendars that are not computed, where the
    // officer has not listed that day already.
    for (const QString &jurisdiction : {QStringLiteral("TN"), QStringLiteral("VN")}) {
        for (const deadlines::Holiday &holiday : deadlines::shippedHolidayList(jurisdiction)) {
            QSqlQuery insert = db.prepare(QStringLiteral(
                "INSERT INTO public_holidays (jurisdiction, holiday_date, name) SELECT ?, ?, ? "
                "WHERE NOT EXISTS (SELECT 1 FROM public_holidays WHERE jurisdiction = ? AND holiday_date = ?)"));
            insert.addBindValue(jurisdiction);
            insert.addBindValue(dateOrNull(holiday.date));
            insert.addBindValue(holiday.name);
            insert.addBindValue(jurisdiction);
            insert.addBindValue(dateOrNull(holiday.date));
            if (!insert.exec())
                return Database::sqlError(insert);
        }
    }
    // Open requests take the due dates the law gives them, in place of the
    // approximate ones stored before the deadline engine.
    if (const Result<int> moved = deadlines::recomputeOpenRequests(db, QDate::currentDate()); !moved)
        return moved.error();
    return success();
}

// 8. Each person's current consent per purpose, kept by the database as
// events are added: the latest event by the time it happened (then by the
// order it was recorded), whatever order the events arrive in. The ledger
// stays the only thing written; this is its derivation, which a million
// people's rates read in an instant instead of scanning every event. An
// event's note, free text that may name the person, may be blanked when the
// person is anonymised; nothing else of an event ever changes. Purge runs,
// and the tombstones each leaves per person.
const char kConsentStatesAndPurges[] = R"SQL(
CREATE TABLE consent_states (
    subject_id ${ID} NOT NULL REFERENCES data_subjects(id) ON DELETE CASCADE,
    purpose_id ${ID} NOT NULL REFERENCES consent_purposes(id),
    event TEXT NOT NULL,
    occurred_at ${TIMESTAMP} NOT NULL,
    event_id ${ID} NOT NULL,
    PRIMARY KEY (subject_id, purpose_id)
);
CREATE INDEX consent_states_purpose ON consent_states (purpose_id, event, occurred_at);

CREATE TABLE purge_runs (
    id ${PK},
    organization_id ${ID} REFERENCES organizations(id),
    due_until ${DATE} NOT NULL,
    subjects INTEGER NOT NULL DEFAULT 0,
    held INTEGER NOT NULL DEFAULT 0,
    rows_affected INTEGER NOT NULL DEFAULT 0,
    performed_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    performed_by TEXT
);
ALTER TABLE tombstones ADD COLUMN purge_run_id ${ID} REFERENCES purge_runs(id);
CREATE INDEX tombstones_purge_run ON tombstones (purge_run_id);
CREATE INDEX tombstones_former_subject ON tombstones (former_subject_id);
CREATE INDEX requests_requester_email ON rights_requests (lower(requester_email));
DROP INDEX subjects_category;
CREATE INDEX subjects_category_collected ON data_subjects (category_id, collected_on);
CREATE INDEX subjects_category_relationship_end ON data_subjects (category_id, relationship_end);
CREATE INDEX subjects_category_termination_notice ON data_subjects (category_id, termination_notice_on);
CREATE INDEX subjects_category_last_contact ON data_subjects (category_id, last_contact_on);
)SQL";

const char kConsentStateTriggerSqlite[] = R"SQL(
-- The statement splitter ends a statement at a line ending with ';': the
-- trigger's own statement ends on the line of its END.
CREATE TRIGGER consent_events_state AFTER INSERT ON consent_events BEGIN
    INSERT INTO consent_states (subject_id, purpose_id, event, occurred_at, event_id)
    VALUES (NEW.subject_id, NEW.purpose_id, NEW.event, NEW.occurred_at, NEW.id)
    ON CONFLICT (subject_id, purpose_id) DO UPDATE SET
        event = excluded.event, occurred_at = excluded.occurred_at, event_id = excluded.event_id
    WHERE excluded.occurred_at > consent_states.occurred_at
       OR (excluded.occurred_at = consent_states.occurred_at AND excluded.event_id > consent_states.event_id); END;
)SQL";

const char kConsentStateRebuildSqlite[] = R"SQL(
DELETE FROM consent_states;
INSERT INTO consent_states (subject_id, purpose_id, event, occurred_at, event_id)
SELECT subject_id, purpose_id, event, occurred_at, id FROM (
    SELECT subject_id, purpose_id, event, occurred_at, id, max(occurred_at || '#' || printf('%012d', id))
    FROM consent_events GROUP BY subject_id, purpose_id);
)SQL";

const char kConsentEventGuardSqlite[] = R"SQL(
DROP TRIGGER consent_events_append_only;
CREATE TRIGGER consent_events_append_only BEFORE UPDATE ON consent_events
WHEN NOT (NEW.id = OLD.id AND NEW.subject_id IS OLD.subject_id AND NEW.purpose_id IS OLD.purpose_id
    AND NEW.event IS OLD.event AND NEW.occurred_at IS OLD.occurred_at AND NEW.method IS OLD.method
    AND NEW.source IS OLD.source AND NEW.policy_id IS OLD.policy_id
    AND NEW.proof_attachment_id IS OLD.proof_attachment_id AND NEW.request_id IS OLD.request_id
    AND NEW.recorded_at IS OLD.recorded_at AND NEW.note IS NULL)
BEGIN SELECT RAISE(ABORT, 'consent events are append-only: record a new event instead'); END;
)SQL";

const char kConsentStatePostgresql[] = R"SQL(
CREATE FUNCTION pc_consent_state() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO consent_states AS s (subject_id, purpose_id, event, occurred_at, event_id)
    VALUES (NEW.subject_id, NEW.purpose_id, NEW.event, NEW.occurred_at, NEW.id)
    ON CONFLICT (subject_id, purpose_id) DO UPDATE SET
        event = excluded.event, occurred_at = excluded.occurred_at, event_id = excluded.event_id
    WHERE (excluded.occurred_at, excluded.event_id) > (s.occurred_at, s.event_id);
    RETURN NULL;
END
$$;
CREATE TRIGGER consent_events_state AFTER INSERT ON consent_events
    FOR EACH ROW EXECUTE FUNCTION pc_consent_state();
CREATE FUNCTION pc_guard_consent_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id = OLD.id AND NEW.subject_id IS NOT DISTINCT FROM OLD.subject_id
       AND NEW.purpose_id IS NOT DISTINCT FROM OLD.purpose_id AND NEW.event IS NOT DISTINCT FROM OLD.event
       AND NEW.occurred_at IS NOT DISTINCT FROM OLD.occurred_at AND NEW.method IS NOT DISTINCT FROM OLD.method
       AND NEW.source IS NOT DISTINCT FROM OLD.source AND NEW.policy_id IS NOT DISTINCT FROM OLD.policy_id
       AND NEW.proof_attachment_id IS NOT DISTINCT FROM OLD.proof_attachment_id
       AND NEW.request_id IS NOT DISTINCT FROM OLD.request_id
       AND NEW.recorded_at IS NOT DISTINCT FROM OLD.recorded_at AND NEW.note IS NULL THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'consent events are append-only: record a new event instead';
END
$$;
DROP TRIGGER consent_events_append_only ON consent_events;
CREATE TRIGGER consent_events_append_only BEFORE UPDATE ON consent_events
    FOR EACH ROW EXECUTE FUNCTION pc_guard_consent_event();
INSERT INTO consent_states (subject_id, purpose_id, event, occurred_at, event_id)
SELECT DISTINCT ON (subject_id, purpose_id) subject_id, purpose_id, event, occurred_at, id
FROM consent_events ORDER BY subject_id, purpose_id, occurred_at DESC, id DESC;
)SQL";

Status consentStatesAndPurges(Database &db)
{
    if (Status s = runScript(db, kConsentStatesAndPurges); !s)
        return s;
    if (db.isPostgresql())
        return runScript(db, kConsentStatePostgresql);
    for (const char *script : {kConsentStateTriggerSqlite, kConsentEventGuardSqlite, kConsentStateRebuildSqlite}) {
        if (Status s = runScript(db, script); !s)
            return s;
    }
    return success();
}

// 9. Few consent events come from a rights request: the index that finds
// them holds only those, rather than an entry for each of millions of events
// that every load and every purge has to write.
const char kPartialRequestIndex[] = R"SQL(
DROP INDEX consent_events_request;
CREATE INDEX consent_events_request ON consent_events (request_id) WHERE request_id IS NOT NULL;
)SQL";

// 10. The audit trail made tamper-evident: each entry carries the hash of
// the entry before it and its own, computed by the database as the entry is
// written (a digest stands for its row data, which an erasure may blank), so
// that an entry changed, removed or slipped in afterwards breaks the chain.
// On PostgreSQL the entries of concurrent sessions are chained one at a
// time, and numbered in that order. Entries written before are chained now.
const char kAuditGuardSqlite[] = R"SQL(
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (NEW.id = OLD.id AND NEW.occurred_at IS OLD.occurred_at AND NEW.actor IS OLD.actor
    AND NEW.action IS OLD.action AND NEW.table_name IS OLD.table_name AND NEW.row_id IS OLD.row_id
    AND NEW.detail IS OLD.detail
    AND (OLD.entry_hash IS NULL OR (NEW.previous_hash IS OLD.previous_hash AND NEW.entry_hash IS OLD.entry_hash
                                    AND NEW.data_digest IS OLD.data_digest))
    AND ((OLD.before_data IS NULL AND NEW.before_data IS NULL) OR NEW.before_data IS OLD.before_data
         OR (json_valid(NEW.before_data) AND (SELECT count(*) FROM json_each(NEW.before_data)) = 1
             AND EXISTS (SELECT 1 FROM tombstones WHERE id = json_extract(NEW.before_data, '$.erased'))))
    AND ((OLD.after_data IS NULL AND NEW.after_data IS NULL) OR NEW.after_data IS OLD.after_data
         OR (json_valid(NEW.after_data) AND (SELECT count(*) FROM json_each(NEW.after_data)) = 1
             AND EXISTS (SELECT 1 FROM tombstones WHERE id = json_extract(NEW.after_data, '$.erased')))))
BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
)SQL";

const char kAuditGuardPostgresql[] = R"SQL(
CREATE OR REPLACE FUNCTION pc_guard_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.id = OLD.id
       AND NEW.occurred_at IS NOT DISTINCT FROM OLD.occurred_at AND NEW.actor IS NOT DISTINCT FROM OLD.actor
       AND NEW.action IS NOT DISTINCT FROM OLD.action AND NEW.table_name IS NOT DISTINCT FROM OLD.table_name
       AND NEW.row_id IS NOT DISTINCT FROM OLD.row_id AND NEW.detail IS NOT DISTINCT FROM OLD.detail
       AND NEW.previous_hash IS NOT DISTINCT FROM OLD.previous_hash
       AND NEW.entry_hash IS NOT DISTINCT FROM OLD.entry_hash
       AND NEW.data_digest IS NOT DISTINCT FROM OLD.data_digest
       AND pc_is_erasure_mark(OLD.before_data, NEW.before_data)
       AND pc_is_erasure_mark(OLD.after_data, NEW.after_data) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the audit trail cannot be changed';
END
$$;
)SQL";

const char kAuditSuspensionPostgresql[] = R"SQL(
CREATE FUNCTION pc_may_suspend_audit() RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT true $$;
CREATE OR REPLACE FUNCTION pc_audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    before_row jsonb;
    after_row jsonb;
    row_key bigint;
BEGIN
    IF current_setting('privacy_console.row_audit', true) = 'off' AND pc_may_suspend_audit() THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        before_row := to_jsonb(OLD) - 'content';
        row_key := OLD.id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        after_row := to_jsonb(NEW) - 'content';
        row_key := NEW.id;
    END IF;
    INSERT INTO audit_log (occurred_at, actor, action, table_name, row_id, before_data, after_data)
    VALUES (clock_timestamp(), session_user, lower(TG_OP), TG_TABLE_NAME, row_key, before_row, after_row);
    RETURN NULL;
END
$$;
)SQL";

Status auditChain(Database &db)
{
    const bool pg = db.isPostgresql();
    if (Status s = db.execute(QStringLiteral("ALTER TABLE audit_log ADD COLUMN data_digest TEXT;")); !s)
        return s;
    if (pg) {
        if (Status s = runScript(db, kAuditGuardPostgresql); !s)
            return s;
        // The entries written before, chained in their order.
        const QString seal = QStringLiteral(
            "DO $$\nDECLARE entry record; previous text := NULL;\nBEGIN\n"
            "FOR entry IN SELECT id FROM audit_log ORDER BY id LOOP\n"
            "UPDATE audit_log a SET data_digest = %1, previous_hash = previous, entry_hash = %2 "
            "WHERE a.id = entry.id RETURNING a.entry_hash INTO previous;\n"
            "END LOOP;\nEND\n$$;")
                                 .arg(AuditTrail::digestSql(db.sql(), QStringLiteral("a")),
                                      AuditTrail::hashSql(db.sql(), QStringLiteral("a"), QStringLiteral("previous"),
                                                          AuditTrail::digestSql(db.sql(), QStringLiteral("a"))));
        for (const QString &statement : {QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change;"), seal,
                                         QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change;")}) {
            if (Status s = db.execute(statement); !s)
                return s;
        }
        // Each new entry: one session at a time (the lock is held until its
        // transaction ends), numbered after the last, chained to it.
        const QString chain = QStringLiteral(
            "CREATE FUNCTION pc_audit_chain() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n"
            "PERFORM pg_advisory_xact_lock(7260830);\n"
            "NEW.id := nextval(pg_get_serial_sequence('audit_log', 'id'));\n"
            // Whoever the server signed in, whatever the client claims.
            "NEW.actor := session_user;\n"
            "NEW.data_digest := %1;\n"
            "NEW.previous_hash := (SELECT entry_hash FROM audit_log ORDER BY id DESC LIMIT 1);\n"
            "NEW.entry_hash := %2;\n"
            // The other officers' windows hear of it when the change is committed.
            "PERFORM pg_notify('privacy_console', coalesce(NEW.table_name, '') || ':' || coalesce(NEW.row_id::text, ''));\n"
            "RETURN NEW;\nEND\n$$;")
                                  .arg(AuditTrail::digestSql(db.sql(), QStringLiteral("NEW")),
                                       AuditTrail::hashSql(db.sql(), QStringLiteral("NEW"), QStringLiteral("NEW.previous_hash"),
                                                           QStringLiteral("NEW.data_digest")));
        if (Status s = db.execute(chain); !s)
            return s;
        if (Status s = db.execute(QStringLiteral("CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log "
                                                 "FOR EACH ROW EXECUTE FUNCTION pc_audit_chain();"));
            !s) {
            return s;
        }
        // The row-by-row trail is set aside only for those the server lets do
        // it (an administrator's purge, a demo load), not by any client that
        // sets the flag; until roles are set up, whoever connects may.
        return runScript(db, kAuditSuspensionPostgresql);
    }
    // SQLite: its writers take turns already. The guard lets an entry be
    // sealed once, by the trigger that chains it as it is written.
    if (Status s = runScript(db, kAuditGuardSqlite); !s)
        return s;
    const QString previous = QStringLiteral("(SELECT p.entry_hash FROM audit_log p WHERE p.id < %1.id ORDER BY p.id DESC LIMIT 1)");
    QSqlQuery ids = db.prepare(QStringLiteral("SELECT id FROM audit_log ORDER BY id"));
    if (!ids.exec())
        return Database::sqlError(ids);
    QList<RowId> entries;
    const SqlRow row(ids);
    while (ids.next())
        entries << row.id("id");
    ids.finish();
    const QString sealOne = QStringLiteral("UPDATE audit_log SET data_digest = %1, previous_hash = %2, entry_hash = %3 WHERE id = ?")
                                .arg(AuditTrail::digestSql(db.sql(), QStringLiteral("audit_log")),
                                     previous.arg(QStringLiteral("audit_log")),
                                     AuditTrail::hashSql(db.sql(), QStringLiteral("audit_log"), previous.arg(QStringLiteral("audit_log")),
                                                         AuditTrail::digestSql(db.sql(), QStringLiteral("audit_log"))));
    for (RowId id : std::as_const(entries)) {
        QSqlQuery one = db.prepare(sealOne);
        one.addBindValue(id);
        if (!one.exec())
            return Database::sqlError(one);
    }
    return db.execute(QStringLiteral("CREATE TRIGGER audit_log_chain AFTER INSERT ON audit_log BEGIN "
                                     "UPDATE audit_log SET data_digest = %1, previous_hash = %2, entry_hash = %3 "
                                     "WHERE id = NEW.id; END;")
                          .arg(AuditTrail::digestSql(db.sql(), QStringLiteral("NEW")), previous.arg(QStringLiteral("NEW")),
                               AuditTrail::hashSql(db.sql(), QStringLiteral("NEW"), previous.arg(QStringLiteral("NEW")),
                                                   AuditTrail::digestSql(db.sql(), QStringLiteral("NEW")))));
}

// 11. Copies of identity documents kept in the database, encrypted, with
// the keys that open them (see intake/IdVault.h): each officer's key pair,
// the register's vault key sealed to each officer given access, and each
// copy's ciphertext with its own key sealed to the vault. None of these
// tables is copied into the audit trail: the trail keeps what happened to
// a copy (its attachment row, the request's history), never key material.
const char kIdCopies[] = R"SQL(
CREATE TABLE officer_keys (
    username TEXT PRIMARY KEY CHECK (length(trim(username)) > 0),
    public_key ${BLOB} NOT NULL CHECK (length(public_key) = 32),
    created_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW}
);

CREATE TABLE officer_key_wraps (
    username TEXT PRIMARY KEY REFERENCES officer_keys(username) ON DELETE CASCADE,
    salt ${BLOB} NOT NULL,
    nonce ${BLOB} NOT NULL,
    wrapped ${BLOB} NOT NULL,
    ops_limit ${ID} NOT NULL,
    mem_limit ${ID} NOT NULL
);

CREATE TABLE id_vaults (
    generation INTEGER PRIMARY KEY,
    public_key ${BLOB} NOT NULL CHECK (length(public_key) = 32),
    rotation_due ${BOOL} NOT NULL DEFAULT ${FALSE},
    created_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    created_by TEXT
);

CREATE TABLE id_vault_grants (
    generation INTEGER NOT NULL REFERENCES id_vaults(generation) ON DELETE CASCADE,
    username TEXT NOT NULL,
    sealed_secret ${BLOB} NOT NULL,
    granted_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    granted_by TEXT,
    PRIMARY KEY (generation, username)
);

CREATE TABLE id_copy_contents (
    attachment_id ${ID} PRIMARY KEY REFERENCES attachments(id) ON DELETE CASCADE,
    generation INTEGER NOT NULL REFERENCES id_vaults(generation),
    nonce ${BLOB} NOT NULL,
    sealed_key ${BLOB} NOT NULL,
    ciphertext ${BLOB} NOT NULL
);
CREATE INDEX id_copy_contents_generation ON id_copy_contents (generation);
)SQL";

// A copy of an identity document keeps neither content nor file in its
// attachment row any more: its ciphertext is in id_copy_contents.
const char kAttachmentsRebuiltSqlite[] = R"SQL(
CREATE TABLE attachments_rebuilt (
    id ${PK},
    organization_id ${ID} NOT NULL REFERENCES organizations(id),
    request_id ${ID} REFERENCES rights_requests(id) ON DELETE CASCADE,
    subject_id ${ID} REFERENCES data_subjects(id) ON DELETE CASCADE,
    breach_id ${ID} REFERENCES breaches(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ${IN:AttachmentKind}),
    file_name TEXT NOT NULL,
    media_type TEXT,
    size_bytes ${ID} NOT NULL CHECK (size_bytes >= 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    content ${BLOB},
    encrypted_path TEXT,
    destroy_after ${DATE},
    destroyed_at ${TIMESTAMP},
    created_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    created_by TEXT,
    CHECK (kind <> 'id_copy' OR content IS NULL),
    CHECK (kind = 'id_copy' OR destroyed_at IS NOT NULL OR content IS NOT NULL OR encrypted_path IS NOT NULL)
);
INSERT INTO attachments_rebuilt SELECT id, organization_id, request_id, subject_id, breach_id, kind, file_name,
    media_type, size_bytes, sha256, content, encrypted_path, destroy_after, destroyed_at, created_at, created_by
    FROM attachments;
DROP TABLE attachments;
ALTER TABLE attachments_rebuilt RENAME TO attachments;
CREATE INDEX attachments_request ON attachments (request_id);
CREATE INDEX attachments_subject ON attachments (subject_id);
CREATE INDEX attachments_breach ON attachments (breach_id);
)SQL";

Status idCopiesInTheDatabase(Database &db)
{
    if (!db.isPostgresql()) {
        if (Status s = runScript(db, kAttachmentsRebuiltSqlite); !s)
            return s;
        return runScript(db, kIdCopies);
    }
    QSqlQuery check = db.prepare(QStringLiteral(
        "SELECT conname FROM pg_constraint WHERE conrelid = 'attachments'::regclass AND contype = 'c' "
        "AND pg_get_constraintdef(oid) LIKE '%encrypted_path IS NOT NULL%'"));
    if (!check.exec())
        return Database::sqlError(check);
    QStringList names;
    while (check.next())
        names << SqlRow(check).text("conname");
    check.finish();
    for (const QString &name : std::as_const(names)) {
        if (Status s = db.execute(QStringLiteral("ALTER TABLE attachments DROP CONSTRAINT \"%1\";").arg(name)); !s)
            return s;
    }
    if (Status s = db.execute(QStringLiteral(
            "ALTER TABLE attachments ADD CONSTRAINT attachments_kept CHECK (kind = 'id_copy' OR destroyed_at IS NOT NULL "
            "OR content IS NOT NULL OR encrypted_path IS NOT NULL);"));
        !s) {
        return s;
    }
    if (Status s = runScript(db, kIdCopies); !s)
        return s;
    // Closed to all but the tables' owner until the server is set up for
    // officers (server::setup() opens them to officers, never to viewers).
    return db.execute(QStringLiteral("ALTER TABLE officer_keys ENABLE ROW LEVEL SECURITY;\n"
                                     "ALTER TABLE officer_key_wraps ENABLE ROW LEVEL SECURITY;\n"
                                     "ALTER TABLE id_vaults ENABLE ROW LEVEL SECURITY;\n"
                                     "ALTER TABLE id_vault_grants ENABLE ROW LEVEL SECURITY;\n"
                                     "ALTER TABLE id_copy_contents ENABLE ROW LEVEL SECURITY;"));
}

} // namespace

// A purpose may wait for its legal basis: a register brought in from the
// CNIL's model, which has no column for it, leaves it for the officer to
// choose, and the activity says so until then.
const char kPurposesRebuiltSqlite[] = R"SQL(
CREATE TABLE activity_purposes_rebuilt (
    id ${PK},
    activity_id ${ID} NOT NULL REFERENCES processing_activities(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL CHECK (length(trim(description)) > 0),
    legal_basis TEXT CHECK (legal_basis IS NULL OR legal_basis IN ${IN:LegalBasis}),
    legitimate_interest TEXT,
    special_condition TEXT CHECK (special_condition IS NULL OR special_condition IN ${IN:SpecialCondition})
);
INSERT INTO activity_purposes_rebuilt SELECT id, activity_id, position, description, legal_basis, legitimate_interest,
    special_condition FROM activity_purposes;
DROP TABLE activity_purposes;
ALTER TABLE activity_purposes_rebuilt RENAME TO activity_purposes;
CREATE INDEX activity_purposes_activity ON activity_purposes (activity_id);
)SQL";

Status legalBasisToDetermine(Database &db)
{
    if (!db.isPostgresql())
        return runScript(db, kPurposesRebuiltSqlite);
    return db.execute(QStringLiteral("ALTER TABLE activity_purposes ALTER COLUMN legal_basis DROP NOT NULL;"));
}

// What an activity holds of each category of data and for how long, as a
// register states it per category (Art. 30(1)(c) and (f)), and the dates
// the officer gave the activity's record before it was brought in.
const char kDataCategoryUses[] = R"SQL(
ALTER TABLE activity_data_categories ADD COLUMN detail TEXT;
ALTER TABLE activity_data_categories ADD COLUMN retention TEXT;
ALTER TABLE activity_data_categories ADD COLUMN retention_rule_id ${ID} REFERENCES retention_rules(id);
ALTER TABLE processing_activities ADD COLUMN recorded_on ${DATE};
ALTER TABLE processing_activities ADD COLUMN revised_on ${DATE};
CREATE INDEX activity_data_retention ON activity_data_categories (retention_rule_id);
)SQL";

// Data protection impact assessments as the CNIL's PIA method holds them:
// the answers to its questions, the measures, the evaluation of each part,
// the comments, the opinions and the decision; each covers one activity or
// several alike. The tool's own timestamps of each part are kept as text.
const char kDpias[] = R"SQL(
CREATE TABLE dpias (
    id ${PK},
    organization_id ${ID} NOT NULL REFERENCES organizations(id),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 4),
    category TEXT,
    author_name TEXT,
    evaluator_name TEXT,
    validator_name TEXT,
    dpo_names TEXT,
    dpo_status INTEGER CHECK (dpo_status IS NULL OR dpo_status IN (0, 1)),
    dpo_opinion TEXT,
    people_names TEXT,
    people_opinion_sought ${BOOL} NOT NULL DEFAULT ${FALSE},
    people_not_sought_reason TEXT,
    people_status INTEGER CHECK (people_status IS NULL OR people_status IN (0, 1)),
    people_opinion TEXT,
    rejection_reason TEXT,
    applied_adjustments TEXT,
    decided_on ${DATE},
    review_on ${DATE},
    created_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    updated_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX dpias_org ON dpias (organization_id, name);
CREATE INDEX dpias_review ON dpias (review_on);

CREATE TABLE dpia_activities (
    id ${PK},
    dpia_id ${ID} NOT NULL REFERENCES dpias(id) ON DELETE CASCADE,
    activity_id ${ID} NOT NULL REFERENCES processing_activities(id) ON DELETE CASCADE,
    UNIQUE (dpia_id, activity_id)
);
CREATE INDEX dpia_activities_activity ON dpia_activities (activity_id);

CREATE TABLE dpia_answers (
    id ${PK},
    dpia_id ${ID} NOT NULL REFERENCES dpias(id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL CHECK (question_id BETWEEN 111 AND 346),
    answer_text TEXT,
    gauge INTEGER CHECK (gauge IS NULL OR gauge BETWEEN 0 AND 4),
    items TEXT NOT NULL DEFAULT '[]',
    created_at TEXT,
    updated_at TEXT,
    UNIQUE (dpia_id, question_id)
);

CREATE TABLE dpia_measures (
    id ${PK},
    dpia_id ${ID} NOT NULL REFERENCES dpias(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    content TEXT,
    placeholder TEXT,
    created_at TEXT,
    updated_at TEXT
);
CREATE INDEX dpia_measures_dpia ON dpia_measures (dpia_id, position);

CREATE TABLE dpia_evaluations (
    id ${PK},
    dpia_id ${ID} NOT NULL REFERENCES dpias(id) ON DELETE CASCADE,
    reference TEXT NOT NULL,
    measure_id ${ID} REFERENCES dpia_measures(id) ON DELETE CASCADE,
    status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3),
    global_status INTEGER NOT NULL DEFAULT 0,
    action_plan_comment TEXT,
    evaluation_comment TEXT,
    person_in_charge TEXT,
    estimated_implementation_date TEXT,
    gauge_x INTEGER NOT NULL DEFAULT 0 CHECK (gauge_x BETWEEN 0 AND 4),
    gauge_y INTEGER NOT NULL DEFAULT 0 CHECK (gauge_y BETWEEN 0 AND 4),
    created_at TEXT,
    updated_at TEXT
);
CREATE INDEX dpia_evaluations_dpia ON dpia_evaluations (dpia_id);
CREATE INDEX dpia_evaluations_measure ON dpia_evaluations (measure_id);

CREATE TABLE dpia_comments (
    id ${PK},
    dpia_id ${ID} NOT NULL REFERENCES dpias(id) ON DELETE CASCADE,
    question_id INTEGER,
    measure_id ${ID} REFERENCES dpia_measures(id) ON DELETE CASCADE,
    description TEXT NOT NULL,
    created_at TEXT,
    updated_at TEXT,
    CHECK (question_id IS NOT NULL OR measure_id IS NOT NULL)
);
CREATE INDEX dpia_comments_dpia ON dpia_comments (dpia_id);
CREATE INDEX dpia_comments_measure ON dpia_comments (measure_id);

CREATE TABLE activity_screenings (
    id ${PK},
    activity_id ${ID} NOT NULL REFERENCES processing_activities(id) ON DELETE CASCADE,
    screened_on ${DATE} NOT NULL,
    screened_by TEXT NOT NULL,
    jurisdiction TEXT,
    criteria TEXT NOT NULL,
    listed TEXT NOT NULL DEFAULT '[]',
    outcome TEXT NOT NULL,
    note TEXT,
    created_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW}
);
CREATE INDEX activity_screenings_activity ON activity_screenings (activity_id, screened_on);
)SQL";

const QStringList &dpiaTables()
{
    static const QStringList tables = {QStringLiteral("dpias"), QStringLiteral("dpia_activities"),
                                       QStringLiteral("dpia_answers"), QStringLiteral("dpia_measures"),
                                       QStringLiteral("dpia_evaluations"), QStringLiteral("dpia_comments"),
                                       QStringLiteral("activity_screenings")};
    return tables;
}

static Status dpias(Database &db)
{
    if (Status s = runScript(db, kDpias); !s)
        return s;
    if (!db.isPostgresql())
        return success();   // SQLite's trail is attached at each opening (AuditTrail::attach)
    return serverAuditTriggers(db, dpiaTables());
}

// 15. What a breach's notifications need: the nature of the breach (the
// three losses), its cause, the people's categories, when it was contained
// and closed, the reasons for a late notification, for not notifying and for
// not telling the people, and the advice to them; each notification to the
// authority as it was sent, phase by phase; each person told.
const char kBreachNotices[] = R"SQL(
ALTER TABLE breaches ADD COLUMN nature TEXT;
ALTER TABLE breaches ADD COLUMN cause TEXT;
ALTER TABLE breaches ADD COLUMN subject_categories TEXT;
ALTER TABLE breaches ADD COLUMN contained_at ${TIMESTAMP};
ALTER TABLE breaches ADD COLUMN closed_at ${TIMESTAMP};
ALTER TABLE breaches ADD COLUMN delay_reason TEXT;
ALTER TABLE breaches ADD COLUMN no_notification_reason TEXT;
ALTER TABLE breaches ADD COLUMN advice TEXT;
ALTER TABLE breaches ADD COLUMN not_informed_reason TEXT;

CREATE TABLE breach_notifications (
    id ${PK},
    breach_id ${ID} NOT NULL REFERENCES breaches(id) ON DELETE CASCADE,
    phase TEXT NOT NULL CHECK (phase IN ${IN:NoticePhase}),
    sent_at ${TIMESTAMP} NOT NULL,
    language TEXT NOT NULL,
    additions TEXT,
    delay_reason TEXT,
    authority_reference TEXT,
    content TEXT NOT NULL,
    sent_by TEXT NOT NULL,
    created_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW}
);
CREATE INDEX breach_notifications_breach ON breach_notifications (breach_id, sent_at);

CREATE TABLE breach_informed (
    id ${PK},
    breach_id ${ID} NOT NULL REFERENCES breaches(id) ON DELETE CASCADE,
    subject_id ${ID} REFERENCES data_subjects(id) ON DELETE SET NULL,
    informed_at ${TIMESTAMP} NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ${IN:InformChannel}),
    language TEXT,
    informed_by TEXT NOT NULL,
    created_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW}
);
CREATE INDEX breach_informed_breach ON breach_informed (breach_id, informed_at);
CREATE INDEX breach_informed_subject ON breach_informed (subject_id);
)SQL";

const QStringList &breachNoticeTables()
{
    static const QStringList tables = {QStringLiteral("breach_notifications"), QStringLiteral("breach_informed")};
    return tables;
}

static Status breachNotices(Database &db)
{
    if (Status s = runScript(db, kBreachNotices); !s)
        return s;
    if (!db.isPostgresql())
        return success();
    return serverAuditTriggers(db, breachNoticeTables());
}

const std::vector<Migration> &Migrator::migrations()
{
    static const std::vector<Migration> steps = {
        {1, QStringLiteral("Register of processing activities, processors and retention rules"),
         [](Database &db) { return runScript(db, kRegister); }},
        {2, QStringLiteral("Data subjects, consents, rights requests, breaches and attachments"),
         [](Database &db) { return runScript(db, kPeople); }},
        {3, QStringLiteral("Audit trail, append-only ledgers and indexes"), auditAndIndexes},
        {4, QStringLiteral("Indexes for opening large registers sorted"),
         [](Database &db) { return runScript(db, kSortIndexes); }},
        {5, QStringLiteral("Indexes for sorting people by first name and collection date"),
         [](Database &db) { return runScript(db, kMoreSortIndexes); }},
        {6, QStringLiteral("Search indexes that hold the sort key"),
         [](Database &db) { return runScript(db, kCoveringSearchIndexes); }},
        {7, QStringLiteral("Clarifications, holiday lists, erasure of the personal data the audit trail copied"),
         clarificationsHolidaysAndErasure},
        {8, QStringLiteral("Current consent per person and purpose, purge runs"), consentStatesAndPurges},
        {9, QStringLiteral("Consent events found by request through an index of those only"),
         [](Database &db) { return runScript(db, kPartialRequestIndex); }},
        {10, QStringLiteral("A chain of hashes through the audit trail, its actor and its suspension the server's to say"),
         auditChain},
        {11, QStringLiteral("Identity document copies kept encrypted in the database, with the officers' keys"),
         idCopiesInTheDatabase, true},
        {12, QStringLiteral("A purpose's legal basis may be left for the officer to choose"), legalBasisToDetermine, true},
        {13, QStringLiteral("What an activity holds of each category of data and how long; its record's dates"),
         [](Database &db) { return runScript(db, kDataCategoryUses); }},
        {14, QStringLiteral("Impact assessments (answers, measures, evaluations, opinions) and screenings"), dpias},
        {15, QStringLiteral("Breach notifications by phase, the people told, the breach's timeline and reasons"),
         breachNotices},
    };
    return steps;
}

const QStringList &auditedTables()
{
    static const QStringList tables = {
        QStringLiteral("users"), QStringLiteral("organizations"), QStringLiteral("retention_rules"),
        QStringLiteral("processors"), QStringLiteral("subject_categories"), QStringLiteral("data_categories"),
        QStringLiteral("processing_activities"), QStringLiteral("activity_purposes"),
        QStringLiteral("activity_subject_categories"), QStringLiteral("activity_data_categories"),
        QStringLiteral("activity_recipients"), QStringLiteral("activity_transfers"),
        QStringLiteral("activity_processors"), QStringLiteral("jurisdiction_rules"),
        QStringLiteral("public_holidays"), QStringLiteral("privacy_policies"), QStringLiteral("data_subjects"),
        QStringLiteral("consent_purposes"), QStringLiteral("rights_requests"), QStringLiteral("request_types"),
        QStringLiteral("request_activities"), QStringLiteral("request_events"), QStringLiteral("identity_checks"),
        QStringLiteral("breaches"), QStringLiteral("attachments"), QStringLiteral("consent_events"),
        QStringLiteral("legal_holds"), QStringLiteral("tombstones"), QStringLiteral("dpias"),
        QStringLiteral("dpia_activities"), QStringLiteral("dpia_answers"), QStringLiteral("dpia_measures"),
        QStringLiteral("dpia_evaluations"), QStringLiteral("dpia_comments"), QStringLiteral("activity_screenings"),
        QStringLiteral("breach_notifications"), QStringLiteral("breach_informed"),
    };
    return tables;
}

Status keepConsentStates(Database &db, bool kept)
{
    if (db.isPostgresql())
        return success();   // the server's trigger stays; a load there is not a million rows at once
    if (!kept)
        return db.execute(QStringLiteral("DROP TRIGGER IF EXISTS consent_events_state;"));
    if (Status s = runScript(db, kConsentStateRebuildSqlite); !s)
        return s;
    return runScript(db, kConsentStateTriggerSqlite);
}

} // namespace pc
