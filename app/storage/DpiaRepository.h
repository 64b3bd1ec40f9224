#pragma once

#include "core/Result.h"
#include "dpia/Dpia.h"
#include "dpia/Screening.h"

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
    // Writes the assessment over the version read (a conflict when someone
    // saved it meanwhile): only the parts that changed, each stamped with the
    // time it changed; new measures (ids of 0 or less) take ids here.
    Status update(Dpia &dpia);
    // Puts a removed assessment back whole, under its own ids.
    Status restore(const Dpia &dpia);
    Result<Dpia> read(RowId id);
    Result<QList<DpiaSummary>> list(RowId organizationId = 0);
    Status remove(RowId id);
    // The assessments that cover an activity, newest first.
    Result<QList<DpiaSummary>> forActivity(RowId activityId);

    // What the register knows of an activity that bears on the screening.
    Result<dpia::ActivityFacts> facts(RowId activityId);
    // Records a screening (dated today and signed by the session's actor
    // when not given) and sets the activity's "DPIA required" flag from it.
    Result<RowId> recordScreening(dpia::Screening &screening);
    // The activity's screenings, newest first.
    Result<QList<dpia::Screening>> screenings(RowId activityId);
    Result<std::optional<dpia::Screening>> latestScreening(RowId activityId);

private:
    Database &m_db;
};

} // namespace pc
