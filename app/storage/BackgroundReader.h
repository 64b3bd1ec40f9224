#pragma once

#include "ConnectionSpec.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

namespace pc {

class Database;

// Reads the register away from the window: queries run one after another in a
// thread of its own, on a read-only connection of its own opened at the first
// query, so that counting a million rows never holds the user interface.
// Lives in the thread that creates it (the UI thread); waits for the query
// under way when destroyed.
class BackgroundReader final : public QObject
{
    Q_OBJECT

public:
    // Hands a piece of what was read back: the function runs later in the
    // thread of the object that asked, unless that object is gone by then.
    using Reply = std::function<void(std::function<void()>)>;
    using Work = std::function<void(Database &db, const Reply &reply)>;

    explicit BackgroundReader(const ConnectionSpec &spec, QObject *parent = nullptr);
    ~BackgroundReader() override;

    // Queues `work` for the reader's connection. When the connection cannot
    // be opened, `failed` receives the reason instead (in the receiver's
    // thread). `receiver` must live in the reader's own thread.
    void run(QObject *receiver, Work work, std::function<void(const QString &error)> failed);

private:
    class Worker;

    // Called in the reader's thread: `function` runs in the receiver's
    // thread, unless the receiver is gone by then.
    void deliver(const QPointer<QObject> &receiver, std::function<void()> function);

    QThread m_thread;
    Worker *m_worker = nullptr;
};

} // namespace pc
