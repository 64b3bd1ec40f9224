// The verbs that create, fill, check and copy a register.

#include "Command.h"
#include "CommandLine.h"

#include "demo/DemoGenerator.h"
#include "storage/Backup.h"
#include "storage/HealthCheck.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>

#include <unistd.h>

namespace pc::cli {
namespace {

// What `check` prints; also the proof of a restored copy.
int printHealth(Database &db)
{
    const Result<HealthReport> result = checkHealth(db);
    if (!result)
        return fail(result.errorMessage(), ExitFailure);
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
    const QString ok = CliText::tr("ok");
    out() << CliText::tr("Integrity: %1")
                 .arg(report.integrityProblems.isEmpty() ? ok : report.integrityProblems.join(QLatin1String("; ")))
          << Qt::endl;
    out() << CliText::tr("Foreign keys: %1")
                 .arg(report.foreignKeyProblems.isEmpty() ? ok : report.foreignKeyProblems.join(QLatin1String("; ")))
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

class InitCommand final : public DatabaseCommand
{
public:
    InitCommand()
        : DatabaseCommand(QStringLiteral("init"), CliText::tr("Create the database, or upgrade its schema."), Access::Write)
    {
        addExample(QStringLiteral("init --database register.sqlite"));
    }

protected:
    int check(const QCommandLineParser &, const QStringList &arguments) override { return takesNoFile(arguments); }
    int executeOn(Database &db, const QCommandLineParser &, const QStringList &) override
    {
        const Result<int> version = db.schemaVersion();
        if (!version)
            return fail(version.errorMessage(), ExitFailure);
        out() << CliText::tr("Database ready: %1 (schema %2).").arg(db.spec().displayName()).arg(version.value())
              << Qt::endl;
        return ExitOk;
    }
};

class DemoCommand final : public DatabaseCommand
{
public:
    DemoCommand()
        : DatabaseCommand(QStringLiteral("demo"), CliText::tr("Fill a database with the five demo organizations."),
                          Access::Write)
    {
        addOption({QStringLiteral("subjects"), CliText::tr("How many data subjects to create (default 300)."),
                   CliText::tr("count")});
        addOption(asOfOption(CliText::tr("The day the demo data treats as today (YYYY-MM-DD).")));
        addOption({QStringLiteral("seed"), CliText::tr("The seed of the generated volume."), CliText::tr("number")});
        addExample(QStringLiteral("demo --database demo.sqlite --subjects 100000 --as-of 2026-11-22"));
    }

protected:
    int check(const QCommandLineParser &parser, const QStringList &arguments) override
    {
        if (const int code = takesNoFile(arguments); code != ExitOk)
            return code;
        const Result<DemoOptions> parsed = options(parser);
        if (!parsed)
            return fail(parsed.errorMessage(), ExitUsage);
        m_options = parsed.value();
        return ExitOk;
    }

    int executeOn(Database &db, const QCommandLineParser &, const QStringList &) override
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
        const Result<DemoSummary> summary = generator.generate(m_options);
        if (showProgress)
            std::fputs("\r      \r", stderr);
        if (!summary)
            return fail(summary.errorMessage(), ExitFailure);
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

private:
    // Checked before any database is touched.
    static Result<DemoOptions> options(const QCommandLineParser &parser)
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
            const Result<QDate> day = dateValue(parser, QStringLiteral("as-of"));
            if (!day)
                return day.error();
            options.asOf = day.value();
        }
        if (parser.isSet(QStringLiteral("seed"))) {
            bool ok = false;
            options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
            if (!ok)
                return Error{CliText::tr("--seed wants a whole number, not “%1”.").arg(parser.value(QStringLiteral("seed")))};
        }
        return options;
    }

