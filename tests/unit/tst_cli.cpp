#include "CnilModel.h"
#include "TestSupport.h"

#include "storage/CaseRepository.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTimeZone>

#include <unistd.h>

using namespace pc;
using namespace pc::test;

// The executable without a display: init, demo, check; and every bad input a
// user can give gets one clear line, a non-zero exit, and changes nothing.
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_home;

    // The child's environment: its own data folders, English, and a password
    // only when the scratch database gives one.
    QProcessEnvironment baseEnvironment(const QProcessEnvironment &extra = QProcessEnvironment()) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("PGPASSWORD"));
        env.insert(extra);
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        return env;
    }

    Run run(const QStringList &arguments, const QProcessEnvironment &env, const QStringList &prefix = {},
            const QString &executable = QStringLiteral(PC_TEST_EXECUTABLE))
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        if (prefix.isEmpty())
            process.start(executable, arguments);
        else
            process.start(prefix.first(), prefix.mid(1) + QStringList{executable} + arguments);
        process.closeWriteChannel();
        Run result;
        if (!process.waitForFinished(300000)) {
            process.kill();
            result.err = QStringLiteral("timed out");
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    Run run(const QStringList &arguments) { return run(arguments, baseEnvironment()); }

    // A failure is one line on standard error, saying what is wrong.
    static void verifyOneLineError(const Run &r, const QString &fragment)
    {
        QVERIFY2(r.exitCode > 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 1, qPrintable(r.err));
        QVERIFY2(lines.first().startsWith(QLatin1String("privacy-console: ")), qPrintable(r.err));
        QVERIFY2(lines.first().contains(fragment, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("expected “%1” in: %2").arg(fragment, r.err)));
    }

private Q_SLOTS:
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("privacy-console ")), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *word : {"init", "demo", "check", "--database", "--subjects"})
            QVERIFY2(r.out.contains(QLatin1String(word)), word);
    }

    // Each verb lists exactly its own options, whether asked with
    // `VERB --help` or `help VERB`.
    void verbHelp_data()
    {
        QTest::addColumn<QStringList>("verb");
        QTest::addColumn<QStringList>("takes");
        QTest::addColumn<QStringList>("doesNotTake");
        QTest::newRow("check") << QStringList{QStringLiteral("check")} << QStringList{QStringLiteral("--database")}
                               << QStringList{QStringLiteral("--subjects"), QStringLiteral("--within"),
                                              QStringLiteral("--organization")};
        QTest::newRow("retention purge")
            << QStringList{QStringLiteral("retention"), QStringLiteral("purge")}
            << QStringList{QStringLiteral("--dry-run"), QStringLiteral("--execute"), QStringLiteral("--report"),
                           QStringLiteral("--as-of"), QStringLiteral("--organization"), QStringLiteral("--database")}
            << QStringList{QStringLiteral("--within"), QStringLiteral("--lang")};
        QTest::newRow("report")
            << QStringList{QStringLiteral("report")}
            << QStringList{QStringLiteral("--organization"), QStringLiteral("--out"), QStringLiteral("--lang"),
                           QStringLiteral("--from"), QStringLiteral("--table"), QStringLiteral("--paper")}
            << QStringList{QStringLiteral("--execute"), QStringLiteral("--subjects"), QStringLiteral("--within")};
        QTest::newRow("deadline")
            << QStringList{QStringLiteral("deadline")}
            << QStringList{QStringLiteral("--jurisdiction"), QStringLiteral("--received"), QStringLiteral("--aware")}
            << QStringList{QStringLiteral("--database")};
    }
    void verbHelp()
    {
        QFETCH(QStringList, verb);
        QFETCH(QStringList, takes);
        QFETCH(QStringList, doesNotTake);
        const Run asked = run(verb + QStringList{QStringLiteral("--help")});
        QVERIFY2(asked.exitCode == 0, qPrintable(asked.err));
        QVERIFY2(asked.err.isEmpty(), qPrintable(asked.err));
        QVERIFY2(asked.out.startsWith(QStringLiteral("Usage: privacy-console ") + verb.join(QLatin1Char(' '))),
                 qPrintable(asked.out));
        for (const QString &option : takes)
            QVERIFY2(asked.out.contains(option + QLatin1Char(' ')), qPrintable(option + QLatin1Char('\n') + asked.out));
        for (const QString &option : doesNotTake)
            QVERIFY2(!asked.out.contains(option), qPrintable(option + QLatin1Char('\n') + asked.out));
        const Run viaHelp = run(QStringList{QStringLiteral("help")} + verb);
        QCOMPARE(viaHelp.out, asked.out);
    }

    // An option the verb does not take is refused with the verb's own list.
    void wrongOptionNamesTheValidOnes()
    {
        const Run r = run({QStringLiteral("due"), QStringLiteral("--execute")});
        verifyOneLineError(r, QStringLiteral("only applies to retention purge"));
        QCOMPARE(r.exitCode, 2);
        for (const char *valid : {"--within", "--as-of", "--database"})
            QVERIFY2(r.err.contains(QLatin1String(valid)), qPrintable(r.err));
        const Run unknown = run({QStringLiteral("import-letter"), QStringLiteral("x.pdf"), QStringLiteral("--colour")});
        verifyOneLineError(unknown, QStringLiteral("--colour"));
        for (const char *valid : {"--id", "--json", "--create", "--organization", "--received"})
            QVERIFY2(unknown.err.contains(QLatin1String(valid)), qPrintable(unknown.err));
    }

    void initDemoCheck_data() { addEngineColumn(); addEngineRows(); }
    void initDemoCheck()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        const QProcessEnvironment env = baseEnvironment(scratch.environment());
        Run r = run({QStringLiteral("init"), QStringLiteral("--database"), scratch.address()}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("schema %1").arg(Migrator::latestVersion())), qPrintable(r.out));

        r = run({QStringLiteral("demo"), QStringLiteral("--database"), scratch.address(), QStringLiteral("--subjects"),
                 QStringLiteral("150"), QStringLiteral("--as-of"), QStringLiteral("2026-11-22")},
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Loaded 5 organizations")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("150 data subjects")), qPrintable(r.out));

        r = run({QStringLiteral("check"), QStringLiteral("--database"), scratch.address()}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Schema version: %1 (current)").arg(Migrator::latestVersion())));
        QVERIFY(r.out.contains(QLatin1String("Integrity: ok")));
        QVERIFY(r.out.contains(QLatin1String("Foreign keys: ok")));
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("data_subjects +150\\n"))), qPrintable(r.out));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("organizations +5\\n"))));

        // The daily reminder: what falls due in the next two weeks, soonest first.
        r = run({QStringLiteral("due"), QStringLiteral("--database"), scratch.address(), QStringLiteral("--as-of"),
                 QStringLiteral("2026-11-22"), QStringLiteral("--within"), QStringLiteral("14")},
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList due = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(due.size() > 3, qPrintable(r.out));
        QVERIFY2(due.first().endsWith(QLatin1String("due by 2026-12-06:")), qPrintable(due.first()));
        QStringList dates;
        for (const QString &line : due.mid(1)) {
            const QDate day = QDate::fromString(line.left(10), Qt::ISODate);
            QVERIFY2(day.isValid() && day <= QDate(2026, 12, 6), qPrintable(line));
            dates << line.left(10);
        }
        QStringList sorted = dates;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(dates, sorted);
        for (const char *kind : {"  request  ", "  breach  ", "  purge  "})
            QVERIFY2(r.out.contains(QLatin1String(kind)), kind);
        QVERIFY2(r.out.contains(QLatin1String("OVERDUE")) || r.out.contains(QLatin1String("left")), qPrintable(r.out));

        // Loading the demo twice is refused, and the database stays whole.
        r = run({QStringLiteral("demo"), QStringLiteral("--database"), scratch.address()}, env);
        verifyOneLineError(r, QStringLiteral("already holds"));
        r = run({QStringLiteral("check"), QStringLiteral("--database"), scratch.address()}, env);
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("data_subjects +150\\n"))));

        // The retention countdown: every person and rule ending within a year, soonest first.
        r = run({QStringLiteral("retention"), QStringLiteral("due"), QStringLiteral("--database"), scratch.address(),
                 QStringLiteral("--as-of"), QStringLiteral("2026-11-22"), QStringLiteral("--within"),
                 QStringLiteral("365")},
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList periods = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(periods.size() > 3, qPrintable(r.out));
        QVERIFY2(periods.first().endsWith(QLatin1String("ending by 2027-11-22:")), qPrintable(periods.first()));
        QStringList ends;
        for (const QString &line : periods.mid(1)) {
            QVERIFY2(QDate::fromString(line.left(10), Qt::ISODate) <= QDate(2027, 11, 22), qPrintable(line));
            ends << line.left(10);
        }
        QStringList endsSorted = ends;
        std::sort(endsSorted.begin(), endsSorted.end());
        QCOMPARE(ends, endsSorted);

        // The purge: listed first, changing nothing; then done, with its report.
        r = run({QStringLiteral("retention"), QStringLiteral("purge"), QStringLiteral("--dry-run"),
                 QStringLiteral("--database"), scratch.address()},
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QRegularExpression would(QStringLiteral("(\\d+) people would be deleted and (\\d+) anonymised"));
        const QRegularExpressionMatch listed = would.match(r.out);
        QVERIFY2(listed.hasMatch(), qPrintable(r.out));
        const int planned = listed.captured(1).toInt() + listed.captured(2).toInt();
        QVERIFY2(planned > 0, qPrintable(r.out));
        r = run({QStringLiteral("check"), QStringLiteral("--database"), scratch.address()}, env);
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("data_subjects +150\\n"))));
        const QString report = QDir(scratch.folder()).filePath(QStringLiteral("purge.pdf"));
        r = run({QStringLiteral("retention"), QStringLiteral("purge"), QStringLiteral("--execute"),
                 QStringLiteral("--database"), scratch.address(), QStringLiteral("--report"), report},
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral(": %1 people purged").arg(planned)), qPrintable(r.out));
        QFile pdf(report);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        r = run({QStringLiteral("retention"), QStringLiteral("purge"), QStringLiteral("--dry-run"),
                 QStringLiteral("--database"), scratch.address()},
                env);
        QVERIFY2(r.out.contains(QLatin1String(" 0 people would be deleted and 0 anonymised")), qPrintable(r.out));
        r = run({QStringLiteral("check"), QStringLiteral("--database"), scratch.address()}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

        // The register as a PDF in French, and its table of activities as CSV.
        const QString ropa = QDir(scratch.folder()).filePath(QStringLiteral("registre.pdf"));
        r = run({QStringLiteral("report"), QStringLiteral("ropa"), QStringLiteral("--organization"), QStringLiteral("SOFTNLABS"),
                 QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--out"), ropa, QStringLiteral("--database"),
                 scratch.address()},
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Registre des activités de traitement")), qPrintable(r.out));
        QFile ropaFile(ropa);
        QVERIFY(ropaFile.open(QIODevice::ReadOnly));
        QVERIFY(ropaFile.read(5) == "%PDF-");
        const QString csv = QDir(scratch.folder()).filePath(QStringLiteral("activities.csv"));
        r = run({QStringLiteral("report"), QStringLiteral("ropa"), QStringLiteral("--organization"), QStringLiteral("SOFTNLABS"),
                 QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"), csv, QStringLiteral("--database"),
                 scratch.address()},
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray header = csvFile.readLine();
        QVERIFY2(header.startsWith("Ref.,Processing activity,Purposes,Legal bases"), header.constData());
        QVERIFY(csvFile.readAll().count('\n') >= 5);
        // A table the report does not have: its tables are named.
        r = run({QStringLiteral("report"), QStringLiteral("requests"), QStringLiteral("--organization"), QStringLiteral("SMOFT ERP"),
                 QStringLiteral("--out"), csv, QStringLiteral("--table"), QStringLiteral("people"), QStringLiteral("--database"),
                 scratch.address()},
                env);
        verifyOneLineError(r, QStringLiteral("requests"));
        QCOMPARE(r.exitCode, 1);
        // The closed requests of a period.
        r = run({QStringLiteral("report"), QStringLiteral("requests"), QStringLiteral("--organization"), QStringLiteral("SMOFT ERP"),
                 QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"),
                 QStringLiteral("--status"), QStringLiteral("closed"), QStringLiteral("--out"), csv, QStringLiteral("--database"),
                 scratch.address()},
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("table “requests”")), qPrintable(r.out));
        // An organization the database does not hold.
        r = run({QStringLiteral("report"), QStringLiteral("ropa"), QStringLiteral("--organization"), QStringLiteral("ACME"),
                 QStringLiteral("--out"), ropa, QStringLiteral("--database"), scratch.address()},
                env);
        verifyOneLineError(r, QStringLiteral("ACME"));
        QCOMPARE(r.exitCode, 2);

        // The audit trail's chain: whole after all this work; broken where
        // someone changed an entry behind the application's back.
        r = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), scratch.address()}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("entries are whole")), qPrintable(r.out));
        QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("hash .*: [0-9a-f]{64}"))));
        {
            auto db = scratch.open();
            QVERIFY(db);
            const qint64 entry = scalar(*db, QStringLiteral("SELECT max(id) FROM audit_log WHERE action = 'demo'")).toLongLong();
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(db->isPostgresql() ? QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")
                                              : QStringLiteral("DROP TRIGGER audit_log_no_update")));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET detail = 'nothing happened' WHERE id = %1").arg(entry)));
            r = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), scratch.address()}, env);
            verifyOneLineError(r, QStringLiteral("broken at entry %1").arg(entry));
            QCOMPARE(r.exitCode, 3);
        }
    }

    void defaultDatabaseLivesInTheDataFolder()
    {
        const Run r = run({QStringLiteral("init")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString expected = m_home.filePath(QStringLiteral("data/privacy-console/privacy-console.sqlite"));
        QVERIFY2(QFile::exists(expected), qPrintable(r.out));
        QVERIFY(r.out.contains(expected));
    }

    void notADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Dear DPO, please erase my data.\n");
        file.close();
        const QByteArray before = fileDigest(path);
        for (const char *verb : {"init", "demo", "check"}) {
            const Run r = run({QString::fromLatin1(verb), QStringLiteral("--database"), path});
            verifyOneLineError(r, QStringLiteral("not a Privacy Console database"));
            QCOMPARE(fileDigest(path), before);
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void truncatedDatabase()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        {
            auto db = scratch.open();
            QVERIFY(db);
            PC_VERIFY_OK(db->execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);")));
        }
        QFile file(scratch.spec().path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8192);
        file.resize(file.size() / 3);
        file.close();
        const Run r = run({QStringLiteral("check"), QStringLiteral("--database"), scratch.address()});
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
        QVERIFY(!r.err.trimmed().isEmpty());
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }

    void missingFolder()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("no/such/folder"));
        const Run r = run({QStringLiteral("init"), QStringLiteral("--database"), folder + QStringLiteral("/r.sqlite")});
        verifyOneLineError(r, QStringLiteral("does not exist"));
        QVERIFY(!QDir(folder).exists());
        QVERIFY(!QDir(dir.filePath(QStringLiteral("no"))).exists());
    }

    void missingFileForCheck()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
        const Run r = run({QStringLiteral("check"), QStringLiteral("--database"), path});
        verifyOneLineError(r, QStringLiteral("no database"));
        QVERIFY(!QFile::exists(path));
    }

    void readOnlyFile()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                              | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                              | QFileDevice::ExeGroup);
        // Root may write any file: the command runs as an unprivileged user
        // then, from a copy of the executable that user can reach.
        QString executable = QStringLiteral(PC_TEST_EXECUTABLE);
        QStringList prefix;
        if (::geteuid() == 0) {
            executable = dir.filePath(QStringLiteral("privacy-console"));
            QVERIFY(QFile::copy(QStringLiteral(PC_TEST_EXECUTABLE), executable));
            prefix = {QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--")};
        }
        const QString path = dir.filePath(QStringLiteral("register.sqlite"));
        {
            ConnectionSpec spec;
            spec.path = path;
            auto db = openUpToDate(spec, OpenMode::ReadWrite);
            PC_VERIFY_OK(db);
            PC_VERIFY_OK(db.value()->execute(QStringLiteral("PRAGMA journal_mode = DELETE;")));
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        const QByteArray before = fileDigest(path);
        QProcessEnvironment env = baseEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path());
        for (const char *verb : {"init", "demo"}) {
            const Run r = run({QString::fromLatin1(verb), QStringLiteral("--database"), path}, env, prefix, executable);
            verifyOneLineError(r, QStringLiteral("read-only"));
            QCOMPARE(fileDigest(path), before);
        }
        // Reading it is still possible.
        const Run r = run({QStringLiteral("check"), QStringLiteral("--database"), path}, env, prefix, executable);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(fileDigest(path), before);
    }

    void newerSchema_data() { addEngineColumn(); addEngineRows(); }
    void newerSchema()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        {
            auto db = scratch.open();
            QVERIFY(db);
            QVERIFY(writeFutureSchemaVersion(*db, 99));
        }
        const QByteArray before = engine == QLatin1String("sqlite") ? fileDigest(scratch.spec().path) : QByteArray();
        const QProcessEnvironment env = baseEnvironment(scratch.environment());
        for (const char *verb : {"init", "demo", "check"}) {
            const Run r = run({QString::fromLatin1(verb), QStringLiteral("--database"), scratch.address()}, env);
            verifyOneLineError(r, QStringLiteral("newer version of Privacy Console"));
        }
        if (engine == QLatin1String("sqlite"))
            QCOMPARE(fileDigest(scratch.spec().path), before);
        auto db = Database::open(scratch.spec(), OpenMode::ReadOnly);
        QVERIFY(!db.ok());
    }

    void unreachableServer()
    {
        // Nothing listens on port 1 of the loopback: refused at once.
        QElapsedTimer timer;
        timer.start();
        const Run r = run({QStringLiteral("check"), QStringLiteral("--database"),
                           QStringLiteral("postgresql://officer@127.0.0.1:1/registre")});
        verifyOneLineError(r, QStringLiteral("Cannot connect to the PostgreSQL server postgresql://officer@127.0.0.1:1/registre"));
        QVERIFY(timer.elapsed() < 30000);
    }

    void wrongPassword()
    {
        const PostgresServer &server = postgresServer();
        QVERIFY2(server.available, qPrintable(server.problem));
        QProcessEnvironment env = baseEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("not-the-password"));
        const Run r = run({QStringLiteral("check"), QStringLiteral("--database"),
                           QStringLiteral("postgresql://%1@%2:%3/postgres").arg(server.user, server.host).arg(server.port)},
                          env);
        verifyOneLineError(r, QStringLiteral("password authentication failed"));
        QVERIFY(!r.err.contains(QLatin1String("not-the-password")));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("unknown verb") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("user, backup or restore") << 2;
        QTest::newRow("subjects not a number")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--subjects"), QStringLiteral("lots")}
            << QStringLiteral("--subjects") << 2;
        QTest::newRow("negative subjects")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--subjects"), QStringLiteral("-5")}
            << QStringLiteral("--subjects") << 2;
        QTest::newRow("impossible date")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--as-of"), QStringLiteral("2026-02-30")}
            << QStringLiteral("YYYY-MM-DD") << 2;
        QTest::newRow("option of another verb")
            << QStringList{QStringLiteral("check"), QStringLiteral("--subjects"), QStringLiteral("10")}
            << QStringLiteral("only applies to demo") << 2;
        QTest::newRow("password in address")
            << QStringList{QStringLiteral("check"), QStringLiteral("--database"), QStringLiteral("postgresql://a:secret@h/db")}
            << QStringLiteral("PGPASSWORD") << 2;
        QTest::newRow("unknown option") << QStringList{QStringLiteral("check"), QStringLiteral("--colour")}
                                        << QStringLiteral("colour") << 2;
        QTest::newRow("deadline without a law")
            << QStringList{QStringLiteral("deadline"), QStringLiteral("--received"), QStringLiteral("2026-03-05")}
            << QStringLiteral("--jurisdiction FR") << 2;
        QTest::newRow("deadline under an unknown law")
            << QStringList{QStringLiteral("deadline"), QStringLiteral("--jurisdiction"), QStringLiteral("XX"),
                           QStringLiteral("--received"), QStringLiteral("2026-03-05")}
            << QStringLiteral("not “XX”") << 2;
        QTest::newRow("deadline of an impossible day")
            << QStringList{QStringLiteral("deadline"), QStringLiteral("--jurisdiction"), QStringLiteral("FR"),
                           QStringLiteral("--received"), QStringLiteral("2026-02-30")}
            << QStringLiteral("YYYY-MM-DD") << 2;
        QTest::newRow("deadline paused for minus days")
            << QStringList{QStringLiteral("deadline"), QStringLiteral("--jurisdiction"), QStringLiteral("FR"),
                           QStringLiteral("--received"), QStringLiteral("2026-03-05"), QStringLiteral("--paused-days"),
                           QStringLiteral("-3")}
            << QStringLiteral("--paused-days") << 2;
        QTest::newRow("deadline extended where the law allows none")
            << QStringList{QStringLiteral("deadline"), QStringLiteral("--jurisdiction"), QStringLiteral("TN"),
                           QStringLiteral("--received"), QStringLiteral("2026-03-05"), QStringLiteral("--extended")}
            << QStringLiteral("no extension") << 2;
        QTest::newRow("breach without its moment")
            << QStringList{QStringLiteral("deadline"), QStringLiteral("--breach"), QStringLiteral("--aware"),
                           QStringLiteral("yesterday")}
            << QStringLiteral("YYYY-MM-DDTHH:MM") << 2;
        QTest::newRow("breach with a request's option")
            << QStringList{QStringLiteral("deadline"), QStringLiteral("--breach"), QStringLiteral("--received"),
                           QStringLiteral("2026-03-05")}
            << QStringLiteral("does not apply to a breach") << 2;
        QTest::newRow("due within no number of days")
            << QStringList{QStringLiteral("due"), QStringLiteral("--within"), QStringLiteral("soon")}
            << QStringLiteral("--within") << 2;
        QTest::newRow("due on an impossible day")
            << QStringList{QStringLiteral("due"), QStringLiteral("--as-of"), QStringLiteral("2026-13-01")}
            << QStringLiteral("YYYY-MM-DD") << 2;
        QTest::newRow("retention without what to do")
            << QStringList{QStringLiteral("retention")} << QStringLiteral("retention due") << 2;
        QTest::newRow("retention purge without saying how")
            << QStringList{QStringLiteral("retention"), QStringLiteral("purge")} << QStringLiteral("--dry-run") << 2;
        QTest::newRow("retention purge both ways")
            << QStringList{QStringLiteral("retention"), QStringLiteral("purge"), QStringLiteral("--dry-run"),
                           QStringLiteral("--execute")}
            << QStringLiteral("either") << 2;
        QTest::newRow("retention purge report of a dry run")
            << QStringList{QStringLiteral("retention"), QStringLiteral("purge"), QStringLiteral("--dry-run"),
                           QStringLiteral("--report"), QStringLiteral("r.pdf")}
            << QStringLiteral("--report") << 2;
        QTest::newRow("retention purge ahead of time")
            << QStringList{QStringLiteral("retention"), QStringLiteral("purge"), QStringLiteral("--execute"),
                           QStringLiteral("--as-of"), QStringLiteral("2999-01-01")}
            << QStringLiteral("day to come") << 2;
        QTest::newRow("retention due within no number of days")
            << QStringList{QStringLiteral("retention"), QStringLiteral("due"), QStringLiteral("--within"),
                           QStringLiteral("a while")}
            << QStringLiteral("--within") << 2;
        QTest::newRow("report of no register")
            << QStringList{QStringLiteral("report"), QStringLiteral("--organization"), QStringLiteral("X"),
                           QStringLiteral("--out"), QStringLiteral("x.pdf")}
            << QStringLiteral("ropa, processors") << 2;
        QTest::newRow("report of an unknown register")
            << QStringList{QStringLiteral("report"), QStringLiteral("minutes"), QStringLiteral("--organization"),
                           QStringLiteral("X"), QStringLiteral("--out"), QStringLiteral("x.pdf")}
            << QStringLiteral("ropa, processors") << 2;
        QTest::newRow("report without an organization")
            << QStringList{QStringLiteral("report"), QStringLiteral("ropa"), QStringLiteral("--out"), QStringLiteral("x.pdf")}
            << QStringLiteral("--organization") << 2;
        QTest::newRow("report into a text file")
            << QStringList{QStringLiteral("report"), QStringLiteral("ropa"), QStringLiteral("--organization"),
                           QStringLiteral("X"), QStringLiteral("--out"), QStringLiteral("x.txt")}
            << QStringLiteral("FILE.pdf") << 2;
        QTest::newRow("report in German")
            << QStringList{QStringLiteral("report"), QStringLiteral("ropa"), QStringLiteral("--organization"),
                           QStringLiteral("X"), QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--out"),
                           QStringLiteral("x.pdf")}
            << QStringLiteral("fr or en") << 2;
        QTest::newRow("report from an impossible day")
            << QStringList{QStringLiteral("report"), QStringLiteral("requests"), QStringLiteral("--organization"),
                           QStringLiteral("X"), QStringLiteral("--from"), QStringLiteral("2026-02-30"), QStringLiteral("--out"),
                           QStringLiteral("x.pdf")}
            << QStringLiteral("YYYY-MM-DD") << 2;
        QTest::newRow("report period backwards")
            << QStringList{QStringLiteral("report"), QStringLiteral("requests"), QStringLiteral("--organization"),
                           QStringLiteral("X"), QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--to"),
                           QStringLiteral("2026-04-01"), QStringLiteral("--out"), QStringLiteral("x.pdf")}
            << QStringLiteral("before it starts") << 2;
        QTest::newRow("report period of the register of activities")
            << QStringList{QStringLiteral("report"), QStringLiteral("ropa"), QStringLiteral("--organization"),
                           QStringLiteral("X"), QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--out"),
                           QStringLiteral("x.pdf")}
            << QStringLiteral("--from and --to apply") << 2;
        QTest::newRow("audit without what to do")
            << QStringList{QStringLiteral("audit")} << QStringLiteral("audit verify") << 2;
        QTest::newRow("audit with a report's option")
            << QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--within"), QStringLiteral("3")}
            << QStringLiteral("does not apply to audit") << 2;
        QTest::newRow("report option on another verb")
            << QStringList{QStringLiteral("check"), QStringLiteral("--lang"), QStringLiteral("fr")}
            << QStringLiteral("only applies to report") << 2;
        QTest::newRow("purge option on another verb")
            << QStringList{QStringLiteral("check"), QStringLiteral("--execute")}
            << QStringLiteral("only applies to retention purge") << 2;
        QTest::newRow("within on another verb")
            << QStringList{QStringLiteral("check"), QStringLiteral("--within"), QStringLiteral("3")}
            << QStringLiteral("only applies to due") << 2;
        QTest::newRow("letter option on another verb")
            << QStringList{QStringLiteral("check"), QStringLiteral("--json")}
            << QStringLiteral("only applies to import-letter") << 2;
        QTest::newRow("database for the rules alone")
            << QStringList{QStringLiteral("deadline"), QStringLiteral("--jurisdiction"), QStringLiteral("FR"),
                           QStringLiteral("--received"), QStringLiteral("2026-03-05"), QStringLiteral("--database"),
                           QStringLiteral("x.sqlite")}
            << QStringLiteral("does not apply to deadline") << 2;
        QTest::newRow("user without what to do")
            << QStringList{QStringLiteral("user"), QStringLiteral("remove"), QStringLiteral("jean")}
            << QStringLiteral("user add, user disable") << 2;
        QTest::newRow("deadline option on another verb")
            << QStringList{QStringLiteral("check"), QStringLiteral("--jurisdiction"), QStringLiteral("FR")}
            << QStringLiteral("only applies to deadline") << 2;
    }
    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QFETCH(int, exitCode);
        QTemporaryDir data;
        QProcessEnvironment env = baseEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        const Run r = run(arguments, env);
        verifyOneLineError(r, message);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.err.contains(QLatin1String("secret")));
        // A refused command creates nothing, not even the default database.
        QVERIFY(QDir(data.path()).isEmpty());
    }

    // A register kept in the CNIL's model: shown, brought in, and the same
    // file a second time changes nothing; a damaged file or the model as
    // published changes nothing either.
    void registerImport_data() { addEngineColumn(); addEngineRows(); }
    void registerImport()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        const QProcessEnvironment env = baseEnvironment(scratch.environment());
        QTemporaryDir dir;
        // The payroll sheet of the model filled in, saved as CSV.
        const exchange::Workbook filled = filledCnilModel(cnilModel());
        const exchange::Sheet *payroll = filled.sheet(QStringLiteral("Paie"));
        QVERIFY(payroll);
        const QString file = dir.filePath(QStringLiteral("paie.csv"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(csvOf(*payroll));
        }
        Run r = run({QStringLiteral("init"), QStringLiteral("--database"), scratch.address()}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList import = {QStringLiteral("register"), QStringLiteral("import"), file,
                                    QStringLiteral("--database"), scratch.address()};

        r = run(import + QStringList{QStringLiteral("--dry-run")}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const char *said : {"Organization “Softnlabs SAS” to be created", "new        RH-01", "Paie des salariés",
                                 "the period “Le temps du", "has no legal basis yet", "Dry run: nothing is written."}) {
            QVERIFY2(r.out.contains(QString::fromUtf8(said)), qPrintable(QString::fromUtf8(said) + QLatin1Char('\n') + r.out));
        }
        auto db = scratch.open();
        QVERIFY(db);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM processing_activities")).toInt(), 0);

        r = run(import, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Activities created: 1; updated: 0; unchanged: 0.")), qPrintable(r.out));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM processing_activities")).toInt(), 1);
        r = run(import, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("unchanged  RH-01")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("already holds this file")), qPrintable(r.out));
        const int audited = scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();

        // A damaged file and the model as published: one line each, nothing written.
        const QString damaged = dir.filePath(QStringLiteral("registre.ods"));
        {
            QFile out(damaged);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QByteArray("PK\x03\x04") + QByteArray(200, 'x'));
        }
        r = run({QStringLiteral("register"), QStringLiteral("import"), damaged, QStringLiteral("--database"),
                 scratch.address()},
                env);
        verifyOneLineError(r, QStringLiteral("registre.ods"));
        r = run({QStringLiteral("register"), QStringLiteral("import"),
                 QStringLiteral(PC_CNIL_MODEL),
                 QStringLiteral("--database"), scratch.address()},
                env);
        verifyOneLineError(r, QStringLiteral("only the CNIL's example"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), audited);

        // And out again, as a document to edit.
        const QString docx = dir.filePath(QStringLiteral("registre.docx"));
        r = run({QStringLiteral("register"), QStringLiteral("export"), QStringLiteral("--organization"),
                 QStringLiteral("Softnlabs SAS"), QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--out"),
                 docx, QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--database"), scratch.address()},
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile document(docx);
        QVERIFY(document.open(QIODevice::ReadOnly));
        QCOMPARE(document.read(2), QByteArray("PK"));
        r = run({QStringLiteral("register"), QStringLiteral("export"), QStringLiteral("--organization"),
                 QStringLiteral("Softnlabs SAS"), QStringLiteral("--format"), QStringLiteral("rtf"), QStringLiteral("--out"),
                 docx, QStringLiteral("--database"), scratch.address()},
                env);
        verifyOneLineError(r, QStringLiteral("--format is cnil-ods, xlsx, odt or docx"));
    }

    // An assessment exported by the CNIL's PIA tool in, its number alone on
    // the last line, and out again; a file that is not the tool's writes nothing.
    void dpiaImportAndExport_data() { addEngineColumn(); addEngineRows(); }
    void dpiaImportAndExport()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        const QProcessEnvironment env = baseEnvironment(scratch.environment());
        const QStringList database = {QStringLiteral("--database"), scratch.address()};
        Run r = run(QStringList{QStringLiteral("demo"), QStringLiteral("--subjects"), QStringLiteral("20")} + database, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto db = scratch.open();
        QVERIFY(db);
        const QString reference =
            scalar(*db, QStringLiteral("SELECT a.reference FROM processing_activities a JOIN organizations o ON o.id = "
                                       "a.organization_id WHERE o.name = 'Smartos' ORDER BY a.id"))
                .toString();
        QVERIFY(!reference.isEmpty());
        const QString example = QStringLiteral(PC_TEST_FIXTURES "/cnil-pia/2018-02-21-pia-example.json");
        r = run(QStringList{QStringLiteral("dpia"), QStringLiteral("import"), example, QStringLiteral("--organization"),
                            QStringLiteral("SMARTOS"), QStringLiteral("--activity"), reference} + database,
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        bool number = false;
        const qint64 id = lines.last().toLongLong(&number);
        QVERIFY2(number && id > 0, qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Answers: 36; measures: 23; evaluations: 40; comments: 1.")), qPrintable(r.out));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM dpia_activities WHERE dpia_id = ?"), {id}).toInt(), 1);

        r = run(QStringList{QStringLiteral("dpia"), QStringLiteral("list")} + database, env);
        QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("Captoo")) && r.out.contains(QStringLiteral("Validated and signed")),
                 qPrintable(r.out + r.err));

        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("captoo.json"));
        r = run(QStringList{QStringLiteral("dpia"), QStringLiteral("export"), QString::number(id), QStringLiteral("--format"),
                            QStringLiteral("pia-json"), QStringLiteral("--out"), out} + database,
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(exported.readAll()).object();
        QCOMPARE(root.value(QLatin1String("pia")).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Captoo"));
        QCOMPARE(root.value(QLatin1String("answers")).toArray().size(), 36);
        QCOMPARE(root.value(QLatin1String("evaluations")).toArray().size(), 40);

        const int rows = scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        const QString notJson = dir.filePath(QStringLiteral("notes.json"));
        {
            QFile file(notJson);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Captoo, draft\n");
        }
        r = run(QStringList{QStringLiteral("dpia"), QStringLiteral("import"), notJson, QStringLiteral("--organization"),
                            QStringLiteral("SMARTOS")} + database,
                env);
        verifyOneLineError(r, QStringLiteral("“notes.json” is not a file of the CNIL's PIA tool"));
        r = run(QStringList{QStringLiteral("dpia"), QStringLiteral("import"), example, QStringLiteral("--organization"),
                            QStringLiteral("SMARTOS"), QStringLiteral("--activity"), QStringLiteral("NO-SUCH")} + database,
                env);
        verifyOneLineError(r, QStringLiteral("no processing activity “NO-SUCH”"));
        r = run(QStringList{QStringLiteral("dpia"), QStringLiteral("export"), QString::number(id), QStringLiteral("--format"),
                            QStringLiteral("pdf"), QStringLiteral("--out"), out} + database,
                env);
        verifyOneLineError(r, QStringLiteral("--format is pia-json"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), rows);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM dpias WHERE name = 'Captoo'")).toInt(), 1);
    }

    // What falls due, for a script (JSON) and for a daily mail (the digest).
    void dueAsDataAndAsADigest()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        const QProcessEnvironment env = baseEnvironment(scratch.environment());
        const QStringList database = {QStringLiteral("--database"), scratch.address()};
        Run r = run(QStringList{QStringLiteral("demo"), QStringLiteral("--subjects"), QStringLiteral("40")} + database, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        r = run(QStringList{QStringLiteral("due"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--within"),
                            QStringLiteral("40"), QStringLiteral("--as-of"), today} + database,
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(root.value(QLatin1String("as_of")).toString(), today);
        QCOMPARE(root.value(QLatin1String("within")).toInt(), 40);
        QSet<QString> kinds;
        QString previous;
        for (const QJsonValue &v : root.value(QLatin1String("items")).toArray()) {
            const QJsonObject item = v.toObject();
            kinds.insert(item.value(QLatin1String("kind")).toString());
            // Soonest first; overdue exactly when the day has passed.
            const QString due = item.value(QLatin1String("due")).toString();
            QVERIFY2(previous <= due, qPrintable(previous + QLatin1String(" > ") + due));
            previous = due;
            QCOMPARE(item.value(QLatin1String("overdue")).toBool(), due < today);
            QVERIFY(!item.value(QLatin1String("reference")).toString().isEmpty());
        }
        for (const char *kind : {"request", "breach", "purge", "dpia_review", "dpia_action"})
            QVERIFY2(kinds.contains(QLatin1String(kind)), kind);

        r = run(QStringList{QStringLiteral("due"), QStringLiteral("--digest"), QStringLiteral("--within"), QStringLiteral("40")}
                    + database,
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const char *said : {"Privacy Console — what falls due by", "Late (", "dpia review Employee wellness programme",
                                 "dpia action Employee wellness programme"})
            QVERIFY2(r.out.contains(QString::fromUtf8(said)), qPrintable(QString::fromUtf8(said) + QLatin1Char('\n') + r.out));
        // Late before today, before the week, before later.
        QVERIFY(r.out.indexOf(QStringLiteral("Late (")) < r.out.indexOf(QStringLiteral("dpia review")));

        r = run(QStringList{QStringLiteral("due"), QStringLiteral("--format"), QStringLiteral("xml")} + database, env);
        verifyOneLineError(r, QStringLiteral("--format is text or json"));
        r = run(QStringList{QStringLiteral("due"), QStringLiteral("--digest"), QStringLiteral("--format"), QStringLiteral("json")}
                    + database,
                env);
        verifyOneLineError(r, QStringLiteral("--digest is text"));
    }

    // Every dated duty as an iCalendar file: it reads back (a reader of RFC
    // 5545's lines here), one event per duty, each identity kept from one file
    // to the next, and a breach's deadline to the minute in UTC across the
    // change to summer time in Paris.
    void dueAsACalendar()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        QProcessEnvironment env = baseEnvironment(scratch.environment());
        env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Paris"));
        const QStringList database = {QStringLiteral("--database"), scratch.address()};
        Run r = run(QStringList{QStringLiteral("demo"), QStringLiteral("--subjects"), QStringLiteral("40")} + database, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        {
            auto db = scratch.open();
            QVERIFY(db);
            // Became known at 01:30 on the last Sunday of March, in Paris: an
            // hour before the clocks go forward.
            Breach breach;
            breach.organizationId = scalar(*db, QStringLiteral("SELECT id FROM organizations WHERE name = 'SOFTNLABS'")).toLongLong();
            breach.reference = QStringLiteral("BR-2027-DST");
            breach.title = QStringLiteral("Portable volé");
            breach.awareAt = QDateTime(QDate(2027, 3, 28), QTime(1, 30), QTimeZone("Europe/Paris"));
            breach.notificationDueAt = breach.awareAt.addSecs(72 * 3600);
            PC_VERIFY_OK(CaseRepository(*db).addBreach(breach));
        }
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.ics"));
        const QString second = dir.filePath(QStringLiteral("second.ics"));
        const QStringList due = {QStringLiteral("due"), QStringLiteral("--as-of"), QStringLiteral("2027-03-27"),
                                 QStringLiteral("--within"), QStringLiteral("10"), QStringLiteral("--ics")};
        r = run(due + QStringList{first} + database, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run(due + QStringList{second} + database, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));

        // The events as a calendar reads them: lines unfolded, properties by name.
        struct Event
        {
            QMap<QString, QString> properties;
        };
        auto read = [](const QString &path, QList<Event> &events) -> QString {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return QStringLiteral("cannot open");
            const QByteArray bytes = file.readAll();
            if (!bytes.endsWith("\r\n"))
                return QStringLiteral("lines end with CRLF");
            QStringList lines;
            for (const QByteArray &raw : bytes.split('\n')) {
                if (raw.isEmpty())
                    continue;
                if (!raw.endsWith('\r'))
                    return QStringLiteral("a line without CR");
                const QByteArray line = raw.chopped(1);
                if (line.size() > 75)
                    return QStringLiteral("a line of %1 octets").arg(line.size());
                if (line.startsWith(' ')) {
                    if (lines.isEmpty())
                        return QStringLiteral("a folded first line");
                    lines.last() += QString::fromUtf8(line.mid(1));
                } else {
                    lines << QString::fromUtf8(line);
                }
            }
            if (lines.first() != QLatin1String("BEGIN:VCALENDAR") || lines.last() != QLatin1String("END:VCALENDAR"))
                return QStringLiteral("not a calendar");
            QStringList open;
            for (const QString &line : std::as_const(lines)) {
                const QString name = line.section(QLatin1Char(':'), 0, 0);
                const QString value = line.section(QLatin1Char(':'), 1);
                if (name == QLatin1String("BEGIN")) {
                    open << value;
                    if (value == QLatin1String("VEVENT"))
                        events << Event();
                } else if (name == QLatin1String("END")) {
                    if (open.isEmpty() || open.takeLast() != value)
                        return QStringLiteral("END:%1 out of place").arg(value);
                } else if (!open.isEmpty() && open.last() == QLatin1String("VEVENT")) {
                    events.last().properties.insert(name, value);
                }
            }
            return open.isEmpty() ? QString() : QStringLiteral("unclosed %1").arg(open.join(QLatin1Char(',')));
        };
        QList<Event> events, again;
        QString problem = read(first, events);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = read(second, again);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(events.size() > 5);
        QSet<QString> uids, againUids;
        for (const Event &e : events) {
            const QString uid = e.properties.value(QStringLiteral("UID"));
            QVERIFY2(!uids.contains(uid), qPrintable(uid));
            uids.insert(uid);
            QVERIFY(!e.properties.value(QStringLiteral("SUMMARY")).isEmpty());
            QVERIFY(e.properties.contains(QStringLiteral("DTSTART")) || e.properties.contains(QStringLiteral("DTSTART;VALUE=DATE")));
        }
        for (const Event &e : again)
            againUids.insert(e.properties.value(QStringLiteral("UID")));
        QCOMPARE(againUids, uids);
        // One event per duty `due` lists.
        r = run(QStringList{QStringLiteral("due"), QStringLiteral("--as-of"), QStringLiteral("2027-03-27"), QStringLiteral("--within"),
                            QStringLiteral("10"), QStringLiteral("--format"), QStringLiteral("json")} + database,
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const int listed = int(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("items")).toArray().size());
        int contracts = 0;
        for (const Event &e : events) {
            const QString uid = e.properties.value(QStringLiteral("UID"));
            contracts += uid.startsWith(QLatin1String("dpa-")) || uid.startsWith(QLatin1String("policy-")) ? 1 : 0;
        }
        QCOMPARE(int(events.size()), listed + contracts);
        // 72 hours after 00:30 UTC on 28 March: 00:30 UTC on the 31st (02:30 in Paris, summer time).
        bool found = false;
        for (const Event &e : events) {
            if (e.properties.value(QStringLiteral("SUMMARY")).contains(QLatin1String("BR-2027-DST"))) {
                found = true;
                QCOMPARE(e.properties.value(QStringLiteral("DTSTART")), QStringLiteral("20270331T003000Z"));
            }
        }
        QVERIFY(found);
        // The policies in effect since 25 May 2018 (two of the demo's) are checked on their anniversary.
        const QString policies = dir.filePath(QStringLiteral("policies.ics"));
        r = run(QStringList{QStringLiteral("due"), QStringLiteral("--as-of"), QStringLiteral("2027-05-20"), QStringLiteral("--within"),
                            QStringLiteral("10"), QStringLiteral("--ics"), policies} + database,
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QList<Event> checks;
        problem = read(policies, checks);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        int policyChecks = 0;
        for (const Event &e : checks) {
            if (e.properties.value(QStringLiteral("UID")).startsWith(QLatin1String("policy-"))) {
                ++policyChecks;
                QCOMPARE(e.properties.value(QStringLiteral("DTSTART;VALUE=DATE")), QStringLiteral("20270525"));
                QVERIFY(e.properties.value(QStringLiteral("SUMMARY")).startsWith(QLatin1String("Check the privacy policy of")));
            }
        }
        QCOMPARE(policyChecks, 2);
        r = run(QStringList{QStringLiteral("due"), QStringLiteral("--ics"), first, QStringLiteral("--digest")} + database, env);
        verifyOneLineError(r, QStringLiteral("--ics writes a file"));
    }

    // A breach's notification and letters from the command line: late, it
    // will not go without the reasons for the delay; the phases follow one
    // another, each recorded; the letters go to the people listed only.
    void breachNoticeAndLetters()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        const QProcessEnvironment env = baseEnvironment(scratch.environment());
        const QStringList database = {QStringLiteral("--database"), scratch.address()};
        Run r = run(QStringList{QStringLiteral("demo"), QStringLiteral("--subjects"), QStringLiteral("40")} + database, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString reference;
        QStringList emails;
        {
            auto db = scratch.open();
            QVERIFY(db);
            const RowId organization = scalar(*db, QStringLiteral("SELECT id FROM organizations WHERE name = 'SOFTNLABS'")).toLongLong();
            auto breaches = CaseRepository(*db).breaches(organization);
            PC_VERIFY_OK(breaches);
            Breach b = breaches->last();
            reference = b.reference;
            // Known five days ago: its 72 hours are past.
            b.awareAt = QDateTime::currentDateTimeUtc().addDays(-5);
            b.occurredAt = b.awareAt.addSecs(-3600);
            b.containedAt = b.awareAt.addSecs(3600);
            PC_VERIFY_OK(CaseRepository(*db).updateBreach(b));
            QSqlQuery people = db->prepare(QStringLiteral("SELECT email FROM data_subjects WHERE organization_id = ? ORDER BY id LIMIT 2"));
            people.addBindValue(organization);
            QVERIFY(people.exec());
            while (people.next())
                emails << people.value(0).toString();
        }
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notice.txt"));
        const QStringList notice = QStringList{QStringLiteral("breach"), QStringLiteral("notice"), QStringLiteral("--breach"),
                                               reference} + database;
        r = run(notice + QStringList{QStringLiteral("--out"), text}, env);
        verifyOneLineError(r, QStringLiteral("reasons for the delay"));
        QVERIFY(!QFileInfo::exists(text));

        r = run(notice + QStringList{QStringLiteral("--out"), text, QStringLiteral("--delay-reason"),
                                     QStringLiteral("The mailing tool's logs came late."), QStringLiteral("--record")},
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile written(text);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(written.readAll());
        // The CNIL's form, in French: the reasons under their heading.
        QVERIFY2(content.contains(QStringLiteral("Motifs du retard [Art. 33(1)]\n    The mailing tool's logs came late.")),
                 qPrintable(content));
        QVERIFY(content.contains(QStringLiteral("Nature de la violation")));
        QVERIFY2(r.out.contains(QLatin1String("Recorded as sent")), qPrintable(r.out));

        // A second initial notification is refused; a follow-up says what it adds.
        r = run(notice + QStringList{QStringLiteral("--out"), text}, env);
        verifyOneLineError(r, QStringLiteral("follow-up"));
        const QStringList followUp = notice + QStringList{QStringLiteral("--phase"), QStringLiteral("follow-up"),
                                                          QStringLiteral("--lang"), QStringLiteral("en")};
        const QString pdf = dir.filePath(QStringLiteral("follow-up.pdf"));
        r = run(followUp + QStringList{QStringLiteral("--out"), pdf}, env);
        verifyOneLineError(r, QStringLiteral("adds"));
        r = run(followUp + QStringList{QStringLiteral("--out"), pdf, QStringLiteral("--adds"),
                                       QStringLiteral("The consequences, now assessed."), QStringLiteral("--record")},
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile document(pdf);
        QVERIFY(document.open(QIODevice::ReadOnly));
        QVERIFY(document.read(5) == "%PDF-");
        {
            auto db = scratch.open();
            QVERIFY(db);
            QCOMPARE(scalar(*db, QStringLiteral("SELECT group_concat(phase, ',') FROM (SELECT phase FROM breach_notifications "
                                                "ORDER BY id)"))
                         .toString(),
                     QStringLiteral("initial,follow-up"));
        }

        // The letters: to the people listed, no one else; an unknown address is refused.
        const QString letters = dir.filePath(QStringLiteral("letters.pdf"));
        const QString csv = dir.filePath(QStringLiteral("letters.csv"));
        const QStringList write = QStringList{QStringLiteral("breach"), QStringLiteral("letters"), QStringLiteral("--breach"),
                                              reference, QStringLiteral("--out"), letters} + database;
        r = run(write + QStringList{QStringLiteral("--people"), QStringLiteral("nobody@example.org")}, env);
        verifyOneLineError(r, QStringLiteral("nobody@example.org"));
        r = run(write + QStringList{QStringLiteral("--category"), QStringLiteral("Martians")}, env);
        verifyOneLineError(r, QStringLiteral("its categories are"));
        r = run(write + QStringList{QStringLiteral("--people"), emails.join(QLatin1Char(',')), QStringLiteral("--csv"), csv,
                                    QStringLiteral("--record"), QStringLiteral("email")},
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("2 letters written")), qPrintable(r.out));
        QFile list(csv);
        QVERIFY(list.open(QIODevice::ReadOnly));
        const QStringList records = QString::fromUtf8(list.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(records.size(), 3);
        for (const QString &email : std::as_const(emails))
            QVERIFY(records.join(QString()).contains(email));
        auto db = scratch.open();
        QVERIFY(db);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM breach_informed WHERE channel = 'email'")).toInt(), 2);
    }

    void deadline_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("lastLine");
        auto request = [](const char *code, const char *received, const QStringList &more = {}) {
            return QStringList{QStringLiteral("deadline"), QStringLiteral("--jurisdiction"), QString::fromLatin1(code),
                               QStringLiteral("--received"), QString::fromLatin1(received)}
                + more;
        };
        QTest::newRow("France, over Easter") << request("FR", "2026-03-05") << QStringLiteral("2026-04-07");
        QTest::newRow("lower-case code") << request("fr", "2026-03-10") << QStringLiteral("2026-04-10");
        QTest::newRow("France, extended") << request("FR", "2026-03-05", {QStringLiteral("--extended")})
                                          << QStringLiteral("2026-06-05");
        QTest::newRow("France, paused five days")
            << request("FR", "2026-03-10", {QStringLiteral("--paused-days"), QStringLiteral("5")})
            << QStringLiteral("2026-04-15");
        QTest::newRow("Belgium, National Day") << request("BE", "2026-06-21") << QStringLiteral("2026-07-22");
        QTest::newRow("South Africa, a Saturday counts") << request("ZA", "2026-03-05") << QStringLiteral("2026-04-04");
        QTest::newRow("South Africa, extended") << request("ZA", "2026-03-05", {QStringLiteral("--extended")})
                                                << QStringLiteral("2026-05-04");
        QTest::newRow("breach, 72 hours over a weekend")
            << QStringList{QStringLiteral("deadline"), QStringLiteral("--breach"), QStringLiteral("--aware"),
                           QStringLiteral("2026-04-03T09:30")}
            << QStringLiteral("2026-04-06T09:30");
        QTest::newRow("breach in UTC")
            << QStringList{QStringLiteral("deadline"), QStringLiteral("--breach"), QStringLiteral("--jurisdiction"),
                           QStringLiteral("FR"), QStringLiteral("--aware"), QStringLiteral("2026-10-23T22:15Z")}
            << QStringLiteral("2026-10-26T22:15:00Z");
    }
    void deadline()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, lastLine);
        QTemporaryDir data;
        QProcessEnvironment env = baseEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        const Run r = run(arguments, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 3, qPrintable(r.out));   // the law, its citation, the date
        QCOMPARE(lines.last(), lastLine);
        // Nothing is written: the rules shipped with the application are enough.
        QVERIFY(QDir(data.path()).isEmpty());
    }

    void messagesFollowTheLanguage()
    {
        QProcessEnvironment env = baseEnvironment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("fr"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("fr_FR.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8"));
        QTemporaryDir dir;
        const Run r = run({QStringLiteral("init"), QStringLiteral("--database"),
                           dir.filePath(QStringLiteral("absent/r.sqlite"))}, env);
        verifyOneLineError(r, QStringLiteral("n'existe pas"));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestCli test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cli.moc"
