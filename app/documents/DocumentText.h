#pragma once

#include "core/Dates.h"

#include <QByteArray>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace pc::documents {

// One line of a CSV file (RFC 4180): cells quoted when they hold a comma, a
// quotation mark or a line break; lines end with CRLF.
inline QByteArray csvLine(const QStringList &cells)
{
    QStringList quoted;
    for (const QString &cell : cells) {
        QString value = cell;
        if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('\n'))
            || value.contains(QLatin1Char('\r'))) {
            value.replace(QLatin1String("\""), QLatin1String("\"\""));
            value = QLatin1Char('"') + value + QLatin1Char('"');
        }
        quoted << value;
    }
    return quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

// "7 April 2026" / "7 avril 2026"; empty for no date.
inline QString longDate(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return {};
    return dates::localeFor(language)
        .toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace pc::documents
