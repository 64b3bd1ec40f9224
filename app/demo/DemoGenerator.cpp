#include "DemoGenerator.h"

#include "deadlines/RequestDeadlines.h"
#include "dpia/DpiaPrefill.h"
#include "dpia/PiaMethod.h"
#include "dpia/Screening.h"
#include "storage/DpiaRepository.h"
#include "storage/AuditTrail.h"
#include "storage/BulkInsert.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"
#include "storage/SqlDialect.h"
#include "storage/SqlRow.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <random>

static void initDemoResources()
{
    Q_INIT_RESOURCE(demo);
}

namespace pc {
namespace {

// The translation context of this file's messages.
struct DemoGeneratorText
{
    Q_DECLARE_TR_FUNCTIONS(pc::DemoGenerator)
};

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDate date(const QJsonObject &o, const char *key)
{
    return QDate::fromString(str(o, key), Qt::ISODate);
}

// A deterministic random source: the same seed gives the same demo on every
// platform (the standard distributions are not portable, so none is used).
class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}
    quint64 next() { return m_engine(); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    qint64 below(qint64 n) { return n <= 0 ? 0 : qint64(next() % quint64(n)); }
    bool chance(double p) { return unit() < p; }
    template<typename T>
    const T &pick(const QList<T> &list) { return list.at(below(list.size())); }
    // A key drawn with the weights of a {key: weight} object.
    QString weighted(const QJsonObject &weights)
    {
        double total = 0;
        for (auto it = weights.begin(); it != weights.end(); ++it)
            total += it.value().toDouble();
        double r = unit() * total;
        for (auto it = weights.begin(); it != weights.end(); ++it) {
            r -= it.value().toDouble();
            if (r <= 0)
                return it.key();
        }
        return weights.isEmpty() ? QString() : weights.keys().constLast();
    }

private:
    std::mt19937_64 m_engine;
};

Result<qint64> nextId(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM %1").arg(table)) || !query.next())
        return Database::sqlError(query);
    return scalar<qint64>(query);
}

// After explicit ids, the engine's id sequence must move past them.
Status syncSequence(Database &db, const QString &table)
{
    const QString sync = db.sql().syncIdSequence(table);
    if (sync.isEmpty())
        return success();
    QSqlQuery query(db.connection());
    if (!query.exec(sync))
        return Database::sqlError(query);
    return success();
}

// Provisional statutory periods until the deadline engine recomputes them.
QString asciiFold(const QString &text)
{
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            folded += c.toLower();
    }
    return folded;
}

// What the demo needs to remember of one organization while generating people.
struct OrgPlan
{
    QJsonObject json;
    Organization org;
    QList<QPair<RowId, double>> categories;   // subject category id, share
    QHash<RowId, QString> categoryKind;
    QList<QPair<ConsentPurpose, double>> consentPurposes;
    RowId policyId = 0;
    QStringList firstNames;
    QStringList lastNames;
};

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list << v.toString();
    return list;
}

// The keys of a demo organization's file, and the rows they became.
struct DemoKeys
{
    QHash<QString, RowId> retention;
    QHash<QString, RowId> subjectCategories;
    QHash<QString, RowId> dataCategories;
    QHash<QString, RowId> processors;
    QHash<QString, RowId> activities;
};

// The controller as its file describes it.
void readOrganization(const QJsonObject &json, Organization &o)
{
    o.name = str(json, "name");
    o.legalName = str(json, "legal_name");
    o.address = str(json, "address");
    o.country = str(json, "country");
    o.jurisdiction = str(json, "jurisdiction");
    o.registrationNumber = str(json, "registration_number");
    o.website = str(json, "website");
    o.policyLanguage = str(json, "policy_language");
    const QJsonObject dpo = json.value(QLatin1String("dpo")).toObject();
    o.dpoName = str(dpo, "name");
    o.dpoEmail = str(dpo, "email");
    o.dpoPhone = str(dpo, "phone");
    o.dpoAddress = str(dpo, "address");
    const QJsonObject representative = json.value(QLatin1String("representative")).toObject();
    o.representativeName = str(representative, "name");
    o.representativeContact = str(representative, "contact");
    o.actsAsProcessor = json.value(QLatin1String("acts_as_processor")).toBool();
    o.notes = str(json, "notes");
}

Status loadPolicy(PeopleRepository &people, const QJsonObject &json, OrgPlan &plan)
{
    const QJsonObject policyJson = json.value(QLatin1String("policy")).toObject();
    PrivacyPolicy policy;
    policy.organizationId = plan.org.id;
    policy.versionLabel = str(policyJson, "version");
    policy.effectiveOn = date(policyJson, "effective_on");
    policy.language = str(policyJson, "language");
    policy.url = str(policyJson, "url");
    policy.text = str(policyJson, "text");
    policy.changesContactUse = policyJson.value(QLatin1String("changes_contact_use")).toBool();
    if (auto id = people.addPolicy(policy); !id)
        return id.error();
    plan.policyId = policy.id;
    return success();
}

Status loadRetentionRules(RegisterRepository &reg, const QJsonObject &json, const OrgPlan &plan, DemoKeys &keys)
{
    QHash<QString, RowId> retention;
    for (const QJsonValue &v : json.value(QLatin1String("retention_rules")).toArray()) {
        const QJsonObject r = v.toObject();
        RetentionRule rule;
        rule.organizationId = plan.org.id;
        rule.name = str(r, "name");
        rule.duration = r.value(QLatin1String("duration")).toInt();
        rule.unit = str(r, "unit");
        rule.triggerEvent = str(r, "trigger");
        rule.customTrigger = str(r, "custom_trigger");
        rule.outcome = str(r, "outcome");
        rule.justification = str(r, "justification");
        rule.legalReference = str(r, "legal_reference");
        if (auto id = reg.addRetentionRule(rule); !id)
            return Error{DemoGeneratorText::tr("Demo retention rule “%1”: %2").arg(rule.name, id.errorMessage())};
        keys.retention.insert(str(r, "key"), rule.id);
    }
    return success();
}

