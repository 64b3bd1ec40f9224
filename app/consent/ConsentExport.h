#pragma once

#include "core/Result.h"
#include "domain/Register.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace pc {
class Database;
}

// The consent ledger taken out of the register: the history of one person
// or of one purpose as CSV or as a PDF to show, and the people to write to
// when a new privacy policy changes how their contact details are used.
namespace pc::consent {

// Every event of the person (`subjectId`) or of the purpose (`purposeId`;
// the other 0), oldest first, one line each: when, who, which purpose, what,
// how, where, under which policy version, through which request, the note,
// when it was recorded.
Result<QByteArray> historyCsv(Database &db, RowId subjectId, RowId purposeId);

// The same as a document: the current state per purpose, then the events (a
// purpose's first `limit` events; the CSV has them all). In English or French.
Result<QByteArray> historyPdf(Database &db, RowId subjectId, RowId purposeId, const QString &language,
                              int limit = 2000);

// Someone to tell about a new version of the privacy policy: they have a
// consent in force with the organization, so their contact details are
// used under it.
struct PersonToInform
{
    RowId subjectId = 0;
    QString name;
    QString email;
    QString language;
    QStringList purposes;
};

// Those to inform of a policy version that changes how contact details are
// used (refused for a version that does not), with the purposes each has
// said yes to: the list for the message that gives them the way to say no.
Result<QList<PersonToInform>> peopleToInform(Database &db, RowId policyId);
QByteArray peopleToInformCsv(const QList<PersonToInform> &people);

} // namespace pc::consent
