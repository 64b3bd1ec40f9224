#include "domain/ActivityChecks.h"

#include <QTest>

using namespace pc;
using Severity = ActivityFinding::Severity;
using Field = ActivityFinding::Field;

Q_DECLARE_METATYPE(pc::ProcessingActivity)

// What the processing-register form says before an activity is saved.
class TestActivityChecks : public QObject
{
    Q_OBJECT

private:
    static QList<DataCategory> categories()
    {
        return {DataCategory{1, 1, QStringLiteral("Identity"), QString(), false, 0},
                DataCategory{2, 1, QStringLiteral("Health"), QString(), true, 0}};
    }

    static ProcessingActivity complete()
    {
        ProcessingActivity a;
        a.organizationId = 1;
        a.name = QStringLiteral("Customer management");
        a.purposes = {Purpose{0, QStringLiteral("Manage the contract"), QStringLiteral("contract"), QString(), QString()}};
        a.subjectCategoryIds = {1};
        a.dataCategoryIds = {1};
        a.retentionRuleId = 3;
        return a;
    }

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<ProcessingActivity>("activity");
        QTest::addColumn<int>("errors");
        QTest::addColumn<int>("warnings");
        QTest::addColumn<int>("field");   // the field of the first finding, -1 when none

        ProcessingActivity a = complete();
        QTest::newRow("complete: nothing to say") << a << 0 << 0 << -1;
        a = complete();
        a.name = QStringLiteral("  ");
        QTest::newRow("no name is an error") << a << 1 << 0 << int(Field::Name);
        a = complete();
        a.purposes.clear();
        QTest::newRow("no purpose is an error (Art. 30(1)(b))") << a << 1 << 0 << int(Field::Purposes);
        a = complete();
        a.purposes.first().description.clear();
        QTest::newRow("a purpose without description is an error") << a << 1 << 0 << int(Field::Purposes);
        a = complete();
        a.purposes.first().legalBasis = QStringLiteral("legitimate_interests");
        QTest::newRow("legitimate interests must be named") << a << 0 << 1 << int(Field::Purposes);
        a.purposes.first().legitimateInterest = QStringLiteral("Fraud prevention");
        QTest::newRow("named legitimate interest is fine") << a << 0 << 0 << -1;
        a = complete();
        a.subjectCategoryIds.clear();
        QTest::newRow("no category of people is an error (Art. 30(1)(c))") << a << 1 << 0 << int(Field::SubjectCategories);
        a = complete();
        a.dataCategoryIds.clear();
        QTest::newRow("no category of data is an error (Art. 30(1)(c))") << a << 1 << 0 << int(Field::DataCategories);
        a = complete();
        a.dataCategoryIds = {1, 2};
        QTest::newRow("special category without Art. 9(2) condition warns") << a << 0 << 1 << int(Field::DataCategories);
        a.purposes.first().specialCondition = QStringLiteral("explicit_consent");
        QTest::newRow("special category with explicit consent is fine") << a << 0 << 0 << -1;
        a = complete();
        a.transfers = {Transfer{0, QStringLiteral("US"), QStringLiteral("Host"), 0, QStringLiteral("none"), QString()}};
        QTest::newRow("transfer abroad without safeguard warns (Art. 44-49)") << a << 0 << 1 << int(Field::Transfers);
        a.transfers.first().safeguard = QStringLiteral("scc");
        QTest::newRow("transfer under standard contractual clauses is fine") << a << 0 << 0 << -1;
        a.transfers.first().country = QStringLiteral("USA");
        QTest::newRow("a transfer's country is a two-letter code") << a << 1 << 0 << int(Field::Transfers);
        a = complete();
        a.retentionRuleId = 0;
        QTest::newRow("no retention rule warns (Art. 30(1)(f))") << a << 0 << 1 << int(Field::Retention);
        a.dataCategoryUses.insert(1, DataCategoryUse{QStringLiteral("Name"), QStringLiteral("As long as the contract"), 0});
        QTest::newRow("a period only written down is a rule to finish") << a << 0 << 1 << int(Field::Retention);
        a.dataCategoryUses[1].retentionRuleId = 4;
        QTest::newRow("a rule for each category of data is enough") << a << 0 << 0 << -1;
        a.dataCategoryIds = {1, 2};
        a.purposes.first().specialCondition = QStringLiteral("explicit_consent");
        QTest::newRow("but not when a category has none") << a << 0 << 1 << int(Field::Retention);
        a = complete();
        a.dpiaRequired = true;
        QTest::newRow("required DPIA not done warns") << a << 0 << 1 << int(Field::Dpia);
        a.dpiaDoneOn = QDate(2025, 1, 10);
        QTest::newRow("required DPIA done is fine") << a << 0 << 0 << -1;
        a = complete();
        a.status = QStringLiteral("approved");
        QTest::newRow("complete activity can be approved") << a << 0 << 0 << -1;
        a.subjectCategoryIds.clear();
        QTest::newRow("incomplete activity cannot be approved") << a << 2 << 0 << int(Field::SubjectCategories);
    }

    void findings()
    {
        QFETCH(ProcessingActivity, activity);
        QFETCH(int, errors);
        QFETCH(int, warnings);
        QFETCH(int, field);
        const QList<ActivityFinding> found = checkActivity(activity, categories());
        const auto count = [&](Severity s) {
            return int(std::count_if(found.cbegin(), found.cend(), [s](const ActivityFinding &f) { return f.severity == s; }));
        };
        QCOMPARE(count(Severity::Error), errors);
        QCOMPARE(count(Severity::Warning), warnings);
        QCOMPARE(hasErrors(found), errors > 0);
        if (field >= 0)
            QCOMPARE(int(found.first().field), field);
        for (const ActivityFinding &f : found)
            QVERIFY(!f.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestActivityChecks)

#include "tst_activitychecks.moc"
