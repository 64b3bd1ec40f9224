// Copies of identity documents, on both database engines: encrypted at rest
// outside the database, readable by officers only and only as recorded,
// destroyed with the identity check (or when their time has come), leaving
// the outcome and the last characters of the number.
#include "TestSupport.h"

#include "intake/IdVault.h"
#include "requests/RequestWorkflow.h"
#include "storage/CaseRepository.h"
#include "storage/RegisterRepository.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
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

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
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
        const QString folder = scratch.folder() + QStringLiteral("/vault");
        const QString keyFile = scratch.folder() + QStringLiteral("/keys/vault.key");
        auto vault = IdVault::open(folder, keyFile);
        PC_VERIFY_OK(vault);
        // The key is made once, for its owner's eyes only.
        QCOMPARE(QFile(keyFile).size(), 32);
        QCOMPARE(QFile(keyFile).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

        const QByteArray passport = pngOf(QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA"));
        const auto stored = vault->store(*db, request, QStringLiteral("passport.png"), QStringLiteral("image/png"), passport,
                                         QDate(2026, 4, 4));
        PC_VERIFY_OK(stored);
        QVERIFY(stored->id > 0);
        QVERIFY(stored->encryptedPath.startsWith(folder));
        // Neither the database nor the file holds the copy in the clear.
        QVERIFY(test::scalar(*db, QStringLiteral("SELECT content FROM attachments WHERE id = ?"), {stored->id}).isNull());
        const QByteArray sealed = fileBytes(stored->encryptedPath);
        QVERIFY(sealed.size() > passport.size());
        QVERIFY(!sealed.contains(passport.mid(0, 64)));
        QVERIFY(!sealed.contains(QByteArrayLiteral("IHDR")));
        QCOMPARE(QFile(stored->encryptedPath).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT sha256 FROM attachments WHERE id = ?"), {stored->id}).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(passport, QCryptographicHash::Sha256).toHex()));

        // Read back as recorded, the same vault or a new one on the same key.
        const auto read = vault->read(*db, stored.value());
        PC_VERIFY_OK(read);
        QCOMPARE(read.value(), passport);
        auto again = IdVault::open(folder, keyFile);
        PC_VERIFY_OK(again);
        QCOMPARE(again->read(*db, stored.value()).value(), passport);
        // Another key cannot open it; a viewer may not see it.
        auto stranger = IdVault::open(folder, scratch.folder() + QStringLiteral("/other.key"));
        PC_VERIFY_OK(stranger);
        QVERIFY(!stranger->read(*db, stored.value()));
        User viewer;
        viewer.username = QStringLiteral("auditor");
        viewer.role = QStringLiteral("viewer");
        PC_VERIFY_OK(CaseRepository(*db).addUser(viewer));
        const QString officer = db->actor();
        db->setActor(QStringLiteral("auditor"));
        const auto refused = vault->read(*db, stored.value());
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("officers")));
        db->setActor(officer);

        // One byte changed in the file: refused, nothing shown.
        QByteArray tampered = sealed;
        tampered[tampered.size() - 20] = char(tampered.at(tampered.size() - 20) ^ 0x01);
        {
            QFile file(stored->encryptedPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(tampered);
        }
        QVERIFY(!vault->read(*db, stored.value()));
        {
            QFile file(stored->encryptedPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(sealed);
        }
        PC_VERIFY_OK(vault->read(*db, stored.value()));

        // The check recorded: the copy is gone, what the law allows remains.
        IdentityCheck check;
        check.requestId = request.id;
        check.outcome = QStringLiteral("match");
        check.documentType = QStringLiteral("TD3");
        check.documentNumberSuffix = QStringLiteral("L898902C3");
        check.checkedOn = QDate::currentDate();
        const auto checked = vault->recordCheck(*db, check);
        PC_VERIFY_OK(checked);
        QVERIFY(!QFile::exists(stored->encryptedPath));
        const auto after = CaseRepository(*db).attachment(stored->id);
        PC_VERIFY_OK(after);
        QVERIFY(after->destroyedAt.isValid());
        QVERIFY(after->encryptedPath.isEmpty());
        QCOMPARE(after->sha256, stored->sha256);
        QVERIFY(!vault->read(*db, after.value()));
        const auto checks = CaseRepository(*db).identityChecks(request.id);
        PC_VERIFY_OK(checks);
        QCOMPARE(checks->size(), 1);
        QCOMPARE(checks->first().documentNumberSuffix, QStringLiteral("02C3"));
        QCOMPARE(checks->first().verifier, officer);
        const auto events = CaseRepository(*db).requestEvents(request.id);
        PC_VERIFY_OK(events);
        QStringList steps;
        for (const RequestEvent &e : events.value())
            steps << e.step;
        QCOMPARE(steps, (QStringList{QStringLiteral("received"), QStringLiteral("id_copy_stored"),
                                     QStringLiteral("identity_checked"), QStringLiteral("id_copy_destroyed")}));
        QVERIFY(QDir(folder).entryList({QStringLiteral("*.pcid")}, QDir::Files).isEmpty());
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
        auto vault = IdVault::open(scratch.folder() + QStringLiteral("/vault"), scratch.folder() + QStringLiteral("/v.key"));
        PC_VERIFY_OK(vault);
        const QByteArray bytes = pngOf(QStringLiteral("card"));
        const auto early = vault->store(*db, request, QStringLiteral("card.png"), QStringLiteral("image/png"), bytes,
                                        QDate(2026, 3, 20));
        const auto late = vault->store(*db, request, QStringLiteral("back.png"), QStringLiteral("image/png"), bytes,
                                       QDate(2026, 4, 20));
        PC_VERIFY_OK(early);
        PC_VERIFY_OK(late);
        QCOMPARE(vault->destroyExpired(*db, QDate(2026, 3, 20)).value(), 0);
        QCOMPARE(vault->destroyExpired(*db, QDate(2026, 3, 21)).value(), 1);
        QVERIFY(!QFile::exists(early->encryptedPath));
        QVERIFY(QFile::exists(late->encryptedPath));
        PC_VERIFY_OK(vault->destroy(*db, late->id));
        QVERIFY(!QFile::exists(late->encryptedPath));

        // A file no record names (a crash between the two) is swept away.
        QFile orphan(vault->folder() + QStringLiteral("/0123456789abcdef.pcid"));
        QVERIFY(orphan.open(QIODevice::WriteOnly));
        orphan.write("PCID1 left over");
        orphan.close();
        QCOMPARE(vault->sweep(*db).value(), 1);
        QVERIFY(!orphan.exists());

        // Refused before anything is written.
        QVERIFY(!vault->store(*db, request, QStringLiteral("empty.png"), QStringLiteral("image/png"), {}, QDate(2026, 4, 1)));
        QVERIFY(!vault->store(*db, request, QStringLiteral("huge.png"), QStringLiteral("image/png"),
                              QByteArray(41 * 1024 * 1024, 'x'), QDate(2026, 4, 1)));
        QVERIFY(QDir(vault->folder()).entryList({QStringLiteral("*.pcid")}, QDir::Files).isEmpty());
        // A key file that is not a key.
        QFile bad(scratch.folder() + QStringLiteral("/bad.key"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not a key");
        bad.close();
        QVERIFY(!IdVault::open(scratch.folder() + QStringLiteral("/vault"), bad.fileName()));
    }
};

QTEST_GUILESS_MAIN(TestIdVault)
#include "tst_idvault.moc"
