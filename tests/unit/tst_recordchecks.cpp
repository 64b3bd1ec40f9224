#include "domain/RecordChecks.h"

#include <QTest>

using namespace pc;

namespace {

// The fields with an error, and those with a warning.
QList<int> errorFields(const QList<Finding> &findings, Finding::Severity severity = Finding::Severity::Error)
{
    QList<int> fields;
    for (const Finding &f : findings) {
        if (f.severity == severity)
            fields << f.field;
    }
    return fields;
}

const QDate kToday(2026, 6, 15);

} // namespace

// What each form refuses, and what it only warns about.
class TestRecordChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subjects_data()
    {
        QTest::addColumn<DataSubject>("subject");
        QTest::addColumn<QList<int>>("errors");
        DataSubject ok;
        ok.lastName = QStringLiteral("Ben Amor");
        ok.email = QStringLiteral("asma.benamor@example.tn");
        ok.country = QStringLiteral("TN");
        ok.birthDate = QDate(1990, 1, 1);
        QTest::newRow("complete") << ok << QList<int>{};
        DataSubject byReference;
        byReference.externalRef = QStringLiteral("CUST-0042");
        QTest::newRow("a reference is enough") << byReference << QList<int>{};
        QTest::newRow("nobody") << DataSubject{} << QList<int>{int(SubjectField::Identity)};
        DataSubject badEmail = ok;
        badEmail.email = QStringLiteral("asma.benamor@");
        QTest::newRow("e-mail without domain") << badEmail << QList<int>{int(SubjectField::Email)};
        DataSubject badCountry = ok;
        badCountry.country = QStringLiteral("Tunisia");
        QTest::newRow("country in words") << badCountry << QList<int>{int(SubjectField::Country)};
        DataSubject unborn = ok;
        unborn.birthDate = kToday.addDays(1);
        QTest::newRow("born tomorrow") << unborn << QList<int>{int(SubjectField::BirthDate)};
        DataSubject backwards = ok;
        backwards.relationshipStart = QDate(2025, 1, 31);
        backwards.relationshipEnd = QDate(2025, 1, 30);
        QTest::newRow("ends before it starts") << backwards << QList<int>{int(SubjectField::Relationship)};
        DataSubject sameDay = ok;
        sameDay.relationshipStart = QDate(2025, 1, 31);
        sameDay.relationshipEnd = QDate(2025, 1, 31);
        QTest::newRow("one-day relationship") << sameDay << QList<int>{};
        DataSubject future = ok;
        future.lastContactOn = kToday.addDays(3);
        QTest::newRow("contact in the future") << future << QList<int>{int(SubjectField::LastContact)};
    }
    void subjects()
    {
        QFETCH(DataSubject, subject);
        QFETCH(QList<int>, errors);
        QCOMPARE(errorFields(checkSubject(subject, kToday)), errors);
    }

    void processors_data()
    {
        QTest::addColumn<Processor>("processor");
        QTest::addColumn<QList<int>>("errors");
        QTest::addColumn<QList<int>>("warnings");
        Processor ok;
        ok.id = 7;
        ok.name = QStringLiteral("OVHcloud");
        ok.country = QStringLiteral("FR");
        ok.dpaSignedOn = QDate(2024, 1, 1);
        QTest::newRow("home, with an agreement") << ok << QList<int>{} << QList<int>{};
        Processor noDpa = ok;
        noDpa.dpaSignedOn = QDate();
        QTest::newRow("no agreement") << noDpa << QList<int>{} << QList<int>{int(ProcessorField::Contract)};
        Processor abroad = ok;
        abroad.country = QStringLiteral("US");
        QTest::newRow("abroad without safeguard") << abroad << QList<int>{} << QList<int>{int(ProcessorField::Transfer)};
        abroad.transferSafeguard = QStringLiteral("scc");
        QTest::newRow("abroad under clauses") << abroad << QList<int>{} << QList<int>{};
        Processor expired = ok;
        expired.dpaExpiresOn = QDate(2026, 6, 14);
        QTest::newRow("agreement expired yesterday") << expired << QList<int>{} << QList<int>{int(ProcessorField::Contract)};
        Processor inverted = ok;
        inverted.dpaExpiresOn = QDate(2023, 1, 1);
        QTest::newRow("expires before signed") << inverted << QList<int>{int(ProcessorField::Contract)} << QList<int>{};
        Processor orphan = ok;
        orphan.role = QStringLiteral("sub_processor");
        QTest::newRow("sub-processor of nobody") << orphan << QList<int>{int(ProcessorField::Parent)} << QList<int>{};
        Processor own = orphan;
        own.parentProcessorId = own.id;
        QTest::newRow("its own sub-processor") << own << QList<int>{int(ProcessorField::Parent)} << QList<int>{};
        Processor nameless = ok;
        nameless.name = QStringLiteral("   ");
        nameless.contactEmail = QStringLiteral("privacy at ovh");
        QTest::newRow("no name, bad e-mail")
            << nameless << QList<int>{int(ProcessorField::Name), int(ProcessorField::Email)} << QList<int>{};
    }
    void processors()
    {
        QFETCH(Processor, processor);
        QFETCH(QList<int>, errors);
        QFETCH(QList<int>, warnings);
        const auto findings = checkProcessor(processor, QStringLiteral("FR"), kToday);
        QCOMPARE(errorFields(findings), errors);
        QCOMPARE(errorFields(findings, Finding::Severity::Warning), warnings);
    }

    void retention_data()
    {
        QTest::addColumn<RetentionRule>("rule");
        QTest::addColumn<QList<int>>("errors");
        QTest::addColumn<QList<int>>("warnings");
        RetentionRule ok;
        ok.name = QStringLiteral("Navigation data");
        ok.duration = 6;
        ok.justification = QStringLiteral("Navigation data is kept 6 months.");
        QTest::newRow("quoted") << ok << QList<int>{} << QList<int>{};
        RetentionRule unquoted = ok;
        unquoted.justification.clear();
        QTest::newRow("no source") << unquoted << QList<int>{} << QList<int>{int(RetentionField::Justification)};
        RetentionRule zero = ok;
        zero.duration = 0;
        QTest::newRow("zero months") << zero << QList<int>{int(RetentionField::Duration)} << QList<int>{};
        RetentionRule custom = ok;
        custom.triggerEvent = QStringLiteral("custom");
        QTest::newRow("other event, unsaid") << custom << QList<int>{int(RetentionField::Trigger)} << QList<int>{};
        custom.customTrigger = QStringLiteral("Last login");
        QTest::newRow("other event, said") << custom << QList<int>{} << QList<int>{};
    }
    void retention()
    {
        QFETCH(RetentionRule, rule);
        QFETCH(QList<int>, errors);
        QFETCH(QList<int>, warnings);
        const auto findings = checkRetentionRule(rule);
        QCOMPARE(errorFields(findings), errors);
        QCOMPARE(errorFields(findings, Finding::Severity::Warning), warnings);
    }

    void breaches_data()
    {
        QTest::addColumn<Breach>("breach");
        QTest::addColumn<QList<int>>("errors");
        QTest::addColumn<QList<int>>("warnings");
        const QDateTime now(kToday, QTime(12, 0), Qt::UTC);
        Breach ok;
        ok.reference = QStringLiteral("BR-2026-001");
        ok.title = QStringLiteral("Lost USB key");
        ok.occurredAt = now.addDays(-2);
        ok.awareAt = now.addDays(-1);
        QTest::newRow("known yesterday") << ok << QList<int>{} << QList<int>{};
        Breach late = ok;
        late.awareAt = now.addSecs(-73 * 3600);
        late.occurredAt = QDateTime();
        QTest::newRow("73 hours, not notified") << late << QList<int>{} << QList<int>{int(BreachField::Notification)};
        late.risk = QStringLiteral("none");
        QTest::newRow("73 hours, no risk, no reason")
            << late << QList<int>{} << QList<int>{int(BreachField::NoNotification)};
        late.noNotificationReason = QStringLiteral("The key was encrypted.");
        QTest::newRow("73 hours, no risk, its reason") << late << QList<int>{} << QList<int>{};
        Breach closed = ok;
        closed.status = QStringLiteral("closed");
        closed.closedAt = now;
        QTest::newRow("closed, neither notified nor a reason")
            << closed << QList<int>{} << QList<int>{int(BreachField::NoNotification)};
        closed.closedAt = ok.awareAt.addSecs(-60);
        closed.noNotificationReason = QStringLiteral("Encrypted.");
        QTest::newRow("closed before known") << closed << QList<int>{int(BreachField::Closed)} << QList<int>{};
        Breach uncontained = ok;
        uncontained.containedAt = ok.occurredAt.addSecs(-60);
        QTest::newRow("contained before it happened")
            << uncontained << QList<int>{int(BreachField::Contained)} << QList<int>{};
        Breach delayed = ok;
        delayed.notificationDueAt = ok.awareAt.addSecs(72 * 3600);
        delayed.awareAt = now.addSecs(-80 * 3600);
        delayed.notificationDueAt = delayed.awareAt.addSecs(72 * 3600);
        delayed.occurredAt = QDateTime();
        delayed.authorityNotifiedAt = now;
        QTest::newRow("notified late without reasons") << delayed << QList<int>{} << QList<int>{int(BreachField::Delay)};
        delayed.delayReason = QStringLiteral("Forensics.");
        QTest::newRow("notified late with its reasons") << delayed << QList<int>{} << QList<int>{};
        Breach backwards = ok;
        backwards.occurredAt = now;
        QTest::newRow("happened after known") << backwards << QList<int>{int(BreachField::Occurred)} << QList<int>{};
        Breach unknown = ok;
        unknown.awareAt = QDateTime();
        QTest::newRow("never known") << unknown << QList<int>{int(BreachField::Aware)} << QList<int>{};
        Breach high = ok;
        high.risk = QStringLiteral("high");
        QTest::newRow("high risk, people not told")
            << high << QList<int>{} << QList<int>{int(BreachField::People)};
        high.notInformedReason = QStringLiteral("A public notice: no addresses are known (Art. 34(3)(c)).");
        QTest::newRow("high risk, why not told") << high << QList<int>{} << QList<int>{};
        Breach early = ok;
        early.authorityNotifiedAt = ok.awareAt.addSecs(-60);
        QTest::newRow("notified before known") << early << QList<int>{int(BreachField::Notification)} << QList<int>{};
    }
    void breaches()
    {
        QFETCH(Breach, breach);
        QFETCH(QList<int>, errors);
        QFETCH(QList<int>, warnings);
        const auto findings = checkBreach(breach, QDateTime(kToday, QTime(12, 0), Qt::UTC));
        QCOMPARE(errorFields(findings), errors);
        QCOMPARE(errorFields(findings, Finding::Severity::Warning), warnings);
    }

    void requests_data()
    {
        QTest::addColumn<RightsRequest>("request");
        QTest::addColumn<QList<int>>("errors");
        RightsRequest ok;
        ok.reference = QStringLiteral("REQ-2026-001");
        ok.types = {QStringLiteral("access")};
        ok.receivedOn = QDate(2026, 6, 1);
        ok.dueOn = QDate(2026, 7, 1);
        QTest::newRow("received") << ok << QList<int>{};
        RightsRequest noType = ok;
        noType.types.clear();
        QTest::newRow("no right") << noType << QList<int>{int(RequestField::Types)};
        RightsRequest tomorrow = ok;
        tomorrow.receivedOn = kToday.addDays(1);
        tomorrow.dueOn = QDate();
        QTest::newRow("received tomorrow") << tomorrow << QList<int>{int(RequestField::Received)};
        RightsRequest early = ok;
        early.dueOn = QDate(2026, 5, 31);
        QTest::newRow("due before received") << early << QList<int>{int(RequestField::Due)};
        RightsRequest refused = ok;
        refused.status = QStringLiteral("refused");
        refused.closedOn = QDate(2026, 6, 10);
        QTest::newRow("refused without reason") << refused << QList<int>{int(RequestField::Refusal)};
        refused.refusalReason = QStringLiteral("Manifestly unfounded (Art. 12(5))");
        QTest::newRow("refused with reason") << refused << QList<int>{};
        RightsRequest answered = ok;
        answered.status = QStringLiteral("answered");
        QTest::newRow("answered, never closed") << answered << QList<int>{int(RequestField::Closed)};
        RightsRequest extended = ok;
        extended.status = QStringLiteral("extended");
        extended.extendedDueOn = QDate(2026, 9, 1);
        QTest::newRow("extended without reason") << extended << QList<int>{int(RequestField::Extension)};
        RightsRequest identity = ok;
        identity.identityReceivedOn = QDate(2026, 6, 3);
        QTest::newRow("identity received, never asked") << identity << QList<int>{int(RequestField::Identity)};
        RightsRequest letter = ok;
        letter.letterDate = QDate(2026, 6, 2);
        QTest::newRow("letter dated after arrival") << letter << QList<int>{int(RequestField::Letter)};
    }
    void requests()
    {
        QFETCH(RightsRequest, request);
        QFETCH(QList<int>, errors);
        QCOMPARE(errorFields(checkRequest(request, kToday)), errors);
    }

    void organizations()
    {
        Organization o;
        o.name = QStringLiteral("SMOFT");
        o.country = QStringLiteral("TN");
        o.jurisdiction = QStringLiteral("TN");
        o.dpoEmail = QStringLiteral("dpo@smoft.example");
        QVERIFY(checkOrganization(o).isEmpty());
        o.jurisdiction = QStringLiteral("XX");
        o.dpoEmail.clear();
        const auto findings = checkOrganization(o);
        QCOMPARE(errorFields(findings), QList<int>{int(OrganizationField::Jurisdiction)});
        QCOMPARE(errorFields(findings, Finding::Severity::Warning), QList<int>{int(OrganizationField::DpoEmail)});
    }

    void emailsAndCountries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("email");
        QTest::newRow("plain") << QStringLiteral("a.b@example.fr") << true;
        QTest::newRow("spaces around") << QStringLiteral("  a@b.co  ") << true;
        QTest::newRow("no at") << QStringLiteral("a.example.fr") << false;
        QTest::newRow("two ats") << QStringLiteral("a@b@example.fr") << false;
        QTest::newRow("no dot") << QStringLiteral("a@localhost") << false;
        QTest::newRow("inner space") << QStringLiteral("a b@example.fr") << false;
    }
    void emailsAndCountries()
    {
        QFETCH(QString, text);
        QFETCH(bool, email);
        QCOMPARE(looksLikeEmail(text), email);
        QVERIFY(isCountryCode(QStringLiteral("ZA")));
        QVERIFY(!isCountryCode(QStringLiteral("za")));
        QVERIFY(!isCountryCode(QStringLiteral("ZAF")));
    }
};

QTEST_GUILESS_MAIN(TestRecordChecks)
#include "tst_recordchecks.moc"
