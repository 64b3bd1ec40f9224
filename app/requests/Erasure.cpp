#include "Erasure.h"

#include "RequestWorkflow.h"

#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/RowWriter.h"
#include "storage/SqlDialect.h"
#include "storage/SqlRow.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace pc {
namespace {

struct ErasureText
{
    Q_DECLARE_TR_FUNCTIONS(pc::Erasure)
};

QString identity(RowId organizationId, const QString &firstName, const QString &lastName, const QString &email)
{
    return QStringLiteral("%1\n%2\n%3")
        .arg(organizationId)
        .arg(QString(firstName + QLatin1Char(' ') + lastName).simplified().toLower(), email.trimmed().toLower());
}

QString digestOf(const QByteArray &salt, const QString &who)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(salt + '\n' + who.toUtf8()), QCryptographicHash::Sha256).toHex());
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QLatin1String(", "));
}

class Eraser
{
public:
    Eraser(Database &db, const ErasureOrder &order) : m_db(db), m_order(order) {}

    Status run(ErasureReport &report);

private:
    Result<QList<RowId>> ids(const QString &sql, const QVariantList &bindings)
    {
        return rows::ids(m_db, sql, bindings);
    }
    Status exec(const QString &sql, const QVariantList &bindings, int *affected = nullptr);
    // Sets the free-text columns of the rows to `replacement` (NULL by
    // default) where they name the person.
    Status blankMentions(const QString &table, const QStringList &columns, const QList<RowId> &rows,
                         const QVariant &replacement = QVariant());
    void touched(const QString &table, const QList<RowId> &rows);
    Status refuseUnderHold(const DataSubject &person);
    void collectNeedles(const DataSubject &person);
    Status writeTombstone(const DataSubject &person);
    Status eraseRequests(const DataSubject &person, QList<RowId> &documents);
    Status eraseDocuments(const DataSubject &person, const QList<RowId> &fromRequests);
    Status eraseRecord(const DataSubject &person);
    Status redactAudit();

    Database &m_db;
    const ErasureOrder &m_order;
    QStringList m_needles;
    QHash<QString, QList<RowId>> m_touched;
    RowId m_tombstone = 0;
    int m_rows = 0;
    QStringList m_removedFiles;
};

Status Eraser::exec(const QString &sql, const QVariantList &bindings, int *affected)
{
    const Result<int> changed = rows::execute(m_db, sql, bindings);
    if (!changed)
        return changed.error();
    if (affected)
        *affected += changed.value();
    return success();
}

void Eraser::touched(const QString &table, const QList<RowId> &rows)
{
    m_touched[table] << rows;
}

Status Eraser::blankMentions(const QString &table, const QStringList &columns, const QList<RowId> &rows,
                             const QVariant &replacement)
{
    if (rows.isEmpty() || m_needles.isEmpty())
        return success();
    for (const QString &column : columns) {
        QStringList tests;
        QVariantList bindings;
        for (const QString &needle : std::as_const(m_needles)) {
            tests << QStringLiteral("lower(%1) LIKE ? ESCAPE '\\'").arg(column);
            bindings << rows::containsPattern(needle.toLower());
        }
        QVariantList keys;
        for (RowId id : rows)
            keys << id;
        if (Status s = exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id IN (%3) AND (%4)")
                                .arg(table, column, placeholders(rows.size()), tests.join(QLatin1String(" OR "))),
                            QVariantList{replacement} + keys + bindings);
            !s) {
            return s;
        }
    }
    return success();
}

Status Eraser::redactAudit()
{
    // Every line the trail wrote about these rows, the erasure's own included,
    // keeps who, when and what kind of change, and points to the tombstone
    // instead of the row's content.
    const QString mark = m_db.sql().jsonObject(QStringLiteral("erased"), QStringLiteral("CAST(? AS BIGINT)"));
    for (auto it = m_touched.cbegin(); it != m_touched.cend(); ++it) {
        QList<RowId> rows = it.value();
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        for (qsizetype from = 0; from < rows.size(); from += 500) {
            const QList<RowId> chunk = rows.mid(from, 500);
            QVariantList bindings{m_tombstone, m_tombstone, it.key()};
            for (RowId id : chunk)
                bindings << id;
            if (Status s = exec(QStringLiteral("UPDATE audit_log SET "
                                               "before_data = CASE WHEN before_data IS NULL THEN NULL ELSE %1 END, "
                                               "after_data = CASE WHEN after_data IS NULL THEN NULL ELSE %1 END "
                                               "WHERE table_name = ? AND row_id IN (%2)")
                                    .arg(mark, placeholders(chunk.size())),
                                bindings);
                !s) {
                return s;
            }
        }
    }
    return success();
}

