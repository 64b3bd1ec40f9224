#include "RetentionSchedule.h"

namespace pc::retention {

QDate triggerDate(const QString &triggerEvent, const DataSubject &s)
{
    if (triggerEvent == QLatin1String("collection") || triggerEvent == QLatin1String("application_date"))
        return s.collectedOn;
    if (triggerEvent == QLatin1String("relationship_end") || triggerEvent == QLatin1String("contract_end"))
        return s.relationshipEnd;
    if (triggerEvent == QLatin1String("termination_notice"))
        return s.terminationNoticeOn;
    if (triggerEvent == QLatin1String("last_contact"))
        return s.lastContactOn;
    return {};   // "custom": dated by the officer, not by the register
}

QDate retentionEnd(const QDate &trigger, int duration, const QString &unit)
{
    if (!trigger.isValid() || duration < 0)
        return {};
    if (unit == QLatin1String("day"))
        return trigger.addDays(duration);
    if (unit == QLatin1String("week"))
        return trigger.addDays(qint64(duration) * 7);
    if (unit == QLatin1String("month"))
        return trigger.addMonths(duration);   // clamps to the month's last day
    if (unit == QLatin1String("year"))
        return trigger.addYears(duration);    // 29 February → 28 February
    return {};
}

QDate retentionEnd(const RetentionRule &rule, const DataSubject &subject)
{
    return retentionEnd(triggerDate(rule.triggerEvent, subject), rule.duration, rule.unit);
}

QString triggerDateSql()
{
    // Kept in step with triggerDate() above; a test compares the two.
    return QStringLiteral("CASE r.trigger_event "
                          "WHEN 'collection' THEN s.collected_on "
                          "WHEN 'application_date' THEN s.collected_on "
                          "WHEN 'relationship_end' THEN s.relationship_end "
                          "WHEN 'contract_end' THEN s.relationship_end "
                          "WHEN 'termination_notice' THEN s.termination_notice_on "
                          "WHEN 'last_contact' THEN s.last_contact_on END");
}

} // namespace pc::retention
