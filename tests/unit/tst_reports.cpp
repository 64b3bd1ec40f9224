// The registers an officer prints: each report in English and French, read
// back as the authority would (pdftotext for the words, QtPdf for the pages),
// its tables as CSV parsed back to the same rows, the register as documents
// a word processor opens, and an organization with nothing to list saying
// so. On both engines.
#include "TestSupport.h"

#include "consent/ConsentImport.h"
#include "demo/DemoGenerator.h"
#include "documents/Zip.h"
#include "domain/Codes.h"
#include "exchange/PiaFile.h"
#include "reports/OfficeWriter.h"
#include "reports/Registers.h"
#include "reports/ReportWriter.h"
#include "storage/CaseRepository.h"
#include "storage/RegisterRepository.h"

#include <QFileInfo>
#include <QPdfDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace pc;
using namespace pc::reports;

namespace {

// The text of a PDF as pdftotext reads it, its lines and spaces joined.
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!process.waitForFinished(120000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

int pdfPages(const QString &path)
{
    QPdfDocument document;
    document.load(path);
    return document.status() == QPdfDocument::Status::Ready ? document.pageCount() : -1;
}

QSizeF firstPageSize(const QString &path)
{
    QPdfDocument document;
    document.load(path);
    return document.pagePointSize(0);
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::map<QString, std::unique_ptr<test::ScratchDatabase>> m_scratch;
    std::map<QString, std::unique_ptr<Database>> m_db;

    Database &db(const QString &engine) { return *m_db.at(engine); }

    RowId organization(Database &database, const QString &name)
    {
        return test::scalar(database, QStringLiteral("SELECT id FROM organizations WHERE name = ?"), {name}).toLongLong();
    }

    // Builds, draws and reads back a report.
    struct Drawn
    {
        Report report;
        RenderResult rendered;
        QString path;
        QString text;
        int pages = 0;
    };
    bool draw(Database &database, const ReportRequest &request, Drawn &drawn, const RenderOptions &options = {})
    {
        const auto report = buildReport(database, request);
        if (!report) {
            qWarning("%s", qPrintable(report.errorMessage()));
            return false;
        }
        drawn.report = report.value();
        drawn.path = m_dir.filePath(QStringLiteral("%1-%2-%3.pdf")
                                        .arg(kindCode(request.kind), request.language)
                                        .arg(database.isPostgresql() ? QStringLiteral("pg") : QStringLiteral("sqlite")));
        const auto rendered = writePdf(drawn.report, drawn.path, options);
        if (!rendered) {
            qWarning("%s", qPrintable(rendered.errorMessage()));
            return false;
        }
        drawn.rendered = rendered.value();
        drawn.text = pdfText(drawn.path);
        drawn.pages = pdfPages(drawn.path);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *name : {"sqlite", "postgresql"}) {
            const QString engine = QString::fromLatin1(name);
            auto scratch = std::make_unique<test::ScratchDatabase>(engine);
            QVERIFY2(scratch->isReady(), qPrintable(scratch->problem()));
            auto database = scratch->open();
            QVERIFY(database);
            DemoOptions options;
            options.subjects = 400;
            options.asOf = QDate(2026, 11, 22);
            PC_VERIFY_OK(DemoGenerator(*database).generate(options));
            m_scratch[engine] = std::move(scratch);
            m_db[engine] = std::move(database);
        }
    }

    void everyReportInBothLanguages_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("language");
        for (const char *engine : {"sqlite", "postgresql"}) {
            for (ReportKind kind : allKinds()) {
                for (const char *language : {"en", "fr"}) {
                    QTest::addRow("%s-%s-%s", engine, qPrintable(kindCode(kind)), language)
                        << QString::fromLatin1(engine) << int(kind) << QString::fromLatin1(language);
                }
            }
        }
    }

