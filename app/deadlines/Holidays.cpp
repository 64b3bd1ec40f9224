#include "Holidays.h"

#include <QCoreApplication>

#include <algorithm>

namespace pc::deadlines {
namespace {

struct HolidaysText
{
    Q_DECLARE_TR_FUNCTIONS(pc::deadlines::Holidays)
};

// A holiday on a fixed day of the year, or a number of days from Easter Sunday.
struct Rule
{
    int month;   // 0: relative to Easter
    int day;     // day of the month, or days after Easter Sunday
    const char *name;
};

constexpr Rule kFrance[] = {
    {1, 1, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "New Year's Day")},
    {0, 1, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Easter Monday")},
    {5, 1, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Labour Day")},
    {5, 8, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Victory in Europe Day")},
    {0, 39, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Ascension Day")},
    {0, 50, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Whit Monday")},
    {7, 14, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Bastille Day")},
    {8, 15, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Assumption Day")},
    {11, 1, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "All Saints' Day")},
    {11, 11, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Armistice Day")},
    {12, 25, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Christmas Day")},
};

constexpr Rule kBelgium[] = {
    {1, 1, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "New Year's Day")},
    {0, 1, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Easter Monday")},
    {5, 1, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Labour Day")},
    {0, 39, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Ascension Day")},
    {0, 50, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Whit Monday")},
    {7, 21, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Belgian National Day")},
    {8, 15, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Assumption Day")},
    {11, 1, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "All Saints' Day")},
    {11, 11, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Armistice Day")},
    {12, 25, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Christmas Day")},
};

constexpr Rule kSouthAfrica[] = {
    {1, 1, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "New Year's Day")},
    {3, 21, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Human Rights Day")},
    {0, -2, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Good Friday")},
    {0, 1, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Family Day")},
    {4, 27, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Freedom Day")},
    {5, 1, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Workers' Day")},
    {6, 16, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Youth Day")},
    {8, 9, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "National Women's Day")},
    {9, 24, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Heritage Day")},
    {12, 16, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Day of Reconciliation")},
    {12, 25, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Christmas Day")},
    {12, 26, QT_TRANSLATE_NOOP("pc::deadlines::Holidays", "Day of Goodwill")},
};

template<std::size_t N>
QList<Holiday> fromRules(const Rule (&rules)[N], int year)
{
    const QDate easter = easterSunday(year);
    QList<Holiday> days;
    for (const Rule &rule : rules) {
        const QDate date = rule.month == 0 ? easter.addDays(rule.day) : QDate(year, rule.month, rule.day);
        days << Holiday{date, QCoreApplication::translate("pc::deadlines::Holidays", rule.name)};
    }
    return days;
}

} // namespace

QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

bool hasComputedCalendar(const QString &jurisdiction)
{
    return jurisdiction == QLatin1String("FR") || jurisdiction == QLatin1String("BE")
        || jurisdiction == QLatin1String("ZA");
}

QList<Holiday> computedHolidays(const QString &jurisdiction, int year)
{
    QList<Holiday> days;
    if (jurisdiction == QLatin1String("FR")) {
        days = fromRules(kFrance, year);
    } else if (jurisdiction == QLatin1String("BE")) {
        days = fromRules(kBelgium, year);
    } else if (jurisdiction == QLatin1String("ZA")) {
        days = fromRules(kSouthAfrica, year);
        // Section 2(1): a holiday on a Sunday gives the Monday after it,
        // unless that Monday is a holiday already.
        const QList<Holiday> named = days;
        for (const Holiday &holiday : named) {
            if (holiday.date.dayOfWeek() != Qt::Sunday)
                continue;
            const QDate monday = holiday.date.addDays(1);
            const bool taken = std::any_of(days.cbegin(), days.cend(), [&](const Holiday &h) { return h.date == monday; });
            if (!taken)
                days << Holiday{monday, HolidaysText::tr("Public holiday (%1 fell on a Sunday)").arg(holiday.name)};
        }
    }
    std::sort(days.begin(), days.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return days;
}

HolidayCalendar::HolidayCalendar(const QString &jurisdiction, const QList<QDate> &listed)
    : m_jurisdiction(jurisdiction), m_listed(listed.cbegin(), listed.cend())
{
}

bool HolidayCalendar::isHoliday(const QDate &date) const
{
    if (m_listed.contains(date))
        return true;
    if (!hasComputedCalendar(m_jurisdiction))
        return false;
    if (!m_computedYears.contains(date.year())) {
        m_computedYears.insert(date.year());
        for (const Holiday &holiday : computedHolidays(m_jurisdiction, date.year()))
            m_computed.insert(holiday.date);
    }
    return m_computed.contains(date);
}

} // namespace pc::deadlines
