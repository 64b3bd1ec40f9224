#include "RegisterBuilder.h"

#include "documents/DocumentText.h"
#include "storage/Database.h"
#include "storage/RegisterRepository.h"
#include "storage/SqlRow.h"

#include <QHash>

namespace pc::reports {
namespace {

// The record of processing activities (GDPR Art. 30(1), and Art. 30(2) for
// the work done as a processor).
class ActivitiesReport final : public RegisterBuilder
{
    PC_DOCUMENT_TR_FUNCTIONS(pc::reports::Registers)

public:
    using RegisterBuilder::RegisterBuilder;

private:
    Status content(Report &report) override;
    Status load();
    // The cover's details, then the controller (Art. 30(1)(a)).
    void opening(Report &report);
    void summaryTable(Report &report) const;
    // Everything Article 30 asks of one activity.
    void section(Report &report, const ProcessingActivity &a, bool asProcessor) const;
    void generalPart(Report &report, const ProcessingActivity &a, bool asProcessor) const;
    void purposesPart(Report &report, const ProcessingActivity &a) const;
    void peoplePart(Report &report, const ProcessingActivity &a) const;
    void recipientsPart(Report &report, const ProcessingActivity &a) const;
    void transfersPart(Report &report, const ProcessingActivity &a) const;
    void keepingPart(Report &report, const ProcessingActivity &a) const;
    void securityPart(Report &report, const ProcessingActivity &a) const;
    QString ruleText(const RetentionRule &rule) const;

