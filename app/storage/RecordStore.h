#pragma once

#include "core/Result.h"
#include "domain/People.h"
#include "domain/Register.h"
#include "domain/Requests.h"

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
template<typename Entity>
struct RecordStore;

template<>
struct RecordStore<ProcessingActivity>
{
    static constexpr const char *table = "processing_activities";
    using Removed = ProcessingActivity;
    static Result<ProcessingActivity> read(Database &db, RowId id);
    static Result<RowId> add(Database &db, ProcessingActivity &activity);
    static Status update(Database &db, ProcessingActivity &activity);
    static Result<Removed> take(Database &db, RowId id);
    static Status putBack(Database &db, const Removed &removed);
    static QString label(const ProcessingActivity &activity) { return activity.name; }
};

template<>
struct RecordStore<DataSubject>
{
    static constexpr const char *table = "data_subjects";
    using Removed = DataSubject;
    static Result<DataSubject> read(Database &db, RowId id);
    static Result<RowId> add(Database &db, DataSubject &subject);
    static Status update(Database &db, DataSubject &subject);
    static Result<Removed> take(Database &db, RowId id);
    static Status putBack(Database &db, const Removed &removed);
    static QString label(const DataSubject &subject) { return subject.displayName(); }
};

template<>
struct RecordStore<Processor>
{
    static constexpr const char *table = "processors";
    using Removed = Processor;
    static Result<Processor> read(Database &db, RowId id);
    static Result<RowId> add(Database &db, Processor &processor);
    static Status update(Database &db, Processor &processor);
    static Result<Removed> take(Database &db, RowId id);
    static Status putBack(Database &db, const Removed &removed);
    static QString label(const Processor &processor) { return processor.name; }
};

template<>
struct RecordStore<RetentionRule>
{
    static constexpr const char *table = "retention_rules";
    using Removed = RetentionRule;
    static Result<RetentionRule> read(Database &db, RowId id);
    static Result<RowId> add(Database &db, RetentionRule &rule);
    static Status update(Database &db, RetentionRule &rule);
    static Result<Removed> take(Database &db, RowId id);
    static Status putBack(Database &db, const Removed &removed);
    static QString label(const RetentionRule &rule) { return rule.name; }
};

template<>
struct RecordStore<Breach>
{
    static constexpr const char *table = "breaches";
    using Removed = Breach;
    static Result<Breach> read(Database &db, RowId id);
    static Result<RowId> add(Database &db, Breach &breach);
    static Status update(Database &db, Breach &breach);
    static Result<Removed> take(Database &db, RowId id);
    static Status putBack(Database &db, const Removed &removed);
    static QString label(const Breach &breach) { return breach.reference; }
};

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

template<>
struct RecordStore<Organization>
{
    static constexpr const char *table = "organizations";
    using Removed = Organization;
    static Result<Organization> read(Database &db, RowId id);
    static Result<RowId> add(Database &db, Organization &organization);
    static Status update(Database &db, Organization &organization);
    static Result<Removed> take(Database &db, RowId id);
    static Status putBack(Database &db, const Removed &removed);
    static QString label(const Organization &organization) { return organization.name; }
};

} // namespace pc
