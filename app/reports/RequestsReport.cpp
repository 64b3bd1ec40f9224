#include "RegisterBuilder.h"

#include "documents/DocumentText.h"
#include "requests/RequestWorkflow.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlRow.h"

#include <deque>

namespace pc::reports {
namespace {

// The rights requests of a period: the figures, the list, and each one's history.
class RequestsReport final : public RegisterBuilder
{
    PC_DOCUMENT_TR_FUNCTIONS(pc::reports::Registers)

public:
    using RegisterBuilder::RegisterBuilder;

private:
    QString requestFilter(QVariantList &bindings, const QString &alias) const
    {
        QString where = QStringLiteral("%1.organization_id = ?").arg(alias);
        bindings << m_org.id;
        if (m_request.from.isValid()) {
            where += QStringLiteral(" AND %1.received_on >= ?").arg(alias);
            bindings << dateOrNull(m_request.from);
        }
        if (m_request.to.isValid()) {
            where += QStringLiteral(" AND %1.received_on <= ?").arg(alias);
            bindings << dateOrNull(m_request.to);
        }
        const QString closed = QStringLiteral("('answered', 'refused', 'withdrawn')");
        if (m_request.status == QLatin1String("open")) {
            where += QStringLiteral(" AND %1.status NOT IN %2").arg(alias, closed);
        } else if (m_request.status == QLatin1String("closed")) {
            where += QStringLiteral(" AND %1.status IN %2").arg(alias, closed);
        } else if (!m_request.status.isEmpty()) {
            where += QStringLiteral(" AND %1.status = ?").arg(alias);
            bindings << m_request.status;
        }
        return where;
    }

    QString typesSql(const QString &alias) const
    {
        return QStringLiteral("(SELECT %1 FROM request_types t WHERE t.request_id = %2.id)")
            .arg(m_db.sql().aggregateText(QStringLiteral("t.type"), QStringLiteral(","), QStringLiteral("t.type")),
                 alias);
    }

    QString typeLabels(const QString &codes) const
    {
        QStringList labels;
        for (const QString &code : codes.split(QLatin1Char(','), Qt::SkipEmptyParts))
            labels << label(CodeList::RequestType, code);
        labels.sort();
        return labels.join(QStringLiteral(", "));
    }

    QString statusText() const
    {
        if (m_request.status == QLatin1String("open"))
            return tr("open requests");
        if (m_request.status == QLatin1String("closed"))
            return tr("closed requests");
        if (!m_request.status.isEmpty())
            return label(CodeList::RequestStatus, m_request.status);
        return tr("every status");
    }

    // The requests of each right: received, closed, closed on time.
    Status byRight(Report &report, const QString &due)
    {
        Table byType;
        byType.name = QStringLiteral("request_types");
        byType.columns = {{tr("Right exercised"), 3},
                          {tr("Requests"), 1, Alignment::Right},
                          {tr("Closed"), 1, Alignment::Right},
                          {tr("On time"), 1, Alignment::Right}};
        QVariantList typeBindings;
        const QString typeWhere = requestFilter(typeBindings, QStringLiteral("q"));
        QSqlQuery types = m_db.prepare(
            QStringLiteral("SELECT t.type, count(*) AS requests, "
                           "sum(CASE WHEN q.closed_on IS NOT NULL THEN 1 ELSE 0 END) AS closed, "
                           "sum(CASE WHEN q.closed_on IS NOT NULL AND q.closed_on <= %1 THEN 1 ELSE 0 END) AS on_time "
                           "FROM request_types t JOIN rights_requests q ON q.id = t.request_id WHERE %2 "
                           "GROUP BY t.type ORDER BY t.type")
                .arg(due, typeWhere));
        for (const QVariant &b : typeBindings)
            types.addBindValue(b);
        if (!types.exec())
            return Database::sqlError(types);
        const SqlRow row(types);
        while (types.next())
            byType.rows << QStringList{label(CodeList::RequestType, row.text("type")),
                                       number(row.bigInteger("requests")), number(row.bigInteger("closed")),
                                       number(row.bigInteger("on_time"))};
        types.finish();
        report.heading(2, tr("By right exercised"));
        report.table(std::move(byType));
        return success();
    }

    // The longest references of the requests listed, which their column holds whole.
    Result<QStringList> longestReferences(const QString &where, const QVariantList &bindings) const
    {
        QSqlQuery query = m_db.prepare(
            QStringLiteral("SELECT q.reference FROM rights_requests q WHERE %1 ORDER BY length(q.reference) DESC LIMIT 3")
                .arg(where));
        for (const QVariant &b : bindings)
            query.addBindValue(b);
        if (!query.exec())
            return Database::sqlError(query);
        QStringList references;
        while (query.next())
            references << scalar<QString>(query);
        return references;
    }

