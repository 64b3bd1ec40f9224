#include "RegisterBuilder.h"

#include "Charts.h"

#include "documents/DocumentText.h"
#include "retention/RetentionDue.h"
#include "retention/RetentionSchedule.h"
#include "storage/Database.h"
#include "storage/RegisterRepository.h"
#include "storage/SqlRow.h"

#include <QHash>

namespace pc::reports {
namespace {

// The retention schedule: each rule, where it applies, the purges to come and those done.
class RetentionReport final : public RegisterBuilder
{
    PC_DOCUMENT_TR_FUNCTIONS(pc::reports::Registers)

public:
    using RegisterBuilder::RegisterBuilder;

private:
    Status content(Report &report) override
    {
        RegisterRepository registers(m_db);
        const auto rules = registers.retentionRules(m_org.id);
        if (!rules)
            return rules.error();
        const auto reach = retention::ruleReach(m_db, m_org.id);
        if (!reach)
            return reach.error();
        cover(report, {{tr("Retention rules"), number(rules->size())}});
        report.heading(1, tr("Retention schedule"));
        if (rules->isEmpty()) {
            report.paragraph(tr("This organization has no retention rule in the register."),
                             Paragraph::Style::Emphasis);
            return success();
        }
        // Where each rule applies: activities, and data categories.
        QHash<RowId, QStringList> appliesTo, dataOf;
        QSqlQuery where = m_db.prepare(QStringLiteral(
            "SELECT retention_rule_id, coalesce(reference || ' ', '') || name AS place, 1 AS kind "
            "FROM processing_activities WHERE organization_id = ? AND retention_rule_id IS NOT NULL "
            "UNION ALL SELECT retention_rule_id, name AS place, 2 AS kind FROM data_categories "
            "WHERE organization_id = ? AND retention_rule_id IS NOT NULL"));
        where.addBindValue(m_org.id);
        where.addBindValue(m_org.id);
        if (!where.exec())
            return Database::sqlError(where);
        const SqlRow place(where);
        while (where.next())
            (place.integer("kind") == 1 ? appliesTo : dataOf)[place.id("retention_rule_id")] << place.text("place");
        where.finish();
        Table schedule;
        schedule.name = QStringLiteral("rules");
        schedule.columns = {{tr("Rule"), 1.8},
                            {tr("Period", "how long data are kept"), 0.9},
                            {tr("Counted from"), 1.5},
                            {tr("At the end"), 1.1},
                            {tr("Applies to"), 2},
                            {tr("As the policy says"), 2.6}};
        for (const RetentionRule &r : rules.value()) {
            QStringList activitiesOf = appliesTo.value(r.id), data = dataOf.value(r.id);
            activitiesOf.sort();
            data.sort();
            QStringList places;
            if (!activitiesOf.isEmpty())
                places << tr("Activities: %1").arg(activitiesOf.join(QStringLiteral("; ")));
            if (!data.isEmpty())
                places << tr("Data: %1").arg(data.join(QStringLiteral("; ")));
            schedule.rows << QStringList{r.name,
                                         QStringLiteral("%1 %2").arg(r.duration).arg(label(CodeList::RetentionUnit, r.unit)),
                                         r.triggerEvent == QLatin1String("custom") ? r.customTrigger : label(CodeList::RetentionTrigger, r.triggerEvent),
                                         label(CodeList::RetentionOutcome, r.outcome),
                                         places.join(QLatin1Char('\n')),
                                         r.justification};
        }
        report.table(std::move(schedule));
        if (const Status planned = purgesToCome(report, reach.value()); !planned)
            return planned;
        return purgesDone(report);
    }

