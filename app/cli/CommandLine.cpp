#include "CommandLine.h"

#include "Terminal.h"
#include "Version.h"

#include "core/Dates.h"
#include "core/Languages.h"
#include "deadlines/Deadlines.h"
#include "deadlines/DueList.h"
#include "demo/DemoGenerator.h"
#include "domain/Codes.h"
#include "intake/IdVault.h"
#include "intake/Intake.h"
#include "storage/AuditTrail.h"
#include "storage/Backup.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/HealthCheck.h"
#include "storage/Migrations.h"
#include "storage/ServerRoles.h"
#include "reports/Registers.h"
#include "reports/ReportWriter.h"
#include "retention/Purge.h"
#include "retention/RetentionDue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlQuery>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

#include <unistd.h>

namespace pc::cli {
namespace {

// The translation context of this file's messages.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(pc::cli)
};

const QStringList &verbs()
{
    static const QStringList list = {QStringLiteral("init"), QStringLiteral("demo"), QStringLiteral("check"),
                                     QStringLiteral("deadline"), QStringLiteral("due"), QStringLiteral("import-letter"),
                                     QStringLiteral("retention"), QStringLiteral("report"), QStringLiteral("audit"),
                                     QStringLiteral("server-setup"), QStringLiteral("user"), QStringLiteral("backup"),
                                     QStringLiteral("restore"), QStringLiteral("help")};
    return list;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// One line on standard error, whatever the message held.
int fail(const QString &message, int code = ExitFailure)
{
    QString line = message.simplified();
    std::fprintf(stderr, "privacy-console: %s\n", line.toLocal8Bit().constData());
    return code;
}

// The database the user named, or the embedded default in their data folder.
Result<ConnectionSpec> resolveDatabase(const QCommandLineParser &parser, bool createDefaultFolder)
{
    if (!parser.isSet(QStringLiteral("database"))) {
        ConnectionSpec spec = ConnectionSpec::defaultSqlite();
        if (createDefaultFolder)
            QDir().mkpath(QFileInfo(spec.path).absolutePath());
        return spec;
    }
    return ConnectionSpec::parse(parser.value(QStringLiteral("database")));
}

// Opens the database; asks for a PostgreSQL password only when the server
// wants one that PGPASSWORD or ~/.pgpass did not give, and only at a terminal.
Result<std::unique_ptr<Database>> openDatabase(ConnectionSpec spec, OpenMode mode)
{
    auto db = openUpToDate(spec, mode);
    if (db || !spec.isPostgresql() || !spec.password.isEmpty())
        return db;
    // By what libpq says happened, not by its words (which are in the user's language).
    const bool wantsPassword = db.error().is(Error::Kind::Authentication);
    if (!wantsPassword || !terminal::isInteractive())
        return db;
    spec.password = terminal::readSecret(CliText::tr("Password for %1: ").arg(spec.displayName()));
    return openUpToDate(spec, mode);
}

void describeVerbs(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        CliText::tr("Privacy Console: the privacy officer's register of processing activities, data subjects, consents, "
           "rights requests, processors and retention.\n\n"
           "Without a verb, the application window opens. Verbs:\n"
           "  init     create the database, or upgrade its schema\n"
           "  demo     fill a database with the five demo organizations\n"
           "  check    verify a database: schema version, integrity, foreign keys, counts\n"
           "  deadline the legal deadline of a request (--jurisdiction, --received, --extended,\n"
           "           --paused-days) or of a breach notification (--breach --aware)\n"
           "  due      what falls due in the next days (--within, default 30): open requests,\n"
           "           breaches to notify and retention purges, soonest first\n"
           "  import-letter LETTER [--id IDCOPY] [--json] [--create]\n"
           "           read a request letter (PDF or scan) and an identity document copy;\n"
           "           --create records the request in the database\n"
           "  retention due [--within DAYS]\n"
           "           every person and retention rule whose period ends within DAYS (default 30),\n"
           "           soonest first, those under a legal hold marked\n"
           "  retention purge --dry-run | --execute [--report FILE.pdf]\n"
           "           the people whose last retention period has ended: list them, or delete or\n"
           "           anonymise them in one transaction, a tombstone each, and write the report\n"
           "  report ropa|processors|requests|breaches|retention|consents --organization NAME\n"
           "         [--lang fr|en] [--from DATE --to DATE] [--status S] [--paper a4|letter]\n"
           "         --out FILE.pdf|FILE.csv [--table NAME]\n"
           "           a register as a PDF document, or one of its tables as CSV\n"
           "  audit verify\n"
           "           check the audit trail's chain of hashes, entry by entry; the first broken one is named\n"
           "  server-setup --database postgresql://...\n"
           "           create or update the schema, the roles and their rights on a PostgreSQL server\n"
           "  user add NAME --role admin|officer|viewer [--display-name TEXT]\n"
           "  user disable NAME\n"
           "           give an officer a sign-in on the server (the password is asked, or read from\n"
           "           standard input), change their role, or take their access away\n"
           "  backup --out FILE\n"
           "           a copy of the whole register while others work (SQLite's online backup;\n"
           "           pg_dump's archive for a server)\n"
           "  restore --from FILE\n"
           "           the copy brought back into an empty database, then checked"));
}

int runInit(Database &db)
{
    const Result<int> version = db.schemaVersion();
    if (!version)
        return fail(version.errorMessage());
    out() << CliText::tr("Database ready: %1 (schema %2).").arg(db.spec().displayName()).arg(version.value()) << Qt::endl;
    return ExitOk;
}

// The demo's options, checked before any database is touched.
Result<DemoOptions> demoOptions(const QCommandLineParser &parser)
{
    DemoOptions options;
    if (parser.isSet(QStringLiteral("subjects"))) {
        bool ok = false;
        options.subjects = parser.value(QStringLiteral("subjects")).toLongLong(&ok);
        if (!ok || options.subjects < 0 || options.subjects > 50'000'000)
            return Error{CliText::tr("--subjects wants a whole number between 0 and 50000000, not “%1”.")
                             .arg(parser.value(QStringLiteral("subjects")))};
    }
    if (parser.isSet(QStringLiteral("as-of"))) {
        options.asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!options.asOf.isValid())
            return Error{CliText::tr("--as-of wants a date written YYYY-MM-DD, not “%1”.")
                             .arg(parser.value(QStringLiteral("as-of")))};
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return Error{CliText::tr("--seed wants a whole number, not “%1”.").arg(parser.value(QStringLiteral("seed")))};
    }
    return options;
}

