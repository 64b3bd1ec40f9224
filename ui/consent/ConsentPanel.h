#pragma once

#include "consent/ConsentLedger.h"
#include "domain/Register.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QToolButton;

namespace pc {

class Database;

// One person's consents beside the consent ledger: where they stand on each
// purpose of their organization (the latest event, how and under which
// policy it was recorded, when a consent lapses) and, below, the history
// that state comes from, newest first. Nothing here is edited: a new event
// is recorded on top of the history, with its proof.
class ConsentPanel final : public QWidget
{
    Q_OBJECT

public:
    enum class Mode {
        Full,      // the states, the history, recording and exports
        Summary,   // the states only, in the person's form; the history opens apart
    };
    explicit ConsentPanel(Mode mode = Mode::Full, QWidget *parent = nullptr);

    void setDatabase(Database *db) { m_db = db; }
    // No event can be recorded (a viewer's role).
    void setReadOnly(bool readOnly);
    // Shows the person, their history of `purposeId` selected (all purposes when 0).
    Status showPerson(RowId subjectId, RowId purposeId = 0);
    void clear();

    RowId subjectId() const { return m_subjectId; }
    RowId purposeId() const { return m_purposeId; }
    const QList<consent::PersonConsent> &states() const { return m_states; }
    const QList<consent::LedgerEntry> &history() const { return m_history; }

    // Opens the person's whole history in a window of its own.
    void showHistoryWindow();

Q_SIGNALS:
    // An event was recorded for the person: the ledger on screen has a new row.
    void eventRecorded(RowId subjectId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillStates();
    void fillHistory();
    void purposeChosen();
    void recordEvent();
    void viewProof(int row);

    Mode m_mode;
    Database *m_db = nullptr;
    bool m_readOnly = false;
    RowId m_subjectId = 0;
    RowId m_purposeId = 0;
    QString m_person;
    QString m_organization;
    RowId m_organizationId = 0;
    QList<consent::PersonConsent> m_states;
    QList<consent::LedgerEntry> m_history;

    QLabel *m_title = nullptr;
    QLabel *m_statesLabel = nullptr;
    QTableWidget *m_statesTable = nullptr;
    QLabel *m_historyLabel = nullptr;
    QTableWidget *m_historyTable = nullptr;
    QPushButton *m_allPurposes = nullptr;
    QPushButton *m_record = nullptr;
    QToolButton *m_export = nullptr;
    QPushButton *m_openHistory = nullptr;
    QLabel *m_problem = nullptr;
};

// Asks where to write the consent history of a person (or of a purpose)
// as CSV or PDF, in the window's language, writes it and records the export
// in the audit trail. Returns the file written; empty when the officer
// cancelled or it failed (the reason shown).
QString exportConsentHistory(QWidget *parent, Database &db, RowId subjectId, RowId purposeId, bool pdf);

} // namespace pc
