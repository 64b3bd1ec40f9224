#pragma once

#include "core/Result.h"

#include <QMap>
#include <QString>

namespace pc {

enum class Engine { Sqlite, Postgresql };

// Where the data lives, as the user names it: a file path, `sqlite:///path`,
// or `postgresql://user@host:port/dbname?sslmode=...`. A password is never part
// of the text: it comes from PGPASSWORD or a prompt.
struct ConnectionSpec
{
    Engine engine = Engine::Sqlite;
    QString path;                  // SQLite: absolute file path
    QString host;                  // PostgreSQL
    int port = 5432;
    QString user;
    QString databaseName;
    QMap<QString, QString> options; // sslmode, connect_timeout, ...
    QString password;              // filled in after parsing, never shown

    static Result<ConnectionSpec> parse(const QString &text);
    // The embedded database in the user's data folder.
    static ConnectionSpec defaultSqlite();

    // What to show in a status bar or an error: no password, ever.
    QString displayName() const;
    bool isPostgresql() const { return engine == Engine::Postgresql; }
};

} // namespace pc
