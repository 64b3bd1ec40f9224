#include "Registers.h"

#include "Charts.h"

#include "consent/ConsentLedger.h"
#include "core/DocumentLanguage.h"
#include "core/Dates.h"
#include "documents/DocumentText.h"
#include "documents/Letters.h"
#include "domain/Codes.h"
#include "requests/RequestWorkflow.h"
#include "retention/RetentionDue.h"
#include "retention/RetentionSchedule.h"
#include "storage/Database.h"
#include "storage/RegisterRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <deque>

namespace pc::reports {
namespace {

struct RegistersText
{
    Q_DECLARE_TR_FUNCTIONS(pc::Registers)
};

const char *const kCodes[] = {"ropa", "processors", "requests", "breaches", "retention", "consents"};

// Rows of a query, each turned into the table's cells as it is read.
class QueryCursor final : public RowCursor
{
public:
    using Mapper = std::function<QStringList(const QSqlQuery &)>;
    QueryCursor(Database &db, const QString &sql, const QVariantList &bindings, Mapper map)
        : m_query(db.prepare(sql)), m_map(std::move(map))
    {
        m_query.setForwardOnly(true);
        for (const QVariant &value : bindings)
            m_query.addBindValue(value);
        if (!m_query.exec())
            m_problem = Database::sqlError(m_query).message;
    }
    bool next(QStringList &row) override
    {
        if (!m_problem.isEmpty() || !m_query.next())
            return false;
        row = m_map(m_query);
        return true;
    }
    QString problem() const override { return m_problem; }

private:
    QSqlQuery m_query;
    Mapper m_map;
    QString m_problem;
};

// Builds a report; the report's streamed tables keep it (and its
// connection) to read their rows again when they are laid out.
class Builder : public std::enable_shared_from_this<Builder>
{
    PC_DOCUMENT_TR_FUNCTIONS(pc::reports::Registers)

public:
    Builder(Database &db, const ReportRequest &request)
        : m_db(db), m_request(request), m_language(request.language), m_lang(m_language.code()),
          m_locale(m_language.locale())
    {
    }

    Result<Report> build()
    {
        const Result<Organization> organization = RegisterRepository(m_db).organization(m_request.organizationId);
        if (!organization)
            return Error{RegistersText::tr("Choose the organization the report is about.")};
        m_org = organization.value();
        // As the letters cite them, in the report's language.
        m_law = lawFor(m_org.jurisdiction, m_lang);
        if (!m_law.isEmpty())
            m_law[0] = m_law.at(0).toUpper();
        const Authority authority = authorityFor(m_org.jurisdiction, m_lang);
        m_authority = authority.address.isEmpty() ? authority.name : QStringLiteral("%1, %2").arg(authority.name, authority.address);
        if (!m_authority.isEmpty())
            m_authority[0] = m_authority.at(0).toUpper();
        Report report;
        report.language = m_lang;
        report.cover.organization = m_org.name;
        report.cover.title = kindTitle(m_request.kind, m_lang);
        report.runningTitle = report.cover.title;
        static const char *const kMainTables[] = {"activities", "processors", "requests", "breaches", "rules", "purposes"};
        report.mainTable = QString::fromLatin1(kMainTables[int(m_request.kind)]);
        Status built = success();
        switch (m_request.kind) {
        case ReportKind::Activities: built = activities(report); break;
        case ReportKind::Processors: built = processors(report); break;
        case ReportKind::Requests: built = requests(report); break;
        case ReportKind::Breaches: built = breaches(report); break;
        case ReportKind::Retention: built = retention(report); break;
        case ReportKind::Consents: built = consents(report); break;
        }
        if (!built)
            return built.error();
        // Signed by whoever answers for it.
        report.heading(2, tr("Drawn up by"), false);
        report.fields({{tr("Name"), m_org.dpoName},
                       {tr("Capacity"), tr("Data protection officer")},
                       {tr("Date"), documents::longDate(m_request.asOf, m_lang)},
                       {tr("Signature"), QStringLiteral("\n\n\n")}});
        return report;
    }

private:
    const DocumentLanguage &documentLanguage() const { return m_language; }
    QString label(CodeList list, const QString &code) const
    {
        return code.isEmpty() ? QString() : codes::labelIn(list, code, m_lang);
    }
    QString day(const QDate &date) const
    {
        return date.isValid() ? m_locale.toString(date, QStringLiteral("d MMM yyyy")) : QString();
    }
    QString moment(const QDateTime &when) const
    {
        return when.isValid() ? m_locale.toString(when.toUTC(), QStringLiteral("d MMM yyyy HH:mm 'UTC'")) : QString();
    }
    // A moment in UTC, the zone said once for the whole table.
    QString minute(const QDateTime &when) const
    {
        return when.isValid() ? m_locale.toString(when.toUTC(), QStringLiteral("d MMM yyyy HH:mm")) : QString();
    }
    QString number(qint64 n) const { return m_locale.toString(n); }
    QString yesNo(bool yes) const { return yes ? tr("Yes") : tr("No"); }
    QString percent(qint64 part, qint64 whole) const
    {
        if (whole <= 0)
            return QStringLiteral("—");
        const QString value = m_locale.toString(100.0 * double(part) / double(whole), 'f', 1);
        return tr("%1%", "a percentage").arg(value);
    }
    QString periodText() const
    {
        if (m_request.from.isValid() && m_request.to.isValid())
            return tr("from %1 to %2").arg(documents::longDate(m_request.from, m_lang), documents::longDate(m_request.to, m_lang));
        if (m_request.from.isValid())
            return tr("from %1").arg(documents::longDate(m_request.from, m_lang));
        if (m_request.to.isValid())
            return tr("until %1").arg(documents::longDate(m_request.to, m_lang));
        return tr("the whole register");
    }

    // The controller's identity, as every register opens with it (Art. 30(1)(a)).
    QList<std::pair<QString, QString>> controllerItems() const
    {
        QStringList dpo{m_org.dpoName, m_org.dpoEmail, m_org.dpoPhone, m_org.dpoAddress};
        dpo.removeAll(QString());
        QStringList representative{m_org.representativeName, m_org.representativeContact};
        representative.removeAll(QString());
        QList<std::pair<QString, QString>> items{
            {tr("Name", "the organization's legal name"), m_org.legalName.isEmpty() ? m_org.name : m_org.legalName},
            {tr("Address"), m_org.address},
            {tr("Registration number"), m_org.registrationNumber},
            {tr("Applicable law"),
             m_law.isEmpty() ? label(CodeList::Jurisdiction, m_org.jurisdiction) : m_law},
            {tr("Supervisory authority"), m_authority},
            {tr("Data protection officer"), dpo.join(QStringLiteral(", "))},
        };
        if (!representative.isEmpty())
            items.append({tr("Representative (Art. 27)"), representative.join(QStringLiteral(", "))});
        return items;
    }

    void cover(Report &report, const QList<std::pair<QString, QString>> &extra)
    {
        if (!m_law.isEmpty())
            report.cover.subtitle = m_law;
        QList<std::pair<QString, QString>> &d = report.cover.details;
        if (!m_org.legalName.isEmpty() && m_org.legalName != m_org.name)
            d.append({tr("Legal name"), m_org.legalName});
        if (!m_org.dpoName.isEmpty())
            d.append({tr("Data protection officer"),
                      m_org.dpoEmail.isEmpty() ? m_org.dpoName : QStringLiteral("%1 — %2").arg(m_org.dpoName, m_org.dpoEmail)});
        d.append({tr("Drawn up on"), documents::longDate(m_request.asOf, m_lang)});
        d.append(extra);
    }

