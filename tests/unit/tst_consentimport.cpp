// Consent events from a CSV file (columns mapped, every line checked, errors
// by line number, nothing added twice) and withdrawals from a rights request
// (the ledger and the request pointing to each other), on both engines.
#include "TestSupport.h"

#include "consent/ConsentExport.h"
#include "consent/ConsentImport.h"
#include "consent/ConsentLedger.h"
#include "storage/CaseRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"

#include <QBuffer>
#include <QFile>
#include <QPdfDocument>
#include <QTest>
#include <QTimeZone>

using namespace pc;
using namespace pc::consent;

class TestConsentImport : public QObject
{
    Q_OBJECT

    struct World
    {
        Organization organization;
        ConsentPurpose newsletter;
        ConsentPurpose cookies;
        DataSubject anna;
        DataSubject bram;
        PrivacyPolicy policy;
    };

    static bool build(Database &db, World &w)
    {
        RegisterRepository registers(db);
        w.organization.name = QStringLiteral("SOFTNLABS SAS");
        w.organization.country = QStringLiteral("FR");
        w.organization.jurisdiction = QStringLiteral("FR");
        if (!registers.addOrganization(w.organization))
            return false;
        PeopleRepository people(db);
        w.newsletter.organizationId = w.organization.id;
        w.newsletter.code = QStringLiteral("newsletter");
        w.newsletter.name = QStringLiteral("Newsletter");
        w.cookies.organizationId = w.organization.id;
        w.cookies.code = QStringLiteral("cookies_ciblage");
        w.cookies.name = QStringLiteral("Cookies de ciblage publicitaire");
        w.cookies.expiryMonths = 13;
        if (!people.addConsentPurpose(w.newsletter) || !people.addConsentPurpose(w.cookies))
            return false;
        w.anna.organizationId = w.organization.id;
        w.anna.firstName = QStringLiteral("Anna");
        w.anna.lastName = QStringLiteral("Lefèvre");
        w.anna.email = QStringLiteral("anna.lefevre@example.fr");
        w.bram.organizationId = w.organization.id;
        w.bram.firstName = QStringLiteral("Bram");
        w.bram.lastName = QStringLiteral("Peeters");
        w.bram.externalRef = QStringLiteral("CLI-0042");
        w.policy.organizationId = w.organization.id;
        w.policy.versionLabel = QStringLiteral("2024-03");
        w.policy.effectiveOn = QDate(2024, 3, 1);
        return people.addSubject(w.anna) && people.addSubject(w.bram) && people.addPolicy(w.policy);
    }

private slots:
    void csvIsReadAsSpreadsheetsWriteIt()
    {
        const QByteArray bytes = "\xef\xbb\xbf"
                                 "Courriel;Finalité;État;Date;Note\r\n"
                                 "anna.lefevre@example.fr;newsletter;oui;01/03/2025 10:15;\"Case cochée; page « contact »\"\r\n"
                                 "\r\n"
                                 "CLI-0042;Newsletter;non;2025-03-02;\"Deux\nlignes\"\r\n"
                                 "CLI-0042;cookies_ciblage;retiré;2025-03-05T08:00:00Z;\"Il a dit \"\"non\"\"\"\r\n";
        const auto table = readCsv(bytes);
        PC_VERIFY_OK(table);
        QCOMPARE(table->header, (QStringList{QStringLiteral("Courriel"), QStringLiteral("Finalité"),
                                             QStringLiteral("État"), QStringLiteral("Date"), QStringLiteral("Note")}));
        QCOMPARE(table->rows.size(), 3);
        QCOMPARE(table->lines, (QList<int>{2, 4, 6}));
        QCOMPARE(table->rows.at(0).at(4), QStringLiteral("Case cochée; page « contact »"));
        QCOMPARE(table->rows.at(1).at(4), QStringLiteral("Deux\nlignes"));
        QCOMPARE(table->rows.at(2).at(4), QStringLiteral("Il a dit \"non\""));

        const ColumnMapping french = guessMapping(table->header);
        QCOMPARE(french.value(Field::Person), 0);
        QCOMPARE(french.value(Field::Purpose), 1);
        QCOMPARE(french.value(Field::Event), 2);
        QCOMPARE(french.value(Field::OccurredAt), 3);
        QCOMPARE(french.value(Field::Note), 4);
        QCOMPARE(french.value(Field::Method), -1);
        const ColumnMapping english = guessMapping({QStringLiteral("Consent type"), QStringLiteral("E-mail address"),
                                                    QStringLiteral("Consent"), QStringLiteral("Timestamp"),
                                                    QStringLiteral("Channel"), QStringLiteral("Policy version")});
        QCOMPARE(english.value(Field::Purpose), 0);
        QCOMPARE(english.value(Field::Person), 1);
        QCOMPARE(english.value(Field::Event), 2);
        QCOMPARE(english.value(Field::OccurredAt), 3);
        QCOMPARE(english.value(Field::Method), 4);
        QCOMPARE(english.value(Field::PolicyVersion), 5);

        QVERIFY(!readCsv(QByteArray()));
        const auto open = readCsv("a,b\n1,\"never closed\n");
        QVERIFY(!open);
        QVERIFY2(open.errorMessage().contains(QLatin1String("Line 2")), qPrintable(open.errorMessage()));
        QVERIFY(!readCsv("name\n\xff\xfe broken\n"));
    }

