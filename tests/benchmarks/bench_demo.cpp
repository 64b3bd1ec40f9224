// Measures the demo volume the benchmarks of the registers stand on: how long
// `demo --subjects N` takes, how large the database grows, how much memory it
// needs, and how fast the first page of the largest registers opens.
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "models/DashboardData.h"
#include "models/RegisterTableModel.h"
#include "storage/BackgroundReader.h"
#include "storage/HealthCheck.h"
#include "storage/Migrations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QEventLoop>
#include <QTextStream>


using namespace pc;

namespace {

// Waits for the model's latest selection: its first rows, then its count.
// Returns the milliseconds until each arrived.
QPair<qint64, qint64> settle(RegisterTableModel &model)
{
    QElapsedTimer timer;
    timer.start();
    qint64 rows = model.isLoading() ? -1 : 0;
    qint64 counted = model.isCounting() ? -1 : 0;
    QEventLoop loop;
    auto check = [&] {
        if (rows < 0 && !model.isLoading())
            rows = timer.elapsed();
        if (counted < 0 && !model.isCounting())
            counted = timer.elapsed();
        if (rows >= 0 && counted >= 0)
            loop.quit();
    };
    QObject::connect(&model, &RegisterTableModel::loaded, &loop, check);
    QObject::connect(&model, &RegisterTableModel::counted, &loop, check);
    if (rows < 0 || counted < 0)
        loop.exec();
    return {rows, counted};
}

// Times what an officer does first on a large register: open it, sort it,
// type a name in the search box. The rows and their count are read in the
// background: what is timed is how soon each is there.
void measureModels(QTextStream &out, Database &db)
{
    BackgroundReader reader(db.spec());
    for (RegisterKind kind : {RegisterKind::Subjects, RegisterKind::Consents, RegisterKind::Requests}) {
        RegisterTableModel model(db, reader, kind);
        const auto [rows, counted] = settle(model);
        out << "first page of " << RegisterTableModel::title(kind).leftJustified(18) << rows << " ms, counted in "
            << counted << " ms (" << model.rowCount() << " of " << model.matchCount() << " rows)" << Qt::endl;
        model.sort(0, model.sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
        out << "  sorted the other way       " << settle(model).first << " ms" << Qt::endl;
    }
    QElapsedTimer timer;
    timer.start();
    const auto dashboard = DashboardData::load(db, 0, QDate(2026, 11, 22));
    out << "dashboard figures  " << timer.elapsed() << " ms (off the UI thread"
        << (dashboard ? QString() : QStringLiteral(", failed: ") + dashboard.errorMessage()) << ")" << Qt::endl;
    RegisterTableModel people(db, reader, RegisterKind::Subjects);
    settle(people);
    // The first person's last name, then a first name: two letters of it
    // match tens of thousands of people.
    for (const QString &name : {people.data(people.index(0, 0)).toString(), people.data(people.index(0, 1)).toString()}) {
        for (int length = 1; length <= qMin<int>(4, int(name.size())); ++length) {
            people.setSearchText(name.left(length));
            const auto [rows, counted] = settle(people);
            out << "  search \"" << name.left(length) << "\"" << QString(6 - length, QLatin1Char(' ')) << rows
                << " ms, counted in " << counted << " ms (" << people.matchCount() << " matches)" << Qt::endl;
        }
    }
}

bool measureRegisters(QTextStream &out, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    ConnectionSpec spec;
    spec.path = path;
    auto db = openUpToDate(spec, OpenMode::ReadWrite);
    if (!db) {
        out << db.errorMessage() << Qt::endl;
        return false;
    }
    out << "open (and upgrade) " << timer.elapsed() << " ms" << Qt::endl;
    measureModels(out, *db.value());
    out << "peak memory        " << QString::number(test::peakMegabytes(), 'f', 0) << " MB" << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QByteArray argument = argc > 1 ? QByteArray(argv[1]) : QByteArray("1000000");

    // An existing database: measure the registers on it, generate nothing.
    if (QFileInfo::exists(QString::fromLocal8Bit(argument)))
        return measureRegisters(out, QString::fromLocal8Bit(argument)) ? 0 : 1;

    const qint64 subjects = argument.toLongLong();
    test::ScratchDatabase scratch(QStringLiteral("sqlite"));
    auto db = scratch.open();
    if (!db)
        return 1;
    DemoOptions options;
    options.subjects = subjects;
    options.asOf = QDate(2026, 11, 22);
    QElapsedTimer timer;
    timer.start();
    const auto summary = DemoGenerator(*db).generate(options);
    if (!summary) {
        out << "demo failed: " << summary.errorMessage() << Qt::endl;
        return 1;
    }
    const double demoSeconds = timer.elapsed() / 1000.0;
    const double demoPeak = test::peakMegabytes();

    out << "subjects           " << summary->subjects << Qt::endl;
    out << "consent events     " << summary->consentEvents << Qt::endl;
    out << "rights requests    " << summary->requests << Qt::endl;
    out << "demo load          " << QString::number(demoSeconds, 'f', 1) << " s" << Qt::endl;
    out << "peak memory        " << QString::number(demoPeak, 'f', 0) << " MB" << Qt::endl;

    db.reset();
    timer.restart();
    db = scratch.open();
    out << "open and migrate   " << timer.elapsed() << " ms" << Qt::endl;
    measureModels(out, *db);
    timer.restart();
    const auto health = checkHealth(*db);
    out << "check              " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s, "
        << (health && health->ok() ? "ok" : "PROBLEM") << Qt::endl;
    db.reset();
    const qint64 bytes = QFileInfo(scratch.spec().path).size() + QFileInfo(scratch.spec().path + QStringLiteral("-wal")).size();
    out << "database size      " << QString::number(bytes / 1048576.0, 'f', 0) << " MB" << Qt::endl;
    // Left for the window's benchmark, which measures on the same register.
    if (const QString keep = qEnvironmentVariable("PC_BENCH_KEEP"); !keep.isEmpty()) {
        QFile::remove(keep);
        if (!QFile::rename(scratch.spec().path, keep))
            out << "could not keep the database as " << keep << Qt::endl;
    }
    return health && health->ok() ? 0 : 1;
}
