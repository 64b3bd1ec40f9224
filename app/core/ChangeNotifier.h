#pragma once

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>

namespace pc {

// What changed in the register during one turn of the event loop: tables,
// and for each the rows changed (all of them when there were many).
class ChangeSet
{
public:
    // More rows than this in one table and the change counts as "any row".
    static constexpr int kRowLimit = 512;

    void add(const QString &table, qint64 row);
    void addAll(const QString &table);
    void merge(const ChangeSet &other);
    // Changes committed by another connection: another officer, or this
    // window's own background work, as the server told it.
    void setElsewhere(bool elsewhere) { m_elsewhere = m_elsewhere || elsewhere; }

    bool isEmpty() const { return m_tables.isEmpty(); }
    bool contains(const QString &table) const { return m_tables.contains(table); }
    QStringList tables() const { return m_tables.keys(); }
    // The rows of the table changed; empty with anyRow() when too many to list.
    QSet<qint64> rows(const QString &table) const;
    bool anyRow(const QString &table) const;
    bool containsRow(const QString &table, qint64 row) const;
    bool isElsewhere() const { return m_elsewhere; }

private:
    struct Rows
    {
        QSet<qint64> ids;
        bool all = false;
    };
    QHash<QString, Rows> m_tables;
    bool m_elsewhere = false;
};

// The one place every change to the register is announced, in the manner of
// Subsurface's DiveListNotifier: the storage layer announces each committed
// change (SQLite's own hooks on every connection, the server's notifications
// on PostgreSQL), whatever path made it — a form, undo, an import, a
// workflow step, a purge, another officer — and models and windows refresh
// from the one signal rather than be reloaded by hand.
//
// announce() may be called from any thread; changed() is emitted in the
// notifier's thread on the next turn of its event loop, once for all that
// was announced meanwhile (a purge of a hundred thousand people refreshes once).
class ChangeNotifier final : public QObject
{
    Q_OBJECT

public:
    static ChangeNotifier &instance();

    void announce(const ChangeSet &changes);
    // Emits now what is pending (tests, and before a window reads again on purpose).
    void flush();

Q_SIGNALS:
    void changed(const pc::ChangeSet &changes);

private:
    ChangeNotifier();

    QMutex m_mutex;
    ChangeSet m_pending;
    bool m_scheduled = false;
};

} // namespace pc
