#include "TestSupport.h"

#include "requests/Erasure.h"
#include "storage/AuditTrail.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
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

    void chainShowsTampering_data() { addEngineColumn(); addEngineRows(); }

    // The chain of hashes: whole after ordinary work and after an erasure
    // blanks the data of some entries; broken at the very entry someone
    // changed behind the application's back, or after one removed.
    void chainShowsTampering()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        PC_VERIFY_OK(AuditTrail::attach(*db));
        RegisterRepository reg(*db);
        PeopleRepository people(*db);
        Organization org;
        org.name = QStringLiteral("SOFTNLABS");
        org.country = QStringLiteral("FR");
        org.jurisdiction = QStringLiteral("FR");
        PC_VERIFY_OK(reg.addOrganization(org));
        QList<RowId> ids;
        for (int i = 0; i < 5; ++i) {
            DataSubject s;
            s.organizationId = org.id;
            s.firstName = QStringLiteral("Marion");
            s.lastName = QStringLiteral("Bertrand %1").arg(i);
            s.email = QStringLiteral("marion%1@example.fr").arg(i);
            PC_VERIFY_OK(people.addSubject(s));
            ids << s.id;
        }
        PC_VERIFY_OK(AuditTrail::record(*db, QStringLiteral("export"), QStringLiteral("a register printed")));
        auto verified = AuditTrail::verify(*db);
        PC_VERIFY_OK(verified);
        QVERIFY2(verified->ok(), qPrintable(QStringLiteral("%1 at %2").arg(verified->problem).arg(verified->firstBroken)));
        QVERIFY(verified->entries >= 7);
        QCOMPARE(verified->lastHash.size(), 64);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entry_hash IS NULL OR data_digest IS NULL")).toInt(), 0);
        // Each entry points to the one before it.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log a JOIN audit_log b ON b.id = "
                                            "(SELECT max(id) FROM audit_log c WHERE c.id < a.id) "
                                            "WHERE a.previous_hash IS NULL OR a.previous_hash <> b.entry_hash"))
                     .toInt(),
                 0);

        // An erasure replaces the person's data in the trail by a mark: the chain holds.
        ErasureOrder order;
        order.subjectId = ids.at(1);
        PC_VERIFY_OK(eraseSubject(*db, order));
        verified = AuditTrail::verify(*db);
        PC_VERIFY_OK(verified);
        QVERIFY2(verified->ok(), qPrintable(QStringLiteral("%1 at %2").arg(verified->problem).arg(verified->firstBroken)));

        // Someone with the database's keys changes an entry, the guards set aside.
        const RowId altered = scalar(*db, QStringLiteral("SELECT min(id) FROM audit_log WHERE table_name = 'data_subjects' "
                                                         "AND row_id = ?"),
                                     {ids.at(3)})
                                  .toLongLong();
        QVERIFY(altered > 0);
        auto tamper = [&](const QString &sql) {
            QSqlQuery q(db->connection());
            if (db->isPostgresql()) {
                QVERIFY(q.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")));
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
                QVERIFY(q.exec(QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER USER")));
            } else {
                QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update")));
                QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete")));
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            }
        };
        // Its data: caught by the digest.
        tamper(QStringLiteral("UPDATE audit_log SET after_data = %1 WHERE id = %2")
                   .arg(db->isPostgresql() ? QStringLiteral("'{\"email\": \"someone@else.org\"}'::jsonb")
                                           : QStringLiteral("'{\"email\": \"someone@else.org\"}'"))
                   .arg(altered));
        verified = AuditTrail::verify(*db);
        PC_VERIFY_OK(verified);
        QCOMPARE(verified->firstBroken, altered);
        QCOMPARE(verified->problem, QStringLiteral("data"));
        // Its author, after a fresh database: caught by the hash.
        ScratchDatabase second(engine);
        QVERIFY2(second.isReady(), qPrintable(second.problem()));
        auto other = second.open();
        QVERIFY(other);
        PC_VERIFY_OK(AuditTrail::record(*other, QStringLiteral("login"), QStringLiteral("one")));
        PC_VERIFY_OK(AuditTrail::record(*other, QStringLiteral("export"), QStringLiteral("two")));
        PC_VERIFY_OK(AuditTrail::record(*other, QStringLiteral("logout"), QStringLiteral("three")));
        const RowId middle = scalar(*other, QStringLiteral("SELECT id FROM audit_log WHERE detail = 'two'")).toLongLong();
        db = std::move(other);
        tamper(QStringLiteral("UPDATE audit_log SET actor = 'nobody' WHERE id = %1").arg(middle));
        verified = AuditTrail::verify(*db);
        PC_VERIFY_OK(verified);
        QCOMPARE(verified->firstBroken, middle);
        QCOMPARE(verified->problem, QStringLiteral("content"));
        // That entry removed instead: the next one's link is broken.
        tamper(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(middle));
        verified = AuditTrail::verify(*db);
        PC_VERIFY_OK(verified);
        QCOMPARE(verified->problem, QStringLiteral("link"));
        QCOMPARE(verified->firstBroken,
                 scalar(*db, QStringLiteral("SELECT id FROM audit_log WHERE detail = 'three'")).toLongLong());
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
