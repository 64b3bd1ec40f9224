#pragma once

#include <QString>
#include <QStringList>

namespace pc {

// The closed vocabularies of the model: each is stored as a stable ASCII code
// (the same on SQLite and PostgreSQL, checked by the schema) and shown with a
// translated label. Adding a code means a migration that widens the CHECK.
enum class CodeList {
    Jurisdiction,         // FR, BE, ZA, TN, VN, ... (ISO 3166-1 alpha-2 of the law)
    LegalBasis,           // GDPR Art. 6(1) a-f, and their POPIA s11 equivalents
    SpecialCondition,     // GDPR Art. 9(2) a-j
    SubjectKind,          // customer, user, prospect, ...
    ControllerRole,       // controller, joint_controller, processor
    ActivityStatus,       // draft, approved
    RecipientKind,        // internal, processor, third_party, authority
    TransferSafeguard,    // adequacy, scc, bcr, derogation, ...
    ProcessorRole,        // processor, sub_processor, ...
    RetentionUnit,        // day, week, month, year
    RetentionTrigger,     // collection, relationship_end, ...
    RetentionOutcome,     // delete, anonymise, archive
    ConsentEventKind,     // given, withdrawn, refused, expired
    ConsentMethod,        // web_form, email, letter, ...
    RequestType,          // access, rectification, ...
    RequestStatus,        // received, identity_check, ...
    RequestChannel,       // letter, email, web_form, ...
    BreachRisk,           // none, risk, high
    BreachStatus,         // open, notified, closed
    AttachmentKind,       // letter, id_copy, reply, proof, ...
    UserRole,             // admin, officer, viewer
    IdentityOutcome,      // match, mismatch, inconclusive
    IdentityDocument,     // TD1, TD2, TD3, other
    DpiaState,            // an activity's: not_required, not_started, in_progress, validated, to_review
    DpiaStatus,           // an assessment's: in_progress, rejected, validated, signed, archived
    BreachNature,         // confidentiality, integrity, availability (what was lost)
    NoticePhase,          // initial, follow-up
    InformChannel,        // letter, email, phone, in_person, public_notice
};

namespace codes {

// Every code of a list, in display order.
QStringList all(CodeList list);
bool isValid(CodeList list, const QString &code);
// The label in the current UI language; the code itself when unknown.
QString label(CodeList list, const QString &code);
// The label in a document's language ("fr", "en"…), whatever the window speaks.
QString labelIn(CodeList list, const QString &code, const QString &language);
// A text marked for translation in `context`, in a document's language
// ("fr", "en"…), whatever the window speaks (see DocumentLanguage).
QString translateIn(const char *context, const char *text, const QString &language);
// An SQL fragment "('a','b',...)" for the CHECK constraints of the schema.
QString sqlInList(CodeList list);

} // namespace codes
} // namespace pc
