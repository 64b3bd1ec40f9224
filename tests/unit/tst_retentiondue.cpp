// The retention countdown computed by the database itself: each person's
// purge date under each rule that applies to them, month ends and leap
// years as the calendar counts them, on both engines.
#include "TestSupport.h"

#include "domain/Codes.h"
#include "retention/RetentionDue.h"
#include "retention/RetentionSchedule.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"

#include <QTest>

using namespace pc;
using namespace pc::retention;

class TestRetentionDue : public QObject
{
    Q_OBJECT

private slots:
    // A register brought in gives its periods category by category: the
    // period an activity gives a category of its data counts down too.
    void aCategorysOwnPeriodCountsDown_data() { test::addEngineColumn(); test::addEngineRows(); }

    void aCategorysOwnPeriodCountsDown()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        RegisterRepository registers(*db);
        Organization o;
        o.name = QStringLiteral("Example SARL");
        o.country = QStringLiteral("FR");
        o.jurisdiction = QStringLiteral("FR");
        PC_VERIFY_OK(registers.addOrganization(o));
        SubjectCategory visitors;
        visitors.organizationId = o.id;
        visitors.name = QStringLiteral("Visitors");
        PC_VERIFY_OK(registers.addSubjectCategory(visitors));
        RetentionRule year;
        year.organizationId = o.id;
        year.name = QStringLiteral("1 an à compter de la collecte");
        year.duration = 1;
        year.unit = QStringLiteral("year");
        year.triggerEvent = QStringLiteral("collection");
        PC_VERIFY_OK(registers.addRetentionRule(year));
        DataCategory badges{0, o.id, QStringLiteral("Badges"), QString(), false, 0};
        PC_VERIFY_OK(registers.addDataCategory(badges));
        ProcessingActivity access;
        access.organizationId = o.id;
        access.name = QStringLiteral("Access to the premises");
        access.subjectCategoryIds = {visitors.id};
        access.dataCategoryIds = {badges.id};
        access.dataCategoryUses.insert(badges.id, DataCategoryUse{QStringLiteral("Badge number"), QString(), year.id});
        PC_VERIFY_OK(registers.addActivity(access));
        DataSubject visitor;
        visitor.organizationId = o.id;
        visitor.categoryId = visitors.id;
        visitor.email = QStringLiteral("visitor@example.com");
        visitor.collectedOn = QDate(2020, 1, 1);
        PC_VERIFY_OK(PeopleRepository(*db).addSubject(visitor));
        const auto due = duePurges(*db, QDate(2100, 1, 1));
        PC_VERIFY_OK(due);
        QCOMPARE(due->size(), 1);
        QCOMPARE(due->first().subjectId, visitor.id);
        QCOMPARE(due->first().purgeOn, QDate(2021, 1, 1));
    }

    void purgeDatesFollowTheCalendar_data() { test::addEngineColumn(); test::addEngineRows(); }

    void purgeDatesFollowTheCalendar()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        RegisterRepository registers(*db);
        Organization o;
        o.name = QStringLiteral("Example SARL");
        o.country = QStringLiteral("FR");
        o.jurisdiction = QStringLiteral("FR");
        PC_VERIFY_OK(registers.addOrganization(o));
        SubjectCategory customers;
        customers.organizationId = o.id;
        customers.name = QStringLiteral("Customers");
        PC_VERIFY_OK(registers.addSubjectCategory(customers));
        SubjectCategory nobody;
        nobody.organizationId = o.id;
        nobody.name = QStringLiteral("Visitors");
        PC_VERIFY_OK(registers.addSubjectCategory(nobody));

        // One rule per unit and trigger, each through an activity on the customers.
        struct RuleCase
        {
            const char *name;
            int duration;
            const char *unit;
            const char *trigger;
        };
        const RuleCase cases[] = {
            {"Data three months after the customer stops", 3, "month", "relationship_end"},
            {"Contact details twelve months after the customer stops", 12, "month", "relationship_end"},
            {"Navigation data", 6, "month", "collection"},
            {"Recruitment data", 5, "year", "last_contact"},
            {"Notice period", 2, "week", "termination_notice"},
            {"Thirty days", 30, "day", "collection"},
            {"Dated by the officer", 1, "year", "custom"},
        };
        QList<RetentionRule> rules;
        for (const RuleCase &c : cases) {
            RetentionRule rule;
            rule.organizationId = o.id;
            rule.name = QString::fromUtf8(c.name);
            rule.duration = c.duration;
            rule.unit = QString::fromLatin1(c.unit);
            rule.triggerEvent = QString::fromLatin1(c.trigger);
            if (rule.triggerEvent == QLatin1String("custom"))
                rule.customTrigger = QStringLiteral("End of the warranty");
            PC_VERIFY_OK(registers.addRetentionRule(rule));
            rules << rule;
            ProcessingActivity activity;
            activity.organizationId = o.id;
            activity.name = QStringLiteral("Activity under ") + rule.name;
            activity.subjectCategoryIds = {customers.id};
            activity.retentionRuleId = rule.id;
            PC_VERIFY_OK(registers.addActivity(activity));
        }
        // A second activity under the same rule: the person still counts once.
        ProcessingActivity twice;
        twice.organizationId = o.id;
        twice.name = QStringLiteral("Newsletters");
        twice.subjectCategoryIds = {customers.id};
        twice.retentionRuleId = rules.first().id;
        PC_VERIFY_OK(registers.addActivity(twice));

        // Month ends and 29 February among the dates.
        PeopleRepository people(*db);
        const QList<QDate> days{QDate(2024, 1, 31), QDate(2024, 2, 29), QDate(2025, 8, 31), QDate(2025, 11, 30),
                                QDate(2026, 3, 15), QDate(2023, 5, 31)};
        QList<DataSubject> subjects;
        for (int i = 0; i < days.size(); ++i) {
            DataSubject s;
            s.organizationId = o.id;
            s.categoryId = customers.id;
            s.firstName = QStringLiteral("Person");
            s.lastName = QString::number(i);
            s.collectedOn = days.at(i);
            s.relationshipEnd = days.at((i + 1) % days.size());
            s.terminationNoticeOn = days.at((i + 2) % days.size());
            s.lastContactOn = days.at((i + 3) % days.size());
            PC_VERIFY_OK(people.addSubject(s));
            subjects << s;
        }
        DataSubject undated;
        undated.organizationId = o.id;
        undated.categoryId = customers.id;
        undated.email = QStringLiteral("undated@example.com");
        PC_VERIFY_OK(people.addSubject(undated));
        DataSubject elsewhere;
        elsewhere.organizationId = o.id;
        elsewhere.categoryId = nobody.id;
        elsewhere.email = QStringLiteral("visitor@example.com");
        elsewhere.collectedOn = QDate(2020, 1, 1);
        PC_VERIFY_OK(people.addSubject(elsewhere));
        LegalHold hold;
        hold.subjectId = subjects.at(2).id;
        hold.reason = QStringLiteral("Litigation");
        hold.placedOn = QDate(2026, 1, 5);
        PC_VERIFY_OK(people.addLegalHold(hold));

        // Everything, far ahead: the database's dates are the calendar's.
        const auto all = duePurges(*db, QDate(2100, 1, 1));
        PC_VERIFY_OK(all);
        const int datedRules = int(rules.size()) - 1;
        QCOMPARE(all->size(), subjects.size() * datedRules);
        for (const DuePurge &due : all.value()) {
            const auto subject = std::find_if(subjects.cbegin(), subjects.cend(),
                                              [&due](const DataSubject &s) { return s.id == due.subjectId; });
            const auto rule = std::find_if(rules.cbegin(), rules.cend(),
                                           [&due](const RetentionRule &r) { return r.id == due.ruleId; });
            QVERIFY(subject != subjects.cend() && rule != rules.cend());
            QCOMPARE(due.triggerOn, triggerDate(rule->triggerEvent, *subject));
            QVERIFY2(due.purgeOn == retentionEnd(*rule, *subject),
                     qPrintable(QStringLiteral("%1 under %2: %3, not %4")
                                    .arg(subject->lastName, rule->name, due.purgeOn.toString(Qt::ISODate),
                                         retentionEnd(*rule, *subject).toString(Qt::ISODate))));
            QCOMPARE(due.isHeld(), subject->id == hold.subjectId);
            QCOMPARE(due.subjectName, QStringLiteral("Person ") + subject->lastName);
        }
        for (qsizetype i = 1; i < all->size(); ++i)
            QVERIFY(all->at(i - 1).purgeOn <= all->at(i).purgeOn);

        // Month ends the way the calendar has them.
        auto purgeOf = [&](const DataSubject &s, const RetentionRule &r) {
            for (const DuePurge &due : all.value())
                if (due.subjectId == s.id && due.ruleId == r.id)
                    return due.purgeOn;
            return QDate();
        };
        // Collected 31 January 2024, navigation data 6 months: 31 July.
        QCOMPARE(purgeOf(subjects.at(0), rules.at(2)), QDate(2024, 7, 31));
        // Stopped 29 February 2024, three months: 29 May; twelve: 28 February 2025.
        QCOMPARE(purgeOf(subjects.at(0), rules.at(0)), QDate(2024, 5, 29));
        QCOMPARE(purgeOf(subjects.at(0), rules.at(1)), QDate(2025, 2, 28));
        // Stopped 31 August 2025, three months: 30 November.
        QCOMPARE(purgeOf(subjects.at(1), rules.at(0)), QDate(2025, 11, 30));
        // Collected 30 November 2025, navigation data 6 months: 30 May 2026.
        QCOMPARE(purgeOf(subjects.at(3), rules.at(2)), QDate(2026, 5, 30));

        // Up to a day: nothing later.
        const QDate until(2025, 12, 31);
        const auto soon = duePurges(*db, until);
        PC_VERIFY_OK(soon);
        QVERIFY(!soon->isEmpty() && soon->size() < all->size());
        for (const DuePurge &due : soon.value())
            QVERIFY(due.purgeOn <= until);
        int expected = 0;
        for (const DuePurge &due : all.value())
            expected += due.purgeOn <= until ? 1 : 0;
        QCOMPARE(soon->size(), expected);
        // Another organization's people are not among this one's.
        Organization other;
        other.name = QStringLiteral("Other BV");
        other.country = QStringLiteral("BE");
        other.jurisdiction = QStringLiteral("BE");
        PC_VERIFY_OK(registers.addOrganization(other));
        QVERIFY(duePurges(*db, QDate(2100, 1, 1), other.id)->isEmpty());
        QCOMPARE(duePurges(*db, QDate(2100, 1, 1), o.id)->size(), all->size());
        QCOMPARE(duePurges(*db, QDate(2100, 1, 1), 0, 5)->size(), 5);
        // The soonest five are the first five of the whole list.
        const auto five = duePurges(*db, QDate(2100, 1, 1), 0, 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(five->at(i).purgeOn, all->at(i).purgeOn);

        // Counted without reading them: all, those ended before a day, those held.
        const QDate today(2025, 6, 1);
        const auto counts = countDue(*db, today, until);
        PC_VERIFY_OK(counts);
        QCOMPARE(counts->periods, qint64(soon->size()));
        qint64 ended = 0, held = 0;
        for (const DuePurge &due : soon.value()) {
            ended += due.purgeOn < today ? 1 : 0;
            held += due.isHeld() ? 1 : 0;
        }
        QCOMPARE(counts->ended, ended);
        QCOMPARE(counts->held, held);
    }

    // A person is due by a day exactly when their trigger date is on or
    // before the last one whose period ends by then: month ends included.
    void lastTriggerMatchesTheCalendar()
    {
        for (const char *unit : {"day", "week", "month", "year"}) {
            for (int duration : {0, 1, 3, 6, 12, 13, 30}) {
                for (QDate until(2023, 12, 20); until <= QDate(2025, 3, 10); until = until.addDays(1)) {
                    const QString u = QString::fromLatin1(unit);
                    const QDate last = lastTriggerEndingBy(until, duration, u);
                    QVERIFY(retentionEnd(last, duration, u) <= until);
                    QVERIFY2(retentionEnd(last.addDays(1), duration, u) > until,
                             qPrintable(QStringLiteral("%1 %2 by %3").arg(duration).arg(u, until.toString(Qt::ISODate))));
                }
            }
        }
        // Every trigger the register dates has its column; a custom one has none.
        DataSubject s;
        s.collectedOn = QDate(2020, 1, 1);
        s.relationshipEnd = QDate(2021, 1, 1);
        s.terminationNoticeOn = QDate(2022, 1, 1);
        s.lastContactOn = QDate(2023, 1, 1);
        const QHash<QString, QDate> byColumn = {{QStringLiteral("collected_on"), s.collectedOn},
                                                {QStringLiteral("relationship_end"), s.relationshipEnd},
                                                {QStringLiteral("termination_notice_on"), s.terminationNoticeOn},
                                                {QStringLiteral("last_contact_on"), s.lastContactOn}};
        for (const QString &trigger : codes::all(CodeList::RetentionTrigger))
            QCOMPARE(byColumn.value(triggerColumn(trigger)), triggerDate(trigger, s));
    }
};

QTEST_GUILESS_MAIN(TestRetentionDue)
#include "tst_retentiondue.moc"
