#include "Screening.h"

#include "core/Languages.h"

namespace pc::dpia {
namespace {

struct CriterionCode
{
    Criterion criterion;
    const char *code;
};

constexpr CriterionCode kCodes[] = {
    {Criterion::Evaluation, "evaluation"},
    {Criterion::AutomatedDecision, "automated_decision"},
    {Criterion::SystematicMonitoring, "systematic_monitoring"},
    {Criterion::SensitiveData, "sensitive_data"},
    {Criterion::LargeScale, "large_scale"},
    {Criterion::MatchingDatasets, "matching_datasets"},
    {Criterion::VulnerableSubjects, "vulnerable_subjects"},
    {Criterion::InnovativeUse, "innovative_use"},
    {Criterion::PreventsRights, "prevents_rights"},
};

bool isRequiredEntry(const QString &code)
{
    return code.contains(QLatin1String("-R"));
}

bool isExemptEntry(const QString &code)
{
    return code.contains(QLatin1String("-E"));
}

} // namespace

const QList<Criterion> &allCriteria()
{
    static const QList<Criterion> all = [] {
        QList<Criterion> list;
        for (const CriterionCode &c : kCodes)
            list << c.criterion;
        return list;
    }();
    return all;
}

QString criterionCode(Criterion criterion)
{
    for (const CriterionCode &c : kCodes) {
        if (c.criterion == criterion)
            return QLatin1String(c.code);
    }
    return QString();
}

std::optional<Criterion> criterionFromCode(const QString &code)
{
    for (const CriterionCode &c : kCodes) {
        if (code == QLatin1String(c.code))
            return c.criterion;
    }
    return std::nullopt;
}

QString outcomeCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::NotRequired: return QStringLiteral("not_required");
    case Outcome::LikelyRequired: return QStringLiteral("likely_required");
    case Outcome::Required: return QStringLiteral("required");
    case Outcome::Exempt: return QStringLiteral("exempt");
    case Outcome::GoodPractice: return QStringLiteral("good_practice");
    case Outcome::NoDuty: return QStringLiteral("no_duty");
    }
    return QString();
}

int Screening::metCount() const
{
    return int(std::count_if(criteria.cbegin(), criteria.cend(), [](const CriterionAnswer &a) { return a.met; }));
}

Outcome Screening::outcome() const
{
    const bool duty = ScreeningRules::hasDuty(jurisdiction);
    if (!duty)
        return metCount() >= 2 ? Outcome::GoodPractice : Outcome::NoDuty;
    // A listed type needing one outweighs everything; an exempt one, the criteria.
    if (std::any_of(listed.cbegin(), listed.cend(), isRequiredEntry))
        return Outcome::Required;
    if (std::any_of(listed.cbegin(), listed.cend(), isExemptEntry))
        return Outcome::Exempt;
    return metCount() >= 2 ? Outcome::LikelyRequired : Outcome::NotRequired;
}

bool Screening::needsAssessment() const
{
    const Outcome o = outcome();
    return o == Outcome::Required || o == Outcome::LikelyRequired || o == Outcome::GoodPractice;
}

ScreeningRules::ScreeningRules() : m_language(languages::current()) {}

ScreeningRules::ScreeningRules(const DocumentLanguage &language) : m_language(language) {}

bool ScreeningRules::hasDuty(const QString &jurisdiction)
{
    return jurisdiction == QLatin1String("FR") || jurisdiction == QLatin1String("BE")
           || jurisdiction == QLatin1String("EU");
}

QString ScreeningRules::criterionTitle(Criterion criterion) const
{
    switch (criterion) {
    case Criterion::Evaluation: return tr("Evaluation or scoring");
    case Criterion::AutomatedDecision: return tr("Automated decision with legal or similar effect");
    case Criterion::SystematicMonitoring: return tr("Systematic monitoring");
    case Criterion::SensitiveData: return tr("Sensitive or highly personal data");
    case Criterion::LargeScale: return tr("Data processed on a large scale");
    case Criterion::MatchingDatasets: return tr("Matching or combining datasets");
    case Criterion::VulnerableSubjects: return tr("Vulnerable data subjects");
    case Criterion::InnovativeUse: return tr("Innovative use or new technology");
    case Criterion::PreventsRights: return tr("Prevents people from exercising a right or using a service");
    }
    return QString();
}

