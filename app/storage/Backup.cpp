#include "Backup.h"

#include "Database.h"
#include "SqlRow.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <sqlite3.h>

namespace pc::backup {
namespace {

struct BackupText
{
    Q_DECLARE_TR_FUNCTIONS(pc::Backup)
};

sqlite3 *sqliteHandle(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// A PostgreSQL client tool: on the PATH, else where Debian installs it.
QString clientTool(const QString &name)
{
    if (const QString found = QStandardPaths::findExecutable(name); !found.isEmpty())
        return found;
    QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : std::as_const(versions)) {
        const QString path = QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(version, name);
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return {};
}

// Runs a client tool against a server; its first line of complaint when it fails.
Result<QString> runTool(const QString &name, const QStringList &arguments, const ConnectionSpec &spec)
{
    const QString tool = clientTool(name);
    if (tool.isEmpty())
        return Error{BackupText::tr("%1 is not installed: install the PostgreSQL client tools (package postgresql-client).")
                         .arg(name)};
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!spec.password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), spec.password);
    if (const QString mode = spec.options.value(QStringLiteral("sslmode")); !mode.isEmpty())
        env.insert(QStringLiteral("PGSSLMODE"), mode);
    process.setProcessEnvironment(env);
    process.start(tool, QStringList{QStringLiteral("--host"), spec.host, QStringLiteral("--port"), QString::number(spec.port),
                                    QStringLiteral("--username"), spec.user, QStringLiteral("--no-password")}
                            + arguments);
    if (!process.waitForStarted())
        return Error{BackupText::tr("%1 could not be started: %2").arg(name, process.errorString())};
    process.closeWriteChannel();
    if (!process.waitForFinished(-1))
        return Error{BackupText::tr("%1 did not finish: %2").arg(name, process.errorString())};
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString complaint = QString::fromLocal8Bit(process.readAllStandardError()).trimmed().section(QLatin1Char('\n'), 0, 0);
        return Error{BackupText::tr("%1 failed: %2").arg(name, complaint.isEmpty() ? BackupText::tr("no reason given") : complaint)};
    }
    // "pg_dump (PostgreSQL) 15.8": what made or read the copy.
    QProcess version;
    version.start(tool, {QStringLiteral("--version")});
    version.waitForFinished();
    return QString::fromLocal8Bit(version.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0).trimmed();
}

// Puts a finished copy in its place: the file that was there stays until then.
Status replace(const QString &partial, const QString &path)
{
    if (QFile::exists(path) && !QFile::remove(path)) {
        QFile::remove(partial);
        return Error{BackupText::tr("%1 cannot be replaced.").arg(path)};
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error{BackupText::tr("The copy cannot be written to %1.").arg(path)};
    }
    return success();
}

// How many copies of identity documents the register holds (left out of a backup).
// Whether the register keeps copies of identity documents at all (one
// older than that does not).
bool keepsIdCopies(Database &db)
{
    return db.connection().tables().contains(QStringLiteral("id_copy_contents"));
}

Result<qint64> heldIdCopies(Database &db)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT count(*) FROM id_copy_contents"));
    if (!query.exec() || !query.next())
        return Database::sqlError(query);
    return scalar<qint64>(query);
}

// Empties the left-out tables of an SQLite copy, overwriting the pages they
// held, and compacts it.
Status stripSqliteCopy(const QString &path)
{
    sqlite3 *copy = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &copy, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const QString reason = QString::fromUtf8(sqlite3_errmsg(copy));
        sqlite3_close(copy);
        return Error{BackupText::tr("The copy could not be made: %1").arg(reason)};
    }
    QString sql = QStringLiteral("PRAGMA secure_delete = ON; BEGIN;");
    for (const QString &table : tablesLeftOut())
        sql += QStringLiteral(" DELETE FROM %1;").arg(table);
    sql += QStringLiteral(" COMMIT; VACUUM;");
    char *message = nullptr;
    const int status = sqlite3_exec(copy, sql.toUtf8().constData(), nullptr, nullptr, &message);
    const QString reason = message ? QString::fromUtf8(message) : QString();
    sqlite3_free(message);
    sqlite3_close(copy);
    if (status != SQLITE_OK)
        return Error{BackupText::tr("The copy could not be made: %1").arg(reason)};
    return success();
}

