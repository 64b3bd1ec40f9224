// Importing request letters and identity documents: the fixtures' letters
// and letters of our own (French and English, templates and prose, text
// PDFs and scans turned and grained), identity documents photographed at
// an angle or upside down, a name that does not match, an altered check
// digit, the request created in one transaction on both engines, and the
// bad files refused with a message.
#include "IntakeSamples.h"
#include "TestSupport.h"

#include "deadlines/RequestDeadlines.h"
#include "intake/DocumentReader.h"
#include "intake/IdVault.h"
#include "intake/Intake.h"
#include "intake/LetterReader.h"
#include "intake/MrzReader.h"
#include "intake/Ocr.h"
#include "storage/CaseRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfDocument>
#include <QProcess>
#include <QTemporaryDir>

using namespace pc;
using namespace pc::intake;
using pc::test::HolderDetails;

namespace {

const QString kFixtures = QStringLiteral(PC_TEST_FIXTURES);

QStringList frenchLetter()
{
    return {QStringLiteral("Jeanne Dupont"),
            QStringLiteral("12 rue des Lilas"),
            QStringLiteral("75011 Paris"),
            QStringLiteral("jeanne.dupont@example.fr"),
            QString(),
            QStringLiteral("SOFTNLABS SAS"),
            QStringLiteral("Délégué à la protection des données"),
            QStringLiteral("8 avenue de l'Europe, 69000 Lyon"),
            QString(),
            QStringLiteral("Paris, le 3 mars 2026"),
            QString(),
            QStringLiteral("Objet : demande d'accès et de rectification"),
            QString(),
            QStringLiteral("Madame, Monsieur,"),
            QString(),
            QStringLiteral("Je vous prie de me communiquer une copie de mes données personnelles"),
            QStringLiteral("et de rectifier mon adresse postale, qui est inexacte dans vos fichiers."),
            QString(),
            QStringLiteral("Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées."),
            QString(),
            QStringLiteral("Jeanne Dupont")};
}

QStringList englishLetter(const QString &name = QStringLiteral("John Smith"))
{
    return {name,
            QStringLiteral("221B Baker Street"),
            QStringLiteral("London NW1 6XE"),
            QStringLiteral("john.smith@example.co.uk"),
            QString(),
            QStringLiteral("12 February 2026"),
            QString(),
            QStringLiteral("Data Protection Officer"),
            QStringLiteral("SOFTNLABS SAS"),
            QString(),
            QStringLiteral("Dear Sir or Madam,"),
            QString(),
            QStringLiteral("Subject access request and data portability"),
            QString(),
            QStringLiteral("I would like a copy of the personal data that you hold about me, sent"),
            QStringLiteral("to me in a machine-readable format. A copy of my passport is enclosed."),
            QString(),
            QStringLiteral("Yours faithfully,"),
            name};
}

HolderDetails eriksson()
{
    HolderDetails h;
    h.surname = QStringLiteral("ERIKSSON");
    h.givenNames = QStringLiteral("ANNA MARIA");
    h.documentNumber = QStringLiteral("L898902C3");
    h.nationality = QStringLiteral("UTO");
    h.birthDate = QDate(1974, 8, 12);
    h.expiryDate = QDate(2031, 4, 15);
    return h;
}


quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char byte : bytes) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray chunk;
    const quint32 length = quint32(data.size());
    chunk.append(char(length >> 24)).append(char(length >> 16)).append(char(length >> 8)).append(char(length));
    const quint32 crc = crc32(type + data);
    chunk.append(type).append(data);
    chunk.append(char(crc >> 24)).append(char(crc >> 16)).append(char(crc >> 8)).append(char(crc));
    return chunk;
}

// The header of a PNG 30000 × 30000 pixels: what a decoder would need 3.6 GB for.
QByteArray hugePng()
{
    QByteArray header;
    for (quint32 v : {30000u, 30000u})
        header.append(char(v >> 24)).append(char(v >> 16)).append(char(v >> 8)).append(char(v));
    header.append(char(8)).append(char(2)).append(char(0)).append(char(0)).append(char(0));
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header)
        + pngChunk("IDAT", QByteArray::fromHex("789c030000000001")) + pngChunk("IEND", {});
}

// A PDF protected by a password nobody knows (the standard security handler, revision 2).
QByteArray lockedPdf()
{
    QByteArray pdf("%PDF-1.4\n");
    QList<qsizetype> offsets;
    const QByteArray secret = QByteArray(32, 'x').toHex();
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        "<< /Filter /Standard /V 1 /R 2 /O <" + secret + "> /U <" + secret + "> /P -4 >>",
    };
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 5\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> "
           "<0123456789abcdef0123456789abcdef>] >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

bool hasRight(const LetterFacts &facts, const QString &type)
{
    return facts.types().contains(type);
}

} // namespace

