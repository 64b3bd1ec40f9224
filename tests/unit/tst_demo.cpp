#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "storage/HealthCheck.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace pc;
using namespace pc::test;

// The five demo organizations are faithful to their published policies, and
// the generated volume is the same for the same seed and day.
class TestDemo : public QObject
{
    Q_OBJECT

private:
    static DemoOptions options(qint64 subjects)
    {
        DemoOptions o;
        o.subjects = subjects;
        o.asOf = QDate(2026, 11, 22);
        return o;
    }

    // A digest of the people and their consent ledger, in id order.
    static QByteArray contentDigest(Database &db)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString &sql : {QStringLiteral("SELECT id, first_name, last_name, email, collected_on, relationship_end "
                                                  "FROM data_subjects ORDER BY id"),
                                   QStringLiteral("SELECT id, subject_id, purpose_id, event, occurred_at FROM consent_events "
                                                  "ORDER BY id"),
                                   QStringLiteral("SELECT reference, status, received_on, due_on FROM rights_requests ORDER BY id")}) {
            QSqlQuery q = db.prepare(sql);
            if (!q.exec())
                return {};
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i) {
                    const QVariant v = q.value(i);
                    hash.addData(v.metaType() == QMetaType::fromType<QDate>() ? v.toDate().toString(Qt::ISODate).toUtf8()
                                 : v.metaType() == QMetaType::fromType<QDateTime>()
                                     ? toDateTime(v).toString(Qt::ISODateWithMs).toUtf8()
                                     : v.toString().toUtf8());
                    hash.addData("|");
                }
            }
        }
        return hash.result().toHex();
    }

