#include "DpiaFields.h"

#include "widgets/DateField.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace pc {
namespace {

// An optional text as the field now holds it, over what was given.
std::optional<QString> optionalText(const std::optional<QString> &given, bool hadPart, const QString &now)
{
    if (hadPart && !given && now.isEmpty())
        return std::nullopt;
    if (!hadPart && now.trimmed().isEmpty())
        return std::nullopt;
    return now;
}

QLabel *guidanceLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void fillGauge(QComboBox *combo, const dpia::PiaMethod &method)
{
    const int current = qMax(0, combo->currentIndex());
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (int g = 0; g <= 4; ++g)
        combo->addItem(g == 0 ? method.gaugeLabel(0) : QStringLiteral("%1 – %2").arg(g).arg(method.gaugeLabel(g)), g);
    combo->setCurrentIndex(current);
}

} // namespace

// ---- RichTextEdit ----------------------------------------------------------

RichTextEdit::RichTextEdit(int lines, QWidget *parent) : QTextEdit(parent)
{
    setAcceptRichText(true);
    setTabChangesFocus(true);
    setMinimumHeight(fontMetrics().lineSpacing() * lines + 12);
    setMaximumHeight(fontMetrics().lineSpacing() * qMax(lines * 3, 12) + 12);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    connect(this, &QTextEdit::textChanged, this, &RichTextEdit::fitText);
}

// Grows with its text, up to its largest size.
void RichTextEdit::fitText()
{
    document()->setTextWidth(viewport()->width());
    const int wanted = int(document()->size().height()) + 2 * frameWidth() + 4;
    const int height = qBound(minimumHeight(), wanted, maximumHeight());
    if (height != this->height())
        setFixedHeight(height);
}

void RichTextEdit::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    fitText();
}

void RichTextEdit::setRichText(const QString &html)
{
    m_given = html;
    {
        const QSignalBlocker blocker(this);
        if (html.contains(QLatin1Char('<')))
            setHtml(html);
        else
            setPlainText(html);
    }
    document()->setModified(false);
    Q_EMIT textChanged();
    document()->setModified(false);
}

