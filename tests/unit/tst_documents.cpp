// What the officer sends: the letters of each step in French and English,
// saved as PDF on the request; the access report and the portability
// archive of everything held about one person. Checked as the person would
// read them: pdftotext and QtPdf on the PDF, unzip on the archive.
#include "TestSupport.h"

#include "deadlines/RequestDeadlines.h"
#include "documents/Letters.h"
#include "documents/Pdf.h"
#include "documents/SubjectExport.h"
#include "documents/Zip.h"
#include "requests/RequestWorkflow.h"
#include "storage/CaseRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace pc;

namespace {

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of a PDF as pdftotext reads it, with its lines joined.
QString pdfText(const QByteArray &pdf, const QString &folder)
{
    const QString path = folder + QStringLiteral("/document.pdf");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    return run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).simplified();
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private:
    struct Case
    {
        Organization organization;
        DataSubject subject;
        RightsRequest request;
        RowId activity = 0;
        QStringList problems;

        template<typename R>
        void must(const R &result)
        {
            if (!result)
                problems << result.errorMessage();
        }
    };

    static Case fillRegister(Database &db)
    {
        Case c;
        RegisterRepository registry(db);
        c.organization.name = QStringLiteral("SOFTNLABS");
        c.organization.legalName = QStringLiteral("SOFTNLABS SAS");
        c.organization.address = QStringLiteral("4 rue de la Gare, 69002 Lyon");
        c.organization.country = QStringLiteral("FR");
        c.organization.jurisdiction = QStringLiteral("FR");
        c.organization.policyLanguage = QStringLiteral("fr");
        c.organization.dpoName = QStringLiteral("Claire Martin");
        c.organization.dpoEmail = QStringLiteral("dpo@softnlabs.example");
        c.must(registry.addOrganization(c.organization));

        SubjectCategory customers;
        customers.organizationId = c.organization.id;
        customers.name = QStringLiteral("Customers");
        c.must(registry.addSubjectCategory(customers));
        ProcessingActivity billing;
        billing.organizationId = c.organization.id;
        billing.reference = QStringLiteral("T-01");
        billing.name = QStringLiteral("Customer billing");
        billing.purposes = {Purpose{0, QStringLiteral("Invoicing the subscription"), QStringLiteral("contract"), {}, {}}};
        billing.recipients = {Recipient{0, QStringLiteral("Accounting department"), QStringLiteral("internal"), 0}};
        billing.transfers = {Transfer{0, QStringLiteral("TN"), QStringLiteral("Support centre, Tunis"), 0,
                                      QStringLiteral("scc"), {}}};
        billing.subjectCategoryIds = {customers.id};
        billing.retentionNote = QStringLiteral("Ten years after the invoice (Code de commerce L123-22)");
        c.must(registry.addActivity(billing));
        c.activity = billing.id;

        PeopleRepository people(db);
        c.subject.organizationId = c.organization.id;
        c.subject.categoryId = customers.id;
        c.subject.firstName = QStringLiteral("Élodie");
        c.subject.lastName = QStringLiteral("Marchand");
        c.subject.email = QStringLiteral("elodie.marchand@example.fr");
        c.subject.phone = QStringLiteral("+33 4 72 00 00 00");
        c.subject.address = QStringLiteral("8 quai Saint-Vincent, 69001 Lyon");
        c.subject.collectedOn = day("2024-05-02");
        c.must(people.addSubject(c.subject));
        ConsentPurpose newsletter;
        newsletter.organizationId = c.organization.id;
        newsletter.code = QStringLiteral("newsletter");
        newsletter.name = QStringLiteral("Monthly newsletter, \"Lyon tech\"");
        c.must(people.addConsentPurpose(newsletter));
        ConsentEvent given;
        given.subjectId = c.subject.id;
        given.purposeId = newsletter.id;
        given.occurredAt = QDateTime(day("2024-05-02"), QTime(9, 15));
        c.must(people.addConsentEvent(given));

        c.request.organizationId = c.organization.id;
        c.request.subjectId = c.subject.id;
        c.request.reference = QStringLiteral("REQ-2026-014");
        c.request.types = {QStringLiteral("access"), QStringLiteral("erasure")};
        c.request.jurisdiction = QStringLiteral("FR");
        c.request.channel = QStringLiteral("letter");
        c.request.requesterName = QStringLiteral("Élodie Marchand");
        c.request.requesterEmail = c.subject.email;
        c.request.requesterAddress = c.subject.address;
        c.request.receivedOn = day("2026-03-05");
        c.request.extensionReason = QStringLiteral("Your data is spread over three systems.");
        c.request.refusalReason = QStringLiteral("The request is manifestly excessive.");
        c.request.clarification = QStringLiteral("Which subscription do you mean?");
        c.request.extensionNotifiedOn = day("2026-03-30");
        c.request.closedOn = day("2026-04-02");
        c.request.activityIds = {billing.id};
        auto engine = deadlines::engineFor(db, QStringLiteral("FR"));
        if (engine)
            deadlines::applyDeadlines(c.request, engine.value(), day("2026-04-02"));
        c.must(CaseRepository(db).addRequest(c.request));
        return c;
    }

private slots:
    void lettersReadRightInBothLanguages_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        const QString nbsp = QString(QChar(0x00a0));
        QTest::newRow("acknowledgement, en") << int(LetterKind::Acknowledgement) << QStringLiteral("en")
            << QStringList{QStringLiteral("Acknowledgement of your request"), QStringLiteral("5 March 2026"),
                           QStringLiteral("7 April 2026"), QStringLiteral("your right of access and your right to erasure"),
                           QStringLiteral("Article 12(3) of the GDPR")};
        QTest::newRow("acknowledgement, fr") << int(LetterKind::Acknowledgement) << QStringLiteral("fr")
            << QStringList{QStringLiteral("Accusé de réception"), QStringLiteral("5 mars 2026"), QStringLiteral("7 avril 2026"),
                           QStringLiteral("votre droit d’accès et votre droit à l’effacement"),
                           QStringLiteral("article 12, paragraphe 3, du RGPD")};
        QTest::newRow("identity request, en") << int(LetterKind::IdentityRequest) << QStringLiteral("en")
            << QStringList{QStringLiteral("proof of identity"), QStringLiteral("identity card, passport or driving licence")};
        QTest::newRow("identity request, fr") << int(LetterKind::IdentityRequest) << QStringLiteral("fr")
            << QStringList{QStringLiteral("justificatif d’identité"), QStringLiteral("pièce d’identité")};
        QTest::newRow("clarification, en") << int(LetterKind::ClarificationRequest) << QStringLiteral("en")
            << QStringList{QStringLiteral("Which subscription do you mean?")};
        QTest::newRow("clarification, fr") << int(LetterKind::ClarificationRequest) << QStringLiteral("fr")
            << QStringList{QStringLiteral("précisions"), QStringLiteral("Which subscription do you mean?")};
        QTest::newRow("extension, en") << int(LetterKind::ExtensionNotice) << QStringLiteral("en")
            << QStringList{QStringLiteral("7 April 2026"), QStringLiteral("5 June 2026"),
                           QStringLiteral("Your data is spread over three systems.")};
        QTest::newRow("extension, fr") << int(LetterKind::ExtensionNotice) << QStringLiteral("fr")
            << QStringList{QStringLiteral("prolongation"), QStringLiteral("5 juin 2026"),
                           QStringLiteral("Your data is spread over three systems.")};
        QTest::newRow("answer, en") << int(LetterKind::Answer) << QStringLiteral("en")
            << QStringList{QStringLiteral("Reply to your request"), QStringLiteral("Right of access."),
                           QStringLiteral("Right to erasure."), QStringLiteral("CNIL"), QStringLiteral("https://www.cnil.fr")};
        QTest::newRow("answer, fr") << int(LetterKind::Answer) << QStringLiteral("fr")
            << QStringList{QStringLiteral("Réponse à votre demande"), QStringLiteral("Droit d’accès"),
                           QStringLiteral("2 avril 2026"), QStringLiteral("la Commission nationale de l’informatique")};
        QTest::newRow("refusal, en") << int(LetterKind::Refusal) << QStringLiteral("en")
            << QStringList{QStringLiteral("The request is manifestly excessive."), QStringLiteral("CNIL"),
                           QStringLiteral("3 place de Fontenoy"), QStringLiteral("judicial remedy")};
        QTest::newRow("refusal, fr") << int(LetterKind::Refusal) << QStringLiteral("fr")
            << QStringList{QStringLiteral("The request is manifestly excessive."), QStringLiteral("réclamation"),
                           QStringLiteral("3 place de Fontenoy")};
        Q_UNUSED(nbsp);
    }
    void lettersReadRightInBothLanguages()
    {
        QFETCH(int, kind);
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        test::ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        const Case c = fillRegister(*db);
        QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join(QLatin1Char('\n'))));

        LetterInput input{c.request, c.organization, language, day("2026-04-02"), QString()};
        const QString html = letters::compose(LetterKind(kind), input);
        QVERIFY(!html.contains(QStringLiteral("{{")));
        const QByteArray pdf = documents::htmlToPdf(html, letters::fileName(LetterKind(kind), input));
        QVERIFY(pdf.startsWith("%PDF-"));
        const auto attached = letters::attach(*db, c.request, LetterKind(kind), letters::fileName(LetterKind(kind), input), pdf);
        PC_VERIFY_OK(attached);

        // What was saved is what was laid out, and it reads as a letter.
        CaseRepository cases(*db);
        const auto stored = cases.attachment(attached.value(), true);
        PC_VERIFY_OK(stored);
        QCOMPARE(stored->content, pdf);
        QCOMPARE(stored->kind, QStringLiteral("reply"));
        QVERIFY(stored->fileName.endsWith(QStringLiteral("-%1.pdf").arg(language)));
        const QString text = pdfText(stored->content, scratch.folder());
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        const QStringList common{QStringLiteral("SOFTNLABS SAS"), QStringLiteral("REQ-2026-014"),
                                 QStringLiteral("Élodie Marchand"), QStringLiteral("8 quai Saint-Vincent"),
                                 QStringLiteral("Claire Martin"),
                                 language == QLatin1String("fr") ? QStringLiteral("Le 2 avril 2026")
                                                                 : QStringLiteral("2 April 2026"),
                                 language == QLatin1String("fr") ? QStringLiteral("Madame, Monsieur")
                                                                 : QStringLiteral("Dear Élodie Marchand")};
        for (const QString &words : common + expected)
            QVERIFY2(text.contains(words), qPrintable(words + QStringLiteral(" not in: ") + text));

        // QtPdf opens it too and draws something on its first page.
        QPdfDocument reader;
        const QString path = scratch.folder() + QStringLiteral("/document.pdf");
        QCOMPARE(reader.load(path), QPdfDocument::Error::None);
        QVERIFY(reader.pageCount() >= 1);
        const QImage page = reader.render(0, QSize(600, 848));
        QVERIFY(!page.isNull());
        int ink = 0;
        for (int y = 0; y < page.height(); y += 4) {
            for (int x = 0; x < page.width(); x += 4)
                ink += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
        }
        QVERIFY2(ink > 100, "the first page is blank");

        QCOMPARE(RequestWorkflow::eventLabel(cases.requestEvents(c.request.id)->last().step),
                 RequestWorkflow::eventLabel(QStringLiteral("letter")));
    }

    void lettersAreSavedOnBothEngines_data() { test::addEngineColumn(); test::addEngineRows(); }
    void lettersAreSavedOnBothEngines()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        const Case c = fillRegister(*db);
        QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join(QLatin1Char('\n'))));
        QCOMPARE(letters::languageFor(c.request, c.organization), QStringLiteral("fr"));
        QCOMPARE(letters::suggested(c.request), LetterKind::Acknowledgement);
        LetterInput input{c.request, c.organization, QStringLiteral("fr"), day("2026-03-06"), QStringLiteral("C. Martin")};
        const QByteArray pdf = documents::htmlToPdf(letters::compose(LetterKind::Acknowledgement, input), QStringLiteral("a"));
        const auto id = letters::attach(*db, c.request, LetterKind::Acknowledgement,
                                        letters::fileName(LetterKind::Acknowledgement, input), pdf);
        PC_VERIFY_OK(id);
        CaseRepository cases(*db);
        const auto documents = cases.requestAttachments(c.request.id);
        PC_VERIFY_OK(documents);
        QCOMPARE(documents->size(), 1);
        QCOMPARE(documents->first().fileName, QStringLiteral("REQ-2026-014-acknowledgement-fr.pdf"));
        QCOMPARE(documents->first().sizeBytes, qint64(pdf.size()));
        const auto events = cases.requestEvents(c.request.id);
        PC_VERIFY_OK(events);
        QCOMPARE(events->last().step, QStringLiteral("letter"));
        QVERIFY(events->last().note.contains(QStringLiteral("REQ-2026-014-acknowledgement-fr.pdf")));
        // Nothing to lay out is refused, and nothing is attached.
        QVERIFY(!letters::attach(*db, c.request, LetterKind::Answer, QStringLiteral("x.pdf"), QByteArray()));
        QCOMPARE(cases.requestAttachments(c.request.id)->size(), 1);
    }

    void portabilityGivesEverythingInAnArchive_data() { test::addEngineColumn(); test::addEngineRows(); }
    void portabilityGivesEverythingInAnArchive()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        const Case c = fillRegister(*db);
        QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join(QLatin1Char('\n'))));
        const auto dossier = dossier::gather(*db, c.subject.id);
        PC_VERIFY_OK(dossier);
        QCOMPARE(dossier->consents.size(), 1);
        QCOMPARE(dossier->requests.size(), 1);
        QCOMPARE(dossier->activities.size(), 1);
        QCOMPARE(dossier->activities.first().reason, QStringLiteral("category"));
        QCOMPARE(dossier->category, QStringLiteral("Customers"));

        const QByteArray archive = dossier::portabilityArchive(dossier.value());
        const QString path = scratch.folder() + QStringLiteral("/export.zip");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(archive);
        file.close();
        int code = -1;
        const QString tested = run(QStringLiteral("unzip"), {QStringLiteral("-t"), path}, &code);
        QVERIFY2(code == 0, qPrintable(tested));
        for (const char *name : {"README.txt", "subject.json", "profile.csv", "consent_history.csv", "requests.csv",
                                 "processing_activities.csv"})
            QVERIFY2(tested.contains(QString::fromLatin1(name)), name);

        const QByteArray json = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("subject.json")})
                                    .toUtf8();
        QJsonParseError error;
        const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject profile = root.value(QStringLiteral("profile")).toObject();
        QCOMPARE(profile.value(QStringLiteral("first_name")).toString(), QStringLiteral("Élodie"));
        QCOMPARE(profile.value(QStringLiteral("email")).toString(), QStringLiteral("elodie.marchand@example.fr"));
        QCOMPARE(profile.value(QStringLiteral("collected_on")).toString(), QStringLiteral("2024-05-02"));
        const QJsonArray consents = root.value(QStringLiteral("consent_history")).toArray();
        QCOMPARE(consents.size(), 1);
        QCOMPARE(consents.first().toObject().value(QStringLiteral("event")).toString(), QStringLiteral("given"));
        const QJsonObject activity = root.value(QStringLiteral("processing_activities")).toArray().first().toObject();
        QCOMPARE(activity.value(QStringLiteral("name")).toString(), QStringLiteral("Customer billing"));
        QCOMPARE(activity.value(QStringLiteral("transfers_abroad")).toArray().first().toObject()
                     .value(QStringLiteral("country")).toString(),
                 QStringLiteral("TN"));
        QCOMPARE(root.value(QStringLiteral("requests")).toArray().first().toObject()
                     .value(QStringLiteral("reference")).toString(),
                 QStringLiteral("REQ-2026-014"));

        // The CSV files quote what needs it (a comma, a quotation mark).
        const QString consentsCsv = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path,
                                                                  QStringLiteral("consent_history.csv")});
        QVERIFY2(consentsCsv.contains(QStringLiteral("\"Monthly newsletter, \"\"Lyon tech\"\"\"")), qPrintable(consentsCsv));
        const QString profileCsv = run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("profile.csv")});
        QVERIFY(profileCsv.startsWith(QStringLiteral("field,value\r\n")));
        QVERIFY(profileCsv.contains(QStringLiteral("last_name,Marchand\r\n")));

        const auto attached = dossier::attachToRequest(*db, c.request, QStringLiteral("REQ-2026-014-portability.zip"),
                                                       QStringLiteral("application/zip"), archive);
        PC_VERIFY_OK(attached);
        QCOMPARE(CaseRepository(*db).requestEvents(c.request.id)->last().step, QStringLiteral("exported"));
    }

    void theAccessReportReadsInTheLettersLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringList{QStringLiteral("Vos données personnelles"), QStringLiteral("Prénom"),
                                           QStringLiteral("2 mai 2024"), QStringLiteral("Exécution d'un contrat"),
                                           QStringLiteral("Vos consentements")};
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{QStringLiteral("Your personal data"), QStringLiteral("First name"),
                                           QStringLiteral("2 May 2024"), QStringLiteral("Performance of a contract"),
                                           QStringLiteral("Your consents")};
    }
    void theAccessReportReadsInTheLettersLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        test::ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        const Case c = fillRegister(*db);
        QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.join(QLatin1Char('\n'))));
        const auto dossier = dossier::gather(*db, c.subject.id);
        PC_VERIFY_OK(dossier);
        const QByteArray pdf = documents::htmlToPdf(dossier::accessReport(dossier.value(), language), QStringLiteral("access"));
        const QString text = pdfText(pdf, scratch.folder());
        for (const QString &words : expected + QStringList{QStringLiteral("Élodie"), QStringLiteral("elodie.marchand@example.fr"),
                                                           QStringLiteral("Customer billing"), QStringLiteral("REQ-2026-014"),
                                                           QStringLiteral("Invoicing the subscription")})
            QVERIFY2(text.contains(words), qPrintable(words + QStringLiteral(" not in: ") + text));
    }

    void zipEntriesCarryTheirChecksums()
    {
        documents::ZipWriter zip(QDateTime(day("2026-11-22"), QTime(10, 30)));
        zip.add(QStringLiteral("empty.txt"), QByteArray());
        zip.add(QStringLiteral("données.txt"), QByteArray(10000, 'a'));
        const QByteArray archive = zip.finish();
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("a.zip")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(archive);
        file.close();
        int code = -1;
        const QString listing = run(QStringLiteral("unzip"), {QStringLiteral("-l"), file.fileName()}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(listing.contains(QStringLiteral("2026-11-22 10:30")) || listing.contains(QStringLiteral("11-22-2026 10:30")),
                 qPrintable(listing));
        QVERIFY(listing.contains(QStringLiteral("10000")));
        QVERIFY(listing.contains(QStringLiteral("données.txt")));
        QVERIFY(archive.size() < 1000); // deflated
        // Every entry's CRC-32 checked by unzip, and its bytes read back.
        QCOMPARE(run(QStringLiteral("unzip"), {QStringLiteral("-t"), file.fileName()}, &code).contains(QLatin1String("No errors")),
                 true);
        QCOMPARE(code, 0);
        QCOMPARE(run(QStringLiteral("unzip"), {QStringLiteral("-p"), file.fileName(), QStringLiteral("données.txt")}).size(),
                 10000);
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
