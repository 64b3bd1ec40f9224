#include "Purge.h"

#include "RetentionDue.h"
#include "RetentionSchedule.h"

#include "core/Dates.h"
#include "core/DocumentLanguage.h"
#include "documents/DocumentText.h"
#include "documents/Pdf.h"
#include "domain/Codes.h"
#include "requests/Erasure.h"
#include "storage/AuditTrail.h"
#include "storage/BulkInsert.h"
#include "storage/Database.h"
#include "storage/RowWriter.h"
#include "storage/SqlDialect.h"
#include "storage/SqlRow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QFile>
#include <QMap>
#include <QSqlQuery>

namespace pc::retention {
namespace {

// How long each step of a purge takes: QT_LOGGING_RULES="privacy-console.purge.debug=true".
Q_LOGGING_CATEGORY(lcPurge, "privacy-console.purge", QtWarningMsg)

struct PurgeText
{
    Q_DECLARE_TR_FUNCTIONS(pc::Purge)
};

// The run's working set: one row per person, on the purge's own connection.
const char kWorkTable[] = "CREATE TEMP TABLE pc_purge (subject_id ${ID} PRIMARY KEY, rule_id ${ID}, "
                          "method TEXT NOT NULL, full_erasure INTEGER NOT NULL DEFAULT 0, "
                          "row_count INTEGER NOT NULL DEFAULT 1, tombstone_id ${ID})";
const char kTrailRows[] = "CREATE TEMP TABLE pc_purge_rows (table_name TEXT NOT NULL, row_id ${ID} NOT NULL, "
                          "tombstone_id ${ID} NOT NULL)";

class Purger
{
public:
    Purger(Database &db, const PurgePlan &plan) : m_db(db), m_plan(plan) {}

    Status run(PurgeResult &result, QStringList &removedFiles);

private:
    Status exec(const QString &sql, const QVariantList &bindings = {}, int *affected = nullptr)
    {
        const Result<int> changed = rows::execute(m_db, m_db.sql().expandMarkers(sql), bindings);
        if (!changed)
            return changed.error();
        if (affected)
            *affected = changed.value();
        return success();
    }
    // Statements that change the schema: PostgreSQL prepares none.
    Status ddl(const QString &sql) { return m_db.execute(m_db.sql().expandMarkers(sql) + QLatin1Char(';')); }
    Status recordRun(PurgeResult &result);
    Status writeWorkingSet();
    Status leaveOutWhatChanged(PurgeResult &result);
    Status fullErasures(QStringList &removedFiles);
    Status tombstones();
    Status listRowsToRedact();
    Status deleteAndAnonymise();
    Status redactTrail();
    Status recordTrailLines();
    Status countAndCheck(PurgeResult &result);
    void step(const char *what) { qCDebug(lcPurge, "%s: %lld ms", what, m_phase.restart()); }

