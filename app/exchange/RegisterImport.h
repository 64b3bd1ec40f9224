#pragma once

#include "CnilRegister.h"
#include "TableRegister.h"
#include "core/Result.h"
#include "domain/Register.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pc {
class Database;
}

// A register brought in: what importing it would do, shown before anything
// is written, and the import itself in one transaction. Activities are
// matched by their reference (else their name), categories of people and of
// data and retention rules by their names, so that importing the same file
// again changes nothing, and what the officer added since (a legal basis, a
// status, a processor) stays.
namespace pc::exchange {

struct PlannedActivity
{
    enum class Action { Create, Update, Unchanged };

    Action action = Action::Create;
    QString sheet; // where it was read; empty when only on the list
    // As it will be saved: the id and row version of the one it updates.
    // Categories and rules still to be made have negative ids, those of
    // the plan's lists (-1 for the first).
    ProcessingActivity activity;
    QStringList filled; // what the file gives, in the interface's language
    QStringList changes; // for an update: which parts differ from the register
    QStringList missing; // what the register will still ask for (the activity's checks)
    QStringList doubts; // what the officer is to look at in the file

    QString actionLabel() const;
};

struct RegisterImportPlan
{
    QString fileName;
    Organization organization; // id 0: to be created
    QStringList organizationChanges; // what the file adds to an existing organization
    QList<SubjectCategory> newSubjectCategories;
    QList<DataCategory> newDataCategories;
    QList<RetentionRule> newRetentionRules;
    QList<PlannedActivity> activities;
    QStringList notices;

    int count(PlannedActivity::Action action) const;
    // Nothing would be written: the register already holds the file.
    bool changesNothing() const;
    // The plan in words, as the command line prints it and the window lists it.
    QStringList summary() const;
};

struct RegisterImportResult
{
    RowId organizationId = 0;
    bool organizationCreated = false;
    QList<RowId> created;           // the activities made
    QList<RowId> updated;
    int unchanged = 0;

    // What undoing it puts back: the organization and the activities as
    // they were (with the row versions the import left, so that a change
    // made since is a conflict), and what it made.
    std::optional<Organization> organizationBefore;
    QList<ProcessingActivity> replaced;
    QList<RowId> madeSubjectCategories;
    QList<RowId> madeDataCategories;
    QList<RowId> madeRetentionRules;

    bool wroteNothing() const { return !organizationCreated && !organizationBefore && created.isEmpty() && updated.isEmpty(); }
};

// A register's file as opened, before its activities are read.
struct RegisterFile
{
    Workbook book;
    bool cnilModel = false;
    QList<SheetMapping> mappings;   // a spreadsheet of one's own: how each sheet is read
};

class RegisterImporter final
{
    Q_DECLARE_TR_FUNCTIONS(pc::exchange::RegisterImporter)

public:
    // A register's file opened: the workbook read and recognised as the
    // CNIL's model, or as a spreadsheet of one's own with its sheets'
    // columns matched by their headings; an error that names the file when
    // it is neither.
    static Result<RegisterFile> open(const QString &path);
    // Its activities read (with the sheets' mappings as `file` holds them
    // now); an error that names the sheet and the cell otherwise.
    static Result<ImportedRegister> read(const RegisterFile &file);
    // Both at once.
    static Result<ImportedRegister> read(const QString &path);

    // What importing `reg` into the organization `organizationId` (0: the
    // one the register names, found by its name or created) would do.
    static Result<RegisterImportPlan> plan(Database &db, const ImportedRegister &reg, RowId organizationId,
                                           const QString &fileName);
    // Writes the plan in one transaction: nothing when any part fails (an
    // activity changed since the plan was made, a rule the database refuses).
    static Result<RegisterImportResult> apply(Database &db, const RegisterImportPlan &plan);
    // Takes an import back in one transaction: the activities it made and
    // the categories, rules and organization, the activities and the
    // organization's fields it changed as they were. Refused whole when any
    // of them was changed since.
    static Status undo(Database &db, const RegisterImportResult &done);
};

} // namespace pc::exchange