QString ScreeningRules::criterionGuidance(Criterion criterion) const
{
    switch (criterion) {
    case Criterion::Evaluation:
        return tr("Profiling or predicting, from aspects such as work, finances, health, preferences, reliability, "
                  "behaviour, location or movements.");
    case Criterion::AutomatedDecision:
        return tr("A decision taken by the system alone that has a legal effect on the person or affects them as much "
                  "(a contract refused, a benefit withdrawn).");
    case Criterion::SystematicMonitoring:
        return tr("Observing, watching or controlling people, in particular in a place open to the public or without "
                  "their knowing it.");
    case Criterion::SensitiveData:
        return tr("Special categories (health, opinions, beliefs, biometrics…), criminal records, or data of a highly "
                  "personal nature: location, financial, communications, private documents.");
    case Criterion::LargeScale:
        return tr("Judge by the number of people, the volume of data, the duration and the geographical extent.");
    case Criterion::MatchingDatasets:
        return tr("Datasets from several processings or controllers combined in ways the people would not expect.");
    case Criterion::VulnerableSubjects:
        return tr("People in a weaker position than the controller: employees, children, patients, elderly people, "
                  "asylum seekers.");
    case Criterion::InnovativeUse:
        return tr("A new technological or organisational solution, such as combining fingerprint and face "
                  "recognition, or connected objects.");
    case Criterion::PreventsRights:
        return tr("The processing itself can keep people from a right, a service or a contract (a credit check "
                  "before a loan).");
    }
    return QString();
}

QList<ListEntry> ScreeningRules::listEntries(const QString &jurisdiction) const
{
    QList<ListEntry> list;
    if (jurisdiction == QLatin1String("FR")) {
        const QStringList required = {
            tr("Health data processed by health or medico-social establishments to care for people."),
            tr("Genetic data of vulnerable people (patients, employees, children…)."),
            tr("Profiles of people built for human resources management."),
            tr("Constant monitoring of employees' activity."),
            tr("Handling of alerts and reports on social and health matters."),
            tr("Handling of professional alerts (whistleblowing)."),
            tr("Health data gathered into a data warehouse or a registry."),
            tr("Profiling that may lead to excluding people from a contract, or to suspending or ending it."),
            tr("Shared files of contract breaches that may lead to exclusion from a contract or its suspension."),
            tr("Profiling that uses data from external sources."),
            tr("Biometric data to recognise people, among whom vulnerable people (pupils, elderly people, patients, "
               "asylum seekers…)."),
            tr("Processing of applications for, and management of, social housing."),
            tr("Social or medico-social support of people."),
            tr("Location data on a large scale."),
        };
        for (int i = 0; i < required.size(); ++i)
            list << ListEntry{QStringLiteral("FR-R%1").arg(i + 1, 2, 10, QLatin1Char('0')), true, required.at(i)};
        const QStringList exempt = {
            tr("Human resources management only, by an organization of fewer than 250 people, without profiling."),
            tr("Management of relations with suppliers only."),
            tr("Activities of the social and economic committee (works council) only."),
            tr("Members and donors of an association, foundation or other non-profit body, in its usual activities, "
               "without sensitive data."),
            tr("Health data needed for a patient's care by a health professional working alone."),
            tr("Processing by lawyers in their individual professional practice."),
            tr("Processing by clerks of commercial courts in their duties."),
            tr("Processing by notaries in their notarial practice."),
            tr("Electoral rolls kept by local authorities and the bodies bound to keep them."),
            tr("School, after-school and early-childhood services run by local authorities and the bodies that "
               "manage them."),
            tr("Physical access control and working-time records, without biometric devices."),
            tr("Breathalyser tests strictly governed by law."),
        };
        for (int i = 0; i < exempt.size(); ++i)
            list << ListEntry{QStringLiteral("FR-E%1").arg(i + 1, 2, 10, QLatin1Char('0')), false, exempt.at(i)};
    } else if (jurisdiction == QLatin1String("BE")) {
        const QStringList required = {
            tr("Biometric data to identify people in a public place or a private place open to the public."),
            tr("Data collected from third parties to decide whether to refuse or end a contract with a person."),
            tr("Health data collected by automated means through an active implantable medical device."),
            tr("Data collected on a large scale from third parties to analyse or predict people's economic situation, "
               "health, preferences, reliability, behaviour, location or movements."),
            tr("Systematic sharing, between several controllers, of special categories or highly personal data "
               "(poverty, unemployment, youth care, social work…)."),
            tr("Large-scale processing of data from connected devices (Internet of Things) to analyse or predict "
               "people's situation, health, preferences, behaviour, location or movements."),
            tr("Large-scale or systematic processing of telephony, internet or other communications data, metadata "
               "or location data that can trace people, when not strictly needed for a service they asked for."),
            tr("Large-scale processing in which people's behaviour is observed, collected, established or influenced "
               "systematically and by automated means, including for advertising."),
        };
        for (int i = 0; i < required.size(); ++i)
            list << ListEntry{QStringLiteral("BE-R%1").arg(i + 1, 2, 10, QLatin1Char('0')), true, required.at(i)};
    }
    return list;
}

