#include "Codes.h"

#include <QCoreApplication>

#include <span>

namespace pc::codes {
namespace {

struct Code
{
    const char *code;
    const char *label;
};

// QT_TRANSLATE_NOOP keeps lupdate aware of the labels; label() translates them.
#define PC_CODE(c, l) Code{c, QT_TRANSLATE_NOOP("pc::codes", l)}

constexpr Code kJurisdictions[] = {
    PC_CODE("FR", "France (GDPR, CNIL)"),
    PC_CODE("BE", "Belgium (GDPR, Data Protection Authority)"),
    PC_CODE("ZA", "South Africa (POPIA, Information Regulator)"),
    PC_CODE("TN", "Tunisia (Organic Law 2004-63, INPDP)"),
    PC_CODE("VN", "Vietnam (Decree 13/2023/ND-CP, A05)"),
    PC_CODE("EU", "Other EU/EEA member state (GDPR)"),
};

constexpr Code kLegalBases[] = {
    PC_CODE("consent", "Consent (Art. 6(1)(a))"),
    PC_CODE("contract", "Performance of a contract (Art. 6(1)(b))"),
    PC_CODE("legal_obligation", "Legal obligation (Art. 6(1)(c))"),
    PC_CODE("vital_interests", "Vital interests (Art. 6(1)(d))"),
    PC_CODE("public_task", "Public interest or official authority (Art. 6(1)(e))"),
    PC_CODE("legitimate_interests", "Legitimate interests (Art. 6(1)(f))"),
};

constexpr Code kSpecialConditions[] = {
    PC_CODE("explicit_consent", "Explicit consent (Art. 9(2)(a))"),
    PC_CODE("employment_social_security", "Employment and social security law (Art. 9(2)(b))"),
    PC_CODE("vital_interests", "Vital interests, subject incapable of consent (Art. 9(2)(c))"),
    PC_CODE("not_for_profit_body", "Not-for-profit body, members (Art. 9(2)(d))"),
    PC_CODE("made_public", "Made manifestly public by the subject (Art. 9(2)(e))"),
    PC_CODE("legal_claims", "Legal claims or courts (Art. 9(2)(f))"),
    PC_CODE("substantial_public_interest", "Substantial public interest (Art. 9(2)(g))"),
    PC_CODE("health_care", "Preventive or occupational medicine, health care (Art. 9(2)(h))"),
    PC_CODE("public_health", "Public health (Art. 9(2)(i))"),
    PC_CODE("archiving_research", "Archiving, research or statistics (Art. 9(2)(j))"),
};

constexpr Code kSubjectKinds[] = {
    PC_CODE("customer", "Customer"),
    PC_CODE("user", "User"),
    PC_CODE("prospect", "Prospect"),
    PC_CODE("visitor", "Website visitor"),
    PC_CODE("job_applicant", "Job applicant"),
    PC_CODE("employee", "Employee"),
    PC_CODE("service_provider", "Service provider"),
    PC_CODE("supplier_contact", "Supplier contact"),
    PC_CODE("other", "Other"),
};

constexpr Code kControllerRoles[] = {
    PC_CODE("controller", "Controller"),
    PC_CODE("joint_controller", "Joint controller"),
    PC_CODE("processor", "Processor on behalf of a client"),
};

constexpr Code kActivityStatuses[] = {
    PC_CODE("draft", "Draft"),
    PC_CODE("approved", "Approved"),
};

constexpr Code kRecipientKinds[] = {
    PC_CODE("internal", "Internal department"),
    PC_CODE("processor", "Processor"),
    PC_CODE("third_party", "Third party"),
    PC_CODE("authority", "Public authority"),
};

constexpr Code kSafeguards[] = {
    PC_CODE("adequacy", "Adequacy decision (Art. 45)"),
    PC_CODE("scc", "Standard contractual clauses (Art. 46(2)(c))"),
    PC_CODE("bcr", "Binding corporate rules (Art. 47)"),
    PC_CODE("code_of_conduct", "Approved code of conduct (Art. 46(2)(e))"),
    PC_CODE("certification", "Approved certification (Art. 46(2)(f))"),
    PC_CODE("ad_hoc_clauses", "Authorised contractual clauses (Art. 46(3)(a))"),
    PC_CODE("derogation", "Derogation for a specific situation (Art. 49)"),
    PC_CODE("none", "No safeguard"),
};

constexpr Code kProcessorRoles[] = {
    PC_CODE("processor", "Processor"),
    PC_CODE("sub_processor", "Sub-processor"),
    PC_CODE("joint_controller", "Joint controller"),
    PC_CODE("independent_controller", "Independent controller (recipient)"),
};

constexpr Code kRetentionUnits[] = {
    PC_CODE("day", "days"),
    PC_CODE("week", "weeks"),
    PC_CODE("month", "months"),
    PC_CODE("year", "years"),
};

constexpr Code kRetentionTriggers[] = {
    PC_CODE("collection", "Collection of the data"),
    PC_CODE("relationship_end", "End of the customer relationship"),
    PC_CODE("contract_end", "End of the contract"),
    PC_CODE("termination_notice", "Termination notice"),
    PC_CODE("last_contact", "Last contact"),
    PC_CODE("application_date", "Application date"),
    PC_CODE("custom", "Other event"),
};

constexpr Code kRetentionOutcomes[] = {
    PC_CODE("delete", "Delete"),
    PC_CODE("anonymise", "Anonymise"),
    PC_CODE("archive", "Archive (restricted access)"),
};

constexpr Code kConsentEvents[] = {
    PC_CODE("given", "Given"),
    PC_CODE("withdrawn", "Withdrawn"),
    PC_CODE("refused", "Refused"),
    PC_CODE("expired", "Expired"),
};

constexpr Code kConsentMethods[] = {
    PC_CODE("web_form", "Web form tick box"),
    PC_CODE("app", "Mobile app permission"),
    PC_CODE("email", "E-mail"),
    PC_CODE("letter", "Letter"),
    PC_CODE("in_person", "In person"),
    PC_CODE("phone", "Telephone"),
    PC_CODE("cookie_banner", "Cookie banner"),
    PC_CODE("import", "Imported record"),
};

constexpr Code kRequestTypes[] = {
    PC_CODE("access", "Access"),
    PC_CODE("rectification", "Rectification"),
    PC_CODE("erasure", "Erasure"),
    PC_CODE("restriction", "Restriction"),
    PC_CODE("objection", "Objection"),
    PC_CODE("portability", "Portability"),
    PC_CODE("consent_withdrawal", "Consent withdrawal"),
};

constexpr Code kRequestStatuses[] = {
    PC_CODE("received", "Received"),
    PC_CODE("identity_check", "Identity check"),
    PC_CODE("in_progress", "In progress"),
    PC_CODE("extended", "Extended"),
    PC_CODE("answered", "Answered"),
    PC_CODE("refused", "Refused"),
    PC_CODE("withdrawn", "Withdrawn"),
};

constexpr Code kRequestChannels[] = {
    PC_CODE("letter", "Postal letter"),
    PC_CODE("email", "E-mail"),
    PC_CODE("web_form", "Web form"),
    PC_CODE("phone", "Telephone"),
    PC_CODE("in_person", "In person"),
};

constexpr Code kBreachRisks[] = {
    PC_CODE("none", "Unlikely to result in a risk"),
    PC_CODE("risk", "Risk to rights and freedoms"),
    PC_CODE("high", "High risk"),
};

constexpr Code kBreachStatuses[] = {
    PC_CODE("open", "Open"),
    PC_CODE("notified", "Notified"),
    PC_CODE("closed", "Closed"),
};

constexpr Code kAttachmentKinds[] = {
    PC_CODE("letter", "Request letter"),
    PC_CODE("id_copy", "Identity document copy"),
    PC_CODE("reply", "Reply"),
    PC_CODE("proof", "Proof"),
    PC_CODE("contract", "Contract"),
    PC_CODE("other", "Other document"),
};

constexpr Code kUserRoles[] = {
    PC_CODE("admin", "Administrator"),
    PC_CODE("officer", "Officer"),
    PC_CODE("viewer", "Viewer"),
};

#undef PC_CODE

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

QString sqlInList(CodeList list)
{
    QStringList quoted;
    for (const Code &c : table(list))
        quoted << QLatin1Char('\'') + QString::fromLatin1(c.code) + QLatin1Char('\'');
    return QLatin1Char('(') + quoted.join(QLatin1Char(',')) + QLatin1Char(')');
}

} // namespace pc::codes
