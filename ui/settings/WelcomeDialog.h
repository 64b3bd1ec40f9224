#pragma once

#include "core/Result.h"
#include "domain/Register.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace pc {

class Database;

// The first start on an empty register: explore the demo organizations, or
// set up one's own organization — its name, its country (which gives the
// law, the deadlines and the public holidays) and its privacy officer.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Later, Demo, Organization };

    explicit WelcomeDialog(Database &db, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    // The organization created, when that was the choice.
    RowId organizationId() const { return m_organizationId; }

    // The law whose deadlines and holidays apply in a country (ISO 3166-1
    // alpha-2): its own for the five the application knows, "EU" for the
    // other member states of the EU and the EEA, empty otherwise.
    static QString jurisdictionOf(const QString &country);

private:
    QWidget *createChoice();
    QWidget *createOrganizationForm();
    void fillCountries();
    QFont headingFont() const;
    void showOrganizationForm();
    void describeLaw();
    void create();

    Database &m_db;
    Choice m_choice = Choice::Later;
    RowId m_organizationId = 0;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_dpoName = nullptr;
    QLineEdit *m_dpoEmail = nullptr;
    QLineEdit *m_dpoPhone = nullptr;
    QLabel *m_law = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace pc
