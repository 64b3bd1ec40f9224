#pragma once

#include "core/Result.h"
#include "domain/Register.h"

#include <QList>

namespace pc {
class Database;
}

namespace pc::exchange {

// An organization's register whole, as a file takes it out or an import
// weighs a file against it.
struct RegisterContent
{
    Organization organization;
    QList<ProcessingActivity> activities;
    QList<DataCategory> dataCategories;
    QList<SubjectCategory> subjectCategories;
    QList<RetentionRule> retentionRules;
    QList<Processor> processors;

    static Result<RegisterContent> read(Database &db, RowId organizationId);
};

} // namespace pc::exchange