    Status content(Report &report) override
    {
        QVariantList bindings;
        const QString where = requestFilter(bindings, QStringLiteral("q"));
        // The figures of the period, counted by the database.
        const QString due = QStringLiteral("coalesce(q.extended_due_on, q.due_on)");
        QSqlQuery totals = m_db.prepare(
            QStringLiteral("SELECT count(*) AS requests, "
                           "sum(CASE WHEN q.closed_on IS NOT NULL THEN 1 ELSE 0 END) AS closed, "
                           "sum(CASE WHEN q.closed_on IS NOT NULL AND q.closed_on <= %1 THEN 1 ELSE 0 END) AS on_time, "
                           "sum(CASE WHEN q.closed_on IS NULL AND %1 < ? THEN 1 ELSE 0 END) AS overdue "
                           "FROM rights_requests q WHERE %2")
                .arg(due, where));
        totals.addBindValue(dateOrNull(m_request.asOf));
        for (const QVariant &b : bindings)
            totals.addBindValue(b);
        if (!totals.exec() || !totals.next())
            return Database::sqlError(totals);
        const SqlRow total(totals);
        const qint64 count = total.bigInteger("requests"), closed = total.bigInteger("closed"),
                     onTime = total.bigInteger("on_time"), overdue = total.bigInteger("overdue");
        totals.finish();
        cover(report, {{tr("Period"), periodText()},
                       {tr("Requests"), tr("%1 (%2)").arg(number(count), statusText())}});
        report.heading(1, tr("Summary"));
        if (count == 0) {
            report.paragraph(tr("No rights request was received in this period: there is nothing to list."),
                             Paragraph::Style::Emphasis);
            return success();
        }
        report.fields({{tr("Requests received"), number(count)},
                       {tr("Closed (answered, refused or withdrawn)"), number(closed)},
                       {tr("Closed within the legal period"),
                        tr("%1 (%2 of those closed)").arg(number(onTime), percent(onTime, closed))},
                       {tr("Still open"), number(count - closed)},
                       {tr("Open and past their deadline on %1").arg(day(m_request.asOf)),
                        number(overdue)}});

        if (const Status counted = byRight(report, due); !counted)
            return counted;

        report.heading(1, tr("Register of requests"));
        report.paragraph(tr("Every request of the period, in the order received: the days taken count from the day "
                            "received to the day closed; “late” when closed after the legal deadline (extended where it was)."),
                         Paragraph::Style::Note);
        Table list;
        list.name = QStringLiteral("requests");
        const Result<QStringList> references = longestReferences(where, bindings);
        if (!references)
            return references.error();
        const QStringList days = everyMonth();
        list.columns = {{tr("Reference"), 1.3, Alignment::Left, references.value()},
                        {tr("Received"), 1.4, Alignment::Left, days},
                        {tr("Rights"), 1.5, Alignment::Left, {}, labels(CodeList::RequestType)},
                        {tr("Status"), 1.1, Alignment::Left, {}, labels(CodeList::RequestStatus)},
                        {tr("Due"), 1.4, Alignment::Left, days},
                        {tr("Closed", "the day a request was closed"), 1.4, Alignment::Left, days},
                        {tr("Days"), 0.6, Alignment::Right, {QStringLiteral("9999")}},
                        {tr("Outcome"), 1.2, Alignment::Left, {}, {tr("late"), tr("on time"), tr("overdue")}}};
        const QString listSql =
            QStringLiteral("SELECT q.reference, q.received_on, %1 AS types, q.status, %2 AS deadline, q.closed_on "
                           "FROM rights_requests q "
                           "WHERE %3 ORDER BY q.received_on, q.reference, q.id")
                .arg(typesSql(QStringLiteral("q")), due, where);
        list.source = [self = std::static_pointer_cast<RequestsReport>(shared_from_this()), listSql,
                       bindings]() -> std::unique_ptr<RowCursor> {
            return std::make_unique<QueryCursor>(self->m_db, listSql, bindings, [self](const SqlRow &row) {
                const RequestsReport &b = *self;
                const QDate received = row.date("received_on"), dueOn = row.date("deadline"),
                            closedOn = row.date("closed_on");
                QString outcome;
                if (closedOn.isValid())
                    outcome = dueOn.isValid() && closedOn > dueOn ? b.tr("late") : b.tr("on time");
                else if (dueOn.isValid() && dueOn < b.m_request.asOf)
                    outcome = b.tr("overdue");
                return QStringList{row.text("reference"), b.day(received), b.typeLabels(row.text("types")),
                                   b.label(CodeList::RequestStatus, row.text("status")), b.day(dueOn), b.day(closedOn),
                                   closedOn.isValid() ? b.number(received.daysTo(closedOn)) : QString(), outcome};
            });
        };
        report.table(std::move(list));

        report.heading(1, tr("Detail and history of each request"));
        report.paragraph(tr("For each request: who asked and how, what the list does not say, then its history: the moment "
                            "of each step (UTC), the step, its note and who recorded it."),
                         Paragraph::Style::Note);
        const QString detailSql =
            QStringLiteral("SELECT q.id, q.reference, q.requester_name, %1 AS types, q.status, q.channel, "
                           "q.jurisdiction, q.received_on, q.letter_date, q.due_on, q.extended_due_on, "
                           "q.extension_reason, q.identity_requested_on, q.identity_received_on, q.closed_on, "
                           "q.outcome, q.refusal_reason, u.display_name, u.username, "
                           "e.occurred_at, e.step, e.note, e.actor "
                           "FROM rights_requests q LEFT JOIN users u ON u.id = q.assignee_id "
                           "LEFT JOIN request_events e ON e.request_id = q.id "
                           "WHERE %2 ORDER BY q.received_on, q.reference, q.id, e.occurred_at, e.id")
                .arg(typesSql(QStringLiteral("q")), where);
        report.stream([self = std::static_pointer_cast<RequestsReport>(shared_from_this()), detailSql,
                       bindings]() -> std::unique_ptr<BlockCursor> {
            return std::make_unique<RequestDetails>(*self, detailSql, bindings);
        });
        return success();
    }