    // ---- The record of processing activities --------------------------------

    Status activities(Report &report)
    {
        RegisterRepository registers(m_db);
        const auto activities = registers.activities(m_org.id);
        const auto subjectCategories = registers.subjectCategories(m_org.id);
        const auto dataCategories = registers.dataCategories(m_org.id);
        const auto rules = registers.retentionRules(m_org.id);
        const auto processors = registers.processors(m_org.id);
        for (const Status &s : {Status(activities ? success() : activities.error()),
                               Status(subjectCategories ? success() : subjectCategories.error()),
                               Status(dataCategories ? success() : dataCategories.error()),
                               Status(rules ? success() : rules.error()),
                               Status(processors ? success() : processors.error())}) {
            if (!s)
                return s;
        }
        QHash<RowId, QString> subjectNames, processorNames;
        QHash<RowId, const DataCategory *> dataById;
        QHash<RowId, const RetentionRule *> ruleById;
        for (const SubjectCategory &c : subjectCategories.value())
            subjectNames.insert(c.id, c.name);
        for (const DataCategory &c : dataCategories.value())
            dataById.insert(c.id, &c);
        for (const RetentionRule &r : rules.value())
            ruleById.insert(r.id, &r);
        for (const Processor &p : processors.value())
            processorNames.insert(p.id, p.name);

        QList<const ProcessingActivity *> own, onBehalf;
        QDate lastChange;
        for (const ProcessingActivity &a : activities.value())
            (a.controllerRole == QLatin1String("processor") ? onBehalf : own) << &a;
        QSqlQuery changed = m_db.prepare(QStringLiteral("SELECT max(updated_at) FROM processing_activities WHERE organization_id = ?"));
        changed.addBindValue(m_org.id);
        if (changed.exec() && changed.next())
            lastChange = toDateTime(changed.value(0)).toUTC().date();
        changed.finish();
        int approved = 0;
        for (const ProcessingActivity &a : activities.value())
            approved += a.status == QLatin1String("approved") ? 1 : 0;
        cover(report, {{tr("Version"),
                        lastChange.isValid()
                            ? tr("register as it stood on %1, last changed on %2")
                                  .arg(documents::longDate(m_request.asOf, m_lang), documents::longDate(lastChange, m_lang))
                            : tr("register as it stood on %1").arg(documents::longDate(m_request.asOf, m_lang))},
                       {tr("Processing activities"),
                        tr("%1, of which %2 approved").arg(number(activities->size()), number(approved))}});
        // Kept as Article 30 of the GDPR lays it out, under the organization's own law.
        report.cover.subtitle = m_law.isEmpty() ? tr("GDPR Article 30") : m_law;

        report.heading(1, tr("The controller"));
        report.paragraph(tr("Article 30(1)(a): the name and contact details of the controller and, where applicable, of the "
                            "joint controller, the controller's representative and the data protection officer."),
                         Paragraph::Style::Note);
        report.fields(controllerItems());

        if (activities->isEmpty()) {
            report.heading(1, tr("Processing activities"));
            report.paragraph(tr("This organization has no processing activity in the register yet: there is nothing to "
                                "list under Article 30."),
                             Paragraph::Style::Emphasis);
            return success();
        }

        report.heading(1, tr("Summary of the processing activities"));
        Table summary;
        summary.name = QStringLiteral("activities");
        summary.columns = {{tr("Ref."), 1.1},
                           {tr("Processing activity"), 2.2},
                           {tr("Purposes"), 3},
                           {tr("Legal bases"), 2},
                           {tr("Role"), 1.7},
                           {tr("DPIA"), 1.1},
                           {tr("Status"), 1.2}};
        for (const ProcessingActivity &a : activities.value()) {
            QStringList purposes, bases;
            for (const Purpose &p : a.purposes) {
                purposes << p.description;
                const QString basis = label(CodeList::LegalBasis, p.legalBasis);
                if (!bases.contains(basis))
                    bases << basis;
            }
            summary.rows << QStringList{a.reference,
                                        a.name,
                                        purposes.join(QStringLiteral("; ")),
                                        bases.join(QStringLiteral("; ")),
                                        label(CodeList::ControllerRole, a.controllerRole),
                                        a.dpiaRequired ? (a.dpiaDoneOn.isValid() ? day(a.dpiaDoneOn) : tr("required, not done"))
                                                       : tr("not required"),
                                        label(CodeList::ActivityStatus, a.status)};
        }
        report.table(std::move(summary));

        auto section = [&](const ProcessingActivity &a, bool asProcessor) {
            report.heading(2, a.reference.isEmpty() ? a.name : QStringLiteral("%1 — %2").arg(a.reference, a.name));
            QList<std::pair<QString, QString>> general{
                {tr("Description"), a.description},
                {tr("Role of the organization"), label(CodeList::ControllerRole, a.controllerRole)},
            };
            if (asProcessor)
                general.append({tr("Controller on whose behalf it is done"),
                                a.clientName});
            if (!a.jointControllers.isEmpty())
                general.append({tr("Joint controllers"), a.jointControllers});
            general.append({tr("Status"),
                            a.status == QLatin1String("approved") && a.approvedOn.isValid()
                                ? tr("approved on %1").arg(day(a.approvedOn))
                                : label(CodeList::ActivityStatus, a.status)});
            general.append({tr("Source of the data"), a.dataSource});
            report.fields(general);

            report.heading(3, tr("Purposes and legal bases — Art. 30(1)(b)"), false);
            if (a.purposes.isEmpty()) {
                report.paragraph(tr("No purpose recorded."), Paragraph::Style::Warning);
            } else {
                Table purposes;
                purposes.columns = {{tr("Purpose"), 3},
                                    {tr("Legal basis (Art. 6)"), 2.2},
                                    {tr("Legitimate interest or Art. 9 condition"), 2.2}};
                for (const Purpose &p : a.purposes) {
                    QStringList detail{p.legitimateInterest, label(CodeList::SpecialCondition, p.specialCondition)};
                    detail.removeAll(QString());
                    purposes.rows << QStringList{p.description, label(CodeList::LegalBasis, p.legalBasis),
                                                 detail.join(QStringLiteral("; "))};
                }
                report.table(std::move(purposes));
            }

            report.heading(3, tr("Data subjects and personal data — Art. 30(1)(c)"), false);
            QStringList people, data, special;
            for (RowId id : a.subjectCategoryIds)
                people << subjectNames.value(id);
            for (RowId id : a.dataCategoryIds) {
                if (const DataCategory *c = dataById.value(id)) {
                    data << c->name;
                    if (c->specialCategory)
                        special << c->name;
                }
            }
            report.fields({{tr("Categories of data subjects"), people.join(QStringLiteral("; "))},
                           {tr("Categories of personal data"), data.join(QStringLiteral("; "))},
                           {tr("Special categories (Art. 9)"),
                            special.isEmpty() ? tr("none") : special.join(QStringLiteral("; "))}});

            report.heading(3, tr("Recipients — Art. 30(1)(d)"), false);
            QStringList processorList;
            for (RowId id : a.processorIds)
                processorList << processorNames.value(id);
            if (a.recipients.isEmpty() && processorList.isEmpty()) {
                report.paragraph(tr("No recipient: the data stay within the organization's own staff."));
            } else {
                Table recipients;
                recipients.columns = {{tr("Recipient"), 3}, {tr("Category"), 2}};
                QStringList named;
                for (const Recipient &r : a.recipients) {
                    recipients.rows << QStringList{r.name, label(CodeList::RecipientKind, r.kind)};
                    named << r.name.toLower();
                }
                for (const QString &p : std::as_const(processorList)) {
                    if (!named.contains(p.toLower()))
                        recipients.rows << QStringList{p, label(CodeList::RecipientKind, QStringLiteral("processor"))};
                }
                report.table(std::move(recipients));
            }

            report.heading(3, tr("Transfers to third countries — Art. 30(1)(e)"), false);
            if (a.transfers.isEmpty()) {
                report.paragraph(tr("No transfer of personal data to a third country or an international organization."));
            } else {
                Table transfers;
                transfers.columns = {{tr("Country"), 0.8},
                                     {tr("Recipient"), 2},
                                     {tr("Safeguard"), 2.4},
                                     {tr("Documentation"), 2}};
                for (const Transfer &x : a.transfers) {
                    const QString recipient = x.recipient.isEmpty() ? processorNames.value(x.processorId) : x.recipient;
                    transfers.rows << QStringList{x.country, recipient, label(CodeList::TransferSafeguard, x.safeguard),
                                                  x.safeguardReference};
                }
                report.table(std::move(transfers));
            }

            report.heading(3, tr("Time limits for erasure — Art. 30(1)(f)"), false);
            // The activity's rule, then the data categories kept otherwise,
            // those under the same rule together.
            QList<std::pair<QString, QString>> keep;
            if (const RetentionRule *rule = ruleById.value(a.retentionRuleId))
                keep.append({rule->name, ruleText(*rule)});
            QList<RowId> otherRules;
            QHash<RowId, QStringList> categoriesOf;
            for (RowId id : a.dataCategoryIds) {
                const DataCategory *c = dataById.value(id);
                if (!c || c->retentionRuleId <= 0 || c->retentionRuleId == a.retentionRuleId)
                    continue;
                if (!otherRules.contains(c->retentionRuleId))
                    otherRules << c->retentionRuleId;
                categoriesOf[c->retentionRuleId] << c->name;
            }
            for (RowId ruleId : std::as_const(otherRules)) {
                if (const RetentionRule *rule = ruleById.value(ruleId))
                    keep.append({categoriesOf.value(ruleId).join(QStringLiteral("; ")), ruleText(*rule)});
            }
            if (!a.retentionNote.isEmpty())
                keep.append({tr("Note"), a.retentionNote});
            if (keep.isEmpty())
                report.paragraph(tr("No retention period recorded."),
                                 Paragraph::Style::Warning);
            else
                report.fields(keep);

            report.heading(3, tr("Security measures — Art. 30(1)(g) and 32(1)"), false);
            report.paragraph(a.securityMeasures.isEmpty()
                                 ? tr("No security measure described.")
                                 : a.securityMeasures,
                             a.securityMeasures.isEmpty() ? Paragraph::Style::Warning : Paragraph::Style::Body);
            report.fields({{tr("Data protection impact assessment"),
                            a.dpiaRequired ? (a.dpiaDoneOn.isValid() ? tr("required, carried out on %1").arg(day(a.dpiaDoneOn))
                                                                     : tr("required, not yet carried out"))
                                           : tr("not required")}});
        };

        if (!own.isEmpty()) {
            report.heading(1, tr("Processing activities (Art. 30(1))"));
            for (const ProcessingActivity *a : std::as_const(own))
                section(*a, false);
        }
        if (!onBehalf.isEmpty() || m_org.actsAsProcessor) {
            report.heading(1, tr("Processing carried out as a processor (Art. 30(2))"));
            report.paragraph(tr("Article 30(2): the categories of processing carried out on behalf of each controller, "
                                "the transfers to third countries and the security measures."),
                             Paragraph::Style::Note);
            if (onBehalf.isEmpty())
                report.paragraph(tr("No processing on behalf of a client is recorded."));
            for (const ProcessingActivity *a : std::as_const(onBehalf))
                section(*a, true);
        }
        return success();
    }

