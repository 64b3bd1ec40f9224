// The retention purge: who goes (the person's last period ended), who stays
// (a legal hold, an archive, a period still running), and that the people
// purged leave nothing but their tombstones, on both engines.
#include "TestSupport.h"

#include "consent/ConsentLedger.h"
#include "requests/Erasure.h"
#include "retention/Purge.h"
#include "retention/RetentionDue.h"
#include "storage/CaseRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"

#include <QPdfDocument>
#include <QBuffer>
#include <QTest>
#include <QTimeZone>

using namespace pc;
using namespace pc::retention;

class TestPurge : public QObject
{
    Q_OBJECT

    struct World
    {
        Organization organization;
        SubjectCategory customers;
        SubjectCategory visitors;
        RetentionRule data3m;      // "data three months after the customer stops" (on the activity)
        RetentionRule contact12m;  // "contact details twelve months after" (on a data category)
        RetentionRule navigation;  // navigation data 6 months after collection, anonymised
        RetentionRule archive5y;   // invoices archived
        ConsentPurpose newsletter;
    };

    static RetentionRule rule(RegisterRepository &registers, RowId organization, const char *name, int duration,
                              const char *unit, const char *trigger, const char *outcome)
    {
        RetentionRule r;
        r.organizationId = organization;
        r.name = QString::fromUtf8(name);
        r.duration = duration;
        r.unit = QString::fromLatin1(unit);
        r.triggerEvent = QString::fromLatin1(trigger);
        r.outcome = QString::fromLatin1(outcome);
        r.justification = QStringLiteral("Privacy policy, section 7");
        if (!registers.addRetentionRule(r))
            qWarning("rule not added");
        return r;
    }

    static bool build(Database &db, World &w)
    {
        RegisterRepository registers(db);
        w.organization.name = QStringLiteral("Smoall SRL");
        w.organization.country = QStringLiteral("BE");
        w.organization.jurisdiction = QStringLiteral("BE");
        if (!registers.addOrganization(w.organization))
            return false;
        const RowId o = w.organization.id;
        w.customers.organizationId = o;
        w.customers.name = QStringLiteral("Customers");
        w.visitors.organizationId = o;
        w.visitors.name = QStringLiteral("Visitors");
        if (!registers.addSubjectCategory(w.customers) || !registers.addSubjectCategory(w.visitors))
            return false;
        w.data3m = rule(registers, o, "Account data: 3 months after the customer stops", 3, "month", "relationship_end",
                        "delete");
        w.contact12m = rule(registers, o, "Contact details: 12 months after the customer stops", 12, "month",
                            "relationship_end", "delete");
        w.navigation = rule(registers, o, "Navigation data: 6 months", 6, "month", "collection", "anonymise");
        w.archive5y = rule(registers, o, "Invoices: archived 5 years after the contract", 5, "year", "contract_end",
                           "archive");
        DataCategory contact;
        contact.organizationId = o;
        contact.name = QStringLiteral("Contact details");
        contact.retentionRuleId = w.contact12m.id;
        if (!registers.addDataCategory(contact))
            return false;
        ProcessingActivity accounts;
        accounts.organizationId = o;
        accounts.name = QStringLiteral("Customer accounts");
        accounts.subjectCategoryIds = {w.customers.id};
        accounts.dataCategoryIds = {contact.id};
        accounts.retentionRuleId = w.data3m.id;
        ProcessingActivity site;
        site.organizationId = o;
        site.name = QStringLiteral("Web site audience");
        site.subjectCategoryIds = {w.visitors.id};
        site.retentionRuleId = w.navigation.id;
        if (!registers.addActivity(accounts) || !registers.addActivity(site))
            return false;
        PeopleRepository people(db);
        w.newsletter.organizationId = o;
        w.newsletter.code = QStringLiteral("newsletter");
        w.newsletter.name = QStringLiteral("Newsletter");
        return bool(people.addConsentPurpose(w.newsletter));
    }

