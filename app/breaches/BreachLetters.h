#pragma once

#include "domain/People.h"
#include "domain/Register.h"
#include "domain/Requests.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace pc::breaches {

// The letters that tell the people concerned of a breach (GDPR Art. 34,
// POPIA s22): each in the person's language, in clear words, saying what
// happened, what it may mean for them, what was done, what they can do and
// whom to ask.
struct LetterBatch
{
    Breach breach;
    Organization organization;
    QList<DataSubject> people;
    QDate date;   // the day the letters are dated
};

// The language of a person's letter: theirs when letters can be written in
// it, else the organization's policy's, else English.
QString letterLanguage(const DataSubject &person, const Organization &organization);

// One letter as rich text.
QString letterHtml(const LetterBatch &batch, const DataSubject &person);
// The letter's subject line and its body as plain text (an e-mail's).
QString letterSubject(const LetterBatch &batch, const DataSubject &person);
QString letterText(const LetterBatch &batch, const DataSubject &person);

// Every letter in one PDF, each on a page of its own, in the order given.
QByteArray lettersPdf(const LetterBatch &batch);
// A line per person for a mailing tool: reference, names, e-mail, postal
// address, language, subject and body (RFC 4180, UTF-8, a header line).
QByteArray lettersCsv(const LetterBatch &batch);

} // namespace pc::breaches
