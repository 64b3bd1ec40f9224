#include "Migrations.h"

#include "AuditTrail.h"
#include "Database.h"
#include "SqlDialect.h"
#include "SqlRow.h"

#include "Version.h"

#include <QCoreApplication>

namespace pc {
namespace {

// The translation context of this file's messages.
struct MigratorText
{
    Q_DECLARE_TR_FUNCTIONS(pc::Migrator)
};

Status recordVersion(Database &db, const Migration &step)
{
    if (step.version == 1) {
        if (Status s = db.execute(db.sql().expandMarkers(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS schema_version (\n"
                "    version INTEGER PRIMARY KEY,\n"
                "    description TEXT NOT NULL,\n"
                "    applied_at ${TIMESTAMP} NOT NULL DEFAULT ${NOW},\n"
                "    app_version TEXT NOT NULL\n"
                ");")));
            !s) {
            return s;
        }
    }
    QSqlQuery query = db.prepare(QStringLiteral(
        "INSERT INTO schema_version (version, description, app_version) VALUES (?, ?, ?)"));
    query.addBindValue(step.version);
    query.addBindValue(step.description);
    query.addBindValue(QStringLiteral(PC_VERSION_STRING));
    if (!query.exec())
        return Database::sqlError(query);
    return success();
}

// Every reference of an SQLite database still finds its row.
Status checkReferences(Database &db)
{
    QSqlQuery check = db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    if (!check.exec())
        return Database::sqlError(check);
    if (check.next())
        return Error{MigratorText::tr("A row of %1 refers to a row that is no longer there.").arg(SqlRow(check).text("table"))};
    return success();
}

} // namespace

int Migrator::latestVersion()
{
    return migrations().back().version;
}

Result<int> Migrator::migrate(Database &db, int target)
{
    return migrate(db, migrations(), target < 0 ? latestVersion() : target);
}

Result<int> Migrator::migrate(Database &db, const std::vector<Migration> &steps, int target)
{
    if (db.mode() == OpenMode::ReadOnly)
        return Error{MigratorText::tr("The database is open read-only; its schema cannot be upgraded.")};
    const Result<int> current = db.schemaVersion();
    if (!current)
        return current.error();
    int version = current.value();
    for (const Migration &step : steps) {
        if (step.version <= version || step.version > target)
            continue;
        // SQLite follows references only outside a transaction's changes to
        // that setting, so it is set around the step's transaction.
        const bool unfollowed = step.rebuildsTables && !db.isPostgresql();
        if (unfollowed) {
            if (Status s = db.execute(QStringLiteral("PRAGMA foreign_keys = OFF;")); !s)
                return s.error();
        }
        const Status applied = db.transaction([&]() -> Status {
            if (Status s = step.apply(db); !s)
                return s;
            if (unfollowed) {
                if (Status s = checkReferences(db); !s)
                    return s;
            }
            return recordVersion(db, step);
        });
        if (unfollowed) {
            if (Status s = db.execute(QStringLiteral("PRAGMA foreign_keys = ON;")); !s)
                return s.error();
        }
        if (!applied) {
            return Error{MigratorText::tr("Upgrading the database to schema %1 (%2) failed, and was undone: %3")
                             .arg(step.version)
                             .arg(step.description, applied.errorMessage())};
        }
        version = step.version;
    }
    if (Status s = AuditTrail::attach(db); !s)
        return s.error();
    return version;
}

} // namespace pc

namespace pc {

Result<std::unique_ptr<Database>> openUpToDate(const ConnectionSpec &spec, OpenMode mode)
{
    auto db = Database::open(spec, mode);
    if (!db)
        return db.error();
    if (mode != OpenMode::ReadOnly) {
        const Result<int> version = Migrator::migrate(*db.value());
        if (!version)
            return version.error();
    }
    return db;
}

} // namespace pc
