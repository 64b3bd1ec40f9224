#pragma once

#include "core/Result.h"
#include "domain/Register.h"

#include <QDateTime>

namespace pc {

class Database;

// Where work waits, as the navigation shows it beside each screen: the open
// requests past their deadline or close to it (under each one's law, as the
// worklist counts them), the breaches still to notify to the authority, and
// the retention periods already ended that a purge should take.
struct WaitingWork
{
    // "Due soon": within this many working days, as on the worklist.
    static constexpr int kSoonWorkingDays = 5;

    int overdueRequests = 0;
    int dueSoonRequests = 0;
    int breachesToNotify = 0;
    int breachesOverdue = 0;   // of those, past their notification deadline
    qint64 purgesDue = 0;
    // Impact assessments: reviews and plan actions past their day, reviews
    // coming within kSoonReviewDays.
    static constexpr int kSoonReviewDays = 30;
    int dpiaLate = 0;
    int dpiaReviewsSoon = 0;

    // Counts them for one organization (0: all) at `now` (deadlines fall on
    // its local day), a few aggregate queries; run it off the UI thread, on a
    // connection of its own.
    static Result<WaitingWork> load(Database &db, RowId organizationId, const QDateTime &now);
};

} // namespace pc
