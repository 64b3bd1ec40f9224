// Several officers on one PostgreSQL server: the rights are the server's to
// enforce. The roles are set up and the users added through the command
// line, then each user is tried with plain SQL, as someone with psql would.
#include "TestSupport.h"

#include "MainWindow.h"
#include "requests/IdentityCheckDialog.h"
#include "demo/DemoGenerator.h"
#include "domain/Codes.h"
#include "storage/Migrations.h"
#include "storage/PeopleRepository.h"
#include "storage/RecordStore.h"
#include "models/RegisterTableModel.h"
#include "storage/AuditTrail.h"
#include "storage/CaseRepository.h"
#include "storage/ServerRoles.h"
#include "storage/RegisterRepository.h"
#include "storage/SqlRow.h"
#include "intake/IdKeys.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QListWidget>
#include <QMenu>
#include <QToolButton>
#include <QTableWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScopeGuard>
#include <QTimer>
#include <QApplication>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlQuery>

#include <clocale>
#include <QPushButton>
#include <QTableView>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace pc;
using namespace pc::test;
using namespace pc::intake;

class TestServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // The command line with `env` added to this process's environment.
    static Run run(const QProcessEnvironment &env, const QStringList &arguments, const QByteArray &input)
    {
        QProcessEnvironment all = QProcessEnvironment::systemEnvironment();
        all.insert(env);
        all.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        QProcess process;
        process.setProcessEnvironment(all);
        process.start(QStringLiteral(PC_TEST_EXECUTABLE), arguments);
        process.write(input);
        process.closeWriteChannel();
        Run r;
        if (!process.waitForFinished(120000))
            return r;
        r.exitCode = process.exitCode();
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

    Run cli(const QStringList &arguments, const ScratchDatabase &scratch, const QByteArray &input = {})
    {
        QProcessEnvironment env = scratch.environment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        return run(env, arguments + QStringList{QStringLiteral("--database"), scratch.address()}, input);
    }

    // The command line as one officer at their own desk: their sign-in
    // (password in PGPASSWORD), their own home and data folder.
    static Run cliAs(const QString &user, const QByteArray &password, const QString &desk, const QStringList &arguments,
                     const ScratchDatabase &scratch, const QByteArray &input = {})
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PGPASSWORD"), QString::fromUtf8(password));
        env.insert(QStringLiteral("HOME"), desk);
        env.insert(QStringLiteral("XDG_DATA_HOME"), desk + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), desk + QStringLiteral("/config"));
        const QString address = QStringLiteral("postgresql://%1@%2:%3/%4")
                                    .arg(user, scratch.spec().host)
                                    .arg(scratch.spec().port)
                                    .arg(scratch.spec().databaseName);
        return run(env, arguments + QStringList{QStringLiteral("--database"), address}, input);
    }

    // A plain connection as one of the officers, as psql would make.
    struct Session
    {
        QString name;
        explicit Session(const ScratchDatabase &scratch, const QString &user, const QString &password)
            : name(QStringLiteral("session-%1").arg(QRandomGenerator::global()->generate()))
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(scratch.spec().host);
            db.setPort(scratch.spec().port);
            db.setDatabaseName(scratch.spec().databaseName);
            db.setUserName(user);
            db.setPassword(password);
            opened = db.open();
            problem = db.lastError().text();
        }
        ~Session() { QSqlDatabase::removeDatabase(name); }
        bool opened = false;
        QString problem;
        // True when the statement ran; `error` tells why it did not.
        bool exec(const QString &sql, QString *error = nullptr)
        {
            QSqlQuery q(QSqlDatabase::database(name, false));
            const bool ok = q.exec(sql);
            if (error)
                *error = q.lastError().text();
            return ok;
        }
        QVariant value(const QString &sql)
        {
            QSqlQuery q(QSqlDatabase::database(name, false));
            return q.exec(sql) && q.next() ? q.value(0) : QVariant();
        }
    };

    // The people's register on screen, one row selected and its form filled.
    struct PersonOnScreen
    {
        QTableView *table = nullptr;
        RegisterTableModel *model = nullptr;
        RowId id = 0;
        QLineEdit *email = nullptr;
    };
    static bool showPerson(MainWindow &window, int row, PersonOnScreen *shown)
    {
        window.show();
        if (!window.openPage(QStringLiteral("subjects")))
            return false;
        shown->table = window.findChild<QTableView *>(QStringLiteral("registerTable"));
        if (!QTest::qWaitFor([&] { return shown->table->model()->rowCount() > row + 1; }))
            return false;
        shown->table->selectRow(row);
        shown->model = qobject_cast<RegisterTableModel *>(shown->table->model());
        shown->id = shown->model->rowId(row);
        shown->email = window.findChild<QLineEdit *>(QStringLiteral("subjectEmail"));
        return QTest::qWaitFor([&] { return !shown->email->text().isEmpty(); });
    }

