#pragma once

#include "domain/People.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace pc {

class Database;
class DateField;

// The versions of an organization's privacy policy, each with the day it
// took effect, and a new version added with its text. For a version that
// changes how contact details are used, the people with a consent in force
// are listed, to be written to with the way to say no.
class PolicyVersionsDialog final : public QDialog
{
    Q_OBJECT

public:
    PolicyVersionsDialog(Database &db, RowId organizationId, QWidget *parent = nullptr);

    const QList<PrivacyPolicy> &versions() const { return m_versions; }
    // Adds the version typed in the form; false with the reason shown.
    bool addVersion();
    // The people to inform of the selected version, as CSV; empty with the reason shown.
    QByteArray peopleToInformCsv();

private:
    void reload();
    void selectionChanged();
    void exportPeopleToInform();

    Database &m_db;
    QList<PrivacyPolicy> m_versions;
    QComboBox *m_organization = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_label = nullptr;
    DateField *m_effective = nullptr;
    QLineEdit *m_url = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_changesContactUse = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_inform = nullptr;
};

} // namespace pc