QString RichTextEdit::richText() const
{
    if (!document()->isModified())
        return m_given;
    if (isEmpty())
        return QStringLiteral("");
    // The body of Qt's document: the tool takes a fragment.
    const QString html = toHtml();
    static const QRegularExpression body(QStringLiteral("<body[^>]*>(.*)</body>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = body.match(html);
    return (m.hasMatch() ? m.captured(1) : html).trimmed();
}

// ---- QuestionField ---------------------------------------------------------

QuestionField::QuestionField(const dpia::Question &question, QWidget *parent)
    : PartField(parent), m_id(question.id), m_kind(question.kind)
{
    setObjectName(QStringLiteral("question%1").arg(question.id));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *answer = new QVBoxLayout;
    const bool measures = question.id % 10 == 4 && question.id > 300;
    switch (m_kind) {
    case dpia::AnswerKind::Text:
        m_text = new RichTextEdit(5);
        answer->addWidget(m_text);
        break;
    case dpia::AnswerKind::List:
        if (measures) {
            m_choices = new QListWidget;
            m_choices->setMinimumHeight(fontMetrics().lineSpacing() * 5);
            m_choices->setMaximumHeight(fontMetrics().lineSpacing() * 9);
            answer->addWidget(m_choices);
            connect(m_choices, &QListWidget::itemChanged, this, &PartField::changed);
        } else {
            m_items = new QPlainTextEdit;
            m_items->setTabChangesFocus(true);
            m_items->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
            answer->addWidget(m_items);
            connect(m_items, &QPlainTextEdit::textChanged, this, &PartField::changed);
        }
        break;
    case dpia::AnswerKind::Gauge:
        m_gauge = new QComboBox;
        m_gauge->setObjectName(QStringLiteral("gauge%1").arg(question.id));
        fillGauge(m_gauge, dpia::PiaMethod());
        m_text = new RichTextEdit(3);
        answer->addWidget(m_gauge, 0, Qt::AlignLeft);
        answer->addWidget(m_text);
        connect(m_gauge, &QComboBox::currentIndexChanged, this, &PartField::changed);
        break;
    }
    if (m_text)
        connect(m_text, &QTextEdit::textChanged, this, &PartField::changed);
    m_guidance = guidanceLabel();
    layout->addLayout(answer, 3);
    layout->addWidget(m_guidance, 2);
    setGuidance(question.guidance);
}

void QuestionField::setGuidance(const QString &guidance)
{
    m_guidance->setText(guidance);
    if (m_items)
        m_items->setPlaceholderText(tr("One per line"));
    if (m_gauge)
        fillGauge(m_gauge, dpia::PiaMethod());
}

void QuestionField::show(const DpiaAnswer *answer)
{
    const QSignalBlocker blocker(this);
    if (m_text)
        m_text->setRichText(answer && answer->text ? *answer->text : QString());
    if (m_items) {
        const QSignalBlocker b(m_items);
        m_items->setPlainText(answer ? answer->list.join(QLatin1Char('\n')) : QString());
    }
    if (m_gauge) {
        const QSignalBlocker b(m_gauge);
        m_gauge->setCurrentIndex(answer && answer->gauge ? qBound(0, *answer->gauge, 4) : 0);
    }
    if (m_choices) {
        m_extraChoices = answer ? answer->list : QStringList();
        QStringList choices;
        for (int i = 0; i < m_choices->count(); ++i) {
            if (!m_choices->item(i)->data(Qt::UserRole + 1).toBool())
                choices << m_choices->item(i)->text();
        }
        const QSignalBlocker b(m_choices);
        const QStringList wanted = m_extraChoices;
        m_choices->clear();
        for (const QString &c : choices) {
            auto *item = new QListWidgetItem(c, m_choices);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(wanted.contains(c) ? Qt::Checked : Qt::Unchecked);
            m_extraChoices.removeAll(c);
        }
        const QStringList extra = m_extraChoices;
        m_extraChoices.clear();
        for (const QString &c : extra)
            addExtraChoice(c);
    }
}

void QuestionField::setChoices(const QStringList &choices)
{
    if (!m_choices)
        return;
    const QStringList wanted = ticked();
    const QSignalBlocker b(m_choices);
    m_choices->clear();
    m_extraChoices.clear();
    for (const QString &c : choices) {
        auto *item = new QListWidgetItem(c, m_choices);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(wanted.contains(c) ? Qt::Checked : Qt::Unchecked);
    }
    // What the answer named that is no longer a measure stays, in italics.
    for (const QString &w : wanted) {
        if (!choices.contains(w))
            addExtraChoice(w);
    }
}

void QuestionField::addExtraChoice(const QString &choice)
{
    auto *item = new QListWidgetItem(choice, m_choices);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    item->setData(Qt::UserRole + 1, true);
    QFont italic = item->font();
    italic.setItalic(true);
    item->setFont(italic);
    m_extraChoices << choice;
}

QStringList QuestionField::ticked() const
{
    QStringList list;
    if (m_choices) {
        for (int i = 0; i < m_choices->count(); ++i) {
            if (m_choices->item(i)->checkState() == Qt::Checked)
                list << m_choices->item(i)->text();
        }
    } else if (m_items) {
        for (const QString &line : m_items->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                list << line.trimmed();
        }
    }
    return list;
}

int QuestionField::gauge() const
{
    return m_gauge ? m_gauge->currentData().toInt() : 0;
}

std::optional<DpiaAnswer> QuestionField::answer(const DpiaAnswer *given) const
{
    DpiaAnswer a = given ? *given : DpiaAnswer{};
    a.questionId = m_id;
    switch (m_kind) {
    case dpia::AnswerKind::Text: {
        const QString text = m_text->richText();
        if (!given && m_text->isEmpty())
            return std::nullopt;
        a.text = optionalText(given ? given->text : std::nullopt, given, text);
        if (!given)
            a.gauge = 0;
        break;
    }
    case dpia::AnswerKind::List: {
        const QStringList items = ticked();
        if (!given && items.isEmpty())
            return std::nullopt;
        // An answer the tool made keeps its order when nothing changed.
        if (!(given && QSet<QString>(items.cbegin(), items.cend()) == QSet<QString>(given->list.cbegin(), given->list.cend())
              && items.size() == given->list.size()))
            a.list = items;
        break;
    }
    case dpia::AnswerKind::Gauge: {
        const int g = gauge();
        if (!given && g == 0 && m_text->isEmpty())
            return std::nullopt;
        a.text = optionalText(given ? given->text : std::nullopt, given, m_text->richText());
        a.gauge = (given && !given->gauge && g == 0) ? std::nullopt : std::optional<int>(g);
        break;
    }
    }
    return a;
}

QVariant QuestionField::state() const
{
    return QVariantList{m_text ? m_text->richText() : QString(), ticked(), gauge()};
}

void QuestionField::setState(const QVariant &state)
{
    const QVariantList values = state.toList();
    if (values.size() != 3)
        return;
    if (m_text)
        m_text->setRichText(values.at(0).toString());
    if (m_items)
        m_items->setPlainText(values.at(1).toStringList().join(QLatin1Char('\n')));
    if (m_choices) {
        const QStringList wanted = values.at(1).toStringList();
        for (int i = 0; i < m_choices->count(); ++i)
            m_choices->item(i)->setCheckState(wanted.contains(m_choices->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_gauge)
        m_gauge->setCurrentIndex(qBound(0, values.at(2).toInt(), 4));
}

QString QuestionField::text() const
{
    QStringList parts;
    if (m_gauge && gauge() > 0)
        parts << m_gauge->currentText();
    if (m_text)
        parts << m_text->toPlainText().simplified();
    if (m_items || m_choices)
        parts << ticked().join(QStringLiteral("; "));
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" — "));
}

// ---- EvaluationField -------------------------------------------------------

EvaluationField::EvaluationField(QString reference, bool withGauges, QWidget *parent)
    : PartField(parent), m_reference(std::move(reference))
{
    setObjectName(QStringLiteral("evaluation%1").arg(QString(m_reference).replace(QLatin1Char('.'), QLatin1Char('_'))));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status = new QComboBox;
    m_status->setObjectName(objectName() + QStringLiteral("Status"));
    m_comment = new RichTextEdit(2);
    m_commentCaption = new QLabel;
    layout->addWidget(m_status, 0, 0, Qt::AlignTop);
    layout->addWidget(m_commentCaption, 0, 1, Qt::AlignTop | Qt::AlignRight);
    layout->addWidget(m_comment, 0, 2);
    layout->setColumnStretch(2, 1);

    m_plan = new QWidget;
    auto *plan = new QGridLayout(m_plan);
    plan->setContentsMargins(0, 0, 0, 0);
    m_action = new RichTextEdit(2);
    m_person = new QLineEdit;
    m_due = new DateField;
    m_actionCaption = new QLabel;
    m_personCaption = new QLabel;
    m_dueCaption = new QLabel;
    plan->addWidget(m_actionCaption, 0, 0, Qt::AlignTop | Qt::AlignRight);
    plan->addWidget(m_action, 0, 1, 1, 5);
    plan->addWidget(m_personCaption, 1, 0, Qt::AlignRight);
    plan->addWidget(m_person, 1, 1);
    plan->addWidget(m_dueCaption, 1, 2, Qt::AlignRight);
    plan->addWidget(m_due, 1, 3);
    if (withGauges) {
        m_afterCaption = new QLabel;
        m_severity = new QComboBox;
        m_likelihood = new QComboBox;
        m_severity->setObjectName(objectName() + QStringLiteral("Severity"));
        m_likelihood->setObjectName(objectName() + QStringLiteral("Likelihood"));
        plan->addWidget(m_afterCaption, 2, 0, Qt::AlignRight);
        auto *gauges = new QHBoxLayout;
        gauges->addWidget(m_severity);
        gauges->addWidget(m_likelihood);
        gauges->addStretch();
        plan->addLayout(gauges, 2, 1, 1, 5);
        connect(m_severity, &QComboBox::currentIndexChanged, this, &PartField::changed);
        connect(m_likelihood, &QComboBox::currentIndexChanged, this, &PartField::changed);
    }
    plan->setColumnStretch(1, 2);
    plan->setColumnStretch(3, 1);
    layout->addWidget(m_plan, 1, 0, 1, 3);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        updatePlan();
        Q_EMIT changed();
    });
    connect(m_comment, &QTextEdit::textChanged, this, &PartField::changed);
    connect(m_action, &QTextEdit::textChanged, this, &PartField::changed);
    connect(m_person, &QLineEdit::textChanged, this, &PartField::changed);
    connect(m_due, &DateField::changed, this, &PartField::changed);
    retranslate();
    updatePlan();
}

