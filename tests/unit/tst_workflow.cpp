// The life of a rights request on both database engines: its steps and their
// dated history, the clock stopped while the person is asked something, the
// extension told before the first deadline, the person found or added in the
// register, and the erasure that leaves no personal data behind.
#include "TestSupport.h"

#include "deadlines/Holidays.h"
#include "deadlines/RequestDeadlines.h"
#include "requests/Erasure.h"
#include "requests/RequestWorkflow.h"
#include "requests/SubjectMatch.h"
#include "storage/AuditTrail.h"
#include "storage/CaseRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace pc;

namespace {

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QStringList steps(Database &db, RowId requestId)
{
    CaseRepository cases(db);
    const auto events = cases.requestEvents(requestId);
    QStringList codes;
    if (events) {
        for (const RequestEvent &e : events.value())
            codes << e.step;
    }
    return codes;
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private:
    RowId m_org = 0;

    std::unique_ptr<Database> openWithOrganization(test::ScratchDatabase &scratch, const QString &jurisdiction)
    {
        auto db = scratch.open();
        if (!db)
            return db;
        Organization o;
        o.name = QStringLiteral("SOFTNLABS SAS");
        o.country = jurisdiction == QLatin1String("EU") ? QStringLiteral("DE") : jurisdiction;
        o.jurisdiction = jurisdiction;
        o.dpoName = QStringLiteral("Claire Martin");
        o.dpoEmail = QStringLiteral("dpo@softnlabs.example");
        RegisterRepository repo(*db);
        if (!repo.addOrganization(o))
            return nullptr;
        m_org = o.id;
        return db;
    }

    RightsRequest newRequest(Database &db, const QString &jurisdiction, const QDate &received,
                             const QStringList &types = {QStringLiteral("access")})
    {
        RightsRequest r;
        r.organizationId = m_org;
        r.reference = QStringLiteral("REQ-%1").arg(QRandomGenerator::global()->bounded(100000, 999999));
        r.types = types;
        r.jurisdiction = jurisdiction;
        r.channel = QStringLiteral("letter");
        r.requesterName = QStringLiteral("Pieter van der Merwe");
        r.requesterEmail = QStringLiteral("Pieter.vdMerwe@example.co.za");
        r.receivedOn = received;
        auto engine = deadlines::engineFor(db, jurisdiction);
        if (engine)
            deadlines::applyDeadlines(r, engine.value(), received);
        CaseRepository cases(db);
        const auto id = cases.addRequest(r);
        if (!id)
            qWarning() << id.errorMessage();
        return r;
    }

private slots:
    void aRequestGoesThroughItsStepsWithADatedHistory_data() { test::addEngineColumn(); test::addEngineRows(); }
    void aRequestGoesThroughItsStepsWithADatedHistory()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = openWithOrganization(scratch, QStringLiteral("FR"));
        QVERIFY(db);
        const QDate today = day("2026-04-20");
        // Received Thursday 5 March 2026: due Tuesday 7 April (Easter Monday on the 6th).
        RightsRequest r = newRequest(*db, QStringLiteral("FR"), day("2026-03-05"));
        QVERIFY(r.id);
        QCOMPARE(r.dueOn, day("2026-04-07"));
        QCOMPARE(steps(*db, r.id), QStringList{QStringLiteral("received")});
        QVERIFY(RequestWorkflow::available(r).contains(RequestStep::AskIdentity));
        QVERIFY(!RequestWorkflow::available(r).contains(RequestStep::Reopen));

        // An identity document is asked for only on a written, reasonable doubt.
        const Status noDoubt = RequestWorkflow::apply(*db, r, RequestStep::AskIdentity, {day("2026-03-06"), {}}, today);
        QVERIFY(!noDoubt);
        QVERIFY(noDoubt.errorMessage().contains(QStringLiteral("doubt")));
        QCOMPARE(steps(*db, r.id).size(), 1);
        // A step cannot be dated before the request or in the future.
        QVERIFY(!RequestWorkflow::apply(*db, r, RequestStep::AskIdentity,
                                        {day("2026-03-01"), QStringLiteral("doubt")}, today));
        QVERIFY(!RequestWorkflow::apply(*db, r, RequestStep::AskIdentity,
                                        {day("2026-04-21"), QStringLiteral("doubt")}, today));

        PC_VERIFY_OK(RequestWorkflow::apply(
            *db, r, RequestStep::AskIdentity,
            {day("2026-03-06"), QStringLiteral("The letter's signature differs from the one on file.")}, today));
        QCOMPARE(r.status, QStringLiteral("identity_check"));
        QVERIFY(!RequestWorkflow::available(r).contains(RequestStep::Answer));
        // The document cannot arrive before it was asked for.
        QVERIFY(!RequestWorkflow::apply(*db, r, RequestStep::IdentityReceived, {day("2026-03-05"), {}}, today));
        // It arrives on the 16th: the ten days of pause move the end of the
        // period from Sunday 5 April to Wednesday 15 April, a working day.
        PC_VERIFY_OK(RequestWorkflow::apply(*db, r, RequestStep::IdentityReceived, {day("2026-03-16"), {}}, today));
        QCOMPARE(r.status, QStringLiteral("in_progress"));
        QCOMPARE(r.dueOn, day("2026-04-15"));

        // The extension is told before the first deadline, or not at all.
        QVERIFY(!RequestWorkflow::apply(*db, r, RequestStep::Extend,
                                        {day("2026-04-18"), QStringLiteral("Many systems to search.")}, today));
        QVERIFY(!RequestWorkflow::apply(*db, r, RequestStep::Extend, {day("2026-04-10"), {}}, today));
        PC_VERIFY_OK(RequestWorkflow::apply(*db, r, RequestStep::Extend,
                                            {day("2026-04-10"), QStringLiteral("Many systems to search.")}, today));
        QCOMPARE(r.status, QStringLiteral("extended"));
        QCOMPARE(r.extensionNotifiedOn, day("2026-04-10"));
        // Three months from 5 March plus the ten days' pause: 15 June 2026, a Monday.
        QCOMPARE(r.extendedDueOn, day("2026-06-15"));
        QVERIFY(!RequestWorkflow::available(r).contains(RequestStep::Extend));

        PC_VERIFY_OK(RequestWorkflow::apply(*db, r, RequestStep::Answer,
                                            {day("2026-04-20"), QStringLiteral("Copy sent by registered letter.")},
                                            today));
        QCOMPARE(r.status, QStringLiteral("answered"));
        QCOMPARE(r.closedOn, day("2026-04-20"));
        QCOMPARE(RequestWorkflow::available(r), QList<RequestStep>{RequestStep::Reopen});
        QVERIFY(!RequestWorkflow::apply(*db, r, RequestStep::Reopen, {day("2026-04-20"), {}}, today));
        PC_VERIFY_OK(RequestWorkflow::apply(*db, r, RequestStep::Reopen,
                                            {day("2026-04-20"), QStringLiteral("The copy missed the invoices.")},
                                            today));
        QCOMPARE(r.status, QStringLiteral("extended"));
        QVERIFY(!r.closedOn.isValid());

        // What the register holds is what the steps said, in their order.
        CaseRepository cases(*db);
        const auto stored = cases.request(r.id);
        PC_VERIFY_OK(stored);
        QCOMPARE(stored.value(), r);
        QCOMPARE(steps(*db, r.id),
                 (QStringList{QStringLiteral("received"), QStringLiteral("identity_requested"),
                              QStringLiteral("identity_received"), QStringLiteral("extended"),
                              QStringLiteral("answered"), QStringLiteral("reopened")}));
        const auto events = cases.requestEvents(r.id);
        PC_VERIFY_OK(events);
        QCOMPARE(events->at(1).occurredAt.date(), day("2026-03-06"));
        QCOMPARE(events->at(1).note, QStringLiteral("The letter's signature differs from the one on file."));
        QCOMPARE(events->at(3).note, QStringLiteral("Many systems to search."));
        for (const RequestEvent &event : events.value())
            QCOMPARE(event.actor, db->actor());
    }

