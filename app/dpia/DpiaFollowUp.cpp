#include "DpiaFollowUp.h"

#include "Dpia.h"
#include "PiaMethod.h"

#include "storage/Database.h"
#include "storage/SqlRow.h"

#include <QDateTime>
#include <QSqlQuery>

namespace pc::dpia {

Result<QList<FollowUpItem>> followUp(Database &db, const QDate &horizon, RowId organizationId)
{
    QList<FollowUpItem> items;
    const QString organization = organizationId > 0 ? QStringLiteral(" AND d.organization_id = ?") : QString();
    QSqlQuery reviews = db.prepare(QStringLiteral("SELECT d.id, d.name, d.review_on, o.name AS organization FROM dpias d "
                                                  "JOIN organizations o ON o.id = d.organization_id "
                                                  "WHERE d.status IN (2, 3) AND d.review_on IS NOT NULL AND d.review_on <= ?%1")
                                       .arg(organization));
    reviews.addBindValue(horizon);
    if (organizationId > 0)
        reviews.addBindValue(organizationId);
    if (!reviews.exec())
        return Database::sqlError(reviews);
    {
        const SqlRow row(reviews);
        while (reviews.next()) {
            items << FollowUpItem{FollowUpItem::Kind::Review, row.id("id"), row.text("organization"), row.text("name"),
                                  QString(), QString(), row.date("review_on")};
        }
    }
    // The plan's dates are the tool's timestamps (text): read, then compared here.
    QSqlQuery actions = db.prepare(QStringLiteral("SELECT d.id, d.name, o.name AS organization, e.action_plan_comment, "
                                                  "e.person_in_charge, e.estimated_implementation_date FROM dpia_evaluations e "
                                                  "JOIN dpias d ON d.id = e.dpia_id JOIN organizations o ON o.id = d.organization_id "
                                                  "WHERE e.status IN (1, 2) AND e.estimated_implementation_date IS NOT NULL "
                                                  "AND d.status <> 4%1")
                                       .arg(organization));
    if (organizationId > 0)
        actions.addBindValue(organizationId);
    if (!actions.exec())
        return Database::sqlError(actions);
    {
        const SqlRow row(actions);
        while (actions.next()) {
            const QDate due = QDateTime::fromString(row.text("estimated_implementation_date"), Qt::ISODateWithMs).toUTC().date();
            if (!due.isValid() || due > horizon)
                continue;
            QString what = plainText(row.text("action_plan_comment")).simplified();
            if (what.size() > 90)
                what = what.left(89) + QChar(0x2026);
            items << FollowUpItem{FollowUpItem::Kind::Action, row.id("id"), row.text("organization"), row.text("name"),
                                  what, row.text("person_in_charge"), due};
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const FollowUpItem &a, const FollowUpItem &b) {
        return a.due != b.due ? a.due < b.due : a.dpia < b.dpia;
    });
    return items;
}

} // namespace pc::dpia
