#pragma once

#include "breaches/BreachLetters.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace pc {

class Database;

// The letters that tell the people concerned of a breach (Art. 34): the
// people chosen from the register (everyone of the organization, those of
// some categories or consent purposes, or a list of e-mail addresses and
// references), each letter in the person's language, saved as one PDF and
// as a CSV for a mailing tool; then who was told, when and how, recorded.
class BreachLettersDialog final : public QDialog
{
    Q_OBJECT

public:
    BreachLettersDialog(Database &db, RowId breachId, QWidget *parent = nullptr);

    QString problem() const { return m_problem; }
    // How many people were recorded as told, once accepted.
    int recordedCount() const { return m_recorded; }

private:
    void choose();
    void saveLetters();
    void saveList();
    void record();
    bool write(const QString &path, const QByteArray &bytes);

    Database &m_db;
    breaches::LetterBatch m_batch;
    QString m_problem;
    int m_recorded = 0;
    QButtonGroup *m_mode = nullptr;
    QListWidget *m_categories = nullptr;
    QListWidget *m_purposes = nullptr;
    QPlainTextEdit *m_list = nullptr;
    QLabel *m_chosen = nullptr;
    QComboBox *m_channel = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_record = nullptr;
};

} // namespace pc