QString ScreeningRules::listsSource(const QString &jurisdiction) const
{
    if (jurisdiction == QLatin1String("FR"))
        return tr("CNIL: list of processing operations requiring an impact assessment (deliberation 2018-327 of "
                  "11 October 2018) and list of those exempt from it (deliberation 2019-118 of 12 September 2019).");
    if (jurisdiction == QLatin1String("BE"))
        return tr("Data Protection Authority (APD/GBA): list of processing operations requiring an impact assessment "
                  "(decision 01/2019 of 16 January 2019). It has published no list of exemptions.");
    if (jurisdiction == QLatin1String("EU"))
        return tr("Art. 35 GDPR and the EDPB's criteria; the lead supervisory authority's lists apply.");
    if (jurisdiction == QLatin1String("ZA"))
        return tr("POPIA has no impact assessment per processing in the GDPR's form. Regulation 4(1)(b) of the POPIA "
                  "Regulations asks the information officer to see that a personal information impact assessment is "
                  "done: this screening serves it as good practice.");
    if (jurisdiction == QLatin1String("VN"))
        return tr("Decree 13/2023 asks for an impact assessment dossier for processing personal data and another for "
                  "transfers abroad, kept for the Ministry of Public Security; it has no list in the GDPR's form: this "
                  "screening serves it as good practice.");
    if (jurisdiction == QLatin1String("TN"))
        return tr("Tunisia's organic law 2004-63 has no impact assessment duty; processing is declared to or "
                  "authorised by the INPDP. This screening is good practice.");
    return tr("No impact assessment duty in the GDPR's form here: this screening is good practice.");
}

QString ScreeningRules::outcomeText(Outcome outcome) const
{
    switch (outcome) {
    case Outcome::NotRequired: return tr("Not required");
    case Outcome::LikelyRequired: return tr("Likely required (two criteria or more)");
    case Outcome::Required: return tr("Required (on the authority's list)");
    case Outcome::Exempt: return tr("Not required (on the authority's list of exemptions)");
    case Outcome::GoodPractice: return tr("Recommended (no legal duty here; two criteria or more)");
    case Outcome::NoDuty: return tr("Not needed (no legal duty here)");
    }
    return QString();
}

QList<Suggestion> ScreeningRules::suggest(const ActivityFacts &facts) const
{
    QList<Suggestion> list;
    const QString separator = QStringLiteral(", ");
    if (!facts.specialCategories.isEmpty())
        list << Suggestion{Criterion::SensitiveData,
                           tr("special categories of data: %1").arg(facts.specialCategories.join(separator))};
    else if (!facts.highlyPersonal.isEmpty())
        list << Suggestion{Criterion::SensitiveData,
                           tr("data of a highly personal nature: %1").arg(facts.highlyPersonal.join(separator))};
    if (facts.people >= kLargeScale)
        list << Suggestion{Criterion::LargeScale, tr("%Ln people in the register", nullptr, int(qMin<qint64>(facts.people, INT_MAX)))};
    if (!facts.vulnerableGroups.isEmpty())
        list << Suggestion{Criterion::VulnerableSubjects, tr("people concerned: %1").arg(facts.vulnerableGroups.join(separator))};
    if (!facts.profilingPurposes.isEmpty())
        list << Suggestion{Criterion::Evaluation, tr("purposes: %1").arg(facts.profilingPurposes.join(separator))};
    if (!facts.locationCategories.isEmpty() || !facts.monitoringPurposes.isEmpty()) {
        QStringList what = facts.locationCategories;
        what += facts.monitoringPurposes;
        list << Suggestion{Criterion::SystematicMonitoring, tr("location or tracking: %1").arg(what.join(separator))};
    }
    return list;
}

Screening ScreeningRules::prefilled(RowId activityId, const ActivityFacts &facts) const
{
    Screening s;
    s.activityId = activityId;
    s.jurisdiction = facts.jurisdiction;
    const QList<Suggestion> suggestions = suggest(facts);
    for (Criterion c : allCriteria()) {
        CriterionAnswer answer{c, false, QString()};
        for (const Suggestion &suggestion : suggestions) {
            if (suggestion.criterion == c) {
                answer.met = true;
                answer.note = suggestion.why;
            }
        }
        s.criteria << answer;
    }
    // Location data on a large scale is on the CNIL's list.
    if (facts.jurisdiction == QLatin1String("FR") && !facts.locationCategories.isEmpty() && facts.people >= kLargeScale)
        s.listed << QStringLiteral("FR-R14");
    return s;
}

} // namespace pc::dpia
