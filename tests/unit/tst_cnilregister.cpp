// The CNIL's register model read by the labels of its cells: as published
// (its example only), and filled in as its tutorial asks, with sheets
// copied, rows inserted, a transfer and a sensitive category.
#include "TestSupport.h"

#include "core/Countries.h"
#include "exchange/CnilRegister.h"
#include "exchange/Workbook.h"

#include <QtTest>

using namespace pc;
using namespace pc::exchange;

namespace {

const QString kModel = QStringLiteral(PC_TEST_FIXTURES) + QStringLiteral("/cnil-register/registre-traitement-simplifie.ods");
const QString kListSheet = QStringLiteral("2_-_Liste_des_traitements");
const QString kModelSheet = QStringLiteral("3_-_Modèle_de_fiche_de_registre");

// The row whose first cell begins with `label`, -1 when none.
int rowOf(const Sheet &sheet, const QString &label)
{
    for (int row = 0; row < sheet.rowCount(); ++row) {
        if (sheet.text(row, 0).startsWith(label))
            return row;
    }
    return -1;
}

void put(Sheet &sheet, const QString &label, int column, const QString &text, int offset = 0)
{
    const int row = rowOf(sheet, label);
    QVERIFY2(row >= 0, qPrintable(label));
    sheet.set(row + offset, column, Cell{text, {}});
}

// `sheet` with `count` empty rows inserted before `at`, as an officer does.
Sheet withRowsInserted(const Sheet &sheet, int at, int count)
{
    Sheet out;
    out.name = sheet.name;
    for (int row = 0; row < sheet.rowCount(); ++row) {
        for (int column = 0; column < sheet.columnCount(); ++column) {
            const Cell &cell = sheet.cell(row, column);
            if (!cell.text.isEmpty() || cell.date.isValid())
                out.set(row < at ? row : row + count, column, cell);
        }
    }
    return out;
}

} // namespace

class TestCnilRegister : public QObject
{
    Q_OBJECT

private:
    Workbook m_model;

    const Sheet &modelSheet(const QString &name)
    {
        const Sheet *sheet = m_model.sheet(name);
        Q_ASSERT(sheet);
        return *sheet;
    }

private slots:
    void initTestCase()
    {
        const auto book = WorkbookReader::read(kModel);
        PC_VERIFY_OK(book);
        m_model = book.value();
        QVERIFY(CnilRegisterReader::recognises(m_model));
    }

    void theModelAsPublishedHoldsOnlyTheExample()
    {
        const auto read = CnilRegisterReader::read(m_model);
        QVERIFY(!read);
        QVERIFY2(read.errorMessage().contains(QStringLiteral("only the CNIL's example")), qPrintable(read.errorMessage()));
    }

