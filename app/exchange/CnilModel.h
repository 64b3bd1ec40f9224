#pragma once

#include "Workbook.h"

#include <QDate>
#include <QString>

#include <initializer_list>
#include <utility>

// How the CNIL's register model is laid out, as its reader and its writer
// find their way in it: cells by their labels, compared folded (no accents,
// lower case), sections by their headers, the list by its heading row.
namespace pc::exchange::cnil {

// Lower case, no accents, one space between words, straight apostrophes.
QString fold(const QString &text);
// Whether `text`, folded, begins with `prefix` (UTF-8, folded already: "n° / ref").
bool startsWith(const QString &text, const char *prefix);
// What the model writes where nothing was chosen ("Sélectionnez un élément"),
// its links to the CNIL's guides ("► …"), "N/A" and "-".
bool isPlaceholder(const QString &text);
// A column's heading repeated over a part of a section ("Description"…).
bool isHeading(const QString &text);
// The cell's text, empty for a placeholder.
QString valueOf(const Sheet &sheet, int row, int column);
// A date cell, or a date written dd/mm/yyyy or yyyy-mm-dd.
QDate dateOf(const Sheet &sheet, int row, int column);
// The first row from `from` whose first cell begins with `prefix`, -1 when none.
int rowStarting(const Sheet &sheet, const char *prefix, int from = 0);
// The column of `row` whose text begins with one of `prefixes`, -1 when none.
int columnStarting(const Sheet &sheet, int row, std::initializer_list<const char *> prefixes, int from = 1);

// The sections of an activity sheet, by the first words of their header's first cell.
inline constexpr const char *kDataSection = "categories de donnees personnelles";
inline constexpr const char *kSpecialSection = "donnees sensibles";
inline constexpr const char *kPeopleSection = "categories de personnes concernees";
inline constexpr const char *kRecipientSection = "destinataires";
inline constexpr const char *kSecuritySection = "mesures de securite";
inline constexpr const char *kTransferSection = "transferts hors ue";

bool isSectionHeader(const Sheet &sheet, int row);
// The rows of the section whose header is at `header`: to the next header.
std::pair<int, int> sectionRows(const Sheet &sheet, int header);

bool isActivitySheet(const Sheet &sheet);
bool isExample(const Sheet &sheet);
// Sheet 3 as the CNIL publishes it: the form to copy.
bool isBlankModel(const Sheet &sheet);
// The list of sheet 2: the row of its header ("Nom du traitement", "N° / RÉF"…), -1 when none.
int listHeader(const Sheet &sheet);

// The data category a row of the model stands for: its label without the
// ellipsis and the examples in brackets, which describe it.
std::pair<QString, QString> categoryName(const QString &label);

} // namespace pc::exchange::cnil