    Database &m_db;
    const PurgePlan &m_plan;
    RowId m_run = 0;
    QElapsedTimer m_phase;
};

Status Purger::recordRun(PurgeResult &result)
{
    const Result<RowId> run = rows::insert(m_db, QStringLiteral("purge_runs"),
                                           {{QStringLiteral("organization_id"), idOrNull(m_plan.organizationId)},
                                            {QStringLiteral("due_until"), dateOrNull(m_plan.until)},
                                            {QStringLiteral("held"), int(m_plan.held.size())},
                                            {QStringLiteral("performed_by"), m_db.actor()}});
    if (!run)
        return run.error();
    m_run = result.runId = run.value();
    return success();
}

// The run's working set: who goes, by which rule and how, written at once.
Status Purger::writeWorkingSet()
{
    QElapsedTimer start;
    start.start();
    for (const char *table : {"pc_purge", "pc_purge_rows"}) {
        if (Status s = ddl(QStringLiteral("DROP TABLE IF EXISTS %1").arg(QLatin1String(table))); !s)
            return s;
    }
    if (Status s = ddl(QString::fromLatin1(kWorkTable)); !s)
        return s;
    if (Status s = ddl(QString::fromLatin1(kTrailRows)); !s)
        return s;
    {
        BulkInsert work(m_db, QStringLiteral("pc_purge"),
                        {QStringLiteral("subject_id"), QStringLiteral("rule_id"), QStringLiteral("method")});
        for (const PurgeCandidate &person : m_plan.people) {
            if (Status s = work.add({person.subjectId, idOrNull(person.ruleId), person.outcome}); !s)
                return s;
        }
        if (Status s = work.flush(); !s)
            return s;
    }
    // The server knows nothing of a temporary table until it is analysed.
    if (const QString analyze = m_db.sql().refreshStatistics(QStringLiteral("pc_purge")); !analyze.isEmpty()) {
        if (Status s = ddl(analyze); !s)
            return s;
    }
    qCDebug(lcPurge, "run recorded, working set written: %lld ms", start.elapsed());
    return success();
}

Status Purger::leaveOutWhatChanged(PurgeResult &result)
{
    // What changed since the plan was made: a hold placed, a person gone.
    int skipped = 0;
    if (Status s = exec(QStringLiteral("DELETE FROM pc_purge WHERE subject_id IN "
                                       "(SELECT subject_id FROM legal_holds WHERE lifted_on IS NULL) "
                                       "OR NOT EXISTS (SELECT 1 FROM data_subjects s WHERE s.id = pc_purge.subject_id) "
                                       "OR method NOT IN ('delete', 'anonymise')"),
                        {}, &skipped);
        !s) {
        return s;
    }
    result.skipped = skipped;

    // People whose requests or documents are on file: their free text and
    // files need the erasure's care, one by one. The many others are purged
    // together.
    if (Status s = exec(QStringLiteral(
            "UPDATE pc_purge SET full_erasure = 1 WHERE "
            "EXISTS (SELECT 1 FROM rights_requests r WHERE r.subject_id = pc_purge.subject_id) "
            "OR EXISTS (SELECT 1 FROM attachments a WHERE a.subject_id = pc_purge.subject_id) "
            "OR EXISTS (SELECT 1 FROM data_subjects s JOIN rights_requests r "
            "           ON lower(r.requester_email) = lower(s.email) WHERE s.id = pc_purge.subject_id)"));
        !s) {
        return s;
    }
    return success();
}

// The rows whose copies in the trail are replaced by their tombstone's number.
Status Purger::listRowsToRedact()
{
    if (Status s = exec(QStringLiteral("INSERT INTO pc_purge_rows (table_name, row_id, tombstone_id) "
                                       "SELECT 'data_subjects', subject_id, tombstone_id FROM pc_purge "
                                       "WHERE full_erasure = 0"));
        !s) {
        return s;
    }
    for (const char *table : {"consent_events", "legal_holds"}) {
        if (Status s = exec(QStringLiteral("INSERT INTO pc_purge_rows (table_name, row_id, tombstone_id) "
                                           "SELECT '%1', x.id, p.tombstone_id FROM %1 x "
                                           "JOIN pc_purge p ON p.subject_id = x.subject_id WHERE p.full_erasure = 0")
                                .arg(QLatin1String(table)));
            !s) {
            return s;
        }
    }
    return success();
}

Status Purger::deleteAndAnonymise()
{
    // The consent ledger, its kept states and the lifted holds go with the
    // person. ON DELETE CASCADE would do it one person at a time; table by
    // table, each index is walked once, in order.
    for (const char *table : {"consent_states", "consent_events", "legal_holds"}) {
        if (Status s = exec(QStringLiteral("DELETE FROM %1 WHERE subject_id IN (SELECT subject_id FROM pc_purge "
                                           "WHERE full_erasure = 0 AND method = 'delete')")
                                .arg(QLatin1String(table)));
            !s) {
            return s;
        }
    }
    if (Status s = exec(QStringLiteral("DELETE FROM data_subjects WHERE id IN "
                                       "(SELECT subject_id FROM pc_purge WHERE full_erasure = 0 AND method = 'delete')"));
        !s) {
        return s;
    }
    if (Status s = exec(QStringLiteral(
            "UPDATE data_subjects SET first_name = NULL, last_name = NULL, email = NULL, phone = NULL, "
            "address = NULL, birth_date = NULL, notes = NULL, collected_on = NULL, relationship_start = NULL, "
            "relationship_end = NULL, termination_notice_on = NULL, last_contact_on = NULL, "
            "external_ref = 'erased-' || (SELECT CAST(p.tombstone_id AS TEXT) FROM pc_purge p "
            "                             WHERE p.subject_id = data_subjects.id), "
            "row_version = row_version + 1 WHERE id IN "
            "(SELECT subject_id FROM pc_purge WHERE full_erasure = 0 AND method = 'anonymise')"));
        !s) {
        return s;
    }
    if (Status s = exec(QStringLiteral("UPDATE consent_events SET note = NULL WHERE note IS NOT NULL AND subject_id IN "
                                       "(SELECT subject_id FROM pc_purge WHERE full_erasure = 0 AND method = 'anonymise')"));
        !s) {
        return s;
    }
    if (Status s = exec(QStringLiteral("UPDATE legal_holds SET reason = '[erased]' WHERE subject_id IN "
                                       "(SELECT subject_id FROM pc_purge WHERE full_erasure = 0 AND method = 'anonymise')"));
        !s) {
        return s;
    }
    return success();
}

// One line of the trail for each person, pointing to their tombstone.
Status Purger::recordTrailLines()
{
    const SqlDialect sql = m_db.sql();
    if (Status s = exec(QStringLiteral("INSERT INTO audit_log (occurred_at, actor, action, table_name, row_id, detail) "
                                       "SELECT %1, %2, 'retention purge', 'tombstones', tombstone_id, "
                                       "'run ' || CAST(? AS TEXT) || ', former subject ' || CAST(subject_id AS TEXT) "
                                       "|| ', ' || method || ', ' || CAST(row_count AS TEXT) || ' rows' "
                                       "FROM pc_purge WHERE full_erasure = 0")
                            .arg(sql.now(), sql.actor()),
                        sql.actorBindings(m_db.actor()) + QVariantList{m_run});
        !s) {
        return s;
    }
    return success();
}

// The run's totals, and nothing left pointing to a person deleted.
Status Purger::countAndCheck(PurgeResult &result)
{
    QSqlQuery totals = m_db.prepare(
        QStringLiteral("SELECT count(*) AS subjects, coalesce(sum(rows_affected), 0) AS rows_affected FROM tombstones "
                       "WHERE purge_run_id = ?"));
    totals.addBindValue(m_run);
    if (!totals.exec() || !totals.next())
        return Database::sqlError(totals);
    const SqlRow total(totals);
    result.subjects = total.integer("subjects");
    result.rowsAffected = total.integer("rows_affected");
    totals.finish();
    result.held = int(m_plan.held.size());
    if (Status s = exec(QStringLiteral("UPDATE purge_runs SET subjects = ?, rows_affected = ? WHERE id = ?"),
                        {result.subjects, result.rowsAffected, m_run});
        !s) {
        return s;
    }
    // Nothing may still point to a person deleted: the purge deletes what
    // hangs on them itself, and checks it here before committing.
    for (const char *table : {"consent_events", "consent_states", "legal_holds", "attachments", "rights_requests"}) {
        QSqlQuery orphans = m_db.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE subject_id IN "
                                                        "(SELECT subject_id FROM pc_purge WHERE method = 'delete')")
                                             .arg(QLatin1String(table)));
        if (!orphans.exec() || !orphans.next())
            return Database::sqlError(orphans);
        if (scalar<qint64>(orphans) > 0) {
            return Error{PurgeText::tr("The purge left rows of %1 pointing to people it deleted; it was undone.")
                             .arg(QLatin1String(table))};
        }
    }
    return success();
}

