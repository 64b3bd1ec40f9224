// Reading machine-readable zones (ICAO 9303) as OCR gives them: the three
// layouts, every check digit, the confusions OCR makes and their repair,
// a digit that does not verify, and the holder's name against the
// requester's.
#include "intake/Mrz.h"

#include <QTest>

using namespace pc::intake;

namespace {

const QString kTd3First = QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<");
const QString kTd3Second = QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10");
const QString kTd1First = QStringLiteral("I<UTOD231458907<<<<<<<<<<<<<<<");
const QString kTd1Second = QStringLiteral("7408122F1204159UTO<<<<<<<<<<<6");
const QString kTd1Third = QStringLiteral("ERIKSSON<<ANNA<MARIA<<<<<<<<<<");
const QString kTd2First = QStringLiteral("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<");
const QString kTd2Second = QStringLiteral("D231458907UTO7408122F1204159<<<<<<<6");

QString replaced(QString line, int at, QChar c)
{
    line[at] = c;
    return line;
}

} // namespace

class TestMrz : public QObject
{
    Q_OBJECT

private slots:
    void checkDigits_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("digit");
        QTest::newRow("ICAO specimen document number") << QStringLiteral("L898902C3") << 6;
        QTest::newRow("ICAO specimen birth date") << QStringLiteral("740812") << 2;
        QTest::newRow("ICAO specimen expiry date") << QStringLiteral("120415") << 9;
        QTest::newRow("ICAO specimen optional data") << QStringLiteral("ZE184226B<<<<<") << 1;
        QTest::newRow("fillers count as zero") << QStringLiteral("<<<<<<<<<") << 0;
        QTest::newRow("TD1 specimen number") << QStringLiteral("D23145890") << 7;
    }
    void checkDigits()
    {
        QFETCH(QString, field);
        QFETCH(int, digit);
        QCOMPARE(checkDigit(field), digit);
    }

    void readsEachLayout_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("checks");
        QTest::addColumn<int>("repairs");
        QTest::newRow("TD3 passport, as printed") << QStringList{kTd3First, kTd3Second} << "TD3" << "L898902C3" << 5 << 0;
        QTest::newRow("TD1 card, as printed") << QStringList{kTd1First, kTd1Second, kTd1Third} << "TD1" << "D23145890" << 4 << 0;
        QTest::newRow("TD2 document, as printed") << QStringList{kTd2First, kTd2Second} << "TD2" << "D23145890" << 4 << 0;
        // OCR confusions: O for 0 in the dates, a space, guillemets for fillers.
        QTest::newRow("TD3, O read for 0 in both dates")
            << QStringList{kTd3First, QStringLiteral("L898902C36UTO74O8122F12O4159ZE184226B<<<<<10")} << "TD3" << "L898902C3"
            << 5 << 2;
        QTest::newRow("TD3, spaces and guillemets")
            << QStringList{QStringLiteral("P<UTO ERIKSSON«ANNA<MARIA«««««««««<"),
                           QStringLiteral("L898902C3 6 UTO 7408122 F 1204159 ZE184226B<<<<< 1 0")}
            << "TD3" << "L898902C3" << 5 << 0;
        // The 0 of the number read as O: the check digit says which it is.
        QTest::newRow("TD3, O for 0 in the number")
            << QStringList{kTd3First, QStringLiteral("L8989O2C36UTO7408122F1204159ZE184226B<<<<<10")} << "TD3" << "L898902C3"
            << 5 << 1;
        // Two fillers lost in the optional data, one in the names.
        QTest::newRow("TD3, fillers miscounted")
            << QStringList{QStringLiteral("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<"),
                           QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<10")}
            << "TD3" << "L898902C3" << 5 << 0;
        QTest::newRow("TD1, I read for 1 and O for 0 in the dates")
            << QStringList{kTd1First, QStringLiteral("74O8I22F12O4I59UTO<<<<<<<<<<<6"), kTd1Third} << "TD1" << "D23145890"
            << 4 << 4;
        QTest::newRow("TD1, B read for 8 in the number")
            << QStringList{QStringLiteral("I<UTOD23145B907<<<<<<<<<<<<<<<"), kTd1Second, kTd1Third} << "TD1" << "D23145890"
            << 4 << 1;
        QTest::newRow("TD1, lower case and noise")
            << QStringList{kTd1First.toLower(), kTd1Second + QStringLiteral(" ."), kTd1Third} << "TD1" << "D23145890" << 4 << 0;
    }
    void readsEachLayout()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, format);
        QFETCH(QString, number);
        QFETCH(int, checks);
        QFETCH(int, repairs);
        const std::optional<MrzData> read = parseMrz(lines);
        QVERIFY(read);
        QVERIFY2(read->isValid(), qPrintable(read->failedChecks.join(QStringLiteral(", ")) + QLatin1Char('\n')
                                             + read->lines.join(QLatin1Char('\n'))));
        QCOMPARE(formatName(read->format), format);
        QCOMPARE(read->checks, checks);
        QCOMPARE(read->score(), 100);
        QCOMPARE(read->repairs, repairs);
        QCOMPARE(read->documentNumber, number);
        QCOMPARE(read->surname, QStringLiteral("ERIKSSON"));
        QCOMPARE(read->givenNames, QStringLiteral("ANNA MARIA"));
        QCOMPARE(read->nationality, QStringLiteral("UTO"));
        QCOMPARE(read->issuingState, QStringLiteral("UTO"));
        QCOMPARE(read->birthDate, QDate(1974, 8, 12));
        QCOMPARE(read->expiryDate, QDate(2012, 4, 15));
        QCOMPARE(read->sex, QStringLiteral("F"));
        QVERIFY(read->isExpired(QDate(2026, 11, 22)));
        QVERIFY(!read->isExpired(QDate(2012, 4, 15)));
        QCOMPARE(read->numberSuffix(), number.right(4));
    }

    void aDigitThatDoesNotVerifyIsNamed_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QStringList>("failed");
        QTest::newRow("TD3 number's digit altered")
            << QStringList{kTd3First, replaced(kTd3Second, 9, QLatin1Char('7'))}
            << QStringList{QStringLiteral("document number"), QStringLiteral("composite")};
        QTest::newRow("TD3 birth date altered")
            << QStringList{kTd3First, replaced(kTd3Second, 14, QLatin1Char('5'))}
            << QStringList{QStringLiteral("birth date"), QStringLiteral("composite")};
        QTest::newRow("TD1 composite altered")
            << QStringList{kTd1First, replaced(kTd1Second, 29, QLatin1Char('3')), kTd1Third}
            << QStringList{QStringLiteral("composite")};
        QTest::newRow("TD2 expiry altered")
            << QStringList{kTd2First, replaced(kTd2Second, 24, QLatin1Char('5'))}
            << QStringList{QStringLiteral("expiry date"), QStringLiteral("composite")};
    }
    void aDigitThatDoesNotVerifyIsNamed()
    {
        QFETCH(QStringList, lines);
        QFETCH(QStringList, failed);
        const std::optional<MrzData> read = parseMrz(lines);
        QVERIFY(read);
        QVERIFY(!read->isValid());
        QVERIFY2(read->failedChecks == failed, qPrintable(read->failedChecks.join(QStringLiteral(", ")) + QLatin1Char('\n')
                                                          + read->lines.join(QLatin1Char('\n'))));
        QVERIFY(read->score() < 100);
    }

    void notAZone()
    {
        QVERIFY(!parseMrz({}));
        QVERIFY(!parseMrz({QStringLiteral("Dear Sir or Madam,")}));
        QVERIFY(!parseMrz({QStringLiteral("ABC"), QStringLiteral("DEF")}));
        QVERIFY(!findMrz(QStringLiteral("I am writing to exercise my right of access.\nYours faithfully,")));
    }

    void findsTheZoneInAPageOfText()
    {
        const QString page = QStringLiteral("REPUBLIC OF UTOPIA\nPASSPORT  PASSEPORT\nSurname / Nom\nERIKSSON\n"
                                            "Given names: ANNA MARIA\n\n")
            + kTd3First + QLatin1Char('\n') + kTd3Second + QStringLiteral("\n\n");
        const std::optional<MrzData> read = findMrz(page);
        QVERIFY(read);
        QVERIFY(read->isValid());
        QCOMPARE(read->surname, QStringLiteral("ERIKSSON"));
        const std::optional<MrzData> card = findMrz(kTd1First + QLatin1Char('\n') + kTd1Second + QLatin1Char('\n') + kTd1Third);
        QVERIFY(card);
        QCOMPARE(card->format, MrzFormat::TD1);
        QVERIFY(card->isValid());
    }

    void theHolderIsTheRequester_data()
    {
        QTest::addColumn<QString>("surname");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("requester");
        QTest::addColumn<bool>("match");
        QTest::newRow("same order") << "ERIKSSON" << "ANNA MARIA" << "Anna Maria Eriksson" << true;
        QTest::newRow("surname first, one given name") << "ERIKSSON" << "ANNA MARIA" << "ERIKSSON, anna" << true;
        QTest::newRow("accents") << "LEFEVRE" << "HELENE" << QStringLiteral("Hélène Lefèvre") << true;
        QTest::newRow("hyphen and apostrophe") << "DE LA TOUR D AUVERGNE" << "JEAN PIERRE"
                                                << QStringLiteral("Jean-Pierre de La Tour d’Auvergne") << true;
        QTest::newRow("umlaut written AE in the zone") << "MUELLER" << "JOERG" << QStringLiteral("Jörg Müller") << true;
        QTest::newRow("umlaut dropped in the zone") << "MULLER" << "JORG" << QStringLiteral("Jörg Müller") << true;
        QTest::newRow("given name cut by the zone") << "VAN DER MERWE" << "PIETERNEL" << "Pieternella van der Merwe" << true;
        QTest::newRow("Vietnamese name") << "NGUYEN" << "THI HA" << QStringLiteral("Nguyễn Thị Hà") << true;
        QTest::newRow("another given name") << "ERIKSSON" << "ANNA MARIA" << "John Eriksson" << false;
        QTest::newRow("another surname") << "ERIKSSON" << "ANNA MARIA" << "Anna Svensson" << false;
        QTest::newRow("part of the surname") << "VAN DER MERWE" << "PIETER" << "Pieter Merwe" << false;
        QTest::newRow("no requester name") << "ERIKSSON" << "ANNA" << "" << false;
    }
    void theHolderIsTheRequester()
    {
        QFETCH(QString, surname);
        QFETCH(QString, given);
        QFETCH(QString, requester);
        QFETCH(bool, match);
        MrzData holder;
        holder.surname = surname;
        holder.givenNames = given;
        QCOMPARE(namesMatch(holder, requester), match);
    }
};

QTEST_GUILESS_MAIN(TestMrz)
#include "tst_mrz.moc"
