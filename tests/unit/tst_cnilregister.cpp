// The CNIL's register model read by the labels of its cells: as published
// (its example only), and filled in as its tutorial asks, with sheets
// copied, rows inserted, a transfer and a sensitive category.
#include "CnilModel.h"
#include "TestSupport.h"

#include "core/Countries.h"
#include "exchange/CnilRegister.h"
#include "exchange/Workbook.h"

#include <QtTest>

using namespace pc;
using namespace pc::exchange;
using namespace pc::test;

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
        m_model = cnilModel();
        QVERIFY(!m_model.sheets.isEmpty());
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
        const Workbook book = test::filledCnilModel(m_model);
        QVERIFY(!book.sheets.isEmpty());
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
        Sheet nameless = modelSheet(kCnilModelSheet);
        nameless.name = QStringLiteral("Clients");
        QVERIFY(put(nameless, QStringLiteral("Finalité principale"), 1, QStringLiteral("Gestion des clients")));
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
