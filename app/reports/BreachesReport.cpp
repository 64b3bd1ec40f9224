#include "RegisterBuilder.h"

#include "breaches/BreachNotice.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"


namespace pc::reports {
namespace {

// The breaches of a period, as Article 33(5) asks them to be documented.
class BreachesReport final : public RegisterBuilder
{
    PC_DOCUMENT_TR_FUNCTIONS(pc::reports::Registers)

public:
    using RegisterBuilder::RegisterBuilder;

private:
    Status content(Report &report) override
    {
        CaseRepository cases(m_db);
        const Result<QList<Breach>> all = cases.breaches(m_org.id);
        if (!all)
            return all.error();
        QList<Breach> rows;
        for (const Breach &b : all.value()) {
            const QDate aware = b.awareAt.toUTC().date();
            if ((m_request.from.isValid() && aware < m_request.from) || (m_request.to.isValid() && aware > m_request.to))
                continue;
            rows << b;
        }
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
        QStringList references;
        for (const Breach &b : std::as_const(rows))
            references << b.reference;
        table.columns = {{tr("Reference"), 1.1, Alignment::Left, references},
                         {tr("Breach"), 2.4},
                         {tr("Became aware"), 1.4},
                         {tr("Risk"), 1.5, Alignment::Left, {}, labels(CodeList::BreachRisk)},
                         {tr("Authority notified"), 1.6},
                         {tr("People told"), 1.3},
                         {tr("Status"), 0.9, Alignment::Left, {}, labels(CodeList::BreachStatus)}};
        auto notifiedText = [&](const Breach &b) {
            if (!b.authorityNotifiedAt.isValid()) {
                if (!b.noNotificationReason.trimmed().isEmpty())
                    return tr("not notified: unlikely to result in a risk");
                return b.notificationDueAt.isValid() ? tr("not notified") : tr("no duty to notify");
            }
            const qint64 hours = b.awareAt.secsTo(b.authorityNotifiedAt) / 3600;
            return tr("%1 (%2 h after)").arg(moment(b.authorityNotifiedAt)).arg(hours);
        };
        for (const Breach &b : std::as_const(rows))
            table.rows << QStringList{b.reference, b.title, moment(b.awareAt), label(CodeList::BreachRisk, b.risk),
                                      notifiedText(b), b.subjectsNotifiedAt.isValid() ? moment(b.subjectsNotifiedAt) : QStringLiteral("—"),
                                      label(CodeList::BreachStatus, b.status)};
        report.table(std::move(table));
        for (const Breach &b : std::as_const(rows)) {
            const Result<QList<BreachNotification>> sent = cases.breachNotifications(b.id);
            const Result<QList<BreachInformed>> told = cases.breachInformed(b.id);
            const Result<QList<Attachment>> evidence = cases.breachAttachments(b.id);
            if (!sent || !told || !evidence)
                return !sent ? sent.error() : !told ? told.error() : evidence.error();
            QStringList natures;
            for (const QString &code : b.nature)
                natures << label(CodeList::BreachNature, code);
            // What the record says; an item it leaves blank is left out when optional.
            const auto said = [](QList<std::pair<QString, QString>> items, const QStringList &optional) {
                items.erase(std::remove_if(items.begin(), items.end(),
                                           [&](const auto &item) {
                                               return optional.contains(item.first) && item.second.trimmed().isEmpty();
                                           }),
                            items.end());
                return items;
            };
            report.heading(2, QStringLiteral("%1 — %2").arg(b.reference, b.title));
            report.heading(3, tr("The facts"), false);
            report.fields(said({{tr("What happened"), b.description},
                                {tr("Nature of the breach"), natures.join(QStringLiteral(", "))},
                                {tr("How it happened"), b.cause},
                                {tr("When it happened"), moment(b.occurredAt)},
                                {tr("When it became known"), moment(b.awareAt)},
                                {tr("When it was contained"), moment(b.containedAt)},
                                {tr("Closed"), moment(b.closedAt)}},
                               {tr("How it happened"), tr("Closed")}));
            report.heading(3, tr("Its effects"), false);
            report.fields(said({{tr("Categories of data"), b.dataCategories},
                           {tr("Records affected"), b.recordsAffected > 0 ? number(b.recordsAffected) : QString()},
                           {tr("Categories of people"), b.subjectCategories},
                           {tr("People affected"), b.subjectsAffected > 0 ? number(b.subjectsAffected) : QString()},
                           {tr("Likely consequences"), b.consequences},
                           {tr("Risk to rights and freedoms"), label(CodeList::BreachRisk, b.risk)}},
                               {tr("Categories of people")}));
            report.heading(3, tr("Remedial action and notification"), false);
            QStringList notifications;
            for (const BreachNotification &n : sent.value()) {
                QString line = tr("%1, %2 (by %3)").arg(label(CodeList::NoticePhase, n.phase), moment(n.sentAt), n.sentBy);
                if (!n.additions.trimmed().isEmpty())
                    line += QStringLiteral(": ") + n.additions.trimmed();
                notifications << line;
            }
            QString toldText = tr("no");
            if (!told->isEmpty()) {
                QStringList parts;
                for (const auto &[code, count] : breaches::toldByChannel(told.value()))
                    parts << QStringLiteral("%1 × %2").arg(number(count), label(CodeList::InformChannel, code));
                toldText = tr("%1 people from %2: %3")
                               .arg(number(told->size()), moment(told->first().informedAt), parts.join(QStringLiteral(", ")));
            } else if (b.subjectsNotifiedAt.isValid()) {
                toldText = moment(b.subjectsNotifiedAt);
            }
            QStringList documents;
            for (const Attachment &a : evidence.value())
                documents << QStringLiteral("%1 (SHA-256 %2)").arg(a.fileName, a.sha256.left(16));
            report.fields(said({{tr("Measures taken or proposed"), b.measures},
                           {tr("Notified to the authority"), notifiedText(b)},
                           {tr("Why it was not notified (Art. 33(1))"), b.noNotificationReason},
                           {tr("Notifications sent"), notifications.join(QLatin1Char('\n'))},
                           {tr("Reasons for the delay"), b.delayReason},
                           {tr("Authority's reference"), b.authorityReference},
                           {tr("People told (Art. 34)"), toldText},
                           {tr("Why the people were not told (Art. 34(3))"), b.notInformedReason},
                           {tr("Evidence"), documents.join(QLatin1Char('\n'))}},
                               {tr("Why it was not notified (Art. 33(1))"), tr("Notifications sent"), tr("Reasons for the delay"),
                                tr("Why the people were not told (Art. 34(3))"), tr("Evidence")}));
            const bool late = b.notificationDueAt.isValid()
                              && ((b.authorityNotifiedAt.isValid() && b.authorityNotifiedAt > b.notificationDueAt)
                                  || (!b.authorityNotifiedAt.isValid() && b.noNotificationReason.trimmed().isEmpty()
                                      && b.status != QLatin1String("closed")));
            if (late && b.delayReason.trimmed().isEmpty()) {
                report.paragraph(tr("The notification was due by %1: the reasons for the delay must accompany it (Art. 33(1)).")
                                     .arg(moment(b.notificationDueAt)),
                                 Paragraph::Style::Warning);
            }
        }
        return success();
    }
};

} // namespace

std::shared_ptr<RegisterBuilder> breachesReport(Database &db, const ReportRequest &request)
{
    return std::make_shared<BreachesReport>(db, request);
}

} // namespace pc::reports
