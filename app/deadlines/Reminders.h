#pragma once

#include "DueList.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace pc::deadlines {

// What the desktop tells the officer while the console runs: what falls due
// today and what is overdue, each item once a day, whatever the number of
// times the list is looked at. The clock is the caller's (a test's).
class Reminders final
{
public:
    // The items of `items` to announce at `now`: due today or overdue, not
    // announced yet on now's day. They are remembered as announced.
    QList<DueItem> take(const QList<DueItem> &items, const QDateTime &now);

    // What was announced on the day remembered, to keep between runs
    // ("yyyy-MM-dd" first, then a key per item), and back.
    QStringList memory() const;
    void restore(const QStringList &memory);

    // An item's identity from one look to the next.
    static QString key(const DueItem &item);

private:
    QDate m_day;
    QSet<QString> m_announced;
};

} // namespace pc::deadlines
