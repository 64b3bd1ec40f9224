#include "ActivityChecks.h"

#include <QCoreApplication>

namespace pc {
namespace {

struct ChecksText
{
    Q_DECLARE_TR_FUNCTIONS(pc::ActivityChecks)
};

} // namespace

QList<ActivityFinding> checkActivity(const ProcessingActivity &a, const QList<DataCategory> &dataCategories)
{
    using Severity = ActivityFinding::Severity;
    using Field = ActivityFinding::Field;
    QList<ActivityFinding> findings;

    if (a.name.trimmed().isEmpty())
        findings << ActivityFinding{Severity::Error, Field::Name, ChecksText::tr("Name the processing activity.")};
    if (a.purposes.isEmpty()) {
        findings << ActivityFinding{Severity::Error, Field::Purposes,
                                    ChecksText::tr("Give at least one purpose with its legal basis (Art. 30(1)(b)).")};
    }
    for (const Purpose &p : a.purposes) {
        if (p.description.trimmed().isEmpty()) {
            findings << ActivityFinding{Severity::Error, Field::Purposes, ChecksText::tr("Describe every purpose.")};
            break;
        }
    }
    for (const Purpose &p : a.purposes) {
        if (p.legalBasis.isEmpty() && !p.description.trimmed().isEmpty()) {
            findings << ActivityFinding{Severity::Warning, Field::Purposes,
                                        ChecksText::tr("“%1” has no legal basis yet: choose one (Art. 6(1)).")
                                            .arg(p.description)};
        }
        if (p.legalBasis == QLatin1String("legitimate_interests") && p.legitimateInterest.trimmed().isEmpty()) {
            findings << ActivityFinding{Severity::Warning, Field::Purposes,
                                        ChecksText::tr("“%1” rests on legitimate interests: say which interest.")
                                            .arg(p.description)};
        }
    }
    if (a.subjectCategoryIds.isEmpty()) {
        findings << ActivityFinding{Severity::Error, Field::SubjectCategories,
                                    ChecksText::tr("Choose the categories of people concerned (Art. 30(1)(c)).")};
    }
    if (a.dataCategoryIds.isEmpty()) {
        findings << ActivityFinding{Severity::Error, Field::DataCategories,
                                    ChecksText::tr("Choose the categories of personal data (Art. 30(1)(c)).")};
    }

    // Special categories need an Art. 9(2) condition on some purpose.
    QStringList special;
    for (const DataCategory &c : dataCategories) {
        if (c.specialCategory && a.dataCategoryIds.contains(c.id))
            special << c.name;
    }
    const bool hasCondition = std::any_of(a.purposes.cbegin(), a.purposes.cend(),
                                          [](const Purpose &p) { return !p.specialCondition.isEmpty(); });
    if (!special.isEmpty() && !hasCondition) {
        findings << ActivityFinding{Severity::Warning, Field::DataCategories,
                                    ChecksText::tr("Special categories (%1) are processed without an Art. 9(2) condition.")
                                        .arg(special.join(QLatin1String(", ")))};
    }

    for (const Transfer &t : a.transfers) {
        if (t.safeguard.isEmpty() || t.safeguard == QLatin1String("none")) {
            findings << ActivityFinding{Severity::Warning, Field::Transfers,
                                        ChecksText::tr("The transfer to %1 has no safeguard (Art. 44–49).").arg(t.country)};
        }
        if (t.country.trimmed().size() != 2) {
            findings << ActivityFinding{Severity::Error, Field::Transfers,
                                        ChecksText::tr("Give each transfer's country as a two-letter code.")};
        }
    }
    // A period kept as written (a register brought in) is a rule to finish.
    bool everyCategoryRuled = !a.dataCategoryIds.isEmpty();
    bool periodToFinish = false;
    for (const DataCategory &c : dataCategories) {
        if (!a.dataCategoryIds.contains(c.id))
            continue;
        const DataCategoryUse use = a.dataCategoryUses.value(c.id);
        if (use.retentionRuleId <= 0 && c.retentionRuleId <= 0) {
            everyCategoryRuled = false;
            if (!use.retention.isEmpty()) {
                periodToFinish = true;
                findings << ActivityFinding{Severity::Warning, Field::Retention,
                                            ChecksText::tr("%1: the period “%2” is only written down; make it a "
                                                           "rule (a duration from an event) so that its countdown runs.")
                                                .arg(c.name, use.retention)};
            }
        }
    }
    if (a.retentionRuleId <= 0 && !everyCategoryRuled && !periodToFinish) {
        findings << ActivityFinding{Severity::Warning, Field::Retention,
                                    ChecksText::tr("No retention rule: how long is the data kept (Art. 30(1)(f))?")};
    }
    if (a.dpiaRequired && !a.dpiaDoneOn.isValid()) {
        findings << ActivityFinding{Severity::Warning, Field::Dpia,
                                    ChecksText::tr("A data protection impact assessment is required but not done.")};
    }
    if (a.status == QLatin1String("approved") && hasErrors(findings)) {
        findings << ActivityFinding{Severity::Error, Field::Approval,
                                    ChecksText::tr("An incomplete activity cannot be approved.")};
    }
    return findings;
}

bool hasErrors(const QList<ActivityFinding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const ActivityFinding &f) { return f.severity == ActivityFinding::Severity::Error; });
}

} // namespace pc
