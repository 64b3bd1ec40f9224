#include "RegisterImportCommand.h"

#include "RecordCommands.h"

namespace pc {

RegisterImportCommand::RegisterImportCommand(Database &db, exchange::ImportedRegister imported,
                                             RowId chosenOrganization, QString fileName,
                                             exchange::RegisterImportResult done, Notifier notify)
    : m_db(db), m_imported(std::move(imported)), m_chosenOrganization(chosenOrganization),
      m_fileName(std::move(fileName)), m_done(std::move(done)), m_notify(std::move(notify))
{
    setText(commandtext::imported(m_fileName));
}

void RegisterImportCommand::redo()
{
    if (m_written) {
        m_written = false;   // done before the command was pushed
        return;
    }
    const auto plan = exchange::RegisterImporter::plan(m_db, m_imported, m_chosenOrganization, m_fileName);
    const auto done = plan ? exchange::RegisterImporter::apply(m_db, plan.value())
                           : Result<exchange::RegisterImportResult>(plan.error());
    if (!done) {
        setObsolete(true);
        m_notify(0, done.errorMessage());
        return;
    }
    m_done = done.value();
    m_notify(m_done.organizationId, QString());
}

void RegisterImportCommand::undo()
{
    const Status taken = exchange::RegisterImporter::undo(m_db, m_done);
    if (!taken)
        setObsolete(true);
    m_notify(m_done.organizationCreated ? 0 : m_done.organizationId, taken.errorMessage());
}

} // namespace pc
