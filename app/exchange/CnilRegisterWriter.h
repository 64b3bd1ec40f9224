#pragma once

#include "RegisterContent.h"
#include "core/DocumentLanguage.h"
#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pc::exchange {

// The register in the CNIL's own model (.ods), filled in as its tutorial
// asks: the organization's and the DPO's details and one line per activity
// on the list (sheet 2), and one copy of the activity form (sheet 3) per
// activity, named by its reference; the tutorial, the blank form, the
// CNIL's example and its drop-down lists kept. Each value goes where the
// reader finds it, by the same labels, so that the file imports back
// unchanged: categories of data the model has no line for get a line of
// their own, lists longer than the form's get more lines, and a kind the
// CNIL's lists name (a safeguard, a country, a recipient) is written in
// their words. Retention periods are written in French, as the model is.
class CnilRegisterWriter final
{
    PC_DOCUMENT_TR_FUNCTIONS(pc::exchange::CnilRegisterWriter)

public:
    CnilRegisterWriter() = default;

    Result<QByteArray> write(const RegisterContent &content) const;
    // Written whole or not at all.
    Status writeFile(const RegisterContent &content, const QString &path) const;

    // The model's language.
    const DocumentLanguage &language() const { return m_language; }

private:
    const DocumentLanguage &documentLanguage() const { return m_language; }

    DocumentLanguage m_language{QStringLiteral("fr")};
};

} // namespace pc::exchange
