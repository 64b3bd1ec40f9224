#include "ConsentExport.h"
#include "core/Dates.h"
#include "core/DocumentLanguage.h"

#include "documents/DocumentText.h"
#include "documents/Pdf.h"
#include "domain/Codes.h"
#include "domain/People.h"
#include "storage/Database.h"
#include "storage/SqlRow.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

namespace pc::consent {
namespace {

struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(pc::ConsentExport)
};

// The events, with who and what they concern, of a person or of a purpose.
QSqlQuery historyQuery(Database &db, RowId subjectId, RowId purposeId, int limit)
{
    QString sql = QStringLiteral(
        "SELECT e.occurred_at, s.id AS person_id, s.first_name, s.last_name, s.email, s.external_ref, "
        "p.code AS purpose_code, p.name AS purpose_name, e.event, e.method, e.source, v.version_label, "
        "r.reference AS request_reference, e.note, e.recorded_at "
        "FROM consent_events e JOIN data_subjects s ON s.id = e.subject_id "
        "JOIN consent_purposes p ON p.id = e.purpose_id "
        "LEFT JOIN privacy_policies v ON v.id = e.policy_id LEFT JOIN rights_requests r ON r.id = e.request_id "
        "WHERE %1 ORDER BY e.occurred_at, e.id")
                      .arg(subjectId > 0 ? QStringLiteral("e.subject_id = ?") : QStringLiteral("e.purpose_id = ?"));
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    QSqlQuery query = db.prepare(sql);
    query.addBindValue(subjectId > 0 ? subjectId : purposeId);
    query.setForwardOnly(true);
    return query;
}

// The person of a row that has their names, email and external reference.
QString nameOf(const SqlRow &row)
{
    return personLabel(row.text("first_name"), row.text("last_name"), row.text("email"), row.text("external_ref"));
}

// An event of the history, with who and what it concerns.
struct HistoryEvent
{
    QDateTime occurredAt, recordedAt;
    QString personId, person, email, externalRef, purposeCode, purposeName, event, method, source, policyVersion,
        request, note;
};

HistoryEvent readEvent(const SqlRow &row)
{
    HistoryEvent e;
    e.occurredAt = row.dateTime("occurred_at");
    e.recordedAt = row.dateTime("recorded_at");
    e.personId = row.text("person_id");
    e.person = nameOf(row);
    e.email = row.text("email");
    e.externalRef = row.text("external_ref");
    e.purposeCode = row.text("purpose_code");
    e.purposeName = row.text("purpose_name");
    e.event = row.text("event");
    e.method = row.text("method");
    e.source = row.text("source");
    e.policyVersion = row.text("version_label");
    e.request = row.text("request_reference");
    e.note = row.text("note");
    return e;
}

QString iso(const QDateTime &moment)
{
    return moment.isValid() ? moment.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

Result<QByteArray> historyCsv(Database &db, RowId subjectId, RowId purposeId)
{
    if ((subjectId > 0) == (purposeId > 0))
        return Error{ExportText::tr("Export the history of one person or of one purpose.")};
    QSqlQuery query = historyQuery(db, subjectId, purposeId, 0);
    if (!query.exec())
        return Database::sqlError(query);
    QByteArray csv = documents::csvLine(
        {QStringLiteral("occurred_at"), QStringLiteral("person_id"), QStringLiteral("person"), QStringLiteral("email"),
         QStringLiteral("reference"), QStringLiteral("purpose"), QStringLiteral("purpose_name"), QStringLiteral("event"),
         QStringLiteral("method"), QStringLiteral("source"), QStringLiteral("policy_version"), QStringLiteral("request"),
         QStringLiteral("note"), QStringLiteral("recorded_at")});
    const SqlRow row(query);
    while (query.next()) {
        const HistoryEvent e = readEvent(row);
        csv += documents::csvLine({iso(e.occurredAt), e.personId, e.person, e.email, e.externalRef, e.purposeCode,
                                   e.purposeName, e.event, e.method, e.source, e.policyVersion, e.request, e.note,
                                   iso(e.recordedAt)});
    }
    return csv;
}

namespace {

// The consents of a person or of a purpose as a PDF, written in its own
// language whatever the window speaks.
class ConsentHistory final
{
    PC_DOCUMENT_TR_FUNCTIONS(pc::consent::ConsentHistory)

public:
    explicit ConsentHistory(const QString &language) : m_language(language) {}
    const DocumentLanguage &documentLanguage() const { return m_language; }
    Result<QByteArray> pdf(Database &db, RowId subjectId, RowId purposeId, int limit) const;

private:
    DocumentLanguage m_language;
};

Result<QByteArray> ConsentHistory::pdf(Database &db, RowId subjectId, RowId purposeId, int limit) const
{
    const QString language = m_language.code();
    const QLocale locale = m_language.locale();
    auto label = [&](CodeList list, const QString &code) { return codes::labelIn(list, code, language); };

    QString title, subtitle;
    if (subjectId > 0) {
        QSqlQuery who = db.prepare(QStringLiteral("SELECT s.first_name, s.last_name, s.email, s.external_ref, "
                                                  "o.name AS organization "
                                                  "FROM data_subjects s JOIN organizations o ON o.id = s.organization_id "
                                                  "WHERE s.id = ?"));
        who.addBindValue(subjectId);
        if (!who.exec())
            return Database::sqlError(who);
        if (!who.next())
            return Error{ExportText::tr("This person is no longer in the register.")};
        const SqlRow person(who);
        title = nameOf(person);
        subtitle = person.text("organization");
    } else {
        QSqlQuery what = db.prepare(QStringLiteral("SELECT p.name, p.code, o.name AS organization "
                                                   "FROM consent_purposes p "
                                                   "JOIN organizations o ON o.id = p.organization_id WHERE p.id = ?"));
        what.addBindValue(purposeId);
        if (!what.exec())
            return Database::sqlError(what);
        if (!what.next())
            return Error{ExportText::tr("This purpose is no longer in the register.")};
        const SqlRow purpose(what);
        title = purpose.text("name");
        subtitle = purpose.text("organization");
    }
    QString html = QStringLiteral("<h2>%1</h2><p><b>%2</b><br/>%3<br/>%4</p>")
                       .arg(tr("Consent history"), title.toHtmlEscaped(),
                            subtitle.toHtmlEscaped(),
                            tr("Drawn up on %1").arg(documents::longDate(QDate::currentDate(), language)));

    // Where things stand: each purpose's state for the person, or the
    // purpose's count of people in each state.
    QSqlQuery states = db.prepare(
        subjectId > 0 ? QStringLiteral("SELECT p.name, c.event, c.occurred_at FROM consent_states c "
                                       "JOIN consent_purposes p ON p.id = c.purpose_id WHERE c.subject_id = ? ORDER BY p.name")
                      : QStringLiteral("SELECT event, count(*) AS people FROM consent_states WHERE purpose_id = ? "
                                       "GROUP BY event ORDER BY event"));
    states.addBindValue(subjectId > 0 ? subjectId : purposeId);
    if (!states.exec())
        return Database::sqlError(states);
    html += QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0' cellpadding='4'>")
                .arg(tr("Current state"));
    const SqlRow state(states);
    while (states.next()) {
        if (subjectId > 0) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(state.text("name").toHtmlEscaped(),
                             label(CodeList::ConsentEventKind, state.text("event")),
                             dates::toText(state.dateTime("occurred_at").toLocalTime(), locale));
        } else {
            html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                        .arg(label(CodeList::ConsentEventKind, state.text("event")),
                             locale.toString(state.bigInteger("people")));
        }
    }
    html += QStringLiteral("</table>");

    QSqlQuery query = historyQuery(db, subjectId, purposeId, limit);
    if (!query.exec())
        return Database::sqlError(query);
    html += QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>"
                           "<th width='15%'>%2</th><th width='22%'>%3</th><th width='11%'>%4</th><th width='18%'>%5</th>"
                           "<th width='24%'>%6</th><th width='10%'>%7</th></tr>")
                .arg(tr("History"), tr("When"),
                     subjectId > 0 ? tr("Purpose") : tr("Person"), tr("Event"),
                     tr("How"), tr("Where / request"),
                     tr("Policy"));
    int shown = 0;
    const SqlRow row(query);
    while (query.next()) {
        const HistoryEvent e = readEvent(row);
        const QString where = e.request.isEmpty() ? e.source : tr("request %1").arg(e.request);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(dates::toText(e.occurredAt.toLocalTime(), locale),
                         (subjectId > 0 ? e.purposeName : e.person).toHtmlEscaped(),
                         label(CodeList::ConsentEventKind, e.event),
                         label(CodeList::ConsentMethod, e.method), where.toHtmlEscaped(),
                         e.policyVersion.toHtmlEscaped());
        ++shown;
    }
    html += QStringLiteral("</table>");
    if (limit > 0 && shown == limit) {
        html += QStringLiteral("<p>%1</p>").arg(tr("The first %1 events are shown; the CSV export has them all.")
                                                     .arg(locale.toString(limit)));
    }
    return documents::htmlToPdf(html, tr("Consent history") + QStringLiteral(" — ") + title);
}

} // namespace

