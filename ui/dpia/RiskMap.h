#pragma once

#include <QChartView>
#include <QList>
#include <QString>

namespace pc {

// The assessment's risks placed by likelihood (across) and severity (up),
// each as the measures leave it and, when the action plan re-evaluates it,
// as it will be once the plan is carried out.
class RiskMap final : public QChartView
{
    Q_OBJECT
public:
    struct Point
    {
        QString name;
        int severity = 0;           // 1…4, 0 when not estimated
        int likelihood = 0;
        int severityAfter = 0;
        int likelihoodAfter = 0;
    };

    explicit RiskMap(QWidget *parent = nullptr);
    void setRisks(const QList<Point> &risks);
    const QList<Point> &risks() const { return m_risks; }
    // The risks drawn (estimated both ways).
    int placedCount() const;

private:
    void draw();
    QList<Point> m_risks;
};

} // namespace pc