int runDemo(Database &db, const DemoOptions &options)
{
    DemoGenerator generator(db);
    const bool showProgress = ::isatty(fileno(stderr)) == 1;
    int lastPercent = -1;
    if (showProgress) {
        generator.setProgressCallback([&lastPercent](double share) {
            const int percent = int(share * 100);
            if (percent != lastPercent) {
                lastPercent = percent;
                std::fprintf(stderr, "\r%3d %%", percent);
                std::fflush(stderr);
            }
        });
    }
    QElapsedTimer timer;
    timer.start();
    const Result<DemoSummary> summary = generator.generate(options);
    if (showProgress)
        std::fputs("\r      \r", stderr);
    if (!summary)
        return fail(summary.errorMessage());
    const QLocale locale;
    out() << CliText::tr("Loaded %1 organizations, %2 processing activities and %3 processors into %4.")
                 .arg(summary->organizations)
                 .arg(summary->activities)
                 .arg(summary->processors)
                 .arg(db.spec().displayName())
          << Qt::endl;
    out() << CliText::tr("%1 data subjects, %2 consent events, %3 rights requests, %4 breaches (%5 s).")
                 .arg(locale.toString(summary->subjects), locale.toString(summary->consentEvents),
                      locale.toString(summary->requests))
                 .arg(summary->breaches)
                 .arg(locale.toString(timer.elapsed() / 1000.0, 'f', 1))
          << Qt::endl;
    return ExitOk;
}

// What falls due, soonest first, one line each: a daily reminder.
int runDue(Database &db, const QDate &today, int within)
{
    using deadlines::DueItem;
    const Result<QList<DueItem>> items = deadlines::dueWithin(db, today, within);
    if (!items)
        return fail(items.errorMessage());
    out() << CliText::tr("%n item(s) due by %1:", nullptr, int(items->size()))
                 .arg(today.addDays(within).toString(Qt::ISODate))
          << Qt::endl;
    for (const DueItem &item : items.value()) {
        QString kind;
        switch (item.kind) {
        case DueItem::Kind::Request: kind = CliText::tr("request"); break;
        case DueItem::Kind::Breach: kind = CliText::tr("breach"); break;
        case DueItem::Kind::Purge: kind = CliText::tr("purge"); break;
        }
        QString left;
        if (item.overdue)
            left = CliText::tr("OVERDUE by %n day(s)", nullptr, -item.calendarDaysLeft);
        else if (item.calendarDaysLeft == 0)
            left = CliText::tr("due today");
        else if (item.kind == DueItem::Kind::Request)
            left = CliText::tr("%n day(s) left", nullptr, item.calendarDaysLeft)
                + QLatin1String(", ") + CliText::tr("%n working day(s)", nullptr, item.workingDaysLeft);
        else
            left = CliText::tr("%n day(s) left", nullptr, item.calendarDaysLeft);
        QString when = item.due.toString(Qt::ISODate);
        if (!item.time.isEmpty())
            when += QLatin1Char(' ') + item.time;
        out() << QStringLiteral("%1  %2  %3  %4 — %5 (%6)")
                     .arg(when, kind.leftJustified(8), item.reference, item.what, item.organization, left)
              << Qt::endl;
    }
    return ExitOk;
}

// The deadline of a request or a breach under the rules the application
// ships, from the command line alone: no database is read.
int runDeadline(const QCommandLineParser &parser)
{
    using namespace deadlines;
    const bool breach = parser.isSet(QStringLiteral("breach"));
    const QStringList otherKind = breach ? QStringList{QStringLiteral("received"), QStringLiteral("extended"),
                                                       QStringLiteral("paused-days")}
                                         : QStringList{QStringLiteral("aware")};
    for (const QString &option : otherKind) {
        if (parser.isSet(option)) {
            return fail(breach ? CliText::tr("--%1 does not apply to a breach.").arg(option)
                               : CliText::tr("--%1 only applies to a breach (--breach).").arg(option),
                        ExitUsage);
        }
    }
    QString code = parser.value(QStringLiteral("jurisdiction")).trimmed().toUpper();
    if (code.isEmpty()) {
        if (!breach)
            return fail(CliText::tr("Say which law applies: --jurisdiction FR, BE, EU, ZA, TN or VN."), ExitUsage);
        code = QStringLiteral("EU");
    }
    const std::optional<JurisdictionRule> rule = shippedRule(code);
    if (!rule) {
        return fail(CliText::tr("--jurisdiction wants one of FR, BE, EU, ZA, TN or VN, not “%1”.")
                        .arg(parser.value(QStringLiteral("jurisdiction"))),
                    ExitUsage);
    }
    const DeadlineEngine engine(rule.value(), HolidayCalendar(rule->jurisdiction, {}));
    out() << codes::label(CodeList::Jurisdiction, rule->jurisdiction) << Qt::endl;

    if (breach) {
        const QString text = parser.value(QStringLiteral("aware"));
        const QDateTime aware = QDateTime::fromString(text, Qt::ISODate);
        if (!aware.isValid() || text.size() < 16)
            return fail(CliText::tr("--aware wants the moment the breach became known, written YYYY-MM-DDTHH:MM, not “%1”.")
                            .arg(text),
                        ExitUsage);
        const QDateTime due = engine.breachNotificationDue(aware);
        if (!due.isValid())
            return fail(CliText::tr("%1 sets no number of hours to notify a breach.").arg(codes::label(CodeList::Jurisdiction, rule->jurisdiction)));
        out() << rule->breachCitation << Qt::endl;
        if (!rule->notes.isEmpty())
            out() << rule->notes << Qt::endl;
        // In the time zone it was given in.
        out() << (aware.timeSpec() == Qt::LocalTime ? due.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))
                                                    : due.toString(Qt::ISODate))
              << Qt::endl;
        return ExitOk;
    }

    const QString receivedText = parser.value(QStringLiteral("received"));
    const QDate received = QDate::fromString(receivedText, Qt::ISODate);
    if (!received.isValid())
        return fail(CliText::tr("--received wants the day the request arrived, written YYYY-MM-DD, not “%1”.")
                        .arg(receivedText),
                    ExitUsage);
    int paused = 0;
    if (parser.isSet(QStringLiteral("paused-days"))) {
        bool ok = false;
        paused = parser.value(QStringLiteral("paused-days")).toInt(&ok);
        if (!ok || paused < 0 || paused > 3650)
            return fail(CliText::tr("--paused-days wants a whole number of days between 0 and 3650, not “%1”.")
                            .arg(parser.value(QStringLiteral("paused-days"))),
                        ExitUsage);
    }
    const bool extended = parser.isSet(QStringLiteral("extended"));
    if (extended && rule->extensionPeriod == 0)
        return fail(CliText::tr("%1 allows no extension.").arg(codes::label(CodeList::Jurisdiction, rule->jurisdiction)), ExitUsage);
    const DueDate due = engine.due(received, extended, paused);
    out() << rule->responseCitation << Qt::endl;
    if (extended)
        out() << rule->extensionCitation << Qt::endl;
    if (paused > 0)
        out() << CliText::tr("The clock stood still for %n day(s).", nullptr, paused) << Qt::endl;
    if (due.due != due.periodEnd) {
        out() << CliText::tr("The period ends on %1, a day that does not count: %2")
                     .arg(due.periodEnd.toString(Qt::ISODate), rule->shiftCitation)
              << Qt::endl;
    }
    if (!rule->notes.isEmpty())
        out() << rule->notes << Qt::endl;
    out() << due.due.toString(Qt::ISODate) << Qt::endl;
    return ExitOk;
}

