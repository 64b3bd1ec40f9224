#pragma once

#include "Deadlines.h"

#include "core/Result.h"
#include "domain/Requests.h"

#include <map>

namespace pc {
class Database;
}

namespace pc::deadlines {

// Whether the person has been told that the request's period is extended.
bool isExtended(const RightsRequest &request);

// The day the person was asked for an identity document or a clarification
// that has not arrived yet (the earliest, when both wait); invalid when the
// clock runs.
QDate waitingSince(const RightsRequest &request);

// The request's due dates under the engine: the first period, and the
// extended one once the extension is told; an identity document or a
// clarification asked for and not yet received stops the clock up to `today`.
void applyDeadlines(RightsRequest &request, const DeadlineEngine &engine, const QDate &today);

// One sentence saying how the request's date was reached, for the form.
QString explainDue(const RightsRequest &request, const DeadlineEngine &engine, const QDate &today);

// The engine of a jurisdiction: the rule the officer keeps in the register
// when there is one, else the one shipped; the holidays listed in the
// register for it.
Result<DeadlineEngine> engineFor(Database &db, const QString &jurisdiction);

// The engines of the jurisdictions met while going through many requests,
// each read from the register once.
class EngineCache final
{
public:
    explicit EngineCache(Database &db) : m_db(db) {}
    Result<const DeadlineEngine *> get(const QString &jurisdiction);

private:
    Database &m_db;
    std::map<QString, DeadlineEngine> m_engines;
};

// Gives every open request of the register the due dates the law gives it
// today: after the rules or holidays change, and once for requests stored
// before the deadline engine. Returns how many requests got new dates.
Result<int> recomputeOpenRequests(Database &db, const QDate &today);

} // namespace pc::deadlines