    void aStaleRequestChangesNothing_data() { test::addEngineColumn(); test::addEngineRows(); }
    void aStaleRequestChangesNothing()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = openWithOrganization(scratch, QStringLiteral("BE"));
        QVERIFY(db);
        RightsRequest r = newRequest(*db, QStringLiteral("BE"), day("2026-02-02"));
        RightsRequest stale = r;
        PC_VERIFY_OK(RequestWorkflow::apply(*db, r, RequestStep::StartWork, {day("2026-02-03"), {}}, day("2026-02-10")));
        // Another officer's copy read before that step is refused whole.
        const Status refused = RequestWorkflow::apply(*db, stale, RequestStep::Withdraw, {day("2026-02-04"), {}},
                                                      day("2026-02-10"));
        QVERIFY(!refused);
        QCOMPARE(stale.status, QStringLiteral("received"));
        QCOMPARE(steps(*db, r.id), (QStringList{QStringLiteral("received"), QStringLiteral("in_progress")}));
    }

    void aClarificationStopsTheClock_data() { test::addEngineColumn(); test::addEngineRows(); }
    void aClarificationStopsTheClock()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = openWithOrganization(scratch, QStringLiteral("ZA"));
        QVERIFY(db);
        // PAIA s56: 30 days from Monday 2 March 2026 is Wednesday 1 April.
        RightsRequest r = newRequest(*db, QStringLiteral("ZA"), day("2026-03-02"));
        QCOMPARE(r.dueOn, day("2026-04-01"));
        QVERIFY(!RequestWorkflow::apply(*db, r, RequestStep::AskClarification, {day("2026-03-03"), {}}, day("2026-03-20")));
        PC_VERIFY_OK(RequestWorkflow::apply(
            *db, r, RequestStep::AskClarification,
            {day("2026-03-03"), QStringLiteral("Which of your two accounts do you mean?")}, day("2026-03-10")));
        QCOMPARE(r.clarification, QStringLiteral("Which of your two accounts do you mean?"));
        QCOMPARE(r.status, QStringLiteral("received"));
        // Still waiting on the 10th: seven days stood still so far.
        QCOMPARE(r.dueOn, day("2026-04-08"));
        PC_VERIFY_OK(RequestWorkflow::apply(*db, r, RequestStep::ClarificationReceived, {day("2026-03-13"), {}},
                                            day("2026-03-20")));
        // Ten days in all: 11 April, a Saturday, which counts in South Africa.
        QCOMPARE(r.dueOn, day("2026-04-11"));
        QVERIFY(!RequestWorkflow::available(r).contains(RequestStep::AskClarification));
        // One extension of thirty days, told before the first deadline.
        PC_VERIFY_OK(RequestWorkflow::apply(*db, r, RequestStep::Extend,
                                            {day("2026-03-20"), QStringLiteral("Records held off-site.")},
                                            day("2026-03-20")));
        QCOMPARE(r.extendedDueOn, day("2026-05-11"));
        // Refusing needs its reason, which the history keeps.
        QVERIFY(!RequestWorkflow::apply(*db, r, RequestStep::Refuse, {day("2026-03-25"), {}}, day("2026-03-25")));
        PC_VERIFY_OK(RequestWorkflow::apply(*db, r, RequestStep::Refuse,
                                            {day("2026-03-25"), QStringLiteral("Manifestly unfounded.")},
                                            day("2026-03-25")));
        QCOMPARE(r.refusalReason, QStringLiteral("Manifestly unfounded."));
    }

    void tunisiaAllowsNoExtension()
    {
        test::ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = openWithOrganization(scratch, QStringLiteral("TN"));
        QVERIFY(db);
        RightsRequest r = newRequest(*db, QStringLiteral("TN"), day("2026-03-02"));
        const Status refused = RequestWorkflow::apply(*db, r, RequestStep::Extend,
                                                      {day("2026-03-05"), QStringLiteral("Busy.")}, day("2026-03-05"));
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("no extension")), qPrintable(refused.errorMessage()));
    }

    void theHolidayListsAreShippedInTheRegister_data() { test::addEngineColumn(); test::addEngineRows(); }
    void theHolidayListsAreShippedInTheRegister()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        for (const QString &jurisdiction : {QStringLiteral("TN"), QStringLiteral("VN")}) {
            const auto shipped = deadlines::shippedHolidayList(jurisdiction);
            QVERIFY(shipped.size() > 30);
            QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM public_holidays WHERE jurisdiction = ?"),
                                  {jurisdiction})
                         .toLongLong(),
                     qint64(shipped.size()));
            for (int year : {2025, 2026, 2027}) {
                QVERIFY(std::any_of(shipped.cbegin(), shipped.cend(),
                                    [year](const deadlines::Holiday &h) { return h.date.year() == year; }));
            }
        }
        // Vietnam, Tết 2026: a request of 5 February (15 days: 20 February)
        // waits for the first working day after the break, Monday 23 February.
        auto vietnam = deadlines::engineFor(*db, QStringLiteral("VN"));
        PC_VERIFY_OK(vietnam);
        QCOMPARE(vietnam->due(day("2026-02-05")).due, day("2026-02-23"));
        // Tunisia: Aïd el-Idha 2026 is not a working day.
        auto tunisia = deadlines::engineFor(*db, QStringLiteral("TN"));
        PC_VERIFY_OK(tunisia);
        QVERIFY(!tunisia->isWorkingDay(day("2026-05-27")));
        QVERIFY(!tunisia->isWorkingDay(day("2026-12-17")));
        QVERIFY(tunisia->isWorkingDay(day("2026-01-14")));
    }

    void thePersonIsFoundOrAdded_data() { test::addEngineColumn(); test::addEngineRows(); }
    void thePersonIsFoundOrAdded()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = openWithOrganization(scratch, QStringLiteral("ZA"));
        QVERIFY(db);
        PeopleRepository people(*db);
        auto person = [&](const char *first, const char *last, const char *email) {
            DataSubject s;
            s.organizationId = m_org;
            s.firstName = QString::fromUtf8(first);
            s.lastName = QString::fromUtf8(last);
            s.email = QString::fromUtf8(email);
            return people.addSubject(s).value();
        };
        const RowId byEmail = person("P.", "Van der Merwe", "pieter.vdmerwe@example.co.za");
        const RowId byName = person("Pieter", "van der Merwe", "other@example.co.za");
        const RowId sameLast = person("Anna", "Van Der Merwe", "anna@example.co.za");
        person("Pieter", "Botha", "pieter@example.co.za");

        RightsRequest r = newRequest(*db, QStringLiteral("ZA"), day("2026-03-02"));
        auto matches = matchSubjects(*db, r);
        PC_VERIFY_OK(matches);
        QCOMPARE(matches->size(), 3);
        QCOMPARE(matches->at(0).subject.id, byEmail);
        QCOMPARE(matches->at(0).score, 100);
        QCOMPARE(matches->at(1).subject.id, byName);
        QCOMPARE(matches->at(1).score, 80);
        QCOMPARE(matches->at(2).subject.id, sameLast);
        QCOMPARE(matches->at(2).score, 40);

        PC_VERIFY_OK(linkSubject(*db, r, byName));
        QCOMPARE(r.subjectId, byName);
        QCOMPARE(steps(*db, r.id).last(), QStringLiteral("subject_linked"));

        // Someone the register does not know is added from the request.
        RightsRequest stranger = newRequest(*db, QStringLiteral("ZA"), day("2026-03-03"));
        stranger.requesterName = QStringLiteral("Thandeka Nkosi");
        stranger.requesterEmail = QStringLiteral("thandeka@example.co.za");
        stranger.language = QStringLiteral("en");
        PC_VERIFY_OK(CaseRepository(*db).updateRequest(stranger));
        matches = matchSubjects(*db, stranger);
        PC_VERIFY_OK(matches);
        QVERIFY(matches->isEmpty());
        const auto added = createSubjectFromRequest(*db, stranger, day("2026-03-04"));
        PC_VERIFY_OK(added);
        const auto subject = people.subject(added.value());
        PC_VERIFY_OK(subject);
        QCOMPARE(subject->firstName, QStringLiteral("Thandeka"));
        QCOMPARE(subject->lastName, QStringLiteral("Nkosi"));
        QCOMPARE(subject->email, QStringLiteral("thandeka@example.co.za"));
        QCOMPARE(subject->collectedOn, day("2026-03-03"));
        QCOMPARE(stranger.subjectId, added.value());
        QCOMPARE(CaseRepository(*db).request(stranger.id)->subjectId, added.value());
    }

    void erasureLeavesNoPersonalData_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<bool>("anonymise");
        for (const char *engine : {"sqlite", "postgresql"}) {
            QTest::addRow("%s, delete", engine) << QString::fromLatin1(engine) << false;
            QTest::addRow("%s, anonymise", engine) << QString::fromLatin1(engine) << true;
        }
    }
    void erasureLeavesNoPersonalData()
    {
        QFETCH(QString, engine);
        QFETCH(bool, anonymise);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = openWithOrganization(scratch, QStringLiteral("FR"));
        QVERIFY(db);
        const QString first = QStringLiteral("Zéphyrine");
        const QString last = QStringLiteral("Quenouille-Marchal");
        const QString email = QStringLiteral("zquenouille@example.fr");

        PeopleRepository people(*db);
        DataSubject s;
        s.organizationId = m_org;
        s.firstName = first;
        s.lastName = last;
        s.email = email;
        s.phone = QStringLiteral("+33 6 12 34 56 78");
        s.address = QStringLiteral("12 rue des Lilas, 69003 Lyon");
        s.notes = QStringLiteral("Prefers letters.");
        PC_VERIFY_OK(people.addSubject(s));
        s.notes = QStringLiteral("Prefers e-mail to %1.").arg(email);
        PC_VERIFY_OK(people.updateSubject(s));
        // Someone else stays whole.
        DataSubject other;
        other.organizationId = m_org;
        other.firstName = QStringLiteral("Jean");
        other.lastName = QStringLiteral("Dupont");
        other.email = QStringLiteral("jean.dupont@example.fr");
        PC_VERIFY_OK(people.addSubject(other));

        ConsentPurpose newsletter;
        newsletter.organizationId = m_org;
        newsletter.code = QStringLiteral("newsletter");
        newsletter.name = QStringLiteral("Newsletter");
        PC_VERIFY_OK(people.addConsentPurpose(newsletter));
        for (const char *kind : {"given", "withdrawn"}) {
            ConsentEvent e;
            e.subjectId = s.id;
            e.purposeId = newsletter.id;
            e.event = QString::fromLatin1(kind);
            e.occurredAt = QDateTime(day("2026-01-10"), QTime(10, 0));
            e.source = QStringLiteral("signup form");
            PC_VERIFY_OK(people.addConsentEvent(e));
        }
        LegalHold hold;
        hold.subjectId = s.id;
        hold.reason = QStringLiteral("Invoice dispute with %1").arg(last);
        hold.placedOn = day("2026-01-01");
        PC_VERIFY_OK(people.addLegalHold(hold));

        RightsRequest r = newRequest(*db, QStringLiteral("FR"), day("2026-03-05"), {QStringLiteral("erasure")});
        r.requesterName = first + QLatin1Char(' ') + last;
        r.requesterEmail = email.toUpper();
        r.requesterAddress = s.address;
        r.notes = QStringLiteral("Called by %1 on the phone.").arg(first + QLatin1Char(' ') + last);
        CaseRepository cases(*db);
        PC_VERIFY_OK(cases.updateRequest(r));
        PC_VERIFY_OK(linkSubject(*db, r, s.id));
        Attachment letter;
        letter.organizationId = m_org;
        letter.requestId = r.id;
        letter.kind = QStringLiteral("letter");
        letter.fileName = QStringLiteral("Lettre %1.pdf").arg(last);
        letter.mediaType = QStringLiteral("application/pdf");
        letter.content = QStringLiteral("%PDF-1.4 lettre de %1").arg(last).toUtf8();
        PC_VERIFY_OK(cases.addAttachment(letter));
        const QString letterHash = letter.sha256;

        // A legal hold in force stops the erasure, which then changes nothing.
        ErasureOrder order;
        order.subjectId = s.id;
        order.method = anonymise ? ErasureMethod::Anonymise : ErasureMethod::Delete;
        order.requestId = r.id;
        const qint64 auditBefore = test::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
        const auto held = eraseSubject(*db, order);
        QVERIFY(!held);
        QVERIFY(held.errorMessage().contains(QStringLiteral("legal hold")));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), auditBefore);
        QVERIFY(!test::whereFound(*db, email).isEmpty());

        QSqlQuery lift = db->prepare(QStringLiteral("UPDATE legal_holds SET lifted_on = ? WHERE id = ?"));
        lift.addBindValue(dateOrNull(day("2026-03-01")));
        lift.addBindValue(hold.id);
        QVERIFY(lift.exec());

        const auto erased = eraseSubject(*db, order);
        PC_VERIFY_OK(erased);
        QVERIFY(erased->tombstoneId > 0);
        QVERIFY(erased->rowsAffected >= 3);

        // Nothing that says who the person was is left in any table, the
        // audit trail included.
        for (const QString &needle : {email, first, last, QStringLiteral("12 rue des Lilas"),
                                      QStringLiteral("12 34 56 78")}) {
            const QStringList found = test::whereFound(*db, needle);
            QVERIFY2(found.isEmpty(), qPrintable(needle + QStringLiteral(": ") + found.join(QLatin1String(", "))));
        }
        // The other person is untouched.
        QCOMPARE(test::whereFound(*db, QStringLiteral("jean.dupont@example.fr")).contains(QStringLiteral("data_subjects.email")),
                 true);

        // The tombstone proves the erasure: who did it, why, for which
        // request, and a digest only this person's name and e-mail match.
        QSqlQuery tomb = db->prepare(QStringLiteral(
            "SELECT organization_id, former_subject_id, subject_digest, reason, method, request_id, performed_by, "
            "rows_affected FROM tombstones WHERE id = ?"));
        tomb.addBindValue(erased->tombstoneId);
        QVERIFY(tomb.exec() && tomb.next());
        QCOMPARE(tomb.value(1).toLongLong(), s.id);
        QCOMPARE(tomb.value(3).toString(), QStringLiteral("request"));
        QCOMPARE(tomb.value(4).toString(), anonymise ? QStringLiteral("anonymise") : QStringLiteral("delete"));
        QCOMPARE(tomb.value(5).toLongLong(), r.id);
        QCOMPARE(tomb.value(6).toString(), db->actor());
        QCOMPARE(tomb.value(7).toInt(), erased->rowsAffected);
        const QString digest = tomb.value(2).toString();
        QVERIFY(digestMatches(digest, m_org, first, last, email.toUpper()));
        QVERIFY(!digestMatches(digest, m_org, QStringLiteral("Jean"), QStringLiteral("Dupont"),
                               QStringLiteral("jean.dupont@example.fr")));

        // The request stays, as proof it was answered; its letter keeps its hash.
        const auto kept = cases.request(r.id);
        PC_VERIFY_OK(kept);
        QVERIFY(kept->requesterName.isEmpty());
        QCOMPARE(kept->subjectId, RowId(0));
        QCOMPARE(steps(*db, r.id).last(), QStringLiteral("erased"));
        const auto document = cases.attachment(letter.id, true);
        PC_VERIFY_OK(document);
        QVERIFY(document->content.isEmpty());
        QVERIFY(document->destroyedAt.isValid());
        QCOMPARE(document->sha256, letterHash);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM data_subjects WHERE id = ?"), {s.id}).toInt(),
                 anonymise ? 1 : 0);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM consent_events WHERE subject_id = ?"), {s.id})
                     .toInt(),
                 anonymise ? 2 : 0);

        // The audit trail keeps every line, now pointing at the tombstone;
        // it still refuses any other change.
        QVERIFY(test::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong() > auditBefore);
        QVERIFY(test::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'data_subjects' "
                                                 "AND row_id = ?"),
                             {s.id})
                    .toInt()
                >= 2);
        QSqlQuery tamper(db->connection());
        QVERIFY(!tamper.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else'")));
        QSqlQuery rewrite(db->connection());
        QVERIFY(!rewrite.exec(db->isPostgresql()
                                  ? QStringLiteral("UPDATE audit_log SET after_data = '{\"erased\": 999999}'::jsonb "
                                                   "WHERE after_data IS NOT NULL")
                                  : QStringLiteral("UPDATE audit_log SET after_data = '{\"erased\": 999999}' "
                                                   "WHERE after_data IS NOT NULL")));
        QSqlQuery remove(db->connection());
        QVERIFY(!remove.exec(QStringLiteral("DELETE FROM audit_log")));
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
