#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace pc::dates {

// How dates are written on screen and in documents: the language's own
// day-month-year order (British for English), or ISO 8601 whatever the
// language. A month-first date is never written: on a legal deadline,
// 11/12/2026 read two ways is a hazard.
enum class Style { Language, Iso };
Style style();
void setStyle(Style style);
// The style as kept in the settings ("language", "iso") and back.
QString styleKey(Style style);
Style styleFromKey(const QString &key);

// The locale whose conventions a language's dates and numbers follow: the
// United Kingdom's for English, France's for French.
QLocale localeFor(const QString &language);

// The short date format of `locale` with a four-digit year ("12/03/26" is
// ambiguous in a register kept for years), or yyyy-MM-dd in the ISO style.
QString shortFormat(const QLocale &locale = QLocale(), Style style = dates::style());
// A date, and a moment in local time, written in that format.
QString toText(const QDate &date, const QLocale &locale = QLocale());
QString toText(const QDateTime &moment, const QLocale &locale = QLocale());
// The same with the weekday before it ("Fri 11/12/2026").
QString withWeekday(const QDate &date, const QLocale &locale = QLocale());
// How far a deadline is from `today`: "today", "in 3 days", "2 days late".
QString distance(const QDate &due, const QDate &today);
// A deadline as an officer reads it: "Fri 11/12/2026 · in 3 days".
QString deadline(const QDate &due, const QDate &today);

} // namespace pc::dates
