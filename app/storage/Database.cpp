#include "Database.h"

#include "core/ChangeNotifier.h"

#include "Migrations.h"
#include "SqlDialect.h"
#include "SqlRow.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

#include <atomic>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <pwd.h>
#include <unistd.h>

namespace pc {
namespace {

// The translation context of this file's messages.
struct DatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(pc::Database)
};

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("privacy-console-%1").arg(++counter);
}

// The account running the application: who the audit trail names on an
// embedded database.
QString operatingSystemUser()
{
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER", QStringLiteral("officer"));
}

bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (file.size() == 0)
        return true;  // SQLite treats an empty file as an empty database
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(16) == magic;
}

} // namespace

Database::Database(const ConnectionSpec &spec, OpenMode mode)
    : m_spec(spec), m_mode(mode), m_connectionName(nextConnectionName())
{
    m_actor = operatingSystemUser();
}

// Gathers the rows a SQLite connection writes and announces them when they
// are committed; forgets them when they are rolled back.
struct Database::SqliteChanges
{
    sqlite3 *handle = nullptr;
    ChangeSet pending;
    QByteArray lastTable;   // the name SQLite gave last, and as a QString
    QString lastName;

    static void updated(void *self, int, const char *, const char *table, sqlite3_int64 row)
    {
        auto *changes = static_cast<SqliteChanges *>(self);
        // Bulk loads write millions of rows of a few tables: no new string each time.
        if (qstrcmp(changes->lastTable.constData(), table) != 0) {
            changes->lastTable = QByteArray(table);
            changes->lastName = QString::fromUtf8(changes->lastTable);
        }
        changes->pending.add(changes->lastName, row);
    }
    static int committed(void *self)
    {
        auto *changes = static_cast<SqliteChanges *>(self);
        ChangeNotifier::instance().announce(std::exchange(changes->pending, ChangeSet()));
        return 0;   // let the commit go on
    }
    static void rolledBack(void *self)
    {
        static_cast<SqliteChanges *>(self)->pending = ChangeSet();
    }
    void install(sqlite3 *db)
    {
        handle = db;
        sqlite3_update_hook(db, &SqliteChanges::updated, this);
        sqlite3_commit_hook(db, &SqliteChanges::committed, this);
        sqlite3_rollback_hook(db, &SqliteChanges::rolledBack, this);
    }
    ~SqliteChanges()
    {
        if (handle) {
            sqlite3_update_hook(handle, nullptr, nullptr);
            sqlite3_commit_hook(handle, nullptr, nullptr);
            sqlite3_rollback_hook(handle, nullptr, nullptr);
        }
    }
};

namespace {

// Turns a server's notifications of committed changes ("table:row", as the
// audit trail's trigger sends them) into announcements.
class ServerChanges final : public QObject
{
public:
    explicit ServerChanges(QSqlDriver *driver)
    {
        connect(driver, &QSqlDriver::notification, this,
                [](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    const QString text = payload.toString();
                    ChangeSet changes;
                    const QString table = text.section(QLatin1Char(':'), 0, 0);
                    bool known = false;
                    const qint64 row = text.section(QLatin1Char(':'), 1).toLongLong(&known);
                    if (!table.isEmpty()) {
                        if (known)
                            changes.add(table, row);
                        else
                            changes.addAll(table);
                    }
                    // Each notification stands for an entry of the trail.
                    changes.addAll(QStringLiteral("audit_log"));
                    changes.setElsewhere(source != QSqlDriver::SelfSource);
                    ChangeNotifier::instance().announce(changes);
                });
    }
};

} // namespace

Database::~Database()
{
    m_serverChanges.reset();
    m_sqliteChanges.reset();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const ConnectionSpec &spec, OpenMode mode)
{
    std::unique_ptr<Database> db(new Database(spec, mode));
    if (Status status = db->connect(); !status)
        return status.error();

    const Result<int> version = db->schemaVersion();
    if (!version)
        return version.error();
    if (version.value() > Migrator::latestVersion()) {
        return Error{DatabaseText::tr("The database %1 was written by a newer version of Privacy Console "
                        "(schema %2; this version knows schema %3 at most). Nothing was changed: "
                        "update Privacy Console to open it.")
                         .arg(spec.displayName())
                         .arg(version.value())
                         .arg(Migrator::latestVersion())};
    }
    return db;
}

