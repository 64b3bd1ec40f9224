// One impact assessment as a document: the CNIL method's four parts, the
// risk map, the action plan, the opinions and the decision.

#include "Charts.h"
#include "RegisterBuilder.h"

#include "dpia/PiaMethod.h"
#include "storage/Database.h"
#include "storage/DpiaRepository.h"
#include "storage/RegisterRepository.h"

#include <QPainter>

namespace pc::reports {
namespace {

using dpia::plainText;

const QColor kRiskColours[] = {QColor(0xc0, 0x39, 0x2b), QColor(0x29, 0x80, 0xb9), QColor(0x8e, 0x44, 0xad)};

struct Placed
{
    QString name;
    int severity = 0, likelihood = 0, severityAfter = 0, likelihoodAfter = 0;
};

class DpiaReport final : public RegisterBuilder
{
    PC_DOCUMENT_TR_FUNCTIONS(pc::reports::Registers)

public:
    using RegisterBuilder::RegisterBuilder;

private:
    Status content(Report &report) override
    {
        const Result<Dpia> read = DpiaRepository(m_db).read(m_request.dpiaId);
        if (!read)
            return read.error();
        const Dpia &d = read.value();
        const dpia::PiaMethod method(m_language);
        QStringList activities;
        for (const RowId id : d.activityIds) {
            if (const auto a = RegisterRepository(m_db).activity(id))
                activities << (a->reference.isEmpty() ? a->name : QStringLiteral("%1 – %2").arg(a->reference, a->name));
        }
        report.cover.subtitle = d.name;
        report.runningTitle = QStringLiteral("%1 — %2").arg(report.cover.title, d.name);
        cover(report, {{tr("Assessment"), d.name},
                       {tr("Processing covered"), activities.join(QStringLiteral("; "))},
                       {tr("Status"), method.statusLabel(d.status)},
                       {tr("Written by"), d.authorName},
                       {tr("Evaluated by"), d.evaluatorName},
                       {tr("Validated by"), d.validatorName},
                       {tr("Decided on"), day(d.decidedOn)},
                       {tr("To review by"), day(d.reviewOn)}});

        auto evaluationText = [&](const DpiaEvaluation *e) {
            if (!e)
                return QString();
            QStringList parts{tr("Evaluation: %1").arg(method.evaluationLabel(e->status))};
            if (e->evaluationComment && !plainText(*e->evaluationComment).isEmpty())
                parts << plainText(*e->evaluationComment);
            if (e->actionPlanComment && !plainText(*e->actionPlanComment).isEmpty())
                parts << tr("Action plan: %1").arg(plainText(*e->actionPlanComment));
            return parts.join(QStringLiteral(" — "));
        };
        auto answerOf = [&](int question) {
            const DpiaAnswer *a = d.answer(question);
            if (!a)
                return tr("Not answered.");
            switch (dpia::PiaMethod::kindOf(question)) {
            case dpia::AnswerKind::List:
                return a->list.isEmpty() ? tr("Not answered.") : a->list.join(QStringLiteral("; "));
            case dpia::AnswerKind::Gauge: {
                const QString why = a->text ? plainText(*a->text) : QString();
                return why.isEmpty() ? method.gaugeLabel(a->gauge.value_or(0))
                                     : QStringLiteral("%1 — %2").arg(method.gaugeLabel(a->gauge.value_or(0)), why);
            }
            case dpia::AnswerKind::Text:
                break;
            }
            const QString text = a->text ? plainText(*a->text) : QString();
            return text.isEmpty() ? tr("Not answered.") : text;
        };

        const QList<dpia::Section> sections = method.sections();
        QList<Placed> placed;
        for (const dpia::Section &section : sections) {
            if (section.id == 4)
                break;
            report.heading(1, QStringLiteral("%1. %2").arg(section.id).arg(section.title));
            report.paragraph(section.guidance, Paragraph::Style::Note);
            for (const dpia::Item &item : section.items) {
                report.heading(2, item.title);
                if (item.isMeasures) {
                    measures(report, d, method, evaluationText);
                    continue;
                }
                if (item.isRisk) {
                    risk(report, d, method, item, answerOf, evaluationText, placed);
                    continue;
                }
                for (const dpia::Question &q : item.questions) {
                    report.heading(3, q.title, false);
                    report.paragraph(answerOf(q.id));
                    if (item.evaluatedPerQuestion) {
                        if (const QString e = evaluationText(d.evaluation(QStringLiteral("%1.%2").arg(item.reference()).arg(q.id)));
                            !e.isEmpty())
                            report.paragraph(e, Paragraph::Style::Note);
                    }
                }
                if (!item.evaluatedPerQuestion) {
                    if (const QString e = evaluationText(d.evaluation(item.reference())); !e.isEmpty())
                        report.paragraph(e, Paragraph::Style::Note);
                }
            }
        }

        report.heading(1, QStringLiteral("4. %1").arg(method.sectionTitle(4)));
        report.heading(2, tr("Risk map"));
        report.paragraph(tr("Each risk placed by its likelihood (across) and its severity (up): a circle where the measures "
                            "leave it, a square where the action plan will take it. Risks in the shaded corner must not "
                            "stay there."),
                         Paragraph::Style::Note);
        report.chart(riskMap(placed, method));
        Table summary;
        summary.name = QStringLiteral("risks");
        summary.columns = {{tr("Risk"), 2.4}, {tr("Severity"), 1.2}, {tr("Likelihood"), 1.2},
                           {tr("Once the plan is done"), 1.8}};
        for (const Placed &p : std::as_const(placed)) {
            const QString after = p.severityAfter > 0 && p.likelihoodAfter > 0
                                      ? tr("%1 / %2").arg(method.gaugeLabel(p.severityAfter), method.gaugeLabel(p.likelihoodAfter))
                                      : QStringLiteral("—");
            summary.rows << QStringList{p.name, method.gaugeLabel(p.severity), method.gaugeLabel(p.likelihood), after};
        }
        report.table(std::move(summary));

        report.heading(2, tr("Action plan"));
        Table plan;
        plan.name = QStringLiteral("plan");
        plan.columns = {{tr("Part"), 2.0}, {tr("What is to be done"), 3.2}, {tr("In charge"), 1.2},
                        {tr("By"), 1.0, Alignment::Left, everyMonth()}};
        for (const dpia::PlannedAction &action : method.actionPlan(d))
            plan.rows << QStringList{action.part, action.action, action.person, day(action.due)};
        if (plan.rows.isEmpty())
            report.paragraph(tr("No action is planned: every part evaluated is acceptable."), Paragraph::Style::Emphasis);
        else
            report.table(std::move(plan));

        report.heading(2, tr("Opinions"));
        report.fields({{tr("Data protection officer"), d.dpoNames},
                       {tr("The DPO's opinion"), d.dpoStatus ? method.opinionLabel(*d.dpoStatus) : tr("not given")},
                       {tr("Its reasons"), plainText(d.dpoOpinion)},
                       {tr("People concerned"), d.peopleNames},
                       {tr("Their opinion sought"), d.peopleOpinionSought ? tr("yes") : tr("no")},
                       {d.peopleOpinionSought ? tr("How it was sought") : tr("Why it was not sought"),
                        plainText(d.peopleOpinionSought ? d.peopleOpinion : d.peopleNotSoughtReason)},
                       {tr("What they think"), d.peopleStatus ? method.opinionLabel(*d.peopleStatus) : tr("not given")}});
        report.heading(2, tr("Decision"));
        report.fields({{tr("Status"), method.statusLabel(d.status)},
                       {tr("Validated by"), d.validatorName},
                       {tr("Decided on"), day(d.decidedOn)},
                       {tr("To review by"), day(d.reviewOn)},
                       {tr("Reason for rejecting"), plainText(d.rejectionReason)},
                       {tr("Changes made since"), plainText(d.appliedAdjustments)}});
        return success();
    }

