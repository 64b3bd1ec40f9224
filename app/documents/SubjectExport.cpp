#include "SubjectExport.h"

#include "DocumentText.h"
#include "Zip.h"

#include "core/DocumentLanguage.h"
#include "domain/Codes.h"
#include "requests/RequestWorkflow.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"
#include "storage/RowWriter.h"
#include "storage/SqlRow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

namespace pc::dossier {
namespace {

QString iso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString iso(const QDateTime &moment)
{
    return moment.isValid() ? moment.toString(Qt::ISODate) : QString();
}

QString retentionText(const RetentionRule &rule, const QString &language)
{
    if (rule.id == 0)
        return {};
    return QStringLiteral("%1 — %2 %3, %4").arg(rule.name).arg(rule.duration)
        .arg(codes::labelIn(CodeList::RetentionUnit, rule.unit, language),
             codes::labelIn(CodeList::RetentionTrigger, rule.triggerEvent, language));
}

// A consent event of the person, as their dossier lists it.
ConsentLine readConsent(const SqlRow &row)
{
    return ConsentLine{row.dateTime("occurred_at"), row.text("purpose_code"), row.text("purpose_name"),
                       row.text("event"), row.text("method"), row.text("source"),
                       row.text("version_label"), row.text("note")};
}

} // namespace

Result<SubjectDossier> gather(Database &db, RowId subjectId)
{
    SubjectDossier d;
    d.generatedAt = QDateTime::currentDateTime();
    PeopleRepository people(db);
    RegisterRepository registry(db);
    CaseRepository cases(db);
    const Result<DataSubject> subject = people.subject(subjectId);
    if (!subject)
        return subject.error();
    d.subject = subject.value();
    const Result<Organization> organization = registry.organization(d.subject.organizationId);
    if (!organization)
        return organization.error();
    d.organization = organization.value();
    if (d.subject.categoryId) {
        QSqlQuery category = db.prepare(QStringLiteral("SELECT name FROM subject_categories WHERE id = ?"));
        category.addBindValue(d.subject.categoryId);
        if (category.exec() && category.next())
            d.category = scalar<QString>(category);
    }

    QSqlQuery consents = db.prepare(QStringLiteral(
        "SELECT e.occurred_at, p.code AS purpose_code, p.name AS purpose_name, e.event, e.method, e.source, "
        "v.version_label, e.note, p.activity_id "
        "FROM consent_events e JOIN consent_purposes p ON p.id = e.purpose_id "
        "LEFT JOIN privacy_policies v ON v.id = e.policy_id WHERE e.subject_id = ? ORDER BY e.occurred_at, e.id"));
    consents.addBindValue(subjectId);
    if (!consents.exec())
        return Database::sqlError(consents);
    QList<std::pair<RowId, QString>> concerned;
    const SqlRow consent(consents);
    while (consents.next()) {
        d.consents << readConsent(consent);
        if (!consent.isNull("activity_id"))
            concerned << std::pair{consent.id("activity_id"), QStringLiteral("consent")};
    }

    QString requestSql = QStringLiteral("SELECT id FROM rights_requests WHERE organization_id = ? AND (subject_id = ?");
    QVariantList bindings{d.subject.organizationId, subjectId};
    if (!d.subject.email.trimmed().isEmpty()) {
        requestSql += QStringLiteral(" OR lower(requester_email) = ?");
        bindings << d.subject.email.trimmed().toLower();
    }
    const Result<QList<RowId>> requestIds = rows::ids(db, requestSql + QStringLiteral(") ORDER BY received_on, id"), bindings);
    if (!requestIds)
        return requestIds.error();
    for (RowId id : requestIds.value()) {
        const Result<RightsRequest> request = cases.request(id);
        if (!request)
            return request.error();
        d.requests << request.value();
        for (RowId activity : request.value().activityIds)
            concerned << std::pair{activity, QStringLiteral("request")};
        const Result<QList<Attachment>> documents = cases.requestAttachments(id);
        if (!documents)
            return documents.error();
        d.documents << documents.value();
    }
    const Result<QList<RowId>> own = rows::ids(db, QStringLiteral("SELECT id FROM attachments WHERE subject_id = ?"), {subjectId});
    if (!own)
        return own.error();
    for (RowId id : own.value()) {
        const Result<Attachment> document = cases.attachment(id);
        if (document)
            d.documents << document.value();
    }

    if (d.subject.categoryId) {
        const Result<QList<RowId>> byCategory = rows::ids(
            db, QStringLiteral("SELECT activity_id FROM activity_subject_categories WHERE subject_category_id = ?"),
            {d.subject.categoryId});
        if (!byCategory)
            return byCategory.error();
        for (RowId id : byCategory.value())
            concerned.prepend(std::pair{id, QStringLiteral("category")});
    }
    QSet<RowId> seen;
    for (const auto &[id, reason] : std::as_const(concerned)) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const Result<ProcessingActivity> activity = registry.activity(id);
        if (!activity)
            return activity.error();
        const ProcessingActivity &a = activity.value();
        DossierActivity line{a.reference, a.name, a.description, a.purposes, {}, a.transfers, {}, {}, reason};
        for (const Recipient &recipient : a.recipients)
            line.recipients << recipient.name;
        if (a.retentionRuleId) {
            const Result<RetentionRule> rule = registry.retentionRule(a.retentionRuleId);
            if (rule) {
                line.retentionRule = rule.value();
                line.retention = retentionText(rule.value(), QStringLiteral("en"));
            }
        }
        if (line.retention.isEmpty())
            line.retention = a.retentionNote;
        d.activities << line;
    }
    return d;
}

