#pragma once

#include "DueList.h"

#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pc {
class Database;
}

namespace pc::deadlines {

// One dated duty as a calendar shows it: a whole day, or a moment (a
// breach's 72 hours, to the minute).
struct CalendarEvent
{
    QString uid;             // the same for the same duty from one run to the next
    QString summary;         // in the reader's language
    QString description;
    QDate day;
    QDateTime moment;        // UTC; invalid for a whole day
    bool alarmDayBefore = true;
};

// A duty `due` lists as a calendar shows it: its summary says what to do.
CalendarEvent eventFor(const DueItem &item);

// Every dated duty by `within` days after `today`, late ones included: what
// `due` lists, the processors' agreements that end, and the yearly check of
// each organization's privacy policy in effect.
Result<QList<CalendarEvent>> calendarEvents(Database &db, const QDate &today, int within);
// The same from the duties `due` lists, already read by the caller over the
// same days.
Result<QList<CalendarEvent>> calendarEvents(Database &db, const QList<DueItem> &items, const QDate &today, int within);

// An iCalendar file (RFC 5545) of the events, stamped `now`.
QByteArray iCalendar(const QList<CalendarEvent> &events, const QDateTime &now);

} // namespace pc::deadlines
