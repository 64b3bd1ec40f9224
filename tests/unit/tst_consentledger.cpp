// The consent ledger: the current state is the history's latest event,
// derived by the database as events arrive in any order, and consents lapse
// after their purpose's period. On both engines.
#include "TestSupport.h"

#include "consent/ConsentLedger.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace pc;

namespace {

QDateTime at(int year, int month, int day, int hour = 10, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

} // namespace

class TestConsentLedger : public QObject
{
    Q_OBJECT

    struct World
    {
        Organization organization;
        ConsentPurpose newsletter;
        ConsentPurpose cookies;   // lapses after 13 months
        QList<DataSubject> people;
    };

    static bool build(Database &db, World &w, int people)
    {
        RegisterRepository registers(db);
        w.organization.name = QStringLiteral("Smoall SRL");
        w.organization.country = QStringLiteral("BE");
        w.organization.jurisdiction = QStringLiteral("BE");
        if (!registers.addOrganization(w.organization))
            return false;
        PeopleRepository repo(db);
        w.newsletter.organizationId = w.organization.id;
        w.newsletter.code = QStringLiteral("newsletter");
        w.newsletter.name = QStringLiteral("Newsletter and promotions");
        w.cookies.organizationId = w.organization.id;
        w.cookies.code = QStringLiteral("cookies");
        w.cookies.name = QStringLiteral("Targeting cookies");
        w.cookies.expiryMonths = 13;
        if (!repo.addConsentPurpose(w.newsletter) || !repo.addConsentPurpose(w.cookies))
            return false;
        for (int i = 0; i < people; ++i) {
            DataSubject s;
            s.organizationId = w.organization.id;
            s.firstName = QStringLiteral("Person");
            s.lastName = QString::number(i);
            if (!repo.addSubject(s))
                return false;
            w.people << s;
        }
        return true;
    }

    static ConsentEvent event(RowId subject, RowId purpose, const char *kind, const QDateTime &when)
    {
        ConsentEvent e;
        e.subjectId = subject;
        e.purposeId = purpose;
        e.event = QString::fromLatin1(kind);
        e.occurredAt = when;
        e.method = QStringLiteral("web_form");
        return e;
    }

    static QString keptState(Database &db, RowId subject, RowId purpose)
    {
        return test::scalar(db, QStringLiteral("SELECT event FROM consent_states WHERE subject_id = ? AND purpose_id = ?"),
                            {subject, purpose})
            .toString();
    }

private slots:
    void stateIsTheLatestEvent_data() { test::addEngineColumn(); test::addEngineRows(); }

    void stateIsTheLatestEvent()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        World w;
        QVERIFY(build(*db, w, 3));
        PeopleRepository repo(*db);
        const RowId anna = w.people.at(0).id, ben = w.people.at(1).id, chloe = w.people.at(2).id;

        // Given, withdrawn, then given again: consent again.
        for (auto e : {event(anna, w.newsletter.id, "given", at(2024, 1, 10)),
                       event(anna, w.newsletter.id, "withdrawn", at(2024, 6, 1)),
                       event(anna, w.newsletter.id, "given", at(2025, 2, 3))}) {
            PC_VERIFY_OK(repo.addConsentEvent(e));
        }
        QCOMPARE(keptState(*db, anna, w.newsletter.id), QStringLiteral("given"));

