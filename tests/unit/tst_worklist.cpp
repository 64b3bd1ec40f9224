// The officer's worklist and the deadline rules they keep, on both database
// engines: open requests soonest due first with the days left under each
// one's law, whose they are, and the due dates that move when a rule or a
// holiday list changes.
#include "TestSupport.h"

#include "deadlines/RequestDeadlines.h"
#include "deadlines/RuleBook.h"
#include "requests/RequestWorkflow.h"
#include "requests/Worklist.h"
#include "models/WaitingWork.h"
#include "storage/CaseRepository.h"
#include "storage/RegisterRepository.h"

using namespace pc;
using deadlines::Holiday;
using deadlines::RuleBook;

namespace {

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

RowId addOrganization(Database &db, const QString &name, const QString &jurisdiction)
{
    Organization o;
    o.name = name;
    o.country = jurisdiction;
    o.jurisdiction = jurisdiction;
    return RegisterRepository(db).addOrganization(o) ? o.id : 0;
}

RightsRequest addRequest(Database &db, RowId organization, const QString &jurisdiction, const QString &reference,
                         const QDate &received, const QStringList &types = {QStringLiteral("access")},
                         RowId assignee = 0)
{
    RightsRequest r;
    r.organizationId = organization;
    r.reference = reference;
    r.types = types;
    r.jurisdiction = jurisdiction;
    r.requesterName = QStringLiteral("Requester of ") + reference;
    r.receivedOn = received;
    r.assigneeId = assignee;
    if (auto engine = deadlines::engineFor(db, jurisdiction))
        deadlines::applyDeadlines(r, engine.value(), received);
    if (const auto id = CaseRepository(db).addRequest(r); !id)
        qWarning() << id.errorMessage();
    return r;
}

QStringList references(const QList<WorkItem> &items)
{
    QStringList list;
    for (const WorkItem &item : items)
        list << item.reference;
    return list;
}

QDate storedDue(Database &db, RowId requestId)
{
    const auto stored = CaseRepository(db).request(requestId);
    return stored ? stored->dueOn : QDate();
}

} // namespace

class TestWorklist : public QObject
{
    Q_OBJECT

private slots:
    // What the navigation shows beside the worklist, the breaches and the
    // countdown, counted by the database for one organization or all.
    void waitingWorkIsCounted_data() { test::addEngineColumn(); test::addEngineRows(); }
    void waitingWorkIsCounted()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        const RowId paris = addOrganization(*db, QStringLiteral("SOFTNLABS SAS"), QStringLiteral("FR"));
        const RowId tunis = addOrganization(*db, QStringLiteral("SMOFT ERP"), QStringLiteral("TN"));
        QVERIFY(paris && tunis);
        const QDateTime now(day("2026-03-20"), QTime(10, 0));
        // Due 10 March (late); 7 April (far); Tunisia: received 23 February, due 23 March (close).
        addRequest(*db, paris, QStringLiteral("FR"), QStringLiteral("FR-LATE"), day("2026-02-10"));
        addRequest(*db, paris, QStringLiteral("FR"), QStringLiteral("FR-FAR"), day("2026-03-05"));
        const RightsRequest close = addRequest(*db, tunis, QStringLiteral("TN"), QStringLiteral("TN-CLOSE"),
                                               day("2026-02-23"));
        QVERIFY2(close.dueOn > now.date() && close.dueOn <= now.date().addDays(7), qPrintable(close.dueOn.toString()));
        RightsRequest answered = addRequest(*db, paris, QStringLiteral("FR"), QStringLiteral("FR-DONE"), day("2026-02-01"));
        PC_VERIFY_OK(RequestWorkflow::apply(*db, answered, RequestStep::Answer,
                                            {day("2026-03-01"), QStringLiteral("Copy sent.")}, now.date()));

