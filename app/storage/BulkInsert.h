#pragma once

#include "core/Result.h"

#include <QList>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace pc {

class Database;

// Inserts many rows into one table in the current transaction, each row's
// values bound to a prepared statement. On SQLite it goes through SQLite's own
// statement API, one statement reused for every row: for a million-row load
// the Qt layer's per-value bookkeeping would cost more than SQLite itself. On
// PostgreSQL it sends multi-row statements to save round trips.
class BulkInsert final
{
public:
    BulkInsert(Database &db, QString table, QStringList columns);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    // Rows of `other` are written before ours (they are what ours refer to).
    void writeAfter(BulkInsert *other) { m_writeAfter = other; }

    // Values: null, integers, booleans, text, QDate, QDateTime (stored in UTC).
    Status add(const QVariantList &row);
    Status flush();

private:
    class Engine;
    class SqliteEngine;
    class QueryEngine;

    std::unique_ptr<Engine> m_engine;
    BulkInsert *m_writeAfter = nullptr;
};

} // namespace pc
