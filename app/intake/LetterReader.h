#pragma once

#include "domain/Register.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

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

// A value read from a letter, with how sure the reading is (0–100).
struct ReadValue
{
    QString value;
    int confidence = 0;
    SourceSpan source;

    bool isEmpty() const { return value.isEmpty(); }
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

} // namespace pc::intake
