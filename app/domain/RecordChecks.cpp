#include "RecordChecks.h"

#include "Codes.h"
#include "core/Dates.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace pc {
namespace {

struct ChecksText
{
    Q_DECLARE_TR_FUNCTIONS(pc::RecordChecks)
};

using Severity = Finding::Severity;

template<typename FieldEnum>
Finding error(FieldEnum field, const QString &message)
{
    return Finding{Severity::Error, int(field), message};
}

template<typename FieldEnum>
Finding warning(FieldEnum field, const QString &message)
{
    return Finding{Severity::Warning, int(field), message};
}

bool blank(const QString &text)
{
    return text.trimmed().isEmpty();
}

// Dates before this are typing mistakes in a register of living people.
const QDate kEarliest(1900, 1, 1);

} // namespace

bool hasErrors(const QList<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding &f) { return f.severity == Severity::Error; });
}

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$)"));
    return pattern.match(text.trimmed()).hasMatch();
}

bool isCountryCode(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z]{2}$"));
    return pattern.match(text).hasMatch();
}

QList<Finding> checkSubject(const DataSubject &s, const QDate &today)
{
    using F = SubjectField;
    QList<Finding> findings;
    if (blank(s.firstName) && blank(s.lastName) && blank(s.email) && blank(s.externalRef)) {
        findings << error(F::Identity, ChecksText::tr("Give a name, an e-mail address or a customer reference, "
                                                      "so the person can be found again."));
    }
    if (!blank(s.email) && !looksLikeEmail(s.email))
        findings << error(F::Email, ChecksText::tr("“%1” is not an e-mail address.").arg(s.email.trimmed()));
    if (!s.country.isEmpty() && !isCountryCode(s.country))
        findings << error(F::Country, ChecksText::tr("Use the two-letter country code (FR, BE, ZA, TN, VN…)."));
    if (s.birthDate.isValid() && (s.birthDate > today || s.birthDate < kEarliest))
        findings << error(F::BirthDate, ChecksText::tr("The date of birth cannot be in the future or before 1900."));
    if (s.collectedOn.isValid() && s.collectedOn > today)
        findings << error(F::Collected, ChecksText::tr("Data cannot have been collected in the future."));
    if (s.relationshipStart.isValid() && s.relationshipEnd.isValid() && s.relationshipEnd < s.relationshipStart) {
        findings << error(F::Relationship,
                          ChecksText::tr("The relationship cannot end before it started."));
    }
    if (s.lastContactOn.isValid() && s.lastContactOn > today)
        findings << error(F::LastContact, ChecksText::tr("The last contact cannot be in the future."));
    return findings;
}

QList<Finding> checkProcessor(const Processor &p, const QString &organizationCountry, const QDate &today)
{
    using F = ProcessorField;
    QList<Finding> findings;
    if (blank(p.name))
        findings << error(F::Name, ChecksText::tr("Name the processor."));
    if (p.role == QLatin1String("sub_processor") && p.parentProcessorId <= 0)
        findings << error(F::Parent, ChecksText::tr("Choose the processor this sub-processor works for."));
    if (p.parentProcessorId > 0 && p.parentProcessorId == p.id)
        findings << error(F::Parent, ChecksText::tr("A processor cannot be its own sub-processor."));
    if (!p.country.isEmpty() && !isCountryCode(p.country))
        findings << error(F::Country, ChecksText::tr("Use the two-letter country code (FR, US, IE…)."));
    if (!blank(p.contactEmail) && !looksLikeEmail(p.contactEmail))
        findings << error(F::Email, ChecksText::tr("“%1” is not an e-mail address.").arg(p.contactEmail.trimmed()));
    if (p.dpaSignedOn.isValid() && p.dpaExpiresOn.isValid() && p.dpaExpiresOn < p.dpaSignedOn)
        findings << error(F::Contract, ChecksText::tr("The data-processing agreement cannot expire before it was signed."));
    else if (p.dpaExpiresOn.isValid() && p.dpaExpiresOn < today && p.active)
        findings << warning(F::Contract, ChecksText::tr("The data-processing agreement expired on %1.")
                                             .arg(dates::toText(p.dpaExpiresOn)));
    else if (!p.dpaSignedOn.isValid() && (p.role == QLatin1String("processor") || p.role == QLatin1String("sub_processor")))
        findings << warning(F::Contract, ChecksText::tr("No data-processing agreement is recorded (GDPR Art. 28(3))."));
    const bool abroad = isCountryCode(p.country) && isCountryCode(organizationCountry) && p.country != organizationCountry;
    if (abroad && p.transferSafeguard.isEmpty()) {
        findings << warning(F::Transfer, ChecksText::tr("The data goes abroad (%1): record the safeguard of the transfer.")
                                             .arg(p.country));
    }
    return findings;
}