    static DataSubject person(Database &db, const World &w, const QString &first, const QString &last,
                              const SubjectCategory &category, const QDate &collected, const QDate &ended)
    {
        PeopleRepository people(db);
        DataSubject s;
        s.organizationId = w.organization.id;
        s.categoryId = category.id;
        s.firstName = first;
        s.lastName = last;
        s.email = QStringLiteral("%1.%2@example.be").arg(first, last).toLower();
        s.phone = QStringLiteral("+32 470 %1").arg(qHash(last) % 1000000);
        s.address = QStringLiteral("Rue %1 12, 1000 Bruxelles").arg(last);
        s.collectedOn = collected;
        s.relationshipStart = collected;
        s.relationshipEnd = ended;
        if (!people.addSubject(s))
            qWarning("person not added");
        for (const char *kind : {"given", "withdrawn"}) {
            ConsentEvent e;
            e.subjectId = s.id;
            e.purposeId = w.newsletter.id;
            e.event = QString::fromLatin1(kind);
            e.occurredAt = QDateTime(collected, QTime(9, kind[0] == 'g' ? 0 : 30), QTimeZone::utc());
            e.source = QStringLiteral("signup form");
            e.note = QStringLiteral("Ticked by %1 %2").arg(first, last);
            if (!people.addConsentEvent(e))
                qWarning("event not added");
        }
        return s;
    }

private slots:
    void thePurgeLeavesOnlyTombstones_data() { test::addEngineColumn(); test::addEngineRows(); }

    void thePurgeLeavesOnlyTombstones()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        World w;
        QVERIFY(build(*db, w));
        const QDate today(2026, 11, 22);

        // Stopped 31 October 2025: data due 31 January 2026, contact details
        // 31 October 2026. The contact details hold the record: it goes now.
        const DataSubject gone = person(*db, w, QStringLiteral("Amélie"), QStringLiteral("Vandenbroucke"), w.customers,
                                        QDate(2021, 3, 1), QDate(2025, 10, 31));
        // Stopped 30 April 2026: data due, contact details not until 30 April 2027.
        const DataSubject staying = person(*db, w, QStringLiteral("Bram"), QStringLiteral("Peeters"), w.customers,
                                           QDate(2022, 6, 1), QDate(2026, 4, 30));
        // Stopped long ago, under a legal hold.
        const DataSubject held = person(*db, w, QStringLiteral("Chloé"), QStringLiteral("Lambertz"), w.customers,
                                        QDate(2019, 1, 10), QDate(2023, 2, 28));
        // A visitor from 2025: anonymised, the consent history kept without a name.
        const DataSubject visitor = person(*db, w, QStringLiteral("Dries"), QStringLiteral("Claeys"), w.visitors,
                                           QDate(2025, 1, 31), QDate());
        // A former customer who once sent a request: erased with their request's details.
        const DataSubject requester = person(*db, w, QStringLiteral("Elise"), QStringLiteral("Goossens"), w.customers,
                                             QDate(2020, 5, 5), QDate(2024, 12, 31));
        PeopleRepository people(*db);
        LegalHold hold;
        hold.subjectId = held.id;
        hold.reason = QStringLiteral("Unpaid invoices before the commercial court");
        hold.placedOn = QDate(2024, 1, 2);
        PC_VERIFY_OK(people.addLegalHold(hold));
        CaseRepository cases(*db);
        RightsRequest request;
        request.organizationId = w.organization.id;
        request.reference = QStringLiteral("REQ-2025-0007");
        request.types = {QStringLiteral("access")};
        request.jurisdiction = QStringLiteral("BE");
        request.channel = QStringLiteral("email");
        request.requesterName = QStringLiteral("Elise Goossens");
        request.requesterEmail = requester.email.toUpper();
        request.receivedOn = QDate(2025, 2, 1);
        request.dueOn = QDate(2025, 3, 1);
        request.notes = QStringLiteral("Elise Goossens asked for a copy of her invoices.");
        PC_VERIFY_OK(cases.addRequest(request));

        // The countdown shows every rule, the data category's included.
        const auto due = duePurges(*db, today);
        PC_VERIFY_OK(due);
        auto dueFor = [&](RowId subject, RowId ruleId) {
            for (const DuePurge &d : due.value())
                if (d.subjectId == subject && d.ruleId == ruleId)
                    return d.purgeOn;
            return QDate();
        };
        QCOMPARE(dueFor(gone.id, w.contact12m.id), QDate(2026, 10, 31));
        QCOMPARE(dueFor(gone.id, w.data3m.id), QDate(2026, 1, 31));
        QCOMPARE(dueFor(staying.id, w.data3m.id), QDate(2026, 7, 30));
        QVERIFY(!dueFor(staying.id, w.contact12m.id).isValid());
        QCOMPARE(dueFor(visitor.id, w.navigation.id), QDate(2025, 7, 31));

