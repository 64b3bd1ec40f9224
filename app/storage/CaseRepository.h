#pragma once

#include "core/Result.h"
#include "domain/Admin.h"
#include "domain/Requests.h"

#include <QList>
#include <optional>

namespace pc {

class Database;

// The officer's cases: rights requests with their types, activities, history
// and identity checks; personal-data breaches; attached documents; the users
// who sign in.
class CaseRepository final
{
public:
    explicit CaseRepository(Database &db) : m_db(db) {}

    // A request is saved whole, with its types and activities.
    Result<RowId> addRequest(RightsRequest &request);
    Status updateRequest(RightsRequest &request);
    Status removeRequest(RowId id);
    Status restoreRequest(const RightsRequest &request);
    Result<RightsRequest> request(RowId id);
    Result<QList<RightsRequest>> requests(RowId organizationId);

    // The next free reference "<prefix>NNN" of an organization's requests
    // ("rights_requests") or breaches ("breaches").
    Result<QString> nextReference(const QString &table, RowId organizationId, const QString &prefix);

    Result<RowId> addRequestEvent(RequestEvent &event);
    Result<QList<RequestEvent>> requestEvents(RowId requestId);
    Result<RowId> addIdentityCheck(IdentityCheck &check);
    Result<QList<IdentityCheck>> identityChecks(RowId requestId);

    Result<RowId> addBreach(Breach &breach);
    Status updateBreach(Breach &breach);
    Status removeBreach(RowId id);
    Status restoreBreach(const Breach &breach);
    Result<Breach> breach(RowId id);
    Result<QList<Breach>> breaches(RowId organizationId);
    // The SQL condition a breach still to notify meets, on the breaches
    // table under `alias` ("b." or empty): not closed, a deadline to notify
    // by, not notified and no reason recorded not to notify (Art. 33(1)).
    static QString toNotifyCondition(const QString &alias = {});
    // The breaches with this reference (whatever its case), of one
    // organization or, with 0, of every one.
    Result<QList<Breach>> breachesByReference(const QString &reference, RowId organizationId = 0);

    // Keeps a notification to the authority as it was sent, in one
    // transaction with the breach's record: the initial one sets when the
    // authority was notified (and the reasons for a delay), and there is one
    // initial notification before any follow-up.
    Result<RowId> recordNotification(BreachNotification &notification);
    // Oldest first.
    Result<QList<BreachNotification>> breachNotifications(RowId breachId);
    // Records the people told (Art. 34), all or none; the breach keeps the
    // moment the first of them was.
    Status recordInformed(RowId breachId, QList<BreachInformed> &people);
    // With each person's name and address as the register holds them now.
    Result<QList<BreachInformed>> breachInformed(RowId breachId);
    // The evidence attached to a breach (without the stored bytes).
    Result<QList<Attachment>> breachAttachments(RowId breachId);

    // Computes the size and SHA-256 of the content (or takes them as given for
    // an encrypted file kept outside the database).
    Result<RowId> addAttachment(Attachment &attachment);
    // Without the stored bytes unless `withContent`.
    Result<Attachment> attachment(RowId id, bool withContent = false);
    Result<QList<Attachment>> requestAttachments(RowId requestId);

    Result<RowId> addUser(User &user);
    Result<std::optional<User>> userByName(const QString &username);
    Result<QList<User>> users();
    // The account of the person running the application on an embedded
    // database; created as administrator the first time (they own the file).
    Result<User> ensureLocalUser(const QString &username);

private:
    Status applyNotificationDeadline(Breach &breach);
    Status writeRequestChildren(const RightsRequest &request);
    Status readRequestChildren(QList<RightsRequest> &requests, const QString &scope, RowId key);

    Database &m_db;
};

} // namespace pc
