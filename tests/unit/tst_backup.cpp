// A copy of the whole register taken while others work, brought back into
// an empty database and checked: through the command line, on both engines.
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "intake/IdVault.h"
#include "storage/CaseRepository.h"
#include "storage/AuditTrail.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace pc;
using namespace pc::test;

class TestBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &arguments, const QProcessEnvironment &extra)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(extra);
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(PC_TEST_EXECUTABLE), arguments);
        process.closeWriteChannel();
        Run r;
        if (!process.waitForFinished(300000))
            return r;
        r.exitCode = process.exitCode();
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

    static qint64 count(Database &db, const char *table)
    {
        return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong();
    }

private Q_SLOTS:
    void copyAndBringBack_data() { addEngineColumn(); addEngineRows(); }

    void copyAndBringBack()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        DemoOptions options;
        options.subjects = 200;
        PC_VERIFY_OK(DemoGenerator(*db).generate(options));
        const qint64 subjects = count(*db, "data_subjects"), events = count(*db, "consent_events"),
                     trail = count(*db, "audit_log");
        // A copy of an identity document waiting for its check: never in a backup.
        const QByteArray idCopy = QByteArray("PASSPORT-SCAN ").repeated(500);
        {
            auto vault = intake::IdVault::open(*db, {m_dir.filePath(engine + QStringLiteral("-officer.key")),
                                                     scratch.spec().password.toUtf8(), m_dir.filePath(QStringLiteral("none")),
                                                     m_dir.filePath(QStringLiteral("none.key"))});
            PC_VERIFY_OK(vault);
            const auto request = CaseRepository(*db).request(
                scalar(*db, QStringLiteral("SELECT min(id) FROM rights_requests")).toLongLong());
            PC_VERIFY_OK(request);
            PC_VERIFY_OK(vault->store(*db, request.value(), QStringLiteral("passport.png"), QStringLiteral("image/png"), idCopy,
                                      QDate::currentDate().addDays(30)));
        }
        const QByteArray ciphertext = scalar(*db, QStringLiteral("SELECT ciphertext FROM id_copy_contents")).toByteArray();
        QVERIFY(ciphertext.size() > idCopy.size());

        // Another officer is in the middle of a change while the copy is taken.
        auto other = scratch.open();
        QVERIFY(other);
        QSqlQuery begin(other->connection());
        QVERIFY(begin.exec(QStringLiteral("BEGIN")));
        QVERIFY(begin.exec(QStringLiteral("UPDATE data_subjects SET notes = 'not yet saved' WHERE id = "
                                          "(SELECT min(id) FROM data_subjects)")));
        const QString copy = m_dir.filePath(engine + QStringLiteral(".backup"));
        Run r = cli({QStringLiteral("backup"), QStringLiteral("--out"), copy, QStringLiteral("--database"), scratch.address()},
                    scratch.environment());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(engine == QLatin1String("sqlite") ? QStringLiteral("online backup") : QStringLiteral("pg_dump")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("1 copy left out")), qPrintable(r.out));
        QVERIFY(begin.exec(QStringLiteral("COMMIT")));
        QVERIFY(QFile::exists(copy));
        {
            QFile written(copy);
            QVERIFY(written.open(QIODevice::ReadOnly));
            const QByteArray bytes = written.readAll();
            QVERIFY(!bytes.contains(ciphertext.mid(100, 64)));
            QVERIFY(!bytes.contains(idCopy.left(64)));
        }
        QVERIFY(!QFile::exists(copy + QStringLiteral(".partial")));

        // Brought back into an empty database, checked.
        ScratchDatabase empty(engine);
        QVERIFY2(empty.isReady(), qPrintable(empty.problem()));
        QProcessEnvironment env = empty.environment();
        r = cli({QStringLiteral("restore"), QStringLiteral("--from"), copy, QStringLiteral("--database"), empty.address()}, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QLatin1String("Integrity: ok")), qPrintable(r.out));
        auto restored = empty.open();
        QVERIFY(restored);
        QCOMPARE(count(*restored, "data_subjects"), subjects);
        QCOMPARE(count(*restored, "consent_events"), events);
        for (const char *table : {"id_copy_contents", "id_vaults", "id_vault_grants"})
            QCOMPARE(count(*restored, table), 0);
        QCOMPARE(scalar(*restored, QStringLiteral("SELECT count(*) FROM attachments WHERE kind = 'id_copy'")).toInt(), 1);
        // The change not yet saved when the copy was taken is not in it.
        QCOMPARE(scalar(*restored, QStringLiteral("SELECT count(*) FROM data_subjects WHERE notes = 'not yet saved'")).toInt(), 0);
        QVERIFY(count(*restored, "audit_log") >= trail);
        const auto verified = AuditTrail::verify(*restored);
        PC_VERIFY_OK(verified);
        QVERIFY2(verified->ok(), qPrintable(QStringLiteral("%1 at %2").arg(verified->problem).arg(verified->firstBroken)));

        // Never over a register that holds something.
        r = cli({QStringLiteral("restore"), QStringLiteral("--from"), copy, QStringLiteral("--database"), scratch.address()},
                scratch.environment());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("new one only")), qPrintable(r.err));
        QCOMPARE(count(*db, "data_subjects"), subjects);
        // Nor from something that is not a copy.
        const QString junk = m_dir.filePath(QStringLiteral("junk.backup"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a backup at all");
        file.close();
        ScratchDatabase another(engine);
        QVERIFY2(another.isReady(), qPrintable(another.problem()));
        r = cli({QStringLiteral("restore"), QStringLiteral("--from"), junk, QStringLiteral("--database"), another.address()},
                another.environment());
        QCOMPARE(r.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
