#pragma once

#include "core/Result.h"
#include "dpia/Dpia.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pc {

class Database;

// One line of the list of assessments.
struct DpiaSummary
{
    RowId id = 0;
    RowId organizationId = 0;
    QString name;
    int status = 0;
    QDate reviewOn;
    QStringList activities;   // their names
};

// The impact assessments: each written and read whole (its answers,
// measures, evaluations and comments), in one transaction, every row in the
// audit trail.
class DpiaRepository final
{
public:
    explicit DpiaRepository(Database &db) : m_db(db) {}

    // Writes a new assessment and everything it holds. The ids its measures
    // carry (a file's own) are what its evaluations and comments name them
    // by; the new ones replace them, in the assessment given as well.
    Result<RowId> add(Dpia &dpia);
    Result<Dpia> read(RowId id);
    Result<QList<DpiaSummary>> list(RowId organizationId = 0);
    Status remove(RowId id);

private:
    Database &m_db;
};

} // namespace pc
