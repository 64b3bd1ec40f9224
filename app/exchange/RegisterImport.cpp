#include "RegisterImport.h"

#include "CnilModel.h"
#include "RegisterContent.h"
#include "core/Countries.h"
#include "core/Text.h"
#include "domain/ActivityChecks.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/RegisterRepository.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace pc::exchange {
namespace {

using Action = PlannedActivity::Action;

// Names compared as people write them: case, accents and spacing aside.
QString key(const QString &name)
{
    return text::withoutAccents(name.simplified()).toCaseFolded();
}

// An event in words, its article aside: "la fin de la garantie" is "fin de la garantie".
QString eventKey(const QString &event)
{
    static const QRegularExpression article(QStringLiteral(R"(^(?:(?:la|le|les|l'|du|des|de la|de l'|the)\s*)+)"));
    return key(event).remove(article);
}

QString joined(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            kept << part.trimmed();
    }
    return kept.join(separator);
}

// A contact as the register gives it: the first one filled in, the activity
// sheets before the list, completed field by field from the others that
// name the same person (or no one).
ImportedContact mergedContact(const ImportedRegister &reg, ImportedContact ImportedActivity::*member,
                              const ImportedContact &onTheList)
{
    QList<ImportedContact> candidates;
    for (const ImportedActivity &a : reg.activities)
        candidates << a.*member;
    candidates << onTheList;
    ImportedContact merged;
    for (const ImportedContact &c : std::as_const(candidates)) {
        if (c.isEmpty())
            continue;
        if (!merged.isEmpty() && !c.name.isEmpty() && !merged.name.isEmpty() && key(c.name) != key(merged.name))
            continue;
        for (QString ImportedContact::*field :
             {&ImportedContact::name, &ImportedContact::address, &ImportedContact::country, &ImportedContact::phone,
              &ImportedContact::email, &ImportedContact::company}) {
            if ((merged.*field).isEmpty())
                merged.*field = c.*field;
        }
    }
    return merged;
}

template<typename T> const T *findByKey(const QList<T> &items, const QString &wanted, QString T::*member)
{
    const QString k = key(wanted);
    for (const T &item : items) {
        if (key(item.*member) == k)
            return &item;
    }
    return nullptr;
}

// Makes the plan, one activity after another, against what the register holds.
class Planner
{
public:
    Planner(RegisterImportPlan &plan, const RegisterContent &known)
        : m_plan(plan), m_subjects(known.subjectCategories), m_data(known.dataCategories), m_rules(known.retentionRules),
          m_activities(known.activities), m_known(known)
    {
    }

