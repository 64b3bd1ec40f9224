#include "RegisterBuilder.h"

#include "Charts.h"

#include "consent/ConsentLedger.h"
#include "storage/Database.h"
#include "storage/SqlRow.h"

#include <QHash>
#include <QMap>
#include <QTimeZone>

namespace pc::reports {
namespace {

// Consent statistics: each purpose's state, the events of a period, the privacy policy's versions.
class ConsentsReport final : public RegisterBuilder
{
    PC_DOCUMENT_TR_FUNCTIONS(pc::reports::Registers)

public:
    using RegisterBuilder::RegisterBuilder;

private:
    Status content(Report &report) override
    {
        const auto counts = consent::purposeCounts(m_db, m_request.asOf, m_org.id);
        if (!counts)
            return counts.error();
        cover(report, {{tr("Consent purposes"), number(counts->size())},
                       {tr("Period of the events"), periodText()}});
        report.heading(1, tr("Consent per purpose"));
        if (counts->isEmpty()) {
            report.paragraph(tr("This organization asks for no consent: no purpose is recorded."),
                             Paragraph::Style::Emphasis);
            return success();
        }
        report.paragraph(tr("Each person's current state per purpose is the latest event of their history. "
                            "“Lapsed” consents were given longer ago than the purpose's period and are due to be renewed."),
                         Paragraph::Style::Note);
        Table table;
        table.name = QStringLiteral("purposes");
        table.columns = {{tr("Purpose"), 2.4},
                         {tr("Lapses after"), 1.1},
                         {tr("Given"), 1, Alignment::Right},
                         {tr("Lapsed"), 1, Alignment::Right},
                         {tr("Withdrawn"), 1.2, Alignment::Right},
                         {tr("Refused"), 1.1, Alignment::Right},
                         {tr("Expired"), 1.1, Alignment::Right},
                         {tr("Consent rate"), 1.4, Alignment::Right}};
        QList<std::pair<QString, QList<qint64>>> bars;
        for (const consent::PurposeCounts &c : counts.value()) {
            table.rows << QStringList{c.name,
                                      c.expiryMonths > 0 ? tr("%n month(s)", nullptr, c.expiryMonths) : tr("never"),
                                      number(c.given), number(c.lapsed), number(c.withdrawn), number(c.refused),
                                      number(c.expired), percent(c.given, c.decided())};
            bars.append({c.name, {c.given - c.lapsed, c.lapsed, c.withdrawn, c.refused, c.expired}});
        }
        report.table(std::move(table));
        report.chart(stackedBars(bars,
                                 {tr("given"), tr("lapsed"), tr("withdrawn"),
                                  tr("refused"), tr("expired")},
                                 {QColor(0x2e, 0x7d, 0x32), QColor(0xa5, 0xd6, 0xa7), QColor(0xc6, 0x28, 0x28),
                                  QColor(0xef, 0x9a, 0x1a), QColor(0x9e, 0x9e, 0x9e)},
                                 m_locale));

        report.heading(1, tr("Events of the period"));
        QString where = QStringLiteral("p.organization_id = ?");
        QVariantList bindings{m_org.id};
        if (m_request.from.isValid()) {
            where += QStringLiteral(" AND e.occurred_at >= ?");
            bindings << dateTimeOrNull(QDateTime(m_request.from, QTime(0, 0), QTimeZone::utc()));
        }
        if (m_request.to.isValid()) {
            where += QStringLiteral(" AND e.occurred_at < ?");
            bindings << dateTimeOrNull(QDateTime(m_request.to.addDays(1), QTime(0, 0), QTimeZone::utc()));
        }
        QSqlQuery events = m_db.prepare(QStringLiteral(
            "SELECT p.name, e.event, count(*) AS events "
            "FROM consent_events e JOIN consent_purposes p ON p.id = e.purpose_id "
            "WHERE %1 GROUP BY p.name, e.event ORDER BY p.name, e.event").arg(where));
        for (const QVariant &b : bindings)
            events.addBindValue(b);
        if (!events.exec())
            return Database::sqlError(events);
        QMap<QString, QHash<QString, qint64>> perPurpose;
        const SqlRow event(events);
        while (events.next())
            perPurpose[event.text("name")][event.text("event")] = event.bigInteger("events");
        events.finish();
        Table period;
        period.name = QStringLiteral("events");
        period.columns = {{tr("Purpose"), 2.6},
                          {tr("Given"), 1, Alignment::Right},
                          {tr("Withdrawn"), 1, Alignment::Right},
                          {tr("Refused"), 1, Alignment::Right},
                          {tr("Expired"), 1, Alignment::Right}};
        for (auto it = perPurpose.cbegin(); it != perPurpose.cend(); ++it) {
            period.rows << QStringList{it.key(), number(it->value(QStringLiteral("given"))),
                                       number(it->value(QStringLiteral("withdrawn"))), number(it->value(QStringLiteral("refused"))),
                                       number(it->value(QStringLiteral("expired")))};
        }
        report.paragraph(tr("Consent events recorded for %1.").arg(periodText()), Paragraph::Style::Note);
        if (period.rows.isEmpty())
            report.paragraph(tr("No consent event in this period."));
        else
            report.table(std::move(period));

        report.heading(1, tr("Privacy policy versions"));
        QSqlQuery versions = m_db.prepare(QStringLiteral(
            "SELECT version_label, effective_on, changes_contact_use, url FROM privacy_policies WHERE organization_id = ? "
            "ORDER BY effective_on, version_label"));
        versions.addBindValue(m_org.id);
        if (!versions.exec())
            return Database::sqlError(versions);
        Table policies;
        policies.name = QStringLiteral("policies");
        policies.columns = {{tr("Version"), 1},
                            {tr("In effect from"), 1.2},
                            {tr("Changes how contact details are used"), 1.4},
                            {tr("Address"), 2.4}};
        const SqlRow version(versions);
        while (versions.next())
            policies.rows << QStringList{version.text("version_label"), day(version.date("effective_on")),
                                         yesNo(version.flag("changes_contact_use")), version.text("url")};
        if (policies.rows.isEmpty())
            report.paragraph(tr("No version of the privacy policy is recorded."));
        else
            report.table(std::move(policies));
        return success();
    }
};

} // namespace

std::shared_ptr<RegisterBuilder> consentsReport(Database &db, const ReportRequest &request)
{
    return std::make_shared<ConsentsReport>(db, request);
}

} // namespace pc::reports
