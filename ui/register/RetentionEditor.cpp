#include "RetentionEditor.h"

#include "domain/Codes.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace pc {
namespace {

using F = RetentionField;
enum Row { CustomTrigger = 100, Outcome, LegalReference, Summary };

} // namespace

RetentionEditor::RetentionEditor(QWidget *parent) : EntityEditor(parent)
{
    setObjectName(QStringLiteral("retentionEditor"));
    saveButton()->setObjectName(QStringLiteral("saveRetention"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("retentionName"));
    m_duration = new QSpinBox;
    m_duration->setObjectName(QStringLiteral("retentionDuration"));
    m_duration->setRange(0, 1200);
    m_unit = codeCombo(int(CodeList::RetentionUnit), false);
    m_unit->setObjectName(QStringLiteral("retentionUnit"));
    auto *period = new QWidget;
    auto *periodLayout = new QHBoxLayout(period);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    periodLayout->addWidget(m_duration);
    periodLayout->addWidget(m_unit, 1);
    m_trigger = codeCombo(int(CodeList::RetentionTrigger), false);
    m_trigger->setObjectName(QStringLiteral("retentionTrigger"));
    m_customTrigger = new QLineEdit;
    m_customTrigger->setObjectName(QStringLiteral("retentionCustomTrigger"));
    m_outcome = codeCombo(int(CodeList::RetentionOutcome), false);
    m_justification = new QPlainTextEdit;
    m_justification->setObjectName(QStringLiteral("retentionJustification"));
    m_justification->setMaximumHeight(80);
    m_justification->setTabChangesFocus(true);
    m_legalReference = new QLineEdit;
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("retentionSummary"));
    m_summary->setWordWrap(true);

    addRow(int(F::Name), m_name);
    addRow(int(F::Duration), period);
    addRow(int(F::Trigger), m_trigger);
    addRow(CustomTrigger, m_customTrigger);
    addRow(Outcome, m_outcome);
    addRow(int(F::Justification), m_justification);
    addRow(LegalReference, m_legalReference);
    addRow(Summary, m_summary);
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_duration, m_customTrigger, m_justification,
                                                       m_legalReference})
        watch(w);
    retranslateUi();
}

QWidget *RetentionEditor::firstField() const
{
    return m_name;
}

Status RetentionEditor::showRecord(const RetentionRule &r)
{
    m_name->setText(r.name);
    m_duration->setValue(r.duration);
    selectData(m_unit, r.unit);
    selectData(m_trigger, r.triggerEvent);
    m_customTrigger->setText(r.customTrigger);
    selectData(m_outcome, r.outcome);
    m_justification->setPlainText(r.justification);
    m_legalReference->setText(r.legalReference);
    return success();
}

RetentionRule RetentionEditor::edited() const
{
    RetentionRule r = m_original;
    r.name = m_name->text().trimmed();
    r.duration = m_duration->value();
    r.unit = m_unit->currentData().toString();
    r.triggerEvent = m_trigger->currentData().toString();
    r.customTrigger = r.triggerEvent == QLatin1String("custom") ? m_customTrigger->text().trimmed() : QString();
    r.outcome = m_outcome->currentData().toString();
    r.justification = m_justification->toPlainText().trimmed();
    r.legalReference = m_legalReference->text().trimmed();
    return r;
}

QList<Finding> RetentionEditor::check(const RetentionRule &rule) const
{
    return checkRetentionRule(rule);
}

Status RetentionEditor::prepareCopy(RetentionRule &copy)
{
    copy.name = tr("%1 (copy)").arg(copy.name);
    return success();
}

void RetentionEditor::recheck()
{
    if (m_loading)
        return;
    m_customTrigger->setEnabled(m_trigger->currentData().toString() == QLatin1String("custom"));
    // The rule read back as a sentence, as the policy would say it.
    const RetentionRule r = edited();
    const QString from = r.triggerEvent == QLatin1String("custom")
                             ? r.customTrigger
                             : codes::label(CodeList::RetentionTrigger, r.triggerEvent).toLower();
    m_summary->setText(r.duration > 0 ? tr("%1: kept %2 %3 from: %4.")
                                            .arg(codes::label(CodeList::RetentionOutcome, r.outcome))
                                            .arg(r.duration)
                                            .arg(codes::label(CodeList::RetentionUnit, r.unit), from)
                                      : QString());
    EntityEditor::recheck();
}

void RetentionEditor::retranslateUi()
{
    setCaptions({
        {int(F::Name), tr("&Name:")},
        {int(F::Duration), tr("&Kept for:")},
        {int(F::Trigger), tr("Counted &from:")},
        {CustomTrigger, tr("Other &event:")},
        {Outcome, tr("At the &end:")},
        {int(F::Justification), tr("&Policy sentence:")},
        {LegalReference, tr("&Legal reference:")},
        {Summary, tr("In short:")},
    });
    fillCodes(m_unit, int(CodeList::RetentionUnit), false, m_unit->currentData().toString());
    fillCodes(m_trigger, int(CodeList::RetentionTrigger), false, m_trigger->currentData().toString());
    fillCodes(m_outcome, int(CodeList::RetentionOutcome), false, m_outcome->currentData().toString());
    m_justification->setPlaceholderText(tr("“Navigation data is kept for 6 months.”"));
    recheck();
}

} // namespace pc