Result<QByteArray> historyPdf(Database &db, RowId subjectId, RowId purposeId, const QString &language, int limit)
{
    if ((subjectId > 0) == (purposeId > 0))
        return Error{ExportText::tr("Export the history of one person or of one purpose.")};
    return ConsentHistory(language).pdf(db, subjectId, purposeId, limit);
}

Result<QList<PersonToInform>> peopleToInform(Database &db, RowId policyId)
{
    QSqlQuery policy = db.prepare(
        QStringLiteral("SELECT organization_id, changes_contact_use FROM privacy_policies WHERE id = ?"));
    policy.addBindValue(policyId);
    if (!policy.exec())
        return Database::sqlError(policy);
    if (!policy.next())
        return Error{ExportText::tr("There is no such version of the privacy policy.")};
    const SqlRow version(policy);
    if (!version.flag("changes_contact_use"))
        return Error{ExportText::tr("This version does not change how contact details are used: nobody needs to be told.")};
    QSqlQuery query = db.prepare(QStringLiteral(
        "SELECT s.id, s.first_name, s.last_name, s.email, s.external_ref, s.language, p.name "
        "FROM consent_states c JOIN consent_purposes p ON p.id = c.purpose_id "
        "JOIN data_subjects s ON s.id = c.subject_id "
        "WHERE p.organization_id = ? AND c.event = 'given' ORDER BY s.id, p.name"));
    query.addBindValue(version.id("organization_id"));
    query.setForwardOnly(true);
    if (!query.exec())
        return Database::sqlError(query);
    QList<PersonToInform> people;
    const SqlRow row(query);
    while (query.next()) {
        const RowId id = row.id("id");
        if (people.isEmpty() || people.constLast().subjectId != id) {
            PersonToInform person;
            person.subjectId = id;
            person.name = nameOf(row);
            person.email = row.text("email");
            person.language = row.text("language");
            people << person;
        }
        people.last().purposes << row.text("name");
    }
    return people;
}

QByteArray peopleToInformCsv(const QList<PersonToInform> &people)
{
    QByteArray csv = documents::csvLine({QStringLiteral("person_id"), QStringLiteral("name"), QStringLiteral("email"),
                                         QStringLiteral("language"), QStringLiteral("purposes")});
    for (const PersonToInform &p : people) {
        csv += documents::csvLine({QString::number(p.subjectId), p.name, p.email, p.language,
                                   p.purposes.join(QLatin1String("; "))});
    }
    return csv;
}

} // namespace pc::consent