    void theModelFilledInIsReadWhereverItsCellsAre()
    {
        Workbook book = m_model;
        // One activity on a copy of sheet 3, named as the officer likes.
        Sheet payroll = modelSheet(kModelSheet);
        payroll.name = QStringLiteral("Paie");
        put(payroll, QStringLiteral("Nom du traitement"), 1, QStringLiteral("Paie des salariés"));
        put(payroll, QStringLiteral("N° / RÉF"), 1, QStringLiteral("RH-01"));
        put(payroll, QStringLiteral("Date de création"), 1, QStringLiteral("02/01/2024"));
        put(payroll, QStringLiteral("Responsable du traitement"), 1, QStringLiteral("Softnlabs SAS"));
        put(payroll, QStringLiteral("Responsable du traitement"), 2, QStringLiteral("10 rue de la Paix"));
        put(payroll, QStringLiteral("Responsable du traitement"), 3, QStringLiteral("75002"));
        put(payroll, QStringLiteral("Responsable du traitement"), 4, QStringLiteral("Paris"));
        put(payroll, QStringLiteral("Responsable du traitement"), 7, QStringLiteral("dpo@softnlabs.fr"));
        put(payroll, QStringLiteral("Délégué à la protection"), 1, QStringLiteral("Claire Martin"));
        put(payroll, QStringLiteral("Finalité principale"), 1, QStringLiteral("Gestion de la paie"));
        put(payroll, QStringLiteral("Sous-finalité 1"), 1, QStringLiteral("Calcul des rémunérations"));
        put(payroll, QStringLiteral("Sous-finalité 2"), 1, QStringLiteral("Déclarations sociales"));
        put(payroll, QStringLiteral("État civil"), 1, QStringLiteral("Nom, prénom, adresse"));
        put(payroll, QStringLiteral("État civil"), 4, QStringLiteral("5 ans à compter du versement de la paie"));
        put(payroll, QStringLiteral("Informations d'ordre économique"), 1, QStringLiteral("RIB"));
        put(payroll, QStringLiteral("Informations d'ordre économique"), 4, QStringLiteral("Le temps du contrat"));
        put(payroll, QStringLiteral("Données concernant la santé"), 1, QStringLiteral("Arrêts maladie"));
        put(payroll, QStringLiteral("Données concernant la santé"), 4, QStringLiteral("3 ans après le dernier contact"));
        put(payroll, QStringLiteral("Catégorie de personnes 1"), 1, QStringLiteral("Salariés"));
        put(payroll, QStringLiteral("Destinataire 1"), 1, QStringLiteral("Service interne qui traite les données"));
        put(payroll, QStringLiteral("Destinataire 1"), 4, QStringLiteral("Service RH"));
        put(payroll, QStringLiteral("Mesure de sécurité 1"), 1, QStringLiteral("Contrôle d'accès des utilisateurs"));
        put(payroll, QStringLiteral("Organisme destinataire 1"), 1, QStringLiteral("Banque d'Andorre"));
        put(payroll, QStringLiteral("Organisme destinataire 1"), 2, QStringLiteral("Andorre"));
        put(payroll, QStringLiteral("Organisme destinataire 1"), 3, QStringLiteral("Pays adéquat"));
        put(payroll, QStringLiteral("Organisme destinataire 1"), 5, QStringLiteral("Contrat du 23/01/2018"));
        // A second one, where the officer inserted rows: a sixth sub-purpose
        // line above the purposes, three more recipients.
        Sheet hiring = modelSheet(kModelSheet);
        hiring.name = QStringLiteral("Feuille7");
        hiring = withRowsInserted(hiring, rowOf(hiring, QStringLiteral("Finalité principale")), 2);
        hiring = withRowsInserted(hiring, rowOf(hiring, QStringLiteral("Destinataire 4")) + 1, 3);
        put(hiring, QStringLiteral("Nom du traitement"), 1, QStringLiteral("Recrutement"));
        put(hiring, QStringLiteral("N° / RÉF"), 1, QStringLiteral("RH-02"));
        put(hiring, QStringLiteral("Finalité principale"), 1, QStringLiteral("Sélection des candidats"));
        put(hiring, QStringLiteral("Vie personnelle"), 1, QStringLiteral("CV, lettre de motivation"));
        put(hiring, QStringLiteral("Vie personnelle"), 4, QStringLiteral("2 years from the application"));
        put(hiring, QStringLiteral("Destinataire 4"), 1, QStringLiteral("Sous-traitants"), 2);
        put(hiring, QStringLiteral("Destinataire 4"), 4, QStringLiteral("Cabinet de recrutement"), 2);
        // The list: the example stays, one activity without a sheet is added.
        Sheet list = modelSheet(kListSheet);
        const int example = rowOf(list, QStringLiteral("(EXEMPLE)"));
        QVERIFY(example > 0);
        list.set(example + 1, 0, Cell{QStringLiteral("Vidéoprotection"), {}});
        list.set(example + 1, 1, Cell{QStringLiteral("SEC-01"), {}});
        list.set(example + 1, 4, Cell{QStringLiteral("Sécurité des locaux, Prévention des vols"), {}});
        list.set(example + 1, 7, Cell{QStringLiteral("Non"), {}});
        list.set(0, 2, Cell{QStringLiteral("Durand"), {}});
        list.set(0, 4, Cell{QStringLiteral("Paul"), {}});
        list.set(4, 2, Cell{QStringLiteral("Martin"), {}});
        list.set(4, 4, Cell{QStringLiteral("Claire"), {}});
        list.set(5, 8, Cell{QStringLiteral("dpo@softnlabs.fr"), {}});
        for (Sheet &sheet : book.sheets) {
            if (sheet.name == kListSheet)
                sheet = list;
        }
        book.sheets << payroll << hiring;

        const auto read = CnilRegisterReader::read(book);
        PC_VERIFY_OK(read);
        const ImportedRegister &reg = read.value();
        QVERIFY(reg.exampleLeftOut);
        QCOMPARE(reg.activities.size(), 3);
        QCOMPARE(reg.organizationName(), QStringLiteral("Softnlabs SAS"));
        QCOMPARE(reg.controller.name, QStringLiteral("Paul Durand"));
        QCOMPARE(reg.dpo.name, QStringLiteral("Claire Martin"));
        QCOMPARE(reg.dpo.email, QStringLiteral("dpo@softnlabs.fr"));

        const ImportedActivity &p = reg.activities.at(0);
        QCOMPARE(p.sheet, QStringLiteral("Paie"));
        QCOMPARE(p.name, QStringLiteral("Paie des salariés"));
        QCOMPARE(p.reference, QStringLiteral("RH-01"));
        QCOMPARE(p.createdOn, QDate(2024, 1, 2));
        QCOMPARE(p.controller.address, QStringLiteral("10 rue de la Paix, 75002 Paris"));
        QCOMPARE(p.controller.email, QStringLiteral("dpo@softnlabs.fr"));
        QCOMPARE(p.dpo.name, QStringLiteral("Claire Martin"));
        QCOMPARE(p.mainPurpose, QStringLiteral("Gestion de la paie"));
        QCOMPARE(p.subPurposes, (QStringList{QStringLiteral("Calcul des rémunérations"), QStringLiteral("Déclarations sociales")}));
        QCOMPARE(p.dataCategories.size(), 3);
        const ImportedDataCategory &identity = p.dataCategories.at(0);
        QVERIFY(identity.category.startsWith(QStringLiteral("État civil")));
        QCOMPARE(identity.description, QStringLiteral("Nom, prénom, adresse"));
        QVERIFY(!identity.special);
        QCOMPARE(identity.retention.duration, 5);
        QCOMPARE(identity.retention.unit, QStringLiteral("year"));
        QCOMPARE(identity.retention.trigger, QStringLiteral("custom"));
        QCOMPARE(identity.retention.customTrigger, QStringLiteral("versement de la paie"));
        QVERIFY(!p.dataCategories.at(1).retention.understood());
        QVERIFY2(p.doubts.join(QLatin1Char(' ')).contains(QStringLiteral("Paie!E")), qPrintable(p.doubts.join(QLatin1Char(' '))));
        const ImportedDataCategory &health = p.dataCategories.at(2);
        QVERIFY(health.special && !health.offences);
        QCOMPARE(health.description, QStringLiteral("Arrêts maladie"));
        QCOMPARE(health.retention.trigger, QStringLiteral("last_contact"));
        QCOMPARE(p.subjects.size(), 1);
        QCOMPARE(p.subjects.at(0).kind, QStringLiteral("Salariés"));
        QCOMPARE(p.recipients.size(), 1);
        QCOMPARE(p.recipients.at(0).detail, QStringLiteral("Service RH"));
        QCOMPARE(p.securityMeasures.size(), 1);
        QCOMPARE(p.transfers.size(), 1);
        QCOMPARE(p.transfers.at(0).recipient, QStringLiteral("Banque d'Andorre"));
        QCOMPARE(p.transfers.at(0).country, QStringLiteral("Andorre"));
        QCOMPARE(p.transfers.at(0).safeguard, QStringLiteral("Pays adéquat"));
        QCOMPARE(p.transfers.at(0).documentation, QStringLiteral("Contrat du 23/01/2018"));

        const ImportedActivity &h = reg.activities.at(1);
        QCOMPARE(h.sheet, QStringLiteral("Feuille7"));
        QCOMPARE(h.name, QStringLiteral("Recrutement"));
        QCOMPARE(h.mainPurpose, QStringLiteral("Sélection des candidats"));
        QCOMPARE(h.dataCategories.size(), 1);
        QCOMPARE(h.dataCategories.at(0).retention.duration, 2);
        QCOMPARE(h.dataCategories.at(0).retention.trigger, QStringLiteral("application_date"));
        QCOMPARE(h.recipients.size(), 1);
        QCOMPARE(h.recipients.at(0).kind, QStringLiteral("Sous-traitants"));
        QCOMPARE(h.recipients.at(0).detail, QStringLiteral("Cabinet de recrutement"));
        QVERIFY(h.transfers.isEmpty());

        const ImportedActivity &v = reg.activities.at(2);
        QVERIFY(v.sheet.isEmpty());
        QCOMPARE(v.name, QStringLiteral("Vidéoprotection"));
        QCOMPARE(v.reference, QStringLiteral("SEC-01"));
        QCOMPARE(v.mainPurpose, QStringLiteral("Sécurité des locaux"));
        QCOMPARE(v.subPurposes, QStringList{QStringLiteral("Prévention des vols")});
        QVERIFY(!v.doubts.isEmpty());
    }

