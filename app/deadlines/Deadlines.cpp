#include "Deadlines.h"

#include <QCoreApplication>

#include <algorithm>
#include <utility>

namespace pc::deadlines {
namespace {

struct DeadlinesText
{
    Q_DECLARE_TR_FUNCTIONS(pc::deadlines::Deadlines)
};

JurisdictionRule gdprRule(const QString &jurisdiction)
{
    JurisdictionRule rule;
    rule.jurisdiction = jurisdiction;
    rule.responsePeriod = 1;
    rule.responseUnit = Unit::Month;
    rule.responseCitation = DeadlinesText::tr(
        "GDPR Art. 12(3): without undue delay and in any event within one month of receipt, counted as "
        "Regulation (EEC, Euratom) No 1182/71, Art. 3 says (the day of receipt is not counted; the month ends "
        "on the same date, or on the last day of a month that has no such date).");
    rule.extensionPeriod = 2;
    rule.extensionUnit = Unit::Month;
    rule.extensionCitation = DeadlinesText::tr(
        "GDPR Art. 12(3): extendable by two further months where necessary, the person being told of the "
        "extension and its reasons within the first month.");
    rule.shift = Shift::WeekendAndHolidays;
    rule.shiftCitation = DeadlinesText::tr(
        "Regulation (EEC, Euratom) No 1182/71, Art. 3(4): a period whose last day is a Saturday, a Sunday or a "
        "public holiday ends on the next working day.");
    rule.breachNotificationHours = 72;
    rule.breachCitation = DeadlinesText::tr(
        "GDPR Art. 33(1): notify the supervisory authority without undue delay and, where feasible, within "
        "72 hours of becoming aware of the breach.");
    return rule;
}

} // namespace

QList<JurisdictionRule> shippedRules()
{
    QList<JurisdictionRule> rules;

    JurisdictionRule france = gdprRule(QStringLiteral("FR"));
    france.law = DeadlinesText::tr("GDPR (Regulation (EU) 2016/679) and the French Data Protection Act (law 78-17)");
    france.authority = DeadlinesText::tr("CNIL (Commission nationale de l'informatique et des libertés)");
    france.authorityUrl = QStringLiteral("https://www.cnil.fr");
    rules << france;

    JurisdictionRule belgium = gdprRule(QStringLiteral("BE"));
    belgium.law = DeadlinesText::tr("GDPR (Regulation (EU) 2016/679) and the Belgian law of 30 July 2018");
    belgium.authority = DeadlinesText::tr("Data Protection Authority (Autorité de protection des données)");
    belgium.authorityUrl = QStringLiteral("https://www.dataprotectionauthority.be");
    rules << belgium;

    JurisdictionRule member = gdprRule(QStringLiteral("EU"));
    member.law = DeadlinesText::tr("GDPR (Regulation (EU) 2016/679)");
    member.authority = DeadlinesText::tr("The supervisory authority of the member state");
    member.authorityUrl = QStringLiteral("https://www.edpb.europa.eu/about-edpb/about-edpb/members_en");
    member.notes = DeadlinesText::tr("Public holidays: list the member state's in the calendar.");
    rules << member;

    JurisdictionRule southAfrica;
    southAfrica.jurisdiction = QStringLiteral("ZA");
    southAfrica.law = DeadlinesText::tr("POPIA (Act 4 of 2013) and PAIA (Act 2 of 2000)");
    southAfrica.authority = DeadlinesText::tr("Information Regulator");
    southAfrica.authorityUrl = QStringLiteral("https://inforegulator.org.za");
    southAfrica.responsePeriod = 30;
    southAfrica.responseUnit = Unit::Day;
    southAfrica.responseCitation = DeadlinesText::tr(
        "PAIA s56(1), which POPIA s23 applies to requests for access: as soon as reasonably possible, but in "
        "any event within 30 days after the request is received.");
    southAfrica.extensionPeriod = 30;
    southAfrica.extensionUnit = Unit::Day;
    southAfrica.extensionCitation = DeadlinesText::tr(
        "PAIA s57(1): once, for a further period of not more than 30 days, the requester being told within "
        "the first 30 days.");
    southAfrica.shift = Shift::SundaysAndHolidays;
    southAfrica.shiftCitation = DeadlinesText::tr(
        "Interpretation Act 33 of 1957, s4: the first day is not counted and the last day is, unless it is a "
        "Sunday or a public holiday, when the period ends on the next day that is neither.");
    southAfrica.breachNotificationHours = 72;
    southAfrica.breachCitation = DeadlinesText::tr(
        "POPIA s22(2): as soon as reasonably possible after the discovery of the compromise; 72 hours is the "
        "target the Information Regulator's guidance follows.");
    rules << southAfrica;

    JurisdictionRule tunisia;
    tunisia.jurisdiction = QStringLiteral("TN");
    tunisia.law = DeadlinesText::tr("Organic Law 2004-63 of 27 July 2004 on the protection of personal data");
    tunisia.authority = DeadlinesText::tr("INPDP (Instance nationale de protection des données personnelles)");
    tunisia.authorityUrl = QStringLiteral("https://www.inpdp.tn");
    tunisia.responsePeriod = 1;
    tunisia.responseUnit = Unit::Month;
    tunisia.responseCitation = DeadlinesText::tr(
        "Organic Law 2004-63, Art. 40: a copy of the data, free of charge, within one month of the request.");
    tunisia.shift = Shift::None;
    tunisia.shiftCitation = DeadlinesText::tr(
        "Organic Law 2004-63 has no rule for a period ending on a day off: it ends on its last day (the safer "
        "reading).");
    tunisia.breachCitation = DeadlinesText::tr(
        "Organic Law 2004-63 sets no breach notification (Art. 18: a duty of security); a cyber-attack is "
        "reported to the ANCS under Decree-Law 2023-17.");
    tunisia.editable = true;
    tunisia.notes = DeadlinesText::tr(
        "The one-month period of Art. 40 is the one the sources consulted report: confirm it in the Official "
        "Journal (JORT no. 61 of 30 July 2004).");
    rules << tunisia;

    JurisdictionRule vietnam;
    vietnam.jurisdiction = QStringLiteral("VN");
    vietnam.law = DeadlinesText::tr(
        "Law 91/2025/QH15 on personal data protection and Decree 356/2025/ND-CP, in force since 1 January 2026 "
        "(they replace Decree 13/2023/ND-CP)");
    vietnam.authority = DeadlinesText::tr(
        "A05, Department of Cybersecurity and High-Tech Crime Prevention (Ministry of Public Security)");
    vietnam.authorityUrl = QStringLiteral("https://baovedlcn.gov.vn");
    vietnam.responsePeriod = 15;
    vietnam.responseUnit = Unit::Day;
    vietnam.responseCitation = DeadlinesText::tr(
        "Decree 356/2025/ND-CP: acknowledge within 2 working days; withdrawal of consent, restriction and "
        "objection within 15 days (20 when a processor or a third party must act).");
    vietnam.extensionPeriod = 15;
    vietnam.extensionUnit = Unit::Day;
    vietnam.extensionCitation = DeadlinesText::tr("Decree 356/2025/ND-CP: once, by up to 15 days.");
    vietnam.shift = Shift::WeekendAndHolidays;
    vietnam.shiftCitation = DeadlinesText::tr(
        "Civil Code 2015, Art. 148: a period whose last day is a weekly rest day or a public holiday ends at the "
        "end of the next working day.");
    vietnam.breachNotificationHours = 72;
    vietnam.breachCitation = DeadlinesText::tr("Law 91/2025/QH15: notify A05 within 72 hours of detecting the breach.");
    vietnam.editable = true;
    vietnam.notes = DeadlinesText::tr(
        "The decree sets its own period for access, correction and erasure: check it against the request's "
        "rights. Requests received before 1 January 2026 fall under Decree 13/2023/ND-CP (72 hours).");
    rules << vietnam;
    return rules;
}

std::optional<JurisdictionRule> shippedRule(const QString &jurisdiction)
{
    for (const JurisdictionRule &rule : shippedRules()) {
        if (rule.jurisdiction.compare(jurisdiction, Qt::CaseInsensitive) == 0)
            return rule;
    }
    return std::nullopt;
}

int Pause::days(const QDate &today) const
{
    if (!asked.isValid())
        return 0;
    const QDate end = arrived.isValid() ? arrived : today;
    return end.isValid() ? std::max<qint64>(0, asked.daysTo(end)) : 0;
}

QDate addPeriod(const QDate &from, int period, Unit unit)
{
    if (!from.isValid())
        return {};
    // QDate::addMonths falls back on the month's last day, as the
    // regulation wants (31 January + 1 month: 28 or 29 February).
    return unit == Unit::Month ? from.addMonths(period) : from.addDays(period);
}

DeadlineEngine::DeadlineEngine(JurisdictionRule rule, HolidayCalendar calendar)
    : m_rule(std::move(rule)), m_calendar(std::move(calendar))
{
}

bool DeadlineEngine::isWorkingDay(const QDate &date) const
{
    const int weekday = date.dayOfWeek();
    if (weekday == Qt::Sunday || weekday == Qt::Saturday)
        return false;
    return !m_calendar.isHoliday(date);
}

QDate DeadlineEngine::lastDayFrom(const QDate &date) const
{
    QDate day = date;
    auto dayOff = [this](const QDate &d) {
        switch (m_rule.shift) {
        case Shift::None:
            return false;
        case Shift::WeekendAndHolidays:
            return !isWorkingDay(d);
        case Shift::SundaysAndHolidays:
            return d.dayOfWeek() == Qt::Sunday || m_calendar.isHoliday(d);
        }
        return false;
    };
    // A year of days off in a row would be a broken calendar: stop there.
    for (int guard = 0; day.isValid() && dayOff(day) && guard < 366; ++guard)
        day = day.addDays(1);
    return day;
}

DueDate DeadlineEngine::due(const QDate &received, bool extended, int pausedDays) const
{
    DueDate result;
    if (!received.isValid())
        return result;
    result.extended = extended && m_rule.extensionPeriod > 0;
    result.pausedDays = std::max(0, pausedDays);
    QDate end;
    if (result.extended && m_rule.extensionUnit == m_rule.responseUnit) {
        // One period from receipt: 31 January + 3 months ends on 30 April,
        // not on 28 February + 2 months.
        end = addPeriod(received, m_rule.responsePeriod + m_rule.extensionPeriod, m_rule.responseUnit);
    } else {
        end = addPeriod(received, m_rule.responsePeriod, m_rule.responseUnit);
        if (result.extended)
            end = addPeriod(end, m_rule.extensionPeriod, m_rule.extensionUnit);
    }
    result.periodEnd = end.addDays(result.pausedDays);
    result.due = lastDayFrom(result.periodEnd);
    return result;
}

DueDate DeadlineEngine::due(const QDate &received, bool extended, const QList<Pause> &pauses, const QDate &today) const
{
    int paused = 0;
    for (const Pause &pause : pauses)
        paused += pause.days(today);
    return due(received, extended, paused);
}

int DeadlineEngine::calendarDaysLeft(const QDate &today, const QDate &due)
{
    return int(today.daysTo(due));
}

int DeadlineEngine::workingDaysLeft(const QDate &today, const QDate &due) const
{
    if (!today.isValid() || !due.isValid())
        return 0;
    const bool ahead = due >= today;
    const QDate from = ahead ? today : due;
    const QDate to = ahead ? due : today;
    int count = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (isWorkingDay(day))
            ++count;
    }
    return ahead ? count : -count;
}

QDateTime DeadlineEngine::breachNotificationDue(const QDateTime &aware) const
{
    if (!aware.isValid() || m_rule.breachNotificationHours <= 0)
        return {};
    return aware.addSecs(qint64(m_rule.breachNotificationHours) * 3600);
}

} // namespace pc::deadlines
