#include "RowWriter.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlRow.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pc::rows {
namespace {

// The translation context of this file's messages.
struct RowsText
{
    Q_DECLARE_TR_FUNCTIONS(pc::rows)
};

} // namespace

Result<RowId> insert(Database &db, const QString &table, const Fields &fields)
{
    QStringList columns;
    QStringList marks;
    for (const auto &field : fields) {
        columns << field.first;
        marks << QStringLiteral("?");
    }
    QSqlQuery query = db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                                     .arg(table, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", "))));
    for (const auto &field : fields)
        query.addBindValue(field.second);
    if (!query.exec() || !query.next())
        return Database::sqlError(query);
    return SqlRow(query).id("id");
}

QString containsPattern(const QString &text)
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

Result<int> execute(Database &db, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query = db.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return Database::sqlError(query);
    return qMax(0, query.numRowsAffected());
}

Result<QList<RowId>> ids(Database &db, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query = db.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return Database::sqlError(query);
    QList<RowId> list;
    while (query.next())
        list << scalar<RowId>(query);
    return list;
}

Status update(Database &db, const QString &table, RowId id, int expectedVersion, const Fields &fields,
              bool touchUpdatedAt)
{
    QStringList sets;
    for (const auto &field : fields)
        sets << field.first + QStringLiteral(" = ?");
    sets << QStringLiteral("row_version = row_version + 1");
    if (touchUpdatedAt)
        sets << db.sql().expandMarkers(QStringLiteral("updated_at = ${NOW}"));
    QSqlQuery query = db.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND row_version = ?")
                                     .arg(table, sets.join(QLatin1String(", "))));
    for (const auto &field : fields)
        query.addBindValue(field.second);
    query.addBindValue(id);
    query.addBindValue(expectedVersion);
    if (!query.exec())
        return Database::sqlError(query);
    if (query.numRowsAffected() == 1)
        return success();
    const Result<int> current = version(db, table, id);
    if (!current)
        return current.error();
    return Error{RowsText::tr("Someone else changed this record since you opened it (version %1, yours %2). "
                    "Reload it and apply your change again.")
                     .arg(current.value())
                     .arg(expectedVersion),
                 Error::Kind::Conflict};
}

Status updatePlain(Database &db, const QString &table, RowId id, const Fields &fields)
{
    QStringList sets;
    for (const auto &field : fields)
        sets << field.first + QStringLiteral(" = ?");
    QSqlQuery query = db.prepare(
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QLatin1String(", "))));
    for (const auto &field : fields)
        query.addBindValue(field.second);
    query.addBindValue(id);
    if (!query.exec())
        return Database::sqlError(query);
    if (query.numRowsAffected() != 1)
        return Error{RowsText::tr("The record no longer exists."), Error::Kind::NotFound};
    return success();
}

Status restore(Database &db, const QString &table, RowId id, Fields fields)
{
    if (id <= 0)
        return Error{RowsText::tr("The record no longer exists."), Error::Kind::NotFound};
    fields.prepend({QStringLiteral("id"), id});
    const Result<RowId> inserted = insert(db, table, fields);
    if (!inserted)
        return inserted.error();
    return success();
}

Status remove(Database &db, const QString &table, RowId id)
{
    QSqlQuery query = db.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    if (!query.exec()) {
        const Error error = Database::sqlError(query);
        // (A row deleted can only break a reference to it.)
        if (error.is(Error::Kind::Constraint)) {
            return Error{RowsText::tr("This record is still used elsewhere in the register; remove those uses first."),
                         Error::Kind::Constraint};
        }
        return error;
    }
    if (query.numRowsAffected() != 1)
        return Error{RowsText::tr("The record no longer exists."), Error::Kind::NotFound};
    return success();
}

Status removeChildren(Database &db, const QString &table, const QString &parentColumn, RowId parentId)
{
    QSqlQuery query = db.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, parentColumn));
    query.addBindValue(parentId);
    if (!query.exec())
        return Database::sqlError(query);
    return success();
}

Error queryError(const QSqlQuery &query)
{
    return Database::sqlError(query);
}

Result<int> version(Database &db, const QString &table, RowId id)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    if (!query.exec())
        return Database::sqlError(query);
    if (!query.next())
        return Error{RowsText::tr("The record no longer exists."), Error::Kind::NotFound};
    return SqlRow(query).integer("row_version");
}

} // namespace pc::rows