    // The CNIL's example is laid out otherwise than its model (no blank
    // rows, fewer lines): taken as an officer's own sheet, it reads whole.
    void theExamplesLayoutReadsToo()
    {
        Workbook book;
        Sheet example = modelSheet(QStringLiteral("4_-_Exemple_de_fiche"));
        example.name = QStringLiteral("Paie 2019");
        example.set(0, 0, Cell{QStringLiteral("Fiche de registre"), {}});
        book.sheets << example;
        const auto read = CnilRegisterReader::read(book);
        PC_VERIFY_OK(read);
        QCOMPARE(read->activities.size(), 1);
        const ImportedActivity &a = read->activities.first();
        QCOMPARE(a.name, QStringLiteral("Gestion de la paie"));
        QCOMPARE(a.reference, QStringLiteral("1 - Exemple"));
        QCOMPARE(a.createdOn, QDate(2018, 5, 26));
        QCOMPARE(a.updatedOn, QDate(2019, 5, 13));
        QCOMPARE(a.controller.name, QStringLiteral("Louise DUPONT"));
        QCOMPARE(a.controller.country, QStringLiteral("France"));
        QCOMPARE(a.dpo.name, QStringLiteral("Martin HENRI"));
        QCOMPARE(a.dpo.company, QString()); // "N/A"
        QCOMPARE(a.subPurposes.size(), 3);
        QCOMPARE(a.dataCategories.size(), 3);
        for (const ImportedDataCategory &c : a.dataCategories) {
            QCOMPARE(c.retention.duration, 5);
            QCOMPARE(c.retention.customTrigger, QStringLiteral("versement de la paie"));
        }
        QCOMPARE(a.subjects.size(), 1);
        QCOMPARE(a.recipients.size(), 3);
        QCOMPARE(a.recipients.at(2).detail, QStringLiteral("Banque d'Andorre"));
        QCOMPARE(a.securityMeasures.size(), 3);
        QCOMPARE(a.transfers.size(), 1);
        QCOMPARE(a.transfers.at(0).safeguard, QStringLiteral("Clauses contractuelles types (CCT)"));
        QVERIFY2(a.doubts.isEmpty(), qPrintable(a.doubts.join(QLatin1Char(' '))));
    }