    template<typename EvaluationText>
    void measures(Report &report, const Dpia &d, const dpia::PiaMethod &method, EvaluationText evaluationText)
    {
        if (d.measures.isEmpty()) {
            report.paragraph(tr("No measure is recorded."), Paragraph::Style::Emphasis);
            return;
        }
        Table table;
        table.name = QStringLiteral("measures");
        table.columns = {{tr("Measure"), 1.6}, {tr("How it is applied"), 3.4}, {tr("Evaluation"), 1.2}};
        for (const DpiaMeasure &m : d.measures) {
            const DpiaEvaluation *e = d.evaluation(QStringLiteral("3.1"), m.id);
            table.rows << QStringList{m.title, plainText(m.content), e ? method.evaluationLabel(e->status) : QString()};
        }
        report.table(std::move(table));
        Q_UNUSED(evaluationText)
    }

    template<typename AnswerOf, typename EvaluationText>
    void risk(Report &report, const Dpia &d, const dpia::PiaMethod &method, const dpia::Item &item, AnswerOf answerOf,
              EvaluationText evaluationText, QList<Placed> &placed)
    {
        for (const dpia::Risk &r : method.risks()) {
            if (r.item != item.id)
                continue;
            const DpiaAnswer *severity = d.answer(r.severity);
            const DpiaAnswer *likelihood = d.answer(r.likelihood);
            Placed p{r.title, severity ? severity->gauge.value_or(0) : 0, likelihood ? likelihood->gauge.value_or(0) : 0, 0, 0};
            if (const DpiaEvaluation *e = d.evaluation(r.reference())) {
                p.severityAfter = e->gaugeX;
                p.likelihoodAfter = e->gaugeY;
            }
            placed << p;
            report.fields({{tr("Impacts on the people"), answerOf(r.impacts)},
                           {tr("Threats"), answerOf(r.threats)},
                           {tr("Sources of risk"), answerOf(r.sources)},
                           {tr("Measures that answer it"), answerOf(r.measures)},
                           {tr("Severity"), answerOf(r.severity)},
                           {tr("Likelihood"), answerOf(r.likelihood)}});
            if (const QString e = evaluationText(d.evaluation(r.reference())); !e.isEmpty())
                report.paragraph(e, Paragraph::Style::Note);
        }
    }

