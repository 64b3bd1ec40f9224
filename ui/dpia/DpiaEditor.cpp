#include "DpiaEditor.h"

#include "DpiaFields.h"
#include "RiskMap.h"
#include "widgets/DateField.h"

#include "core/Languages.h"
#include "dpia/DpiaPrefill.h"
#include "dpia/PiaMethod.h"
#include "storage/RegisterRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

namespace pc {
namespace {

// The form's rows: the assessment's own fields, then the method's questions
// (their ids), the evaluations and the validation.
enum Row {
    Name = 1, Activities, StatusRow, Author, Evaluator, Validator, Category,
    EvaluationRow = 1000,        // + the evaluation's position
    Measures = 2000, Map, Plan, DpoNames, DpoStatus, DpoOpinion, PeopleNames, PeopleSought, PeopleNotSought,
    PeopleStatus, PeopleOpinion, Decided, Review, Rejection, Adjustments,
};

void fillOpinion(QComboBox *combo, const dpia::PiaMethod &method)
{
    const int current = qMax(0, combo->currentIndex());
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(DpiaEditor::tr("Not given yet"), -1);
    combo->addItem(method.opinionLabel(1), 1);
    combo->addItem(method.opinionLabel(0), 0);
    combo->setCurrentIndex(current);
}

std::optional<int> opinionOf(const QComboBox *combo)
{
    const int value = combo->currentData().toInt();
    return value < 0 ? std::nullopt : std::optional<int>(value);
}

void showOpinion(QComboBox *combo, const std::optional<int> &value)
{
    const int index = combo->findData(value ? *value : -1);
    combo->setCurrentIndex(qMax(0, index));
}

} // namespace

DpiaEditor::DpiaEditor(QWidget *parent) : EntityEditor(parent)
{
    setObjectName(QStringLiteral("dpiaEditor"));
    saveButton()->setObjectName(QStringLiteral("saveDpia"));
    const dpia::PiaMethod method;

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("dpiaName"));
    m_activities = new QListWidget;
    m_activities->setObjectName(QStringLiteral("dpiaActivities"));
    m_activities->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("dpiaStatus"));
    m_author = new QLineEdit;
    m_evaluator = new QLineEdit;
    m_validator = new QLineEdit;
    m_validator->setObjectName(QStringLiteral("dpiaValidator"));
    m_category = new QLineEdit;

    addSection(QStringLiteral("assessment"));
    addRow(Name, m_name);
    addRow(Activities, m_activities);
    addRow(StatusRow, m_status);
    addRow(Author, m_author);
    addRow(Evaluator, m_evaluator);
    addRow(Validator, m_validator);
    addRow(Category, m_category);

    for (const dpia::Section &section : method.sections()) {
        if (section.id == 4)
            break;
        const QString key = section.id == 1 ? QStringLiteral("context")
                            : section.id == 2 ? QStringLiteral("principles") : QStringLiteral("risks");
        if (section.id == 3) {
            addSection(QStringLiteral("measures"));
            m_measures = new MeasureList;
            addRow(Measures, m_measures, nullptr, true);
            connect(m_measures, &PartField::changed, this, [this] { recheck(); });
            connect(m_measures, &MeasureList::titlesChanged, this, &DpiaEditor::updateChoices);
        }
        if (section.id != 3)
            addSection(key);
        for (const dpia::Item &item : section.items) {
            if (item.isMeasures)
                continue;
            // Each risk a section of its own.
            if (item.isRisk)
                addSection(QStringLiteral("risk%1").arg(item.id));
            for (const dpia::Question &question : item.questions) {
                auto *field = new QuestionField(question);
                m_questions << field;
                addRow(question.id, field, nullptr, true);
                connect(field, &PartField::changed, this, [this] { recheck(); });
                // Only a severity or a likelihood moves a risk on the map.
                if (question.kind == dpia::AnswerKind::Gauge)
                    connect(field, &PartField::changed, this, &DpiaEditor::updateMapAndPlan);
                if (item.evaluatedPerQuestion) {
                    auto *evaluation = new EvaluationField(QStringLiteral("%1.%2").arg(item.reference()).arg(question.id), false);
                    addRow(EvaluationRow + int(m_evaluations.size()), evaluation);
                    m_evaluations << evaluation;
                }
            }
            if (!item.evaluatedPerQuestion) {
                auto *evaluation = new EvaluationField(item.reference(), item.isRisk);
                addRow(EvaluationRow + int(m_evaluations.size()), evaluation, nullptr, true);
                m_evaluations << evaluation;
            }
        }
    }
    for (EvaluationField *evaluation : std::as_const(m_evaluations)) {
        connect(evaluation, &PartField::changed, this, [this] {
            recheck();
            updateMapAndPlan();
        });
    }

    addSection(QStringLiteral("validation"));
    m_map = new RiskMap;
    addRow(Map, m_map, nullptr, true);
    m_plan = new QTableWidget(0, 4);
    m_plan->setObjectName(QStringLiteral("dpiaActionPlan"));
    m_plan->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_plan->verticalHeader()->hide();
    m_plan->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_plan->setWordWrap(true);
    m_plan->setMinimumHeight(fontMetrics().lineSpacing() * 14);
    connect(m_plan->horizontalHeader(), &QHeaderView::sectionResized, m_plan, &QTableView::resizeRowsToContents);
    addRow(Plan, m_plan, nullptr, true);
    excludeFromMerge(Map);
    excludeFromMerge(Plan);
    m_dpoNames = new QLineEdit;
    m_dpoStatus = new QComboBox;
    m_dpoStatus->setObjectName(QStringLiteral("dpiaDpoStatus"));
    m_dpoOpinion = new RichTextEdit(3);
    m_peopleNames = new QLineEdit;
    m_peopleSought = new QCheckBox;
    m_peopleNotSought = new RichTextEdit(2);
    m_peopleStatus = new QComboBox;
    m_peopleOpinion = new RichTextEdit(3);
    m_rejection = new RichTextEdit(2);
    m_adjustments = new RichTextEdit(2);
    addRow(DpoNames, m_dpoNames);
    addRow(DpoStatus, m_dpoStatus);
    addRow(DpoOpinion, m_dpoOpinion);
    addRow(PeopleNames, m_peopleNames);
    addRow(PeopleSought, m_peopleSought);
    addRow(PeopleNotSought, m_peopleNotSought);
    addRow(PeopleStatus, m_peopleStatus);
    addRow(PeopleOpinion, m_peopleOpinion);
    m_decided = addDateRow(Decided);
    m_decided->setObjectName(QStringLiteral("dpiaDecided"));
    m_review = addDateRow(Review);
    m_review->setObjectName(QStringLiteral("dpiaReview"));
    addRow(Rejection, m_rejection);
    addRow(Adjustments, m_adjustments);

    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_activities, m_status, m_author, m_evaluator,
                                                       m_validator, m_category, m_dpoNames, m_dpoStatus,
                                                       m_peopleNames, m_peopleSought, m_peopleStatus})
        watch(w);
    for (RichTextEdit *text : {m_dpoOpinion, m_peopleNotSought, m_peopleOpinion, m_rejection, m_adjustments})
        connect(text, &QTextEdit::textChanged, this, [this] { recheck(); });
    connect(m_peopleSought, &QCheckBox::toggled, this, [this](bool sought) { m_peopleNotSought->setEnabled(!sought); });
    retranslateUi();
}

