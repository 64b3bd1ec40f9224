#pragma once

#include "register/RecordEditor.h"

#include "storage/RecordStore.h"

#include <QUndoCommand>

#include <type_traits>

namespace pc {

class Database;

// The texts of the undo history, shared by every kind of record.
namespace commandtext {
QString added(const QString &label);
QString edited(const QString &label);
QString deleted(const QString &label);
QString imported(const QString &fileName);
} // namespace commandtext

// Saving a record (a new one, or changes to one), undoable.
// The first write happens before the command is pushed, so a refused save
// never reaches the undo stack; later undo/redo refuse to overwrite a change
// someone else made meanwhile, and the command then leaves the stack.
template<typename Entity>
class SaveRecordCommand final : public QUndoCommand
{
public:
    using Store = RecordStore<Entity>;

    // `before` has id 0 for a new record; `after` is as saved, with its id
    // and row version.
    SaveRecordCommand(Database &db, Entity before, Entity after, RecordNotifier notify)
        : m_db(db), m_before(std::move(before)), m_after(std::move(after)), m_notify(std::move(notify)),
          m_storedVersion(m_after.rowVersion)
    {
        setText(m_before.id == 0 ? commandtext::added(Store::label(m_after)) : commandtext::edited(Store::label(m_after)));
    }

    void redo() override
    {
        if (m_written) {
            m_written = false;   // done before the command was pushed
            return;
        }
        Status status = success();
        if (m_before.id == 0) {
            status = Store::putBack(m_db, asRemoved(m_after));
            m_storedVersion = 1;
        } else {
            status = write(m_after);
        }
        finish(status, m_after.id);
    }

    void undo() override
    {
        Status status = success();
        if (m_before.id == 0) {
            const auto removed = Store::take(m_db, m_after.id);
            status = removed ? success() : Status(removed.error());
        } else {
            status = write(m_before);
        }
        finish(status, m_before.id);
    }

private:
    // A record that was only added has nothing else to put back.
    static typename Store::Removed asRemoved(const Entity &entity)
    {
        if constexpr (std::is_same_v<typename Store::Removed, Entity>) {
            return entity;
        } else {
            typename Store::Removed removed{};
            removed.request = entity;
            return removed;
        }
    }

    Status write(const Entity &content)
    {
        // Only over the version this command left: someone else's later
        // change is a conflict, never silently undone.
        Entity target = content;
        target.id = m_after.id;
        target.rowVersion = m_storedVersion;
        if (Status s = Store::update(m_db, target); !s)
            return s;
        m_storedVersion = target.rowVersion;
        return success();
    }

    void finish(const Status &status, RowId show)
    {
        if (!status)
            setObsolete(true);
        m_notify(show, status.errorMessage());
    }

    Database &m_db;
    Entity m_before;
    Entity m_after;
    RecordNotifier m_notify;
    int m_storedVersion;
    bool m_written = true;
};

// Deleting a record, undoable: undo puts it back whole, under the same id.
template<typename Entity>
class DeleteRecordCommand final : public QUndoCommand
{
public:
    using Store = RecordStore<Entity>;
    using Removed = typename Store::Removed;

    DeleteRecordCommand(Database &db, Removed removed, QString label, RecordNotifier notify)
        : m_db(db), m_removed(std::move(removed)), m_notify(std::move(notify))
    {
        setText(commandtext::deleted(label));
    }

    void redo() override
    {
        if (m_written) {
            m_written = false;
            return;
        }
        const auto removed = Store::take(m_db, idOf(m_removed));
        if (removed)
            m_removed = removed.value();
        else
            setObsolete(true);
        m_notify(0, removed.errorMessage());
    }

    void undo() override
    {
        const Status status = Store::putBack(m_db, m_removed);
        if (!status)
            setObsolete(true);
        m_notify(idOf(m_removed), status.errorMessage());
    }

private:
    static RowId idOf(const Removed &removed)
    {
        if constexpr (requires { removed.request; })
            return removed.request.id;
        else
            return removed.id;
    }

    Database &m_db;
    Removed m_removed;
    RecordNotifier m_notify;
    bool m_written = true;
};

} // namespace pc
