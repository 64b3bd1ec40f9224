#include "RecordStore.h"

#include "CaseRepository.h"
#include "Database.h"
#include "PeopleRepository.h"
#include "RegisterRepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pc {
namespace {

struct RecordStoreText
{
    Q_DECLARE_TR_FUNCTIONS(pc::RecordStore)
};

// Reads a record and removes it in one transaction, so what is kept to put
// back is exactly what was removed.
template<typename Removed, typename Read, typename Remove>
Result<Removed> readAndRemove(Database &db, Read read, Remove remove)
{
    Removed removed{};
    const Status status = db.transaction([&]() -> Status {
        auto stored = read();
        if (!stored)
            return stored.error();
        removed = std::move(stored.value());
        return remove(removed);
    });
    if (!status)
        return status.error();
    return removed;
}

// How many rows of `table` refer to the record through `column`.
Result<qint64> countUses(Database &db, const QString &table, const QString &column, RowId id)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(table, column));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return Database::sqlError(query);
    return query.value(0).toLongLong();
}

} // namespace

// ---- processing activities ------------------------------------------------

Result<ProcessingActivity> RecordStore<ProcessingActivity>::read(Database &db, RowId id)
{
    return RegisterRepository(db).activity(id);
}

Result<RowId> RecordStore<ProcessingActivity>::add(Database &db, ProcessingActivity &activity)
{
    return RegisterRepository(db).addActivity(activity);
}

Status RecordStore<ProcessingActivity>::update(Database &db, ProcessingActivity &activity)
{
    return RegisterRepository(db).updateActivity(activity);
}

Result<ProcessingActivity> RecordStore<ProcessingActivity>::take(Database &db, RowId id)
{
    RegisterRepository repository(db);
    return readAndRemove<Removed>(db, [&] { return repository.activity(id); },
                                  [&](const Removed &) { return repository.removeActivity(id); });
}

Status RecordStore<ProcessingActivity>::putBack(Database &db, const Removed &removed)
{
    return RegisterRepository(db).restoreActivity(removed);
}

// ---- data subjects --------------------------------------------------------

Result<DataSubject> RecordStore<DataSubject>::read(Database &db, RowId id)
{
    return PeopleRepository(db).subject(id);
}

Result<RowId> RecordStore<DataSubject>::add(Database &db, DataSubject &subject)
{
    return PeopleRepository(db).addSubject(subject);
}

Status RecordStore<DataSubject>::update(Database &db, DataSubject &subject)
{
    return PeopleRepository(db).updateSubject(subject);
}

Result<DataSubject> RecordStore<DataSubject>::take(Database &db, RowId id)
{
    PeopleRepository repository(db);
    return readAndRemove<Removed>(db, [&] { return repository.subject(id); }, [&](const Removed &subject) -> Status {
        // The consent ledger, the requests and legal holds are proof: a
        // person who has any is erased through a purge, which leaves a
        // tombstone, not deleted from the form.
        for (const auto &[table, column] : {std::pair{"consent_events", "subject_id"},
                                            std::pair{"rights_requests", "subject_id"},
                                            std::pair{"legal_holds", "subject_id"},
                                            std::pair{"attachments", "subject_id"}}) {
            const auto uses = countUses(db, QLatin1String(table), QLatin1String(column), id);
            if (!uses)
                return uses.error();
            if (uses.value() > 0) {
                return Error{RecordStoreText::tr("“%1” has a consent history, requests, documents or a legal hold. "
                                                 "They are kept as proof, so this person cannot be deleted here.")
                                 .arg(subject.displayName())};
            }
        }
        return repository.removeSubject(id);
    });
}

Status RecordStore<DataSubject>::putBack(Database &db, const Removed &removed)
{
    return PeopleRepository(db).restoreSubject(removed);
}

// ---- processors -----------------------------------------------------------

Result<Processor> RecordStore<Processor>::read(Database &db, RowId id)
{
    return RegisterRepository(db).processor(id);
}

Result<RowId> RecordStore<Processor>::add(Database &db, Processor &processor)
{
    return RegisterRepository(db).addProcessor(processor);
}

Status RecordStore<Processor>::update(Database &db, Processor &processor)
{
    return RegisterRepository(db).updateProcessor(processor);
}

Result<Processor> RecordStore<Processor>::take(Database &db, RowId id)
{
    RegisterRepository repository(db);
    return readAndRemove<Removed>(db, [&] { return repository.processor(id); },
                                  [&](const Removed &) { return repository.removeProcessor(id); });
}

Status RecordStore<Processor>::putBack(Database &db, const Removed &removed)
{
    return RegisterRepository(db).restoreProcessor(removed);
}

// ---- retention rules ------------------------------------------------------

Result<RetentionRule> RecordStore<RetentionRule>::read(Database &db, RowId id)
{
    return RegisterRepository(db).retentionRule(id);
}

Result<RowId> RecordStore<RetentionRule>::add(Database &db, RetentionRule &rule)
{
    return RegisterRepository(db).addRetentionRule(rule);
}

