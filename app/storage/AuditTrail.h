#pragma once

#include "core/Result.h"
#include "domain/Admin.h"

#include <QList>

namespace pc {

class Database;
class SqlDialect;

// The audit trail: every insert, update and delete of the register's tables,
// with who, when, which row and its content before and after; plus sign-in,
// sign-out and bulk operations. Rows are written by the database itself
// (triggers), so no code path can change data without leaving a line.
class AuditTrail final
{
public:
    // Prepares this connection to record: on SQLite it creates the session's
    // triggers (they carry the actor's name); on PostgreSQL the server's own
    // triggers do the work and record the signed-in role. Called after migrating.
    static Status attach(Database &db);

    // Suspends row-by-row recording for a bulk load that is audited as one
    // entry, and resumes it. Within a transaction, a rollback resumes it too.
    static Status setRowAuditEnabled(Database &db, bool enabled);

    // Records an event that is not a row change (login, logout, demo load...).
    static Status record(Database &db, const QString &action, const QString &detail,
                         const QString &tableName = QString(), RowId rowId = 0);

    // The most recent entries, newest first; for one row when table and id are given.
    static Result<QList<AuditEntry>> recent(Database &db, int limit, const QString &tableName = QString(),
                                            RowId rowId = 0);

    // The trail checked link by link: each entry's hash covers the previous
    // entry's hash and its own content, so a line changed, removed or
    // inserted afterwards breaks the chain from there on.
    struct Verification
    {
        qint64 entries = 0;
        RowId firstBroken = 0;   // 0 when the chain is whole
        QString problem;         // link, content, data, unsealed
        QString lastHash;        // the last entry's hash, to note down as the trail's anchor
        bool ok() const { return firstBroken == 0; }
    };
    static Result<Verification> verify(Database &db);

    // The SQL of the chain, one definition for the database's triggers and
    // for verify(): the digest of an entry's row data (before and after),
    // and an entry's hash from the previous hash and its digest. `row` names
    // the entry (NEW, a table alias).
    static QString digestSql(const SqlDialect &sql, const QString &row);
    static QString hashSql(const SqlDialect &sql, const QString &row, const QString &previousHash,
                           const QString &digest);
};

} // namespace pc