    // Every heading the register must have, and the demo organizations' own
    // values, in the PDF's text; a plausible number of pages.
    void everyReportInBothLanguages()
    {
        QFETCH(QString, engine);
        QFETCH(int, kind);
        QFETCH(QString, language);
        Database &database = db(engine);
        const bool fr = language == QLatin1String("fr");
        // SOFTNLABS keeps its register in French, Smoall works as a processor too.
        const QString name = ReportKind(kind) == ReportKind::Activities ? QStringLiteral("SOFTNLABS")
                                                                        : QStringLiteral("SMOFT ERP");
        ReportRequest request;
        request.kind = ReportKind(kind);
        request.organizationId = organization(database, name);
        request.language = language;
        request.asOf = QDate(2026, 11, 22);
        QVERIFY(request.organizationId > 0);
        Drawn drawn;
        QVERIFY(draw(database, request, drawn));
        QCOMPARE(drawn.pages, drawn.rendered.pages);
        QVERIFY2(drawn.pages >= 3, qPrintable(QString::number(drawn.pages)));
        const QString &text = drawn.text;
        QVERIFY(text.contains(kindTitle(request.kind, language)));
        QVERIFY(text.contains(name));
        QVERIFY(text.contains(fr ? QStringLiteral("Page 3 sur %1").arg(drawn.pages) : QStringLiteral("Page 3 of %1").arg(drawn.pages)));
        QVERIFY(text.contains(fr ? QStringLiteral("Sommaire") : QStringLiteral("Contents")));
        // Each entry of the contents is on the page it says.
        QPdfDocument pdf;
        pdf.load(drawn.path);
        for (const ContentsEntry &entry : drawn.rendered.contents) {
            const QString page = pdf.getAllText(entry.page - 1).text().simplified();
            QVERIFY2(page.contains(entry.text.simplified()), qPrintable(entry.text));
        }

        QStringList expected;
        switch (request.kind) {
        case ReportKind::Activities: {
            expected = fr ? QStringList{QStringLiteral("Le responsable du traitement"), QStringLiteral("Liste des activités de traitement"),
                                        QStringLiteral("Finalités et bases légales — art. 30.1.b"),
                                        QStringLiteral("Personnes concernées et données — art. 30.1.c"),
                                        QStringLiteral("Destinataires — art. 30.1.d"),
                                        QStringLiteral("Transferts vers des pays tiers — art. 30.1.e"),
                                        QStringLiteral("Durées de conservation — art. 30.1.f"),
                                        QStringLiteral("Mesures de sécurité — art. 30.1.g"),
                                        QStringLiteral("Délégué à la protection des données")}
                          : QStringList{QStringLiteral("The controller"), QStringLiteral("Summary of the processing activities"),
                                        QStringLiteral("Purposes and legal bases — Art. 30(1)(b)"),
                                        QStringLiteral("Data subjects and personal data — Art. 30(1)(c)"),
                                        QStringLiteral("Recipients — Art. 30(1)(d)"),
                                        QStringLiteral("Transfers to third countries — Art. 30(1)(e)"),
                                        QStringLiteral("Time limits for erasure — Art. 30(1)(f)"),
                                        QStringLiteral("Security measures — Art. 30(1)(g)"),
                                        QStringLiteral("Data protection officer")};
            // The demo organization's own register: its DPO, activities and rules.
            QSqlQuery values = database.prepare(QStringLiteral(
                "SELECT o.dpo_name, a.reference, r.name FROM organizations o "
                "JOIN processing_activities a ON a.organization_id = o.id "
                "JOIN retention_rules r ON r.id = a.retention_rule_id WHERE o.id = ? ORDER BY a.reference"));
            values.addBindValue(request.organizationId);
            QVERIFY(values.exec());
            int activities = 0;
            while (values.next()) {
                expected << values.value(0).toString() << values.value(1).toString() << values.value(2).toString();
                ++activities;
            }
            QVERIFY(activities >= 5);
            // An activity done for a client is in the Art. 30(2) part.
            expected << (fr ? QStringLiteral("Traitements effectués en tant que sous-traitant (art. 30.2)")
                            : QStringLiteral("Processing carried out as a processor (Art. 30(2))"));
            break;
        }
        case ReportKind::Processors: {
            expected = fr ? QStringList{QStringLiteral("Sous-traitants et sous-traitants ultérieurs"), QStringLiteral("Points à vérifier"),
                                        QStringLiteral("Activités confiées à chaque sous-traitant")}
                          : QStringList{QStringLiteral("Processors and sub-processors"), QStringLiteral("Points to check"),
                                        QStringLiteral("Activities each processor serves")};
            QSqlQuery names = database.prepare(QStringLiteral("SELECT name FROM processors WHERE organization_id = ?"));
            names.addBindValue(request.organizationId);
            QVERIFY(names.exec());
            while (names.next())
                expected << names.value(0).toString();
            break;
        }
        case ReportKind::Requests: {
            expected = fr ? QStringList{QStringLiteral("Synthèse"), QStringLiteral("Registre des demandes"),
                                        QStringLiteral("Détail et historique de chaque demande"), QStringLiteral("Par droit exercé")}
                          : QStringList{QStringLiteral("Summary"), QStringLiteral("Register of requests"),
                                        QStringLiteral("Detail and history of each request"), QStringLiteral("By right exercised")};
            QSqlQuery references = database.prepare(QStringLiteral("SELECT reference FROM rights_requests WHERE organization_id = ?"));
            references.addBindValue(request.organizationId);
            QVERIFY(references.exec());
            while (references.next())
                expected << references.value(0).toString();
            break;
        }
        case ReportKind::Breaches: {
            expected = fr ? QStringList{QStringLiteral("Registre des violations de données (art. 33.5)"), QStringLiteral("Les faits"),
                                        QStringLiteral("Ses effets"), QStringLiteral("Mesures prises et notification")}
                          : QStringList{QStringLiteral("Register of personal data breaches (Art. 33(5))"), QStringLiteral("The facts"),
                                        QStringLiteral("Its effects"), QStringLiteral("Remedial action and notification")};
            QSqlQuery references = database.prepare(QStringLiteral("SELECT reference FROM breaches WHERE organization_id = ?"));
            references.addBindValue(request.organizationId);
            QVERIFY(references.exec());
            int breaches = 0;
            while (references.next()) {
                expected << references.value(0).toString();
                ++breaches;
            }
            QVERIFY(breaches > 0);
            break;
        }
        case ReportKind::Retention:
            expected = fr ? QStringList{QStringLiteral("Calendrier de conservation"), QStringLiteral("Purges à venir"),
                                        QStringLiteral("Purges effectuées")}
                          : QStringList{QStringLiteral("Retention schedule"), QStringLiteral("Upcoming purges"),
                                        QStringLiteral("Purges carried out")};
            break;
        case ReportKind::Consents: {
            expected = fr ? QStringList{QStringLiteral("Consentement par finalité"), QStringLiteral("Événements de la période"),
                                        QStringLiteral("Versions de la politique de confidentialité")}
                          : QStringList{QStringLiteral("Consent per purpose"), QStringLiteral("Events of the period"),
                                        QStringLiteral("Privacy policy versions")};
            QSqlQuery purposes = database.prepare(QStringLiteral("SELECT name FROM consent_purposes WHERE organization_id = ?"));
            purposes.addBindValue(request.organizationId);
            QVERIFY(purposes.exec());
            while (purposes.next())
                expected << purposes.value(0).toString();
            break;
        }
        case ReportKind::Dpia:
            QFAIL("an assessment is not among the registers");   // (anImpactAssessmentInBothLanguages)
        }
        for (const QString &words : std::as_const(expected))
            QVERIFY2(text.contains(words.simplified()), qPrintable(words));
        // The other language's headings are not there.
        QVERIFY(!text.contains(fr ? QStringLiteral("Contents") : QStringLiteral("Sommaire")));
    }

