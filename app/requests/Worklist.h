#pragma once

#include "core/Result.h"
#include "domain/Register.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace pc {

class Database;

// One open request as the officer works through them: whose it is, what is
// asked, by when, and whether the clock waits for the person.
struct WorkItem
{
    RowId requestId = 0;
    RowId organizationId = 0;
    QString organization;
    QString reference;
    QString requester;
    QStringList types;
    QString status;
    RowId assigneeId = 0;
    QString assignee;
    QString jurisdiction;
    QDate receivedOn;
    QDate due;               // the extended date once the extension is told, else the first
    bool extended = false;
    QDate waitingSince;      // an identity document or clarification asked for and not yet received
    int calendarDaysLeft = 0;
    int workingDaysLeft = 0;
    bool overdue = false;
};

struct WorklistFilter
{
    RowId organizationId = 0;   // 0: every organization
    // Whose requests: kAnyone, kNobody (not given to anyone yet), or a user's id.
    static constexpr RowId kAnyone = -1;
    static constexpr RowId kNobody = 0;
    RowId assigneeId = kAnyone;
};

// The requests not yet answered, refused or withdrawn, soonest due first
// (then by reference), with the days left on `today` under each one's law.
Result<QList<WorkItem>> openRequests(Database &db, const WorklistFilter &filter, const QDate &today);

} // namespace pc
