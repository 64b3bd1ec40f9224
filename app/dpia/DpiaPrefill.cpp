#include "DpiaPrefill.h"

#include "core/Countries.h"
#include "core/Dates.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include "domain/Codes.h"
#include "exchange/RegisterContent.h"

namespace pc::dpia {
namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString list(const QStringList &items)
{
    if (items.isEmpty())
        return QString();
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item);
    return html + QStringLiteral("</ul>");
}

} // namespace

DpiaPrefill::DpiaPrefill(const DocumentLanguage &language) : m_language(language) {}

Result<Dpia> DpiaPrefill::start(Database &db, RowId activityId) const
{
    RowId organizationId = 0;
    {
        QSqlQuery query = db.prepare(QStringLiteral("SELECT organization_id FROM processing_activities WHERE id = ?"));
        query.addBindValue(activityId);
        if (!query.exec() || !query.next())
            return Error{tr("There is no processing activity %1.").arg(activityId)};
        organizationId = query.value(0).toLongLong();
    }
    const Result<exchange::RegisterContent> content = exchange::RegisterContent::read(db, organizationId);
    if (!content)
        return content.error();
    const ProcessingActivity *activity = nullptr;
    for (const ProcessingActivity &a : content->activities) {
        if (a.id == activityId)
            activity = &a;
    }
    if (!activity)
        return Error{tr("There is no processing activity %1.").arg(activityId)};
    const QString language = m_language.code();
    const Organization &org = content->organization;

    Dpia dpia;
    dpia.organizationId = organizationId;
    dpia.activityIds = {activityId};
    dpia.name = activity->name;
    dpia.dpoNames = org.dpoName;
    auto answer = [&](int question, const QString &html) {
        if (html.trimmed().isEmpty())
            return;
        DpiaAnswer a;
        a.questionId = question;
        a.text = html;
        a.gauge = 0;
        dpia.answers << a;
    };

    QStringList purposes, bases;
    for (const Purpose &p : activity->purposes) {
        purposes << escaped(p.description);
        bases << tr("%1: %2").arg(escaped(p.description),
                                  p.legalBasis.isEmpty() ? tr("legal basis to choose")
                                                         : escaped(codes::labelIn(CodeList::LegalBasis, p.legalBasis, language)));
    }
    answer(111, (activity->description.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(escaped(activity->description)))
                    + (purposes.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(tr("Purposes:")) + list(purposes)));

    QStringList responsible;
    responsible << tr("Controller: %1").arg(escaped(org.legalName.isEmpty() ? org.name : org.legalName));
    if (!activity->jointControllers.isEmpty())
        responsible << tr("Joint controllers: %1").arg(escaped(activity->jointControllers));
    if (!org.dpoName.isEmpty())
        responsible << tr("Data protection officer: %1").arg(escaped(QStringList{org.dpoName, org.dpoEmail}.join(QStringLiteral(", "))));
    QStringList processors;
    for (const RowId id : activity->processorIds)
        processors << escaped(content->processorName(id));
    if (!processors.isEmpty())
        responsible << tr("Processors: %1").arg(processors.join(QStringLiteral(", ")));
    answer(112, list(responsible));

    QStringList data, periods;
    for (const RowId id : activity->dataCategoryIds) {
        const DataCategory *category = content->dataCategory(id);
        if (!category)
            continue;
        const DataCategoryUse use = activity->dataCategoryUses.value(id);
        QString line = QStringLiteral("<strong>%1</strong>").arg(escaped(category->name));
        if (!use.detail.isEmpty())
            line += QStringLiteral(": ") + escaped(use.detail);
        else if (!category->description.isEmpty())
            line += QStringLiteral(": ") + escaped(category->description);
        if (category->specialCategory)
            line += QStringLiteral(" (%1)").arg(tr("special category"));
        data << line;
        const QString period = content->periodOf(*activity, *category, m_language);
        if (!period.isEmpty())
            periods << tr("%1: %2").arg(escaped(category->name), escaped(period));
    }
    QStringList recipients;
    for (const Recipient &r : activity->recipients)
        recipients << escaped(r.name);
    answer(121, list(data) + (recipients.isEmpty() ? QString()
                                                  : QStringLiteral("<p>%1</p>").arg(tr("Recipients: %1").arg(recipients.join(QStringLiteral(", "))))));
    answer(211, list(purposes));
    answer(212, list(bases));
    if (periods.isEmpty() && !activity->retentionNote.isEmpty())
        periods << escaped(activity->retentionNote);
    answer(215, list(periods));

    QString contact = org.dpoEmail.isEmpty() ? escaped(org.name) : escaped(org.dpoEmail);
    answer(221, QStringLiteral("<p>%1</p>").arg(tr("People are told of the processing by the privacy policy, which names "
                                                   "its purposes, legal bases, recipients, periods and their rights, and "
                                                   "how to reach %1.").arg(contact)));
    const QString requests = tr("Requests reach %1 by e-mail or letter; each is recorded with its legal deadline, the "
                                "requester's identity checked when in doubt, and the answer sent before the deadline.")
                                 .arg(contact);
    answer(223, QStringLiteral("<p>%1</p>").arg(requests));
    answer(224, QStringLiteral("<p>%1</p>").arg(requests));
    answer(225, QStringLiteral("<p>%1</p>").arg(requests));

    QStringList contracts;
    for (const RowId id : activity->processorIds) {
        for (const Processor &p : content->processors) {
            if (p.id != id)
                continue;
            QString line = QStringLiteral("<strong>%1</strong>").arg(escaped(p.name));
            if (!p.service.isEmpty())
                line += QStringLiteral(", ") + escaped(p.service);
            if (!p.country.isEmpty())
                line += QStringLiteral(" (%1)").arg(escaped(countries::nameOf(p.country, language)));
            line += QStringLiteral(": ") + (p.dpaSignedOn.isValid()
                                                ? tr("processing agreement signed on %1").arg(dates::toText(p.dpaSignedOn, m_language.locale()))
                                                : tr("no processing agreement recorded"));
            contracts << line;
        }
    }
    answer(226, list(contracts));

    QStringList transfers;
    for (const Transfer &t : activity->transfers) {
        QString line = QStringLiteral("<strong>%1</strong>").arg(escaped(countries::nameOf(t.country, language)));
        if (!t.recipient.isEmpty())
            line += QStringLiteral(", ") + escaped(t.recipient);
        line += QStringLiteral(": ") + escaped(codes::labelIn(CodeList::TransferSafeguard, t.safeguard, language));
        if (!t.safeguardReference.isEmpty())
            line += QStringLiteral(" (%1)").arg(escaped(t.safeguardReference));
        transfers << line;
    }
    answer(227, transfers.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("No data leave the European Union."))
                                    : list(transfers));
    return dpia;
}

} // namespace pc::dpia
