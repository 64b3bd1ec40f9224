#pragma once

#include "core/Result.h"
#include "domain/People.h"
#include "domain/Register.h"
#include "domain/Requests.h"
#include "dpia/Dpia.h"

#include <QList>
#include <QString>

namespace pc {

class Database;

// One kind of record the officer edits in a form, seen the same way whatever
// its table: read by id, add, update over the version read, and remove in a
// way that can be put back. The undo commands are written once against this.
//
// `take` removes a record and returns everything needed to put it back
// (`Removed`); `putBack` restores it under the same id. A record whose
// removal would lose proof (a consent history, an attached document) is
// refused by `take` with the reason.
// What a kind of record is called: its table (the audit trail names it) and
// the words that name one record (in a confirmation, an undo step).
template<typename Entity>
struct RecordNames;

template<>
struct RecordNames<ProcessingActivity>
{
    static constexpr const char *table = "processing_activities";
    static QString label(const ProcessingActivity &activity) { return activity.name; }
};

template<>
struct RecordNames<DataSubject>
{
    static constexpr const char *table = "data_subjects";
    static QString label(const DataSubject &subject) { return subject.displayName(); }
};

template<>
struct RecordNames<Processor>
{
    static constexpr const char *table = "processors";
    static QString label(const Processor &processor) { return processor.name; }
};

template<>
struct RecordNames<RetentionRule>
{
    static constexpr const char *table = "retention_rules";
    static QString label(const RetentionRule &rule) { return rule.name; }
};

template<>
struct RecordNames<Breach>
{
    static constexpr const char *table = "breaches";
    static QString label(const Breach &breach) { return breach.reference; }
};

template<>
struct RecordNames<Dpia>
{
    static constexpr const char *table = "dpias";
    static QString label(const Dpia &dpia) { return dpia.name; }
};

template<>
struct RecordNames<Organization>
{
    static constexpr const char *table = "organizations";
    static QString label(const Organization &organization) { return organization.name; }
};

// One implementation for every record kept whole in its own row: each kind's
// repository functions and the proof that keeps one from being deleted are
// in RecordStore.cpp (RecordAccess), which instantiates it for each kind.
template<typename Entity>
struct RecordStore
{
    static constexpr const char *table = RecordNames<Entity>::table;
    using Removed = Entity;
    static Result<Entity> read(Database &db, RowId id);
    static Result<RowId> add(Database &db, Entity &record);
    static Status update(Database &db, Entity &record);
    static Result<Removed> take(Database &db, RowId id);
    static Status putBack(Database &db, const Removed &removed);
    static QString label(const Entity &record) { return RecordNames<Entity>::label(record); }
};

extern template struct RecordStore<ProcessingActivity>;
extern template struct RecordStore<DataSubject>;
extern template struct RecordStore<Processor>;
extern template struct RecordStore<RetentionRule>;
extern template struct RecordStore<Breach>;
extern template struct RecordStore<Organization>;
extern template struct RecordStore<Dpia>;

// A removed request keeps its history and identity checks to put back.
struct RemovedRequest
{
    RightsRequest request;
    QList<RequestEvent> events;
    QList<IdentityCheck> identityChecks;
};

template<>
struct RecordStore<RightsRequest>
{
    static constexpr const char *table = "rights_requests";
    using Removed = RemovedRequest;
    static Result<RightsRequest> read(Database &db, RowId id);
    static Result<RowId> add(Database &db, RightsRequest &request);
    static Status update(Database &db, RightsRequest &request);
    static Result<Removed> take(Database &db, RowId id);
    static Status putBack(Database &db, const Removed &removed);
    static QString label(const RightsRequest &request) { return request.reference; }
};

} // namespace pc
