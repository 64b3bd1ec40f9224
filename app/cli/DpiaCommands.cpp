// dpia import, export and list: the impact assessments, and the files of the
// CNIL's PIA tool in and out.

#include "Command.h"
#include "CommandLine.h"

#include "dpia/PiaMethod.h"
#include "exchange/PiaFile.h"
#include "storage/DpiaRepository.h"
#include "storage/RegisterRepository.h"

#include <QFileInfo>

namespace pc::cli {
namespace {

// An activity of the organization by its reference (or, failing that, its name).
Result<RowId> activityValue(Database &db, RowId organizationId, const QString &wanted)
{
    const Result<RowId> found = RegisterRepository(db).activityIdByReference(organizationId, wanted);
    if (!found)
        return found.error();
    if (found.value() == 0)
        return Error{CliText::tr("The organization has no processing activity “%1”.").arg(wanted)};
    return found;
}

class DpiaImportCommand final : public DatabaseCommand
{
public:
    DpiaImportCommand()
        : DatabaseCommand(QStringLiteral("dpia import"),
                          CliText::tr("Bring in an impact assessment exported by the CNIL's PIA tool (.json): its "
                                      "answers, measures, evaluations, comments and opinions, in one transaction."),
                          Access::Write)
    {
        addArgument(QStringLiteral("FILE"), CliText::tr("The file the PIA tool exported."));
        addOption(organizationOption(CliText::tr("The organization it goes into, by name or number.")), true);
        addOption({QStringLiteral("activity"),
                   CliText::tr("The processing activity it covers, by reference or name; may be given more than once."),
                   CliText::tr("reference")});
        setDescription(CliText::tr("The new assessment's number is printed alone on the last line."));
        addExample(QStringLiteral("dpia import captoo.json --organization SMARTOS --activity T-04"));
    }

protected:
    int check(const QCommandLineParser &, const QStringList &arguments) override
    {
        if (arguments.size() != 1)
            return fail(CliText::tr("dpia import wants one file: the assessment to bring in."), ExitUsage);
        // Read and checked whole before the database is opened.
        Result<Dpia> read = exchange::PiaFile::read(arguments.first());
        if (!read)
            return fail(read.errorMessage(), ExitFailure);
        m_dpia = std::move(read.value());
        return ExitOk;
    }

    int executeOn(Database &db, const QCommandLineParser &parser, const QStringList &arguments) override
    {
        const Result<RowId> organization = organizationValue(db, parser);
        if (!organization)
            return fail(organization.errorMessage(), ExitUsage);
        m_dpia.organizationId = organization.value();
        for (const QString &wanted : parser.values(QStringLiteral("activity"))) {
            const Result<RowId> activity = activityValue(db, organization.value(), wanted.trimmed());
            if (!activity)
                return fail(activity.errorMessage(), ExitUsage);
            if (!m_dpia.activityIds.contains(activity.value()))
                m_dpia.activityIds << activity.value();
        }
        const Result<RowId> id = exchange::PiaFile::import(db, m_dpia, QFileInfo(arguments.first()).fileName());
        if (!id)
            return fail(CliText::tr("Nothing was imported: %1").arg(id.errorMessage()), ExitFailure);
        const dpia::PiaMethod method;
        out() << CliText::tr("Imported “%1” (%2). Answers: %3; measures: %4; evaluations: %5; comments: %6.")
                     .arg(m_dpia.name, method.statusLabel(m_dpia.status))
                     .arg(m_dpia.answers.size())
                     .arg(m_dpia.measures.size())
                     .arg(m_dpia.evaluations.size())
                     .arg(m_dpia.comments.size())
              << Qt::endl;
        out() << id.value() << Qt::endl;
        return ExitOk;
    }

private:
    Dpia m_dpia;
};

class DpiaExportCommand final : public DatabaseCommand
{
public:
    DpiaExportCommand()
        : DatabaseCommand(QStringLiteral("dpia export"),
                          CliText::tr("Write an impact assessment as a file the CNIL's PIA tool imports."), Access::Read)
    {
        addArgument(QStringLiteral("ID"), CliText::tr("The assessment's number (dpia list)."));
        addOption({QStringLiteral("format"), CliText::tr("pia-json, the PIA tool's file."), CliText::tr("format")}, true);
        addOption({QStringLiteral("out"), CliText::tr("The file to write."), CliText::tr("file")}, true);
        addExample(QStringLiteral("dpia export 3 --format pia-json --out captoo.json"));
    }

protected:
    int check(const QCommandLineParser &parser, const QStringList &arguments) override
    {
        bool ok = false;
        m_id = arguments.size() == 1 ? arguments.first().toLongLong(&ok) : 0;
        if (!ok || m_id <= 0)
            return fail(CliText::tr("dpia export wants the number of one assessment."), ExitUsage);
        const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
        if (format != QLatin1String("pia-json"))
            return fail(CliText::tr("--format is pia-json, not “%1”.").arg(format), ExitUsage);
        return ExitOk;
    }

    int executeOn(Database &db, const QCommandLineParser &parser, const QStringList &) override
    {
        const Result<Dpia> dpia = DpiaRepository(db).read(m_id);
        if (!dpia)
            return fail(dpia.errorMessage(), ExitFailure);
        const QString path = parser.value(QStringLiteral("out"));
        if (const Status saved = exchange::PiaFile::save(dpia.value(), path); !saved)
            return fail(saved.errorMessage(), ExitFailure);
        out() << CliText::tr("Impact assessment “%1” written to %2").arg(dpia->name, path) << Qt::endl;
        return ExitOk;
    }

private:
    RowId m_id = 0;
};

class DpiaListCommand final : public DatabaseCommand
{
public:
    DpiaListCommand()
        : DatabaseCommand(QStringLiteral("dpia list"),
                          CliText::tr("The impact assessments: number, status, review date, name and the activities "
                                      "they cover."),
                          Access::Read)
    {
        addOption(organizationOption(CliText::tr("Only this organization's, by name or number.")));
    }

protected:
    int check(const QCommandLineParser &, const QStringList &arguments) override { return takesNoFile(arguments); }

    int executeOn(Database &db, const QCommandLineParser &parser, const QStringList &) override
    {
        const Result<RowId> organization = organizationValue(db, parser);
        if (!organization)
            return fail(organization.errorMessage(), ExitUsage);
        const Result<QList<DpiaSummary>> list = DpiaRepository(db).list(organization.value());
        if (!list)
            return fail(list.errorMessage(), ExitFailure);
        if (list->isEmpty()) {
            out() << CliText::tr("No impact assessment.") << Qt::endl;
            return ExitOk;
        }
        const dpia::PiaMethod method;
        for (const DpiaSummary &d : list.value()) {
            out() << QStringLiteral("%1  %2  %3  %4")
                         .arg(QString::number(d.id).rightJustified(4), method.statusLabel(d.status).leftJustified(22),
                              (d.reviewOn.isValid() ? d.reviewOn.toString(Qt::ISODate) : QStringLiteral("-")).leftJustified(10),
                              d.name);
            if (!d.activities.isEmpty())
                out() << QStringLiteral(" (") << d.activities.join(QStringLiteral(", ")) << QLatin1Char(')');
            out() << Qt::endl;
        }
        return ExitOk;
    }
};

} // namespace

std::vector<std::unique_ptr<Command>> dpiaCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<DpiaImportCommand>());
    commands.push_back(std::make_unique<DpiaExportCommand>());
    commands.push_back(std::make_unique<DpiaListCommand>());
    return commands;
}

} // namespace pc::cli
