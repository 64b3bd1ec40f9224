// Several officers at once on one PostgreSQL server: CLIENTS processes, each
// signed in as an officer of its own, make EDITS edits between them, mixed as
// a working day mixes them, through the same calls as the window:
//   35 %  count one up on a few people everyone edits (read, +1, save over the
//         version read; a conflict is read again and tried again),
//   20 %  add a line to the notes of a few requests everyone edits (the same),
//   25 %  record a consent event (given or withdrawn) for anyone,
//   10 %  change the telephone number of anyone,
//   10 %  add a person.
// Between reading a record and saving it, each waits up to 2 ms, in which
// another may save it first.
// Then it proves nothing was lost: the counters add up to the increments the
// clients made, every note line is there once, every event and person is
// there, the consent states agree with the ledger and the audit chain is
// whole. It prints the time, edits per second, conflicts met and the latency
// of an edit (including its retries).
//
//   bench_server [CLIENTS [EDITS]]        (default 20 clients, 10,000 edits)
// It runs on the tests' PostgreSQL server (ctest starts it).
#include "TestSupport.h"

#include "consent/ConsentLedger.h"
#include "demo/DemoGenerator.h"
#include "storage/AuditTrail.h"
#include "storage/RecordStore.h"
#include "storage/ServerRoles.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <iostream>
#include <string>

using namespace pc;