// Reads a letter and prints what it asks; with `create`, records the request.
int runImportLetter(const QCommandLineParser &parser, const QString &letter)
{
    const bool create = parser.isSet(QStringLiteral("create"));
    const bool json = parser.isSet(QStringLiteral("json"));
    QDate received = QDate::currentDate();
    if (parser.isSet(QStringLiteral("received"))) {
        received = QDate::fromString(parser.value(QStringLiteral("received")), Qt::ISODate);
        if (!received.isValid())
            return fail(CliText::tr("--received wants a date written YYYY-MM-DD, not “%1”.")
                            .arg(parser.value(QStringLiteral("received"))),
                        ExitUsage);
    }
    // The organizations it may be addressed to: from the database named, or
    // the embedded default when there is one. Reading alone writes nothing.
    std::unique_ptr<Database> db;
    const Result<ConnectionSpec> spec = resolveDatabase(parser, create);
    if (!spec)
        return fail(spec.errorMessage(), ExitUsage);
    if (create || parser.isSet(QStringLiteral("database")) || QFileInfo::exists(spec->path)) {
        auto opened = openDatabase(spec.value(), create ? OpenMode::ReadWrite : OpenMode::ReadOnly);
        if (!opened)
            return fail(opened.errorMessage());
        db = std::move(opened).value();
    }
    QList<intake::KnownOrganization> organizations;
    if (db) {
        const auto known = intake::knownOrganizations(*db);
        if (!known)
            return fail(known.errorMessage());
        organizations = known.value();
    }
    intake::IntakeReader reader;
    const auto analysis = reader.analyze(letter, parser.value(QStringLiteral("id")), organizations, QDate::currentDate());
    if (!analysis)
        return fail(analysis.errorMessage());
    QJsonObject report = intake::toJson(analysis.value(), QDate::currentDate());
    if (create) {
        intake::IntakeDecision decision = intake::proposedDecision(analysis.value(), received);
        if (parser.isSet(QStringLiteral("organization"))) {
            const QString wanted = parser.value(QStringLiteral("organization"));
            decision.organizationId = 0;
            for (const intake::KnownOrganization &o : std::as_const(organizations)) {
                if (o.name.compare(wanted, Qt::CaseInsensitive) == 0 || QString::number(o.id) == wanted)
                    decision.organizationId = o.id;
            }
            if (decision.organizationId == 0)
                return fail(CliText::tr("No organization is called “%1” in this database.").arg(wanted), ExitUsage);
        } else if (decision.organizationId == 0 && organizations.size() == 1) {
            decision.organizationId = organizations.constFirst().id;
        }
        if (decision.organizationId == 0)
            return fail(CliText::tr("The letter does not name an organization of this database: say which with "
                                    "--organization."),
                        ExitUsage);
        if (!db->isPostgresql()) {
            if (auto user = CaseRepository(*db).ensureLocalUser(db->actor()); !user)
                return fail(user.errorMessage());
        }
        std::optional<intake::IdVault> vault;
        if (!analysis->idCopy.isEmpty()) {
            auto opened = intake::IdVault::openDefault();
            if (!opened)
                return fail(opened.errorMessage());
            vault.emplace(std::move(opened).value());
        }
        const auto request = intake::createRequest(*db, analysis.value(), decision, vault ? &*vault : nullptr);
        if (!request)
            return fail(request.errorMessage());
        report.insert(QStringLiteral("created"),
                      QJsonObject{{QStringLiteral("reference"), request->reference},
                                  {QStringLiteral("received_on"), request->receivedOn.toString(Qt::ISODate)},
                                  {QStringLiteral("due_on"), request->dueOn.toString(Qt::ISODate)}});
        if (!json) {
            out() << CliText::tr("Created %1, received %2, due %3.")
                         .arg(request->reference, dates::toText(request->receivedOn), dates::toText(request->dueOn))
                  << Qt::endl;
        }
    }
    if (json) {
        out() << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
        out().flush();
        return ExitOk;
    }
    const intake::LetterFacts &facts = analysis->facts;
    QStringList types;
    for (const QString &type : facts.types())
        types << codes::label(CodeList::RequestType, type);
    auto line = [](const QString &label, const QString &value) {
        out() << label << QStringLiteral(": ") << (value.isEmpty() ? CliText::tr("(not found)") : value) << Qt::endl;
    };
    line(CliText::tr("Language"), facts.language.value);
    line(CliText::tr("Rights"), types.join(QStringLiteral(", ")));
    line(CliText::tr("Requester"), facts.name.value);
    line(CliText::tr("E-mail"), facts.email.value);
    line(CliText::tr("Address"), facts.address.value);
    line(CliText::tr("Organization"), facts.organization.value);
    line(CliText::tr("Letter dated"), facts.date.isValid() ? dates::toText(facts.date) : QString());
    if (analysis->idDocument) {
        const intake::MrzData &id = *analysis->idDocument;
        line(CliText::tr("Identity document"),
             CliText::tr("%1 %2, %3 %4, no. %5, expires %6; check digits %7")
                 .arg(intake::formatName(id.format), id.nationality, id.givenNames, id.surname, id.documentNumber,
                      id.expiryDate.isValid() ? dates::toText(id.expiryDate) : QStringLiteral("?"),
                      id.isValid() ? CliText::tr("all valid") : CliText::tr("%1 failed").arg(id.failedChecks.join(QStringLiteral(", ")))));
        if (analysis->identityMatch)
            line(CliText::tr("Holder is the requester"), *analysis->identityMatch ? CliText::tr("yes") : CliText::tr("no"));
    }
    return ExitOk;
}

int runCheck(Database &db)
{
    const Result<HealthReport> result = checkHealth(db);
    if (!result)
        return fail(result.errorMessage());
    const HealthReport &report = result.value();
    const QLocale locale;
    out() << CliText::tr("Database: %1").arg(db.spec().displayName()) << Qt::endl;
    out() << CliText::tr("Engine: %1").arg(report.engineVersion) << Qt::endl;
    if (report.schemaVersion == report.latestSchemaVersion)
        out() << CliText::tr("Schema version: %1 (current)").arg(report.schemaVersion) << Qt::endl;
    else
        out() << CliText::tr("Schema version: %1 (this version of Privacy Console writes %2; run “privacy-console init” to upgrade)")
                     .arg(report.schemaVersion)
                     .arg(report.latestSchemaVersion)
              << Qt::endl;
    out() << CliText::tr("Integrity: %1").arg(report.integrityProblems.isEmpty() ? CliText::tr("ok") : report.integrityProblems.join(QLatin1String("; ")))
          << Qt::endl;
    out() << CliText::tr("Foreign keys: %1").arg(report.foreignKeyProblems.isEmpty() ? CliText::tr("ok") : report.foreignKeyProblems.join(QLatin1String("; ")))
          << Qt::endl;
    if (!report.missingTables.isEmpty())
        out() << CliText::tr("Missing tables: %1").arg(report.missingTables.join(QLatin1String(", "))) << Qt::endl;
    out() << CliText::tr("Rows per table:") << Qt::endl;
    for (const auto &[table, count] : report.rowCounts)
        out() << QStringLiteral("  %1 %2").arg(table, -28).arg(locale.toString(count), 12) << Qt::endl;
    if (!report.ok())
        return fail(CliText::tr("The database %1 has problems; see above.").arg(db.spec().displayName()), ExitCheckFailed);
    return ExitOk;
}

