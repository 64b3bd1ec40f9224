#include "BulkInsert.h"

#include "Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace pc {
namespace {

// The translation context of this file's messages.
struct BulkText
{
    Q_DECLARE_TR_FUNCTIONS(pc::BulkInsert)
};

QString insertStatement(const QString &table, const QStringList &columns, int rowCount)
{
    const QStringList marks(columns.size(), QStringLiteral("?"));
    const QString tuple = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, columns.join(QLatin1Char(',')), QStringList(rowCount, tuple).join(QLatin1Char(',')));
}

} // namespace

class BulkInsert::Engine
{
public:
    virtual ~Engine() = default;
    virtual Status add(const QVariantList &row) = 0;
    virtual Status flush() = 0;
    // Whether add() of one more row writes to the database now.
    virtual bool writesOnAdd() const = 0;
};

// One prepared statement, bound and stepped once per row.
class BulkInsert::SqliteEngine final : public Engine
{
public:
    SqliteEngine(sqlite3 *handle, QString table, const QStringList &columns)
        : m_handle(handle), m_table(std::move(table)), m_columnCount(int(columns.size()))
    {
        const QByteArray sql = insertStatement(m_table, columns, 1).toUtf8();
        if (sqlite3_prepare_v3(m_handle, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_statement,
                               nullptr)
            != SQLITE_OK) {
            m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_handle));
            m_statement = nullptr;
        }
    }

    ~SqliteEngine() override { sqlite3_finalize(m_statement); }

    Status add(const QVariantList &row) override
    {
        if (!m_statement)
            return failure(m_prepareError);
        for (int i = 0; i < m_columnCount; ++i) {
            if (bind(i + 1, row.at(i)) != SQLITE_OK)
                return failure(QString::fromUtf8(sqlite3_errmsg(m_handle)));
        }
        const int stepped = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        if (stepped != SQLITE_DONE)
            return failure(QString::fromUtf8(sqlite3_errmsg(m_handle)));
        return success();
    }

    Status flush() override { return success(); }
    bool writesOnAdd() const override { return true; }

private:
    int bind(int position, const QVariant &value)
    {
        if (value.isNull())
            return sqlite3_bind_null(m_statement, position);
        switch (value.metaType().id()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
        case QMetaType::Bool:
            return sqlite3_bind_int64(m_statement, position, value.toLongLong());
        case QMetaType::QDate:
            return bindText(position, value.toDate().toString(Qt::ISODate).toUtf8());
        case QMetaType::QDateTime:
            // The same text QSQLite writes, so both paths read back alike.
            return bindText(position, value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8());
        default:
            return bindText(position, value.toString().toUtf8());
        }
    }

    int bindText(int position, const QByteArray &text)
    {
        return sqlite3_bind_text(m_statement, position, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    }

    Status failure(const QString &reason) const
    {
        return Error{BulkText::tr("Cannot write the rows of %1: %2").arg(m_table, reason)};
    }

    sqlite3 *m_handle;
    QString m_table;
    int m_columnCount;
    sqlite3_stmt *m_statement = nullptr;
    QString m_prepareError;
};

// Multi-row prepared statements through Qt, for PostgreSQL.
class BulkInsert::QueryEngine final : public Engine
{
public:
    QueryEngine(Database &db, QString table, QStringList columns)
        : m_db(db), m_table(std::move(table)), m_columns(std::move(columns))
    {
    }

    Status add(const QVariantList &row) override
    {
        m_pending << row;
        return m_pending.size() >= kRowsPerStatement ? flush() : success();
    }

    bool writesOnAdd() const override { return m_pending.size() + 1 >= kRowsPerStatement; }

    Status flush() override
    {
        if (m_pending.isEmpty())
            return success();
        QSqlQuery partial;
        QSqlQuery *query = &partial;
        if (m_pending.size() == kRowsPerStatement) {
            if (!m_full)
                m_full = std::make_unique<QSqlQuery>(m_db.prepare(insertStatement(m_table, m_columns, kRowsPerStatement)));
            query = m_full.get();
        } else {
            partial = m_db.prepare(insertStatement(m_table, m_columns, int(m_pending.size())));
        }
        int position = 0;
        for (const QVariantList &row : std::as_const(m_pending)) {
            for (const QVariant &value : row)
                query->bindValue(position++, value.metaType().id() == QMetaType::QDateTime
                                                 ? QVariant(value.toDateTime().toUTC())
                                                 : value);
        }
        m_pending.clear();
        if (!query->exec())
            return Database::sqlError(*query, BulkText::tr("Cannot write the rows of %1").arg(m_table));
        return success();
    }

private:
    static constexpr int kRowsPerStatement = 100;
    Database &m_db;
    QString m_table;
    QStringList m_columns;
    QList<QVariantList> m_pending;
    std::unique_ptr<QSqlQuery> m_full;
};

BulkInsert::BulkInsert(Database &db, QString table, QStringList columns)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!db.isPostgresql() && handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData()))
            m_engine = std::make_unique<SqliteEngine>(sqlite, std::move(table), columns);
    }
    if (!m_engine)
        m_engine = std::make_unique<QueryEngine>(db, std::move(table), std::move(columns));
}

BulkInsert::~BulkInsert() = default;

Status BulkInsert::add(const QVariantList &row)
{
    if (m_writeAfter && m_engine->writesOnAdd()) {
        // What these rows refer to must be in the database first.
        if (Status s = m_writeAfter->flush(); !s)
            return s;
    }
    return m_engine->add(row);
}

Status BulkInsert::flush()
{
    if (m_writeAfter) {
        if (Status s = m_writeAfter->flush(); !s)
            return s;
    }
    return m_engine->flush();
}

} // namespace pc
