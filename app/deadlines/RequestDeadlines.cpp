#include "RequestDeadlines.h"

#include "core/Dates.h"
#include "storage/Database.h"
#include "storage/SqlRow.h"

#include <QCoreApplication>
#include <QSqlQuery>


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
    if (request.clarificationRequestedOn.isValid())
        list << Pause{request.clarificationRequestedOn, request.clarificationReceivedOn};
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

QDate waitingSince(const RightsRequest &request)
{
    QDate since;
    for (const Pause &pause : pauses(request)) {
        if (!pause.arrived.isValid() && (!since.isValid() || pause.asked < since))
            since = pause.asked;
    }
    return since;
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
        const bool waiting = waitingSince(request).isValid();
        parts << (waiting ? RequestDeadlinesText::tr("The clock has stood still %n day(s), waiting for the person's answer.",
                                                     nullptr, due.pausedDays)
                          : RequestDeadlinesText::tr("The clock stood still %n day(s) while the person was asked for "
                                                     "their identity or a clarification.",
                                                     nullptr, due.pausedDays));
    }
    if (due.due != due.periodEnd) {
        parts << RequestDeadlinesText::tr("%1 does not count: %2")
                     .arg(dates::toText(due.periodEnd), rule.shiftCitation);
    }
    return parts.join(QLatin1Char(' '));
}

namespace {

// The officer's own reading of a jurisdiction's law, over the shipped one.
void readOwnRule(const SqlRow &row, JurisdictionRule &own)
{
    own.law = row.text("law");
    own.authority = row.text("authority");
    own.authorityUrl = row.text("authority_url");
    own.responsePeriod = row.integer("response_period");
    own.responseUnit = unitOf(row.text("response_unit"));
    own.responseCitation = row.text("response_citation");
    own.extensionPeriod = row.integer("extension_period");
    own.extensionUnit = unitOf(row.text("extension_unit"));
    own.extensionCitation = row.text("extension_citation");
    if (!row.flag("shift_to_working_day"))
        own.shift = Shift::None;
    else if (own.shift == Shift::None)
        own.shift = Shift::WeekendAndHolidays;
    own.breachNotificationHours = row.integer("breach_notification_hours");
    own.breachCitation = row.text("breach_citation");
    own.notes = row.text("notes");
}

// The dates of an open request that its deadlines are computed from.
RightsRequest readOpenRequest(const SqlRow &row)
{
    RightsRequest r;
    r.id = row.id("id");
    r.jurisdiction = row.text("jurisdiction");
    r.status = row.text("status");
    r.receivedOn = row.date("received_on");
    r.extensionNotifiedOn = row.date("extension_notified_on");
    r.identityRequestedOn = row.date("identity_requested_on");
    r.identityReceivedOn = row.date("identity_received_on");
    r.clarificationRequestedOn = row.date("clarification_requested_on");
    r.clarificationReceivedOn = row.date("clarification_received_on");
    return r;
}

} // namespace

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
    const SqlRow row(kept);
    if (kept.next()) {
        // The officer's own reading of the law replaces the shipped one.
        JurisdictionRule own = rule.value_or(JurisdictionRule());
        own.jurisdiction = jurisdiction;
        readOwnRule(row, own);
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
    const SqlRow day(listed);
    while (listed.next())
        days << day.date("holiday_date");
    return DeadlineEngine(rule.value(), HolidayCalendar(jurisdiction, days));
}

Result<const DeadlineEngine *> EngineCache::get(const QString &jurisdiction)
{
    auto known = m_engines.find(jurisdiction);
    if (known == m_engines.end()) {
        Result<DeadlineEngine> made = engineFor(m_db, jurisdiction);
        if (!made)
            return made.error();
        known = m_engines.emplace(jurisdiction, made.value()).first;
    }
    return &known->second;
}

Result<int> recomputeOpenRequests(Database &db, const QDate &today)
{
    QSqlQuery open(db.connection());
    if (!open.exec(QStringLiteral(
            "SELECT id, jurisdiction, status, received_on, extension_notified_on, identity_requested_on, "
            "identity_received_on, clarification_requested_on, clarification_received_on, due_on, extended_due_on "
            "FROM rights_requests WHERE status NOT IN ('answered', 'refused', 'withdrawn')")))
        return Database::sqlError(open);
    struct Change
    {
        RowId id;
        QDate due;
        QDate extendedDue;
    };
    QList<Change> changes;
    EngineCache engines(db);
    const SqlRow row(open);
    while (open.next()) {
        RightsRequest r = readOpenRequest(row);
        const QDate storedDue = row.date("due_on");
        const QDate storedExtended = row.date("extended_due_on");
        const Result<const DeadlineEngine *> engine = engines.get(r.jurisdiction);
        if (!engine)
            return engine.error();
        applyDeadlines(r, *engine.value(), today);
        // An extension told without a period in the rule keeps the date the officer set.
        if (!r.extendedDueOn.isValid())
            r.extendedDueOn = storedExtended;
        if (r.dueOn != storedDue || r.extendedDueOn != storedExtended)
            changes << Change{r.id, r.dueOn, r.extendedDueOn};
    }
    open.finish();
    for (const Change &change : std::as_const(changes)) {
        QSqlQuery update = db.prepare(QStringLiteral(
            "UPDATE rights_requests SET due_on = ?, extended_due_on = ?, row_version = row_version + 1 WHERE id = ?"));
        update.addBindValue(dateOrNull(change.due));
        update.addBindValue(dateOrNull(change.extendedDue));
        update.addBindValue(change.id);
        if (!update.exec())
            return Database::sqlError(update);
    }
    return int(changes.size());
}

} // namespace pc::deadlines
