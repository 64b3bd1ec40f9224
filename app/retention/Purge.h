#pragma once

#include "core/Result.h"
#include "domain/Register.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace pc {
class Database;
}

// The retention purge of the people the register itself holds.
//
// The countdown (duePurges) lists every rule that applies to a person, each
// with its own date: most concern data kept in other systems (orders,
// navigation logs, accounting), which the officer has deleted there. The
// person's record here (identity, contact details, consent ledger) is what
// the longest of those periods still needs: it goes when the person's last
// dated period ends, as that rule says (delete or anonymise). A rule whose
// outcome is to archive leaves the record to the archive; a legal hold in
// force suspends the purge; a rule whose trigger date the person lacks (a
// custom event, a date not recorded) does not date it.
namespace pc::retention {

struct PurgeCandidate
{
    RowId subjectId = 0;
    RowId organizationId = 0;
    QString subjectName;
    RowId ruleId = 0;
    QString rule;            // the rule whose period ends last for this person
    QString outcome;         // delete, anonymise, archive
    QString triggerEvent;
    QDate triggerOn;
    QDate purgeOn;
    QString holdReason;      // a legal hold in force; empty when none
    int consentEvents = 0;   // what goes with the person
    int requests = 0;
    int documents = 0;
};

struct PurgePlan
{
    QDate until;
    RowId organizationId = 0;       // 0: every organization
    QList<PurgeCandidate> people;   // to delete or anonymise
    QList<PurgeCandidate> held;     // due, suspended by a legal hold
    int archived = 0;               // due, left to the archive the rule names

    int count(const QString &outcome) const;
};

// Who would go if the purge ran for everything due on or before `until`.
Result<PurgePlan> planPurge(Database &db, const QDate &until, RowId organizationId = 0);

struct PurgeResult
{
    RowId runId = 0;
    int subjects = 0;
    int held = 0;
    int rowsAffected = 0;
    int skipped = 0;   // in the plan, but held or gone since it was made
};

// Purges the plan's people in one transaction: each gets a tombstone (a
// salted digest, the rule, the method, the rows), their data are deleted or
// anonymised, and the audit trail's copies of their rows are replaced by a
// mark pointing to the tombstone. People held or gone since the plan was
// made are left out. Nothing is changed when anything fails.
Result<PurgeResult> executePurge(Database &db, const PurgePlan &plan);

// One purge run as its report shows it.
struct PurgeRunSummary
{
    RowId id = 0;
    RowId organizationId = 0;
    QString organization;      // empty for every organization
    QDate until;
    QDateTime performedAt;
    QString performedBy;
    int subjects = 0;
    int held = 0;
    int rowsAffected = 0;
    struct RuleLine
    {
        QString rule;
        QString method;
        int subjects = 0;
        int rows = 0;
    };
    QList<RuleLine> rules;
    struct Tombstone
    {
        RowId id = 0;
        RowId formerSubjectId = 0;
        QString rule;
        QString method;
        int rows = 0;
    };
    QList<Tombstone> tombstones;   // at most `tombstoneLimit` of them, in order
};
Result<PurgeRunSummary> purgeRun(Database &db, RowId runId, int tombstoneLimit = 2000);

// The purge report as a PDF, in English or French: what went, under which
// rule, the tombstones (never a name: the report outlives the people).
Result<QByteArray> purgeReportPdf(Database &db, RowId runId, const QString &language);

} // namespace pc::retention