QByteArray toJson(const SubjectDossier &d)
{
    const DataSubject &s = d.subject;
    QJsonObject profile{
        {QStringLiteral("first_name"), s.firstName},
        {QStringLiteral("last_name"), s.lastName},
        {QStringLiteral("email"), s.email},
        {QStringLiteral("phone"), s.phone},
        {QStringLiteral("address"), s.address},
        {QStringLiteral("country"), s.country},
        {QStringLiteral("language"), s.language},
        {QStringLiteral("birth_date"), iso(s.birthDate)},
        {QStringLiteral("customer_reference"), s.externalRef},
        {QStringLiteral("category"), d.category},
        {QStringLiteral("collected_on"), iso(s.collectedOn)},
        {QStringLiteral("relationship_start"), iso(s.relationshipStart)},
        {QStringLiteral("relationship_end"), iso(s.relationshipEnd)},
        {QStringLiteral("last_contact_on"), iso(s.lastContactOn)},
    };
    QJsonArray consents;
    for (const ConsentLine &c : d.consents) {
        consents.append(QJsonObject{{QStringLiteral("occurred_at"), iso(c.occurredAt)},
                                    {QStringLiteral("purpose"), c.purposeCode},
                                    {QStringLiteral("purpose_name"), c.purposeName},
                                    {QStringLiteral("event"), c.event},
                                    {QStringLiteral("method"), c.method},
                                    {QStringLiteral("source"), c.source},
                                    {QStringLiteral("policy_version"), c.policyVersion}});
    }
    QJsonArray requests;
    for (const RightsRequest &r : d.requests) {
        requests.append(QJsonObject{{QStringLiteral("reference"), r.reference},
                                    {QStringLiteral("types"), QJsonArray::fromStringList(r.types)},
                                    {QStringLiteral("status"), r.status},
                                    {QStringLiteral("received_on"), iso(r.receivedOn)},
                                    {QStringLiteral("due_on"), iso(r.extendedDueOn.isValid() ? r.extendedDueOn : r.dueOn)},
                                    {QStringLiteral("closed_on"), iso(r.closedOn)}});
    }
    QJsonArray activities;
    for (const DossierActivity &a : d.activities) {
        QJsonArray purposes;
        for (const Purpose &p : a.purposes)
            purposes.append(QJsonObject{{QStringLiteral("purpose"), p.description},
                                        {QStringLiteral("legal_basis"), p.legalBasis}});
        QJsonArray transfers;
        for (const Transfer &t : a.transfers)
            transfers.append(QJsonObject{{QStringLiteral("country"), t.country},
                                         {QStringLiteral("recipient"), t.recipient},
                                         {QStringLiteral("safeguard"), t.safeguard}});
        activities.append(QJsonObject{{QStringLiteral("reference"), a.reference},
                                      {QStringLiteral("name"), a.name},
                                      {QStringLiteral("purposes"), purposes},
                                      {QStringLiteral("recipients"), QJsonArray::fromStringList(a.recipients)},
                                      {QStringLiteral("transfers_abroad"), transfers},
                                      {QStringLiteral("retention"), a.retention},
                                      {QStringLiteral("concerns_you_through"), a.reason}});
    }
    const QJsonObject root{
        {QStringLiteral("controller"), QJsonObject{{QStringLiteral("name"), d.organization.legalName.isEmpty()
                                                                               ? d.organization.name
                                                                               : d.organization.legalName},
                                                   {QStringLiteral("address"), d.organization.address},
                                                   {QStringLiteral("dpo_email"), d.organization.dpoEmail}}},
        {QStringLiteral("generated_at"), iso(d.generatedAt)},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("consent_history"), consents},
        {QStringLiteral("requests"), requests},
        {QStringLiteral("processing_activities"), activities},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<std::pair<QString, QByteArray>> toCsv(const SubjectDossier &d)
{
    const DataSubject &s = d.subject;
    QByteArray profile = documents::csvLine({QStringLiteral("field"), QStringLiteral("value")});
    const QList<std::pair<const char *, QString>> fields = {
        {"first_name", s.firstName}, {"last_name", s.lastName}, {"email", s.email}, {"phone", s.phone},
        {"address", s.address}, {"country", s.country}, {"language", s.language}, {"birth_date", iso(s.birthDate)},
        {"customer_reference", s.externalRef}, {"category", d.category}, {"collected_on", iso(s.collectedOn)},
        {"relationship_start", iso(s.relationshipStart)}, {"relationship_end", iso(s.relationshipEnd)},
        {"last_contact_on", iso(s.lastContactOn)},
    };
    for (const auto &[name, value] : fields)
        profile += documents::csvLine({QString::fromLatin1(name), value});
    QByteArray consents = documents::csvLine({QStringLiteral("occurred_at"), QStringLiteral("purpose"), QStringLiteral("purpose_name"),
                                   QStringLiteral("event"), QStringLiteral("method"), QStringLiteral("source"),
                                   QStringLiteral("policy_version")});
    for (const ConsentLine &c : d.consents)
        consents += documents::csvLine({iso(c.occurredAt), c.purposeCode, c.purposeName, c.event, c.method, c.source, c.policyVersion});
    QByteArray requests = documents::csvLine({QStringLiteral("reference"), QStringLiteral("types"), QStringLiteral("status"),
                                   QStringLiteral("received_on"), QStringLiteral("due_on"), QStringLiteral("closed_on")});
    for (const RightsRequest &r : d.requests) {
        requests += documents::csvLine({r.reference, r.types.join(QLatin1Char(';')), r.status, iso(r.receivedOn),
                             iso(r.extendedDueOn.isValid() ? r.extendedDueOn : r.dueOn), iso(r.closedOn)});
    }
    QByteArray activities = documents::csvLine({QStringLiteral("reference"), QStringLiteral("name"), QStringLiteral("purposes"),
                                     QStringLiteral("legal_bases"), QStringLiteral("recipients"),
                                     QStringLiteral("transfers_abroad"), QStringLiteral("retention")});
    for (const DossierActivity &a : d.activities) {
        QStringList purposes, bases, transfers;
        for (const Purpose &p : a.purposes) {
            purposes << p.description;
            bases << p.legalBasis;
        }
        for (const Transfer &t : a.transfers)
            transfers << QStringLiteral("%1 (%2)").arg(t.country, t.safeguard);
        activities += documents::csvLine({a.reference, a.name, purposes.join(QLatin1Char(';')), bases.join(QLatin1Char(';')),
                               a.recipients.join(QLatin1Char(';')), transfers.join(QLatin1Char(';')), a.retention});
    }
    return {{QStringLiteral("profile.csv"), profile},
            {QStringLiteral("consent_history.csv"), consents},
            {QStringLiteral("requests.csv"), requests},
            {QStringLiteral("processing_activities.csv"), activities}};
}

QByteArray portabilityArchive(const SubjectDossier &d)
{
    documents::ZipWriter zip(d.generatedAt);
    const QString controller = d.organization.legalName.isEmpty() ? d.organization.name : d.organization.legalName;
    const QString readme = QStringLiteral(
        "Your personal data held by %1, exported on %2.\r\n\r\n"
        "subject.json                 everything below in one structured file (JSON)\r\n"
        "profile.csv                  what we know about you\r\n"
        "consent_history.csv          each consent you gave or withdrew, with its date\r\n"
        "requests.csv                 the requests you made to us\r\n"
        "processing_activities.csv    what we use your data for, on which legal basis, who receives it\r\n\r\n"
        "Vos données personnelles détenues par %1, exportées le %2 : les mêmes fichiers, en JSON et en CSV (UTF-8).\r\n")
                               .arg(controller, d.generatedAt.date().toString(Qt::ISODate));
    zip.add(QStringLiteral("README.txt"), readme.toUtf8());
    zip.add(QStringLiteral("subject.json"), toJson(d));
    for (const auto &[name, content] : toCsv(d))
        zip.add(name, content);
    return zip.finish();
}

namespace {

// What a person reads of their data, in their language whatever the window
// speaks.
class AccessReport final
{
    PC_DOCUMENT_TR_FUNCTIONS(pc::dossier::AccessReport)

public:
    explicit AccessReport(const QString &language) : m_language(language) {}
    const DocumentLanguage &documentLanguage() const { return m_language; }
    QString write(const SubjectDossier &d) const;

private:
    DocumentLanguage m_language;
};

QString AccessReport::write(const SubjectDossier &d) const
{
    const QString lang = m_language.code();
    auto date = [&](const QDate &day) { return documents::longDate(day, lang); };
    auto h = [](const QString &text) { return text.toHtmlEscaped(); };
    auto row = [&](const QString &label, const QString &value) {
        return value.trimmed().isEmpty() ? QString()
                                         : QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(h(label), h(value));
    };
    const DataSubject &s = d.subject;
    const QString controller = d.organization.legalName.isEmpty() ? d.organization.name : d.organization.legalName;

    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(h(tr("Your personal data")));
    html += QStringLiteral("<p>%1</p>").arg(h(QString(tr("Held by %1, as of %2."))
                                                   .arg(controller, date(d.generatedAt.date()))));
    html += QStringLiteral("<h3>%1</h3><table cellpadding=\"3\">").arg(h(tr("Profile")));
    html += row(tr("First name"), s.firstName);
    html += row(tr("Last name"), s.lastName);
    html += row(tr("E-mail"), s.email);
    html += row(tr("Phone"), s.phone);
    html += row(tr("Address"), s.address);
    html += row(tr("Country"), s.country);
    html += row(tr("Date of birth"), date(s.birthDate));
    html += row(tr("Customer reference"), s.externalRef);
    html += row(tr("Category"), d.category);
    html += row(tr("Collected on"), date(s.collectedOn));
    html += row(tr("Relationship since"), date(s.relationshipStart));
    html += row(tr("Relationship ended"), date(s.relationshipEnd));
    html += row(tr("Last contact"), date(s.lastContactOn));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(h(tr("What we use your data for")));
    if (d.activities.isEmpty())
        html += QStringLiteral("<p>—</p>");
    for (const DossierActivity &a : d.activities) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(h(a.name));
        for (const Purpose &p : a.purposes) {
            html += QStringLiteral("<li>%1 — %2</li>")
                        .arg(h(p.description), h(p.legalBasis.isEmpty() ? tr("to be determined")
                                                                       : codes::labelIn(CodeList::LegalBasis, p.legalBasis, lang)));
        }
        if (!a.recipients.isEmpty()) {
            html += QStringLiteral("<li>%1 %2</li>").arg(h(tr("Recipients:")),
                                                       h(a.recipients.join(QLatin1String(", "))));
        }
        for (const Transfer &t : a.transfers) {
            html += QStringLiteral("<li>%1 %2 (%3)</li>")
                        .arg(h(tr("Transfer to")), h(t.country),
                             h(codes::labelIn(CodeList::TransferSafeguard, t.safeguard, lang)));
        }
        // The rule in the person's language; the files have it in English.
        const QString kept = a.retentionRule.id != 0 ? retentionText(a.retentionRule, lang) : a.retention;
        if (!kept.isEmpty())
            html += QStringLiteral("<li>%1 %2</li>").arg(h(tr("Kept:")), h(kept));
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<h3>%1</h3>").arg(h(tr("Your consents")));
    if (d.consents.isEmpty())
        html += QStringLiteral("<p>—</p>");
    else
        html += QStringLiteral("<table cellpadding=\"3\">");
    for (const ConsentLine &c : d.consents) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(h(date(c.occurredAt.date())), h(c.purposeName),
                         h(codes::labelIn(CodeList::ConsentEventKind, c.event, lang)),
                         h(codes::labelIn(CodeList::ConsentMethod, c.method, lang)));
    }
    if (!d.consents.isEmpty())
        html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(h(tr("Your requests")));
    html += QStringLiteral("<table cellpadding=\"3\">");
    for (const RightsRequest &r : d.requests) {
        QStringList types;
        for (const QString &type : r.types)
            types << codes::labelIn(CodeList::RequestType, type, lang);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(h(r.reference), h(date(r.receivedOn)), h(types.join(QLatin1String(", "))),
                         h(codes::labelIn(CodeList::RequestStatus, r.status, lang)));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(h(tr("You may ask us to correct or erase these data, to restrict their use, or object to it, "
                          "and withdraw a consent at any time.")));
    return html;
}

} // namespace

QString accessReport(const SubjectDossier &d, const QString &language)
{
    return AccessReport(language).write(d);
}

Result<RowId> attachToRequest(Database &db, const RightsRequest &request, const QString &fileName,
                              const QString &mediaType, const QByteArray &content)
{
    return RequestWorkflow::attachReply(db, request, fileName, mediaType, content, QStringLiteral("exported"), fileName);
}

} // namespace pc::dossier
