#include "Worklist.h"

#include "deadlines/RequestDeadlines.h"
#include "storage/Database.h"

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

} // namespace

Result<QList<WorkItem>> openRequests(Database &db, const WorklistFilter &filter, const QDate &today)
{
    QSqlQuery query = db.prepare(
        QStringLiteral("SELECT r.id, r.organization_id, o.name, r.reference, r.requester_name, r.status, r.assignee_id, "
                       "coalesce(u.display_name, u.username), r.jurisdiction, r.received_on, r.due_on, "
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
    while (query.next()) {
        WorkItem item;
        item.requestId = query.value(0).toLongLong();
        item.organizationId = query.value(1).toLongLong();
        item.organization = query.value(2).toString();
        item.reference = query.value(3).toString();
        item.requester = query.value(4).toString();
        item.status = query.value(5).toString();
        item.assigneeId = query.value(6).toLongLong();
        item.assignee = query.value(7).toString();
        item.jurisdiction = query.value(8).toString();
        item.receivedOn = toDate(query.value(9));
        RightsRequest request;
        request.status = item.status;
        request.extensionNotifiedOn = toDate(query.value(12));
        request.identityRequestedOn = toDate(query.value(13));
        request.identityReceivedOn = toDate(query.value(14));
        request.clarificationRequestedOn = toDate(query.value(15));
        request.clarificationReceivedOn = toDate(query.value(16));
        const QDate extendedDue = toDate(query.value(11));
        item.extended = deadlines::isExtended(request) && extendedDue.isValid();
        item.due = item.extended ? extendedDue : toDate(query.value(10));
        item.waitingSince = deadlines::waitingSince(request);
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
    while (types.next()) {
        const auto at = byId.constFind(types.value(0).toLongLong());
        if (at != byId.cend())
            items[at.value()].types << types.value(1).toString();
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
