#include "Dates.h"

#include <QCoreApplication>

#include <atomic>

namespace pc::dates {
namespace {

std::atomic<Style> &currentStyle()
{
    static std::atomic<Style> value{Style::Language};
    return value;
}

} // namespace

Style style()
{
    return currentStyle().load();
}

void setStyle(Style value)
{
    currentStyle().store(value);
}

QString styleKey(Style value)
{
    return value == Style::Iso ? QStringLiteral("iso") : QStringLiteral("language");
}

Style styleFromKey(const QString &key)
{
    return key == QLatin1String("iso") ? Style::Iso : Style::Language;
}

QLocale localeFor(const QString &language)
{
    if (language == QLatin1String("fr"))
        return QLocale(QLocale::French, QLocale::France);
    if (language == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    return QLocale(language);
}

QString shortFormat(const QLocale &locale, Style wanted)
{
    if (wanted == Style::Iso)
        return QStringLiteral("yyyy-MM-dd");
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    // A locale that puts the month first (American English) is written the
    // ISO way rather than in an order half our officers would misread.
    const qsizetype month = format.indexOf(QLatin1Char('M'));
    const qsizetype day = format.indexOf(QLatin1Char('d'));
    if (month >= 0 && day >= 0 && month < day)
        return QStringLiteral("yyyy-MM-dd");
    return format;
}

QString toText(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, shortFormat(locale)) : QString();
}

QString toText(const QDateTime &moment, const QLocale &locale)
{
    if (!moment.isValid())
        return QString();
    return locale.toString(moment.toLocalTime(),
                           shortFormat(locale) + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat));
}

QString withWeekday(const QDate &date, const QLocale &locale)
{
    if (!date.isValid())
        return QString();
    return locale.toString(date, QStringLiteral("ddd ")) + toText(date, locale);
}

QString distance(const QDate &due, const QDate &today)
{
    if (!due.isValid() || !today.isValid())
        return QString();
    const qint64 days = today.daysTo(due);
    if (days == 0)
        return QCoreApplication::translate("pc::dates", "today");
    if (days > 0)
        return QCoreApplication::translate("pc::dates", "in %n day(s)", nullptr, int(days));
    return QCoreApplication::translate("pc::dates", "%n day(s) late", nullptr, int(-days));
}

QString deadline(const QDate &due, const QDate &today)
{
    if (!due.isValid())
        return QString();
    //: A deadline: its weekday and date, then how far it is ("Fri 11/12/2026 · in 3 days").
    return QCoreApplication::translate("pc::dates", "%1 · %2").arg(withWeekday(due), distance(due, today));
}

} // namespace pc::dates
