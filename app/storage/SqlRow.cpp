#include "SqlRow.h"

#include "Database.h"

#include <QSqlRecord>

#include <cstring>

namespace pc {

QDate SqlRow::date(const char *column) const
{
    return toDate(value(column));
}

QDateTime SqlRow::dateTime(const char *column) const
{
    return toDateTime(value(column));
}

int SqlRow::indexOf(const char *column) const
{
    // The same name in another literal (another translation unit) is found
    // by its text, and remembered under that address too.
    for (const Column &known : m_columns) {
        if (known.name == column)
            return known.index;
        if (std::strcmp(known.name, column) == 0) {
            const int found = known.index;
            m_columns.push_back(Column{column, found});
            return found;
        }
    }
    const int found = m_query.record().indexOf(QLatin1String(column));
    if (found >= 0)
        m_columns.push_back(Column{column, found});
    return found;
}

int SqlRow::lookUp(const char *column) const
{
    const int found = indexOf(column);
    if (found < 0)
        qFatal("No column \"%s\" in the rows of: %s", column, qPrintable(m_query.lastQuery()));
    return found;
}

} // namespace pc
