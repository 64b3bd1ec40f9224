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

// The SQL expression of the day a period of `duration` `unit`s (day, week,
// month, year) ends after the date `trigger`, computed by the database
// itself: a month's end falls on the target month's last day (31 January
// plus one month is 28 or 29 February), as retentionEnd() counts it.
QString purgeDateSql(bool postgresql, const QString &trigger, const QString &duration, const QString &unit);

// Every person and each rule that applies to them, with a trigger date:
// subject_id, organization_id, first_name, last_name, email, external_ref,
// rule_id, rule_name, outcome, trigger_event, duration, unit, trigger_on,
// purge_on. With `byOrganization`, one organization's id is bound.
QString datedRulesSql(bool postgresql, bool byOrganization);

// Every person and rule that applies to them (through the activities that
// process their category) whose period ends on or before `until`, soonest
// first, those under a legal hold included and marked. Computed in one
// query, whatever the register's size; `organizationId` 0 for all, `limit`
// 0 for every row.
Result<QList<DuePurge>> duePurges(Database &db, const QDate &until, RowId organizationId = 0, int limit = 0);

} // namespace pc::retention
