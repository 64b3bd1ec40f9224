#include "ServerRoles.h"

#include "Database.h"
#include "SqlRow.h"

#include "domain/Codes.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace pc::server {
namespace {

struct RolesText
{
    Q_DECLARE_TR_FUNCTIONS(pc::ServerRoles)
};

const QStringList &roles()
{
    static const QStringList list{QStringLiteral("admin"), QStringLiteral("officer"), QStringLiteral("viewer")};
    return list;
}

// A name as PostgreSQL quotes it.
QString identifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QString literal(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

Result<QString> databaseName(Database &db)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT current_database()"));
    if (!query.exec() || !query.next())
        return Database::sqlError(query);
    return scalar<QString>(query);
}

Status run(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        return Database::sqlError(query);
    return success();
}

// The verifier the server keeps instead of the password, made here as psql's
// \password does: the password itself never travels nor reaches a log.
Result<QString> scramVerifier(Database &db, const QString &user, const QString &password)
{
    const QVariant handle = db.connection().driver()->handle();
    // PGconn is libpq's name for struct pg_conn.
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return Error{RolesText::tr("The connection to the server gives no way to protect the password.")};
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    char *verifier = PQencryptPasswordConn(connection, password.toUtf8().constData(), user.toUtf8().constData(),
                                           "scram-sha-256");
    if (!verifier)
        return Error{RolesText::tr("The password could not be protected: %1")
                         .arg(QString::fromUtf8(PQerrorMessage(connection)).trimmed())};
    const QString text = QString::fromLatin1(verifier);
    PQfreemem(verifier);
    return text;
}

} // namespace

QString groupRole(const QString &databaseName, const QString &role)
{
    // One set of groups per register database: being an officer of one
    // register gives nothing in another on the same server.
    QString base = databaseName.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    return QStringLiteral("pc_%1_%2").arg(base.left(40), role);
}