class TestIntake : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<OcrEngine> m_zones;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        return test::writeFile(path, bytes) ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_zones = std::make_unique<OcrEngine>(OcrEngine::Purpose::ZoneLine);
        QVERIFY2(m_zones->isReady(), "Tesseract and its English data must be installed");
        QVERIFY(OcrEngine(OcrEngine::Purpose::Page).isReady());
    }

    // ---- the fixtures: language and every right asked for ----

    void theFixtureLettersAreUnderstood_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("types");
        const QStringList erasure{QStringLiteral("erasure"), QStringLiteral("objection"), QStringLiteral("consent_withdrawal")};
        QTest::newRow("access, English") << "access_en.pdf" << "en" << QStringList{QStringLiteral("access")};
        QTest::newRow("access, French") << "access_fr.pdf" << "fr" << QStringList{QStringLiteral("access")};
        QTest::newRow("erasure, English") << "erase_en.pdf" << "en" << erasure;
        QTest::newRow("erasure, French") << "erase_fr.pdf" << "fr" << erasure;
    }

    void theFixtureLettersAreUnderstood()
    {
        QFETCH(QString, file);
        QFETCH(QString, language);
        QFETCH(QStringList, types);
        IntakeReader reader;
        const auto analysis = reader.analyze(kFixtures + QStringLiteral("/gdpr-letters/") + file, QString(), {},
                                             QDate(2026, 11, 22));
        PC_VERIFY_OK(analysis);
        QCOMPARE(analysis->letter.mediaType, QStringLiteral("application/pdf"));
        QVERIFY(!analysis->letter.pages.constFirst().byOcr);
        QCOMPARE(analysis->facts.language.value, language);
        QCOMPARE(analysis->facts.types(), types);
        // Blank templates: no requester, no date, no identity document.
        QVERIFY(analysis->facts.name.isEmpty());
        QVERIFY(!analysis->facts.date.isValid());
        QVERIFY(!analysis->idDocument);
        for (const RequestedRight &right : analysis->facts.rights) {
            QVERIFY(right.confidence >= 50);
            QVERIFY(right.source.isValid());
        }
    }

    // ---- letters in prose and filled-in templates ----

    void lettersAreUnderstood_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("types");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("organizationFound");

        QTest::newRow("French prose") << frenchLetter().join(QLatin1Char('\n')) << "fr"
                                      << QStringList{QStringLiteral("access"), QStringLiteral("rectification")}
                                      << "Jeanne Dupont" << "jeanne.dupont@example.fr" << "12 rue des Lilas, 75011 Paris"
                                      << QDate(2026, 3, 3) << true;
        QTest::newRow("English prose") << englishLetter().join(QLatin1Char('\n')) << "en"
                                       << QStringList{QStringLiteral("access"), QStringLiteral("portability")}
                                       << "John Smith" << "john.smith@example.co.uk"
                                       << "221B Baker Street, London NW1 6XE" << QDate(2026, 2, 12) << true;
        QTest::newRow("French erasure, consent withdrawn, objection")
            << QStringLiteral("Karim Ben Salah\n14 avenue Habib Bourguiba\n1001 Tunis\n\nTunis, le 1er octobre 2026\n\n"
                              "Madame, Monsieur,\nJe vous demande de supprimer toutes mes données. Je retire mon "
                              "consentement à recevoir vos offres et je m'oppose à tout traitement de mes données à "
                              "des fins de prospection.\nCordialement,\nKarim Ben Salah")
            << "fr"
            << QStringList{QStringLiteral("erasure"), QStringLiteral("objection"), QStringLiteral("consent_withdrawal")}
            << "Karim Ben Salah" << "" << "14 avenue Habib Bourguiba, 1001 Tunis" << QDate(2026, 10, 1) << false;
        QTest::newRow("English template filled in")
            << QStringLiteral("Company name: SOFTNLABS SAS\nStreet/Address: 8 avenue de l'Europe\nZIP, City: 69000 Lyon\n"
                              "Country: France\n\nName: Maria Rossi\nStreet/Address: Via Roma 10\nZIP, City: 00184 Roma\n"
                              "Country: Italy\nEmail: maria.rossi@example.it\nPhone number:\n\nDate: 05/11/2026\n\n"
                              "Personal data erasure request\nI am hereby requesting immediate erasure of all of my "
                              "personal data according to Article 17 GDPR.")
            << "en" << QStringList{QStringLiteral("erasure")} << "Maria Rossi" << "maria.rossi@example.it"
            << "Via Roma 10, 00184 Roma, Italy" << QDate(2026, 11, 5) << true;
        QTest::newRow("South African objection and correction")
            << QStringLiteral("Thandi van der Merwe\n5 Long Street\nCape Town 8001\nthandi@example.co.za\n\n"
                              "2026-09-14\n\nDear Information Officer,\nI object to the processing of my personal "
                              "information for direct marketing. Please also correct my address: I have moved.\n"
                              "Kind regards,\nThandi van der Merwe")
            << "en" << QStringList{QStringLiteral("rectification"), QStringLiteral("objection")}
            << "Thandi van der Merwe" << "thandi@example.co.za" << "5 Long Street, Cape Town 8001"
            << QDate(2026, 9, 14) << false;
        QTest::newRow("French template, signature only")
            << QStringLiteral("Dénomination de la société: SOFTNLABS SAS\nNom:\nRue, adresse:\n\nDemande de portabilité\n"
                              "Je souhaite recevoir mes données dans un format structuré afin de les transmettre à un "
                              "autre prestataire.\nSincères salutations,\nÉlodie Lefèvre-Martin")
            << "fr" << QStringList{QStringLiteral("portability")} << "Élodie Lefèvre-Martin" << "" << ""
            << QDate() << true;
    }

    void lettersAreUnderstood()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QStringList, types);
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, address);
        QFETCH(QDate, date);
        QFETCH(bool, organizationFound);
        const QList<KnownOrganization> known{{7, QStringLiteral("Atlas ERP SARL")}, {9, QStringLiteral("SOFTNLABS SAS")}};
        const LetterFacts facts = readLetter(text, known, QDate(2026, 11, 22));
        QCOMPARE(facts.language.value, language);
        QCOMPARE(facts.types(), types);
        QCOMPARE(facts.name.value, name);
        QCOMPARE(facts.email.value, email);
        QCOMPARE(facts.address.value, address);
        QCOMPARE(facts.date, date);
        QCOMPARE(facts.organizationId, organizationFound ? RowId(9) : RowId(0));
        // Each value points at the words it was read from.
        for (const ReadValue *value : {&facts.name, &facts.email, &facts.letterDate}) {
            if (value->isEmpty())
                continue;
            QVERIFY(value->source.isValid());
            QVERIFY(value->confidence > 0 && value->confidence <= 100);
        }
        if (!facts.name.isEmpty())
            QCOMPARE(text.mid(facts.name.source.offset, facts.name.source.length), name);
    }

    void theRegulationsDateIsNotTheLetters()
    {
        const LetterFacts facts = readLetter(
            QStringLiteral("To Whom It May Concern,\nI make this request pursuant to Article 15 of the Regulation (EU) "
                           "2016/679 of the European Parliament and of the Council of 27 April 2016 on the protection."),
            {}, QDate(2026, 11, 22));
        QVERIFY(!facts.date.isValid());
        QCOMPARE(facts.types(), QStringList{QStringLiteral("access")});
    }

    // Where letters put the requester: under "Bien à vous", after "Je
    // soussigné(e)"; an address broken after its @; one that shares no part
    // of the name is read but said doubtful.
    void theRequesterIsFoundWhereLettersPutThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("emailSure");
        QTest::addColumn<bool>("nameSure");
        QTest::newRow("signature after Bien à vous")
            << QStringLiteral("12 rue des Lilas\n69003 Lyon\nCourriel : lea.girard@laposte.net\n\nMadame, Monsieur,\n"
                              "je vous demande l'accès à mes données (article 15 du RGPD).\n\nBien à vous,\n\nLéa Girard")
            << QStringLiteral("Léa Girard") << QStringLiteral("lea.girard@laposte.net") << true << true;
        QTest::newRow("je soussigné(e)")
            << QStringLiteral("Madame, Monsieur,\nJe soussigné(e) Marc Lefèvre, demeurant 3 place du Marché, vous demande "
                              "l'effacement de mes données (article 17 du RGPD).\nmarc.lefevre@free.fr")
            << QStringLiteral("Marc Lefèvre") << QStringLiteral("marc.lefevre@free.fr") << true << true;
        QTest::newRow("address broken after @")
            << QStringLiteral("Emily Clarke\n101 Kingsway\nLondon WC2B 6AA\nEmail: emily.clarke@\noutlook.com\n\n"
                              "Dear Sir or Madam,\nI object to direct marketing (Article 21 GDPR).\n\nBest wishes,\n\nEmily Clarke")
            << QStringLiteral("Emily Clarke") << QStringLiteral("emily.clarke@outlook.com") << true << true;
        QTest::newRow("a segment of the address lost")
            << QStringLiteral("Nom : Pieter Janssens\nCourriel : sens@telenet.be\n\nJe demande l'accès à mes données "
                              "(article 15 du RGPD).")
            << QStringLiteral("Pieter Janssens") << QStringLiteral("sens@telenet.be") << false << true;
        QTest::newRow("the address whole under the signature")
            << QStringLiteral("Nom : Léa Girard\nCourriel : girard@laposte.net\n\nJe demande l'accès à mes données "
                              "(article 15 du RGPD).\n\nBien à vous,\nLéa Girard\nlea.girard@laposte.net")
            << QStringLiteral("Léa Girard") << QStringLiteral("lea.girard@laposte.net") << true << true;
        QTest::newRow("the block and the signature name two people")
            << QStringLiteral("Marie Dupont\n4 avenue Foch\n75016 Paris\n\nMadame, Monsieur,\nje vous demande l'accès à mes "
                              "données (article 15 du RGPD).\n\nCordialement,\n\nLéa Girard\nlea.girard@laposte.net")
            << QStringLiteral("Marie Dupont") << QStringLiteral("lea.girard@laposte.net") << false << false;
        QTest::newRow("a title and a middle name are the same person")
            << QStringLiteral("Mme Léa Marie Girard\n12 rue des Lilas\n69003 Lyon\nlea.girard@laposte.net\n\nMadame,\n"
                              "je vous demande l'accès à mes données.\n\nBien à vous,\nLéa Girard")
            << QStringLiteral("Mme Léa Marie Girard") << QStringLiteral("lea.girard@laposte.net") << true << true;
    }
    void theRequesterIsFoundWhereLettersPutThem()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(bool, emailSure);
        QFETCH(bool, nameSure);
        const LetterFacts facts = readLetter(text, {}, QDate(2026, 11, 22));
        QCOMPARE(facts.name.value, name);
        QCOMPARE(facts.name.isSure(), nameSure);
        QCOMPARE(facts.email.value, email);
        QCOMPARE(facts.email.isSure(), emailSure);
        // A doubt is said in words, not only by a number.
        QCOMPARE(facts.name.doubt.isEmpty(), nameSure);
        QCOMPARE(facts.email.doubt.isEmpty(), emailSure);
    }

    void theSendersAddressIsRead_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("address");
        QTest::newRow("no name above it, lines apart as OCR leaves them")
            << QStringLiteral("31 boulevard Victor Hugo\n\n06000 Nice\n\nEmail: elodie.perrin@\n\nwanadoo.fr\n\n"
                              "Data Protection Officer\n\nSOFTNLABS SAS\n\n10 rue de la Paix, 75002 Paris\n\n3 March 2026\n\n"
                              "Dear Sir or Madam,\n\nMy name is Elodie Perrin. I withdraw my consent to the processing "
                              "of my personal data.\n\nKind regards,\n\nElodie Perrin")
            << QStringLiteral("31 boulevard Victor Hugo, 06000 Nice");
        QTest::newRow("under the name, the recipient's block apart")
            << QStringLiteral("Marie Dupont\n4 avenue Foch\n75016 Paris\n\nSOFTNLABS SAS\n10 rue de la Paix\n75002 Paris\n\n"
                              "Madame, Monsieur,\nje vous demande l'accès à mes données (article 15 du RGPD).\n\n"
                              "Cordialement,\nMarie Dupont")
            << QStringLiteral("4 avenue Foch, 75016 Paris");
        QTest::newRow("a British postcode and the country")
            << QStringLiteral("Emily Clarke\n101 Kingsway\nLondon WC2B 6AA\nUnited Kingdom\n12 February 2026\n\n"
                              "Dear Sir or Madam,\nI object to direct marketing (Article 21 GDPR).\n\nBest wishes,\n\nEmily Clarke")
            << QStringLiteral("101 Kingsway, London WC2B 6AA, United Kingdom");
        QTest::newRow("a British town under a blank line, as OCR leaves it")
            << QStringLiteral("Emily Clarke\n\n101 Kingsway\n\nLondon WC2B 6AA\n\nEmail: emily.clarke@outlook.com\n\n"
                              "Dear Sir or Madam,\n\nI object to direct marketing (Article 21 GDPR).\n\nBest wishes,\n\nEmily Clarke")
            << QStringLiteral("101 Kingsway, London WC2B 6AA");
        QTest::newRow("a South African town before its postcode")
            << QStringLiteral("David Okafor\n\n19 Church Road\n\nCape Town 8001\n\nLe 3 mars 2026\n\nMadame, Monsieur,\n\n"
                              "je vous demande l'accès à mes données (article 15 du RGPD).\n\nBien à vous,\n\nDavid Okafor")
            << QStringLiteral("19 Church Road, Cape Town 8001");
        QTest::newRow("a form's French labels")
            << QStringLiteral("DEMANDE D'EXERCICE DE DROITS (RGPD)\n\nNom : Léa Girard\nAdresse : 12 rue des Lilas, 69003 Lyon\n"
                              "Courriel : lea.girard@laposte.net\n\nJe demande l'accès à mes données (article 15 du RGPD).")
            << QStringLiteral("12 rue des Lilas, 69003 Lyon");
    }
    void theSendersAddressIsRead()
    {
        QFETCH(QString, text);
        QFETCH(QString, address);
        const LetterFacts facts = readLetter(text, {}, QDate(2026, 11, 22));
        QCOMPARE(facts.address.value, address);
        QVERIFY(facts.address.source.isValid());
    }

    // What the register knows of the organization's people weighs on the
    // reading: a known address names the person and vouches for the name
    // it comes with; an address a segment short of a known one is not taken.
    void theRegisterVouchesForWhoItKnows_data() { test::addEngineColumn(); test::addEngineRows(); }
    void theRegisterVouchesForWhoItKnows()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        RegisterRepository registers(*db);
        Organization o;
        o.name = QStringLiteral("Wallonia Cloud");
        o.country = QStringLiteral("BE");
        o.jurisdiction = QStringLiteral("BE");
        o.policyLanguage = QStringLiteral("fr");
        PC_VERIFY_OK(registers.addOrganization(o));
        Organization other = o;
        other.id = 0;
        other.name = QStringLiteral("Someone Else");
        PC_VERIFY_OK(registers.addOrganization(other));
        PeopleRepository people(*db);
        const auto person = [&](RowId organization, const QString &first, const QString &last, const QString &email) {
            DataSubject s;
            s.organizationId = organization;
            s.firstName = first;
            s.lastName = last;
            s.email = email;
            const auto id = people.addSubject(s);
            return id ? id.value() : RowId(0);
        };
        const RowId pieter = person(o.id, QStringLiteral("Pieter"), QStringLiteral("Janssens"), QStringLiteral("pieter.janssens@telenet.be"));
        const RowId emily = person(o.id, QStringLiteral("Emily"), QStringLiteral("Clarke"), QStringLiteral("Emily.Clarke@outlook.com"));
        const RowId elsewhere = person(other.id, QStringLiteral("Anna"), QStringLiteral("Peeters"), QStringLiteral("anna.peeters@skynet.be"));
        QVERIFY(pieter > 0 && emily > 0 && elsewhere > 0);
        const auto weighed = [&](const QString &text, RowId organization) {
            LetterFacts facts = readLetter(text, {}, QDate(2026, 11, 22));
            const Status s = weighAgainstRegister(*db, organization, facts);
            if (!s)
                qWarning("%s", qPrintable(s.errorMessage()));
            return facts;
        };
        const QString access = QStringLiteral("\n\nJe demande l'accès à mes données (article 15 du RGPD).");

        // A known address, the name with it: both sure, the person named.
        LetterFacts facts = weighed(QStringLiteral("Nom : Emily Clarke\nCourriel : emily.clarke@outlook.com") + access, o.id);
        QCOMPARE(facts.subjectId, emily);
        QCOMPARE(facts.subjectName, QStringLiteral("Emily Clarke"));
        QVERIFY(facts.email.confidence >= 95);
        QVERIFY(facts.name.confidence >= 95);

        // The first segment of the address lost: the name shares a part with
        // it, but the register knows better, and says what.
        const QString cut = QStringLiteral("Nom : Pieter Janssens\nCourriel : janssens@telenet.be") + access;
        QVERIFY(readLetter(cut, {}, QDate(2026, 11, 22)).email.isSure());
        facts = weighed(cut, o.id);
        QCOMPARE(facts.email.value, QStringLiteral("janssens@telenet.be"));
        QVERIFY(!facts.email.isSure());
        QVERIFY2(facts.email.doubt.contains(QStringLiteral("pieter.janssens@telenet.be")), qPrintable(facts.email.doubt));
        QCOMPARE(facts.subjectId, RowId(0));
        QVERIFY(facts.name.isSure());

        // A known address with someone else's name: the name is doubtful.
        facts = weighed(QStringLiteral("Nom : Marie Dupont\nCourriel : emily.clarke@outlook.com") + access, o.id);
        QCOMPARE(facts.subjectId, emily);
        QVERIFY(!facts.name.isSure());
        QVERIFY2(facts.name.doubt.contains(QStringLiteral("Emily Clarke")), qPrintable(facts.name.doubt));

        // A known address and no name: the register's.
        facts = weighed(QStringLiteral("Courriel : emily.clarke@outlook.com") + access, o.id);
        QCOMPARE(facts.name.value, QStringLiteral("Emily Clarke"));

        // Another organization's person is not this one's.
        facts = weighed(QStringLiteral("Nom : Anna Peeters\nCourriel : anna.peeters@skynet.be") + access, o.id);
        QCOMPARE(facts.subjectId, RowId(0));
        facts = weighed(QStringLiteral("Nom : Anna Peeters\nCourriel : anna.peeters@skynet.be") + access, other.id);
        QCOMPARE(facts.subjectId, elsewhere);

        // The request made from a known address is linked to the person, in its history.
        const QString letter = write(QStringLiteral("known-") + engine + QStringLiteral(".pdf"),
                                     test::textPdf({{QStringLiteral("Emily Clarke"), QStringLiteral("emily.clarke@outlook.com"),
                                                     QString(), QStringLiteral("Wallonia Cloud"), QString(),
                                                     QStringLiteral("Dear Sir or Madam,"),
                                                     QStringLiteral("I ask for a copy of my personal data (Article 15 GDPR)."),
                                                     QString(), QStringLiteral("Yours faithfully,"), QStringLiteral("Emily Clarke")}}));
        const auto known = knownOrganizations(*db);
        PC_VERIFY_OK(known);
        IntakeReader reader;
        auto analysis = reader.analyze(letter, QString(), known.value(), QDate::currentDate());
        PC_VERIFY_OK(analysis);
        QCOMPARE(analysis->facts.organizationId, o.id);
        PC_VERIFY_OK(weighAgainstRegister(*db, o.id, analysis->facts));
        QCOMPARE(toJson(analysis.value(), QDate::currentDate()).value(QStringLiteral("subject")).toObject().value(QStringLiteral("id")).toInteger(), emily);
        const IntakeDecision decision = proposedDecision(analysis.value(), QDate::currentDate());
        QCOMPARE(decision.subjectId, emily);
        const auto created = createRequest(*db, analysis.value(), decision, nullptr);
        PC_VERIFY_OK(created);
        QCOMPARE(CaseRepository(*db).request(created->id)->subjectId, emily);
        const auto history = CaseRepository(*db).requestEvents(created->id);
        PC_VERIFY_OK(history);
        QVERIFY(std::any_of(history->cbegin(), history->cend(), [](const RequestEvent &e) {
            return e.step == QLatin1String("subject_linked") && e.note.contains(QStringLiteral("Clarke"));
        }));
        // Never linked across organizations.
        IntakeDecision crossed = decision;
        crossed.organizationId = other.id;
        QVERIFY(!createRequest(*db, analysis.value(), crossed, nullptr));
    }

    // ---- scans ----

    // An address whose first segment the page's reading lost (printed
    // faint) is read again on its line, and the whole address found.
    void aCutAddressIsReadAgain_data()
    {
        QTest::addColumn<int>("grey");
        QTest::addColumn<QString>("email");
        QTest::newRow("faint first segment") << 200 << QStringLiteral("lea.girard@laposte.net");
        QTest::newRow("all printed alike") << 25 << QStringLiteral("lea.girard@laposte.net");
    }
    void aCutAddressIsReadAgain()
    {
        QFETCH(int, grey);
        QFETCH(QString, email);
        QImage page(2480, 3508, QImage::Format_RGB32);
        page.setDotsPerMeterX(11811);
        page.setDotsPerMeterY(11811);
        page.fill(Qt::white);
        QPainter painter(&page);
        QFont font(QStringLiteral("DejaVu Serif"));
        font.setPixelSize(46);
        painter.setFont(font);
        const QColor ink(25, 25, 25);
        painter.setPen(ink);
        const QStringList lines{QStringLiteral("Léa Girard"), QStringLiteral("12 rue des Lilas"), QStringLiteral("69003 Lyon"),
                                QString(), QString(), QStringLiteral("Madame, Monsieur,"),
                                QStringLiteral("je vous demande l'accès à mes données (article 15 du RGPD)."), QString(),
                                QStringLiteral("Bien à vous,"), QStringLiteral("Léa Girard")};
        int y = 300;
        for (const QString &line : lines) {
            painter.drawText(QPoint(250, y), line);
            y += 70;
        }
        // The fourth line: "Courriel : " and the address, its first segment faint.
        const int mailY = 300 + 3 * 70;
        int x = 250;
        const QFontMetrics metrics(font);
        for (const auto &[text, colour] : {std::pair{QStringLiteral("Courriel : "), ink},
                                           std::pair{QStringLiteral("lea."), QColor(grey, grey, grey)},
                                           std::pair{QStringLiteral("girard@laposte.net"), ink}}) {
            painter.setPen(colour);
            painter.drawText(QPoint(x, mailY), text);
            x += metrics.horizontalAdvance(text);
        }
        painter.end();
        const QString path = write(QStringLiteral("faint-%1.png").arg(grey), test::pngBytes(page));
        DocumentReader documents;
        const auto read = documents.read(path);
        PC_VERIFY_OK(read);
        IntakeReader reader;
        const auto analysis = reader.analyze(path, QString(), {}, QDate(2026, 11, 22));
        PC_VERIFY_OK(analysis);
        QCOMPARE(analysis->facts.name.value, QStringLiteral("Léa Girard"));
        QCOMPARE(analysis->facts.email.value, email);
        QVERIFY(analysis->facts.email.isSure());
    }

    void aScannedLetterIsReadByOcr()
    {
        const QString png = write(QStringLiteral("scan-fr.png"), test::pngBytes(test::scannedPage(frenchLetter(), 1.2, 10)));
        const QString pdf = write(QStringLiteral("scan-en.pdf"),
                                  test::scannedPdf({test::scannedPage(englishLetter(), -0.8, 8, 2)}));
        IntakeReader reader;
        const QList<KnownOrganization> known{{9, QStringLiteral("SOFTNLABS SAS")}};
        const auto french = reader.analyze(png, QString(), known, QDate(2026, 11, 22));
        PC_VERIFY_OK(french);
        QVERIFY(french->letter.pages.constFirst().byOcr);
        QVERIFY(!french->letter.pages.constFirst().words.isEmpty());
        QCOMPARE(french->facts.language.value, QStringLiteral("fr"));
        QCOMPARE(french->facts.types(), (QStringList{QStringLiteral("access"), QStringLiteral("rectification")}));
        QCOMPARE(french->facts.name.value, QStringLiteral("Jeanne Dupont"));
        QCOMPARE(french->facts.date, QDate(2026, 3, 3));
        QCOMPARE(french->facts.organizationId, RowId(9));

        const auto english = reader.analyze(pdf, QString(), known, QDate(2026, 11, 22));
        PC_VERIFY_OK(english);
        QVERIFY(english->letter.pages.constFirst().byOcr);
        QCOMPARE(english->facts.language.value, QStringLiteral("en"));
        QVERIFY(hasRight(english->facts, QStringLiteral("access")));
        QVERIFY(hasRight(english->facts, QStringLiteral("portability")));
        QCOMPARE(english->facts.email.value, QStringLiteral("john.smith@example.co.uk"));
    }

    // ---- identity documents ----

    void identityDocumentsAreRead_data()
    {
        QTest::addColumn<bool>("card");
        QTest::addColumn<double>("degrees");
        QTest::addColumn<double>("noise");
        QTest::newRow("passport, straight") << false << 0.0 << 6.0;
        QTest::newRow("passport, turned 4°, grainy") << false << 4.0 << 10.0;
        QTest::newRow("passport, upside down") << false << 180.0 << 8.0;
        QTest::newRow("card, straight") << true << 0.0 << 6.0;
        QTest::newRow("card, upside down") << true << 180.0 << 8.0;
        QTest::newRow("passport, on its side") << false << 90.0 << 8.0;
        QTest::newRow("card, turned -3") << true << -3.0 << 8.0;
    }

    void identityDocumentsAreRead()
    {
        QFETCH(bool, card);
        QFETCH(double, degrees);
        QFETCH(double, noise);
        const HolderDetails holder = eriksson();
        const QStringList zone = card ? test::cardZone(holder) : test::passportZone(holder);
        QVERIFY(parseMrz(zone).has_value() && parseMrz(zone)->isValid());
        const std::optional<MrzData> read = readMrzFromImage(test::documentPhoto(zone, degrees, noise), *m_zones);
        QVERIFY2(read.has_value(), "no zone found");
        QVERIFY2(read->isValid(), qPrintable(read->lines.join(QStringLiteral(" | "))));
        QCOMPARE(read->format, card ? MrzFormat::TD1 : MrzFormat::TD3);
        QCOMPARE(read->surname, QStringLiteral("ERIKSSON"));
        QCOMPARE(read->givenNames, QStringLiteral("ANNA MARIA"));
        QCOMPARE(read->documentNumber, QStringLiteral("L898902C3"));
        QCOMPARE(read->birthDate, QDate(1974, 8, 12));
        QCOMPARE(read->expiryDate, QDate(2031, 4, 15));
        QVERIFY(!read->isExpired(QDate(2026, 11, 22)));
        QVERIFY(namesMatch(*read, QStringLiteral("Anna-Maria Eriksson")));
        QVERIFY(!namesMatch(*read, QStringLiteral("Jeanne Dupont")));
    }

    void anAlteredCheckDigitIsFlagged()
    {
        QStringList zone = test::passportZone(test::johnSmith());
        // The number's check digit changed, as on a forged or misprinted document.
        const QChar digit = zone[1].at(9);
        zone[1][9] = QChar(u'0' + (digit.digitValue() + 3) % 10);
        const std::optional<MrzData> read = readMrzFromImage(test::documentPhoto(zone, 1.5, 8, 3), *m_zones);
        QVERIFY(read.has_value());
        QVERIFY(!read->isValid());
        QVERIFY(read->failedChecks.contains(QStringLiteral("document number")));
        QCOMPARE(read->surname, QStringLiteral("SMITH"));
    }

    void anExpiredDocumentIsFlagged()
    {
        HolderDetails holder = test::johnSmith();
        holder.expiryDate = QDate(2024, 1, 31);
        const std::optional<MrzData> read =
            readMrzFromImage(test::documentPhoto(test::passportZone(holder), 0, 6, 4), *m_zones);
        QVERIFY(read && read->isValid());
        QVERIFY(read->isExpired(QDate(2026, 11, 22)));
    }

    // A photo of a passport gives the same zone whatever carries it: alone
    // (whatever its proportions), as the letter itself, or on a page of a
    // text PDF under a caption (its text layer beside a JPEG-compressed
    // picture), on page 2 or page 1.
    void aPhotoReadsTheSameWhereverItIs_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("sure");
        QTest::newRow("TD3 specimen") << QStringLiteral("specimen-passport-td3.jpg") << true;
        QTest::newRow("Romanian card") << QStringLiteral("100_id-rou.jpg") << true;
        // Two photos with a page's proportions whose readings vary with the
        // least change of scale: read again until one needs no correction,
        // and the German one, whose zeros the OCR reads as O, D or Q, never
        // presented as sure.
        QTest::newRow("Luxembourg passport, a page's proportions") << QStringLiteral("100_pass-lux.jpg") << true;
        QTest::newRow("German passport, a page's proportions") << QStringLiteral("100_pass-bdr.jpg") << false;
    }
    void aPhotoReadsTheSameWhereverItIs()
    {
        QFETCH(QString, file);
        QFETCH(bool, sure);
        const QString path = kFixtures + QStringLiteral("/passporteye-mrz/") + file;
        DocumentReader reader;
        const auto alone = reader.read(path);
        PC_VERIFY_OK(alone);
        QCOMPARE(alone->idPageIndex(), 0);
        const MrzData zone = *alone->pages.at(0).zone;
        QVERIFY2(zone.isValid(), qPrintable(zone.lines.join(QLatin1Char(' '))));
        QCOMPARE(zone.isSure(), sure);
        // Through the command's own path: the photo given as the letter and as the copy.
        IntakeReader intake;
        const auto both = intake.analyze(path, path, {}, QDate(2026, 12, 5));
        PC_VERIFY_OK(both);
        QVERIFY(both->idDocument);
        QCOMPARE(both->idDocument->lines, zone.lines);
        // The printed page of a passport is not a letter: no requester read from it.
        QCOMPARE(both->facts.name.value, QString());

        const QImage photo(path);
        for (int at : {0, 1}) {
            QList<QStringList> pages{englishLetter(), {QStringLiteral("Copy of my passport, as you asked:")}};
            QList<QImage> images{QImage(), photo};
            if (at == 0) {
                std::swap(pages[0], pages[1]);
                std::swap(images[0], images[1]);
            }
            const QString pdf = write(QStringLiteral("letter-%1-%2.pdf").arg(at).arg(file), test::textPdf(pages, images));
            const auto read = reader.read(pdf);
            PC_VERIFY_OK(read);
            QCOMPARE(read->idPageIndex(), at);
            QVERIFY(!read->pages.at(1 - at).zone);
            // Found and verified wherever it is. What the check digits vouch
            // for is the same whenever both readings are sure: never two
            // numbers presented as sure. A name (which has no check digit)
            // may lose a letter to the page's compression.
            const MrzData &inPdf = *read->pages.at(at).zone;
            QVERIFY2(inPdf.isValid(), qPrintable(inPdf.lines.join(QLatin1Char(' '))));
            if (!inPdf.isSure() || !zone.isSure())
                continue;
            QCOMPARE(inPdf.documentNumber, zone.documentNumber);
            QCOMPARE(inPdf.birthDate, zone.birthDate);
            QCOMPARE(inPdf.expiryDate, zone.expiryDate);
        }
    }

    void theIdPageOfALetterIsFoundAndKeptApart()
    {
        const QImage passport = test::documentPhoto(test::passportZone(test::johnSmith()), 0, 3, 5);
        const QString path = write(QStringLiteral("letter-with-id.pdf"), test::textPdf({englishLetter(), {}}, {QImage(), passport}));
        IntakeReader reader;
        const auto analysis = reader.analyze(path, QString(), {}, QDate(2026, 11, 22));
        PC_VERIFY_OK(analysis);
        QCOMPARE(analysis->letter.pages.size(), 2);
        QCOMPARE(analysis->idPageIndex, 1);
        QVERIFY(analysis->idDocument.has_value());
        QCOMPARE(analysis->idDocument->surname, QStringLiteral("SMITH"));
        QCOMPARE(analysis->idDocument->documentNumber, QStringLiteral("533380006"));
        QCOMPARE(analysis->identityMatch, std::optional<bool>(true));
        // The vault gets the whole file; the database only the letter's page, as a new PDF.
        QCOMPARE(analysis->idCopy.content, analysis->letter.content);
        QCOMPARE(analysis->letterCopy.mediaType, QStringLiteral("application/pdf"));
        QPdfDocument kept;
        const QString keptPath = write(QStringLiteral("kept.pdf"), analysis->letterCopy.content);
        QCOMPARE(kept.load(keptPath), QPdfDocument::Error::None);
        QCOMPARE(kept.pageCount(), 1);

        // Someone else's passport: the names do not match.
        const QString other = write(QStringLiteral("other-id.png"),
                                    test::pngBytes(test::documentPhoto(test::passportZone(eriksson()), 2, 8, 6)));
        const QString letter = write(QStringLiteral("letter.pdf"), test::textPdf({englishLetter()}));
        const auto mismatch = reader.analyze(letter, other, {}, QDate(2026, 11, 22));
        PC_VERIFY_OK(mismatch);
        QVERIFY(mismatch->idDocument && mismatch->idDocument->isValid());
        QCOMPARE(mismatch->identityMatch, std::optional<bool>(false));
        QCOMPARE(mismatch->letterCopy.content, mismatch->letter.content);
        QCOMPARE(mismatch->idCopy.fileName, QStringLiteral("other-id.png"));
    }

    // ---- the request created ----

    void theRequestIsCreatedInOneTransaction_data() { test::addEngineColumn(); test::addEngineRows(); }

    void theRequestIsCreatedInOneTransaction()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        Organization o;
        o.name = QStringLiteral("SOFTNLABS SAS");
        o.country = QStringLiteral("FR");
        o.jurisdiction = QStringLiteral("FR");
        o.policyLanguage = QStringLiteral("fr");
        PC_VERIFY_OK(RegisterRepository(*db).addOrganization(o));
        auto vault = IdVault::open(*db, {scratch.folder() + QStringLiteral("/officer.key"), scratch.spec().password.toUtf8(),
                                         scratch.folder() + QStringLiteral("/id-copies"),
                                         scratch.folder() + QStringLiteral("/id-copies.key")});
        PC_VERIFY_OK(vault);

        const QString letter = write(QStringLiteral("req-") + engine + QStringLiteral(".pdf"), test::textPdf({englishLetter()}));
        const QString id = write(QStringLiteral("id-") + engine + QStringLiteral(".png"),
                                 test::pngBytes(test::documentPhoto(test::passportZone(test::johnSmith()), 0, 5, 7)));
        const auto known = knownOrganizations(*db);
        PC_VERIFY_OK(known);
        IntakeReader reader;
        const QDate today = QDate::currentDate();
        const auto analysis = reader.analyze(letter, id, known.value(), today);
        PC_VERIFY_OK(analysis);
        QCOMPARE(analysis->facts.organizationId, o.id);
        QCOMPARE(toJson(analysis.value(), today).value(QStringLiteral("identity_match")).toBool(), true);

        IntakeDecision decision = proposedDecision(analysis.value(), today);
        // A letter received before today: the deadline runs from the day received, not the letter's date.
        decision.receivedOn = today.addDays(-2);
        decision.letterDate = today.addDays(-5);

        // A wrong date refuses the whole import and leaves nothing behind.
        IntakeDecision wrong = decision;
        wrong.letterDate = today.addDays(-1);
        QVERIFY(!createRequest(*db, analysis.value(), wrong, &vault.value()));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM rights_requests")).toInt(), 0);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM attachments")).toInt(), 0);

        const auto created = createRequest(*db, analysis.value(), decision, &vault.value());
        PC_VERIFY_OK(created);
        const auto stored = CaseRepository(*db).request(created->id);
        PC_VERIFY_OK(stored);
        QCOMPARE(stored->types, (QStringList{QStringLiteral("access"), QStringLiteral("portability")}));
        QCOMPARE(stored->channel, QStringLiteral("letter"));
        QCOMPARE(stored->language, QStringLiteral("en"));
        QCOMPARE(stored->requesterName, QStringLiteral("John Smith"));
        QCOMPARE(stored->requesterEmail, QStringLiteral("john.smith@example.co.uk"));
        QCOMPARE(stored->receivedOn, today.addDays(-2));
        QCOMPARE(stored->letterDate, today.addDays(-5));
        const auto rules = deadlines::engineFor(*db, QStringLiteral("FR"));
        PC_VERIFY_OK(rules);
        RightsRequest expected = stored.value();
        deadlines::applyDeadlines(expected, rules.value(), today);
        QCOMPARE(stored->dueOn, expected.dueOn);
        QVERIFY(stored->dueOn > stored->receivedOn.addDays(27));

        const auto documents = CaseRepository(*db).requestAttachments(created->id);
        PC_VERIFY_OK(documents);
        QCOMPARE(documents->size(), 2);
        for (const Attachment &a : documents.value()) {
            if (a.kind == QLatin1String("letter")) {
                QCOMPARE(a.mediaType, QStringLiteral("application/pdf"));
                QVERIFY(a.encryptedPath.isEmpty());
            } else {
                QCOMPARE(a.kind, QStringLiteral("id_copy"));
                QVERIFY(a.encryptedPath.isEmpty());
                QVERIFY(a.content.isEmpty());
                QCOMPARE(a.destroyAfter, stored->dueOn);
                const auto copy = vault->read(*db, a);
                PC_VERIFY_OK(copy);
                QCOMPARE(copy.value(), analysis->idCopy.content);
            }
        }
        const auto history = CaseRepository(*db).requestEvents(created->id);
        PC_VERIFY_OK(history);
        QStringList steps;
        for (const RequestEvent &e : history.value())
            steps << e.step;
        QVERIFY(steps.contains(QStringLiteral("received")));
        QVERIFY(steps.contains(QStringLiteral("letter_imported")));
        QVERIFY(steps.contains(QStringLiteral("id_copy_stored")));
    }

    // ---- the identity check ----

    void theCheckIsProposedFromTheZone()
    {
        const QDate today(2026, 11, 22);
        const std::optional<MrzData> john = parseMrz(test::passportZone(test::johnSmith()));
        QVERIFY(john && john->isValid());
        ProposedCheck proposed = proposeCheck(john, QStringLiteral("Smith, John"), today);
        QCOMPARE(proposed.check.outcome, QStringLiteral("match"));
        QCOMPARE(proposed.check.documentType, QStringLiteral("TD3"));
        QCOMPARE(proposed.check.documentNumberSuffix, QStringLiteral("0006"));
        QCOMPARE(proposed.check.checkedOn, today);
        QVERIFY2(proposed.why.contains(QStringLiteral("JOHN SMITH")), qPrintable(proposed.why));

        // Someone else's document.
        proposed = proposeCheck(parseMrz(test::passportZone(eriksson())), QStringLiteral("John Smith"), today);
        QCOMPARE(proposed.check.outcome, QStringLiteral("mismatch"));
        QCOMPARE(proposed.check.documentNumberSuffix, QStringLiteral("02C3"));

        // The requester's, expired: the officer decides.
        HolderDetails old = test::johnSmith();
        old.expiryDate = QDate(2024, 1, 31);
        proposed = proposeCheck(parseMrz(test::passportZone(old)), QStringLiteral("John Smith"), today);
        QCOMPARE(proposed.check.outcome, QStringLiteral("inconclusive"));
        QVERIFY2(proposed.why.contains(QStringLiteral("expired")), qPrintable(proposed.why));

        // A check digit altered: never a match, whoever it names.
        QStringList altered = test::passportZone(test::johnSmith());
        QString &second = altered[1];
        second[9] = second.at(9) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        const std::optional<MrzData> forged = parseMrz(altered);
        QVERIFY(forged && !forged->isValid());
        proposed = proposeCheck(forged, QStringLiteral("John Smith"), today);
        QCOMPARE(proposed.check.outcome, QStringLiteral("inconclusive"));
        QVERIFY2(proposed.why.contains(QStringLiteral("document number")), qPrintable(proposed.why));

        // Digits that verify only after corrections: compared by the officer.
        std::optional<MrzData> repaired = john;
        repaired->repairs = MrzData::kSureRepairs + 1;
        QVERIFY(repaired->isValid() && !repaired->isSure());
        QVERIFY(john->betterThan(*repaired) && !repaired->betterThan(*john));
        proposed = proposeCheck(repaired, QStringLiteral("John Smith"), today);
        QCOMPARE(proposed.check.outcome, QStringLiteral("inconclusive"));
        QVERIFY2(proposed.why.contains(QStringLiteral("corrected")), qPrintable(proposed.why));

        // No zone read: nothing proposed but the officer's own look.
        proposed = proposeCheck(std::nullopt, QStringLiteral("John Smith"), today);
        QCOMPARE(proposed.check.outcome, QStringLiteral("inconclusive"));
        QCOMPARE(proposed.check.documentType, QStringLiteral("other"));
        QVERIFY(proposed.check.documentNumberSuffix.isEmpty());
    }

    // A copy in the vault is read in memory, checked, then destroyed; the
    // copies whose time has come are destroyed without anyone asking.
    void aStoredCopyIsCheckedThenDestroyed()
    {
        test::ScratchDatabase scratch(QStringLiteral("sqlite"));
        auto db = scratch.open();
        QVERIFY(db);
        Organization o;
        o.name = QStringLiteral("Example SARL");
        o.country = QStringLiteral("FR");
        o.jurisdiction = QStringLiteral("FR");
        PC_VERIFY_OK(RegisterRepository(*db).addOrganization(o));
        RightsRequest request;
        request.organizationId = o.id;
        request.reference = QStringLiteral("REQ-ID-1");
        request.jurisdiction = QStringLiteral("FR");
        request.requesterName = QStringLiteral("John Smith");
        request.types = {QStringLiteral("access")};
        request.receivedOn = QDate::currentDate().addDays(-3);
        request.dueOn = QDate::currentDate().addDays(27);
        PC_VERIFY_OK(CaseRepository(*db).addRequest(request));

        // Nothing due: no key is even looked at.
        const IdVault::Places places = IdVault::defaultPlaces(*db);
        QFile::remove(places.keyFile);
        QCOMPARE(destroyDueCopies(*db, QDate::currentDate()).value(), 0);
        QVERIFY(!QFile::exists(places.keyFile));

        const auto session = IdVault::session(*db);
        PC_VERIFY_OK(session);
        IdVault *vault = session.value();
        const QByteArray scan = test::scannedPdf({test::documentPhoto(test::passportZone(test::johnSmith()), 1, 5, 9)});
        const auto stored = vault->store(*db, request, QStringLiteral("passport.pdf"), QStringLiteral("application/pdf"),
                                         scan, request.dueOn);
        PC_VERIFY_OK(stored);
        const auto bytes = vault->read(*db, stored.value());
        PC_VERIFY_OK(bytes);
        // Read from memory, as decrypted: never written to a file in clear.
        DocumentReader reader;
        const auto document = reader.read(QStringLiteral("passport.pdf"), bytes.value());
        PC_VERIFY_OK(document);
        QCOMPARE(document->mediaType, QStringLiteral("application/pdf"));
        const int page = document->idPageIndex();
        QCOMPARE(page, 0);
        const ProposedCheck proposed = proposeCheck(document->pages.at(page).zone, request.requesterName,
                                                    QDate::currentDate());
        QCOMPARE(proposed.check.outcome, QStringLiteral("match"));
        IdentityCheck check = proposed.check;
        check.requestId = request.id;
        PC_VERIFY_OK(IdVault::recordCheck(*db, check));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM id_copy_contents")).toInt(), 0);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT document_number_suffix FROM identity_checks")).toString(),
                 QStringLiteral("0006"));

        // A second copy, forgotten past its time: destroyed when the database is next opened.
        const auto late = vault->store(*db, request, QStringLiteral("card.png"), QStringLiteral("image/png"),
                                       test::pngBytes(test::documentPhoto(test::cardZone(test::johnSmith()), 0, 3, 2)),
                                       QDate::currentDate().addDays(-1));
        PC_VERIFY_OK(late);
        QCOMPARE(destroyDueCopies(*db, QDate::currentDate()).value(), 1);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM id_copy_contents")).toInt(), 0);
        const auto history = CaseRepository(*db).requestEvents(request.id);
        PC_VERIFY_OK(history);
        QStringList steps;
        for (const RequestEvent &e : history.value())
            steps << e.step;
        QCOMPARE(steps.count(QStringLiteral("id_copy_destroyed")), 2);
        QCOMPARE(steps.count(QStringLiteral("identity_checked")), 1);
    }

    // ---- bad input ----

    void badFilesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QByteArray truncated;
        {
            QFile erase(kFixtures + QStringLiteral("/gdpr-letters/erase_en.pdf"));
            QVERIFY(erase.open(QIODevice::ReadOnly));
            truncated = erase.read(2500);
        }
        QList<QStringList> many;
        for (int i = 0; i < 300; ++i)
            many << QStringList{QStringLiteral("Page %1").arg(i + 1)};
        QImage blank(1700, 2400, QImage::Format_RGB32);
        blank.fill(QColor(250, 250, 248));
        QTest::newRow("empty") << "empty.pdf" << QByteArray() << "is empty";
        QTest::newRow("text named .jpg") << "photo.jpg" << QByteArray("Dear Sir, this is not a photo.\n")
                                          << "is named like a .jpg file";
        QTest::newRow("not a document") << "notes.txt" << QByteArray("hello") << "neither a PDF nor an image";
        QTest::newRow("truncated PDF") << "cut.pdf" << truncated << "damaged or incomplete";
        QTest::newRow("password") << "locked.pdf" << lockedPdf() << "protected by a password";
        QTest::newRow("30000 × 30000 image") << "huge.png" << hugePng() << "30000 × 30000 pixels";
        QTest::newRow("300 pages") << "long.pdf" << test::textPdf(many) << "has 300 pages";
        QTest::newRow("blank scan") << "blank.png" << test::pngBytes(test::scannedPage({}, 0, 3)) << "Nothing could be read";
    }

    void badFilesAreRefusedWithAReason()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString path = write(name, content);
        QVERIFY(!path.isEmpty());
        IntakeReader reader;
        const auto analysis = reader.analyze(path, QString(), {}, QDate(2026, 11, 22));
        QVERIFY(!analysis);
        QVERIFY2(analysis.errorMessage().contains(reason), qPrintable(analysis.errorMessage()));
        QVERIFY(analysis.errorMessage().contains(name));
    }

    void aFolderAndAMissingFileAreRefused()
    {
        DocumentReader reader;
        QVERIFY(reader.read(m_dir.path()).errorMessage().contains(QStringLiteral("folder")));
        QVERIFY(reader.read(m_dir.filePath(QStringLiteral("nothing.pdf"))).errorMessage().contains(QStringLiteral("does not exist")));
    }

    void readingCanBeCancelled()
    {
        const QString path = write(QStringLiteral("to-cancel.png"), test::pngBytes(test::scannedPage(frenchLetter(), 0, 5)));
        std::atomic_bool cancel{true};
        DocumentReader reader;
        reader.setCancelFlag(&cancel);
        const auto read = reader.read(path);
        QVERIFY(!read);
        QVERIFY(read.errorMessage().contains(QStringLiteral("cancelled")));
    }

    // ---- the command line ----

    void theCommandLinePrintsJsonAndCreates()
    {
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("cli-data")));
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(PC_TEST_EXECUTABLE),
                  {QStringLiteral("import-letter"), kFixtures + QStringLiteral("/gdpr-letters/erase_fr.pdf"),
                   QStringLiteral("--id"), kFixtures + QStringLiteral("/passporteye-mrz/specimen-passport-td3.png"),
                   QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(json.value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
        QCOMPARE(json.value(QStringLiteral("types")).toArray().size(), 3);
        QVERIFY(json.value(QStringLiteral("requester")).isObject());
        QVERIFY(json.value(QStringLiteral("letter_date")).isNull());
        const QJsonObject id = json.value(QStringLiteral("id_document")).toObject();
        QCOMPARE(id.value(QStringLiteral("format")).toString(), QStringLiteral("TD3"));
        QCOMPARE(id.value(QStringLiteral("surname")).toString(), QStringLiteral("ERIKSSON"));
        QCOMPARE(id.value(QStringLiteral("given_names")).toString(), QStringLiteral("ANNA MARIA"));
        QCOMPARE(id.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1974-08-12"));
        QCOMPARE(id.value(QStringLiteral("mrz_valid")).toBool(), true);
        QCOMPARE(id.value(QStringLiteral("expired")).toBool(), true);
        QVERIFY(json.value(QStringLiteral("identity_match")).isNull()); // a blank template names nobody

        // --create records it in the database named.
        test::ScratchDatabase scratch(QStringLiteral("sqlite"));
        {
            auto db = scratch.open();
            Organization o;
            o.name = QStringLiteral("Atlas ERP SARL");
            o.country = QStringLiteral("TN");
            o.jurisdiction = QStringLiteral("TN");
            PC_VERIFY_OK(RegisterRepository(*db).addOrganization(o));
        }
        cli.start(QStringLiteral(PC_TEST_EXECUTABLE),
                  {QStringLiteral("import-letter"), kFixtures + QStringLiteral("/gdpr-letters/access_en.pdf"),
                   QStringLiteral("--create"), QStringLiteral("--json"), QStringLiteral("--database"), scratch.address()});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QJsonObject made = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QVERIFY(made.value(QStringLiteral("created")).toObject().value(QStringLiteral("reference")).toString().startsWith(
            QStringLiteral("REQ-")));
        auto db = scratch.open();
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM rights_requests")).toInt(), 1);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT channel FROM rights_requests")).toString(), QStringLiteral("letter"));

        // A file that cannot be read: a message, an error status, nothing written.
        cli.start(QStringLiteral(PC_TEST_EXECUTABLE),
                  {QStringLiteral("import-letter"), write(QStringLiteral("bad.jpg"), QByteArray("text")),
                   QStringLiteral("--create"), QStringLiteral("--database"), scratch.address()});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY(cli.readAllStandardError().contains("bad.jpg"));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT COUNT(*) FROM rights_requests")).toInt(), 1);
    }
};

QTEST_MAIN(TestIntake)
#include "tst_intake.moc"
