// register import: a register kept elsewhere (the CNIL's model) brought in.

#include "Command.h"
#include "CommandLine.h"

#include "exchange/RegisterImport.h"

#include <QFileInfo>

namespace pc::cli {
namespace {

using exchange::PlannedActivity;

class RegisterImportCommand final : public DatabaseCommand
{
public:
    RegisterImportCommand()
        : DatabaseCommand(QStringLiteral("register import"),
                          CliText::tr("Bring in a register kept in the CNIL's model (.ods, or saved as .xlsx): every "
                                      "activity created or updated by its reference, in one transaction."),
                          Access::Write)
    {
        addArgument(QStringLiteral("FILE"), CliText::tr("The register: the CNIL's model filled in (.ods or .xlsx)."));
        addOption(organizationOption(CliText::tr("The organization it goes into, by name or number (default: the "
                                                 "one the register names, created when the database has none).")));
        addOption({QStringLiteral("dry-run"), CliText::tr("Show what would be created and updated, write nothing.")});
        setDescription(CliText::tr("Importing the same file again changes nothing. What the model does not hold (the "
                                   "legal basis of each purpose) is left for the officer, and each activity says so."));
        addExample(QStringLiteral("register import registre-traitement.ods --dry-run"));
        addExample(QStringLiteral("register import registre-traitement.xlsx --organization SOFTNLABS"));
    }

protected:
    int check(const QCommandLineParser &, const QStringList &arguments) override
    {
        if (arguments.size() != 1)
            return fail(CliText::tr("register import wants one file: the register to bring in."), ExitUsage);
        // The file is read before the database is opened: a file that cannot
        // come in leaves the database untouched.
        Result<exchange::ImportedRegister> read = exchange::RegisterImporter::read(arguments.first());
        if (!read)
            return fail(read.errorMessage(), ExitFailure);
        m_register = std::move(read.value());
        return ExitOk;
    }

    Access access(const QCommandLineParser &parser) const override
    {
        return parser.isSet(QStringLiteral("dry-run")) ? Access::Read : Access::Write;
    }

    int executeOn(Database &db, const QCommandLineParser &parser, const QStringList &arguments) override
    {
        const Result<RowId> organization = organizationValue(db, parser);
        if (!organization)
            return fail(organization.errorMessage(), ExitUsage);
        const QString fileName = QFileInfo(arguments.first()).fileName();
        const Result<exchange::RegisterImportPlan> plan =
            exchange::RegisterImporter::plan(db, m_register, organization.value(), fileName);
        if (!plan)
            return fail(plan.errorMessage(), organization.value() == 0 ? ExitUsage : ExitFailure);
        print(plan.value());
        if (parser.isSet(QStringLiteral("dry-run"))) {
            out() << CliText::tr("Dry run: nothing is written.") << Qt::endl;
            return ExitOk;
        }
        if (plan->changesNothing()) {
            out() << CliText::tr("The register already holds this file: nothing to change.") << Qt::endl;
            return ExitOk;
        }
        const Result<exchange::RegisterImportResult> done = exchange::RegisterImporter::apply(db, plan.value());
        if (!done)
            return fail(CliText::tr("Nothing was imported: %1").arg(done.errorMessage()), ExitFailure);
        out() << CliText::tr(
                     "Imported into “%1” (organization %2). Activities created: %3; updated: %4; unchanged: %5.")
                     .arg(plan->organization.name)
                     .arg(done->organizationId)
                     .arg(done->created.size())
                     .arg(done->updated.size())
                     .arg(done->unchanged)
              << Qt::endl;
        return ExitOk;
    }

private:
    static void print(const exchange::RegisterImportPlan &plan)
    {
        for (const QString &line : plan.summary())
            out() << line << Qt::endl;
        for (const QString &notice : plan.notices)
            out() << CliText::tr("Note: %1").arg(notice) << Qt::endl;
        for (const PlannedActivity &p : plan.activities) {
            const QString where =
                p.sheet.isEmpty() ? CliText::tr("on the list only") : CliText::tr("sheet “%1”").arg(p.sheet);
            out() << QStringLiteral("%1  %2  %3 (%4)")
                         .arg(p.actionLabel().leftJustified(9), p.activity.reference.leftJustified(8), p.activity.name,
                              where)
                  << Qt::endl;
            if (p.action == PlannedActivity::Action::Unchanged)
                continue;
            auto lines = [](const QString &heading, const QStringList &items) {
                if (items.isEmpty())
                    return;
                out() << QStringLiteral("    ") << heading << Qt::endl;
                for (const QString &item : items) {
                    const QStringList wrapped = wrapText(item, 70);
                    for (int i = 0; i < wrapped.size(); ++i)
                        out() << (i == 0 ? QStringLiteral("      - ") : QStringLiteral("        ")) << wrapped.at(i)
                              << Qt::endl;
                }
            };
            if (!p.changes.isEmpty())
                out() << QStringLiteral("    ") << CliText::tr("changes: %1").arg(p.changes.join(QStringLiteral(", ")))
                      << Qt::endl;
            out() << QStringLiteral("    ") << CliText::tr("fills: %1").arg(p.filled.join(QStringLiteral(", ")))
                  << Qt::endl;
            lines(CliText::tr("to check in the file:"), p.doubts);
            lines(CliText::tr("left to finish in the register:"), p.missing);
        }
    }

    exchange::ImportedRegister m_register;
};

} // namespace

std::vector<std::unique_ptr<Command>> registerCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<RegisterImportCommand>());
    return commands;
}

} // namespace pc::cli