    void add(const ImportedActivity &a)
    {
        const ProcessingActivity *existing = match(a);
        for (const PlannedActivity &earlier : std::as_const(m_plan.activities)) {
            if (existing && earlier.activity.id == existing->id) {
                m_plan.notices << RegisterImporter::tr(
                                      "“%1” is left out: like “%2” before it, it is the register's “%3”.")
                                      .arg(a.name, earlier.activity.name, existing->name);
                return;
            }
            if (!existing && !a.reference.isEmpty() && key(earlier.activity.reference) == key(a.reference)) {
                m_plan.notices << RegisterImporter::tr("“%1” is left out: its reference %2 is already that of “%3”.")
                                      .arg(a.name, a.reference, earlier.activity.name);
                return;
            }
        }
        PlannedActivity p;
        p.sheet = a.sheet;
        p.doubts = a.doubts;
        p.activity = existing ? *existing : ProcessingActivity{};
        ProcessingActivity &planned = p.activity;
        planned.organizationId = m_plan.organization.id;
        planned.name = a.name;
        planned.reference = a.reference;
        if (a.holds(ImportedActivity::Purposes))
            planned.purposes = purposes(a, existing);
        if (a.holds(ImportedActivity::Description))
            planned.description = a.description;
        if (a.holds(ImportedActivity::Dates)) {
            planned.recordedOn = a.createdOn;
            planned.revisedOn = a.updatedOn;
        }
        if (a.holds(ImportedActivity::JointControllers))
            planned.jointControllers = a.jointControllers;
        if (a.holds(ImportedActivity::Data))
            takeData(a, existing, planned);
        if (a.holds(ImportedActivity::People)) {
            planned.subjectCategoryIds.clear();
            for (const ImportedItem &item : a.subjects) {
                const RowId id = subjectCategory(item);
                if (!planned.subjectCategoryIds.contains(id))
                    planned.subjectCategoryIds << id;
            }
            std::sort(planned.subjectCategoryIds.begin(), planned.subjectCategoryIds.end());
        }
        if (a.holds(ImportedActivity::Recipients))
            planned.recipients = recipients(a, existing);
        if (a.holds(ImportedActivity::Transfers))
            planned.transfers = transfers(a, existing, p.doubts);
        if (a.holds(ImportedActivity::Security)) {
            QStringList measures;
            for (const ImportedItem &m : a.securityMeasures) {
                measures << (m.detail.isEmpty() || m.kind.isEmpty() ? joined({m.kind, m.detail}, QString())
                                                                      : QStringLiteral("%1: %2").arg(m.kind, m.detail));
            }
            planned.securityMeasures = measures.join(QLatin1Char('\n'));
        }
        if (!existing)
            p.action = Action::Create;
        else if (planned == *existing)
            p.action = Action::Unchanged;
        else
            p.action = Action::Update;
        if (existing)
            p.changes = changes(*existing, planned);
        p.filled = filled(a, planned);
        QList<DataCategory> categories = m_data;
        categories += m_plan.newDataCategories;
        for (const ActivityFinding &finding : checkActivity(planned, categories))
            p.missing << finding.message;
        m_plan.activities << p;
    }

private:
    const ProcessingActivity *match(const ImportedActivity &a) const
    {
        if (!a.reference.isEmpty()) {
            if (const ProcessingActivity *byReference =
                    findByKey(m_activities, a.reference, &ProcessingActivity::reference))
                return byReference;
        }
        // An activity the officer made by hand, before it had a reference.
        for (const ProcessingActivity &e : m_activities) {
            if (key(e.name) == key(a.name) && (e.reference.isEmpty() || a.reference.isEmpty()))
                return &e;
        }
        return nullptr;
    }

    QList<Purpose> purposes(const ImportedActivity &a, const ProcessingActivity *existing) const
    {
        QList<Purpose> out;
        for (const QString &description : QStringList{a.mainPurpose} + a.subPurposes) {
            if (description.trimmed().isEmpty())
                continue;
            // A purpose the register has keeps what the officer chose for it.
            const Purpose *known =
                existing ? findByKey(existing->purposes, description, &Purpose::description) : nullptr;
            Purpose purpose = known ? *known : Purpose{0, QString(), QString(), QString(), QString()};
            purpose.description = description.trimmed();
            // A basis the file gives (a spreadsheet of one's own may) is the file's word.
            for (auto basis = a.legalBases.cbegin(); basis != a.legalBases.cend(); ++basis) {
                if (key(basis.key()) == key(description) && !legalBasisCode(basis.value()).isEmpty())
                    purpose.legalBasis = legalBasisCode(basis.value());
            }
            out << purpose;
        }
        return out;
    }

    const DataCategory *categoryById(RowId id) const
    {
        for (const QList<DataCategory> *list : {&m_data, static_cast<const QList<DataCategory> *>(&m_plan.newDataCategories)}) {
            for (const DataCategory &c : *list) {
                if (c.id == id)
                    return &c;
            }
        }
        return nullptr;
    }

