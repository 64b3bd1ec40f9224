#pragma once

#include "core/Result.h"
#include "domain/People.h"
#include "domain/Register.h"
#include "domain/Requests.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pc {
class Database;
}

// The consent ledger: per person and purpose an append-only history of
// events (given, withdrawn, refused, expired). The current state is never
// written by anyone: it is the history's latest event, by the time it
// happened and then by the order it was recorded, whatever order the events
// reached the register in. The database keeps that derivation as events are
// added (consent_states), so the state of a million people reads at once.
namespace pc::consent {

// The latest event of one person's history for one purpose (the rule the
// database applies); an empty code when the history is empty.
QString currentState(const QList<ConsentEvent> &history);

// The day a consent given on `givenOn` lapses after `months` months (a
// month's end is the target month's last day); invalid when it never lapses.
QDate expiryDate(const QDate &givenOn, int months);

// How many people are in each state for each purpose of an organization
// (all when 0), counted from the kept states.
struct PurposeCounts
{
    RowId purposeId = 0;
    RowId organizationId = 0;
    QString code;
    QString name;
    int expiryMonths = 0;  // 0: consents of this purpose do not lapse
    int given = 0;
    int withdrawn = 0;
    int refused = 0;
    int expired = 0;
    int lapsed = 0;        // given, but older than the purpose's period on the day asked: due to expire

    int decided() const { return given + withdrawn + refused + expired; }
};
Result<QList<PurposeCounts>> purposeCounts(Database &db, const QDate &asOf, RowId organizationId = 0,
                                           RowId purposeId = 0);

// A consent that has lapsed, or will by `until`: given longer ago than its
// purpose's period.
struct DueExpiry
{
    RowId subjectId = 0;
    QString subjectName;
    RowId purposeId = 0;
    QString purpose;
    QDateTime givenAt;
    QDate expiresOn;
};
Result<QList<DueExpiry>> dueExpiries(Database &db, const QDate &until, RowId organizationId = 0, int limit = 0);

// Records an "expired" event, dated the day it lapsed, for every consent
// lapsed by `asOf` (never later than today), in one transaction. Returns how
// many were recorded.
Result<int> recordExpiries(Database &db, const QDate &asOf, RowId organizationId = 0);

// Records the withdrawal a rights request asks for: a "withdrawn" event for
// each purpose (all those the person has consented to when none is named),
// dated `when`, by the request's channel, pointing to the request; and a line
// in the request's history naming the purposes. In one transaction. Returns
// how many consents were withdrawn.
Result<int> withdrawForRequest(Database &db, const RightsRequest &request, const QList<RowId> &purposeIds,
                               const QDateTime &when);

// The consent events a request recorded, oldest first.
Result<QList<ConsentEvent>> eventsOfRequest(Database &db, RowId requestId);

// Where one person stands on each purpose of their organization: the
// latest event of their history for it (none yet: an empty state), how and
// under which policy it was recorded, and when a consent given lapses.
struct PersonConsent
{
    RowId purposeId = 0;
    QString code;
    QString purpose;
    int expiryMonths = 0;
    QString state;               // given, withdrawn, refused, expired; empty when never asked
    QDateTime since;
    QString method;
    QString source;
    QString policyVersion;
    QString requestReference;    // the rights request that recorded it, if any
    QDate lapsesOn;              // a consent given for a purpose that lapses
    bool lapsed = false;         // ... and its period has run out by the day asked
    int events = 0;              // the length of the history for this purpose
};
Result<QList<PersonConsent>> personConsents(Database &db, RowId subjectId, const QDate &asOf);

// One event of a person's ledger as the officer reads it.
struct LedgerEntry
{
    ConsentEvent event;
    QString purpose;
    QString policyVersion;
    QString requestReference;
    QString proofName;           // the proof document's file name, if any
    QDateTime recordedAt;
};
// The person's history for one purpose (every purpose when 0), newest first.
Result<QList<LedgerEntry>> personHistory(Database &db, RowId subjectId, RowId purposeId = 0);

// A proof kept with an event: a signed form, an e-mail, a screenshot.
struct ConsentProof
{
    QString fileName;
    QString mediaType;
    QByteArray content;
};
// The largest proof document kept in the register.
constexpr qint64 kMaxProofBytes = 20 * 1024 * 1024;

// Records one event the officer witnessed or received (a form on paper, a
// call, an e-mail), with its proof when there is one, in one transaction:
// checked first (the purpose and policy version are the person's
// organization's, the moment is not in the future, the codes are known).
// Returns the event's id.
Result<RowId> recordEvent(Database &db, ConsentEvent event, const ConsentProof &proof = {});

// Whose event it is and for which purpose; NotFound when it is not in the ledger.
struct EventParties
{
    RowId subjectId = 0;
    RowId purposeId = 0;
};
Result<EventParties> eventParties(Database &db, RowId eventId);

// The purposes the person's consent is in force for today (their latest
// event is a "given"), by name, with the moment it was given.
struct ConsentInForce
{
    RowId purposeId = 0;
    QString purpose;
    QDateTime since;
};
Result<QList<ConsentInForce>> consentsInForce(Database &db, RowId subjectId);

// The kept states that differ from a derivation of the whole ledger: 0 when
// they agree (a health check; reads every event).
Result<qint64> stateMismatches(Database &db);

} // namespace pc::consent