    void tablesAsCsv_data() { test::addEngineColumn(); test::addEngineRows(); }

    // Each table written as CSV reads back as the same header and rows.
    void tablesAsCsv()
    {
        QFETCH(QString, engine);
        Database &database = db(engine);
        int tables = 0;
        for (ReportKind kind : allKinds()) {
            ReportRequest request;
            request.kind = kind;
            request.organizationId = organization(database, QStringLiteral("Smoall"));
            request.asOf = QDate(2026, 11, 22);
            const auto report = buildReport(database, request);
            PC_VERIFY_OK(report);
            for (const Table *table : report->tables()) {
                QString problem;
                const QByteArray csv = tableCsv(*table, &problem);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
                const auto parsed = consent::readCsv(csv);
                PC_VERIFY_OK(parsed);
                QStringList header;
                for (const Column &c : table->columns)
                    header << c.header;
                QCOMPARE(parsed->header, header);
                QList<QStringList> rows;
                auto cursor = table->open();
                QStringList row;
                while (cursor->next(row))
                    rows << row;
                QCOMPARE(parsed->rows.size(), rows.size());
                for (qsizetype i = 0; i < rows.size(); ++i) {
                    // A trailing empty cell is not a column the reader adds.
                    QStringList expected = rows.at(i), got = parsed->rows.at(i);
                    while (got.size() < expected.size())
                        got << QString();
                    QCOMPARE(got, expected);
                }
                ++tables;
            }
        }
        QVERIFY(tables >= 10);
    }