QWidget *DpiaEditor::firstField() const
{
    return m_name;
}

Status DpiaEditor::startForActivity(RowId activityId)
{
    if (!m_db)
        return Error{tr("No register is open.")};
    Result<Dpia> started = dpia::DpiaPrefill(DocumentLanguage(languages::current())).start(*m_db, activityId);
    if (!started)
        return started.error();
    started->authorName = m_db->actor();
    return display(started.value());
}

void DpiaEditor::fillActivities(RowId organizationId, const QList<RowId> &checked)
{
    QList<QPair<RowId, QString>> items;
    if (m_db && organizationId > 0) {
        if (const auto activities = RegisterRepository(*m_db).activities(organizationId)) {
            for (const ProcessingActivity &a : activities.value())
                items << qMakePair(a.id, a.reference.isEmpty() ? a.name : QStringLiteral("%1 – %2").arg(a.reference, a.name));
        }
    }
    fillChecklist<RowId>(m_activities, items, checked);
    m_shownOrganization = organizationId;
}

Status DpiaEditor::showRecord(const Dpia &d)
{
    m_name->setText(d.name);
    fillActivities(d.organizationId, d.activityIds);
    selectData(m_status, d.status);
    m_author->setText(d.authorName);
    m_evaluator->setText(d.evaluatorName);
    m_validator->setText(d.validatorName);
    m_category->setText(d.category);
    m_measures->show(d);
    updateChoices();
    for (QuestionField *q : std::as_const(m_questions))
        q->show(d.answer(q->questionId()));
    for (EvaluationField *e : std::as_const(m_evaluations))
        e->show(d.evaluation(e->reference()));
    m_dpoNames->setText(d.dpoNames);
    showOpinion(m_dpoStatus, d.dpoStatus);
    m_dpoOpinion->setRichText(d.dpoOpinion);
    m_peopleNames->setText(d.peopleNames);
    m_peopleSought->setChecked(d.peopleOpinionSought);
    m_peopleNotSought->setRichText(d.peopleNotSoughtReason);
    m_peopleNotSought->setEnabled(!d.peopleOpinionSought);
    showOpinion(m_peopleStatus, d.peopleStatus);
    m_peopleOpinion->setRichText(d.peopleOpinion);
    m_rejection->setRichText(d.rejectionReason);
    m_adjustments->setRichText(d.appliedAdjustments);
    m_decided->setDate(d.decidedOn);
    m_review->setDate(d.reviewOn);
    updateMapAndPlan();
    return success();
}