// The categories of people (with their share of the volume) and of data.
Status loadCategories(RegisterRepository &reg, const QJsonObject &json, OrgPlan &plan, DemoKeys &keys)
{
    QHash<QString, RowId> subjectCategories;
    for (const QJsonValue &v : json.value(QLatin1String("subject_categories")).toArray()) {
        const QJsonObject c = v.toObject();
        SubjectCategory category;
        category.organizationId = plan.org.id;
        category.kind = str(c, "kind");
        category.name = str(c, "name");
        category.description = str(c, "description");
        if (auto id = reg.addSubjectCategory(category); !id)
            return Error{DemoGeneratorText::tr("Demo category “%1”: %2").arg(category.name, id.errorMessage())};
        keys.subjectCategories.insert(str(c, "key"), category.id);
        plan.categories << qMakePair(category.id, c.value(QLatin1String("share")).toDouble());
        plan.categoryKind.insert(category.id, category.kind);
    }

    QHash<QString, RowId> dataCategories;
    for (const QJsonValue &v : json.value(QLatin1String("data_categories")).toArray()) {
        const QJsonObject c = v.toObject();
        DataCategory category;
        category.organizationId = plan.org.id;
        category.name = str(c, "name");
        category.description = str(c, "description");
        category.specialCategory = c.value(QLatin1String("special")).toBool();
        category.retentionRuleId = keys.retention.value(str(c, "retention"));
        if (auto id = reg.addDataCategory(category); !id)
            return Error{DemoGeneratorText::tr("Demo data category “%1”: %2").arg(category.name, id.errorMessage())};
        keys.dataCategories.insert(str(c, "key"), category.id);
    }
    return success();
}

// Parents before their sub-processors, whatever the order in the file.
Status loadProcessors(RegisterRepository &reg, const QJsonObject &json, const OrgPlan &plan, DemoKeys &keys,
                      DemoSummary &summary)
{
    QJsonArray pending = json.value(QLatin1String("processors")).toArray();
    while (!pending.isEmpty()) {
        QJsonArray later;
        for (const QJsonValue &v : pending) {
            const QJsonObject p = v.toObject();
            const QString parent = str(p, "parent");
            if (!parent.isEmpty() && !keys.processors.contains(parent)) {
                later << p;
                continue;
            }
            Processor processor;
            processor.organizationId = plan.org.id;
            processor.parentProcessorId = keys.processors.value(parent);
            processor.name = str(p, "name");
            processor.role = str(p, "role");
            processor.service = str(p, "service");
            processor.country = str(p, "country");
            processor.contactEmail = str(p, "contact_email");
            processor.website = str(p, "website");
            processor.contractSignedOn = date(p, "contract_signed_on");
            processor.dpaSignedOn = date(p, "dpa_signed_on");
            processor.dpaExpiresOn = date(p, "dpa_expires_on");
            processor.privacyPolicyUrl = str(p, "privacy_policy_url");
            processor.privacyPolicyCheckedOn = date(p, "privacy_policy_checked_on");
            processor.dataShared = str(p, "data_shared");
            processor.transferSafeguard = str(p, "transfer_safeguard");
            if (auto id = reg.addProcessor(processor); !id)
                return Error{DemoGeneratorText::tr("Demo processor “%1”: %2").arg(processor.name, id.errorMessage())};
            keys.processors.insert(str(p, "key"), processor.id);
            ++summary.processors;
        }
        if (later.size() == pending.size())
            return Error{DemoGeneratorText::tr("The demo data names a sub-processor whose parent is missing.")};
        pending = later;
    }
    return success();
}

Status loadActivities(RegisterRepository &reg, const QJsonObject &json, const OrgPlan &plan, DemoKeys &keys,
                      DemoSummary &summary)
{
    QHash<QString, RowId> activities;
    for (const QJsonValue &v : json.value(QLatin1String("activities")).toArray()) {
        const QJsonObject a = v.toObject();
        ProcessingActivity activity;
        activity.organizationId = plan.org.id;
        activity.reference = str(a, "reference");
        activity.name = str(a, "name");
        activity.description = str(a, "description");
        activity.controllerRole = str(a, "controller_role");
        activity.clientName = str(a, "client_name");
        for (const QJsonValue &pv : a.value(QLatin1String("purposes")).toArray()) {
            const QJsonObject p = pv.toObject();
            activity.purposes << Purpose{0, str(p, "description"), str(p, "legal_basis"),
                                         str(p, "legitimate_interest"), str(p, "special_condition")};
        }
        for (const QString &key : stringList(a.value(QLatin1String("subject_categories"))))
            activity.subjectCategoryIds << keys.subjectCategories.value(key);
        for (const QString &key : stringList(a.value(QLatin1String("data_categories"))))
            activity.dataCategoryIds << keys.dataCategories.value(key);
        for (const QJsonValue &rv : a.value(QLatin1String("recipients")).toArray()) {
            const QJsonObject r = rv.toObject();
            activity.recipients << Recipient{0, str(r, "name"), str(r, "kind"), keys.processors.value(str(r, "processor"))};
        }
        for (const QJsonValue &tv : a.value(QLatin1String("transfers")).toArray()) {
            const QJsonObject t = tv.toObject();
            activity.transfers << Transfer{0, str(t, "country"), str(t, "recipient"),
                                           keys.processors.value(str(t, "processor")), str(t, "safeguard"),
                                           str(t, "reference")};
        }
        for (const QString &key : stringList(a.value(QLatin1String("processors"))))
            activity.processorIds << keys.processors.value(key);
        activity.retentionRuleId = keys.retention.value(str(a, "retention"));
        activity.retentionNote = str(a, "retention_note");
        activity.securityMeasures = str(a, "security_measures");
        activity.dataSource = str(a, "data_source");
        activity.dpiaRequired = a.value(QLatin1String("dpia_required")).toBool();
        activity.dpiaDoneOn = date(a, "dpia_done_on");
        activity.status = str(a, "status");
        activity.approvedOn = date(a, "approved_on");
        for (RowId id : std::as_const(activity.subjectCategoryIds) + activity.dataCategoryIds + activity.processorIds) {
            if (id == 0)
                return Error{DemoGeneratorText::tr("The demo activity “%1” refers to an unknown category or processor.").arg(activity.name)};
        }
        if (auto id = reg.addActivity(activity); !id)
            return Error{DemoGeneratorText::tr("Demo activity “%1”: %2").arg(activity.name, id.errorMessage())};
        keys.activities.insert(activity.reference, activity.id);
        ++summary.activities;
    }
    return success();
}