Status Eraser::run(ErasureReport &report)
{
    PeopleRepository people(m_db);
    const Result<DataSubject> found = people.subject(m_order.subjectId);
    if (!found)
        return found.error();
    const DataSubject person = found.value();
    if (Status s = refuseUnderHold(person); !s)
        return s;
    collectNeedles(person);
    if (Status s = writeTombstone(person); !s)
        return s;
    QList<RowId> documents;
    if (Status s = eraseRequests(person, documents); !s)
        return s;
    if (Status s = eraseDocuments(person, documents); !s)
        return s;
    if (Status s = eraseRecord(person); !s)
        return s;
    if (Status s = exec(QStringLiteral("UPDATE tombstones SET rows_affected = ? WHERE id = ?"), {m_rows, m_tombstone});
        !s) {
        return s;
    }
    if (m_order.requestId) {
        if (Status s = RequestWorkflow::note(m_db, m_order.requestId, QStringLiteral("erased"),
                                             ErasureText::tr("Tombstone %1, %n row(s)", nullptr, m_rows).arg(m_tombstone));
            !s) {
            return s;
        }
    }
    if (Status s = redactAudit(); !s)
        return s;
    report.tombstoneId = m_tombstone;
    report.rowsAffected = m_rows;
    report.removedFiles = m_removedFiles;
    return AuditTrail::record(m_db, QStringLiteral("erasure"),
                              QStringLiteral("tombstone %1, %2 rows").arg(m_tombstone).arg(m_rows),
                              QStringLiteral("tombstones"), m_tombstone);
}

// A legal hold in force suspends every erasure.
Status Eraser::refuseUnderHold(const DataSubject &person)
{
    const Result<QList<RowId>> holds = ids(
        QStringLiteral("SELECT id FROM legal_holds WHERE subject_id = ? AND lifted_on IS NULL"), {person.id});
    if (!holds)
        return holds.error();
    if (!holds.value().isEmpty())
        return Error{ErasureText::tr("A legal hold is in force for this person: lift it before erasing their data.")};
    return success();
}

// What names the person, to be blanked wherever free text mentions it.
void Eraser::collectNeedles(const DataSubject &person)
{
    const QString fullName = QString(person.firstName + QLatin1Char(' ') + person.lastName).simplified();
    for (const QString &needle : {person.email.trimmed(), fullName, person.lastName.trimmed(),
                                  person.phone.trimmed(), person.externalRef.trimmed()}) {
        if (needle.size() >= 3 && !m_needles.contains(needle, Qt::CaseInsensitive))
            m_needles << needle;
    }
}

// The tombstone first: the trail's lines will point to it.
Status Eraser::writeTombstone(const DataSubject &person)
{
    const QString digest = subjectDigest(person.organizationId, person.firstName, person.lastName, person.email);
    const Result<RowId> tombstoneId = rows::insert(
        m_db, QStringLiteral("tombstones"),
        {{QStringLiteral("organization_id"), person.organizationId},
         {QStringLiteral("former_subject_id"), person.id},
         {QStringLiteral("subject_digest"), digest},
         {QStringLiteral("reason"), m_order.reason},
         {QStringLiteral("method"), m_order.method == ErasureMethod::Delete ? QStringLiteral("delete")
                                                                            : QStringLiteral("anonymise")},
         {QStringLiteral("request_id"), idOrNull(m_order.requestId)},
         {QStringLiteral("retention_rule_id"), idOrNull(m_order.retentionRuleId)},
         {QStringLiteral("purge_run_id"), idOrNull(m_order.purgeRunId)},
         {QStringLiteral("performed_by"), m_db.actor()}});
    if (!tombstoneId)
        return tombstoneId.error();
    m_tombstone = tombstoneId.value();
    return success();
}