// `leaveOutIdCopies`: the register keeps copies, to be taken out of the copy.
Result<Outcome> saveSqlite(Database &db, const QString &path, bool leaveOutIdCopies)
{
    sqlite3 *source = sqliteHandle(db);
    if (!source)
        return Error{BackupText::tr("The database gives no way to copy it.")};
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    sqlite3 *target = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(partial).constData(), &target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        const QString reason = QString::fromUtf8(sqlite3_errmsg(target));
        sqlite3_close(target);
        return Error{BackupText::tr("The copy cannot be written to %1: %2").arg(path, reason)};
    }
    // Page by page, letting the others write in between; a page they change
    // makes the copy start again from the moment it was changed.
    sqlite3_backup *copy = sqlite3_backup_init(target, "main", source, "main");
    int status = copy ? SQLITE_OK : sqlite3_errcode(target);
    while (copy && (status == SQLITE_OK || status == SQLITE_BUSY || status == SQLITE_LOCKED)) {
        status = sqlite3_backup_step(copy, 4096);
        if (status == SQLITE_BUSY || status == SQLITE_LOCKED)
            QThread::msleep(20);
    }
    if (copy)
        sqlite3_backup_finish(copy);
    const QString reason = QString::fromUtf8(sqlite3_errmsg(target));
    sqlite3_close(target);
    if (status != SQLITE_DONE) {
        QFile::remove(partial);
        return Error{BackupText::tr("The copy could not be made: %1").arg(reason)};
    }
    if (Status s = leaveOutIdCopies ? stripSqliteCopy(partial) : success(); !s) {
        QFile::remove(partial);
        return s.error();
    }
    if (Status s = replace(partial, path); !s)
        return s.error();
    return Outcome{QFileInfo(path).size(), QStringLiteral("SQLite %1 online backup").arg(QString::fromLatin1(sqlite3_libversion()))};
}

Result<Outcome> savePostgresql(Database &db, const QString &path)
{
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    // One snapshot of the whole database, in pg_dump's own archive format.
    QStringList arguments{QStringLiteral("--format=custom"), QStringLiteral("--file"), partial};
    for (const QString &table : tablesLeftOut())
        arguments << QStringLiteral("--exclude-table-data=%1").arg(table);
    arguments << QStringLiteral("--dbname") << db.spec().databaseName;
    const Result<QString> tool = runTool(QStringLiteral("pg_dump"), arguments, db.spec());
    if (!tool) {
        QFile::remove(partial);
        return tool.error();
    }
    if (Status s = replace(partial, path); !s)
        return s.error();
    return Outcome{QFileInfo(path).size(), tool.value()};
}

bool isSqliteFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

} // namespace

const QStringList &tablesLeftOut()
{
    static const QStringList tables{QStringLiteral("id_copy_contents"), QStringLiteral("id_vault_grants"),
                                    QStringLiteral("id_vaults")};
    return tables;
}

Result<Outcome> save(Database &db, const QString &path)
{
    if (QFileInfo(path).isDir())
        return Error{BackupText::tr("%1 is a folder: give the copy a file name.").arg(path)};
    const bool keeps = keepsIdCopies(db);
    const Result<qint64> copies = keeps ? heldIdCopies(db) : Result<qint64>(0);
    if (!copies)
        return copies.error();
    Result<Outcome> saved = db.isPostgresql() ? savePostgresql(db, path) : saveSqlite(db, path, keeps);
    if (saved)
        saved->idCopiesLeftOut = copies.value();
    return saved;
}

Result<Outcome> restore(const QString &path, const ConnectionSpec &target)
{
    if (!QFileInfo(path).isFile())
        return Error{BackupText::tr("There is no copy at %1.").arg(path)};
    if (!target.isPostgresql()) {
        if (!isSqliteFile(path))
            return Error{BackupText::tr("%1 is not a copy of an embedded database.").arg(path)};
        if (QFileInfo(target.path).exists() && QFileInfo(target.path).size() > 0)
            return Error{BackupText::tr("%1 already holds a database: a copy is restored into a new one only.")
                             .arg(target.path)};
        QFile::remove(target.path);
        if (!QFile::copy(path, target.path))
            return Error{BackupText::tr("The copy cannot be restored to %1.").arg(target.path)};
        QFile::setPermissions(target.path, QFile::ReadOwner | QFile::WriteOwner);
        return Outcome{QFileInfo(target.path).size(), QStringLiteral("SQLite")};
    }
    if (isSqliteFile(path))
        return Error{BackupText::tr("%1 is a copy of an embedded database, not of a server's.").arg(path)};
    {
        auto db = Database::open(target, OpenMode::ExistingOnly);
        if (!db)
            return db.error();
        QSqlQuery tables = db.value()->prepare(
            QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"));
        if (!tables.exec() || !tables.next())
            return Database::sqlError(tables);
        if (scalar<qint64>(tables) > 0)
            return Error{BackupText::tr("The database %1 is not empty: a copy is restored into a new one only.")
                             .arg(target.displayName())};
    }
    // All or nothing; the roles are the new server's (run server-setup after).
    const Result<QString> tool = runTool(QStringLiteral("pg_restore"),
                                         {QStringLiteral("--single-transaction"), QStringLiteral("--exit-on-error"),
                                          QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
                                          QStringLiteral("--dbname"), target.databaseName, path},
                                         target);
    if (!tool)
        return tool.error();
    return Outcome{QFileInfo(path).size(), tool.value()};
}

} // namespace pc::backup