Status Database::connect()
{
    if (m_spec.engine == Engine::Sqlite) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            return Error{DatabaseText::tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).")};
        const QFileInfo file(m_spec.path);
        const QFileInfo folder(file.absolutePath());
        if (!folder.exists() || !folder.isDir())
            return Error{DatabaseText::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.absoluteFilePath()))};
        if (file.exists()) {
            if (file.isDir())
                return Error{DatabaseText::tr("%1 is a folder, not a database file.").arg(m_spec.displayName())};
            if (!file.isReadable())
                return Error{DatabaseText::tr("The database file %1 cannot be read: permission denied.").arg(m_spec.displayName())};
            if (!looksLikeSqlite(m_spec.path))
                return Error{DatabaseText::tr("%1 is not a Privacy Console database (not an SQLite file).").arg(m_spec.displayName())};
            if (m_mode != OpenMode::ReadOnly && !file.isWritable())
                return Error{DatabaseText::tr("The database file %1 is read-only: it cannot be changed.").arg(m_spec.displayName())};
        } else if (m_mode != OpenMode::ReadWrite) {
            return Error{DatabaseText::tr("There is no database at %1.").arg(m_spec.displayName())};
        }
        if (m_mode != OpenMode::ReadOnly && !folder.isWritable())
            return Error{DatabaseText::tr("The folder %1 is read-only: the database needs to write its journal there.")
                             .arg(QDir::toNativeSeparators(folder.absoluteFilePath()))};

        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        m_db.setDatabaseName(m_spec.path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (m_mode == OpenMode::ReadOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        m_db.setConnectOptions(options);
        if (!m_db.open())
            return Error{DatabaseText::tr("Cannot open the database %1: %2").arg(m_spec.displayName(), m_db.lastError().text())};
        return configureSqlite();
    }

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{DatabaseText::tr("The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).")};
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_db.setHostName(m_spec.host);
    m_db.setPort(m_spec.port);
    m_db.setUserName(m_spec.user);
    m_db.setPassword(m_spec.password);
    m_db.setDatabaseName(m_spec.databaseName);
    QStringList options;
    options << QStringLiteral("connect_timeout=%1").arg(m_spec.options.value(QStringLiteral("connect_timeout"), QStringLiteral("5")));
    for (auto it = m_spec.options.cbegin(); it != m_spec.options.cend(); ++it) {
        if (it.key() != QLatin1String("connect_timeout"))
            options << it.key() + QLatin1Char('=') + it.value();
    }
    m_db.setConnectOptions(options.join(QLatin1Char(';')));
    m_actor = m_spec.user;
    return openServerConnection();
}

Status Database::openServerConnection()
{
    if (!m_db.open()) {
        const QString reason = m_db.lastError().databaseText().trimmed().section(QLatin1Char('\n'), 0, 0);
        return Error{DatabaseText::tr("Cannot connect to the PostgreSQL server %1: %2")
                         .arg(m_spec.displayName(), reason.isEmpty() ? m_db.lastError().text() : reason),
                     signInFailure()};
    }
    // Dates and times travel in UTC and ISO form, whatever the server's settings.
    QString settings = QStringLiteral("SET TIME ZONE 'UTC';\nSET client_min_messages TO WARNING;");
    // An inspection cannot write, even by mistake.
    if (m_mode == OpenMode::ReadOnly)
        settings += QStringLiteral("\nSET default_transaction_read_only = on;");
    return execute(settings);
}