void EvaluationField::retranslate()
{
    const dpia::PiaMethod method;
    const int status = qMax(0, m_status->currentIndex());
    {
        const QSignalBlocker blocker(m_status);
        m_status->clear();
        for (int s = 0; s <= 3; ++s)
            m_status->addItem(method.evaluationLabel(s), s);
        m_status->setCurrentIndex(status);
    }
    m_commentCaption->setText(tr("Comment:"));
    m_actionCaption->setText(tr("Action plan:"));
    m_personCaption->setText(tr("In charge:"));
    m_dueCaption->setText(tr("By:"));
    if (m_severity) {
        m_afterCaption->setText(tr("Once done:"));
        for (auto [combo, label] : {std::pair{m_severity, tr("severity")}, std::pair{m_likelihood, tr("likelihood")}}) {
            const int current = qMax(0, combo->currentIndex());
            const QSignalBlocker blocker(combo);
            combo->clear();
            for (int g = 0; g <= 4; ++g)
                combo->addItem(tr("%1: %2", "a gauge and its value").arg(label, method.gaugeLabel(g)), g);
            combo->setCurrentIndex(current);
        }
    }
    m_status->setToolTip(tr("How the part stands: to correct (the editors must complete it), to improve (measures "
                            "to add, in the action plan) or acceptable."));
}

