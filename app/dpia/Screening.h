#pragma once

#include "core/DocumentLanguage.h"
#include "domain/Register.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pc::dpia {

// Whether a processing activity needs an impact assessment: the nine
// criteria of the EDPB's guidelines (WP248 rev.01), two or more of which
// make one likely required, and the supervisory authority's own lists of
// processing that always needs one or never does.
enum class Criterion {
    Evaluation,             // evaluation or scoring, profiling
    AutomatedDecision,      // automated decision with legal or similar effect
    SystematicMonitoring,
    SensitiveData,          // special categories or data of a highly personal nature
    LargeScale,
    MatchingDatasets,
    VulnerableSubjects,
    InnovativeUse,
    PreventsRights,         // prevents people from exercising a right or using a service
};

const QList<Criterion> &allCriteria();
QString criterionCode(Criterion criterion);
std::optional<Criterion> criterionFromCode(const QString &code);

struct CriterionAnswer
{
    Criterion criterion = Criterion::Evaluation;
    bool met = false;
    QString note;

    bool operator==(const CriterionAnswer &) const = default;
};

// What the register already says that bears on a criterion, put to the
// officer to confirm.
struct Suggestion
{
    Criterion criterion = Criterion::Evaluation;
    QString why;            // in the window's language
};

// What the register knows of an activity, for the screening.
struct ActivityFacts
{
    QString jurisdiction;
    qint64 people = 0;                   // data subjects of its categories
    QStringList specialCategories;       // data categories flagged special
    QStringList highlyPersonal;          // location, financial, communications data (by name)
    QStringList locationCategories;
    QStringList vulnerableGroups;        // employees, job applicants, children, patients…
    QStringList transfers;               // countries outside the EEA
    QStringList profilingPurposes;       // purposes that speak of scoring or profiling
    QStringList monitoringPurposes;      // purposes that speak of monitoring or tracking
};

enum class Outcome {
    NotRequired,            // fewer than two criteria, nothing listed
    LikelyRequired,         // two criteria or more
    Required,               // on the authority's list of processing that needs one
    Exempt,                 // on the authority's list of processing that needs none
    GoodPractice,           // no duty where the organization answers, two criteria or more
    NoDuty,                 // no duty, fewer than two criteria
};

QString outcomeCode(Outcome outcome);

struct Screening
{
    RowId id = 0;
    RowId activityId = 0;
    QDate screenedOn;
    QString screenedBy;
    QString jurisdiction;
    QList<CriterionAnswer> criteria;     // the nine, in order
    QStringList listed;                  // codes of the authority's list entries that apply
    QString note;

    int metCount() const;
    Outcome outcome() const;
    bool needsAssessment() const;        // required, likely required, or recommended where there is no duty
};

// One entry of an authority's list.
struct ListEntry
{
    QString code;           // "FR-R14", "FR-E03", "BE-R07"
    bool required = true;   // false: on the list of exemptions
    QString text;
};

class ScreeningRules final
{
    PC_DOCUMENT_TR_FUNCTIONS(pc::dpia::ScreeningRules)
public:
    ScreeningRules();
    explicit ScreeningRules(const DocumentLanguage &language);
    const DocumentLanguage &documentLanguage() const { return m_language; }

    QString criterionTitle(Criterion criterion) const;
    QString criterionGuidance(Criterion criterion) const;

    // Whether the law where the organization answers asks for impact
    // assessments in the GDPR's form (EU and EEA jurisdictions).
    static bool hasDuty(const QString &jurisdiction);
    // The authority's lists for the jurisdiction; empty where it has none.
    QList<ListEntry> listEntries(const QString &jurisdiction) const;
    // Where the lists come from, or what the law asks instead.
    QString listsSource(const QString &jurisdiction) const;
    QString outcomeText(Outcome outcome) const;

    // The criteria the register's facts point to, each with its reason.
    QList<Suggestion> suggest(const ActivityFacts &facts) const;
    // A screening of `activityId` with the suggested criteria met and noted.
    Screening prefilled(RowId activityId, const ActivityFacts &facts) const;

    // The number of people from which the register suggests "large scale".
    static constexpr qint64 kLargeScale = 10000;

private:
    DocumentLanguage m_language;
};

} // namespace pc::dpia
