#include "WaitingWork.h"

#include "dpia/DpiaFollowUp.h"

#include "requests/Worklist.h"
#include "retention/RetentionDue.h"
#include "storage/Database.h"
#include "storage/CaseRepository.h"
#include "storage/SqlRow.h"

#include <QSqlQuery>

namespace pc {

Result<WaitingWork> WaitingWork::load(Database &db, RowId organizationId, const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    WaitingWork work;
    WorklistFilter filter;
    filter.organizationId = organizationId;
    const auto requests = openRequests(db, filter, today);
    if (!requests)
        return requests.error();
    for (const WorkItem &item : requests.value()) {
        if (item.overdue)
            ++work.overdueRequests;
        else if (item.due.isValid() && item.workingDaysLeft <= kSoonWorkingDays)
            ++work.dueSoonRequests;
    }

    QSqlQuery breaches = db.prepare(
        QStringLiteral("SELECT count(*) AS to_notify, "
                       "coalesce(sum(CASE WHEN notification_due_at < ? THEN 1 ELSE 0 END), 0) AS overdue "
                       "FROM breaches WHERE %1%2")
            .arg(CaseRepository::toNotifyCondition(),
                 organizationId > 0 ? QStringLiteral(" AND organization_id = ?") : QString()));
    breaches.addBindValue(dateTimeOrNull(now.toUTC()));
    if (organizationId > 0)
        breaches.addBindValue(organizationId);
    if (!breaches.exec() || !breaches.next())
        return Database::sqlError(breaches);
    const SqlRow counts(breaches);
    work.breachesToNotify = counts.integer("to_notify");
    work.breachesOverdue = counts.integer("overdue");

    const auto purges = retention::countDue(db, today, today, organizationId);
    if (!purges)
        return purges.error();
    work.purgesDue = purges->ended;

    const auto assessments = dpia::followUp(db, today.addDays(kSoonReviewDays), organizationId);
    if (!assessments)
        return assessments.error();
    for (const dpia::FollowUpItem &item : assessments.value()) {
        if (item.due < today)
            ++work.dpiaLate;
        else if (item.kind == dpia::FollowUpItem::Kind::Review)
            ++work.dpiaReviewsSoon;
    }
    return work;
}

} // namespace pc