    void emptyOrganizationSaysSo_data() { test::addEngineColumn(); test::addEngineRows(); }

    // An organization with nothing in the register: each report says so,
    // and prints no empty table.
    void emptyOrganizationSaysSo()
    {
        QFETCH(QString, engine);
        Database &database = db(engine);
        Organization empty;
        empty.name = QStringLiteral("Nouvelle SARL %1").arg(engine);
        empty.country = QStringLiteral("FR");
        empty.jurisdiction = QStringLiteral("FR");
        PC_VERIFY_OK(RegisterRepository(database).addOrganization(empty));
        const QHash<ReportKind, QString> said{
            {ReportKind::Activities, QStringLiteral("no processing activity in the register yet")},
            {ReportKind::Processors, QStringLiteral("has no processor in the register")},
            {ReportKind::Requests, QStringLiteral("No rights request was received")},
            {ReportKind::Breaches, QStringLiteral("No personal data breach is recorded")},
            {ReportKind::Retention, QStringLiteral("has no retention rule in the register")},
            {ReportKind::Consents, QStringLiteral("asks for no consent")},
        };
        for (ReportKind kind : allKinds()) {
            ReportRequest request;
            request.kind = kind;
            request.organizationId = empty.id;
            Drawn drawn;
            QVERIFY(draw(database, request, drawn));
            QVERIFY2(drawn.text.contains(said.value(kind)), qPrintable(kindCode(kind)));
            QVERIFY2(drawn.report.tables().isEmpty(), qPrintable(kindCode(kind)));
            QVERIFY(drawn.pages >= 2 && drawn.pages <= 4);
        }
    }

    void requestsByPeriodAndStatus_data() { test::addEngineColumn(); test::addEngineRows(); }

    void requestsByPeriodAndStatus()
    {
        QFETCH(QString, engine);
        Database &database = db(engine);
        const RowId org = organization(database, QStringLiteral("SMOFT ERP"));
        auto rowsOf = [&](const ReportRequest &request) {
            QList<QStringList> rows;
            const auto report = buildReport(database, request);
            if (!report)
                return rows;
            const Table *list = report->table(QStringLiteral("requests"));
            if (!list)
                return rows;
            auto cursor = list->open();
            QStringList row;
            while (cursor->next(row))
                rows << row;
            return rows;
        };
        ReportRequest all;
        all.kind = ReportKind::Requests;
        all.organizationId = org;
        all.asOf = QDate(2026, 11, 22);
        const int total = test::scalar(database, QStringLiteral("SELECT count(*) FROM rights_requests WHERE organization_id = ?"), {org}).toInt();
        QCOMPARE(rowsOf(all).size(), total);
        ReportRequest closed = all;
        closed.status = QStringLiteral("closed");
        const int closedCount = test::scalar(database, QStringLiteral("SELECT count(*) FROM rights_requests WHERE organization_id = ? "
                                                                      "AND status IN ('answered', 'refused', 'withdrawn')"),
                                             {org})
                                    .toInt();
        QCOMPARE(rowsOf(closed).size(), closedCount);
        ReportRequest open = all;
        open.status = QStringLiteral("open");
        QCOMPARE(rowsOf(open).size(), total - closedCount);
        ReportRequest period = all;
        period.from = QDate(2026, 1, 1);
        period.to = QDate(2026, 6, 30);
        const int inPeriod = test::scalar(database, QStringLiteral("SELECT count(*) FROM rights_requests WHERE organization_id = ? "
                                                                   "AND received_on >= ? AND received_on <= ?"),
                                          {org, QStringLiteral("2026-01-01"), QStringLiteral("2026-06-30")})
                                 .toInt();
        QCOMPARE(rowsOf(period).size(), inPeriod);
        ReportRequest backwards = all;
        backwards.from = QDate(2026, 6, 30);
        backwards.to = QDate(2026, 1, 1);
        QVERIFY(!buildReport(database, backwards));
        ReportRequest unknown = all;
        unknown.status = QStringLiteral("lost");
        QVERIFY(!buildReport(database, unknown));
    }

