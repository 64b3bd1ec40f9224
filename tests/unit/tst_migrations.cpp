#include "TestSupport.h"

#include "domain/ActivityChecks.h"
#include "storage/AuditTrail.h"
#include "storage/HealthCheck.h"
#include "storage/Migrations.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"

#include <QFile>
#include <QSqlQuery>

using namespace pc;
using namespace pc::test;

// The schema is created and upgraded only by the numbered migrations, each in
// one transaction, identically on SQLite and PostgreSQL.
class TestMigrations : public QObject
{
    Q_OBJECT

private:
    static Organization sampleOrganization()
    {
        Organization org;
        org.name = QStringLiteral("Atelier Dupont SARL");
        org.country = QStringLiteral("FR");
        org.jurisdiction = QStringLiteral("FR");
        org.dpoName = QStringLiteral("Claire Martin");
        return org;
    }

private Q_SLOTS:
    void fromEmpty_data() { addEngineColumn(); addEngineRows(); }
    void fromEmpty()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = Database::open(scratch.spec());
        PC_VERIFY_OK(db);
        QCOMPARE(db.value()->schemaVersion().value(), 0);

        const Result<int> reached = Migrator::migrate(*db.value());
        PC_VERIFY_OK(reached);
        QCOMPARE(reached.value(), Migrator::latestVersion());

        // One row per step, in order, with its description.
        QSqlQuery rows = db.value()->prepare(QStringLiteral("SELECT version, description FROM schema_version ORDER BY version"));
        QVERIFY(rows.exec());
        int expected = 1;
        while (rows.next()) {
            QCOMPARE(rows.value(0).toInt(), expected);
            QCOMPARE(rows.value(1).toString(), Migrator::migrations().at(expected - 1).description);
            ++expected;
        }
        QCOMPARE(expected - 1, Migrator::latestVersion());