    QString ruleText(const RetentionRule &rule) const
    {
        const QString trigger = rule.triggerEvent == QLatin1String("custom")
                                    ? rule.customTrigger
                                    : label(CodeList::RetentionTrigger, rule.triggerEvent);
        QString text = tr("%1 %2 from: %3; then: %4")
                           .arg(rule.duration)
                           .arg(label(CodeList::RetentionUnit, rule.unit), trigger.toLower(),
                                label(CodeList::RetentionOutcome, rule.outcome).toLower());
        if (!rule.justification.isEmpty())
            text += QLatin1Char('\n') + tr("“%1”", "a quotation").arg(rule.justification);
        return text;
    }

    // ---- Processors -------------------------------------------------------

    Status processors(Report &report)
    {
        const auto processors = RegisterRepository(m_db).processors(m_org.id);
        if (!processors)
            return processors.error();
        cover(report, {{tr("Processors and recipients"), number(processors->size())}});
        report.heading(1, tr("Processors and sub-processors"));
        if (processors->isEmpty()) {
            report.paragraph(tr("This organization has no processor in the register."),
                             Paragraph::Style::Emphasis);
            return success();
        }
        QHash<RowId, QString> names;
        for (const Processor &p : processors.value())
            names.insert(p.id, p.name);
        Table table;
        table.name = QStringLiteral("processors");
        table.columns = {{tr("Processor"), 1.6},
                         {tr("Role"), 1.3},
                         {tr("Service"), 1.9},
                         {tr("Country"), 1},
                         {tr("Transfer safeguard"), 1.6},
                         {tr("DPA signed"), 1.25},
                         {tr("DPA expires"), 1.25},
                         {tr("Policy checked"), 1.25}};
        QStringList issues;
        for (const Processor &p : processors.value()) {
            QString role = label(CodeList::ProcessorRole, p.role);
            if (p.parentProcessorId > 0)
                role = tr("%1 of %2").arg(role, names.value(p.parentProcessorId));
            if (!p.active)
                role += tr(" (no longer used)");
            table.rows << QStringList{p.name, role, p.service, p.country,
                                      p.transferSafeguard.isEmpty() ? QString() : label(CodeList::TransferSafeguard, p.transferSafeguard),
                                      day(p.dpaSignedOn), day(p.dpaExpiresOn), day(p.privacyPolicyCheckedOn)};
            if (!p.active)
                continue;
            const bool processor = p.role == QLatin1String("processor") || p.role == QLatin1String("sub_processor");
            if (processor && !p.dpaSignedOn.isValid())
                issues << tr("%1: no data processing agreement (Art. 28(3)) on file.").arg(p.name);
            if (p.dpaExpiresOn.isValid() && p.dpaExpiresOn < m_request.asOf)
                issues << tr("%1: the agreement expired on %2.").arg(p.name, day(p.dpaExpiresOn));
            else if (p.dpaExpiresOn.isValid() && p.dpaExpiresOn <= m_request.asOf.addDays(90))
                issues << tr("%1: the agreement expires on %2.").arg(p.name, day(p.dpaExpiresOn));
            if (p.transferSafeguard == QLatin1String("none"))
                issues << tr("%1: data go to %2 without a transfer safeguard.")
                              .arg(p.name, p.country);
            if (!p.privacyPolicyCheckedOn.isValid())
                issues << tr("%1: its privacy policy has never been checked.").arg(p.name);
            else if (p.privacyPolicyCheckedOn < m_request.asOf.addYears(-1))
                issues << tr("%1: its privacy policy was last checked on %2, more than a year ago.")
                              .arg(p.name, day(p.privacyPolicyCheckedOn));
        }
        report.table(std::move(table));

        report.heading(2, tr("Points to check"));
        if (issues.isEmpty())
            report.paragraph(tr("Every processor in use has its agreement, its safeguards and a privacy policy checked within the year."));
        for (const QString &issue : std::as_const(issues))
            report.paragraph(QStringLiteral("• ") + issue, Paragraph::Style::Warning);

        report.heading(2, tr("Activities each processor serves"));
        Table served;
        served.name = QStringLiteral("processor_activities");
        served.columns = {{tr("Processor"), 1.5}, {tr("Processing activities"), 4}};
        const bool pg = m_db.isPostgresql();
        QSqlQuery links = m_db.prepare(
            QStringLiteral("SELECT p.name, %1 FROM processors p "
                           "LEFT JOIN activity_processors ap ON ap.processor_id = p.id "
                           "LEFT JOIN processing_activities a ON a.id = ap.activity_id "
                           "WHERE p.organization_id = ? GROUP BY p.id, p.name ORDER BY p.name")
                .arg(pg ? QStringLiteral("string_agg(coalesce(a.reference || ' ', '') || a.name, '; ' ORDER BY a.reference, a.name)")
                        : QStringLiteral("group_concat(coalesce(a.reference || ' ', '') || a.name, '; ')")));
        links.addBindValue(m_org.id);
        if (!links.exec())
            return Database::sqlError(links);
        while (links.next())
            served.rows << QStringList{links.value(0).toString(), links.value(1).toString()};
        report.table(std::move(served));
        return success();
    }

