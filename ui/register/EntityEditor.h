#pragma once

#include "RecordEditor.h"

#include "commands/RecordCommands.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"

#include <QCoreApplication>

namespace pc {

// The part of every record form that does not depend on its fields: reading
// the record, comparing it with what is on screen, saving and removing it
// through undoable commands. A form supplies its fields through the four
// hooks below.
template<typename Entity>
class EntityEditor : public RecordEditor
{
public:
    using RecordEditor::RecordEditor;

    Status load(RowId id) override
    {
        if (!m_db)
            return Error{noDatabase()};
        auto stored = RecordStore<Entity>::read(*m_db, id);
        if (!stored)
            return stored.error();
        return display(stored.value());
    }

    Status startNew(RowId organizationId) override
    {
        Entity blank;
        if constexpr (requires { blank.organizationId; })
            blank.organizationId = organizationId;
        if (Status s = prepareNew(blank); !s)
            return s;
        return display(blank);
    }

    Status startDuplicate() override
    {
        if (m_original.id <= 0)
            return Error{noDatabase()};
        Entity copy = edited();
        copy.id = 0;
        copy.rowVersion = 0;
        if (Status s = prepareCopy(copy); !s)
            return s;
        return display(copy);
    }

    void clear() override
    {
        (void)display(Entity{}, false);
        showFindings({}, false);
        setEnabled(false);
    }

    RowId recordId() const override { return m_original.id; }
    QString recordLabel() const override { return RecordStore<Entity>::label(edited()); }
    bool isModified() const override { return m_original.id == 0 || !(edited() == m_original); }

    QString blockingProblem() const override
    {
        for (const Finding &f : allFindings()) {
            if (f.severity == Finding::Severity::Error)
                return f.message;
        }
        return QString();
    }

    Result<QUndoCommand *> save(RecordNotifier notify) override
    {
        if (!m_db || !isEnabled())
            return Error{noDatabase()};
        if (const QString problem = blockingProblem(); !problem.isEmpty())
            return Error{problem};
        Entity before = m_original;
        Entity after = edited();
        if (Status s = writeThrough(after); !s)
            return s.error();
        // Merged over someone else's version: undoing goes back to theirs.
        if (!(m_original == before))
            before = m_original;
        m_original = after;
        return static_cast<QUndoCommand *>(new SaveRecordCommand<Entity>(*m_db, before, after, std::move(notify)));
    }

    // Writes the record; a server connection lost is made again and the
    // write tried once more; the form keeps the edits whatever happens.
    Status writeThrough(Entity &after)
    {
        Status written = write(after);
        if (!written && m_db->isBroken()) {
            if (Status back = m_db->reconnect(); !back) {
                return Error{QCoreApplication::translate("pc::RecordEditor",
                                                         "The server cannot be reached: your changes stay in the form. "
                                                         "Save again (Ctrl+S) once it answers.")};
            }
            written = write(after);
        }
        return written;
    }

    Status write(Entity &after)
    {
        if (after.id == 0) {
            if (const auto id = RecordStore<Entity>::add(*m_db, after); !id)
                return id.error();
        } else if (Status s = RecordStore<Entity>::update(*m_db, after); !s) {
            if (!s.error().is(Error::Kind::Conflict))
                return s.error();
            // Saved by someone else meanwhile: merged field by field, never overwritten.
            auto merged = mergeWithStored();
            if (!merged)
                return merged.error();
            after = merged.value();
            if (Status again = RecordStore<Entity>::update(*m_db, after); !again)
                return again.error();
        }
        return success();
    }

    // The stored record and the officer's edits brought together, the form
    // showing the result; an error when the record is gone or the officer
    // cancels (their edits stay in the form).
    Result<Entity> mergeWithStored()
    {
        const Entity mine = edited();
        auto stored = RecordStore<Entity>::read(*m_db, m_original.id);
        if (!stored)
            return Error{QCoreApplication::translate("pc::RecordEditor",
                                                     "Someone else deleted this record while you were editing it; "
                                                     "it cannot be saved. Duplicate it (Ctrl+D) to keep your version.")};
        const Entity base = m_original;
        const Entity theirs = stored.value();
        const QList<FieldVersions> rows = compareRows([&] { (void)showRecord(base); }, [&] { (void)showRecord(theirs); });
        const std::optional<QSet<int>> kept =
            chooseMerge(rows, lastChange(RecordStore<Entity>::table, theirs.id));
        if (!kept) {
            m_loading = true;
            (void)showRecord(mine);
            m_loading = false;
            recheck();
            return Error{QCoreApplication::translate("pc::RecordEditor",
                                                     "Not saved: your changes are still in the form.")};
        }
        // The form shows theirs; the fields kept are put back, and what the
        // form does not show comes from the stored record.
        keepMine(rows, kept.value());
        m_original = theirs;
        Entity merged = edited();
        merged.id = theirs.id;
        merged.rowVersion = theirs.rowVersion;
        return merged;
    }

    Result<QUndoCommand *> remove(RecordNotifier notify) override
    {
        if (!m_db || m_original.id <= 0)
            return Error{noDatabase()};
        auto removed = RecordStore<Entity>::take(*m_db, m_original.id);
        if (!removed)
            return removed.error();
        const QString label = RecordStore<Entity>::label(m_original);
        return static_cast<QUndoCommand *>(
            new DeleteRecordCommand<Entity>(*m_db, std::move(removed.value()), label, std::move(notify)));
    }

protected:
    // Fills the fields from a record (and reads what the pickers offer).
    virtual Status showRecord(const Entity &record) = 0;
    // The record as the fields hold it now.
    virtual Entity edited() const = 0;
    // The record's own checks, without the unreadable dates.
    virtual QList<Finding> check(const Entity &record) const = 0;
    // Defaults of a new record (a reference, the organization's law…).
    virtual Status prepareNew(Entity &) { return success(); }
    // What a copy must not keep (a reference, an approval…).
    virtual Status prepareCopy(Entity &) { return success(); }

    QList<Finding> allFindings() const { return unreadableDates() + check(edited()); }

    void recheck() override
    {
        if (m_loading || !isEnabled())
            return;
        showFindings(allFindings(), isModified());
    }

    Status display(const Entity &record, bool enable = true)
    {
        m_loading = true;
        m_original = record;
        const Status shown = showRecord(record);
        m_loading = false;
        if (!shown)
            return shown;
        setEnabled(enable && !m_readOnly);
        recheck();
        return success();
    }

    Entity m_original;

private:
    static QString noDatabase()
    {
        return QCoreApplication::translate("pc::RecordEditor", "No record is open.");
    }
};

} // namespace pc
