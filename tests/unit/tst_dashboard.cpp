#include "TestSupport.h"

#include "models/DashboardData.h"
#include "storage/CaseRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"

using namespace pc;
using namespace pc::test;

// The dashboard's figures, on a register small enough to count by hand.
class TestDashboard : public QObject
{
    Q_OBJECT

private:
    const QDate m_today = QDate(2026, 3, 20);

    static RightsRequest request(RowId org, const char *reference, const char *status, const QDate &received,
                                 const QDate &due)
    {
        RightsRequest r;
        r.organizationId = org;
        r.reference = QString::fromLatin1(reference);
        r.types = {QStringLiteral("access")};
        r.status = QString::fromLatin1(status);
        r.channel = QStringLiteral("email");
        r.jurisdiction = QStringLiteral("FR");
        r.requesterName = QStringLiteral("Requester %1").arg(QLatin1String(reference));
        r.receivedOn = received;
        r.dueOn = due;
        return r;
    }

private Q_SLOTS:
    void figures_data() { addEngineColumn(); addEngineRows(); }
    void figures()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        RegisterRepository reg(*db);
        PeopleRepository people(*db);
        CaseRepository cases(*db);

        Organization org;
        org.name = QStringLiteral("Atelier");
        org.country = QStringLiteral("FR");
        org.jurisdiction = QStringLiteral("FR");
        PC_VERIFY_OK(reg.addOrganization(org));
        Organization other = org;
        other.name = QStringLiteral("Other");
        PC_VERIFY_OK(reg.addOrganization(other));

        // Requests: one open and overdue, one open and due later, one answered
        // long after its due date (closed: not overdue), one extended to a later date.
        RightsRequest late = request(org.id, "A-1", "in_progress", m_today.addDays(-40), m_today.addDays(-9));
        RightsRequest soon = request(org.id, "A-2", "received", m_today.addDays(-2), m_today.addDays(28));
        RightsRequest done = request(org.id, "A-3", "answered", m_today.addDays(-90), m_today.addDays(-60));
        done.closedOn = m_today.addDays(-50);
        RightsRequest extended = request(org.id, "A-4", "extended", m_today.addDays(-35), m_today.addDays(-4));
        extended.extendedDueOn = m_today.addDays(55);
        extended.extensionReason = QStringLiteral("Complex request");
        RightsRequest elsewhere = request(other.id, "B-1", "received", m_today.addDays(-50), m_today.addDays(-19));
        for (RightsRequest *r : {&late, &soon, &done, &extended, &elsewhere})
            PC_VERIFY_OK(cases.addRequest(*r));

        Breach breach;
        breach.organizationId = org.id;
        breach.reference = QStringLiteral("BR-1");
        breach.title = QStringLiteral("Lost USB key");
        breach.awareAt = QDateTime(m_today, QTime(9, 0), Qt::UTC);
        breach.notificationDueAt = breach.awareAt.addSecs(72 * 3600);
        PC_VERIFY_OK(cases.addBreach(breach));

        // Consent: Ana gave then withdrew (recorded out of order), Ben gave,
        // Chloé refused then gave: two of three have consent now.
        ConsentPurpose newsletter;
        newsletter.organizationId = org.id;
        newsletter.code = QStringLiteral("newsletter");
        newsletter.name = QStringLiteral("Newsletter");
        PC_VERIFY_OK(people.addConsentPurpose(newsletter));
        auto person = [&](const char *name) {
            DataSubject s;
            s.organizationId = org.id;
            s.firstName = QString::fromUtf8(name);
            (void)people.addSubject(s);
            return s.id;
        };
        auto consent = [&](RowId subject, const char *event, int day) {
            ConsentEvent e;
            e.subjectId = subject;
            e.purposeId = newsletter.id;
            e.event = QString::fromLatin1(event);
            e.occurredAt = QDateTime(QDate(2026, 1, day), QTime(12, 0), Qt::UTC);
            PC_VERIFY_OK(people.addConsentEvent(e));
        };
        const RowId ana = person("Ana");
        const RowId ben = person("Ben");
        const RowId chloe = person("Chloé");
        consent(ana, "withdrawn", 20);
        consent(ana, "given", 5);
        consent(ben, "given", 6);
        consent(chloe, "refused", 7);
        consent(chloe, "given", 25);