private Q_SLOTS:
    // Copies of identity documents on a shared server: imported at one desk,
    // read and checked at another, by officers given access only; no stored
    // value is the copy; a disabled officer's keys open nothing; backups
    // leave copies out; destruction leaves no row of them.
    void idCopiesOnASharedServer()
    {
        ScratchDatabase scratch(QStringLiteral("postgresql"));
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        {
            auto db = scratch.open();
            QVERIFY(db);
            Organization o;
            o.name = QStringLiteral("SOFTNLABS SAS");
            o.country = QStringLiteral("FR");
            o.jurisdiction = QStringLiteral("FR");
            o.policyLanguage = QStringLiteral("en");
            PC_VERIFY_OK(RegisterRepository(*db).addOrganization(o));
        }
        const Run setup = cli({QStringLiteral("server-setup")}, scratch);
        QVERIFY2(setup.exitCode == 0, qPrintable(setup.err));
        const QString suffix = QString::number(QRandomGenerator::global()->bounded(100000, 999999));
        const QString a = QStringLiteral("amel.") + suffix, b = QStringLiteral("jean.") + suffix,
                      v = QStringLiteral("vera.") + suffix, c = QStringLiteral("chloe.") + suffix;
        const QByteArray password = "correct horse battery";
        for (const auto &[user, role] : {std::pair{a, QStringLiteral("officer")}, std::pair{b, QStringLiteral("officer")},
                                         std::pair{v, QStringLiteral("viewer")}, std::pair{c, QStringLiteral("officer")}}) {
            const Run added = cli({QStringLiteral("user"), QStringLiteral("add"), user, QStringLiteral("--role"), role}, scratch,
                                  password + '\n');
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        }
        QTemporaryDir deskA, deskB, deskV, deskC;
        const QString fixtures = QStringLiteral(PC_TEST_FIXTURES);
        const QString idFile = fixtures + QStringLiteral("/passporteye-mrz/0_pass-lva.jpg");
        QFile idBytes(idFile);
        QVERIFY(idBytes.open(QIODevice::ReadOnly));
        const QByteArray original = idBytes.readAll();
        const QString originalSha = QString::fromLatin1(QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex());

        // A imports a letter with the copy of a passport.
        const QStringList import{QStringLiteral("import-letter"), fixtures + QStringLiteral("/gdpr-letters/access_en.pdf"),
                                 QStringLiteral("--id"), idFile, QStringLiteral("--create"), QStringLiteral("--organization"),
                                 QStringLiteral("SOFTNLABS SAS")};
        const Run imported = cliAs(a, password, deskA.path(), import, scratch);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        auto owner = scratch.open();
        QVERIFY(owner);
        const QString reference = test::scalar(*owner, QStringLiteral("SELECT reference FROM rights_requests")).toString();
        QVERIFY(!reference.isEmpty());
        const QStringList verify{QStringLiteral("id-copies"), QStringLiteral("verify"), QStringLiteral("--request"), reference};

        // B, at another desk, has no access until A gives it.
        Run verified = cliAs(b, password, deskB.path(), verify, scratch);
        QCOMPARE(verified.exitCode, 1);
        QVERIFY2(verified.err.contains(QStringLiteral("id-copies grant ") + b), qPrintable(verified.err));
        const Run granted = cliAs(a, password, deskA.path(), {QStringLiteral("id-copies"), QStringLiteral("grant"), b}, scratch);
        QVERIFY2(granted.exitCode == 0, qPrintable(granted.err));
        verified = cliAs(b, password, deskB.path(), verify, scratch);
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        QVERIFY2(verified.out.contains(QStringLiteral("ok  0_pass-lva.jpg  SHA-256 ") + originalSha), qPrintable(verified.out));
        const Run listed = cliAs(b, password, deskB.path(), {QStringLiteral("id-copies"), QStringLiteral("list")}, scratch);
        QVERIFY2(listed.exitCode == 0 && listed.out.contains(reference) && listed.out.contains(originalSha)
                     && listed.out.contains(QStringLiteral("0_pass-lva.jpg")),
                 qPrintable(listed.out + listed.err));
        // B changes their password: their key follows it, the old one opens nothing.
        const QByteArray newPassword = "another horse, stapled";
        const Run changed = cliAs(b, password, deskB.path(), {QStringLiteral("password")}, scratch, newPassword + '\n');
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
        QVERIFY(cliAs(b, password, deskB.path(), verify, scratch).exitCode != 0);
        verified = cliAs(b, newPassword, deskB.path(), verify, scratch);
        QVERIFY2(verified.exitCode == 0 && verified.out.contains(originalSha), qPrintable(verified.out + verified.err));
        QVERIFY(!verified.out.contains(QStringLiteral("new key")));
        // The password from ~/.pgpass unlocks the key as well.
        {
            const QString pgpass = deskB.filePath(QStringLiteral("pgpass"));
            QFile file(pgpass);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("%1:%2:%3:%4:").arg(scratch.spec().host).arg(scratch.spec().port)
                           .arg(scratch.spec().databaseName, b).toUtf8() + newPassword + '\n');
            file.close();
            QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
            QProcessEnvironment env;
            env.insert(QStringLiteral("PGPASSWORD"), QString());
            env.insert(QStringLiteral("PGPASSFILE"), pgpass);
            env.insert(QStringLiteral("XDG_DATA_HOME"), deskB.filePath(QStringLiteral("data")));
            const QString address = QStringLiteral("postgresql://%1@%2:%3/%4").arg(b, scratch.spec().host)
                                        .arg(scratch.spec().port).arg(scratch.spec().databaseName);
            const Run fromFile = run(env, verify + QStringList{QStringLiteral("--database"), address}, {});
            QVERIFY2(fromFile.exitCode == 0 && fromFile.out.contains(originalSha), qPrintable(fromFile.out + fromFile.err));
        }
        const Run tooShort = cliAs(b, newPassword, deskB.path(), {QStringLiteral("password")}, scratch, "short\n");
        QCOMPARE(tooShort.exitCode, 1);
        const QByteArray passwordB = newPassword;

        // Nothing of it on either desk.
        for (const QTemporaryDir *desk : {&deskA, &deskB}) {
            QDirIterator files(desk->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(original.mid(2000, 64)), qPrintable(file.fileName()));
            }
        }

        // B's window opens the request A imported, and shows the copy; B
        // gives access to C, who opened the register once.
        QCOMPARE(cliAs(c, password, deskC.path(), verify, scratch).exitCode, 1);
        {
            ConnectionSpec spec = scratch.spec();
            spec.user = b;
            spec.password = QString::fromUtf8(passwordB);
            auto mine = openUpToDate(spec, OpenMode::ReadWrite);
            PC_VERIFY_OK(mine);
            MainWindow window(std::move(mine.value()));
            window.show();
            QVERIFY(window.openPage(QStringLiteral("requests:open")));
            auto *editor = window.findChild<QWidget *>(QStringLiteral("requestEditor"));
            QTRY_VERIFY(editor->isVisible());
            auto *documents = editor->findChild<QListWidget *>(QStringLiteral("requestDocuments"));
            int row = -1;
            QTRY_VERIFY((row = [&] {
                for (int i = 0; i < documents->count(); ++i) {
                    if (documents->item(i)->text().contains(QStringLiteral("0_pass-lva.jpg")))
                        return i;
                }
                return -1;
            }()) >= 0);
            documents->setCurrentRow(row);
            bool shown = false;
            dialogs::setNextHandler([&shown](QDialog &dialog) {
                shown = dialog.objectName() == QStringLiteral("documentViewer");
                dialog.reject();
            });
            QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("documentView")), Qt::LeftButton);
            QVERIFY(shown);
            // The identity check reads the copy's zone (then is left unrecorded).
            QString reading;
            dialogs::setNextHandler([&reading](QDialog &dialog) {
                auto *check = qobject_cast<IdentityCheckDialog *>(&dialog);
                QElapsedTimer clock;
                clock.start();
                if (check && QTest::qWaitFor([check] { return check->isRead(); }, 60000)) {
                    reading = check->findChild<QLabel *>(QStringLiteral("identityReading"))->text();
                    qInfo("the copy's zone read in %lld ms", qint64(clock.elapsed()));
                } else if (check)
                    reading = QStringLiteral("not read in %1 ms").arg(clock.elapsed());
                else if (auto *box = qobject_cast<QMessageBox *>(&dialog))
                    reading = QStringLiteral("message: ") + box->text();
                else
                    reading = QStringLiteral("dialog: ") + dialog.objectName();
                dialog.reject();
            });
            auto *identity = editor->findChild<QToolButton *>(QStringLiteral("requestIdentity"));
            identity->menu()->findChild<QAction *>(QStringLiteral("requestRecordCheck"))->trigger();
            QVERIFY2(reading.contains(QStringLiteral("FARIDA")), qPrintable(reading));
            QStringList before, after;
            dialogs::setNextHandler([&](QDialog &dialog) {
                auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("idAccessTable"));
                auto *grant = dialog.findChild<QPushButton *>(QStringLiteral("idAccessGrant"));
                const auto states = [table] {
                    QStringList lines;
                    for (int line = 0; line < table->rowCount(); ++line)
                        lines << table->item(line, 1)->text() + QStringLiteral(": ") + table->item(line, 3)->text();
                    return lines;
                };
                before = states();
                for (int line = 0; line < table->rowCount(); ++line) {
                    if (table->item(line, 1)->text() == c)
                        table->selectRow(line);
                }
                if (grant->isEnabled())
                    QTest::mouseClick(grant, Qt::LeftButton);
                after = states();
                if (const QString shots = qEnvironmentVariable("PC_SCREENSHOT_DIR"); !shots.isEmpty())
                    dialog.grab().save(shots + QStringLiteral("/id-access-en.png"));
                dialog.reject();
            });
            window.findChild<QAction *>(QStringLiteral("idAccessAction"))->trigger();
            QVERIFY2(before.contains(c + QStringLiteral(": Waiting to be given access")), qPrintable(before.join(u'\n')));
            QVERIFY2(before.contains(a + QStringLiteral(": Reads them")), qPrintable(before.join(u'\n')));
            QVERIFY2(before.contains(v + QStringLiteral(": Never (viewers read the registers only)")),
                     qPrintable(before.join(u'\n')));
            QVERIFY2(after.contains(c + QStringLiteral(": Reads them")), qPrintable(after.join(u'\n')));
            window.close();
        }

        verified = cliAs(c, password, deskC.path(), verify, scratch);
        QVERIFY2(verified.exitCode == 0 && verified.out.contains(originalSha), qPrintable(verified.out + verified.err));
        // An administrator sets C a new password: C's key, wrapped under the
        // old one, is lost with it; C gets a new key and waits for access again.
        const QByteArray reset = "set by the administrator";
        const Run resetDone = cli({QStringLiteral("user"), QStringLiteral("add"), c, QStringLiteral("--role"),
                                   QStringLiteral("officer")},
                                  scratch, reset + '\n');
        QVERIFY2(resetDone.exitCode == 0, qPrintable(resetDone.err));
        verified = cliAs(c, reset, deskC.path(), verify, scratch);
        QCOMPARE(verified.exitCode, 1);
        QVERIFY2(verified.out.contains(QStringLiteral("a new key was made")), qPrintable(verified.out));
        QVERIFY2(verified.err.contains(QStringLiteral("id-copies grant ") + c), qPrintable(verified.err));

        // The viewer: refused by the application, and the server shows no row.
        const Run refused = cliAs(v, password, deskV.path(), verify, scratch);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("Only officers")), qPrintable(refused.err));
        {
            Session s(scratch, v, QString::fromUtf8(password));
            QVERIFY2(s.opened, qPrintable(s.problem));
            for (const char *table : {"id_copy_contents", "id_vaults", "id_vault_grants", "officer_keys", "officer_key_wraps"})
                QCOMPARE(s.value(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt(), 0);
            QCOMPARE(s.value(QStringLiteral("SELECT count(*) FROM attachments WHERE kind = 'id_copy'")).toInt(), 0);
        }
        // An officer reads no one's wrapped key but their own.
        {
            Session s(scratch, b, QString::fromUtf8(passwordB));
            QVERIFY2(s.opened, qPrintable(s.problem));
            QCOMPARE(s.value(QStringLiteral("SELECT count(*) FROM officer_key_wraps")).toInt(), 1);
            QCOMPARE(s.value(QStringLiteral("SELECT count(*) FROM officer_keys")).toInt(), 3);
        }
        // The server's superuser reads every stored byte string: none is the copy.
        const auto noValueIsTheCopy = [&](Database &db) {
            QSqlQuery columns(db.connection());
            QVERIFY(columns.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                                "WHERE table_schema = 'public' AND data_type = 'bytea'")));
            int values = 0;
            while (columns.next()) {
                QSqlQuery stored(db.connection());
                QVERIFY(stored.exec(QStringLiteral("SELECT %2 FROM %1 WHERE %2 IS NOT NULL")
                                        .arg(columns.value(0).toString(), columns.value(1).toString())));
                while (stored.next()) {
                    const QByteArray value = stored.value(0).toByteArray();
                    QVERIFY(QString::fromLatin1(QCryptographicHash::hash(value, QCryptographicHash::Sha256).toHex()) != originalSha);
                    QVERIFY(!value.contains(original.mid(2000, 64)));
                    ++values;
                }
            }
            QVERIFY(values > 0);
        };
        noValueIsTheCopy(*owner);
        QCOMPARE(test::scalar(*owner, QStringLiteral("SELECT count(*) FROM id_copy_contents")).toInt(), 1);

        // What A could have kept: their private key, and the vault key it opened.
        const auto keyOf = [&](const QString &user) -> std::optional<keys::KeyPair> {
            QSqlQuery wrap = owner->prepare(QStringLiteral("SELECT salt, nonce, wrapped, ops_limit, mem_limit "
                                                           "FROM officer_key_wraps WHERE username = ?"));
            wrap.addBindValue(user);
            if (!wrap.exec() || !wrap.next())
                return std::nullopt;
            const SqlRow row(wrap);
            const auto secret = keys::unwrap({row.value("salt").toByteArray(), row.value("nonce").toByteArray(),
                                              row.value("wrapped").toByteArray(), row.bigInteger("ops_limit"),
                                              row.bigInteger("mem_limit")},
                                             password);
            return secret ? std::optional(keys::KeyPair::fromSecret(*secret)) : std::nullopt;
        };
        const std::optional<keys::KeyPair> keyA = keyOf(a);
        QVERIFY(keyA);
        const auto vaultOf = [&](const keys::KeyPair &pair) -> std::optional<keys::KeyPair> {
            QSqlQuery grants(owner->connection());
            if (!grants.exec(QStringLiteral("SELECT sealed_secret FROM id_vault_grants")))
                return std::nullopt;
            while (grants.next()) {
                if (const auto secret = keys::unseal(grants.value(0).toByteArray(), pair))
                    return keys::KeyPair::fromSecret(*secret);
            }
            return std::nullopt;
        };
        const std::optional<keys::KeyPair> vaultKnownToA = vaultOf(*keyA);
        QVERIFY(vaultKnownToA);
        const auto opensACopy = [&](const keys::KeyPair &vault) {
            QSqlQuery copies(owner->connection());
            if (!copies.exec(QStringLiteral("SELECT sealed_key FROM id_copy_contents")))
                return true;
            while (copies.next()) {
                if (keys::unseal(copies.value(0).toByteArray(), vault))
                    return true;
            }
            return false;
        };
        QVERIFY(opensACopy(*vaultKnownToA));

        // A is disabled: their keys go, and the vault key is renewed by the
        // next officer who holds it.
        const Run disabled = cli({QStringLiteral("user"), QStringLiteral("disable"), a}, scratch);
        QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.err));
        QVERIFY2(disabled.out.contains(QStringLiteral("will be renewed")), qPrintable(disabled.out));
        QCOMPARE(test::scalar(*owner, QStringLiteral("SELECT count(*) FROM officer_keys WHERE username = ?"), {a}).toInt(), 0);
        QCOMPARE(test::scalar(*owner, QStringLiteral("SELECT count(*) FROM id_vault_grants WHERE username = ?"), {a}).toInt(), 0);
        verified = cliAs(b, passwordB, deskB.path(), verify, scratch);
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        QCOMPARE(test::scalar(*owner, QStringLiteral("SELECT count(*) FROM id_vaults WHERE NOT rotation_due")).toInt(), 1);
        QCOMPARE(test::scalar(*owner, QStringLiteral("SELECT generation FROM id_vaults")).toInt(), 2);
        // B adds a second copy; neither of A's keys opens the old one or the new.
        Run second = cliAs(b, passwordB, deskB.path(), import, scratch);
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(test::scalar(*owner, QStringLiteral("SELECT count(*) FROM id_copy_contents")).toInt(), 2);
        QVERIFY(!vaultOf(*keyA));
        QVERIFY(!opensACopy(*vaultKnownToA));
        QVERIFY(cliAs(a, password, deskA.path(), verify, scratch).exitCode != 0);

        // A backup holds no copy, and says so; restored, neither is there.
        const QString archive = deskA.filePath(QStringLiteral("register.dump"));
        const Run saved = cli({QStringLiteral("backup"), QStringLiteral("--out"), archive}, scratch);
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        QVERIFY2(saved.out.contains(QStringLiteral("2 copies left out")), qPrintable(saved.out));
        {
            ScratchDatabase target(QStringLiteral("postgresql"));
            QVERIFY2(target.isReady(), qPrintable(target.problem()));
            const Run restored = cli({QStringLiteral("restore"), QStringLiteral("--from"), archive}, target);
            QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
            auto back = target.open();
            QVERIFY(back);
            for (const char *table : {"id_copy_contents", "id_vaults", "id_vault_grants"})
                QCOMPARE(test::scalar(*back, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt(), 0);
            QCOMPARE(test::scalar(*back, QStringLiteral("SELECT count(*) FROM attachments WHERE kind = 'id_copy'")).toInt(), 2);
            noValueIsTheCopy(*back);
        }

        // Destroyed by B: no row of the copy or of its key remains, and B is told when.
        const RowId requestId =
            test::scalar(*owner, QStringLiteral("SELECT id FROM rights_requests WHERE reference = ?"), {reference}).toLongLong();
        const Run destroyed = cliAs(b, passwordB, deskB.path(),
                                    {QStringLiteral("id-copies"), QStringLiteral("destroy"), QStringLiteral("--request"), reference},
                                    scratch);
        QVERIFY2(destroyed.exitCode == 0 && destroyed.out.contains(QStringLiteral("1 identity document copy of")),
                 qPrintable(destroyed.out + destroyed.err));
        QCOMPARE(test::scalar(*owner, QStringLiteral("SELECT count(*) FROM id_copy_contents c JOIN attachments a "
                                                     "ON a.id = c.attachment_id WHERE a.request_id = ?"),
                              {requestId})
                     .toInt(),
                 0);
        QCOMPARE(test::scalar(*owner, QStringLiteral("SELECT count(*) FROM request_events WHERE request_id = ? "
                                                     "AND step = 'id_copy_destroyed'"),
                              {requestId})
                     .toInt(),
                 1);
        verified = cliAs(b, passwordB, deskB.path(), verify, scratch);
        QCOMPARE(verified.exitCode, 1);
        QVERIFY2(verified.out.contains(QStringLiteral("0_pass-lva.jpg: destroyed on ")), qPrintable(verified.out));
    }

    void rolesAreTheServers()
    {
        ScratchDatabase scratch(QStringLiteral("postgresql"));
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        {
            auto db = scratch.open();
            QVERIFY(db);
            DemoOptions options;
            options.subjects = 40;
            PC_VERIFY_OK(DemoGenerator(*db).generate(options));
            // A copy of an identity document kept with a request.
            QVERIFY(test::scalar(*db, QStringLiteral("INSERT INTO attachments (organization_id, request_id, kind, file_name, "
                                                     "size_bytes, sha256, encrypted_path) SELECT organization_id, id, 'id_copy', "
                                                     "'passport.jpg', 10, repeat('a', 64), '/vault/x.bin' FROM rights_requests "
                                                     "LIMIT 1 RETURNING id"))
                        .toLongLong()
                    > 0);
            // And the letter that came with it.
            QVERIFY(test::scalar(*db, QStringLiteral("INSERT INTO attachments (organization_id, request_id, kind, file_name, "
                                                     "size_bytes, sha256, content) SELECT organization_id, id, 'letter', "
                                                     "'letter.pdf', 4, repeat('b', 64), '\\x25504446'::bytea FROM rights_requests "
                                                     "LIMIT 1 RETURNING id"))
                        .toLongLong()
                    > 0);
        }
        // Set up twice: the second changes nothing and fails on nothing.
        for (int round = 0; round < 2; ++round) {
            const Run setup = cli({QStringLiteral("server-setup")}, scratch);
            QVERIFY2(setup.exitCode == 0, qPrintable(setup.err));
            QVERIFY2(setup.out.contains(QLatin1String("_officer")), qPrintable(setup.out));
        }
        const QString suffix = QString::number(QRandomGenerator::global()->bounded(100000, 999999));
        const QString viewer = QStringLiteral("staff.") + suffix, officer = QStringLiteral("claire.") + suffix,
                      admin = QStringLiteral("boss.") + suffix;
        const QByteArray password = "correct horse battery";
        for (const auto &[user, role] : {std::pair{viewer, QStringLiteral("viewer")}, std::pair{officer, QStringLiteral("officer")},
                                         std::pair{admin, QStringLiteral("admin")}}) {
            const Run added = cli({QStringLiteral("user"), QStringLiteral("add"), user, QStringLiteral("--role"), role}, scratch,
                                  password + '\n');
            QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        }
        // A password too short, a role that does not exist: refused.
        Run refused = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x.") + suffix, QStringLiteral("--role"),
                           QStringLiteral("viewer")},
                          scratch, QByteArray("short\n"));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QLatin1String("ten characters")));
        refused = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("y.") + suffix, QStringLiteral("--role"),
                       QStringLiteral("owner")},
                      scratch, password + '\n');
        QCOMPARE(refused.exitCode, 1);

        // The server keeps a SCRAM verifier, never the password.
        {
            auto db = scratch.open();
            QVERIFY(db);
            QVERIFY(test::scalar(*db, QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"), {officer})
                        .toString()
                        .startsWith(QLatin1String("SCRAM-SHA-256$")));
            QCOMPARE(test::scalar(*db, QStringLiteral("SELECT role FROM users WHERE username = ?"), {officer}).toString(),
                     QStringLiteral("officer"));
        }

        // The viewer reads, changes nothing, never sees an identity copy.
        {
            Session s(scratch, viewer, QString::fromUtf8(password));
            QVERIFY2(s.opened, qPrintable(s.problem));
            QVERIFY(s.value(QStringLiteral("SELECT count(*) FROM data_subjects")).toInt() > 0);
            QString error;
            QVERIFY(!s.exec(QStringLiteral("UPDATE data_subjects SET first_name = 'X'"), &error));
            QVERIFY2(error.contains(QLatin1String("permission denied")), qPrintable(error));
            QVERIFY(!s.exec(QStringLiteral("INSERT INTO organizations (name, country, jurisdiction) VALUES ('Mine', 'FR', 'FR')")));
            QVERIFY(!s.exec(QStringLiteral("DELETE FROM consent_events")));
            QVERIFY(!s.exec(QStringLiteral("DELETE FROM audit_log")));
            QCOMPARE(s.value(QStringLiteral("SELECT count(*) FROM attachments WHERE kind = 'id_copy'")).toInt(), 0);
            QVERIFY(s.value(QStringLiteral("SELECT count(*) FROM attachments")).toInt() > 0);
            // Signing in is recorded, under the server's name for them whatever they claim.
            QVERIFY(s.exec(QStringLiteral("INSERT INTO audit_log (actor, action, detail) VALUES ('the director', 'login', 'me')")));
            QCOMPARE(s.value(QStringLiteral("SELECT actor FROM audit_log WHERE detail = 'me'")).toString(), viewer);
            QVERIFY(!s.exec(QStringLiteral("CREATE TABLE mine (x int)")));
        }
        // The officer changes the registers, cannot hide it, cannot purge.
        {
            Session s(scratch, officer, QString::fromUtf8(password));
            QVERIFY2(s.opened, qPrintable(s.problem));
            const int before = s.value(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
            QVERIFY(s.exec(QStringLiteral("SELECT set_config('privacy_console.row_audit', 'off', false)")));
            QString error;
            QVERIFY2(s.exec(QStringLiteral("UPDATE data_subjects SET notes = 'seen' WHERE id = (SELECT min(id) FROM data_subjects)"),
                            &error),
                     qPrintable(error));
            QCOMPARE(s.value(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), before + 1);
            QCOMPARE(s.value(QStringLiteral("SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1")).toString(), officer);
            QVERIFY(s.value(QStringLiteral("SELECT count(*) FROM attachments WHERE kind = 'id_copy'")).toInt() > 0);
            QVERIFY(!s.exec(QStringLiteral("INSERT INTO purge_runs (due_until) VALUES ('2026-01-01')"), &error));
            QVERIFY2(error.contains(QLatin1String("permission denied")), qPrintable(error));
            QVERIFY(!s.exec(QStringLiteral("UPDATE users SET role = 'admin'")));
            QVERIFY(!s.exec(QStringLiteral("UPDATE audit_log SET actor = 'nobody'")));
            QVERIFY(!s.exec(QStringLiteral("DELETE FROM schema_version")));
        }
        // The administrator may purge.
        {
            Session s(scratch, admin, QString::fromUtf8(password));
            QVERIFY2(s.opened, qPrintable(s.problem));
            QString error;
            QVERIFY2(s.exec(QStringLiteral("INSERT INTO purge_runs (due_until, performed_by) VALUES ('2026-01-01', 'test')"), &error),
                     qPrintable(error));
        }
        // The application knows who is who.
        for (const auto &[user, role] : {std::pair{viewer, QStringLiteral("viewer")}, std::pair{officer, QStringLiteral("officer")},
                                         std::pair{admin, QStringLiteral("admin")}}) {
            ConnectionSpec spec = scratch.spec();
            spec.user = user;
            spec.password = QString::fromUtf8(password);
            auto db = Database::open(spec, OpenMode::ReadOnly);
            PC_VERIFY_OK(db);
            const auto seen = server::sessionRole(*db.value());
            PC_VERIFY_OK(seen);
            QCOMPARE(seen.value(), role);
        }
        // The window of each: a viewer's forms and edits greyed out, the
        // purge an administrator's.
        for (const auto &[user, role] : {std::pair{viewer, QStringLiteral("viewer")}, std::pair{officer, QStringLiteral("officer")},
                                         std::pair{admin, QStringLiteral("admin")}}) {
            ConnectionSpec spec = scratch.spec();
            spec.user = user;
            spec.password = QString::fromUtf8(password);
            auto db = openUpToDate(spec, OpenMode::ReadWrite);
            PC_VERIFY_OK(db);
            MainWindow window(std::move(db.value()));
            window.show();
            QVERIFY(window.findChild<QLabel *>(QStringLiteral("userLabel"))->text().contains(
                codes::label(CodeList::UserRole, role)));
            // The first person opened in their form.
            QVERIFY(window.openPage(QStringLiteral("subjects:open")));
            auto *form = window.findChild<QWidget *>(QStringLiteral("subjectEditor"));
            QTRY_VERIFY(form->isVisible());
            const bool viewing = role == QLatin1String("viewer");
            QCOMPARE(form->isEnabled(), !viewing);
            QCOMPARE(window.findChild<QAction *>(QStringLiteral("newAction"))->isEnabled(), !viewing);
            QCOMPARE(window.findChild<QAction *>(QStringLiteral("importLettersAction"))->isEnabled(), !viewing);
            QCOMPARE(window.findChild<QPushButton *>(QStringLiteral("purgeButton"))->isEnabled(),
                     role == QLatin1String("admin"));
            QVERIFY(window.findChild<QAction *>(QStringLiteral("reportsAction"))->isEnabled());
            window.close();
            // Signing in and out is in the trail under the server's name for them.
            auto trail = scratch.open();
            for (const char *action : {"login", "logout"}) {
                QCOMPARE(test::scalar(*trail, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND actor = ? AND detail <> 'me'"),
                                      {QString::fromLatin1(action), user})
                             .toInt(),
                         1);
            }
        }
        // One officer's change reaches the other's window within a second,
        // the selected row and the form following.
        {
            ConnectionSpec spec = scratch.spec();
            spec.user = officer;
            spec.password = QString::fromUtf8(password);
            auto mine = openUpToDate(spec, OpenMode::ReadWrite);
            PC_VERIFY_OK(mine);
            MainWindow window(std::move(mine.value()));
            PersonOnScreen shown;
            QVERIFY(showPerson(window, 2, &shown));
            const auto [table, model, selected, email] = shown;
            spec.user = admin;
            auto theirs = openUpToDate(spec, OpenMode::ReadWrite);
            PC_VERIFY_OK(theirs);
            DataSubject person = PeopleRepository(*theirs.value()).subject(selected).value();
            person.email = QStringLiteral("changed.elsewhere@example.org");
            QElapsedTimer clock;
            clock.start();
            PC_VERIFY_OK(PeopleRepository(*theirs.value()).updateSubject(person));
            QTRY_VERIFY_WITH_TIMEOUT(email->text() == person.email, 1000);
            QTRY_VERIFY_WITH_TIMEOUT(model->data(model->index(table->currentIndex().row(), 2)).toString() == person.email,
                                     1000);
            qInfo("a change made elsewhere was on screen after %lld ms", clock.elapsed());
            QCOMPARE(model->rowId(table->currentIndex().row()), selected);
            window.close();
        }
        // Two officers on the same request, each in a client process of
        // their own: both read it, the first saves, the second's save meets
        // the first's version and changes nothing.
        {
            const RowId request = test::scalar(*scratch.open(), QStringLiteral("SELECT min(id) FROM rights_requests")).toLongLong();
            auto client = [&](const QString &user, const QString &note) {
                auto process = std::make_unique<QProcess>();
                QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                env.insert(QStringLiteral("PC_CLIENT_DATABASE"), QStringLiteral("postgresql://%1@%2:%3/%4")
                                                                     .arg(user, scratch.spec().host)
                                                                     .arg(scratch.spec().port)
                                                                     .arg(scratch.spec().databaseName));
                env.insert(QStringLiteral("PC_CLIENT_PASSWORD"), QString::fromUtf8(password));
                process->setProcessEnvironment(env);
                process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
                process->start(QCoreApplication::applicationFilePath(),
                               {QStringLiteral("--edit-request"), QString::number(request), note});
                return process;
            };
            auto said = [](QProcess &process) {
                while (!process.canReadLine() && process.waitForReadyRead(30000)) {
                }
                return QString::fromUtf8(process.readLine()).trimmed();
            };
            auto first = client(officer, QStringLiteral("Called the requester"));
            auto second = client(admin, QStringLiteral("Letter sent"));
            QCOMPARE(said(*first), QStringLiteral("read"));
            QCOMPARE(said(*second), QStringLiteral("read"));
            first->write("save\n");
            QCOMPARE(said(*first), QStringLiteral("saved"));
            second->write("save\n");
            QCOMPARE(said(*second), QStringLiteral("conflict"));
            QVERIFY(first->waitForFinished(30000) && second->waitForFinished(30000));
            auto db = scratch.open();
            QCOMPARE(RecordStore<RightsRequest>::read(*db, request)->notes, QStringLiteral("Called the requester"));
        }
        // Disabled: the viewer can no longer reach the register.
        const Run disabled = cli({QStringLiteral("user"), QStringLiteral("disable"), viewer}, scratch);
        QVERIFY2(disabled.exitCode == 0, qPrintable(disabled.err));
        {
            Session s(scratch, viewer, QString::fromUtf8(password));
            QVERIFY(!s.opened);
            QVERIFY2(s.problem.contains(QLatin1String("permission denied")), qPrintable(s.problem));
        }
        // And the trail of all this is whole.
        auto db = scratch.open();
        QVERIFY(db);
        const auto verified = AuditTrail::verify(*db);
        PC_VERIFY_OK(verified);
        QVERIFY2(verified->ok(), qPrintable(QStringLiteral("%1 at %2").arg(verified->problem).arg(verified->firstBroken)));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT active FROM users WHERE username = ?"), {viewer}).toBool(), false);
    }

    // The server goes away, as in a crash, while an officer is editing: the
    // edit stays in the form, the officer is told, the window says the
    // connection is lost, and the same save goes through once the server is
    // back — nothing typed is lost and nothing is half-written.
    // libpq speaks the user's language: what went wrong when signing in is
    // known by what libpq says happened, not by its words. Under a French
    // locale, a password missing or wrong is authentication, a server that
    // does not answer is connection, and the reason shown is libpq's French.
    void signInFailuresAreKnownInAnyLanguage()
    {
        ScratchDatabase scratch(QStringLiteral("postgresql"));
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        const QByteArray locale = setlocale(LC_ALL, nullptr);
        QVERIFY2(setlocale(LC_ALL, "fr_FR.UTF-8"), "the fr_FR.UTF-8 locale is not installed (packaging/install-deps.sh --tests makes it)");
        const QByteArray passwordEnv = qgetenv("PGPASSWORD"), passFile = qgetenv("PGPASSFILE"),
                         language = qgetenv("LANGUAGE");
        // (gettext prefers LANGUAGE, which the tests set to English, to the locale.)
        qputenv("LANGUAGE", "fr");
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", "/nonexistent");
        auto restore = qScopeGuard([&] {
            setlocale(LC_ALL, locale.constData());
            qputenv("LANGUAGE", language);
            if (!passwordEnv.isNull())
                qputenv("PGPASSWORD", passwordEnv);
            if (passFile.isNull())
                qunsetenv("PGPASSFILE");
            else
                qputenv("PGPASSFILE", passFile);
        });

        ConnectionSpec none = scratch.spec();
        none.password.clear();
        const auto missing = Database::open(none, OpenMode::ReadOnly);
        QVERIFY(!missing);
        QCOMPARE(int(missing.error().kind), int(Error::Kind::Authentication));
        QVERIFY2(missing.errorMessage().contains(QStringLiteral("a échoué")), qPrintable(missing.errorMessage()));

        ConnectionSpec wrong = scratch.spec();
        wrong.password = QStringLiteral("not the password");
        const auto refused = Database::open(wrong, OpenMode::ReadOnly);
        QVERIFY(!refused);
        QCOMPARE(int(refused.error().kind), int(Error::Kind::Authentication));
        // (The client's part in French; the server adds its own in its own language.)
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("a échoué")), qPrintable(refused.errorMessage()));

        ConnectionSpec away = scratch.spec();
        away.port = 1;   // nothing listens there
        const auto unreachable = Database::open(away, OpenMode::ReadOnly);
        QVERIFY(!unreachable);
        QCOMPARE(int(unreachable.error().kind), int(Error::Kind::Connection));

        // Statements too: a row still referenced, by SQLSTATE.
        auto db = Database::open(scratch.spec(), OpenMode::ReadWrite);
        PC_VERIFY_OK(db);
        QSqlQuery bad = db.value()->prepare(QStringLiteral("SELECT 1/0"));
        QVERIFY(!bad.exec());
        QCOMPARE(int(Database::sqlError(bad).kind), int(Error::Kind::BadInput));
    }

    void aServerLostDuringAnEditLosesNothing()
    {
        // A server of this test's own, so that stopping it troubles no other.
        QTemporaryDir folder;
        const QString envFile = folder.filePath(QStringLiteral("own-server.env"));
        QString problem;
        QVERIFY2(postgresHarness(QStringLiteral("start"), envFile, &problem), qPrintable(problem));
        const auto stopServer = qScopeGuard([&] { postgresHarness(QStringLiteral("stop"), envFile); });
        const PostgresServer own = readPostgresServer(envFile);
        QVERIFY2(own.available, qPrintable(own.problem));
        ConnectionSpec spec;
        spec.engine = Engine::Postgresql;
        spec.host = own.host;
        spec.port = own.port;
        spec.user = own.user;
        spec.password = own.password;
        spec.databaseName = QStringLiteral("postgres");
        spec.options.insert(QStringLiteral("connect_timeout"), QStringLiteral("3"));
        {
            auto db = openUpToDate(spec, OpenMode::ReadWrite);
            PC_VERIFY_OK(db);
            DemoOptions options;
            options.subjects = 12;
            PC_VERIFY_OK(DemoGenerator(*db.value()).generate(options));
        }
        auto opened = openUpToDate(spec, OpenMode::ReadWrite);
        PC_VERIFY_OK(opened);
        MainWindow window(std::move(opened.value()));
        PersonOnScreen shown;
        QVERIFY(showPerson(window, 1, &shown));
        const auto [table, model, selected, email] = shown;
        const QString typed = QStringLiteral("kept.through.the.outage@example.org");
        email->setText(typed);

        QVERIFY2(postgresHarness(QStringLiteral("pause"), envFile, &problem), qPrintable(problem));
        // The window notices by itself.
        auto *lost = window.findChild<QLabel *>(QStringLiteral("connectionLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(lost->isVisible(), 5000);
        // Saving now: told why it did not go, the edit still in the form.
        QString told;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&told] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                told = box->text();
                box->accept();
            }
        });
        closer.start(50);
        window.findChild<QAction *>(QStringLiteral("saveAction"))->trigger();
        QTRY_VERIFY(!told.isEmpty());
        QVERIFY2(told.contains(QLatin1String("server cannot be reached")), qPrintable(told));
        QCOMPARE(email->text(), typed);

        // Back: the window connects again by itself, the form untouched.
        QVERIFY2(postgresHarness(QStringLiteral("resume"), envFile, &problem), qPrintable(problem));
        QTRY_VERIFY_WITH_TIMEOUT(!lost->isVisible(), 10000);
        QCOMPARE(email->text(), typed);
        QCOMPARE(model->rowId(table->currentIndex().row()), selected);
        told.clear();
        window.findChild<QAction *>(QStringLiteral("saveAction"))->trigger();
        QVERIFY2(told.isEmpty(), qPrintable(told));
        closer.stop();

        auto check = Database::open(spec, OpenMode::ReadOnly);
        PC_VERIFY_OK(check);
        QCOMPARE(PeopleRepository(*check.value()).subject(selected)->email, typed);
        const auto verified = AuditTrail::verify(*check.value());
        PC_VERIFY_OK(verified);
        QVERIFY2(verified->ok(), qPrintable(verified->problem));
        QCOMPARE(test::scalar(*check.value(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'data_subjects' "
                                                             "AND row_id = ? AND CAST(after_data AS TEXT) LIKE ?"),
                              {QVariant(selected), QVariant(QStringLiteral("%") + typed + QStringLiteral("%"))})
                     .toInt(),
                 1);
        window.close();
    }

    // A server that offers TLS is spoken to encrypted; sslmode says how
    // much to insist, and the window says which it is.
    void tlsWhenTheServerOffersIt()
    {
        QTemporaryDir folder;
        const QString envFile = folder.filePath(QStringLiteral("tls-server.env"));
        QString problem;
        qputenv("PC_TEST_PG_TLS", "1");
        const bool started = postgresHarness(QStringLiteral("start"), envFile, &problem);
        qunsetenv("PC_TEST_PG_TLS");
        QVERIFY2(started, qPrintable(problem));
        const auto stopServer = qScopeGuard([&] { postgresHarness(QStringLiteral("stop"), envFile); });
        const PostgresServer own = readPostgresServer(envFile);
        QVERIFY2(own.available, qPrintable(own.problem));
        auto spec = ConnectionSpec::parse(QStringLiteral("postgresql://%1@%2:%3/postgres?sslmode=require")
                                              .arg(own.user, own.host)
                                              .arg(own.port));
        PC_VERIFY_OK(spec);
        spec->password = own.password;
        {
            auto db = openUpToDate(spec.value(), OpenMode::ReadWrite);
            PC_VERIFY_OK(db);
            QVERIFY2(db.value()->encryption().startsWith(QLatin1String("TLS")), qPrintable(db.value()->encryption()));
            MainWindow window(std::move(db.value()));
            window.show();
            const QString tip = window.findChild<QLabel *>(QStringLiteral("databaseLabel"))->toolTip();
            QVERIFY2(tip.contains(QLatin1String("The connection is encrypted (TLS")), qPrintable(tip));
            window.close();
        }
        // Prefer, libpq's default, takes it too; disable does without.
        spec->options.insert(QStringLiteral("sslmode"), QStringLiteral("prefer"));
        auto preferred = Database::open(spec.value(), OpenMode::ReadOnly);
        PC_VERIFY_OK(preferred);
        QVERIFY(!preferred.value()->encryption().isEmpty());
        spec->options.insert(QStringLiteral("sslmode"), QStringLiteral("disable"));
        auto clear = Database::open(spec.value(), OpenMode::ReadOnly);
        PC_VERIFY_OK(clear);
        QVERIFY(clear.value()->encryption().isEmpty());
        // Insisting on a server that offers none is refused, with the reason.
        const PostgresServer &plain = postgresServer();
        ConnectionSpec insist = spec.value();
        insist.host = plain.host;
        insist.port = plain.port;
        insist.user = plain.user;
        insist.password = plain.password;
        insist.options.insert(QStringLiteral("sslmode"), QStringLiteral("require"));
        const auto refused = Database::open(insist, OpenMode::ReadOnly);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QLatin1String("SSL")), qPrintable(refused.errorMessage()));
    }

    void serverVerbsWantAServer()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        const Run r = cli({QStringLiteral("server-setup")}, scratch);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("PostgreSQL")), qPrintable(r.err));
    }
};