    void takeData(const ImportedActivity &a, const ProcessingActivity *existing, ProcessingActivity &planned)
    {
        planned.dataCategoryIds.clear();
        planned.dataCategoryUses.clear();
        QList<RowId> rules;
        for (const ImportedDataCategory &c : a.dataCategories) {
            const RowId id = dataCategory(c);
            if (planned.dataCategoryIds.contains(id))
                continue;
            planned.dataCategoryIds << id;
            const DataCategory *category = categoryById(id);
            const DataCategoryUse was = existing ? existing->dataCategoryUses.value(id) : DataCategoryUse{};
            // The category's name written for want of details is no detail.
            DataCategoryUse use{c.description.trimmed(), QString(), 0};
            if (category && key(use.detail) == key(category->name))
                use.detail.clear();
            if (c.retention.understood()) {
                use.retentionRuleId = retentionRule(c.retention, {was.retentionRuleId, category ? category->retentionRuleId : 0,
                                                                  existing ? existing->retentionRuleId : 0});
            } else if (!c.retention.text.trimmed().isEmpty()) {
                use.retention = c.retention.text.trimmed();
                // A rule the officer has since given the period stays.
                if (was.retention == use.retention)
                    use.retentionRuleId = was.retentionRuleId;
            }
            const bool categorysOwn = category && category->retentionRuleId != 0 && use.retentionRuleId == category->retentionRuleId;
            if (use.retentionRuleId != 0 && !categorysOwn && !rules.contains(use.retentionRuleId))
                rules << use.retentionRuleId;
            planned.dataCategoryUses.insert(id, use);
        }
        std::sort(planned.dataCategoryIds.begin(), planned.dataCategoryIds.end());
        // One period for all its data is the activity's own rule.
        if (planned.retentionRuleId == 0 && rules.size() == 1)
            planned.retentionRuleId = rules.constFirst();
        // A category names a rule only where it differs from what the
        // activity, or the category itself, already says.
        for (auto use = planned.dataCategoryUses.begin(); use != planned.dataCategoryUses.end();) {
            const DataCategory *category = categoryById(use.key());
            if (use->retentionRuleId != 0 && use->retention.isEmpty()
                && (use->retentionRuleId == planned.retentionRuleId || (category && use->retentionRuleId == category->retentionRuleId)))
                use->retentionRuleId = 0;
            use = use->isEmpty() ? planned.dataCategoryUses.erase(use) : std::next(use);
        }
    }

    QList<Recipient> recipients(const ImportedActivity &a, const ProcessingActivity *existing) const
    {
        QList<Recipient> out;
        for (const ImportedItem &item : a.recipients) {
            const QString name = item.detail.isEmpty() ? item.kind : item.detail;
            const Recipient *known = existing ? findByKey(existing->recipients, name, &Recipient::name) : nullptr;
            Recipient r = known ? *known : Recipient{};
            r.name = name;
            // "Autre (Préciser)" says no more than the kind the register has.
            const QString kind = recipientKindCode(item.kind);
            const bool other = cnil::startsWith(item.kind, "autre");
            r.kind = known && (kind.isEmpty() || other) ? known->kind : !kind.isEmpty() ? kind : QStringLiteral("third_party");
            out << r;
        }
        return out;
    }

    QList<Transfer> transfers(const ImportedActivity &a, const ProcessingActivity *existing, QStringList &doubts) const
    {
        QList<Transfer> out;
        for (const ImportedTransfer &t : a.transfers) {
            const QString country = countries::codeOf(t.country);
            if (country.isEmpty()) {
                doubts << RegisterImporter::tr(
                              "The transfer to “%1” (%2) is left out: “%3” is not a country the register knows.")
                              .arg(t.recipient, t.where.toString(), t.country);
                continue;
            }
            // The transfer the register has to that country and recipient,
            // the recipient given as its processor when it has no name of its own.
            Transfer x;
            bool byProcessor = false;
            if (existing) {
                for (const Transfer &e : existing->transfers) {
                    const bool named = key(e.recipient) == key(t.recipient);
                    const bool processor =
                        e.recipient.isEmpty() && key(m_known.processorName(e.processorId)) == key(t.recipient);
                    if (e.country == country && (named || processor)) {
                        x = e;
                        byProcessor = processor;
                    }
                }
            }
            x.country = country;
            if (!byProcessor)
                x.recipient = t.recipient.trimmed();
            x.safeguardReference = t.documentation.trimmed();
            x.safeguard = safeguardCode(t.safeguard);
            if (x.safeguard.isEmpty()) {
                x.safeguard = QStringLiteral("none");
                const bool saysNone = cnil::startsWith(t.safeguard, "aucune") || cnil::startsWith(t.safeguard, "no safeguard")
                                      || cnil::startsWith(t.safeguard, "none");
                if (!t.safeguard.trimmed().isEmpty() && !saysNone) {
                    doubts << RegisterImporter::tr(
                                  "The safeguard “%1” of the transfer to “%2” (%3) covers no transfer today: "
                                  "choose another.")
                                  .arg(t.safeguard, t.recipient, t.where.toString());
                }
            }
            out << x;
        }
        return out;
    }