    Chart riskMap(const QList<Placed> &placed, const dpia::PiaMethod &method) const
    {
        QStringList gauges;
        for (int g = 1; g <= 4; ++g)
            gauges << method.gaugeLabel(g);
        const QString across = tr("Likelihood");
        const QString up = tr("Severity");
        Chart chart;
        chart.size = QSizeF(460, 300);
        chart.paint = [placed, gauges, across, up](QPainter &painter, const QRectF &area) {
            constexpr double kWidth = 460, kHeight = 300;
            painter.save();
            beginChart(painter, area, kWidth);
            painter.setRenderHint(QPainter::Antialiasing);
            const QFont font = painter.font();
            const double labels = 70, legendWidth = 130;
            const double bottom = kHeight - 30;
            const double side = qMin(kWidth - labels - legendWidth - 16, bottom - 14);
            const double left = labels + 4;
            const double cell = side / 4;
            const QRectF grid(left, bottom - side, side, side);
            // The corner a risk must not stay in.
            painter.fillRect(QRectF(left + 2 * cell, bottom - side, 2 * cell, 2 * cell), QColor(0xf6, 0xd5, 0xd1));
            painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.6));
            for (int i = 0; i <= 4; ++i) {
                painter.drawLine(QPointF(left + i * cell, grid.top()), QPointF(left + i * cell, bottom));
                painter.drawLine(QPointF(left, bottom - i * cell), QPointF(left + side, bottom - i * cell));
            }
            painter.setPen(QColor(0x30, 0x30, 0x30));
            for (int g = 0; g < 4; ++g) {
                painter.drawText(QRectF(left + g * cell, bottom + 3, cell, 11), Qt::AlignCenter, gauges.at(g));
                painter.drawText(QRectF(0, bottom - (g + 1) * cell, labels, cell), Qt::AlignRight | Qt::AlignVCenter,
                                 gauges.at(g));
            }
            QFont bold = font;
            bold.setBold(true);
            painter.setFont(bold);
            painter.drawText(QRectF(left, bottom + 15, side, 12), Qt::AlignCenter, across);
            painter.drawText(QRectF(0, grid.top() - 14, labels, 12), Qt::AlignRight | Qt::AlignVCenter, up);
            painter.setFont(font);
            for (int i = 0; i < placed.size(); ++i) {
                const Placed &p = placed.at(i);
                const QColor colour = kRiskColours[i % 3];
                const double shift = (i - 1) * cell * 0.22;
                auto centre = [&](int likelihood, int severity) {
                    return QPointF(left + (likelihood - 0.5) * cell + shift, bottom - (severity - 0.5) * cell);
                };
                if (p.severity > 0 && p.likelihood > 0) {
                    painter.setPen(QPen(colour.darker(130), 1));
                    painter.setBrush(colour);
                    painter.drawEllipse(centre(p.likelihood, p.severity), 6, 6);
                }
                if (p.severityAfter > 0 && p.likelihoodAfter > 0) {
                    painter.setPen(QPen(colour, 2));
                    painter.setBrush(Qt::white);
                    const QPointF c = centre(p.likelihoodAfter, p.severityAfter);
                    painter.drawRect(QRectF(c.x() - 5, c.y() - 5, 10, 10));
                }
                // The legend.
                const double y = grid.top() + 4 + i * 30;
                const double x = left + side + 16;
                painter.setPen(QPen(colour.darker(130), 1));
                painter.setBrush(colour);
                painter.drawEllipse(QPointF(x + 5, y + 6), 5, 5);
                painter.setPen(QColor(0x30, 0x30, 0x30));
                painter.drawText(QRectF(x + 14, y, legendWidth - 14, 28), Qt::AlignLeft | Qt::TextWordWrap, p.name);
            }
            painter.restore();
        };
        return chart;
    }
};

} // namespace

std::shared_ptr<RegisterBuilder> dpiaReport(Database &db, const ReportRequest &request)
{
    return std::make_shared<DpiaReport>(db, request);
}

} // namespace pc::reports
