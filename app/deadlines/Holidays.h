#pragma once

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace pc::deadlines {

// A day off fixed by law, with its name in the UI language.
struct Holiday
{
    QDate date;
    QString name;
};

// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).
QDate easterSunday(int year);

// Whether the law's holidays of a jurisdiction are computed for any year
// (France, Belgium, South Africa) rather than kept as yearly lists.
bool hasComputedCalendar(const QString &jurisdiction);

// The public holidays of a computed calendar in one year, by date:
// - France (Code du travail, art. L3133-1; metropolitan France, without the
//   two extra days of Alsace-Moselle);
// - Belgium (arrêté royal du 18 avril 1974);
// - South Africa (Public Holidays Act 36 of 1994, including its section 2(1):
//   a holiday falling on a Sunday makes the following Monday a holiday).
// Empty for the other jurisdictions.
QList<Holiday> computedHolidays(const QString &jurisdiction, int year);

// The public holidays shipped as lists for the jurisdictions whose calendar
// follows the moon or a yearly decision (Tunisia, Vietnam), for the years
// 2025 to 2027, with their names as the country writes them. They seed the
// register's editable lists; the officer checks each year against the
// government's announcement. Empty for the other jurisdictions.
QList<Holiday> shippedHolidayList(const QString &jurisdiction);

// The days a jurisdiction does not count as working days, apart from its
// weekend: its computed holidays for the years asked for, plus the dates
// kept for it in the register (holidays declared for one year, or the whole
// list of a jurisdiction without a computed calendar).
class HolidayCalendar final
{
public:
    HolidayCalendar() = default;
    HolidayCalendar(const QString &jurisdiction, const QList<QDate> &listed);

    const QString &jurisdiction() const { return m_jurisdiction; }
    bool isHoliday(const QDate &date) const;

private:
    QString m_jurisdiction;
    QSet<QDate> m_listed;
    mutable QSet<int> m_computedYears;
    mutable QSet<QDate> m_computed;
};

} // namespace pc::deadlines
