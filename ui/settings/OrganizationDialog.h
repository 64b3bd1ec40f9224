#pragma once

#include "register/RecordEditor.h"

#include <QDialog>

class QComboBox;
class QPushButton;
class QUndoCommand;

namespace pc {

class Database;
class OrganizationEditor;

// The organizations the officer serves, one at a time in a form: the
// controller's identity, its law, and how to reach its privacy officer.
// Saves become undoable commands of the window.
class OrganizationDialog final : public QDialog
{
    Q_OBJECT

public:
    OrganizationDialog(Database &db, RowId selected, RecordNotifier notify, QWidget *parent = nullptr);

Q_SIGNALS:
    // A save was written; the receiver owns the command that undoes it.
    void commandReady(QUndoCommand *command);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload(RowId select);
    void showSelected();
    void save();
    void retranslateUi();

    Database &m_db;
    RecordNotifier m_notify;
    QComboBox *m_organizations = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_close = nullptr;
    OrganizationEditor *m_editor = nullptr;
};

} // namespace pc
