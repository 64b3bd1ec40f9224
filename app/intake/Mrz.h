#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace pc::intake {

// The layouts of a machine-readable zone (ICAO Doc 9303): identity cards of
// three lines of 30 characters (TD1), documents of two lines of 36 (TD2,
// and MRV-B visas) and passports of two lines of 44 (TD3, and MRV-A visas).
enum class MrzFormat { TD1, TD2, TD3 };

QString formatName(MrzFormat format);

// What a machine-readable zone says, each check digit verified.
struct MrzData
{
    MrzFormat format = MrzFormat::TD3;
    QString documentCode;      // P, I, ID, AC, V…
    QString issuingState;      // three letters (D for Germany)
    QString surname;
    QString givenNames;        // separated by spaces
    QString documentNumber;
    QString nationality;
    QDate birthDate;
    QDate expiryDate;
    QString sex;               // F, M or <
    QString optionalData;
    QStringList lines;         // the zone as read, after repair

    int checks = 0;            // check digits the layout has
    int validChecks = 0;       // those that verify
    QStringList failedChecks;  // which ones do not: "document number", "birth date"…
    int repairs = 0;           // characters changed to make the digits verify
    // False when so much had to be changed for the digits to verify that
    // they may verify by chance.
    bool plausible = true;
    // Whether the document number and its check digit, as kept, are what
    // two readings of the zone (or its text) gave, rather than one reading
    // or corrections: a check digit is one in ten, and a number misread
    // may verify by coincidence ("CADOD0000", "EANNO000<" and "CA000000<"
    // have the same check digit).
    bool numberConfirmed = true;

    // Characters corrected beyond which a zone whose digits verify is not
    // taken as sure: a reading that needed more may verify by coincidence
    // (the evaluation set and the photos found wrong numbers from three on).
    static constexpr int kSureRepairs = 2;

    bool isValid() const { return checks > 0 && validChecks == checks && plausible; }
    // Valid, read with so few corrections, and its number confirmed, so
    // that what it says can be relied on.
    bool isSure() const { return isValid() && repairs <= kSureRepairs && numberConfirmed; }
    // Whether this reading is to be preferred to `other`: sure, then valid,
    // then more digits verifying, then fewer corrections.
    bool betterThan(const MrzData &other) const;
    // Share of check digits that verify, 0 to 100.
    int score() const { return checks > 0 ? validChecks * 100 / checks : 0; }
    bool isExpired(const QDate &today) const { return expiryDate.isValid() && expiryDate < today; }
    // The last characters of the document number: all that is kept of it once the copy is destroyed.
    QString numberSuffix(int length = 4) const;
};

// The ICAO 9303 check digit of a field: weights 7, 3, 1; digits count as
// themselves, letters A–Z as 10–35, the filler < as 0. -1 for a character
// that has no value.
int checkDigit(QStringView field);

// Reads the zone from its lines as OCR gave them: spaces dropped, common
// confusions undone where the field's kind says what a character must be
// (a digit in a date, a letter in a name), and ambiguous characters of a
// document number chosen so its check digit verifies. Nothing when the
// lines are not a zone of a known layout.
std::optional<MrzData> parseMrz(const QStringList &lines);

// Reads a zone from several OCR readings of each of its lines (top first),
// as the zone finder gives them: the layouts the number of lines and their
// proportions allow are tried (aspect: a line's length over its height, 0
// when unknown), each line fitted to length, misread fillers and
// look-alikes mended at a cost; the reading with the most check digits
// verified at the least cost wins. Nothing when no layout fits.
std::optional<MrzData> parseMrzReadings(const QList<QStringList> &readingsPerLine, double aspect = 0);

// Finds a zone among the lines of an OCR text (the longest run of lines that
// look like one) and reads it.
std::optional<MrzData> findMrz(const QString &text);

// Whether the holder named in a zone is the requester: case, accents,
// hyphens, apostrophes and the order of the names do not count, the
// zone's transliterations (Ä as AE or A, ß as SS…) and truncated names are
// allowed. Every name of the holder's surname and at least one given name
// must appear in the requester's name.
bool namesMatch(const MrzData &holder, const QString &requesterName);

} // namespace pc::intake
