#pragma once

#include "domain/Register.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <vector>

namespace pc {

// The current row of a query, read by column name. Each name is looked up
// once per query, then found again by the address of its literal: reading a
// million rows costs no more than reading them by position. A name the query
// does not select is a mistake of the code: it stops the program, the name
// and the statement in the message, rather than read as NULL. The names are
// those of the statement the query ran when first read: make a SqlRow for
// each statement a query runs.
//
//     QSqlQuery query = db.prepare("SELECT id, name, created_on FROM ...");
//     ...
//     const SqlRow row(query);
//     while (query.next())
//         items << readItem(row);
class SqlRow final
{
public:
    explicit SqlRow(const QSqlQuery &query) : m_query(query) {}
    SqlRow(const SqlRow &) = delete;
    SqlRow &operator=(const SqlRow &) = delete;

    // The column's value as the driver gives it.
    QVariant value(const char *column) const { return m_query.value(index(column)); }
    bool isNull(const char *column) const { return m_query.isNull(index(column)); }

    QString text(const char *column) const { return value(column).toString(); }
    // 0 for NULL, as an unset id is everywhere.
    RowId id(const char *column) const { return value(column).toLongLong(); }
    int integer(const char *column) const { return value(column).toInt(); }
    qint64 bigInteger(const char *column) const { return value(column).toLongLong(); }
    double number(const char *column) const { return value(column).toDouble(); }
    // A boolean column (1/0 on SQLite, true/false on PostgreSQL).
    bool flag(const char *column) const { return value(column).toBool(); }
    // A date or timestamp in either engine's form; invalid for NULL.
    QDate date(const char *column) const;
    QDateTime dateTime(const char *column) const;

    // Where the query has this column, -1 when it has none.
    int indexOf(const char *column) const;

private:
    // Where the column is, looked up on its first use; stops the program for
    // a name the query does not have.
    int index(const char *column) const
    {
        for (const Column &known : m_columns) {
            if (known.name == column)
                return known.index;
        }
        return lookUp(column);
    }
    int lookUp(const char *column) const;

    struct Column
    {
        const char *name;
        int index;
    };
    const QSqlQuery &m_query;
    mutable std::vector<Column> m_columns;
};

// The value of a query of one column (a count, a maximum, an id on each
// row), read after next(); T() when the row holds NULL.
template<typename T>
T scalar(const QSqlQuery &query)
{
    return query.value(0).value<T>();
}

} // namespace pc