Status loadConsentPurposes(PeopleRepository &people, const QJsonObject &json, OrgPlan &plan, const DemoKeys &keys)
{
    for (const QJsonValue &v : json.value(QLatin1String("consent_purposes")).toArray()) {
        const QJsonObject c = v.toObject();
        ConsentPurpose purpose;
        purpose.organizationId = plan.org.id;
        purpose.activityId = keys.activities.value(str(c, "activity"));
        purpose.code = str(c, "key");
        purpose.name = str(c, "name");
        purpose.description = str(c, "description");
        purpose.expiryMonths = c.value(QLatin1String("expiry_months")).toInt();
        if (auto id = people.addConsentPurpose(purpose); !id)
            return Error{DemoGeneratorText::tr("Demo consent purpose “%1”: %2").arg(purpose.name, id.errorMessage())};
        plan.consentPurposes << qMakePair(purpose, c.value(QLatin1String("base_rate")).toDouble(0.4));
    }
    return success();
}

Status loadOrganization(Database &db, const QJsonObject &json, OrgPlan &plan, DemoSummary &summary)
{
    RegisterRepository reg(db);
    PeopleRepository people(db);
    plan.json = json;
    Organization &o = plan.org;
    readOrganization(json, o);
    const auto existing = reg.organizationByName(o.name);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Error{DemoGeneratorText::tr("The database already holds the demo organization “%1”; load the demo into a new database.")
                         .arg(o.name)};
    if (auto id = reg.addOrganization(o); !id)
        return id.error();
    ++summary.organizations;
    if (Status s = loadPolicy(people, json, plan); !s)
        return s;
    DemoKeys keys;
    if (Status s = loadRetentionRules(reg, json, plan, keys); !s)
        return s;
    if (Status s = loadCategories(reg, json, plan, keys); !s)
        return s;
    if (Status s = loadProcessors(reg, json, plan, keys, summary); !s)
        return s;
    if (Status s = loadActivities(reg, json, plan, keys, summary); !s)
        return s;
    if (Status s = loadConsentPurposes(people, json, plan, keys); !s)
        return s;
    plan.firstNames = stringList(json.value(QLatin1String("first_names")));
    plan.lastNames = stringList(json.value(QLatin1String("last_names")));
    if (plan.firstNames.isEmpty() || plan.lastNames.isEmpty() || plan.categories.isEmpty())
        return Error{DemoGeneratorText::tr("The demo data of “%1” has no names or categories of people.").arg(o.name)};
    return success();
}

