#pragma once

#include "DocumentReader.h"
#include "LetterReader.h"
#include "Mrz.h"
#include "core/Result.h"
#include "domain/Requests.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace pc {
class Database;
}

namespace pc::intake {

class IdVault;

// A file and its type, as it will be kept.
struct KeptFile
{
    QString fileName;
    QString mediaType;
    QByteArray content;

    bool isEmpty() const { return content.isEmpty(); }
};

// A letter (and perhaps a copy of an identity document) read and understood,
// before the officer confirms anything.
struct IntakeAnalysis
{
    ReadDocument letter;
    std::optional<ReadDocument> idFile; // given on its own
    LetterFacts facts;
    std::optional<MrzData> idDocument;
    int idPageIndex = -1;               // the letter's page carrying it, -1 when on its own or none
    std::optional<bool> identityMatch;  // holder against requester, unknown without both names
    KeptFile letterCopy;                // what the database keeps of the letter (never an ID page)
    KeptFile idCopy;                    // what the vault keeps, encrypted, until the check

    bool hasIdDocument() const { return idDocument.has_value(); }
};

// What the officer confirmed, corrected where the reading was wrong.
struct IntakeDecision
{
    RowId organizationId = 0;
    QStringList types;
    QString language;
    QString requesterName;
    QString requesterEmail;
    QString requesterAddress;
    QDate letterDate;
    QDate receivedOn;           // the deadline runs from this day, not from the letter's date
    RowId subjectId = 0;        // the person of the register it comes from, when known
    bool keepIdCopy = true;
    QDate destroyIdCopyBy;      // invalid: the request's due date
};

// Reads a letter, and the copy of an identity document when one is given
// apart (else it is looked for among the letter's pages). One per thread.
class IntakeReader final
{
    Q_DECLARE_TR_FUNCTIONS(pc::intake::IntakeReader)

public:
    DocumentReader &reader() { return m_reader; }

    Result<IntakeAnalysis> analyze(const QString &letterPath, const QString &idPath,
                                   const QList<KnownOrganization> &organizations, const QDate &today);

private:
    DocumentReader m_reader;
};

// The organizations a letter may be addressed to.
Result<QList<KnownOrganization>> knownOrganizations(Database &db);

// Weighs who the letter says it is from against the register of
// `organizationId`'s people (the organization it is addressed to):
// - an e-mail address the register knows names the person (`subjectId`)
//   and is sure; so is a name the register gives with it, while another
//   name is made doubtful;
// - an address one segment short of (or beside) the one the register
//   knows for the person named is a near miss: made doubtful, never taken;
// - a name the register knows, first and last, is surer.
Status weighAgainstRegister(Database &db, RowId organizationId, LetterFacts &facts);

// Why a zone whose check digits verify is not sure (empty when it is, or
// when they do not verify): for the officer, who compares it with the copy.
QString zoneDoubt(const MrzData &zone);

// Why a value is not sure, for the officer: what made it doubtful, or
// else how confident its reading was.
QString doubtText(const ReadValue &value);

// The analysis as the command line prints it.
QJsonObject toJson(const IntakeAnalysis &analysis, const QDate &today);

// The reading taken as it is, received `today`.
IntakeDecision proposedDecision(const IntakeAnalysis &analysis, const QDate &today);

// Creates the request the officer confirmed, in one transaction: the
// request dated on the day it was received with its deadline, its history,
// the letter among its documents and the identity document's copy
// encrypted in `vault` (when there is one and it is kept). Nothing is left
// behind when a step fails.
Result<RightsRequest> createRequest(Database &db, const IntakeAnalysis &analysis, const IntakeDecision &decision,
                                   IdVault *vault);

// The identity check a zone proposes for the requester: the holder is the
// requester when every check digit verifies, the document has not expired
// on `today` and the names match; not the requester when a verified zone
// names someone else; inconclusive otherwise, or without a zone. `why`
// says what decided it, for the officer who confirms.
struct ProposedCheck
{
    IdentityCheck check;
    QString why;
};
ProposedCheck proposeCheck(const std::optional<MrzData> &zone, const QString &requesterName, const QDate &today);

// Destroys the identity document copies whose time has come on `today`
// (no key is needed to destroy); returns how many.
Result<int> destroyDueCopies(Database &db, const QDate &today);

} // namespace pc::intake
