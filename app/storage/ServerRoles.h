#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace pc {

class Database;

// The officers' rights on a shared PostgreSQL server, enforced by the server
// itself rather than trusted to the desktop client: three group roles per
// register database, granted to each officer's login role.
//   administrator  everything an officer does, plus purges and the users
//   officer        reads and changes every register, reads identity copies
//   viewer         reads the registers (no identity document copies), changes nothing
// Row-level security keeps identity copies from viewers; the audit trail
// records the server's own name for whoever connected, whatever they claim.
namespace server {

// The group role of a database for "admin", "officer" or "viewer".
QString groupRole(const QString &databaseName, const QString &role);

// Creates or brings up to date, on an existing server and database: the
// schema (migrations), the three group roles, their grants (and those of
// tables made later), the row-level policies, and the audit trail's
// insistence on the server's name. Safe to run again. Needs the database's
// owner or a superuser.
Status setup(Database &db);

// Adds an officer: a login role with this password (kept by the server as
// SCRAM), a member of the role's group, and a line in the register's users.
// An existing login role is given the group (and the password when one is given).
// Made a viewer, they lose their key to identity document copies.
Status addUser(Database &db, const QString &name, const QString &role, const QString &password,
               const QString &displayName = QString());

// Takes an officer's access away: no longer a member of any group of this
// database, marked inactive in the register, their key to identity document
// copies gone and the vault key they knew due to be renewed. Their trail stays.
Status disableUser(Database &db, const QString &name);

// Changes the signed-in user's own password (kept by the server as SCRAM,
// the password itself never sent). Joins the caller's transaction, so that
// whatever else the password protects changes with it.
Status changeOwnPassword(Database &db, const QString &password);

// The name of the database on its server.
Result<QString> currentDatabase(Database &db);

// The role of whoever is signed in: "admin", "officer" or "viewer"; on
// SQLite, or for the database's owner or a superuser, "admin".
Result<QString> sessionRole(Database &db);

} // namespace server
} // namespace pc
