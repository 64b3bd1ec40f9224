#pragma once

#include "ConnectionSpec.h"

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace pc {

class Database;

// A copy of the whole register, taken while officers go on working, and
// its return into an empty database.
//   SQLite      SQLite's online backup: a database file of its own, as the
//               register stood at one moment.
//   PostgreSQL  pg_dump's archive (custom format), one snapshot of the
//               database; restored by pg_restore. The PostgreSQL client
//               tools of the server's version must be installed.
namespace backup {

struct Outcome
{
    qint64 bytes = 0;
    QString tool;      // what made or read it: "SQLite online backup", "pg_dump 15.8"...
    // Copies of identity documents left out of the copy (their ciphertext
    // and keys): a copy is evidence to destroy, not data to keep. Their
    // attachment rows (name, size, fingerprint) stay.
    qint64 idCopiesLeftOut = 0;
};

// The tables a backup copies without their rows: the ciphertext of the
// identity document copies and the vault keys that open them.
const QStringList &tablesLeftOut();

// Writes the copy to `path` (replaced only once whole).
Result<Outcome> save(Database &db, const QString &path);

// Brings a copy back into `target`, which must be empty (a new SQLite file,
// or a PostgreSQL database without tables): a restore never overwrites a
// register. The caller then checks it.
Result<Outcome> restore(const QString &path, const ConnectionSpec &target);

} // namespace backup
} // namespace pc
