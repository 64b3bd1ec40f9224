// Measures the consent ledger and the retention engine on a large register
// (the database bench_demo leaves: a million people, five million consent
// events): the current consent state of a purpose, the retention countdown
// of every person, and a purge of up to 100,000 people in one transaction.
// The purge changes the database: run it last.
#include "TestSupport.h"

#include "consent/ConsentLedger.h"
#include "demo/DemoGenerator.h"
#include "retention/Purge.h"
#include "retention/RetentionDue.h"
#include "storage/Migrations.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>


using namespace pc;

namespace {

qint64 count(Database &db, const QString &sql)
{
    return test::scalar(db, sql).toLongLong();
}

// Everything measured on one register, then the purge of up to `purgeSize` people.
int measure(QTextStream &out, Database &db, int purgeSize)
{
    QElapsedTimer timer;
    out << count(db, QStringLiteral("SELECT count(*) FROM data_subjects")) << " data subjects, "
        << count(db, QStringLiteral("SELECT count(*) FROM consent_events")) << " consent events, "
        << count(db, QStringLiteral("SELECT count(*) FROM consent_states")) << " current states" << Qt::endl;
    const QDate today = QDate::currentDate();

    // The current consent state: one purpose, then every purpose at once.
    const RowId largest = count(db, QStringLiteral("SELECT purpose_id FROM consent_states GROUP BY purpose_id "
                                                   "ORDER BY count(*) DESC LIMIT 1"));
    for (int round = 0; round < 3; ++round) {
        timer.restart();
        const auto one = consent::purposeCounts(db, today, 0, largest);
        const qint64 oneMs = timer.elapsed();
        timer.restart();
        const auto all = consent::purposeCounts(db, today);
        const qint64 allMs = timer.elapsed();
        if (!one || !all) {
            out << "consent state failed: " << (one ? all.errorMessage() : one.errorMessage()) << Qt::endl;
            return 1;
        }
        out << "consent state of the largest purpose (" << one->first().decided() << " people, "
            << one->first().given << " given, " << one->first().lapsed << " lapsed): " << oneMs << " ms; all "
            << all->size() << " purposes: " << allMs << " ms" << Qt::endl;
    }
    timer.restart();
    const auto lapsing = consent::dueExpiries(db, today, 0, 100);
    out << "first 100 consents due to lapse: " << timer.elapsed() << " ms"
        << (lapsing ? QString() : QStringLiteral(" failed: ") + lapsing.errorMessage()) << Qt::endl;

    // The retention countdown of every person and rule.
    for (int round = 0; round < 3; ++round) {
        timer.restart();
        const auto first = retention::duePurges(db, today.addYears(100), 0, 100);
        const qint64 firstMs = timer.elapsed();
        if (!first) {
            out << "countdown failed: " << first.errorMessage() << Qt::endl;
            return 1;
        }
        timer.restart();
        const auto counts = retention::countDue(db, today, today.addDays(30));
        if (!counts) {
            out << "countdown count failed: " << counts.errorMessage() << Qt::endl;
            return 1;
        }
        const qint64 countMs = timer.elapsed();
        timer.restart();
        const auto everything = retention::countDue(db, today, today.addYears(100));
        out << "retention countdown of every person and rule: the 100 soonest " << firstMs << " ms; counted within 30 days ("
            << counts->periods << " periods, " << counts->ended << " already ended, " << counts->held << " held) "
            << countMs << " ms; all periods counted (" << (everything ? everything->periods : -1) << ") "
            << timer.elapsed() << " ms" << Qt::endl;
    }

    // The purge: the plan, then up to `purgeSize` of its people in one transaction.
    timer.restart();
    auto plan = retention::planPurge(db, today);
    if (!plan) {
        out << "plan failed: " << plan.errorMessage() << Qt::endl;
        return 1;
    }
    out << "purge plan: " << plan->people.size() << " people due (" << plan->count(QStringLiteral("delete"))
        << " to delete, " << plan->count(QStringLiteral("anonymise")) << " to anonymise), " << plan->held.size()
        << " held, " << plan->archived << " to archive: " << timer.elapsed() << " ms" << Qt::endl;
    if (plan->people.size() > purgeSize)
        plan->people.resize(purgeSize);
    int withRequests = 0;
    for (const retention::PurgeCandidate &c : plan->people)
        withRequests += c.requests > 0 || c.documents > 0 ? 1 : 0;
    timer.restart();
    const auto done = retention::executePurge(db, plan.value());
    if (!done) {
        out << "purge failed: " << done.errorMessage() << Qt::endl;
        return 1;
    }
    out << "purge of " << done->subjects << " people (" << withRequests << " with requests or documents, erased one by one), "
        << done->rowsAffected << " rows, one transaction: " << timer.elapsed() << " ms" << Qt::endl;
    timer.restart();
    const auto pdf = retention::purgeReportPdf(db, done->runId, QStringLiteral("en"));
    out << "purge report: " << (pdf ? pdf->size() / 1024 : -1) << " KB PDF in " << timer.elapsed() << " ms" << Qt::endl;
    timer.restart();
    const auto mismatches = consent::stateMismatches(db);
    out << "consent states checked against the whole ledger: " << (mismatches ? mismatches.value() : -1)
        << " differences, " << timer.elapsed() << " ms" << Qt::endl;
    out << "peak memory: " << int(test::peakMegabytes()) << " MB" << Qt::endl;
    return done->subjects > 0 && mismatches && mismatches.value() == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2 || (arguments.at(1) == QLatin1String("--postgresql") && arguments.size() < 3)) {
        out << "usage: bench_retention DATABASE [purge-size]\n"
               "       bench_retention --postgresql SUBJECTS [purge-size]   (on the tests' PostgreSQL server)"
            << Qt::endl;
        return 2;
    }
    QElapsedTimer timer;
    if (arguments.at(1) == QLatin1String("--postgresql")) {
        // A new database on the server the test harness started, the demo
        // loaded into it, measured, then dropped.
        const qint64 subjects = arguments.at(2).toLongLong();
        const int purgeSize = arguments.size() > 3 ? arguments.at(3).toInt() : 100000;
        test::ScratchDatabase scratch(QStringLiteral("postgresql"));
        if (!scratch.isReady()) {
            out << "no PostgreSQL server: " << scratch.problem() << Qt::endl;
            return 1;
        }
        auto db = scratch.open();
        if (!db)
            return 1;
        DemoOptions options;
        options.subjects = subjects;
        options.asOf = QDate(2026, 11, 22);
        timer.start();
        const auto summary = DemoGenerator(*db).generate(options);
        if (!summary) {
            out << "demo failed: " << summary.errorMessage() << Qt::endl;
            return 1;
        }
        out << "PostgreSQL " << test::scalar(*db, QStringLiteral("SELECT current_setting('server_version')")).toString() << ": demo load of "
            << summary->subjects << " people and " << summary->consentEvents << " consent events in "
            << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s; database "
            << test::scalar(*db, QStringLiteral("SELECT pg_database_size(current_database()) / 1048576")).toLongLong()
            << " MB" << Qt::endl;
        return measure(out, *db, purgeSize);
    }
    const int purgeSize = arguments.size() > 2 ? arguments.at(2).toInt() : 100000;
    const Result<ConnectionSpec> spec = ConnectionSpec::parse(arguments.at(1));
    if (!spec) {
        out << spec.errorMessage() << Qt::endl;
        return 2;
    }
    timer.start();
    auto opened = openUpToDate(spec.value(), OpenMode::ReadWrite);
    if (!opened) {
        out << "cannot open " << spec->displayName() << ": " << opened.errorMessage() << Qt::endl;
        return 1;
    }
    out << "opened (and brought to schema " << Migrator::latestVersion() << ") in " << timer.elapsed() << " ms" << Qt::endl;
    return measure(out, *opened.value(), purgeSize);
}