    RowId subjectCategory(const ImportedItem &item)
    {
        const QString name = item.detail.isEmpty() ? item.kind.trimmed() : item.detail.trimmed();
        if (const SubjectCategory *known = findByKey(m_subjects, name, &SubjectCategory::name))
            return known->id;
        if (const SubjectCategory *planned = findByKey(m_plan.newSubjectCategories, name, &SubjectCategory::name))
            return planned->id;
        SubjectCategory c;
        c.id = -RowId(m_plan.newSubjectCategories.size() + 1);
        c.name = name;
        c.kind = subjectKindCode(item.kind);
        if (c.kind.isEmpty())
            c.kind = QStringLiteral("other");
        if (!item.detail.isEmpty())
            c.description = item.kind.trimmed();
        m_plan.newSubjectCategories << c;
        return c.id;
    }

    RowId dataCategory(const ImportedDataCategory &imported)
    {
        const auto [name, description] = cnil::categoryName(imported.category);
        if (const DataCategory *known = findByKey(m_data, name, &DataCategory::name))
            return known->id;
        if (const DataCategory *planned = findByKey(m_plan.newDataCategories, name, &DataCategory::name))
            return planned->id;
        DataCategory c;
        c.id = -RowId(m_plan.newDataCategories.size() + 1);
        c.name = name;
        c.description = description;
        c.specialCategory = imported.special || imported.offences;
        m_plan.newDataCategories << c;
        return c.id;
    }

    // The rule `period` says: one of `preferred` (the rules the register
    // already gives the data) when it says the same, else one by its name,
    // else one that says the same in other words, else a new one.
    RowId retentionRule(const RetentionText &period, std::initializer_list<RowId> preferred = {})
    {
        auto same = [&](const RetentionRule &r) {
            return r.duration == period.duration && r.unit == period.unit && r.triggerEvent == period.trigger
                && eventKey(r.customTrigger) == eventKey(period.customTrigger);
        };
        for (const RowId id : preferred) {
            for (const RetentionRule &r : m_rules) {
                if (id != 0 && r.id == id && same(r))
                    return r.id;
            }
        }
        const QString name = period.text.simplified();
        if (const RetentionRule *known = findByKey(m_rules, name, &RetentionRule::name))
            return known->id;
        if (const RetentionRule *planned = findByKey(m_plan.newRetentionRules, name, &RetentionRule::name))
            return planned->id;
        for (const RetentionRule &r : m_rules) {
            if (same(r))
                return r.id;
        }
        RetentionRule r;
        r.id = -RowId(m_plan.newRetentionRules.size() + 1);
        r.name = name;
        r.duration = period.duration;
        r.unit = period.unit;
        r.triggerEvent = period.trigger;
        r.customTrigger = period.customTrigger;
        r.outcome = QStringLiteral("delete");
        m_plan.newRetentionRules << r;
        return r.id;
    }

