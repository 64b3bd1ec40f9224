#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pc {
class Database;
}

namespace pc::deadlines {

// Something falling due: an open rights request, a breach not yet notified
// to the authority, people whose retention period ends under a rule, an
// impact assessment to review or an action of its plan.
struct DueItem
{
    enum class Kind { Request, Breach, Purge, DpiaReview, DpiaAction };
    Kind kind = Kind::Request;
    QString organization;
    QString reference;   // the request's or breach's reference, the rule's name, the assessment's name
    QString what;        // the requester, the breach's title, how many people
    QDate due;
    QString time;        // a breach's hour (HH:mm, local), else empty
    QDateTime moment;    // a breach's deadline to the minute (UTC), else invalid
    int calendarDaysLeft = 0;
    int workingDaysLeft = 0;
    bool overdue = false;
};

// What falls due up to `within` days after `today`, overdue items included,
// soonest first.
Result<QList<DueItem>> dueWithin(Database &db, const QDate &today, int within);

} // namespace pc::deadlines
