#include "AuditTrail.h"

#include "Database.h"
#include "Migrations.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace pc {
namespace {

constexpr int kAuditSchemaVersion = 3;

// json_object('col', NEW.col, ...) over the row's columns, leaving out stored
// bytes: the trail keeps what a row said, not the documents themselves.
Result<QString> jsonOfRow(Database &db, const QString &table, const QString &alias)
{
    QSqlQuery info(db.connection());
    if (!info.exec(QStringLiteral("PRAGMA main.table_info(%1)").arg(table)))
        return Database::sqlError(info);
    QStringList parts;
    while (info.next()) {
        const QString column = info.value(1).toString();
        if (info.value(2).toString().compare(QLatin1String("BLOB"), Qt::CaseInsensitive) == 0)
            continue;
        parts << QStringLiteral("'%1', %2.%1").arg(column, alias);
    }
    return QStringLiteral("json_object(%1)").arg(parts.join(QLatin1String(", ")));
}

} // namespace

Status AuditTrail::attach(Database &db)
{
    if (db.isPostgresql() || db.mode() == OpenMode::ReadOnly)
        return success();
    const Result<int> version = db.schemaVersion();
    if (!version)
        return version.error();
    if (version.value() < kAuditSchemaVersion)
        return success();

    if (Status s = db.execute(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS pc_session (actor TEXT NOT NULL);"));
        !s) {
        return s;
    }
    QSqlQuery session = db.prepare(QStringLiteral("DELETE FROM temp.pc_session"));
    if (!session.exec())
        return Database::sqlError(session);
    session = db.prepare(QStringLiteral("INSERT INTO temp.pc_session (actor) VALUES (?)"));
    session.addBindValue(db.actor());
    if (!session.exec())
        return Database::sqlError(session);

    static const char *const kTemplate =
        "CREATE TEMP TRIGGER pc_audit_%1_%2 AFTER %3 ON main.%1 BEGIN "
        "INSERT INTO audit_log (occurred_at, actor, action, table_name, row_id, before_data, after_data) "
        "VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT actor FROM temp.pc_session), '%2', '%1', %4, %5, %6); END;";
    for (const QString &table : auditedTables()) {
        const Result<QString> oldRow = jsonOfRow(db, table, QStringLiteral("OLD"));
        const Result<QString> newRow = jsonOfRow(db, table, QStringLiteral("NEW"));
        if (!oldRow)
            return oldRow.error();
        if (!newRow)
            return newRow.error();
        struct Kind
        {
            const char *action;
            const char *event;
            const char *rowId;
            QString before;
            QString after;
        };
        const Kind kinds[] = {
            {"insert", "INSERT", "NEW.id", QStringLiteral("NULL"), newRow.value()},
            {"update", "UPDATE", "NEW.id", oldRow.value(), newRow.value()},
            {"delete", "DELETE", "OLD.id", oldRow.value(), QStringLiteral("NULL")},
        };
        for (const Kind &kind : kinds) {
            const QString drop = QStringLiteral("DROP TRIGGER IF EXISTS temp.pc_audit_%1_%2;")
                                     .arg(table, QLatin1String(kind.action));
            // %Y, %m... of strftime are not arguments: build the text by replacement.
            QString create = QString::fromLatin1(kTemplate);
            create.replace(QLatin1String("%1"), table)
                .replace(QLatin1String("%2"), QLatin1String(kind.action))
                .replace(QLatin1String("%3"), QLatin1String(kind.event))
                .replace(QLatin1String("%4"), QLatin1String(kind.rowId))
                .replace(QLatin1String("%5"), kind.before)
                .replace(QLatin1String("%6"), kind.after);
            if (Status s = db.execute(drop); !s)
                return s;
            if (Status s = db.execute(create); !s)
                return s;
        }
    }
    return success();
}

Status AuditTrail::setRowAuditEnabled(Database &db, bool enabled)
{
    if (db.isPostgresql()) {
        QSqlQuery query = db.prepare(QStringLiteral("SELECT set_config('privacy_console.row_audit', ?, false)"));
        query.addBindValue(enabled ? QStringLiteral("on") : QStringLiteral("off"));
        return query.exec() ? success() : Status(Database::sqlError(query));
    }
    if (enabled)
        return attach(db);
    // The session's triggers go away rather than test a flag on every row:
    // that test alone doubled the time of a million-row load.
    QSqlQuery triggers(db.connection());
    if (!triggers.exec(QStringLiteral("SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'pc_audit_%'")))
        return Database::sqlError(triggers);
    QStringList names;
    while (triggers.next())
        names << triggers.value(0).toString();
    triggers.finish();
    for (const QString &name : std::as_const(names)) {
        if (Status s = db.execute(QStringLiteral("DROP TRIGGER temp.%1;").arg(name)); !s)
            return s;
    }
    return success();
}

Status AuditTrail::record(Database &db, const QString &action, const QString &detail, const QString &tableName,
                          RowId rowId)
{
    QSqlQuery query = db.prepare(
        db.isPostgresql()
            ? QStringLiteral("INSERT INTO audit_log (occurred_at, actor, action, table_name, row_id, detail) "
                             "VALUES (clock_timestamp(), session_user, ?, ?, ?, ?)")
            : QStringLiteral("INSERT INTO audit_log (occurred_at, actor, action, table_name, row_id, detail) "
                             "VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?, ?, ?, ?, ?)"));
    if (!db.isPostgresql())
        query.addBindValue(db.actor());
    query.addBindValue(action);
    query.addBindValue(textOrNull(tableName));
    query.addBindValue(idOrNull(rowId));
    query.addBindValue(textOrNull(detail));
    if (!query.exec())
        return Database::sqlError(query);
    return success();
}

QString AuditTrail::digestSql(bool postgresql, const QString &row)
{
    if (postgresql) {
        return QStringLiteral("encode(sha256(convert_to(coalesce(%1.before_data::text, '') || '|' || "
                              "coalesce(%1.after_data::text, ''), 'UTF8')), 'hex')")
            .arg(row);
    }
    return QStringLiteral("pc_sha256(coalesce(%1.before_data, '') || '|' || coalesce(%1.after_data, ''))").arg(row);
}

QString AuditTrail::hashSql(bool postgresql, const QString &row, const QString &previousHash, const QString &digest)
{
    // Every column but the data (whose digest stands for it, so that an
    // erasure may blank the data and leave the chain whole).
    if (postgresql) {
        return QStringLiteral(
                   "encode(sha256(convert_to(coalesce(%2, '') || '|' || %1.id::text || '|' || "
                   "to_char(%1.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US') || '|' || %1.actor || '|' || "
                   "%1.action || '|' || coalesce(%1.table_name, '') || '|' || coalesce(%1.row_id::text, '') || '|' || "
                   "coalesce(%1.detail, '') || '|' || coalesce(%3, ''), 'UTF8')), 'hex')")
            .arg(row, previousHash, digest);
    }
    return QStringLiteral("pc_sha256(coalesce(%2, '') || '|' || %1.id || '|' || %1.occurred_at || '|' || %1.actor || '|' || "
                          "%1.action || '|' || coalesce(%1.table_name, '') || '|' || coalesce(%1.row_id, '') || '|' || "
                          "coalesce(%1.detail, '') || '|' || coalesce(%3, ''))")
        .arg(row, previousHash, digest);
}

Result<AuditTrail::Verification> AuditTrail::verify(Database &db)
{
    const bool pg = db.isPostgresql();
    // An entry whose data an erasure replaced by a mark keeps its digest:
    // only its other columns can be checked.
    const QString erased = pg ? QStringLiteral("((a.before_data ->> 'erased') IS NOT NULL OR (a.after_data ->> 'erased') IS NOT NULL)")
                              : QStringLiteral("(json_extract(a.before_data, '$.erased') IS NOT NULL "
                                               "OR json_extract(a.after_data, '$.erased') IS NOT NULL)");
    const QString differs = pg ? QStringLiteral("IS DISTINCT FROM") : QStringLiteral("IS NOT");
    QSqlQuery broken = db.prepare(
        QStringLiteral("SELECT id, problem FROM (SELECT a.id, CASE "
                       "WHEN a.entry_hash IS NULL THEN 'unsealed' "
                       "WHEN a.previous_hash %1 lag(a.entry_hash) OVER (ORDER BY a.id) THEN 'link' "
                       "WHEN a.entry_hash <> %2 THEN 'content' "
                       "WHEN NOT %3 AND a.data_digest %1 %4 THEN 'data' END AS problem "
                       "FROM audit_log a) checked WHERE problem IS NOT NULL ORDER BY id LIMIT 1")
            .arg(differs, hashSql(pg, QStringLiteral("a"), QStringLiteral("a.previous_hash"), QStringLiteral("a.data_digest")),
                 erased, digestSql(pg, QStringLiteral("a"))));
    if (!broken.exec())
        return Database::sqlError(broken);
    Verification v;
    if (broken.next()) {
        v.firstBroken = broken.value(0).toLongLong();
        v.problem = broken.value(1).toString();
    }
    broken.finish();
    QSqlQuery totals = db.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM audit_log), (SELECT entry_hash FROM audit_log ORDER BY id DESC LIMIT 1)"));
    if (!totals.exec() || !totals.next())
        return Database::sqlError(totals);
    v.entries = totals.value(0).toLongLong();
    v.lastHash = totals.value(1).toString();
    return v;
}

Result<QList<AuditEntry>> AuditTrail::recent(Database &db, int limit, const QString &tableName, RowId rowId)
{
    QString sql = QStringLiteral("SELECT id, occurred_at, actor, action, table_name, row_id, before_data, "
                                 "after_data, detail FROM audit_log");
    if (!tableName.isEmpty())
        sql += QStringLiteral(" WHERE table_name = ? AND row_id = ?");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    QSqlQuery query = db.prepare(sql);
    if (!tableName.isEmpty()) {
        query.addBindValue(tableName);
        query.addBindValue(rowId);
    }
    query.addBindValue(limit);
    if (!query.exec())
        return Database::sqlError(query);
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry e;
        e.id = query.value(0).toLongLong();
        e.occurredAt = toDateTime(query.value(1));
        e.actor = query.value(2).toString();
        e.action = query.value(3).toString();
        e.tableName = query.value(4).toString();
        e.rowId = query.value(5).toLongLong();
        e.beforeJson = query.value(6).toString();
        e.afterJson = query.value(7).toString();
        e.detail = query.value(8).toString();
        entries << e;
    }
    return entries;
}

} // namespace pc
