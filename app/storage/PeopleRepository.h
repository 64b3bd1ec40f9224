#pragma once

#include "core/Result.h"
#include "domain/People.h"

#include <QList>

namespace pc {

class Database;
class SqlRow;

// A consent event from a query's row, by column name (id, subject_id, event…).
ConsentEvent readConsentEvent(const SqlRow &row);

// Data subjects, the privacy-policy versions they were shown, consent purposes
// and the append-only consent ledger, and legal holds.
class PeopleRepository final
{
public:
    explicit PeopleRepository(Database &db) : m_db(db) {}

    Result<RowId> addSubject(DataSubject &subject);
    Status updateSubject(DataSubject &subject);
    Status removeSubject(RowId id);
    Status restoreSubject(const DataSubject &subject);
    Result<DataSubject> subject(RowId id);
    // People of an organization whose name or e-mail contains `text`.
    Result<QList<DataSubject>> findSubjects(RowId organizationId, const QString &text, int limit = 50);
    Result<qint64> subjectCount(RowId organizationId);
    // The people a selection names, by last and first name, at most `limit`
    // of them when it is positive; the entries of its list that name nobody
    // in `unmatched` when given.
    Result<QList<DataSubject>> chosenSubjects(const PeopleSelection &selection, QStringList *unmatched = nullptr,
                                              int limit = 0);
    // The organization's people with this e-mail address, or this last
    // name, case ignored (both indexed).
    Result<QList<DataSubject>> subjectsWithEmail(RowId organizationId, const QString &email, int limit = 5);
    Result<QList<DataSubject>> subjectsWithLastName(RowId organizationId, const QString &lastName, int limit = 20);

    Result<RowId> addPolicy(PrivacyPolicy &policy);
    Result<QList<PrivacyPolicy>> policies(RowId organizationId);

    Result<RowId> addConsentPurpose(ConsentPurpose &purpose);
    Result<QList<ConsentPurpose>> consentPurposes(RowId organizationId);

    // Consent events are only ever added; the database refuses to change one.
    Result<RowId> addConsentEvent(ConsentEvent &event);
    // A person's history for one purpose (or all purposes when 0), oldest first.
    Result<QList<ConsentEvent>> consentHistory(RowId subjectId, RowId purposeId = 0);
    // The events a rights request recorded (a withdrawal), oldest first.
    Result<QList<ConsentEvent>> requestConsentEvents(RowId requestId);

    Result<RowId> addLegalHold(LegalHold &hold);
    Result<QList<LegalHold>> legalHolds(RowId subjectId);

private:
    // The organization's people whose `column` (one of the indexed ones), lower-cased, is `value`'s.
    Result<QList<DataSubject>> subjectsWhereLowered(const QString &column, const QString &value, RowId organizationId,
                                                    int limit);

    Database &m_db;
};

} // namespace pc
