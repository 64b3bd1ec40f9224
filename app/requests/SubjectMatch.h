#pragma once

#include "core/Result.h"
#include "domain/People.h"
#include "domain/Requests.h"

#include <QList>

namespace pc {

class Database;

// A person of the register who may be the one a request is about.
struct SubjectMatch
{
    DataSubject subject;
    int score = 0;       // 100: same e-mail; 80: same first and last name; 40: same last name
    QString reason;      // in the UI language
};

// The people of the request's organization who may be the requester, best
// first: by the e-mail address (ignoring case), then by name.
Result<QList<SubjectMatch>> matchSubjects(Database &db, const RightsRequest &request, int limit = 10);

// Links the request to a person of the register and says so in its history.
Status linkSubject(Database &db, RightsRequest &request, RowId subjectId);

// Adds the requester to the register (name, e-mail, address, language) and
// links the request to them, in one transaction.
Result<RowId> createSubjectFromRequest(Database &db, RightsRequest &request, const QDate &today);

// "Pieter van der Merwe" -> ("Pieter", "van der Merwe"): the first word is
// the first name, the rest the last name.
std::pair<QString, QString> splitName(const QString &fullName);

} // namespace pc
