#pragma once

#include "core/Result.h"
#include "domain/Register.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pc {
class Database;
}

namespace pc::retention {

// One person whose data a retention rule says must go, and when.
struct DuePurge
{
    RowId subjectId = 0;
    RowId organizationId = 0;
    QString subjectName;     // first and last name, else the e-mail, else the external reference
    RowId ruleId = 0;
    QString rule;
    QString outcome;         // delete, anonymise, archive
    QString triggerEvent;
    QDate triggerOn;
    QDate purgeOn;           // the day after which the data must be gone
    QString holdReason;      // a legal hold in force suspends the purge; empty when none

    bool isHeld() const { return !holdReason.isEmpty(); }
};

// A retention rule and the categories of people it reaches: through the
// activities that process them, the activity's own rule and those of the
// data categories it processes.
struct RuleReach
{
    RetentionRule rule;
    QList<RowId> categories;
    QString column;          // the people's date it counts from; empty when the register does not date it
};
Result<QList<RuleReach>> ruleReach(Database &db, RowId organizationId = 0);

// The column of data_subjects a trigger event dates from; empty for a custom event.
QString triggerColumn(const QString &triggerEvent);

// The latest trigger date whose period of `duration` `unit`s ends on or
// before `until`: a person is due by `until` exactly when their trigger date
// is on or before it.
QDate lastTriggerEndingBy(const QDate &until, int duration, const QString &unit);

// Every person and rule that applies to them whose period ends on or before
// `until`, soonest first, those under a legal hold included and marked. Each
// rule is a range of an index on the date it counts from, whatever the
// register's size; `organizationId` 0 for all, `limit` 0 for every row.
Result<QList<DuePurge>> duePurges(Database &db, const QDate &until, RowId organizationId = 0, int limit = 0);

// How many periods end on or before `until`, how many had ended before
// `today`, and how many of them a legal hold suspends.
struct DueCounts
{
    qint64 periods = 0;
    qint64 ended = 0;
    qint64 held = 0;
};
Result<DueCounts> countDue(Database &db, const QDate &today, const QDate &until, RowId organizationId = 0);

} // namespace pc::retention
