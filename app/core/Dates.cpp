#include "Dates.h"

#include <QLocale>

namespace pc::dates {

QString shortFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString toText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, shortFormat()) : QString();
}

QString toText(const QDateTime &moment)
{
    if (!moment.isValid())
        return QString();
    const QLocale locale;
    return locale.toString(moment.toLocalTime(), shortFormat() + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat));
}

} // namespace pc::dates
