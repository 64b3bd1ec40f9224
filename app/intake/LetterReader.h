#pragma once

#include "domain/Register.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace pc::intake {

// Where in the letter's text a value was read: what the import dialog highlights.
struct SourceSpan
{
    qsizetype offset = -1;
    qsizetype length = 0;

    bool isValid() const { return offset >= 0 && length > 0; }
};

// From this confidence on, a value read is shown as sure; below, the
// import dialog tints it for the officer to check.
constexpr int kSureConfidence = 70;

// A value read from a letter, with how sure the reading is (0–100) and,
// when something makes it doubtful, what (in the interface's language).
struct ReadValue
{
    ReadValue() = default;
    ReadValue(const QString &read, int sure, SourceSpan where = {}, const QString &why = {})
        : value(read), confidence(sure), source(where), doubt(why)
    {
    }

    QString value;
    int confidence = 0;
    SourceSpan source;
    QString doubt;

    bool isEmpty() const { return value.isEmpty(); }
    bool isSure() const { return !isEmpty() && confidence >= kSureConfidence; }
    // Made doubtful for `why`, however clearly it was read.
    void doubtBecause(const QString &why)
    {
        confidence = std::min(confidence, kSureConfidence - 10);
        if (doubt.isEmpty())
            doubt = why;
    }
};

struct RequestedRight
{
    QString type;        // CodeList::RequestType: access, erasure, consent_withdrawal…
    int confidence = 0;
    SourceSpan source;   // the words that ask for it
};

struct KnownOrganization
{
    RowId id = 0;
    QString name;
};

// What a request letter asks and who asks it.
struct LetterFacts
{
    ReadValue language;  // "fr" or "en"
    QList<RequestedRight> rights;
    ReadValue name;
    ReadValue email;
    ReadValue address;   // lines joined by ", "
    ReadValue letterDate;
    QDate date;          // letterDate's value as a date
    ReadValue organization;
    RowId organizationId = 0;
    // The person of the organization's register the letter comes from, when
    // its e-mail address is one the register knows (see weighAgainstRegister).
    RowId subjectId = 0;
    QString subjectName;

    QStringList types() const;
};

// Reads a letter's text (a PDF's text layer or OCR): its language, the
// rights it asks for (several may be asked at once: an erasure that also
// withdraws consent and objects), the requester's name, e-mail and postal
// address, the letter's date, and which of `organizations` it is addressed
// to. Works on the letter as written, in French or English, whether a
// filled-in template or free prose. `today` bounds the letter's date.
LetterFacts readLetter(const QString &text, const QList<KnownOrganization> &organizations,
                       const QDate &today = QDate::currentDate());

// How many parts of `name` (of three letters or more, accents and case
// ignored) an e-mail address's local part holds, and how many there are.
std::pair<int, int> namePartsInAddress(const QString &address, const QString &name);

// Whether two ways of writing a name name the same person: every word of
// the shorter (titles aside, accents and case ignored) is in the longer.
bool namesAgree(const QString &a, const QString &b);

} // namespace pc::intake
