// Measures the registers as documents on volumes an officer may reach: a
// record of 500 processing activities, and the register of 100,000 rights
// requests with the detail and history of each, both to PDF; the time, the
// pages, the file's size and the process's peak memory.
#include "TestSupport.h"

#include "reports/Registers.h"
#include "reports/ReportWriter.h"
#include "storage/BulkInsert.h"
#include "storage/RegisterRepository.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QTimeZone>
#include <QTemporaryDir>
#include <QTextStream>


using namespace pc;

namespace {

// An organization with `count` activities, each with every Art. 30 item.
Result<RowId> activitiesOrganization(Database &db, int count)
{
    RegisterRepository registers(db);
    Organization org;
    org.name = QStringLiteral("Registre volumineux SA");
    org.legalName = org.name;
    org.country = QStringLiteral("FR");
    org.jurisdiction = QStringLiteral("FR");
    org.dpoName = QStringLiteral("Claire Martin");
    org.dpoEmail = QStringLiteral("dpo@example.fr");
    org.address = QStringLiteral("1 rue de la Paix\n75002 Paris");
    if (auto id = registers.addOrganization(org); !id)
        return id.error();
    const Status done = db.transaction([&]() -> Status {
        RetentionRule rule;
        rule.organizationId = org.id;
        rule.name = QStringLiteral("Clients : fin du contrat + 5 ans");
        rule.duration = 5;
        rule.unit = QStringLiteral("year");
        rule.triggerEvent = QStringLiteral("contract_end");
        rule.outcome = QStringLiteral("archive");
        rule.justification = QStringLiteral("Les données des clients sont conservées pendant la relation contractuelle "
                                            "puis archivées pendant la durée de prescription.");
        if (auto id = registers.addRetentionRule(rule); !id)
            return id.error();
        SubjectCategory customers;
        customers.organizationId = org.id;
        customers.name = QStringLiteral("Clients");
        DataCategory identity, contact;
        identity.organizationId = contact.organizationId = org.id;
        identity.name = QStringLiteral("Identité");
        contact.name = QStringLiteral("Coordonnées");
        if (auto id = registers.addSubjectCategory(customers); !id)
            return id.error();
        for (DataCategory *c : {&identity, &contact}) {
            if (auto id = registers.addDataCategory(*c); !id)
                return id.error();
        }
        Processor host;
        host.organizationId = org.id;
        host.name = QStringLiteral("Hébergeur SAS");
        host.country = QStringLiteral("FR");
        host.service = QStringLiteral("Hébergement");
        if (auto id = registers.addProcessor(host); !id)
            return id.error();
        for (int i = 1; i <= count; ++i) {
            ProcessingActivity a;
            a.organizationId = org.id;
            a.reference = QStringLiteral("ACT-%1").arg(i, 4, 10, QLatin1Char('0'));
            a.name = QStringLiteral("Traitement numéro %1 : gestion d'un service aux clients").arg(i);
            a.description = QStringLiteral("Suivi des contrats, des échanges et de la facturation du service %1, "
                                           "avec les outils internes de l'organisme.").arg(i);
            a.purposes = {Purpose{0, QStringLiteral("Exécuter le contrat et gérer la relation client"), QStringLiteral("contract"), {}, {}},
                          Purpose{0, QStringLiteral("Mesurer la satisfaction"), QStringLiteral("legitimate_interests"),
                                  QStringLiteral("Améliorer le service rendu"), {}}};
            a.subjectCategoryIds = {customers.id};
            a.dataCategoryIds = {identity.id, contact.id};
            a.recipients = {Recipient{0, QStringLiteral("Service client"), QStringLiteral("internal"), 0}};
            a.processorIds = {host.id};
            if (i % 5 == 0)
                a.transfers = {Transfer{0, QStringLiteral("US"), QStringLiteral("Outil de support"), 0, QStringLiteral("scc"),
                                        QStringLiteral("Clauses 2021/914, module 2")}};
            a.retentionRuleId = rule.id;
            a.securityMeasures = QStringLiteral("Chiffrement TLS, authentification forte, journalisation, sauvegardes chiffrées.");
            a.dataSource = QStringLiteral("Directement auprès des personnes");
            a.status = QStringLiteral("approved");
            a.approvedOn = QDate(2026, 1, 15);
            if (auto id = registers.addActivity(a); !id)
                return id.error();
        }
        return success();
    });
    if (!done)
        return done.error();
    return org.id;
}

// An organization with `count` requests, each with its history.
Result<RowId> requestsOrganization(Database &db, int count)
{
    Organization org;
    org.name = QStringLiteral("Grand Service SA");
    org.country = QStringLiteral("FR");
    org.jurisdiction = QStringLiteral("FR");
    if (auto id = RegisterRepository(db).addOrganization(org); !id)
        return id.error();
    const QStringList types{QStringLiteral("access"), QStringLiteral("erasure"), QStringLiteral("objection"),
                            QStringLiteral("rectification"), QStringLiteral("portability")};
    const Status done = db.transaction([&]() -> Status {
        BulkInsert requests(db, QStringLiteral("rights_requests"),
                            {QStringLiteral("id"), QStringLiteral("organization_id"), QStringLiteral("reference"),
                             QStringLiteral("status"), QStringLiteral("channel"), QStringLiteral("jurisdiction"),
                             QStringLiteral("requester_name"), QStringLiteral("requester_email"),
                             QStringLiteral("received_on"), QStringLiteral("due_on"), QStringLiteral("closed_on"),
                             QStringLiteral("outcome")});
        BulkInsert kinds(db, QStringLiteral("request_types"),
                         {QStringLiteral("request_id"), QStringLiteral("type")});
        BulkInsert events(db, QStringLiteral("request_events"),
                          {QStringLiteral("request_id"), QStringLiteral("occurred_at"), QStringLiteral("step"),
                           QStringLiteral("note"), QStringLiteral("actor")});
        kinds.writeAfter(&requests);
        events.writeAfter(&requests);
        const QDate first(2022, 1, 3);
        const RowId base = 1000000;
        for (int i = 0; i < count; ++i) {
            const RowId id = base + i;
            const QDate received = first.addDays(i * 1400 / count);
            const QDate due = received.addMonths(1);
            const bool closed = i % 10 != 0;
            const QDate closedOn = received.addDays(5 + i % 30);
            if (Status s = requests.add({id, org.id, QStringLiteral("GS-%1").arg(i + 1, 6, 10, QLatin1Char('0')),
                                         closed ? QStringLiteral("answered") : QStringLiteral("in_progress"),
                                         i % 3 == 0 ? QStringLiteral("letter") : QStringLiteral("email"), QStringLiteral("FR"),
                                         QStringLiteral("Personne %1").arg(i + 1), QStringLiteral("personne.%1@example.fr").arg(i + 1),
                                         received, due, closed ? QVariant(closedOn) : QVariant(),
                                         closed ? QStringLiteral("Copie des données envoyée") : QVariant()});
                !s)
                return s;
            if (Status s = kinds.add({id, types.at(i % types.size())}); !s)
                return s;
            const QDateTime at(received, QTime(9, 30), QTimeZone::utc());
            if (Status s = events.add({id, at, QStringLiteral("received"), QStringLiteral("Courrier reçu"), QStringLiteral("dpo")}); !s)
                return s;
            if (Status s = events.add({id, at.addDays(1), QStringLiteral("in_progress"), QVariant(), QStringLiteral("dpo")}); !s)
                return s;
            if (closed) {
                if (Status s = events.add({id, QDateTime(closedOn, QTime(16, 0), QTimeZone::utc()), QStringLiteral("answered"),
                                           QStringLiteral("Réponse envoyée par courriel"), QStringLiteral("dpo")});
                    !s)
                    return s;
            }
        }
        for (BulkInsert *insert : {&requests, &kinds, &events}) {
            if (Status s = insert->flush(); !s)
                return s;
        }
        return success();
    });
    if (!done)
        return done.error();
    return org.id;
}

} // namespace

