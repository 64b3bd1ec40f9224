#pragma once

#include "domain/Register.h"

#include "core/Result.h"

#include <QUndoCommand>

#include <functional>

namespace pc {

class Database;

// What a command tells the window after it wrote: which activity to show
// (0: none) and, when it failed, why.
using ActivityNotifier = std::function<void(RowId activityId, const QString &error)>;

// Saving a processing activity (a new one, or changes to one), undoable.
// The first write happens before the command is pushed, so a refused save
// never reaches the undo stack; later undo/redo refuse to overwrite a change
// someone else made meanwhile, and the command then leaves the stack.
class SaveActivityCommand final : public QUndoCommand
{
public:
    // `before` has id 0 for a new activity; `after` is as saved, with its id
    // and row version.
    SaveActivityCommand(Database &db, ProcessingActivity before, ProcessingActivity after, ActivityNotifier notify);
    void undo() override;
    void redo() override;

private:
    Status write(const ProcessingActivity &content);

    Database &m_db;
    ProcessingActivity m_before;
    ProcessingActivity m_after;
    ActivityNotifier m_notify;
    int m_storedVersion;
    bool m_written = true;
};

// Deleting a processing activity, undoable: undo puts it back whole, under
// the same id.
class DeleteActivityCommand final : public QUndoCommand
{
public:
    DeleteActivityCommand(Database &db, ProcessingActivity removed, ActivityNotifier notify);
    void undo() override;
    void redo() override;

private:
    Database &m_db;
    ProcessingActivity m_removed;
    ActivityNotifier m_notify;
    bool m_written = true;
};

} // namespace pc
