#pragma once

#include "deadlines/Calendar.h"
#include "deadlines/Reminders.h"
#include "storage/ConnectionSpec.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>

class QSystemTrayIcon;

namespace pc {

// Deadlines that reach the officer outside the window while the console
// runs: a system tray icon that tells what falls due today and what is
// overdue, each item once a day (a click opens it), and a calendar file kept
// up to date at the path the settings give, for Thunderbird, Outlook or
// Evolution to subscribe to. Both are read on a connection of their own,
// away from the window.
class DeadlineWatch final : public QObject
{
    Q_OBJECT

public:
    explicit DeadlineWatch(const ConnectionSpec &spec, QObject *parent = nullptr);
    ~DeadlineWatch() override;

    void setDatabase(const ConnectionSpec &spec);
    // Tests: the clock the reminders go by.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // Reads the settings again (tray on or off, the calendar file) and looks now.
    void applySettings();
    // Looks again now (off the window's thread); one look at a time.
    void refresh();
    // A look a few seconds from now, however many changes ask for one.
    void refreshSoon();
    QSystemTrayIcon *trayIcon() const { return m_tray; }

    // The settings' keys.
    static QString trayKey();
    static QString calendarFileKey();
    // How far ahead the calendar file reaches.
    static constexpr int kCalendarDays = 365;

Q_SIGNALS:
    // The items just announced (due today or overdue, first time today).
    void announced(const QList<pc::deadlines::DueItem> &items);
    // The officer clicked the announcement (the items it told of) or the
    // tray icon (none): open the item, or the overview of what is due.
    void openRequested(const QList<pc::deadlines::DueItem> &items);
    void calendarWritten(const QString &path, int events);
    void failed(const QString &message);

private:
    struct Look
    {
        QDateTime now;
        QList<deadlines::DueItem> items;   // due by the calendar's horizon, or by today without one
        QList<deadlines::CalendarEvent> events;
        QString calendarFile;
        QString error;
    };
    void apply(const Look &look);
    QString message(const QList<deadlines::DueItem> &items) const;

    ConnectionSpec m_spec;
    std::function<QDateTime()> m_clock;
    deadlines::Reminders m_reminders;
    QSystemTrayIcon *m_tray = nullptr;
    QTimer m_timer;
    QTimer m_soon;
    QFutureWatcher<Look> m_watcher;
    bool m_again = false;
    bool m_trayWanted = true;
    QString m_calendarFile;
    QList<deadlines::DueItem> m_lastAnnounced;
};

} // namespace pc
