#pragma once

#include "Holidays.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pc::deadlines {

enum class Unit { Day, Month };

// The days a period's last day moves past when it falls on one of them.
enum class Shift {
    None,                 // the period ends on its last day, whatever day it is
    WeekendAndHolidays,   // Saturdays, Sundays and public holidays
    SundaysAndHolidays,   // Sundays and public holidays (Saturday counts)
};

// How long a jurisdiction gives to answer a request and to notify a breach,
// each figure with the text of law it comes from (shown to the officer).
struct JurisdictionRule
{
    QString jurisdiction;   // FR, BE, EU, ZA, TN, VN
    QString law;
    QString authority;
    QString authorityUrl;
    int responsePeriod = 1;
    Unit responseUnit = Unit::Month;
    QString responseCitation;
    int extensionPeriod = 0;   // 0: no extension
    Unit extensionUnit = Unit::Month;
    QString extensionCitation;
    Shift shift = Shift::WeekendAndHolidays;
    QString shiftCitation;
    int breachNotificationHours = 0;   // 0: no fixed number of hours
    QString breachCitation;
    bool editable = false;   // the officer keeps it up to date (no settled reading of the law)
    QString notes;

    bool operator==(const JurisdictionRule &) const = default;
};

// The rules the application ships with, one per jurisdiction code, their
// texts in the UI language.
QList<JurisdictionRule> shippedRules();
std::optional<JurisdictionRule> shippedRule(const QString &jurisdiction);

// A request's clock stopped: from the day an identity document or a
// clarification was asked for to the day it arrived (still stopped when it
// has not arrived).
struct Pause
{
    QDate asked;
    QDate arrived;

    // The days the clock stood still, counting up to `today` while waiting.
    int days(const QDate &today) const;
};

// When a request must be answered, and how that date was reached.
struct DueDate
{
    QDate due;          // the last day to answer
    QDate periodEnd;    // the period's own last day, pauses included, before any move past a day off
    int pausedDays = 0;
    bool extended = false;

    bool isValid() const { return due.isValid(); }
};

// Computes deadlines under one jurisdiction's rule and calendar. Pure: the
// same inputs give the same dates, whatever the day it runs.
class DeadlineEngine final
{
public:
    DeadlineEngine(JurisdictionRule rule, HolidayCalendar calendar);

    const JurisdictionRule &rule() const { return m_rule; }
    const HolidayCalendar &calendar() const { return m_calendar; }

    bool isWorkingDay(const QDate &date) const;
    // The date itself when the rule lets a period end on it, else the next
    // day that does.
    QDate lastDayFrom(const QDate &date) const;

    // The day a request received on `received` must be answered by. A
    // period in months ends on the same date of the last month, or on that
    // month's last day when it has none (Regulation 1182/71 art. 3(2)(c)); a
    // period in days does not count the day of receipt. An extension adds
    // its period to the first, counted from receipt. Paused days move the
    // end by as many days; then an end on a day off moves to the next day
    // the rule counts.
    DueDate due(const QDate &received, bool extended = false, int pausedDays = 0) const;
    DueDate due(const QDate &received, bool extended, const QList<Pause> &pauses, const QDate &today) const;

    // Calendar days from `today` to `due` (negative once overdue).
    static int calendarDaysLeft(const QDate &today, const QDate &due);
    // Working days after `today` up to and including `due`; once overdue,
    // minus the working days since.
    int workingDaysLeft(const QDate &today, const QDate &due) const;
    static bool isOverdue(const QDate &today, const QDate &due) { return due.isValid() && today > due; }

    // A breach must be notified `breachNotificationHours` after the
    // controller became aware of it, in hours, whatever the day; invalid
    // when the rule sets no number of hours.
    QDateTime breachNotificationDue(const QDateTime &aware) const;

private:
    JurisdictionRule m_rule;
    HolidayCalendar m_calendar;
};

// Adds a period to a date: months keep the day of the month or fall on the
// month's last day; days are counted from the day after.
QDate addPeriod(const QDate &from, int period, Unit unit);

} // namespace pc::deadlines
