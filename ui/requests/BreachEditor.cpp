#include "BreachEditor.h"

#include "widgets/DateField.h"

#include "domain/Codes.h"
#include "storage/CaseRepository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace pc {
namespace {

using F = BreachField;
enum Row { Description = 100, Risk, StatusRow, AuthorityReference, SubjectsNotified, DataCategories, Records,
           Consequences, Measures };


QSpinBox *count(const char *name)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(QString::fromLatin1(name));
    spin->setRange(0, 2000000000);
    spin->setGroupSeparatorShown(true);
    return spin;
}

} // namespace

BreachEditor::BreachEditor(QWidget *parent) : EntityEditor(parent)
{
    setObjectName(QStringLiteral("breachEditor"));
    saveButton()->setObjectName(QStringLiteral("saveBreach"));
    m_reference = new QLineEdit;
    m_reference->setObjectName(QStringLiteral("breachReference"));
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("breachTitle"));
    m_description = textArea("breachDescription", 80);
    m_risk = codeCombo(int(CodeList::BreachRisk), false);
    m_risk->setObjectName(QStringLiteral("breachRisk"));
    m_status = codeCombo(int(CodeList::BreachStatus), false);
    m_status->setObjectName(QStringLiteral("breachStatus"));
    m_authorityReference = new QLineEdit;
    m_dataCategories = new QLineEdit;
    m_subjects = count("breachSubjects");
    m_records = count("breachRecords");
    m_consequences = textArea("breachConsequences", 60);
    m_measures = textArea("breachMeasures", 60);

    addSection(QStringLiteral("general"));
    addRow(int(F::Reference), m_reference);
    addRow(int(F::Title), m_title);
    addRow(Description, m_description);
    m_occurred = addDateRow(int(F::Occurred), true);
    m_aware = addDateRow(int(F::Aware), true);
    m_aware->setObjectName(QStringLiteral("breachAware"));
    addSection(QStringLiteral("notification"));
    addRow(Risk, m_risk);
    addRow(StatusRow, m_status);
    m_authorityNotified = addDateRow(int(F::Notification), true);
    m_authorityNotified->setObjectName(QStringLiteral("breachAuthorityNotified"));
    addRow(AuthorityReference, m_authorityReference);
    m_subjectsNotified = addDateRow(SubjectsNotified, true);
    addSection(QStringLiteral("impact"));
    addRow(DataCategories, m_dataCategories);
    addRow(int(F::Counts), m_subjects);
    addRow(Records, m_records);
    addRow(Consequences, m_consequences);
    addRow(Measures, m_measures);
    for (QWidget *w : std::initializer_list<QWidget *>{m_reference, m_title, m_description, m_authorityReference,
                                                       m_dataCategories, m_subjects, m_records, m_consequences,
                                                       m_measures})
        watch(w);
    retranslateUi();
}

QWidget *BreachEditor::firstField() const
{
    return m_title;
}

Status BreachEditor::showRecord(const Breach &b)
{
    m_reference->setText(b.reference);
    m_title->setText(b.title);
    m_description->setPlainText(b.description);
    m_occurred->setDateTime(b.occurredAt);
    m_aware->setDateTime(b.awareAt);
    selectData(m_risk, b.risk);
    selectData(m_status, b.status);
    m_authorityNotified->setDateTime(b.authorityNotifiedAt);
    m_authorityReference->setText(b.authorityReference);
    m_subjectsNotified->setDateTime(b.subjectsNotifiedAt);
    m_dataCategories->setText(b.dataCategories);
    m_subjects->setValue(b.subjectsAffected);
    m_records->setValue(b.recordsAffected);
    m_consequences->setPlainText(b.consequences);
    m_measures->setPlainText(b.measures);
    return success();
}

Breach BreachEditor::edited() const
{
    Breach b = m_original;
    b.reference = m_reference->text().trimmed();
    b.title = m_title->text().trimmed();
    b.description = m_description->toPlainText().trimmed();
    b.occurredAt = m_occurred->dateTime();
    b.awareAt = m_aware->dateTime();
    b.risk = m_risk->currentData().toString();
    b.status = m_status->currentData().toString();
    b.authorityNotifiedAt = m_authorityNotified->dateTime();
    b.authorityReference = m_authorityReference->text().trimmed();
    b.subjectsNotifiedAt = m_subjectsNotified->dateTime();
    b.dataCategories = m_dataCategories->text().trimmed();
    b.subjectsAffected = m_subjects->value();
    b.recordsAffected = m_records->value();
    b.consequences = m_consequences->toPlainText().trimmed();
    b.measures = m_measures->toPlainText().trimmed();
    return b;
}

QList<Finding> BreachEditor::check(const Breach &breach) const
{
    return checkBreach(breach, QDateTime::currentDateTime());
}

Status BreachEditor::prepareNew(Breach &breach)
{
    breach.awareAt = QDateTime::currentDateTime();
    breach.awareAt.setTime(QTime(breach.awareAt.time().hour(), breach.awareAt.time().minute()));
    if (!m_db)
        return success();
    const auto reference = CaseRepository(*m_db).nextReference(QStringLiteral("breaches"), breach.organizationId,
                                                               QStringLiteral("BR-%1-").arg(QDate::currentDate().year()));
    if (!reference)
        return reference.error();
    breach.reference = reference.value();
    return success();
}

Status BreachEditor::prepareCopy(Breach &copy)
{
    return prepareNew(copy);
}

void BreachEditor::retranslateUi()
{
    setCaptions({
        {int(F::Reference), tr("&Reference:")},
        {int(F::Title), tr("&What happened:")},
        {Description, tr("&Description:")},
        {int(F::Occurred), tr("&Occurred:")},
        {int(F::Aware), tr("&Known since:")},
        {Risk, tr("R&isk:")},
        {StatusRow, tr("Stat&us:")},
        {int(F::Notification), tr("Authority &notified:")},
        {AuthorityReference, tr("Authority's re&ference:")},
        {SubjectsNotified, tr("People &told:")},
        {DataCategories, tr("&Data concerned:")},
        {int(F::Counts), tr("&People concerned:")},
        {Records, tr("Re&cords concerned:")},
        {Consequences, tr("Likely &consequences:")},
        {Measures, tr("&Measures taken:")},
    });
    setSectionTitle(QStringLiteral("general"), tr("What happened"));
    setSectionTitle(QStringLiteral("notification"), tr("Risk and notifications"));
    setSectionTitle(QStringLiteral("impact"), tr("Data, people and measures"));
    fillCodes(m_risk, int(CodeList::BreachRisk), false, m_risk->currentData().toString());
    fillCodes(m_status, int(CodeList::BreachStatus), false, m_status->currentData().toString());
    recheck();
}

} // namespace pc