namespace {

// libpq's connection under a Qt one, or null.
PGconn *serverConnection(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace

QByteArray Database::signInPassword() const
{
    if (!isPostgresql())
        return {};
    if (!m_spec.password.isEmpty())
        return m_spec.password.toUtf8();
    PGconn *connection = serverConnection(m_db);
    const char *password = connection ? PQpass(connection) : nullptr;
    return password ? QByteArray(password) : QByteArray();
}

Error::Kind Database::signInFailure() const
{
    // The Qt driver forgets the failed connection, and libpq's words for
    // what went wrong are in the user's language: libpq is asked again,
    // with the same parameters, whether a password was wanted or refused.
    QList<QByteArray> keys = {"host", "port", "dbname", "user", "connect_timeout"};
    QList<QByteArray> values = {m_spec.host.toUtf8(), QByteArray::number(m_spec.port), m_spec.databaseName.toUtf8(),
                                m_spec.user.toUtf8(),
                                m_spec.options.value(QStringLiteral("connect_timeout"), QStringLiteral("5")).toUtf8()};
    if (!m_spec.password.isEmpty()) {
        keys << "password";
        values << m_spec.password.toUtf8();
    }
    for (auto it = m_spec.options.cbegin(); it != m_spec.options.cend(); ++it) {
        if (it.key() != QLatin1String("connect_timeout")) {
            keys << it.key().toUtf8();
            values << it.value().toUtf8();
        }
    }
    QList<const char *> keyList, valueList;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        keyList << keys.at(i).constData();
        valueList << values.at(i).constData();
    }
    keyList << nullptr;
    valueList << nullptr;
    PGconn *probe = PQconnectdbParams(keyList.constData(), valueList.constData(), 0);
    Error::Kind kind = Error::Kind::Connection;
    if (probe && PQstatus(probe) == CONNECTION_BAD
        && (PQconnectionNeedsPassword(probe) || PQconnectionUsedPassword(probe)))
        kind = Error::Kind::Authentication;
    PQfinish(probe);
    return kind;
}

QString Database::encryption() const
{
    if (!isPostgresql())
        return {};
    PGconn *connection = serverConnection(m_db);
    if (!connection || !PQsslInUse(connection))
        return {};
    const char *protocol = PQsslAttribute(connection, "protocol");
    return protocol ? QString::fromLatin1(protocol) : QStringLiteral("TLS");
}

bool Database::isBroken() const
{
    if (!isPostgresql())
        return false;
    PGconn *connection = serverConnection(m_db);
    if (!connection || PQstatus(connection) == CONNECTION_BAD)
        return true;
    // An idle connection learns that its server is gone only by reading: what
    // waits on the socket is read now, never blocking — the server's last
    // words, then the end of the stream. Not on a connection that listens,
    // whose notifications the driver reads itself.
    if (PQtransactionStatus(connection) != PQTRANS_IDLE || !m_db.driver()->subscribedToNotifications().isEmpty())
        return false;
    for (int read = 0; read < 2; ++read) {
        if (PQconsumeInput(connection) == 0)
            return PQstatus(connection) == CONNECTION_BAD;
    }
    return false;
}

Status Database::reconnect()
{
    if (!isPostgresql())
        return success();
    m_db.close();
    m_transactionDepth = 0;
    m_transactionFailed = false;
    if (Status opened = openServerConnection(); !opened)
        return opened;
    // A new connection listens to nothing until told again.
    for (const QString &channel : std::as_const(m_channels)) {
        if (!m_db.driver()->subscribeToNotification(channel))
            qWarning("Cannot listen to %s again after reconnecting", qPrintable(channel));
    }
    return success();
}

bool Database::listen(const QString &channel)
{
    if (!isPostgresql())
        return false;
    if (!m_channels.contains(channel))
        m_channels.append(channel);
    if (!m_serverChanges)
        m_serverChanges = std::make_unique<ServerChanges>(m_db.driver());
    return m_db.driver()->subscribedToNotifications().contains(channel) || m_db.driver()->subscribeToNotification(channel);
}

namespace {

// pc_sha256(text): the hex SHA-256 of a text's UTF-8 bytes, which the audit
// trail's chain is made of (PostgreSQL has sha256() of its own).
void sqliteSha256(sqlite3_context *context, int, sqlite3_value **values)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(values[0]));
    const int size = sqlite3_value_bytes(values[0]);
    const QByteArray hex = QCryptographicHash::hash(QByteArrayView(text ? text : "", text ? size : 0),
                                                    QCryptographicHash::Sha256)
                               .toHex();
    sqlite3_result_text(context, hex.constData(), int(hex.size()), SQLITE_TRANSIENT);
}

} // namespace

