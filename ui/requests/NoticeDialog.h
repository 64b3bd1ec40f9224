#pragma once

#include "breaches/BreachNotice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;

namespace pc {

class Database;

// A breach's notification to the authority, written from its record: the
// phase that comes next (initial, then follow-ups), the reasons for a delay
// when the deadline has passed (asked for, and required), what a follow-up
// adds; every item under the label of the authority's form, to copy into
// its portal one by one, to save as PDF or text, and to record as sent.
class NoticeDialog final : public QDialog
{
    Q_OBJECT

public:
    NoticeDialog(Database &db, RowId breachId, QWidget *parent = nullptr);

    // Why the dialog cannot be shown (the breach could not be read); empty when it can.
    QString problem() const { return m_problem; }
    // The notification recorded, once the dialog is accepted.
    const BreachNotification &recorded() const { return m_recorded; }

private:
    void recompose();
    void copyField(const QString &label, const QString &value);
    void save(bool pdf);
    void record();

    Database &m_db;
    breaches::NoticeInput m_input;
    std::optional<breaches::Notice> m_notice;
    BreachNotification m_recorded;
    QString m_problem;
    QLabel *m_phase = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_delayLabel = nullptr;
    QPlainTextEdit *m_delay = nullptr;
    QLabel *m_additionsLabel = nullptr;
    QPlainTextEdit *m_additions = nullptr;
    QLineEdit *m_authorityReference = nullptr;
    QScrollArea *m_fields = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_text = nullptr;
    QPushButton *m_record = nullptr;
};

} // namespace pc