namespace {

constexpr int kHotSubjects = 20;
constexpr int kHotRequests = 10;
constexpr int kMaxAttempts = 200;
constexpr int kMaxPauseUs = 2000;

// What a client was given to work on, the same for all: one line of ids each.
struct Work
{
    QList<RowId> hotSubjects;
    QList<RowId> hotRequests;
    QList<RowId> subjects;
    QHash<RowId, QList<RowId>> purposesOfSubject;   // a sample's purposes
};

// What a client did.
struct Tally
{
    int edits = 0;
    int conflicts = 0;
    int errors = 0;
    int increments = 0;
    int notes = 0;
    int consents = 0;
    int phones = 0;
    int added = 0;
    QList<qint64> latencyUs;
    QString firstError;
};

int counterOf(const QString &notes)
{
    static const QRegularExpression counter(QStringLiteral("counter=(\\d+)"));
    const auto match = counter.match(notes);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

// Reads, changes and saves a record until the save is over the stored
// version; true when saved. Each conflict met is counted.
template<typename Entity, typename Change>
bool saveOver(Database &db, RowId id, Change change, Tally &tally, QRandomGenerator &random)
{
    for (int attempt = 0; attempt < kMaxAttempts; ++attempt) {
        auto read = RecordStore<Entity>::read(db, id);
        if (!read) {
            tally.firstError = read.errorMessage();
            return false;
        }
        // The moment between reading a record and saving it (a person
        // would take longer), in which another may save it first.
        QThread::usleep(random.bounded(kMaxPauseUs));
        Entity record = read.value();
        change(record);
        const Status saved = RecordStore<Entity>::update(db, record);
        if (saved)
            return true;
        if (!saved.error().is(Error::Kind::Conflict)) {
            tally.firstError = saved.errorMessage();
            return false;
        }
        ++tally.conflicts;
    }
    tally.firstError = QStringLiteral("still in conflict after %1 attempts").arg(kMaxAttempts);
    return false;
}

QList<RowId> idsOf(const QString &line)
{
    QList<RowId> ids;
    for (const QString &part : line.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids << part.toLongLong();
    return ids;
}

QString joined(const QList<RowId> &ids)
{
    QStringList parts;
    for (RowId id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

// One client: signs in, says "ready", waits for "go" on its input, works,
// prints what it did.
int client(int index, int edits)
{
    QTextStream out(stdout);
    QTextStream in(stdin);
    auto spec = ConnectionSpec::parse(qEnvironmentVariable("PC_BENCH_DATABASE"));
    if (!spec) {
        out << "FAILED " << spec.errorMessage() << Qt::endl;
        return 1;
    }
    spec->password = qEnvironmentVariable("PC_BENCH_PASSWORD");
    auto opened = Database::open(spec.value(), OpenMode::ReadWrite);
    if (!opened) {
        out << "FAILED " << opened.errorMessage() << Qt::endl;
        return 1;
    }
    Database &db = *opened.value();
    Work work;
    work.hotSubjects = idsOf(in.readLine());
    work.hotRequests = idsOf(in.readLine());
    work.subjects = idsOf(in.readLine());
    for (QString line = in.readLine(); !line.isEmpty() && line != QLatin1String("go"); line = in.readLine()) {
        const QList<RowId> ids = idsOf(line);
        work.purposesOfSubject.insert(ids.first(), ids.mid(1));
    }
    out << "ready" << Qt::endl;
    if (in.readLine() != QLatin1String("go"))
        return 1;

    QRandomGenerator random(quint32(1000 + index));
    Tally tally;
    const QList<RowId> withPurposes = work.purposesOfSubject.keys();
    for (int n = 0; n < edits; ++n) {
        QElapsedTimer clock;
        clock.start();
        const int kind = random.bounded(100);
        bool done = false;
        if (kind < 35) {
            const RowId id = work.hotSubjects.at(random.bounded(int(work.hotSubjects.size())));
            done = saveOver<DataSubject>(db, id, [](DataSubject &s) {
                s.notes = QStringLiteral("counter=%1").arg(counterOf(s.notes) + 1);
            }, tally, random);
            tally.increments += done;
        } else if (kind < 55) {
            const RowId id = work.hotRequests.at(random.bounded(int(work.hotRequests.size())));
            const QString line = QStringLiteral("c%1.%2;").arg(index).arg(n);
            done = saveOver<RightsRequest>(db, id, [&line](RightsRequest &r) { r.notes += line; }, tally, random);
            tally.notes += done;
        } else if (kind < 80) {
            ConsentEvent event;
            event.subjectId = withPurposes.at(random.bounded(int(withPurposes.size())));
            const QList<RowId> &purposes = work.purposesOfSubject.value(event.subjectId);
            event.purposeId = purposes.at(random.bounded(int(purposes.size())));
            event.event = random.bounded(2) ? QStringLiteral("given") : QStringLiteral("withdrawn");
            event.method = QStringLiteral("web_form");
            event.occurredAt = QDateTime::currentDateTimeUtc();
            event.source = QStringLiteral("bench client %1").arg(index);
            const auto recorded = consent::recordEvent(db, event);
            done = recorded.ok();
            if (!done)
                tally.firstError = recorded.errorMessage();
            tally.consents += done;
        } else if (kind < 90) {
            const RowId id = work.subjects.at(random.bounded(int(work.subjects.size())));
            const QString phone = QStringLiteral("+33 1 %1").arg(random.bounded(10000000, 99999999));
            done = saveOver<DataSubject>(db, id, [&phone](DataSubject &s) { s.phone = phone; }, tally, random);
            tally.phones += done;
        } else {
            auto model = RecordStore<DataSubject>::read(db, work.subjects.at(random.bounded(int(work.subjects.size()))));
            if (model) {
                DataSubject person;
                person.organizationId = model->organizationId;
                person.categoryId = model->categoryId;
                person.firstName = QStringLiteral("Client %1").arg(index);
                person.lastName = QStringLiteral("Edit %1").arg(n);
                person.externalRef = QStringLiteral("bench-%1-%2").arg(index).arg(n);
                person.collectedOn = QDate::currentDate();
                person.country = model->country;
                person.language = model->language;
                const auto id = RecordStore<DataSubject>::add(db, person);
                done = id.ok();
                if (!done)
                    tally.firstError = id.errorMessage();
            } else {
                tally.firstError = model.errorMessage();
            }
            tally.added += done;
        }
        tally.latencyUs << clock.nsecsElapsed() / 1000;
        ++tally.edits;
        if (!done)
            ++tally.errors;
    }
    QStringList latencies;
    for (qint64 us : std::as_const(tally.latencyUs))
        latencies << QString::number(us);
    out << "RESULT " << tally.edits << ' ' << tally.conflicts << ' ' << tally.errors << ' ' << tally.increments << ' '
        << tally.notes << ' ' << tally.consents << ' ' << tally.phones << ' ' << tally.added << ' '
        << test::peakMegabytes() << Qt::endl;
    out << "LATENCIES " << latencies.join(QLatin1Char(',')) << Qt::endl;
    if (!tally.firstError.isEmpty())
        out << "ERROR " << tally.firstError << Qt::endl;
    return 0;
}

qint64 count(Database &db, const QString &sql, const QVariantList &bindings = {})
{
    return test::scalar(db, sql, bindings).toLongLong();
}

QList<RowId> ids(Database &db, const QString &sql)
{
    QList<RowId> list;
    QSqlQuery query = db.prepare(sql);
    if (query.exec()) {
        while (query.next())
            list << query.value(0).toLongLong();
    }
    return list;
}

double percentile(QList<qint64> sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const auto at = qsizetype(p * double(sorted.size() - 1));
    return double(sorted.at(at)) / 1000.0;
}

int run(int clients, int edits)
{
    QTextStream out(stdout);
    test::ScratchDatabase scratch(QStringLiteral("postgresql"));
    if (!scratch.isReady()) {
        out << "FAILED: " << scratch.problem() << Qt::endl;
        return 1;
    }
    auto db = scratch.open();
    if (!db)
        return 1;
    QElapsedTimer timer;
    timer.start();
    DemoOptions options;
    options.subjects = 5000;
    if (const auto demo = DemoGenerator(*db).generate(options); !demo) {
        out << "FAILED: " << demo.errorMessage() << Qt::endl;
        return 1;
    }
    if (const Status setup = server::setup(*db); !setup) {
        out << "FAILED: " << setup.errorMessage() << Qt::endl;
        return 1;
    }
    const QString password = QStringLiteral("bench-%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
    QStringList officers;
    for (int i = 0; i < clients; ++i) {
        officers << QStringLiteral("bench_%1_officer_%2").arg(QCoreApplication::applicationPid()).arg(i + 1);
        if (const Status added = server::addUser(*db, officers.last(), QStringLiteral("officer"), password); !added) {
            out << "FAILED: " << added.errorMessage() << Qt::endl;
            return 1;
        }
    }
    // The few everybody edits, their counters at nought.
    Work work;
    work.hotSubjects = ids(*db, QStringLiteral("SELECT id FROM data_subjects ORDER BY id LIMIT %1").arg(kHotSubjects));
    work.hotRequests = ids(*db, QStringLiteral("SELECT id FROM rights_requests ORDER BY id LIMIT %1").arg(kHotRequests));
    work.subjects = ids(*db, QStringLiteral("SELECT id FROM data_subjects WHERE id > %1 ORDER BY id")
                                 .arg(work.hotSubjects.last()));
    (void)test::scalar(*db, QStringLiteral("UPDATE data_subjects SET notes = 'counter=0' WHERE id <= ? RETURNING 1"),
                       {work.hotSubjects.last()});
    (void)test::scalar(*db, QStringLiteral("UPDATE rights_requests SET notes = '' WHERE id <= ? RETURNING 1"),
                       {work.hotRequests.last()});
    QStringList purposeLines;
    {
        QSqlQuery query = db->prepare(QStringLiteral(
            "SELECT s.id, string_agg(p.id::text, ',') FROM (SELECT id, organization_id FROM data_subjects "
            "ORDER BY id LIMIT 1000) s JOIN consent_purposes p ON p.organization_id = s.organization_id GROUP BY s.id"));
        if (query.exec()) {
            while (query.next())
                purposeLines << QString::number(query.value(0).toLongLong()) + QLatin1Char(',') + query.value(1).toString();
        }
    }
    const qint64 eventsBefore = count(*db, QStringLiteral("SELECT count(*) FROM consent_events"));
    const qint64 auditBefore = count(*db, QStringLiteral("SELECT count(*) FROM audit_log"));
    out << "register: " << count(*db, QStringLiteral("SELECT count(*) FROM data_subjects")) << " people, "
        << count(*db, QStringLiteral("SELECT count(*) FROM rights_requests")) << " requests, " << eventsBefore
        << " consent events; " << clients << " officers set up in " << timer.elapsed() << " ms" << Qt::endl;

    // The clients, each signed in as an officer, all started before any works.
    std::vector<std::unique_ptr<QProcess>> processes;
    const QString header = joined(work.hotSubjects) + QLatin1Char('\n') + joined(work.hotRequests) + QLatin1Char('\n')
                           + joined(work.subjects) + QLatin1Char('\n') + purposeLines.join(QLatin1Char('\n'))
                           + QStringLiteral("\n\n");
    for (int i = 0; i < clients; ++i) {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PC_BENCH_DATABASE"),
                   QStringLiteral("postgresql://%1@%2:%3/%4")
                       .arg(officers.at(i), scratch.spec().host)
                       .arg(scratch.spec().port)
                       .arg(scratch.spec().databaseName));
        env.insert(QStringLiteral("PC_BENCH_PASSWORD"), password);
        process->setProcessEnvironment(env);
        // What a client says on its error channel goes straight out: a
        // pipe nobody reads would stop it.
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const int share = edits / clients + (i < edits % clients ? 1 : 0);
        process->start(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("--client"), QString::number(i + 1), QString::number(share)});
        process->write(header.toUtf8());
        processes.push_back(std::move(process));
    }
    for (auto &process : processes) {
        while (!process->canReadLine() && process->waitForReadyRead(60000)) {
        }
        const QString line = QString::fromUtf8(process->readLine()).trimmed();
        if (line != QLatin1String("ready")) {
            out << "FAILED: a client did not start: " << line << Qt::endl;
            return 1;
        }
    }
    timer.restart();
    // Written through at once: a QProcess keeps what it is given until asked.
    for (auto &process : processes) {
        process->write("go\n");
        process->waitForBytesWritten(10000);
    }
    Tally total;
    double clientPeak = 0;
    QStringList errors;
    for (auto &process : processes) {
        if (!process->waitForFinished(1800000) || process->exitCode() != 0) {
            out << "FAILED: a client stopped: " << process->errorString() << Qt::endl;
            return 1;
        }
    }
    const qint64 wallMs = timer.elapsed();
    for (auto &process : processes) {
        for (const QString &line : QString::fromUtf8(process->readAllStandardOutput()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("RESULT "))) {
                const QStringList f = line.mid(7).split(QLatin1Char(' '));
                total.edits += f.at(0).toInt();
                total.conflicts += f.at(1).toInt();
                total.errors += f.at(2).toInt();
                total.increments += f.at(3).toInt();
                total.notes += f.at(4).toInt();
                total.consents += f.at(5).toInt();
                total.phones += f.at(6).toInt();
                total.added += f.at(7).toInt();
                clientPeak = std::max(clientPeak, f.at(8).toDouble());
            } else if (line.startsWith(QLatin1String("LATENCIES "))) {
                for (const QString &us : line.mid(10).split(QLatin1Char(','), Qt::SkipEmptyParts))
                    total.latencyUs << us.toLongLong();
            } else if (line.startsWith(QLatin1String("ERROR "))) {
                errors << line.mid(6);
            }
        }
    }
    std::sort(total.latencyUs.begin(), total.latencyUs.end());
    out << total.edits << " edits by " << clients << " clients in " << wallMs << " ms: "
        << qRound(total.edits * 1000.0 / std::max<qint64>(1, wallMs)) << " edits/s; " << total.conflicts
        << " conflicts met and saved again; " << total.errors << " errors" << Qt::endl;
    out << "  " << total.increments << " counter increments, " << total.notes << " request notes, " << total.consents
        << " consent events, " << total.phones << " telephone changes, " << total.added << " people added" << Qt::endl;
    out << "  latency of an edit, retries included: median " << percentile(total.latencyUs, 0.5) << " ms, 95th "
        << percentile(total.latencyUs, 0.95) << " ms, 99th " << percentile(total.latencyUs, 0.99) << " ms, longest "
        << percentile(total.latencyUs, 1.0) << " ms; a client's peak memory " << clientPeak << " MB" << Qt::endl;
    for (const QString &error : std::as_const(errors))
        out << "  error: " << error << Qt::endl;

    // Nothing lost.
    int failures = total.errors > 0 || total.edits != edits;
    qint64 counted = 0;
    QSet<QString> lines;
    int lineCount = 0;
    {
        QSqlQuery query = db->prepare(QStringLiteral("SELECT notes FROM data_subjects WHERE id <= ?"));
        query.addBindValue(work.hotSubjects.last());
        if (query.exec()) {
            while (query.next())
                counted += counterOf(query.value(0).toString());
        }
        QSqlQuery notes = db->prepare(QStringLiteral("SELECT notes FROM rights_requests WHERE id <= ?"));
        notes.addBindValue(work.hotRequests.last());
        if (notes.exec()) {
            while (notes.next()) {
                for (const QString &line : notes.value(0).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                    lines.insert(line);
                    ++lineCount;
                }
            }
        }
    }
    auto check = [&](const char *what, qint64 found, qint64 expected) {
        const bool ok = found == expected;
        out << "  " << (ok ? "ok  " : "LOST") << ' ' << what << ": " << found << " of " << expected << Qt::endl;
        failures += !ok;
    };
    check("counter increments kept", counted, total.increments);
    check("request note lines kept", lineCount, total.notes);
    check("request note lines, each once", lines.size(), total.notes);
    check("consent events kept", count(*db, QStringLiteral("SELECT count(*) FROM consent_events")) - eventsBefore,
          total.consents);
    check("people added", count(*db, QStringLiteral("SELECT count(*) FROM data_subjects WHERE external_ref LIKE 'bench-%'")),
          total.added);
    const auto mismatches = consent::stateMismatches(*db);
    check("consent states differing from the ledger", mismatches ? mismatches.value() : -1, 0);
    const qint64 auditRows = count(*db, QStringLiteral("SELECT count(*) FROM audit_log")) - auditBefore;
    check("edits written to the trail by the officers themselves",
          count(*db, QStringLiteral("SELECT count(DISTINCT actor) FROM audit_log WHERE actor LIKE 'bench\\_%'")), clients);
    timer.restart();
    const auto verified = AuditTrail::verify(*db);
    const bool whole = verified && verified->ok();
    out << "  " << (whole ? "ok  " : "BROKEN") << " audit chain of " << (verified ? verified->entries : 0) << " entries (" << auditRows
        << " written during the run) verified in " << timer.elapsed() << " ms" << Qt::endl;
    failures += !whole;
    return failures == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("--client"))
        return client(args.at(2).toInt(), args.at(3).toInt());
    const int clients = args.size() > 1 ? args.at(1).toInt() : 20;
    const int edits = args.size() > 2 ? args.at(2).toInt() : 10000;
    if (clients < 1 || edits < clients) {
        std::cerr << "usage: bench_server [CLIENTS [EDITS]]" << std::endl;
        return 2;
    }
    return run(clients, edits);
}