QList<Finding> checkRetentionRule(const RetentionRule &r)
{
    using F = RetentionField;
    QList<Finding> findings;
    if (blank(r.name))
        findings << error(F::Name, ChecksText::tr("Name the rule, as the policy says it (“Navigation data”)."));
    if (r.duration <= 0)
        findings << error(F::Duration, ChecksText::tr("Give a duration of at least one %1.")
                                           .arg(codes::label(CodeList::RetentionUnit, r.unit)));
    if (r.triggerEvent == QLatin1String("custom") && blank(r.customTrigger))
        findings << error(F::Trigger, ChecksText::tr("Describe the event the period counts from."));
    if (blank(r.justification) && blank(r.legalReference)) {
        findings << warning(F::Justification,
                            ChecksText::tr("Quote the promise of the policy or the law this period comes from."));
    }
    return findings;
}

QList<Finding> checkBreach(const Breach &b, const QDateTime &now, int notificationHours)
{
    using F = BreachField;
    QList<Finding> findings;
    if (blank(b.reference))
        findings << error(F::Reference, ChecksText::tr("Give the breach a reference for the breach register."));
    if (blank(b.title))
        findings << error(F::Title, ChecksText::tr("Say in a few words what happened."));
    if (!b.awareAt.isValid())
        findings << error(F::Aware, ChecksText::tr("Give the moment the organization became aware of the breach: "
                                                   "the notification deadline counts from it."));
    else if (b.awareAt > now)
        findings << error(F::Aware, ChecksText::tr("The organization cannot have become aware in the future."));
    if (b.occurredAt.isValid() && b.awareAt.isValid() && b.occurredAt > b.awareAt)
        findings << error(F::Occurred, ChecksText::tr("The breach cannot have happened after the organization became aware of it."));
    if (b.authorityNotifiedAt.isValid() && b.awareAt.isValid() && b.authorityNotifiedAt < b.awareAt)
        findings << error(F::Notification, ChecksText::tr("The authority cannot have been notified before the breach was known."));
    if (b.subjectsAffected < 0 || b.recordsAffected < 0)
        findings << error(F::Counts, ChecksText::tr("The numbers of people and records cannot be negative."));
    if (b.containedAt.isValid() && b.occurredAt.isValid() && b.containedAt < b.occurredAt)
        findings << error(F::Contained, ChecksText::tr("The breach cannot have been contained before it happened."));
    if (b.closedAt.isValid() && b.awareAt.isValid() && b.closedAt < b.awareAt)
        findings << error(F::Closed, ChecksText::tr("The breach cannot be closed before it was known."));
    const bool notified = b.authorityNotifiedAt.isValid();
    const bool notToNotify = !blank(b.noNotificationReason);
    if (b.awareAt.isValid() && !notified && !notToNotify && b.status != QLatin1String("closed")) {
        const QDateTime due = b.awareAt.addSecs(qint64(notificationHours) * 3600);
        if (b.risk == QLatin1String("none")) {
            findings << warning(F::NoNotification,
                                ChecksText::tr("Say why the breach is unlikely to result in a risk (Art. 33(1)): "
                                               "until then it stays among the breaches to notify."));
        } else if (due < now) {
            findings << warning(F::Notification, ChecksText::tr("The authority had to be notified within %n hour(s) "
                                                                "of awareness, and has not been.", nullptr, notificationHours));
        }
    }
    if (notified && notToNotify)
        findings << warning(F::NoNotification, ChecksText::tr("The breach was notified: the reason not to notify it no longer holds."));
    if (notified && b.notificationDueAt.isValid() && b.authorityNotifiedAt > b.notificationDueAt && blank(b.delayReason))
        findings << warning(F::Delay, ChecksText::tr("The notification came after its deadline: record the reasons for the delay."));
    if (b.status == QLatin1String("closed") && !notified && !notToNotify) {
        findings << warning(F::NoNotification, ChecksText::tr("A breach is closed once notified, or with the reason it "
                                                              "need not be (Art. 33(1))."));
    }
    if (b.risk == QLatin1String("high") && !b.subjectsNotifiedAt.isValid() && blank(b.notInformedReason)
        && b.status != QLatin1String("closed")) {
        findings << warning(F::People,
                            ChecksText::tr("A high risk means telling the people concerned without undue delay (Art. 34), "
                                           "or recording why not (Art. 34(3))."));
    }
    return findings;
}

