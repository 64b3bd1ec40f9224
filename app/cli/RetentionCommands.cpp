// retention due and retention purge: the countdown and the purge itself.

#include "Command.h"
#include "CommandLine.h"

#include "core/Languages.h"
#include "domain/Codes.h"
#include "retention/Purge.h"
#include "retention/RetentionDue.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QSaveFile>

namespace pc::cli {
namespace {

QCommandLineOption onlyOrganization()
{
    return organizationOption(CliText::tr("Only this organization, by name or number."));
}

class RetentionDueCommand final : public LookAheadCommand
{
public:
    RetentionDueCommand()
        : LookAheadCommand(QStringLiteral("retention due"),
                           CliText::tr("Every person and retention rule whose period ends within the days given, "
                                       "soonest first, those under a legal hold marked; reads only."))
    {
        addOption(onlyOrganization());
        addExample(QStringLiteral("retention due --within 60 --organization SOFTNLABS"));
    }

protected:
    int executeOn(Database &db, const QCommandLineParser &parser, const QStringList &) override
    {
        const Result<RowId> organization = organizationValue(db, parser);
        if (!organization)
            return fail(organization.errorMessage(), ExitUsage);
        const QDate until = m_today.addDays(m_within);
        const Result<QList<retention::DuePurge>> due = retention::duePurges(db, until, organization.value());
        if (!due)
            return fail(due.errorMessage(), ExitFailure);
        out() << CliText::tr("%n retention period(s) ending by %1:", nullptr, int(due->size()))
                     .arg(until.toString(Qt::ISODate))
              << Qt::endl;
        for (const retention::DuePurge &item : due.value()) {
            const qint64 days = m_today.daysTo(item.purgeOn);
            QString left = days < 0    ? CliText::tr("ended %n day(s) ago", nullptr, int(-days))
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
};

class RetentionPurgeCommand final : public DatabaseCommand
{
public:
    RetentionPurgeCommand()
        : DatabaseCommand(QStringLiteral("retention purge"),
                          CliText::tr("The people whose last retention period has ended: list them, or delete or "
                                      "anonymise them in one transaction, a tombstone each, and write the report."),
                          Access::Read)
    {
        addOption({QStringLiteral("dry-run"), CliText::tr("List who would be purged, change nothing.")});
        addOption({QStringLiteral("execute"), CliText::tr("Purge them, in one transaction.")});
        addOption({QStringLiteral("report"), CliText::tr("With --execute: write the purge report (PDF) there."),
                   CliText::tr("file")});
        addOption(asOfOption(CliText::tr("The day taken as today (YYYY-MM-DD); a purge cannot run ahead of time.")));
        addOption(onlyOrganization());
        setOptionsSynopsis(QStringLiteral("--dry-run | --execute [--report FILE.pdf]"));
        addExample(QStringLiteral("retention purge --dry-run"));
        addExample(QStringLiteral("retention purge --execute --report purge.pdf"));
    }

protected:
    int check(const QCommandLineParser &parser, const QStringList &arguments) override
    {
        if (const int code = takesNoFile(arguments); code != ExitOk)
            return code;
        const bool execute = parser.isSet(QStringLiteral("execute"));
        if (execute == parser.isSet(QStringLiteral("dry-run")))
            return fail(CliText::tr("retention purge wants either --dry-run (list) or --execute (purge)."), ExitUsage);
        if (parser.isSet(QStringLiteral("report")) && !execute)
            return fail(CliText::tr("--report only applies to retention purge --execute."), ExitUsage);
        const Result<QDate> today = asOfValue(parser);
        if (!today)
            return fail(today.errorMessage(), ExitUsage);
        if (execute && today.value() > QDate::currentDate())
            return fail(CliText::tr("A purge cannot run as of a day to come: only what is due today can go."), ExitUsage);
        m_today = today.value();
        return ExitOk;
    }

    // The database must exist either way; only an execution writes.
    Access access(const QCommandLineParser &parser) const override
    {
        return parser.isSet(QStringLiteral("execute")) ? Access::Existing : Access::Read;
    }

    int executeOn(Database &db, const QCommandLineParser &parser, const QStringList &) override
    {
        const Result<RowId> organization = organizationValue(db, parser);
        if (!organization)
            return fail(organization.errorMessage(), ExitUsage);
        QElapsedTimer timer;
        timer.start();
        const Result<retention::PurgePlan> plan = retention::planPurge(db, m_today, organization.value());
        if (!plan)
            return fail(plan.errorMessage(), ExitFailure);
        if (!parser.isSet(QStringLiteral("execute"))) {
            printPlan(plan.value());
            return ExitOk;
        }
        const Result<retention::PurgeResult> done = retention::executePurge(db, plan.value());
        if (!done)
            return fail(done.errorMessage(), ExitFailure);
        const QLocale locale;
        out() << CliText::tr("Purge run %1: %2 people purged, %3 rows deleted or anonymised, %4 held (%5 s).")
                     .arg(done->runId)
                     .arg(locale.toString(done->subjects), locale.toString(done->rowsAffected),
                          locale.toString(done->held), locale.toString(timer.elapsed() / 1000.0, 'f', 1))
              << Qt::endl;
        const QString reportPath = parser.value(QStringLiteral("report"));
        return reportPath.isEmpty() ? ExitOk : writeReport(db, done->runId, reportPath);
    }

private:
    void printPlan(const retention::PurgePlan &plan) const
    {
        const QLocale locale;
        out() << CliText::tr("Dry run: nothing is changed. On %1, %2 people would be deleted and %3 anonymised; "
                             "%4 are held by a legal hold, %5 left to an archive.")
                     .arg(m_today.toString(Qt::ISODate), locale.toString(plan.count(QStringLiteral("delete"))),
                          locale.toString(plan.count(QStringLiteral("anonymise"))), locale.toString(plan.held.size()),
                          locale.toString(plan.archived))
              << Qt::endl;
        for (const retention::PurgeCandidate &c : plan.people) {
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
        for (const retention::PurgeCandidate &c : plan.held) {
            out() << QStringLiteral("%1  %2  #%3 %4 — %5")
                         .arg(c.purgeOn.toString(Qt::ISODate), CliText::tr("HELD").leftJustified(10))
                         .arg(c.subjectId)
                         .arg(c.subjectName, c.holdReason)
                  << Qt::endl;
        }
    }

    static int writeReport(Database &db, RowId runId, const QString &path)
    {
        const QString language = languages::current().startsWith(QLatin1String("fr")) ? QStringLiteral("fr")
                                                                                       : QStringLiteral("en");
        const Result<QByteArray> pdf = retention::purgeReportPdf(db, runId, language);
        if (!pdf)
            return fail(pdf.errorMessage(), ExitFailure);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf.value()) != pdf->size() || !file.commit()) {
            return fail(CliText::tr("The purge is done, but its report could not be written to %1: %2")
                            .arg(path, file.errorString()),
                        ExitFailure);
        }
        out() << CliText::tr("Report: %1").arg(path) << Qt::endl;
        return ExitOk;
    }

    QDate m_today;
};

} // namespace

std::vector<std::unique_ptr<Command>> retentionCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<RetentionDueCommand>());
    commands.push_back(std::make_unique<RetentionPurgeCommand>());
    return commands;
}

} // namespace pc::cli
