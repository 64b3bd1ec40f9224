#pragma once

#include "ConnectionSpec.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <map>
#include <memory>

class QObject;

namespace pc {

class SqlDialect;

enum class OpenMode {
    ReadWrite,      // create the SQLite file when missing (its folder must exist)
    ExistingOnly,   // read and write, but the database must already exist
    ReadOnly,       // inspect without changing anything
};

// One open connection to the register, on SQLite or PostgreSQL. It owns the
// QSqlDatabase, knows its SQL dialect, runs transactions and tells the audit
// trail who is acting. Not copyable; one per thread.
class Database final
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Connects and checks the file or server; refuses a schema newer than this
    // application knows, changing nothing. Does not migrate: see Migrator.
    static Result<std::unique_ptr<Database>> open(const ConnectionSpec &spec,
                                                  OpenMode mode = OpenMode::ReadWrite);

    Engine engine() const { return m_spec.engine; }
    bool isPostgresql() const { return m_spec.engine == Engine::Postgresql; }
    const ConnectionSpec &spec() const { return m_spec; }
    OpenMode mode() const { return m_mode; }
    QSqlDatabase &connection() { return m_db; }

    // A prepared query on this connection; bind values, then exec().
    QSqlQuery prepare(const QString &sql);
    // Runs statements with no parameters (DDL, pragmas). Stops at the first error.
    Status execute(const QString &sql);

    // The SQL this engine speaks where SQLite and PostgreSQL differ (include
    // "storage/SqlDialect.h" to use it).
    SqlDialect sql() const;

    // Runs `work` in one transaction: commits when it succeeds, rolls back
    // everything on its first error. Nested calls join the outer transaction.
    Status transaction(const std::function<Status()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }

    // A server connection found dead (the server stopped, the network
    // gone) by the last thing tried on it; never for SQLite.
    bool isBroken() const;
    // Connects to the server again, as before, after it was lost, listening
    // to the same notifications.
    Status reconnect();
    // Listens to a server's notifications on this channel (the driver's
    // notification signal brings them), now and after every reconnect();
    // false when the server does not let it, or for SQLite. The changes they
    // tell of ("table:row") are announced to the ChangeNotifier.
    bool listen(const QString &channel);
    // The protocol protecting a server connection ("TLSv1.3"), empty when
    // it travels in clear (and for SQLite, which does not travel).
    QString encryption() const;

    // The schema version recorded in the database (0 when empty).
    Result<int> schemaVersion();

    // The name the audit trail records for changes made through this
    // connection. On PostgreSQL the server's session user is recorded instead.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor);

    // The password the server accepted for this session, whether typed, in
    // PGPASSWORD or in ~/.pgpass: it also unlocks the officer's own key.
    // Empty for SQLite, and for a server that asked for none.
    QByteArray signInPassword() const;

    // What another layer keeps for as long as this connection lives (an
    // officer's unlocked key), one slot per name.
    std::shared_ptr<void> &sessionSlot(const QString &name) { return m_sessionSlots[name]; }

    // Turns a failed query into a message fit for the user.
    static Error sqlError(const QSqlQuery &query, const QString &context = QString());
    Error sqlError(const QString &context = QString()) const;

private:
    Database(const ConnectionSpec &spec, OpenMode mode);
    Status connect();
    Status configureSqlite();
    // Opens the server connection set up by connect(), and configures it.
    Status openServerConnection();
    // Why the server refused the connection just tried: a password wanted
    // or refused (authentication), or anything else (connection).
    Error::Kind signInFailure() const;

    ConnectionSpec m_spec;
    OpenMode m_mode;
    QStringList m_channels;   // listened to, again after a reconnect
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_actor;
    std::map<QString, std::shared_ptr<void>> m_sessionSlots;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
    // What this connection changed, told to the ChangeNotifier as each
    // commit happens (SQLite's hooks), or what the server says was
    // committed (PostgreSQL's notifications).
    struct SqliteChanges;
    std::unique_ptr<SqliteChanges> m_sqliteChanges;
    std::unique_ptr<QObject> m_serverChanges;
};

// Binding helpers: a null QVariant for an unset id, date or empty text, so the
// database holds NULL rather than 0 or ''.
QVariant idOrNull(qint64 id);
QVariant dateOrNull(const QDate &date);
QVariant dateTimeOrNull(const QDateTime &dateTime);
QVariant textOrNull(const QString &text);
// Reading helpers that accept both engines' representations.
QDate toDate(const QVariant &value);
QDateTime toDateTime(const QVariant &value);

} // namespace pc