    static QStringList changes(const ProcessingActivity &was, const ProcessingActivity &now)
    {
        QStringList out;
        auto differs = [&](bool different, const char *what) {
            if (different)
                out << RegisterImporter::tr(what);
        };
        differs(was.name != now.name, QT_TRANSLATE_NOOP("pc::exchange::RegisterImporter", "name"));
        differs(was.description != now.description, QT_TRANSLATE_NOOP("pc::exchange::RegisterImporter", "description"));
        differs(was.reference != now.reference, QT_TRANSLATE_NOOP("pc::exchange::RegisterImporter", "reference"));
        differs(was.recordedOn != now.recordedOn || was.revisedOn != now.revisedOn,
                QT_TRANSLATE_NOOP("pc::exchange::RegisterImporter", "dates"));
        differs(was.jointControllers != now.jointControllers,
                QT_TRANSLATE_NOOP("pc::exchange::RegisterImporter", "joint controllers"));
        differs(was.purposes != now.purposes, QT_TRANSLATE_NOOP("pc::exchange::RegisterImporter", "purposes"));
        differs(was.dataCategoryIds != now.dataCategoryIds || was.dataCategoryUses != now.dataCategoryUses,
                QT_TRANSLATE_NOOP("pc::exchange::RegisterImporter", "personal data"));
        differs(was.retentionRuleId != now.retentionRuleId,
                QT_TRANSLATE_NOOP("pc::exchange::RegisterImporter", "retention rule"));
        differs(was.subjectCategoryIds != now.subjectCategoryIds,
                QT_TRANSLATE_NOOP("pc::exchange::RegisterImporter", "people"));
        differs(was.recipients != now.recipients, QT_TRANSLATE_NOOP("pc::exchange::RegisterImporter", "recipients"));
        differs(was.transfers != now.transfers, QT_TRANSLATE_NOOP("pc::exchange::RegisterImporter", "transfers"));
        differs(was.securityMeasures != now.securityMeasures,
                QT_TRANSLATE_NOOP("pc::exchange::RegisterImporter", "security measures"));
        return out;
    }

    QStringList filled(const ImportedActivity &a, const ProcessingActivity &planned) const
    {
        QStringList out;
        using Part = ImportedActivity::Part;
        if (a.holds(Part::Purposes))
            out << RegisterImporter::tr("%n purpose(s)", nullptr, int(planned.purposes.size()));
        if (a.holds(Part::Data)) {
            int special = 0;
            int periods = 0;
            for (const ImportedDataCategory &c : a.dataCategories) {
                special += c.special || c.offences ? 1 : 0;
                periods += c.retention.text.trimmed().isEmpty() ? 0 : 1;
            }
            out << RegisterImporter::tr("%n category(ies) of data", nullptr, int(planned.dataCategoryIds.size()));
            if (special > 0)
                out << RegisterImporter::tr("%n special category(ies)", nullptr, special);
            if (periods > 0)
                out << RegisterImporter::tr("%n retention period(s)", nullptr, periods);
        }
        if (a.holds(Part::People))
            out << RegisterImporter::tr("%n category(ies) of people", nullptr, int(planned.subjectCategoryIds.size()));
        if (a.holds(Part::Recipients) && !planned.recipients.isEmpty())
            out << RegisterImporter::tr("%n recipient(s)", nullptr, int(planned.recipients.size()));
        if (a.holds(Part::Transfers) && !planned.transfers.isEmpty())
            out << RegisterImporter::tr("%n transfer(s) outside the EU", nullptr, int(planned.transfers.size()));
        if (a.holds(Part::Security) && !a.securityMeasures.isEmpty())
            out << RegisterImporter::tr("%n security measure(s)", nullptr, int(a.securityMeasures.size()));
        return out;
    }

    RegisterImportPlan &m_plan;
    const QList<SubjectCategory> &m_subjects;
    const QList<DataCategory> &m_data;
    const QList<RetentionRule> &m_rules;
    const QList<ProcessingActivity> &m_activities;
    const RegisterContent &m_known;
};

