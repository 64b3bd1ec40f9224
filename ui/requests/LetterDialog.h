#pragma once

#include "documents/Letters.h"

#include <QDialog>

class QComboBox;
class QTextEdit;

namespace pc {

class Database;

// A letter of a request, composed in the person's language from its
// template, edited by the officer, then printed or saved as a PDF reply on
// the request (and, if wanted, as a file).
class LetterDialog final : public QDialog
{
    Q_OBJECT

public:
    LetterDialog(Database &db, const RightsRequest &request, const Organization &organization,
                 QWidget *parent = nullptr);

    // Whether a letter was attached to the request.
    bool attached() const { return m_attached; }

private:
    void compose();
    void print();
    void save();
    void saveCopy();
    LetterInput input() const;
    LetterKind kind() const;

    Database &m_db;
    RightsRequest m_request;
    Organization m_organization;
    QComboBox *m_kind = nullptr;
    QComboBox *m_language = nullptr;
    QTextEdit *m_text = nullptr;
    bool m_attached = false;
};

} // namespace pc