private Q_SLOTS:
    void fiveOrganizationsFaithfulToTheirPolicies_data() { addEngineColumn(); addEngineRows(); }
    void fiveOrganizationsFaithfulToTheirPolicies()
    {
        QFETCH(QString, engine);
        ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        const auto summary = DemoGenerator(*db).generate(options(250));
        PC_VERIFY_OK(summary);
        QCOMPARE(summary->organizations, 5);
        QCOMPARE(summary->subjects, 250);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM data_subjects")).toInt(), 250);
        QVERIFY(summary->consentEvents >= 3 * 250);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM consent_events")).toLongLong(), summary->consentEvents);
        QVERIFY(summary->requests >= 5 * 6);

        RegisterRepository reg(*db);
        const auto orgs = reg.organizations();
        PC_VERIFY_OK(orgs);
        QHash<QString, Organization> byJurisdiction;
        for (const Organization &o : orgs.value())
            byJurisdiction.insert(o.jurisdiction, o);
        QCOMPARE(byJurisdiction.keys().size(), 5);
        QVERIFY(byJurisdiction.value(QStringLiteral("TN")).name.contains(QLatin1String("SMOFT")));
        QVERIFY(byJurisdiction.value(QStringLiteral("BE")).legalName.contains(QLatin1String("Wago")));
        QVERIFY(byJurisdiction.value(QStringLiteral("ZA")).name.contains(QLatin1String("SmartOps")));
        QVERIFY(byJurisdiction.value(QStringLiteral("VN")).legalName.contains(QLatin1String("Enouvo")));
        QVERIFY(byJurisdiction.value(QStringLiteral("FR")).name.contains(QLatin1String("SOFTNLABS")));
        QCOMPARE(byJurisdiction.value(QStringLiteral("BE")).policyLanguage, QStringLiteral("fr"));

        auto hasRule = [&](const QString &jurisdiction, int duration, const QString &unit, const QString &trigger) {
            const auto rules = reg.retentionRules(byJurisdiction.value(jurisdiction).id);
            for (const RetentionRule &r : rules.value()) {
                if (r.duration == duration && r.unit == unit && r.triggerEvent == trigger && !r.justification.isEmpty())
                    return true;
            }
            return false;
        };
        // Smoall: data 3 months, contact details 12 months after the customer stops.
        QVERIFY(hasRule(QStringLiteral("BE"), 3, QStringLiteral("month"), QStringLiteral("relationship_end")));
        QVERIFY(hasRule(QStringLiteral("BE"), 12, QStringLiteral("month"), QStringLiteral("relationship_end")));
        // SOFTNLABS: navigation data 6 months; recruitment 5 years after last contact.
        QVERIFY(hasRule(QStringLiteral("FR"), 6, QStringLiteral("month"), QStringLiteral("collection")));
        QVERIFY(hasRule(QStringLiteral("FR"), 5, QStringLiteral("year"), QStringLiteral("last_contact")));

        // Smoall takes card payments through Stripe.
        bool stripe = false;
        for (const Processor &p : reg.processors(byJurisdiction.value(QStringLiteral("BE")).id).value())
            stripe = stripe || p.name.contains(QLatin1String("Stripe"));
        QVERIFY(stripe);
        // SOFTNLABS hosts only in the EU: no transfer abroad.
        for (const ProcessingActivity &a : reg.activities(byJurisdiction.value(QStringLiteral("FR")).id).value())
            QVERIFY2(a.transfers.isEmpty(), qPrintable(a.name));
        // SmartOps transfers outside South Africa under standard contractual clauses,
        // and its special categories rest on explicit consent.
        bool scc = false;
        bool explicitConsent = false;
        const auto smartOps = reg.activities(byJurisdiction.value(QStringLiteral("ZA")).id);
        for (const ProcessingActivity &a : smartOps.value()) {
            for (const Transfer &t : a.transfers)
                scc = scc || t.safeguard == QLatin1String("scc");
            for (const Purpose &p : a.purposes)
                explicitConsent = explicitConsent || p.specialCondition == QLatin1String("explicit_consent");
        }
        QVERIFY(scc);
        QVERIFY(explicitConsent);
        // Smartos asks permission for location data.
        bool location = false;
        for (const ConsentPurpose &p : PeopleRepository(*db).consentPurposes(byJurisdiction.value(QStringLiteral("VN")).id).value())
            location = location || p.code.contains(QLatin1String("location"));
        QVERIFY(location);

        // Every activity has what Art. 30(1) asks for.
        for (const Organization &o : orgs.value()) {
            const auto activities = reg.activities(o.id);
            QVERIFY(activities->size() >= 5);
            for (const ProcessingActivity &a : activities.value()) {
                QVERIFY2(!a.purposes.isEmpty(), qPrintable(a.name));
                QVERIFY2(!a.subjectCategoryIds.isEmpty(), qPrintable(a.name));
                QVERIFY2(!a.dataCategoryIds.isEmpty(), qPrintable(a.name));
                QVERIFY2(a.retentionRuleId > 0, qPrintable(a.name));
            }
        }

        // Some requests are open and due around the demo day, some already answered.
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM rights_requests WHERE status IN "
                                           "('received', 'in_progress', 'identity_check')")).toInt() > 0);
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM rights_requests WHERE status = 'answered'")).toInt() > 0);
        // The volume is one audit entry, the registers row by row.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'demo'")).toInt(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'data_subjects'")).toInt(), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'organizations'")).toInt(), 5);

        const auto health = checkHealth(*db);
        PC_VERIFY_OK(health);
        QVERIFY(health->ok());
    }

    void sameSeedSameDemo()
    {
        ScratchDatabase first(QStringLiteral("sqlite"));
        ScratchDatabase second(QStringLiteral("sqlite"));
        ScratchDatabase third(QStringLiteral("sqlite"));
        auto a = first.open();
        auto b = second.open();
        auto c = third.open();
        QVERIFY(a && b && c);
        PC_VERIFY_OK(DemoGenerator(*a).generate(options(400)));
        PC_VERIFY_OK(DemoGenerator(*b).generate(options(400)));
        DemoOptions other = options(400);
        other.seed = 7;
        PC_VERIFY_OK(DemoGenerator(*c).generate(other));
        const QByteArray digest = contentDigest(*a);
        QVERIFY(!digest.isEmpty());
        QCOMPARE(contentDigest(*b), digest);
        QVERIFY(contentDigest(*c) != digest);
    }

    void sameDemoOnBothEngines()
    {
        ScratchDatabase lite(QStringLiteral("sqlite"));
        ScratchDatabase server(QStringLiteral("postgresql"));
        QVERIFY2(server.isReady(), qPrintable(server.problem()));
        auto a = lite.open();
        auto b = server.open();
        QVERIFY(a && b);
        PC_VERIFY_OK(DemoGenerator(*a).generate(options(120)));
        PC_VERIFY_OK(DemoGenerator(*b).generate(options(120)));
        QCOMPARE(contentDigest(*b), contentDigest(*a));
    }

    void secondLoadIsRefusedAndChangesNothing()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        auto db = scratch.open();
        QVERIFY(db);
        PC_VERIFY_OK(DemoGenerator(*db).generate(options(50)));
        const QByteArray before = contentDigest(*db);
        const int auditBefore = scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        const auto again = DemoGenerator(*db).generate(options(50));
        QVERIFY(!again.ok());
        QVERIFY2(again.errorMessage().contains(QLatin1String("already")), qPrintable(again.errorMessage()));
        QCOMPARE(contentDigest(*db), before);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), auditBefore);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM organizations")).toInt(), 5);
        // Row auditing is back on after the refusal.
        Organization after;
        after.name = QStringLiteral("After");
        after.country = QStringLiteral("FR");
        after.jurisdiction = QStringLiteral("FR");
        PC_VERIFY_OK(RegisterRepository(*db).addOrganization(after));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), auditBefore + 1);
    }

    void noPeopleStillGivesTheRegisters()
    {
        ScratchDatabase scratch(QStringLiteral("sqlite"));
        auto db = scratch.open();
        QVERIFY(db);
        const auto summary = DemoGenerator(*db).generate(options(0));
        PC_VERIFY_OK(summary);
        QCOMPARE(summary->organizations, 5);
        QCOMPARE(summary->subjects, 0);
        QVERIFY(summary->activities >= 25);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestDemo test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_demo.moc"
