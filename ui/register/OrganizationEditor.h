#pragma once

#include "BoundEditor.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace pc {

// The form of the controller: its identity, the law it answers to, and how
// people reach its privacy officer and representative (Art. 30(1)(a)).
class OrganizationEditor final : public BoundEditor<Organization>
{
    Q_OBJECT

public:
    explicit OrganizationEditor(QWidget *parent = nullptr);
    QWidget *firstField() const override;

protected:
    QList<Finding> check(const Organization &organization) const override;
    void retranslateUi() override;

private:
    QLineEdit *m_name = nullptr;
    QCheckBox *m_processor = nullptr;
};

} // namespace pc
