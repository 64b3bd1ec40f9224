#pragma once

#include "deadlines/Deadlines.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace pc {

class Database;
class DateField;

// The deadline rule of each jurisdiction with its legal citations, and its
// days off year by year. The rules the law settles (GDPR members, South
// Africa) are shown for reference; the officer keeps those the law leaves
// to their reading (Tunisia, Vietnam) and the holidays declared for a year.
// Each save gives the open requests the due dates that follow from it.
class DeadlineRulesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DeadlineRulesDialog(Database &db, QWidget *parent = nullptr);

    // Shows one jurisdiction by code; false when it is not in the list.
    bool selectJurisdiction(const QString &code);

protected:
    void done(int result) override;

private:
    // The deadlines' tab (the rule of the jurisdiction chosen) and the public holidays' tab.
    QWidget *createRulePage();
    QWidget *createHolidayPage();
    // What marks the rule edited, and what each button and choice does.
    void connectEdits();
    QString jurisdiction() const;
    void showJurisdiction();
    void showRule(const deadlines::JurisdictionRule &rule, bool kept);
    deadlines::JurisdictionRule editedRule() const;
    void saveRule();
    void restoreRule();
    void showHolidays();
    void addHoliday();
    void removeHoliday();
    void saveHolidays();
    void fillHolidayTable();
    // Asks before edits not saved are lost; true when there are none left.
    bool confirmDiscard();
    void setRuleModified(bool modified);
    void setHolidaysModified(bool modified);
    void saved(int moved);

    Database &m_db;
    deadlines::JurisdictionRule m_rule;
    bool m_ruleEditable = false;
    bool m_ruleModified = false;
    bool m_holidaysModified = false;
    bool m_loading = false;
    QList<deadlines::Holiday> m_computed;
    QList<deadlines::Holiday> m_listed;
    QString m_shownJurisdiction;
    int m_shownYear = 0;

    QListWidget *m_jurisdictions = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_source = nullptr;
    QLineEdit *m_law = nullptr;
    QLineEdit *m_authority = nullptr;
    QLineEdit *m_authorityUrl = nullptr;
    QSpinBox *m_responsePeriod = nullptr;
    QComboBox *m_responseUnit = nullptr;
    QPlainTextEdit *m_responseCitation = nullptr;
    QSpinBox *m_extensionPeriod = nullptr;
    QComboBox *m_extensionUnit = nullptr;
    QPlainTextEdit *m_extensionCitation = nullptr;
    QCheckBox *m_shift = nullptr;
    QSpinBox *m_breachHours = nullptr;
    QPlainTextEdit *m_breachCitation = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_saveRule = nullptr;
    QPushButton *m_restoreRule = nullptr;
    QSpinBox *m_year = nullptr;
    QLabel *m_holidaysSource = nullptr;
    QTableWidget *m_holidays = nullptr;
    DateField *m_newDate = nullptr;
    QLineEdit *m_newName = nullptr;
    QPushButton *m_addHoliday = nullptr;
    QPushButton *m_removeHoliday = nullptr;
    QPushButton *m_saveHolidays = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace pc
