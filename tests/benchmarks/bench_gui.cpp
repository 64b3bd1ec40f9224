// Measures the real main window on a large register: how soon it is usable
// after start, how long each thing an officer does holds the UI thread, the
// longest the UI thread ever stayed away from its event loop, and the memory
// the process holds. Run on the database bench_demo leaves:
//   bench_gui FILE
#include "MainWindow.h"
#include "dashboard/DashboardView.h"
#include "navigation/Navigation.h"

#include "core/Languages.h"
#include "models/RegisterTableModel.h"
#include "storage/Migrations.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <functional>

using namespace pc;

namespace {

// VmRSS (now) and VmHWM (peak) of this process, in MB.
QPair<double, double> residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double now = 0, peak = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            const QList<QByteArray> words = line.simplified().split(' ');
            if (words.size() >= 2 && words.at(0) == "VmRSS:")
                now = words.at(1).toDouble() / 1024.0;
            if (words.size() >= 2 && words.at(0) == "VmHWM:")
                peak = words.at(1).toDouble() / 1024.0;
        }
    }
    return {now, peak};
}

// Notices every time the event loop did not run for longer than usual: a
// timer that should fire every 5 ms records the largest gap between firings.
class Heartbeat final : public QObject
{
public:
    Heartbeat()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            m_stepLongest = qMax(m_stepLongest, gap);
            if (gap > m_longest) {
                m_longest = gap;
                m_during = m_step;
            }
        });
    }
    void start()
    {
        m_clock.start();
        m_timer.start();
    }
    void setStep(const QString &step)
    {
        m_step = step;
        m_stepLongest = 0;
    }
    qint64 stepLongest() const { return m_stepLongest; }
    qint64 longest() const { return m_longest; }
    QString during() const { return m_during; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
    qint64 m_stepLongest = 0;
    QString m_step;
    QString m_during;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("privacy-console"));
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_gui DATABASE_FILE" << Qt::endl;
        return 2;
    }
    languages::install(QStringLiteral("en"));
    ConnectionSpec spec;
    spec.path = QString::fromLocal8Bit(argv[1]);
    auto db = openUpToDate(spec, OpenMode::ReadWrite);
    if (!db) {
        out << db.errorMessage() << Qt::endl;
        return 1;
    }
    MainWindow window(std::move(db.value()));
    // A laptop's screen.
    window.setWindowState(Qt::WindowNoState);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QCoreApplication::processEvents();
    out << "window usable after start     " << sinceStart.elapsed() << " ms" << Qt::endl;

    Heartbeat heartbeat;
    heartbeat.start();
    auto *table = window.findChild<QTableView *>(QStringLiteral("registerTable"));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
    qint64 longestStep = 0;
    // One thing an officer does, then a pause for whatever it started (a
    // search waits for the typing to pause; the rows of a new selection and
    // their count are read in the background). Reported: the longest the UI
    // thread stayed away from its event loop from the action to the end of
    // the pause, and how long the register took to show the rows and the
    // count once it started reading them.
    out << "  step                                 its own time   longest UI-thread stall   rows shown   counted"
        << Qt::endl;
    auto step = [&](const QString &name, const std::function<void()> &action, int settleMs = 400) {
        heartbeat.setStep(name);
        QElapsedTimer own;
        own.start();
        qint64 started = -1, shown = -1, counted = -1;
        QList<QMetaObject::Connection> connections;
        auto watch = [&](QAbstractItemModel *viewed) {
            auto *model = qobject_cast<RegisterTableModel *>(viewed);
            if (!model)
                return;
            connections << QObject::connect(model, &RegisterTableModel::loadStarted, [&] {
                if (started < 0)
                    started = own.elapsed();
            });
            connections << QObject::connect(model, &RegisterTableModel::loaded, [&] { shown = own.elapsed(); });
            connections << QObject::connect(model, &RegisterTableModel::counted, [&] { counted = own.elapsed(); });
        };
        QAbstractItemModel *before = table->model();
        watch(before);
        action();
        const qint64 took = own.elapsed();
        if (table->model() != before) {
            // A register opened for the first time started reading within the action.
            watch(table->model());
            if (auto *model = qobject_cast<RegisterTableModel *>(table->model()); model && model->isLoading())
                started = 0;
        }
        QTest::qWait(settleMs);
        auto *model = qobject_cast<RegisterTableModel *>(table->model());
        if (model && !QTest::qWaitFor([&] { return !model->isLoading() && !model->isCounting(); }, 120000))
            out << "  the register did not settle within two minutes" << Qt::endl;
        for (const auto &c : std::as_const(connections))
            QObject::disconnect(c);
        const qint64 stall = qMax(took, heartbeat.stepLongest());
        longestStep = qMax(longestStep, stall);
        auto after = [&](qint64 at) {
            return (started >= 0 && at >= 0 ? QString::number(at - started) + QStringLiteral(" ms") : QStringLiteral("-"))
                .rightJustified(13);
        };
        out << "  " << name.leftJustified(36) << QString::number(took).rightJustified(6) << " ms"
            << QString::number(stall).rightJustified(12) << " ms" << QString(14, QLatin1Char(' ')) << after(shown)
            << after(counted) << Qt::endl;
    };
    // The work waiting, beside the navigation's screens, counted off the UI thread.
    {
        QElapsedTimer counting;
        counting.start();
        heartbeat.setStep(QStringLiteral("navigation counts"));
        auto *navigation = window.findChild<Navigation *>(QStringLiteral("navigation"));
        const int countdown = navigation->rowOf(-3);
        if (!QTest::qWaitFor([&] { return navigation->item(countdown)->data(Navigation::AlertCountRole).toInt() > 0; },
                             120000))
            out << "  the navigation's counts did not come within two minutes" << Qt::endl;
        out << "navigation counts shown after  " << counting.elapsed() << " ms (computed off the UI thread; "
            << navigation->item(countdown)->data(Navigation::AlertCountRole).toInt() << " purges due), longest stall "
            << heartbeat.stepLongest() << " ms" << Qt::endl;
    }
    QTest::qWait(300);
    step(QStringLiteral("open data subjects"), [&] { window.openPage(QStringLiteral("subjects")); });
    step(QStringLiteral("sort by first name"), [&] { table->sortByColumn(1, Qt::DescendingOrder); });
    step(QStringLiteral("scroll to the next page"), [&] { table->scrollToBottom(); });
    step(QStringLiteral("sort by date of last contact"), [&] { table->sortByColumn(7, Qt::AscendingOrder); });
    step(QStringLiteral("sort by category (refused)"), [&] { table->sortByColumn(3, Qt::AscendingOrder); });
    step(QStringLiteral("select a person"), [&] { table->selectRow(40); });
    step(QStringLiteral("open the person's page"), [&] { QTest::keyClick(table, Qt::Key_Return); });
    step(QStringLiteral("next person (Ctrl+PgDn)"),
         [&] { QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier); });
    step(QStringLiteral("back to the list (Alt+Left)"), [&] { QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier); });
    // Another connection adds a person, as a background import would: the
    // register on screen reads its rows again by itself, where it was.
    step(QStringLiteral("a person added elsewhere shows"), [&] {
        auto other = Database::open(spec, OpenMode::ReadWrite);
        if (!other)
            return;
        DataSubject person;
        person.organizationId = RegisterRepository(*other.value()).organizations().value().first().id;
        person.firstName = QStringLiteral("Nour");
        person.lastName = QStringLiteral("Gharbi");
        person.collectedOn = QDate::currentDate();
        (void)PeopleRepository(*other.value()).addSubject(person);
    }, 600);
    // Typed, then the search runs when the typing pauses: in the register's
    // own order (by last name), then in another one.
    step(QStringLiteral("sort by last name"), [&] { table->sortByColumn(0, Qt::AscendingOrder); });
    for (const char *text : {"be", "ben", "bena"}) {
        step(QStringLiteral("type \"%1\" in search").arg(QLatin1String(text)),
             [&] { search->setText(QLatin1String(text)); });
    }
    step(QStringLiteral("clear the search"), [&] { search->clear(); });
    step(QStringLiteral("sort by collection date"), [&] { table->sortByColumn(5, Qt::AscendingOrder); });
    step(QStringLiteral("type \"be\", by collection date"), [&] { search->setText(QStringLiteral("be")); });
    step(QStringLiteral("clear the search"), [&] { search->clear(); });
    step(QStringLiteral("open consents"), [&] { window.openPage(QStringLiteral("consents")); });
    step(QStringLiteral("sort consents by person (refused)"), [&] { table->sortByColumn(1, Qt::AscendingOrder); });
    step(QStringLiteral("sort consents oldest first"), [&] { table->sortByColumn(0, Qt::AscendingOrder); });
    step(QStringLiteral("open rights requests"), [&] { window.openPage(QStringLiteral("requests")); });
    step(QStringLiteral("open the audit trail"), [&] { window.openPage(QStringLiteral("audit")); });
    step(QStringLiteral("switch to French"), [&] { languages::install(QStringLiteral("fr")); });
    step(QStringLiteral("switch back to English"), [&] { languages::install(QStringLiteral("en")); });
    QElapsedTimer dashboard;
    dashboard.start();
    step(QStringLiteral("open the dashboard"), [&] { window.openPage(QStringLiteral("dashboard")); }, 0);
    heartbeat.setStep(QStringLiteral("dashboard computing"));
    auto *view = window.findChild<DashboardView *>(QStringLiteral("dashboard"));
    if (!QTest::qWaitFor([&] { return !view->isLoading() && view->data().today.isValid(); }, 180000))
        out << "  the dashboard did not finish within three minutes" << Qt::endl;
    out << "  dashboard figures shown after " << dashboard.elapsed() << " ms (computed off the UI thread)" << Qt::endl;
    QTest::qWait(300);

    const auto [rss, peak] = residentMegabytes();
    out << "  while the dashboard computed  " << heartbeat.stepLongest() << " ms" << Qt::endl;
    longestStep = qMax(longestStep, heartbeat.stepLongest());
    out << "longest stall of any step     " << longestStep << " ms" << Qt::endl;
    out << "longest stall of the session  " << heartbeat.longest() << " ms (during \"" << heartbeat.during() << "\")"
        << Qt::endl;
    out << "resident memory               " << QString::number(rss, 'f', 0) << " MB (peak "
        << QString::number(peak, 'f', 0) << " MB)" << Qt::endl;
    return 0;
}