        // The plan: by the last period of each person.
        const auto plan = planPurge(*db, today);
        PC_VERIFY_OK(plan);
        QList<RowId> planned;
        for (const PurgeCandidate &c : plan->people)
            planned << c.subjectId;
        std::sort(planned.begin(), planned.end());
        QList<RowId> expected{gone.id, visitor.id, requester.id};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(planned, expected);
        QCOMPARE(plan->held.size(), 1);
        QCOMPARE(plan->held.first().subjectId, held.id);
        QCOMPARE(plan->held.first().holdReason, hold.reason);
        QCOMPARE(plan->count(QStringLiteral("delete")), 2);
        QCOMPARE(plan->count(QStringLiteral("anonymise")), 1);
        for (const PurgeCandidate &c : plan->people) {
            QCOMPARE(c.consentEvents, 2);
            if (c.subjectId == gone.id) {
                QCOMPARE(c.ruleId, w.contact12m.id);
                QCOMPARE(c.purgeOn, QDate(2026, 10, 31));
            }
            QCOMPARE(c.requests, c.subjectId == requester.id ? 1 : 0);
        }

        // A hold placed after the plan was made still stops the purge.
        const DataSubject lateHold = person(*db, w, QStringLiteral("Frank"), QStringLiteral("Maes"), w.visitors,
                                            QDate(2024, 2, 2), QDate());
        const auto plan2 = planPurge(*db, today);
        PC_VERIFY_OK(plan2);
        QCOMPARE(plan2->people.size(), 4);
        LegalHold late;
        late.subjectId = lateHold.id;
        late.reason = QStringLiteral("Police request pending");
        late.placedOn = today;
        PC_VERIFY_OK(people.addLegalHold(late));

        const auto result = executePurge(*db, plan2.value());
        PC_VERIFY_OK(result);
        QCOMPARE(result->subjects, 3);
        QCOMPARE(result->skipped, 1);
        QCOMPARE(result->held, 1);
        // Amélie: her row and two consent events; Dries: his row, anonymised;
        // Elise: her row, two events and the request that named her.
        QCOMPARE(result->rowsAffected, 3 + 1 + 4);

