#include "RetentionDue.h"

#include "RetentionSchedule.h"
#include "storage/Database.h"

#include <QSqlQuery>

namespace pc::retention {

QString purgeDateSql(bool postgresql, const QString &trigger, const QString &duration, const QString &unit)
{
    if (postgresql) {
        // Adding months to a date clamps to the month's last day.
        return QStringLiteral("(CASE %3 "
                              "WHEN 'day' THEN %1 + %2 "
                              "WHEN 'week' THEN %1 + 7 * %2 "
                              "WHEN 'month' THEN CAST(%1 + make_interval(months => %2) AS DATE) "
                              "WHEN 'year' THEN CAST(%1 + make_interval(years => %2) AS DATE) END)")
            .arg(trigger, duration, unit);
    }
    // SQLite's date() carries an overflowing day into the next month
    // (31 January + 1 month is 3 March): the day is added to the target
    // month's first day and kept within that month.
    const QString months = QStringLiteral("(CASE %1 WHEN 'year' THEN 12 * %2 ELSE %2 END)").arg(unit, duration);
    const QString clamped =
        QStringLiteral("min(date(%1, 'start of month', '+' || %2 || ' months', "
                       "'+' || (CAST(strftime('%d', %1) AS INTEGER) - 1) || ' days'), "
                       "date(%1, 'start of month', '+' || (%2 + 1) || ' months', '-1 day'))")
            .arg(trigger, months);
    return QStringLiteral("(CASE %3 "
                          "WHEN 'day' THEN date(%1, '+' || %2 || ' days') "
                          "WHEN 'week' THEN date(%1, '+' || (7 * %2) || ' days') "
                          "WHEN 'month' THEN %4 WHEN 'year' THEN %4 END)")
        .arg(trigger, duration, unit, clamped);
}

namespace {

QString personName(const QSqlQuery &query, int first)
{
    return personLabel(query.value(first).toString(), query.value(first + 1).toString(),
                       query.value(first + 2).toString(), query.value(first + 3).toString());
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
                       "      WHERE d.retention_rule_id IS NOT NULL) ar ON ar.activity_id = c.activity_id "
                       "JOIN retention_rules r ON r.id = ar.rule_id%1 "
                       "ORDER BY r.id, c.subject_category_id")
            .arg(organizationId > 0 ? QStringLiteral(" WHERE r.organization_id = ?") : QString()));
    if (organizationId > 0)
        query.addBindValue(organizationId);
    if (!query.exec())
        return Database::sqlError(query);
    QList<RuleReach> reach;
    while (query.next()) {
        const RowId id = query.value(0).toLongLong();
        if (reach.isEmpty() || reach.constLast().rule.id != id) {
            RuleReach r;
            r.rule.id = id;
            r.rule.organizationId = query.value(1).toLongLong();
            r.rule.name = query.value(2).toString();
            r.rule.duration = query.value(3).toInt();
            r.rule.unit = query.value(4).toString();
            r.rule.triggerEvent = query.value(5).toString();
            r.rule.outcome = query.value(6).toString();
            r.column = triggerColumn(r.rule.triggerEvent);
            reach << r;
        }
        reach.last().categories << query.value(7).toLongLong();
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
        QString sql = QStringLiteral("SELECT s.id, s.organization_id, s.first_name, s.last_name, s.email, s.external_ref, "
                                     "s.%1, %2, (SELECT min(h.reason) FROM legal_holds h WHERE h.subject_id = s.id "
                                     "AND h.lifted_on IS NULL) FROM data_subjects s "
                                     "WHERE s.category_id = ? AND s.%1 <= ? ORDER BY s.%1")
                          .arg(r.column, purgeDateSql(db.isPostgresql(), QStringLiteral("s.") + r.column,
                                                      QString::number(r.rule.duration), unitLiteral(r.rule.unit)));
        if (limit > 0)
            sql += QStringLiteral(" LIMIT %1").arg(limit);
        for (RowId category : r.categories) {
            QSqlQuery query = db.prepare(sql);
            query.addBindValue(category);
            query.addBindValue(dateOrNull(cutoff));
            query.setForwardOnly(true);
            if (!query.exec())
                return Database::sqlError(query);
            while (query.next()) {
                DuePurge item;
                item.subjectId = query.value(0).toLongLong();
                item.organizationId = query.value(1).toLongLong();
                item.subjectName = personName(query, 2);
                item.ruleId = r.rule.id;
                item.rule = r.rule.name;
                item.outcome = r.rule.outcome;
                item.triggerEvent = r.rule.triggerEvent;
                item.triggerOn = toDate(query.value(6));
                item.purgeOn = toDate(query.value(7));
                item.holdReason = query.value(8).toString();
                due << item;
            }
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
                QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN s.%1 <= ? THEN 1 ELSE 0 END), 0), "
                               "(SELECT count(DISTINCT h.subject_id) FROM legal_holds h JOIN data_subjects x "
                               " ON x.id = h.subject_id WHERE h.lifted_on IS NULL AND x.category_id = ? AND x.%1 <= ?) "
                               "FROM data_subjects s WHERE s.category_id = ? AND s.%1 <= ?")
                    .arg(r.column));
            query.addBindValue(dateOrNull(endedCutoff));
            query.addBindValue(category);
            query.addBindValue(dateOrNull(cutoff));
            query.addBindValue(category);
            query.addBindValue(dateOrNull(cutoff));
            if (!query.exec() || !query.next())
                return Database::sqlError(query);
            counts.periods += query.value(0).toLongLong();
            counts.ended += query.value(1).toLongLong();
            counts.held += query.value(2).toLongLong();
        }
    }
    return counts;
}

} // namespace pc::retention
