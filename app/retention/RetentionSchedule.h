#pragma once

#include "domain/People.h"
#include "domain/Register.h"

#include <QDate>
#include <QString>

namespace pc::retention {

// The date a rule's period starts for one person: the life-cycle date its
// trigger names (invalid when the person has none, or the event is one the
// register does not date).
QDate triggerDate(const QString &triggerEvent, const DataSubject &subject);

// The day after which data kept under the rule must go: `trigger` plus the
// rule's duration, the end of a month falling on the month's last day
// (31 January + 1 month is 28 or 29 February).
QDate retentionEnd(const QDate &trigger, int duration, const QString &unit);

// The same for a person, invalid when the rule cannot be dated for them.
QDate retentionEnd(const RetentionRule &rule, const DataSubject &subject);

// The SQL expression that picks a person's trigger date (alias `s`) for the
// trigger of a rule (alias `r`), in the register's own columns.
QString triggerDateSql();

} // namespace pc::retention
