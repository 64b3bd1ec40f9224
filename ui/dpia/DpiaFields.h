#pragma once

#include "dpia/Dpia.h"
#include "dpia/PiaMethod.h"

#include <QTextEdit>
#include <QVariant>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QToolButton;
class QVBoxLayout;

namespace pc {

class DateField;

// Rich text as the CNIL's tool writes it (HTML), shown as rich text. What
// the officer did not touch comes back exactly as it was given; what they
// changed comes back as the HTML of its body.
class RichTextEdit final : public QTextEdit
{
    Q_OBJECT
public:
    explicit RichTextEdit(int lines = 4, QWidget *parent = nullptr);
    // Null: no text at all (the tool's null), as opposed to an empty one.
    void setRichText(const QString &html);
    QString richText() const;
    bool isEmpty() const { return toPlainText().trimmed().isEmpty(); }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitText();
    QString m_given;
};

// A part of an assessment's form that the window compares and puts back as
// a whole when two officers saved the same assessment.
class PartField : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual QVariant state() const = 0;
    virtual void setState(const QVariant &state) = 0;
    virtual QString text() const = 0;
Q_SIGNALS:
    void changed();
};

// One question of the method: the answer (rich text, a list, or a gauge and
// its reasons) with the method's guidance beside it.
class QuestionField final : public PartField
{
    Q_OBJECT
public:
    explicit QuestionField(const dpia::Question &question, QWidget *parent = nullptr);
    int questionId() const { return m_id; }
    void setGuidance(const QString &guidance);
    void show(const DpiaAnswer *answer);
    // The answer as edited over `given`; none when there was none and nothing is entered.
    std::optional<DpiaAnswer> answer(const DpiaAnswer *given) const;
    // For the measures that answer a risk: the choices and the ticked ones.
    void setChoices(const QStringList &choices);
    int gauge() const;

    QVariant state() const override;
    void setState(const QVariant &state) override;
    QString text() const override;

private:
    QStringList ticked() const;
    // A choice the answer names that is no longer a measure: kept, ticked, in italics.
    void addExtraChoice(const QString &choice);

    int m_id = 0;
    dpia::AnswerKind m_kind = dpia::AnswerKind::Text;
    RichTextEdit *m_text = nullptr;
    QPlainTextEdit *m_items = nullptr;      // a list: one item a line
    QListWidget *m_choices = nullptr;       // the measures answering a risk
    QComboBox *m_gauge = nullptr;
    QLabel *m_guidance = nullptr;
    QStringList m_extraChoices;             // named by the answer, not (or no longer) among the measures
};

// The evaluation of a part: its status, the comment, and for what is to be
// corrected or improved, the action plan (what, who, by when); for a risk,
// its severity and likelihood once the plan is carried out.
class EvaluationField final : public PartField
{
    Q_OBJECT
public:
    EvaluationField(QString reference, bool withGauges, QWidget *parent = nullptr);
    QString reference() const { return m_reference; }
    RowId measureId() const { return m_measureId; }
    void setMeasureId(RowId id) { m_measureId = id; }
    void show(const DpiaEvaluation *evaluation);
    std::optional<DpiaEvaluation> evaluation(const DpiaEvaluation *given) const;
    void retranslate();

    QVariant state() const override;
    void setState(const QVariant &state) override;
    QString text() const override;

private:
    void updatePlan();

    QString m_reference;
    RowId m_measureId = 0;
    QComboBox *m_status = nullptr;
    RichTextEdit *m_comment = nullptr;
    QWidget *m_plan = nullptr;
    RichTextEdit *m_action = nullptr;
    QLineEdit *m_person = nullptr;
    DateField *m_due = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_likelihood = nullptr;
    QLabel *m_commentCaption = nullptr;
    QLabel *m_actionCaption = nullptr;
    QLabel *m_personCaption = nullptr;
    QLabel *m_dueCaption = nullptr;
    QLabel *m_afterCaption = nullptr;
};

// The planned or existing measures: each its title, how it is applied, and
// its evaluation; added blank or from the catalogue, removed.
class MeasureList final : public PartField
{
    Q_OBJECT
public:
    explicit MeasureList(QWidget *parent = nullptr);
    void show(const Dpia &dpia);
    // The measures as edited (new ones numbered below zero) and their evaluations.
    QList<DpiaMeasure> measures(const Dpia &given) const;
    QList<DpiaEvaluation> evaluations(const Dpia &given) const;
    QStringList titles() const;
    void retranslate();

    QVariant state() const override;
    void setState(const QVariant &state) override;
    QString text() const override;

Q_SIGNALS:
    void titlesChanged();

private:
    struct Row
    {
        RowId id = 0;
        QWidget *box = nullptr;
        QLineEdit *title = nullptr;
        RichTextEdit *content = nullptr;
        EvaluationField *evaluation = nullptr;
        QString placeholder;
    };
    void addMeasure(const DpiaMeasure &measure, const DpiaEvaluation *evaluation);
    void removeMeasure(QWidget *box);
    void fillCatalogue();

    QVBoxLayout *m_rows = nullptr;
    QList<Row> m_list;
    QToolButton *m_add = nullptr;
    RowId m_nextNew = -1;
};

} // namespace pc