        // Nothing that said who they were is left anywhere, the audit trail included.
        for (const DataSubject &s : {gone, visitor, requester}) {
            for (const QString &needle : {s.email, s.lastName, s.address, s.phone}) {
                const QStringList found = test::whereFound(*db, needle);
                QVERIFY2(found.isEmpty(), qPrintable(needle + QStringLiteral(": ") + found.join(QLatin1String(", "))));
            }
        }
        // Those who stay are untouched.
        for (const DataSubject &s : {staying, held, lateHold}) {
            QCOMPARE(test::scalar(*db, QStringLiteral("SELECT email FROM data_subjects WHERE id = ?"), {s.id}).toString(),
                     s.email);
            QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM consent_events WHERE subject_id = ?"), {s.id})
                         .toInt(),
                     2);
        }
        // Deleted, deleted, anonymised: the anonymised row and its consent history stay, nameless.
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM data_subjects WHERE id IN (?, ?)"),
                              {gone.id, requester.id})
                     .toInt(),
                 0);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM consent_events WHERE subject_id = ?"), {gone.id})
                     .toInt(),
                 0);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM consent_states WHERE subject_id = ?"), {gone.id})
                     .toInt(),
                 0);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM consent_events WHERE subject_id = ?"),
                              {visitor.id})
                     .toInt(),
                 2);
        QVERIFY(test::scalar(*db, QStringLiteral("SELECT external_ref FROM data_subjects WHERE id = ?"), {visitor.id})
                    .toString()
                    .startsWith(QLatin1String("erased-")));
        // The request stays, without the requester's details.
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM rights_requests WHERE id = ? "
                                                  "AND requester_email IS NULL AND notes IS NULL"),
                              {request.id})
                     .toInt(),
                 1);

        // A tombstone each, in the run, whose digest only that person matches.
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM tombstones WHERE purge_run_id = ? "
                                                  "AND reason = 'retention'"),
                              {result->runId})
                     .toInt(),
                 3);
        const QString digest =
            test::scalar(*db, QStringLiteral("SELECT subject_digest FROM tombstones WHERE former_subject_id = ?"),
                         {gone.id})
                .toString();
        QVERIFY(digestMatches(digest, w.organization.id, gone.firstName, gone.lastName, gone.email));
        QVERIFY(!digestMatches(digest, w.organization.id, staying.firstName, staying.lastName, staying.email));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT retention_rule_id FROM tombstones WHERE former_subject_id = ?"),
                              {gone.id})
                     .toLongLong(),
                 w.contact12m.id);
        // The audit trail has a line per person and one for the run.
        QVERIFY(test::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention purge'"))
                    .toInt()
                >= 3);
        QCOMPARE(consent::stateMismatches(*db).value(), qint64(0));

        // The report: read back by QtPdf, no name in it.
        const auto pdf = purgeReportPdf(*db, result->runId, QStringLiteral("fr"));
        PC_VERIFY_OK(pdf);
        QBuffer buffer;
        buffer.setData(pdf.value());
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument document;
        document.load(&buffer);
        QCOMPARE(document.status(), QPdfDocument::Status::Ready);
        QVERIFY(document.pageCount() >= 1);
        // Cells wrap their text: compare words, not lines.
        const QString text = document.getAllText(0).text().simplified();
        QVERIFY2(text.contains(QStringLiteral("Rapport de purge")), qPrintable(text));
        QVERIFY2(text.contains(w.contact12m.name), qPrintable(text));
        QVERIFY(!text.contains(gone.lastName));

        // Again: nothing left to purge but the held.
        const auto after = planPurge(*db, today);
        PC_VERIFY_OK(after);
        QVERIFY(after->people.isEmpty());
        QCOMPARE(after->held.size(), 2);
    }

    void aFailedPurgeChangesNothing_data() { test::addEngineColumn(); test::addEngineRows(); }

    void aFailedPurgeChangesNothing()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        World w;
        QVERIFY(build(*db, w));
        const DataSubject gone = person(*db, w, QStringLiteral("Amélie"), QStringLiteral("Vandenbroucke"), w.customers,
                                        QDate(2021, 3, 1), QDate(2024, 10, 31));
        const DataSubject also = person(*db, w, QStringLiteral("Bram"), QStringLiteral("Peeters"), w.visitors,
                                        QDate(2024, 6, 1), QDate());
        const auto plan = planPurge(*db, QDate(2026, 11, 22));
        PC_VERIFY_OK(plan);
        QCOMPARE(plan->people.size(), 2);

        // The disk fills up as the tombstones are written.
        const bool pg = db->isPostgresql();
        if (pg) {
            QVERIFY(db->execute(QStringLiteral(
                "CREATE FUNCTION test_full() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "RAISE EXCEPTION 'could not extend file: No space left on device'; END $$; "
                "CREATE TRIGGER test_full BEFORE INSERT ON tombstones FOR EACH ROW EXECUTE FUNCTION test_full();")));
        } else {
            QVERIFY(db->execute(QStringLiteral("CREATE TRIGGER test_full BEFORE INSERT ON tombstones BEGIN "
                                               "SELECT RAISE(ABORT, 'database or disk is full'); END;")));
        }
        const qint64 auditBefore = test::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
        const auto failed = executePurge(*db, plan.value());
        QVERIFY(!failed);
        QVERIFY2(failed.errorMessage().contains(QStringLiteral("full")), qPrintable(failed.errorMessage()));

        // Nothing happened: the people, their ledger, the trail as it was, no run.
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM data_subjects WHERE id IN (?, ?) "
                                                  "AND email IS NOT NULL"),
                              {gone.id, also.id})
                     .toInt(),
                 2);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM consent_events")).toInt(), 4);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM purge_runs")).toInt(), 0);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM tombstones")).toInt(), 0);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), auditBefore);
        // The trail still records every change.
        PeopleRepository people(*db);
        DataSubject changed = also;
        changed.notes = QStringLiteral("Asked to be called back");
        PC_VERIFY_OK(people.updateSubject(changed));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'data_subjects' "
                                                  "AND row_id = ? AND action = 'update'"),
                              {also.id})
                     .toInt(),
                 1);

        // Room again: the same plan goes through.
        QVERIFY(db->execute(pg ? QStringLiteral("DROP TRIGGER test_full ON tombstones;")
                               : QStringLiteral("DROP TRIGGER test_full;")));
        const auto done = executePurge(*db, plan.value());
        PC_VERIFY_OK(done);
        QCOMPARE(done->subjects, 2);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM data_subjects")).toInt(), 1);
    }
};

QTEST_MAIN(TestPurge)
#include "tst_purge.moc"
