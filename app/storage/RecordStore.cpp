#include "RecordStore.h"

#include "CaseRepository.h"
#include "DpiaRepository.h"
#include "Database.h"
#include "PeopleRepository.h"
#include "RegisterRepository.h"
#include "SqlRow.h"

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
    return scalar<qint64>(query);
}

} // namespace

// ---- the records kept whole in their own row ------------------------------

// Each kind's repository and its functions, and what keeps a record from
// being deleted from its form: the rows kept as proof that refer to it.
template<typename Entity>
struct RecordAccess;

template<>
struct RecordAccess<ProcessingActivity>
{
    using Repository = RegisterRepository;
    static constexpr auto read = &RegisterRepository::activity;
    static constexpr auto add = &RegisterRepository::addActivity;
    static constexpr auto update = &RegisterRepository::updateActivity;
    static constexpr auto remove = &RegisterRepository::removeActivity;
    static constexpr auto restore = &RegisterRepository::restoreActivity;
    static Status mayRemove(Database &, const ProcessingActivity &) { return success(); }
};

template<>
struct RecordAccess<DataSubject>
{
    using Repository = PeopleRepository;
    static constexpr auto read = &PeopleRepository::subject;
    static constexpr auto add = &PeopleRepository::addSubject;
    static constexpr auto update = &PeopleRepository::updateSubject;
    static constexpr auto remove = &PeopleRepository::removeSubject;
    static constexpr auto restore = &PeopleRepository::restoreSubject;
    static Status mayRemove(Database &db, const DataSubject &subject)
    {
        // The consent ledger, the requests and legal holds are proof: a
        // person who has any is erased through a purge, which leaves a
        // tombstone, not deleted from the form.
        for (const auto &[table, column] : {std::pair{"consent_events", "subject_id"},
                                            std::pair{"rights_requests", "subject_id"},
                                            std::pair{"legal_holds", "subject_id"},
                                            std::pair{"attachments", "subject_id"}}) {
            const auto uses = countUses(db, QLatin1String(table), QLatin1String(column), subject.id);
            if (!uses)
                return uses.error();
            if (uses.value() > 0) {
                return Error{RecordStoreText::tr("“%1” has a consent history, requests, documents or a legal hold. "
                                                 "They are kept as proof, so this person cannot be deleted here.")
                                 .arg(subject.displayName()),
                             Error::Kind::Constraint};
            }
        }
        return success();
    }
};

template<>
struct RecordAccess<Processor>
{
    using Repository = RegisterRepository;
    static constexpr auto read = &RegisterRepository::processor;
    static constexpr auto add = &RegisterRepository::addProcessor;
    static constexpr auto update = &RegisterRepository::updateProcessor;
    static constexpr auto remove = &RegisterRepository::removeProcessor;
    static constexpr auto restore = &RegisterRepository::restoreProcessor;
    static Status mayRemove(Database &, const Processor &) { return success(); }
};

template<>
struct RecordAccess<RetentionRule>
{
    using Repository = RegisterRepository;
    static constexpr auto read = &RegisterRepository::retentionRule;
    static constexpr auto add = &RegisterRepository::addRetentionRule;
    static constexpr auto update = &RegisterRepository::updateRetentionRule;
    static constexpr auto remove = &RegisterRepository::removeRetentionRule;
    static constexpr auto restore = &RegisterRepository::restoreRetentionRule;
    static Status mayRemove(Database &, const RetentionRule &) { return success(); }
};

template<>
struct RecordAccess<Dpia>
{
    using Repository = DpiaRepository;
    static constexpr auto read = &DpiaRepository::read;
    static constexpr auto add = &DpiaRepository::add;
    static constexpr auto update = &DpiaRepository::update;
    static constexpr auto remove = &DpiaRepository::remove;
    static constexpr auto restore = &DpiaRepository::restore;
    static Status mayRemove(Database &, const Dpia &) { return success(); }
};

template<>
struct RecordAccess<Breach>
{
    using Repository = CaseRepository;
    static constexpr auto read = &CaseRepository::breach;
    static constexpr auto add = &CaseRepository::addBreach;
    static constexpr auto update = &CaseRepository::updateBreach;
    static constexpr auto remove = &CaseRepository::removeBreach;
    static constexpr auto restore = &CaseRepository::restoreBreach;
    static Status mayRemove(Database &db, const Breach &breach)
    {
        const auto documents = countUses(db, QStringLiteral("attachments"), QStringLiteral("breach_id"), breach.id);
        if (!documents)
            return documents.error();
        if (documents.value() > 0) {
            return Error{RecordStoreText::tr("The breach %1 has documents attached; they are kept as proof, so it "
                                             "cannot be deleted.")
                             .arg(breach.reference),
                         Error::Kind::Constraint};
        }
        return success();
    }
};

template<>
struct RecordAccess<Organization>
{
    using Repository = RegisterRepository;
    static constexpr auto read = &RegisterRepository::organization;
    static constexpr auto add = &RegisterRepository::addOrganization;
    static constexpr auto update = &RegisterRepository::updateOrganization;
    static constexpr auto remove = &RegisterRepository::removeOrganization;
    static constexpr auto restore = &RegisterRepository::restoreOrganization;
    static Status mayRemove(Database &, const Organization &) { return success(); }
};

template<typename Entity>
Result<Entity> RecordStore<Entity>::read(Database &db, RowId id)
{
    typename RecordAccess<Entity>::Repository repository(db);
    return (repository.*RecordAccess<Entity>::read)(id);
}

template<typename Entity>
Result<RowId> RecordStore<Entity>::add(Database &db, Entity &record)
{
    typename RecordAccess<Entity>::Repository repository(db);
    return (repository.*RecordAccess<Entity>::add)(record);
}

template<typename Entity>
Status RecordStore<Entity>::update(Database &db, Entity &record)
{
    typename RecordAccess<Entity>::Repository repository(db);
    return (repository.*RecordAccess<Entity>::update)(record);
}

template<typename Entity>
Result<Entity> RecordStore<Entity>::take(Database &db, RowId id)
{
    using Access = RecordAccess<Entity>;
    typename Access::Repository repository(db);
    return readAndRemove<Removed>(db, [&] { return (repository.*Access::read)(id); },
                                  [&](const Removed &record) -> Status {
                                      if (Status proof = Access::mayRemove(db, record); !proof)
                                          return proof;
                                      return (repository.*Access::remove)(id);
                                  });
}

template<typename Entity>
Status RecordStore<Entity>::putBack(Database &db, const Removed &removed)
{
    typename RecordAccess<Entity>::Repository repository(db);
    return (repository.*RecordAccess<Entity>::restore)(removed);
}

template struct RecordStore<ProcessingActivity>;
template struct RecordStore<DataSubject>;
template struct RecordStore<Processor>;
template struct RecordStore<RetentionRule>;
template struct RecordStore<Breach>;
template struct RecordStore<Organization>;
template struct RecordStore<Dpia>;

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

} // namespace pc