    // A table never breaks a reference or a word across lines: each
    // request's reference, and each status and right shown, reads whole in
    // the PDF's text, in both languages, for every organization.
    void requestsTableKeepsReferencesAndWordsWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void requestsTableKeepsReferencesAndWordsWhole()
    {
        QFETCH(QString, language);
        Database &database = db(QStringLiteral("sqlite"));
        QSqlQuery organizations = database.prepare(QStringLiteral("SELECT id FROM organizations ORDER BY id"));
        QVERIFY(organizations.exec());
        int checked = 0;
        while (organizations.next()) {
            ReportRequest request;
            request.kind = ReportKind::Requests;
            request.organizationId = organizations.value(0).toLongLong();
            request.language = language;
            request.asOf = QDate(2026, 11, 22);
            Drawn drawn;
            QVERIFY(draw(database, request, drawn));
            const QStringList tokens = drawn.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QSqlQuery requests = database.prepare(
                QStringLiteral("SELECT reference, status FROM rights_requests WHERE organization_id = ?"));
            requests.addBindValue(request.organizationId);
            QVERIFY(requests.exec());
            while (requests.next()) {
                const QString reference = requests.value(0).toString();
                QVERIFY2(tokens.contains(reference), qPrintable(reference + QStringLiteral(" broken in ") + drawn.path));
                // A label may wrap between its words, never inside one.
                const QString status = codes::labelIn(CodeList::RequestStatus, requests.value(1).toString(), language);
                for (const QString &word : status.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    QVERIFY2(tokens.contains(word), qPrintable(word + QStringLiteral(" broken in ") + drawn.path));
                ++checked;
            }
        }
        QVERIFY(checked > 10);
    }

    // Letter paper, and a report cancelled half-way leaves no file behind.
    // The register as a document to edit: OpenDocument and Word files that
    // a word processor (LibreOffice, without a display) opens, with the
    // PDF's headings, values and tables, in the report's language.
    void editableDocumentsOpenInAWordProcessor_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("odt") << QStringLiteral("odt");
        QTest::newRow("docx") << QStringLiteral("docx");
    }