    // How many people each rule will reach, when, and how many a hold keeps.
    Status purgesToCome(Report &report, const QList<retention::RuleReach> &reach)
    {
        report.heading(1, tr("Upcoming purges"));
        report.paragraph(tr("For each rule, the people of the register whose period has ended or will end, counted on %1 "
                            "from the date the rule counts from; those under a legal hold are kept until it is lifted.")
                             .arg(documents::longDate(m_request.asOf, m_lang)),
                         Paragraph::Style::Note);
        Table upcoming;
        upcoming.name = QStringLiteral("upcoming");
        upcoming.columns = {{tr("Rule"), 2.2},
                            {tr("Ended"), 1, Alignment::Right},
                            {tr("Within 30 days"), 1, Alignment::Right},
                            {tr("Within 90 days"), 1, Alignment::Right},
                            {tr("Within a year"), 1, Alignment::Right},
                            {tr("Under a legal hold"), 1.1, Alignment::Right}};
        QList<std::pair<QString, QList<qint64>>> bars;
        const QDate today = m_request.asOf;
        for (const retention::RuleReach &r : reach) {
            if (r.column.isEmpty() || r.categories.isEmpty()) {
                upcoming.rows << QStringList{r.rule.name, tr("not dated in the register"),
                                             QString(), QString(), QString(), QString()};
                continue;
            }
            QStringList marks;
            QVariantList categories;
            for (RowId c : r.categories) {
                marks << QStringLiteral("?");
                categories << c;
            }
            QList<qint64> counts;
            for (const QDate &until : {today.addDays(-1), today.addDays(30), today.addDays(90), today.addYears(1)}) {
                const QDate cutoff = retention::lastTriggerEndingBy(until, r.rule.duration, r.rule.unit);
                QSqlQuery count = m_db.prepare(QStringLiteral("SELECT count(*) FROM data_subjects s WHERE s.category_id IN (%1) AND s.%2 <= ?")
                                                   .arg(marks.join(QLatin1Char(',')), r.column));
                for (const QVariant &c : categories)
                    count.addBindValue(c);
                count.addBindValue(dateOrNull(cutoff));
                if (!count.exec() || !count.next())
                    return Database::sqlError(count);
                counts << scalar<qint64>(count);
            }
            const QDate yearCutoff = retention::lastTriggerEndingBy(today.addYears(1), r.rule.duration, r.rule.unit);
            QSqlQuery held = m_db.prepare(
                QStringLiteral("SELECT count(*) FROM data_subjects s WHERE s.category_id IN (%1) AND s.%2 <= ? AND EXISTS "
                               "(SELECT 1 FROM legal_holds h WHERE h.subject_id = s.id AND h.lifted_on IS NULL)")
                    .arg(marks.join(QLatin1Char(',')), r.column));
            for (const QVariant &c : categories)
                held.addBindValue(c);
            held.addBindValue(dateOrNull(yearCutoff));
            if (!held.exec() || !held.next())
                return Database::sqlError(held);
            upcoming.rows << QStringList{r.rule.name, number(counts.at(0)), number(counts.at(1) - counts.at(0)),
                                         number(counts.at(2) - counts.at(0)), number(counts.at(3) - counts.at(0)),
                                         number(scalar<qint64>(held))};
            bars.append({r.rule.name, {counts.at(0), counts.at(1) - counts.at(0), counts.at(3) - counts.at(1)}});
        }
        report.table(std::move(upcoming));
        if (!bars.isEmpty()) {
            report.chart(stackedBars(bars,
                                     {tr("ended"), tr("within 30 days"),
                                      tr("from 30 days to a year")},
                                     {QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x9a, 0x1a), QColor(0x54, 0x7a, 0xa5)},
                                     m_locale));
        }
        return success();
    }

    Status purgesDone(Report &report)
    {
        report.heading(1, tr("Purges carried out"));
        QSqlQuery runs = m_db.prepare(QStringLiteral(
            "SELECT performed_at, performed_by, due_until, subjects, rows_affected, held FROM purge_runs "
            "WHERE organization_id = ? OR organization_id IS NULL ORDER BY performed_at DESC"));
        runs.addBindValue(m_org.id);
        if (!runs.exec())
            return Database::sqlError(runs);
        Table done;
        done.name = QStringLiteral("purges");
        done.columns = {{tr("When"), 1.6},
                        {tr("By"), 1},
                        {tr("Periods ended by"), 1.3},
                        {tr("People"), 1, Alignment::Right},
                        {tr("Rows"), 1, Alignment::Right},
                        {tr("Kept under a hold"), 1.1, Alignment::Right}};
        const SqlRow run(runs);
        while (runs.next())
            done.rows << QStringList{moment(run.dateTime("performed_at")), run.text("performed_by"),
                                     day(run.date("due_until")), number(run.bigInteger("subjects")),
                                     number(run.bigInteger("rows_affected")), number(run.bigInteger("held"))};
        if (done.rows.isEmpty())
            report.paragraph(tr("No purge has been run yet."));
        else
            report.table(std::move(done));
        return success();
    }
};

} // namespace

std::shared_ptr<RegisterBuilder> retentionReport(Database &db, const ReportRequest &request)
{
    return std::make_shared<RetentionReport>(db, request);
}

} // namespace pc::reports