Status setup(Database &db)
{
    if (!db.isPostgresql())
        return Error{RolesText::tr("Roles are kept by a PostgreSQL server; the embedded database has one user.")};
    const Result<QString> database = databaseName(db);
    if (!database)
        return database.error();
    const QString admin = identifier(groupRole(database.value(), QStringLiteral("admin")));
    const QString officer = identifier(groupRole(database.value(), QStringLiteral("officer")));
    const QString viewer = identifier(groupRole(database.value(), QStringLiteral("viewer")));
    const QString adminName = groupRole(database.value(), QStringLiteral("admin"));
    // A table whose rows officers read and write, and viewers never see.
    const auto officersOnly = [&officer](const QString &table) {
        return QStringList{QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table),
                           QStringLiteral("DROP POLICY IF EXISTS pc_officers ON %1").arg(table),
                           QStringLiteral("CREATE POLICY pc_officers ON %1 TO %2 USING (true) WITH CHECK (true)").arg(table, officer)};
    };
    return db.transaction([&]() -> Status {
        for (const QString &role : roles()) {
            const QString name = groupRole(database.value(), role);
            if (Status s = run(db, QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) "
                                                  "THEN CREATE ROLE %2 NOLOGIN; END IF; END $$")
                                       .arg(literal(name), identifier(name)));
                !s) {
                return s;
            }
        }
        QStringList statements{
            // Each group has what the one below it has.
            QStringLiteral("GRANT %1 TO %2").arg(viewer, officer),
            QStringLiteral("GRANT %1 TO %2").arg(officer, admin),
            QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(identifier(database.value())),
            QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(identifier(database.value()), viewer),
            QStringLiteral("GRANT TEMPORARY ON DATABASE %1 TO %2").arg(identifier(database.value()), admin),
            QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC"),
            QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(viewer),
            // Viewers read, and sign in and out (which the trail records).
            QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(viewer),
            QStringLiteral("GRANT INSERT ON audit_log TO %1").arg(viewer),
            QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1").arg(viewer),
            // Officers change the registers; the schema, the users and the purges are not theirs.
            QStringLiteral("GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1").arg(officer),
            QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON schema_version, users, purge_runs FROM %1").arg(officer),
            QStringLiteral("REVOKE DELETE ON audit_log FROM %1").arg(officer),
            QStringLiteral("GRANT INSERT, UPDATE, DELETE ON users, purge_runs TO %1").arg(admin),
            // Tables a later version adds get the same.
            QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %1").arg(viewer),
            QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO %1").arg(officer),
            QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %1").arg(viewer),
            // Copies of identity documents: never for viewers.
            QStringLiteral("ALTER TABLE attachments ENABLE ROW LEVEL SECURITY"),
            QStringLiteral("DROP POLICY IF EXISTS pc_officers ON attachments"),
            QStringLiteral("CREATE POLICY pc_officers ON attachments TO %1 USING (true) WITH CHECK (true)").arg(officer),
            QStringLiteral("DROP POLICY IF EXISTS pc_viewers ON attachments"),
            QStringLiteral("CREATE POLICY pc_viewers ON attachments FOR SELECT TO %1 USING (kind <> 'id_copy')").arg(viewer),
            // Every officer's public key is read by whoever grants them
            // access; each officer writes only their own.
            QStringLiteral("ALTER TABLE officer_keys ENABLE ROW LEVEL SECURITY"),
            QStringLiteral("DROP POLICY IF EXISTS pc_read ON officer_keys"),
            QStringLiteral("CREATE POLICY pc_read ON officer_keys FOR SELECT TO %1 USING (true)").arg(officer),
            QStringLiteral("DROP POLICY IF EXISTS pc_own ON officer_keys"),
            QStringLiteral("CREATE POLICY pc_own ON officer_keys TO %1 USING (username = session_user) "
                           "WITH CHECK (username = session_user)").arg(officer),
            QStringLiteral("DROP POLICY IF EXISTS pc_admin ON officer_keys"),
            QStringLiteral("CREATE POLICY pc_admin ON officer_keys FOR DELETE TO %1 USING (true)").arg(admin),
            // A wrapped private key is read by its owner alone.
            QStringLiteral("ALTER TABLE officer_key_wraps ENABLE ROW LEVEL SECURITY"),
            QStringLiteral("DROP POLICY IF EXISTS pc_own ON officer_key_wraps"),
            QStringLiteral("CREATE POLICY pc_own ON officer_key_wraps TO %1 USING (username = session_user) "
                           "WITH CHECK (username = session_user)").arg(officer),
            QStringLiteral("DROP POLICY IF EXISTS pc_admin ON officer_key_wraps"),
            QStringLiteral("CREATE POLICY pc_admin ON officer_key_wraps FOR DELETE TO %1 USING (true)").arg(admin),
            // Only an administrator (a purge, a demo load) may set the row-by-row trail aside.
            QStringLiteral("CREATE OR REPLACE FUNCTION pc_may_suspend_audit() RETURNS boolean LANGUAGE sql STABLE AS $$ "
                           "SELECT pg_has_role(session_user, %1, 'member') "
                           "OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) "
                           "OR session_user = (SELECT pg_get_userbyid(datdba) FROM pg_database "
                           "WHERE datname = current_database()) $$")
                .arg(literal(adminName)),
        };
        // The keys of identity document copies and their ciphertext: officers only.
        for (const QString &table : {QStringLiteral("id_copy_contents"), QStringLiteral("id_vaults"),
                                     QStringLiteral("id_vault_grants")})
            statements << officersOnly(table);
        for (const QString &statement : std::as_const(statements)) {
            if (Status s = run(db, statement); !s)
                return s;
        }
        return success();
    });
}

