#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace pc {

using RowId = qint64;

// The controller: the company whose promises the officer keeps.
struct Organization
{
    RowId id = 0;
    QString name;
    QString legalName;
    QString address;
    QString country;        // ISO 3166-1 alpha-2
    QString jurisdiction;   // code of CodeList::Jurisdiction
    QString registrationNumber;
    QString website;
    QString policyLanguage; // "fr", "en", ...
    QString dpoName;
    QString dpoEmail;
    QString dpoPhone;
    QString dpoAddress;
    QString representativeName;
    QString representativeContact;
    bool actsAsProcessor = false;
    QString notes;
    int rowVersion = 0;

    bool operator==(const Organization &) const = default;
};

// A structured retention rule: how long, counted from which event, and what
// happens at the end. `justification` holds the policy sentence it comes from.
struct RetentionRule
{
    RowId id = 0;
    RowId organizationId = 0;
    QString name;
    int duration = 0;
    QString unit = QStringLiteral("month");
    QString triggerEvent = QStringLiteral("collection");
    QString customTrigger;
    QString outcome = QStringLiteral("delete");
    QString justification;
    QString legalReference;
    int rowVersion = 0;

    bool operator==(const RetentionRule &) const = default;
};

// A processor, sub-processor or other recipient organization, with its
// contract and the transfer abroad it implies.
struct Processor
{
    RowId id = 0;
    RowId organizationId = 0;
    RowId parentProcessorId = 0;   // set for a sub-processor
    QString name;
    QString role = QStringLiteral("processor");
    QString service;
    QString country;               // ISO 3166-1 alpha-2
    QString contactEmail;
    QString website;
    QDate contractSignedOn;
    QDate dpaSignedOn;
    QDate dpaExpiresOn;
    QString privacyPolicyUrl;
    QDate privacyPolicyCheckedOn;
    QString dataShared;
    QString transferSafeguard;     // empty when no transfer abroad
    QString notes;
    bool active = true;
    int rowVersion = 0;

    bool operator==(const Processor &) const = default;
};

struct SubjectCategory
{
    RowId id = 0;
    RowId organizationId = 0;
    QString kind = QStringLiteral("customer");  // CodeList::SubjectKind
    QString name;
    QString description;
};

struct DataCategory
{
    RowId id = 0;
    RowId organizationId = 0;
    QString name;
    QString description;
    bool specialCategory = false;
    RowId retentionRuleId = 0;
};

// One purpose of an activity with its own legal basis (Art. 6(1)) and, when
// special categories are involved, its Art. 9(2) condition.
struct Purpose
{
    RowId id = 0;
    QString description;
    QString legalBasis = QStringLiteral("contract"); // empty: not chosen yet (a register brought in)
    QString legitimateInterest;
    QString specialCondition;

    bool operator==(const Purpose &) const = default;
};

struct Recipient
{
    RowId id = 0;
    QString name;
    QString kind = QStringLiteral("internal");
    RowId processorId = 0;

    bool operator==(const Recipient &) const = default;
};

struct Transfer
{
    RowId id = 0;
    QString country;               // destination, ISO 3166-1 alpha-2
    QString recipient;
    RowId processorId = 0;
    QString safeguard = QStringLiteral("scc");
    QString safeguardReference;

    bool operator==(const Transfer &) const = default;
};

// What an activity holds of one category of data and for how long, as a
// register says it category by category (Art. 30(1)(c) and (f)).
struct DataCategoryUse
{
    QString detail;            // "Nom, prénom, adresse"
    QString retention;         // the period as written, kept when no rule says it yet
    RowId retentionRuleId = 0;

    bool isEmpty() const { return detail.isEmpty() && retention.isEmpty() && retentionRuleId == 0; }
    bool operator==(const DataCategoryUse &) const = default;
};

// An entry of the register of processing activities, with every item of
// GDPR Art. 30(1).
struct ProcessingActivity
{
    RowId id = 0;
    RowId organizationId = 0;
    QString reference;
    QString name;
    QString description;
    QString controllerRole = QStringLiteral("controller");
    QString jointControllers;
    QString clientName;            // for an Art. 30(2) entry: the controller served
    QList<Purpose> purposes;
    QList<RowId> subjectCategoryIds;
    QList<RowId> dataCategoryIds;
    QMap<RowId, DataCategoryUse> dataCategoryUses; // for some of dataCategoryIds: what exactly, how long
    QList<Recipient> recipients;
    QList<Transfer> transfers;
    QList<RowId> processorIds;
    RowId retentionRuleId = 0;
    QString retentionNote;
    QString securityMeasures;
    QString dataSource;
    bool dpiaRequired = false;
    QDate dpiaDoneOn;
    QString status = QStringLiteral("draft");
    QDate approvedOn;
    QDate recordedOn;              // the record's creation and last revision, as the officer dates them
    QDate revisedOn;
    int rowVersion = 0;

    bool operator==(const ProcessingActivity &) const = default;
};

} // namespace pc
