#include "ActivityCommands.h"

#include "storage/Database.h"
#include "storage/RegisterRepository.h"

#include <QCoreApplication>

namespace pc {
namespace {

struct CommandText
{
    Q_DECLARE_TR_FUNCTIONS(pc::ActivityCommands)
};

} // namespace

SaveActivityCommand::SaveActivityCommand(Database &db, ProcessingActivity before, ProcessingActivity after,
                                         ActivityNotifier notify)
    : m_db(db), m_before(std::move(before)), m_after(std::move(after)), m_notify(std::move(notify)),
      m_storedVersion(m_after.rowVersion)
{
    setText(m_before.id == 0 ? CommandText::tr("Add “%1”").arg(m_after.name)
                             : CommandText::tr("Edit “%1”").arg(m_after.name));
}

Status SaveActivityCommand::write(const ProcessingActivity &content)
{
    // Only over the version this command left: someone else's later change
    // is a conflict, never silently undone.
    ProcessingActivity target = content;
    target.id = m_after.id;
    target.rowVersion = m_storedVersion;
    if (Status s = RegisterRepository(m_db).updateActivity(target); !s)
        return s;
    m_storedVersion = target.rowVersion;
    return success();
}

void SaveActivityCommand::redo()
{
    if (m_written) {
        m_written = false;  // done before the command was pushed
        return;
    }
    Status status = success();
    if (m_before.id == 0) {
        status = RegisterRepository(m_db).restoreActivity(m_after);
        m_storedVersion = 1;
    } else {
        status = write(m_after);
    }
    if (!status)
        setObsolete(true);
    m_notify(m_after.id, status.errorMessage());
}

void SaveActivityCommand::undo()
{
    const Status status = m_before.id == 0 ? RegisterRepository(m_db).removeActivity(m_after.id) : write(m_before);
    if (!status)
        setObsolete(true);
    m_notify(m_before.id, status.errorMessage());
}

DeleteActivityCommand::DeleteActivityCommand(Database &db, ProcessingActivity removed, ActivityNotifier notify)
    : m_db(db), m_removed(std::move(removed)), m_notify(std::move(notify))
{
    setText(CommandText::tr("Delete “%1”").arg(m_removed.name));
}

void DeleteActivityCommand::redo()
{
    if (m_written) {
        m_written = false;
        return;
    }
    const Status status = RegisterRepository(m_db).removeActivity(m_removed.id);
    if (!status)
        setObsolete(true);
    m_notify(0, status.errorMessage());
}

void DeleteActivityCommand::undo()
{
    const Status status = RegisterRepository(m_db).restoreActivity(m_removed);
    if (status)
        m_removed.rowVersion = 1;
    else
        setObsolete(true);
    m_notify(m_removed.id, status.errorMessage());
}

} // namespace pc
