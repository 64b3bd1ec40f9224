// The CNIL's register model brought into the register, on both engines:
// the plan shown before anything is written, the import in one audited
// transaction, nothing changed the second time, what the officer added
// since kept, and nothing written when a part fails.
#include "CnilModel.h"
#include "TestSupport.h"

#include "domain/ActivityChecks.h"
#include "demo/DemoGenerator.h"
#include "exchange/CnilRegister.h"
#include "exchange/CnilRegisterWriter.h"
#include "exchange/TableRegister.h"
#include "exchange/TableRegisterWriter.h"
#include "exchange/RegisterImport.h"
#include "storage/RegisterRepository.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace pc;
using namespace pc::exchange;

namespace {

using Action = PlannedActivity::Action;

const ProcessingActivity *byReference(const QList<ProcessingActivity> &activities, const QString &reference)
{
    for (const ProcessingActivity &a : activities) {
        if (a.reference == reference)
            return &a;
    }
    return nullptr;
}

template<typename T> RowId idNamed(const QList<T> &items, const QString &name)
{
    for (const T &item : items) {
        if (item.name == name)
            return item.id;
    }
    return 0;
}

// An activity as a person reads it: its items' own row ids aside (a
// rewrite of its items gives them new ones) and its row version.
ProcessingActivity asRead(ProcessingActivity a)
{
    a.rowVersion = 0;
    for (Purpose &p : a.purposes)
        p.id = 0;
    for (Recipient &r : a.recipients)
        r.id = 0;
    for (Transfer &t : a.transfers)
        t.id = 0;
    return a;
}

// What the plan would change, activity by activity; empty when nothing.
QString changesIn(const RegisterImportPlan &plan, const QString &what)
{
    QStringList changes;
    for (const PlannedActivity &p : plan.activities) {
        if (p.action != PlannedActivity::Action::Unchanged)
            changes << QStringLiteral("%1, %2 (%3): %4").arg(what, p.activity.reference, p.actionLabel(), p.changes.join(QStringLiteral(", ")));
    }
    return changes.join(QLatin1Char('\n'));
}

int auditedChanges(Database &db)
{
    return test::scalar(db,
                        QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name IN "
                                       "('organizations', 'processing_activities', 'activity_purposes', "
                                       "'activity_data_categories', 'data_categories', 'retention_rules')"))
        .toInt();
}

} // namespace

class TestRegisterImport : public QObject
{
    Q_OBJECT

    ImportedRegister m_register;

    Result<RegisterImportResult> importInto(Database &db, const ImportedRegister &reg, RowId organization = 0)
    {
        const auto plan = RegisterImporter::plan(db, reg, organization, QStringLiteral("registre.ods"));
        if (!plan)
            return plan.error();
        return RegisterImporter::apply(db, plan.value());
    }

private slots:
    void initTestCase()
    {
        const Workbook filled = test::filledCnilModel(test::cnilModel());
        QVERIFY(!filled.sheets.isEmpty());
        const auto read = CnilRegisterReader::read(filled);
        PC_VERIFY_OK(read);
        m_register = read.value();
    }

    void theModelComesInWhole_data()
    {
        test::addEngineColumn();
        test::addEngineRows();
    }

