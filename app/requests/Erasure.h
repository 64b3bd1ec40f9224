#pragma once

#include "core/Result.h"
#include "domain/Register.h"

#include <QString>
#include <QStringList>

namespace pc {

class Database;

enum class ErasureMethod {
    Delete,    // the person's row and what hangs on it are deleted
    Anonymise, // the row stays, for counts and statistics, without anything that identifies the person
};

struct ErasureOrder
{
    RowId subjectId = 0;
    ErasureMethod method = ErasureMethod::Delete;
    QString reason = QStringLiteral("request"); // request, retention, other
    RowId requestId = 0;                        // the request asking for it, if any
    RowId retentionRuleId = 0;                  // the rule whose period ended, if any
    RowId purgeRunId = 0;                       // the retention purge doing it, if any
};

struct ErasureReport
{
    RowId tombstoneId = 0;
    int rowsAffected = 0;
    // Encrypted identity-document files that were the person's: removed from
    // the disk once the erasure is committed.
    QStringList removedFiles;
};

// Erases one person across the register in one transaction: their row
// (deleted or anonymised), their consent ledger, the requester's details and
// any free text naming them in their requests and those requests' history,
// their documents (the stored bytes and file names; the SHA-256 stays as
// proof), and the copies of all this in the audit trail, which keeps its
// lines but not their personal content. What remains is a tombstone: when,
// by whom, why, how many rows, and a salted digest of the person's name and
// e-mail from which the officer can later show that this person was erased,
// without the register holding who they were. Refused while a legal hold is
// in force.
Result<ErasureReport> eraseSubject(Database &db, const ErasureOrder &order);

// The same within the caller's transaction, which a purge of many people
// commits once: the caller removes the report's files after committing.
Result<ErasureReport> eraseSubjectInTransaction(Database &db, const ErasureOrder &order);

// A tombstone's digest of a person: a fresh salt and the SHA-256 of the
// salted organization, name and e-mail.
QString subjectDigest(RowId organizationId, const QString &firstName, const QString &lastName, const QString &email);

// Whether a tombstone's digest is that of this name and e-mail.
bool digestMatches(const QString &digest, RowId organizationId, const QString &firstName, const QString &lastName,
                   const QString &email);

} // namespace pc
