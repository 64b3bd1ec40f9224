#pragma once

#include "Register.h"

namespace pc {

// How a person is named in lists: first and last name, else the e-mail
// address, else the organization's reference for them.
QString personLabel(const QString &firstName, const QString &lastName, const QString &email, const QString &reference);

// A person whose data an organization holds, with the life-cycle dates that
// retention rules count from.
struct DataSubject
{
    RowId id = 0;
    RowId organizationId = 0;
    RowId categoryId = 0;
    QString externalRef;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString address;
    QString country;
    QString language;
    QDate birthDate;
    QDate collectedOn;
    QDate relationshipStart;
    QDate relationshipEnd;
    QDate terminationNoticeOn;
    QDate lastContactOn;
    QString notes;
    int rowVersion = 0;

    QString displayName() const;

    bool operator==(const DataSubject &) const = default;
};

// The people of an organization a letter goes to: those of the categories
// and those concerned by the purposes given (both, when both are given), or
// those named in a list of e-mail addresses and references.
struct PeopleSelection
{
    RowId organizationId = 0;
    QList<RowId> categoryIds;
    QList<RowId> purposeIds;          // consent purposes: anyone with a consent history for one
    QStringList emailsOrReferences;   // when given, only these people

    bool isWholeOrganization() const
    {
        return categoryIds.isEmpty() && purposeIds.isEmpty() && emailsOrReferences.isEmpty();
    }
};

struct PrivacyPolicy
{
    RowId id = 0;
    RowId organizationId = 0;
    QString versionLabel;
    QDate effectiveOn;
    QString language;
    QString url;
    QString text;
    bool changesContactUse = false;
};

struct ConsentPurpose
{
    RowId id = 0;
    RowId organizationId = 0;
    RowId activityId = 0;
    QString code;
    QString name;
    QString description;
    int expiryMonths = 0;          // 0: does not expire
    bool active = true;
};

// One line of the append-only consent ledger. The current state of a person's
// consent is derived from these lines, never stored.
struct ConsentEvent
{
    RowId id = 0;
    RowId subjectId = 0;
    RowId purposeId = 0;
    QString event = QStringLiteral("given");
    QDateTime occurredAt;
    QString method = QStringLiteral("web_form");
    QString source;
    RowId policyId = 0;
    RowId proofAttachmentId = 0;
    RowId requestId = 0;
    QString note;
};

struct LegalHold
{
    RowId id = 0;
    RowId subjectId = 0;
    QString reason;
    QDate placedOn;
    QDate liftedOn;
};

} // namespace pc