        auto breach = [&](RowId organization, const char *reference, const char *risk, const QDateTime &due,
                          bool notified, const QString &notToNotify = {}) {
            Breach b;
            b.noNotificationReason = notToNotify;
            b.organizationId = organization;
            b.reference = QString::fromLatin1(reference);
            b.title = QStringLiteral("Laptop stolen");
            b.awareAt = due.addDays(-3);
            b.notificationDueAt = due;
            b.risk = QString::fromLatin1(risk);
            if (notified) {
                b.authorityNotifiedAt = due.addSecs(-3600);
                b.status = QStringLiteral("notified");
            }
            PC_VERIFY_OK(CaseRepository(*db).addBreach(b));
        };
        breach(paris, "BR-LATE", "high", now.addSecs(-7200), false);     // past its 72 hours
        breach(paris, "BR-SOON", "risk", now.addSecs(24 * 3600), false); // still to notify
        breach(tunis, "BR-DONE", "high", now.addSecs(-7200), true);      // notified
        // Unlikely to result in a risk, and the reason recorded: nothing to notify.
        breach(tunis, "BR-NONE", "none", now.addSecs(-7200), false, QStringLiteral("Encrypted disk."));
        // Judged without risk, but no reason recorded yet: it stays on the list until there is one.
        breach(paris, "BR-UNSAID", "none", now.addSecs(3600), false);