        for (const char *country : {"FR", "FR", "US"}) {
            Processor p;
            p.organizationId = org.id;
            p.name = QStringLiteral("Processor %1").arg(scalar(*db, QStringLiteral("SELECT count(*) FROM processors")).toInt());
            p.country = QString::fromLatin1(country);
            PC_VERIFY_OK(reg.addProcessor(p));
        }

        const auto data = DashboardData::load(*db, org.id, m_today);
        PC_VERIFY_OK(data);
        QCOMPARE(data->openRequests(), 3);
        QCOMPARE(data->overdueRequests(), 1);
        QHash<QString, int> byStatus;
        for (const StatusCount &c : data->requestsByStatus)
            byStatus.insert(c.status, c.count);
        QCOMPARE(byStatus.value(QStringLiteral("answered")), 1);
        QCOMPARE(byStatus.value(QStringLiteral("extended")), 1);

        // Soonest first: the overdue request, the breach, then the others.
        QCOMPARE(data->nextDeadlines.size(), 4);
        QCOMPARE(data->nextDeadlines.at(0).reference, QStringLiteral("A-1"));
        QCOMPARE(data->nextDeadlines.at(0).daysLeft, -9);
        QCOMPARE(data->nextDeadlines.at(1).reference, QStringLiteral("BR-1"));
        QCOMPARE(data->nextDeadlines.at(1).kind, DueItem::Kind::Breach);
        QCOMPARE(data->nextDeadlines.at(1).due, QDateTime(m_today.addDays(3), QTime(9, 0), Qt::UTC));
        QCOMPARE(data->nextDeadlines.at(2).reference, QStringLiteral("A-2"));
        QCOMPARE(data->nextDeadlines.at(2).daysLeft, 28);
        QCOMPARE(data->nextDeadlines.at(3).reference, QStringLiteral("A-4"));
        QCOMPARE(data->nextDeadlines.at(3).daysLeft, 55);   // the extended date counts

        QCOMPARE(data->consentRates.size(), 1);
        QCOMPARE(data->consentRates.first().given, 2);
        QCOMPARE(data->consentRates.first().decided, 3);

        QCOMPARE(data->processorsByCountry.size(), 2);
        QCOMPARE(data->processorsByCountry.first().country, QStringLiteral("FR"));
        QCOMPARE(data->processorsByCountry.first().processors, 2);