// Fills what the file says of the organization where the register says
// nothing yet; returns the names of the fields filled.
QStringList fillOrganization(Organization &org, const ImportedRegister &reg)
{
    QStringList filled;
    auto fill = [&](QString &field, const QString &value, const char *what) {
        if (field.trimmed().isEmpty() && !value.trimmed().isEmpty()) {
            field = value.trimmed();
            filled << RegisterImporter::tr(what);
        }
    };
    const ImportedContact controller = mergedContact(reg, &ImportedActivity::controller, reg.controller);
    const ImportedContact dpo = mergedContact(reg, &ImportedActivity::dpo, reg.dpo);
    const ImportedContact representative = mergedContact(reg, &ImportedActivity::representative, reg.representative);
    fill(org.address, controller.address, QT_TRANSLATE_NOOP("pc::exchange::RegisterImporter", "address"));
    fill(org.dpoName,
         dpo.company.isEmpty() || dpo.name.isEmpty() ? joined({dpo.name, dpo.company}, QString())
                                                     : QStringLiteral("%1 (%2)").arg(dpo.name, dpo.company),
         QT_TRANSLATE_NOOP("pc::exchange::RegisterImporter", "DPO"));
    fill(org.dpoEmail, dpo.email, QT_TRANSLATE_NOOP("pc::exchange::RegisterImporter", "DPO's e-mail"));
    fill(org.dpoPhone, dpo.phone, QT_TRANSLATE_NOOP("pc::exchange::RegisterImporter", "DPO's telephone"));
    fill(org.dpoAddress, dpo.address, QT_TRANSLATE_NOOP("pc::exchange::RegisterImporter", "DPO's address"));
    fill(org.representativeName, representative.name,
         QT_TRANSLATE_NOOP("pc::exchange::RegisterImporter", "representative"));
    fill(org.representativeContact,
         joined({representative.address, representative.phone, representative.email}, QStringLiteral("; ")),
         QT_TRANSLATE_NOOP("pc::exchange::RegisterImporter", "representative's contact"));
    return filled;
}

} // namespace

QString PlannedActivity::actionLabel() const
{
    switch (action) {
    case Action::Create:
        return RegisterImporter::tr("new");
    case Action::Update:
        return RegisterImporter::tr("update");
    case Action::Unchanged:
        return RegisterImporter::tr("unchanged");
    }
    return {};
}

int RegisterImportPlan::count(PlannedActivity::Action action) const
{
    return int(std::count_if(activities.cbegin(), activities.cend(),
                             [action](const PlannedActivity &a) { return a.action == action; }));
}

bool RegisterImportPlan::changesNothing() const
{
    return organization.id != 0 && organizationChanges.isEmpty() && count(Action::Create) == 0
        && count(Action::Update) == 0;
}

QStringList RegisterImportPlan::summary() const
{
    QStringList lines;
    if (organization.id == 0) {
        lines << RegisterImporter::tr("Organization “%1” to be created (%2).")
                     .arg(organization.name, organization.country);
    } else if (!organizationChanges.isEmpty()) {
        lines << RegisterImporter::tr("Organization “%1”: %2 filled in.")
                     .arg(organization.name, organizationChanges.join(QStringLiteral(", ")));
    } else {
        lines << RegisterImporter::tr("Organization “%1”.").arg(organization.name);
    }
    lines << RegisterImporter::tr(
                 "Activities new: %1, updated: %2, unchanged: %3. New to the register: categories of people: %4, "
                 "categories of data: %5, retention rules: %6.")
                 .arg(count(Action::Create))
                 .arg(count(Action::Update))
                 .arg(count(Action::Unchanged))
                 .arg(newSubjectCategories.size())
                 .arg(newDataCategories.size())
                 .arg(newRetentionRules.size());
    return lines;
}

Result<RegisterFile> RegisterImporter::open(const QString &path)
{
    Result<Workbook> book = WorkbookReader::read(path);
    if (!book)
        return book.error();
    RegisterFile file;
    file.book = std::move(book.value());
    file.cnilModel = CnilRegisterReader::recognises(file.book);
    if (!file.cnilModel) {
        file.mappings = TableRegisterReader::guess(file.book);
        if (file.mappings.isEmpty()) {
            return Error{tr("“%1” is neither the CNIL's register model nor a table of activities: no sheet has a column "
                            "headed with the activity's name (“Activité”, “Nom du traitement”, “Activity”…).")
                             .arg(file.book.fileName),
                         Error::Kind::BadInput};
        }
    }
    return file;
}

Result<ImportedRegister> RegisterImporter::read(const RegisterFile &file)
{
    return file.cnilModel ? CnilRegisterReader::read(file.book) : TableRegisterReader::read(file.book, file.mappings);
}

Result<ImportedRegister> RegisterImporter::read(const QString &path)
{
    const Result<RegisterFile> file = open(path);
    if (!file)
        return file.error();
    return read(file.value());
}