    // ---- Rights requests --------------------------------------------------

    QString requestFilter(QVariantList &bindings, const QString &alias) const
    {
        QString where = QStringLiteral("%1.organization_id = ?").arg(alias);
        bindings << m_org.id;
        if (m_request.from.isValid()) {
            where += QStringLiteral(" AND %1.received_on >= ?").arg(alias);
            bindings << dateOrNull(m_request.from);
        }
        if (m_request.to.isValid()) {
            where += QStringLiteral(" AND %1.received_on <= ?").arg(alias);
            bindings << dateOrNull(m_request.to);
        }
        const QString closed = QStringLiteral("('answered', 'refused', 'withdrawn')");
        if (m_request.status == QLatin1String("open")) {
            where += QStringLiteral(" AND %1.status NOT IN %2").arg(alias, closed);
        } else if (m_request.status == QLatin1String("closed")) {
            where += QStringLiteral(" AND %1.status IN %2").arg(alias, closed);
        } else if (!m_request.status.isEmpty()) {
            where += QStringLiteral(" AND %1.status = ?").arg(alias);
            bindings << m_request.status;
        }
        return where;
    }

    QString typesSql(const QString &alias) const
    {
        return m_db.isPostgresql()
                   ? QStringLiteral("(SELECT string_agg(t.type, ',' ORDER BY t.type) FROM request_types t WHERE t.request_id = %1.id)").arg(alias)
                   : QStringLiteral("(SELECT group_concat(t.type, ',') FROM request_types t WHERE t.request_id = %1.id)").arg(alias);
    }

    QString typeLabels(const QString &codes) const
    {
        QStringList labels;
        for (const QString &code : codes.split(QLatin1Char(','), Qt::SkipEmptyParts))
            labels << label(CodeList::RequestType, code);
        labels.sort();
        return labels.join(QStringLiteral(", "));
    }

    QString statusText() const
    {
        if (m_request.status == QLatin1String("open"))
            return tr("open requests");
        if (m_request.status == QLatin1String("closed"))
            return tr("closed requests");
        if (!m_request.status.isEmpty())
            return label(CodeList::RequestStatus, m_request.status);
        return tr("every status");
    }

