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

QString datedRulesSql(bool postgresql, bool byOrganization)
{
    // The rules reach a person through the activities that process their
    // category: the activity's own rule, and those of the data categories it
    // processes. A person and a rule count once however many paths join them.
    const QString people =
        QStringLiteral("SELECT DISTINCT s.id AS subject_id, s.organization_id, s.first_name, s.last_name, s.email, "
                       "s.external_ref, r.id AS rule_id, r.name AS rule_name, r.outcome, r.trigger_event, "
                       "r.duration, r.unit, %1 AS trigger_on "
                       "FROM data_subjects s "
                       "JOIN activity_subject_categories c ON c.subject_category_id = s.category_id "
                       "JOIN (SELECT id AS activity_id, retention_rule_id AS rule_id FROM processing_activities "
                       "      WHERE retention_rule_id IS NOT NULL "
                       "      UNION SELECT ad.activity_id, d.retention_rule_id FROM activity_data_categories ad "
                       "      JOIN data_categories d ON d.id = ad.data_category_id "
                       "      WHERE d.retention_rule_id IS NOT NULL) ar ON ar.activity_id = c.activity_id "
                       "JOIN retention_rules r ON r.id = ar.rule_id "
                       // Someone anonymised is already past every rule.
                       "WHERE NOT EXISTS (SELECT 1 FROM tombstones x WHERE x.former_subject_id = s.id)%2")
            .arg(triggerDateSql(), byOrganization ? QStringLiteral(" AND s.organization_id = ?") : QString());
    return QStringLiteral("SELECT t.*, %1 AS purge_on FROM (%2) t WHERE t.trigger_on IS NOT NULL")
        .arg(purgeDateSql(postgresql, QStringLiteral("t.trigger_on"), QStringLiteral("t.duration"),
                          QStringLiteral("t.unit")),
             people);
}

Result<QList<DuePurge>> duePurges(Database &db, const QDate &until, RowId organizationId, int limit)
{
    const QString dated = datedRulesSql(db.isPostgresql(), organizationId > 0);
    QString sql = QStringLiteral("SELECT u.subject_id, u.organization_id, u.first_name, u.last_name, u.email, "
                                 "u.external_ref, u.rule_id, u.rule_name, u.outcome, u.trigger_event, u.trigger_on, "
                                 "u.purge_on, (SELECT min(h.reason) FROM legal_holds h WHERE h.subject_id = u.subject_id "
                                 "AND h.lifted_on IS NULL) "
                                 "FROM (%1) u WHERE u.purge_on <= ? ORDER BY u.purge_on, u.subject_id, u.rule_id")
                      .arg(dated);
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery query = db.prepare(sql);
    if (organizationId > 0)
        query.addBindValue(organizationId);
    query.addBindValue(dateOrNull(until));
    query.setForwardOnly(true);
    if (!query.exec())
        return Database::sqlError(query);
    QList<DuePurge> due;
    while (query.next()) {
        DuePurge item;
        item.subjectId = query.value(0).toLongLong();
        item.organizationId = query.value(1).toLongLong();
        item.subjectName = QStringLiteral("%1 %2").arg(query.value(2).toString(), query.value(3).toString()).trimmed();
        if (item.subjectName.isEmpty())
            item.subjectName = query.value(4).toString();
        if (item.subjectName.isEmpty())
            item.subjectName = query.value(5).toString();
        item.ruleId = query.value(6).toLongLong();
        item.rule = query.value(7).toString();
        item.outcome = query.value(8).toString();
        item.triggerEvent = query.value(9).toString();
        item.triggerOn = toDate(query.value(10));
        item.purgeOn = toDate(query.value(11));
        item.holdReason = query.value(12).toString();
        due << item;
    }
    return due;
}

} // namespace pc::retention
