// Measures the demo volume the benchmarks of the registers stand on: how long
// `demo --subjects N` takes, how large the database grows, how much memory it
// needs, and how fast the first page of the largest registers opens.
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "models/RegisterTableModel.h"
#include "storage/HealthCheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <sys/resource.h>

using namespace pc;

namespace {

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const qint64 subjects = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;

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
    const double demoPeak = peakMegabytes();

    out << "subjects           " << summary->subjects << Qt::endl;
    out << "consent events     " << summary->consentEvents << Qt::endl;
    out << "rights requests    " << summary->requests << Qt::endl;
    out << "demo load          " << QString::number(demoSeconds, 'f', 1) << " s" << Qt::endl;
    out << "peak memory        " << QString::number(demoPeak, 'f', 0) << " MB" << Qt::endl;

    db.reset();
    timer.restart();
    db = scratch.open();
    out << "open and migrate   " << timer.elapsed() << " ms" << Qt::endl;
    for (RegisterKind kind : {RegisterKind::Subjects, RegisterKind::Consents}) {
        timer.restart();
        RegisterTableModel model(*db, kind);
        out << "first page of " << RegisterTableModel::title(kind).leftJustified(18) << timer.elapsed() << " ms ("
            << model.rowCount() << " of " << model.matchCount() << " rows)" << Qt::endl;
    }
    timer.restart();
    const auto health = checkHealth(*db);
    out << "check              " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s, "
        << (health && health->ok() ? "ok" : "PROBLEM") << Qt::endl;
    db.reset();
    const qint64 bytes = QFileInfo(scratch.spec().path).size() + QFileInfo(scratch.spec().path + QStringLiteral("-wal")).size();
    out << "database size      " << QString::number(bytes / 1048576.0, 'f', 0) << " MB" << Qt::endl;
    return health && health->ok() ? 0 : 1;
}
