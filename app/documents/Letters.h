#pragma once

#include "core/Result.h"
#include "domain/Register.h"
#include "domain/Requests.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pc {

class Database;

enum class LetterKind {
    Acknowledgement,
    IdentityRequest,
    ClarificationRequest,
    ExtensionNotice,
    Answer,
    Refusal,
};

// The supervisory authority a person may complain to, as a letter names it
// in its language ("la CNIL"...).
struct Authority
{
    QString name;    // with its article, to follow "with" / « auprès de »
    QString address;
    QString url;
};
Authority authorityFor(const QString &jurisdiction, const QString &language);
// The law that applies, as a letter cites it ("the General Data Protection Regulation (GDPR)").
QString lawFor(const QString &jurisdiction, const QString &language);

// What a letter is written from.
struct LetterInput
{
    RightsRequest request;
    Organization organization;
    QString language;   // "fr" or "en": the letter's, not the window's
    QDate date;         // the day the letter is dated
    QString officerName;
};

namespace letters {

QList<LetterKind> allKinds();
QString code(LetterKind kind);              // "acknowledgement"...
QString label(LetterKind kind);             // in the UI language
// The letter the request's present step calls for.
LetterKind suggested(const RightsRequest &request);
// The language a letter to this person is written in: the request's, else
// the organization's privacy policy's, else English.
QString languageFor(const RightsRequest &request, const Organization &organization);

// The letter as rich text the officer may edit before printing or saving:
// the letter head (sender, addressee, date, subject and reference), then the
// template of its kind and language filled from the request.
QString compose(LetterKind kind, const LetterInput &input);

// The file name a saved letter gets: "<reference>-<kind>-<language>.pdf".
QString fileName(LetterKind kind, const LetterInput &input);

// Attaches a letter's PDF to its request (a reply) and writes it in the
// request's history, in one transaction. Returns the attachment's id.
Result<RowId> attach(Database &db, const RightsRequest &request, LetterKind kind, const QString &fileName,
                     const QByteArray &pdf);

} // namespace letters
} // namespace pc
