#include "TestSupport.h"

#include "storage/CaseRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"

#include <QCryptographicHash>
#include <QSqlQuery>

using namespace pc;
using namespace pc::test;

// What is saved comes back the same, on both engines; what is invalid is
// refused whole, leaving nothing half-written.
class TestRepositories : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        explicit Fixture(const QString &engine) : scratch(engine) { db = scratch.open(); }
        ScratchDatabase scratch;
        std::unique_ptr<Database> db;
    };

    static Organization makeOrganization(const QString &name = QStringLiteral("SOFTNLABS SAS"))
    {
        Organization o;
        o.name = name;
        o.legalName = QStringLiteral("SOFTNLABS SAS");
        o.address = QStringLiteral("12 rue des Pyrénées\n64290 Gan");
        o.country = QStringLiteral("FR");
        o.jurisdiction = QStringLiteral("FR");
        o.registrationNumber = QStringLiteral("818 145 302");
        o.website = QStringLiteral("https://softnlabs.example");
        o.policyLanguage = QStringLiteral("fr");
        o.dpoName = QStringLiteral("Hélène Lefèvre");
        o.dpoEmail = QStringLiteral("dpo@softnlabs.example");
        o.dpoPhone = QStringLiteral("+33 5 59 00 00 00");
        o.dpoAddress = QStringLiteral("DPO, 12 rue des Pyrénées, 64290 Gan");
        o.representativeName = QStringLiteral("—");
        o.actsAsProcessor = true;
        o.notes = QStringLiteral("CNIL");
        return o;
    }