    DemoOptions m_options;
};

class CheckCommand final : public DatabaseCommand
{
public:
    CheckCommand()
        : DatabaseCommand(QStringLiteral("check"),
                          CliText::tr("Verify a database: schema version, integrity, foreign keys, counts; reads only."),
                          Access::Read)
    {
        addExample(QStringLiteral("check --database postgresql://amel@db.example.org/privacy"));
    }

protected:
    int check(const QCommandLineParser &, const QStringList &arguments) override { return takesNoFile(arguments); }
    int executeOn(Database &db, const QCommandLineParser &, const QStringList &) override { return printHealth(db); }
};

class BackupCommand final : public DatabaseCommand
{
public:
    BackupCommand()
        : DatabaseCommand(QStringLiteral("backup"),
                          CliText::tr("A copy of the whole register while others work (SQLite's online backup; "
                                      "pg_dump's archive for a server)."),
                          Access::Read)
    {
        addOption({QStringLiteral("out"), CliText::tr("The file of the copy."), CliText::tr("file")}, true);
        addExample(QStringLiteral("backup --out register-2026-12-05.sqlite"));
    }

protected:
    int check(const QCommandLineParser &parser, const QStringList &arguments) override
    {
        if (!arguments.isEmpty() || parser.value(QStringLiteral("out")).isEmpty())
            return fail(CliText::tr("%1 wants its file: --%2 FILE.").arg(name(), QStringLiteral("out")), ExitUsage);
        return ExitOk;
    }
    int executeOn(Database &db, const QCommandLineParser &parser, const QStringList &) override
    {
        const QString file = parser.value(QStringLiteral("out"));
        const Result<backup::Outcome> saved = backup::save(db, file);
        if (!saved)
            return fail(saved.errorMessage(), ExitFailure);
        out() << CliText::tr("%1 copied to %2 (%3, %4).")
                     .arg(db.spec().displayName(), file, QLocale().formattedDataSize(saved->bytes), saved->tool)
              << Qt::endl;
        out() << CliText::tr("Identity document copies are never in a backup: %n copy(ies) left out, with the keys that "
                             "open them (their names, sizes and fingerprints are in).",
                             nullptr, int(saved->idCopiesLeftOut))
              << Qt::endl;
        return ExitOk;
    }
};

// Not a DatabaseCommand: the database it names is empty until the copy is in.
class RestoreCommand final : public Command
{
public:
    RestoreCommand()
        : Command(QStringLiteral("restore"), CliText::tr("The copy brought back into an empty database, then checked."))
    {
        addOption(databaseOption());
        addOption({QStringLiteral("from"), CliText::tr("The copy to bring back."), CliText::tr("file")}, true);
        addExample(QStringLiteral("restore --from register-2026-12-05.sqlite --database restored.sqlite"));
    }

protected:
    int execute(const QCommandLineParser &parser, const QStringList &arguments) override
    {
        const QString file = parser.value(QStringLiteral("from"));
        if (!arguments.isEmpty() || file.isEmpty())
            return fail(CliText::tr("%1 wants its file: --%2 FILE.").arg(name(), QStringLiteral("from")), ExitUsage);
        const Result<ConnectionSpec> spec = databaseSpec(parser, true);
        if (!spec)
            return fail(spec.errorMessage(), ExitUsage);
        ConnectionSpec target = spec.value();
        if (target.isPostgresql() && target.password.isEmpty())
            target.password = qEnvironmentVariable("PGPASSWORD");
        const Result<backup::Outcome> restored = backup::restore(file, target);
        if (!restored)
            return fail(restored.errorMessage(), ExitFailure);
        out() << CliText::tr("%1 restored into %2 (%3).").arg(file, target.displayName(), restored->tool) << Qt::endl;
        // The copy brought back is checked as `check` would, and left as it came.
        auto db = openDatabase(target, OpenMode::ReadWrite, false);
        if (!db)
            return fail(db.errorMessage(), ExitFailure);
        return printHealth(*db.value());
    }
};

} // namespace

std::vector<std::unique_ptr<Command>> setupCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<RestoreCommand>());
    return commands;
}

} // namespace pc::cli
