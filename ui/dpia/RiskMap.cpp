#include "RiskMap.h"

#include "dpia/PiaMethod.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>

namespace pc {
namespace {

const QColor kColours[] = {QColor(0xc0, 0x39, 0x2b), QColor(0x29, 0x80, 0xb9), QColor(0x8e, 0x44, 0xad)};

QCategoryAxis *gaugeAxis(const QString &title)
{
    const dpia::PiaMethod method;
    auto *axis = new QCategoryAxis;
    axis->setTitleText(title);
    axis->setMin(0.5);
    axis->setMax(4.5);
    axis->setStartValue(0.5);
    for (int g = 1; g <= 4; ++g)
        axis->append(method.gaugeLabel(g), g + 0.5);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    axis->setGridLineVisible(true);
    return axis;
}

} // namespace

RiskMap::RiskMap(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("riskMap"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(320);
    chart()->legend()->setAlignment(Qt::AlignRight);
    chart()->setBackgroundRoundness(0);
    draw();
}

void RiskMap::setRisks(const QList<Point> &risks)
{
    m_risks = risks;
    draw();
}

int RiskMap::placedCount() const
{
    return int(std::count_if(m_risks.cbegin(), m_risks.cend(),
                             [](const Point &p) { return p.severity > 0 && p.likelihood > 0; }));
}

void RiskMap::draw()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis);
    c->setBackgroundBrush(palette().brush(QPalette::Active, QPalette::Base));
    c->setTitleBrush(palette().brush(QPalette::Active, QPalette::WindowText));
    

    auto *x = gaugeAxis(tr("Likelihood"));
    auto *y = gaugeAxis(tr("Severity"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    // After the theme has dressed them.
    for (QCategoryAxis *axis : {x, y}) {
        axis->setLabelsColor(palette().color(QPalette::Active, QPalette::WindowText));
        axis->setTitleBrush(palette().color(QPalette::Active, QPalette::WindowText));
    }

    // The zone a risk must not stay in: significant or maximum both ways.
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    *upper << QPointF(2.5, 4.5) << QPointF(4.5, 4.5);
    *lower << QPointF(2.5, 2.5) << QPointF(4.5, 2.5);
    auto *zone = new QAreaSeries(upper, lower);
    QColor shade(0xe7, 0x4c, 0x3c);
    shade.setAlpha(40);
    zone->setBrush(shade);
    zone->setPen(Qt::NoPen);
    c->addSeries(zone);
    zone->attachAxis(x);
    zone->attachAxis(y);
    for (QLegendMarker *marker : c->legend()->markers(zone))
        marker->setVisible(false);

    for (int i = 0; i < m_risks.size(); ++i) {
        const Point &p = m_risks.at(i);
        const QColor colour = kColours[i % 3];
        // Side by side when two risks share a square.
        const double shift = (i - 1) * 0.18;
        if (p.severity > 0 && p.likelihood > 0) {
            auto *now = new QScatterSeries;
            now->setName(p.name);
            now->setMarkerShape(QScatterSeries::MarkerShapeCircle);
            now->setMarkerSize(16);
            now->setColor(colour);
            now->setBorderColor(colour.darker(130));
            now->append(p.likelihood + shift, p.severity);
            c->addSeries(now);
            now->attachAxis(x);
            now->attachAxis(y);
        }
        if (p.severityAfter > 0 && p.likelihoodAfter > 0) {
            auto *after = new QScatterSeries;
            after->setName(p.name);
            after->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
            after->setMarkerSize(12);
            after->setColor(palette().color(QPalette::Active, QPalette::Base));
            after->setBorderColor(colour);
            QPen pen(colour);
            pen.setWidth(3);
            after->setPen(pen);
            after->append(p.likelihoodAfter + shift, p.severityAfter);
            c->addSeries(after);
            after->attachAxis(x);
            after->attachAxis(y);
            // The legend names each risk once; the caption says what the squares are.
            for (QLegendMarker *marker : c->legend()->markers(after))
                marker->setVisible(false);
        }
    }
    c->legend()->setLabelColor(palette().color(QPalette::Active, QPalette::WindowText));
}

} // namespace pc
