#pragma once

#include "core/Result.h"
#include "domain/Register.h"

#include <QList>
#include <optional>

namespace pc {

class Database;

// Organizations and their register of processing activities: retention rules,
// processors, categories of people and of data, and the activities with every
// Art. 30(1) item. Each multi-row change runs in one transaction.
class RegisterRepository final
{
public:
    explicit RegisterRepository(Database &db) : m_db(db) {}

    Result<RowId> addOrganization(Organization &org);
    Status updateOrganization(Organization &org);
    Status removeOrganization(RowId id);
    Status restoreOrganization(const Organization &org);
    Result<Organization> organization(RowId id);
    Result<std::optional<Organization>> organizationByName(const QString &name);
    // By its number or its name (whatever the case), as a person types it.
    Result<std::optional<Organization>> organizationByNameOrId(const QString &wanted);
    Result<QList<Organization>> organizations();

    Result<RowId> addRetentionRule(RetentionRule &rule);
    Status updateRetentionRule(RetentionRule &rule);
    Status removeRetentionRule(RowId id);
    Status restoreRetentionRule(const RetentionRule &rule);
    Result<RetentionRule> retentionRule(RowId id);
    Result<QList<RetentionRule>> retentionRules(RowId organizationId);

    Result<RowId> addProcessor(Processor &processor);
    Status updateProcessor(Processor &processor);
    Status removeProcessor(RowId id);
    Status restoreProcessor(const Processor &processor);
    Result<Processor> processor(RowId id);
    Result<QList<Processor>> processors(RowId organizationId);

    Result<RowId> addSubjectCategory(SubjectCategory &category);
    Status removeSubjectCategory(RowId id);
    Result<QList<SubjectCategory>> subjectCategories(RowId organizationId);
    Result<RowId> addDataCategory(DataCategory &category);
    Status removeDataCategory(RowId id);
    Result<QList<DataCategory>> dataCategories(RowId organizationId);

    // An activity is saved whole: its purposes, categories, recipients,
    // transfers and processors are replaced together with it.
    Result<RowId> addActivity(ProcessingActivity &activity);
    Status updateActivity(ProcessingActivity &activity);
    Status removeActivity(RowId id);
    // Puts a removed activity back under its former id (undoing a deletion),
    // so everything that named it by id names it again.
    Status restoreActivity(const ProcessingActivity &activity);
    Result<ProcessingActivity> activity(RowId id);
    // The activity with this reference (else this name), of the organization
    // or of any when 0; the first made when several match; 0 when none.
    Result<RowId> activityIdByReference(RowId organizationId, const QString &wanted);
    Result<QList<ProcessingActivity>> activities(RowId organizationId);

private:
    Status writeActivityChildren(const ProcessingActivity &activity);
    Status readActivityChildren(QList<ProcessingActivity> &activities, const QString &scope, RowId key);

    Database &m_db;
};

} // namespace pc