Status Database::configureSqlite()
{
    // The check reads the first page: a damaged or foreign file fails here,
    // before anything is written.
    bool empty = false;
    {
        QSqlQuery probe(m_db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !probe.next()) {
            return Error{DatabaseText::tr("%1 is not a Privacy Console database: %2")
                             .arg(m_spec.displayName(), probe.lastError().databaseText())};
        }
        empty = scalar<qint64>(probe) == 0;
        probe.finish();  // an open statement would keep a read transaction
    }
    // A new file gets 16 KB pages: a large register is read and written in a
    // quarter of the pages, which a purge touching people spread across every
    // index feels most (a quarter less time than with 4 KB pages). The size
    // is set once, before the first table; an existing file keeps its own.
    if (empty && m_mode != OpenMode::ReadOnly) {
        if (Status s = execute(QStringLiteral("PRAGMA page_size = 16384;")); !s)
            return s;
    }
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData())) {
            sqlite3_create_function_v2(sqlite, "pc_sha256", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, &sqliteSha256,
                                       nullptr, nullptr, nullptr);
            // Errors by their exact code (a foreign key, not any constraint).
            sqlite3_extended_result_codes(sqlite, 1);
            if (m_mode != OpenMode::ReadOnly) {
                m_sqliteChanges = std::make_unique<SqliteChanges>();
                m_sqliteChanges->install(sqlite);
            }
        }
    }
    // A 64 MB page cache keeps the indexes of large registers in memory.
    if (Status s = execute(QStringLiteral("PRAGMA foreign_keys = ON;\nPRAGMA cache_size = -65536;")); !s)
        return s;
    if (m_mode == OpenMode::ReadOnly)
        return success();
    QSqlQuery wal(m_db);
    if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !wal.next()
        || SqlRow(wal).text("journal_mode").compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return Error{DatabaseText::tr("Cannot switch the database %1 to write-ahead logging: %2")
                         .arg(m_spec.displayName(), wal.lastError().text())};
    }
    wal.finish();
    return execute(QStringLiteral("PRAGMA synchronous = NORMAL;"));
}

QSqlQuery Database::prepare(const QString &sql)
{
    QSqlQuery query(m_db);
    // Forward-only: result sets are read once, so none is kept in memory whole.
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        qWarning("Cannot prepare a statement: %s", qPrintable(query.lastError().text()));
    return query;
}

Status Database::execute(const QString &sql)
{
    // Statements of the schema end with ';' at the end of a line; PostgreSQL
    // function bodies between $$ are kept whole.
    QStringList statements;
    QString current;
    bool inDollar = false;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollar = !inDollar;
        current += line + QLatin1Char('\n');
        const QString trimmed = line.trimmed();
        if (!inDollar && trimmed.endsWith(QLatin1Char(';'))) {
            statements << current;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current;

    for (QString statement : statements) {
        statement = statement.trimmed();
        if (statement.isEmpty() || statement == QLatin1String(";"))
            continue;
        QSqlQuery query(m_db);
        if (!query.exec(statement))
            return sqlError(query);
    }
    return success();
}

SqlDialect Database::sql() const
{
    return SqlDialect(m_spec.engine);
}

Status Database::transaction(const std::function<Status()> &work)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Status status = work();
        --m_transactionDepth;
        if (!status)
            m_transactionFailed = true;
        return status;
    }
    if (!m_db.transaction())
        return sqlError(DatabaseText::tr("Cannot start a transaction"));
    m_transactionDepth = 1;
    m_transactionFailed = false;
    Status status = work();
    m_transactionDepth = 0;
    if (!status || m_transactionFailed) {
        m_db.rollback();
        return status ? Status(Error{DatabaseText::tr("The change was cancelled: an inner step failed.")}) : status;
    }
    if (!m_db.commit()) {
        const Error error = sqlError(DatabaseText::tr("Cannot save the change"));
        m_db.rollback();
        return error;
    }
    return success();
}

