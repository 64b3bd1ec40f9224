// Copies of identity documents, on both database engines: encrypted in the
// database, readable by officers given access and only as recorded,
// destroyed with the identity check (or when their time has come), leaving
// the outcome and the last characters of the number; copies an earlier
// version kept in a folder move in.
#include "TestSupport.h"

#include "intake/IdKeys.h"
#include "intake/IdVault.h"
#include "requests/RequestWorkflow.h"
#include "storage/CaseRepository.h"
#include "storage/RegisterRepository.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>

using namespace pc;
using namespace pc::intake;

namespace {

QByteArray pngOf(const QString &text)
{
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int i = 0; i < text.size(); ++i)
        image.setPixel(10 + i, 10, qRgb(text.at(i).unicode() % 256, 0, 0));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Where a test's officer keeps their key: the scratch folder, and the
// server's password for PostgreSQL.
IdVault::Places placesIn(const test::ScratchDatabase &scratch, const QString &name = QStringLiteral("officer"))
{
    return IdVault::Places{scratch.folder() + QStringLiteral("/") + name + QStringLiteral(".key"),
                           scratch.spec().password.toUtf8(), scratch.folder() + QStringLiteral("/id-copies"),
                           scratch.folder() + QStringLiteral("/id-copies.key")};
}

// A copy as an earlier version kept it: a file of the folder, "PCID1", the
// nonce and the ciphertext under the folder's key, bound to the file's name.
bool writeFolderCopy(const QString &path, const QByteArray &content, const keys::Secret &key)
{
    const keys::Encrypted encrypted =
        keys::encrypt(content, key, QByteArrayLiteral("privacy-console id copy ") + QFileInfo(path).fileName().toUtf8());
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QByteArrayLiteral("PCID1") + encrypted.nonce + encrypted.ciphertext) > 0;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestIdVault : public QObject
{
    Q_OBJECT

private:
    RightsRequest makeRequest(Database &db)
    {
        Organization o;
        o.name = QStringLiteral("SOFTNLABS SAS");
        o.country = QStringLiteral("FR");
        o.jurisdiction = QStringLiteral("FR");
        if (!RegisterRepository(db).addOrganization(o))
            return {};
        RightsRequest r;
        r.organizationId = o.id;
        r.reference = QStringLiteral("REQ-1");
        r.types = {QStringLiteral("access")};
        r.jurisdiction = QStringLiteral("FR");
        r.requesterName = QStringLiteral("Anna Maria Eriksson");
        r.receivedOn = QDate(2026, 3, 5);
        if (!CaseRepository(db).addRequest(r))
            return {};
        return r;
    }

private slots:
    void aCopyIsEncryptedReadAndDestroyed_data() { test::addEngineColumn(); test::addEngineRows(); }
    void aCopyIsEncryptedReadAndDestroyed()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        const RightsRequest request = makeRequest(*db);
        QVERIFY(request.id > 0);
        const IdVault::Places places = placesIn(scratch);
        auto vault = IdVault::open(*db, places);
        PC_VERIFY_OK(vault);
        if (db->isPostgresql()) {
            // The key is the database's, wrapped: nothing on this desk.
            QVERIFY(!QFile::exists(places.keyFile));
            QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM officer_key_wraps")).toInt(), 1);
        } else {
            // The key is made once, for its owner's eyes only.
            QCOMPARE(QFile(places.keyFile).size(), 32);
            QCOMPARE(QFile(places.keyFile).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
        }
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM id_vault_grants")).toInt(), 1);

        const QByteArray passport = pngOf(QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA"));
        const auto stored = vault->store(*db, request, QStringLiteral("passport.png"), QStringLiteral("image/png"), passport,
                                         QDate(2026, 4, 4));
        PC_VERIFY_OK(stored);
        QVERIFY(stored->id > 0);
        // In the database, never in the clear, and no file anywhere.
        QVERIFY(test::scalar(*db, QStringLiteral("SELECT content FROM attachments WHERE id = ?"), {stored->id}).isNull());
        const QByteArray ciphertext =
            test::scalar(*db, QStringLiteral("SELECT ciphertext FROM id_copy_contents WHERE attachment_id = ?"), {stored->id})
                .toByteArray();
        QVERIFY(ciphertext.size() > passport.size());
        QVERIFY(!ciphertext.contains(passport.mid(0, 64)));
        QVERIFY(!ciphertext.contains(QByteArrayLiteral("IHDR")));
        QVERIFY(!QDir(places.oldFolder).exists());
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT sha256 FROM attachments WHERE id = ?"), {stored->id}).toString(),
                 sha256(passport));

        // Read back as recorded, by this vault or a new one with the same key.
        const auto read = vault->read(*db, stored.value());
        PC_VERIFY_OK(read);
        QCOMPARE(read.value(), passport);
        auto again = IdVault::open(*db, places);
        PC_VERIFY_OK(again);
        QCOMPARE(again->read(*db, stored.value()).value(), passport);
        QVERIFY(!again->keyReplaced());

        // A viewer is refused before any key is looked at.
        if (!db->isPostgresql()) {
            User viewer;
            viewer.username = QStringLiteral("auditor");
            viewer.role = QStringLiteral("viewer");
            PC_VERIFY_OK(CaseRepository(*db).addUser(viewer));
            const QString officer = db->actor();
            db->setActor(QStringLiteral("auditor"));
            const auto refused = IdVault::open(*db, placesIn(scratch, QStringLiteral("auditor")));
            QVERIFY(!refused);
            QVERIFY(refused.errorMessage().contains(QStringLiteral("officers")));
            // Another officer, with a key of their own but no access given: refused too.
            db->setActor(QStringLiteral("newcomer"));
            auto newcomer = IdVault::open(*db, placesIn(scratch, QStringLiteral("newcomer")));
            PC_VERIFY_OK(newcomer);
            QVERIFY(!newcomer->hasAccess(*db).value());
            const auto locked = newcomer->read(*db, stored.value());
            QVERIFY(!locked);
            QVERIFY2(locked.errorMessage().contains(QStringLiteral("id-copies grant newcomer")), qPrintable(locked.errorMessage()));
            // Until an officer who holds the vault key gives it.
            db->setActor(officer);
            PC_VERIFY_OK(vault->grant(*db, QStringLiteral("newcomer")));
            db->setActor(QStringLiteral("newcomer"));
            QCOMPARE(newcomer->read(*db, stored.value()).value(), passport);
            db->setActor(officer);
        }

        // One byte of the ciphertext changed: refused, nothing shown.
        QByteArray tampered = ciphertext;
        tampered[tampered.size() - 20] = char(tampered.at(tampered.size() - 20) ^ 0x01);
        QVERIFY(test::scalar(*db, QStringLiteral("UPDATE id_copy_contents SET ciphertext = ? WHERE attachment_id = ? "
                                                 "RETURNING attachment_id"),
                             {tampered, stored->id})
                    .isValid());
        QVERIFY(!vault->read(*db, stored.value()));
        QVERIFY(test::scalar(*db, QStringLiteral("UPDATE id_copy_contents SET ciphertext = ? WHERE attachment_id = ? "
                                                 "RETURNING attachment_id"),
                             {ciphertext, stored->id})
                    .isValid());
        PC_VERIFY_OK(vault->read(*db, stored.value()));

        // The check recorded: the copy and its key are gone, what the law allows remains.
        IdentityCheck check;
        check.requestId = request.id;
        check.outcome = QStringLiteral("match");
        check.documentType = QStringLiteral("TD3");
        check.documentNumberSuffix = QStringLiteral("L898902C3");
        check.checkedOn = QDate::currentDate();
        const auto checked = IdVault::recordCheck(*db, check);
        PC_VERIFY_OK(checked);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM id_copy_contents")).toInt(), 0);
        const auto after = CaseRepository(*db).attachment(stored->id);
        PC_VERIFY_OK(after);
        QVERIFY(after->destroyedAt.isValid());
        QCOMPARE(after->sha256, stored->sha256);
        const auto gone = vault->read(*db, after.value());
        QVERIFY(!gone);
        QVERIFY2(gone.errorMessage().contains(QStringLiteral("destroyed on")), qPrintable(gone.errorMessage()));
        const auto checks = CaseRepository(*db).identityChecks(request.id);
        PC_VERIFY_OK(checks);
        QCOMPARE(checks->size(), 1);
        QCOMPARE(checks->first().documentNumberSuffix, QStringLiteral("02C3"));
        QCOMPARE(checks->first().verifier, db->actor());
        const auto events = CaseRepository(*db).requestEvents(request.id);
        PC_VERIFY_OK(events);
        QStringList steps;
        for (const RequestEvent &e : events.value())
            steps << e.step;
        QCOMPARE(steps, (QStringList{QStringLiteral("received"), QStringLiteral("id_copy_stored"),
                                     QStringLiteral("identity_checked"), QStringLiteral("id_copy_destroyed")}));
        // No key material in the audit trail.
        QVERIFY(test::whereFound(*db, QString::fromLatin1(ciphertext.toHex().left(32))).isEmpty());
    }

    void copiesAreDestroyedWhenTheirTimeComes_data() { test::addEngineColumn(); test::addEngineRows(); }
    void copiesAreDestroyedWhenTheirTimeComes()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        const RightsRequest request = makeRequest(*db);
        auto vault = IdVault::open(*db, placesIn(scratch));
        PC_VERIFY_OK(vault);
        const QByteArray bytes = pngOf(QStringLiteral("card"));
        const auto early = vault->store(*db, request, QStringLiteral("card.png"), QStringLiteral("image/png"), bytes,
                                        QDate(2026, 3, 20));
        const auto late = vault->store(*db, request, QStringLiteral("back.png"), QStringLiteral("image/png"), bytes,
                                       QDate(2026, 4, 20));
        PC_VERIFY_OK(early);
        PC_VERIFY_OK(late);
        QCOMPARE(IdVault::destroyExpired(*db, QDate(2026, 3, 20)).value(), 0);
        QCOMPARE(IdVault::destroyExpired(*db, QDate(2026, 3, 21)).value(), 1);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT attachment_id FROM id_copy_contents")).toLongLong(), late->id);
        PC_VERIFY_OK(IdVault::destroy(*db, late->id));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM id_copy_contents")).toInt(), 0);

        // Refused before anything is written.
        const int documents = test::scalar(*db, QStringLiteral("SELECT count(*) FROM attachments")).toInt();
        QVERIFY(!vault->store(*db, request, QStringLiteral("empty.png"), QStringLiteral("image/png"), {}, QDate(2026, 4, 1)));
        QVERIFY(!vault->store(*db, request, QStringLiteral("huge.png"), QStringLiteral("image/png"),
                              QByteArray(41 * 1024 * 1024, 'x'), QDate(2026, 4, 1)));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM attachments")).toInt(), documents);
        if (!db->isPostgresql()) {
            // A key file that is not a key.
            QFile bad(scratch.folder() + QStringLiteral("/bad.key"));
            QVERIFY(bad.open(QIODevice::WriteOnly));
            bad.write("not a key");
            bad.close();
            IdVault::Places places = placesIn(scratch);
            places.keyFile = bad.fileName();
            QVERIFY(!IdVault::open(*db, places));
        } else {
            // No password, no key.
            IdVault::Places places = placesIn(scratch);
            places.password.clear();
            QVERIFY(!IdVault::open(*db, places));
        }
    }