    QList<ProcessingActivity> m_activities;
    QList<DataCategory> m_dataCategories;
    QList<RetentionRule> m_rules;
    QHash<RowId, QString> m_subjectNames, m_processorNames;
    QHash<RowId, const DataCategory *> m_dataById;
    QHash<RowId, const RetentionRule *> m_ruleById;
};

Status ActivitiesReport::load()
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
    m_activities = activities.value();
    m_dataCategories = dataCategories.value();
    m_rules = rules.value();
    for (const SubjectCategory &c : subjectCategories.value())
        m_subjectNames.insert(c.id, c.name);
    for (const DataCategory &c : std::as_const(m_dataCategories))
        m_dataById.insert(c.id, &c);
    for (const RetentionRule &r : std::as_const(m_rules))
        m_ruleById.insert(r.id, &r);
    for (const Processor &p : processors.value())
        m_processorNames.insert(p.id, p.name);
    return success();
}

void ActivitiesReport::opening(Report &report)
{
    QDate lastChange;
    QSqlQuery changed = m_db.prepare(QStringLiteral(
        "SELECT max(updated_at) AS last_change FROM processing_activities WHERE organization_id = ?"));
    changed.addBindValue(m_org.id);
    const SqlRow row(changed);
    if (changed.exec() && changed.next())
        lastChange = row.dateTime("last_change").toUTC().date();
    changed.finish();
    int approved = 0;
    for (const ProcessingActivity &a : std::as_const(m_activities))
        approved += a.status == QLatin1String("approved") ? 1 : 0;
    cover(report, {{tr("Version"),
                    lastChange.isValid()
                        ? tr("register as it stood on %1, last changed on %2")
                              .arg(documents::longDate(m_request.asOf, m_lang), documents::longDate(lastChange, m_lang))
                        : tr("register as it stood on %1").arg(documents::longDate(m_request.asOf, m_lang))},
                   {tr("Processing activities"),
                    tr("%1, of which %2 approved").arg(number(m_activities.size()), number(approved))}});
    // Kept as Article 30 of the GDPR lays it out, under the organization's own law.
    report.cover.subtitle = m_law.isEmpty() ? tr("GDPR Article 30") : m_law;

    report.heading(1, tr("The controller"));
    report.paragraph(tr("Article 30(1)(a): the name and contact details of the controller and, where applicable, of the "
                        "joint controller, the controller's representative and the data protection officer."),
                     Paragraph::Style::Note);
    report.fields(controllerItems());
}

Status ActivitiesReport::content(Report &report)
{
    if (const Status loaded = load(); !loaded)
        return loaded;
    opening(report);

    if (m_activities.isEmpty()) {
        report.heading(1, tr("Processing activities"));
        report.paragraph(tr("This organization has no processing activity in the register yet: there is nothing to "
                            "list under Article 30."),
                         Paragraph::Style::Emphasis);
        return success();
    }
    summaryTable(report);

    QList<const ProcessingActivity *> own, onBehalf;
    for (const ProcessingActivity &a : std::as_const(m_activities))
        (a.controllerRole == QLatin1String("processor") ? onBehalf : own) << &a;
    if (!own.isEmpty()) {
        report.heading(1, tr("Processing activities (Art. 30(1))"));
        for (const ProcessingActivity *a : std::as_const(own))
            section(report, *a, false);
    }
    if (!onBehalf.isEmpty() || m_org.actsAsProcessor) {
        report.heading(1, tr("Processing carried out as a processor (Art. 30(2))"));
        report.paragraph(tr("Article 30(2): the categories of processing carried out on behalf of each controller, "
                            "the transfers to third countries and the security measures."),
                         Paragraph::Style::Note);
        if (onBehalf.isEmpty())
            report.paragraph(tr("No processing on behalf of a client is recorded."));
        for (const ProcessingActivity *a : std::as_const(onBehalf))
            section(report, *a, true);
    }
    return success();
}

void ActivitiesReport::summaryTable(Report &report) const
{
    report.heading(1, tr("Summary of the processing activities"));
    Table summary;
    summary.name = QStringLiteral("activities");
    QStringList references;
    for (const ProcessingActivity &a : std::as_const(m_activities))
        references << a.reference;
    summary.columns = {{tr("Ref."), 1.1, Alignment::Left, references},
                       {tr("Processing activity"), 2.2},
                       {tr("Purposes"), 3},
                       {tr("Legal bases"), 2},
                       {tr("Role"), 1.7},
                       {tr("DPIA"), 1.1},
                       {tr("Status"), 1.2}};
    for (const ProcessingActivity &a : std::as_const(m_activities)) {
        QStringList purposes, bases;
        for (const Purpose &p : a.purposes) {
            purposes << p.description;
            const QString basis = p.legalBasis.isEmpty() ? tr("to be determined") : label(CodeList::LegalBasis, p.legalBasis);
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
}

void ActivitiesReport::section(Report &report, const ProcessingActivity &a, bool asProcessor) const
{
    generalPart(report, a, asProcessor);
    purposesPart(report, a);
    peoplePart(report, a);
    recipientsPart(report, a);
    transfersPart(report, a);
    keepingPart(report, a);
    securityPart(report, a);
}

// Its heading, what it is, for whom, its status and where its data come from.
void ActivitiesReport::generalPart(Report &report, const ProcessingActivity &a, bool asProcessor) const
{
    report.heading(2, a.reference.isEmpty() ? a.name : QStringLiteral("%1 — %2").arg(a.reference, a.name));
    QList<std::pair<QString, QString>> general{
        {tr("Description"), a.description},
        {tr("Role of the organization"), label(CodeList::ControllerRole, a.controllerRole)},
    };
    if (asProcessor)
        general.append({tr("Controller on whose behalf it is done"), a.clientName});
    if (!a.jointControllers.isEmpty())
        general.append({tr("Joint controllers"), a.jointControllers});
    general.append({tr("Status"),
                    a.status == QLatin1String("approved") && a.approvedOn.isValid()
                        ? tr("approved on %1").arg(day(a.approvedOn))
                        : label(CodeList::ActivityStatus, a.status)});
    general.append({tr("Source of the data"), a.dataSource});
    report.fields(general);
}

// Art. 30(1)(b).
void ActivitiesReport::purposesPart(Report &report, const ProcessingActivity &a) const
{
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
            purposes.rows << QStringList{p.description,
                                         p.legalBasis.isEmpty() ? tr("to be determined") : label(CodeList::LegalBasis, p.legalBasis),
                                         detail.join(QStringLiteral("; "))};
        }
        report.table(std::move(purposes));
    }
}

// Art. 30(1)(c).
void ActivitiesReport::peoplePart(Report &report, const ProcessingActivity &a) const
{
    report.heading(3, tr("Data subjects and personal data — Art. 30(1)(c)"), false);
    QStringList people, data, special;
    for (RowId id : a.subjectCategoryIds)
        people << m_subjectNames.value(id);
    for (RowId id : a.dataCategoryIds) {
        if (const DataCategory *c = m_dataById.value(id)) {
            const QString detail = a.dataCategoryUses.value(id).detail;
            data << (detail.isEmpty() ? c->name : tr("%1 (%2)").arg(c->name, detail));
            if (c->specialCategory)
                special << c->name;
        }
    }
    report.fields({{tr("Categories of data subjects"), people.join(QStringLiteral("; "))},
                   {tr("Categories of personal data"), data.join(QStringLiteral("; "))},
                   {tr("Special categories (Art. 9)"),
                    special.isEmpty() ? tr("none") : special.join(QStringLiteral("; "))}});
}

// Art. 30(1)(d): its recipients, and the processors it uses that are not among them.
void ActivitiesReport::recipientsPart(Report &report, const ProcessingActivity &a) const
{
    report.heading(3, tr("Recipients — Art. 30(1)(d)"), false);
    QStringList processorList;
    for (RowId id : a.processorIds)
        processorList << m_processorNames.value(id);
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
}

// Art. 30(1)(e).
void ActivitiesReport::transfersPart(Report &report, const ProcessingActivity &a) const
{
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
            const QString recipient = x.recipient.isEmpty() ? m_processorNames.value(x.processorId) : x.recipient;
            transfers.rows << QStringList{x.country, recipient, label(CodeList::TransferSafeguard, x.safeguard),
                                          x.safeguardReference};
        }
        report.table(std::move(transfers));
    }
}

