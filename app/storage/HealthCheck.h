#pragma once

#include "core/Result.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace pc {

class Database;

// What `privacy-console check` reports: is this database whole, of which
// schema, and how much does it hold. Reads only.
struct HealthReport
{
    QString engineVersion;
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    QStringList missingTables;
    QStringList integrityProblems;
    QStringList foreignKeyProblems;
    QList<QPair<QString, qint64>> rowCounts;

    bool ok() const
    {
        return schemaVersion == latestSchemaVersion && missingTables.isEmpty() && integrityProblems.isEmpty()
               && foreignKeyProblems.isEmpty();
    }
};

Result<HealthReport> checkHealth(Database &db);

} // namespace pc