    void linesAreCheckedThenImportedOnce_data() { test::addEngineColumn(); test::addEngineRows(); }

    void linesAreCheckedThenImportedOnce()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        World w;
        QVERIFY(build(*db, w));
        const QByteArray bytes =
            "email,purpose,consent,date,method,policy\n"
            "Anna.Lefevre@example.fr,newsletter,yes,2025-03-01 10:15,web form,2024-03\n"     // 2: fine
            "CLI-0042,Cookies de ciblage publicitaire,given,2025-03-02T09:00:00Z,cookie banner,\n" // 3: fine
            "CLI-0042,cookies_ciblage,withdrawn,2025-06-30,,\n"                                // 4: fine, imported
            "nobody@example.fr,newsletter,yes,2025-03-01,,\n"                                  // 5: unknown person
            "anna.lefevre@example.fr,sms,yes,2025-03-01,,\n"                                   // 6: unknown purpose
            "anna.lefevre@example.fr,newsletter,maybe,2025-03-01,,\n"                          // 7: unknown event
            "anna.lefevre@example.fr,newsletter,yes,31/02/2025,,\n"                            // 8: no such day
            "anna.lefevre@example.fr,newsletter,yes,2999-01-01,,\n"                            // 9: future
            "anna.lefevre@example.fr,newsletter,yes,2025-03-04,carrier pigeon,\n"              // 10: method
            "anna.lefevre@example.fr,newsletter,yes,2025-03-04,,v9\n"                          // 11: policy
            "Anna.Lefevre@example.fr,newsletter,yes,2025-03-01 10:15,web form,2024-03\n";    // 12: twice in the file
        const auto table = readCsv(bytes);
        PC_VERIFY_OK(table);
        const ColumnMapping mapping = guessMapping(table->header);
        const auto preview = previewImport(*db, w.organization.id, table.value(), mapping, QStringLiteral("shop.csv"));
        PC_VERIFY_OK(preview);
        QCOMPARE(preview->lines.size(), 11);
        QCOMPARE(preview->toAdd, 3);
        QCOMPARE(preview->errors, 7);
        QCOMPARE(preview->duplicates, 1);
        QHash<int, QString> errors;
        for (const ImportLine &line : preview->lines)
            if (!line.error.isEmpty())
                errors.insert(line.line, line.error);
        QCOMPARE(errors.keys().size(), 7);
        QVERIFY2(errors.value(5).contains(QLatin1String("nobody@example.fr")), qPrintable(errors.value(5)));
        QVERIFY2(errors.value(6).contains(QLatin1String("sms")), qPrintable(errors.value(6)));
        QVERIFY2(errors.value(7).contains(QLatin1String("maybe")), qPrintable(errors.value(7)));
        QVERIFY2(errors.value(8).contains(QLatin1String("31/02/2025")), qPrintable(errors.value(8)));
        QVERIFY2(errors.value(9).contains(QLatin1String("future")), qPrintable(errors.value(9)));
        QVERIFY2(errors.value(10).contains(QLatin1String("carrier pigeon")), qPrintable(errors.value(10)));
        QVERIFY2(errors.value(11).contains(QLatin1String("v9")), qPrintable(errors.value(11)));
        QVERIFY(preview->lines.last().duplicate);
        const ImportLine &first = preview->lines.first();
        QCOMPARE(first.event.subjectId, w.anna.id);
        QCOMPARE(first.event.method, QStringLiteral("web_form"));
        QCOMPARE(first.event.policyId, w.policy.id);
        QCOMPARE(first.event.source, QStringLiteral("shop.csv"));
        QCOMPARE(first.event.occurredAt, QDateTime(QDate(2025, 3, 1), QTime(10, 15)).toUTC());
        QCOMPARE(preview->lines.at(2).event.method, QStringLiteral("import"));

