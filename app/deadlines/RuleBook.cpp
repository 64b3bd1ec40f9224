#include "RuleBook.h"

#include "RequestDeadlines.h"

#include "core/Dates.h"
#include "domain/Codes.h"
#include "storage/Database.h"
#include "storage/RowWriter.h"
#include "storage/SqlRow.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace pc::deadlines {
namespace {

struct RuleBookText
{
    Q_DECLARE_TR_FUNCTIONS(pc::deadlines::RuleBook)
};

QString unitCode(Unit unit)
{
    return unit == Unit::Day ? QStringLiteral("day") : QStringLiteral("month");
}

Result<RowId> keptRuleId(Database &db, const QString &jurisdiction)
{
    const auto ids = rows::ids(db, QStringLiteral("SELECT id FROM jurisdiction_rules WHERE jurisdiction = ?"),
                               {jurisdiction});
    if (!ids)
        return ids.error();
    return ids->isEmpty() ? RowId(0) : ids->first();
}

Status knownJurisdiction(const QString &jurisdiction)
{
    if (!codes::isValid(CodeList::Jurisdiction, jurisdiction))
        return Error{RuleBookText::tr("“%1” is not a jurisdiction the application knows.").arg(jurisdiction)};
    return success();
}

} // namespace

QStringList RuleBook::problems(const JurisdictionRule &rule)
{
    QStringList found;
    if (rule.law.trimmed().isEmpty())
        found << RuleBookText::tr("Name the law the rule comes from.");
    if (rule.authority.trimmed().isEmpty())
        found << RuleBookText::tr("Name the authority people can complain to.");
    if (rule.responsePeriod <= 0)
        found << RuleBookText::tr("The period to answer must be at least one day or one month.");
    if (rule.responseCitation.trimmed().isEmpty())
        found << RuleBookText::tr("Cite the article that sets the period to answer.");
    if (rule.extensionPeriod < 0)
        found << RuleBookText::tr("An extension cannot be negative.");
    if (rule.extensionPeriod > 0 && rule.extensionCitation.trimmed().isEmpty())
        found << RuleBookText::tr("Cite the article that allows the extension.");
    if (rule.breachNotificationHours < 0)
        found << RuleBookText::tr("The hours to notify a breach cannot be negative.");
    if (rule.breachNotificationHours > 0 && rule.breachCitation.trimmed().isEmpty())
        found << RuleBookText::tr("Cite the article that sets the hours to notify a breach.");
    return found;
}

QStringList RuleBook::problems(int year, const QList<Holiday> &listed)
{
    QStringList found;
    QSet<QDate> seen;
    for (const Holiday &day : listed) {
        if (!day.date.isValid() || day.date.year() != year) {
            found << RuleBookText::tr("%1 is not a day of %2.").arg(dates::toText(day.date)).arg(year);
            continue;
        }
        if (day.name.trimmed().isEmpty())
            found << RuleBookText::tr("Name the holiday of %1.").arg(dates::toText(day.date));
        if (seen.contains(day.date))
            found << RuleBookText::tr("%1 is listed twice.").arg(dates::toText(day.date));
        seen.insert(day.date);
    }
    return found;
}

Result<int> RuleBook::changeAndRecompute(const QDate &today, const std::function<Status()> &change)
{
    int moved = 0;
    const Status done = m_db.transaction([&]() -> Status {
        if (Status s = change(); !s)
            return s;
        const Result<int> changed = recomputeOpenRequests(m_db, today);
        if (!changed)
            return changed.error();
        moved = changed.value();
        return success();
    });
    if (!done)
        return done.error();
    return moved;
}

Result<KeptRule> RuleBook::rule(const QString &jurisdiction)
{
    if (Status known = knownJurisdiction(jurisdiction); !known)
        return known.error();
    const Result<RowId> kept = keptRuleId(m_db, jurisdiction);
    if (!kept)
        return kept.error();
    const Result<DeadlineEngine> engine = engineFor(m_db, jurisdiction);
    if (!engine)
        return engine.error();
    return KeptRule{engine->rule(), kept.value() > 0 ? Source::Kept : Source::Shipped};
}