Result<RegisterImportPlan> RegisterImporter::plan(Database &db, const ImportedRegister &reg, RowId organizationId,
                                                  const QString &fileName)
{
    RegisterRepository registers(db);
    RegisterImportPlan plan;
    plan.fileName = fileName;
    plan.notices = reg.notices;
    if (organizationId > 0) {
        const Result<Organization> org = registers.organization(organizationId);
        if (!org)
            return org.error();
        plan.organization = org.value();
    } else {
        const QString name = reg.organizationName().trimmed();
        if (name.isEmpty()) {
            return Error{tr("The register does not name its organization (the controller of its activity sheets or "
                            "of its list): say which organization it is to go into."),
                         Error::Kind::BadInput};
        }
        const Result<QList<Organization>> all = registers.organizations();
        if (!all)
            return all.error();
        if (const Organization *known = findByKey(all.value(), name, &Organization::name)) {
            plan.organization = *known;
        } else {
            Organization &org = plan.organization;
            org.name = name;
            const ImportedContact controller = mergedContact(reg, &ImportedActivity::controller, reg.controller);
            org.country = countries::codeOf(controller.country);
            if (org.country.isEmpty()) {
                // The CNIL's model is for organizations under French law.
                org.country = QStringLiteral("FR");
                plan.notices << tr("The register does not say the organization's country: France is taken.");
            }
            org.jurisdiction = countries::jurisdictionOf(org.country);
            if (org.jurisdiction.isEmpty()) {
                org.jurisdiction = QStringLiteral("FR");
                plan.notices << tr("The organization is outside the EEA: the French authority's rules are taken; "
                                   "change its jurisdiction if another law applies.");
            }
            org.policyLanguage = QStringLiteral("fr");
        }
    }
    const QStringList filled = fillOrganization(plan.organization, reg);
    if (plan.organization.id != 0)
        plan.organizationChanges = filled;

    RegisterContent known;
    if (plan.organization.id != 0) {
        Result<RegisterContent> content = RegisterContent::read(db, plan.organization.id);
        if (!content)
            return content.error();
        known = std::move(content.value());
    }
    Planner planner(plan, known);
    for (const ImportedActivity &a : reg.activities)
        planner.add(a);
    return plan;
}