// An organization by its number or its name; 0 for every organization.
Result<RowId> organizationNamed(Database &db, const QString &wanted)
{
    if (wanted.trimmed().isEmpty())
        return RowId(0);
    QSqlQuery query = db.prepare(QStringLiteral(
        "SELECT id FROM organizations WHERE CAST(id AS TEXT) = ? OR lower(name) = lower(?) ORDER BY id"));
    query.addBindValue(wanted.trimmed());
    query.addBindValue(wanted.trimmed());
    if (!query.exec())
        return Database::sqlError(query);
    if (!query.next())
        return Error{CliText::tr("No organization is called “%1” in this database.").arg(wanted)};
    return query.value(0).toLongLong();
}

int runRetentionDue(Database &db, const QDate &today, int within, RowId organizationId)
{
    const QDate until = today.addDays(within);
    const Result<QList<retention::DuePurge>> due = retention::duePurges(db, until, organizationId);
    if (!due)
        return fail(due.errorMessage());
    out() << CliText::tr("%n retention period(s) ending by %1:", nullptr, int(due->size()))
                 .arg(until.toString(Qt::ISODate))
          << Qt::endl;
    for (const retention::DuePurge &item : due.value()) {
        const qint64 days = today.daysTo(item.purgeOn);
        QString left = days < 0 ? CliText::tr("ended %n day(s) ago", nullptr, int(-days))
                       : days == 0 ? CliText::tr("ends today")
                                   : CliText::tr("%n day(s) left", nullptr, int(days));
        if (item.isHeld())
            left += QLatin1String("; ") + CliText::tr("HELD: %1").arg(item.holdReason);
        out() << QStringLiteral("%1  %2  #%3 %4 — %5 (%6)")
                     .arg(item.purgeOn.toString(Qt::ISODate),
                          codes::label(CodeList::RetentionOutcome, item.outcome).leftJustified(10))
                     .arg(item.subjectId)
                     .arg(item.subjectName, item.rule, left)
              << Qt::endl;
    }
    return ExitOk;
}

int runRetentionPurge(Database &db, const QDate &today, RowId organizationId, bool execute, const QString &reportPath)
{
    QElapsedTimer timer;
    timer.start();
    const Result<retention::PurgePlan> plan = retention::planPurge(db, today, organizationId);
    if (!plan)
        return fail(plan.errorMessage());
    const QLocale locale;
    if (!execute) {
        out() << CliText::tr("Dry run: nothing is changed. On %1, %2 people would be deleted and %3 anonymised; "
                             "%4 are held by a legal hold, %5 left to an archive.")
                     .arg(today.toString(Qt::ISODate), locale.toString(plan->count(QStringLiteral("delete"))),
                          locale.toString(plan->count(QStringLiteral("anonymise"))),
                          locale.toString(plan->held.size()), locale.toString(plan->archived))
              << Qt::endl;
        for (const retention::PurgeCandidate &c : plan->people) {
            out() << QStringLiteral("%1  %2  #%3 %4 — %5 (%6)")
                         .arg(c.purgeOn.toString(Qt::ISODate),
                              codes::label(CodeList::RetentionOutcome, c.outcome).leftJustified(10))
                         .arg(c.subjectId)
                         .arg(c.subjectName, c.rule,
                              CliText::tr("%1 consent events, %2 requests, %3 documents")
                                  .arg(c.consentEvents)
                                  .arg(c.requests)
                                  .arg(c.documents))
                  << Qt::endl;
        }
        for (const retention::PurgeCandidate &c : plan->held) {
            out() << QStringLiteral("%1  %2  #%3 %4 — %5")
                         .arg(c.purgeOn.toString(Qt::ISODate), CliText::tr("HELD").leftJustified(10))
                         .arg(c.subjectId)
                         .arg(c.subjectName, c.holdReason)
                  << Qt::endl;
        }
        return ExitOk;
    }
    const Result<retention::PurgeResult> done = retention::executePurge(db, plan.value());
    if (!done)
        return fail(done.errorMessage());
    out() << CliText::tr("Purge run %1: %2 people purged, %3 rows deleted or anonymised, %4 held (%5 s).")
                 .arg(done->runId)
                 .arg(locale.toString(done->subjects), locale.toString(done->rowsAffected),
                      locale.toString(done->held), locale.toString(timer.elapsed() / 1000.0, 'f', 1))
          << Qt::endl;
    if (!reportPath.isEmpty()) {
        const Result<QByteArray> pdf =
            retention::purgeReportPdf(db, done->runId, languages::current().startsWith(QLatin1String("fr"))
                                                           ? QStringLiteral("fr")
                                                           : QStringLiteral("en"));
        if (!pdf)
            return fail(pdf.errorMessage());
        QSaveFile file(reportPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf->size() || !file.commit()) {
            return fail(CliText::tr("The purge is done, but its report could not be written to %1: %2")
                            .arg(reportPath, file.errorString()));
        }
        out() << CliText::tr("Report: %1").arg(reportPath) << Qt::endl;
    }
    return ExitOk;
}

// --within, 30 days when not given.
Result<int> withinOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("within")))
        return 30;
    bool ok = false;
    const int days = parser.value(QStringLiteral("within")).toInt(&ok);
    if (!ok || days < 0 || days > 3660)
        return Error{CliText::tr("--within wants a number of days between 0 and 3660, not “%1”.")
                         .arg(parser.value(QStringLiteral("within")))};
    return days;
}

Result<QDate> asOfOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("as-of")))
        return QDate::currentDate();
    const QDate day = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
    if (!day.isValid())
        return Error{CliText::tr("--as-of wants a date written YYYY-MM-DD, not “%1”.").arg(parser.value(QStringLiteral("as-of")))};
    return day;
}