Status Purger::run(PurgeResult &result, QStringList &removedFiles)
{
    if (Status s = recordRun(result); !s)
        return s;
    if (Status s = writeWorkingSet(); !s)
        return s;
    m_phase.start();
    if (Status s = leaveOutWhatChanged(result); !s)
        return s;
    step("held and gone left out, full erasures found");
    // The row-by-row trail is suspended: each person gets one line pointing
    // to their tombstone instead of copies of the rows that go.
    if (Status s = AuditTrail::setRowAuditEnabled(m_db, false); !s)
        return s;
    if (Status s = fullErasures(removedFiles); !s)
        return s;
    step("full erasures");
    if (Status s = tombstones(); !s)
        return s;
    step("tombstones");
    if (Status s = listRowsToRedact(); !s)
        return s;
    step("rows to redact");
    if (Status s = deleteAndAnonymise(); !s)
        return s;
    step("deleted and anonymised");
    if (Status s = redactTrail(); !s)
        return s;
    step("trail redacted");
    if (Status s = recordTrailLines(); !s)
        return s;
    step("a trail line per person");
    if (Status s = AuditTrail::setRowAuditEnabled(m_db, true); !s)
        return s;
    if (Status s = countAndCheck(result); !s)
        return s;
    for (const char *table : {"pc_purge", "pc_purge_rows"}) {
        if (Status s = ddl(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))); !s)
            return s;
    }
    step("totals, working tables dropped");
    return AuditTrail::record(m_db, QStringLiteral("retention purge"),
                              QStringLiteral("run %1: %2 people, %3 rows, %4 held, due until %5")
                                  .arg(m_run)
                                  .arg(result.subjects)
                                  .arg(result.rowsAffected)
                                  .arg(result.held)
                                  .arg(m_plan.until.toString(Qt::ISODate)),
                              QStringLiteral("purge_runs"), m_run);
}