Result<int> Database::schemaVersion()
{
    const QStringList tables = m_db.tables(QSql::Tables);
    if (!tables.contains(QLatin1String("schema_version"))) {
        // Another application's database is not ours to extend.
        QStringList foreign = tables;
        foreign.removeIf([](const QString &t) { return t.startsWith(QLatin1String("sqlite_")); });
        if (!foreign.isEmpty())
            return Error{DatabaseText::tr("%1 holds tables of another application (%2); Privacy Console will not change it.")
                             .arg(m_spec.displayName(), foreign.mid(0, 3).join(QLatin1String(", ")))};
        return 0;
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")) || !query.next())
        return sqlError(query, DatabaseText::tr("Cannot read the schema version"));
    return scalar<int>(query);
}

void Database::setActor(const QString &actor)
{
    m_actor = actor;
    if (isPostgresql() || m_mode == OpenMode::ReadOnly)
        return;
    // The session's audit triggers read the name from here; before they are
    // attached there is nothing to update.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE temp.pc_session SET actor = ?"));
    query.addBindValue(actor);
    query.exec();
}

namespace {

// What a failed statement means, from the engine's code rather than its
// words (libpq's are translated, and so may SQLite's be one day): SQLSTATE
// classes on PostgreSQL, SQLite's (extended) result codes.
Error::Kind kindOf(const QSqlError &error, bool postgresql)
{
    const QString code = error.nativeErrorCode();
    if (postgresql) {
        if (code.isEmpty() && error.type() == QSqlError::ConnectionError)
            return Error::Kind::Connection;   // no statement got as far as the server
        const QString sqlClass = code.left(2);
        if (sqlClass == QLatin1String("08") || code.startsWith(QLatin1String("57P")))
            return Error::Kind::Connection;
        if (sqlClass == QLatin1String("28") || code == QLatin1String("42501"))
            return Error::Kind::Authentication;   // signing in, or a right the role lacks
        if (sqlClass == QLatin1String("23") || code == QLatin1String("P0001"))
            return Error::Kind::Constraint;       // integrity, or a rule a trigger keeps
        if (sqlClass == QLatin1String("40"))
            return Error::Kind::Conflict;         // serialization failure, deadlock
        if (sqlClass == QLatin1String("22"))
            return Error::Kind::BadInput;
        if (sqlClass == QLatin1String("53") || sqlClass == QLatin1String("58") || code == QLatin1String("25006"))
            return Error::Kind::Io;               // disk full, I/O, a read-only transaction
        return Error::Kind::Other;
    }
    // (Qt's SQLite driver calls most failed statements connection errors:
    // its type says nothing here.)
    bool known = false;
    const int extended = code.toInt(&known);
    if (!known)
        return Error::Kind::Other;
    switch (extended & 0xFF) {
    case SQLITE_CONSTRAINT: return Error::Kind::Constraint;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Error::Kind::Conflict;   // another program holds it: try again
    case SQLITE_READONLY:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN: return Error::Kind::Io;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
    case SQLITE_TOOBIG: return Error::Kind::BadInput;
    case SQLITE_AUTH:
    case SQLITE_PERM: return Error::Kind::Authentication;
    default: return Error::Kind::Other;
    }
}

} // namespace

Error Database::sqlError(const QSqlQuery &query, const QString &context)
{
    const QSqlError error = query.lastError();
    const bool postgresql = query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    const Error::Kind kind = kindOf(error, postgresql);
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    // SQLite says these in English: the officer reads them in their language.
    const int code = postgresql ? 0 : error.nativeErrorCode().toInt() & 0xFF;
    if (code == SQLITE_READONLY || error.nativeErrorCode() == QLatin1String("25006"))
        text = DatabaseText::tr("the database is read-only");
    else if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        text = DatabaseText::tr("the database is busy in another program; try again in a moment");
    else if (code == SQLITE_IOERR || code == SQLITE_FULL || error.nativeErrorCode() == QLatin1String("53100"))
        text = DatabaseText::tr("the disk could not be written (%1)").arg(text);
    return Error{context.isEmpty() ? text : DatabaseText::tr("%1: %2").arg(context, text), kind};
}

Error Database::sqlError(const QString &context) const
{
    QString text = m_db.lastError().text().trimmed();
    return Error{context.isEmpty() ? text : DatabaseText::tr("%1: %2").arg(context, text),
                 kindOf(m_db.lastError(), isPostgresql())};
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date) : QVariant(QMetaType::fromType<QDate>());
}

QVariant dateTimeOrNull(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QVariant(dateTime.toUTC()) : QVariant(QMetaType::fromType<QDateTime>());
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QDate toDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType() == QMetaType::fromType<QDate>())
        return value.toDate();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType() == QMetaType::fromType<QDateTime>())
        return value.toDateTime().toUTC();
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(value.toString(), Qt::ISODate);
    return dt.toUTC();
}

} // namespace pc
