#include "TestSupport.h"

#include "deadlines/Deadlines.h"
#include "deadlines/Reminders.h"
#include "deadlines/RequestDeadlines.h"

#include <QTest>

using namespace pc;
using namespace pc::deadlines;

namespace {

DeadlineEngine engine(const QString &jurisdiction, const QList<QDate> &listed = {})
{
    return DeadlineEngine(shippedRule(jurisdiction).value(), HolidayCalendar(jurisdiction, listed));
}

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

// The legal deadlines of rights requests and breaches: each row says why its
// date is the right one.
class TestDeadlines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void easter_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("easter");
        QTest::newRow("2024, in March") << 2024 << day("2024-03-31");
        QTest::newRow("2025") << 2025 << day("2025-04-20");
        QTest::newRow("2026") << 2026 << day("2026-04-05");
        QTest::newRow("2027") << 2027 << day("2027-03-28");
        QTest::newRow("2028") << 2028 << day("2028-04-16");
        QTest::newRow("2038, the latest of the century") << 2038 << day("2038-04-25");
        QTest::newRow("2285, the earliest possible day") << 2285 << day("2285-03-22");
    }
    void easter()
    {
        QFETCH(int, year);
        QFETCH(QDate, easter);
        QCOMPARE(easterSunday(year), easter);
    }

    void computedCalendars_data()
    {
        QTest::addColumn<QString>("jurisdiction");
        QTest::addColumn<int>("year");
        QTest::addColumn<QList<QDate>>("days");
        QTest::newRow("France 2026: eleven days, three from Easter")
            << QStringLiteral("FR") << 2026
            << QList<QDate>{day("2026-01-01"), day("2026-04-06"), day("2026-05-01"), day("2026-05-08"),
                            day("2026-05-14"), day("2026-05-25"), day("2026-07-14"), day("2026-08-15"),
                            day("2026-11-01"), day("2026-11-11"), day("2026-12-25")};
        QTest::newRow("France 2027: Easter Monday in March")
            << QStringLiteral("FR") << 2027
            << QList<QDate>{day("2027-01-01"), day("2027-03-29"), day("2027-05-01"), day("2027-05-06"),
                            day("2027-05-08"), day("2027-05-17"), day("2027-07-14"), day("2027-08-15"),
                            day("2027-11-01"), day("2027-11-11"), day("2027-12-25")};
        QTest::newRow("Belgium 2026: ten days, 21 July and not 8 May or 14 July")
            << QStringLiteral("BE") << 2026
            << QList<QDate>{day("2026-01-01"), day("2026-04-06"), day("2026-05-01"), day("2026-05-14"),
                            day("2026-05-25"), day("2026-07-21"), day("2026-08-15"), day("2026-11-01"),
                            day("2026-11-11"), day("2026-12-25")};
        QTest::newRow("South Africa 2026: Women's Day on a Sunday gives Monday 10 August")
            << QStringLiteral("ZA") << 2026
            << QList<QDate>{day("2026-01-01"), day("2026-03-21"), day("2026-04-03"), day("2026-04-06"),
                            day("2026-04-27"), day("2026-05-01"), day("2026-06-16"), day("2026-08-09"),
                            day("2026-08-10"), day("2026-09-24"), day("2026-12-16"), day("2026-12-25"),
                            day("2026-12-26")};
        QTest::newRow("South Africa 2022: 1 May on a Sunday gives 2 May; Christmas on a Sunday gives no day, "
                      "26 December being one already")
            << QStringLiteral("ZA") << 2022
            << QList<QDate>{day("2022-01-01"), day("2022-03-21"), day("2022-04-15"), day("2022-04-18"),
                            day("2022-04-27"), day("2022-05-01"), day("2022-05-02"), day("2022-06-16"),
                            day("2022-08-09"), day("2022-09-24"), day("2022-12-16"), day("2022-12-25"),
                            day("2022-12-26")};
        QTest::newRow("Tunisia: listed by the officer, none computed") << QStringLiteral("TN") << 2026 << QList<QDate>{};
    }
    void computedCalendars()
    {
        QFETCH(QString, jurisdiction);
        QFETCH(int, year);
        QFETCH(QList<QDate>, days);
        QList<QDate> computed;
        for (const Holiday &holiday : computedHolidays(jurisdiction, year)) {
            QVERIFY(!holiday.name.isEmpty());
            computed << holiday.date;
        }
        QCOMPARE(computed, days);
        QCOMPARE(hasComputedCalendar(jurisdiction), !days.isEmpty());
        // Every one of them stops a period from ending on it.
        const DeadlineEngine rules = engine(jurisdiction);
        for (const QDate &holiday : std::as_const(days))
            QVERIFY2(!rules.isWorkingDay(holiday), qPrintable(holiday.toString(Qt::ISODate)));
    }

    void due_data()
    {
        QTest::addColumn<QString>("jurisdiction");
        QTest::addColumn<QDate>("received");
        QTest::addColumn<bool>("extended");
        QTest::addColumn<int>("pausedDays");
        QTest::addColumn<QDate>("due");
        auto row = [](const char *why, const char *jurisdiction, const char *received, bool extended, int paused,
                      const char *due) {
            QTest::newRow(why) << QString::fromLatin1(jurisdiction) << day(received) << extended << paused << day(due);
        };
        // France: one month, Regulation 1182/71 art. 3.
        row("FR 10 March: 10 April, a Friday", "FR", "2026-03-10", false, 0, "2026-04-10");
        row("FR 5 March: 5 April is Easter Sunday, 6 April Easter Monday: Tuesday 7", "FR", "2026-03-05", false, 0, "2026-04-07");
        row("FR 4 March: 4 April a Saturday, then Easter Sunday and Monday: Tuesday 7", "FR", "2026-03-04", false, 0, "2026-04-07");
        row("FR received on a Saturday: the month runs from it all the same", "FR", "2026-03-07", false, 0, "2026-04-07");
        row("FR 31 January: February has no 31st, 28 February is a Saturday: Monday 2 March", "FR", "2026-01-31", false, 0, "2026-03-02");
        row("FR 31 January 2028: a leap year ends on 29 February, a Tuesday", "FR", "2028-01-31", false, 0, "2028-02-29");
        row("FR 31 January 2024: leap year, Thursday 29 February", "FR", "2024-01-31", false, 0, "2024-02-29");
        row("FR 31 January 2025: Friday 28 February", "FR", "2025-01-31", false, 0, "2025-02-28");
        row("FR 31 March: April has no 31st, Thursday 30 April", "FR", "2026-03-31", false, 0, "2026-04-30");
        row("FR 1 April: 1 May is Labour Day, a Friday, then the weekend: Monday 4 May", "FR", "2026-04-01", false, 0, "2026-05-04");
        row("FR 8 April: 8 May, Victory in Europe Day, a Friday: Monday 11 May", "FR", "2026-04-08", false, 0, "2026-05-11");
        row("FR 14 April: 14 May is Ascension Day: Friday 15", "FR", "2026-04-14", false, 0, "2026-05-15");
        row("FR 25 April: 25 May is Whit Monday: Tuesday 26", "FR", "2026-04-25", false, 0, "2026-05-26");
        row("FR 14 June: 14 July, Bastille Day: Wednesday 15", "FR", "2026-06-14", false, 0, "2026-07-15");
        row("FR 15 July: 15 August, Assumption, a Saturday: Monday 17", "FR", "2026-07-15", false, 0, "2026-08-17");
        row("FR 1 October: 1 November, All Saints', a Sunday: Monday 2", "FR", "2026-10-01", false, 0, "2026-11-02");
        row("FR 11 October: 11 November, Armistice Day: Thursday 12", "FR", "2026-10-11", false, 0, "2026-11-12");
        row("FR 25 November: Christmas on a Friday, then the weekend: Monday 28 December", "FR", "2026-11-25", false, 0, "2026-12-28");
        row("FR 1 December: New Year's Day: Friday 2 January", "FR", "2025-12-01", false, 0, "2026-01-02");
        row("FR 21 March 2025: Easter Monday 2025: Tuesday 22 April", "FR", "2025-03-21", false, 0, "2025-04-22");
        row("FR 28 February 2027: 28 March is Easter Sunday 2027: Tuesday 30", "FR", "2027-02-28", false, 0, "2027-03-30");
        row("FR 31 December: 31 January 2027 a Sunday: Monday 1 February", "FR", "2026-12-31", false, 0, "2027-02-01");
        row("FR extended: three months from 5 March, Friday 5 June", "FR", "2026-03-05", true, 0, "2026-06-05");
        row("FR extended from 31 January: 30 April, not 28 February plus two months", "FR", "2026-01-31", true, 0, "2026-04-30");
        row("FR paused 5 days: 10 April moves to Wednesday 15", "FR", "2026-03-10", false, 5, "2026-04-15");
        row("FR paused 2 days: 12 April, a Sunday: Monday 13", "FR", "2026-03-10", false, 2, "2026-04-13");
        row("FR extended and paused 10 days: 20 June, a Saturday: Monday 22", "FR", "2026-03-10", true, 10, "2026-06-22");
        // Belgium: the same months, its own holidays.
        row("BE 21 June: 21 July, National Day: Wednesday 22", "BE", "2026-06-21", false, 0, "2026-07-22");
        row("BE 8 April: 8 May is no holiday in Belgium", "BE", "2026-04-08", false, 0, "2026-05-08");
        row("BE 14 June: 14 July is no holiday in Belgium", "BE", "2026-06-14", false, 0, "2026-07-14");
        row("BE 14 April: Ascension Day: Friday 15 May", "BE", "2026-04-14", false, 0, "2026-05-15");
        row("BE 11 October: Armistice Day: Thursday 12 November", "BE", "2026-10-11", false, 0, "2026-11-12");
        row("EU member state without its holidays listed: only weekends move the end", "EU", "2026-11-25", false, 0, "2026-12-25");
        // South Africa: 30 days, the first not counted; Sundays and public holidays move the end, Saturdays do not.
        row("ZA 5 March: 30 days later is Saturday 4 April, which counts", "ZA", "2026-03-05", false, 0, "2026-04-04");
        row("ZA 4 March: 3 April is Good Friday: Saturday 4", "ZA", "2026-03-04", false, 0, "2026-04-04");
        row("ZA 6 March: Easter Sunday, then Family Day: Tuesday 7 April", "ZA", "2026-03-06", false, 0, "2026-04-07");
        row("ZA 19 February: Human Rights Day on a Saturday, then Sunday: Monday 23 March", "ZA", "2026-02-19", false, 0, "2026-03-23");
        row("ZA 28 March: Freedom Day: Tuesday 28 April", "ZA", "2026-03-28", false, 0, "2026-04-28");
        row("ZA 1 April: Workers' Day, then a Saturday that counts: 2 May", "ZA", "2026-04-01", false, 0, "2026-05-02");
        row("ZA 17 May: Youth Day: Wednesday 17 June", "ZA", "2026-05-17", false, 0, "2026-06-17");
        row("ZA 10 July: Women's Day a Sunday, its Monday a holiday: Tuesday 11 August", "ZA", "2026-07-10", false, 0, "2026-08-11");
        row("ZA 25 August: Heritage Day: Friday 25 September", "ZA", "2026-08-25", false, 0, "2026-09-25");
        row("ZA 16 November: Day of Reconciliation: Thursday 17 December", "ZA", "2026-11-16", false, 0, "2026-12-17");
        row("ZA 25 November: Christmas, Day of Goodwill, Sunday: Monday 28 December", "ZA", "2026-11-25", false, 0, "2026-12-28");
        row("ZA 2 December: New Year's Day: Friday 2 January", "ZA", "2025-12-02", false, 0, "2026-01-02");
        row("ZA extended once by 30 days: Monday 4 May", "ZA", "2026-03-05", true, 0, "2026-05-04");
        row("ZA paused 3 days: Good Friday, then Saturday 4 April", "ZA", "2026-03-01", false, 3, "2026-04-04");
        // Tunisia: one month; no rule moves an end falling on a day off.
        row("TN 5 March: 5 April, a Sunday, stays", "TN", "2026-03-05", false, 0, "2026-04-05");
        row("TN 31 January: 28 February, a Saturday, stays", "TN", "2026-01-31", false, 0, "2026-02-28");
        // Vietnam: 15 days, extendable once by 15; the Civil Code moves an end on a day off.
        row("VN 5 March: Friday 20 March", "VN", "2026-03-05", false, 0, "2026-03-20");
        row("VN 7 March: 22 March a Sunday: Monday 23", "VN", "2026-03-07", false, 0, "2026-03-23");
        row("VN extended: 30 days, Saturday 4 April: Monday 6", "VN", "2026-03-05", true, 0, "2026-04-06");
    }
    void due()
    {
        QFETCH(QString, jurisdiction);
        QFETCH(QDate, received);
        QFETCH(bool, extended);
        QFETCH(int, pausedDays);
        QFETCH(QDate, due);
        const DueDate result = engine(jurisdiction).due(received, extended, pausedDays);
        QCOMPARE(result.due, due);
        QCOMPARE(result.extended, extended);
        QCOMPARE(result.pausedDays, pausedDays);
        QVERIFY(result.periodEnd <= result.due);
    }

    void listedHolidaysCountToo()
    {
        // A day the state declares for one year (South Africa, 27 December
        // 2022), or a member state's holiday the officer lists.
        QCOMPARE(engine(QStringLiteral("ZA")).due(day("2022-11-27")).due, day("2022-12-27"));
        QCOMPARE(engine(QStringLiteral("ZA"), {day("2022-12-27")}).due(day("2022-11-27")).due, day("2022-12-28"));
        QCOMPARE(engine(QStringLiteral("EU"), {day("2026-12-25")}).due(day("2026-11-25")).due, day("2026-12-28"));
        // Vietnam 2026: Hung Kings' Day on Sunday 26 April, the Monday off in its place.
        QCOMPARE(engine(QStringLiteral("VN"), {day("2026-04-26"), day("2026-04-27")}).due(day("2026-04-12")).due,
                 day("2026-04-28"));
    }

    void pausesStopTheClock()
    {
        const Pause answered{day("2026-03-10"), day("2026-03-15")};
        QCOMPARE(answered.days(day("2026-04-01")), 5);
        const Pause waiting{day("2026-03-10"), QDate()};
        QCOMPARE(waiting.days(day("2026-03-20")), 10);
        QCOMPARE(Pause().days(day("2026-03-20")), 0);
        // Two pauses add up; the one still open counts to today.
        const DueDate result =
            engine(QStringLiteral("FR")).due(day("2026-03-02"), false, {answered, Pause{day("2026-03-25"), QDate()}},
                                             day("2026-03-27"));
        QCOMPARE(result.pausedDays, 7);
        QCOMPARE(result.periodEnd, day("2026-04-09"));
        QCOMPARE(result.due, day("2026-04-09"));
    }

    void daysLeftAndOverdue()
    {
        const DeadlineEngine france = engine(QStringLiteral("FR"));
        // Thursday 2, Friday 3, then a weekend and Easter Monday: three working days.
        QCOMPARE(DeadlineEngine::calendarDaysLeft(day("2026-04-01"), day("2026-04-07")), 6);
        QCOMPARE(france.workingDaysLeft(day("2026-04-01"), day("2026-04-07")), 3);
        QCOMPARE(france.workingDaysLeft(day("2026-04-07"), day("2026-04-07")), 0);
        QVERIFY(!DeadlineEngine::isOverdue(day("2026-04-07"), day("2026-04-07")));
        QVERIFY(DeadlineEngine::isOverdue(day("2026-04-09"), day("2026-04-07")));
        QCOMPARE(DeadlineEngine::calendarDaysLeft(day("2026-04-09"), day("2026-04-07")), -2);
        QCOMPARE(france.workingDaysLeft(day("2026-04-09"), day("2026-04-07")), -2);
    }

    void breachesCountHours()
    {
        const QDateTime aware(day("2026-04-03"), QTime(9, 30), Qt::UTC);
        // Over Easter: hours run on days off.
        QCOMPARE(engine(QStringLiteral("FR")).breachNotificationDue(aware), QDateTime(day("2026-04-06"), QTime(9, 30), Qt::UTC));
        QCOMPARE(engine(QStringLiteral("ZA")).breachNotificationDue(aware), QDateTime(day("2026-04-06"), QTime(9, 30), Qt::UTC));
        QVERIFY(!engine(QStringLiteral("FR")).breachNotificationDue(QDateTime()).isValid());
        // Tunisia's law sets no number of hours: there is no date to give.
        QVERIFY(!engine(QStringLiteral("TN")).breachNotificationDue(aware).isValid());
        QVERIFY(!shippedRule(QStringLiteral("TN"))->breachCitation.isEmpty());
    }

    void everyRuleCitesItsLaw()
    {
        const QStringList codes = {QStringLiteral("FR"), QStringLiteral("BE"), QStringLiteral("EU"),
                                   QStringLiteral("ZA"), QStringLiteral("TN"), QStringLiteral("VN")};
        QCOMPARE(shippedRules().size(), codes.size());
        for (const QString &code : codes) {
            const auto rule = shippedRule(code);
            QVERIFY2(rule, qPrintable(code));
            QVERIFY(!rule->law.isEmpty());
            QVERIFY(!rule->authority.isEmpty());
            QVERIFY(rule->authorityUrl.startsWith(QLatin1String("http")));
            QVERIFY(!rule->responseCitation.isEmpty());
            QVERIFY(rule->responsePeriod > 0);
            QVERIFY(rule->extensionPeriod == 0 || !rule->extensionCitation.isEmpty());
            QVERIFY(rule->breachNotificationHours == 0 || !rule->breachCitation.isEmpty());
        }
        QVERIFY(!shippedRule(QStringLiteral("XX")));
        QCOMPARE(shippedRule(QStringLiteral("fr"))->jurisdiction, QStringLiteral("FR"));
    }

    void requestsTakeTheirDatesFromTheEngine()
    {
        RightsRequest request;
        request.jurisdiction = QStringLiteral("FR");
        request.receivedOn = day("2026-03-05");
        const DeadlineEngine france = engine(QStringLiteral("FR"));
        applyDeadlines(request, france, day("2026-03-06"));
        QCOMPARE(request.dueOn, day("2026-04-07"));
        QVERIFY(!request.extendedDueOn.isValid());
        // Waiting for the identity document: the clock stands still up to today.
        request.identityRequestedOn = day("2026-03-10");
        applyDeadlines(request, france, day("2026-03-13"));
        QCOMPARE(request.dueOn, day("2026-04-08"));
        QVERIFY(explainDue(request, france, day("2026-03-13")).contains(QLatin1String("waiting for the person")));
        request.identityReceivedOn = day("2026-03-15");
        applyDeadlines(request, france, day("2026-04-01"));
        QCOMPARE(request.dueOn, day("2026-04-10"));
        // Extended once the person is told.
        request.extensionNotifiedOn = day("2026-03-20");
        applyDeadlines(request, france, day("2026-04-01"));
        QCOMPARE(request.extendedDueOn, day("2026-06-10"));
        request.receivedOn = QDate();
        applyDeadlines(request, france, day("2026-04-01"));
        QVERIFY(!request.dueOn.isValid() && !request.extendedDueOn.isValid());
    }

    void theRegisterKeepsTheOfficersRulesAndHolidays_data() { test::addEngineColumn(); test::addEngineRows(); }
    void theRegisterKeepsTheOfficersRulesAndHolidays()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        // Nothing kept: the shipped rule, the computed holidays.
        auto france = engineFor(*db, QStringLiteral("FR"));
        PC_VERIFY_OK(france);
        QCOMPARE(france->rule(), shippedRule(QStringLiteral("FR")).value());
        QCOMPARE(france->due(day("2026-03-05")).due, day("2026-04-07"));
        QVERIFY(!engineFor(*db, QStringLiteral("XX")));

        // The officer's reading of Tunisian law and a holiday listed for Vietnam.
        PC_VERIFY_OK(db->transaction([&]() -> Status {
            QSqlQuery rule = db->prepare(QStringLiteral(
                "INSERT INTO jurisdiction_rules (jurisdiction, law, authority, response_period, response_unit, "
                "response_citation, extension_period, extension_unit, shift_to_working_day, editable) "
                "VALUES ('TN', 'Loi organique 2004-63', 'INPDP', 30, 'day', 'Art. 40', 0, 'day', ?, ?)"));
            rule.addBindValue(true);
            rule.addBindValue(true);
            if (!rule.exec())
                return Database::sqlError(rule);
            QSqlQuery holiday = db->prepare(
                QStringLiteral("INSERT INTO public_holidays (jurisdiction, holiday_date, name) VALUES ('VN', ?, ?)"));
            holiday.addBindValue(day("2026-06-01"));
            holiday.addBindValue(QStringLiteral("Day off declared by the government"));
            if (!holiday.exec())
                return Database::sqlError(holiday);
            return success();
        }));
        auto tunisia = engineFor(*db, QStringLiteral("TN"));
        PC_VERIFY_OK(tunisia);
        QCOMPARE(tunisia->rule().responsePeriod, 30);
        QCOMPARE(tunisia->rule().responseUnit, Unit::Day);
        QCOMPARE(tunisia->rule().responseCitation, QStringLiteral("Art. 40"));
        QCOMPARE(tunisia->rule().shift, Shift::WeekendAndHolidays);
        // 30 days from 5 March: Saturday 4 April, moved to Monday 6.
        QCOMPARE(tunisia->due(day("2026-03-05")).due, day("2026-04-06"));
        auto vietnam = engineFor(*db, QStringLiteral("VN"));
        PC_VERIFY_OK(vietnam);
        // The shipped list has Hung Kings' day observed on Monday 27 April...
        QCOMPARE(vietnam->due(day("2026-04-12")).due, day("2026-04-28"));
        // ...and the officer's own day counts as well: 1 June moves to 2 June.
        QCOMPARE(vietnam->due(day("2026-05-17")).due, day("2026-06-02"));
    }

    void badInputGivesNoDate()
    {
        QVERIFY(!engine(QStringLiteral("FR")).due(QDate()).isValid());
        QCOMPARE(engine(QStringLiteral("FR")).due(day("2026-03-10"), false, -4).due, day("2026-04-10"));
    }

    // The desktop's reminders, on a test clock: what falls due today and
    // what is overdue, each once a day; a breach's deadline to the minute.
    void remindersComeOncePerItemPerDay()
    {
        using deadlines::DueItem;
        auto item = [](DueItem::Kind kind, const char *reference, const QDate &due, bool overdue = false) {
            DueItem i;
            i.kind = kind;
            i.organization = QStringLiteral("SOFTNLABS");
            i.reference = QString::fromLatin1(reference);
            i.due = due;
            i.overdue = overdue;
            return i;
        };
        const QDate today = day("2026-03-27");
        DueItem breach = item(DueItem::Kind::Breach, "BR-1", today);
        breach.moment = QDateTime(today, QTime(13, 0), Qt::UTC);
        const QList<DueItem> items = {item(DueItem::Kind::Request, "REQ-LATE", today.addDays(-2), true),
                                      item(DueItem::Kind::Request, "REQ-TODAY", today),
                                      item(DueItem::Kind::Request, "REQ-LATER", today.addDays(3)), breach};
        deadlines::Reminders reminders;
        const QDateTime morning(today, QTime(9, 0), Qt::UTC);
        QList<DueItem> told = reminders.take(items, morning);
        QStringList references;
        for (const DueItem &i : told)
            references << i.reference + (i.overdue ? QStringLiteral(" overdue") : QString());
        QCOMPARE(references, (QStringList{QStringLiteral("REQ-LATE overdue"), QStringLiteral("REQ-TODAY"), QStringLiteral("BR-1")}));
        // Looked at again the same day, even once the breach's hour has passed: nothing new.
        QVERIFY(reminders.take(items, morning.addSecs(3600)).isEmpty());
        QVERIFY(reminders.take(items, QDateTime(today, QTime(14, 0), Qt::UTC)).isEmpty());
        // A new item due today is told at once.
        QList<DueItem> more = items;
        more << item(DueItem::Kind::DpiaReview, "Wellness", today);
        told = reminders.take(more, morning.addSecs(7200));
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().reference, QStringLiteral("Wellness"));
        // Kept between runs: a new start the same day tells nothing again.
        deadlines::Reminders restarted;
        restarted.restore(reminders.memory());
        QVERIFY(restarted.take(more, morning.addSecs(9000)).isEmpty());
        // The next day, what is still overdue is told again, the breach as overdue.
        const QDateTime tomorrow(today.addDays(1), QTime(8, 0), Qt::UTC);
        told = restarted.take(more, tomorrow);
        references.clear();
        for (const DueItem &i : told)
            references << i.reference + (i.overdue ? QStringLiteral(" overdue") : QString());
        QCOMPARE(references, (QStringList{QStringLiteral("REQ-LATE overdue"), QStringLiteral("REQ-TODAY overdue"),
                                          QStringLiteral("BR-1 overdue"), QStringLiteral("Wellness overdue")}));
        // A memory of another day is no memory.
        deadlines::Reminders stale;
        stale.restore({QStringLiteral("2026-03-01"), deadlines::Reminders::key(items.first())});
        QCOMPARE(stale.take(items, morning).size(), 3);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestDeadlines test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_deadlines.moc"