// The person's requests (linked to them, or sent from their address): the
// requester's details and every mention of them blanked; their documents
// are listed for eraseDocuments().
Status Eraser::eraseRequests(const DataSubject &person, QList<RowId> &documents)
{
    QString requestSql = QStringLiteral("SELECT id FROM rights_requests WHERE organization_id = ? AND (subject_id = ?");
    QVariantList requestBindings{person.organizationId, person.id};
    if (!person.email.trimmed().isEmpty()) {
        requestSql += QStringLiteral(" OR lower(requester_email) = ?");
        requestBindings << person.email.trimmed().toLower();
    }
    const Result<QList<RowId>> requests = ids(requestSql + QLatin1Char(')'), requestBindings);
    if (!requests)
        return requests.error();
    QList<RowId> requestIds = requests.value();
    if (m_order.requestId && !requestIds.contains(m_order.requestId))
        requestIds << m_order.requestId;
    touched(QStringLiteral("rights_requests"), requestIds);

    QList<RowId> events;
    if (!requestIds.isEmpty()) {
        QVariantList keys;
        for (RowId id : std::as_const(requestIds))
            keys << id;
        const Result<QList<RowId>> e = ids(
            QStringLiteral("SELECT id FROM request_events WHERE request_id IN (%1)").arg(placeholders(keys.size())),
            keys);
        if (!e)
            return e.error();
        events = e.value();
        const Result<QList<RowId>> d = ids(QStringLiteral("SELECT id FROM attachments WHERE request_id IN (%1)")
                                               .arg(placeholders(keys.size())),
                                           keys);
        if (!d)
            return d.error();
        documents = d.value();
        if (Status s = exec(QStringLiteral("UPDATE rights_requests SET requester_name = NULL, requester_email = NULL, "
                                           "requester_address = NULL, subject_id = NULL, "
                                           "row_version = row_version + 1 WHERE id IN (%1)")
                                .arg(placeholders(keys.size())),
                            keys, &m_rows);
            !s) {
            return s;
        }
        if (Status s = blankMentions(QStringLiteral("rights_requests"),
                                     {QStringLiteral("notes"), QStringLiteral("outcome"),
                                      QStringLiteral("refusal_reason"), QStringLiteral("extension_reason"),
                                      QStringLiteral("clarification")},
                                     requestIds);
            !s) {
            return s;
        }
        if (Status s = blankMentions(QStringLiteral("request_events"), {QStringLiteral("note")}, events); !s)
            return s;
    }
    touched(QStringLiteral("request_events"), events);
    return success();
}

// Their documents' content and files gone; the SHA-256 stays.
Status Eraser::eraseDocuments(const DataSubject &person, const QList<RowId> &fromRequests)
{
    const Result<QList<RowId>> ownDocuments = ids(QStringLiteral("SELECT id FROM attachments WHERE subject_id = ?"),
                                                  {person.id});
    if (!ownDocuments)
        return ownDocuments.error();
    QList<RowId> documents = fromRequests;
    documents << ownDocuments.value();
    if (!documents.isEmpty()) {
        QVariantList keys;
        for (RowId id : std::as_const(documents))
            keys << id;
        const QString in = placeholders(keys.size());
        QSqlQuery files = m_db.prepare(
            QStringLiteral("SELECT encrypted_path FROM attachments WHERE encrypted_path IS NOT NULL AND id IN (%1)").arg(in));
        for (const QVariant &key : std::as_const(keys))
            files.addBindValue(key);
        if (!files.exec())
            return Database::sqlError(files);
        const SqlRow file(files);
        while (files.next())
            m_removedFiles << file.text("encrypted_path");
        // Copies of identity documents: their ciphertext and sealed keys go.
        if (Status s = exec(QStringLiteral("DELETE FROM id_copy_contents WHERE attachment_id IN (%1)").arg(in), keys);
            !s) {
            return s;
        }
        // The SHA-256 stays: it still proves what was received, not what it said.
        if (Status s = exec(m_db.sql().expandMarkers(QStringLiteral(
                                "UPDATE attachments SET content = NULL, encrypted_path = NULL, file_name = 'erased', "
                                "destroyed_at = coalesce(destroyed_at, ${NOW}), subject_id = NULL WHERE id IN (%1)"))
                                .arg(in),
                            keys, &m_rows);
            !s) {
            return s;
        }
    }
    touched(QStringLiteral("attachments"), documents);
    return success();
}