void EvaluationField::updatePlan()
{
    const int status = m_status->currentData().toInt();
    m_plan->setVisible(status == 1 || status == 2 || !m_action->isEmpty() || !m_person->text().isEmpty());
}

void EvaluationField::show(const DpiaEvaluation *e)
{
    const QSignalBlocker blocker(this);
    {
        const QSignalBlocker b(m_status);
        m_status->setCurrentIndex(e ? qBound(0, e->status, 3) : 0);
    }
    m_comment->setRichText(e && e->evaluationComment ? *e->evaluationComment : QString());
    m_action->setRichText(e && e->actionPlanComment ? *e->actionPlanComment : QString());
    {
        const QSignalBlocker b(m_person);
        m_person->setText(e && e->personInCharge ? *e->personInCharge : QString());
    }
    {
        const QSignalBlocker b(m_due);
        m_due->setDate(e && e->estimatedImplementationDate
                           ? QDateTime::fromString(*e->estimatedImplementationDate, Qt::ISODateWithMs).toUTC().date()
                           : QDate());
    }
    if (m_severity) {
        const QSignalBlocker b1(m_severity);
        const QSignalBlocker b2(m_likelihood);
        m_severity->setCurrentIndex(e ? qBound(0, e->gaugeX, 4) : 0);
        m_likelihood->setCurrentIndex(e ? qBound(0, e->gaugeY, 4) : 0);
    }
    updatePlan();
}

std::optional<DpiaEvaluation> EvaluationField::evaluation(const DpiaEvaluation *given) const
{
    DpiaEvaluation e = given ? *given : DpiaEvaluation{};
    e.reference = m_reference;
    e.measureId = m_measureId;
    e.status = m_status->currentData().toInt();
    const bool had = given != nullptr;
    e.evaluationComment = optionalText(had ? given->evaluationComment : std::nullopt, had, m_comment->richText());
    e.actionPlanComment = optionalText(had ? given->actionPlanComment : std::nullopt, had, m_action->richText());
    e.personInCharge = optionalText(had ? given->personInCharge : std::nullopt, had, m_person->text().trimmed());
    const QDate due = m_due->date();
    const QDate givenDue = had && given->estimatedImplementationDate
                               ? QDateTime::fromString(*given->estimatedImplementationDate, Qt::ISODateWithMs).toUTC().date()
                               : QDate();
    if (due != givenDue)
        e.estimatedImplementationDate = due.isValid()
                                            ? std::optional<QString>(QDateTime(due, QTime(0, 0), Qt::UTC).toString(Qt::ISODateWithMs))
                                            : std::nullopt;
    if (m_severity) {
        e.gaugeX = m_severity->currentData().toInt();
        e.gaugeY = m_likelihood->currentData().toInt();
    }
    if (!had && e.status == 0 && !e.evaluationComment && !e.actionPlanComment && !e.personInCharge
        && !e.estimatedImplementationDate && e.gaugeX == 0 && e.gaugeY == 0)
        return std::nullopt;
    if (!had || (given->status == 0 && e.status > 0))
        e.globalStatus = e.status > 0 ? 2 : 0;
    return e;
}

