#include "TestSupport.h"

#include <sys/resource.h>

#include "storage/Migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>

#include <atomic>

namespace pc::test {

PostgresServer readPostgresServer(const QString &envFile)
{
    PostgresServer s;
    QFile file(envFile);
    if (!file.open(QIODevice::ReadOnly)) {
        s.problem = QStringLiteral("The test PostgreSQL server is not running (no %1): run the tests with ctest, "
                                   "which starts it.").arg(file.fileName());
        return s;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line);
        const QString key = text.section(QLatin1Char('='), 0, 0);
        const QString value = text.section(QLatin1Char('='), 1);
        if (key == QLatin1String("PC_TEST_PG_HOST"))
            s.host = value;
        else if (key == QLatin1String("PC_TEST_PG_PORT"))
            s.port = value.toInt();
        else if (key == QLatin1String("PC_TEST_PG_USER"))
            s.user = value;
        else if (key == QLatin1String("PC_TEST_PG_PASSWORD"))
            s.password = value;
    }
    s.available = !s.host.isEmpty() && s.port > 0;
    if (!s.available)
        s.problem = QStringLiteral("The test PostgreSQL environment file is incomplete.");
    return s;
}

const PostgresServer &postgresServer()
{
    static const PostgresServer server = readPostgresServer(QStringLiteral(PC_TEST_PG_ENV_FILE));
    return server;
}

bool postgresHarness(const QString &verb, const QString &envFile, QString *problem)
{
    QProcess harness;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PC_TEST_PG_DURABLE"), QStringLiteral("1"));
    harness.setProcessEnvironment(environment);
    harness.setProcessChannelMode(QProcess::MergedChannels);
    harness.start(QStringLiteral(PC_TEST_PG_HARNESS), {verb, envFile});
    const bool ok = harness.waitForFinished(180000) && harness.exitStatus() == QProcess::NormalExit
                    && harness.exitCode() == 0;
    if (!ok && problem)
        *problem = QStringLiteral("postgres.sh %1: %2").arg(verb, QString::fromUtf8(harness.readAll()));
    return ok;
}

void addEngineColumn()
{
    QTest::addColumn<QString>("engine");
}

void addEngineRows(const char *prefix)
{
    QTest::newRow(qPrintable(QString::fromLatin1(prefix) + QStringLiteral("sqlite"))) << QStringLiteral("sqlite");
    QTest::newRow(qPrintable(QString::fromLatin1(prefix) + QStringLiteral("postgresql"))) << QStringLiteral("postgresql");
}

namespace {

// Runs one statement on the server's maintenance database.
bool adminExec(const QString &sql, QString *problem)
{
    const PostgresServer &server = postgresServer();
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("pc-test-admin-%1").arg(++counter);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setUserName(server.user);
        db.setPassword(server.password);
        db.setDatabaseName(QStringLiteral("postgres"));
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *problem = query.lastError().text();
        } else {
            *problem = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

ScratchDatabase::ScratchDatabase(const QString &engine)
{
    if (engine == QLatin1String("sqlite")) {
        m_spec.engine = Engine::Sqlite;
        m_spec.path = m_dir.filePath(QStringLiteral("register.sqlite"));
        m_ready = m_dir.isValid();
        return;
    }
    const PostgresServer &server = postgresServer();
    if (!server.available) {
        m_problem = server.problem;
        return;
    }
    static std::atomic<int> counter{0};
    m_spec.engine = Engine::Postgresql;
    m_spec.host = server.host;
    m_spec.port = server.port;
    m_spec.user = server.user;
    m_spec.password = server.password;
    m_spec.databaseName = QStringLiteral("pc_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    m_ready = adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_spec.databaseName), &m_problem);
}

ScratchDatabase::~ScratchDatabase()
{
    if (m_ready && m_spec.isPostgresql()) {
        QString ignored;
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_spec.databaseName), &ignored);
    }
}

QString ScratchDatabase::address() const
{
    if (!m_spec.isPostgresql())
        return m_spec.path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(m_spec.user, m_spec.host).arg(m_spec.port).arg(m_spec.databaseName);
}

QProcessEnvironment ScratchDatabase::environment() const
{
    QProcessEnvironment env;
    if (m_spec.isPostgresql())
        env.insert(QStringLiteral("PGPASSWORD"), m_spec.password);
    return env;
}

std::unique_ptr<Database> ScratchDatabase::open(OpenMode mode)
{
    if (!m_ready) {
        qWarning("Scratch database not ready: %s", qPrintable(m_problem));
        return nullptr;
    }
    auto db = openUpToDate(m_spec, mode);
    if (!db) {
        qWarning("Cannot open the scratch database: %s", qPrintable(db.errorMessage()));
        return nullptr;
    }
    return std::move(db.value());
}

QByteArray fileDigest(const QString &path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &name : QStringList{path, path + QStringLiteral("-wal")}) {
        // An empty write-ahead log and none at all hold the same data.
        QFile file(name);
        if (file.open(QIODevice::ReadOnly) && file.size() > 0)
            hash.addData(file.readAll());
        else
            hash.addData("empty");
    }
    return hash.result().toHex();
}