// The people of one organization, their consent histories and their requests.
class VolumeWriter
{
public:
    VolumeWriter(Database &db, const DemoOptions &options, Random &random)
        : m_db(db), m_options(options), m_random(random),
          m_subjects(db, QStringLiteral("data_subjects"),
                     {QStringLiteral("id"), QStringLiteral("organization_id"), QStringLiteral("category_id"),
                      QStringLiteral("external_ref"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                      QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("country"),
                      QStringLiteral("language"), QStringLiteral("collected_on"),
                      QStringLiteral("relationship_start"), QStringLiteral("relationship_end"),
                      QStringLiteral("termination_notice_on"), QStringLiteral("last_contact_on")}),
          m_consents(db, QStringLiteral("consent_events"),
                     {QStringLiteral("id"), QStringLiteral("subject_id"), QStringLiteral("purpose_id"),
                      QStringLiteral("event"), QStringLiteral("occurred_at"), QStringLiteral("method"),
                      QStringLiteral("source"), QStringLiteral("policy_id")})
    {
    }

    Status init()
    {
        m_consents.writeAfter(&m_subjects);
        // The requests are assigned to whoever loads the demo.
        const auto officer = CaseRepository(m_db).ensureLocalUser(m_db.actor());
        if (!officer)
            return officer.error();
        m_assigneeId = officer->id;
        for (const char *table : {"data_subjects", "consent_events"}) {
            const auto id = nextId(m_db, QString::fromLatin1(table));
            if (!id)
                return id.error();
            (table[0] == 'd' ? m_nextSubject : m_nextConsent) = id.value();
        }
        return success();
    }

    Status writeOrganization(const OrgPlan &plan, qint64 count, const std::function<void(qint64)> &tick)
    {
        const QString domain = str(plan.json, "email_domain");
        const QString key = str(plan.json, "key").toUpper();
        const QString phonePrefix = phonePrefixOf(plan.org.country);
        for (qint64 i = 0; i < count; ++i) {
            const RowId id = m_nextSubject++;
            const RowId category = pickCategory(plan);
            const QString kind = plan.categoryKind.value(category);
            const QString first = m_random.pick(plan.firstNames);
            const QString last = m_random.pick(plan.lastNames);
            const QString email = QStringLiteral("%1.%2.%3@%4").arg(asciiFold(first), asciiFold(last)).arg(id).arg(domain);
            const QDate collected = m_options.asOf.addDays(-1 - m_random.below(5 * 365));
            QDate start;
            QDate end;
            QDate notice;
            QDate lastContact = collected.addDays(m_random.below(qMax<qint64>(1, collected.daysTo(m_options.asOf))));
            if (kind == QLatin1String("customer") || kind == QLatin1String("user") || kind == QLatin1String("employee")
                || kind == QLatin1String("service_provider")) {
                start = collected;
                if (m_random.chance(0.3)) {
                    end = start.addDays(30 + m_random.below(qMax<qint64>(31, start.daysTo(m_options.asOf))));
                    if (end > m_options.asOf)
                        end = m_options.asOf.addDays(-m_random.below(30));
                    if (end < start)
                        end = start;
                    notice = end.addDays(-30);
                    if (notice < start)
                        notice = start;
                    lastContact = end;
                }
            }
            const QString ref = QStringLiteral("%1-%2").arg(key).arg(id, 8, 10, QLatin1Char('0'));
            const QString phone = phonePrefix + QString::number(100000000 + m_random.below(899999999));
            if (Status s = m_subjects.add({id, plan.org.id, category, ref, first, last, email, phone, plan.org.country,
                                           plan.org.policyLanguage, collected, dateOrNull(start), dateOrNull(end),
                                           dateOrNull(notice), lastContact});
                !s) {
                return s;
            }
            if (Status s = writeConsents(plan, id, collected); !s)
                return s;
            m_people << Person{id, first + QLatin1Char(' ') + last, email, collected};
            if ((i & 1023) == 0)
                tick(i);
        }
        if (Status s = m_subjects.flush(); !s)
            return s;
        return m_consents.flush();
    }

    Status writeRequests(const OrgPlan &plan, DemoSummary &summary)
    {
        CaseRepository cases(m_db);
        const QJsonObject profile = plan.json.value(QLatin1String("request_profile")).toObject();
        const double rate = profile.value(QLatin1String("per_100_subjects")).toDouble(2.0);
        const qint64 count = qMax<qint64>(m_people.isEmpty() ? 0 : 6, qint64(m_people.size() * rate / 100.0));
        const QString key = str(plan.json, "key").toUpper();
        for (qint64 n = 0; n < count && !m_people.isEmpty(); ++n) {
            const Person &person = m_people.at(m_random.below(m_people.size()));
            RightsRequest r;
            r.organizationId = plan.org.id;
            r.subjectId = person.id;
            r.jurisdiction = plan.org.jurisdiction;
            r.language = plan.org.policyLanguage;
            r.requesterName = person.name;
            r.requesterEmail = person.email;
            r.channel = m_random.weighted(profile.value(QLatin1String("channels")).toObject());
            if (r.channel.isEmpty())
                r.channel = QStringLiteral("email");
            const QJsonObject typeWeights = profile.value(QLatin1String("types")).toObject();
            r.types << m_random.weighted(typeWeights);
            if (r.types.first().isEmpty())
                r.types.first() = QStringLiteral("access");
            if (r.types.first() == QLatin1String("erasure") && m_random.chance(0.4))
                r.types << QStringLiteral("consent_withdrawal") << QStringLiteral("objection");
            // A few recent, still open, some of them overdue; most answered.
            const bool recent = n < qMax<qint64>(3, count / 6);
            const qint64 ageDays = recent ? m_random.below(45) : 45 + m_random.below(365);
            r.receivedOn = m_options.asOf.addDays(-ageDays);
            if (r.receivedOn < person.collected)
                r.receivedOn = person.collected;
            r.letterDate = r.receivedOn.addDays(-m_random.below(4));
            r.reference = QStringLiteral("%1-%2-%3").arg(key).arg(r.receivedOn.year()).arg(n + 1, 4, 10, QLatin1Char('0'));
            r.assigneeId = m_assigneeId;
            if (recent) {
                static const QStringList open = {QStringLiteral("received"), QStringLiteral("in_progress"),
                                                 QStringLiteral("identity_check"), QStringLiteral("in_progress")};
                r.status = m_random.pick(open);
                if (r.status == QLatin1String("identity_check"))
                    r.identityRequestedOn = r.receivedOn.addDays(1);
            } else if (m_random.chance(0.08)) {
                r.status = QStringLiteral("refused");
                r.refusalReason = plan.org.policyLanguage == QLatin1String("fr")
                                      ? QStringLiteral("Demande manifestement infondée ou excessive (art. 12(5) RGPD).")
                                      : QStringLiteral("Manifestly unfounded or excessive request.");
                r.closedOn = r.receivedOn.addDays(5 + m_random.below(20));
            } else if (m_random.chance(0.04)) {
                r.status = QStringLiteral("withdrawn");
                r.closedOn = r.receivedOn.addDays(2 + m_random.below(10));
            } else {
                r.status = QStringLiteral("answered");
                r.closedOn = r.receivedOn.addDays(3 + m_random.below(28));
            }
            if (r.closedOn.isValid() && r.closedOn > m_options.asOf)
                r.closedOn = m_options.asOf;
            // The due date the law gives, computed as the window does.
            if (const auto rule = deadlines::shippedRule(r.jurisdiction)) {
                const deadlines::DeadlineEngine engine(rule.value(), deadlines::HolidayCalendar(r.jurisdiction, {}));
                deadlines::applyDeadlines(r, engine, m_options.asOf);
            }
            if (auto id = cases.addRequest(r); !id)
                return Error{DemoGeneratorText::tr("Demo request %1: %2").arg(r.reference, id.errorMessage())};
            // Saving a request starts its history on the day it arrived.
            if (r.closedOn.isValid()) {
                RequestEvent closed;
                closed.requestId = r.id;
                closed.occurredAt = r.closedOn.startOfDay(Qt::UTC).addSecs(15 * 3600);
                closed.step = r.status;
                if (auto id = cases.addRequestEvent(closed); !id)
                    return id.error();
            }
            ++summary.requests;
        }
        m_people.clear();
        return success();
    }

    qint64 subjectsWritten() const { return m_nextSubject; }
    qint64 consentEventsWritten() const { return m_consentCount; }

private:
    struct Person
    {
        RowId id;
        QString name;
        QString email;
        QDate collected;
    };

    static QString phonePrefixOf(const QString &country)
    {
        static const QHash<QString, QString> prefixes = {
            {QStringLiteral("TN"), QStringLiteral("+216 ")}, {QStringLiteral("BE"), QStringLiteral("+32 ")},
            {QStringLiteral("ZA"), QStringLiteral("+27 ")},  {QStringLiteral("VN"), QStringLiteral("+84 ")},
            {QStringLiteral("FR"), QStringLiteral("+33 ")}};
        return prefixes.value(country, QStringLiteral("+"));
    }

    RowId pickCategory(const OrgPlan &plan)
    {
        double r = m_random.unit();
        for (const auto &[id, share] : plan.categories) {
            r -= share;
            if (r <= 0)
                return id;
        }
        return plan.categories.constLast().first;
    }

    Status addConsent(RowId subject, RowId purpose, const char *event, const QDateTime &when, const QString &method,
                      const QString &source, RowId policy)
    {
        ++m_consentCount;
        return m_consents.add({m_nextConsent++, subject, purpose, QString::fromLatin1(event), when.toUTC(), method,
                               source, idOrNull(policy)});
    }

    // Each person meets each purpose once (given or refused); some withdraw,
    // some consent again, and consents of purposes with a lifetime expire.
    Status writeConsents(const OrgPlan &plan, RowId subject, const QDate &collected)
    {
        static const QStringList methods = {QStringLiteral("web_form"), QStringLiteral("web_form"),
                                            QStringLiteral("app"), QStringLiteral("email"),
                                            QStringLiteral("cookie_banner"), QStringLiteral("in_person")};
        const QDateTime now = m_options.asOf.startOfDay(Qt::UTC);
        for (const auto &[purpose, rate] : plan.consentPurposes) {
            QDateTime when = collected.startOfDay(Qt::UTC).addSecs(8 * 3600 + m_random.below(10 * 3600));
            const QString method = purpose.code.contains(QLatin1String("cookie"))
                                       ? QStringLiteral("cookie_banner")
                                       : m_random.pick(methods);
            const QString source = purpose.code.contains(QLatin1String("cookie")) ? QStringLiteral("website banner")
                                                                                 : QStringLiteral("sign-up form");
            if (!m_random.chance(rate)) {
                if (Status s = addConsent(subject, purpose.id, "refused", when, method, source, plan.policyId); !s)
                    return s;
                if (!m_random.chance(0.35))
                    continue;
                when = when.addDays(20 + m_random.below(300));
                if (when >= now)
                    continue;
                if (Status s = addConsent(subject, purpose.id, "given", when, method, source, plan.policyId); !s)
                    return s;
            } else if (Status s = addConsent(subject, purpose.id, "given", when, method, source, plan.policyId); !s) {
                return s;
            }
            // Consent now given at `when`.
            for (int round = 0; round < 2; ++round) {
                if (purpose.expiryMonths > 0 && when.addMonths(purpose.expiryMonths) < now) {
                    when = when.addMonths(purpose.expiryMonths);
                    if (Status s = addConsent(subject, purpose.id, "expired", when, QStringLiteral("import"),
                                              QStringLiteral("expiry"), 0);
                        !s) {
                        return s;
                    }
                } else if (m_random.chance(0.3)) {
                    when = when.addDays(1 + m_random.below(qMax<qint64>(1, when.daysTo(now))));
                    if (when >= now)
                        break;
                    if (Status s = addConsent(subject, purpose.id, "withdrawn", when, QStringLiteral("email"),
                                              QStringLiteral("unsubscribe link"), 0);
                        !s) {
                        return s;
                    }
                } else {
                    break;
                }
                if (!m_random.chance(0.5))
                    break;
                when = when.addDays(1 + m_random.below(90));
                if (when >= now)
                    break;
                if (Status s = addConsent(subject, purpose.id, "given", when, method, source, plan.policyId); !s)
                    return s;
            }
        }
        return success();
    }

    Database &m_db;
    const DemoOptions &m_options;
    Random &m_random;
    BulkInsert m_subjects;
    BulkInsert m_consents;
    RowId m_assigneeId = 0;
    RowId m_nextSubject = 1;
    RowId m_nextConsent = 1;
    qint64 m_consentCount = 0;
    QList<Person> m_people;
};

// Two breaches every organization of the demo has met: one closed long ago,
// not notified for want of a risk, one whose 72-hour notification clock is
// running on the demo day.
struct BreachStory
{
    int daysBefore;
    int hourOfDay;
    int hoursUntilAware;
    int hoursUntilContained;
    const char *risk;
    const char *status;
    const char *nature;
    int affected;
    const char *title[2];          // English, French
    const char *description[2];
    const char *cause[2];
    const char *categories[2];
    const char *people[2];
    const char *consequences[2];
    const char *measures[2];
    const char *advice[2];
    const char *noNotification[2];
};

constexpr BreachStory kBreachStories[] = {
    {200, 18, 14, 16, "none", "closed", "availability", 420,
     {"Stolen laptop (encrypted disk)", "Ordinateur portable volé (disque chiffré)"},
     {"A sales representative's laptop was stolen on a train. The disk was encrypted; no data was exposed.",
      "Un ordinateur portable d'un commercial a été volé dans un train. Le disque était chiffré ; aucune donnée "
      "n'a été exposée."},
     {"Theft by an unknown person.", "Vol par une personne inconnue."},
     {"Customer contact details", "Coordonnées des clients"},
     {"Customers", "Clients"},
     {"None: full-disk encryption.", "Aucune : chiffrement intégral du disque."},
     {"Remote wipe, password changed.", "Effacement à distance, mot de passe changé."},
     {"", ""},
     {"The disk was encrypted with a key the thief does not have, and a copy of the data was kept: the breach is "
      "unlikely to result in a risk to the people (Art. 33(1)).",
      "Le disque était chiffré avec une clé que le voleur n'a pas, et une copie des données était conservée : la "
      "violation n'est pas susceptible d'engendrer un risque pour les personnes (art. 33(1))."}},
    {1, 10, 3, 5, "risk", "open", "confidentiality", 310,
     {"E-mail sent with all recipients visible", "Courriel envoyé avec les destinataires en copie visible"},
     {"A newsletter went out with addresses in “To” instead of “Bcc”: 310 subscribers' addresses were visible.",
      "Une lettre d'information a été envoyée en « À » au lieu de « Cci » : les adresses de 310 abonnés étaient "
      "visibles."},
     {"Human error when sending the newsletter from the mailing tool.",
      "Erreur humaine lors de l'envoi de la lettre d'information depuis l'outil d'envoi."},
     {"E-mail addresses", "Adresses électroniques"},
     {"Newsletter subscribers", "Abonnés à la lettre d'information"},
     {"", ""},
     {"Message recall requested; mailing procedure reviewed.",
      "Rappel du message demandé ; procédure d'envoi revue."},
     {"Be wary of messages that claim to come from us or from other subscribers, and do not answer those that ask "
      "for your passwords.",
      "Méfiez-vous des messages qui prétendent venir de nous ou d'autres abonnés, et ne répondez pas à ceux qui "
      "demandent vos mots de passe."},
     {"", ""}},
};

Status addBreaches(Database &db, const OrgPlan &plan, const QDate &asOf, DemoSummary &summary)
{
    CaseRepository cases(db);
    const int language = plan.org.policyLanguage == QLatin1String("fr") ? 1 : 0;
    const QString key = str(plan.json, "key").toUpper();
    int number = 0;
    for (const BreachStory &story : kBreachStories) {
        Breach b;
        b.organizationId = plan.org.id;
        b.occurredAt = asOf.addDays(-story.daysBefore).startOfDay(Qt::UTC).addSecs(story.hourOfDay * 3600);
        b.awareAt = b.occurredAt.addSecs(story.hoursUntilAware * 3600);
        b.containedAt = b.occurredAt.addSecs(story.hoursUntilContained * 3600);
        b.reference = QStringLiteral("%1-BR-%2-%3").arg(key).arg(b.occurredAt.date().year()).arg(++number, 2, 10, QLatin1Char('0'));
        b.title = QString::fromUtf8(story.title[language]);
        b.description = QString::fromUtf8(story.description[language]);
        b.cause = QString::fromUtf8(story.cause[language]);
        b.dataCategories = QString::fromUtf8(story.categories[language]);
        b.subjectCategories = QString::fromUtf8(story.people[language]);
        b.consequences = QString::fromUtf8(story.consequences[language]);
        b.measures = QString::fromUtf8(story.measures[language]);
        b.advice = QString::fromUtf8(story.advice[language]);
        b.noNotificationReason = QString::fromUtf8(story.noNotification[language]);
        b.nature = {QString::fromLatin1(story.nature)};
        b.risk = QString::fromLatin1(story.risk);
        b.status = QString::fromLatin1(story.status);
        if (b.status == QLatin1String("closed"))
            b.closedAt = b.awareAt.addDays(3);
        b.subjectsAffected = story.affected;
        b.recordsAffected = story.affected;
        if (auto id = cases.addBreach(b); !id)
            return id.error();
        ++summary.breaches;
    }
    return success();
}

// The impact assessments the demo policies call for (resources/demo/
// assessments.json): started from the register as the window starts one,
// completed with the file's answers, measures and evaluations, and each
// activity screened. Days are counted from the demo's "today".
Status addAssessments(Database &db, const QList<OrgPlan> &plans, const QDate &asOf)
{
    QFile file(QStringLiteral(":/demo/assessments.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{DemoGeneratorText::tr("The demo organizations are missing from this build.")};
    const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("assessments")).toArray();
    const DocumentLanguage english(QStringLiteral("en"));
    const dpia::PiaMethod method(english);
    QHash<QString, QString> catalogue;
    for (const dpia::CatalogueMeasure &m : method.catalogue())
        catalogue.insert(m.slug, m.name);
    const QDate today = qMin(asOf, QDate::currentDate());
    auto stamp = [&](int daysAgo) {
        return QDateTime(today.addDays(-daysAgo), QTime(9, 30), Qt::UTC).toString(Qt::ISODateWithMs);
    };
    auto optional = [](const QJsonValue &v) {
        return v.toString().isEmpty() ? std::nullopt : std::optional<QString>(v.toString());
    };
    auto evaluation = [&](const QString &reference, RowId measureId, const QJsonArray &e) {
        DpiaEvaluation ev;
        ev.reference = reference;
        ev.measureId = measureId;
        ev.status = e.at(0).toInt();
        ev.globalStatus = ev.status > 0 ? 2 : 0;
        ev.evaluationComment = optional(e.at(1));
        ev.actionPlanComment = optional(e.at(2));
        ev.personInCharge = optional(e.at(3));
        if (const int days = e.at(4).toInt(); days != 0)
            ev.estimatedImplementationDate = QDateTime(today.addDays(days), QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs);
        ev.gaugeX = e.at(5).toInt();
        ev.gaugeY = e.at(6).toInt();
        ev.createdAt = stamp(100);
        return ev;
    };
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        const OrgPlan *plan = nullptr;
        for (const OrgPlan &p : plans) {
            if (p.org.name == entry.value(QLatin1String("organization")).toString())
                plan = &p;
        }
        if (!plan)
            continue;
        const Result<RowId> found =
            RegisterRepository(db).activityIdByReference(plan->org.id, entry.value(QLatin1String("activity")).toString());
        if (!found)
            return found.error();
        const RowId activity = found.value();
        if (activity == 0)
            continue;
        Result<Dpia> started = dpia::DpiaPrefill(english).start(db, activity);
        if (!started)
            return started.error();
        Dpia d = started.value();
        d.status = entry.value(QLatin1String("status")).toInt();
        d.authorName = entry.value(QLatin1String("author")).toString();
        d.evaluatorName = entry.value(QLatin1String("evaluator")).toString();
        d.validatorName = entry.value(QLatin1String("validator")).toString();
        d.category = entry.value(QLatin1String("category")).toString();
        const int decidedDaysAgo = entry.value(QLatin1String("decided_days_ago")).toInt();
        if (decidedDaysAgo >= 0)
            d.decidedOn = today.addDays(-decidedDaysAgo);
        if (const int days = entry.value(QLatin1String("review_in_days")).toInt(); days >= 0)
            d.reviewOn = today.addDays(days);
        if (!entry.value(QLatin1String("dpo_status")).isNull())
            d.dpoStatus = entry.value(QLatin1String("dpo_status")).toInt();
        d.dpoOpinion = entry.value(QLatin1String("dpo_opinion")).toString();
        d.peopleNames = entry.value(QLatin1String("people_names")).toString();
        d.peopleOpinionSought = entry.value(QLatin1String("people_sought")).toBool();
        d.peopleNotSoughtReason = entry.value(QLatin1String("people_not_sought")).toString();
        if (!entry.value(QLatin1String("people_status")).isNull())
            d.peopleStatus = entry.value(QLatin1String("people_status")).toInt();
        d.peopleOpinion = entry.value(QLatin1String("people_opinion")).toString();
        d.createdAt = stamp(150);
        d.updatedAt = stamp(decidedDaysAgo >= 0 ? decidedDaysAgo : 5);
        auto put = [&](const DpiaAnswer &answer) {
            for (DpiaAnswer &a : d.answers) {
                if (a.questionId == answer.questionId) {
                    a = answer;
                    return;
                }
            }
            d.answers << answer;
        };
        const QJsonObject answers = entry.value(QLatin1String("answers")).toObject();
        for (auto a = answers.begin(); a != answers.end(); ++a)
            put(DpiaAnswer{0, a.key().toInt(), a.value().toString(), 0, {}, stamp(140), QString()});
        for (const char *key : {"lists", "risk_answers"}) {
            const QJsonObject lists = entry.value(QLatin1String(key)).toObject();
            for (auto l = lists.begin(); l != lists.end(); ++l) {
                QStringList items;
                for (const QJsonValue &item : l.value().toArray())
                    items << item.toString();
                if (!items.isEmpty())
                    put(DpiaAnswer{0, l.key().toInt(), std::nullopt, std::nullopt, items, stamp(130), QString()});
            }
        }
        const QJsonObject gauges = entry.value(QLatin1String("gauges")).toObject();
        for (auto g = gauges.begin(); g != gauges.end(); ++g) {
            const QJsonArray pair = g.value().toArray();
            put(DpiaAnswer{0, g.key().toInt(), pair.at(1).toString(), pair.at(0).toInt(), {}, stamp(130), QString()});
        }
        RowId next = -1;
        for (const QJsonValue &m : entry.value(QLatin1String("measures")).toArray()) {
            const QJsonObject measure = m.toObject();
            const QString slug = measure.value(QLatin1String("slug")).toString();
            DpiaMeasure dm;
            dm.id = next--;
            dm.title = catalogue.value(slug, slug);
            dm.content = measure.value(QLatin1String("content")).toString();
            dm.placeholder = QStringLiteral("knowledge_base.slugs.%1.placeholder").arg(slug);
            dm.createdAt = stamp(135);
            d.measures << dm;
            QJsonArray e = measure.value(QLatin1String("evaluation")).toArray();
            e << 0 << 0;
            d.evaluations << evaluation(QStringLiteral("3.1"), dm.id, e);
        }
        const QJsonObject items = entry.value(QLatin1String("item_evaluations")).toObject();
        for (auto i = items.begin(); i != items.end(); ++i)
            d.evaluations << evaluation(i.key(), 0, QJsonArray{i.value().toInt(), QString(), QString(), QString(), 0, 0, 0});
        const QJsonObject risks = entry.value(QLatin1String("risk_evaluations")).toObject();
        for (auto r = risks.begin(); r != risks.end(); ++r)
            d.evaluations << evaluation(r.key(), 0, r.value().toArray());

        // Screened before the assessment was started.
        DpiaRepository repository(db);
        const Result<dpia::ActivityFacts> facts = repository.facts(activity);
        if (!facts)
            return facts.error();
        dpia::Screening screening = dpia::ScreeningRules(english).prefilled(activity, facts.value());
        for (const QJsonValue &extra : entry.value(QLatin1String("extra_criteria")).toArray()) {
            for (dpia::CriterionAnswer &c : screening.criteria) {
                if (dpia::criterionCode(c.criterion) == extra.toString())
                    c.met = true;
            }
        }
        screening.screenedOn = today.addDays(-160);
        screening.screenedBy = d.authorName;
        if (const auto recorded = repository.recordScreening(screening); !recorded)
            return recorded.error();
        if (const auto added = repository.add(d); !added)
            return added.error();
    }
    return success();
}

} // namespace

