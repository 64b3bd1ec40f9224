#pragma once

#include "RegisterContent.h"
#include "WorkbookWriter.h"
#include "core/DocumentLanguage.h"
#include "core/Result.h"

// The register as a workbook of its lists (.xlsx), in French or English:
// the activities, then their purposes, categories of data (with details and
// retention periods), categories of people, recipients and transfers, each
// row naming its activity by reference. A spreadsheet of one's own, in the
// form the import reads: it imports back unchanged.
namespace pc::exchange {

class TableRegisterWriter final
{
    PC_DOCUMENT_TR_FUNCTIONS(pc::exchange::TableRegisterWriter)

public:
    explicit TableRegisterWriter(const QString &language) : m_language(language) { }

    QList<WrittenSheet> sheets(const RegisterContent &content) const;
    Result<QByteArray> write(const RegisterContent &content) const;
    // Written whole or not at all.
    Status writeFile(const RegisterContent &content, const QString &path) const;

private:
    const DocumentLanguage &documentLanguage() const { return m_language; }

    DocumentLanguage m_language;
};

} // namespace pc::exchange
