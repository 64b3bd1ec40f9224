#pragma once

#include "intake/IdVault.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pc {

class Database;

// Who reads the copies of identity documents: each user of the register,
// whether they hold the vault key, and, for an officer who holds it, the
// way to give it to an officer who opened the register once.
class IdAccessDialog final : public QDialog
{
    Q_OBJECT

public:
    IdAccessDialog(Database &db, QWidget *parent = nullptr);

    // Gives the selected officer access; false with the reason shown.
    bool grantSelected();

private:
    void reload();
    void selectionChanged();

    Database &m_db;
    QList<intake::IdVault::Access> m_users;
    bool m_holdsVault = false;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_grant = nullptr;
};

} // namespace pc