Status Purger::fullErasures(QStringList &removedFiles)
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT subject_id, coalesce(rule_id, 0) AS rule_id, method FROM pc_purge WHERE full_erasure = 1 "
        "ORDER BY subject_id"));
    if (!query.exec())
        return Database::sqlError(query);
    QList<ErasureOrder> orders;
    const SqlRow row(query);
    while (query.next()) {
        ErasureOrder order;
        order.subjectId = row.id("subject_id");
        order.retentionRuleId = row.id("rule_id");
        order.method =
            row.text("method") == QLatin1String("anonymise") ? ErasureMethod::Anonymise : ErasureMethod::Delete;
        order.reason = QStringLiteral("retention");
        order.purgeRunId = m_run;
        orders << order;
    }
    query.finish();
    for (const ErasureOrder &order : std::as_const(orders)) {
        const Result<ErasureReport> erased = eraseSubjectInTransaction(m_db, order);
        if (!erased)
            return erased.error();
        removedFiles << erased.value().removedFiles;
    }
    return success();
}

Status Purger::tombstones()
{
    // The rows each person takes with them, counted before they go.
    if (Status s = exec(QStringLiteral(
            "UPDATE pc_purge SET row_count = 1 "
            "+ (SELECT count(*) FROM legal_holds h WHERE h.subject_id = pc_purge.subject_id) "
            "+ CASE WHEN method = 'delete' THEN "
            "  (SELECT count(*) FROM consent_events e WHERE e.subject_id = pc_purge.subject_id) ELSE 0 END "
            "WHERE full_erasure = 0"));
        !s) {
        return s;
    }
    // A salted digest per person, from which the officer can later show
    // that this person was erased; the names never reach the tombstone.
    QSqlQuery people = m_db.prepare(QStringLiteral(
        "SELECT s.id, s.organization_id, s.first_name, s.last_name, s.email, p.method, p.rule_id, p.row_count "
        "FROM pc_purge p JOIN data_subjects s ON s.id = p.subject_id WHERE p.full_erasure = 0 ORDER BY s.id"));
    people.setForwardOnly(true);
    if (!people.exec())
        return Database::sqlError(people);
    QList<QVariantList> rowsToWrite;
    const SqlRow person(people);
    while (people.next()) {
        const RowId organization = person.id("organization_id");
        const QString digest =
            subjectDigest(organization, person.text("first_name"), person.text("last_name"), person.text("email"));
        rowsToWrite << QVariantList{organization, person.value("id"), digest, QStringLiteral("retention"),
                                    person.value("method"), person.value("rule_id"), person.value("row_count"),
                                    m_run, m_db.actor()};
    }
    people.finish();
    BulkInsert stones(m_db, QStringLiteral("tombstones"),
                      {QStringLiteral("organization_id"), QStringLiteral("former_subject_id"),
                       QStringLiteral("subject_digest"), QStringLiteral("reason"), QStringLiteral("method"),
                       QStringLiteral("retention_rule_id"), QStringLiteral("rows_affected"),
                       QStringLiteral("purge_run_id"), QStringLiteral("performed_by")});
    for (const QVariantList &stone : std::as_const(rowsToWrite)) {
        if (Status s = stones.add(stone); !s)
            return s;
    }
    if (Status s = stones.flush(); !s)
        return s;
    // A join, not a lookup per person: the server's planner, with no
    // statistics yet on the tombstones just written, would scan the run's
    // hundred thousand for each of them.
    return exec(QStringLiteral("UPDATE pc_purge SET tombstone_id = t.id FROM tombstones t "
                               "WHERE t.purge_run_id = ? AND t.former_subject_id = pc_purge.subject_id "
                               "AND pc_purge.full_erasure = 0"),
                {m_run});
}