    void folderCopiesMoveIn_data() { test::addEngineColumn(); test::addEngineRows(); }
    void folderCopiesMoveIn()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        const RightsRequest request = makeRequest(*db);
        const IdVault::Places places = placesIn(scratch);
        // Two copies an earlier version kept: one in this desk's folder, one
        // in another desk's.
        PC_VERIFY_OK(keys::ready());
        const keys::Secret folderKey = keys::Secret::random();
        const QByteArray here = pngOf(QStringLiteral("here"));
        const QString hereFile = places.oldFolder + QStringLiteral("/00aa.pcid");
        QVERIFY(writeFolderCopy(hereFile, here, folderKey));
        const QString elsewhere = QStringLiteral("another-desk/id-copies/00bb.pcid");
        QList<RowId> ids;
        for (const auto &[path, content] : {std::pair{hereFile, here}, std::pair{elsewhere, pngOf(QStringLiteral("there"))}}) {
            ids << test::scalar(*db,
                                QStringLiteral("INSERT INTO attachments (organization_id, request_id, kind, file_name, "
                                               "size_bytes, sha256, encrypted_path, destroy_after) VALUES (?, ?, 'id_copy', ?, ?, ?, ?, "
                                               "'2027-01-01') RETURNING id"),
                                {request.organizationId, request.id, QFileInfo(path).fileName(), content.size(), sha256(content), path})
                       .toLongLong();
        }
        // Without the folder's key nothing moves, and nothing is lost.
        auto vault = IdVault::open(*db, places);
        PC_VERIFY_OK(vault);
        QCOMPARE(vault->moved().moved, 0);
        QCOMPARE(vault->moved().notMoved, 2);
        QVERIFY(QFile::exists(hereFile));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM attachments WHERE encrypted_path IS NOT NULL")).toInt(), 2);
        QVERIFY(IdVault::hasPendingWork(*db));
        const auto waiting = vault->read(*db, CaseRepository(*db).attachment(ids.at(0)).value());
        QVERIFY(!waiting);
        QVERIFY2(waiting.errorMessage().contains(QStringLiteral("folder")), qPrintable(waiting.errorMessage()));
        // With it, this desk's copy moves in, read back whole; its file is gone.
        {
            QFile key(places.oldKeyFile);
            QVERIFY(key.open(QIODevice::WriteOnly));
            key.write(folderKey.bytes());
        }
        auto reopened = IdVault::open(*db, places);
        PC_VERIFY_OK(reopened);
        QCOMPARE(reopened->moved().moved, 1);
        QCOMPARE(reopened->moved().notMoved, 1);
        QVERIFY(!QFile::exists(hereFile));
        QCOMPARE(reopened->read(*db, CaseRepository(*db).attachment(ids.at(0)).value()).value(), here);
        const auto other = CaseRepository(*db).attachment(ids.at(1));
        QCOMPARE(other->encryptedPath, elsewhere);
        QVERIFY(!other->destroyedAt.isValid());
    }
};

QTEST_GUILESS_MAIN(TestIdVault)
#include "tst_idvault.moc"