private Q_SLOTS:
    void organization_data() { addEngineColumn(); addEngineRows(); }
    void organization()
    {
        QFETCH(QString, engine);
        Fixture f(engine);
        QVERIFY2(f.db, qPrintable(f.scratch.problem()));
        RegisterRepository repo(*f.db);
        Organization org = makeOrganization();
        PC_VERIFY_OK(repo.addOrganization(org));
        QVERIFY(org.id > 0);

        auto read = repo.organization(org.id);
        PC_VERIFY_OK(read);
        QCOMPARE(read->name, org.name);
        QCOMPARE(read->address, org.address);
        QCOMPARE(read->jurisdiction, org.jurisdiction);
        QCOMPARE(read->dpoName, org.dpoName);
        QCOMPARE(read->dpoEmail, org.dpoEmail);
        QCOMPARE(read->actsAsProcessor, true);
        QCOMPARE(read->rowVersion, 1);

        // Two officers hold the same version; the second save is a conflict.
        Organization mine = read.value();
        Organization theirs = read.value();
        theirs.dpoName = QStringLiteral("Paul Durand");
        PC_VERIFY_OK(repo.updateOrganization(theirs));
        QCOMPARE(theirs.rowVersion, 2);
        mine.dpoEmail = QStringLiteral("autre@softnlabs.example");
        const Status conflict = repo.updateOrganization(mine);
        QVERIFY(!conflict.ok());
        QVERIFY2(conflict.errorMessage().contains(QLatin1String("changed")), qPrintable(conflict.errorMessage()));
        read = repo.organization(org.id);
        QCOMPARE(read->dpoName, QStringLiteral("Paul Durand"));
        QCOMPARE(read->dpoEmail, org.dpoEmail);

        auto byName = repo.organizationByName(QStringLiteral("softnlabs sas"));
        PC_VERIFY_OK(byName);
        QVERIFY(byName.value().has_value());

        // The schema refuses what the vocabulary does not know.
        Organization bad = makeOrganization(QStringLiteral("Nowhere Ltd"));
        bad.jurisdiction = QStringLiteral("XX");
        QVERIFY(!repo.addOrganization(bad).ok());
        Organization duplicate = makeOrganization();
        QVERIFY(!repo.addOrganization(duplicate).ok());

        PC_VERIFY_OK(repo.removeOrganization(org.id));
        QVERIFY(!repo.organization(org.id).ok());
    }

    void activityIsSavedWhole_data() { addEngineColumn(); addEngineRows(); }
    void activityIsSavedWhole()
    {
        QFETCH(QString, engine);
        Fixture f(engine);
        QVERIFY2(f.db, qPrintable(f.scratch.problem()));
        RegisterRepository repo(*f.db);
        Organization org = makeOrganization();
        PC_VERIFY_OK(repo.addOrganization(org));

        RetentionRule rule;
        rule.organizationId = org.id;
        rule.name = QStringLiteral("Recrutement : 5 ans après le dernier contact");
        rule.duration = 5;
        rule.unit = QStringLiteral("year");
        rule.triggerEvent = QStringLiteral("last_contact");
        rule.outcome = QStringLiteral("delete");
        rule.justification = QStringLiteral("Les données de recrutement sont conservées 5 ans après le dernier contact.");
        PC_VERIFY_OK(repo.addRetentionRule(rule));

        Processor host;
        host.organizationId = org.id;
        host.name = QStringLiteral("Hébergeur UE");
        host.role = QStringLiteral("processor");
        host.country = QStringLiteral("fr");
        host.dpaSignedOn = QDate(2023, 3, 14);
        host.privacyPolicyCheckedOn = QDate(2026, 1, 5);
        PC_VERIFY_OK(repo.addProcessor(host));
        Processor backup;
        backup.organizationId = org.id;
        backup.parentProcessorId = host.id;
        backup.name = QStringLiteral("Sauvegardes US");
        backup.role = QStringLiteral("sub_processor");
        backup.country = QStringLiteral("US");
        backup.transferSafeguard = QStringLiteral("scc");
        PC_VERIFY_OK(repo.addProcessor(backup));
        const auto processors = repo.processors(org.id);
        PC_VERIFY_OK(processors);
        QCOMPARE(processors->size(), 2);
        QCOMPARE(processors->at(0).country, QStringLiteral("FR"));   // sorted by name, upper-cased country
        QCOMPARE(processors->at(0).dpaSignedOn, QDate(2023, 3, 14));
        QCOMPARE(processors->at(1).parentProcessorId, host.id);

        SubjectCategory applicants{0, org.id, QStringLiteral("job_applicant"), QStringLiteral("Candidats"), QString()};
        PC_VERIFY_OK(repo.addSubjectCategory(applicants));
        DataCategory cv{0, org.id, QStringLiteral("CV"), QStringLiteral("Parcours"), false, rule.id};
        DataCategory health{0, org.id, QStringLiteral("Santé"), QString(), true, 0};
        PC_VERIFY_OK(repo.addDataCategory(cv));
        PC_VERIFY_OK(repo.addDataCategory(health));

        ProcessingActivity a;
        a.organizationId = org.id;
        a.reference = QStringLiteral("SNL-05");
        a.name = QStringLiteral("Recrutement");
        a.description = QStringLiteral("Gestion des candidatures");
        a.purposes = {Purpose{0, QStringLiteral("Évaluer les candidatures"), QStringLiteral("contract"), QString(), QString()},
                      Purpose{0, QStringLiteral("Aménagement du poste"), QStringLiteral("legal_obligation"), QString(),
                              QStringLiteral("employment_social_security")}};
        a.subjectCategoryIds = {applicants.id};
        a.dataCategoryIds = {cv.id, health.id};
        a.recipients = {Recipient{0, QStringLiteral("Direction"), QStringLiteral("internal"), 0},
                        Recipient{0, host.name, QStringLiteral("processor"), host.id}};
        a.transfers = {Transfer{0, QStringLiteral("US"), backup.name, backup.id, QStringLiteral("scc"),
                                QStringLiteral("Décision 2021/914")}};
        a.processorIds = {host.id, backup.id};
        a.retentionRuleId = rule.id;
        a.securityMeasures = QStringLiteral("Accès restreint");
        a.dpiaRequired = true;
        a.dpiaDoneOn = QDate(2025, 2, 28);
        a.status = QStringLiteral("approved");
        a.approvedOn = QDate(2025, 3, 1);
        a.recordedOn = QDate(2024, 1, 2);
        a.revisedOn = QDate(2024, 11, 30);
        // What it holds of a category, and how long, category by category.
        a.dataCategoryUses.insert(cv.id, DataCategoryUse{QStringLiteral("CV, lettre"), QString(), rule.id});
        a.dataCategoryUses.insert(health.id, DataCategoryUse{QString(), QStringLiteral("Le temps du contrat"), 0});
        PC_VERIFY_OK(repo.addActivity(a));

        auto read = repo.activity(a.id);
        PC_VERIFY_OK(read);
        QCOMPARE(read->name, a.name);
        QCOMPARE(read->purposes.size(), 2);
        QCOMPARE(read->purposes.at(1).specialCondition, QStringLiteral("employment_social_security"));
        QCOMPARE(read->subjectCategoryIds, a.subjectCategoryIds);
        QCOMPARE(read->dataCategoryIds, a.dataCategoryIds);
        QCOMPARE(read->recipients.size(), 2);
        QCOMPARE(read->recipients.at(1).processorId, host.id);
        QCOMPARE(read->transfers.size(), 1);
        QCOMPARE(read->transfers.first().safeguardReference, QStringLiteral("Décision 2021/914"));
        QCOMPARE(read->processorIds, a.processorIds);
        QCOMPARE(read->retentionRuleId, rule.id);
        QCOMPARE(read->dpiaRequired, true);
        QCOMPARE(read->dpiaDoneOn, QDate(2025, 2, 28));
        QCOMPARE(read->approvedOn, QDate(2025, 3, 1));
        QCOMPARE(read->recordedOn, QDate(2024, 1, 2));
        QCOMPARE(read->revisedOn, QDate(2024, 11, 30));
        QCOMPARE(read->dataCategoryUses, a.dataCategoryUses);

        // An update replaces the items together with the activity.
        ProcessingActivity edited = read.value();
        edited.purposes.removeLast();
        edited.transfers.clear();
        PC_VERIFY_OK(repo.updateActivity(edited));
        read = repo.activity(a.id);
        QCOMPARE(read->purposes.size(), 1);
        QCOMPARE(read->transfers.size(), 0);
        QCOMPARE(read->rowVersion, 2);

        // An invalid item refuses the whole save: no activity, no half of its items.
        const int activitiesBefore = scalar(*f.db, QStringLiteral("SELECT count(*) FROM processing_activities")).toInt();
        const int purposesBefore = scalar(*f.db, QStringLiteral("SELECT count(*) FROM activity_purposes")).toInt();
        ProcessingActivity broken = a;
        broken.id = 0;
        broken.reference = QStringLiteral("SNL-06");
        broken.purposes.append(Purpose{0, QStringLiteral("Mystère"), QStringLiteral("whim"), QString(), QString()});
        QVERIFY(!repo.addActivity(broken).ok());
        QCOMPARE(broken.id, 0);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM processing_activities")).toInt(), activitiesBefore);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM activity_purposes")).toInt(), purposesBefore);

        // A rule in use cannot be deleted from under the activity.
        QVERIFY(!repo.removeRetentionRule(rule.id).ok());
        PC_VERIFY_OK(repo.removeActivity(a.id));
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM activity_purposes WHERE activity_id = ?"), {a.id}).toInt(), 0);
    }

    void subjectsAndConsentLedger_data() { addEngineColumn(); addEngineRows(); }
    void subjectsAndConsentLedger()
    {
        QFETCH(QString, engine);
        Fixture f(engine);
        QVERIFY2(f.db, qPrintable(f.scratch.problem()));
        RegisterRepository reg(*f.db);
        PeopleRepository people(*f.db);
        Organization org = makeOrganization();
        PC_VERIFY_OK(reg.addOrganization(org));

        DataSubject s;
        s.organizationId = org.id;
        s.firstName = QStringLiteral("Noémie");
        s.lastName = QStringLiteral("D'Arc_100%");
        s.email = QStringLiteral("  Noemie.Darc@Example.FR ");
        s.birthDate = QDate(1990, 2, 28);
        s.relationshipStart = QDate(2024, 1, 31);
        s.relationshipEnd = QDate(2025, 1, 31);
        s.lastContactOn = QDate(2025, 2, 1);
        PC_VERIFY_OK(people.addSubject(s));
        auto read = people.subject(s.id);
        PC_VERIFY_OK(read);
        QCOMPARE(read->email, QStringLiteral("noemie.darc@example.fr"));
        QCOMPARE(read->relationshipEnd, QDate(2025, 1, 31));
        QCOMPARE(read->displayName(), QStringLiteral("Noémie D'Arc_100%"));

        DataSubject other = s;
        other.id = 0;
        other.lastName = QStringLiteral("Darcy");
        other.email = QStringLiteral("darcy@example.fr");
        PC_VERIFY_OK(people.addSubject(other));
        // Search text is data: % and _ match themselves only.
        auto found = people.findSubjects(org.id, QStringLiteral("_100%"));
        PC_VERIFY_OK(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().id, s.id);
        found = people.findSubjects(org.id, QStringLiteral("d'arc"));
        QCOMPARE(found->size(), 1);
        found = people.findSubjects(org.id, QStringLiteral("noémie"));
        QCOMPARE(found->size(), 2);

        // A relationship cannot end before it started.
        DataSubject impossible = s;
        impossible.id = 0;
        impossible.relationshipEnd = QDate(2023, 12, 31);
        QVERIFY(!people.addSubject(impossible).ok());

        ConsentPurpose newsletter;
        newsletter.organizationId = org.id;
        newsletter.code = QStringLiteral("newsletter");
        newsletter.name = QStringLiteral("Lettre d'information");
        newsletter.expiryMonths = 13;
        PC_VERIFY_OK(people.addConsentPurpose(newsletter));
        PrivacyPolicy policy{0, org.id, QStringLiteral("2.0"), QDate(2025, 1, 1), QStringLiteral("fr"), QString(),
                             QStringLiteral("Texte"), false};
        PC_VERIFY_OK(people.addPolicy(policy));

        ConsentEvent withdrawn{0, s.id, newsletter.id, QStringLiteral("withdrawn"),
                               QDateTime(QDate(2025, 6, 1), QTime(10, 0), Qt::UTC), QStringLiteral("email"),
                               QStringLiteral("lien de désabonnement"), 0, 0, 0, QString()};
        ConsentEvent given{0, s.id, newsletter.id, QStringLiteral("given"),
                           QDateTime(QDate(2025, 1, 15), QTime(9, 30, 15, 250), Qt::UTC), QStringLiteral("web_form"),
                           QStringLiteral("formulaire d'inscription"), policy.id, 0, 0, QString()};
        // Recorded out of order; the history reads in the order things happened.
        PC_VERIFY_OK(people.addConsentEvent(withdrawn));
        PC_VERIFY_OK(people.addConsentEvent(given));
        auto history = people.consentHistory(s.id, newsletter.id);
        PC_VERIFY_OK(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).event, QStringLiteral("given"));
        QCOMPARE(history->at(0).occurredAt, given.occurredAt);
        QCOMPARE(history->at(0).policyId, policy.id);
        QCOMPARE(history->at(1).event, QStringLiteral("withdrawn"));

        // The ledger is append-only: the database refuses to rewrite it.
        QSqlQuery rewrite = f.db->prepare(QStringLiteral("UPDATE consent_events SET event = 'given' WHERE id = ?"));
        rewrite.addBindValue(withdrawn.id);
        QVERIFY(!rewrite.exec());
        history = people.consentHistory(s.id);
        QCOMPARE(history->at(1).event, QStringLiteral("withdrawn"));

        LegalHold hold{0, s.id, QStringLiteral("Litige prud'homal en cours"), QDate(2026, 3, 1), QDate()};
        PC_VERIFY_OK(people.addLegalHold(hold));
        QCOMPARE(people.legalHolds(s.id)->size(), 1);
        QCOMPARE(people.subjectCount(org.id).value(), 2);
    }

    void requestsBreachesAndDocuments_data() { addEngineColumn(); addEngineRows(); }
    void requestsBreachesAndDocuments()
    {
        QFETCH(QString, engine);
        Fixture f(engine);
        QVERIFY2(f.db, qPrintable(f.scratch.problem()));
        RegisterRepository reg(*f.db);
        CaseRepository cases(*f.db);
        Organization org = makeOrganization();
        PC_VERIFY_OK(reg.addOrganization(org));
        auto officer = cases.ensureLocalUser(QStringLiteral("claire"));
        PC_VERIFY_OK(officer);
        QCOMPARE(officer->role, QStringLiteral("admin"));
        QCOMPARE(cases.ensureLocalUser(QStringLiteral("claire"))->id, officer->id);

        RightsRequest r;
        r.organizationId = org.id;
        r.reference = QStringLiteral("SNL-2026-0001");
        r.types = {QStringLiteral("erasure"), QStringLiteral("consent_withdrawal"), QStringLiteral("objection")};
        r.channel = QStringLiteral("letter");
        r.jurisdiction = QStringLiteral("FR");
        r.requesterName = QStringLiteral("Jean Dupont");
        r.letterDate = QDate(2026, 3, 2);
        r.receivedOn = QDate(2026, 3, 5);
        r.dueOn = QDate(2026, 4, 7);
        r.assigneeId = officer->id;
        PC_VERIFY_OK(cases.addRequest(r));
        auto read = cases.request(r.id);
        PC_VERIFY_OK(read);
        QCOMPARE(read->types, r.types);
        QCOMPARE(read->receivedOn, QDate(2026, 3, 5));
        QCOMPARE(read->dueOn, QDate(2026, 4, 7));
        QCOMPARE(read->assigneeId, officer->id);

        RightsRequest second = r;
        second.id = 0;
        second.reference = QStringLiteral("SNL-2026-0003");
        second.types = {QStringLiteral("access")};
        second.receivedOn = QDate(2026, 3, 6);
        PC_VERIFY_OK(cases.addRequest(second));
        auto all = cases.requests(org.id);
        PC_VERIFY_OK(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).types, r.types);
        QCOMPARE(all->at(1).types, QStringList{QStringLiteral("access")});
        PC_VERIFY_OK(cases.removeRequest(second.id));

        RequestEvent step{0, r.id, QDateTime(), QStringLiteral("identity_requested"), QStringLiteral("Doute raisonnable"), QString()};
        PC_VERIFY_OK(cases.addRequestEvent(step));
        QCOMPARE(cases.requestEvents(r.id)->first().actor, f.db->actor());
        IdentityCheck check{0, r.id, QDate(2026, 3, 9), QStringLiteral("match"), QStringLiteral("TD1"),
                            QStringLiteral("4589"), QStringLiteral("claire")};
        PC_VERIFY_OK(cases.addIdentityCheck(check));
        // Only the last characters of a document number are ever kept.
        IdentityCheck tooMuch = check;
        tooMuch.documentNumberSuffix = QStringLiteral("D23145890");
        QVERIFY(!cases.addIdentityCheck(tooMuch).ok());

        // A refusal needs its reason; an extension its new date and reason.
        RightsRequest refused = read.value();
        refused.status = QStringLiteral("refused");
        QVERIFY(!cases.updateRequest(refused).ok());
        refused.refusalReason = QStringLiteral("Demande manifestement excessive");
        PC_VERIFY_OK(cases.updateRequest(refused));

        // No type, no request: nothing is written.
        RightsRequest empty = r;
        empty.id = 0;
        empty.reference = QStringLiteral("SNL-2026-0002");
        empty.types.clear();
        QVERIFY(!cases.addRequest(empty).ok());
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM rights_requests")).toInt(), 1);

        Breach b;
        b.organizationId = org.id;
        b.reference = QStringLiteral("BR-1");
        b.title = QStringLiteral("Courriel mal adressé");
        b.awareAt = QDateTime(QDate(2026, 4, 3), QTime(9, 30), Qt::UTC);
        b.notificationDueAt = b.awareAt.addSecs(72 * 3600);
        b.subjectsAffected = 12;
        PC_VERIFY_OK(cases.addBreach(b));
        auto breaches = cases.breaches(org.id);
        PC_VERIFY_OK(breaches);
        QCOMPARE(breaches->first().notificationDueAt, QDateTime(QDate(2026, 4, 6), QTime(9, 30), Qt::UTC));
        QCOMPARE(breaches->first().subjectsAffected, 12);

        Attachment letter;
        letter.organizationId = org.id;
        letter.requestId = r.id;
        letter.kind = QStringLiteral("letter");
        letter.fileName = QStringLiteral("lettre.pdf");
        letter.mediaType = QStringLiteral("application/pdf");
        letter.content = QByteArray("%PDF-1.4 fake\x00\x01\x02", 17);
        PC_VERIFY_OK(cases.addAttachment(letter));
        auto stored = cases.attachment(letter.id, true);
        PC_VERIFY_OK(stored);
        QCOMPARE(stored->content, letter.content);
        QCOMPARE(stored->sizeBytes, 17);
        QCOMPARE(stored->sha256, QStringLiteral("%1").arg(QString::fromLatin1(
                                      QCryptographicHash::hash(letter.content, QCryptographicHash::Sha256).toHex())));
        QVERIFY(cases.attachment(letter.id, false)->content.isEmpty());
        // An ID copy never goes into the database in clear.
        Attachment idCopy = letter;
        idCopy.id = 0;
        idCopy.kind = QStringLiteral("id_copy");
        QVERIFY(!cases.addAttachment(idCopy).ok());
        QCOMPARE(cases.requestAttachments(r.id)->size(), 1);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestRepositories test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_repositories.moc"
