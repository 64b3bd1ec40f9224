#include "DeadlineWatch.h"

#include "core/Settings.h"
#include "documents/DocumentFile.h"
#include "storage/Database.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QtConcurrent>

namespace pc {

using deadlines::DueItem;

DeadlineWatch::DeadlineWatch(const ConnectionSpec &spec, QObject *parent)
    : QObject(parent), m_spec(spec), m_clock([] { return QDateTime::currentDateTime(); })
{
    m_reminders.restore(userSettings()->value(QStringLiteral("reminders/announced")).toStringList());
    // Every quarter of an hour: what becomes due today or overdue is told
    // within that time, and the calendar file follows the day.
    m_timer.setInterval(15 * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &DeadlineWatch::refresh);
    m_soon.setSingleShot(true);
    m_soon.setInterval(3000);
    connect(&m_soon, &QTimer::timeout, this, &DeadlineWatch::refresh);
    connect(&m_watcher, &QFutureWatcher<Look>::finished, this, [this] {
        apply(m_watcher.result());
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
    m_timer.start();
}

DeadlineWatch::~DeadlineWatch()
{
    m_watcher.waitForFinished();
}

QString DeadlineWatch::trayKey()
{
    return QStringLiteral("reminders/tray");
}

QString DeadlineWatch::calendarFileKey()
{
    return QStringLiteral("reminders/calendarFile");
}

void DeadlineWatch::setDatabase(const ConnectionSpec &spec)
{
    m_spec = spec;
    refresh();
}

void DeadlineWatch::applySettings()
{
    const auto settings = userSettings();
    m_trayWanted = settings->value(trayKey(), true).toBool();
    m_calendarFile = settings->value(calendarFileKey()).toString().trimmed();
    if (m_trayWanted && !m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("Privacy Console"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT openRequested(m_lastAnnounced); });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                Q_EMIT openRequested({});
        });
        m_tray->show();
    } else if (!m_trayWanted && m_tray) {
        m_tray->hide();
        m_tray->deleteLater();
        m_tray = nullptr;
    }
    refresh();
}

void DeadlineWatch::refreshSoon()
{
    m_soon.start();
}

void DeadlineWatch::refresh()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    const ConnectionSpec spec = m_spec;
    const QDateTime now = m_clock();
    const QString file = m_calendarFile;
    m_watcher.setFuture(QtConcurrent::run([spec, now, file]() -> Look {
        Look look;
        look.now = now;
        look.calendarFile = file;
        auto db = Database::open(spec, OpenMode::ReadOnly);
        if (!db) {
            look.error = db.errorMessage();
            return look;
        }
        // One reading of what is due serves the reminders (today's) and the calendar (the year's).
        const int within = file.isEmpty() ? 0 : kCalendarDays;
        const auto items = deadlines::dueWithin(*db.value(), now.date(), within);
        if (!items) {
            look.error = items.errorMessage();
            return look;
        }
        look.items = items.value();
        if (!file.isEmpty()) {
            const auto events = deadlines::calendarEvents(*db.value(), look.items, now.date(), within);
            if (!events) {
                look.error = events.errorMessage();
                return look;
            }
            look.events = events.value();
        }
        return look;
    }));
}

QString DeadlineWatch::message(const QList<DueItem> &items) const
{
    constexpr int kShown = 5;
    QStringList lines;
    for (const DueItem &item : items.mid(0, kShown)) {
        const QString when = item.overdue ? tr("Overdue") : item.time.isEmpty() ? tr("Today") : tr("Today %1").arg(item.time);
        lines << tr("%1 — %2 (%3)").arg(when, deadlines::eventFor(item).summary, item.organization);
    }
    if (items.size() > kShown)
        lines << tr("and %n more", nullptr, int(items.size()) - kShown);
    return lines.join(QLatin1Char('\n'));
}

void DeadlineWatch::apply(const Look &look)
{
    if (!look.error.isEmpty()) {
        Q_EMIT failed(look.error);
        return;
    }
    if (!look.calendarFile.isEmpty() && look.calendarFile == m_calendarFile) {
        if (Status written = documents::writeDocumentFile(look.calendarFile, deadlines::iCalendar(look.events, look.now));
            !written) {
            Q_EMIT failed(written.errorMessage());
        } else {
            Q_EMIT calendarWritten(look.calendarFile, int(look.events.size()));
        }
    }
    if (!m_trayWanted)
        return;
    const QList<DueItem> fresh = m_reminders.take(look.items, look.now);
    userSettings()->setValue(QStringLiteral("reminders/announced"), m_reminders.memory());
    if (fresh.isEmpty())
        return;
    m_lastAnnounced = fresh;
    if (m_tray) {
        m_tray->showMessage(tr("%n deadline(s) today or overdue", nullptr, int(fresh.size())), message(fresh),
                            QSystemTrayIcon::Warning, 15000);
    }
    Q_EMIT announced(fresh);
}

} // namespace pc
