#pragma once

#include "Register.h"

#include <QByteArray>
#include <QStringList>

namespace pc {

// A request from a person exercising their rights, with the dates its legal
// deadline is computed from.
struct RightsRequest
{
    RowId id = 0;
    RowId organizationId = 0;
    RowId subjectId = 0;
    QString reference;
    QStringList types;             // CodeList::RequestType, at least one
    QString status = QStringLiteral("received");
    QString channel = QStringLiteral("email");
    QString jurisdiction;
    QString language;
    QString requesterName;
    QString requesterEmail;
    QString requesterAddress;
    bool requesterIsSubject = true;
    QDate letterDate;
    QDate receivedOn;
    QDate dueOn;
    QDate extendedDueOn;
    QString extensionReason;
    QDate extensionNotifiedOn;
    QDate identityRequestedOn;
    QDate identityReceivedOn;
    QDate clarificationRequestedOn;
    QDate clarificationReceivedOn;
    QString clarification;         // what the person was asked to make clear
    RowId assigneeId = 0;
    QDate closedOn;
    QString outcome;
    QString refusalReason;
    QString notes;
    QList<RowId> activityIds;
    int rowVersion = 0;

    bool operator==(const RightsRequest &) const = default;
};

// One dated step of a request's history.
struct RequestEvent
{
    RowId id = 0;
    RowId requestId = 0;
    QDateTime occurredAt;
    QString step;
    QString note;
    QString actor;
};

// What is kept of an identity check once the ID copy is destroyed.
struct IdentityCheck
{
    RowId id = 0;
    RowId requestId = 0;
    QDate checkedOn;
    QString outcome;               // match, mismatch, inconclusive
    QString documentType;          // TD1, TD2, TD3, other
    QString documentNumberSuffix;
    QString verifier;
};

struct Breach
{
    RowId id = 0;
    RowId organizationId = 0;
    QString reference;
    QString title;
    QString description;
    QDateTime occurredAt;
    QDateTime awareAt;
    QDateTime notificationDueAt;
    QDateTime authorityNotifiedAt;
    QDateTime subjectsNotifiedAt;
    QString risk = QStringLiteral("risk");
    QString status = QStringLiteral("open");
    QString dataCategories;
    int subjectsAffected = 0;
    int recordsAffected = 0;
    QString consequences;
    QString measures;
    QString authorityReference;
    int rowVersion = 0;

    bool operator==(const Breach &) const = default;
};

// A document: its bytes in the database, or a reference to an encrypted file
// outside it (ID copies). The hash proves what was received.
struct Attachment
{
    RowId id = 0;
    RowId organizationId = 0;
    RowId requestId = 0;
    RowId subjectId = 0;
    RowId breachId = 0;
    QString kind = QStringLiteral("other");
    QString fileName;
    QString mediaType;
    qint64 sizeBytes = 0;
    QString sha256;
    QByteArray content;
    QString encryptedPath;
    QDate destroyAfter;
    QDateTime destroyedAt;
    QDateTime createdAt;
    QString createdBy;
};

} // namespace pc