Result<int> RuleBook::saveRule(const JurisdictionRule &rule, const QDate &today)
{
    if (Status known = knownJurisdiction(rule.jurisdiction); !known)
        return known.error();
    const std::optional<JurisdictionRule> shipped = shippedRule(rule.jurisdiction);
    if (shipped && !shipped->editable)
        return Error{RuleBookText::tr("The law settles the deadlines of %1: its rule cannot be changed.")
                         .arg(codes::label(CodeList::Jurisdiction, rule.jurisdiction))};
    if (const QStringList found = problems(rule); !found.isEmpty())
        return Error{found.join(QLatin1Char('\n'))};
    return changeAndRecompute(today, [&]() -> Status {
        const Result<RowId> kept = keptRuleId(m_db, rule.jurisdiction);
        if (!kept)
            return kept.error();
        const Fields fields = {
            {QStringLiteral("law"), rule.law.trimmed()},
            {QStringLiteral("authority"), rule.authority.trimmed()},
            {QStringLiteral("authority_url"), textOrNull(rule.authorityUrl.trimmed())},
            {QStringLiteral("response_period"), rule.responsePeriod},
            {QStringLiteral("response_unit"), unitCode(rule.responseUnit)},
            {QStringLiteral("response_citation"), rule.responseCitation.trimmed()},
            {QStringLiteral("extension_period"), rule.extensionPeriod},
            {QStringLiteral("extension_unit"), unitCode(rule.extensionUnit)},
            {QStringLiteral("extension_citation"), textOrNull(rule.extensionCitation.trimmed())},
            {QStringLiteral("shift_to_working_day"), rule.shift != Shift::None},
            {QStringLiteral("breach_notification_hours"),
             rule.breachNotificationHours > 0 ? QVariant(rule.breachNotificationHours) : QVariant(QMetaType::fromType<int>())},
            {QStringLiteral("breach_citation"), textOrNull(rule.breachCitation.trimmed())},
            {QStringLiteral("editable"), true},
            {QStringLiteral("notes"), textOrNull(rule.notes.trimmed())},
        };
        if (kept.value() > 0) {
            const Result<int> version = rows::version(m_db, QStringLiteral("jurisdiction_rules"), kept.value());
            if (!version)
                return version.error();
            if (Status s = rows::update(m_db, QStringLiteral("jurisdiction_rules"), kept.value(), version.value(), fields);
                !s)
                return s;
        } else {
            Fields withKey = fields;
            withKey.prepend({QStringLiteral("jurisdiction"), rule.jurisdiction});
            if (const Result<RowId> id = rows::insert(m_db, QStringLiteral("jurisdiction_rules"), withKey); !id)
                return id.error();
        }
        return success();
    });
}

Result<int> RuleBook::restoreShippedRule(const QString &jurisdiction, const QDate &today)
{
    if (Status known = knownJurisdiction(jurisdiction); !known)
        return known.error();
    return changeAndRecompute(today, [&]() -> Status {
        const Result<RowId> kept = keptRuleId(m_db, jurisdiction);
        if (!kept)
            return kept.error();
        if (kept.value() > 0) {
            if (Status s = rows::remove(m_db, QStringLiteral("jurisdiction_rules"), kept.value()); !s)
                return s;
        }
        return success();
    });
}

Result<QList<ListedHoliday>> RuleBook::holidays(const QString &jurisdiction, int year)
{
    if (Status known = knownJurisdiction(jurisdiction); !known)
        return known.error();
    QList<ListedHoliday> days;
    for (const Holiday &day : computedHolidays(jurisdiction, year))
        days << ListedHoliday{day, Source::Computed};
    QSqlQuery listed = m_db.prepare(QStringLiteral(
        "SELECT holiday_date, name FROM public_holidays WHERE jurisdiction = ? AND holiday_date BETWEEN ? AND ?"));
    listed.addBindValue(jurisdiction);
    listed.addBindValue(dateOrNull(QDate(year, 1, 1)));
    listed.addBindValue(dateOrNull(QDate(year, 12, 31)));
    if (!listed.exec())
        return Database::sqlError(listed);
    const SqlRow row(listed);
    while (listed.next())
        days << ListedHoliday{Holiday{row.date("holiday_date"), row.text("name")}, Source::Kept};
    std::stable_sort(days.begin(), days.end(), [](const ListedHoliday &a, const ListedHoliday &b) {
        return a.holiday.date < b.holiday.date;
    });
    return days;
}

Result<int> RuleBook::saveHolidays(const QString &jurisdiction, int year, const QList<Holiday> &listed,
                                   const QDate &today)
{
    if (Status known = knownJurisdiction(jurisdiction); !known)
        return known.error();
    if (const QStringList found = problems(year, listed); !found.isEmpty())
        return Error{found.join(QLatin1Char('\n'))};
    return changeAndRecompute(today, [&]() -> Status {
        const auto before = rows::ids(m_db,
                                      QStringLiteral("SELECT id FROM public_holidays WHERE jurisdiction = ? "
                                                     "AND holiday_date BETWEEN ? AND ?"),
                                      {jurisdiction, dateOrNull(QDate(year, 1, 1)), dateOrNull(QDate(year, 12, 31))});
        if (!before)
            return before.error();
        // One row per day: the audit trail shows each day added or taken off.
        for (RowId id : before.value()) {
            if (Status s = rows::remove(m_db, QStringLiteral("public_holidays"), id); !s)
                return s;
        }
        for (const Holiday &day : listed) {
            const Result<RowId> id = rows::insert(m_db, QStringLiteral("public_holidays"),
                                                  {{QStringLiteral("jurisdiction"), jurisdiction},
                                                   {QStringLiteral("holiday_date"), dateOrNull(day.date)},
                                                   {QStringLiteral("name"), day.name.trimmed()}});
            if (!id)
                return id.error();
        }
        return success();
    });
}

} // namespace pc::deadlines