        // All organizations together.
        const auto all = DashboardData::load(*db, 0, m_today);
        PC_VERIFY_OK(all);
        QCOMPARE(all->openRequests(), 4);
        QCOMPARE(all->overdueRequests(), 2);
        QCOMPARE(all->nextDeadlines.first().reference, QStringLiteral("B-1"));
    }

    void purgesPerMonth_data() { addEngineColumn(); addEngineRows(); }
    void purgesPerMonth()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        RegisterRepository reg(*db);
        PeopleRepository people(*db);
        Organization org;
        org.name = QStringLiteral("Atelier");
        org.country = QStringLiteral("FR");
        org.jurisdiction = QStringLiteral("FR");
        PC_VERIFY_OK(reg.addOrganization(org));

        auto rule = [&](const char *name, int duration, const char *unit, const char *trigger) {
            RetentionRule r;
            r.organizationId = org.id;
            r.name = QString::fromLatin1(name);
            r.duration = duration;
            r.unit = QString::fromLatin1(unit);
            r.triggerEvent = QString::fromLatin1(trigger);
            if (!reg.addRetentionRule(r).ok())
                return RowId(0);
            return r.id;
        };
        const RowId threeMonths = rule("Customer data", 3, "month", "collection");
        const RowId yearAfterEnd = rule("Contact details", 12, "month", "relationship_end");
        const RowId thirtyDays = rule("Prospects", 30, "day", "last_contact");
        QVERIFY(threeMonths && yearAfterEnd && thirtyDays);
        SubjectCategory customers{0, org.id, QStringLiteral("customer"), QStringLiteral("Customers"), QString()};
        SubjectCategory prospects{0, org.id, QStringLiteral("prospect"), QStringLiteral("Prospects"), QString()};
        PC_VERIFY_OK(reg.addSubjectCategory(customers));
        PC_VERIFY_OK(reg.addSubjectCategory(prospects));
        auto activity = [&](const char *name, QList<RowId> categories, RowId ruleId) {
            ProcessingActivity a;
            a.organizationId = org.id;
            a.name = QString::fromLatin1(name);
            a.purposes = {Purpose{0, QStringLiteral("Purpose"), QStringLiteral("contract"), QString(), QString()}};
            a.subjectCategoryIds = categories;
            a.retentionRuleId = ruleId;
            return reg.addActivity(a).ok();
        };
        QVERIFY(activity("Orders", {customers.id}, threeMonths));
        QVERIFY(activity("Contacts", {customers.id}, yearAfterEnd));
        QVERIFY(activity("Prospecting", {prospects.id}, thirtyDays));
        // The same rule through a second activity counts once per person.
        QVERIFY(activity("Newsletter", {customers.id, prospects.id}, threeMonths));

        auto person = [&](const char *name, RowId category, QDate collected, QDate ended, QDate lastContact) {
            DataSubject s;
            s.organizationId = org.id;
            s.lastName = QString::fromLatin1(name);
            s.categoryId = category;
            s.collectedOn = collected;
            s.relationshipEnd = ended;
            s.lastContactOn = lastContact;
            if (!people.addSubject(s).ok())
                return RowId(0);
            return s.id;
        };
        // Today is 20 March 2026.
        // 31 Jan + 3 months = 30 April; ended 10 Feb 2025 + 12 months: past.
        QVERIFY(person("One", customers.id, QDate(2026, 1, 31), QDate(2025, 2, 10), QDate()));
        // 30 Nov 2025 + 3 months = 28 Feb 2026: past.
        QVERIFY(person("Two", customers.id, QDate(2025, 11, 30), QDate(), QDate()));
        // Last contact 1 March + 30 days = 31 March; collected 10 March + 3 months = 10 June.
        QVERIFY(person("Three", prospects.id, QDate(2026, 3, 10), QDate(), QDate(2026, 3, 1)));
        // Under a legal hold: kept whatever the rules say.
        const RowId held = person("Four", prospects.id, QDate(2026, 3, 10), QDate(), QDate(2026, 3, 1));
        QVERIFY(held);
        LegalHold hold{0, held, QStringLiteral("Litigation"), QDate(2026, 3, 2), QDate()};
        PC_VERIFY_OK(people.addLegalHold(hold));
        // No category: no activity, no rule.
        QVERIFY(person("Five", 0, QDate(2026, 1, 1), QDate(), QDate()));

        const auto data = DashboardData::load(*db, org.id, m_today);
        PC_VERIFY_OK(data);
        const QList<MonthCount> &months = data->purgesByMonth;
        QCOMPARE(months.size(), 13);
        QVERIFY(!months.at(0).month.isValid());
        QCOMPARE(months.at(1).month, QDate(2026, 3, 1));
        QCOMPARE(months.at(12).month, QDate(2027, 2, 1));
        QList<int> counts;
        for (const MonthCount &m : months)
            counts << m.count;
        //                        past Mar Apr May Jun Jul ...
        QCOMPARE(counts, (QList<int>{2, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0}));
        // All organizations: the same here.
        QCOMPARE(DashboardData::load(*db, 0, m_today)->purgesByMonth.at(0).count, 2);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestDashboard test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dashboard.moc"