QVariant EvaluationField::state() const
{
    return QVariantList{m_status->currentData(), m_comment->richText(), m_action->richText(), m_person->text(),
                        m_due->text(), m_severity ? m_severity->currentIndex() : 0,
                        m_likelihood ? m_likelihood->currentIndex() : 0};
}

void EvaluationField::setState(const QVariant &state)
{
    const QVariantList v = state.toList();
    if (v.size() != 7)
        return;
    m_status->setCurrentIndex(qBound(0, v.at(0).toInt(), 3));
    m_comment->setRichText(v.at(1).toString());
    m_action->setRichText(v.at(2).toString());
    m_person->setText(v.at(3).toString());
    m_due->lineEdit()->setText(v.at(4).toString());
    if (m_severity) {
        m_severity->setCurrentIndex(v.at(5).toInt());
        m_likelihood->setCurrentIndex(v.at(6).toInt());
    }
}

QString EvaluationField::text() const
{
    QStringList parts{m_status->currentText(), m_comment->toPlainText().simplified(), m_action->toPlainText().simplified()};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" — "));
}

// ---- MeasureList -----------------------------------------------------------

MeasureList::MeasureList(QWidget *parent) : PartField(parent)
{
    setObjectName(QStringLiteral("dpiaMeasures"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(12);
    layout->addLayout(m_rows);
    m_add = new QToolButton;
    m_add->setObjectName(QStringLiteral("dpiaAddMeasure"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_add->setMenu(new QMenu(m_add));
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    retranslate();
}

void MeasureList::fillCatalogue()
{
    QMenu *menu = m_add->menu();
    menu->clear();
    QAction *blank = menu->addAction(tr("A measure of your own"));
    blank->setObjectName(QStringLiteral("dpiaBlankMeasure"));
    connect(blank, &QAction::triggered, this, [this] {
        DpiaMeasure m;
        m.id = m_nextNew--;
        m.title = tr("New measure");
        m.placeholder = QStringLiteral("measures.default_placeholder");
        addMeasure(m, nullptr);
        m_list.last().title->setFocus();
        m_list.last().title->selectAll();
        Q_EMIT titlesChanged();
        Q_EMIT changed();
    });
    const dpia::PiaMethod method;
    const QList<dpia::CatalogueMeasure> catalogue = method.catalogue();
    const std::pair<QString, QString> groups[] = {{QStringLiteral("data"), tr("Measures on the data")},
                                                  {QStringLiteral("security"), tr("General security measures")},
                                                  {QStringLiteral("governance"), tr("Governance")}};
    for (const auto &[group, title] : groups) {
        QMenu *sub = menu->addMenu(title);
        for (const dpia::CatalogueMeasure &c : catalogue) {
            if (c.group != group)
                continue;
            QAction *action = sub->addAction(c.name);
            action->setObjectName(QStringLiteral("catalogue_") + c.slug);
            action->setToolTip(c.guidance);
            connect(action, &QAction::triggered, this, [this, c] {
                DpiaMeasure m;
                m.id = m_nextNew--;
                m.title = c.name;
                m.placeholder = c.placeholder();
                addMeasure(m, nullptr);
                m_list.last().content->setPlaceholderText(c.guidance);
                m_list.last().content->setFocus();
                Q_EMIT titlesChanged();
                Q_EMIT changed();
            });
        }
    }
}

void MeasureList::retranslate()
{
    m_add->setText(tr("Add a measure"));
    fillCatalogue();
    for (Row &row : m_list) {
        row.evaluation->retranslate();
        row.title->setPlaceholderText(tr("The measure"));
    }
}

void MeasureList::addMeasure(const DpiaMeasure &measure, const DpiaEvaluation *evaluation)
{
    Row row;
    row.id = measure.id;
    row.placeholder = measure.placeholder;
    row.box = new QWidget;
    row.box->setObjectName(QStringLiteral("dpiaMeasure"));
    auto *grid = new QGridLayout(row.box);
    grid->setContentsMargins(0, 0, 0, 0);
    row.title = new QLineEdit(measure.title);
    row.title->setObjectName(QStringLiteral("dpiaMeasureTitle"));
    QFont bold = row.title->font();
    bold.setBold(true);
    row.title->setFont(bold);
    auto *remove = new QToolButton;
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove this measure and its evaluation"));
    row.content = new RichTextEdit(3);
    row.content->setRichText(measure.content);
    row.evaluation = new EvaluationField(QStringLiteral("3.1"), false);
    row.evaluation->setMeasureId(measure.id);
    row.evaluation->show(evaluation);
    grid->addWidget(row.title, 0, 0);
    grid->addWidget(remove, 0, 1);
    grid->addWidget(row.content, 1, 0, 1, 2);
    grid->addWidget(row.evaluation, 2, 0, 1, 2);
    m_rows->addWidget(row.box);
    connect(row.title, &QLineEdit::textChanged, this, [this] {
        Q_EMIT titlesChanged();
        Q_EMIT changed();
    });
    connect(row.content, &QTextEdit::textChanged, this, &PartField::changed);
    connect(row.evaluation, &PartField::changed, this, &PartField::changed);
    connect(remove, &QToolButton::clicked, this, [this, box = row.box] { removeMeasure(box); });
    m_list << row;
}

void MeasureList::removeMeasure(QWidget *box)
{
    for (int i = 0; i < m_list.size(); ++i) {
        if (m_list.at(i).box == box) {
            m_list.removeAt(i);
            box->deleteLater();
            Q_EMIT titlesChanged();
            Q_EMIT changed();
            return;
        }
    }
}

void MeasureList::show(const Dpia &dpia)
{
    const QSignalBlocker blocker(this);
    for (const Row &row : std::as_const(m_list))
        delete row.box;
    m_list.clear();
    for (const DpiaMeasure &m : dpia.measures)
        addMeasure(m, dpia.evaluation(QStringLiteral("3.1"), m.id));
}

QList<DpiaMeasure> MeasureList::measures(const Dpia &given) const
{
    QList<DpiaMeasure> list;
    for (const Row &row : m_list) {
        DpiaMeasure m;
        for (const DpiaMeasure &g : given.measures) {
            if (g.id == row.id)
                m = g;
        }
        m.id = row.id;
        m.title = row.title->text().trimmed();
        m.content = row.content->richText();
        m.placeholder = row.placeholder;
        list << m;
    }
    return list;
}

QList<DpiaEvaluation> MeasureList::evaluations(const Dpia &given) const
{
    QList<DpiaEvaluation> list;
    for (const Row &row : m_list) {
        if (const auto e = row.evaluation->evaluation(given.evaluation(QStringLiteral("3.1"), row.id)))
            list << *e;
    }
    return list;
}

QStringList MeasureList::titles() const
{
    QStringList list;
    for (const Row &row : m_list)
        list << row.title->text().trimmed();
    return list;
}

QVariant MeasureList::state() const
{
    QVariantList rows;
    for (const Row &row : m_list)
        rows << QVariant(QVariantList{row.id, row.title->text(), row.content->richText(), row.evaluation->state()});
    return rows;
}

void MeasureList::setState(const QVariant &state)
{
    Dpia dpia;
    for (const QVariant &v : state.toList()) {
        const QVariantList row = v.toList();
        if (row.size() != 4)
            continue;
        DpiaMeasure m;
        m.id = row.at(0).toLongLong();
        m.title = row.at(1).toString();
        m.content = row.at(2).toString();
        dpia.measures << m;
    }
    show(dpia);
    const QVariantList rows = state.toList();
    for (int i = 0; i < m_list.size() && i < rows.size(); ++i)
        m_list[i].evaluation->setState(rows.at(i).toList().value(3));
}

QString MeasureList::text() const
{
    return titles().join(QStringLiteral(", "));
}

} // namespace pc