QList<DpiaEvaluation> DpiaEditor::evaluations(const Dpia &given) const
{
    QList<DpiaEvaluation> list;
    // In the order given, the new ones after.
    QList<DpiaEvaluation> fresh;
    QHash<QString, DpiaEvaluation> now;
    for (EvaluationField *e : m_evaluations) {
        if (const auto value = e->evaluation(given.evaluation(e->reference())))
            now.insert(e->reference(), *value);
    }
    QHash<RowId, DpiaEvaluation> measures;
    for (const DpiaEvaluation &e : m_measures->evaluations(given))
        measures.insert(e.measureId, e);
    QSet<QString> placed;
    QSet<RowId> placedMeasures;
    for (const DpiaEvaluation &g : given.evaluations) {
        if (g.measureId != 0) {
            if (measures.contains(g.measureId)) {
                list << measures.value(g.measureId);
                placedMeasures.insert(g.measureId);
            }
        } else if (now.contains(g.reference)) {
            list << now.value(g.reference);
            placed.insert(g.reference);
        }
    }
    for (EvaluationField *e : m_evaluations) {
        if (now.contains(e->reference()) && !placed.contains(e->reference()))
            list << now.value(e->reference());
    }
    for (const DpiaEvaluation &e : m_measures->evaluations(given)) {
        if (!placedMeasures.contains(e.measureId))
            list << e;
    }
    return list;
}

