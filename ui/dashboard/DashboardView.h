#pragma once

#include "models/DashboardData.h"
#include "models/RegisterTableModel.h"
#include "storage/ConnectionSpec.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QWidget>

class QChartView;
class QLabel;
class QTableWidget;

namespace pc {

// The officer's first screen: requests by status with the overdue ones
// standing out, the next deadlines counting down, consent rates per purpose
// and where processors are. The figures are computed off the UI thread on a
// connection of their own; clicking a bar, slice or deadline opens the
// register it stands for.
class DashboardView final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(QWidget *parent = nullptr);
    ~DashboardView() override;

    // Recomputes for this database and organization (0: all).
    void refresh(const ConnectionSpec &spec, RowId organizationId);
    const DashboardData &data() const { return m_data; }
    bool isLoading() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    // Asks for a register with one column filtered to `value` (empty: none).
    void registerRequested(pc::RegisterKind kind, int column, const QString &value);
    // Asks for one request or breach.
    void itemRequested(pc::RegisterKind kind, const QString &reference);
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showData();
    void showRequests();
    void showDeadlines();
    void showConsents();
    void showProcessors();
    void showPurges();
    void retranslateUi();

    DashboardData m_data;
    QString m_error;
    struct Load
    {
        DashboardData data;
        QString error;
        int generation = 0;
    };
    // A pool of its own: Qt's raster painting borrows threads of the global
    // pool, and a window that waits for them behind a long query freezes.
    QThreadPool m_pool;
    QFutureWatcher<Load> m_watcher;
    int m_generation = 0;

    QLabel *m_summary = nullptr;
    QLabel *m_deadlinesTitle = nullptr;
    QChartView *m_requestsChart = nullptr;
    QChartView *m_consentsChart = nullptr;
    QChartView *m_processorsChart = nullptr;
    QChartView *m_purgesChart = nullptr;
    QTableWidget *m_deadlines = nullptr;
};

} // namespace pc