QList<Finding> checkRequest(const RightsRequest &r, const QDate &today)
{
    using F = RequestField;
    QList<Finding> findings;
    if (blank(r.reference))
        findings << error(F::Reference, ChecksText::tr("Give the request a reference for the request log."));
    if (r.types.isEmpty())
        findings << error(F::Types, ChecksText::tr("Tick at least one right the person exercises."));
    if (!r.receivedOn.isValid())
        findings << error(F::Received, ChecksText::tr("Give the date the request was received: the deadline counts from it."));
    else if (r.receivedOn > today)
        findings << error(F::Received, ChecksText::tr("A request cannot be received in the future."));
    if (r.letterDate.isValid() && r.receivedOn.isValid() && r.letterDate > r.receivedOn)
        findings << error(F::Letter, ChecksText::tr("The letter cannot be dated after it was received."));
    if (r.dueOn.isValid() && r.receivedOn.isValid() && r.dueOn < r.receivedOn)
        findings << error(F::Due, ChecksText::tr("The answer cannot be due before the request was received."));
    if (r.status == QLatin1String("extended") && (!r.extendedDueOn.isValid() || blank(r.extensionReason)))
        findings << error(F::Extension, ChecksText::tr("An extended request needs the new due date and the reason given to the person."));
    if (r.extendedDueOn.isValid() && r.dueOn.isValid() && r.extendedDueOn < r.dueOn)
        findings << error(F::Extension, ChecksText::tr("The extended due date cannot come before the first one."));
    if (r.identityReceivedOn.isValid() && !r.identityRequestedOn.isValid())
        findings << error(F::Identity, ChecksText::tr("Give the date the proof of identity was asked for."));
    if (r.identityRequestedOn.isValid() && r.receivedOn.isValid() && r.identityRequestedOn < r.receivedOn)
        findings << error(F::Identity, ChecksText::tr("Identity cannot have been asked for before the request arrived."));
    if (r.closedOn.isValid() && r.receivedOn.isValid() && r.closedOn < r.receivedOn)
        findings << error(F::Closed, ChecksText::tr("A request cannot be closed before it was received."));
    const bool finished = r.status == QLatin1String("answered") || r.status == QLatin1String("refused")
                          || r.status == QLatin1String("withdrawn");
    if (finished && !r.closedOn.isValid())
        findings << error(F::Closed, ChecksText::tr("Give the date the request was closed."));
    if (r.status == QLatin1String("refused") && blank(r.refusalReason))
        findings << error(F::Refusal, ChecksText::tr("A refusal must give its reason, which the person is told."));
    if (!blank(r.requesterEmail) && !looksLikeEmail(r.requesterEmail))
        findings << error(F::Email, ChecksText::tr("“%1” is not an e-mail address.").arg(r.requesterEmail.trimmed()));
    return findings;
}

QList<Finding> checkOrganization(const Organization &o)
{
    using F = OrganizationField;
    QList<Finding> findings;
    if (blank(o.name))
        findings << error(F::Name, ChecksText::tr("Name the organization."));
    if (!isCountryCode(o.country))
        findings << error(F::Country, ChecksText::tr("Use the two-letter country code (FR, BE, ZA, TN, VN…)."));
    if (!codes::isValid(CodeList::Jurisdiction, o.jurisdiction))
        findings << error(F::Jurisdiction, ChecksText::tr("Choose the law the organization answers to."));
    if (!blank(o.dpoEmail) && !looksLikeEmail(o.dpoEmail))
        findings << error(F::DpoEmail, ChecksText::tr("“%1” is not an e-mail address.").arg(o.dpoEmail.trimmed()));
    else if (blank(o.dpoEmail) && blank(o.dpoAddress))
        findings << warning(F::DpoEmail, ChecksText::tr("People need a way to reach the privacy officer: give an e-mail or postal address."));
    if (!blank(o.website) && !o.website.trimmed().contains(QLatin1Char('.')))
        findings << error(F::Website, ChecksText::tr("“%1” is not a web address.").arg(o.website.trimmed()));
    return findings;
}

} // namespace pc
