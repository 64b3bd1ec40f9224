#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "storage/CaseRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/RecordStore.h"
#include "storage/RegisterRepository.h"
#include "storage/RowWriter.h"

#include <QSqlQuery>

using namespace pc;
using namespace pc::test;

// Every record the forms edit can be removed and put back whole under the
// same id, on both engines; what is kept as proof cannot be removed at all.
class TestRecordStore : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        explicit Fixture(const QString &engine) : scratch(engine)
        {
            db = scratch.open();
            if (!db)
                return;
            DemoOptions options;
            options.subjects = 60;
            options.asOf = QDate(2026, 6, 1);
            loaded = DemoGenerator(*db).generate(options).ok();
            organizationId = scalar(*db, QStringLiteral("SELECT min(id) FROM organizations")).toLongLong();
        }
        ScratchDatabase scratch;
        std::unique_ptr<Database> db;
        bool loaded = false;
        RowId organizationId = 0;
    };

    // Adds a record, removes it and puts it back: it comes back equal, under
    // its id, and the table holds as many rows as before the removal.
    template<typename Entity>
    void roundTrip(Database &db, Entity record, const QString &table)
    {
        using Store = RecordStore<Entity>;
        PC_VERIFY_OK(Store::add(db, record));
        QVERIFY(record.id > 0);
        const auto stored = Store::read(db, record.id);
        PC_VERIFY_OK(stored);
        const int rows = scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();

        auto removed = Store::take(db, record.id);
        PC_VERIFY_OK(removed);
        QVERIFY(!Store::read(db, record.id).ok());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt(), rows - 1);

        PC_VERIFY_OK(Store::putBack(db, removed.value()));
        const auto back = Store::read(db, record.id);
        PC_VERIFY_OK(back);
        QVERIFY(back.value() == stored.value());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt(), rows);
        // Twice under the same id is refused.
        QVERIFY(!Store::putBack(db, removed.value()).ok());
    }

