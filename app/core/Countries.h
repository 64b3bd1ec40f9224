#pragma once

#include <QString>

// Countries by their names, through ICU's (CLDR's) names in French and
// English: a register written by hand names them ("Andorre", "États-Unis",
// "South Africa"); the register keeps ISO 3166-1 codes.
namespace pc::countries {

// The ISO 3166-1 alpha-2 code of the country `name` names, in French or
// English (case, accents and punctuation ignored; other usual names too,
// such as "Birmanie" or "Swaziland"), or of the code itself. Empty when no
// country has that name.
QString codeOf(const QString &name);

// The country's name in `language` ("fr", "en"); the code when ICU has none.
QString nameOf(const QString &code, const QString &language);

// The jurisdiction (CodeList::Jurisdiction) of an organization established
// in the country `code`: its own law for the five the deadlines know, "EU"
// for the other states of the European Economic Area, empty elsewhere.
QString jurisdictionOf(const QString &code);

} // namespace pc::countries
