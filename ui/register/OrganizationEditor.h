#pragma once

#include "EntityEditor.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace pc {

// The form of the controller: its identity, the law it answers to, and how
// people reach its privacy officer and representative (Art. 30(1)(a)).
class OrganizationEditor final : public EntityEditor<Organization>
{
    Q_OBJECT

public:
    explicit OrganizationEditor(QWidget *parent = nullptr);
    QWidget *firstField() const override;

protected:
    Status showRecord(const Organization &organization) override;
    Organization edited() const override;
    QList<Finding> check(const Organization &organization) const override;
    void retranslateUi() override;

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_legalName = nullptr;
    QLineEdit *m_registration = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_country = nullptr;
    QComboBox *m_jurisdiction = nullptr;
    QLineEdit *m_website = nullptr;
    QLineEdit *m_policyLanguage = nullptr;
    QLineEdit *m_dpoName = nullptr;
    QLineEdit *m_dpoEmail = nullptr;
    QLineEdit *m_dpoPhone = nullptr;
    QPlainTextEdit *m_dpoAddress = nullptr;
    QLineEdit *m_representative = nullptr;
    QLineEdit *m_representativeContact = nullptr;
    QCheckBox *m_processor = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace pc