Result<RegisterImportResult> RegisterImporter::apply(Database &db, const RegisterImportPlan &plan)
{
    RegisterImportResult result;
    if (plan.changesNothing()) {
        result.organizationId = plan.organization.id;
        result.unchanged = int(plan.activities.size());
        return result;
    }
    const Status done = db.transaction([&]() -> Status {
        RegisterRepository registers(db);
        Organization org = plan.organization;
        if (org.id == 0) {
            if (const Result<RowId> id = registers.addOrganization(org); !id)
                return id.error();
            result.organizationCreated = true;
        } else if (!plan.organizationChanges.isEmpty()) {
            Result<Organization> before = registers.organization(org.id);
            if (!before)
                return before.error();
            if (Status s = registers.updateOrganization(org); !s)
                return s;
            before->rowVersion = org.rowVersion;
            result.organizationBefore = before.value();
        }
        result.organizationId = org.id;
        // The plan's own ids (-1, -2…) for what it makes, and the database's.
        QHash<RowId, RowId> rules, subjects, data;
        auto real = [](const QHash<RowId, RowId> &made, RowId id) { return id < 0 ? made.value(id) : id; };
        for (RetentionRule rule : plan.newRetentionRules) {
            const RowId planned = rule.id;
            rule.id = 0;
            rule.organizationId = org.id;
            const Result<RowId> id = registers.addRetentionRule(rule);
            if (!id)
                return id.error();
            rules.insert(planned, id.value());
            result.madeRetentionRules << id.value();
        }
        for (SubjectCategory category : plan.newSubjectCategories) {
            const RowId planned = category.id;
            category.id = 0;
            category.organizationId = org.id;
            const Result<RowId> id = registers.addSubjectCategory(category);
            if (!id)
                return id.error();
            subjects.insert(planned, id.value());
            result.madeSubjectCategories << id.value();
        }
        for (DataCategory category : plan.newDataCategories) {
            const RowId planned = category.id;
            category.id = 0;
            category.organizationId = org.id;
            category.retentionRuleId = real(rules, category.retentionRuleId);
            const Result<RowId> id = registers.addDataCategory(category);
            if (!id)
                return id.error();
            data.insert(planned, id.value());
            result.madeDataCategories << id.value();
        }
        for (const PlannedActivity &p : plan.activities) {
            if (p.action == Action::Unchanged) {
                ++result.unchanged;
                continue;
            }
            ProcessingActivity a = p.activity;
            a.organizationId = org.id;
            a.retentionRuleId = real(rules, a.retentionRuleId);
            for (RowId &id : a.subjectCategoryIds)
                id = real(subjects, id);
            QMap<RowId, DataCategoryUse> uses;
            for (RowId &id : a.dataCategoryIds) {
                const RowId planned = id;
                id = real(data, id);
                if (a.dataCategoryUses.contains(planned)) {
                    DataCategoryUse use = a.dataCategoryUses.value(planned);
                    use.retentionRuleId = real(rules, use.retentionRuleId);
                    uses.insert(id, use);
                }
            }
            a.dataCategoryUses = uses;
            std::sort(a.subjectCategoryIds.begin(), a.subjectCategoryIds.end());
            std::sort(a.dataCategoryIds.begin(), a.dataCategoryIds.end());
            if (p.action == Action::Create) {
                a.id = 0;
                const Result<RowId> id = registers.addActivity(a);
                if (!id)
                    return id.error();
                result.created << id.value();
            } else {
                Result<ProcessingActivity> before = registers.activity(a.id);
                if (!before)
                    return before.error();
                if (Status s = registers.updateActivity(a); !s)
                    return s;
                before->rowVersion = a.rowVersion;
                result.replaced << before.value();
                result.updated << a.id;
            }
        }
        return AuditTrail::record(db, QStringLiteral("register import"),
                                  // The trail's own words, whatever the window's language.
                                  QStringLiteral("%1: %2 activities created, %3 updated, %4 unchanged")
                                      .arg(plan.fileName)
                                      .arg(result.created.size())
                                      .arg(result.updated.size())
                                      .arg(result.unchanged),
                                  QStringLiteral("organizations"), org.id);
    });
    if (!done)
        return done.error();
    return result;
}

Status RegisterImporter::undo(Database &db, const RegisterImportResult &done)
{
    if (done.wroteNothing())
        return success();
    return db.transaction([&]() -> Status {
        RegisterRepository registers(db);
        const Error changedSince{tr("The register was changed since this import: it cannot be taken back whole."),
                                 Error::Kind::Conflict};
        for (const RowId id : done.created) {
            const Result<ProcessingActivity> now = registers.activity(id);
            if (!now)
                return now.error();
            if (now->rowVersion != 1)
                return changedSince;
            if (Status s = registers.removeActivity(id); !s)
                return s;
        }
        for (ProcessingActivity was : done.replaced) {
            if (Status s = registers.updateActivity(was); !s)
                return s.error().is(Error::Kind::Conflict) ? Status(changedSince) : s;
        }
        for (const RowId id : done.madeDataCategories) {
            if (Status s = registers.removeDataCategory(id); !s)
                return s;
        }
        for (const RowId id : done.madeSubjectCategories) {
            if (Status s = registers.removeSubjectCategory(id); !s)
                return s;
        }
        for (const RowId id : done.madeRetentionRules) {
            if (Status s = registers.removeRetentionRule(id); !s)
                return s;
        }
        if (done.organizationCreated) {
            if (Status s = registers.removeOrganization(done.organizationId); !s)
                return s;
        } else if (done.organizationBefore) {
            Organization was = *done.organizationBefore;
            if (Status s = registers.updateOrganization(was); !s)
                return s.error().is(Error::Kind::Conflict) ? Status(changedSince) : s;
        }
        return AuditTrail::record(db, QStringLiteral("register import undone"),
                                  QStringLiteral("%1 activities removed, %2 put back")
                                      .arg(done.created.size())
                                      .arg(done.replaced.size()),
                                  QStringLiteral("organizations"), done.organizationId);
    });
}

} // namespace pc::exchange
