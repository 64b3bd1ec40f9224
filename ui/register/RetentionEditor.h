#pragma once

#include "EntityEditor.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace pc {

// The form of one retention rule: a duration counted from an event, what
// happens at its end, and the promise or law it comes from.
class RetentionEditor final : public EntityEditor<RetentionRule>
{
    Q_OBJECT

public:
    explicit RetentionEditor(QWidget *parent = nullptr);
    QWidget *firstField() const override;

protected:
    Status showRecord(const RetentionRule &rule) override;
    RetentionRule edited() const override;
    QList<Finding> check(const RetentionRule &rule) const override;
    Status prepareCopy(RetentionRule &copy) override;
    void retranslateUi() override;
    void recheck() override;

private:
    QLineEdit *m_name = nullptr;
    QSpinBox *m_duration = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_trigger = nullptr;
    QLineEdit *m_customTrigger = nullptr;
    QComboBox *m_outcome = nullptr;
    QPlainTextEdit *m_justification = nullptr;
    QLineEdit *m_legalReference = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace pc
