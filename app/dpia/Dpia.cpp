#include "Dpia.h"

namespace pc {

const DpiaAnswer *Dpia::answer(int questionId) const
{
    for (const DpiaAnswer &a : answers) {
        if (a.questionId == questionId)
            return &a;
    }
    return nullptr;
}

const DpiaEvaluation *Dpia::evaluation(const QString &reference, RowId measureId) const
{
    for (const DpiaEvaluation &e : evaluations) {
        if (e.reference == reference && e.measureId == measureId)
            return &e;
    }
    return nullptr;
}

QString DpiaEvaluation::toolReference() const
{
    return measureId > 0 ? QStringLiteral("3.1.%1").arg(measureId) : reference;
}

} // namespace pc