// Draws the two reports from the database filled by the parent process, so
// that the peak memory is the reports' own.
int measure(QTextStream &out, const QString &path, RowId activitiesOrg, RowId requestsOrg)
{
    ConnectionSpec spec;
    spec.engine = Engine::Sqlite;
    spec.path = path;
    auto opened = Database::open(spec, OpenMode::ReadOnly);
    if (!opened) {
        out << "cannot open " << path << ": " << opened.errorMessage() << Qt::endl;
        return 1;
    }
    Database &db = *opened.value();
    QTemporaryDir dir;
    out << "peak memory before the reports: " << int(test::peakMegabytes()) << " MB" << Qt::endl;
    auto draw = [&](reports::ReportKind kind, RowId organization, const QString &language) {
        const QString file = dir.filePath(reports::kindCode(kind) + QStringLiteral(".pdf"));
        QElapsedTimer clock;
        clock.start();
        int pages = 0;
        const Status done = reports::inSnapshot(db, [&]() -> Status {
            reports::ReportRequest request;
            request.kind = kind;
            request.organizationId = organization;
            request.language = language;
            const auto report = reports::buildReport(db, request);
            if (!report)
                return report.error();
            const auto rendered = reports::writePdf(report.value(), file);
            if (!rendered)
                return rendered.error();
            pages = rendered->pages;
            return success();
        });
        if (!done) {
            out << reports::kindCode(kind) << " failed: " << done.errorMessage() << Qt::endl;
            return false;
        }
        out << reports::kindTitle(kind, QStringLiteral("en")) << ": " << pages << " pages, "
            << QFileInfo(file).size() / 1024 << " KB of PDF in " << clock.elapsed() << " ms; peak memory so far "
            << int(test::peakMegabytes()) << " MB" << Qt::endl;
        return true;
    };
    if (!draw(reports::ReportKind::Activities, activitiesOrg, QStringLiteral("fr")))
        return 1;
    if (!draw(reports::ReportKind::Requests, requestsOrg, QStringLiteral("en")))
        return 1;
    return 0;
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments();
    if (arguments.value(1) == QLatin1String("--measure"))
        return measure(out, arguments.value(2), arguments.value(3).toLongLong(), arguments.value(4).toLongLong());
    const int activities = arguments.size() > 1 ? arguments.at(1).toInt() : 500;
    const int requests = arguments.size() > 2 ? arguments.at(2).toInt() : 100000;
    test::ScratchDatabase scratch(QStringLiteral("sqlite"));
    auto db = scratch.open();
    if (!db)
        return 1;
    QElapsedTimer timer;
    timer.start();
    const Result<RowId> register500 = activitiesOrganization(*db, activities);
    const Result<RowId> register100k = requestsOrganization(*db, requests);
    if (!register500 || !register100k) {
        out << "could not fill the register: " << register500.errorMessage() << register100k.errorMessage() << Qt::endl;
        return 1;
    }
    out << activities << " activities and " << requests << " requests (with their history) written in "
        << timer.elapsed() << " ms" << Qt::endl;
    db.reset();
    // Kept for measuring again: bench_reports --measure FILE ACTIVITIES-ORG REQUESTS-ORG.
    if (const QString keep = qEnvironmentVariable("PC_BENCH_KEEP"); !keep.isEmpty()) {
        QFile::remove(keep);
        QFile::copy(scratch.spec().path, keep);
        out << "kept as " << keep << " (organizations " << register500.value() << " and " << register100k.value() << ")"
            << Qt::endl;
    }
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--measure"), scratch.spec().path, QString::number(register500.value()),
                 QString::number(register100k.value())});
    if (!child.waitForFinished(1800000))
        return 1;
    return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 1;
}
