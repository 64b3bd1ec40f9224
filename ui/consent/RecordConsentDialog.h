#pragma once

#include "consent/ConsentLedger.h"
#include "domain/People.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace pc {

class Database;
class DateField;

// Records one consent event for a person on top of their history: what
// happened, when, how and where, under which version of the privacy policy,
// with a note and the proof (a signed form, an e-mail, a screenshot). The
// history is never edited: a mistake is put right by a later event.
class RecordConsentDialog final : public QDialog
{
    Q_OBJECT

public:
    RecordConsentDialog(Database &db, RowId subjectId, RowId organizationId, RowId purposeId,
                        QWidget *parent = nullptr);

    // Records what the form says; false with the reason shown in the dialog.
    bool record();
    RowId recordedId() const { return m_recorded; }
    // The proof document to keep with the event; false with the reason shown.
    bool setProofFile(const QString &path);

    void accept() override;

private:
    void choosePolicyFor(const QDate &day);
    void chooseProof();

    Database &m_db;
    RowId m_subjectId = 0;
    RowId m_recorded = 0;
    QList<PrivacyPolicy> m_policies;
    consent::ConsentProof m_proof;

    QComboBox *m_purpose = nullptr;
    QComboBox *m_event = nullptr;
    DateField *m_when = nullptr;
    QComboBox *m_method = nullptr;
    QLineEdit *m_source = nullptr;
    QComboBox *m_policy = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_proofName = nullptr;
    QPushButton *m_clearProof = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace pc
