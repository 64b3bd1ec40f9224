#pragma once

#include "CnilRegister.h"
#include "Workbook.h"
#include "core/DocumentLanguage.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// A register an officer keeps in a spreadsheet of their own: one row per
// activity (several purposes, categories or recipients in a cell, one per
// line or separated by semicolons), or one sheet per list (activities,
// purposes, data categories, people, recipients, transfers) whose rows name
// their activity. Each sheet's columns are matched to the register's
// fields by their headings, in French or English, and the matching can be
// changed before anything is read. What it gives is read into the same
// ImportedRegister as the CNIL's model, and imported the same way.
namespace pc::exchange {

enum class RegisterList { Activities, Purposes, DataCategories, People, Recipients, Transfers };

// The fields a column can hold, by list; the first ones are required.
struct TableField
{
    QString key; // "name", "purpose", "country"…
    bool required = false;
};
QList<TableField> fieldsOf(RegisterList list);
// A field's name as the window shows it; a list's. In a document's
// language: the headings and sheets of a workbook written.
QString fieldLabel(const QString &key);
QString listLabel(RegisterList list);
QString fieldLabel(const QString &key, const DocumentLanguage &language);
QString listLabel(RegisterList list, const DocumentLanguage &language);

// How one sheet is read: as which list, from which row, each field from which column.
struct SheetMapping
{
    QString sheet;
    RegisterList list = RegisterList::Activities;
    int headerRow = 0;
    QHash<QString, int> columns; // field key -> column; fields absent are not read
    QStringList headers; // the heading row's texts, for choosing another column

    bool maps(const QString &key) const { return columns.value(key, -1) >= 0; }
};

class TableRegisterReader final
{
    Q_DECLARE_TR_FUNCTIONS(pc::exchange::TableRegisterReader)

public:
    // The sheets that look like lists of a register, each with the list it
    // is most like and its columns matched by their headings; empty when
    // none has at least an activity's name (or an activity and a value).
    static QList<SheetMapping> guess(const Workbook &book);
    // Reads the register the mappings say; refuses, with the sheet and the
    // cell, an activity without a name and a row naming an activity that
    // no sheet has.
    static Result<ImportedRegister> read(const Workbook &book, const QList<SheetMapping> &mappings);
};

} // namespace pc::exchange
