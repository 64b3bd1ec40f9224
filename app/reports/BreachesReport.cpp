#include "RegisterBuilder.h"

#include "storage/Database.h"
#include "storage/SqlRow.h"

#include <QTimeZone>

namespace pc::reports {
namespace {

// A breach as its register lists it.
struct BreachRow
{
    QString reference, title, description, risk, status, dataCategories, consequences, measures, authorityReference;
    QDateTime occurred, aware, due, notified, told;
    qint64 subjects = -1, records = -1;
};

BreachRow readBreach(const SqlRow &row)
{
    BreachRow r;
    r.reference = row.text("reference");
    r.title = row.text("title");
    r.description = row.text("description");
    r.risk = row.text("risk");
    r.status = row.text("status");
    r.dataCategories = row.text("data_categories");
    r.consequences = row.text("consequences");
    r.measures = row.text("measures");
    r.authorityReference = row.text("authority_reference");
    r.occurred = row.dateTime("occurred_at");
    r.aware = row.dateTime("aware_at");
    r.due = row.dateTime("notification_due_at");
    r.notified = row.dateTime("authority_notified_at");
    r.told = row.dateTime("subjects_notified_at");
    r.subjects = row.isNull("subjects_affected") ? -1 : row.bigInteger("subjects_affected");
    r.records = row.isNull("records_affected") ? -1 : row.bigInteger("records_affected");
    return r;
}

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
        QList<BreachRow> rows;
        const SqlRow row(query);
        while (query.next())
            rows << readBreach(row);
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
        for (const BreachRow &r : std::as_const(rows))
            references << r.reference;
        table.columns = {{tr("Reference"), 1.1, Alignment::Left, references},
                         {tr("Breach"), 2.4},
                         {tr("Became aware"), 1.4},
                         {tr("Risk"), 1.5, Alignment::Left, {}, labels(CodeList::BreachRisk)},
                         {tr("Authority notified"), 1.6},
                         {tr("People told"), 1.3},
                         {tr("Status"), 0.9, Alignment::Left, {}, labels(CodeList::BreachStatus)}};
        auto notifiedText = [&](const BreachRow &r) {
            if (!r.notified.isValid())
                return r.risk == QLatin1String("none") ? tr("not required") : tr("not notified");
            const qint64 hours = r.aware.secsTo(r.notified) / 3600;
            return tr("%1 (%2 h after)").arg(moment(r.notified)).arg(hours);
        };
        for (const BreachRow &r : std::as_const(rows))
            table.rows << QStringList{r.reference, r.title, moment(r.aware), label(CodeList::BreachRisk, r.risk),
                                      notifiedText(r), r.told.isValid() ? moment(r.told) : QStringLiteral("—"),
                                      label(CodeList::BreachStatus, r.status)};
        report.table(std::move(table));
        for (const BreachRow &r : std::as_const(rows)) {
            report.heading(2, QStringLiteral("%1 — %2").arg(r.reference, r.title));
            report.heading(3, tr("The facts"), false);
            report.fields({{tr("What happened"), r.description},
                           {tr("When it happened"), moment(r.occurred)},
                           {tr("When it became known"), moment(r.aware)}});
            report.heading(3, tr("Its effects"), false);
            report.fields({{tr("Categories of data"), r.dataCategories},
                           {tr("People affected"), r.subjects < 0 ? QString() : number(r.subjects)},
                           {tr("Records affected"), r.records < 0 ? QString() : number(r.records)},
                           {tr("Likely consequences"), r.consequences},
                           {tr("Risk to rights and freedoms"), label(CodeList::BreachRisk, r.risk)}});
            report.heading(3, tr("Remedial action and notification"), false);
            QString late;
            if (r.due.isValid() && ((r.notified.isValid() && r.notified > r.due)
                                    || (!r.notified.isValid() && r.risk != QLatin1String("none"))))
                late = tr("The notification was due by %1 (72 hours): the reasons for the delay must accompany it (Art. 33(1)).")
                           .arg(moment(r.due));
            report.fields({{tr("Measures taken or proposed"), r.measures},
                           {tr("Notified to the authority"), notifiedText(r)},
                           {tr("Authority's reference"), r.authorityReference},
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
