#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace pc {

class Database;

// One numbered step of the schema. Applied in one transaction together with
// its row in schema_version: a step is either wholly there or not at all.
struct Migration
{
    int version = 0;
    QString description;
    std::function<Status(Database &)> apply;
    // The step rebuilds a table on SQLite (which cannot change a table's
    // checks in place): the references to it are not followed while it is
    // replaced, and are all checked before the step is kept.
    bool rebuildsTables = false;
};

// Creates and upgrades the schema through the numbered migrations, the same
// on SQLite and PostgreSQL.
class Migrator final
{
public:
    // The schema this build writes.
    static int latestVersion();
    static const std::vector<Migration> &migrations();

    // Applies every migration above the database's version, up to `target`
    // (the latest by default). Returns the version reached.
    static Result<int> migrate(Database &db, int target = -1);
    // The same with a caller's list of steps (tests use it to prove that a
    // failing step leaves nothing behind).
    static Result<int> migrate(Database &db, const std::vector<Migration> &steps, int target);
};

// The tables whose every insert, update and delete is written to the audit
// trail (all but the trail itself and the schema bookkeeping).
const QStringList &auditedTables();
// Those of them that hold the impact assessments (made by the 14th version).
const QStringList &dpiaTables();
// Those that hold a breach's notifications and the people told (the 15th).
const QStringList &breachNoticeTables();

// Stops keeping each person's current consent as events are added (for a
// load of millions of events, within its transaction), and starts again,
// deriving every state from the ledger at once. On PostgreSQL the state is
// always kept.
Status keepConsentStates(Database &db, bool kept);

} // namespace pc

namespace pc {

struct ConnectionSpec;
enum class OpenMode;

// Opens a database and brings its schema up to date (each step in its own
// transaction), ready to record changes in the audit trail: the one way the
// application and the command line open a register for work.
Result<std::unique_ptr<Database>> openUpToDate(const ConnectionSpec &spec, OpenMode mode);

} // namespace pc