Result<DemoSummary> DemoGenerator::generate(const DemoOptions &options)
{
    initDemoResources();
    if (options.subjects < 0)
        return Error{DemoGeneratorText::tr("The number of people must not be negative.")};
    if (!options.asOf.isValid())
        return Error{DemoGeneratorText::tr("The demo reference date is not a valid date.")};

    QFile file(QStringLiteral(":/demo/organizations.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{DemoGeneratorText::tr("The demo organizations are missing from this build.")};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (document.isNull())
        return Error{DemoGeneratorText::tr("The demo organizations cannot be read: %1").arg(parseError.errorString())};
    const QJsonArray organizations = document.object().value(QLatin1String("organizations")).toArray();
    if (organizations.isEmpty())
        return Error{DemoGeneratorText::tr("The demo organizations are missing from this build.")};

    DemoSummary summary;
    Random random(options.seed);
    auto report = [this](double share) {
        if (m_progress)
            m_progress(qBound(0.0, share, 1.0));
    };

    // Millions of index entries go in: a larger page cache for the load only.
    const bool bulk = !m_db.isPostgresql() && options.subjects > 10000;
    if (bulk)
        (void)m_db.execute(QStringLiteral("PRAGMA cache_size = -524288;"));
    const Status done = m_db.transaction([&]() -> Status {
        QList<OrgPlan> plans;
        for (const QJsonValue &value : organizations) {
            OrgPlan plan;
            if (Status s = loadOrganization(m_db, value.toObject(), plan, summary); !s)
                return s;
            plans << plan;
        }
        report(0.02);

        // The volume is audited as one entry, not a million: it is made up.
        if (Status s = AuditTrail::setRowAuditEnabled(m_db, false); !s)
            return s;
        // Millions of events: their states are derived once, at the end.
        if (bulk) {
            if (Status s = keepConsentStates(m_db, false); !s)
                return s;
        }
        VolumeWriter volume(m_db, options, random);
        if (Status s = volume.init(); !s)
            return s;
        const qint64 perOrganization = options.subjects / plans.size();
        qint64 written = 0;
        for (int i = 0; i < plans.size(); ++i) {
            const qint64 count = perOrganization + (i == 0 ? options.subjects % plans.size() : 0);
            auto tick = [&](qint64 n) { report(0.02 + 0.95 * double(written + n) / double(qMax<qint64>(1, options.subjects))); };
            if (Status s = volume.writeOrganization(plans.at(i), count, tick); !s)
                return s;
            written += count;
            if (Status s = volume.writeRequests(plans.at(i), summary); !s)
                return s;
            if (Status s = addBreaches(m_db, plans.at(i), options.asOf, summary); !s)
                return s;
        }
        if (Status s = addAssessments(m_db, plans, options.asOf); !s)
            return s;
        summary.subjects = options.subjects;
        summary.consentEvents = volume.consentEventsWritten();
        if (bulk) {
            if (Status s = keepConsentStates(m_db, true); !s)
                return s;
        }
        for (const char *table : {"data_subjects", "consent_events"}) {
            if (Status s = syncSequence(m_db, QString::fromLatin1(table)); !s)
                return s;
        }
        if (Status s = AuditTrail::setRowAuditEnabled(m_db, true); !s)
            return s;
        return AuditTrail::record(
            m_db, QStringLiteral("demo"),
            QStringLiteral("Loaded %1 demo organizations with %2 people, %3 consent events and %4 requests (seed %5, as of %6)")
                .arg(summary.organizations)
                .arg(summary.subjects)
                .arg(summary.consentEvents)
                .arg(summary.requests)
                .arg(options.seed)
                .arg(options.asOf.toString(Qt::ISODate)));
    });
    if (bulk)
        (void)m_db.execute(QStringLiteral("PRAGMA cache_size = -65536;"));
    if (!done) {
        // The transaction is gone; the session's audit flag must not stay off.
        (void)AuditTrail::setRowAuditEnabled(m_db, true);
        return done.error();
    }
    // The server plans its queries from statistics that a load of this size
    // has made stale: gathered now rather than when autovacuum gets to it.
    if (options.subjects > 10000) {
        for (const char *table : {"data_subjects", "consent_events", "consent_states", "rights_requests"}) {
            const QString analyze = m_db.sql().refreshStatistics(QLatin1String(table));
            if (analyze.isEmpty())
                continue;
            if (Status s = m_db.execute(analyze + QLatin1Char(';')); !s)
                return s.error();
        }
    }
    report(1.0);
    return summary;
}

} // namespace pc