Status Purger::redactTrail()
{
    // The trail keeps who changed what and when; what these rows said is
    // replaced by the tombstone's number.
    const SqlDialect sql = m_db.sql();
    if (Status s = ddl(QStringLiteral("CREATE INDEX %1 ON pc_purge_rows (table_name, row_id)")
                           .arg(sql.temporaryIndexName(QStringLiteral("pc_purge_rows_key"))));
        !s) {
        return s;
    }
    const QString mark = sql.jsonObject(QStringLiteral("erased"), QStringLiteral("x.tombstone_id"));
    return exec(
        QStringLiteral("UPDATE audit_log SET "
                       "before_data = CASE WHEN before_data IS NULL THEN NULL ELSE %1 END, "
                       "after_data = CASE WHEN after_data IS NULL THEN NULL ELSE %1 END "
                       "FROM pc_purge_rows x WHERE audit_log.table_name = x.table_name AND audit_log.row_id = x.row_id "
                       "AND (audit_log.before_data IS NOT NULL OR audit_log.after_data IS NOT NULL)")
            .arg(mark));
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

int PurgePlan::count(const QString &outcome) const
{
    return int(std::count_if(people.cbegin(), people.cend(),
                             [&](const PurgeCandidate &c) { return c.outcome == outcome; }));
}

Result<PurgePlan> planPurge(Database &db, const QDate &until, RowId organizationId)
{
    const Result<QList<RuleReach>> reach = ruleReach(db, organizationId);
    if (!reach)
        return reach.error();
    // Per category of people, the dated rules that reach it.
    QMap<RowId, QList<const RuleReach *>> byCategory;
    for (const RuleReach &r : reach.value()) {
        if (r.column.isEmpty())
            continue;
        for (RowId category : r.categories)
            byCategory[category] << &r;
    }
    PurgePlan plan;
    plan.until = until;
    plan.organizationId = organizationId;
    if (byCategory.isEmpty())
        return plan;
    // A person is due when every dated period of theirs has ended: each of
    // their dates is missing or on or before the last that ends by `until`,
    // and one at least is there. One pass over the people, in the database.
    QStringList categoryTests;
    QVariantList bindings;
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        QStringList ended, dated;
        QVariantList cutoffs;
        for (const RuleReach *r : it.value()) {
            ended << QStringLiteral("(s.%1 IS NULL OR s.%1 <= ?)").arg(r->column);
            cutoffs << dateOrNull(lastTriggerEndingBy(until, r->rule.duration, r->rule.unit));
            if (!dated.contains(QStringLiteral("s.%1 IS NOT NULL").arg(r->column)))
                dated << QStringLiteral("s.%1 IS NOT NULL").arg(r->column);
        }
        categoryTests << QStringLiteral("(s.category_id = ? AND (%1) AND %2)")
                             .arg(dated.join(QLatin1String(" OR ")), ended.join(QLatin1String(" AND ")));
        bindings << it.key();
        bindings << cutoffs;
    }
    QSqlQuery query = db.prepare(
        QStringLiteral(
            "SELECT s.id, s.organization_id, s.first_name, s.last_name, s.email, s.external_ref, s.category_id, "
            "s.collected_on, s.relationship_end, s.termination_notice_on, s.last_contact_on, "
            "(SELECT min(h.reason) FROM legal_holds h WHERE h.subject_id = s.id AND h.lifted_on IS NULL) "
            "AS hold_reason, "
            "(SELECT count(*) FROM consent_events e WHERE e.subject_id = s.id) AS consent_events, "
            "(SELECT count(*) FROM rights_requests r WHERE r.subject_id = s.id) "
            "+ (SELECT count(*) FROM rights_requests r WHERE lower(r.requester_email) = lower(s.email) "
            "   AND (r.subject_id IS NULL OR r.subject_id <> s.id)) AS requests, "
            "(SELECT count(*) FROM attachments a WHERE a.subject_id = s.id) AS documents "
            "FROM data_subjects s WHERE %1")
            .arg(categoryTests.join(QLatin1String(" OR "))));
    for (const QVariant &value : std::as_const(bindings))
        query.addBindValue(value);
    query.setForwardOnly(true);
    if (!query.exec())
        return Database::sqlError(query);
    // Which rule holds each one longest (on a tie, the one that keeps the
    // most: archive, then anonymise, then delete).
    auto keeps = [](const QString &outcome) {
        return outcome == QLatin1String("archive") ? 2 : outcome == QLatin1String("anonymise") ? 1 : 0;
    };
    QList<PurgeCandidate> due;
    const SqlRow row(query);
    while (query.next()) {
        DataSubject dates;
        dates.collectedOn = row.date("collected_on");
        dates.relationshipEnd = row.date("relationship_end");
        dates.terminationNoticeOn = row.date("termination_notice_on");
        dates.lastContactOn = row.date("last_contact_on");
        const RuleReach *last = nullptr;
        QDate lastEnd;
        for (const RuleReach *r : byCategory.value(row.id("category_id"))) {
            const QDate end = retentionEnd(r->rule, dates);
            if (!end.isValid())
                continue;
            if (!last || end > lastEnd || (end == lastEnd && keeps(r->rule.outcome) > keeps(last->rule.outcome))) {
                last = r;
                lastEnd = end;
            }
        }
        if (!last)
            continue;
        PurgeCandidate c;
        c.subjectId = row.id("id");
        c.organizationId = row.id("organization_id");
        c.subjectName =
            personLabel(row.text("first_name"), row.text("last_name"), row.text("email"), row.text("external_ref"));
        c.ruleId = last->rule.id;
        c.rule = last->rule.name;
        c.outcome = last->rule.outcome;
        c.triggerEvent = last->rule.triggerEvent;
        c.triggerOn = triggerDate(last->rule.triggerEvent, dates);
        c.purgeOn = lastEnd;
        c.holdReason = row.text("hold_reason");
        c.consentEvents = row.integer("consent_events");
        c.requests = row.integer("requests");
        c.documents = row.integer("documents");
        due << c;
    }
    std::sort(due.begin(), due.end(), [](const PurgeCandidate &a, const PurgeCandidate &b) {
        return a.purgeOn != b.purgeOn ? a.purgeOn < b.purgeOn : a.subjectId < b.subjectId;
    });
    for (PurgeCandidate &c : due) {
        if (!c.holdReason.isEmpty())
            plan.held << std::move(c);
        else if (c.outcome == QLatin1String("archive"))
            ++plan.archived;
        else
            plan.people << std::move(c);
    }
    return plan;
}

