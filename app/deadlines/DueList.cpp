#include "DueList.h"

#include "RequestDeadlines.h"

#include "dpia/DpiaFollowUp.h"
#include "retention/RetentionSchedule.h"
#include "storage/Database.h"
#include "storage/CaseRepository.h"
#include "storage/SqlRow.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>


namespace pc::deadlines {
namespace {

struct DueListText
{
    Q_DECLARE_TR_FUNCTIONS(pc::deadlines::DueList)
};

} // namespace

namespace {

// Open requests due by the horizon, with the days left under their law.
Status dueRequests(Database &db, const QDate &today, const QDate &horizon, QList<DueItem> &items)
{
    EngineCache engines(db);
    QList<DueItem> found;
    QSqlQuery requests = db.prepare(QStringLiteral(
        "SELECT o.name AS organization, r.reference, r.requester_name, coalesce(r.extended_due_on, r.due_on) AS due, "
        "r.jurisdiction "
        "FROM rights_requests r JOIN organizations o ON o.id = r.organization_id "
        "WHERE r.status NOT IN ('answered', 'refused', 'withdrawn') AND coalesce(r.extended_due_on, r.due_on) <= ?"));
    requests.addBindValue(dateOrNull(horizon));
    if (!requests.exec())
        return Database::sqlError(requests);
    QStringList jurisdictions;
    const SqlRow request(requests);
    while (requests.next()) {
        DueItem item;
        item.kind = DueItem::Kind::Request;
        item.organization = request.text("organization");
        item.reference = request.text("reference");
        item.what = request.text("requester_name");
        item.due = request.date("due");
        found << item;
        jurisdictions << request.text("jurisdiction");
    }
    requests.finish();
    // Once the rows are read: a server connection streams one result at a time.
    for (qsizetype i = 0; i < found.size(); ++i) {
        const Result<const DeadlineEngine *> rules = engines.get(jurisdictions.at(i));
        if (!rules)
            return rules.error();
        DueItem &item = found[i];
        item.calendarDaysLeft = DeadlineEngine::calendarDaysLeft(today, item.due);
        item.workingDaysLeft = rules.value()->workingDaysLeft(today, item.due);
        item.overdue = rules.value()->isOverdue(today, item.due);
    }
    items << found;
    return success();
}

// Breaches still to notify to the authority by the horizon.
Status dueBreaches(Database &db, const QDate &today, const QDate &horizon, QList<DueItem> &items)
{
    QSqlQuery breaches = db.prepare(QStringLiteral(
        "SELECT o.name AS organization, b.reference, b.title, b.notification_due_at FROM breaches b "
        "JOIN organizations o ON o.id = b.organization_id "
        "WHERE %1").arg(CaseRepository::toNotifyCondition(QStringLiteral("b."))));
    if (!breaches.exec())
        return Database::sqlError(breaches);
    const SqlRow breach(breaches);
    while (breaches.next()) {
        const QDateTime at = breach.dateTime("notification_due_at").toLocalTime();
        if (!at.isValid() || at.date() > horizon)
            continue;
        DueItem item;
        item.kind = DueItem::Kind::Breach;
        item.organization = breach.text("organization");
        item.reference = breach.text("reference");
        item.what = breach.text("title");
        item.due = at.date();
        item.time = at.toString(QStringLiteral("HH:mm"));
        item.moment = at.toUTC();
        item.calendarDaysLeft = DeadlineEngine::calendarDaysLeft(today, item.due);
        item.workingDaysLeft = item.calendarDaysLeft;
        item.overdue = at < QDateTime(today, QTime::currentTime());
        items << item;
    }
    return success();
}

// People whose period ends under a rule, per organization and rule, from
// the earliest end; people under a legal hold are not purged.
Status duePurges(Database &db, const QDate &today, const QDate &horizon, QList<DueItem> &items)
{
    QSqlQuery purges = db.prepare(
        QStringLiteral(
            "SELECT t.org_name, t.rule_name, t.duration, t.unit, t.trigger_on, count(*) AS people FROM "
            "(SELECT DISTINCT s.id AS subject_id, o.name AS org_name, r.id AS rule_id, r.name AS rule_name, "
            " r.duration, r.unit, %1 AS trigger_on "
            " FROM data_subjects s JOIN organizations o ON o.id = s.organization_id "
            " JOIN activity_subject_categories c ON c.subject_category_id = s.category_id "
            " JOIN processing_activities a ON a.id = c.activity_id "
            " JOIN retention_rules r ON r.id = a.retention_rule_id "
            " WHERE NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.subject_id = s.id AND h.lifted_on IS NULL)"
            ") t WHERE t.trigger_on IS NOT NULL "
            "GROUP BY t.org_name, t.rule_id, t.rule_name, t.duration, t.unit, t.trigger_on")
            .arg(retention::triggerDateSql()));
    if (!purges.exec())
        return Database::sqlError(purges);
    struct Group
    {
        QString organization;
        QString rule;
        QDate earliest;
        qint64 people = 0;
    };
    QHash<QString, Group> groups;
    const SqlRow purge(purges);
    while (purges.next()) {
        const QDate end =
            retention::retentionEnd(purge.date("trigger_on"), purge.integer("duration"), purge.text("unit"));
        if (!end.isValid() || end > horizon)
            continue;
        const QString key = purge.text("org_name") + QLatin1Char('\n') + purge.text("rule_name");
        Group &group = groups[key];
        group.organization = purge.text("org_name");
        group.rule = purge.text("rule_name");
        group.people += purge.bigInteger("people");
        if (!group.earliest.isValid() || end < group.earliest)
            group.earliest = end;
    }
    for (const Group &group : std::as_const(groups)) {
        DueItem item;
        item.kind = DueItem::Kind::Purge;
        item.organization = group.organization;
        item.reference = group.rule;
        item.what = DueListText::tr("%n person(s) to erase or anonymise", nullptr, int(group.people));
        item.due = group.earliest;
        item.calendarDaysLeft = DeadlineEngine::calendarDaysLeft(today, item.due);
        item.workingDaysLeft = item.calendarDaysLeft;
        item.overdue = item.due < today;
        items << item;
    }
    return success();
}

} // namespace

Result<QList<DueItem>> dueWithin(Database &db, const QDate &today, int within)
{
    const QDate horizon = today.addDays(within);
    QList<DueItem> items;
    if (Status s = dueRequests(db, today, horizon, items); !s)
        return s.error();
    if (Status s = dueBreaches(db, today, horizon, items); !s)
        return s.error();
    if (Status s = duePurges(db, today, horizon, items); !s)
        return s.error();
    const Result<QList<dpia::FollowUpItem>> assessments = dpia::followUp(db, horizon);
    if (!assessments)
        return assessments.error();
    for (const dpia::FollowUpItem &f : assessments.value()) {
        DueItem item;
        item.kind = f.kind == dpia::FollowUpItem::Kind::Review ? DueItem::Kind::DpiaReview : DueItem::Kind::DpiaAction;
        item.organization = f.organization;
        item.reference = f.dpia;
        item.what = f.kind == dpia::FollowUpItem::Kind::Review
                        ? DueListText::tr("review of the impact assessment")
                        : (f.person.isEmpty() ? f.what : DueListText::tr("%1 (%2)").arg(f.what, f.person));
        item.due = f.due;
        item.calendarDaysLeft = DeadlineEngine::calendarDaysLeft(today, item.due);
        item.workingDaysLeft = item.calendarDaysLeft;
        item.overdue = item.due < today;
        items << item;
    }
    std::stable_sort(items.begin(), items.end(), [](const DueItem &a, const DueItem &b) {
        if (a.due != b.due)
            return a.due < b.due;
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return a.reference < b.reference;
    });
    return items;
}

} // namespace pc::deadlines