        const auto all = WaitingWork::load(*db, 0, now);
        PC_VERIFY_OK(all);
        QCOMPARE(all->overdueRequests, 1);
        QCOMPARE(all->dueSoonRequests, 1);
        QCOMPARE(all->breachesToNotify, 3);
        QCOMPARE(all->breachesOverdue, 1);
        QCOMPARE(all->purgesDue, 0);
        const auto tunisOnly = WaitingWork::load(*db, tunis, now);
        PC_VERIFY_OK(tunisOnly);
        QCOMPARE(tunisOnly->overdueRequests, 0);
        QCOMPARE(tunisOnly->dueSoonRequests, 1);
        QCOMPARE(tunisOnly->breachesToNotify, 0);   // the law sets no notification there
    }

    void openRequestsComeSoonestDueFirst_data() { test::addEngineColumn(); test::addEngineRows(); }
    void openRequestsComeSoonestDueFirst()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        const RowId paris = addOrganization(*db, QStringLiteral("SOFTNLABS SAS"), QStringLiteral("FR"));
        const RowId tunis = addOrganization(*db, QStringLiteral("SMOFT ERP"), QStringLiteral("TN"));
        QVERIFY(paris && tunis);
        User claire;
        claire.username = QStringLiteral("claire");
        claire.displayName = QStringLiteral("Claire Martin");
        PC_VERIFY_OK(CaseRepository(*db).addUser(claire));
        const QDate today = day("2026-03-20");

        // Received 5 March: due Tuesday 7 April (Easter Monday, the 6th, does not count).
        const RightsRequest april = addRequest(*db, paris, QStringLiteral("FR"), QStringLiteral("FR-APRIL"),
                                               day("2026-03-05"), {QStringLiteral("access"), QStringLiteral("erasure")},
                                               claire.id);
        // Received 10 February: due 10 March, ten days overdue.
        const RightsRequest late = addRequest(*db, paris, QStringLiteral("FR"), QStringLiteral("FR-LATE"),
                                              day("2026-02-10"));
        // Tunisia counts a period to its last day, day off or not: 9 April, Martyrs' Day.
        const RightsRequest tunisian = addRequest(*db, tunis, QStringLiteral("TN"), QStringLiteral("TN-MARTYRS"),
                                                  day("2026-03-09"));
        RightsRequest answered = addRequest(*db, paris, QStringLiteral("FR"), QStringLiteral("FR-DONE"),
                                            day("2026-03-02"));
        PC_VERIFY_OK(RequestWorkflow::apply(*db, answered, RequestStep::Answer,
                                            {day("2026-03-18"), QStringLiteral("Copy sent.")}, today));
        // Waiting for an identity document since 12 March: its date keeps moving.
        RightsRequest waiting = addRequest(*db, paris, QStringLiteral("FR"), QStringLiteral("FR-WAITING"),
                                           day("2026-03-10"));
        PC_VERIFY_OK(RequestWorkflow::apply(*db, waiting, RequestStep::AskIdentity,
                                            {day("2026-03-12"), QStringLiteral("Two customers share the name.")},
                                            today));
        QCOMPARE(late.dueOn, day("2026-03-10"));
        QCOMPARE(april.dueOn, day("2026-04-07"));
        QCOMPARE(tunisian.dueOn, day("2026-04-09"));

        const auto all = openRequests(*db, WorklistFilter(), today);
        PC_VERIFY_OK(all);
        QCOMPARE(references(all.value()), (QStringList{QStringLiteral("FR-LATE"), QStringLiteral("FR-APRIL"),
                                                        QStringLiteral("TN-MARTYRS"), QStringLiteral("FR-WAITING")}));
        const WorkItem &overdue = all->at(0);
        QVERIFY(overdue.overdue);
        QCOMPARE(overdue.calendarDaysLeft, -10);
        QCOMPARE(overdue.organization, QStringLiteral("SOFTNLABS SAS"));
        QVERIFY(!overdue.waitingSince.isValid());
        const WorkItem &next = all->at(1);
        QVERIFY(!next.overdue);
        QCOMPARE(next.calendarDaysLeft, 18);
        // 23–27 March, 30 March–3 April, then Tuesday 7 April: Easter Monday is off.
        QCOMPARE(next.workingDaysLeft, 11);
        QCOMPARE(next.types, (QStringList{QStringLiteral("access"), QStringLiteral("erasure")}));
        QCOMPARE(next.assignee, QStringLiteral("Claire Martin"));
        QCOMPARE(all->at(2).jurisdiction, QStringLiteral("TN"));
        QCOMPARE(all->at(3).waitingSince, day("2026-03-12"));
        QCOMPARE(all->at(3).status, QStringLiteral("identity_check"));

        WorklistFilter mine;
        mine.assigneeId = claire.id;
        QCOMPARE(references(openRequests(*db, mine, today).value()), QStringList{QStringLiteral("FR-APRIL")});
        WorklistFilter nobody;
        nobody.assigneeId = WorklistFilter::kNobody;
        QCOMPARE(openRequests(*db, nobody, today)->size(), 3);
        WorklistFilter tunisia;
        tunisia.organizationId = tunis;
        QCOMPARE(references(openRequests(*db, tunisia, today).value()), QStringList{QStringLiteral("TN-MARTYRS")});
    }

    void theOfficerKeepsTheRulesTheLawLeavesToThem_data() { test::addEngineColumn(); test::addEngineRows(); }
    void theOfficerKeepsTheRulesTheLawLeavesToThem()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        const RowId tunis = addOrganization(*db, QStringLiteral("SMOFT ERP"), QStringLiteral("TN"));
        const QDate today = day("2026-03-20");
        // One month from 5 March: Sunday 5 April, kept as the law has no rule for days off.
        const RightsRequest r = addRequest(*db, tunis, QStringLiteral("TN"), QStringLiteral("TN-1"), day("2026-03-05"));
        QCOMPARE(r.dueOn, day("2026-04-05"));

        RuleBook book(*db);
        const auto shipped = book.rule(QStringLiteral("TN"));
        PC_VERIFY_OK(shipped);
        QVERIFY(shipped->source == deadlines::Source::Shipped);
        QVERIFY(shipped->rule.editable);

        // A rule without the article it comes from is not saved.
        deadlines::JurisdictionRule own = shipped->rule;
        own.responsePeriod = 30;
        own.responseUnit = deadlines::Unit::Day;
        own.responseCitation.clear();
        const auto refused = book.saveRule(own, today);
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("Cite")), qPrintable(refused.errorMessage()));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM jurisdiction_rules")).toInt(), 0);

        // Thirty days, a day off moving the end: Saturday 4 April becomes Monday 6 April.
        own.responseCitation = QStringLiteral("Art. 40, as read by the officer: thirty days.");
        own.shift = deadlines::Shift::WeekendAndHolidays;
        const auto moved = book.saveRule(own, today);
        PC_VERIFY_OK(moved);
        QCOMPARE(moved.value(), 1);
        QCOMPARE(storedDue(*db, r.id), day("2026-04-06"));
        const auto kept = book.rule(QStringLiteral("TN"));
        PC_VERIFY_OK(kept);
        QVERIFY(kept->source == deadlines::Source::Kept);
        QCOMPARE(kept->rule.responsePeriod, 30);
        QCOMPARE(kept->rule.responseCitation, own.responseCitation);
        // Saved again unchanged: nothing moves, the rule's row is updated in place.
        QCOMPARE(book.saveRule(own, today).value(), 0);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM jurisdiction_rules")).toInt(), 1);
        QVERIFY(test::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'jurisdiction_rules'"))
                    .toInt() >= 2);

        // Back to the shipped rule, and to Sunday 5 April.
        const auto restored = book.restoreShippedRule(QStringLiteral("TN"), today);
        PC_VERIFY_OK(restored);
        QCOMPARE(restored.value(), 1);
        QCOMPARE(storedDue(*db, r.id), day("2026-04-05"));
        QVERIFY(book.rule(QStringLiteral("TN"))->source == deadlines::Source::Shipped);

        // The GDPR's month is the law's, not the officer's.
        deadlines::JurisdictionRule france = book.rule(QStringLiteral("FR"))->rule;
        france.responsePeriod = 2;
        QVERIFY(!book.saveRule(france, today));
        QVERIFY(!book.rule(QStringLiteral("XX")));
    }

    void holidaysListedForAYearMoveTheDueDates_data() { test::addEngineColumn(); test::addEngineRows(); }
    void holidaysListedForAYearMoveTheDueDates()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        const RowId paris = addOrganization(*db, QStringLiteral("SOFTNLABS SAS"), QStringLiteral("FR"));
        const QDate today = day("2026-03-20");
        const RightsRequest r = addRequest(*db, paris, QStringLiteral("FR"), QStringLiteral("FR-1"), day("2026-03-05"));
        QCOMPARE(r.dueOn, day("2026-04-07"));

        RuleBook book(*db);
        const auto before = book.holidays(QStringLiteral("FR"), 2026);
        PC_VERIFY_OK(before);
        // The eleven days of the Code du travail, all computed.
        QCOMPARE(before->size(), 11);
        QVERIFY(std::all_of(before->cbegin(), before->cend(),
                            [](const deadlines::ListedHoliday &h) { return h.source == deadlines::Source::Computed; }));

        // A day off declared for 2026 only, on the request's last day.
        const QList<Holiday> declared = {{day("2026-04-07"), QStringLiteral("Journée de deuil national")}};
        QVERIFY(!book.saveHolidays(QStringLiteral("FR"), 2027, declared, today));
        QVERIFY(!book.saveHolidays(QStringLiteral("FR"), 2026, declared + declared, today));
        QVERIFY(!book.saveHolidays(QStringLiteral("FR"), 2026, {{day("2026-04-07"), QStringLiteral(" ")}}, today));
        QCOMPARE(storedDue(*db, r.id), day("2026-04-07"));
        const auto moved = book.saveHolidays(QStringLiteral("FR"), 2026, declared, today);
        PC_VERIFY_OK(moved);
        QCOMPARE(moved.value(), 1);
        QCOMPARE(storedDue(*db, r.id), day("2026-04-08"));
        const auto after = book.holidays(QStringLiteral("FR"), 2026);
        PC_VERIFY_OK(after);
        QCOMPARE(after->size(), 12);
        const auto listed = std::find_if(after->cbegin(), after->cend(), [](const deadlines::ListedHoliday &h) {
            return h.source == deadlines::Source::Kept;
        });
        QVERIFY(listed != after->cend());
        QCOMPARE(listed->holiday.date, day("2026-04-07"));
        // Another year's list is left alone.
        PC_VERIFY_OK(book.saveHolidays(QStringLiteral("FR"), 2027, {}, today));
        QCOMPARE(storedDue(*db, r.id), day("2026-04-08"));

        // Taken off again: the request is due on the 7th once more.
        QCOMPARE(book.saveHolidays(QStringLiteral("FR"), 2026, {}, today).value(), 1);
        QCOMPARE(storedDue(*db, r.id), day("2026-04-07"));

        // Vietnam's shipped list is there to be checked and corrected.
        const auto vietnam = book.holidays(QStringLiteral("VN"), 2026);
        PC_VERIFY_OK(vietnam);
        QVERIFY(vietnam->size() >= 10);
        QVERIFY(std::all_of(vietnam->cbegin(), vietnam->cend(),
                            [](const deadlines::ListedHoliday &h) { return h.source == deadlines::Source::Kept; }));
    }
};

QTEST_GUILESS_MAIN(TestWorklist)
#include "tst_worklist.moc"