Status RecordStore<RetentionRule>::update(Database &db, RetentionRule &rule)
{
    return RegisterRepository(db).updateRetentionRule(rule);
}

Result<RetentionRule> RecordStore<RetentionRule>::take(Database &db, RowId id)
{
    RegisterRepository repository(db);
    return readAndRemove<Removed>(db, [&] { return repository.retentionRule(id); },
                                  [&](const Removed &) { return repository.removeRetentionRule(id); });
}

Status RecordStore<RetentionRule>::putBack(Database &db, const Removed &removed)
{
    return RegisterRepository(db).restoreRetentionRule(removed);
}

// ---- breaches -------------------------------------------------------------

Result<Breach> RecordStore<Breach>::read(Database &db, RowId id)
{
    return CaseRepository(db).breach(id);
}

Result<RowId> RecordStore<Breach>::add(Database &db, Breach &breach)
{
    return CaseRepository(db).addBreach(breach);
}

Status RecordStore<Breach>::update(Database &db, Breach &breach)
{
    return CaseRepository(db).updateBreach(breach);
}

Result<Breach> RecordStore<Breach>::take(Database &db, RowId id)
{
    CaseRepository repository(db);
    return readAndRemove<Removed>(db, [&] { return repository.breach(id); }, [&](const Removed &breach) -> Status {
        const auto documents = countUses(db, QStringLiteral("attachments"), QStringLiteral("breach_id"), id);
        if (!documents)
            return documents.error();
        if (documents.value() > 0) {
            return Error{RecordStoreText::tr("The breach %1 has documents attached; they are kept as proof, so it "
                                             "cannot be deleted.")
                             .arg(breach.reference)};
        }
        return repository.removeBreach(id);
    });
}

Status RecordStore<Breach>::putBack(Database &db, const Removed &removed)
{
    return CaseRepository(db).restoreBreach(removed);
}

// ---- rights requests ------------------------------------------------------

Result<RightsRequest> RecordStore<RightsRequest>::read(Database &db, RowId id)
{
    return CaseRepository(db).request(id);
}

Result<RowId> RecordStore<RightsRequest>::add(Database &db, RightsRequest &request)
{
    return CaseRepository(db).addRequest(request);
}

Status RecordStore<RightsRequest>::update(Database &db, RightsRequest &request)
{
    return CaseRepository(db).updateRequest(request);
}

Result<RemovedRequest> RecordStore<RightsRequest>::take(Database &db, RowId id)
{
    CaseRepository repository(db);
    auto read = [&]() -> Result<RemovedRequest> {
        auto request = repository.request(id);
        if (!request)
            return request.error();
        auto events = repository.requestEvents(id);
        if (!events)
            return events.error();
        auto checks = repository.identityChecks(id);
        if (!checks)
            return checks.error();
        return RemovedRequest{std::move(request.value()), std::move(events.value()), std::move(checks.value())};
    };
    return readAndRemove<Removed>(db, read, [&](const Removed &removed) -> Status {
        for (const auto &[table, column] :
             {std::pair{"attachments", "request_id"}, std::pair{"consent_events", "request_id"}}) {
            const auto uses = countUses(db, QLatin1String(table), QLatin1String(column), id);
            if (!uses)
                return uses.error();
            if (uses.value() > 0) {
                return Error{RecordStoreText::tr("The request %1 has documents or consent changes that refer to it; "
                                                 "they are kept as proof, so it cannot be deleted.")
                                 .arg(removed.request.reference)};
            }
        }
        return repository.removeRequest(id);
    });
}

Status RecordStore<RightsRequest>::putBack(Database &db, const Removed &removed)
{
    CaseRepository repository(db);
    return db.transaction([&]() -> Status {
        if (Status s = repository.restoreRequest(removed.request); !s)
            return s;
        for (RequestEvent event : removed.events) {
            if (const auto id = repository.addRequestEvent(event); !id)
                return id.error();
        }
        for (IdentityCheck check : removed.identityChecks) {
            if (const auto id = repository.addIdentityCheck(check); !id)
                return id.error();
        }
        return success();
    });
}

// ---- organizations --------------------------------------------------------

Result<Organization> RecordStore<Organization>::read(Database &db, RowId id)
{
    return RegisterRepository(db).organization(id);
}

Result<RowId> RecordStore<Organization>::add(Database &db, Organization &organization)
{
    return RegisterRepository(db).addOrganization(organization);
}

Status RecordStore<Organization>::update(Database &db, Organization &organization)
{
    return RegisterRepository(db).updateOrganization(organization);
}

Result<Organization> RecordStore<Organization>::take(Database &db, RowId id)
{
    RegisterRepository repository(db);
    return readAndRemove<Removed>(db, [&] { return repository.organization(id); },
                                  [&](const Removed &) { return repository.removeOrganization(id); });
}

Status RecordStore<Organization>::putBack(Database &db, const Removed &removed)
{
    return RegisterRepository(db).restoreOrganization(removed);
}

} // namespace pc