int runRetention(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString what = positional.value(1);
    if (positional.size() != 2 || (what != QLatin1String("due") && what != QLatin1String("purge")))
        return fail(CliText::tr("retention wants what to do: retention due [--within DAYS] or "
                                "retention purge --dry-run | --execute."),
                    ExitUsage);
    for (const char *option : {"subjects", "seed", "id", "json", "create", "jurisdiction", "received", "extended",
                               "paused-days", "breach", "aware"}) {
        if (parser.isSet(QString::fromLatin1(option)))
            return fail(CliText::tr("--%1 does not apply to retention.").arg(QString::fromLatin1(option)), ExitUsage);
    }
    const bool purge = what == QLatin1String("purge");
    const bool execute = parser.isSet(QStringLiteral("execute"));
    int within = 30;
    if (purge) {
        if (parser.isSet(QStringLiteral("within")))
            return fail(CliText::tr("--within only applies to retention due: a purge takes what is due today."),
                        ExitUsage);
        if (execute == parser.isSet(QStringLiteral("dry-run")))
            return fail(CliText::tr("retention purge wants either --dry-run (list) or --execute (purge)."), ExitUsage);
        if (parser.isSet(QStringLiteral("report")) && !execute)
            return fail(CliText::tr("--report only applies to retention purge --execute."), ExitUsage);
    } else {
        for (const char *option : {"dry-run", "execute", "report"}) {
            if (parser.isSet(QString::fromLatin1(option)))
                return fail(CliText::tr("--%1 only applies to retention purge.").arg(QString::fromLatin1(option)),
                            ExitUsage);
        }
        const Result<int> days = withinOption(parser);
        if (!days)
            return fail(days.errorMessage(), ExitUsage);
        within = days.value();
    }
    const Result<QDate> today = asOfOption(parser);
    if (!today)
        return fail(today.errorMessage(), ExitUsage);
    if (execute && today.value() > QDate::currentDate())
        return fail(CliText::tr("A purge cannot run as of a day to come: only what is due today can go."), ExitUsage);
    const Result<ConnectionSpec> spec = resolveDatabase(parser, false);
    if (!spec)
        return fail(spec.errorMessage(), ExitUsage);
    if (!spec->isPostgresql() && !QFileInfo::exists(spec->path))
        return fail(CliText::tr("There is no database at %1.").arg(spec->path));
    auto db = openDatabase(spec.value(), execute ? OpenMode::ReadWrite : OpenMode::ReadOnly);
    if (!db)
        return fail(db.errorMessage());
    if (execute && !db.value()->isPostgresql()) {
        CaseRepository users(*db.value());
        if (auto user = users.ensureLocalUser(db.value()->actor()); !user)
            return fail(user.errorMessage());
    }
    const Result<RowId> organization = organizationNamed(*db.value(), parser.value(QStringLiteral("organization")));
    if (!organization)
        return fail(organization.errorMessage(), ExitUsage);
    if (!purge)
        return runRetentionDue(*db.value(), today.value(), within, organization.value());
    return runRetentionPurge(*db.value(), today.value(), organization.value(), execute,
                             parser.value(QStringLiteral("report")));
}

int runAudit(const QCommandLineParser &parser, const QStringList &positional)
{
    if (positional.size() != 2 || positional.at(1) != QLatin1String("verify"))
        return fail(CliText::tr("audit wants what to do: audit verify."), ExitUsage);
    for (const QString &option : parser.optionNames()) {
        if (option != QLatin1String("database"))
            return fail(CliText::tr("--%1 does not apply to audit.").arg(option), ExitUsage);
    }
    const Result<ConnectionSpec> spec = resolveDatabase(parser, false);
    if (!spec)
        return fail(spec.errorMessage(), ExitUsage);
    if (!spec->isPostgresql() && !QFileInfo::exists(spec->path))
        return fail(CliText::tr("There is no database at %1.").arg(spec->path));
    auto db = openDatabase(spec.value(), OpenMode::ReadOnly);
    if (!db)
        return fail(db.errorMessage());
    const Result<AuditTrail::Verification> verified = AuditTrail::verify(*db.value());
    if (!verified)
        return fail(verified.errorMessage());
    const QLocale locale;
    if (!verified->ok()) {
        const QString why = verified->problem == QLatin1String("link")
                                ? CliText::tr("it does not follow the entry before it: an entry was removed or slipped in")
                            : verified->problem == QLatin1String("data")
                                ? CliText::tr("the row data it holds is not what was recorded")
                            : verified->problem == QLatin1String("unsealed")
                                ? CliText::tr("it carries no hash")
                                : CliText::tr("its content is not what was recorded");
        return fail(CliText::tr("The audit trail is broken at entry %1: %2.").arg(verified->firstBroken).arg(why),
                    ExitCheckFailed);
    }
    out() << CliText::tr("The audit trail's %1 entries are whole: each follows the one before it.")
                 .arg(locale.toString(verified->entries))
          << Qt::endl;
    if (!verified->lastHash.isEmpty())
        out() << CliText::tr("Last entry's hash (note it down to check the trail against later): %1").arg(verified->lastHash)
              << Qt::endl;
    return ExitOk;
}

// A PostgreSQL database for the verbs that manage the server.
Result<std::unique_ptr<Database>> serverDatabase(const QCommandLineParser &parser, const QString &verb)
{
    const Result<ConnectionSpec> spec = resolveDatabase(parser, false);
    if (!spec)
        return spec.error();
    if (!spec->isPostgresql())
        return Error{CliText::tr("%1 is for a shared PostgreSQL server: give it with --database postgresql://user@host/db.")
                         .arg(verb)};
    return openDatabase(spec.value(), OpenMode::ReadWrite);
}

int runServerSetup(const QCommandLineParser &parser, const QStringList &positional)
{
    if (positional.size() != 1)
        return fail(CliText::tr("server-setup takes no file name."), ExitUsage);
    for (const QString &option : parser.optionNames()) {
        if (option != QLatin1String("database"))
            return fail(CliText::tr("--%1 does not apply to server-setup.").arg(option), ExitUsage);
    }
    if (!parser.isSet(QStringLiteral("database")))
        return fail(CliText::tr("server-setup is for a shared PostgreSQL server: give it with --database postgresql://user@host/db."),
                    ExitUsage);
    auto db = serverDatabase(parser, QStringLiteral("server-setup"));
    if (!db)
        return fail(db.errorMessage());
    if (Status s = server::setup(*db.value()); !s)
        return fail(s.errorMessage());
    QSqlQuery name = db.value()->prepare(QStringLiteral("SELECT current_database()"));
    const QString database = name.exec() && name.next() ? name.value(0).toString() : QString();
    out() << CliText::tr("The server is set up for %1: schema %2, roles %3, %4 and %5.")
                 .arg(db.value()->spec().displayName())
                 .arg(Migrator::latestVersion())
                 .arg(server::groupRole(database, QStringLiteral("admin")), server::groupRole(database, QStringLiteral("officer")),
                      server::groupRole(database, QStringLiteral("viewer")))
          << Qt::endl;
    return ExitOk;
}

int runUser(const QCommandLineParser &parser, const QStringList &positional)
{
    const QString what = positional.value(1);
    if (positional.size() != 3 || (what != QLatin1String("add") && what != QLatin1String("disable")))
        return fail(CliText::tr("user wants what to do and whom: user add NAME --role ROLE, or user disable NAME."), ExitUsage);
    const bool add = what == QLatin1String("add");
    for (const QString &option : parser.optionNames()) {
        const bool allowed = option == QLatin1String("database")
                             || (add && (option == QLatin1String("role") || option == QLatin1String("display-name")));
        if (!allowed)
            return fail(CliText::tr("--%1 does not apply to user %2.").arg(option, what), ExitUsage);
    }
    const QString name = positional.at(2);
    const QString role = parser.value(QStringLiteral("role")).trimmed().toLower();
    if (add && role.isEmpty())
        return fail(CliText::tr("user add wants the role: --role admin, officer or viewer."), ExitUsage);
    if (!parser.isSet(QStringLiteral("database")))
        return fail(CliText::tr("user is for a shared PostgreSQL server: give it with --database postgresql://user@host/db."),
                    ExitUsage);
    auto db = serverDatabase(parser, QStringLiteral("user"));
    if (!db)
        return fail(db.errorMessage());
    if (!add) {
        if (Status s = server::disableUser(*db.value(), name); !s)
            return fail(s.errorMessage());
        out() << CliText::tr("%1 can no longer reach this register.").arg(name) << Qt::endl;
        return ExitOk;
    }
    // The new password: typed twice at a terminal, else one line of standard input.
    QString password;
    if (terminal::isInteractive()) {
        password = terminal::readSecret(CliText::tr("Password for %1: ").arg(name));
        if (terminal::readSecret(CliText::tr("The same again: ")) != password)
            return fail(CliText::tr("The two passwords differ; nothing was changed."));
    } else {
        QTextStream in(stdin);
        password = in.readLine();
    }
    if (Status s = server::addUser(*db.value(), name, role, password, parser.value(QStringLiteral("display-name"))); !s)
        return fail(s.errorMessage());
    out() << CliText::tr("%1 signs in to this register as %2.").arg(name, codes::label(CodeList::UserRole, role)) << Qt::endl;
    return ExitOk;
}

