#include "BackgroundReader.h"

#include "Database.h"

#include <atomic>
#include <memory>

namespace pc {

// Owns the reader's connection, in the reader's thread: it is opened, used and
// closed there only.
class BackgroundReader::Worker final : public QObject
{
public:
    explicit Worker(const ConnectionSpec &spec) : m_spec(spec) {}

    std::atomic<bool> stopping = false;

    // The connection, opened when first needed; null with `error` set when it
    // cannot be.
    Database *connection(QString *error)
    {
        // A server that went away and came back: a new connection.
        if (!m_db || !m_db->connection().isOpen() || m_db->isBroken()) {
            m_db.reset();
            auto opened = Database::open(m_spec, OpenMode::ReadOnly);
            if (!opened) {
                *error = opened.errorMessage();
                return nullptr;
            }
            m_db = std::move(opened.value());
        }
        return m_db.get();
    }

private:
    ConnectionSpec m_spec;
    std::unique_ptr<Database> m_db;
};

BackgroundReader::BackgroundReader(const ConnectionSpec &spec, QObject *parent)
    : QObject(parent), m_worker(new Worker(spec))
{
    m_thread.setObjectName(QStringLiteral("BackgroundReader"));
    m_worker->moveToThread(&m_thread);
    // The connection is closed in the thread that opened it, once its loop has ended.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

BackgroundReader::~BackgroundReader()
{
    // Queued work that has not started is dropped; the query under way ends.
    m_worker->stopping = true;
    m_thread.quit();
    m_thread.wait();
}

void BackgroundReader::run(QObject *receiver, Work work, std::function<void(const QString &)> failed)
{
    Q_ASSERT(receiver && receiver->thread() == thread());
    const QPointer<QObject> target(receiver);
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, target, work = std::move(work), failed = std::move(failed)] {
            if (worker->stopping)
                return;
            QString error;
            Database *db = worker->connection(&error);
            if (!db) {
                deliver(target, [failed, error] { failed(error); });
                return;
            }
            work(*db, [this, target](std::function<void()> function) { deliver(target, std::move(function)); });
        },
        Qt::QueuedConnection);
}

void BackgroundReader::deliver(const QPointer<QObject> &receiver, std::function<void()> function)
{
    // Posted to the reader itself, which outlives its thread: the receiver is
    // looked at only in its own thread, where it cannot vanish meanwhile.
    QMetaObject::invokeMethod(
        this,
        [receiver, function = std::move(function)] {
            if (receiver)
                function();
        },
        Qt::QueuedConnection);
}

} // namespace pc