        // Nothing is written by the preview.
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM consent_events")).toInt(), 0);
        const auto added = importPreview(*db, preview.value());
        PC_VERIFY_OK(added);
        QCOMPARE(added.value(), 3);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT event FROM consent_states WHERE subject_id = ? "
                                                  "AND purpose_id = ?"),
                              {w.bram.id, w.cookies.id})
                     .toString(),
                 QStringLiteral("withdrawn"));
        QVERIFY(test::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'consent_events' "
                                                 "AND action = 'insert'"))
                    .toInt()
                >= 3);

        // The same file again: nothing new.
        const auto again = previewImport(*db, w.organization.id, table.value(), mapping, QStringLiteral("shop.csv"));
        PC_VERIFY_OK(again);
        QCOMPARE(again->toAdd, 0);
        QCOMPARE(again->duplicates, 4);
        QCOMPARE(importPreview(*db, again.value()).value(), 0);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM consent_events")).toInt(), 3);

        // Without the required columns, nothing is read.
        ColumnMapping partial = mapping;
        partial.insert(Field::OccurredAt, -1);
        const auto refused = previewImport(*db, w.organization.id, table.value(), partial, QString());
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(QLatin1String("Date and time")));
    }

    void aRequestWithdrawsConsent_data() { test::addEngineColumn(); test::addEngineRows(); }

    void aRequestWithdrawsConsent()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        World w;
        QVERIFY(build(*db, w));
        PeopleRepository people(*db);
        for (RowId purpose : {w.newsletter.id, w.cookies.id}) {
            ConsentEvent e;
            e.subjectId = w.anna.id;
            e.purposeId = purpose;
            e.event = QStringLiteral("given");
            e.occurredAt = QDateTime(QDate(2024, 5, 2), QTime(8, 0), QTimeZone::utc());
            PC_VERIFY_OK(people.addConsentEvent(e));
        }
        CaseRepository cases(*db);
        RightsRequest request;
        request.organizationId = w.organization.id;
        request.reference = QStringLiteral("DRO-2026-0012");
        request.types = {QStringLiteral("consent_withdrawal")};
        request.jurisdiction = QStringLiteral("FR");
        request.channel = QStringLiteral("letter");
        request.requesterName = QStringLiteral("Anna Lefèvre");
        request.receivedOn = QDate(2026, 11, 2);
        request.dueOn = QDate(2026, 12, 2);
        PC_VERIFY_OK(cases.addRequest(request));
        const QDateTime asked(QDate(2026, 11, 2), QTime(9, 0), QTimeZone::utc());

        // Not yet linked to the person: refused, nothing written.
        QVERIFY(!withdrawForRequest(*db, request, {}, asked));
        request.subjectId = w.anna.id;
        QVERIFY(!withdrawForRequest(*db, request, {}, QDateTime::currentDateTimeUtc().addDays(3)));
        QVERIFY(!withdrawForRequest(*db, request, {987654}, asked));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM consent_events WHERE request_id IS NOT NULL"))
                     .toInt(),
                 0);

        // Every consent in force: both purposes, by letter, pointing to the request.
        const auto withdrawn = withdrawForRequest(*db, request, {}, asked);
        PC_VERIFY_OK(withdrawn);
        QCOMPARE(withdrawn.value(), 2);
        const auto events = eventsOfRequest(*db, request.id);
        PC_VERIFY_OK(events);
        QCOMPARE(events->size(), 2);
        for (const ConsentEvent &e : events.value()) {
            QCOMPARE(e.event, QStringLiteral("withdrawn"));
            QCOMPARE(e.method, QStringLiteral("letter"));
            QCOMPARE(e.source, request.reference);
            QCOMPARE(e.requestId, request.id);
            QCOMPARE(e.occurredAt.toUTC(), asked);
        }
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM consent_states WHERE subject_id = ? "
                                                  "AND event = 'withdrawn'"),
                              {w.anna.id})
                     .toInt(),
                 2);
        // The request's history names what was withdrawn.
        const QString history =
            test::scalar(*db, QStringLiteral("SELECT note FROM request_events WHERE request_id = ? AND step = ?"),
                         {request.id, QStringLiteral("consent_withdrawn")})
                .toString();
        QVERIFY2(history.contains(w.newsletter.name) && history.contains(w.cookies.name), qPrintable(history));
        // Nothing left to withdraw.
        QVERIFY(!withdrawForRequest(*db, request, {}, asked));

        // The person's history, as CSV: every event, the request named.
        const auto csv = historyCsv(*db, w.anna.id, 0);
        PC_VERIFY_OK(csv);
        const QList<QByteArray> lines = csv->trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 4);
        QVERIFY(lines.first().startsWith("occurred_at,person_id,person,email"));
        QCOMPARE(csv->count(request.reference.toUtf8()), 2 * 2);   // the source and the request, twice
        QVERIFY(!historyCsv(*db, 0, 0));
        const auto byPurpose = historyCsv(*db, 0, w.newsletter.id);
        PC_VERIFY_OK(byPurpose);
        QCOMPARE(byPurpose->trimmed().split('\n').size(), 1 + 2);

        // As a document, in French, read back by QtPdf.
        const auto pdf = historyPdf(*db, w.anna.id, 0, QStringLiteral("fr"));
        PC_VERIFY_OK(pdf);
        if (const QString dir = qEnvironmentVariable("PC_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QFile out(dir + QStringLiteral("/consent-history-fr.pdf"));
            if (out.open(QIODevice::WriteOnly))
                out.write(pdf.value());
        }
        QBuffer buffer;
        buffer.setData(pdf.value());
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument document;
        document.load(&buffer);
        QCOMPARE(document.status(), QPdfDocument::Status::Ready);
        const QString text = document.getAllText(0).text().simplified();
        QVERIFY2(text.contains(QStringLiteral("Historique des consentements")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Anna Lefèvre")), qPrintable(text));
        QVERIFY2(QString(text).remove(QLatin1Char(' ')).contains(QStringLiteral("DRO-2026-0012")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Retrait")), qPrintable(text));
    }

    void aNewPolicyListsThoseToInform_data() { test::addEngineColumn(); test::addEngineRows(); }

    void aNewPolicyListsThoseToInform()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        World w;
        QVERIFY(build(*db, w));
        PeopleRepository people(*db);
        auto record = [&](RowId subject, RowId purpose, const char *kind, int day) {
            ConsentEvent e;
            e.subjectId = subject;
            e.purposeId = purpose;
            e.event = QString::fromLatin1(kind);
            e.occurredAt = QDateTime(QDate(2025, 1, day), QTime(12, 0), QTimeZone::utc());
            return bool(people.addConsentEvent(e));
        };
        QVERIFY(record(w.anna.id, w.newsletter.id, "given", 2));
        QVERIFY(record(w.anna.id, w.cookies.id, "given", 3));
        QVERIFY(record(w.bram.id, w.newsletter.id, "given", 4));
        QVERIFY(record(w.bram.id, w.newsletter.id, "withdrawn", 5));

        // The version in force changes nothing about contact details.
        QVERIFY(!peopleToInform(*db, w.policy.id));
        PrivacyPolicy next;
        next.organizationId = w.organization.id;
        next.versionLabel = QStringLiteral("2026-01");
        next.effectiveOn = QDate(2026, 1, 15);
        next.changesContactUse = true;
        next.text = QStringLiteral("Vos coordonnées serviront aussi à vous proposer nos formations.");
        PC_VERIFY_OK(people.addPolicy(next));
        const auto toInform = peopleToInform(*db, next.id);
        PC_VERIFY_OK(toInform);
        QCOMPARE(toInform->size(), 1);
        QCOMPARE(toInform->first().subjectId, w.anna.id);
        QCOMPARE(toInform->first().email, w.anna.email);
        QCOMPARE(toInform->first().purposes,
                 (QStringList{QStringLiteral("Cookies de ciblage publicitaire"), QStringLiteral("Newsletter")}));
        const QByteArray csv = peopleToInformCsv(toInform.value());
        QVERIFY(csv.startsWith("person_id,name,email,language,purposes\r\n"));
        QVERIFY(csv.contains("anna.lefevre@example.fr"));
        QVERIFY(!csv.contains("Peeters"));
    }
};

QTEST_MAIN(TestConsentImport)
#include "tst_consentimport.moc"
