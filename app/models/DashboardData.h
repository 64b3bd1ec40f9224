#pragma once

#include "core/Result.h"
#include "domain/Register.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pc {

class Database;

// One count of the requests in a status, with how many of them are overdue.
struct StatusCount
{
    QString status;
    int count = 0;
    int overdue = 0;
};

// Something that falls due: an open request's answer, a breach's
// notification to the authority, an impact assessment's review or an action
// of its plan.
struct DueItem
{
    enum class Kind { Request, Breach, DpiaReview, DpiaAction };
    Kind kind = Kind::Request;
    RowId id = 0;
    QString reference;
    QString title;             // requester, the breach's title, the assessment's action
    QString organization;
    QDateTime due;             // requests: the end of their last day
    qint64 daysLeft = 0;       // negative when overdue
    qint64 hoursLeft = 0;
};

struct ConsentRate
{
    RowId purposeId = 0;
    QString purpose;
    QString organization;
    int given = 0;             // people whose latest event is "given"
    int decided = 0;           // people with any event for the purpose
    double rate() const { return decided > 0 ? double(given) / decided : 0.0; }
};

struct CountryCount
{
    QString country;
    int processors = 0;
};

// How many pieces of personal data fall due for deletion (or anonymisation)
// in a month: one per person and retention rule.
struct MonthCount
{
    QDate month;               // its first day; invalid for "already due"
    int count = 0;
};

// What the dashboard shows, computed by the database in a few aggregate
// queries (never row by row), for one organization or all.
struct DashboardData
{
    QDate today;
    QList<StatusCount> requestsByStatus;
    QList<DueItem> nextDeadlines;      // soonest first
    QList<ConsentRate> consentRates;
    QList<CountryCount> processorsByCountry;
    // Purges due: those already past (month invalid), then the next twelve
    // months from this one.
    QList<MonthCount> purgesByMonth;

    int openRequests() const;
    int overdueRequests() const;

    // Runs the queries; `organizationId` 0 means all organizations.
    static Result<DashboardData> load(Database &db, RowId organizationId, const QDate &today, int deadlineLimit = 50);
};

} // namespace pc
