#include "RegisterContent.h"

#include "storage/RegisterRepository.h"

namespace pc::exchange {

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
