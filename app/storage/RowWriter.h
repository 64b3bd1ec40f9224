#pragma once

#include "core/Result.h"
#include "SqlRow.h"

#include "domain/Register.h"

#include <QList>
#include <QSqlQuery>
#include <QPair>
#include <QString>
#include <QVariant>

namespace pc {

class Database;

using Fields = QList<QPair<QString, QVariant>>;

// The single place where repositories turn field lists into prepared INSERT,
// UPDATE and DELETE statements. Column and table names come from code, never
// from input; values are always bound.
namespace rows {

Result<RowId> insert(Database &db, const QString &table, const Fields &fields);

// Inserts an entity's row and gives the entity its id (and, when it has one,
// row version 1).
template<typename Entity>
Result<RowId> insertEntity(Database &db, const QString &table, const Fields &fields, Entity &entity)
{
    const Result<RowId> id = insert(db, table, fields);
    if (id) {
        entity.id = id.value();
        if constexpr (requires { entity.rowVersion; })
            entity.rowVersion = 1;
    }
    return id;
}

// Updates a versioned row only if nobody changed it since it was read
// (`expectedVersion`); bumps row_version and updated_at. A stale version is a
// conflict error and changes nothing.
Status update(Database &db, const QString &table, RowId id, int expectedVersion, const Fields &fields,
              bool touchUpdatedAt = true);

// The same for an entity read earlier: its version moves on when saved.
template<typename Entity>
Status updateEntity(Database &db, const QString &table, const Fields &fields, Entity &entity)
{
    Status status = update(db, table, entity.id, entity.rowVersion, fields);
    if (status)
        ++entity.rowVersion;
    return status;
}

// Updates an unversioned child row or link.
Status updatePlain(Database &db, const QString &table, RowId id, const Fields &fields);

// Puts a removed row back under its former id (undoing a deletion), so
// whatever named it by id names it again.
Status restore(Database &db, const QString &table, RowId id, Fields fields);

Status remove(Database &db, const QString &table, RowId id);
// Deletes the rows of a child table that belong to one parent.
Status removeChildren(Database &db, const QString &table, const QString &parentColumn, RowId parentId);

// The current row_version, or an error when the row does not exist.
Result<int> version(Database &db, const QString &table, RowId id);

// A LIKE pattern (with ESCAPE '\\') finding `text` anywhere: the user's
// text is data, its % and _ match themselves.
QString containsPattern(const QString &text);

// Runs a statement with its values bound; returns how many rows it changed.
Result<int> execute(Database &db, const QString &sql, const QVariantList &bindings = {});

// The first column of every row a query returns, as ids.
Result<QList<RowId>> ids(Database &db, const QString &sql, const QVariantList &bindings);

// Runs a prepared query and turns every result row into a T: `reader` is
// the row type's mapper, T reader(const SqlRow &).
Error queryError(const QSqlQuery &query);
template<typename T, typename Reader>
Result<QList<T>> readAll(QSqlQuery &query, Reader reader)
{
    if (!query.exec())
        return queryError(query);
    QList<T> result;
    const SqlRow row(query);
    while (query.next())
        result << reader(row);
    return result;
}

// The one row a prepared query selects, or `missing` as the error.
template<typename T, typename Reader>
Result<T> readOne(QSqlQuery &query, Reader reader, const QString &missing)
{
    auto list = readAll<T>(query, reader);
    if (!list)
        return list.error();
    if (list.value().isEmpty())
        return Error{missing};
    return list.value().first();
}

} // namespace rows
} // namespace pc