    Status requests(Report &report)
    {
        QVariantList bindings;
        const QString where = requestFilter(bindings, QStringLiteral("q"));
        // The figures of the period, counted by the database.
        const QString due = QStringLiteral("coalesce(q.extended_due_on, q.due_on)");
        QSqlQuery totals = m_db.prepare(
            QStringLiteral("SELECT count(*), "
                           "sum(CASE WHEN q.closed_on IS NOT NULL THEN 1 ELSE 0 END), "
                           "sum(CASE WHEN q.closed_on IS NOT NULL AND q.closed_on <= %1 THEN 1 ELSE 0 END), "
                           "sum(CASE WHEN q.closed_on IS NULL AND %1 < ? THEN 1 ELSE 0 END) "
                           "FROM rights_requests q WHERE %2")
                .arg(due, where));
        totals.addBindValue(dateOrNull(m_request.asOf));
        for (const QVariant &b : bindings)
            totals.addBindValue(b);
        if (!totals.exec() || !totals.next())
            return Database::sqlError(totals);
        const qint64 count = totals.value(0).toLongLong(), closed = totals.value(1).toLongLong(),
                     onTime = totals.value(2).toLongLong(), overdue = totals.value(3).toLongLong();
        totals.finish();
        cover(report, {{tr("Period"), periodText()},
                       {tr("Requests"), tr("%1 (%2)").arg(number(count), statusText())}});
        report.heading(1, tr("Summary"));
        if (count == 0) {
            report.paragraph(tr("No rights request was received in this period: there is nothing to list."),
                             Paragraph::Style::Emphasis);
            return success();
        }
        report.fields({{tr("Requests received"), number(count)},
                       {tr("Closed (answered, refused or withdrawn)"), number(closed)},
                       {tr("Closed within the legal period"),
                        tr("%1 (%2 of those closed)").arg(number(onTime), percent(onTime, closed))},
                       {tr("Still open"), number(count - closed)},
                       {tr("Open and past their deadline on %1").arg(day(m_request.asOf)),
                        number(overdue)}});

        Table byType;
        byType.name = QStringLiteral("request_types");
        byType.columns = {{tr("Right exercised"), 3},
                          {tr("Requests"), 1, Alignment::Right},
                          {tr("Closed"), 1, Alignment::Right},
                          {tr("On time"), 1, Alignment::Right}};
        QVariantList typeBindings;
        const QString typeWhere = requestFilter(typeBindings, QStringLiteral("q"));
        QSqlQuery types = m_db.prepare(
            QStringLiteral("SELECT t.type, count(*), sum(CASE WHEN q.closed_on IS NOT NULL THEN 1 ELSE 0 END), "
                           "sum(CASE WHEN q.closed_on IS NOT NULL AND q.closed_on <= %1 THEN 1 ELSE 0 END) "
                           "FROM request_types t JOIN rights_requests q ON q.id = t.request_id WHERE %2 "
                           "GROUP BY t.type ORDER BY t.type")
                .arg(due, typeWhere));
        for (const QVariant &b : typeBindings)
            types.addBindValue(b);
        if (!types.exec())
            return Database::sqlError(types);
        while (types.next())
            byType.rows << QStringList{label(CodeList::RequestType, types.value(0).toString()),
                                       number(types.value(1).toLongLong()), number(types.value(2).toLongLong()),
                                       number(types.value(3).toLongLong())};
        types.finish();
        report.heading(2, tr("By right exercised"));
        report.table(std::move(byType));

        report.heading(1, tr("Register of requests"));
        report.paragraph(tr("Every request of the period, in the order received: the days taken count from the day "
                            "received to the day closed; “late” when closed after the legal deadline (extended where it was)."),
                         Paragraph::Style::Note);
        Table list;
        list.name = QStringLiteral("requests");
        list.columns = {{tr("Reference"), 1.3},
                        {tr("Received"), 1.1},
                        {tr("Rights"), 2},
                        {tr("Status"), 1.1},
                        {tr("Due"), 1.1},
                        {tr("Closed", "the day a request was closed"), 1.1},
                        {tr("Days"), 0.6, Alignment::Right},
                        {tr("Outcome"), 1.2}};
        const QString listSql =
            QStringLiteral("SELECT q.reference, q.received_on, %1, q.status, %2, q.closed_on FROM rights_requests q "
                           "WHERE %3 ORDER BY q.received_on, q.reference, q.id")
                .arg(typesSql(QStringLiteral("q")), due, where);
        list.source = [self = shared_from_this(), listSql, bindings]() -> std::unique_ptr<RowCursor> {
            return std::make_unique<QueryCursor>(self->m_db, listSql, bindings, [self](const QSqlQuery &q) {
                const Builder &b = *self;
                const QDate received = toDate(q.value(1)), dueOn = toDate(q.value(4)), closedOn = toDate(q.value(5));
                QString outcome;
                if (closedOn.isValid())
                    outcome = dueOn.isValid() && closedOn > dueOn ? b.tr("late") : b.tr("on time");
                else if (dueOn.isValid() && dueOn < b.m_request.asOf)
                    outcome = b.tr("overdue");
                return QStringList{q.value(0).toString(), b.day(received), b.typeLabels(q.value(2).toString()),
                                   b.label(CodeList::RequestStatus, q.value(3).toString()), b.day(dueOn), b.day(closedOn),
                                   closedOn.isValid() ? b.number(received.daysTo(closedOn)) : QString(), outcome};
            });
        };
        report.table(std::move(list));

        report.heading(1, tr("Detail and history of each request"));
        report.paragraph(tr("For each request: who asked and how, what the list does not say, then its history: the moment "
                            "of each step (UTC), the step, its note and who recorded it."),
                         Paragraph::Style::Note);
        const QString detailSql =
            QStringLiteral("SELECT q.id, q.reference, q.requester_name, %1, q.status, q.channel, q.jurisdiction, q.received_on, "
                           "q.letter_date, q.due_on, q.extended_due_on, q.extension_reason, q.identity_requested_on, "
                           "q.identity_received_on, q.closed_on, q.outcome, q.refusal_reason, u.display_name, u.username, "
                           "e.occurred_at, e.step, e.note, e.actor "
                           "FROM rights_requests q LEFT JOIN users u ON u.id = q.assignee_id "
                           "LEFT JOIN request_events e ON e.request_id = q.id "
                           "WHERE %2 ORDER BY q.received_on, q.reference, q.id, e.occurred_at, e.id")
                .arg(typesSql(QStringLiteral("q")), where);
        report.stream([self = shared_from_this(), detailSql, bindings]() -> std::unique_ptr<BlockCursor> {
            return std::make_unique<RequestDetails>(*self, detailSql, bindings);
        });
        return success();
    }

    // The blocks of each request in turn, from one query of the requests
    // and their history (a server streams one result at a time: no second
    // query can run while it is read).
    class RequestDetails final : public BlockCursor
    {
    public:
        RequestDetails(const Builder &builder, const QString &sql, const QVariantList &bindings)
            : m_builder(builder), m_query(builder.m_db.prepare(sql))
        {
            m_query.setForwardOnly(true);
            for (const QVariant &b : bindings)
                m_query.addBindValue(b);
            if (!m_query.exec())
                m_problem = Database::sqlError(m_query).message;
            else
                m_more = m_query.next();
        }

        bool next(Block &block) override
        {
            if (m_pending.empty() && m_more && m_problem.isEmpty())
                readRequest();
            if (m_pending.empty())
                return false;
            block = std::move(m_pending.front());
            m_pending.pop_front();
            return true;
        }
        QString problem() const override { return m_problem; }

    private:
        void readRequest()
        {
            const Builder &b = m_builder;
            const QSqlQuery &q = m_query;
            const RowId id = q.value(0).toLongLong();
            const QString reference = q.value(1).toString();
            const QString requester = q.value(2).toString();
            const QString types = b.typeLabels(q.value(3).toString());
            const QDate dueOn = toDate(q.value(9)), extended = toDate(q.value(10));
            QString handler = q.value(17).toString();
            if (handler.isEmpty())
                handler = q.value(18).toString();
            // What the list above does not say already (its dates and status
            // are there), on one line: a hundred thousand requests stay readable.
            QStringList facts{b.tr("requested by %1")
                                  .arg(requester.isEmpty() ? b.tr("(erased)") : requester),
                              b.label(CodeList::RequestChannel, q.value(5).toString())};
            auto fact = [&](const char *name, const QString &value) {
                if (!value.isEmpty())
                    facts << b.tr(name).arg(value);
            };
            fact(QT_TRANSLATE_NOOP("pc::reports::Registers", "letter dated %1"), b.day(toDate(q.value(8))));
            if (extended.isValid())
                facts << b.tr("deadline %1 extended to %2").arg(b.day(dueOn), b.day(extended));
            fact(QT_TRANSLATE_NOOP("pc::reports::Registers", "extended because: %1"), q.value(11).toString());
            fact(QT_TRANSLATE_NOOP("pc::reports::Registers", "identity document asked on %1"), b.day(toDate(q.value(12))));
            fact(QT_TRANSLATE_NOOP("pc::reports::Registers", "received on %1"), b.day(toDate(q.value(13))));
            fact(QT_TRANSLATE_NOOP("pc::reports::Registers", "outcome: %1"), q.value(15).toString());
            fact(QT_TRANSLATE_NOOP("pc::reports::Registers", "refused because: %1"), q.value(16).toString());
            fact(QT_TRANSLATE_NOOP("pc::reports::Registers", "handled by %1"), handler);

            // Its history, a line per step: when (UTC), the step, its note, by whom.
            Table history;
            history.zebra = false;
            history.header = false;
            history.columns = {{b.tr("History"), 1}};
            while (m_more && m_query.value(0).toLongLong() == id) {
                if (!m_query.value(20).isNull()) {
                    QStringList parts{b.minute(toDateTime(m_query.value(19))),
                                      RequestWorkflow::eventLabelIn(m_query.value(20).toString(), b.m_lang)};
                    for (int column : {21, 22}) {
                        if (const QString part = m_query.value(column).toString(); !part.isEmpty())
                            parts << part;
                    }
                    history.rows << QStringList{parts.join(QStringLiteral(" — "))};
                }
                m_more = m_query.next();
            }
            m_pending.push_back(Block{Heading{3, QStringLiteral("%1 — %2").arg(reference, types), false}});
            QString line = facts.join(QStringLiteral(" · "));
            line[0] = line.at(0).toUpper();
            m_pending.push_back(Block{Paragraph{line, Paragraph::Style::Compact}});
            if (!history.rows.isEmpty())
                m_pending.push_back(Block{std::move(history)});
        }