Result<PurgeResult> executePurge(Database &db, const PurgePlan &plan)
{
    if (db.mode() == OpenMode::ReadOnly)
        return Error{PurgeText::tr("The register is open read-only: nothing can be purged.")};
    const bool sqlite = !db.isPostgresql();
    // Deleted pages of the file are overwritten, not only let go; a purge of
    // many people walks every index of the people: a larger page cache for it.
    // The people's rows are many and their dependents are deleted table by
    // table, then checked: SQLite need not look up five tables for each.
    if (sqlite) {
        if (Status s = db.execute(QStringLiteral(
                "PRAGMA secure_delete = ON;\nPRAGMA cache_size = -262144;\nPRAGMA foreign_keys = OFF;\nPRAGMA temp_store = MEMORY;"));
            !s) {
            return s.error();
        }
    }
    PurgeResult result;
    QStringList removedFiles;
    Purger purger(db, plan);
    QElapsedTimer whole;
    whole.start();
    qint64 workDone = 0;
    const Status done = db.transaction([&] {
        const Status s = purger.run(result, removedFiles);
        workDone = whole.elapsed();
        return s;
    });
    qCDebug(lcPurge, "transaction: %lld ms, of which the commit %lld ms", whole.elapsed(), whole.elapsed() - workDone);
    if (sqlite)
        (void)db.execute(
            QStringLiteral("PRAGMA foreign_keys = ON;\nPRAGMA secure_delete = OFF;\nPRAGMA cache_size = -65536;\n"
                           "PRAGMA temp_store = DEFAULT;"));
    if (!done) {
        // The working tables went with the rollback; the trail records again.
        (void)AuditTrail::setRowAuditEnabled(db, true);
        return done.error();
    }
    QElapsedTimer checkpoint;
    checkpoint.start();
    if (sqlite)
        (void)db.execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);"));
    qCDebug(lcPurge, "committed, written back: %lld ms", checkpoint.elapsed());
    for (const QString &path : std::as_const(removedFiles))
        QFile::remove(path);
    return result;
}

