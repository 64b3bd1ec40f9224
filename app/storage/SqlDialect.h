#pragma once

#include "ConnectionSpec.h"

#include <QString>
#include <QVariantList>

namespace pc {

// The SQL that SQLite and PostgreSQL write differently, one function for each
// thing meant. A statement is written once, for both engines, and asks this
// for its engine's text where they differ. Expressions are SQL text made by
// code (columns, placeholders), never values.
class SqlDialect final
{
public:
    explicit SqlDialect(Engine engine) : m_engine(engine) {}

    Engine engine() const { return m_engine; }
    bool isPostgresql() const { return m_engine == Engine::Postgresql; }

    // Replaces the markers of the schema and of statements written for both
    // engines (${PK}, ${ID}, ${BOOL}, ${TRUE}, ${FALSE}, ${DATE}, ${TIMESTAMP},
    // ${NOW}, ${BLOB}, ${JSON}) with this engine's types and values.
    QString expandMarkers(QString sql) const;

    // --- Values -------------------------------------------------------------

    // The moment the statement runs, as the audit trail records it.
    QString now() const;
    // Who acts, as the audit trail records it: the server's session user on
    // PostgreSQL, a bound value on SQLite (bind actorBindings() first).
    QString actor() const;
    // The values to bind for actor(), in its place: the connection's actor
    // on SQLite, none on PostgreSQL.
    QVariantList actorBindings(const QString &actorName) const;
    // The calendar date, in UTC, of a timestamp.
    QString utcDateOf(const QString &timestamp) const;
    // The first moment, in UTC, of a calendar date.
    QString utcStartOf(const QString &date) const;
    // `date` moved by `count` units ('day', 'week', 'month', 'year', SQL
    // expressions both): a month's end falls on the target month's last day
    // (31 January plus one month is 28 or 29 February), as the server counts.
    QString addPeriod(const QString &date, const QString &count, const QString &unit) const;
    // The texts of a group joined by `separator` (plain text), in the order
    // of `orderBy` on PostgreSQL; SQLite joins them in the order it reads the
    // rows, which is the order of an ordered subquery.
    QString aggregateText(const QString &expression, const QString &separator, const QString &orderBy) const;
    // A JSON object of one member, `key` (plain text) holding the value.
    QString jsonObject(const QString &key, const QString &value) const;
    // The text of a member of a JSON document, NULL when absent.
    QString jsonText(const QString &json, const QString &key) const;
    // An expression as text within a concatenation (SQLite converts any value
    // there itself; PostgreSQL must be told).
    QString asText(const QString &expression) const;
    // A timestamp as text, in UTC to the microsecond, as SQLite stores it.
    QString timestampText(const QString &timestamp) const;
    // The SHA-256 digest of a text, in lowercase hexadecimal.
    QString sha256Hex(const QString &text) const;
    // True when two values differ, NULL being a value like the others.
    QString isDistinctFrom(const QString &left, const QString &right) const;

    // --- Queries ------------------------------------------------------------

    // The last row of each group of `table` (by `orderColumn`, then by the
    // highest `idColumn`): the group's columns and that row's id as `idAlias`.
    QString latestPerGroup(const QString &table, const QString &groupColumns, const QString &orderColumn,
                           const QString &idColumn, const QString &idAlias) const;
    // A hint to read `table` through `index`, to follow its name in FROM;
    // empty on PostgreSQL, whose planner has statistics to choose by.
    QString indexedBy(const QString &index) const;
    // The name to create an index of a temporary table under.
    QString temporaryIndexName(const QString &index) const;

    // --- Statements ---------------------------------------------------------

    // Starts a read-only transaction that sees one snapshot of the data
    // throughout (SQLite in WAL mode keeps the one of its first read).
    QString beginSnapshot() const;
    // Gathers the planner's statistics of a table just filled; empty when the
    // engine needs none (SQLite plans without them).
    QString refreshStatistics(const QString &table) const;
    // Moves a table's id sequence past ids written explicitly; empty on
    // SQLite, which always takes the next after the highest.
    QString syncIdSequence(const QString &table) const;
    // The engine's version, one row of one column.
    QString engineVersionQuery() const;
    // The engine's name as a user knows it.
    QString engineName() const;

private:
    Engine m_engine;
};

} // namespace pc
