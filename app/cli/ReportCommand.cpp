// report: a register as a PDF document, or one of its tables as CSV.

#include "Command.h"
#include "CommandLine.h"

#include "core/Languages.h"
#include "reports/OfficeWriter.h"
#include "reports/Registers.h"
#include "reports/ReportWriter.h"

#include <QSaveFile>

namespace pc::cli {
namespace {

class ReportCommand final : public DatabaseCommand
{
public:
    ReportCommand()
        : DatabaseCommand(QStringLiteral("report"),
                          CliText::tr("A register as a PDF document, or one of its tables as CSV."), Access::Read)
    {
        addArgument(QStringLiteral("ropa|processors|requests|breaches|retention|consents|dpia"),
                    CliText::tr("Which register: the processing activities (ropa), processors, rights requests, "
                                "breaches, retention rules or consents; or one impact assessment (dpia)."));
        addOption(organizationOption(CliText::tr("The organization it is about, by name or number (all but dpia).")));
        addOption({QStringLiteral("dpia"), CliText::tr("The impact assessment of a dpia report, by its number (dpia list)."),
                   CliText::tr("number")});
        addOption({QStringLiteral("out"),
                   CliText::tr("The file to write: FILE.pdf, FILE.csv, or FILE.odt or FILE.docx to edit it in a word "
                               "processor."),
                   CliText::tr("file")},
                  true);
        addOption({QStringLiteral("lang"),
                   CliText::tr("The language of the report, fr or en (default: the application's)."),
                   CliText::tr("language")});
        addOption({QStringLiteral("from"), CliText::tr("The first day of the period (YYYY-MM-DD)."), CliText::tr("date")});
        addOption({QStringLiteral("to"), CliText::tr("The last day of the period (YYYY-MM-DD)."), CliText::tr("date")});
        addOption({QStringLiteral("status"),
                   CliText::tr("Requests only: those open, closed, or of one status (received, answered…)."),
                   CliText::tr("status")});
        addOption({QStringLiteral("paper"), CliText::tr("a4 (default) or letter."), CliText::tr("size")});
        addOption({QStringLiteral("table"),
                   CliText::tr("With --out FILE.csv: which of the report's tables (default: its main list)."),
                   CliText::tr("name")});
        setDescription(CliText::tr("The period applies to the requests, breaches and consents reports."));
        addExample(QStringLiteral("report ropa --organization SOFTNLABS --lang fr --out register.pdf"));
        addExample(QStringLiteral("report dpia --dpia 2 --lang fr --out aipd.pdf"));
        addExample(QStringLiteral("report requests --organization SmartOps --from 2026-01-01 --to 2026-06-30 "
                                  "--status open --out requests.csv"));
    }

protected:
    int check(const QCommandLineParser &parser, const QStringList &arguments) override
    {
        const auto kind = reports::kindFromCode(arguments.value(0));
        if (arguments.size() != 1 || !kind)
            return fail(CliText::tr("report wants which register: ropa, processors, requests, breaches, retention, "
                                    "consents or dpia."),
                        ExitUsage);
        const bool dpia = kind.value() == reports::ReportKind::Dpia;
        if (dpia) {
            bool number = false;
            m_dpiaId = parser.value(QStringLiteral("dpia")).trimmed().toLongLong(&number);
            if (!number || m_dpiaId <= 0)
                return fail(CliText::tr("report dpia wants the number of the assessment: --dpia NUMBER."), ExitUsage);
            if (parser.isSet(QStringLiteral("organization")))
                return fail(CliText::tr("report dpia takes the assessment's organization: leave out --organization."),
                            ExitUsage);
        } else if (parser.value(QStringLiteral("organization")).trimmed().isEmpty()) {
            return fail(CliText::tr("report wants the organization it is about: --organization NAME."), ExitUsage);
        } else if (parser.isSet(QStringLiteral("dpia"))) {
            return fail(CliText::tr("--dpia applies to the dpia report."), ExitUsage);
        }
        const QString path = parser.value(QStringLiteral("out"));
        m_pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
        m_office = reports::officeFormatOf(path);
        const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
        if (!m_pdf && !m_office && !csv) {
            return fail(CliText::tr("report wants where to write it: --out FILE.pdf, FILE.csv, FILE.odt or FILE.docx."),
                        ExitUsage);
        }
        if (!csv && parser.isSet(QStringLiteral("table")))
            return fail(CliText::tr("--table chooses a table for a CSV file; a document holds them all."), ExitUsage);
        m_request = reports::ReportRequest();
        m_request.kind = kind.value();
        m_request.dpiaId = dpia ? m_dpiaId : 0;
        if (const Result<bool> ok = readLanguage(parser); !ok)
            return fail(ok.errorMessage(), ExitUsage);
        if (const Result<bool> ok = readPeriod(parser); !ok)
            return fail(ok.errorMessage(), ExitUsage);
        if (parser.isSet(QStringLiteral("status"))) {
            if (m_request.kind != reports::ReportKind::Requests)
                return fail(CliText::tr("--status applies to the requests report."), ExitUsage);
            m_request.status = parser.value(QStringLiteral("status")).trimmed().toLower();
        }
        const QString paper = parser.value(QStringLiteral("paper")).trimmed().toLower();
        if (!paper.isEmpty() && paper != QLatin1String("a4") && paper != QLatin1String("letter"))
            return fail(CliText::tr("--paper is a4 or letter, not “%1”.").arg(paper), ExitUsage);
        m_options.paper = paper == QLatin1String("letter") ? reports::PaperSize::Letter : reports::PaperSize::A4;
        return ExitOk;
    }

