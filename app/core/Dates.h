#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace pc::dates {

// The UI language's short date format with a four-digit year: "12/03/26"
// is ambiguous in a register kept for years.
QString shortFormat();
// A date, and a moment in local time, written in that format.
QString toText(const QDate &date);
QString toText(const QDateTime &moment);

} // namespace pc::dates