        // A withdrawal recorded first, the older consent it ended recorded
        // afterwards (a letter typed in before the web form's export): the
        // withdrawal is still the latest.
        auto late = event(ben, w.newsletter.id, "withdrawn", at(2025, 3, 1));
        PC_VERIFY_OK(repo.addConsentEvent(late));
        auto early = event(ben, w.newsletter.id, "given", at(2024, 9, 9));
        PC_VERIFY_OK(repo.addConsentEvent(early));
        QCOMPARE(keptState(*db, ben, w.newsletter.id), QStringLiteral("withdrawn"));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT event_id FROM consent_states WHERE subject_id = ? "
                                                  "AND purpose_id = ?"),
                              {ben, w.newsletter.id})
                     .toLongLong(),
                 late.id);

        // Two events at the same moment: the one recorded last counts.
        auto first = event(chloe, w.cookies.id, "given", at(2025, 5, 5, 12));
        auto second = event(chloe, w.cookies.id, "refused", at(2025, 5, 5, 12));
        PC_VERIFY_OK(repo.addConsentEvent(first));
        PC_VERIFY_OK(repo.addConsentEvent(second));
        QCOMPARE(keptState(*db, chloe, w.cookies.id), QStringLiteral("refused"));

        // Purposes are separate; no event, no state.
        QCOMPARE(keptState(*db, chloe, w.newsletter.id), QString());
        QCOMPARE(keptState(*db, anna, w.cookies.id), QString());

        // An event says whose it is; the consents in force are those whose
        // latest event is a "given".
        const auto parties = consent::eventParties(*db, late.id);
        PC_VERIFY_OK(parties);
        QCOMPARE(parties->subjectId, ben);
        QCOMPARE(parties->purposeId, w.newsletter.id);
        QCOMPARE(int(consent::eventParties(*db, 987654321).error().kind), int(Error::Kind::NotFound));
        const auto inForce = consent::consentsInForce(*db, anna);
        PC_VERIFY_OK(inForce);
        QCOMPARE(inForce->size(), 1);
        QCOMPARE(inForce->first().purposeId, w.newsletter.id);
        QCOMPARE(inForce->first().since, at(2025, 2, 3));
        QVERIFY(consent::consentsInForce(*db, ben)->isEmpty());

        // The ledger's own derivation agrees, event by event.
        for (const DataSubject &person : std::as_const(w.people)) {
            for (RowId purpose : {w.newsletter.id, w.cookies.id}) {
                const auto history = repo.consentHistory(person.id, purpose);
                PC_VERIFY_OK(history);
                QCOMPARE(consent::currentState(history.value()), keptState(*db, person.id, purpose));
            }
        }
        const auto mismatches = consent::stateMismatches(*db);
        PC_VERIFY_OK(mismatches);
        QCOMPARE(mismatches.value(), qint64(0));

        // The ledger is append-only: an event is never edited.
        QSqlQuery edit = db->prepare(QStringLiteral("UPDATE consent_events SET event = 'given' WHERE id = ?"));
        edit.addBindValue(late.id);
        QVERIFY(!edit.exec());
        QCOMPARE(keptState(*db, ben, w.newsletter.id), QStringLiteral("withdrawn"));
    }

    void randomHistoriesAgree_data() { test::addEngineColumn(); test::addEngineRows(); }

    // Histories written in shuffled order, with repeated moments: the kept
    // state is what the history says, person by person.
    void randomHistoriesAgree()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        World w;
        QVERIFY(build(*db, w, 40));
        PeopleRepository repo(*db);
        QRandomGenerator random(20261122);
        const char *kinds[] = {"given", "withdrawn", "refused", "expired"};
        QList<ConsentEvent> events;
        for (const DataSubject &person : std::as_const(w.people)) {
            for (RowId purpose : {w.newsletter.id, w.cookies.id}) {
                const int count = random.bounded(0, 7);
                for (int i = 0; i < count; ++i) {
                    // Few distinct days: ties happen.
                    events << event(person.id, purpose, kinds[random.bounded(4)],
                                    at(2024, 1 + random.bounded(3), 1 + random.bounded(3)));
                }
            }
        }
        for (qsizetype i = events.size() - 1; i > 0; --i)
            events.swapItemsAt(i, random.bounded(int(i + 1)));
        PC_VERIFY_OK(db->transaction([&]() -> Status {
            for (ConsentEvent &e : events) {
                if (auto id = repo.addConsentEvent(e); !id)
                    return id.error();
            }
            return success();
        }));
        for (const DataSubject &person : std::as_const(w.people)) {
            for (RowId purpose : {w.newsletter.id, w.cookies.id}) {
                QList<ConsentEvent> history;
                for (const ConsentEvent &e : std::as_const(events))
                    if (e.subjectId == person.id && e.purposeId == purpose)
                        history << e;
                QCOMPARE(keptState(*db, person.id, purpose), consent::currentState(history));
            }
        }
        const auto mismatches = consent::stateMismatches(*db);
        PC_VERIFY_OK(mismatches);
        QCOMPARE(mismatches.value(), qint64(0));

        // Counted per purpose from the kept states.
        const auto counts = consent::purposeCounts(*db, QDate(2024, 2, 1), w.organization.id);
        PC_VERIFY_OK(counts);
        QCOMPARE(counts->size(), 2);
        for (const consent::PurposeCounts &c : counts.value()) {
            int given = 0, decided = 0;
            for (const DataSubject &person : std::as_const(w.people)) {
                const QString state = keptState(*db, person.id, c.purposeId);
                given += state == QLatin1String("given") ? 1 : 0;
                decided += state.isEmpty() ? 0 : 1;
            }
            QCOMPARE(c.given, given);
            QCOMPARE(c.decided(), decided);
        }
    }

    void consentsLapse_data() { test::addEngineColumn(); test::addEngineRows(); }

    void consentsLapse()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        World w;
        QVERIFY(build(*db, w, 4));
        PeopleRepository repo(*db);
        // Cookies lapse after 13 months: given 31 January 2024, gone on
        // 28 February 2025 (no 31 February); 30 March 2024 → 30 April 2025.
        const QDateTime given[] = {at(2024, 1, 31, 23, 30), at(2024, 3, 30), at(2025, 1, 15), at(2024, 1, 31)};
        for (int i = 0; i < 4; ++i) {
            auto e = event(w.people.at(i).id, w.cookies.id, "given", given[i]);
            PC_VERIFY_OK(repo.addConsentEvent(e));
            auto n = event(w.people.at(i).id, w.newsletter.id, "given", given[i]);
            PC_VERIFY_OK(repo.addConsentEvent(n));
        }
        // The fourth withdrew before the period ended: nothing lapses for them.
        auto withdrawal = event(w.people.at(3).id, w.cookies.id, "withdrawn", at(2024, 6, 1));
        PC_VERIFY_OK(repo.addConsentEvent(withdrawal));
        QCOMPARE(consent::expiryDate(QDate(2024, 1, 31), 13), QDate(2025, 2, 28));
        QCOMPARE(consent::expiryDate(QDate(2024, 3, 30), 13), QDate(2025, 4, 30));
        QVERIFY(!consent::expiryDate(QDate(2024, 3, 30), 0).isValid());

        const auto before = consent::dueExpiries(*db, QDate(2025, 2, 27));
        PC_VERIFY_OK(before);
        QVERIFY(before->isEmpty());
        const auto onTheDay = consent::dueExpiries(*db, QDate(2025, 2, 28));
        PC_VERIFY_OK(onTheDay);
        QCOMPARE(onTheDay->size(), 1);
        QCOMPARE(onTheDay->first().subjectId, w.people.at(0).id);
        QCOMPARE(onTheDay->first().expiresOn, QDate(2025, 2, 28));
        QCOMPARE(onTheDay->first().purpose, w.cookies.name);
        const auto later = consent::dueExpiries(*db, QDate(2025, 5, 1), w.organization.id);
        PC_VERIFY_OK(later);
        QCOMPARE(later->size(), 2);
        QCOMPARE(later->at(1).expiresOn, QDate(2025, 4, 30));
        const auto counts = consent::purposeCounts(*db, QDate(2025, 5, 1), 0, w.cookies.id);
        PC_VERIFY_OK(counts);
        QCOMPARE(counts->size(), 1);
        QCOMPARE(counts->first().given, 3);
        QCOMPARE(counts->first().withdrawn, 1);
        QCOMPARE(counts->first().lapsed, 2);

        // Recorded as "expired" events dated the day each lapsed: the state follows.
        const auto recorded = consent::recordExpiries(*db, QDate(2025, 5, 1));
        PC_VERIFY_OK(recorded);
        QCOMPARE(recorded.value(), 2);
        QCOMPARE(keptState(*db, w.people.at(0).id, w.cookies.id), QStringLiteral("expired"));
        QCOMPARE(keptState(*db, w.people.at(1).id, w.cookies.id), QStringLiteral("expired"));
        QCOMPARE(keptState(*db, w.people.at(2).id, w.cookies.id), QStringLiteral("given"));
        QCOMPARE(keptState(*db, w.people.at(0).id, w.newsletter.id), QStringLiteral("given"));
        const auto history = repo.consentHistory(w.people.at(0).id, w.cookies.id);
        PC_VERIFY_OK(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->last().event, QStringLiteral("expired"));
        QCOMPARE(history->last().occurredAt.toUTC(), at(2025, 2, 28, 0));
        QCOMPARE(history->last().method, QStringLiteral("web_form"));
        // Again: nothing more to record.
        QCOMPARE(consent::recordExpiries(*db, QDate(2025, 5, 1)).value(), 0);
        QVERIFY(consent::dueExpiries(*db, QDate(2025, 5, 1))->isEmpty());
        QCOMPARE(consent::stateMismatches(*db).value(), qint64(0));
    }

    void personViewAndRecording_data() { test::addEngineColumn(); test::addEngineRows(); }

    // Where one person stands on each purpose, the history behind it, and an
    // event recorded by the officer with its proof: checked before anything
    // is written, and written whole or not at all.
    void personViewAndRecording()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        World w;
        QVERIFY(build(*db, w, 2));
        PeopleRepository repo(*db);
        const RowId anna = w.people.at(0).id;
        PrivacyPolicy policy;
        policy.organizationId = w.organization.id;
        policy.versionLabel = QStringLiteral("2024-03");
        policy.effectiveOn = QDate(2024, 3, 1);
        PC_VERIFY_OK(repo.addPolicy(policy));

        auto given = event(anna, w.cookies.id, "given", at(2025, 1, 31));
        given.policyId = policy.id;
        given.source = QStringLiteral("cookie banner, home page");
        PC_VERIFY_OK(repo.addConsentEvent(given));
        auto refused = event(anna, w.newsletter.id, "refused", at(2025, 2, 1));
        PC_VERIFY_OK(repo.addConsentEvent(refused));

        // Both purposes, even one never asked about, in name order.
        auto states = consent::personConsents(*db, anna, QDate(2026, 2, 27));
        PC_VERIFY_OK(states);
        QCOMPARE(states->size(), 2);
        QCOMPARE(states->at(0).purpose, w.newsletter.name);
        QCOMPARE(states->at(0).state, QStringLiteral("refused"));
        QVERIFY(!states->at(0).lapsesOn.isValid());
        QCOMPARE(states->at(1).purpose, w.cookies.name);
        QCOMPARE(states->at(1).state, QStringLiteral("given"));
        QCOMPARE(states->at(1).policyVersion, policy.versionLabel);
        // 31 January + 13 months: the last day of February.
        QCOMPARE(states->at(1).lapsesOn, QDate(2026, 2, 28));
        QVERIFY(!states->at(1).lapsed);
        states = consent::personConsents(*db, anna, QDate(2026, 2, 28));
        PC_VERIFY_OK(states);
        QVERIFY(states->at(1).lapsed);
        const RowId ben = w.people.at(1).id;
        auto nobody = consent::personConsents(*db, ben, QDate(2026, 1, 1));
        PC_VERIFY_OK(nobody);
        QCOMPARE(nobody->size(), 2);
        QVERIFY(nobody->at(0).state.isEmpty() && nobody->at(1).state.isEmpty());

        // The officer records a withdrawal by letter, with the letter as proof.
        ConsentEvent withdrawal = event(anna, w.cookies.id, "withdrawn", at(2025, 6, 2, 14, 30));
        withdrawal.method = QStringLiteral("letter");
        withdrawal.source = QStringLiteral("letter to the DPO");
        withdrawal.note = QStringLiteral("Asked to stop all tracking");
        consent::ConsentProof proof{QStringLiteral("letter.pdf"), QStringLiteral("application/pdf"),
                                    QByteArray("%PDF-1.4 a signed letter")};
        const auto recorded = consent::recordEvent(*db, withdrawal, proof);
        PC_VERIFY_OK(recorded);
        QCOMPARE(keptState(*db, anna, w.cookies.id), QStringLiteral("withdrawn"));
        auto history = consent::personHistory(*db, anna, w.cookies.id);
        PC_VERIFY_OK(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).event.id, recorded.value());   // newest first
        QCOMPARE(history->at(0).proofName, QStringLiteral("letter.pdf"));
        QCOMPARE(history->at(0).event.note, withdrawal.note);
        QCOMPARE(history->at(1).policyVersion, policy.versionLabel);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT kind FROM attachments WHERE id = ?"),
                              {history->at(0).event.proofAttachmentId})
                     .toString(),
                 QStringLiteral("proof"));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT subject_id FROM attachments WHERE id = ?"),
                              {history->at(0).event.proofAttachmentId})
                     .toLongLong(),
                 anna);
        auto everything = consent::personHistory(*db, anna);
        PC_VERIFY_OK(everything);
        QCOMPARE(everything->size(), 3);
        // The trail has the event and its proof.
        QVERIFY(test::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'consent_events' "
                                                 "AND row_id = ?"),
                             {recorded.value()})
                    .toInt()
                > 0);

        // Refused before anything is written.
        const auto events = [&] { return test::scalar(*db, QStringLiteral("SELECT count(*) FROM consent_events")).toInt(); };
        const auto documents = [&] { return test::scalar(*db, QStringLiteral("SELECT count(*) FROM attachments")).toInt(); };
        const int eventsBefore = events(), documentsBefore = documents();
        ConsentEvent future = event(anna, w.newsletter.id, "given", QDateTime::currentDateTimeUtc().addDays(2));
        QVERIFY(!consent::recordEvent(*db, future, proof));
        Organization other;
        other.name = QStringLiteral("Another company");
        other.country = QStringLiteral("FR");
        other.jurisdiction = QStringLiteral("FR");
        PC_VERIFY_OK(RegisterRepository(*db).addOrganization(other));
        ConsentPurpose foreign;
        foreign.organizationId = other.id;
        foreign.code = QStringLiteral("survey");
        foreign.name = QStringLiteral("Surveys");
        PC_VERIFY_OK(repo.addConsentPurpose(foreign));
        const auto wrongPurpose = consent::recordEvent(*db, event(anna, foreign.id, "given", at(2025, 1, 1)), proof);
        QVERIFY(!wrongPurpose);
        QVERIFY2(wrongPurpose.errorMessage().contains(QStringLiteral("purposes")), qPrintable(wrongPurpose.errorMessage()));
        PrivacyPolicy foreignPolicy;
        foreignPolicy.organizationId = other.id;
        foreignPolicy.versionLabel = QStringLiteral("v1");
        foreignPolicy.effectiveOn = QDate(2024, 1, 1);
        PC_VERIFY_OK(repo.addPolicy(foreignPolicy));
        ConsentEvent wrongPolicy = event(anna, w.newsletter.id, "given", at(2025, 1, 1));
        wrongPolicy.policyId = foreignPolicy.id;
        QVERIFY(!consent::recordEvent(*db, wrongPolicy, proof));
        QVERIFY(!consent::recordEvent(*db, event(anna, w.newsletter.id, "maybe", at(2025, 1, 1))));
        QVERIFY(!consent::recordEvent(*db, event(anna + ben + 100, w.newsletter.id, "given", at(2025, 1, 1))));
        consent::ConsentProof huge{QStringLiteral("scan.tiff"), QStringLiteral("image/tiff"),
                                   QByteArray(consent::kMaxProofBytes + 1, 'x')};
        QVERIFY(!consent::recordEvent(*db, event(anna, w.newsletter.id, "given", at(2025, 1, 1)), huge));
        QCOMPARE(events(), eventsBefore);
        QCOMPARE(documents(), documentsBefore);
        QCOMPARE(keptState(*db, anna, w.newsletter.id), QStringLiteral("refused"));
    }

    void manyLapseAtOnce_data() { test::addEngineColumn(); test::addEngineRows(); }

    // Each expiry written changes the states the choice of the lapsed reads:
    // every lapsed consent gets exactly one expiry, however many there are.
    void manyLapseAtOnce()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        World w;
        QVERIFY(build(*db, w, 60));
        PeopleRepository repo(*db);
        PC_VERIFY_OK(db->transaction([&]() -> Status {
            for (int i = 0; i < w.people.size(); ++i) {
                auto e = event(w.people.at(i).id, w.cookies.id, "given", at(2023, 1 + i % 12, 1 + i % 28));
                if (auto id = repo.addConsentEvent(e); !id)
                    return id.error();
            }
            return success();
        }));
        QCOMPARE(consent::dueExpiries(*db, QDate(2025, 6, 1))->size(), 60);
        const auto recorded = consent::recordExpiries(*db, QDate(2025, 6, 1));
        PC_VERIFY_OK(recorded);
        QCOMPARE(recorded.value(), 60);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM consent_events WHERE event = 'expired'")).toInt(), 60);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM consent_states WHERE event = 'expired'")).toInt(), 60);
        QCOMPARE(consent::stateMismatches(*db).value(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestConsentLedger)
#include "tst_consentledger.moc"
