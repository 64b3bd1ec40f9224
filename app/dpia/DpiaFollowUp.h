#pragma once

#include "core/Result.h"
#include "domain/Register.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pc {
class Database;
}

namespace pc::dpia {

// What the impact assessments ask of the officer by a day: a validated
// assessment's review, and the actions of a plan (a part to correct or to
// improve, with the day it is to be done).
struct FollowUpItem
{
    enum class Kind { Review, Action };
    Kind kind = Kind::Review;
    RowId dpiaId = 0;
    QString organization;
    QString dpia;          // its name
    QString what;          // the action, in a line
    QString person;        // who is in charge of it
    QDate due;
};

// Those due by `horizon` (passed ones included), soonest first; for one
// organization, or all when 0. Archived assessments ask nothing.
Result<QList<FollowUpItem>> followUp(Database &db, const QDate &horizon, RowId organizationId = 0);

} // namespace pc::dpia
