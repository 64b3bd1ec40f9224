#pragma once

#include "core/DocumentLanguage.h"
#include "core/Result.h"
#include "dpia/Dpia.h"

namespace pc {
class Database;
}

namespace pc::dpia {

// A new assessment of an activity, its answers drawn from what the register
// already says: the processing and who answers for it (111, 112), its data
// and their periods (121), purposes and legal bases (211, 212), retention
// (215), how people are told and use their rights (221, 223–225), the
// processors (226) and the transfers (227). The officer reads them over.
class DpiaPrefill final
{
    PC_DOCUMENT_TR_FUNCTIONS(pc::dpia::DpiaPrefill)
public:
    explicit DpiaPrefill(const DocumentLanguage &language);
    const DocumentLanguage &documentLanguage() const { return m_language; }

    Result<Dpia> start(Database &db, RowId activityId) const;

private:
    DocumentLanguage m_language;
};

} // namespace pc::dpia