private Q_SLOTS:
    void recordsComeBackWhole_data() { addEngineColumn(); addEngineRows(); }
    void recordsComeBackWhole()
    {
        QFETCH(QString, engine);
        Fixture f(engine);
        QVERIFY2(f.db && f.loaded, qPrintable(f.scratch.problem()));
        Database &db = *f.db;

        DataSubject subject;
        subject.organizationId = f.organizationId;
        subject.firstName = QStringLiteral("Sami");
        subject.lastName = QStringLiteral("Zeghal");
        subject.email = QStringLiteral("sami.zeghal@example.tn");
        subject.birthDate = QDate(1984, 3, 7);
        subject.relationshipStart = QDate(2020, 1, 1);
        roundTrip(db, subject, QStringLiteral("data_subjects"));

        RetentionRule rule;
        rule.organizationId = f.organizationId;
        rule.name = QStringLiteral("Données de navigation");
        rule.duration = 6;
        rule.unit = QStringLiteral("month");
        rule.triggerEvent = QStringLiteral("collection");
        rule.justification = QStringLiteral("Les données de navigation sont conservées 6 mois.");
        roundTrip(db, rule, QStringLiteral("retention_rules"));

        Processor processor;
        processor.organizationId = f.organizationId;
        processor.name = QStringLiteral("Hébergeur de secours");
        processor.country = QStringLiteral("DE");
        processor.dpaSignedOn = QDate(2025, 9, 1);
        roundTrip(db, processor, QStringLiteral("processors"));

        Breach breach;
        breach.organizationId = f.organizationId;
        breach.reference = QStringLiteral("BR-2026-900");
        breach.title = QStringLiteral("Clé USB perdue");
        breach.awareAt = QDateTime(QDate(2026, 5, 4), QTime(9, 15), Qt::UTC);
        breach.subjectsAffected = 12;
        roundTrip(db, breach, QStringLiteral("breaches"));

        Organization organization;
        organization.name = QStringLiteral("Nouvelle filiale");
        organization.country = QStringLiteral("BE");
        organization.jurisdiction = QStringLiteral("BE");
        roundTrip(db, organization, QStringLiteral("organizations"));
    }

    // What went wrong is told by its kind, from the engine's codes, whatever
    // the words: a record still referenced, a version saved meanwhile, a
    // record gone.
    void errorsSayWhatHappened_data() { addEngineColumn(); addEngineRows(); }
    void errorsSayWhatHappened()
    {
        QFETCH(QString, engine);
        Fixture f(engine);
        QVERIFY2(f.db && f.loaded, qPrintable(f.scratch.problem()));
        Database &db = *f.db;
        // The organization's activities and people refer to it.
        const Status used = rows::remove(db, QStringLiteral("organizations"), f.organizationId);
        QVERIFY(!used);
        QCOMPARE(int(used.error().kind), int(Error::Kind::Constraint));
        QVERIFY(used.errorMessage().contains(QLatin1String("still used")));
        const Status gone = rows::remove(db, QStringLiteral("processors"), 987654);
        QCOMPARE(int(gone.error().kind), int(Error::Kind::NotFound));

        const RowId processorId = scalar(db, QStringLiteral("SELECT min(id) FROM processors")).toLongLong();
        auto mine = RecordStore<Processor>::read(db, processorId);
        PC_VERIFY_OK(mine);
        Processor theirs = mine.value();
        theirs.service = QStringLiteral("Hosting, saved by another officer");
        PC_VERIFY_OK(RecordStore<Processor>::update(db, theirs));
        mine->service = QStringLiteral("Hosting, mine");
        const Status stale = RecordStore<Processor>::update(db, mine.value());
        QCOMPARE(int(stale.error().kind), int(Error::Kind::Conflict));

        // A value the column refuses, by the engine's code.
        QSqlQuery wrong = db.prepare(QStringLiteral("INSERT INTO breaches (organization_id, reference, title, aware_at, risk) "
                                                    "VALUES (?, 'X-1', 'Test', ?, 'apocalyptic')"));
        wrong.addBindValue(f.organizationId);
        wrong.addBindValue(dateTimeOrNull(QDateTime::currentDateTimeUtc()));
        QVERIFY(!wrong.exec());
        QCOMPARE(int(Database::sqlError(wrong).kind), int(Error::Kind::Constraint));
    }

    void requestsComeBackWithTheirHistory_data() { addEngineColumn(); addEngineRows(); }
    void requestsComeBackWithTheirHistory()
    {
        QFETCH(QString, engine);
        Fixture f(engine);
        QVERIFY2(f.db && f.loaded, qPrintable(f.scratch.problem()));
        Database &db = *f.db;
        CaseRepository cases(db);
        RightsRequest request;
        request.organizationId = f.organizationId;
        request.reference = cases.nextReference(QStringLiteral("rights_requests"), f.organizationId,
                                                QStringLiteral("REQ-2026-")).value();
        QCOMPARE(request.reference, QStringLiteral("REQ-2026-001"));
        request.types = {QStringLiteral("erasure"), QStringLiteral("access")};
        request.jurisdiction = QStringLiteral("FR");
        request.receivedOn = QDate(2026, 5, 20);
        request.activityIds = {scalar(db, QStringLiteral("SELECT min(id) FROM processing_activities WHERE organization_id = ?"),
                                      {f.organizationId}).toLongLong()};
        PC_VERIFY_OK(cases.addRequest(request));
        QCOMPARE(cases.nextReference(QStringLiteral("rights_requests"), f.organizationId, QStringLiteral("REQ-2026-")).value(),
                 QStringLiteral("REQ-2026-002"));
        RequestEvent event{0, request.id, QDateTime(QDate(2026, 5, 21), QTime(10, 0), Qt::UTC),
                           QStringLiteral("identity_requested"), QStringLiteral("Copie de pièce demandée"), QStringLiteral("dpo")};
        PC_VERIFY_OK(cases.addRequestEvent(event));
        IdentityCheck check{0, request.id, QDate(2026, 5, 25), QStringLiteral("match"), QStringLiteral("TD1"),
                            QStringLiteral("4321"), QStringLiteral("dpo")};
        PC_VERIFY_OK(cases.addIdentityCheck(check));

        auto removed = RecordStore<RightsRequest>::take(db, request.id);
        PC_VERIFY_OK(removed);
        // The day it was received, then the identity asked for.
        QCOMPARE(removed->events.size(), 2);
        QCOMPARE(removed->events.first().step, QStringLiteral("received"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM request_events WHERE request_id = ?"), {request.id}).toInt(), 0);
        PC_VERIFY_OK(RecordStore<RightsRequest>::putBack(db, removed.value()));
        const auto back = cases.request(request.id);
        PC_VERIFY_OK(back);
        QCOMPARE(QSet<QString>(back->types.begin(), back->types.end()),
                 QSet<QString>(request.types.begin(), request.types.end()));
        QCOMPARE(back->activityIds, request.activityIds);
        const auto events = cases.requestEvents(request.id);
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->last().occurredAt, event.occurredAt);
        QCOMPARE(events->last().note, event.note);
        QCOMPARE(cases.identityChecks(request.id)->first().documentNumberSuffix, QStringLiteral("4321"));
    }

    void proofIsNeverRemoved_data() { addEngineColumn(); addEngineRows(); }
    void proofIsNeverRemoved()
    {
        QFETCH(QString, engine);
        Fixture f(engine);
        QVERIFY2(f.db && f.loaded, qPrintable(f.scratch.problem()));
        Database &db = *f.db;
        // A person with a consent history.
        const RowId person = scalar(db, QStringLiteral("SELECT min(subject_id) FROM consent_events")).toLongLong();
        QVERIFY(person > 0);
        const int events = scalar(db, QStringLiteral("SELECT count(*) FROM consent_events WHERE subject_id = ?"), {person}).toInt();
        const auto refused = RecordStore<DataSubject>::take(db, person);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QLatin1String("kept as proof")), qPrintable(refused.errorMessage()));
        PC_VERIFY_OK(RecordStore<DataSubject>::read(db, person));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM consent_events WHERE subject_id = ?"), {person}).toInt(), events);

        // A processor the register still names.
        const RowId used = scalar(db, QStringLiteral("SELECT min(processor_id) FROM activity_processors")).toLongLong();
        const auto stillUsed = RecordStore<Processor>::take(db, used);
        QVERIFY(!stillUsed.ok());
        QVERIFY2(stillUsed.errorMessage().contains(QLatin1String("still used")), qPrintable(stillUsed.errorMessage()));
        PC_VERIFY_OK(RecordStore<Processor>::read(db, used));
    }
};

QTEST_GUILESS_MAIN(TestRecordStore)
#include "tst_recordstore.moc"