Result<PurgeRunSummary> purgeRun(Database &db, RowId runId, int tombstoneLimit)
{
    QSqlQuery run = db.prepare(QStringLiteral(
        "SELECT r.id, coalesce(r.organization_id, 0) AS organization_id, o.name AS organization, r.due_until, "
        "r.performed_at, r.performed_by, "
        "r.subjects, r.held, r.rows_affected FROM purge_runs r "
        "LEFT JOIN organizations o ON o.id = r.organization_id WHERE r.id = ?"));
    run.addBindValue(runId);
    if (!run.exec())
        return Database::sqlError(run);
    if (!run.next())
        return Error{PurgeText::tr("There is no purge run %1.").arg(runId)};
    const SqlRow row(run);
    PurgeRunSummary summary;
    summary.id = row.id("id");
    summary.organizationId = row.id("organization_id");
    summary.organization = row.text("organization");
    summary.until = row.date("due_until");
    summary.performedAt = row.dateTime("performed_at");
    summary.performedBy = row.text("performed_by");
    summary.subjects = row.integer("subjects");
    summary.held = row.integer("held");
    summary.rowsAffected = row.integer("rows_affected");

    QSqlQuery rules = db.prepare(QStringLiteral(
        "SELECT coalesce(r.name, '') AS rule_name, t.method, count(*) AS people, sum(t.rows_affected) AS row_total "
        "FROM tombstones t "
        "LEFT JOIN retention_rules r ON r.id = t.retention_rule_id WHERE t.purge_run_id = ? "
        "GROUP BY r.name, t.method ORDER BY r.name, t.method"));
    rules.addBindValue(runId);
    if (!rules.exec())
        return Database::sqlError(rules);
    const SqlRow line(rules);
    while (rules.next())
        summary.rules << PurgeRunSummary::RuleLine{line.text("rule_name"), line.text("method"), line.integer("people"),
                                                   line.integer("row_total")};
    QSqlQuery stones = db.prepare(
        QStringLiteral(
            "SELECT t.id, t.former_subject_id, coalesce(r.name, '') AS rule_name, t.method, t.rows_affected "
            "FROM tombstones t "
            "LEFT JOIN retention_rules r ON r.id = t.retention_rule_id WHERE t.purge_run_id = ? ORDER BY t.id LIMIT %1")
            .arg(qMax(0, tombstoneLimit)));
    stones.addBindValue(runId);
    if (!stones.exec())
        return Database::sqlError(stones);
    const SqlRow stone(stones);
    while (stones.next())
        summary.tombstones << PurgeRunSummary::Tombstone{stone.id("id"), stone.id("former_subject_id"),
                                                         stone.text("rule_name"), stone.text("method"),
                                                         stone.integer("rows_affected")};
    return summary;
}