Dpia DpiaEditor::edited() const
{
    Dpia d = m_original;
    d.name = m_name->text().trimmed();
    d.activityIds = checkedValues<RowId>(m_activities);
    d.status = m_status->currentData().toInt();
    d.authorName = m_author->text().trimmed();
    d.evaluatorName = m_evaluator->text().trimmed();
    d.validatorName = m_validator->text().trimmed();
    d.category = m_category->text().trimmed();
    // The answers in the order given, new ones after.
    QList<DpiaAnswer> answers;
    QHash<int, DpiaAnswer> now;
    for (QuestionField *q : m_questions) {
        if (const auto a = q->answer(m_original.answer(q->questionId())))
            now.insert(q->questionId(), *a);
    }
    for (const DpiaAnswer &given : m_original.answers) {
        if (now.contains(given.questionId))
            answers << now.take(given.questionId);
    }
    for (QuestionField *q : m_questions) {
        if (now.contains(q->questionId()))
            answers << now.take(q->questionId());
    }
    d.answers = answers;
    d.measures = m_measures->measures(m_original);
    d.evaluations = evaluations(m_original);
    // Comments on a measure removed go with it.
    QSet<RowId> kept;
    for (const DpiaMeasure &m : std::as_const(d.measures))
        kept.insert(m.id);
    d.comments.erase(std::remove_if(d.comments.begin(), d.comments.end(),
                                    [&](const DpiaComment &c) { return c.measureId != 0 && !kept.contains(c.measureId); }),
                     d.comments.end());
    d.dpoNames = m_dpoNames->text().trimmed();
    d.dpoStatus = opinionOf(m_dpoStatus);
    d.dpoOpinion = m_dpoOpinion->richText();
    d.peopleNames = m_peopleNames->text().trimmed();
    d.peopleOpinionSought = m_peopleSought->isChecked();
    d.peopleNotSoughtReason = m_peopleNotSought->richText();
    d.peopleStatus = opinionOf(m_peopleStatus);
    d.peopleOpinion = m_peopleOpinion->richText();
    d.rejectionReason = m_rejection->richText();
    d.appliedAdjustments = m_adjustments->richText();
    d.decidedOn = m_decided->date();
    d.reviewOn = m_review->date();
    return d;
}

QList<Finding> DpiaEditor::check(const Dpia &d) const
{
    QList<Finding> findings;
    using Severity = Finding::Severity;
    if (d.name.isEmpty())
        findings << Finding{Severity::Error, Name, tr("Give the assessment a name.")};
    if (d.activityIds.isEmpty())
        findings << Finding{Severity::Warning, Activities, tr("Tick the processing activities it covers.")};
    const dpia::PiaMethod method;
    for (const dpia::Risk &risk : method.risks()) {
        const DpiaAnswer *severity = d.answer(risk.severity);
        const DpiaAnswer *likelihood = d.answer(risk.likelihood);
        if (!severity || severity->gauge.value_or(0) == 0)
            findings << Finding{Severity::Warning, risk.severity, tr("Estimate how severe this risk is.")};
        if (!likelihood || likelihood->gauge.value_or(0) == 0)
            findings << Finding{Severity::Warning, risk.likelihood, tr("Estimate how likely this risk is.")};
    }
    if (d.isValidated()) {
        if (d.validatorName.isEmpty())
            findings << Finding{Severity::Warning, Validator, tr("Name who validated the assessment.")};
        if (!d.decidedOn.isValid())
            findings << Finding{Severity::Warning, Decided, tr("Give the day of the controller's decision.")};
        if (!d.reviewOn.isValid())
            findings << Finding{Severity::Warning, Review, tr("Set a day to review the assessment.")};
        if (!d.dpoStatus)
            findings << Finding{Severity::Warning, DpoStatus, tr("The DPO's opinion is sought before validating.")};
    }
    if (d.decidedOn.isValid() && d.decidedOn > QDate::currentDate())
        findings << Finding{Severity::Error, Decided, tr("The decision cannot be dated in the future.")};
    if (d.reviewOn.isValid() && d.decidedOn.isValid() && d.reviewOn < d.decidedOn)
        findings << Finding{Severity::Error, Review, tr("The review comes after the decision.")};
    if (!d.peopleOpinionSought && d.isValidated() && dpia::plainText(d.peopleNotSoughtReason).isEmpty())
        findings << Finding{Severity::Warning, PeopleNotSought,
                            tr("Say why the people concerned were not asked for their opinion.")};
    if (d.status == int(DpiaStatus::Rejected) && dpia::plainText(d.rejectionReason).isEmpty())
        findings << Finding{Severity::Warning, Rejection, tr("Say why the assessment was rejected.")};
    return findings;
}

