#include "RegisterBuilder.h"

#include "storage/Database.h"
#include "storage/RegisterRepository.h"
#include "storage/SqlDialect.h"
#include "storage/SqlRow.h"

#include <QHash>

namespace pc::reports {
namespace {

// The processors and sub-processors, what each serves, and what to check about them (Art. 28).
class ProcessorsReport final : public RegisterBuilder
{
    PC_DOCUMENT_TR_FUNCTIONS(pc::reports::Registers)

public:
    using RegisterBuilder::RegisterBuilder;

private:
    Status content(Report &report) override
    {
        const auto processors = RegisterRepository(m_db).processors(m_org.id);
        if (!processors)
            return processors.error();
        cover(report, {{tr("Processors and recipients"), number(processors->size())}});
        report.heading(1, tr("Processors and sub-processors"));
        if (processors->isEmpty()) {
            report.paragraph(tr("This organization has no processor in the register."),
                             Paragraph::Style::Emphasis);
            return success();
        }
        QHash<RowId, QString> names;
        for (const Processor &p : processors.value())
            names.insert(p.id, p.name);
        Table table;
        table.name = QStringLiteral("processors");
        table.columns = {{tr("Processor"), 1.6},
                         {tr("Role"), 1.3},
                         {tr("Service"), 1.9},
                         {tr("Country"), 1},
                         {tr("Transfer safeguard"), 1.6},
                         {tr("DPA signed"), 1.25},
                         {tr("DPA expires"), 1.25},
                         {tr("Policy checked"), 1.25}};
        QStringList issues;
        for (const Processor &p : processors.value()) {
            QString role = label(CodeList::ProcessorRole, p.role);
            if (p.parentProcessorId > 0)
                role = tr("%1 of %2").arg(role, names.value(p.parentProcessorId));
            if (!p.active)
                role += tr(" (no longer used)");
            table.rows << QStringList{p.name, role, p.service, p.country,
                                      p.transferSafeguard.isEmpty() ? QString() : label(CodeList::TransferSafeguard, p.transferSafeguard),
                                      day(p.dpaSignedOn), day(p.dpaExpiresOn), day(p.privacyPolicyCheckedOn)};
            if (!p.active)
                continue;
            const bool processor = p.role == QLatin1String("processor") || p.role == QLatin1String("sub_processor");
            if (processor && !p.dpaSignedOn.isValid())
                issues << tr("%1: no data processing agreement (Art. 28(3)) on file.").arg(p.name);
            if (p.dpaExpiresOn.isValid() && p.dpaExpiresOn < m_request.asOf)
                issues << tr("%1: the agreement expired on %2.").arg(p.name, day(p.dpaExpiresOn));
            else if (p.dpaExpiresOn.isValid() && p.dpaExpiresOn <= m_request.asOf.addDays(90))
                issues << tr("%1: the agreement expires on %2.").arg(p.name, day(p.dpaExpiresOn));
            if (p.transferSafeguard == QLatin1String("none"))
                issues << tr("%1: data go to %2 without a transfer safeguard.")
                              .arg(p.name, p.country);
            if (!p.privacyPolicyCheckedOn.isValid())
                issues << tr("%1: its privacy policy has never been checked.").arg(p.name);
            else if (p.privacyPolicyCheckedOn < m_request.asOf.addYears(-1))
                issues << tr("%1: its privacy policy was last checked on %2, more than a year ago.")
                              .arg(p.name, day(p.privacyPolicyCheckedOn));
        }
        report.table(std::move(table));

        report.heading(2, tr("Points to check"));
        if (issues.isEmpty())
            report.paragraph(tr("Every processor in use has its agreement, its safeguards and a privacy policy checked within the year."));
        for (const QString &issue : std::as_const(issues))
            report.paragraph(QStringLiteral("• ") + issue, Paragraph::Style::Warning);

        report.heading(2, tr("Activities each processor serves"));
        Table served;
        served.name = QStringLiteral("processor_activities");
        served.columns = {{tr("Processor"), 1.5}, {tr("Processing activities"), 4}};
        QSqlQuery links = m_db.prepare(
            QStringLiteral("SELECT p.name, %1 AS activities FROM processors p "
                           "LEFT JOIN activity_processors ap ON ap.processor_id = p.id "
                           "LEFT JOIN processing_activities a ON a.id = ap.activity_id "
                           "WHERE p.organization_id = ? GROUP BY p.id, p.name ORDER BY p.name")
                .arg(m_db.sql().aggregateText(QStringLiteral("coalesce(a.reference || ' ', '') || a.name"),
                                              QStringLiteral("; "), QStringLiteral("a.reference, a.name"))));
        links.addBindValue(m_org.id);
        if (!links.exec())
            return Database::sqlError(links);
        const SqlRow link(links);
        while (links.next())
            served.rows << QStringList{link.text("name"), link.text("activities")};
        report.table(std::move(served));
        return success();
    }
};

} // namespace

std::shared_ptr<RegisterBuilder> processorsReport(Database &db, const ReportRequest &request)
{
    return std::make_shared<ProcessorsReport>(db, request);
}

} // namespace pc::reports