        const Builder &m_builder;
        QSqlQuery m_query;
        bool m_more = false;
        QString m_problem;
        std::deque<Block> m_pending;
    };

    // ---- Breaches (Art. 33(5)) -----------------------------------------------

    Status breaches(Report &report)
    {
        QString where = QStringLiteral("organization_id = ?");
        QVariantList bindings{m_org.id};
        if (m_request.from.isValid()) {
            where += QStringLiteral(" AND aware_at >= ?");
            bindings << dateTimeOrNull(QDateTime(m_request.from, QTime(0, 0), QTimeZone::utc()));
        }
        if (m_request.to.isValid()) {
            where += QStringLiteral(" AND aware_at < ?");
            bindings << dateTimeOrNull(QDateTime(m_request.to.addDays(1), QTime(0, 0), QTimeZone::utc()));
        }
        QSqlQuery query = m_db.prepare(
            QStringLiteral("SELECT reference, title, description, occurred_at, aware_at, notification_due_at, "
                           "authority_notified_at, subjects_notified_at, risk, status, data_categories, subjects_affected, "
                           "records_affected, consequences, measures, authority_reference FROM breaches WHERE %1 "
                           "ORDER BY aware_at, reference")
                .arg(where));
        for (const QVariant &b : bindings)
            query.addBindValue(b);
        if (!query.exec())
            return Database::sqlError(query);
        struct Row
        {
            QStringList v;
            QDateTime occurred, aware, due, notified, told;
            qint64 subjects = -1, records = -1;
        };
        QList<Row> rows;
        while (query.next()) {
            Row r;
            for (int i = 0; i < 16; ++i)
                r.v << query.value(i).toString();
            r.occurred = toDateTime(query.value(3));
            r.aware = toDateTime(query.value(4));
            r.due = toDateTime(query.value(5));
            r.notified = toDateTime(query.value(6));
            r.told = toDateTime(query.value(7));
            r.subjects = query.value(11).isNull() ? -1 : query.value(11).toLongLong();
            r.records = query.value(12).isNull() ? -1 : query.value(12).toLongLong();
            rows << r;
        }
        query.finish();
        cover(report, {{tr("Period"), periodText()}, {tr("Breaches recorded"), number(rows.size())}});
        report.heading(1, tr("Register of personal data breaches (Art. 33(5))"));
        report.paragraph(tr("Article 33(5): the facts of each breach, its effects and the remedial action taken, so that the "
                            "supervisory authority can verify compliance, whether or not the breach was notified."),
                         Paragraph::Style::Note);
        if (rows.isEmpty()) {
            report.paragraph(tr("No personal data breach is recorded for this period."),
                             Paragraph::Style::Emphasis);
            return success();
        }
        Table table;
        table.name = QStringLiteral("breaches");
        table.columns = {{tr("Reference"), 1.1},
                         {tr("Breach"), 2.4},
                         {tr("Became aware"), 1.4},
                         {tr("Risk"), 1.5},
                         {tr("Authority notified"), 1.6},
                         {tr("People told"), 1.3},
                         {tr("Status"), 0.9}};
        auto notifiedText = [&](const Row &r) {
            if (!r.notified.isValid())
                return r.v.at(8) == QLatin1String("none") ? tr("not required") : tr("not notified");
            const qint64 hours = r.aware.secsTo(r.notified) / 3600;
            return tr("%1 (%2 h after)").arg(moment(r.notified)).arg(hours);
        };
        for (const Row &r : std::as_const(rows))
            table.rows << QStringList{r.v.at(0), r.v.at(1), moment(r.aware), label(CodeList::BreachRisk, r.v.at(8)),
                                      notifiedText(r), r.told.isValid() ? moment(r.told) : QStringLiteral("—"),
                                      label(CodeList::BreachStatus, r.v.at(9))};
        report.table(std::move(table));
        for (const Row &r : std::as_const(rows)) {
            report.heading(2, QStringLiteral("%1 — %2").arg(r.v.at(0), r.v.at(1)));
            report.heading(3, tr("The facts"), false);
            report.fields({{tr("What happened"), r.v.at(2)},
                           {tr("When it happened"), moment(r.occurred)},
                           {tr("When it became known"), moment(r.aware)}});
            report.heading(3, tr("Its effects"), false);
            report.fields({{tr("Categories of data"), r.v.at(10)},
                           {tr("People affected"), r.subjects < 0 ? QString() : number(r.subjects)},
                           {tr("Records affected"), r.records < 0 ? QString() : number(r.records)},
                           {tr("Likely consequences"), r.v.at(13)},
                           {tr("Risk to rights and freedoms"), label(CodeList::BreachRisk, r.v.at(8))}});
            report.heading(3, tr("Remedial action and notification"), false);
            QString late;
            if (r.due.isValid() && ((r.notified.isValid() && r.notified > r.due) || (!r.notified.isValid() && r.v.at(8) != QLatin1String("none"))))
                late = tr("The notification was due by %1 (72 hours): the reasons for the delay must accompany it (Art. 33(1)).")
                           .arg(moment(r.due));
            report.fields({{tr("Measures taken or proposed"), r.v.at(14)},
                           {tr("Notified to the authority"), notifiedText(r)},
                           {tr("Authority's reference"), r.v.at(15)},
                           {tr("People told (Art. 34)"), r.told.isValid() ? moment(r.told) : tr("no")}});
            if (!late.isEmpty())
                report.paragraph(late, Paragraph::Style::Warning);
        }
        return success();
    }

    // ---- Retention schedule -----------------------------------------------