Status DpiaEditor::prepareNew(Dpia &d)
{
    if (m_db)
        d.authorName = m_db->actor();
    return success();
}

Status DpiaEditor::prepareCopy(Dpia &copy)
{
    // A new version of the assessment: its parts as new, its decision to take again.
    copy.name = tr("%1 (new version)").arg(copy.name);
    copy.status = int(DpiaStatus::InProgress);
    copy.decidedOn = QDate();
    copy.reviewOn = QDate();
    copy.createdAt.clear();
    copy.updatedAt.clear();
    RowId next = -1;
    QHash<RowId, RowId> ids;
    for (DpiaMeasure &m : copy.measures) {
        ids.insert(m.id, next);
        m.id = next--;
    }
    for (DpiaAnswer &a : copy.answers)
        a.id = 0;
    for (DpiaEvaluation &e : copy.evaluations) {
        e.id = 0;
        if (e.measureId != 0)
            e.measureId = ids.value(e.measureId);
    }
    for (DpiaComment &c : copy.comments) {
        c.id = 0;
        if (c.measureId != 0)
            c.measureId = ids.value(c.measureId);
    }
    return success();
}

void DpiaEditor::updateChoices()
{
    const QStringList titles = m_measures->titles();
    for (QuestionField *q : std::as_const(m_questions)) {
        if (q->questionId() > 300 && q->questionId() % 10 == 4)
            q->setChoices(titles);
    }
    recheck();
}

void DpiaEditor::updateMapAndPlan()
{
    const dpia::PiaMethod method;
    const Dpia d = edited();
    QList<RiskMap::Point> points;
    for (const dpia::Risk &risk : method.risks()) {
        RiskMap::Point p;
        p.name = risk.title;
        if (const DpiaAnswer *a = d.answer(risk.severity))
            p.severity = a->gauge.value_or(0);
        if (const DpiaAnswer *a = d.answer(risk.likelihood))
            p.likelihood = a->gauge.value_or(0);
        if (const DpiaEvaluation *e = d.evaluation(risk.reference())) {
            p.severityAfter = e->gaugeX;
            p.likelihoodAfter = e->gaugeY;
        }
        points << p;
    }
    m_map->setRisks(points);

    // The action plan: every part to correct or improve, with what is to be done.
    m_plan->setRowCount(0);
    for (const dpia::PlannedAction &action : method.actionPlan(d)) {
        const int row = m_plan->rowCount();
        m_plan->insertRow(row);
        const QStringList cells = {action.part, action.action, action.person,
                                   action.due.isValid() ? QLocale().toString(action.due, QLocale::ShortFormat) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            if (c == 3 && action.due.isValid() && action.due < QDate::currentDate())
                item->setForeground(QColor(0xc0, 0x39, 0x2b));
            m_plan->setItem(row, c, item);
        }
    }
    m_plan->resizeRowsToContents();
}

void DpiaEditor::recheck()
{
    EntityEditor::recheck();
}

QVariant DpiaEditor::fieldState(int key, QWidget *field) const
{
    if (auto *part = qobject_cast<PartField *>(field))
        return part->state();
    if (auto *text = qobject_cast<RichTextEdit *>(field))
        return text->richText();
    return RecordEditor::fieldState(key, field);
}

void DpiaEditor::setFieldState(int key, QWidget *field, const QVariant &state)
{
    if (auto *part = qobject_cast<PartField *>(field)) {
        part->setState(state);
        if (key == Measures)
            updateChoices();
        return;
    }
    if (auto *text = qobject_cast<RichTextEdit *>(field)) {
        text->setRichText(state.toString());
        return;
    }
    RecordEditor::setFieldState(key, field, state);
}