    // The blocks of each request in turn, from one query of the requests
    // and their history (a server streams one result at a time: no second
    // query can run while it is read).
    class RequestDetails final : public BlockCursor
    {
    public:
        RequestDetails(const RequestsReport &builder, const QString &sql, const QVariantList &bindings)
            : m_builder(builder), m_query(builder.m_db.prepare(sql))
        {
            m_query.setForwardOnly(true);
            for (const QVariant &b : bindings)
                m_query.addBindValue(b);
            if (!m_query.exec())
                m_problem = Database::sqlError(m_query).message;
            else
                m_more = m_query.next();
        }

        bool next(Block &block) override
        {
            if (m_pending.empty() && m_more && m_problem.isEmpty())
                readRequest();
            if (m_pending.empty())
                return false;
            block = std::move(m_pending.front());
            m_pending.pop_front();
            return true;
        }
        QString problem() const override { return m_problem; }

    private:
        void readRequest()
        {
            const RequestsReport &b = m_builder;
            const SqlRow &row = m_row;
            const RowId id = row.id("id");
            const QString reference = row.text("reference");
            const QString requester = row.text("requester_name");
            const QString types = b.typeLabels(row.text("types"));
            const QDate dueOn = row.date("due_on"), extended = row.date("extended_due_on");
            QString handler = row.text("display_name");
            if (handler.isEmpty())
                handler = row.text("username");
            // What the list above does not say already (its dates and status
            // are there), on one line: a hundred thousand requests stay readable.
            QStringList facts{b.tr("requested by %1")
                                  .arg(requester.isEmpty() ? b.tr("(erased)") : requester),
                              b.label(CodeList::RequestChannel, row.text("channel"))};
            auto fact = [&](const char *name, const QString &value) {
                if (!value.isEmpty())
                    facts << b.tr(name).arg(value);
            };
            fact(QT_TRANSLATE_NOOP("pc::reports::Registers", "letter dated %1"), b.day(row.date("letter_date")));
            if (extended.isValid())
                facts << b.tr("deadline %1 extended to %2").arg(b.day(dueOn), b.day(extended));
            fact(QT_TRANSLATE_NOOP("pc::reports::Registers", "extended because: %1"), row.text("extension_reason"));
            fact(QT_TRANSLATE_NOOP("pc::reports::Registers", "identity document asked on %1"),
                 b.day(row.date("identity_requested_on")));
            fact(QT_TRANSLATE_NOOP("pc::reports::Registers", "received on %1"),
                 b.day(row.date("identity_received_on")));
            fact(QT_TRANSLATE_NOOP("pc::reports::Registers", "outcome: %1"), row.text("outcome"));
            fact(QT_TRANSLATE_NOOP("pc::reports::Registers", "refused because: %1"), row.text("refusal_reason"));
            fact(QT_TRANSLATE_NOOP("pc::reports::Registers", "handled by %1"), handler);

            // Its history, a line per step: when (UTC), the step, its note, by whom.
            Table history;
            history.zebra = false;
            history.header = false;
            history.columns = {{b.tr("History"), 1}};
            while (m_more && row.id("id") == id) {
                if (!row.isNull("step")) {
                    QStringList parts{b.minute(row.dateTime("occurred_at")),
                                      RequestWorkflow::eventLabelIn(row.text("step"), b.m_lang)};
                    for (const char *column : {"note", "actor"}) {
                        if (const QString part = row.text(column); !part.isEmpty())
                            parts << part;
                    }
                    history.rows << QStringList{parts.join(QStringLiteral(" — "))};
                }
                m_more = m_query.next();
            }
            m_pending.push_back(Block{Heading{3, QStringLiteral("%1 — %2").arg(reference, types), false}});
            QString line = facts.join(QStringLiteral(" · "));
            line[0] = line.at(0).toUpper();
            m_pending.push_back(Block{Paragraph{line, Paragraph::Style::Compact}});
            if (!history.rows.isEmpty())
                m_pending.push_back(Block{std::move(history)});
        }

        const RequestsReport &m_builder;
        QSqlQuery m_query;
        const SqlRow m_row{m_query};
        bool m_more = false;
        QString m_problem;
        std::deque<Block> m_pending;
    };
};

} // namespace

std::shared_ptr<RegisterBuilder> requestsReport(Database &db, const ReportRequest &request)
{
    return std::make_shared<RequestsReport>(db, request);
}

} // namespace pc::reports