int runBackup(const QCommandLineParser &parser, const QStringList &positional, bool restoring)
{
    const QString verb = restoring ? QStringLiteral("restore") : QStringLiteral("backup");
    const QString fileOption = restoring ? QStringLiteral("from") : QStringLiteral("out");
    if (positional.size() != 1)
        return fail(CliText::tr("%1 takes its file with --%2.").arg(verb, fileOption), ExitUsage);
    for (const QString &option : parser.optionNames()) {
        if (option != QLatin1String("database") && option != fileOption)
            return fail(CliText::tr("--%1 does not apply to %2.").arg(option, verb), ExitUsage);
    }
    const QString file = parser.value(fileOption);
    if (file.isEmpty())
        return fail(CliText::tr("%1 wants its file: --%2 FILE.").arg(verb, fileOption), ExitUsage);
    const Result<ConnectionSpec> spec = resolveDatabase(parser, restoring);
    if (!spec)
        return fail(spec.errorMessage(), ExitUsage);
    const QLocale locale;
    if (!restoring) {
        if (!spec->isPostgresql() && !QFileInfo::exists(spec->path))
            return fail(CliText::tr("There is no database at %1.").arg(spec->path));
        auto db = openDatabase(spec.value(), OpenMode::ReadOnly);
        if (!db)
            return fail(db.errorMessage());
        const Result<backup::Outcome> saved = backup::save(*db.value(), file);
        if (!saved)
            return fail(saved.errorMessage());
        out() << CliText::tr("%1 copied to %2 (%3, %4).")
                     .arg(spec->displayName(), file, locale.formattedDataSize(saved->bytes), saved->tool)
              << Qt::endl;
        return ExitOk;
    }
    ConnectionSpec target = spec.value();
    if (target.isPostgresql() && target.password.isEmpty())
        target.password = qEnvironmentVariable("PGPASSWORD");
    const Result<backup::Outcome> restored = backup::restore(file, target);
    if (!restored)
        return fail(restored.errorMessage());
    out() << CliText::tr("%1 restored into %2 (%3).").arg(file, target.displayName(), restored->tool) << Qt::endl;
    // The copy brought back is checked as `check` would.
    auto db = openDatabase(target, OpenMode::ReadWrite);
    if (!db)
        return fail(db.errorMessage());
    return runCheck(*db.value());
}

// --from and --to of a report: YYYY-MM-DD, either left open.
Result<QDate> dateOption(const QCommandLineParser &parser, const char *name)
{
    const QString option = QString::fromLatin1(name);
    if (!parser.isSet(option))
        return QDate();
    const QDate day = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!day.isValid())
        return Error{CliText::tr("--%1 wants a date written YYYY-MM-DD, not “%2”.").arg(option, parser.value(option))};
    return day;
}

int runReport(const QCommandLineParser &parser, const QStringList &positional)
{
    const auto kind = reports::kindFromCode(positional.value(1));
    if (positional.size() != 2 || !kind)
        return fail(CliText::tr("report wants which register: ropa, processors, requests, breaches, retention or consents."),
                    ExitUsage);
    for (const char *option : {"subjects", "seed", "id", "json", "create", "jurisdiction", "received", "extended",
                               "paused-days", "breach", "aware", "within", "dry-run", "execute", "report"}) {
        if (parser.isSet(QString::fromLatin1(option)))
            return fail(CliText::tr("--%1 does not apply to report.").arg(QString::fromLatin1(option)), ExitUsage);
    }
    if (parser.value(QStringLiteral("organization")).trimmed().isEmpty())
        return fail(CliText::tr("report wants the organization it is about: --organization NAME."), ExitUsage);
    const QString path = parser.value(QStringLiteral("out"));
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (!pdf && !csv)
        return fail(CliText::tr("report wants where to write it: --out FILE.pdf or --out FILE.csv."), ExitUsage);
    if (pdf && parser.isSet(QStringLiteral("table")))
        return fail(CliText::tr("--table chooses a table for a CSV file; a PDF holds them all."), ExitUsage);
    reports::ReportRequest request;
    request.kind = kind.value();
    request.language = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang")).trimmed().toLower()
                       : languages::current().startsWith(QLatin1String("fr")) ? QStringLiteral("fr")
                                                                               : QStringLiteral("en");
    if (request.language != QLatin1String("fr") && request.language != QLatin1String("en"))
        return fail(CliText::tr("--lang is fr or en, not “%1”.").arg(parser.value(QStringLiteral("lang"))), ExitUsage);
    const Result<QDate> from = dateOption(parser, "from");
    const Result<QDate> to = dateOption(parser, "to");
    if (!from || !to)
        return fail(from ? to.errorMessage() : from.errorMessage(), ExitUsage);
    if ((from->isValid() || to->isValid()) && !reports::takesPeriod(request.kind))
        return fail(CliText::tr("--from and --to apply to the requests, breaches and consents reports."), ExitUsage);
    if (from->isValid() && to->isValid() && from.value() > to.value())
        return fail(CliText::tr("The period ends (%1) before it starts (%2).")
                        .arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)),
                    ExitUsage);
    request.from = from.value();
    request.to = to.value();
    if (parser.isSet(QStringLiteral("status"))) {
        if (request.kind != reports::ReportKind::Requests)
            return fail(CliText::tr("--status applies to the requests report."), ExitUsage);
        request.status = parser.value(QStringLiteral("status")).trimmed().toLower();
    }
    reports::RenderOptions options;
    const QString paper = parser.value(QStringLiteral("paper")).trimmed().toLower();
    if (!paper.isEmpty() && paper != QLatin1String("a4") && paper != QLatin1String("letter"))
        return fail(CliText::tr("--paper is a4 or letter, not “%1”.").arg(paper), ExitUsage);
    options.paper = paper == QLatin1String("letter") ? reports::PaperSize::Letter : reports::PaperSize::A4;

    const Result<ConnectionSpec> spec = resolveDatabase(parser, false);
    if (!spec)
        return fail(spec.errorMessage(), ExitUsage);
    if (!spec->isPostgresql() && !QFileInfo::exists(spec->path))
        return fail(CliText::tr("There is no database at %1.").arg(spec->path));
    auto db = openDatabase(spec.value(), OpenMode::ReadOnly);
    if (!db)
        return fail(db.errorMessage());
    const Result<RowId> organization = organizationNamed(*db.value(), parser.value(QStringLiteral("organization")));
    if (!organization)
        return fail(organization.errorMessage(), ExitUsage);
    request.organizationId = organization.value();

    QString written;
    const Status done = reports::inSnapshot(*db.value(), [&]() -> Status {
        const Result<reports::Report> report = reports::buildReport(*db.value(), request);
        if (!report)
            return report.error();
        if (pdf) {
            const auto rendered = reports::writePdf(report.value(), path, options);
            if (!rendered)
                return rendered.error();
            written = CliText::tr("%1: %n page(s), written to %2", nullptr, rendered->pages)
                          .arg(report->cover.title, path);
            return success();
        }
        const QString name = parser.value(QStringLiteral("table"));
        const reports::Table *table = name.isEmpty() ? report->mainTableOrFirst() : report->table(name);
        if (!table) {
            QStringList names;
            for (const reports::Table *t : report->tables())
                names << t->name;
            if (names.isEmpty())
                return Error{CliText::tr("This report has no table to write as CSV (the organization has nothing to list).")};
            return Error{CliText::tr("This report has no table “%1”; its tables are: %2.")
                             .arg(name, names.join(QLatin1String(", ")))};
        }
        QString problem;
        const QByteArray bytes = reports::tableCsv(*table, &problem);
        if (!problem.isEmpty())
            return Error{problem};
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Error{CliText::tr("The table could not be written to %1: %2").arg(path, file.errorString())};
        written = CliText::tr("%1, table “%2”: %n row(s), written to %3", nullptr, int(bytes.count('\n') - 1))
                      .arg(report->cover.title, table->name, path);
        return success();
    });
    if (!done)
        return fail(done.errorMessage());
    out() << written << Qt::endl;
    return ExitOk;
}

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    // Any word that is not an option or an option's value is a verb, even an
    // unknown one: it gets an error message rather than a window.
    static const QStringList withValue = {QStringLiteral("--database"), QStringLiteral("--subjects"),
                                          QStringLiteral("--as-of"), QStringLiteral("--seed"),
                                          QStringLiteral("--screenshot"), QStringLiteral("--page"),
                                          QStringLiteral("--jurisdiction"), QStringLiteral("--received"),
                                          QStringLiteral("--paused-days"), QStringLiteral("--aware"),
                                          QStringLiteral("--id"), QStringLiteral("--organization"),
                                          QStringLiteral("--report"), QStringLiteral("--within"),
                                          QStringLiteral("--lang"), QStringLiteral("--from"), QStringLiteral("--to"),
                                          QStringLiteral("--status"), QStringLiteral("--paper"), QStringLiteral("--table"),
                                          QStringLiteral("--out"), QStringLiteral("--role"),
                                          QStringLiteral("--display-name")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (withValue.contains(argument)) {
            ++i;
            continue;
        }
        if (argument == QLatin1String("--version") || argument == QLatin1String("-v")
            || argument == QLatin1String("--help") || argument == QLatin1String("-h") || !argument.startsWith(QLatin1Char('-')))
            return true;
    }
    return false;
}

