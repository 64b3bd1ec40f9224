#pragma once

#include "core/DocumentLanguage.h"
#include "dpia/Dpia.h"

#include <QDate>

#include <QList>
#include <QString>

namespace pc::dpia {

// The CNIL's PIA method as its tool numbers it: four sections, their items,
// and the questions 111…346, with our wording of each title and of the
// guidance beside it, in a document's language (the window's by default).
// The numbering is the tool's, so that its files come and go unchanged.
enum class AnswerKind { Text, List, Gauge };

struct Question
{
    int id = 0;
    AnswerKind kind = AnswerKind::Text;
    QString title;
    QString guidance;
};

struct Item
{
    int section = 0;
    int id = 0;
    QString title;
    QString guidance;
    bool evaluatedPerQuestion = false;   // else the item is evaluated whole ("1.1", "3.2")
    bool isMeasures = false;             // 3.1: the measures, each evaluated ("3.1.<measure>")
    bool isRisk = false;                 // 3.2–3.4: severity and likelihood
    QList<Question> questions;

    QString reference() const { return QStringLiteral("%1.%2").arg(section).arg(id); }
};

struct Section
{
    int id = 0;
    QString title;
    QString guidance;
    QList<Item> items;
};

// One of the method's three risks.
struct Risk
{
    int item = 0;            // 2, 3, 4 in section 3
    QString title;
    int impacts = 0;         // the question ids of its parts
    int threats = 0;
    int sources = 0;
    int measures = 0;
    int severity = 0;
    int likelihood = 0;
    QString reference() const { return QStringLiteral("3.%1").arg(item); }
};

// A measure of the catalogue the officer picks from (the CNIL knowledge
// base's slugs, our words).
struct CatalogueMeasure
{
    QString slug;            // PIA_TEC_CHIF…
    QString group;           // data, security, governance
    QString name;
    QString guidance;
    // The placeholder the tool records on a measure taken from it.
    QString placeholder() const { return QStringLiteral("knowledge_base.slugs.%1.placeholder").arg(slug); }
};

// One line of an assessment's action plan: a part evaluated "to correct" or
// "to improve", or carrying an action.
struct PlannedAction
{
    QString part;            // the question, item or measure evaluated
    QString action;          // plain text; the evaluation's status when none is written
    QString person;
    QDate due;
    int status = 0;
};

// Rich text from the form or the CNIL tool as plain text: its paragraphs and
// list items each on a line, items marked.
QString plainText(const QString &html);

class PiaMethod final
{
    PC_DOCUMENT_TR_FUNCTIONS(pc::dpia::PiaMethod)
public:
    // In the window's language.
    PiaMethod();
    explicit PiaMethod(const DocumentLanguage &language);

    const DocumentLanguage &documentLanguage() const { return m_language; }

    QList<Section> sections() const;
    QList<Risk> risks() const;
    QList<CatalogueMeasure> catalogue() const;
    // The question of this id; an id of 0 when the method has none.
    Question question(int id) const;
    // The four sections' titles, the parts headings of the report.
    QString sectionTitle(int section) const;

    QString gaugeLabel(int gauge) const;          // 0…4
    QString statusLabel(int status) const;        // DpiaStatus
    QString evaluationLabel(int status) const;    // 0…3
    QString opinionLabel(int status) const;       // 0, 1
    // What an evaluation is of, in words.
    QString partTitle(const Dpia &dpia, const DpiaEvaluation &evaluation) const;
    // The action plan, in the order of the evaluations.
    QList<PlannedAction> actionPlan(const Dpia &dpia) const;

    // The method's question ids, in its order.
    static const QList<int> &questionIds();
    static bool isQuestion(int id);
    static AnswerKind kindOf(int id);
    // Whether the tool may evaluate `reference` ("1.1", "2.1.211", "3.2"…;
    // "3.1.<n>" is a measure's, checked against the file's measures).
    static bool isEvaluationReference(const QString &reference);

private:
    DocumentLanguage m_language;
};

} // namespace pc::dpia
