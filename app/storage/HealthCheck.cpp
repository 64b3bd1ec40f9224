#include "HealthCheck.h"

#include "Database.h"
#include "Migrations.h"
#include "SqlDialect.h"
#include "SqlRow.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pc {
namespace {

// The translation context of this file's messages.
struct HealthCheckText
{
    Q_DECLARE_TR_FUNCTIONS(pc::HealthCheck)
};

QStringList expectedTables()
{
    QStringList tables = auditedTables();
    tables << QStringLiteral("schema_version") << QStringLiteral("audit_log");
    tables.sort();
    return tables;
}

} // namespace

Result<HealthReport> checkHealth(Database &db)
{
    HealthReport report;
    report.latestSchemaVersion = Migrator::latestVersion();
    const Result<int> version = db.schemaVersion();
    if (!version)
        return version.error();
    report.schemaVersion = version.value();

    const SqlDialect sql = db.sql();
    QSqlQuery query(db.connection());
    if (query.exec(sql.engineVersionQuery()) && query.next())
        report.engineVersion = sql.engineName() + QLatin1Char(' ') + scalar<QString>(query);

    const QStringList present = db.connection().tables(QSql::Tables);
    if (report.schemaVersion == report.latestSchemaVersion) {
        for (const QString &table : expectedTables()) {
            if (!present.contains(table))
                report.missingTables << table;
        }
    }

    if (db.isPostgresql()) {
        // The server checks pages itself; what can be wrong is a constraint
        // that was added without being validated against existing rows.
        if (!query.exec(QStringLiteral("SELECT conrelid::regclass::text AS table_name, conname FROM pg_constraint "
                                       "WHERE NOT convalidated AND connamespace = current_schema()::regnamespace")))
            return Database::sqlError(query);
        const SqlRow row(query);
        while (query.next()) {
            report.foreignKeyProblems << HealthCheckText::tr("%1: constraint %2 is not validated")
                                             .arg(row.text("table_name"), row.text("conname"));
        }
    } else {
        if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
            return Database::sqlError(query);
        const SqlRow check(query);
        while (query.next()) {
            const QString line = check.text("integrity_check");
            if (line != QLatin1String("ok"))
                report.integrityProblems << line;
        }
        if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return Database::sqlError(query);
        const SqlRow problem(query);
        while (query.next()) {
            report.foreignKeyProblems << HealthCheckText::tr("%1 row %2 refers to a missing row of %3")
                                             .arg(problem.text("table"), problem.text("rowid"), problem.text("parent"));
        }
    }

    for (const QString &table : expectedTables()) {
        if (!present.contains(table))
            continue;
        QSqlQuery count(db.connection());
        if (!count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !count.next())
            return Database::sqlError(count);
        report.rowCounts << qMakePair(table, scalar<qint64>(count));
    }
    return report;
}

} // namespace pc