    void editableDocumentsOpenInAWordProcessor()
    {
        QFETCH(QString, suffix);
        Database &database = db(QStringLiteral("sqlite"));
        ReportRequest request;
        request.kind = ReportKind::Activities;
        request.organizationId = organization(database, QStringLiteral("SOFTNLABS"));
        request.language = QStringLiteral("fr");
        request.asOf = QDate(2026, 11, 22);
        const auto report = buildReport(database, request);
        PC_VERIFY_OK(report);
        const auto format = officeFormatOf(QStringLiteral("registre.") + suffix);
        QVERIFY(format.has_value());
        const QString path = m_dir.filePath(QStringLiteral("registre.") + suffix);
        PC_VERIFY_OK(writeOfficeDocument(report.value(), *format, path));

        // The container: the parts a word processor looks for, well-formed.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        documents::ZipReader zip;
        QVERIFY(zip.open(bytes));
        const QString main = suffix == QLatin1String("odt") ? QStringLiteral("content.xml") : QStringLiteral("word/document.xml");
        bool read = false;
        const QByteArray xml = zip.read(main, 50 * 1024 * 1024, &read);
        QVERIFY(read);
        QXmlStreamReader reader(xml);
        while (!reader.atEnd())
            reader.readNext();
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        if (suffix == QLatin1String("odt")) {
            // The mimetype first and stored, as OpenDocument wants it.
            QCOMPARE(bytes.mid(30, 8), QByteArray("mimetype"));
            QCOMPARE(bytes.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
        }

        // A word processor opens it and reads the register in it.
        QString problem;
        const QString converted = test::officeConvert(path, QStringLiteral("txt:Text (encoded):UTF8"),
                                                      m_dir.filePath(QStringLiteral("read-") + suffix), &problem);
        QVERIFY2(!converted.isEmpty(), qPrintable(problem));
        QFile text(converted);
        QVERIFY(text.open(QIODevice::ReadOnly));
        const QString words = QString::fromUtf8(text.readAll());
        for (const QString &expected :
             {QStringLiteral("Registre des activités de traitement"), QStringLiteral("Le responsable du traitement"),
              QStringLiteral("Finalités et bases légales — art. 30.1.b"), QStringLiteral("SNL-01"),
              QStringLiteral("Gestion des clients et des prestations de conseil"), QStringLiteral("Exécution d'un contrat"),
              QStringLiteral("Rheinland Backup GmbH")}) {
            QVERIFY2(words.contains(expected), qPrintable(expected));
        }
    }

    // The CNIL's worked example as a document, in both languages: the method's
    // four parts, the three risks with their severity and likelihood, the risk
    // map and the action plan; and as a document to edit.
    void anImpactAssessmentInBothLanguages_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("language");
        for (const char *engine : {"sqlite", "postgresql"}) {
            for (const char *language : {"en", "fr"})
                QTest::addRow("%s-%s", engine, language) << QString::fromLatin1(engine) << QString::fromLatin1(language);
        }
    }
    void anImpactAssessmentInBothLanguages()
    {
        QFETCH(QString, engine);
        QFETCH(QString, language);
        Database &database = db(engine);
        const bool fr = language == QLatin1String("fr");
        RowId id = test::scalar(database, QStringLiteral("SELECT coalesce(max(id), 0) FROM dpias WHERE name = 'Captoo'")).toLongLong();
        if (id == 0) {
            Result<Dpia> read = exchange::PiaFile::read(QStringLiteral(PC_TEST_FIXTURES "/cnil-pia/2018-02-21-pia-example.json"));
            PC_VERIFY_OK(read);
            Dpia dpia = read.value();
            dpia.organizationId = organization(database, QStringLiteral("Smartos"));
            dpia.activityIds = {test::scalar(database, QStringLiteral("SELECT id FROM processing_activities WHERE reference = 'SMT-04'")).toLongLong()};
            const Result<RowId> imported = exchange::PiaFile::import(database, dpia, QStringLiteral("example.json"));
            PC_VERIFY_OK(imported);
            id = imported.value();
        }
        ReportRequest request;
        request.kind = ReportKind::Dpia;
        request.dpiaId = id;
        request.language = language;
        Drawn drawn;
        QVERIFY(draw(database, request, drawn));
        const QString &text = drawn.text;
        QVERIFY2(drawn.pages >= 8, qPrintable(QString::number(drawn.pages)));
        QVERIFY(text.contains(QStringLiteral("Captoo")));
        QVERIFY(text.contains(QStringLiteral("SMT-04")));
        const QStringList parts = fr ? QStringList{QStringLiteral("1. Contexte"), QStringLiteral("2. Principes fondamentaux"),
                                                   QStringLiteral("3. Risques"), QStringLiteral("4. Validation")}
                                     : QStringList{QStringLiteral("1. Context"), QStringLiteral("2. Fundamental principles"),
                                                   QStringLiteral("3. Risks"), QStringLiteral("4. Validation")};
        for (const QString &part : parts)
            QVERIFY2(text.contains(part), qPrintable(part));
        // The three risks and how severe and likely each is: the summary table's rows.
        const QStringList risks = fr ? QStringList{QStringLiteral("Accès illégitime à des données Importante Maximale"),
                                                   QStringLiteral("Modification non désirée de données Limitée Limitée"),
                                                   QStringLiteral("Disparition de données Limitée Limitée")}
                                     : QStringList{QStringLiteral("Illegitimate access to data Significant Maximum"),
                                                   QStringLiteral("Unwanted modification of data Limited Limited"),
                                                   QStringLiteral("Data disappearance Limited Limited")};
        for (const QString &risk : risks)
            QVERIFY2(text.contains(risk), qPrintable(risk));
        QVERIFY(text.contains(fr ? QStringLiteral("Cartographie des risques") : QStringLiteral("Risk map")));
        QVERIFY(text.contains(fr ? QStringLiteral("Plan d'action") : QStringLiteral("Action plan")));
        // An action of the plan, as the example words it; no tag of its rich text.
        QVERIFY(text.contains(QStringLiteral("TLS devrait être employé pour l'utilisation du protocole https.")));
        QVERIFY(!text.contains(QStringLiteral("<strong>")));
        QVERIFY(!text.contains(QStringLiteral("<li>")));
        QVERIFY(text.contains(QStringLiteral("Michael Thomas (DPO)")));

        // To edit in a word processor, the same words.
        const QString odt = m_dir.filePath(QStringLiteral("dpia-%1-%2.odt").arg(language, engine));
        PC_VERIFY_OK(writeOfficeDocument(drawn.report, OfficeFormat::Odt, odt));
        QVERIFY(QFileInfo(odt).size() > 10000);
    }

