#include "RetentionDue.h"

#include "RetentionSchedule.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlRow.h"

#include <QSqlQuery>

namespace pc::retention {

namespace {

QString personName(const SqlRow &row)
{
    return personLabel(row.text("first_name"), row.text("last_name"), row.text("email"), row.text("external_ref"));
}

// A person whose period under `r` ends by the date asked.
DuePurge readDuePurge(const SqlRow &row, const RuleReach &r)
{
    DuePurge item;
    item.subjectId = row.id("id");
    item.organizationId = row.id("organization_id");
    item.subjectName = personName(row);
    item.ruleId = r.rule.id;
    item.rule = r.rule.name;
    item.outcome = r.rule.outcome;
    item.triggerEvent = r.rule.triggerEvent;
    item.triggerOn = row.date("trigger_on");
    item.purgeOn = row.date("purge_on");
    item.holdReason = row.text("hold_reason");
    return item;
}

// A unit as an SQL literal, from the codes the schema allows only.
QString unitLiteral(const QString &unit)
{
    for (const char *known : {"day", "week", "month", "year"}) {
        if (unit == QLatin1String(known))
            return QStringLiteral("'%1'").arg(QLatin1String(known));
    }
    return QStringLiteral("NULL");
}

} // namespace

QString triggerColumn(const QString &triggerEvent)
{
    // Kept in step with triggerDate(); a test compares the two.
    if (triggerEvent == QLatin1String("collection") || triggerEvent == QLatin1String("application_date"))
        return QStringLiteral("collected_on");
    if (triggerEvent == QLatin1String("relationship_end") || triggerEvent == QLatin1String("contract_end"))
        return QStringLiteral("relationship_end");
    if (triggerEvent == QLatin1String("termination_notice"))
        return QStringLiteral("termination_notice_on");
    if (triggerEvent == QLatin1String("last_contact"))
        return QStringLiteral("last_contact_on");
    return {};
}

QDate lastTriggerEndingBy(const QDate &until, int duration, const QString &unit)
{
    if (!until.isValid() || duration < 0)
        return {};
    // A period's end never goes back as its start moves on: step from a
    // guess to the last start whose end is still on or before `until`.
    QDate day = until;
    if (unit == QLatin1String("day"))
        day = until.addDays(-duration);
    else if (unit == QLatin1String("week"))
        day = until.addDays(-qint64(duration) * 7);
    else if (unit == QLatin1String("month"))
        day = until.addMonths(-duration);
    else if (unit == QLatin1String("year"))
        day = until.addYears(-duration);
    else
        return {};
    while (retentionEnd(day, duration, unit) > until)
        day = day.addDays(-1);
    while (retentionEnd(day.addDays(1), duration, unit) <= until)
        day = day.addDays(1);
    return day;
}

Result<QList<RuleReach>> ruleReach(Database &db, RowId organizationId)
{
    QSqlQuery query = db.prepare(
        QStringLiteral("SELECT DISTINCT r.id, r.organization_id, r.name, r.duration, r.unit, r.trigger_event, "
                       "r.outcome, c.subject_category_id "
                       "FROM activity_subject_categories c "
                       "JOIN (SELECT id AS activity_id, retention_rule_id AS rule_id FROM processing_activities "
                       "      WHERE retention_rule_id IS NOT NULL "
                       "      UNION SELECT ad.activity_id, d.retention_rule_id FROM activity_data_categories ad "
                       "      JOIN data_categories d ON d.id = ad.data_category_id "
                       "      WHERE d.retention_rule_id IS NOT NULL "
                       // The period an activity gives one category of its data (a register brought in).
                       "      UNION SELECT activity_id, retention_rule_id FROM activity_data_categories "
                       "      WHERE retention_rule_id IS NOT NULL) ar ON ar.activity_id = c.activity_id "
                       "JOIN retention_rules r ON r.id = ar.rule_id%1 "
                       "ORDER BY r.id, c.subject_category_id")
            .arg(organizationId > 0 ? QStringLiteral(" WHERE r.organization_id = ?") : QString()));
    if (organizationId > 0)
        query.addBindValue(organizationId);
    if (!query.exec())
        return Database::sqlError(query);
    QList<RuleReach> reach;
    const SqlRow row(query);
    while (query.next()) {
        const RowId id = row.id("id");
        if (reach.isEmpty() || reach.constLast().rule.id != id) {
            RuleReach r;
            r.rule.id = id;
            r.rule.organizationId = row.id("organization_id");
            r.rule.name = row.text("name");
            r.rule.duration = row.integer("duration");
            r.rule.unit = row.text("unit");
            r.rule.triggerEvent = row.text("trigger_event");
            r.rule.outcome = row.text("outcome");
            r.column = triggerColumn(r.rule.triggerEvent);
            reach << r;
        }
        reach.last().categories << row.id("subject_category_id");
    }
    return reach;
}

Result<QList<DuePurge>> duePurges(Database &db, const QDate &until, RowId organizationId, int limit)
{
    const Result<QList<RuleReach>> reach = ruleReach(db, organizationId);
    if (!reach)
        return reach.error();
    QList<DuePurge> due;
    for (const RuleReach &r : reach.value()) {
        if (r.column.isEmpty())
            continue;
        const QDate cutoff = lastTriggerEndingBy(until, r.rule.duration, r.rule.unit);
        if (!cutoff.isValid())
            continue;
        // Each category of people in the order of its (category, date)
        // index: the soonest of this rule first, read from the index alone
        // until the limit.
        QString sql =
            QStringLiteral("SELECT s.id, s.organization_id, s.first_name, s.last_name, s.email, s.external_ref, "
                           "s.%1 AS trigger_on, %2 AS purge_on, (SELECT min(h.reason) FROM legal_holds h "
                           "WHERE h.subject_id = s.id AND h.lifted_on IS NULL) AS hold_reason FROM data_subjects s "
                           "WHERE s.category_id = ? AND s.%1 <= ? ORDER BY s.%1")
                .arg(r.column,
                     db.sql().addPeriod(QStringLiteral("s.") + r.column, QString::number(r.rule.duration),
                                        unitLiteral(r.rule.unit)));
        if (limit > 0)
            sql += QStringLiteral(" LIMIT %1").arg(limit);
        for (RowId category : r.categories) {
            QSqlQuery query = db.prepare(sql);
            query.addBindValue(category);
            query.addBindValue(dateOrNull(cutoff));
            query.setForwardOnly(true);
            if (!query.exec())
                return Database::sqlError(query);
            const SqlRow row(query);
            while (query.next())
                due << readDuePurge(row, r);
        }
    }
    std::sort(due.begin(), due.end(), [](const DuePurge &a, const DuePurge &b) {
        if (a.purgeOn != b.purgeOn)
            return a.purgeOn < b.purgeOn;
        return a.subjectId != b.subjectId ? a.subjectId < b.subjectId : a.ruleId < b.ruleId;
    });
    if (limit > 0 && due.size() > limit)
        due.resize(limit);
    return due;
}

Result<DueCounts> countDue(Database &db, const QDate &today, const QDate &until, RowId organizationId)
{
    const Result<QList<RuleReach>> reach = ruleReach(db, organizationId);
    if (!reach)
        return reach.error();
    DueCounts counts;
    for (const RuleReach &r : reach.value()) {
        if (r.column.isEmpty())
            continue;
        const QDate cutoff = lastTriggerEndingBy(until, r.rule.duration, r.rule.unit);
        const QDate endedCutoff = lastTriggerEndingBy(today.addDays(-1), r.rule.duration, r.rule.unit);
        for (RowId category : r.categories) {
            QSqlQuery query = db.prepare(
                QStringLiteral(
                    "SELECT count(*) AS periods, coalesce(sum(CASE WHEN s.%1 <= ? THEN 1 ELSE 0 END), 0) AS ended, "
                    "(SELECT count(DISTINCT h.subject_id) FROM legal_holds h JOIN data_subjects x "
                    " ON x.id = h.subject_id WHERE h.lifted_on IS NULL AND x.category_id = ? AND x.%1 <= ?) "
                    "AS held FROM data_subjects s WHERE s.category_id = ? AND s.%1 <= ?")
                    .arg(r.column));
            query.addBindValue(dateOrNull(endedCutoff));
            query.addBindValue(category);
            query.addBindValue(dateOrNull(cutoff));
            query.addBindValue(category);
            query.addBindValue(dateOrNull(cutoff));
            if (!query.exec() || !query.next())
                return Database::sqlError(query);
            const SqlRow row(query);
            counts.periods += row.bigInteger("periods");
            counts.ended += row.bigInteger("ended");
            counts.held += row.bigInteger("held");
        }
    }
    return counts;
}

} // namespace pc::retention
