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

namespace {

struct Listed
{
    int year;
    int month;
    int day;
    int days; // consecutive days from that date
    const char *name;
};

// Tunisia: Décret présidentiel n° 2021-223 du 7 décembre 2021 (the days off
// of the State's staff). The religious feasts follow the moon: 2025 as
// observed; 2026 with Aïd el-Fitr as announced and the others expected;
// 2027 expected, within a day.
constexpr Listed kTunisia[] = {
    {2025, 1, 1, 1, "Jour de l'An"},
    {2025, 3, 20, 1, "Fête de l'Indépendance"},
    {2025, 3, 30, 3, "Aïd el-Fitr"},
    {2025, 4, 9, 1, "Journée des Martyrs"},
    {2025, 5, 1, 1, "Fête du Travail"},
    {2025, 6, 6, 2, "Aïd el-Idha"},
    {2025, 6, 26, 1, "Ras el Am el Hejri"},
    {2025, 7, 25, 1, "Fête de la République"},
    {2025, 8, 13, 1, "Fête de la Femme"},
    {2025, 9, 4, 1, "Mouled"},
    {2025, 10, 15, 1, "Fête de l'Évacuation"},
    {2025, 12, 17, 1, "Fête de la Révolution"},
    {2026, 1, 1, 1, "Jour de l'An"},
    {2026, 3, 20, 1, "Fête de l'Indépendance"},
    {2026, 3, 21, 2, "Aïd el-Fitr"},
    {2026, 4, 9, 1, "Journée des Martyrs"},
    {2026, 5, 1, 1, "Fête du Travail"},
    {2026, 5, 27, 2, "Aïd el-Idha"},
    {2026, 6, 16, 1, "Ras el Am el Hejri"},
    {2026, 7, 25, 1, "Fête de la République"},
    {2026, 8, 13, 1, "Fête de la Femme"},
    {2026, 8, 25, 1, "Mouled"},
    {2026, 10, 15, 1, "Fête de l'Évacuation"},
    {2026, 12, 17, 1, "Fête de la Révolution"},
    {2027, 1, 1, 1, "Jour de l'An"},
    {2027, 3, 10, 3, "Aïd el-Fitr"},
    {2027, 3, 20, 1, "Fête de l'Indépendance"},
    {2027, 4, 9, 1, "Journée des Martyrs"},
    {2027, 5, 1, 1, "Fête du Travail"},
    {2027, 5, 17, 2, "Aïd el-Idha"},
    {2027, 6, 6, 1, "Ras el Am el Hejri"},
    {2027, 7, 25, 1, "Fête de la République"},
    {2027, 8, 13, 1, "Fête de la Femme"},
    {2027, 8, 15, 1, "Mouled"},
    {2027, 10, 15, 1, "Fête de l'Évacuation"},
    {2027, 12, 17, 1, "Fête de la Révolution"},
};

// Vietnam: Labour Code 2019, Art. 112 (eleven days, the Prime Minister fixing
// each year the days of Tết and National Day), with the days off decided for
// public servants in 2025 and 2026; 2027 as expected before that decision.
constexpr Listed kVietnam[] = {
    {2025, 1, 1, 1, "Tết Dương lịch"},
    {2025, 1, 25, 9, "Tết Nguyên Đán"},
    {2025, 4, 7, 1, "Giỗ Tổ Hùng Vương"},
    {2025, 4, 30, 1, "Ngày Chiến thắng"},
    {2025, 5, 1, 1, "Quốc tế Lao động"},
    {2025, 5, 2, 1, "Nghỉ hoán đổi (Quốc tế Lao động)"},
    {2025, 8, 30, 4, "Quốc khánh"},
    {2026, 1, 1, 1, "Tết Dương lịch"},
    {2026, 1, 2, 1, "Nghỉ hoán đổi (Tết Dương lịch)"},
    {2026, 2, 14, 9, "Tết Nguyên Đán"},
    {2026, 4, 27, 1, "Nghỉ bù Giỗ Tổ Hùng Vương"},
    {2026, 4, 30, 1, "Ngày Chiến thắng"},
    {2026, 5, 1, 1, "Quốc tế Lao động"},
    {2026, 8, 29, 5, "Quốc khánh"},
    {2027, 1, 1, 1, "Tết Dương lịch"},
    {2027, 2, 5, 5, "Tết Nguyên Đán"},
    {2027, 4, 16, 1, "Giỗ Tổ Hùng Vương"},
    {2027, 4, 30, 1, "Ngày Chiến thắng"},
    {2027, 5, 3, 1, "Nghỉ bù Quốc tế Lao động"},
    {2027, 9, 2, 2, "Quốc khánh"},
};

template<std::size_t N>
QList<Holiday> expand(const Listed (&list)[N])
{
    QList<Holiday> days;
    for (const Listed &entry : list) {
        for (int i = 0; i < entry.days; ++i)
            days << Holiday{QDate(entry.year, entry.month, entry.day).addDays(i), QString::fromUtf8(entry.name)};
    }
    std::sort(days.begin(), days.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return days;
}

} // namespace

QList<Holiday> shippedHolidayList(const QString &jurisdiction)
{
    if (jurisdiction == QLatin1String("TN"))
        return expand(kTunisia);
    if (jurisdiction == QLatin1String("VN"))
        return expand(kVietnam);
    return {};
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