    Status retention(Report &report)
    {
        RegisterRepository registers(m_db);
        const auto rules = registers.retentionRules(m_org.id);
        if (!rules)
            return rules.error();
        const auto reach = retention::ruleReach(m_db, m_org.id);
        if (!reach)
            return reach.error();
        cover(report, {{tr("Retention rules"), number(rules->size())}});
        report.heading(1, tr("Retention schedule"));
        if (rules->isEmpty()) {
            report.paragraph(tr("This organization has no retention rule in the register."),
                             Paragraph::Style::Emphasis);
            return success();
        }
        // Where each rule applies: activities, and data categories.
        QHash<RowId, QStringList> appliesTo, dataOf;
        QSqlQuery where = m_db.prepare(QStringLiteral(
            "SELECT retention_rule_id, coalesce(reference || ' ', '') || name, 1 FROM processing_activities "
            "WHERE organization_id = ? AND retention_rule_id IS NOT NULL "
            "UNION ALL SELECT retention_rule_id, name, 2 FROM data_categories "
            "WHERE organization_id = ? AND retention_rule_id IS NOT NULL"));
        where.addBindValue(m_org.id);
        where.addBindValue(m_org.id);
        if (!where.exec())
            return Database::sqlError(where);
        while (where.next())
            (where.value(2).toInt() == 1 ? appliesTo : dataOf)[where.value(0).toLongLong()] << where.value(1).toString();
        where.finish();
        Table schedule;
        schedule.name = QStringLiteral("rules");
        schedule.columns = {{tr("Rule"), 1.8},
                            {tr("Period", "how long data are kept"), 0.9},
                            {tr("Counted from"), 1.5},
                            {tr("At the end"), 1.1},
                            {tr("Applies to"), 2},
                            {tr("As the policy says"), 2.6}};
        for (const RetentionRule &r : rules.value()) {
            QStringList activitiesOf = appliesTo.value(r.id), data = dataOf.value(r.id);
            activitiesOf.sort();
            data.sort();
            QStringList places;
            if (!activitiesOf.isEmpty())
                places << tr("Activities: %1").arg(activitiesOf.join(QStringLiteral("; ")));
            if (!data.isEmpty())
                places << tr("Data: %1").arg(data.join(QStringLiteral("; ")));
            schedule.rows << QStringList{r.name,
                                         QStringLiteral("%1 %2").arg(r.duration).arg(label(CodeList::RetentionUnit, r.unit)),
                                         r.triggerEvent == QLatin1String("custom") ? r.customTrigger : label(CodeList::RetentionTrigger, r.triggerEvent),
                                         label(CodeList::RetentionOutcome, r.outcome),
                                         places.join(QLatin1Char('\n')),
                                         r.justification};
        }
        report.table(std::move(schedule));

        report.heading(1, tr("Upcoming purges"));
        report.paragraph(tr("For each rule, the people of the register whose period has ended or will end, counted on %1 "
                            "from the date the rule counts from; those under a legal hold are kept until it is lifted.")
                             .arg(documents::longDate(m_request.asOf, m_lang)),
                         Paragraph::Style::Note);
        Table upcoming;
        upcoming.name = QStringLiteral("upcoming");
        upcoming.columns = {{tr("Rule"), 2.2},
                            {tr("Ended"), 1, Alignment::Right},
                            {tr("Within 30 days"), 1, Alignment::Right},
                            {tr("Within 90 days"), 1, Alignment::Right},
                            {tr("Within a year"), 1, Alignment::Right},
                            {tr("Under a legal hold"), 1.1, Alignment::Right}};
        QList<std::pair<QString, QList<qint64>>> bars;
        const QDate today = m_request.asOf;
        for (const retention::RuleReach &r : reach.value()) {
            if (r.column.isEmpty() || r.categories.isEmpty()) {
                upcoming.rows << QStringList{r.rule.name, tr("not dated in the register"),
                                             QString(), QString(), QString(), QString()};
                continue;
            }
            QStringList marks;
            QVariantList categories;
            for (RowId c : r.categories) {
                marks << QStringLiteral("?");
                categories << c;
            }
            QList<qint64> counts;
            for (const QDate &until : {today.addDays(-1), today.addDays(30), today.addDays(90), today.addYears(1)}) {
                const QDate cutoff = retention::lastTriggerEndingBy(until, r.rule.duration, r.rule.unit);
                QSqlQuery count = m_db.prepare(QStringLiteral("SELECT count(*) FROM data_subjects s WHERE s.category_id IN (%1) AND s.%2 <= ?")
                                                   .arg(marks.join(QLatin1Char(',')), r.column));
                for (const QVariant &c : categories)
                    count.addBindValue(c);
                count.addBindValue(dateOrNull(cutoff));
                if (!count.exec() || !count.next())
                    return Database::sqlError(count);
                counts << count.value(0).toLongLong();
            }
            const QDate yearCutoff = retention::lastTriggerEndingBy(today.addYears(1), r.rule.duration, r.rule.unit);
            QSqlQuery held = m_db.prepare(
                QStringLiteral("SELECT count(*) FROM data_subjects s WHERE s.category_id IN (%1) AND s.%2 <= ? AND EXISTS "
                               "(SELECT 1 FROM legal_holds h WHERE h.subject_id = s.id AND h.lifted_on IS NULL)")
                    .arg(marks.join(QLatin1Char(',')), r.column));
            for (const QVariant &c : categories)
                held.addBindValue(c);
            held.addBindValue(dateOrNull(yearCutoff));
            if (!held.exec() || !held.next())
                return Database::sqlError(held);
            upcoming.rows << QStringList{r.rule.name, number(counts.at(0)), number(counts.at(1) - counts.at(0)),
                                         number(counts.at(2) - counts.at(0)), number(counts.at(3) - counts.at(0)),
                                         number(held.value(0).toLongLong())};
            bars.append({r.rule.name, {counts.at(0), counts.at(1) - counts.at(0), counts.at(3) - counts.at(1)}});
        }
        report.table(std::move(upcoming));
        if (!bars.isEmpty()) {
            report.chart(stackedBars(bars,
                                     {tr("ended"), tr("within 30 days"),
                                      tr("from 30 days to a year")},
                                     {QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x9a, 0x1a), QColor(0x54, 0x7a, 0xa5)},
                                     m_locale));
        }

        report.heading(1, tr("Purges carried out"));
        QSqlQuery runs = m_db.prepare(QStringLiteral(
            "SELECT performed_at, performed_by, due_until, subjects, rows_affected, held FROM purge_runs "
            "WHERE organization_id = ? OR organization_id IS NULL ORDER BY performed_at DESC"));
        runs.addBindValue(m_org.id);
        if (!runs.exec())
            return Database::sqlError(runs);
        Table done;
        done.name = QStringLiteral("purges");
        done.columns = {{tr("When"), 1.6},
                        {tr("By"), 1},
                        {tr("Periods ended by"), 1.3},
                        {tr("People"), 1, Alignment::Right},
                        {tr("Rows"), 1, Alignment::Right},
                        {tr("Kept under a hold"), 1.1, Alignment::Right}};
        while (runs.next())
            done.rows << QStringList{moment(toDateTime(runs.value(0))), runs.value(1).toString(), day(toDate(runs.value(2))),
                                     number(runs.value(3).toLongLong()), number(runs.value(4).toLongLong()),
                                     number(runs.value(5).toLongLong())};
        if (done.rows.isEmpty())
            report.paragraph(tr("No purge has been run yet."));
        else
            report.table(std::move(done));
        return success();
    }

    // ---- Consent statistics -------------------------------------------------