// A client of its own, as a second officer's window would be: signs in,
// reads a request, says "read", waits for "save", then saves its note over
// the version it read and says "saved" or "conflict".
static int editRequest(RowId request, const QString &note)
{
    QTextStream out(stdout);
    QTextStream in(stdin);
    auto spec = ConnectionSpec::parse(qEnvironmentVariable("PC_CLIENT_DATABASE"));
    if (!spec)
        return 1;
    spec->password = qEnvironmentVariable("PC_CLIENT_PASSWORD");
    auto db = Database::open(spec.value(), OpenMode::ReadWrite);
    if (!db) {
        out << "failed " << db.errorMessage() << Qt::endl;
        return 1;
    }
    auto read = RecordStore<RightsRequest>::read(*db.value(), request);
    if (!read) {
        out << "failed " << read.errorMessage() << Qt::endl;
        return 1;
    }
    out << "read" << Qt::endl;
    if (in.readLine() != QLatin1String("save"))
        return 1;
    read->notes = note;
    const Status saved = RecordStore<RightsRequest>::update(*db.value(), read.value());
    out << (saved ? "saved" : saved.error().is(Error::Kind::Conflict) ? "conflict" : "failed") << Qt::endl;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--edit-request") == 0) {
        QCoreApplication app(argc, argv);
        return editRequest(QByteArray(argv[2]).toLongLong(), QString::fromLocal8Bit(argv[3]));
    }
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestServer test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_server.moc"
