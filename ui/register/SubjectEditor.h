#pragma once

#include "EntityEditor.h"

#include "domain/People.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace pc {

class ConsentPanel;

// The form of one data subject: who they are, how to reach them, and the
// life-cycle dates their retention periods count from.
class SubjectEditor final : public EntityEditor<DataSubject>
{
    Q_OBJECT

public:
    explicit SubjectEditor(QWidget *parent = nullptr);
    QWidget *firstField() const override;
    // Where the person stands on each consent purpose, with their history and a new event.
    ConsentPanel *consents() const { return m_consents; }

protected:
    Status showRecord(const DataSubject &subject) override;
    DataSubject edited() const override;
    QList<Finding> check(const DataSubject &subject) const override;
    Status prepareCopy(DataSubject &copy) override;
    void retranslateUi() override;

private:
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_phone = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_country = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_category = nullptr;
    DateField *m_birth = nullptr;
    DateField *m_collected = nullptr;
    DateField *m_start = nullptr;
    DateField *m_end = nullptr;
    DateField *m_notice = nullptr;
    DateField *m_lastContact = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    ConsentPanel *m_consents = nullptr;
};

} // namespace pc