        const Result<HealthReport> health = checkHealth(*db.value());
        PC_VERIFY_OK(health);
        QVERIFY2(health->ok(), qPrintable(health->missingTables.join(QLatin1Char(','))
                                           + health->integrityProblems.join(QLatin1Char(','))));
    }

    void fromEachEarlierVersion_data()
    {
        addEngineColumn();
        QTest::addColumn<int>("from");
        for (int from = 1; from < Migrator::latestVersion(); ++from) {
            for (const char *engine : {"sqlite", "postgresql"})
                QTest::newRow(qPrintable(QStringLiteral("%1 from v%2").arg(QLatin1String(engine)).arg(from)))
                    << QString::fromLatin1(engine) << from;
        }
    }
    void fromEachEarlierVersion()
    {
        QFETCH(QString, engine);
        QFETCH(int, from);
        ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        RowId orgId = 0;
        {
            auto db = Database::open(scratch.spec());
            PC_VERIFY_OK(db);
            const auto reached = Migrator::migrate(*db.value(), from);
            PC_VERIFY_OK(reached);
            QCOMPARE(reached.value(), from);
            // Data written by the older schema...
            Organization org = sampleOrganization();
            PC_VERIFY_OK(RegisterRepository(*db.value()).addOrganization(org));
            orgId = org.id;
        }
        auto db = Database::open(scratch.spec());
        PC_VERIFY_OK(db);
        QCOMPARE(db.value()->schemaVersion().value(), from);
        const auto reached = Migrator::migrate(*db.value());
        PC_VERIFY_OK(reached);
        QCOMPARE(reached.value(), Migrator::latestVersion());

        // ...is still there after the upgrade, and the new parts work on it.
        const auto org = RegisterRepository(*db.value()).organization(orgId);
        PC_VERIFY_OK(org);
        QCOMPARE(org->name, sampleOrganization().name);
        DataSubject person;
        person.organizationId = orgId;
        person.firstName = QStringLiteral("Léa");
        person.lastName = QStringLiteral("Girard");
        PC_VERIFY_OK(PeopleRepository(*db.value()).addSubject(person));
        const auto trail = AuditTrail::recent(*db.value(), 5, QStringLiteral("data_subjects"), person.id);
        PC_VERIFY_OK(trail);
        QCOMPARE(trail->size(), 1);
        const auto health = checkHealth(*db.value());
        PC_VERIFY_OK(health);
        QVERIFY(health->ok());
    }

    // Copies of identity documents moved into the database (schema 11):
    // the attachments table takes copies without content or file, its rows,
    // ids and references kept through SQLite's rebuild of it.
    void attachmentsKeepTheirRowsThroughTheRebuild_data() { addEngineColumn(); addEngineRows(); }
    void attachmentsKeepTheirRowsThroughTheRebuild()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = Database::open(scratch.spec());
        PC_VERIFY_OK(db);
        Database &d = *db.value();
        PC_VERIFY_OK(Migrator::migrate(d, 10));
        Organization org = sampleOrganization();
        PC_VERIFY_OK(RegisterRepository(d).addOrganization(org));
        const QString insert = QStringLiteral(
            "INSERT INTO attachments (id, organization_id, kind, file_name, size_bytes, sha256, content, encrypted_path, "
            "destroyed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        const QVariant none;
        const QList<QVariantList> rows = {
            {7, org.id, QStringLiteral("letter"), QStringLiteral("letter.pdf"), 4, QString(64, u'a'), QByteArray("%PDF"), none,
             none},
            {9, org.id, QStringLiteral("id_copy"), QStringLiteral("passport.jpg"), 10, QString(64, u'b'), none,
             QStringLiteral("/desk/id-copies/00aa.pcid"), none},
            {12, org.id, QStringLiteral("id_copy"), QStringLiteral("card.png"), 10, QString(64, u'c'), none, none,
             QStringLiteral("2026-01-02T03:04:05Z")},
        };
        for (const QVariantList &row : rows) {
            QSqlQuery query = d.prepare(insert);
            for (const QVariant &value : row)
                query.addBindValue(value);
            QVERIFY2(query.exec(), qPrintable(Database::sqlError(query).message));
        }
        PC_VERIFY_OK(Migrator::migrate(d));
        QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM attachments")).toInt(), 3);
        QCOMPARE(scalar(d, QStringLiteral("SELECT content FROM attachments WHERE id = 7")).toByteArray(), QByteArray("%PDF"));
        QCOMPARE(scalar(d, QStringLiteral("SELECT encrypted_path FROM attachments WHERE id = 9")).toString(),
                 QStringLiteral("/desk/id-copies/00aa.pcid"));
        // A copy kept in the database has neither content nor file; any other document still needs one.
        QVERIFY(scalar(d, QStringLiteral("INSERT INTO attachments (organization_id, kind, file_name, size_bytes, sha256) "
                                         "VALUES (?, 'id_copy', 'new.png', 3, ?) RETURNING id"),
                       {org.id, QString(64, u'd')})
                    .toLongLong()
                > 0);
        QSqlQuery refused = d.prepare(QStringLiteral("INSERT INTO attachments (organization_id, kind, file_name, size_bytes, "
                                                     "sha256) VALUES (?, 'letter', 'empty.pdf', 0, ?)"));
        refused.addBindValue(org.id);
        refused.addBindValue(QString(64, u'e'));
        QVERIFY(!refused.exec());
        if (!d.isPostgresql()) {
            QCOMPARE(scalar(d, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
            QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                                              "'attachments'")).toInt(),
                     3);
        }
        const auto health = checkHealth(d);
        PC_VERIFY_OK(health);
        QVERIFY(health->ok());
    }

    // A purpose may wait for its legal basis (schema 12): the purposes
    // keep their rows, ids and order through SQLite's rebuild, a basis
    // left empty is kept empty, and the activity's checks ask for it.
    void purposesMayWaitForTheirLegalBasis_data() { addEngineColumn(); addEngineRows(); }
    void purposesMayWaitForTheirLegalBasis()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = Database::open(scratch.spec());
        PC_VERIFY_OK(db);
        Database &d = *db.value();
        PC_VERIFY_OK(Migrator::migrate(d, 11));
        RegisterRepository registers(d);
        Organization org = sampleOrganization();
        PC_VERIFY_OK(registers.addOrganization(org));
        // The rows as that schema has them, written as it wrote them.
        QSqlQuery insert = d.prepare(QStringLiteral("INSERT INTO processing_activities (organization_id, reference, name) "
                                                    "VALUES (?, 'RH-01', 'Paie')"));
        insert.addBindValue(org.id);
        QVERIFY(insert.exec());
        const RowId payrollId = scalar(d, QStringLiteral("SELECT id FROM processing_activities")).toLongLong();
        const QList<Purpose> purposes = {
            Purpose{0, QStringLiteral("Calcul des rémunérations"), QStringLiteral("contract"), {}, {}},
            Purpose{0, QStringLiteral("Déclarations sociales"), QStringLiteral("legal_obligation"), {}, {}}};
        QList<Purpose> before;
        for (int position = 0; position < purposes.size(); ++position) {
            QSqlQuery purpose = d.prepare(QStringLiteral("INSERT INTO activity_purposes (activity_id, position, "
                                                         "description, legal_basis) VALUES (?, ?, ?, ?)"));
            purpose.addBindValue(payrollId);
            purpose.addBindValue(position);
            purpose.addBindValue(purposes.at(position).description);
            purpose.addBindValue(purposes.at(position).legalBasis);
            QVERIFY(purpose.exec());
            before << purposes.at(position);
            before.last().id = scalar(d, QStringLiteral("SELECT max(id) FROM activity_purposes")).toLongLong();
        }
        // Not yet: the older schema wants a basis.
        QSqlQuery early = d.prepare(QStringLiteral("UPDATE activity_purposes SET legal_basis = NULL"));
        QVERIFY(!early.exec());

        PC_VERIFY_OK(Migrator::migrate(d));
        auto read = registers.activity(payrollId);
        PC_VERIFY_OK(read);
        QCOMPARE(read->purposes, before);
        ProcessingActivity waiting = read.value();
        waiting.purposes[1].legalBasis.clear();
        PC_VERIFY_OK(registers.updateActivity(waiting));
        read = registers.activity(payrollId);
        PC_VERIFY_OK(read);
        QCOMPARE(read->purposes.at(1).legalBasis, QString());
        QCOMPARE(read->purposes.at(1).description, QStringLiteral("Déclarations sociales"));
        QCOMPARE(read->purposes.at(0).legalBasis, QStringLiteral("contract"));
        const auto findings = checkActivity(read.value(), {});
        QVERIFY(std::any_of(findings.cbegin(), findings.cend(), [](const ActivityFinding &f) {
            return f.severity == ActivityFinding::Severity::Warning && f.message.contains(QStringLiteral("Déclarations sociales"))
                && f.message.contains(QStringLiteral("legal basis"));
        }));
        // A basis outside the list is still refused.
        ProcessingActivity whim = read.value();
        whim.purposes[0].legalBasis = QStringLiteral("whim");
        QVERIFY(!registers.updateActivity(whim));
        if (!d.isPostgresql()) {
            QCOMPARE(scalar(d, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
            QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                                              "'activity_purposes'")).toInt(),
                     1);
        }
        PC_VERIFY_OK(registers.removeActivity(payrollId));
        QCOMPARE(scalar(d, QStringLiteral("SELECT count(*) FROM activity_purposes")).toInt(), 0);
        const auto health = checkHealth(d);
        PC_VERIFY_OK(health);
        QVERIFY(health->ok());
    }

    // What an activity holds of each category and how long (schema 13):
    // the links made before keep their rows and say nothing more.
    void dataCategoriesTakeTheirDetail_data() { addEngineColumn(); addEngineRows(); }
    void dataCategoriesTakeTheirDetail()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = Database::open(scratch.spec());
        PC_VERIFY_OK(db);
        Database &d = *db.value();
        PC_VERIFY_OK(Migrator::migrate(d, 12));
        RegisterRepository registers(d);
        Organization org = sampleOrganization();
        PC_VERIFY_OK(registers.addOrganization(org));
        DataCategory identity{0, org.id, QStringLiteral("Identité"), QString(), false, 0};
        PC_VERIFY_OK(registers.addDataCategory(identity));
        for (const QString &sql : {QStringLiteral("INSERT INTO processing_activities (organization_id, name) VALUES (?, 'Paie')"),
                                   QStringLiteral("INSERT INTO activity_data_categories (activity_id, data_category_id) "
                                                  "SELECT id, ? FROM processing_activities")}) {
            QSqlQuery insert = d.prepare(sql);
            insert.addBindValue(sql.contains(QLatin1String("SELECT")) ? identity.id : org.id);
            QVERIFY(insert.exec());
        }
        PC_VERIFY_OK(Migrator::migrate(d));
        const auto activities = registers.activities(org.id);
        PC_VERIFY_OK(activities);
        QCOMPARE(activities->size(), 1);
        ProcessingActivity payroll = activities->first();
        QCOMPARE(payroll.dataCategoryIds, QList<RowId>{identity.id});
        QVERIFY(payroll.dataCategoryUses.isEmpty());
        QVERIFY(!payroll.recordedOn.isValid());
        payroll.dataCategoryUses.insert(identity.id, DataCategoryUse{QStringLiteral("Nom, prénom"), QString(), 0});
        PC_VERIFY_OK(registers.updateActivity(payroll));
        const auto read = registers.activity(payroll.id);
        PC_VERIFY_OK(read);
        QCOMPARE(read->dataCategoryUses, payroll.dataCategoryUses);
    }

    void migratingTwiceChangesNothing_data() { addEngineColumn(); addEngineRows(); }
    void migratingTwiceChangesNothing()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        const auto again = Migrator::migrate(*db);
        PC_VERIFY_OK(again);
        QCOMPARE(again.value(), Migrator::latestVersion());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM schema_version")).toInt(), Migrator::latestVersion());
    }

    void newerSchemaIsRefusedUntouched_data() { addEngineColumn(); addEngineRows(); }
    void newerSchemaIsRefusedUntouched()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        {
            auto db = scratch.open();
            QVERIFY(db);
            QVERIFY(writeFutureSchemaVersion(*db, Migrator::latestVersion() + 7));
        }
        const QByteArray before = engine == QLatin1String("sqlite") ? fileDigest(scratch.spec().path) : QByteArray();
        const auto db = Database::open(scratch.spec());
        QVERIFY(!db.ok());
        QVERIFY2(db.errorMessage().contains(QLatin1String("newer version")), qPrintable(db.errorMessage()));
        QVERIFY(db.errorMessage().contains(QString::number(Migrator::latestVersion() + 7)));
        if (engine == QLatin1String("sqlite"))
            QCOMPARE(fileDigest(scratch.spec().path), before);
        // Read-only inspection refuses it the same way.
        QVERIFY(!Database::open(scratch.spec(), OpenMode::ReadOnly).ok());
    }

    void failingStepLeavesNothing_data() { addEngineColumn(); addEngineRows(); }
    void failingStepLeavesNothing()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = Database::open(scratch.spec());
        PC_VERIFY_OK(db);
        std::vector<Migration> steps = Migrator::migrations();
        steps.resize(1);
        steps.push_back({2, QStringLiteral("broken step"), [](Database &d) -> Status {
                             if (Status s = d.execute(QStringLiteral("CREATE TABLE half_done (id INTEGER);")); !s)
                                 return s;
                             return d.execute(QStringLiteral("INSERT INTO no_such_table VALUES (1);"));
                         }});
        const auto reached = Migrator::migrate(*db.value(), steps, 2);
        QVERIFY(!reached.ok());
        QVERIFY2(reached.errorMessage().contains(QLatin1String("undone")), qPrintable(reached.errorMessage()));
        // Step 1 stands whole; step 2 left neither its table nor its version row.
        QCOMPARE(db.value()->schemaVersion().value(), 1);
        QVERIFY(!db.value()->connection().tables().contains(QLatin1String("half_done")));
        QVERIFY(db.value()->connection().tables().contains(QLatin1String("organizations")));
    }

    void foreignDatabaseIsRefused()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        {
            auto db = Database::open(scratch.spec());
            PC_VERIFY_OK(db);
            PC_VERIFY_OK(db.value()->execute(QStringLiteral("CREATE TABLE customers (id INTEGER, name TEXT);")));
        }
        const QByteArray before = fileDigest(scratch.spec().path);
        const auto db = openUpToDate(scratch.spec(), OpenMode::ReadWrite);
        QVERIFY(!db.ok());
        QVERIFY2(db.errorMessage().contains(QLatin1String("customers")), qPrintable(db.errorMessage()));
        QCOMPARE(fileDigest(scratch.spec().path), before);
    }

    void inspectionCannotWrite_data() { addEngineColumn(); addEngineRows(); }
    void inspectionCannotWrite()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        QVERIFY(scratch.open());
        auto db = Database::open(scratch.spec(), OpenMode::ReadOnly);
        PC_VERIFY_OK(db);
        QSqlQuery write(db.value()->connection());
        QVERIFY(!write.exec(QStringLiteral("INSERT INTO organizations (name, country, jurisdiction) "
                                           "VALUES ('Sneaky', 'FR', 'FR')")));
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM organizations")).toInt(), 0);
        QVERIFY(!Migrator::migrate(*db.value()).ok());
    }

    void sqliteUsesWalAndForeignKeys()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        auto db = scratch.open();
        QVERIFY(db);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestMigrations test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_migrations.moc"
