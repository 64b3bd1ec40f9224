#include "RequestDeadlines.h"

#include "core/Dates.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace pc::deadlines {
namespace {

struct RequestDeadlinesText
{
    Q_DECLARE_TR_FUNCTIONS(pc::deadlines::RequestDeadlines)
};

QList<Pause> pauses(const RightsRequest &request)
{
    QList<Pause> list;
    if (request.identityRequestedOn.isValid())
        list << Pause{request.identityRequestedOn, request.identityReceivedOn};
    return list;
}

Unit unitOf(const QString &code)
{
    return code == QLatin1String("day") ? Unit::Day : Unit::Month;
}

} // namespace

bool isExtended(const RightsRequest &request)
{
    return request.extensionNotifiedOn.isValid() || request.status == QLatin1String("extended");
}

void applyDeadlines(RightsRequest &request, const DeadlineEngine &engine, const QDate &today)
{
    if (!request.receivedOn.isValid()) {
        request.dueOn = QDate();
        request.extendedDueOn = QDate();
        return;
    }
    const QList<Pause> stopped = pauses(request);
    request.dueOn = engine.due(request.receivedOn, false, stopped, today).due;
    request.extendedDueOn = isExtended(request) && engine.rule().extensionPeriod > 0
        ? engine.due(request.receivedOn, true, stopped, today).due
        : QDate();
}

QString explainDue(const RightsRequest &request, const DeadlineEngine &engine, const QDate &today)
{
    if (!request.receivedOn.isValid())
        return RequestDeadlinesText::tr("The due date follows from the day the request was received.");
    const bool extended = isExtended(request) && engine.rule().extensionPeriod > 0;
    const DueDate due = engine.due(request.receivedOn, extended, pauses(request), today);
    const JurisdictionRule &rule = engine.rule();
    QStringList parts;
    parts << (extended ? rule.extensionCitation : rule.responseCitation);
    if (due.pausedDays > 0) {
        parts << (request.identityReceivedOn.isValid()
                      ? RequestDeadlinesText::tr("The clock stood still %n day(s) while the identity was checked.", nullptr,
                                                 due.pausedDays)
                      : RequestDeadlinesText::tr("The clock has stood still %n day(s), waiting for the identity document.",
                                                 nullptr, due.pausedDays));
    }
    if (due.due != due.periodEnd) {
        parts << RequestDeadlinesText::tr("%1 does not count: %2")
                     .arg(dates::toText(due.periodEnd), rule.shiftCitation);
    }
    return parts.join(QLatin1Char(' '));
}

Result<DeadlineEngine> engineFor(Database &db, const QString &jurisdiction)
{
    std::optional<JurisdictionRule> rule = shippedRule(jurisdiction);
    QSqlQuery kept = db.prepare(QStringLiteral(
        "SELECT law, authority, authority_url, response_period, response_unit, response_citation, extension_period, "
        "extension_unit, extension_citation, shift_to_working_day, breach_notification_hours, breach_citation, notes "
        "FROM jurisdiction_rules WHERE jurisdiction = ?"));
    kept.addBindValue(jurisdiction);
    if (!kept.exec())
        return Database::sqlError(kept);
    if (kept.next()) {
        // The officer's own reading of the law replaces the shipped one.
        JurisdictionRule own = rule.value_or(JurisdictionRule());
        own.jurisdiction = jurisdiction;
        own.law = kept.value(0).toString();
        own.authority = kept.value(1).toString();
        own.authorityUrl = kept.value(2).toString();
        own.responsePeriod = kept.value(3).toInt();
        own.responseUnit = unitOf(kept.value(4).toString());
        own.responseCitation = kept.value(5).toString();
        own.extensionPeriod = kept.value(6).toInt();
        own.extensionUnit = unitOf(kept.value(7).toString());
        own.extensionCitation = kept.value(8).toString();
        if (!kept.value(9).toBool())
            own.shift = Shift::None;
        else if (own.shift == Shift::None)
            own.shift = Shift::WeekendAndHolidays;
        own.breachNotificationHours = kept.value(10).toInt();
        own.breachCitation = kept.value(11).toString();
        own.notes = kept.value(12).toString();
        own.editable = true;
        rule = own;
    }
    if (!rule)
        return Error{RequestDeadlinesText::tr("No deadline rule is known for “%1”.").arg(jurisdiction)};
    QSqlQuery listed = db.prepare(QStringLiteral("SELECT holiday_date FROM public_holidays WHERE jurisdiction = ?"));
    listed.addBindValue(jurisdiction);
    if (!listed.exec())
        return Database::sqlError(listed);
    QList<QDate> days;
    while (listed.next())
        days << toDate(listed.value(0));
    return DeadlineEngine(rule.value(), HolidayCalendar(jurisdiction, days));
}

} // namespace pc::deadlines