    int executeOn(Database &db, const QCommandLineParser &parser, const QStringList &) override
    {
        if (m_request.kind != reports::ReportKind::Dpia) {
            const Result<RowId> organization = organizationValue(db, parser);
            if (!organization)
                return fail(organization.errorMessage(), ExitUsage);
            m_request.organizationId = organization.value();
        }
        const QString path = parser.value(QStringLiteral("out"));
        QString written;
        const Status done = reports::inSnapshot(db, [&]() -> Status {
            const Result<reports::Report> report = reports::buildReport(db, m_request);
            if (!report)
                return report.error();
            const Result<QString> saved = m_pdf      ? writePdf(report.value(), path)
                                          : m_office ? writeDocument(report.value(), *m_office, path)
                                                     : writeCsv(report.value(), parser.value(QStringLiteral("table")), path);
            if (!saved)
                return saved.error();
            written = saved.value();
            return success();
        });
        if (!done)
            return fail(done.errorMessage(), ExitFailure);
        out() << written << Qt::endl;
        return ExitOk;
    }

private:
    RowId m_dpiaId = 0;
    Result<bool> readLanguage(const QCommandLineParser &parser)
    {
        m_request.language = parser.isSet(QStringLiteral("lang"))
                                 ? parser.value(QStringLiteral("lang")).trimmed().toLower()
                             : languages::current().startsWith(QLatin1String("fr")) ? QStringLiteral("fr")
                                                                                     : QStringLiteral("en");
        if (m_request.language != QLatin1String("fr") && m_request.language != QLatin1String("en"))
            return Error{CliText::tr("--lang is fr or en, not “%1”.").arg(parser.value(QStringLiteral("lang")))};
        return true;
    }

    Result<bool> readPeriod(const QCommandLineParser &parser)
    {
        const Result<QDate> from = dateValue(parser, QStringLiteral("from"));
        if (!from)
            return from.error();
        const Result<QDate> to = dateValue(parser, QStringLiteral("to"));
        if (!to)
            return to.error();
        if ((from->isValid() || to->isValid()) && !reports::takesPeriod(m_request.kind))
            return Error{CliText::tr("--from and --to apply to the requests, breaches and consents reports.")};
        if (from->isValid() && to->isValid() && from.value() > to.value())
            return Error{CliText::tr("The period ends (%1) before it starts (%2).")
                             .arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate))};
        m_request.from = from.value();
        m_request.to = to.value();
        return true;
    }

    Result<QString> writeDocument(const reports::Report &report, reports::OfficeFormat format, const QString &path) const
    {
        if (Status s = reports::writeOfficeDocument(report, format, path, m_options.paper); !s)
            return s.error();
        return CliText::tr("%1: written to %2").arg(report.cover.title, path);
    }

    Result<QString> writePdf(const reports::Report &report, const QString &path) const
    {
        const auto rendered = reports::writePdf(report, path, m_options);
        if (!rendered)
            return rendered.error();
        return CliText::tr("%1: %n page(s), written to %2", nullptr, rendered->pages).arg(report.cover.title, path);
    }

    static Result<QString> writeCsv(const reports::Report &report, const QString &name, const QString &path)
    {
        const reports::Table *table = name.isEmpty() ? report.mainTableOrFirst() : report.table(name);
        if (!table) {
            QStringList names;
            for (const reports::Table *t : report.tables())
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
        return CliText::tr("%1, table “%2”: %n row(s), written to %3", nullptr, int(bytes.count('\n') - 1))
            .arg(report.cover.title, table->name, path);
    }

    bool m_pdf = true;
    std::optional<reports::OfficeFormat> m_office;
    reports::ReportRequest m_request;
    reports::RenderOptions m_options;
};

} // namespace

std::vector<std::unique_ptr<Command>> reportCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ReportCommand>());
    return commands;
}

} // namespace pc::cli