// Their record, deleted or anonymised, with their consents and holds.
Status Eraser::eraseRecord(const DataSubject &person)
{
    const Result<QList<RowId>> consents = ids(QStringLiteral("SELECT id FROM consent_events WHERE subject_id = ?"),
                                              {person.id});
    const Result<QList<RowId>> liftedHolds = ids(QStringLiteral("SELECT id FROM legal_holds WHERE subject_id = ?"),
                                                 {person.id});
    if (!consents)
        return consents.error();
    if (!liftedHolds)
        return liftedHolds.error();
    touched(QStringLiteral("consent_events"), consents.value());
    touched(QStringLiteral("legal_holds"), liftedHolds.value());
    touched(QStringLiteral("data_subjects"), {person.id});

    if (m_order.method == ErasureMethod::Delete) {
        // The ledger, its kept states and the holds go with the person; said
        // here rather than left to ON DELETE CASCADE, so that a purge may
        // check its foreign keys itself.
        m_rows += int(consents.value().size() + liftedHolds.value().size());
        for (const char *table : {"consent_states", "consent_events", "legal_holds"}) {
            if (Status s = exec(QStringLiteral("DELETE FROM %1 WHERE subject_id = ?").arg(QLatin1String(table)),
                                {person.id});
                !s) {
                return s;
            }
        }
        if (Status s = exec(QStringLiteral("DELETE FROM data_subjects WHERE id = ?"), {person.id}, &m_rows); !s)
            return s;
    } else {
        if (Status s = exec(QStringLiteral(
                                "UPDATE data_subjects SET first_name = NULL, last_name = NULL, email = NULL, "
                                "phone = NULL, address = NULL, birth_date = NULL, notes = NULL, external_ref = ?, "
                                // Its dates would single the person out, and date no retention any more.
                                "collected_on = NULL, relationship_start = NULL, relationship_end = NULL, "
                                "termination_notice_on = NULL, last_contact_on = NULL, "
                                "row_version = row_version + 1 WHERE id = ?"),
                            {QStringLiteral("erased-%1").arg(m_tombstone), person.id}, &m_rows);
            !s) {
            return s;
        }
        // The history of their consents stays, for the statistics, without
        // the notes that may name them.
        if (Status s = exec(QStringLiteral("UPDATE consent_events SET note = NULL WHERE subject_id = ? AND note IS NOT NULL"),
                            {person.id});
            !s) {
            return s;
        }
        if (Status s = blankMentions(QStringLiteral("legal_holds"), {QStringLiteral("reason")}, liftedHolds.value(),
                                     QStringLiteral("[erased]"));
            !s) {
            return s;
        }
    }
    return success();
}

} // namespace

Result<ErasureReport> eraseSubject(Database &db, const ErasureOrder &order)
{
    if (db.mode() == OpenMode::ReadOnly)
        return Error{ErasureText::tr("The register is open read-only: nothing can be erased.")};
    const bool sqlite = !db.isPostgresql();
    // Deleted pages of the file are overwritten, not only let go.
    if (sqlite) {
        if (Status s = db.execute(QStringLiteral("PRAGMA secure_delete = ON;")); !s)
            return s.error();
    }
    ErasureReport report;
    Eraser eraser(db, order);
    const Status done = db.transaction([&] { return eraser.run(report); });
    if (sqlite) {
        // Only a matter of speed from here: a failure changes nothing erased.
        (void)db.execute(QStringLiteral("PRAGMA secure_delete = OFF;"));
    }
    if (!done)
        return done.error();
    if (sqlite)
        (void)db.execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);"));
    for (const QString &path : std::as_const(report.removedFiles))
        QFile::remove(path);
    return report;
}

Result<ErasureReport> eraseSubjectInTransaction(Database &db, const ErasureOrder &order)
{
    Q_ASSERT(db.inTransaction());
    ErasureReport report;
    Eraser eraser(db, order);
    if (Status s = eraser.run(report); !s)
        return s.error();
    return report;
}

QString subjectDigest(RowId organizationId, const QString &firstName, const QString &lastName, const QString &email)
{
    const QByteArray salt = QByteArray::number(QRandomGenerator::system()->generate64(), 16)
        + QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    return QStringLiteral("sha256:%1:%2")
        .arg(QString::fromLatin1(salt), digestOf(salt, identity(organizationId, firstName, lastName, email)));
}

bool digestMatches(const QString &digest, RowId organizationId, const QString &firstName, const QString &lastName,
                   const QString &email)
{
    const QStringList parts = digest.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts.at(0) != QLatin1String("sha256"))
        return false;
    return digestOf(parts.at(1).toLatin1(), identity(organizationId, firstName, lastName, email)) == parts.at(2);
}

} // namespace pc
