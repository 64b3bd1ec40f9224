#include "RegisterContent.h"

#include "storage/RegisterRepository.h"

namespace pc::exchange {
namespace {

// An event written as a title ("Clôture de l'exercice") inside a sentence.
QString inSentence(QString event)
{
    if (event.size() > 1 && event.at(0).isUpper() && event.at(1).isLower())
        event[0] = event.at(0).toLower();
    return event;
}

// The words of a period, in a document's language.
class PeriodWords
{
    PC_DOCUMENT_TR_FUNCTIONS(pc::exchange::RetentionPeriod)

public:
    explicit PeriodWords(const DocumentLanguage &language) : m_language(language) {}
    QString text(const RetentionRule &rule) const;

private:
    const DocumentLanguage &documentLanguage() const { return m_language; }
    const DocumentLanguage &m_language;
};

QString PeriodWords::text(const RetentionRule &rule) const
{
    const int n = rule.duration;
    const QString duration = rule.unit == QLatin1String("day") ? tr("%n day(s)", nullptr, n)
        : rule.unit == QLatin1String("week")                   ? tr("%n week(s)", nullptr, n)
        : rule.unit == QLatin1String("month")                  ? tr("%n month(s)", nullptr, n)
                                                               : tr("%n year(s)", nullptr, n);
    const QString &t = rule.triggerEvent;
    const QString from = t == QLatin1String("collection") ? tr("from the collection of the data")
        : t == QLatin1String("relationship_end")          ? tr("from the end of the relationship")
        : t == QLatin1String("contract_end")              ? tr("from the end of the contract")
        : t == QLatin1String("termination_notice")        ? tr("from the termination")
        : t == QLatin1String("last_contact")              ? tr("after the last contact")
        : t == QLatin1String("application_date")          ? tr("from the application")
                                                          : tr("from %1").arg(inSentence(rule.customTrigger));
    return tr("%1 %2", "a duration, then the event it runs from").arg(duration, from);
}

} // namespace

QString periodText(const RetentionRule &rule, const DocumentLanguage &language)
{
    return PeriodWords(language).text(rule);
}

const DataCategory *RegisterContent::dataCategory(RowId id) const
{
    for (const DataCategory &c : dataCategories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const RetentionRule *RegisterContent::retentionRule(RowId id) const
{
    for (const RetentionRule &r : retentionRules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QString RegisterContent::processorName(RowId id) const
{
    for (const Processor &p : processors) {
        if (p.id == id)
            return p.name;
    }
    return {};
}

QString RegisterContent::periodOf(const ProcessingActivity &activity, const DataCategory &category,
                                  const DocumentLanguage &language) const
{
    const DataCategoryUse use = activity.dataCategoryUses.value(category.id);
    if (!use.retention.isEmpty() && use.retentionRuleId <= 0)
        return use.retention;
    for (const RowId id : {use.retentionRuleId, category.retentionRuleId, activity.retentionRuleId}) {
        if (const RetentionRule *r = retentionRule(id))
            return periodText(*r, language);
    }
    return use.retention;
}

Result<RegisterContent> RegisterContent::read(Database &db, RowId organizationId)
{
    RegisterRepository registers(db);
    RegisterContent c;
    const auto org = registers.organization(organizationId);
    if (!org)
        return org.error();
    c.organization = org.value();
    const auto activities = registers.activities(organizationId);
    const auto data = registers.dataCategories(organizationId);
    const auto people = registers.subjectCategories(organizationId);
    const auto rules = registers.retentionRules(organizationId);
    const auto processors = registers.processors(organizationId);
    if (!activities)
        return activities.error();
    if (!data)
        return data.error();
    if (!people)
        return people.error();
    if (!rules)
        return rules.error();
    if (!processors)
        return processors.error();
    c.activities = activities.value();
    c.dataCategories = data.value();
    c.subjectCategories = people.value();
    c.retentionRules = rules.value();
    c.processors = processors.value();
    return c;
}

} // namespace pc::exchange