namespace {

// Takes a login role out of every group of this register it is in (and only
// those: the server would warn of the others).
Status leaveGroups(Database &db, const QString &database, const QString &name)
{
    for (const QString &role : roles()) {
        const QString group = groupRole(database, role);
        QSqlQuery member = db.prepare(QStringLiteral(
            "SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = ? AND u.rolname = ?"));
        member.addBindValue(group);
        member.addBindValue(name);
        if (!member.exec() || !member.next())
            return Database::sqlError(member);
        if (scalar<int>(member) == 0)
            continue;
        member.finish();
        if (Status s = run(db, QStringLiteral("REVOKE %1 FROM %2").arg(identifier(group), identifier(name))); !s)
            return s;
    }
    return success();
}

// Takes the keys of identity document copies from someone who may no
// longer read them: their key pair and every sealed vault key they held.
// The vault key they knew is renewed by the next officer who holds it
// (IdVault), so that it opens nothing any more.
Status dropIdCopyAccess(Database &db, const QString &name)
{
    QSqlQuery held = db.prepare(QStringLiteral("SELECT count(*) FROM id_vault_grants WHERE username = ?"));
    held.addBindValue(name);
    if (!held.exec() || !held.next())
        return Database::sqlError(held);
    const bool hadAccess = scalar<qint64>(held) > 0;
    held.finish();
    for (const QString &sql : {QStringLiteral("DELETE FROM id_vault_grants WHERE username = ?"),
                               QStringLiteral("DELETE FROM officer_key_wraps WHERE username = ?"),
                               QStringLiteral("DELETE FROM officer_keys WHERE username = ?")}) {
        QSqlQuery query = db.prepare(sql);
        query.addBindValue(name);
        if (!query.exec())
            return Database::sqlError(query);
    }
    if (!hadAccess)
        return success();
    QSqlQuery due = db.prepare(QStringLiteral("UPDATE id_vaults SET rotation_due = TRUE"));
    if (!due.exec())
        return Database::sqlError(due);
    return success();
}

} // namespace

