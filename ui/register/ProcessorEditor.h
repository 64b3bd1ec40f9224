#pragma once

#include "EntityEditor.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace pc {

// The form of one processor or sub-processor: the service, its country and
// the safeguard of the transfer, the contract and the agreement's dates.
class ProcessorEditor final : public EntityEditor<Processor>
{
    Q_OBJECT

public:
    explicit ProcessorEditor(QWidget *parent = nullptr);
    QWidget *firstField() const override;

protected:
    Status showRecord(const Processor &processor) override;
    Processor edited() const override;
    QList<Finding> check(const Processor &processor) const override;
    Status prepareCopy(Processor &copy) override;
    void retranslateUi() override;

private:
    QString m_organizationCountry;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_parent = nullptr;
    QLineEdit *m_service = nullptr;
    QLineEdit *m_country = nullptr;
    QComboBox *m_safeguard = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_website = nullptr;
    DateField *m_contract = nullptr;
    DateField *m_dpaSigned = nullptr;
    DateField *m_dpaExpires = nullptr;
    QLineEdit *m_policyUrl = nullptr;
    DateField *m_policyChecked = nullptr;
    QPlainTextEdit *m_dataShared = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_active = nullptr;
};

} // namespace pc
