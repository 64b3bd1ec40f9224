#include "retention/RetentionSchedule.h"

#include <QTest>

using namespace pc;

// When data kept under a rule must go: calendar arithmetic, month ends and
// leap years included.
class TestRetentionSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retentionEnd_data()
    {
        QTest::addColumn<QDate>("trigger");
        QTest::addColumn<int>("duration");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QDate>("end");
        QTest::newRow("six months") << QDate(2026, 1, 15) << 6 << QStringLiteral("month") << QDate(2026, 7, 15);
        QTest::newRow("a month from 31 January") << QDate(2026, 1, 31) << 1 << QStringLiteral("month") << QDate(2026, 2, 28);
        QTest::newRow("a month from 31 January, leap year") << QDate(2028, 1, 31) << 1 << QStringLiteral("month")
                                                            << QDate(2028, 2, 29);
        QTest::newRow("three months from 30 November") << QDate(2025, 11, 30) << 3 << QStringLiteral("month")
                                                       << QDate(2026, 2, 28);
        QTest::newRow("five years after the last contact") << QDate(2024, 2, 29) << 5 << QStringLiteral("year")
                                                           << QDate(2029, 2, 28);
        QTest::newRow("thirteen months of cookies") << QDate(2026, 12, 1) << 13 << QStringLiteral("month")
                                                    << QDate(2028, 1, 1);
        QTest::newRow("thirty days across a year") << QDate(2026, 12, 15) << 30 << QStringLiteral("day") << QDate(2027, 1, 14);
        QTest::newRow("two weeks") << QDate(2026, 2, 20) << 2 << QStringLiteral("week") << QDate(2026, 3, 6);
        QTest::newRow("no date") << QDate() << 3 << QStringLiteral("month") << QDate();
        QTest::newRow("unknown unit") << QDate(2026, 1, 1) << 3 << QStringLiteral("fortnight") << QDate();
    }
    void retentionEnd()
    {
        QFETCH(QDate, trigger);
        QFETCH(int, duration);
        QFETCH(QString, unit);
        QFETCH(QDate, end);
        QCOMPARE(retention::retentionEnd(trigger, duration, unit), end);
    }

    void triggers()
    {
        DataSubject s;
        s.collectedOn = QDate(2025, 1, 1);
        s.relationshipEnd = QDate(2025, 6, 30);
        s.terminationNoticeOn = QDate(2025, 5, 31);
        s.lastContactOn = QDate(2025, 9, 1);
        QCOMPARE(retention::triggerDate(QStringLiteral("collection"), s), s.collectedOn);
        QCOMPARE(retention::triggerDate(QStringLiteral("application_date"), s), s.collectedOn);
        QCOMPARE(retention::triggerDate(QStringLiteral("relationship_end"), s), s.relationshipEnd);
        QCOMPARE(retention::triggerDate(QStringLiteral("contract_end"), s), s.relationshipEnd);
        QCOMPARE(retention::triggerDate(QStringLiteral("termination_notice"), s), s.terminationNoticeOn);
        QCOMPARE(retention::triggerDate(QStringLiteral("last_contact"), s), s.lastContactOn);
        QVERIFY(!retention::triggerDate(QStringLiteral("custom"), s).isValid());
        // "Contact details twelve months after the customer stops."
        RetentionRule contacts;
        contacts.duration = 12;
        contacts.unit = QStringLiteral("month");
        contacts.triggerEvent = QStringLiteral("relationship_end");
        QCOMPARE(retention::retentionEnd(contacts, s), QDate(2026, 6, 30));
        s.relationshipEnd = QDate();   // still a customer
        QVERIFY(!retention::retentionEnd(contacts, s).isValid());
    }
};

QTEST_GUILESS_MAIN(TestRetentionSchedule)
#include "tst_retentionschedule.moc"
