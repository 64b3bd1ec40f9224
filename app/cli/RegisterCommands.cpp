// register import and export: a register kept elsewhere (the CNIL's model)
// brought in, and the register taken out as a document to edit.

#include "Command.h"
#include "CommandLine.h"

#include "core/Languages.h"
#include "exchange/CnilRegisterWriter.h"
#include "exchange/RegisterImport.h"
#include "exchange/TableRegisterWriter.h"
#include "reports/OfficeWriter.h"
#include "reports/Registers.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace pc::cli {
namespace {

using exchange::PlannedActivity;

class RegisterImportCommand final : public DatabaseCommand
{
public:
    RegisterImportCommand()
        : DatabaseCommand(QStringLiteral("register import"),
                          CliText::tr("Bring in a register kept in the CNIL's model, or in a spreadsheet of one's own "
                                      "(.ods, .xlsx, .csv): every activity created or updated by its reference, in one "
                                      "transaction."),
                          Access::Write)
    {
        addArgument(QStringLiteral("FILE"),
                    CliText::tr("The register: the CNIL's model filled in, or a table of activities (one row each, or one "
                                "sheet per list) whose columns are found by their headings."));
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
        Result<exchange::RegisterFile> file = exchange::RegisterImporter::open(arguments.first());
        if (!file)
            return fail(file.errorMessage(), ExitFailure);
        Result<exchange::ImportedRegister> read = exchange::RegisterImporter::read(file.value());
        if (!read)
            return fail(read.errorMessage(), ExitFailure);
        m_mappings = file->mappings;
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
        printMappings();
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
    // How a spreadsheet of one's own was read: each sheet's list and columns.
    void printMappings() const
    {
        for (const exchange::SheetMapping &m : m_mappings) {
            QStringList columns;
            for (auto c = m.columns.cbegin(); c != m.columns.cend(); ++c) {
                columns << CliText::tr("%1 from “%2” (%3)")
                               .arg(exchange::fieldLabel(c.key()), m.headers.value(c.value()),
                                    exchange::Sheet::cellName(m.headerRow, c.value()).remove(QRegularExpression(QStringLiteral("\\d"))));
            }
            columns.sort();
            out() << CliText::tr("Sheet “%1” read as %2: %3.")
                         .arg(m.sheet, exchange::listLabel(m.list).toLower(), columns.join(QStringLiteral("; ")))
                  << Qt::endl;
        }
    }

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
    QList<exchange::SheetMapping> m_mappings;
};

class RegisterExportCommand final : public DatabaseCommand
{
public:
    RegisterExportCommand()
        : DatabaseCommand(QStringLiteral("register export"),
                          CliText::tr("The record of processing activities in the CNIL's model, or as a document to "
                                      "edit in a word processor with the content and language of its PDF report."),
                          Access::Read)
    {
        addOption(organizationOption(CliText::tr("The organization whose register it is, by name or number.")), true);
        addOption({QStringLiteral("format"),
                   CliText::tr("cnil-ods (the CNIL's register model filled in), xlsx (a workbook of the register's "
                               "lists), both of which import back; odt (OpenDocument text) or docx (Word)."),
                   CliText::tr("format")},
                  true);
        addOption({QStringLiteral("out"), CliText::tr("The file to write."), CliText::tr("file")}, true);
        addOption({QStringLiteral("lang"), CliText::tr("The language of the document, fr or en (default: the application's)."),
                   CliText::tr("language")});
        addExample(QStringLiteral("register export --organization SOFTNLABS --format cnil-ods --out registre.ods"));
        addExample(QStringLiteral("register export --organization SOFTNLABS --format xlsx --out registre.xlsx --lang en"));
        addExample(QStringLiteral("register export --organization SOFTNLABS --format docx --out registre.docx --lang fr"));
    }

protected:
    int check(const QCommandLineParser &parser, const QStringList &arguments) override
    {
        if (const int code = takesNoFile(arguments); code != ExitOk)
            return code;
        const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
        m_cnil = format == QLatin1String("cnil-ods");
        m_xlsx = format == QLatin1String("xlsx");
        if (format == QLatin1String("odt"))
            m_format = reports::OfficeFormat::Odt;
        else if (format == QLatin1String("docx"))
            m_format = reports::OfficeFormat::Docx;
        else if (!m_cnil && !m_xlsx)
            return fail(CliText::tr("--format is cnil-ods, xlsx, odt or docx, not “%1”.").arg(format), ExitUsage);
        if (m_cnil && parser.isSet(QStringLiteral("lang")))
            return fail(CliText::tr("--lang applies to xlsx, odt and docx: the CNIL's model is in French."), ExitUsage);
        m_language = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang")).trimmed().toLower()
                     : languages::current().startsWith(QLatin1String("fr")) ? QStringLiteral("fr")
                                                                             : QStringLiteral("en");
        if (m_language != QLatin1String("fr") && m_language != QLatin1String("en"))
            return fail(CliText::tr("--lang is fr or en, not “%1”.").arg(parser.value(QStringLiteral("lang"))), ExitUsage);
        return ExitOk;
    }

    int executeOn(Database &db, const QCommandLineParser &parser, const QStringList &) override
    {
        const Result<RowId> organization = organizationValue(db, parser);
        if (!organization)
            return fail(organization.errorMessage(), ExitUsage);
        reports::ReportRequest request;
        request.kind = reports::ReportKind::Activities;
        request.organizationId = organization.value();
        request.language = m_language;
        const QString path = parser.value(QStringLiteral("out"));
        const Status done = reports::inSnapshot(db, [&]() -> Status {
            if (m_cnil || m_xlsx) {
                const Result<exchange::RegisterContent> content = exchange::RegisterContent::read(db, organization.value());
                if (!content)
                    return content.error();
                return m_cnil ? exchange::CnilRegisterWriter().writeFile(content.value(), path)
                              : exchange::TableRegisterWriter(m_language).writeFile(content.value(), path);
            }
            const Result<reports::Report> report = reports::buildReport(db, request);
            if (!report)
                return report.error();
            return reports::writeOfficeDocument(report.value(), m_format, path);
        });
        if (!done)
            return fail(done.errorMessage(), ExitFailure);
        out() << CliText::tr("Register written to %1").arg(path) << Qt::endl;
        return ExitOk;
    }

private:
    reports::OfficeFormat m_format = reports::OfficeFormat::Odt;
    bool m_cnil = false;
    bool m_xlsx = false;
    QString m_language;
};

} // namespace

std::vector<std::unique_ptr<Command>> registerCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<RegisterImportCommand>());
    commands.push_back(std::make_unique<RegisterExportCommand>());
    return commands;
}

} // namespace pc::cli
