#include "Registers.h"

#include "Charts.h"

#include "consent/ConsentLedger.h"
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

using documents::Phrase;

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
public:
    Builder(Database &db, const ReportRequest &request)
        : m_db(db), m_request(request), m_lang(request.language == QLatin1String("fr") ? QStringLiteral("fr")
                                                                                          : QStringLiteral("en")),
          m_locale(dates::localeFor(m_lang))
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
        report.heading(2, t({"Drawn up by", "Établi par"}), false);
        report.fields({{t({"Name", "Nom"}), m_org.dpoName},
                       {t({"Capacity", "Qualité"}), t({"Data protection officer", "Délégué à la protection des données"})},
                       {t({"Date", "Date"}), documents::longDate(m_request.asOf, m_lang)},
                       {t({"Signature", "Signature"}), QStringLiteral("\n\n\n")}});
        return report;
    }

private:
    QString t(const Phrase &phrase) const { return phrase.in(m_lang); }
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
    QString yesNo(bool yes) const { return yes ? t({"Yes", "Oui"}) : t({"No", "Non"}); }
    QString percent(qint64 part, qint64 whole) const
    {
        if (whole <= 0)
            return QStringLiteral("—");
        const QString value = m_locale.toString(100.0 * double(part) / double(whole), 'f', 1);
        return value + (m_lang == QLatin1String("fr") ? QStringLiteral("\u00a0%") : QStringLiteral("%"));
    }
    QString periodText() const
    {
        if (m_request.from.isValid() && m_request.to.isValid())
            return t({"from %1 to %2", "du %1 au %2"}).arg(documents::longDate(m_request.from, m_lang),
                                                          documents::longDate(m_request.to, m_lang));
        if (m_request.from.isValid())
            return t({"from %1", "à partir du %1"}).arg(documents::longDate(m_request.from, m_lang));
        if (m_request.to.isValid())
            return t({"until %1", "jusqu’au %1"}).arg(documents::longDate(m_request.to, m_lang));
        return t({"the whole register", "tout le registre"});
    }

    // The controller's identity, as every register opens with it (Art. 30(1)(a)).
    QList<std::pair<QString, QString>> controllerItems() const
    {
        QStringList dpo{m_org.dpoName, m_org.dpoEmail, m_org.dpoPhone, m_org.dpoAddress};
        dpo.removeAll(QString());
        QStringList representative{m_org.representativeName, m_org.representativeContact};
        representative.removeAll(QString());
        QList<std::pair<QString, QString>> items{
            {t({"Name", "Dénomination"}), m_org.legalName.isEmpty() ? m_org.name : m_org.legalName},
            {t({"Address", "Adresse"}), m_org.address},
            {t({"Registration number", "Numéro d’immatriculation"}), m_org.registrationNumber},
            {t({"Applicable law", "Loi applicable"}),
             m_law.isEmpty() ? label(CodeList::Jurisdiction, m_org.jurisdiction) : m_law},
            {t({"Supervisory authority", "Autorité de contrôle"}), m_authority},
            {t({"Data protection officer", "Délégué à la protection des données"}), dpo.join(QStringLiteral(", "))},
        };
        if (!representative.isEmpty())
            items.append({t({"Representative (Art. 27)", "Représentant (art. 27)"}), representative.join(QStringLiteral(", "))});
        return items;
    }

    void cover(Report &report, const QList<std::pair<QString, QString>> &extra)
    {
        if (!m_law.isEmpty())
            report.cover.subtitle = m_law;
        QList<std::pair<QString, QString>> &d = report.cover.details;
        if (!m_org.legalName.isEmpty() && m_org.legalName != m_org.name)
            d.append({t({"Legal name", "Raison sociale"}), m_org.legalName});
        if (!m_org.dpoName.isEmpty())
            d.append({t({"Data protection officer", "Délégué à la protection des données"}),
                      m_org.dpoEmail.isEmpty() ? m_org.dpoName : QStringLiteral("%1 — %2").arg(m_org.dpoName, m_org.dpoEmail)});
        d.append({t({"Drawn up on", "Établi le"}), documents::longDate(m_request.asOf, m_lang)});
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
        cover(report, {{t({"Version", "Version"}),
                        lastChange.isValid()
                            ? t({"register as it stood on %1, last changed on %2", "registre à jour au %1, dernière modification le %2"})
                                  .arg(documents::longDate(m_request.asOf, m_lang), documents::longDate(lastChange, m_lang))
                            : t({"register as it stood on %1", "registre à jour au %1"}).arg(documents::longDate(m_request.asOf, m_lang))},
                       {t({"Processing activities", "Activités de traitement"}),
                        t({"%1, of which %2 approved", "%1, dont %2 validées"}).arg(number(activities->size()), number(approved))}});
        // Kept as Article 30 of the GDPR lays it out, under the organization's own law.
        report.cover.subtitle = m_law.isEmpty() ? t({"GDPR Article 30", "Article 30 du RGPD"}) : m_law;

        report.heading(1, t({"The controller", "Le responsable du traitement"}));
        report.paragraph(t({"Article 30(1)(a): the name and contact details of the controller and, where applicable, of the "
                            "joint controller, the controller's representative and the data protection officer.",
                            "Article 30.1.a : le nom et les coordonnées du responsable du traitement et, le cas échéant, du "
                            "responsable conjoint, du représentant du responsable du traitement et du délégué à la "
                            "protection des données."}),
                         Paragraph::Style::Note);
        report.fields(controllerItems());

        if (activities->isEmpty()) {
            report.heading(1, t({"Processing activities", "Activités de traitement"}));
            report.paragraph(t({"This organization has no processing activity in the register yet: there is nothing to "
                                "list under Article 30.",
                                "Cet organisme n’a encore aucune activité de traitement dans le registre : il n’y a rien à "
                                "inscrire au titre de l’article 30."}),
                             Paragraph::Style::Emphasis);
            return success();
        }

        report.heading(1, t({"Summary of the processing activities", "Liste des activités de traitement"}));
        Table summary;
        summary.name = QStringLiteral("activities");
        summary.columns = {{t({"Ref.", "Réf."}), 1.1},
                           {t({"Processing activity", "Activité de traitement"}), 2.2},
                           {t({"Purposes", "Finalités"}), 3},
                           {t({"Legal bases", "Bases légales"}), 2},
                           {t({"Role", "Rôle"}), 1.7},
                           {t({"DPIA", "AIPD"}), 1.1},
                           {t({"Status", "Statut"}), 1.2}};
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
                                        a.dpiaRequired ? (a.dpiaDoneOn.isValid() ? day(a.dpiaDoneOn) : t({"required, not done", "requise, non faite"}))
                                                       : t({"not required", "non requise"}),
                                        label(CodeList::ActivityStatus, a.status)};
        }
        report.table(std::move(summary));

        auto section = [&](const ProcessingActivity &a, bool asProcessor) {
            report.heading(2, a.reference.isEmpty() ? a.name : QStringLiteral("%1 — %2").arg(a.reference, a.name));
            QList<std::pair<QString, QString>> general{
                {t({"Description", "Description"}), a.description},
                {t({"Role of the organization", "Rôle de l’organisme"}), label(CodeList::ControllerRole, a.controllerRole)},
            };
            if (asProcessor)
                general.append({t({"Controller on whose behalf it is done", "Responsable du traitement pour le compte duquel il est effectué"}),
                                a.clientName});
            if (!a.jointControllers.isEmpty())
                general.append({t({"Joint controllers", "Responsables conjoints"}), a.jointControllers});
            general.append({t({"Status", "Statut"}),
                            a.status == QLatin1String("approved") && a.approvedOn.isValid()
                                ? t({"approved on %1", "validée le %1"}).arg(day(a.approvedOn))
                                : label(CodeList::ActivityStatus, a.status)});
            general.append({t({"Source of the data", "Source des données"}), a.dataSource});
            report.fields(general);

            report.heading(3, t({"Purposes and legal bases — Art. 30(1)(b)", "Finalités et bases légales — art. 30.1.b"}), false);
            if (a.purposes.isEmpty()) {
                report.paragraph(t({"No purpose recorded.", "Aucune finalité inscrite."}), Paragraph::Style::Warning);
            } else {
                Table purposes;
                purposes.columns = {{t({"Purpose", "Finalité"}), 3},
                                    {t({"Legal basis (Art. 6)", "Base légale (art. 6)"}), 2.2},
                                    {t({"Legitimate interest or Art. 9 condition", "Intérêt légitime ou condition de l’art. 9"}), 2.2}};
                for (const Purpose &p : a.purposes) {
                    QStringList detail{p.legitimateInterest, label(CodeList::SpecialCondition, p.specialCondition)};
                    detail.removeAll(QString());
                    purposes.rows << QStringList{p.description, label(CodeList::LegalBasis, p.legalBasis),
                                                 detail.join(QStringLiteral("; "))};
                }
                report.table(std::move(purposes));
            }

            report.heading(3, t({"Data subjects and personal data — Art. 30(1)(c)", "Personnes concernées et données — art. 30.1.c"}), false);
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
            report.fields({{t({"Categories of data subjects", "Catégories de personnes concernées"}), people.join(QStringLiteral("; "))},
                           {t({"Categories of personal data", "Catégories de données personnelles"}), data.join(QStringLiteral("; "))},
                           {t({"Special categories (Art. 9)", "Données sensibles (art. 9)"}),
                            special.isEmpty() ? t({"none", "aucune"}) : special.join(QStringLiteral("; "))}});

            report.heading(3, t({"Recipients — Art. 30(1)(d)", "Destinataires — art. 30.1.d"}), false);
            QStringList processorList;
            for (RowId id : a.processorIds)
                processorList << processorNames.value(id);
            if (a.recipients.isEmpty() && processorList.isEmpty()) {
                report.paragraph(t({"No recipient: the data stay within the organization's own staff.",
                                    "Aucun destinataire : les données restent au sein du personnel de l’organisme."}));
            } else {
                Table recipients;
                recipients.columns = {{t({"Recipient", "Destinataire"}), 3}, {t({"Category", "Catégorie"}), 2}};
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

            report.heading(3, t({"Transfers to third countries — Art. 30(1)(e)", "Transferts vers des pays tiers — art. 30.1.e"}), false);
            if (a.transfers.isEmpty()) {
                report.paragraph(t({"No transfer of personal data to a third country or an international organization.",
                                    "Aucun transfert de données vers un pays tiers ou une organisation internationale."}));
            } else {
                Table transfers;
                transfers.columns = {{t({"Country", "Pays"}), 0.8},
                                     {t({"Recipient", "Destinataire"}), 2},
                                     {t({"Safeguard", "Garantie"}), 2.4},
                                     {t({"Documentation", "Documentation"}), 2}};
                for (const Transfer &x : a.transfers) {
                    const QString recipient = x.recipient.isEmpty() ? processorNames.value(x.processorId) : x.recipient;
                    transfers.rows << QStringList{x.country, recipient, label(CodeList::TransferSafeguard, x.safeguard),
                                                  x.safeguardReference};
                }
                report.table(std::move(transfers));
            }

            report.heading(3, t({"Time limits for erasure — Art. 30(1)(f)", "Durées de conservation — art. 30.1.f"}), false);
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
                keep.append({t({"Note", "Remarque"}), a.retentionNote});
            if (keep.isEmpty())
                report.paragraph(t({"No retention period recorded.", "Aucune durée de conservation inscrite."}),
                                 Paragraph::Style::Warning);
            else
                report.fields(keep);

            report.heading(3, t({"Security measures — Art. 30(1)(g) and 32(1)", "Mesures de sécurité — art. 30.1.g et 32.1"}), false);
            report.paragraph(a.securityMeasures.isEmpty()
                                 ? t({"No security measure described.", "Aucune mesure de sécurité décrite."})
                                 : a.securityMeasures,
                             a.securityMeasures.isEmpty() ? Paragraph::Style::Warning : Paragraph::Style::Body);
            report.fields({{t({"Data protection impact assessment", "Analyse d’impact (AIPD)"}),
                            a.dpiaRequired ? (a.dpiaDoneOn.isValid() ? t({"required, carried out on %1", "requise, réalisée le %1"}).arg(day(a.dpiaDoneOn))
                                                                     : t({"required, not yet carried out", "requise, pas encore réalisée"}))
                                           : t({"not required", "non requise"})}});
        };

        if (!own.isEmpty()) {
            report.heading(1, t({"Processing activities (Art. 30(1))", "Activités de traitement (art. 30.1)"}));
            for (const ProcessingActivity *a : std::as_const(own))
                section(*a, false);
        }
        if (!onBehalf.isEmpty() || m_org.actsAsProcessor) {
            report.heading(1, t({"Processing carried out as a processor (Art. 30(2))",
                                 "Traitements effectués en tant que sous-traitant (art. 30.2)"}));
            report.paragraph(t({"Article 30(2): the categories of processing carried out on behalf of each controller, "
                                "the transfers to third countries and the security measures.",
                                "Article 30.2 : les catégories de traitements effectués pour le compte de chaque responsable "
                                "du traitement, les transferts vers des pays tiers et les mesures de sécurité."}),
                             Paragraph::Style::Note);
            if (onBehalf.isEmpty())
                report.paragraph(t({"No processing on behalf of a client is recorded.",
                                    "Aucun traitement pour le compte d’un client n’est inscrit."}));
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
        QString text = t({"%1 %2 from: %3; then: %4", "%1 %2 à compter de : %3 ; ensuite : %4"})
                           .arg(rule.duration)
                           .arg(label(CodeList::RetentionUnit, rule.unit), trigger.toLower(),
                                label(CodeList::RetentionOutcome, rule.outcome).toLower());
        if (!rule.justification.isEmpty())
            text += (m_lang == QLatin1String("fr") ? QStringLiteral("\n«\u00a0%1\u00a0»") : QStringLiteral("\n“%1”"))
                        .arg(rule.justification);
        return text;
    }

    // ---- Processors -------------------------------------------------------

    Status processors(Report &report)
    {
        const auto processors = RegisterRepository(m_db).processors(m_org.id);
        if (!processors)
            return processors.error();
        cover(report, {{t({"Processors and recipients", "Sous-traitants et destinataires"}), number(processors->size())}});
        report.heading(1, t({"Processors and sub-processors", "Sous-traitants et sous-traitants ultérieurs"}));
        if (processors->isEmpty()) {
            report.paragraph(t({"This organization has no processor in the register.",
                                "Cet organisme n’a aucun sous-traitant inscrit au registre."}),
                             Paragraph::Style::Emphasis);
            return success();
        }
        QHash<RowId, QString> names;
        for (const Processor &p : processors.value())
            names.insert(p.id, p.name);
        Table table;
        table.name = QStringLiteral("processors");
        table.columns = {{t({"Processor", "Sous-traitant"}), 1.6},
                         {t({"Role", "Rôle"}), 1.3},
                         {t({"Service", "Prestation"}), 1.9},
                         {t({"Country", "Pays"}), 1},
                         {t({"Transfer safeguard", "Garantie de transfert"}), 1.6},
                         {t({"DPA signed", "Accord signé"}), 1.25},
                         {t({"DPA expires", "Fin de l’accord"}), 1.25},
                         {t({"Policy checked", "Politique vérifiée"}), 1.25}};
        QStringList issues;
        for (const Processor &p : processors.value()) {
            QString role = label(CodeList::ProcessorRole, p.role);
            if (p.parentProcessorId > 0)
                role = t({"%1 of %2", "%1 de %2"}).arg(role, names.value(p.parentProcessorId));
            if (!p.active)
                role += t({" (no longer used)", " (plus utilisé)"});
            table.rows << QStringList{p.name, role, p.service, p.country,
                                      p.transferSafeguard.isEmpty() ? QString() : label(CodeList::TransferSafeguard, p.transferSafeguard),
                                      day(p.dpaSignedOn), day(p.dpaExpiresOn), day(p.privacyPolicyCheckedOn)};
            if (!p.active)
                continue;
            const bool processor = p.role == QLatin1String("processor") || p.role == QLatin1String("sub_processor");
            if (processor && !p.dpaSignedOn.isValid())
                issues << t({"%1: no data processing agreement (Art. 28(3)) on file.",
                             "%1 : aucun accord de sous-traitance (art. 28.3) au dossier."}).arg(p.name);
            if (p.dpaExpiresOn.isValid() && p.dpaExpiresOn < m_request.asOf)
                issues << t({"%1: the agreement expired on %2.", "%1 : l’accord a expiré le %2."}).arg(p.name, day(p.dpaExpiresOn));
            else if (p.dpaExpiresOn.isValid() && p.dpaExpiresOn <= m_request.asOf.addDays(90))
                issues << t({"%1: the agreement expires on %2.", "%1 : l’accord expire le %2."}).arg(p.name, day(p.dpaExpiresOn));
            if (p.transferSafeguard == QLatin1String("none"))
                issues << t({"%1: data go to %2 without a transfer safeguard.", "%1 : des données partent vers %2 sans garantie de transfert."})
                              .arg(p.name, p.country);
            if (!p.privacyPolicyCheckedOn.isValid())
                issues << t({"%1: its privacy policy has never been checked.", "%1 : sa politique de confidentialité n’a jamais été vérifiée."}).arg(p.name);
            else if (p.privacyPolicyCheckedOn < m_request.asOf.addYears(-1))
                issues << t({"%1: its privacy policy was last checked on %2, more than a year ago.",
                             "%1 : sa politique de confidentialité a été vérifiée pour la dernière fois le %2, il y a plus d’un an."})
                              .arg(p.name, day(p.privacyPolicyCheckedOn));
        }
        report.table(std::move(table));

        report.heading(2, t({"Points to check", "Points à vérifier"}));
        if (issues.isEmpty())
            report.paragraph(t({"Every processor in use has its agreement, its safeguards and a privacy policy checked within the year.",
                                "Chaque sous-traitant utilisé a son accord, ses garanties et une politique de confidentialité vérifiée dans l’année."}));
        for (const QString &issue : std::as_const(issues))
            report.paragraph(QStringLiteral("• ") + issue, Paragraph::Style::Warning);

        report.heading(2, t({"Activities each processor serves", "Activités confiées à chaque sous-traitant"}));
        Table served;
        served.name = QStringLiteral("processor_activities");
        served.columns = {{t({"Processor", "Sous-traitant"}), 1.5}, {t({"Processing activities", "Activités de traitement"}), 4}};
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
            return t({"open requests", "demandes en cours"});
        if (m_request.status == QLatin1String("closed"))
            return t({"closed requests", "demandes closes"});
        if (!m_request.status.isEmpty())
            return label(CodeList::RequestStatus, m_request.status);
        return t({"every status", "tous les statuts"});
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
        cover(report, {{t({"Period", "Période"}), periodText()},
                       {t({"Requests", "Demandes"}), t({"%1 (%2)", "%1 (%2)"}).arg(number(count), statusText())}});
        report.heading(1, t({"Summary", "Synthèse"}));
        if (count == 0) {
            report.paragraph(t({"No rights request was received in this period: there is nothing to list.",
                                "Aucune demande d’exercice de droits n’a été reçue sur cette période : il n’y a rien à lister."}),
                             Paragraph::Style::Emphasis);
            return success();
        }
        report.fields({{t({"Requests received", "Demandes reçues"}), number(count)},
                       {t({"Closed (answered, refused or withdrawn)", "Closes (répondues, refusées ou retirées)"}), number(closed)},
                       {t({"Closed within the legal period", "Closes dans le délai légal"}),
                        t({"%1 (%2 of those closed)", "%1 (%2 des demandes closes)"}).arg(number(onTime), percent(onTime, closed))},
                       {t({"Still open", "Encore en cours"}), number(count - closed)},
                       {t({"Open and past their deadline on %1", "En cours et hors délai au %1"}).arg(day(m_request.asOf)),
                        number(overdue)}});

        Table byType;
        byType.name = QStringLiteral("request_types");
        byType.columns = {{t({"Right exercised", "Droit exercé"}), 3},
                          {t({"Requests", "Demandes"}), 1, Alignment::Right},
                          {t({"Closed", "Closes"}), 1, Alignment::Right},
                          {t({"On time", "Dans le délai"}), 1, Alignment::Right}};
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
        report.heading(2, t({"By right exercised", "Par droit exercé"}));
        report.table(std::move(byType));

        report.heading(1, t({"Register of requests", "Registre des demandes"}));
        report.paragraph(t({"Every request of the period, in the order received: the days taken count from the day "
                            "received to the day closed; “late” when closed after the legal deadline (extended where it was).",
                            "Chaque demande de la période, dans l’ordre de réception : les jours comptent du jour de réception au "
                            "jour de clôture ; « hors délai » quand elle a été close après l’échéance légale (prorogée le cas échéant)."}),
                         Paragraph::Style::Note);
        Table list;
        list.name = QStringLiteral("requests");
        list.columns = {{t({"Reference", "Référence"}), 1.3},
                        {t({"Received", "Reçue le"}), 1.1},
                        {t({"Rights", "Droits"}), 2},
                        {t({"Status", "Statut"}), 1.1},
                        {t({"Due", "Échéance"}), 1.1},
                        {t({"Closed", "Close le"}), 1.1},
                        {t({"Days", "Jours"}), 0.6, Alignment::Right},
                        {t({"Outcome", "Issue"}), 1.2}};
        const QString listSql =
            QStringLiteral("SELECT q.reference, q.received_on, %1, q.status, %2, q.closed_on FROM rights_requests q "
                           "WHERE %3 ORDER BY q.received_on, q.reference, q.id")
                .arg(typesSql(QStringLiteral("q")), due, where);
        list.source = [self = shared_from_this(), listSql, bindings]() -> std::unique_ptr<RowCursor> {
            const Builder *b = self.get();
            return std::make_unique<QueryCursor>(self->m_db, listSql, bindings, [self, b](const QSqlQuery &q) {
                const QDate received = toDate(q.value(1)), dueOn = toDate(q.value(4)), closedOn = toDate(q.value(5));
                QString outcome;
                if (closedOn.isValid())
                    outcome = dueOn.isValid() && closedOn > dueOn ? b->t({"late", "hors délai"}) : b->t({"on time", "dans le délai"});
                else if (dueOn.isValid() && dueOn < b->m_request.asOf)
                    outcome = b->t({"overdue", "en retard"});
                return QStringList{q.value(0).toString(), b->day(received), b->typeLabels(q.value(2).toString()),
                                   b->label(CodeList::RequestStatus, q.value(3).toString()), b->day(dueOn), b->day(closedOn),
                                   closedOn.isValid() ? b->number(received.daysTo(closedOn)) : QString(), outcome};
            });
        };
        report.table(std::move(list));

        report.heading(1, t({"Detail and history of each request", "Détail et historique de chaque demande"}));
        report.paragraph(t({"For each request: who asked and how, what the list does not say, then its history: the moment "
                            "of each step (UTC), the step, its note and who recorded it.",
                            "Pour chaque demande : qui l’a faite et comment, ce que la liste ne dit pas, puis son "
                            "historique : le moment de chaque étape (UTC), l’étape, sa note et qui l’a enregistrée."}),
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
            QStringList facts{b.t({"requested by %1", "demandée par %1"})
                                  .arg(requester.isEmpty() ? b.t({"(erased)", "(effacé)"}) : requester),
                              b.label(CodeList::RequestChannel, q.value(5).toString())};
            auto fact = [&](const Phrase &name, const QString &value) {
                if (!value.isEmpty())
                    facts << b.t(name).arg(value);
            };
            fact({"letter dated %1", "courrier daté du %1"}, b.day(toDate(q.value(8))));
            if (extended.isValid())
                facts << b.t({"deadline %1 extended to %2", "échéance du %1 prorogée au %2"}).arg(b.day(dueOn), b.day(extended));
            fact({"extended because: %1", "prorogée au motif : %1"}, q.value(11).toString());
            fact({"identity document asked on %1", "pièce d’identité demandée le %1"}, b.day(toDate(q.value(12))));
            fact({"received on %1", "reçue le %1"}, b.day(toDate(q.value(13))));
            fact({"outcome: %1", "réponse : %1"}, q.value(15).toString());
            fact({"refused because: %1", "refusée au motif : %1"}, q.value(16).toString());
            fact({"handled by %1", "traitée par %1"}, handler);

            // Its history, a line per step: when (UTC), the step, its note, by whom.
            Table history;
            history.zebra = false;
            history.header = false;
            history.columns = {{b.t({"History", "Historique"}), 1}};
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
        cover(report, {{t({"Period", "Période"}), periodText()}, {t({"Breaches recorded", "Violations inscrites"}), number(rows.size())}});
        report.heading(1, t({"Register of personal data breaches (Art. 33(5))", "Registre des violations de données (art. 33.5)"}));
        report.paragraph(t({"Article 33(5): the facts of each breach, its effects and the remedial action taken, so that the "
                            "supervisory authority can verify compliance, whether or not the breach was notified.",
                            "Article 33.5 : les faits concernant chaque violation, ses effets et les mesures prises pour y "
                            "remédier, afin que l’autorité de contrôle puisse vérifier le respect de l’article, que la violation "
                            "ait été notifiée ou non."}),
                         Paragraph::Style::Note);
        if (rows.isEmpty()) {
            report.paragraph(t({"No personal data breach is recorded for this period.",
                                "Aucune violation de données personnelles n’est inscrite pour cette période."}),
                             Paragraph::Style::Emphasis);
            return success();
        }
        Table table;
        table.name = QStringLiteral("breaches");
        table.columns = {{t({"Reference", "Référence"}), 1.1},
                         {t({"Breach", "Violation"}), 2.4},
                         {t({"Became aware", "Connaissance"}), 1.4},
                         {t({"Risk", "Risque"}), 1.5},
                         {t({"Authority notified", "Notifiée à l’autorité"}), 1.6},
                         {t({"People told", "Personnes informées"}), 1.3},
                         {t({"Status", "Statut"}), 0.9}};
        auto notifiedText = [&](const Row &r) {
            if (!r.notified.isValid())
                return r.v.at(8) == QLatin1String("none") ? t({"not required", "non requise"}) : t({"not notified", "non notifiée"});
            const qint64 hours = r.aware.secsTo(r.notified) / 3600;
            return t({"%1 (%2 h after)", "%1 (%2 h après)"}).arg(moment(r.notified)).arg(hours);
        };
        for (const Row &r : std::as_const(rows))
            table.rows << QStringList{r.v.at(0), r.v.at(1), moment(r.aware), label(CodeList::BreachRisk, r.v.at(8)),
                                      notifiedText(r), r.told.isValid() ? moment(r.told) : QStringLiteral("—"),
                                      label(CodeList::BreachStatus, r.v.at(9))};
        report.table(std::move(table));
        for (const Row &r : std::as_const(rows)) {
            report.heading(2, QStringLiteral("%1 — %2").arg(r.v.at(0), r.v.at(1)));
            report.heading(3, t({"The facts", "Les faits"}), false);
            report.fields({{t({"What happened", "Ce qui s’est passé"}), r.v.at(2)},
                           {t({"When it happened", "Date de la violation"}), moment(r.occurred)},
                           {t({"When it became known", "Date de prise de connaissance"}), moment(r.aware)}});
            report.heading(3, t({"Its effects", "Ses effets"}), false);
            report.fields({{t({"Categories of data", "Catégories de données"}), r.v.at(10)},
                           {t({"People affected", "Personnes concernées"}), r.subjects < 0 ? QString() : number(r.subjects)},
                           {t({"Records affected", "Enregistrements concernés"}), r.records < 0 ? QString() : number(r.records)},
                           {t({"Likely consequences", "Conséquences probables"}), r.v.at(13)},
                           {t({"Risk to rights and freedoms", "Risque pour les droits et libertés"}), label(CodeList::BreachRisk, r.v.at(8))}});
            report.heading(3, t({"Remedial action and notification", "Mesures prises et notification"}), false);
            QString late;
            if (r.due.isValid() && ((r.notified.isValid() && r.notified > r.due) || (!r.notified.isValid() && r.v.at(8) != QLatin1String("none"))))
                late = t({"The notification was due by %1 (72 hours): the reasons for the delay must accompany it (Art. 33(1)).",
                          "La notification était due au plus tard le %1 (72 heures) : les motifs du retard doivent l’accompagner (art. 33.1)."})
                           .arg(moment(r.due));
            report.fields({{t({"Measures taken or proposed", "Mesures prises ou envisagées"}), r.v.at(14)},
                           {t({"Notified to the authority", "Notifiée à l’autorité"}), notifiedText(r)},
                           {t({"Authority's reference", "Référence de l’autorité"}), r.v.at(15)},
                           {t({"People told (Art. 34)", "Personnes informées (art. 34)"}), r.told.isValid() ? moment(r.told) : t({"no", "non"})}});
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
        cover(report, {{t({"Retention rules", "Règles de conservation"}), number(rules->size())}});
        report.heading(1, t({"Retention schedule", "Calendrier de conservation"}));
        if (rules->isEmpty()) {
            report.paragraph(t({"This organization has no retention rule in the register.",
                                "Cet organisme n’a aucune règle de conservation inscrite au registre."}),
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
        schedule.columns = {{t({"Rule", "Règle"}), 1.8},
                            {t({"Period", "Durée"}), 0.9},
                            {t({"Counted from", "À compter de"}), 1.5},
                            {t({"At the end", "À l’échéance"}), 1.1},
                            {t({"Applies to", "S’applique à"}), 2},
                            {t({"As the policy says", "Selon la politique"}), 2.6}};
        for (const RetentionRule &r : rules.value()) {
            QStringList activitiesOf = appliesTo.value(r.id), data = dataOf.value(r.id);
            activitiesOf.sort();
            data.sort();
            QStringList places;
            if (!activitiesOf.isEmpty())
                places << t({"Activities: %1", "Activités : %1"}).arg(activitiesOf.join(QStringLiteral("; ")));
            if (!data.isEmpty())
                places << t({"Data: %1", "Données : %1"}).arg(data.join(QStringLiteral("; ")));
            schedule.rows << QStringList{r.name,
                                         QStringLiteral("%1 %2").arg(r.duration).arg(label(CodeList::RetentionUnit, r.unit)),
                                         r.triggerEvent == QLatin1String("custom") ? r.customTrigger : label(CodeList::RetentionTrigger, r.triggerEvent),
                                         label(CodeList::RetentionOutcome, r.outcome),
                                         places.join(QLatin1Char('\n')),
                                         r.justification};
        }
        report.table(std::move(schedule));

        report.heading(1, t({"Upcoming purges", "Purges à venir"}));
        report.paragraph(t({"For each rule, the people of the register whose period has ended or will end, counted on %1 "
                            "from the date the rule counts from; those under a legal hold are kept until it is lifted.",
                            "Pour chaque règle, les personnes du registre dont la durée est échue ou le sera, comptées au %1 à "
                            "partir de la date dont part la règle ; celles sous gel juridique sont conservées jusqu’à sa levée."})
                             .arg(documents::longDate(m_request.asOf, m_lang)),
                         Paragraph::Style::Note);
        Table upcoming;
        upcoming.name = QStringLiteral("upcoming");
        upcoming.columns = {{t({"Rule", "Règle"}), 2.2},
                            {t({"Ended", "Échues"}), 1, Alignment::Right},
                            {t({"Within 30 days", "Sous 30 jours"}), 1, Alignment::Right},
                            {t({"Within 90 days", "Sous 90 jours"}), 1, Alignment::Right},
                            {t({"Within a year", "Sous un an"}), 1, Alignment::Right},
                            {t({"Under a legal hold", "Sous gel juridique"}), 1.1, Alignment::Right}};
        QList<std::pair<QString, QList<qint64>>> bars;
        const QDate today = m_request.asOf;
        for (const retention::RuleReach &r : reach.value()) {
            if (r.column.isEmpty() || r.categories.isEmpty()) {
                upcoming.rows << QStringList{r.rule.name, t({"not dated in the register", "non datée dans le registre"}),
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
                                     {t({"ended", "échues"}), t({"within 30 days", "sous 30 jours"}),
                                      t({"from 30 days to a year", "de 30 jours à un an"})},
                                     {QColor(0xc6, 0x28, 0x28), QColor(0xef, 0x9a, 0x1a), QColor(0x54, 0x7a, 0xa5)},
                                     m_locale));
        }

        report.heading(1, t({"Purges carried out", "Purges effectuées"}));
        QSqlQuery runs = m_db.prepare(QStringLiteral(
            "SELECT performed_at, performed_by, due_until, subjects, rows_affected, held FROM purge_runs "
            "WHERE organization_id = ? OR organization_id IS NULL ORDER BY performed_at DESC"));
        runs.addBindValue(m_org.id);
        if (!runs.exec())
            return Database::sqlError(runs);
        Table done;
        done.name = QStringLiteral("purges");
        done.columns = {{t({"When", "Date"}), 1.6},
                        {t({"By", "Par"}), 1},
                        {t({"Periods ended by", "Durées échues au"}), 1.3},
                        {t({"People", "Personnes"}), 1, Alignment::Right},
                        {t({"Rows", "Lignes"}), 1, Alignment::Right},
                        {t({"Kept under a hold", "Conservées (gel)"}), 1.1, Alignment::Right}};
        while (runs.next())
            done.rows << QStringList{moment(toDateTime(runs.value(0))), runs.value(1).toString(), day(toDate(runs.value(2))),
                                     number(runs.value(3).toLongLong()), number(runs.value(4).toLongLong()),
                                     number(runs.value(5).toLongLong())};
        if (done.rows.isEmpty())
            report.paragraph(t({"No purge has been run yet.", "Aucune purge n’a encore été effectuée."}));
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
        cover(report, {{t({"Consent purposes", "Finalités soumises au consentement"}), number(counts->size())},
                       {t({"Period of the events", "Période des événements"}), periodText()}});
        report.heading(1, t({"Consent per purpose", "Consentement par finalité"}));
        if (counts->isEmpty()) {
            report.paragraph(t({"This organization asks for no consent: no purpose is recorded.",
                                "Cet organisme ne recueille aucun consentement : aucune finalité n’est inscrite."}),
                             Paragraph::Style::Emphasis);
            return success();
        }
        report.paragraph(t({"Each person's current state per purpose is the latest event of their history. "
                            "“Lapsed” consents were given longer ago than the purpose's period and are due to be renewed.",
                            "L’état actuel de chaque personne pour une finalité est le dernier événement de son historique. "
                            "Les consentements « périmés » ont été donnés il y a plus longtemps que la durée de la finalité et "
                            "doivent être renouvelés."}),
                         Paragraph::Style::Note);
        Table table;
        table.name = QStringLiteral("purposes");
        table.columns = {{t({"Purpose", "Finalité"}), 2.4},
                         {t({"Lapses after", "Expire après"}), 1.1},
                         {t({"Given", "Donnés"}), 1, Alignment::Right},
                         {t({"Lapsed", "Périmés"}), 1, Alignment::Right},
                         {t({"Withdrawn", "Retirés"}), 1.2, Alignment::Right},
                         {t({"Refused", "Refusés"}), 1.1, Alignment::Right},
                         {t({"Expired", "Expirés"}), 1.1, Alignment::Right},
                         {t({"Consent rate", "Taux de consentement"}), 1.4, Alignment::Right}};
        QList<std::pair<QString, QList<qint64>>> bars;
        for (const consent::PurposeCounts &c : counts.value()) {
            table.rows << QStringList{c.name,
                                      c.expiryMonths > 0 ? t({"%1 months", "%1 mois"}).arg(c.expiryMonths) : t({"never", "jamais"}),
                                      number(c.given), number(c.lapsed), number(c.withdrawn), number(c.refused),
                                      number(c.expired), percent(c.given, c.decided())};
            bars.append({c.name, {c.given - c.lapsed, c.lapsed, c.withdrawn, c.refused, c.expired}});
        }
        report.table(std::move(table));
        report.chart(stackedBars(bars,
                                 {t({"given", "donné"}), t({"lapsed", "périmé"}), t({"withdrawn", "retiré"}),
                                  t({"refused", "refusé"}), t({"expired", "expiré"})},
                                 {QColor(0x2e, 0x7d, 0x32), QColor(0xa5, 0xd6, 0xa7), QColor(0xc6, 0x28, 0x28),
                                  QColor(0xef, 0x9a, 0x1a), QColor(0x9e, 0x9e, 0x9e)},
                                 m_locale));

        report.heading(1, t({"Events of the period", "Événements de la période"}));
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
        period.columns = {{t({"Purpose", "Finalité"}), 2.6},
                          {t({"Given", "Donnés"}), 1, Alignment::Right},
                          {t({"Withdrawn", "Retirés"}), 1, Alignment::Right},
                          {t({"Refused", "Refusés"}), 1, Alignment::Right},
                          {t({"Expired", "Expirés"}), 1, Alignment::Right}};
        for (auto it = perPurpose.cbegin(); it != perPurpose.cend(); ++it) {
            period.rows << QStringList{it.key(), number(it->value(QStringLiteral("given"))),
                                       number(it->value(QStringLiteral("withdrawn"))), number(it->value(QStringLiteral("refused"))),
                                       number(it->value(QStringLiteral("expired")))};
        }
        report.paragraph(t({"Consent events recorded for %1.", "Événements de consentement enregistrés pour %1."}).arg(periodText()),
                         Paragraph::Style::Note);
        if (period.rows.isEmpty())
            report.paragraph(t({"No consent event in this period.", "Aucun événement de consentement sur cette période."}));
        else
            report.table(std::move(period));

        report.heading(1, t({"Privacy policy versions", "Versions de la politique de confidentialité"}));
        QSqlQuery versions = m_db.prepare(QStringLiteral(
            "SELECT version_label, effective_on, changes_contact_use, url FROM privacy_policies WHERE organization_id = ? "
            "ORDER BY effective_on, version_label"));
        versions.addBindValue(m_org.id);
        if (!versions.exec())
            return Database::sqlError(versions);
        Table policies;
        policies.name = QStringLiteral("policies");
        policies.columns = {{t({"Version", "Version"}), 1},
                            {t({"In effect from", "En vigueur depuis le"}), 1.2},
                            {t({"Changes how contact details are used", "Modifie l’usage des coordonnées"}), 1.4},
                            {t({"Address", "Adresse"}), 2.4}};
        while (versions.next())
            policies.rows << QStringList{versions.value(0).toString(), day(toDate(versions.value(1))),
                                         yesNo(versions.value(2).toBool()), versions.value(3).toString()};
        if (policies.rows.isEmpty())
            report.paragraph(t({"No version of the privacy policy is recorded.", "Aucune version de la politique de confidentialité n’est inscrite."}));
        else
            report.table(std::move(policies));
        return success();
    }

    Database &m_db;
    const ReportRequest m_request;
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
    switch (kind) {
    case ReportKind::Activities:
        return Phrase{"Record of processing activities", "Registre des activités de traitement"}.in(language);
    case ReportKind::Processors:
        return Phrase{"Register of processors", "Registre des sous-traitants"}.in(language);
    case ReportKind::Requests:
        return Phrase{"Register of rights requests", "Registre des demandes d’exercice de droits"}.in(language);
    case ReportKind::Breaches:
        return Phrase{"Register of personal data breaches", "Registre des violations de données personnelles"}.in(language);
    case ReportKind::Retention:
        return Phrase{"Retention schedule", "Calendrier de conservation des données"}.in(language);
    case ReportKind::Consents:
        return Phrase{"Consent statistics", "Statistiques des consentements"}.in(language);
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
