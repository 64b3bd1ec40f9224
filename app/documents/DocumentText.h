#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace pc::documents {

// A phrase of a document sent to a person, in its two languages. Documents
// are written in the person's language whatever the window speaks, so they
// do not go through the translators.
struct Phrase
{
    const char *en;
    const char *fr;

    QString in(const QString &language) const
    {
        return QString::fromUtf8(language == QLatin1String("fr") ? fr : en);
    }
};

// "7 April 2026" / "7 avril 2026"; empty for no date.
inline QString longDate(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return {};
    return QLocale(language == QLatin1String("fr") ? QLocale::French : QLocale::English)
        .toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace pc::documents