    Status consents(Report &report)
    {
        const auto counts = consent::purposeCounts(m_db, m_request.asOf, m_org.id);
        if (!counts)
            return counts.error();
        cover(report, {{tr("Consent purposes"), number(counts->size())},
                       {tr("Period of the events"), periodText()}});
        report.heading(1, tr("Consent per purpose"));
        if (counts->isEmpty()) {
            report.paragraph(tr("This organization asks for no consent: no purpose is recorded."),
                             Paragraph::Style::Emphasis);
            return success();
        }
        report.paragraph(tr("Each person's current state per purpose is the latest event of their history. "
                            "“Lapsed” consents were given longer ago than the purpose's period and are due to be renewed."),
                         Paragraph::Style::Note);
        Table table;
        table.name = QStringLiteral("purposes");
        table.columns = {{tr("Purpose"), 2.4},
                         {tr("Lapses after"), 1.1},
                         {tr("Given"), 1, Alignment::Right},
                         {tr("Lapsed"), 1, Alignment::Right},
                         {tr("Withdrawn"), 1.2, Alignment::Right},
                         {tr("Refused"), 1.1, Alignment::Right},
                         {tr("Expired"), 1.1, Alignment::Right},
                         {tr("Consent rate"), 1.4, Alignment::Right}};
        QList<std::pair<QString, QList<qint64>>> bars;
        for (const consent::PurposeCounts &c : counts.value()) {
            table.rows << QStringList{c.name,
                                      c.expiryMonths > 0 ? tr("%n month(s)", nullptr, c.expiryMonths) : tr("never"),
                                      number(c.given), number(c.lapsed), number(c.withdrawn), number(c.refused),
                                      number(c.expired), percent(c.given, c.decided())};
            bars.append({c.name, {c.given - c.lapsed, c.lapsed, c.withdrawn, c.refused, c.expired}});
        }
        report.table(std::move(table));
        report.chart(stackedBars(bars,
                                 {tr("given"), tr("lapsed"), tr("withdrawn"),
                                  tr("refused"), tr("expired")},
                                 {QColor(0x2e, 0x7d, 0x32), QColor(0xa5, 0xd6, 0xa7), QColor(0xc6, 0x28, 0x28),
                                  QColor(0xef, 0x9a, 0x1a), QColor(0x9e, 0x9e, 0x9e)},
                                 m_locale));

        report.heading(1, tr("Events of the period"));
        QString where = QStringLiteral("p.organization_id = ?");
        QVariantList bindings{m_org.id};
        if (m_request.from.isValid()) {
            where += QStringLiteral(" AND e.occurred_at >= ?");
            bindings << dateTimeOrNull(QDateTime(m_request.from, QTime(0, 0), QTimeZone::utc()));
        }
        if (m_request.to.isValid()) {
            where += QStringLiteral(" AND e.occurred_at < ?");
            bindings << dateTimeOrNull(QDateTime(m_request.to.addDays(1), QTime(0, 0), QTimeZone::utc()));
        }
        QSqlQuery events = m_db.prepare(QStringLiteral(
            "SELECT p.name, e.event, count(*) FROM consent_events e JOIN consent_purposes p ON p.id = e.purpose_id "
            "WHERE %1 GROUP BY p.name, e.event ORDER BY p.name, e.event").arg(where));
        for (const QVariant &b : bindings)
            events.addBindValue(b);
        if (!events.exec())
            return Database::sqlError(events);
        QMap<QString, QHash<QString, qint64>> perPurpose;
        while (events.next())
            perPurpose[events.value(0).toString()][events.value(1).toString()] = events.value(2).toLongLong();
        events.finish();
        Table period;
        period.name = QStringLiteral("events");
        period.columns = {{tr("Purpose"), 2.6},
                          {tr("Given"), 1, Alignment::Right},
                          {tr("Withdrawn"), 1, Alignment::Right},
                          {tr("Refused"), 1, Alignment::Right},
                          {tr("Expired"), 1, Alignment::Right}};
        for (auto it = perPurpose.cbegin(); it != perPurpose.cend(); ++it) {
            period.rows << QStringList{it.key(), number(it->value(QStringLiteral("given"))),
                                       number(it->value(QStringLiteral("withdrawn"))), number(it->value(QStringLiteral("refused"))),
                                       number(it->value(QStringLiteral("expired")))};
        }
        report.paragraph(tr("Consent events recorded for %1.").arg(periodText()), Paragraph::Style::Note);
        if (period.rows.isEmpty())
            report.paragraph(tr("No consent event in this period."));
        else
            report.table(std::move(period));

        report.heading(1, tr("Privacy policy versions"));
        QSqlQuery versions = m_db.prepare(QStringLiteral(
            "SELECT version_label, effective_on, changes_contact_use, url FROM privacy_policies WHERE organization_id = ? "
            "ORDER BY effective_on, version_label"));
        versions.addBindValue(m_org.id);
        if (!versions.exec())
            return Database::sqlError(versions);
        Table policies;
        policies.name = QStringLiteral("policies");
        policies.columns = {{tr("Version"), 1},
                            {tr("In effect from"), 1.2},
                            {tr("Changes how contact details are used"), 1.4},
                            {tr("Address"), 2.4}};
        while (versions.next())
            policies.rows << QStringList{versions.value(0).toString(), day(toDate(versions.value(1))),
                                         yesNo(versions.value(2).toBool()), versions.value(3).toString()};
        if (policies.rows.isEmpty())
            report.paragraph(tr("No version of the privacy policy is recorded."));
        else
            report.table(std::move(policies));
        return success();
    }

    Database &m_db;
    const ReportRequest m_request;
    DocumentLanguage m_language;
    QString m_lang;
    QLocale m_locale;
    Organization m_org;
    QString m_law;
    QString m_authority;
};

} // namespace

QString kindCode(ReportKind kind)
{
    return QString::fromLatin1(kCodes[int(kind)]);
}

std::optional<ReportKind> kindFromCode(const QString &code)
{
    for (ReportKind kind : allKinds()) {
        if (kindCode(kind) == code.trimmed().toLower())
            return kind;
    }
    return std::nullopt;
}

const QList<ReportKind> &allKinds()
{
    static const QList<ReportKind> kinds{ReportKind::Activities, ReportKind::Processors, ReportKind::Requests,
                                         ReportKind::Breaches,   ReportKind::Retention,  ReportKind::Consents};
    return kinds;
}

QString kindTitle(ReportKind kind, const QString &language)
{
    const DocumentLanguage document(language);
    switch (kind) {
    case ReportKind::Activities:
        return document.translate("pc::reports::Registers", "Record of processing activities");
    case ReportKind::Processors:
        return document.translate("pc::reports::Registers", "Register of processors");
    case ReportKind::Requests:
        return document.translate("pc::reports::Registers", "Register of rights requests");
    case ReportKind::Breaches:
        return document.translate("pc::reports::Registers", "Register of personal data breaches");
    case ReportKind::Retention:
        return document.translate("pc::reports::Registers", "Retention schedule", "the title of the report");
    case ReportKind::Consents:
        return document.translate("pc::reports::Registers", "Consent statistics");
    }
    return {};
}

bool takesPeriod(ReportKind kind)
{
    return kind == ReportKind::Requests || kind == ReportKind::Breaches || kind == ReportKind::Consents;
}

Result<Report> buildReport(Database &db, const ReportRequest &request)
{
    if (request.from.isValid() && request.to.isValid() && request.from > request.to)
        return Error{RegistersText::tr("The period ends before it starts.")};
    if (!request.status.isEmpty() && request.status != QLatin1String("open") && request.status != QLatin1String("closed")
        && !codes::isValid(CodeList::RequestStatus, request.status)) {
        return Error{RegistersText::tr("“%1” is not a request status.").arg(request.status)};
    }
    return std::make_shared<Builder>(db, request)->build();
}

Status inSnapshot(Database &db, const std::function<Status()> &work)
{
    // SQLite in WAL mode keeps the snapshot of a transaction's first read; a
    // PostgreSQL server one of repeatable read.
    const QString begin = db.isPostgresql() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                            : QStringLiteral("BEGIN");
    QSqlQuery start(db.connection());
    if (!start.exec(begin))
        return Database::sqlError(start);
    const Status done = work();
    QSqlQuery end(db.connection());
    (void)end.exec(QStringLiteral("COMMIT"));
    return done;
}

} // namespace pc::reports
