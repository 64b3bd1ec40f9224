#include "Codes.h"

#include "core/DocumentLanguage.h"

#include <QCoreApplication>

#include <span>

namespace pc::codes {
namespace {

struct Code
{
    const char *code;
    const char *label;
};

// QT_TRANSLATE_NOOP marks the labels for lupdate; label() translates them.

constexpr Code kJurisdictions[] = {
    {"FR", QT_TRANSLATE_NOOP("pc::codes", "France (GDPR, CNIL)")},
    {"BE", QT_TRANSLATE_NOOP("pc::codes", "Belgium (GDPR, Data Protection Authority)")},
    {"ZA", QT_TRANSLATE_NOOP("pc::codes", "South Africa (POPIA, Information Regulator)")},
    {"TN", QT_TRANSLATE_NOOP("pc::codes", "Tunisia (Organic Law 2004-63, INPDP)")},
    {"VN", QT_TRANSLATE_NOOP("pc::codes", "Vietnam (Personal Data Protection Law 91/2025, A05)")},
    {"EU", QT_TRANSLATE_NOOP("pc::codes", "Other EU/EEA member state (GDPR)")},
};

constexpr Code kLegalBases[] = {
    {"consent", QT_TRANSLATE_NOOP("pc::codes", "Consent (Art. 6(1)(a))")},
    {"contract", QT_TRANSLATE_NOOP("pc::codes", "Performance of a contract (Art. 6(1)(b))")},
    {"legal_obligation", QT_TRANSLATE_NOOP("pc::codes", "Legal obligation (Art. 6(1)(c))")},
    {"vital_interests", QT_TRANSLATE_NOOP("pc::codes", "Vital interests (Art. 6(1)(d))")},
    {"public_task", QT_TRANSLATE_NOOP("pc::codes", "Public interest or official authority (Art. 6(1)(e))")},
    {"legitimate_interests", QT_TRANSLATE_NOOP("pc::codes", "Legitimate interests (Art. 6(1)(f))")},
};

constexpr Code kSpecialConditions[] = {
    {"explicit_consent", QT_TRANSLATE_NOOP("pc::codes", "Explicit consent (Art. 9(2)(a))")},
    {"employment_social_security", QT_TRANSLATE_NOOP("pc::codes", "Employment and social security law (Art. 9(2)(b))")},
    {"vital_interests", QT_TRANSLATE_NOOP("pc::codes", "Vital interests, subject incapable of consent (Art. 9(2)(c))")},
    {"not_for_profit_body", QT_TRANSLATE_NOOP("pc::codes", "Not-for-profit body, members (Art. 9(2)(d))")},
    {"made_public", QT_TRANSLATE_NOOP("pc::codes", "Made manifestly public by the subject (Art. 9(2)(e))")},
    {"legal_claims", QT_TRANSLATE_NOOP("pc::codes", "Legal claims or courts (Art. 9(2)(f))")},
    {"substantial_public_interest", QT_TRANSLATE_NOOP("pc::codes", "Substantial public interest (Art. 9(2)(g))")},
    {"health_care", QT_TRANSLATE_NOOP("pc::codes", "Preventive or occupational medicine, health care (Art. 9(2)(h))")},
    {"public_health", QT_TRANSLATE_NOOP("pc::codes", "Public health (Art. 9(2)(i))")},
    {"archiving_research", QT_TRANSLATE_NOOP("pc::codes", "Archiving, research or statistics (Art. 9(2)(j))")},
};

constexpr Code kSubjectKinds[] = {
    {"customer", QT_TRANSLATE_NOOP("pc::codes", "Customer")},
    {"user", QT_TRANSLATE_NOOP("pc::codes", "User")},
    {"prospect", QT_TRANSLATE_NOOP("pc::codes", "Prospect")},
    {"visitor", QT_TRANSLATE_NOOP("pc::codes", "Website visitor")},
    {"job_applicant", QT_TRANSLATE_NOOP("pc::codes", "Job applicant")},
    {"employee", QT_TRANSLATE_NOOP("pc::codes", "Employee")},
    {"service_provider", QT_TRANSLATE_NOOP("pc::codes", "Service provider")},
    {"supplier_contact", QT_TRANSLATE_NOOP("pc::codes", "Supplier contact")},
    {"other", QT_TRANSLATE_NOOP("pc::codes", "Other")},
};

constexpr Code kControllerRoles[] = {
    {"controller", QT_TRANSLATE_NOOP("pc::codes", "Controller")},
    {"joint_controller", QT_TRANSLATE_NOOP("pc::codes", "Joint controller")},
    {"processor", QT_TRANSLATE_NOOP("pc::codes", "Processor on behalf of a client")},
};

constexpr Code kActivityStatuses[] = {
    {"draft", QT_TRANSLATE_NOOP("pc::codes", "Draft")},
    {"approved", QT_TRANSLATE_NOOP("pc::codes", "Approved")},
};

constexpr Code kRecipientKinds[] = {
    {"internal", QT_TRANSLATE_NOOP("pc::codes", "Internal department")},
    {"processor", QT_TRANSLATE_NOOP("pc::codes", "Processor")},
    {"third_party", QT_TRANSLATE_NOOP("pc::codes", "Third party")},
    {"authority", QT_TRANSLATE_NOOP("pc::codes", "Public authority")},
};

constexpr Code kSafeguards[] = {
    {"adequacy", QT_TRANSLATE_NOOP("pc::codes", "Adequacy decision (Art. 45)")},
    {"scc", QT_TRANSLATE_NOOP("pc::codes", "Standard contractual clauses (Art. 46(2)(c))")},
    {"bcr", QT_TRANSLATE_NOOP("pc::codes", "Binding corporate rules (Art. 47)")},
    {"code_of_conduct", QT_TRANSLATE_NOOP("pc::codes", "Approved code of conduct (Art. 46(2)(e))")},
    {"certification", QT_TRANSLATE_NOOP("pc::codes", "Approved certification (Art. 46(2)(f))")},
    {"ad_hoc_clauses", QT_TRANSLATE_NOOP("pc::codes", "Authorised contractual clauses (Art. 46(3)(a))")},
    {"derogation", QT_TRANSLATE_NOOP("pc::codes", "Derogation for a specific situation (Art. 49)")},
    {"none", QT_TRANSLATE_NOOP("pc::codes", "No safeguard")},
};

constexpr Code kProcessorRoles[] = {
    {"processor", QT_TRANSLATE_NOOP("pc::codes", "Processor")},
    {"sub_processor", QT_TRANSLATE_NOOP("pc::codes", "Sub-processor")},
    {"joint_controller", QT_TRANSLATE_NOOP("pc::codes", "Joint controller")},
    {"independent_controller", QT_TRANSLATE_NOOP("pc::codes", "Independent controller (recipient)")},
};

constexpr Code kRetentionUnits[] = {
    {"day", QT_TRANSLATE_NOOP("pc::codes", "days")},
    {"week", QT_TRANSLATE_NOOP("pc::codes", "weeks")},
    {"month", QT_TRANSLATE_NOOP("pc::codes", "months")},
    {"year", QT_TRANSLATE_NOOP("pc::codes", "years")},
};

constexpr Code kRetentionTriggers[] = {
    {"collection", QT_TRANSLATE_NOOP("pc::codes", "Collection of the data")},
    {"relationship_end", QT_TRANSLATE_NOOP("pc::codes", "End of the customer relationship")},
    {"contract_end", QT_TRANSLATE_NOOP("pc::codes", "End of the contract")},
    {"termination_notice", QT_TRANSLATE_NOOP("pc::codes", "Termination notice")},
    {"last_contact", QT_TRANSLATE_NOOP("pc::codes", "Last contact")},
    {"application_date", QT_TRANSLATE_NOOP("pc::codes", "Application date")},
    {"custom", QT_TRANSLATE_NOOP("pc::codes", "Other event")},
};

constexpr Code kRetentionOutcomes[] = {
    {"delete", QT_TRANSLATE_NOOP("pc::codes", "Delete")},
    {"anonymise", QT_TRANSLATE_NOOP("pc::codes", "Anonymise")},
    {"archive", QT_TRANSLATE_NOOP("pc::codes", "Archive (restricted access)")},
};

constexpr Code kConsentEvents[] = {
    {"given", QT_TRANSLATE_NOOP("pc::codes", "Given")},
    {"withdrawn", QT_TRANSLATE_NOOP("pc::codes", "Withdrawn")},
    {"refused", QT_TRANSLATE_NOOP("pc::codes", "Refused")},
    {"expired", QT_TRANSLATE_NOOP("pc::codes", "Expired")},
};

constexpr Code kConsentMethods[] = {
    {"web_form", QT_TRANSLATE_NOOP("pc::codes", "Web form tick box")},
    {"app", QT_TRANSLATE_NOOP("pc::codes", "Mobile app permission")},
    {"email", QT_TRANSLATE_NOOP("pc::codes", "E-mail")},
    {"letter", QT_TRANSLATE_NOOP("pc::codes", "Letter")},
    {"in_person", QT_TRANSLATE_NOOP("pc::codes", "In person")},
    {"phone", QT_TRANSLATE_NOOP("pc::codes", "Telephone")},
    {"cookie_banner", QT_TRANSLATE_NOOP("pc::codes", "Cookie banner")},
    {"import", QT_TRANSLATE_NOOP("pc::codes", "Imported record")},
};

constexpr Code kRequestTypes[] = {
    {"access", QT_TRANSLATE_NOOP("pc::codes", "Access")},
    {"rectification", QT_TRANSLATE_NOOP("pc::codes", "Rectification")},
    {"erasure", QT_TRANSLATE_NOOP("pc::codes", "Erasure")},
    {"restriction", QT_TRANSLATE_NOOP("pc::codes", "Restriction")},
    {"objection", QT_TRANSLATE_NOOP("pc::codes", "Objection")},
    {"portability", QT_TRANSLATE_NOOP("pc::codes", "Portability")},
    {"consent_withdrawal", QT_TRANSLATE_NOOP("pc::codes", "Consent withdrawal")},
};

constexpr Code kRequestStatuses[] = {
    {"received", QT_TRANSLATE_NOOP("pc::codes", "Received")},
    {"identity_check", QT_TRANSLATE_NOOP("pc::codes", "Identity check")},
    {"in_progress", QT_TRANSLATE_NOOP("pc::codes", "In progress")},
    {"extended", QT_TRANSLATE_NOOP("pc::codes", "Extended")},
    {"answered", QT_TRANSLATE_NOOP("pc::codes", "Answered")},
    {"refused", QT_TRANSLATE_NOOP("pc::codes", "Refused")},
    {"withdrawn", QT_TRANSLATE_NOOP("pc::codes", "Withdrawn")},
};

constexpr Code kRequestChannels[] = {
    {"letter", QT_TRANSLATE_NOOP("pc::codes", "Postal letter")},
    {"email", QT_TRANSLATE_NOOP("pc::codes", "E-mail")},
    {"web_form", QT_TRANSLATE_NOOP("pc::codes", "Web form")},
    {"phone", QT_TRANSLATE_NOOP("pc::codes", "Telephone")},
    {"in_person", QT_TRANSLATE_NOOP("pc::codes", "In person")},
};

constexpr Code kBreachRisks[] = {
    {"none", QT_TRANSLATE_NOOP("pc::codes", "Unlikely to result in a risk")},
    {"risk", QT_TRANSLATE_NOOP("pc::codes", "Risk to rights and freedoms")},
    {"high", QT_TRANSLATE_NOOP("pc::codes", "High risk")},
};

constexpr Code kDpiaStates[] = {
    {"not_required", QT_TRANSLATE_NOOP("pc::codes", "Not required")},
    {"not_started", QT_TRANSLATE_NOOP("pc::codes", "Required, not started")},
    {"in_progress", QT_TRANSLATE_NOOP("pc::codes", "In progress")},
    {"validated", QT_TRANSLATE_NOOP("pc::codes", "Validated")},
    {"to_review", QT_TRANSLATE_NOOP("pc::codes", "To review")},
};

// In the CNIL tool's order: its status number is the position here.
constexpr Code kDpiaStatuses[] = {
    {"in_progress", QT_TRANSLATE_NOOP("pc::codes", "In progress")},
    {"rejected", QT_TRANSLATE_NOOP("pc::codes", "Rejected")},
    {"validated", QT_TRANSLATE_NOOP("pc::codes", "Validated")},
    {"signed", QT_TRANSLATE_NOOP("pc::codes", "Validated and signed")},
    {"archived", QT_TRANSLATE_NOOP("pc::codes", "Archived")},
};

constexpr Code kBreachStatuses[] = {
    {"open", QT_TRANSLATE_NOOP("pc::codes", "Open")},
    {"notified", QT_TRANSLATE_NOOP("pc::codes", "Notified")},
    {"closed", QT_TRANSLATE_NOOP("pc::codes", "Closed")},
};

constexpr Code kBreachNatures[] = {
    {"confidentiality", QT_TRANSLATE_NOOP("pc::codes", "Loss of confidentiality")},
    {"integrity", QT_TRANSLATE_NOOP("pc::codes", "Loss of integrity")},
    {"availability", QT_TRANSLATE_NOOP("pc::codes", "Loss of availability")},
};

constexpr Code kNoticePhases[] = {
    {"initial", QT_TRANSLATE_NOOP("pc::codes", "Initial notification")},
    {"follow-up", QT_TRANSLATE_NOOP("pc::codes", "Follow-up notification")},
};

constexpr Code kInformChannels[] = {
    {"letter", QT_TRANSLATE_NOOP("pc::codes", "Letter")},
    {"email", QT_TRANSLATE_NOOP("pc::codes", "E-mail")},
    {"phone", QT_TRANSLATE_NOOP("pc::codes", "Telephone")},
    {"in_person", QT_TRANSLATE_NOOP("pc::codes", "In person")},
    {"public_notice", QT_TRANSLATE_NOOP("pc::codes", "Public communication")},
};

constexpr Code kAttachmentKinds[] = {
    {"letter", QT_TRANSLATE_NOOP("pc::codes", "Request letter")},
    {"id_copy", QT_TRANSLATE_NOOP("pc::codes", "Identity document copy")},
    {"reply", QT_TRANSLATE_NOOP("pc::codes", "Reply")},
    {"proof", QT_TRANSLATE_NOOP("pc::codes", "Proof")},
    {"contract", QT_TRANSLATE_NOOP("pc::codes", "Contract")},
    {"other", QT_TRANSLATE_NOOP("pc::codes", "Other document")},
};

constexpr Code kUserRoles[] = {
    {"admin", QT_TRANSLATE_NOOP("pc::codes", "Administrator")},
    {"officer", QT_TRANSLATE_NOOP("pc::codes", "Officer")},
    {"viewer", QT_TRANSLATE_NOOP("pc::codes", "Viewer")},
};

constexpr Code kIdentityOutcomes[] = {
    {"match", QT_TRANSLATE_NOOP("pc::codes", "The holder is the requester")},
    {"mismatch", QT_TRANSLATE_NOOP("pc::codes", "The holder is not the requester")},
    {"inconclusive", QT_TRANSLATE_NOOP("pc::codes", "Inconclusive")},
};

constexpr Code kIdentityDocuments[] = {
    {"TD1", QT_TRANSLATE_NOOP("pc::codes", "Identity card (three-line zone)")},
    {"TD2", QT_TRANSLATE_NOOP("pc::codes", "Identity document (two lines of 36)")},
    {"TD3", QT_TRANSLATE_NOOP("pc::codes", "Passport (two lines of 44)")},
    {"other", QT_TRANSLATE_NOOP("pc::codes", "Other document")},
};


std::span<const Code> table(CodeList list)
{
    switch (list) {
    case CodeList::Jurisdiction: return kJurisdictions;
    case CodeList::LegalBasis: return kLegalBases;
    case CodeList::SpecialCondition: return kSpecialConditions;
    case CodeList::SubjectKind: return kSubjectKinds;
    case CodeList::ControllerRole: return kControllerRoles;
    case CodeList::ActivityStatus: return kActivityStatuses;
    case CodeList::RecipientKind: return kRecipientKinds;
    case CodeList::TransferSafeguard: return kSafeguards;
    case CodeList::ProcessorRole: return kProcessorRoles;
    case CodeList::RetentionUnit: return kRetentionUnits;
    case CodeList::RetentionTrigger: return kRetentionTriggers;
    case CodeList::RetentionOutcome: return kRetentionOutcomes;
    case CodeList::ConsentEventKind: return kConsentEvents;
    case CodeList::ConsentMethod: return kConsentMethods;
    case CodeList::RequestType: return kRequestTypes;
    case CodeList::RequestStatus: return kRequestStatuses;
    case CodeList::RequestChannel: return kRequestChannels;
    case CodeList::BreachRisk: return kBreachRisks;
    case CodeList::BreachStatus: return kBreachStatuses;
    case CodeList::AttachmentKind: return kAttachmentKinds;
    case CodeList::UserRole: return kUserRoles;
    case CodeList::IdentityOutcome: return kIdentityOutcomes;
    case CodeList::IdentityDocument: return kIdentityDocuments;
    case CodeList::DpiaState: return kDpiaStates;
    case CodeList::DpiaStatus: return kDpiaStatuses;
    case CodeList::BreachNature: return kBreachNatures;
    case CodeList::NoticePhase: return kNoticePhases;
    case CodeList::InformChannel: return kInformChannels;
    }
    return {};
}

} // namespace

QStringList all(CodeList list)
{
    QStringList result;
    for (const Code &c : table(list))
        result << QString::fromLatin1(c.code);
    return result;
}

bool isValid(CodeList list, const QString &code)
{
    for (const Code &c : table(list)) {
        if (code == QLatin1String(c.code))
            return true;
    }
    return false;
}

QString label(CodeList list, const QString &code)
{
    for (const Code &c : table(list)) {
        if (code == QLatin1String(c.code))
            return QCoreApplication::translate("pc::codes", c.label);
    }
    return code;
}

QString translateIn(const char *context, const char *text, const QString &language)
{
    return DocumentLanguage(language).translate(context, text);
}

QString labelIn(CodeList list, const QString &code, const QString &language)
{
    for (const Code &c : table(list)) {
        if (code == QLatin1String(c.code))
            return translateIn("pc::codes", c.label, language);
    }
    return code;
}

QString sqlInList(CodeList list)
{
    QStringList quoted;
    for (const Code &c : table(list))
        quoted << QLatin1Char('\'') + QString::fromLatin1(c.code) + QLatin1Char('\'');
    return QLatin1Char('(') + quoted.join(QLatin1Char(',')) + QLatin1Char(')');
}

} // namespace pc::codes
