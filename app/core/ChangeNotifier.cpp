#include "ChangeNotifier.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace pc {

void ChangeSet::add(const QString &table, qint64 row)
{
    Rows &rows = m_tables[table];
    if (rows.all)
        return;
    rows.ids.insert(row);
    if (rows.ids.size() > kRowLimit) {
        rows.ids.clear();
        rows.all = true;
    }
}

void ChangeSet::addAll(const QString &table)
{
    Rows &rows = m_tables[table];
    rows.ids.clear();
    rows.all = true;
}

void ChangeSet::merge(const ChangeSet &other)
{
    for (auto it = other.m_tables.cbegin(); it != other.m_tables.cend(); ++it) {
        if (it->all) {
            addAll(it.key());
            continue;
        }
        for (qint64 row : it->ids)
            add(it.key(), row);
        if (it->ids.isEmpty())
            m_tables[it.key()];
    }
    m_elsewhere = m_elsewhere || other.m_elsewhere;
}

QSet<qint64> ChangeSet::rows(const QString &table) const
{
    return m_tables.value(table).ids;
}

bool ChangeSet::anyRow(const QString &table) const
{
    const auto it = m_tables.constFind(table);
    return it != m_tables.cend() && it->all;
}

bool ChangeSet::containsRow(const QString &table, qint64 row) const
{
    const auto it = m_tables.constFind(table);
    return it != m_tables.cend() && (it->all || it->ids.contains(row));
}

ChangeNotifier::ChangeNotifier()
{
    qRegisterMetaType<pc::ChangeSet>();
    // Lives in the application's main thread whoever asks for it first.
    if (QCoreApplication *app = QCoreApplication::instance())
        moveToThread(app->thread());
}

ChangeNotifier &ChangeNotifier::instance()
{
    static ChangeNotifier notifier;
    return notifier;
}

void ChangeNotifier::announce(const ChangeSet &changes)
{
    if (changes.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    m_pending.merge(changes);
    if (m_scheduled)
        return;
    m_scheduled = true;
    // Never at once: an announcement can come from inside a commit, where
    // nothing may read the database yet.
    QMetaObject::invokeMethod(this, &ChangeNotifier::flush, Qt::QueuedConnection);
}

void ChangeNotifier::flush()
{
    ChangeSet changes;
    {
        QMutexLocker lock(&m_mutex);
        changes = std::exchange(m_pending, ChangeSet());
        m_scheduled = false;
    }
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

} // namespace pc