// Art. 30(1)(f).
void ActivitiesReport::keepingPart(Report &report, const ProcessingActivity &a) const
{
    report.heading(3, tr("Time limits for erasure — Art. 30(1)(f)"), false);
    // The activity's rule, then the data categories kept otherwise,
    // those under the same rule together.
    QList<std::pair<QString, QString>> keep;
    if (const RetentionRule *rule = m_ruleById.value(a.retentionRuleId))
        keep.append({rule->name, ruleText(*rule)});
    QList<RowId> otherRules;
    QHash<RowId, QStringList> categoriesOf;
    QList<std::pair<QString, QString>> writtenOnly;
    for (RowId id : a.dataCategoryIds) {
        const DataCategory *c = m_dataById.value(id);
        if (!c)
            continue;
        // The activity's own rule for the category, else the category's.
        const DataCategoryUse use = a.dataCategoryUses.value(id);
        const RowId ruleId = use.retentionRuleId > 0 ? use.retentionRuleId : c->retentionRuleId;
        if (ruleId <= 0) {
            if (!use.retention.isEmpty())
                writtenOnly.append({c->name, use.retention});
            continue;
        }
        if (ruleId == a.retentionRuleId)
            continue;
        if (!otherRules.contains(ruleId))
            otherRules << ruleId;
        categoriesOf[ruleId] << c->name;
    }
    for (RowId ruleId : std::as_const(otherRules)) {
        if (const RetentionRule *rule = m_ruleById.value(ruleId))
            keep.append({categoriesOf.value(ruleId).join(QStringLiteral("; ")), ruleText(*rule)});
    }
    keep.append(writtenOnly);
    if (!a.retentionNote.isEmpty())
        keep.append({tr("Note"), a.retentionNote});
    if (keep.isEmpty())
        report.paragraph(tr("No retention period recorded."), Paragraph::Style::Warning);
    else
        report.fields(keep);
}

// Art. 30(1)(g) and 32(1).
void ActivitiesReport::securityPart(Report &report, const ProcessingActivity &a) const
{
    report.heading(3, tr("Security measures — Art. 30(1)(g) and 32(1)"), false);
    report.paragraph(a.securityMeasures.isEmpty() ? tr("No security measure described.") : a.securityMeasures,
                     a.securityMeasures.isEmpty() ? Paragraph::Style::Warning : Paragraph::Style::Body);
    report.fields({{tr("Data protection impact assessment"),
                    a.dpiaRequired ? (a.dpiaDoneOn.isValid() ? tr("required, carried out on %1").arg(day(a.dpiaDoneOn))
                                                             : tr("required, not yet carried out"))
                                   : tr("not required")}});
}

QString ActivitiesReport::ruleText(const RetentionRule &rule) const
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

} // namespace

std::shared_ptr<RegisterBuilder> activitiesReport(Database &db, const ReportRequest &request)
{
    return std::make_shared<ActivitiesReport>(db, request);
}

} // namespace pc::reports
