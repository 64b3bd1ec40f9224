#include "AuditTrail.h"

#include "Database.h"
#include "Migrations.h"
#include "SqlDialect.h"
#include "SqlRow.h"

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
    const SqlRow row(info);
    while (info.next()) {
        const QString column = row.text("name");
        if (row.text("type").compare(QLatin1String("BLOB"), Qt::CaseInsensitive) == 0)
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
        if (newRow.value() == QLatin1String("json_object()"))
            continue;   // a table of a later schema version, not made yet
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
    const SqlRow row(triggers);
    while (triggers.next())
        names << row.text("name");
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
    const SqlDialect sql = db.sql();
    QSqlQuery query =
        db.prepare(QStringLiteral("INSERT INTO audit_log (occurred_at, actor, action, table_name, row_id, detail) "
                                  "VALUES (%1, %2, ?, ?, ?, ?)")
                       .arg(sql.now(), sql.actor()));
    for (const QVariant &actor : sql.actorBindings(db.actor()))
        query.addBindValue(actor);
    query.addBindValue(action);
    query.addBindValue(textOrNull(tableName));
    query.addBindValue(idOrNull(rowId));
    query.addBindValue(textOrNull(detail));
    if (!query.exec())
        return Database::sqlError(query);
    return success();
}

QString AuditTrail::digestSql(const SqlDialect &sql, const QString &row)
{
    const QString column = row + QLatin1Char('.');
    return sql.sha256Hex(QStringLiteral("coalesce(") + sql.asText(column + QStringLiteral("before_data"))
                         + QStringLiteral(", '') || '|' || coalesce(")
                         + sql.asText(column + QStringLiteral("after_data")) + QStringLiteral(", '')"));
}

QString AuditTrail::hashSql(const SqlDialect &sql, const QString &row, const QString &previousHash,
                            const QString &digest)
{
    // Every column but the data (whose digest stands for it, so that an
    // erasure may blank the data and leave the chain whole).
    const QString column = row + QLatin1Char('.');
    const QStringList parts = {
        QStringLiteral("coalesce(%1, '')").arg(previousHash),
        sql.asText(column + QStringLiteral("id")),
        sql.timestampText(column + QStringLiteral("occurred_at")),
        column + QStringLiteral("actor"),
        column + QStringLiteral("action"),
        QStringLiteral("coalesce(%1table_name, '')").arg(column),
        QStringLiteral("coalesce(%1, '')").arg(sql.asText(column + QStringLiteral("row_id"))),
        QStringLiteral("coalesce(%1detail, '')").arg(column),
        QStringLiteral("coalesce(%1, '')").arg(digest),
    };
    return sql.sha256Hex(parts.join(QLatin1String(" || '|' || ")));
}

Result<AuditTrail::Verification> AuditTrail::verify(Database &db)
{
    const SqlDialect sql = db.sql();
    // An entry whose data an erasure replaced by a mark keeps its digest:
    // only its other columns can be checked.
    const QString erased = QStringLiteral("(%1 IS NOT NULL OR %2 IS NOT NULL)")
                               .arg(sql.jsonText(QStringLiteral("a.before_data"), QStringLiteral("erased")),
                                    sql.jsonText(QStringLiteral("a.after_data"), QStringLiteral("erased")));
    QSqlQuery broken = db.prepare(
        QStringLiteral("SELECT id, problem FROM (SELECT a.id, CASE "
                       "WHEN a.entry_hash IS NULL THEN 'unsealed' "
                       "WHEN %1 THEN 'link' "
                       "WHEN a.entry_hash <> %2 THEN 'content' "
                       "WHEN NOT %3 AND %4 THEN 'data' END AS problem "
                       "FROM audit_log a) checked WHERE problem IS NOT NULL ORDER BY id LIMIT 1")
            .arg(sql.isDistinctFrom(QStringLiteral("a.previous_hash"),
                                    QStringLiteral("lag(a.entry_hash) OVER (ORDER BY a.id)")),
                 hashSql(sql, QStringLiteral("a"), QStringLiteral("a.previous_hash"), QStringLiteral("a.data_digest")),
                 erased, sql.isDistinctFrom(QStringLiteral("a.data_digest"), digestSql(sql, QStringLiteral("a")))));
    if (!broken.exec())
        return Database::sqlError(broken);
    Verification v;
    if (broken.next()) {
        const SqlRow row(broken);
        v.firstBroken = row.id("id");
        v.problem = row.text("problem");
    }
    broken.finish();
    QSqlQuery totals =
        db.prepare(QStringLiteral("SELECT (SELECT count(*) FROM audit_log) AS entries, "
                                  "(SELECT entry_hash FROM audit_log ORDER BY id DESC LIMIT 1) AS last_hash"));
    if (!totals.exec() || !totals.next())
        return Database::sqlError(totals);
    const SqlRow row(totals);
    v.entries = row.bigInteger("entries");
    v.lastHash = row.text("last_hash");
    return v;
}

namespace {

AuditEntry readEntry(const SqlRow &row)
{
    AuditEntry e;
    e.id = row.id("id");
    e.occurredAt = row.dateTime("occurred_at");
    e.actor = row.text("actor");
    e.action = row.text("action");
    e.tableName = row.text("table_name");
    e.rowId = row.id("row_id");
    e.beforeJson = row.text("before_data");
    e.afterJson = row.text("after_data");
    e.detail = row.text("detail");
    return e;
}

} // namespace

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
    const SqlRow row(query);
    while (query.next())
        entries << readEntry(row);
    return entries;
}

} // namespace pc