namespace {

// The purge report, written in its own language whatever the window speaks.
class PurgeReport final
{
    PC_DOCUMENT_TR_FUNCTIONS(pc::retention::PurgeReport)

public:
    explicit PurgeReport(const QString &language) : m_language(language) {}
    const DocumentLanguage &documentLanguage() const { return m_language; }
    QByteArray pdf(const PurgeRunSummary &run) const;

private:
    DocumentLanguage m_language;
};

QByteArray PurgeReport::pdf(const PurgeRunSummary &run) const
{
    const QString language = m_language.code();
    const QLocale locale = m_language.locale();
    auto method = [this](const QString &code) -> QString {
        return code == QLatin1String("anonymise") ? tr("anonymised") : tr("deleted");
    };

    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Retention purge report"));
    html += QStringLiteral("<table cellpadding='3'>");
    auto row = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(escaped(label), escaped(value));
    };
    row(tr("Run"), QString::number(run.id));
    row(tr("Organization"),
        run.organization.isEmpty() ? tr("all organizations") : run.organization);
    row(tr("Periods ended on or before"), documents::longDate(run.until, language));
    row(tr("Performed"),
        locale.toString(run.performedAt.toLocalTime(), QStringLiteral("d MMMM yyyy HH:mm")));
    row(tr("By"), run.performedBy);
    row(tr("People purged"), locale.toString(run.subjects));
    row(tr("Rows deleted or anonymised"), locale.toString(run.rowsAffected));
    row(tr("Due but under a legal hold (kept)"),
        locale.toString(run.held));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(tr("By retention rule"));
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr><th>%1</th><th>%2</th>"
                           "<th>%3</th><th>%4</th></tr>")
                .arg(tr("Rule"), tr("Data"), tr("People"), tr("Rows"));
    for (const auto &line : run.rules) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td align='right'>%4</td></tr>")
                    .arg(escaped(line.rule), method(line.method), locale.toString(line.subjects),
                         locale.toString(line.rows));
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                .arg(tr("Tombstones"),
                     tr("Each person purged leaves a tombstone in the register: its number, the person's former "
                        "number, the rule, what was done and how many rows. It holds a salted digest of the name "
                        "and e-mail address, from which one can show that a given person was purged; neither this "
                        "report nor the register holds who they were."));
    if (!run.tombstones.isEmpty()) {
        html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr><th>%1</th>"
                               "<th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                    .arg(tr("Tombstone"), tr("Former person no."),
                         tr("Rule"), tr("Data"), tr("Rows"));
        for (const auto &stone : run.tombstones) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td align='right'>%5</td></tr>")
                        .arg(stone.id)
                        .arg(stone.formerSubjectId)
                        .arg(escaped(stone.rule), method(stone.method))
                        .arg(stone.rows);
        }
        html += QStringLiteral("</table>");
        if (run.tombstones.size() < run.subjects) {
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("The first %1 of %2 tombstones are listed; the register keeps them all.")
                                 .arg(locale.toString(run.tombstones.size()), locale.toString(run.subjects)));
        }
    }
    return documents::htmlToPdf(html, tr("Retention purge report"));
}

} // namespace

Result<QByteArray> purgeReportPdf(Database &db, RowId runId, const QString &language)
{
    const Result<PurgeRunSummary> found = purgeRun(db, runId);
    if (!found)
        return found.error();
    return PurgeReport(language).pdf(found.value());
}

} // namespace pc::retention
