#include "Worklist.h"

#include "deadlines/RequestDeadlines.h"
#include "storage/Database.h"
#include "storage/SqlRow.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace pc {
namespace {

const char kOpen[] = "r.status NOT IN ('answered', 'refused', 'withdrawn')";

QString scope(const WorklistFilter &filter)
{
    QString where = QString::fromLatin1(kOpen);
    if (filter.organizationId > 0)
        where += QStringLiteral(" AND r.organization_id = ?");
    if (filter.assigneeId == WorklistFilter::kNobody)
        where += QStringLiteral(" AND r.assignee_id IS NULL");
    else if (filter.assigneeId > 0)
        where += QStringLiteral(" AND r.assignee_id = ?");
    return where;
}

void bindScope(QSqlQuery &query, const WorklistFilter &filter)
{
    if (filter.organizationId > 0)
        query.addBindValue(filter.organizationId);
    if (filter.assigneeId > 0)
        query.addBindValue(filter.assigneeId);
}

// An open request as the worklist shows it, its due date the extended one
// once the extension is told.
WorkItem readWorkItem(const SqlRow &row)
{
    WorkItem item;
    item.requestId = row.id("id");
    item.organizationId = row.id("organization_id");
    item.organization = row.text("organization");
    item.reference = row.text("reference");
    item.requester = row.text("requester_name");
    item.status = row.text("status");
    item.assigneeId = row.id("assignee_id");
    item.assignee = row.text("assignee");
    item.jurisdiction = row.text("jurisdiction");
    item.receivedOn = row.date("received_on");
    RightsRequest request;
    request.status = item.status;
    request.extensionNotifiedOn = row.date("extension_notified_on");
    request.identityRequestedOn = row.date("identity_requested_on");
    request.identityReceivedOn = row.date("identity_received_on");
    request.clarificationRequestedOn = row.date("clarification_requested_on");
    request.clarificationReceivedOn = row.date("clarification_received_on");
    const QDate extendedDue = row.date("extended_due_on");
    item.extended = deadlines::isExtended(request) && extendedDue.isValid();
    item.due = item.extended ? extendedDue : row.date("due_on");
    item.waitingSince = deadlines::waitingSince(request);
    return item;
}

} // namespace

Result<QList<WorkItem>> openRequests(Database &db, const WorklistFilter &filter, const QDate &today)
{
    QSqlQuery query = db.prepare(
        QStringLiteral(
            "SELECT r.id, r.organization_id, o.name AS organization, r.reference, r.requester_name, r.status, "
            "r.assignee_id, "
            "coalesce(u.display_name, u.username) AS assignee, r.jurisdiction, r.received_on, r.due_on, "
            "r.extended_due_on, r.extension_notified_on, r.identity_requested_on, r.identity_received_on, "
            "r.clarification_requested_on, r.clarification_received_on "
            "FROM rights_requests r JOIN organizations o ON o.id = r.organization_id "
            "LEFT JOIN users u ON u.id = r.assignee_id WHERE %1")
            .arg(scope(filter)));
    bindScope(query, filter);
    if (!query.exec())
        return Database::sqlError(query);
    QList<WorkItem> items;
    QHash<RowId, qsizetype> byId;
    const SqlRow row(query);
    while (query.next()) {
        const WorkItem item = readWorkItem(row);
        byId.insert(item.requestId, items.size());
        items << item;
    }
    query.finish();
    deadlines::EngineCache engines(db);
    // Once the rows are read: a server connection streams one result at a time.
    for (WorkItem &item : items) {
        const Result<const deadlines::DeadlineEngine *> engine = engines.get(item.jurisdiction);
        if (!engine)
            return engine.error();
        item.calendarDaysLeft = deadlines::DeadlineEngine::calendarDaysLeft(today, item.due);
        item.workingDaysLeft = engine.value()->workingDaysLeft(today, item.due);
        item.overdue = deadlines::DeadlineEngine::isOverdue(today, item.due);
    }

    QSqlQuery types = db.prepare(QStringLiteral("SELECT t.request_id, t.type FROM request_types t "
                                                "JOIN rights_requests r ON r.id = t.request_id WHERE %1 ORDER BY t.id")
                                     .arg(scope(filter)));
    bindScope(types, filter);
    if (!types.exec())
        return Database::sqlError(types);
    const SqlRow type(types);
    while (types.next()) {
        const auto at = byId.constFind(type.id("request_id"));
        if (at != byId.cend())
            items[at.value()].types << type.text("type");
    }

    std::stable_sort(items.begin(), items.end(), [](const WorkItem &a, const WorkItem &b) {
        // A request without a date yet comes first: it needs looking at.
        if (a.due != b.due)
            return !a.due.isValid() || (b.due.isValid() && a.due < b.due);
        return a.reference < b.reference;
    });
    return items;
}

} // namespace pc