    void theModelComesInWhole()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);

        const auto plan = RegisterImporter::plan(*db, m_register, 0, QStringLiteral("registre.ods"));
        PC_VERIFY_OK(plan);
        QCOMPARE(plan->organization.id, RowId(0));
        QCOMPARE(plan->organization.name, QStringLiteral("Softnlabs SAS"));
        QCOMPARE(plan->organization.jurisdiction, QStringLiteral("FR"));
        QCOMPARE(plan->count(Action::Create), 3);
        QCOMPARE(plan->newRetentionRules.size(), 3); // "Le temps du contrat" is no duration
        QCOMPARE(plan->newSubjectCategories.size(), 1);
        QCOMPARE(plan->newDataCategories.size(), 4);
        QVERIFY(!plan->changesNothing());
        // What the model cannot hold is said before anything is written.
        const PlannedActivity &payrollPlan = plan->activities.at(0);
        QVERIFY(payrollPlan.missing.join(QLatin1Char('\n')).contains(QStringLiteral("no legal basis yet")));
        QVERIFY(payrollPlan.missing.join(QLatin1Char('\n')).contains(QStringLiteral("Le temps du contrat")));
        QVERIFY(plan->summary().join(QLatin1Char('\n')).contains(QStringLiteral("Activities new: 3, updated: 0")));

        const auto done = RegisterImporter::apply(*db, plan.value());
        PC_VERIFY_OK(done);
        QVERIFY(done->organizationCreated);
        QCOMPARE(done->created.size(), 3);

        RegisterRepository registers(*db);
        const auto org = registers.organization(done->organizationId);
        PC_VERIFY_OK(org);
        QCOMPARE(org->address, QStringLiteral("10 rue de la Paix, 75002 Paris"));
        QCOMPARE(org->dpoName, QStringLiteral("Claire Martin"));
        QCOMPARE(org->dpoEmail, QStringLiteral("dpo@softnlabs.fr"));
        QCOMPARE(org->country, QStringLiteral("FR"));

        const auto activities = registers.activities(done->organizationId);
        const auto data = registers.dataCategories(done->organizationId);
        const auto rules = registers.retentionRules(done->organizationId);
        const auto people = registers.subjectCategories(done->organizationId);
        PC_VERIFY_OK(activities);
        PC_VERIFY_OK(data);
        PC_VERIFY_OK(rules);
        PC_VERIFY_OK(people);
        QCOMPARE(activities->size(), 3);

        const ProcessingActivity *payroll = byReference(activities.value(), QStringLiteral("RH-01"));
        QVERIFY(payroll);
        QCOMPARE(payroll->name, QStringLiteral("Paie des salariés"));
        QCOMPARE(payroll->recordedOn, QDate(2024, 1, 2));
        QCOMPARE(payroll->purposes.size(), 3);
        QCOMPARE(payroll->purposes.at(0).description, QStringLiteral("Gestion de la paie"));
        QCOMPARE(payroll->purposes.at(0).legalBasis, QString());
        QCOMPARE(payroll->dataCategoryIds.size(), 3);

        const RowId identity =
            idNamed(data.value(), QStringLiteral("État civil, identité, données d'identification, images"));
        const RowId money = idNamed(data.value(), QStringLiteral("Informations d'ordre économique et financier"));
        const RowId health = idNamed(data.value(), QStringLiteral("Données concernant la santé"));
        QVERIFY(identity > 0 && money > 0 && health > 0);
        QVERIFY(payroll->dataCategoryIds.contains(health));
        for (const DataCategory &c : data.value())
            QCOMPARE(c.specialCategory, c.id == health);
        QCOMPARE(payroll->dataCategoryUses.value(identity).detail, QStringLiteral("Nom, prénom, adresse"));
        const RowId fiveYears = idNamed(rules.value(), QStringLiteral("5 ans à compter du versement de la paie"));
        QVERIFY(fiveYears > 0);
        QCOMPARE(payroll->dataCategoryUses.value(identity).retentionRuleId, fiveYears);
        const auto rule = registers.retentionRule(fiveYears);
        PC_VERIFY_OK(rule);
        QCOMPARE(rule->duration, 5);
        QCOMPARE(rule->unit, QStringLiteral("year"));
        QCOMPARE(rule->triggerEvent, QStringLiteral("custom"));
        QCOMPARE(rule->customTrigger, QStringLiteral("versement de la paie"));
        // A period that is no duration is kept as written, for the officer to finish.
        QCOMPARE(payroll->dataCategoryUses.value(money).retention, QStringLiteral("Le temps du contrat"));
        QCOMPARE(payroll->dataCategoryUses.value(money).retentionRuleId, RowId(0));
        QCOMPARE(payroll->retentionRuleId, RowId(0)); // two rules: none is the activity's own

        QCOMPARE(people->size(), 1);
        QCOMPARE(people->at(0).name, QStringLiteral("Salariés"));
        QCOMPARE(people->at(0).kind, QStringLiteral("employee"));
        QCOMPARE(payroll->subjectCategoryIds, QList<RowId>{people->at(0).id});
        QCOMPARE(payroll->recipients.size(), 1);
        QCOMPARE(payroll->recipients.at(0).name, QStringLiteral("Service RH"));
        QCOMPARE(payroll->recipients.at(0).kind, QStringLiteral("internal"));
        QCOMPARE(payroll->transfers.size(), 1);
        QCOMPARE(payroll->transfers.at(0).country, QStringLiteral("AD"));
        QCOMPARE(payroll->transfers.at(0).safeguard, QStringLiteral("adequacy"));
        QCOMPARE(payroll->transfers.at(0).safeguardReference, QStringLiteral("Contrat du 23/01/2018"));
        QCOMPARE(payroll->securityMeasures, QStringLiteral("Contrôle d'accès des utilisateurs"));

        // One period for all its data is the activity's own rule.
        const ProcessingActivity *hiring = byReference(activities.value(), QStringLiteral("RH-02"));
        QVERIFY(hiring);
        QCOMPARE(hiring->retentionRuleId, idNamed(rules.value(), QStringLiteral("2 years from the application")));
        QCOMPARE(hiring->recipients.at(0).kind, QStringLiteral("processor"));
        // Only on the list: its purposes, and the checks ask for the rest.
        const ProcessingActivity *video = byReference(activities.value(), QStringLiteral("SEC-01"));
        QVERIFY(video);
        QCOMPARE(video->purposes.size(), 2);
        QVERIFY(video->dataCategoryIds.isEmpty());
        QVERIFY(hasErrors(checkActivity(*video, data.value())));

        // The audit trail holds every row and the import itself.
        QVERIFY(test::scalar(*db,
                             QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                            "'processing_activities' AND action = 'insert'"))
                    .toInt()
                == 3);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'register import'"))
                     .toInt(),
                 1);
    }

    void importingAgainChangesNothing_data()
    {
        test::addEngineColumn();
        test::addEngineRows();
    }

    void importingAgainChangesNothing()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        PC_VERIFY_OK(importInto(*db, m_register));
        const int audited = auditedChanges(*db);

        const auto again = RegisterImporter::plan(*db, m_register, 0, QStringLiteral("registre.ods"));
        PC_VERIFY_OK(again);
        QVERIFY(again->organization.id > 0);
        QVERIFY2(again->changesNothing(), qPrintable(again->summary().join(QLatin1Char('\n'))));
        QCOMPARE(again->count(Action::Unchanged), 3);
        QVERIFY(again->newDataCategories.isEmpty() && again->newRetentionRules.isEmpty()
                && again->newSubjectCategories.isEmpty());
        const auto done = RegisterImporter::apply(*db, again.value());
        PC_VERIFY_OK(done);
        QCOMPARE(done->unchanged, 3);
        QCOMPARE(auditedChanges(*db), audited);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM processing_activities")).toInt(), 3);
    }

    // The file changed and imported again: the activity is updated, not
    // duplicated, and what the officer chose in the meantime stays.
    void anUpdateKeepsWhatTheOfficerAdded_data()
    {
        test::addEngineColumn();
        test::addEngineRows();
    }

    void anUpdateKeepsWhatTheOfficerAdded()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        const auto first = importInto(*db, m_register);
        PC_VERIFY_OK(first);
        RegisterRepository registers(*db);
        auto activities = registers.activities(first->organizationId);
        PC_VERIFY_OK(activities);
        ProcessingActivity payroll = *byReference(activities.value(), QStringLiteral("RH-01"));
        payroll.purposes[0].legalBasis = QStringLiteral("legal_obligation");
        payroll.status = QStringLiteral("approved");
        PC_VERIFY_OK(registers.updateActivity(payroll));

        ImportedRegister changed = m_register;
        changed.activities[0].subPurposes << QStringLiteral("Gestion des notes de frais");
        changed.activities[0].dataCategories[0].description = QStringLiteral("Nom, prénom, adresse, matricule");
        const auto plan = RegisterImporter::plan(*db, changed, 0, QStringLiteral("registre.ods"));
        PC_VERIFY_OK(plan);
        QCOMPARE(plan->count(Action::Update), 1);
        QCOMPARE(plan->count(Action::Unchanged), 2);
        QCOMPARE(plan->activities.at(0).changes,
                 (QStringList{QStringLiteral("purposes"), QStringLiteral("personal data")}));
        PC_VERIFY_OK(RegisterImporter::apply(*db, plan.value()));

        activities = registers.activities(first->organizationId);
        PC_VERIFY_OK(activities);
        QCOMPARE(activities->size(), 3);
        const ProcessingActivity *updated = byReference(activities.value(), QStringLiteral("RH-01"));
        QVERIFY(updated);
        QCOMPARE(updated->purposes.size(), 4);
        QCOMPARE(updated->purposes.at(0).legalBasis, QStringLiteral("legal_obligation"));
        QCOMPARE(updated->purposes.at(3).legalBasis, QString());
        QCOMPARE(updated->status, QStringLiteral("approved"));
        const auto data = registers.dataCategories(first->organizationId);
        PC_VERIFY_OK(data);
        const RowId identity =
            idNamed(data.value(), QStringLiteral("État civil, identité, données d'identification, images"));
        QCOMPARE(updated->dataCategoryUses.value(identity).detail, QStringLiteral("Nom, prénom, adresse, matricule"));
    }

    // Someone changes an activity between the plan and the import: nothing
    // of the import is written, not even what did not conflict.
    void aFailedImportWritesNothing_data()
    {
        test::addEngineColumn();
        test::addEngineRows();
    }

    void aFailedImportWritesNothing()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        ImportedRegister firstPart = m_register;
        firstPart.activities.removeLast();
        const auto first = importInto(*db, firstPart);
        PC_VERIFY_OK(first);

        ImportedRegister changed = m_register;
        changed.activities[0].name = QStringLiteral("Paie et notes de frais");
        const auto plan = RegisterImporter::plan(*db, changed, 0, QStringLiteral("registre.ods"));
        PC_VERIFY_OK(plan);
        QCOMPARE(plan->count(Action::Create), 1);
        QCOMPARE(plan->count(Action::Update), 1);

        RegisterRepository registers(*db);
        auto payroll = registers.activity(first->updated.isEmpty() ? first->created.at(0) : first->updated.at(0));
        PC_VERIFY_OK(payroll);
        payroll->securityMeasures = QStringLiteral("Chiffrement des sauvegardes");
        PC_VERIFY_OK(registers.updateActivity(payroll.value()));
        const int audited = auditedChanges(*db);

        const auto done = RegisterImporter::apply(*db, plan.value());
        QVERIFY(!done);
        QVERIFY(done.error().is(Error::Kind::Conflict));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM processing_activities")).toInt(), 2);
        QCOMPARE(auditedChanges(*db), audited);
        const auto kept = registers.activity(payroll->id);
        PC_VERIFY_OK(kept);
        QCOMPARE(kept->name, QStringLiteral("Paie des salariés"));
        QCOMPARE(kept->securityMeasures, QStringLiteral("Chiffrement des sauvegardes"));
    }

    // Into an organization the register already has: its categories and
    // rules are taken by their names, and only its empty fields are filled.
    void intoAnExistingOrganization_data()
    {
        test::addEngineColumn();
        test::addEngineRows();
    }

    void intoAnExistingOrganization()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        RegisterRepository registers(*db);
        Organization org;
        org.name = QStringLiteral("SOFTNLABS");
        org.country = QStringLiteral("FR");
        org.jurisdiction = QStringLiteral("FR");
        org.dpoName = QStringLiteral("Nadia Ben Salah");
        PC_VERIFY_OK(registers.addOrganization(org));
        DataCategory health;
        health.organizationId = org.id;
        health.name = QStringLiteral("donnees concernant la sante");
        health.specialCategory = true;
        PC_VERIFY_OK(registers.addDataCategory(health));

        const auto plan = RegisterImporter::plan(*db, m_register, org.id, QStringLiteral("registre.ods"));
        PC_VERIFY_OK(plan);
        QCOMPARE(plan->organization.id, org.id);
        QCOMPARE(plan->organizationChanges, (QStringList{QStringLiteral("address"), QStringLiteral("DPO's e-mail")}));
        QCOMPARE(plan->newDataCategories.size(), 3);
        const auto done = RegisterImporter::apply(*db, plan.value());
        PC_VERIFY_OK(done);
        QVERIFY(!done->organizationCreated);
        const auto kept = registers.organization(org.id);
        PC_VERIFY_OK(kept);
        QCOMPARE(kept->dpoName, QStringLiteral("Nadia Ben Salah"));
        QCOMPARE(kept->dpoEmail, QStringLiteral("dpo@softnlabs.fr"));
        const auto payroll = registers.activity(done->created.at(0));
        PC_VERIFY_OK(payroll);
        QVERIFY(payroll->dataCategoryIds.contains(health.id));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM organizations")).toInt(), 1);
    }

    // An import taken back (the window's undo): what it made goes, what it
    // changed comes back as it was; refused whole after a later change.
    void anImportIsTakenBackWhole_data() { test::addEngineColumn(); test::addEngineRows(); }

    void anImportIsTakenBackWhole()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        auto count = [&](const char *table) {
            return test::scalar(*db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt();
        };
        const auto first = importInto(*db, m_register);
        PC_VERIFY_OK(first);
        QCOMPARE(first->madeDataCategories.size(), 4);
        PC_VERIFY_OK(RegisterImporter::undo(*db, first.value()));
        for (const char *table : {"organizations", "processing_activities", "data_categories", "subject_categories",
                                  "retention_rules", "activity_purposes"}) {
            QVERIFY2(count(table) == 0, table);
        }

        // Into an organization with a register: the update and the filled
        // fields are put back.
        RegisterRepository registers(*db);
        ImportedRegister firstPart = m_register;
        firstPart.activities.removeLast();
        firstPart.dpo = {};
        for (ImportedActivity &a : firstPart.activities)
            a.dpo = {};
        const auto earlier = importInto(*db, firstPart);
        PC_VERIFY_OK(earlier);
        const auto before = registers.activities(earlier->organizationId);
        PC_VERIFY_OK(before);
        ImportedRegister changed = m_register;
        changed.activities[0].name = QStringLiteral("Paie et notes de frais");
        const auto done = importInto(*db, changed);
        PC_VERIFY_OK(done);
        QCOMPARE(done->created.size(), 1);
        QCOMPARE(done->updated.size(), 1);
        QVERIFY(done->organizationBefore.has_value());
        QCOMPARE(registers.organization(earlier->organizationId)->dpoName, QStringLiteral("Claire Martin"));

        // Someone edits what the import made: the import stays.
        auto made = registers.activity(done->created.at(0));
        PC_VERIFY_OK(made);
        made->securityMeasures = QStringLiteral("Caméras en zone d'accueil seulement");
        PC_VERIFY_OK(registers.updateActivity(made.value()));
        const auto refused = RegisterImporter::undo(*db, done.value());
        QVERIFY(!refused);
        QVERIFY(refused.error().is(Error::Kind::Conflict));
        QCOMPARE(count("processing_activities"), 3);

        // Put back as the import left it, the undo goes through.
        made->securityMeasures.clear();
        PC_VERIFY_OK(registers.removeActivity(made->id));
        RegisterImportResult without = done.value();
        without.created.clear();
        PC_VERIFY_OK(RegisterImporter::undo(*db, without));
        const auto after = registers.activities(earlier->organizationId);
        PC_VERIFY_OK(after);
        QCOMPARE(after->size(), before->size());
        for (int i = 0; i < after->size(); ++i)
            QCOMPARE(asRead(after->at(i)), asRead(before->at(i)));
        QCOMPARE(registers.organization(earlier->organizationId)->dpoName, QString());
    }

    // The register written in the CNIL's model comes back unchanged: the
    // demo organizations' registers (made in this application, in four
    // languages of law) and one brought in from the model.
    void theCnilModelGoesOutAndComesBackUnchanged_data() { test::addEngineColumn(); test::addEngineRows(); }

    void theCnilModelGoesOutAndComesBackUnchanged()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        DemoOptions options;
        options.subjects = 0;
        PC_VERIFY_OK(DemoGenerator(*db).generate(options));
        PC_VERIFY_OK(importInto(*db, m_register));
        RegisterRepository registers(*db);
        const auto organizations = registers.organizations();
        PC_VERIFY_OK(organizations);
        QCOMPARE(organizations->size(), 6);
        const int audited = auditedChanges(*db);
        for (const Organization &org : organizations.value()) {
            const auto content = RegisterContent::read(*db, org.id);
            PC_VERIFY_OK(content);
            const auto bytes = CnilRegisterWriter().write(content.value());
            PC_VERIFY_OK(bytes);
            const auto book = WorkbookReader::read(QStringLiteral("registre.ods"), bytes.value());
            PC_VERIFY_OK(book);
            const auto read = CnilRegisterReader::read(book.value());
            PC_VERIFY_OK(read);
            QCOMPARE(read->activities.size(), content->activities.size());
            QCOMPARE(read->organizationName(), org.name);
            const auto plan = RegisterImporter::plan(*db, read.value(), 0, QStringLiteral("registre.ods"));
            PC_VERIFY_OK(plan);
            QCOMPARE(plan->organization.id, org.id);
            const QString changes = changesIn(plan.value(), org.name);
            QVERIFY2(changes.isEmpty(), qPrintable(changes));
            QVERIFY2(plan->changesNothing(), qPrintable(org.name + QLatin1Char(' ') + plan->summary().join(QLatin1Char(' '))));
        }
        QCOMPARE(auditedChanges(*db), audited);
    }

    // The model as this application fills it in, opened and saved again by
    // an office suite (LibreOffice, as .xlsx), and the workbook of lists
    // saved again as .ods: they still import unchanged.
    void theFilledModelSurvivesAnOfficeSuite()
    {
        test::ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        DemoOptions options;
        options.subjects = 0;
        PC_VERIFY_OK(DemoGenerator(*db).generate(options));
        const RowId softnlabs =
            test::scalar(*db, QStringLiteral("SELECT id FROM organizations WHERE name = 'SOFTNLABS'")).toLongLong();
        const auto content = RegisterContent::read(*db, softnlabs);
        PC_VERIFY_OK(content);
        QTemporaryDir dir;
        const QString ods = dir.filePath(QStringLiteral("registre-softnlabs.ods"));
        PC_VERIFY_OK(CnilRegisterWriter().writeFile(content.value(), ods));
        QString problem;
        const QString xlsx = test::officeConvert(ods, QStringLiteral("xlsx"), dir.path(), &problem);
        QVERIFY2(!xlsx.isEmpty(), qPrintable(problem));
        // And the workbook of lists, saved again by the office suite as .ods.
        const QString lists = dir.filePath(QStringLiteral("register-lists.xlsx"));
        PC_VERIFY_OK(TableRegisterWriter(QStringLiteral("en")).writeFile(content.value(), lists));
        QTemporaryDir again;
        const QString listsOds = test::officeConvert(lists, QStringLiteral("ods"), again.path(), &problem);
        QVERIFY2(!listsOds.isEmpty(), qPrintable(problem));
        for (const QString &file : {ods, xlsx, listsOds}) {
            const auto read = RegisterImporter::read(file);
            PC_VERIFY_OK(read);
            QCOMPARE(read->activities.size(), content->activities.size());
            const auto plan = RegisterImporter::plan(*db, read.value(), softnlabs, QFileInfo(file).fileName());
            PC_VERIFY_OK(plan);
            const QString changes = changesIn(plan.value(), file);
            QVERIFY2(changes.isEmpty(), qPrintable(changes));
        }
    }

    // A register kept in a spreadsheet of one's own, one row per activity,
    // its columns found by their headings in French or in English; the
    // same as CSV.
    void aSpreadsheetOfOnesOwnComesIn_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("language");
        QTest::newRow("workbook, French") << QStringLiteral("workbook") << QStringLiteral("fr");
        QTest::newRow("csv, French") << QStringLiteral("csv") << QStringLiteral("fr");
        QTest::newRow("workbook, English") << QStringLiteral("workbook") << QStringLiteral("en");
    }

    void aSpreadsheetOfOnesOwnComesIn()
    {
        QFETCH(QString, format);
        QFETCH(QString, language);
        const bool fr = language == QLatin1String("fr");
        const QList<QStringList> english = {
            {QStringLiteral("Ref"), QStringLiteral("Processing activity"), QStringLiteral("Purposes"), QStringLiteral("Lawful basis"),
             QStringLiteral("Personal data"), QStringLiteral("Special categories"), QStringLiteral("Retention"),
             QStringLiteral("Data subjects"), QStringLiteral("Recipients"), QStringLiteral("Countries"),
             QStringLiteral("Security measures")},
            {QStringLiteral("MKT-1"), QStringLiteral("Newsletter"), QStringLiteral("Send the newsletter; Measure its audience"),
             QStringLiteral("Consent"), QStringLiteral("Identity\nContact details"), QString(),
             QStringLiteral("3 years after the last contact"), QStringLiteral("Prospects"), QStringLiteral("Marketing team; Mailjet"),
             QStringLiteral("United States"), QStringLiteral("Two-factor authentication")},
            {QStringLiteral("RH-3"), QStringLiteral("Occupational health"), QStringLiteral("Follow the medical visits"),
             QStringLiteral("Legal obligation"), QString(), QStringLiteral("Health data"), QStringLiteral("As long as the contract"),
             QStringLiteral("Employees"), QString(), QString(), QString()},
        };
        const QList<QStringList> french = {
            {QStringLiteral("N°"), QStringLiteral("Nom du traitement"), QStringLiteral("Finalités"), QStringLiteral("Base légale"),
             QStringLiteral("Données"), QStringLiteral("Données sensibles"), QStringLiteral("Durée de conservation"),
             QStringLiteral("Personnes concernées"), QStringLiteral("Destinataires"), QStringLiteral("Pays"),
             QStringLiteral("Mesures de sécurité")},
            {QStringLiteral("MKT-1"), QStringLiteral("Lettre d'information"), QStringLiteral("Envoi de la lettre ; Mesure d'audience"),
             QStringLiteral("Consentement"), QStringLiteral("Identité\nCoordonnées"), QString(),
             QStringLiteral("3 ans après le dernier contact"), QStringLiteral("Prospects"), QStringLiteral("Service marketing; Mailjet"),
             QStringLiteral("États-Unis"), QStringLiteral("Double authentification")},
            {QStringLiteral("RH-3"), QStringLiteral("Médecine du travail"), QStringLiteral("Suivi des visites"),
             QStringLiteral("Obligation légale"), QString(), QStringLiteral("Données de santé"), QStringLiteral("Le temps du contrat"),
             QStringLiteral("Salariés"), QString(), QString(), QString()},
        };
        const QList<QStringList> &rows = fr ? french : english;
        Workbook book;
        if (format == QLatin1String("csv")) {
            Sheet sheet;
            sheet.name = QStringLiteral("registre");
            for (int r = 0; r < rows.size(); ++r) {
                for (int c = 0; c < rows.at(r).size(); ++c)
                    sheet.set(r, c, Cell{rows.at(r).at(c), {}});
            }
            const auto read = WorkbookReader::read(QStringLiteral("registre.csv"), test::csvOf(sheet));
            PC_VERIFY_OK(read);
            book = read.value();
        } else {
            Sheet sheet;
            sheet.name = QStringLiteral("Registre");
            sheet.set(0, 0, Cell{QStringLiteral("Registre des traitements de la société"), {}});   // a title above the table
            for (int r = 0; r < rows.size(); ++r) {
                for (int c = 0; c < rows.at(r).size(); ++c)
                    sheet.set(r + 2, c, Cell{rows.at(r).at(c), {}});
            }
            book.fileName = QStringLiteral("registre.xlsx");
            book.sheets << sheet;
        }
        QVERIFY(!CnilRegisterReader::recognises(book));
        const QList<SheetMapping> mappings = TableRegisterReader::guess(book);
        QCOMPARE(mappings.size(), 1);
        QCOMPARE(mappings.first().list, RegisterList::Activities);
        QCOMPARE(mappings.first().headerRow, format == QLatin1String("csv") ? 0 : 2);
        for (const char *key : {"reference", "name", "purpose", "legal_basis", "data", "special_data", "retention", "people",
                                "recipients", "countries", "security"})
            QVERIFY2(mappings.first().maps(QString::fromLatin1(key)), key);
        const auto read = TableRegisterReader::read(book, mappings);
        PC_VERIFY_OK(read);
        QCOMPARE(read->activities.size(), 2);

        test::ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        RegisterRepository registers(*db);
        Organization org;
        org.name = QStringLiteral("Lumen Conseil");
        org.country = QStringLiteral("FR");
        org.jurisdiction = QStringLiteral("FR");
        PC_VERIFY_OK(registers.addOrganization(org));
        // The register does not name its organization: it is said.
        QVERIFY(!RegisterImporter::plan(*db, read.value(), 0, QStringLiteral("registre")));
        const auto plan = RegisterImporter::plan(*db, read.value(), org.id, QStringLiteral("registre"));
        PC_VERIFY_OK(plan);
        QCOMPARE(plan->count(Action::Create), 2);
        PC_VERIFY_OK(RegisterImporter::apply(*db, plan.value()));

        const auto activities = registers.activities(org.id);
        const auto data = registers.dataCategories(org.id);
        const auto rules = registers.retentionRules(org.id);
        PC_VERIFY_OK(activities);
        PC_VERIFY_OK(data);
        PC_VERIFY_OK(rules);
        const ProcessingActivity *newsletter = byReference(activities.value(), QStringLiteral("MKT-1"));
        QVERIFY(newsletter);
        QCOMPARE(newsletter->purposes.size(), 2);
        QCOMPARE(newsletter->purposes.at(0).legalBasis, QStringLiteral("consent"));
        QCOMPARE(newsletter->purposes.at(1).legalBasis, QStringLiteral("consent"));
        QCOMPARE(newsletter->dataCategoryIds.size(), 2);
        QCOMPARE(newsletter->retentionRuleId,
                 idNamed(rules.value(), fr ? QStringLiteral("3 ans après le dernier contact") : QStringLiteral("3 years after the last contact")));
        QCOMPARE(newsletter->recipients.size(), 2);
        QCOMPARE(newsletter->recipients.at(1).name, QStringLiteral("Mailjet"));
        QCOMPARE(newsletter->transfers.size(), 1);
        QCOMPARE(newsletter->transfers.at(0).country, QStringLiteral("US"));
        QCOMPARE(newsletter->securityMeasures, fr ? QStringLiteral("Double authentification") : QStringLiteral("Two-factor authentication"));
        const ProcessingActivity *health = byReference(activities.value(), QStringLiteral("RH-3"));
        QVERIFY(health);
        QCOMPARE(health->purposes.at(0).legalBasis, QStringLiteral("legal_obligation"));
        const RowId healthData = idNamed(data.value(), fr ? QStringLiteral("Données de santé") : QStringLiteral("Health data"));
        QVERIFY(healthData > 0);
        for (const DataCategory &c : data.value())
            QCOMPARE(c.specialCategory, c.id == healthData);
        QCOMPARE(health->dataCategoryUses.value(healthData).retention,
                 fr ? QStringLiteral("Le temps du contrat") : QStringLiteral("As long as the contract"));
        // What the table has no column for is left as it was: no description, no joint controller.
        QVERIFY(health->description.isEmpty());

        // The same file again changes nothing.
        const auto again = RegisterImporter::plan(*db, read.value(), org.id, QStringLiteral("registre"));
        PC_VERIFY_OK(again);
        QVERIFY2(again->changesNothing(), qPrintable(again->summary().join(QLatin1Char(' '))));
    }

    // Rows that cannot be read are said with their cell, nothing read.
    void aSpreadsheetOfOnesOwnWithHoles()
    {
        Sheet activities;
        activities.name = QStringLiteral("Activities");
        activities.set(0, 0, Cell{QStringLiteral("Reference"), {}});
        activities.set(0, 1, Cell{QStringLiteral("Activity"), {}});
        activities.set(1, 0, Cell{QStringLiteral("A-1"), {}});
        activities.set(1, 1, Cell{QStringLiteral("Payroll"), {}});
        Sheet purposes;
        purposes.name = QStringLiteral("Purposes");
        purposes.set(0, 0, Cell{QStringLiteral("Activity"), {}});
        purposes.set(0, 1, Cell{QStringLiteral("Purpose"), {}});
        purposes.set(1, 0, Cell{QStringLiteral("A-2"), {}});
        purposes.set(1, 1, Cell{QStringLiteral("Pay the staff"), {}});
        Workbook book;
        book.fileName = QStringLiteral("register.xlsx");
        book.sheets << activities << purposes;
        QList<SheetMapping> mappings = TableRegisterReader::guess(book);
        QCOMPARE(mappings.size(), 2);
        QCOMPARE(mappings.at(1).list, RegisterList::Purposes);
        auto read = TableRegisterReader::read(book, mappings);
        QVERIFY(!read);
        QVERIFY2(read.errorMessage().contains(QStringLiteral("Purposes!A2")) && read.errorMessage().contains(QStringLiteral("A-2")),
                 qPrintable(read.errorMessage()));
        book.sheets[0].set(2, 0, Cell{QStringLiteral("A-2"), {}});
        read = TableRegisterReader::read(book, mappings);
        QVERIFY(!read);
        QVERIFY2(read.errorMessage().contains(QStringLiteral("Activities!B3")), qPrintable(read.errorMessage()));
        // A column the officer unmaps that a list needs is asked for.
        mappings[1].columns.remove(QStringLiteral("purpose"));
        read = TableRegisterReader::read(book, mappings);
        QVERIFY(!read);
        QVERIFY2(read.errorMessage().contains(QStringLiteral("Purpose")), qPrintable(read.errorMessage()));
    }

    // The register as a workbook of its lists, in French and in English,
    // comes back unchanged: the demo registers and an imported one.
    void theWorkbookOfListsGoesOutAndComesBackUnchanged_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("language");
        for (const char *engine : {"sqlite", "postgresql"}) {
            for (const char *language : {"fr", "en"})
                QTest::addRow("%s-%s", engine, language) << QString::fromLatin1(engine) << QString::fromLatin1(language);
        }
    }

    void theWorkbookOfListsGoesOutAndComesBackUnchanged()
    {
        QFETCH(QString, engine);
        QFETCH(QString, language);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        DemoOptions options;
        options.subjects = 0;
        PC_VERIFY_OK(DemoGenerator(*db).generate(options));
        PC_VERIFY_OK(importInto(*db, m_register));
        const auto organizations = RegisterRepository(*db).organizations();
        PC_VERIFY_OK(organizations);
        const int audited = auditedChanges(*db);
        for (const Organization &org : organizations.value()) {
            const auto content = RegisterContent::read(*db, org.id);
            PC_VERIFY_OK(content);
            const auto bytes = TableRegisterWriter(language).write(content.value());
            PC_VERIFY_OK(bytes);
            const auto book = WorkbookReader::read(QStringLiteral("register.xlsx"), bytes.value());
            PC_VERIFY_OK(book);
            const QList<SheetMapping> mappings = TableRegisterReader::guess(book.value());
            QCOMPARE(mappings.size(), 6);
            const QList<RegisterList> lists = {RegisterList::Activities, RegisterList::Purposes, RegisterList::DataCategories,
                                               RegisterList::People,     RegisterList::Recipients, RegisterList::Transfers};
            for (int i = 0; i < 6; ++i)
                QCOMPARE(mappings.at(i).list, lists.at(i));
            const auto read = TableRegisterReader::read(book.value(), mappings);
            PC_VERIFY_OK(read);
            QCOMPARE(read->activities.size(), content->activities.size());
            const auto plan = RegisterImporter::plan(*db, read.value(), org.id, QStringLiteral("register.xlsx"));
            PC_VERIFY_OK(plan);
            const QString changes = changesIn(plan.value(), org.name);
            QVERIFY2(changes.isEmpty(), qPrintable(changes));
        }
        QCOMPARE(auditedChanges(*db), audited);
    }

    void aRegisterThatNamesNoOrganization()
    {
        test::ScratchDatabase scratch(QStringLiteral("sqlite"));
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        ImportedRegister nameless = m_register;
        nameless.controller = {};
        for (ImportedActivity &a : nameless.activities)
            a.controller = {};
        const auto plan = RegisterImporter::plan(*db, nameless, 0, QStringLiteral("registre.ods"));
        QVERIFY(!plan);
        QVERIFY(plan.error().is(Error::Kind::BadInput));
        QVERIFY2(plan.errorMessage().contains(QStringLiteral("does not name its organization")),
                 qPrintable(plan.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestRegisterImport)
#include "tst_registerimport.moc"
