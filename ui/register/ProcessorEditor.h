#pragma once

#include "BoundEditor.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace pc {

// The form of one processor or sub-processor: the service, its country and
// the safeguard of the transfer, the contract and the agreement's dates.
class ProcessorEditor final : public BoundEditor<Processor>
{
    Q_OBJECT

public:
    explicit ProcessorEditor(QWidget *parent = nullptr);
    QWidget *firstField() const override;

protected:
    Status showMore(const Processor &processor) override;
    void editMore(Processor &processor) const override;
    QList<Finding> check(const Processor &processor) const override;
    Status prepareCopy(Processor &copy) override;
    void retranslateUi() override;

private:
    QString m_organizationCountry;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_parent = nullptr;
    QLineEdit *m_country = nullptr;
    QCheckBox *m_active = nullptr;
};

} // namespace pc