bool drawsDocuments(const QStringList &arguments)
{
    return arguments.contains(QLatin1String("--report")) || arguments.value(1) == QLatin1String("report")
           || arguments.mid(1).contains(QLatin1String("report"));
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    describeVerbs(parser);
    parser.addHelpOption();
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, CliText::tr("Show the version and exit."));
    parser.addOption(version);
    parser.addOption({QStringLiteral("database"),
                      CliText::tr("The database: a file path, sqlite:///path or postgresql://user@host:port/dbname "
                         "(the password comes from PGPASSWORD or a prompt). Default: the embedded database "
                         "in your data folder."),
                      CliText::tr("address")});
    parser.addOption({QStringLiteral("subjects"), CliText::tr("demo: how many data subjects to create (default 300)."),
                      CliText::tr("count")});
    parser.addOption({QStringLiteral("as-of"), CliText::tr("demo: the day the demo data treats as today (YYYY-MM-DD)."),
                      CliText::tr("date")});
    parser.addOption({QStringLiteral("seed"), CliText::tr("demo: the seed of the generated volume."), CliText::tr("number")});
    parser.addOption({QStringLiteral("jurisdiction"),
                      CliText::tr("deadline: the law that applies, by country code (FR, BE, EU, ZA, TN, VN)."),
                      CliText::tr("code")});
    parser.addOption({QStringLiteral("received"), CliText::tr("deadline, import-letter: the day the request arrived (YYYY-MM-DD)."),
                      CliText::tr("date")});
    parser.addOption({QStringLiteral("extended"), CliText::tr("deadline: the period has been extended.")});
    parser.addOption({QStringLiteral("paused-days"),
                      CliText::tr("deadline: days the clock stood still, waiting for an ID or a clarification."),
                      CliText::tr("days")});
    parser.addOption({QStringLiteral("breach"), CliText::tr("deadline: the notification deadline of a breach.")});
    parser.addOption({QStringLiteral("aware"),
                      CliText::tr("deadline: when the breach became known (YYYY-MM-DDTHH:MM)."), CliText::tr("moment")});
    parser.addOption({QStringLiteral("within"), CliText::tr("due: how many days ahead to look (default 30)."),
                      CliText::tr("days")});
    parser.addOption({QStringLiteral("id"), CliText::tr("import-letter: a copy of the identity document sent with the letter."),
                      CliText::tr("file")});
    parser.addOption({QStringLiteral("json"), CliText::tr("import-letter: print what was read as one JSON object.")});
    parser.addOption({QStringLiteral("create"), CliText::tr("import-letter: record the request in the database.")});
    parser.addOption({QStringLiteral("organization"),
                      CliText::tr("import-letter: the organization addressed, by name or id, when the letter does not say; "
                                  "retention: only this organization; report: the organization it is about."),
                      CliText::tr("name")});
    parser.addOption({QStringLiteral("dry-run"), CliText::tr("retention purge: list who would be purged, change nothing.")});
    parser.addOption({QStringLiteral("execute"), CliText::tr("retention purge: purge them, in one transaction.")});
    parser.addOption({QStringLiteral("report"), CliText::tr("retention purge --execute: write the purge report (PDF) there."),
                      CliText::tr("file")});
    parser.addOption({QStringLiteral("lang"), CliText::tr("report: the language of the report, fr or en (default: the application's)."),
                      CliText::tr("language")});
    parser.addOption({QStringLiteral("from"),
                      CliText::tr("report: the first day of the period (YYYY-MM-DD); restore: the copy to bring back."),
                      CliText::tr("date or file")});
    parser.addOption({QStringLiteral("to"), CliText::tr("report: the last day of the period (YYYY-MM-DD)."), CliText::tr("date")});
    parser.addOption({QStringLiteral("status"),
                      CliText::tr("report requests: only the requests open, closed, or of one status (received, answered…)."),
                      CliText::tr("status")});
    parser.addOption({QStringLiteral("paper"), CliText::tr("report: a4 (default) or letter."), CliText::tr("size")});
    parser.addOption({QStringLiteral("table"), CliText::tr("report --out FILE.csv: which of the report's tables (default: its main list)."),
                      CliText::tr("name")});
    parser.addOption({QStringLiteral("out"), CliText::tr("report: the file to write, FILE.pdf or FILE.csv; backup: the copy."),
                      CliText::tr("file")});
    parser.addOption({QStringLiteral("role"), CliText::tr("user add: admin, officer or viewer."), CliText::tr("role")});
    parser.addOption({QStringLiteral("display-name"), CliText::tr("user add: the name shown for the user."), CliText::tr("text")});
    parser.addPositionalArgument(QStringLiteral("verb"),
                                 CliText::tr("init, demo, check, deadline, due, import-letter, retention, report, audit, "
                                             "server-setup, user, backup or restore"));

    if (!parser.parse(arguments))
        return fail(parser.errorText(), ExitUsage);
    if (parser.isSet(version)) {
        out() << QStringLiteral("privacy-console %1").arg(QStringLiteral(PC_VERSION_STRING)) << Qt::endl;
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.value(0) == QLatin1String("help")) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (positional.isEmpty() || !verbs().contains(positional.first()))
        return fail(CliText::tr("Say what to do: init, demo, check, deadline, due, import-letter, retention, report, "
                                "audit, server-setup, user, backup or restore (see --help)."),
                    ExitUsage);
    const QString verb = positional.first();
    if (verb == QLatin1String("report"))
        return runReport(parser, positional);
    if (verb == QLatin1String("audit"))
        return runAudit(parser, positional);
    if (verb == QLatin1String("server-setup"))
        return runServerSetup(parser, positional);
    if (verb == QLatin1String("backup") || verb == QLatin1String("restore"))
        return runBackup(parser, positional, verb == QLatin1String("restore"));
    if (verb == QLatin1String("user"))
        return runUser(parser, positional);
    for (const char *option : {"role", "display-name"}) {
        if (parser.isSet(QString::fromLatin1(option)))
            return fail(CliText::tr("--%1 only applies to user add.").arg(QString::fromLatin1(option)), ExitUsage);
    }
    for (const char *option : {"lang", "from", "to", "status", "paper", "table", "out"}) {
        if (parser.isSet(QString::fromLatin1(option)))
            return fail(CliText::tr("--%1 only applies to report.").arg(QString::fromLatin1(option)), ExitUsage);
    }
    if (verb == QLatin1String("retention"))
        return runRetention(parser, positional);
    for (const char *option : {"dry-run", "execute", "report"}) {
        if (parser.isSet(QString::fromLatin1(option)))
            return fail(CliText::tr("--%1 only applies to retention purge.").arg(QString::fromLatin1(option)), ExitUsage);
    }
    if (verb == QLatin1String("import-letter")) {
        if (positional.size() != 2)
            return fail(CliText::tr("import-letter wants the letter's file: import-letter LETTER [--id IDCOPY]."), ExitUsage);
        for (const char *option : {"subjects", "seed", "as-of", "within", "jurisdiction", "extended", "paused-days",
                                   "breach", "aware"}) {
            if (parser.isSet(QString::fromLatin1(option)))
                return fail(CliText::tr("--%1 does not apply to import-letter.").arg(QString::fromLatin1(option)), ExitUsage);
        }
        return runImportLetter(parser, positional.at(1));
    }
    if (positional.size() != 1)
        return fail(CliText::tr("%1 takes no file name.").arg(verb), ExitUsage);
    for (const char *option : {"id", "json", "create", "organization"}) {
        if (parser.isSet(QString::fromLatin1(option)))
            return fail(CliText::tr("--%1 does not apply to %2.").arg(QString::fromLatin1(option), verb).arg(QString::fromLatin1(option)), ExitUsage);
    }
    if (verb != QLatin1String("demo")) {
        for (const char *option : {"subjects", "seed"}) {
            if (parser.isSet(QString::fromLatin1(option)))
                return fail(CliText::tr("--%1 only applies to demo.").arg(QString::fromLatin1(option)), ExitUsage);
        }
    }
    if (verb != QLatin1String("demo") && verb != QLatin1String("due") && parser.isSet(QStringLiteral("as-of")))
        return fail(CliText::tr("--as-of only applies to demo and due."), ExitUsage);
    if (verb != QLatin1String("due") && parser.isSet(QStringLiteral("within")))
        return fail(CliText::tr("--within only applies to due."), ExitUsage);
    int within = 30;
    QDate today = QDate::currentDate();
    if (verb == QLatin1String("due")) {
        const Result<int> days = withinOption(parser);
        if (!days)
            return fail(days.errorMessage(), ExitUsage);
        within = days.value();
        const Result<QDate> asOf = asOfOption(parser);
        if (!asOf)
            return fail(asOf.errorMessage(), ExitUsage);
        today = asOf.value();
    }
    if (verb != QLatin1String("deadline")) {
        for (const char *option : {"jurisdiction", "received", "extended", "paused-days", "breach", "aware"}) {
            if (parser.isSet(QString::fromLatin1(option)))
                return fail(CliText::tr("--%1 only applies to deadline.").arg(QString::fromLatin1(option)), ExitUsage);
        }
    } else {
        if (parser.isSet(QStringLiteral("database")))
            return fail(CliText::tr("deadline reads no database: it applies the rules shipped with the application."),
                        ExitUsage);
        return runDeadline(parser);
    }

    DemoOptions options;
    if (verb == QLatin1String("demo")) {
        const Result<DemoOptions> parsed = demoOptions(parser);
        if (!parsed)
            return fail(parsed.errorMessage(), ExitUsage);
        options = parsed.value();
    }

    const bool writes = verb != QLatin1String("check") && verb != QLatin1String("due");
    const Result<ConnectionSpec> spec = resolveDatabase(parser, writes);
    if (!spec)
        return fail(spec.errorMessage(), ExitUsage);
    // A file this command creates and then fails to fill is removed again:
    // a failed command leaves the disk as it found it.
    const bool newFile = !spec->isPostgresql() && !QFileInfo::exists(spec->path);
    const int code = [&]() {
        auto db = openDatabase(spec.value(), writes ? OpenMode::ReadWrite : OpenMode::ReadOnly);
        if (!db)
            return fail(db.errorMessage());
        if (writes && !db.value()->isPostgresql()) {
            CaseRepository users(*db.value());
            if (auto user = users.ensureLocalUser(db.value()->actor()); !user)
                return fail(user.errorMessage());
        }
        if (verb == QLatin1String("init"))
            return runInit(*db.value());
        if (verb == QLatin1String("demo"))
            return runDemo(*db.value(), options);
        if (verb == QLatin1String("due"))
            return runDue(*db.value(), today, within);
        return runCheck(*db.value());
    }();
    if (code != ExitOk && newFile) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(spec->path + QLatin1String(suffix));
    }
    return code;
}

} // namespace pc::cli