    void letterPaperAndCancel()
    {
        Database &database = db(QStringLiteral("sqlite"));
        ReportRequest request;
        request.kind = ReportKind::Activities;
        request.organizationId = organization(database, QStringLiteral("SOFTNLABS"));
        RenderOptions letter;
        letter.paper = PaperSize::Letter;
        Drawn drawn;
        QVERIFY(draw(database, request, drawn, letter));
        const QSizeF size = firstPageSize(drawn.path);
        QVERIFY2(qAbs(size.width() - 612) < 1 && qAbs(size.height() - 792) < 1,
                 qPrintable(QStringLiteral("%1 x %2").arg(size.width()).arg(size.height())));
        Drawn a4;
        QVERIFY(draw(database, request, a4));
        QVERIFY(qAbs(firstPageSize(a4.path).height() - 841.9) < 1);

        const auto report = buildReport(database, request);
        PC_VERIFY_OK(report);
        RenderOptions cancel;
        int seen = 0;
        cancel.progress = [&](int page, int pages) {
            seen = pages;
            return page < 3;
        };
        const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        const auto rendered = writePdf(report.value(), path, cancel);
        QVERIFY(!rendered);
        QVERIFY(rendered.errorMessage().contains(QStringLiteral("cancelled")));
        QVERIFY(seen >= 5);
        QVERIFY(!QFile::exists(path));
        // A folder that cannot be written: said, nothing left.
        const auto nowhere = writePdf(report.value(), m_dir.filePath(QStringLiteral("missing/folder/report.pdf")));
        QVERIFY(!nowhere);
        QVERIFY(nowhere.errorMessage().contains(QStringLiteral("cannot be written")));
    }

    void snapshotKeepsThePassesAlike()
    {
        // Another officer adds a request while the report is drawn: both passes
        // read the register as it was when the report began.
        Database &database = db(QStringLiteral("sqlite"));
        const RowId org = organization(database, QStringLiteral("SMOFT ERP"));
        auto other = m_scratch.at(QStringLiteral("sqlite"))->open();
        QVERIFY(other);
        ReportRequest request;
        request.kind = ReportKind::Requests;
        request.organizationId = org;
        int counted = 0;
        PC_VERIFY_OK(inSnapshot(database, [&]() -> Status {
            const auto report = buildReport(database, request);
            if (!report)
                return report.error();
            RightsRequest added;
            added.organizationId = org;
            added.reference = QStringLiteral("SMOFT-LATE-1");
            added.channel = QStringLiteral("email");
            added.jurisdiction = QStringLiteral("TN");
            added.receivedOn = QDate(2026, 11, 1);
            added.types = {QStringLiteral("access")};
            if (auto id = CaseRepository(*other).addRequest(added); !id)
                return id.error();
            auto cursor = report->table(QStringLiteral("requests"))->open();
            QStringList row;
            while (cursor->next(row))
                counted += row.first() == QLatin1String("SMOFT-LATE-1") ? 1 : 0;
            return success();
        }));
        QCOMPARE(counted, 0);
        QCOMPARE(test::scalar(database, QStringLiteral("SELECT count(*) FROM rights_requests WHERE reference = 'SMOFT-LATE-1'")).toInt(), 1);
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
