#include "Reminders.h"

namespace pc::deadlines {

QString Reminders::key(const DueItem &item)
{
    return QStringLiteral("%1|%2|%3").arg(int(item.kind)).arg(item.organization, item.reference);
}

QList<DueItem> Reminders::take(const QList<DueItem> &items, const QDateTime &now)
{
    const QDate today = now.date();
    if (today != m_day) {
        m_day = today;
        m_announced.clear();
    }
    QList<DueItem> announced;
    for (const DueItem &item : items) {
        const bool overdue = item.moment.isValid() ? item.moment < now.toUTC() : (item.overdue || item.due < today);
        if (!overdue && item.due != today)
            continue;
        const QString id = key(item);
        if (m_announced.contains(id))
            continue;
        m_announced.insert(id);
        DueItem shown = item;
        shown.overdue = overdue;
        announced << shown;
    }
    return announced;
}

QStringList Reminders::memory() const
{
    if (!m_day.isValid())
        return {};
    QStringList kept{m_day.toString(Qt::ISODate)};
    QStringList keys(m_announced.cbegin(), m_announced.cend());
    keys.sort();
    return kept + keys;
}

void Reminders::restore(const QStringList &memory)
{
    m_day = memory.isEmpty() ? QDate() : QDate::fromString(memory.first(), Qt::ISODate);
    m_announced.clear();
    if (m_day.isValid()) {
        for (const QString &key : memory.mid(1))
            m_announced.insert(key);
    }
}

} // namespace pc::deadlines
