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
    QStringList nature;            // CodeList::BreachNature: confidentiality, integrity, availability
    QString cause;                 // how it happened and, if known, who had the data
    QString subjectCategories;     // the categories of people concerned
    QDateTime containedAt;
    QDateTime closedAt;
    QString delayReason;           // why the first notification came after its deadline
    QString noNotificationReason;  // Art. 33(1): why it is unlikely to result in a risk
    QString advice;                // what the people can do to protect themselves
    QString notInformedReason;     // Art. 34(3): why the people are not told one by one
    int rowVersion = 0;

    bool operator==(const Breach &) const = default;
};

// One notification of a breach to the authority, as it was sent: the first
// ("initial") and those that complete it ("follow-up", Art. 33(4)).
struct BreachNotification
{
    RowId id = 0;
    RowId breachId = 0;
    QString phase = QStringLiteral("initial");   // initial, follow-up
    QDateTime sentAt;
    QString language;
    QString additions;            // what a follow-up adds to the earlier ones
    QString delayReason;
    QString authorityReference;
    QString text;                 // the notice as sent, in plain text
    QString sentBy;
};

// A person told of a breach (Art. 34): who, when and how. Only the person's
// number is kept; the name and address are read from the register, so an
// erased person leaves the count and the dates, nothing that names them.
struct BreachInformed
{
    RowId id = 0;
    RowId breachId = 0;
    RowId subjectId = 0;          // 0 once the person is erased from the register
    QString name;                 // read from the register, not stored
    QString contact;              // read from the register, not stored
    QString language;
    QDateTime informedAt;
    QString channel = QStringLiteral("letter");   // CodeList::InformChannel
    QString informedBy;
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
