#pragma once

#include "exchange/RegisterImport.h"

#include <QUndoCommand>

#include <functional>

namespace pc {

class Database;

// A register brought in, as one step of the undo history: undo takes the
// whole import back (what it made goes, what it changed returns as it was),
// redo brings the same register in again. The import itself is done before
// the command is pushed, so a refused import never reaches the history; an
// undo or redo the register refuses (someone changed what the import wrote)
// says why and leaves the history.
class RegisterImportCommand final : public QUndoCommand
{
public:
    using Notifier = std::function<void(RowId organizationId, const QString &error)>;

    RegisterImportCommand(Database &db, exchange::ImportedRegister imported, RowId chosenOrganization,
                          QString fileName, exchange::RegisterImportResult done, Notifier notify);

    void redo() override;
    void undo() override;

private:
    Database &m_db;
    exchange::ImportedRegister m_imported;
    RowId m_chosenOrganization;   // 0: the one the register names
    QString m_fileName;
    exchange::RegisterImportResult m_done;
    Notifier m_notify;
    bool m_written = true;
};

} // namespace pc