Status addUser(Database &db, const QString &name, const QString &role, const QString &password, const QString &displayName)
{
    if (!db.isPostgresql())
        return Error{RolesText::tr("Officers sign in to a PostgreSQL server; the embedded database has one user.")};
    static const QRegularExpression valid(QStringLiteral("^[a-z_][a-z0-9_.-]{0,62}$"));
    if (!valid.match(name).hasMatch())
        return Error{RolesText::tr("“%1” cannot be a user name: lower-case letters, digits, dots, dashes and underscores, "
                                   "starting with a letter.")
                         .arg(name)};
    if (!roles().contains(role))
        return Error{RolesText::tr("The role is admin, officer or viewer, not “%1”.").arg(role)};
    const Result<QString> database = databaseName(db);
    if (!database)
        return database.error();
    QSqlQuery exists = db.prepare(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"));
    exists.addBindValue(groupRole(database.value(), role));
    if (!exists.exec() || !exists.next())
        return Database::sqlError(exists);
    if (scalar<int>(exists) == 0)
        return Error{RolesText::tr("The server is not set up for officers yet: run privacy-console server-setup first.")};
    exists = db.prepare(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"));
    exists.addBindValue(name);
    if (!exists.exec() || !exists.next())
        return Database::sqlError(exists);
    const bool known = scalar<int>(exists) > 0;
    exists.finish();
    if (!known && password.size() < 10)
        return Error{RolesText::tr("Give the new user a password of ten characters at least.")};
    QString verifier;
    if (!password.isEmpty()) {
        const Result<QString> made = scramVerifier(db, name, password);
        if (!made)
            return made.error();
        verifier = made.value();
    }
    return db.transaction([&]() -> Status {
        if (!known) {
            if (Status s = run(db, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2").arg(identifier(name), literal(verifier))); !s)
                return s;
        } else {
            QString alter = QStringLiteral("ALTER ROLE %1 LOGIN").arg(identifier(name));
            if (!verifier.isEmpty())
                alter += QStringLiteral(" PASSWORD %1").arg(literal(verifier));
            if (Status s = run(db, alter); !s)
                return s;
        }
        // One group of this register at a time: a new role replaces the old.
        if (Status s = leaveGroups(db, database.value(), name); !s)
            return s;
        if (Status s = run(db, QStringLiteral("GRANT %1 TO %2").arg(identifier(groupRole(database.value(), role)), identifier(name)));
            !s) {
            return s;
        }
        // An administrator manages the users.
        if (Status s = run(db, QStringLiteral("ALTER ROLE %1 %2").arg(identifier(name),
                                                                     role == QLatin1String("admin") ? QStringLiteral("CREATEROLE")
                                                                                                    : QStringLiteral("NOCREATEROLE")));
            !s) {
            return s;
        }
        QSqlQuery user = db.prepare(QStringLiteral(
            "INSERT INTO users (username, display_name, role, active) VALUES (?, ?, ?, TRUE) "
            "ON CONFLICT (username) DO UPDATE SET role = excluded.role, active = TRUE, "
            "display_name = coalesce(excluded.display_name, users.display_name), row_version = users.row_version + 1"));
        user.addBindValue(name);
        user.addBindValue(displayName.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(displayName.trimmed()));
        user.addBindValue(role);
        if (!user.exec())
            return Database::sqlError(user);
        if (role == QLatin1String("viewer"))
            return dropIdCopyAccess(db, name);
        return success();
    });
}

Status disableUser(Database &db, const QString &name)
{
    if (!db.isPostgresql())
        return Error{RolesText::tr("Officers sign in to a PostgreSQL server; the embedded database has one user.")};
    const Result<QString> database = databaseName(db);
    if (!database)
        return database.error();
    QSqlQuery exists = db.prepare(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"));
    exists.addBindValue(name);
    if (!exists.exec() || !exists.next())
        return Database::sqlError(exists);
    if (scalar<int>(exists) == 0)
        return Error{RolesText::tr("The server knows no user “%1”.").arg(name)};
    exists.finish();
    return db.transaction([&]() -> Status {
        if (Status s = leaveGroups(db, database.value(), name); !s)
            return s;
        QSqlQuery user = db.prepare(QStringLiteral("UPDATE users SET active = FALSE, row_version = row_version + 1 WHERE username = ?"));
        user.addBindValue(name);
        if (!user.exec())
            return Database::sqlError(user);
        return dropIdCopyAccess(db, name);
    });
}

Result<QString> sessionRole(Database &db)
{
    if (!db.isPostgresql())
        return QStringLiteral("admin");
    const Result<QString> database = databaseName(db);
    if (!database)
        return database.error();
    QSqlQuery query = db.prepare(QStringLiteral(
        "SELECT r.rolsuper "
        "OR session_user = (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()) "
        "AS owns, "
        "(SELECT count(*) FROM pg_roles WHERE rolname = ?) > 0 AS set_up, "
        "pg_has_role(session_user, (SELECT oid FROM pg_roles WHERE rolname = ?), 'member') AS is_admin, "
        "pg_has_role(session_user, (SELECT oid FROM pg_roles WHERE rolname = ?), 'member') AS is_officer "
        "FROM pg_roles r WHERE r.rolname = session_user"));
    const QString admin = groupRole(database.value(), QStringLiteral("admin"));
    const QString officer = groupRole(database.value(), QStringLiteral("officer"));
    query.addBindValue(admin);
    query.addBindValue(admin);
    query.addBindValue(officer);
    if (!query.exec())
        return Database::sqlError(query);
    if (!query.next())
        return QStringLiteral("viewer");
    // A server never set up for officers trusts whoever connects, as before.
    const SqlRow row(query);
    if (row.flag("owns") || !row.flag("set_up"))
        return QStringLiteral("admin");
    if (row.flag("is_admin"))
        return QStringLiteral("admin");
    if (row.flag("is_officer"))
        return QStringLiteral("officer");
    return QStringLiteral("viewer");
}

Status changeOwnPassword(Database &db, const QString &password)
{
    if (!db.isPostgresql())
        return Error{RolesText::tr("Officers sign in to a PostgreSQL server; the embedded database has one user.")};
    if (password.size() < 10)
        return Error{RolesText::tr("Choose a password of ten characters at least."), Error::Kind::BadInput};
    QSqlQuery me = db.prepare(QStringLiteral("SELECT session_user AS name"));
    if (!me.exec() || !me.next())
        return Database::sqlError(me);
    const QString name = SqlRow(me).text("name");
    me.finish();
    const Result<QString> verifier = scramVerifier(db, name, password);
    if (!verifier)
        return verifier.error();
    return db.transaction([&] {
        return run(db, QStringLiteral("ALTER ROLE %1 PASSWORD %2").arg(identifier(name), literal(verifier.value())));
    });
}

Result<QString> currentDatabase(Database &db)
{
    return databaseName(db);
}

} // namespace pc::server