bool writeFutureSchemaVersion(Database &db, int version)
{
    QSqlQuery future = db.prepare(QStringLiteral(
        "INSERT INTO schema_version (version, description, app_version) VALUES (?, 'from the future', '9.0')"));
    future.addBindValue(version);
    if (!future.exec())
        return false;
    return db.isPostgresql() || db.execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);")).ok();
}

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

QString officeConvert(const QString &file, const QString &format, const QString &folder, QString *problem)
{
    auto failed = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return QString();
    };
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        return failed(QStringLiteral("LibreOffice (soffice) is needed: packaging/install-deps.sh --tests installs it"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // A profile of its own, never the user's.
    environment.insert(QStringLiteral("HOME"), QDir(folder).filePath(QStringLiteral(".office-home")));
    process.setProcessEnvironment(environment);
    process.start(soffice, {QStringLiteral("--headless"), QStringLiteral("--convert-to"), format, QStringLiteral("--outdir"),
                            folder, file});
    if (!process.waitForFinished(180'000) || process.exitCode() != 0)
        return failed(QString::fromUtf8(process.readAllStandardError()));
    const QString out = QDir(folder).filePath(QFileInfo(file).completeBaseName() + QLatin1Char('.')
                                              + format.section(QLatin1Char(':'), 0, 0));
    if (!QFile::exists(out))
        return failed(QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()));
    return out;
}

QVariant scalar(Database &db, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query = db.prepare(sql);
    for (const QVariant &b : bindings)
        query.addBindValue(b);
    if (!query.exec() || !query.next()) {
        qWarning("Query failed: %s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

// Every table and every column of the database where `needle` appears,
// whatever its case: "table.column" for each.
QStringList whereFound(Database &db, const QString &needle)
{
    QStringList tables;
    QSqlQuery list(db.connection());
    list.exec(db.isPostgresql()
                  ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                                   "AND table_type = 'BASE TABLE'")
                  : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    while (list.next())
        tables << list.value(0).toString();
    QStringList found;
    for (const QString &table : std::as_const(tables)) {
        const QSqlRecord columns = db.connection().record(table);
        for (int i = 0; i < columns.count(); ++i) {
            const QString column = columns.fieldName(i);
            const QString asText = QStringLiteral("CAST(%1 AS TEXT)").arg(column);
            QSqlQuery probe = db.prepare(
                QStringLiteral("SELECT count(*) FROM %1 WHERE lower(%2) LIKE ?").arg(table, asText));
            probe.addBindValue(QString(QLatin1Char('%') + needle.toLower() + QLatin1Char('%')));
            if (!probe.exec() || !probe.next())
                found << QStringLiteral("%1.%2 (unreadable: %3)").arg(table, column, probe.lastError().text());
            else if (probe.value(0).toLongLong() > 0)
                found << QStringLiteral("%1.%2").arg(table, column);
        }
    }
    return found;
}


} // namespace pc::test
