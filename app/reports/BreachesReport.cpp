#include "RegisterBuilder.h"

#include "storage/Database.h"

#include <QTimeZone>

namespace pc::reports {
namespace {

// The breaches of a period, as Article 33(5) asks them to be documented.
class BreachesReport final : public RegisterBuilder
{
    PC_DOCUMENT_TR_FUNCTIONS(pc::reports::Registers)

public:
    using RegisterBuilder::RegisterBuilder;

private:
    Status content(Report &report) override
    {
        QString where = QStringLiteral("organization_id = ?");
        QVariantList bindings{m_org.id};
        if (m_request.from.isValid()) {
            where += QStringLiteral(" AND aware_at >= ?");
            bindings << dateTimeOrNull(QDateTime(m_request.from, QTime(0, 0), QTimeZone::utc()));
        }
        if (m_request.to.isValid()) {
            where += QStringLiteral(" AND aware_at < ?");
            bindings << dateTimeOrNull(QDateTime(m_request.to.addDays(1), QTime(0, 0), QTimeZone::utc()));
        }
        QSqlQuery query = m_db.prepare(
            QStringLiteral("SELECT reference, title, description, occurred_at, aware_at, notification_due_at, "
                           "authority_notified_at, subjects_notified_at, risk, status, data_categories, subjects_affected, "
                           "records_affected, consequences, measures, authority_reference FROM breaches WHERE %1 "
                           "ORDER BY aware_at, reference")
                .arg(where));
        for (const QVariant &b : bindings)
            query.addBindValue(b);
        if (!query.exec())
            return Database::sqlError(query);
        struct Row
        {
            QStringList v;
            QDateTime occurred, aware, due, notified, told;
            qint64 subjects = -1, records = -1;
        };
        QList<Row> rows;
        while (query.next()) {
            Row r;
            for (int i = 0; i < 16; ++i)
                r.v << query.value(i).toString();
            r.occurred = toDateTime(query.value(3));
            r.aware = toDateTime(query.value(4));
            r.due = toDateTime(query.value(5));
            r.notified = toDateTime(query.value(6));
            r.told = toDateTime(query.value(7));
            r.subjects = query.value(11).isNull() ? -1 : query.value(11).toLongLong();
            r.records = query.value(12).isNull() ? -1 : query.value(12).toLongLong();
            rows << r;
        }
        query.finish();
        cover(report, {{tr("Period"), periodText()}, {tr("Breaches recorded"), number(rows.size())}});
        report.heading(1, tr("Register of personal data breaches (Art. 33(5))"));
        report.paragraph(tr("Article 33(5): the facts of each breach, its effects and the remedial action taken, so that the "
                            "supervisory authority can verify compliance, whether or not the breach was notified."),
                         Paragraph::Style::Note);
        if (rows.isEmpty()) {
            report.paragraph(tr("No personal data breach is recorded for this period."),
                             Paragraph::Style::Emphasis);
            return success();
        }
        Table table;
        table.name = QStringLiteral("breaches");
        QStringList references;
        for (const Row &r : std::as_const(rows))
            references << r.v.at(0);
        table.columns = {{tr("Reference"), 1.1, Alignment::Left, references},
                         {tr("Breach"), 2.4},
                         {tr("Became aware"), 1.4},
                         {tr("Risk"), 1.5, Alignment::Left, {}, labels(CodeList::BreachRisk)},
                         {tr("Authority notified"), 1.6},
                         {tr("People told"), 1.3},
                         {tr("Status"), 0.9, Alignment::Left, {}, labels(CodeList::BreachStatus)}};
        auto notifiedText = [&](const Row &r) {
            if (!r.notified.isValid())
                return r.v.at(8) == QLatin1String("none") ? tr("not required") : tr("not notified");
            const qint64 hours = r.aware.secsTo(r.notified) / 3600;
            return tr("%1 (%2 h after)").arg(moment(r.notified)).arg(hours);
        };
        for (const Row &r : std::as_const(rows))
            table.rows << QStringList{r.v.at(0), r.v.at(1), moment(r.aware), label(CodeList::BreachRisk, r.v.at(8)),
                                      notifiedText(r), r.told.isValid() ? moment(r.told) : QStringLiteral("—"),
                                      label(CodeList::BreachStatus, r.v.at(9))};
        report.table(std::move(table));
        for (const Row &r : std::as_const(rows)) {
            report.heading(2, QStringLiteral("%1 — %2").arg(r.v.at(0), r.v.at(1)));
            report.heading(3, tr("The facts"), false);
            report.fields({{tr("What happened"), r.v.at(2)},
                           {tr("When it happened"), moment(r.occurred)},
                           {tr("When it became known"), moment(r.aware)}});
            report.heading(3, tr("Its effects"), false);
            report.fields({{tr("Categories of data"), r.v.at(10)},
                           {tr("People affected"), r.subjects < 0 ? QString() : number(r.subjects)},
                           {tr("Records affected"), r.records < 0 ? QString() : number(r.records)},
                           {tr("Likely consequences"), r.v.at(13)},
                           {tr("Risk to rights and freedoms"), label(CodeList::BreachRisk, r.v.at(8))}});
            report.heading(3, tr("Remedial action and notification"), false);
            QString late;
            if (r.due.isValid() && ((r.notified.isValid() && r.notified > r.due) || (!r.notified.isValid() && r.v.at(8) != QLatin1String("none"))))
                late = tr("The notification was due by %1 (72 hours): the reasons for the delay must accompany it (Art. 33(1)).")
                           .arg(moment(r.due));
            report.fields({{tr("Measures taken or proposed"), r.v.at(14)},
                           {tr("Notified to the authority"), notifiedText(r)},
                           {tr("Authority's reference"), r.v.at(15)},
                           {tr("People told (Art. 34)"), r.told.isValid() ? moment(r.told) : tr("no")}});
            if (!late.isEmpty())
                report.paragraph(late, Paragraph::Style::Warning);
        }
        return success();
    }
};

} // namespace

std::shared_ptr<RegisterBuilder> breachesReport(Database &db, const ReportRequest &request)
{
    return std::make_shared<BreachesReport>(db, request);
}

} // namespace pc::reports
