#pragma once

#include "core/DocumentLanguage.h"
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

    // How long the activity keeps a category of its data, in `language`'s
    // words: the period the activity gives it, else the category's rule,
    // else the activity's; as written when no rule says it.
    QString periodOf(const ProcessingActivity &activity, const DataCategory &category,
                     const DocumentLanguage &language) const;
    const DataCategory *dataCategory(RowId id) const;
    const RetentionRule *retentionRule(RowId id) const;
    QString processorName(RowId id) const;
};

// A rule's period in words a reader of registers understands back:
// "5 ans à compter de la fin du contrat", "3 years after the last contact".
QString periodText(const RetentionRule &rule, const DocumentLanguage &language);

} // namespace pc::exchange
