#pragma once

#include "storage/ConnectionSpec.h"
#include "storage/Database.h"

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Fails the test with the error's message when a Result holds an error.
#define PC_VERIFY_OK(expr)                                                                                 \
    do {                                                                                                   \
        const auto &pc_result_ = (expr);                                                                   \
        QVERIFY2(pc_result_.ok(), qPrintable(pc_result_.errorMessage()));                                  \
    } while (false)

namespace pc::test {

// The PostgreSQL server the test harness started on loopback. A test that
// needs it fails (never skips) when it is not there.
struct PostgresServer
{
    QString host;
    int port = 0;
    QString user;
    QString password;
    bool available = false;
    QString problem;
};
const PostgresServer &postgresServer();
// The server an environment file written by the harness describes.
PostgresServer readPostgresServer(const QString &envFile);
// Runs the harness's start, stop, pause or resume on the server of
// `envFile`, a server whose commits are durable as a real one's; false,
// with what it said, when that failed.
bool postgresHarness(const QString &verb, const QString &envFile, QString *problem = nullptr);

// Adds the "engine" column with a row per database engine.
void addEngineColumn();
void addEngineRows(const char *prefix = "");

// A fresh, empty database for one test: a new SQLite file in a temporary
// folder, or a new database on the test PostgreSQL server (dropped after).
class ScratchDatabase final
{
public:
    explicit ScratchDatabase(const QString &engine);
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    bool isReady() const { return m_ready; }
    QString problem() const { return m_problem; }
    const ConnectionSpec &spec() const { return m_spec; }
    // What a user would pass to --database (no password in it).
    QString address() const;
    // What a child process needs in its environment to reach this database.
    QProcessEnvironment environment() const;
    QString folder() const { return m_dir.path(); }

    // Opens and migrates to the latest schema.
    std::unique_ptr<Database> open(OpenMode mode = OpenMode::ReadWrite);

private:
    QTemporaryDir m_dir;
    ConnectionSpec m_spec;
    bool m_ready = false;
    QString m_problem;
};

// SHA-256 of a file and its -wal companion, to prove that a failed command
// changed nothing.
QByteArray fileDigest(const QString &path);

// Records a schema version this build does not know, as a newer release
// would; the database is checkpointed so its file holds the change.
bool writeFutureSchemaVersion(Database &db, int version);

// The process's peak resident memory so far, in megabytes (benchmarks).
double peakMegabytes();

// `file` saved by LibreOffice without a display in `format` ("xlsx", "txt:Text
// (encoded):UTF8") into `folder`, as an office suite opens and saves it; the
// path written, or empty with what went wrong in `problem`. LibreOffice is
// a dependency of the tests (packaging/install-deps.sh --tests).
QString officeConvert(const QString &file, const QString &format, const QString &folder, QString *problem = nullptr);

// One value of a one-row, one-column query.
QVariant scalar(Database &db, const QString &sql, const QVariantList &bindings = {});

// Every table and every column of the database where `needle` appears,
// whatever its case: "table.column" for each.
QStringList whereFound(Database &db, const QString &needle);

} // namespace pc::test
