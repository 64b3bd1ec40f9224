#include "DashboardData.h"

#include "dpia/DpiaFollowUp.h"

#include "retention/RetentionDue.h"
#include "retention/RetentionSchedule.h"
#include "storage/Database.h"
#include "storage/CaseRepository.h"
#include "storage/SqlRow.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pc {
namespace {

// Statuses of a request still waiting for an answer.
const QStringList &openStatuses()
{
    static const QStringList statuses = {QStringLiteral("received"), QStringLiteral("identity_check"),
                                         QStringLiteral("in_progress"), QStringLiteral("extended")};
    return statuses;
}

QString organizationFilter(const char *column, RowId organizationId)
{
    return organizationId > 0 ? QStringLiteral(" AND %1 = ?").arg(QLatin1String(column)) : QString();
}

void bindOrganization(QSqlQuery &query, RowId organizationId)
{
    if (organizationId > 0)
        query.addBindValue(organizationId);
}

// Requests by status; the overdue ones are open past their (extended) due date.
Status readStatuses(Database &db, DashboardData &data, RowId organizationId, const QDate &today, const QString &open)
{
    QSqlQuery statuses = db.prepare(
        QStringLiteral(
            "SELECT status, count(*) AS total, "
            "sum(CASE WHEN status IN %1 AND coalesce(extended_due_on, due_on) < ? THEN 1 ELSE 0 END) AS overdue "
            "FROM rights_requests WHERE 1 = 1%2 GROUP BY status")
            .arg(open, organizationFilter("organization_id", organizationId)));
    statuses.addBindValue(today);
    bindOrganization(statuses, organizationId);
    if (!statuses.exec())
        return Database::sqlError(statuses);
    const SqlRow row(statuses);
    while (statuses.next())
        data.requestsByStatus << StatusCount{row.text("status"), row.integer("total"), row.integer("overdue")};
    return success();
}

// The next deadlines: open requests and breaches not yet notified.
Status readDeadlines(Database &db, DashboardData &data, RowId organizationId, const QDate &today, const QString &open,
                     int deadlineLimit)
{
    QSqlQuery requests =
        db.prepare(QStringLiteral("SELECT q.id, q.reference, q.requester_name, o.name AS organization, "
                                  "coalesce(q.extended_due_on, q.due_on) AS due "
                                  "FROM rights_requests q JOIN organizations o ON o.id = q.organization_id "
                                  "WHERE q.status IN %1 AND coalesce(q.extended_due_on, q.due_on) IS NOT NULL%2 "
                                  "ORDER BY due, q.id LIMIT ?")
                       .arg(open, organizationFilter("q.organization_id", organizationId)));
    bindOrganization(requests, organizationId);
    requests.addBindValue(deadlineLimit);
    if (!requests.exec())
        return Database::sqlError(requests);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SqlRow request(requests);
    while (requests.next()) {
        DueItem item;
        item.kind = DueItem::Kind::Request;
        item.id = request.id("id");
        item.reference = request.text("reference");
        item.title = request.text("requester_name");
        item.organization = request.text("organization");
        const QDate due = request.date("due");
        // A deadline day is a whole day: the answer may leave until its end.
        item.due = due.addDays(1).startOfDay(Qt::UTC).addMSecs(-1);
        item.daysLeft = today.daysTo(due);
        item.hoursLeft = now.secsTo(item.due) / 3600;
        data.nextDeadlines << item;
    }
    QSqlQuery breaches = db.prepare(
        QStringLiteral("SELECT b.id, b.reference, b.title, o.name AS organization, b.notification_due_at "
                       "FROM breaches b JOIN organizations o ON o.id = b.organization_id "
                       "WHERE %1%2 ORDER BY b.notification_due_at, b.id LIMIT ?")
            .arg(CaseRepository::toNotifyCondition(QStringLiteral("b.")),
                 organizationFilter("b.organization_id", organizationId)));
    bindOrganization(breaches, organizationId);
    breaches.addBindValue(deadlineLimit);
    if (!breaches.exec())
        return Database::sqlError(breaches);
    const SqlRow breach(breaches);
    while (breaches.next()) {
        DueItem item;
        item.kind = DueItem::Kind::Breach;
        item.id = breach.id("id");
        item.reference = breach.text("reference");
        item.title = breach.text("title");
        item.organization = breach.text("organization");
        item.due = breach.dateTime("notification_due_at");
        item.daysLeft = today.daysTo(item.due.date());
        item.hoursLeft = now.secsTo(item.due) / 3600;
        data.nextDeadlines << item;
    }
    // The impact assessments' reviews and actions of the next three months.
    const auto assessments = dpia::followUp(db, today.addDays(90), organizationId);
    if (!assessments)
        return assessments.error();
    for (const dpia::FollowUpItem &f : assessments.value()) {
        DueItem item;
        item.kind = f.kind == dpia::FollowUpItem::Kind::Review ? DueItem::Kind::DpiaReview : DueItem::Kind::DpiaAction;
        item.id = f.dpiaId;
        item.reference = f.dpia;
        item.title = f.kind == dpia::FollowUpItem::Kind::Review ? QString() : f.what;
        item.organization = f.organization;
        item.due = f.due.addDays(1).startOfDay(Qt::UTC).addMSecs(-1);
        item.daysLeft = today.daysTo(f.due);
        item.hoursLeft = now.secsTo(item.due) / 3600;
        data.nextDeadlines << item;
    }
    std::stable_sort(data.nextDeadlines.begin(), data.nextDeadlines.end(),
                     [](const DueItem &a, const DueItem &b) { return a.due < b.due; });
    if (data.nextDeadlines.size() > deadlineLimit)
        data.nextDeadlines.resize(deadlineLimit);
    return success();
}

Status readConsentRates(Database &db, DashboardData &data, RowId organizationId)
{
    // Consent rate per purpose: each person's state is their latest event,
    // which the database keeps as events are added (consent_states).
    const QString latestEvents = QStringLiteral("SELECT purpose_id, event FROM consent_states");
    QSqlQuery consents = db.prepare(
        QStringLiteral("SELECT p.id, p.name, o.name AS organization, coalesce(rates.given, 0) AS given, "
                       "coalesce(rates.decided, 0) AS decided "
                       "FROM consent_purposes p JOIN organizations o ON o.id = p.organization_id "
                       "LEFT JOIN (SELECT purpose_id, sum(CASE WHEN event = 'given' THEN 1 ELSE 0 END) AS given, "
                       "           count(*) AS decided FROM (%1) latest GROUP BY purpose_id) rates "
                       "  ON rates.purpose_id = p.id "
                       "WHERE 1 = 1%2 ORDER BY o.name, p.name")
            .arg(latestEvents, organizationFilter("p.organization_id", organizationId)));
    bindOrganization(consents, organizationId);
    if (!consents.exec())
        return Database::sqlError(consents);
    const SqlRow row(consents);
    while (consents.next())
        data.consentRates << ConsentRate{row.id("id"), row.text("name"), row.text("organization"), row.integer("given"),
                                         row.integer("decided")};
    return success();
}

Status readCountries(Database &db, DashboardData &data, RowId organizationId)
{
    // Processors by country: where the organizations' data goes.
    QSqlQuery countries = db.prepare(
        QStringLiteral(
            "SELECT coalesce(country, '?') AS country_label, count(*) AS processors FROM processors WHERE active = ?%1 "
            "GROUP BY coalesce(country, '?') ORDER BY count(*) DESC, 1")
            .arg(organizationFilter("organization_id", organizationId)));
    countries.addBindValue(true);
    bindOrganization(countries, organizationId);
    if (!countries.exec())
        return Database::sqlError(countries);
    const SqlRow row(countries);
    while (countries.next())
        data.processorsByCountry << CountryCount{row.text("country_label"), row.integer("processors")};
    return success();
}

Status readPurges(Database &db, DashboardData &data, RowId organizationId, const QDate &today)
{
    // Purges due per month: one per person and rule, those ended already in
    // the first bar. Each rule reads the people of each category it reaches
    // grouped by the date it counts from, off the (category, date) index;
    // the period is added to each distinct date here (a month's end is a
    // calendar question, not an SQL dialect's). People under a legal hold
    // are not purged.
    const QDate thisMonth(today.year(), today.month(), 1);
    data.purgesByMonth << MonthCount{QDate(), 0};
    for (int i = 0; i < 12; ++i)
        data.purgesByMonth << MonthCount{thisMonth.addMonths(i), 0};
    const QDate lastDay = thisMonth.addMonths(12).addDays(-1);
    const Result<QList<retention::RuleReach>> reach = retention::ruleReach(db, organizationId);
    if (!reach)
        return reach.error();
    auto add = [&](const QDate &end, int people) {
        if (!end.isValid())
            return;
        if (end < today) {
            data.purgesByMonth[0].count += people;
            return;
        }
        const int month = int((end.year() - thisMonth.year()) * 12 + end.month() - thisMonth.month());
        if (month < 12)
            data.purgesByMonth[month + 1].count += people;
    };
    for (const retention::RuleReach &r : reach.value()) {
        if (r.column.isEmpty())
            continue;
        const QDate lastTrigger = retention::lastTriggerEndingBy(lastDay, r.rule.duration, r.rule.unit);
        for (RowId category : r.categories) {
            for (const bool held : {false, true}) {
                QSqlQuery purges = db.prepare(
                    held
                        ? QStringLiteral("SELECT s.%1 AS trigger_on, count(DISTINCT s.id) AS people FROM legal_holds h "
                                         "JOIN data_subjects s ON s.id = h.subject_id WHERE h.lifted_on IS NULL "
                                         "AND s.category_id = ? AND s.%1 <= ? GROUP BY s.%1")
                              .arg(r.column)
                        : QStringLiteral("SELECT s.%1 AS trigger_on, count(*) AS people FROM data_subjects s WHERE "
                                         "s.category_id = ? "
                                         "AND s.%1 <= ? GROUP BY s.%1")
                              .arg(r.column));
                purges.addBindValue(category);
                purges.addBindValue(dateOrNull(lastTrigger));
                purges.setForwardOnly(true);
                if (!purges.exec())
                    return Database::sqlError(purges);
                const SqlRow row(purges);
                while (purges.next()) {
                    add(retention::retentionEnd(row.date("trigger_on"), r.rule.duration, r.rule.unit),
                        held ? -row.integer("people") : row.integer("people"));
                }
            }
        }
    }
    return success();
}

} // namespace

int DashboardData::openRequests() const
{
    int total = 0;
    for (const StatusCount &s : requestsByStatus) {
        if (openStatuses().contains(s.status))
            total += s.count;
    }
    return total;
}

int DashboardData::overdueRequests() const
{
    int total = 0;
    for (const StatusCount &s : requestsByStatus)
        total += s.overdue;
    return total;
}

Result<DashboardData> DashboardData::load(Database &db, RowId organizationId, const QDate &today, int deadlineLimit)
{
    DashboardData data;
    data.today = today;
    // Codes from the table above, never from input.
    const QString open = QStringLiteral("('%1')").arg(openStatuses().join(QLatin1String("', '")));
    if (Status s = readStatuses(db, data, organizationId, today, open); !s)
        return s.error();
    if (Status s = readDeadlines(db, data, organizationId, today, open, deadlineLimit); !s)
        return s.error();
    if (Status s = readConsentRates(db, data, organizationId); !s)
        return s.error();
    if (Status s = readCountries(db, data, organizationId); !s)
        return s.error();
    if (Status s = readPurges(db, data, organizationId, today); !s)
        return s.error();
    return data;
}

} // namespace pc