    void anActivityWithoutANameIsRefusedWithItsCell()
    {
        Workbook book = m_model;
        Sheet nameless = modelSheet(kModelSheet);
        nameless.name = QStringLiteral("Clients");
        put(nameless, QStringLiteral("Finalité principale"), 1, QStringLiteral("Gestion des clients"));
        book.sheets << nameless;
        const auto read = CnilRegisterReader::read(book);
        QVERIFY(!read);
        QVERIFY2(read.errorMessage().contains(QStringLiteral("Clients!B")), qPrintable(read.errorMessage()));
    }

    // Every entry of the CNIL's drop-down lists has its place in the register.
    void theCnilListsMapToTheRegistersCodes()
    {
        const Sheet &lists = modelSheet(QStringLiteral("5_-_Listes"));
        auto column = [&](int c) {
            QStringList entries;
            for (int row = 2; row < lists.rowCount(); ++row) {
                if (!lists.text(row, c).isEmpty())
                    entries << lists.text(row, c);
            }
            return entries;
        };
        const QStringList safeguards = column(0);
        QCOMPARE(safeguards.size(), 7);
        for (const QString &entry : safeguards) {
            // The Privacy Shield no longer covers a transfer: left for the officer.
            if (entry == QLatin1String("Privacy shield"))
                QCOMPARE(safeguardCode(entry), QString());
            else
                QVERIFY2(!safeguardCode(entry).isEmpty(), qPrintable(entry));
        }
        QCOMPARE(safeguardCode(QStringLiteral("Clauses contractuelles types (CCT)")), QStringLiteral("scc"));
        QCOMPARE(safeguardCode(QStringLiteral("Dérogations (art 49)")), QStringLiteral("derogation"));
        const QStringList people = column(5);
        QCOMPARE(people.size(), 8);
        for (const QString &entry : people)
            QVERIFY2(!subjectKindCode(entry).isEmpty(), qPrintable(entry));
        QCOMPARE(subjectKindCode(QStringLiteral("Candidats")), QStringLiteral("job_applicant"));
        const QStringList recipients = column(7);
        QCOMPARE(recipients.size(), 5);
        for (const QString &entry : recipients)
            QVERIFY2(!recipientKindCode(entry).isEmpty(), qPrintable(entry));
        QCOMPARE(recipientKindCode(QStringLiteral("Sous-traitants")), QStringLiteral("processor"));
        QCOMPARE(recipientKindCode(QStringLiteral("Service interne qui traite les données")), QStringLiteral("internal"));
        // The 175 countries of the list, each to its ISO code.
        const QStringList countries = column(2);
        QCOMPARE(countries.size(), 175);
        for (const QString &country : countries)
            QVERIFY2(!countries::codeOf(country).isEmpty(), qPrintable(country));
    }

    void countriesAreFoundByTheirNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("French") << QStringLiteral("Andorre") << QStringLiteral("AD");
        QTest::newRow("accents and case") << QStringLiteral("ETATS-UNIS") << QStringLiteral("US");
        QTest::newRow("the CNIL's abbreviation") << QStringLiteral("Rép. dém. du Congo") << QStringLiteral("CD");
        QTest::newRow("the other Congo") << QStringLiteral("Congo") << QStringLiteral("CG");
        QTest::newRow("English") << QStringLiteral("South Africa") << QStringLiteral("ZA");
        QTest::newRow("Vietnam") << QStringLiteral("Viêt Nam") << QStringLiteral("VN");
        QTest::newRow("a code") << QStringLiteral("tn") << QStringLiteral("TN");
        QTest::newRow("an old name") << QStringLiteral("Birmanie") << QStringLiteral("MM");
        QTest::newRow("nothing") << QStringLiteral("Atlantide") << QString();
    }
    void countriesAreFoundByTheirNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QCOMPARE(countries::codeOf(name), code);
        if (!code.isEmpty())
            QVERIFY(!countries::nameOf(code, QStringLiteral("fr")).isEmpty());
    }

    void retentionTextBecomesARule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("duration");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<QString>("custom");
        QTest::newRow("from a payment") << QStringLiteral("5 ans à compter du versement de la paie") << 5
                                        << QStringLiteral("year") << QStringLiteral("custom")
                                        << QStringLiteral("versement de la paie");
        QTest::newRow("days alone") << QStringLiteral("30 jours") << 30 << QStringLiteral("day") << QString() << QString();
        QTest::newRow("after the last contact") << QStringLiteral("3 ans après le dernier contact") << 3
                                                << QStringLiteral("year") << QStringLiteral("last_contact") << QString();
        QTest::newRow("months from the end of the contract") << QStringLiteral("6 mois à compter de la fin du contrat") << 6
                                                             << QStringLiteral("month") << QStringLiteral("contract_end")
                                                             << QString();
        QTest::newRow("in English") << QStringLiteral("13 months after collection") << 13 << QStringLiteral("month")
                                    << QStringLiteral("collection") << QString();
        QTest::newRow("no duration") << QStringLiteral("Durée de la relation commerciale") << 0 << QString() << QString()
                                     << QString();
    }
    void retentionTextBecomesARule()
    {
        QFETCH(QString, text);
        QFETCH(int, duration);
        QFETCH(QString, unit);
        QFETCH(QString, trigger);
        QFETCH(QString, custom);
        const RetentionText r = readRetention(text);
        QCOMPARE(r.duration, duration);
        QCOMPARE(r.unit, unit);
        QCOMPARE(r.trigger, trigger);
        QCOMPARE(r.customTrigger, custom);
        QCOMPARE(r.understood(), duration > 0);
    }
};

QTEST_GUILESS_MAIN(TestCnilRegister)
#include "tst_cnilregister.moc"
