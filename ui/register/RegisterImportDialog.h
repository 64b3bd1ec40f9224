#pragma once

#include "exchange/RegisterImport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class QUndoCommand;

namespace pc {

class Database;

// Brings in a register kept in the CNIL's model or in a spreadsheet of one's
// own: the file, the organization it goes into, for a spreadsheet the column
// each field is read from (found by its heading, changeable), then every
// activity shown with what will happen to it (new, updated, unchanged), what
// the file fills, what to check in it and what the register will still ask
// for, before anything is written. Import writes it all in one transaction,
// and hands the window one undo step.
class RegisterImportDialog final : public QDialog
{
    Q_OBJECT

public:
    using Notifier = std::function<void(RowId organizationId, const QString &error)>;

    RegisterImportDialog(Database &db, RowId organizationId, Notifier notify, QWidget *parent = nullptr);

    // Reads a file (also what the File… button does); false with the reason
    // shown when it cannot come in.
    bool loadFile(const QString &path);
    // The file dialog's filter for registers.
    static QString fileFilter();
    const exchange::RegisterImportPlan &plan() const { return m_plan; }
    const exchange::RegisterImportResult &result() const { return m_result; }

Q_SIGNALS:
    // The import done, as an undo step for the window's history.
    void commandReady(QUndoCommand *command);

private:
    void chooseFile();
    // Reads the activities as the file and its columns say, then plans.
    void readRegister();
    // A spreadsheet of one's own: each sheet's fields and the column each is read from.
    void showColumns();
    void refreshPlan();
    void showActivity(int row);
    void import();
    void refuse(const QString &why);

    Database &m_db;
    Notifier m_notify;
    QString m_fileName;
    RowId m_windowOrganization = 0;
    bool m_loaded = false;
    exchange::RegisterFile m_source;
    exchange::ImportedRegister m_register;
    exchange::RegisterImportPlan m_plan;
    exchange::RegisterImportResult m_result;
    QLabel *m_file = nullptr;
    QComboBox *m_organization = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_columns = nullptr;
    QTableWidget *m_activities = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace pc