QString DpiaEditor::fieldText(int key, QWidget *field) const
{
    if (auto *part = qobject_cast<PartField *>(field))
        return part->text();
    if (auto *text = qobject_cast<RichTextEdit *>(field))
        return text->toPlainText().simplified();
    return RecordEditor::fieldText(key, field);
}

void DpiaEditor::retranslateUi()
{
    const dpia::PiaMethod method;
    QHash<int, QString> captions = {
        {Name, tr("&Name:")},
        {Activities, tr("Activities covered:")},
        {StatusRow, tr("Stat&us:")},
        {Author, tr("Written by:")},
        {Evaluator, tr("Evaluated by:")},
        {Validator, tr("Validated by:")},
        {Category, tr("Category:")},
        {Measures, tr("The measures that protect the data, as they are or will be applied")},
        {Map, tr("Risk map: a circle where the measures leave each risk, a square where the action plan will take it")},
        {Plan, tr("Action plan")},
        {DpoNames, tr("Data protection officer:")},
        {DpoStatus, tr("DPO's opinion:")},
        {DpoOpinion, tr("Its reasons:")},
        {PeopleNames, tr("People concerned:")},
        {PeopleSought, tr("Their opinion:")},
        {PeopleNotSought, tr("Why not asked:")},
        {PeopleStatus, tr("What they think:")},
        {PeopleOpinion, tr("How it was sought:")},
        {Decided, tr("Decided on:")},
        {Review, tr("To review by:")},
        {Rejection, tr("Reason for rejecting:")},
        {Adjustments, tr("Changes made since:")},
    };
    int evaluation = 0;
    for (const dpia::Section &section : method.sections()) {
        for (const dpia::Item &item : section.items) {
            if (item.isMeasures || section.id == 4)
                continue;
            for (const dpia::Question &question : item.questions) {
                captions.insert(question.id, question.title);
                if (item.evaluatedPerQuestion)
                    captions.insert(EvaluationRow + evaluation++, tr("Evaluation:"));
            }
            if (!item.evaluatedPerQuestion)
                captions.insert(EvaluationRow + evaluation++,
                                item.isRisk ? tr("Evaluation of the risk “%1”").arg(item.title)
                                            : tr("Evaluation of “%1”").arg(item.title));
        }
    }
    setCaptions(captions);
    for (QuestionField *q : std::as_const(m_questions))
        q->setGuidance(method.question(q->questionId()).guidance);
    for (EvaluationField *e : std::as_const(m_evaluations))
        e->retranslate();
    m_measures->retranslate();
    setSectionTitle(QStringLiteral("assessment"), tr("The assessment"));
    setSectionTitle(QStringLiteral("context"), QStringLiteral("1. ") + method.sectionTitle(1));
    setSectionTitle(QStringLiteral("principles"), QStringLiteral("2. ") + method.sectionTitle(2));
    setSectionTitle(QStringLiteral("measures"), QStringLiteral("3. ") + method.sections().at(2).items.at(0).title);
    for (const dpia::Risk &risk : method.risks())
        setSectionTitle(QStringLiteral("risk%1").arg(risk.item), QStringLiteral("3.%1 %2").arg(risk.item).arg(risk.title));
    setSectionTitle(QStringLiteral("validation"), QStringLiteral("4. ") + method.sectionTitle(4));
    {
        const int current = qMax(0, m_status->currentIndex());
        const QSignalBlocker blocker(m_status);
        m_status->clear();
        for (int s = 0; s <= 4; ++s)
            m_status->addItem(method.statusLabel(s), s);
        m_status->setCurrentIndex(current);
    }
    fillOpinion(m_dpoStatus, method);
    fillOpinion(m_peopleStatus, method);
    m_peopleSought->setText(tr("Sought"));
    m_plan->setHorizontalHeaderLabels({tr("Part"), tr("What is to be done"), tr("In charge"), tr("By")});
    m_plan->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_plan->setColumnWidth(0, 260);
    updateMapAndPlan();
    recheck();
}

} // namespace pc
