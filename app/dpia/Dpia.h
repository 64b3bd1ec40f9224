#pragma once

#include "domain/Register.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pc {

// A data protection impact assessment, held as the CNIL's PIA method and
// tool hold one: the answers to the method's questions, the measures
// planned or in place, the evaluation of each part, the comments, the
// opinions and the decision. Timestamps the tool gave its records are kept
// as it wrote them (ISO 8601 text), so that a file comes back out as it came
// in.
struct DpiaAnswer
{
    RowId id = 0;
    int questionId = 0;                  // 111…346 (PiaMethod)
    std::optional<QString> text;         // rich text (HTML) or none
    std::optional<int> gauge;            // 0 (undefined) … 4 (maximum), or none
    QStringList list;                    // impacts, threats, sources, measures named
    QString createdAt;
    QString updatedAt;

    bool operator==(const DpiaAnswer &) const = default;
};

struct DpiaMeasure
{
    RowId id = 0;
    QString title;
    QString content;                     // rich text
    QString placeholder;                 // the catalogue entry it came from, as the tool names it
    QString createdAt;
    QString updatedAt;

    bool operator==(const DpiaMeasure &) const = default;
};

struct DpiaEvaluation
{
    RowId id = 0;
    // What is evaluated: "1.1", "2.1.211", "3.2"… (PiaMethod), or a measure
    // ("3.1.<measure>"), then measureId is set and reference is "3.1".
    QString reference;
    RowId measureId = 0;
    int status = 0;                      // 0 pending, 1 to correct, 2 improvable, 3 acceptable
    int globalStatus = 0;                // the tool's progress of the evaluation
    std::optional<QString> actionPlanComment;
    std::optional<QString> evaluationComment;
    std::optional<QString> personInCharge;
    std::optional<QString> estimatedImplementationDate;  // as the tool wrote it
    int gaugeX = 0;                      // re-evaluated severity, 0 when none
    int gaugeY = 0;                      // re-evaluated likelihood
    QString createdAt;
    QString updatedAt;

    bool operator==(const DpiaEvaluation &) const = default;
    // The reference as the tool writes it.
    QString toolReference() const;
};

struct DpiaComment
{
    RowId id = 0;
    int questionId = 0;                  // when on a question
    RowId measureId = 0;                 // when on a measure
    QString description;
    QString createdAt;
    QString updatedAt;

    bool operator==(const DpiaComment &) const = default;
};

// The assessment's status, as the CNIL tool numbers it.
enum class DpiaStatus { InProgress = 0, Rejected = 1, SimpleValidation = 2, SignedValidation = 3, Archived = 4 };

struct Dpia
{
    RowId id = 0;
    RowId organizationId = 0;
    QList<RowId> activityIds;            // the processing it covers (one or several alike)
    QString name;
    int status = 0;                      // DpiaStatus
    QString category;
    QString authorName;
    QString evaluatorName;
    QString validatorName;
    QString dpoNames;
    std::optional<int> dpoStatus;        // 0: should not go ahead, 1: may go ahead
    QString dpoOpinion;
    QString peopleNames;
    bool peopleOpinionSought = false;
    QString peopleNotSoughtReason;
    std::optional<int> peopleStatus;
    QString peopleOpinion;
    QString rejectionReason;
    QString appliedAdjustments;
    QDate decidedOn;                     // the controller's decision
    QDate reviewOn;                      // when it is to be looked at again
    QString createdAt;
    QString updatedAt;
    int rowVersion = 0;

    QList<DpiaAnswer> answers;
    QList<DpiaMeasure> measures;
    QList<DpiaEvaluation> evaluations;
    QList<DpiaComment> comments;

    bool operator==(const Dpia &) const = default;
    bool isValidated() const { return status == int(DpiaStatus::SimpleValidation) || status == int(DpiaStatus::SignedValidation); }
    const DpiaAnswer *answer(int questionId) const;
    const DpiaEvaluation *evaluation(const QString &reference, RowId measureId = 0) const;
};

} // namespace pc
