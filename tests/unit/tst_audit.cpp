#include "TestSupport.h"

#include "storage/AuditTrail.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace pc;
using namespace pc::test;

// Every insert, update and delete leaves a line in the audit trail with who,
// when, which row and its content before and after; the trail itself cannot
// be rewritten.
class TestAudit : public QObject
{
    Q_OBJECT

private:
    static QJsonObject json(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

    static QString expectedActor(const QString &engine, Database &db)
    {
        // PostgreSQL records the role the server authenticated, not a name the client claims.
        return engine == QLatin1String("postgresql") ? postgresServer().user : db.actor();
    }

private Q_SLOTS:
    void rowChangesAreRecorded_data() { addEngineColumn(); addEngineRows(); }
    void rowChangesAreRecorded()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        db->setActor(QStringLiteral("claire.martin"));
        PC_VERIFY_OK(AuditTrail::attach(*db));

        RegisterRepository reg(*db);
        PeopleRepository people(*db);
        Organization org;
        org.name = QStringLiteral("Smoall");
        org.country = QStringLiteral("BE");
        org.jurisdiction = QStringLiteral("BE");
        PC_VERIFY_OK(reg.addOrganization(org));
        DataSubject s;
        s.organizationId = org.id;
        s.firstName = QStringLiteral("Lotte");
        s.lastName = QStringLiteral("Peeters");
        s.email = QStringLiteral("lotte@example.be");
        PC_VERIFY_OK(people.addSubject(s));
        s.email = QStringLiteral("lotte.peeters@example.be");
        PC_VERIFY_OK(people.updateSubject(s));
        PC_VERIFY_OK(people.removeSubject(s.id));

        const auto trail = AuditTrail::recent(*db, 10, QStringLiteral("data_subjects"), s.id);
        PC_VERIFY_OK(trail);
        QCOMPARE(trail->size(), 3);
        const AuditEntry &removed = trail->at(0);
        const AuditEntry &updated = trail->at(1);
        const AuditEntry &inserted = trail->at(2);
        QCOMPARE(inserted.action, QStringLiteral("insert"));
        QVERIFY(inserted.beforeJson.isEmpty());
        QCOMPARE(json(inserted.afterJson).value(QLatin1String("last_name")).toString(), QStringLiteral("Peeters"));
        QCOMPARE(updated.action, QStringLiteral("update"));
        QCOMPARE(json(updated.beforeJson).value(QLatin1String("email")).toString(), QStringLiteral("lotte@example.be"));
        QCOMPARE(json(updated.afterJson).value(QLatin1String("email")).toString(), QStringLiteral("lotte.peeters@example.be"));
        QCOMPARE(removed.action, QStringLiteral("delete"));
        QCOMPARE(json(removed.beforeJson).value(QLatin1String("first_name")).toString(), QStringLiteral("Lotte"));
        QVERIFY(removed.afterJson.isEmpty());
        for (const AuditEntry &e : trail.value()) {
            QCOMPARE(e.actor, expectedActor(engine, *db));
            QCOMPARE(e.tableName, QStringLiteral("data_subjects"));
            QVERIFY(qAbs(e.occurredAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        }
        const auto orgTrail = AuditTrail::recent(*db, 10, QStringLiteral("organizations"), org.id);
        QCOMPARE(orgTrail->size(), 1);
    }

    void everyRegisterTableIsAudited_data() { addEngineColumn(); addEngineRows(); }
    void everyRegisterTableIsAudited()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        // Insert a row through plain SQL into a child table: the trail sees it
        // as well as it sees the repositories' writes.
        RegisterRepository reg(*db);
        Organization org;
        org.name = QStringLiteral("SmartOps");
        org.country = QStringLiteral("ZA");
        org.jurisdiction = QStringLiteral("ZA");
        PC_VERIFY_OK(reg.addOrganization(org));
        QSqlQuery raw = db->prepare(QStringLiteral(
            "INSERT INTO subject_categories (organization_id, kind, name) VALUES (?, 'customer', 'Clients')"));
        raw.addBindValue(org.id);
        QVERIFY(raw.exec());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'subject_categories' "
                                            "AND action = 'insert'")).toInt(), 1);
    }

    void sessionEventsAreRecorded_data() { addEngineColumn(); addEngineRows(); }
    void sessionEventsAreRecorded()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        PC_VERIFY_OK(AuditTrail::record(*db, QStringLiteral("login"), QStringLiteral("Signed in")));
        PC_VERIFY_OK(AuditTrail::record(*db, QStringLiteral("logout"), QStringLiteral("Signed out")));
        const auto trail = AuditTrail::recent(*db, 2);
        PC_VERIFY_OK(trail);
        QCOMPARE(trail->size(), 2);
        QCOMPARE(trail->at(0).action, QStringLiteral("logout"));
        QCOMPARE(trail->at(1).action, QStringLiteral("login"));
        QCOMPARE(trail->at(1).actor, expectedActor(engine, *db));
    }

    void trailCannotBeRewritten_data() { addEngineColumn(); addEngineRows(); }
    void trailCannotBeRewritten()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        PC_VERIFY_OK(AuditTrail::record(*db, QStringLiteral("login"), QStringLiteral("Signed in")));
        QSqlQuery update(db->connection());
        QVERIFY(!update.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else'")));
        QSqlQuery remove(db->connection());
        QVERIFY(!remove.exec(QStringLiteral("DELETE FROM audit_log")));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'someone else'")).toInt(), 0);
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt() >= 1);
    }

    void bulkLoadCanBeAuditedAsOneEntry_data() { addEngineColumn(); addEngineRows(); }
    void bulkLoadCanBeAuditedAsOneEntry()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        RegisterRepository reg(*db);
        const int before = scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        PC_VERIFY_OK(AuditTrail::setRowAuditEnabled(*db, false));
        Organization quiet;
        quiet.name = QStringLiteral("Bulk");
        quiet.country = QStringLiteral("VN");
        quiet.jurisdiction = QStringLiteral("VN");
        PC_VERIFY_OK(reg.addOrganization(quiet));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), before);
        PC_VERIFY_OK(AuditTrail::setRowAuditEnabled(*db, true));
        Organization heard = quiet;
        heard.name = QStringLiteral("Heard");
        PC_VERIFY_OK(reg.addOrganization(heard));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), before + 1);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestAudit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_audit.moc"
