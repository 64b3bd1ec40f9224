#include "ScreeningDialog.h"

#include "widgets/DateField.h"

#include "core/Dates.h"
#include "storage/Database.h"
#include "storage/DpiaRepository.h"
#include "storage/RegisterRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace pc {

ScreeningDialog::ScreeningDialog(Database &db, RowId activityId, QWidget *parent)
    : QDialog(parent), m_activityId(activityId)
{
    setObjectName(QStringLiteral("screeningDialog"));
    const dpia::ScreeningRules rules;
    DpiaRepository repository(db);
    const Result<dpia::ActivityFacts> facts = repository.facts(activityId);
    const Result<ProcessingActivity> activity = RegisterRepository(db).activity(activityId);
    const Result<std::optional<dpia::Screening>> last = repository.latestScreening(activityId);
    if (!facts || !activity || !last) {
        m_problem = !facts ? facts.errorMessage() : !activity ? activity.errorMessage() : last.errorMessage();
        return;
    }
    m_jurisdiction = facts->jurisdiction;
    setWindowTitle(tr("Is an impact assessment needed?"));

    // Where the screening starts from: the last one, else what the register says.
    const dpia::Screening start = last.value() ? *last.value() : rules.prefilled(activityId, facts.value());
    const QList<dpia::Suggestion> suggestions = rules.suggest(facts.value());

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(
        (activity->reference.isEmpty() ? activity->name : QStringLiteral("%1 – %2").arg(activity->reference, activity->name))
            .toHtmlEscaped()));
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *intro = new QLabel(last.value()
                                 ? tr("Last screened on %1 by %2: %3. Confirm or change each criterion.")
                                       .arg(dates::toText(last.value()->screenedOn), last.value()->screenedBy.toHtmlEscaped(),
                                            rules.outcomeText(last.value()->outcome()))
                                 : tr("The criteria the register points to are ticked, with the reason. Confirm or "
                                      "change each one: two or more make an assessment likely required."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *source = new QLabel(rules.listsSource(m_jurisdiction));
    source->setObjectName(QStringLiteral("screeningSource"));
    source->setWordWrap(true);
    source->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(source);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget;
    auto *grid = new QGridLayout(body);
    grid->setColumnStretch(1, 1);
    int row = 0;
    for (const dpia::Criterion c : dpia::allCriteria()) {
        auto *check = new QCheckBox(rules.criterionTitle(c));
        check->setObjectName(QStringLiteral("screeningCriterion_") + dpia::criterionCode(c));
        auto *note = new QLineEdit;
        note->setObjectName(QStringLiteral("screeningNote_") + dpia::criterionCode(c));
        note->setPlaceholderText(tr("Why (a note)"));
        for (const dpia::CriterionAnswer &a : start.criteria) {
            if (a.criterion == c) {
                check->setChecked(a.met);
                note->setText(a.note);
            }
        }
        for (const dpia::Suggestion &s : suggestions) {
            if (s.criterion == c)
                check->setToolTip(tr("The register says: %1").arg(s.why));
        }
        auto *guidance = new QLabel(rules.criterionGuidance(c));
        guidance->setWordWrap(true);
        guidance->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(check, row, 0);
        grid->addWidget(note, row, 1);
        grid->addWidget(guidance, row + 1, 0, 1, 2);
        row += 2;
        m_criteria << qMakePair(c, check);
        m_notes << note;
        connect(check, &QCheckBox::toggled, this, &ScreeningDialog::updateResult);
    }
    const QList<dpia::ListEntry> entries = rules.listEntries(m_jurisdiction);
    m_lists = new QListWidget;
    m_lists->setObjectName(QStringLiteral("screeningLists"));
    m_lists->setWordWrap(true);
    m_lists->setMinimumHeight(fontMetrics().lineSpacing() * 10);
    for (const dpia::ListEntry &entry : entries) {
        auto *item = new QListWidgetItem(
            (entry.required ? tr("Always needs one: %1") : tr("Never needs one: %1")).arg(entry.text), m_lists);
        item->setData(Qt::UserRole, entry.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(start.listed.contains(entry.code) ? Qt::Checked : Qt::Unchecked);
    }
    if (!entries.isEmpty()) {
        auto *listsCaption = new QLabel(tr("Is the processing of a type on the authority's lists?"));
        grid->addWidget(listsCaption, row++, 0, 1, 2);
        grid->addWidget(m_lists, row++, 0, 1, 2);
    } else {
        m_lists->hide();
    }
    connect(m_lists, &QListWidget::itemChanged, this, &ScreeningDialog::updateResult);
    scroll->setWidget(body);
    layout->addWidget(scroll, 1);

    auto *form = new QFormLayout;
    m_on = new DateField;
    m_on->setObjectName(QStringLiteral("screeningOn"));
    m_on->setDate(QDate::currentDate());
    m_by = new QLineEdit(db.actor());
    m_by->setObjectName(QStringLiteral("screeningBy"));
    m_note = new QLineEdit(start.note);
    form->addRow(tr("Screened on:"), m_on);
    form->addRow(tr("By:"), m_by);
    form->addRow(tr("Note:"), m_note);
    layout->addLayout(form);
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("screeningResult"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record the screening"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("screeningRecord"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 640);
    updateResult();
}

dpia::Screening ScreeningDialog::screening() const
{
    dpia::Screening s;
    s.activityId = m_activityId;
    s.jurisdiction = m_jurisdiction;
    s.screenedOn = m_on ? m_on->date() : QDate::currentDate();
    s.screenedBy = m_by ? m_by->text().trimmed() : QString();
    s.note = m_note ? m_note->text().trimmed() : QString();
    for (int i = 0; i < m_criteria.size(); ++i)
        s.criteria << dpia::CriterionAnswer{m_criteria.at(i).first, m_criteria.at(i).second->isChecked(),
                                            m_notes.at(i)->text().trimmed()};
    if (m_lists) {
        for (int i = 0; i < m_lists->count(); ++i) {
            if (m_lists->item(i)->checkState() == Qt::Checked)
                s.listed << m_lists->item(i)->data(Qt::UserRole).toString();
        }
    }
    return s;
}

void ScreeningDialog::updateResult()
{
    const dpia::Screening s = screening();
    const dpia::ScreeningRules rules;
    const QString text = tr("%1 — %n criterion(s) met.", nullptr, s.metCount()).arg(rules.outcomeText(s.outcome()));
    m_result->setText(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
}

} // namespace pc
