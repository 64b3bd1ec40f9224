// The one change notifier, without widgets: every committed change to the
// register is announced once per turn of the event loop with its tables and
// rows, on both engines, whatever connection or thread made it; nothing
// rolled back is; and a register's model reads its rows again by itself.
#include "TestSupport.h"

#include "core/ChangeNotifier.h"
#include "demo/DemoGenerator.h"
#include "models/RegisterTableModel.h"
#include "storage/BackgroundReader.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"

#include <QSignalSpy>
#include <QThread>

using namespace pc;
using namespace pc::test;

namespace {

RowId firstOrganization(Database &db)
{
    const auto organizations = RegisterRepository(db).organizations();
    return organizations && !organizations->isEmpty() ? organizations->first().id : 0;
}

RowId addPerson(Database &db, RowId organization, const QString &lastName)
{
    DataSubject person;
    person.organizationId = organization;
    person.firstName = QStringLiteral("Amel");
    person.lastName = lastName;
    person.email = lastName.toLower() + QStringLiteral("@example.tn");
    person.collectedOn = QDate(2026, 3, 1);
    const auto id = PeopleRepository(db).addSubject(person);
    return id ? id.value() : 0;
}

// Every announcement received until `until` holds (or a few seconds pass),
// merged into one.
ChangeSet received(QSignalSpy &spy, const std::function<bool(const ChangeSet &)> &until, int timeout = 10000)
{
    ChangeSet all;
    (void)QTest::qWaitFor([&] {
        ChangeNotifier::instance().flush();
        while (!spy.isEmpty())
            all.merge(spy.takeFirst().at(0).value<ChangeSet>());
        return until(all);
    }, timeout);
    return all;
}

// The demo organizations in a scratch database, opened as the window's
// connection is (listening, on a server), or null with the test failed.
std::unique_ptr<Database> openListening(ScratchDatabase &scratch, int subjects)
{
    if (!scratch.isReady()) {
        QTest::qFail(qPrintable(scratch.problem()), __FILE__, __LINE__);
        return nullptr;
    }
    auto db = scratch.open();
    DemoOptions options;
    options.subjects = subjects;
    if (!db || !DemoGenerator(*db).generate(options).ok()
        || (db->isPostgresql() && !db->listen(QStringLiteral("privacy_console")))) {
        QTest::qFail("the demo database could not be made", __FILE__, __LINE__);
        return nullptr;
    }
    return db;
}

} // namespace

class TestChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aChangeSetListsRowsUntilTheyAreMany()
    {
        ChangeSet changes;
        QVERIFY(changes.isEmpty());
        changes.add(QStringLiteral("data_subjects"), 7);
        changes.add(QStringLiteral("data_subjects"), 9);
        QVERIFY(changes.containsRow(QStringLiteral("data_subjects"), 9));
        QVERIFY(!changes.containsRow(QStringLiteral("data_subjects"), 8));
        QVERIFY(!changes.anyRow(QStringLiteral("data_subjects")));
        for (qint64 row = 100; row <= 100 + ChangeSet::kRowLimit; ++row)
            changes.add(QStringLiteral("consent_events"), row);
        QVERIFY(changes.anyRow(QStringLiteral("consent_events")));
        QVERIFY(changes.containsRow(QStringLiteral("consent_events"), 1));
        QVERIFY(changes.rows(QStringLiteral("consent_events")).isEmpty());
        ChangeSet other;
        other.add(QStringLiteral("breaches"), 3);
        other.setElsewhere(true);
        changes.merge(other);
        QCOMPARE(changes.tables().size(), 3);
        QVERIFY(changes.isElsewhere());
    }

    // Announced from several threads, told once, in the notifier's thread.
    void announcementsArriveOnceInTheMainThread()
    {
        QSignalSpy spy(&ChangeNotifier::instance(), &ChangeNotifier::changed);
        QThread *caller = nullptr;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < 4; ++i) {
            threads.push_back(std::unique_ptr<QThread>(QThread::create([i] {
                ChangeSet changes;
                changes.add(QStringLiteral("rights_requests"), i + 1);
                ChangeNotifier::instance().announce(changes);
            })));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(5000));
        connect(&ChangeNotifier::instance(), &ChangeNotifier::changed, this,
                [&caller] { caller = QThread::currentThread(); }, Qt::SingleShotConnection);
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(caller, QThread::currentThread());
        const auto changes = spy.first().at(0).value<ChangeSet>();
        QCOMPARE(changes.rows(QStringLiteral("rights_requests")), (QSet<qint64>{1, 2, 3, 4}));
        QVERIFY(!changes.isElsewhere());
    }

    void committedChangesAreAnnounced_data() { addEngineColumn(); addEngineRows(); }
    void committedChangesAreAnnounced()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        // On a server, the window's connection listens; another writes.
        auto db = openListening(scratch, 20);
        if (!db)
            return;
        const RowId organization = firstOrganization(*db);
        QVERIFY(organization > 0);
        auto writer = scratch.open();
        QVERIFY(writer);
        ChangeNotifier::instance().flush();
        QSignalSpy spy(&ChangeNotifier::instance(), &ChangeNotifier::changed);

        const RowId added = addPerson(*writer, organization, QStringLiteral("Trabelsi"));
        QVERIFY(added > 0);
        const ChangeSet changes = received(spy, [added](const ChangeSet &c) {
            return c.containsRow(QStringLiteral("data_subjects"), added) && c.contains(QStringLiteral("audit_log"));
        });
        QVERIFY2(changes.containsRow(QStringLiteral("data_subjects"), added), qPrintable(changes.tables().join(u',')));
        QVERIFY(changes.contains(QStringLiteral("audit_log")));
        // The server says who: another connection than the one listening.
        QCOMPARE(changes.isElsewhere(), db->isPostgresql());

        // A change rolled back is not announced.
        spy.clear();
        const Status failed = writer->transaction([&]() -> Status {
            if (addPerson(*writer, organization, QStringLiteral("Rolled")) <= 0)
                return Error{QStringLiteral("not added")};
            return Error{QStringLiteral("changed my mind")};
        });
        QVERIFY(!failed);
        // (A server's notice would take a moment to come.)
        const ChangeSet after = received(spy, [](const ChangeSet &) { return false; }, db->isPostgresql() ? 1500 : 200);
        QVERIFY2(!after.contains(QStringLiteral("data_subjects")), qPrintable(after.tables().join(u',')));
    }

    // A register's rows follow the changes announced for the tables they are
    // read from; one not on screen reads them when shown again.
    void registersReadTheirRowsAgain_data() { addEngineColumn(); addEngineRows(); }
    void registersReadTheirRowsAgain()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        auto db = openListening(scratch, 30);
        if (!db)
            return;
        const RowId organization = firstOrganization(*db);
        BackgroundReader reader(db->spec());
        RegisterTableModel people(*db, reader, RegisterKind::Subjects);
        RegisterTableModel activities(*db, reader, RegisterKind::Activities);
        auto settled = [](const RegisterTableModel &m) {
            return QTest::qWaitFor([&] { return !m.isLoading() && !m.isCounting(); }, 20000);
        };
        QVERIFY(settled(people));
        QVERIFY(settled(activities));
        const qint64 before = people.matchCount();
        QVERIFY(before > 0);
        QVERIFY(people.readTables().contains(QStringLiteral("data_subjects")));
        QVERIFY(people.readTables().contains(QStringLiteral("organizations")));
        QVERIFY(!people.readTables().contains(QStringLiteral("consent_events")));

        auto writer = scratch.open();
        QVERIFY(writer);
        QVERIFY(addPerson(*writer, organization, QStringLiteral("Abidi")) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(people.matchCount(), before + 1, 10000);
        QVERIFY(settled(activities));
        QVERIFY(!activities.isStale());

        // Not on screen: noted, read when shown.
        people.setShown(false);
        QVERIFY(addPerson(*writer, organization, QStringLiteral("Ben Salah")) > 0);
        QTRY_VERIFY_WITH_TIMEOUT(people.isStale(), 10000);
        QCOMPARE(people.matchCount(), before + 1);
        people.setShown(true);
        QVERIFY(!people.isStale());
        QTRY_COMPARE_WITH_TIMEOUT(people.matchCount(), before + 2, 10000);
    }
};

QTEST_GUILESS_MAIN(TestChanges)
#include "tst_changes.moc"
