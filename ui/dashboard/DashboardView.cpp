#include "DashboardView.h"

#include "core/Dates.h"
#include "domain/Codes.h"
#include "storage/Database.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pc {
namespace {

// Countdown colours: at least ten days is calm, under ten needs attention,
// under five is urgent, past the deadline is urgent and bold.
const QColor kGreen(0x2e, 0x7d, 0x32);
const QColor kAmber(0xef, 0x8f, 0x00);
const QColor kRed(0xc6, 0x28, 0x28);

QChartView *makeChartView(const char *name)
{
    auto *view = new QChartView;
    view->setObjectName(QString::fromLatin1(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(280, 230);
    return view;
}

// Axis labels a little smaller than the text, so categories fit.
QFont axisFont()
{
    QFont font;
    font.setPointSizeF(font.pointSizeF() * 0.8);
    return font;
}

QString elided(const QString &text, int length = 24)
{
    return text.size() <= length ? text : text.left(length - 1) + QChar(0x2026);
}

// A count axis from nought to the largest count, in round numbers; an
// empty chart still has a scale (nought to four) rather than none.
void fitCounts(QValueAxis *axis, qreal largest)
{
    axis->setRange(0, qMax<qreal>(largest, 4));
    axis->applyNiceNumbers();
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

} // namespace

DashboardView::DashboardView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboard"));
    m_pool.setMaxThreadCount(1);   // one computation at a time; a newer one overtakes the result
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("dashboardSummary"));
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.2);
    m_summary->setFont(summaryFont);
    m_summary->setTextFormat(Qt::RichText);

    m_requestsChart = makeChartView("requestsChart");
    m_consentsChart = makeChartView("consentsChart");
    m_processorsChart = makeChartView("processorsChart");
    m_purgesChart = makeChartView("purgesChart");

    m_deadlinesTitle = new QLabel;
    QFont titleFont = m_deadlinesTitle->font();
    titleFont.setBold(true);
    m_deadlinesTitle->setFont(titleFont);
    m_deadlines = new QTableWidget(0, 4);
    m_deadlines->setObjectName(QStringLiteral("deadlineList"));
    m_deadlines->verticalHeader()->hide();
    m_deadlines->horizontalHeader()->setStretchLastSection(true);
    m_deadlines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deadlines->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_deadlines, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row < 0 || row >= m_data.nextDeadlines.size())
            return;
        const DueItem &item = m_data.nextDeadlines.at(row);
        Q_EMIT itemRequested(item.kind == DueItem::Kind::Request ? RegisterKind::Requests : RegisterKind::Breaches,
                             item.reference);
    });
    auto *deadlines = new QWidget;
    auto *deadlinesLayout = new QVBoxLayout(deadlines);
    deadlinesLayout->setContentsMargins(0, 0, 0, 0);
    deadlinesLayout->addWidget(m_deadlinesTitle);
    deadlinesLayout->addWidget(m_deadlines);

    auto *grid = new QGridLayout;
    grid->addWidget(m_requestsChart, 0, 0);
    grid->addWidget(deadlines, 0, 1, 1, 2);
    grid->addWidget(m_consentsChart, 1, 0);
    grid->addWidget(m_purgesChart, 1, 1);
    grid->addWidget(m_processorsChart, 1, 2);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(grid, 1);

    connect(&m_watcher, &QFutureWatcher<Load>::finished, this, [this] {
        const Load load = m_watcher.result();
        if (load.generation != m_generation)
            return;  // an older request, overtaken by a newer one
        m_data = load.data;
        m_error = load.error;
        showData();
        Q_EMIT loaded();
    });
    retranslateUi();
}

DashboardView::~DashboardView()
{
    m_watcher.waitForFinished();
    m_pool.waitForDone();
}

void DashboardView::refresh(const ConnectionSpec &spec, RowId organizationId)
{
    const int generation = ++m_generation;
    const QDate today = QDate::currentDate();
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [spec, organizationId, today, generation]() {
        Load load;
        load.generation = generation;
        // A connection of its own, in this thread, that cannot write.
        auto db = Database::open(spec, OpenMode::ReadOnly);
        if (!db) {
            load.error = db.errorMessage();
            return load;
        }
        auto data = DashboardData::load(*db.value(), organizationId, today);
        if (data)
            load.data = data.value();
        else
            load.error = data.errorMessage();
        return load;
    }));
}

void DashboardView::showData()
{
    const QLocale locale;
    if (!m_error.isEmpty()) {
        m_summary->setText(tr("The dashboard could not be computed: %1").arg(m_error.toHtmlEscaped()));
        return;
    }
    const int overdue = m_data.overdueRequests();
    const QString overdueText = tr("%n overdue", nullptr, overdue);
    m_summary->setText(tr("%1 · %2").arg(tr("%n open request(s)", nullptr, m_data.openRequests()),
                                         overdue > 0 ? QStringLiteral("<b style=\"color:%1\">%2</b>")
                                                           .arg(kRed.name(), overdueText.toHtmlEscaped())
                                                     : overdueText));
    showRequests();
    showDeadlines();
    showConsents();
    showProcessors();
    showPurges();
}

void DashboardView::showRequests()
{
    QChart *chart = newChart(tr("Requests by status"));
    auto *all = new QBarSet(tr("Requests"));
    auto *late = new QBarSet(tr("Overdue"));
    late->setColor(kRed);
    QStringList categories;
    QStringList codes;
    for (const QString &status : codes::all(CodeList::RequestStatus)) {
        const auto it = std::find_if(m_data.requestsByStatus.cbegin(), m_data.requestsByStatus.cend(),
                                     [&](const StatusCount &c) { return c.status == status; });
        if (it == m_data.requestsByStatus.cend())
            continue;
        *all << it->count;
        *late << it->overdue;
        categories << codes::label(CodeList::RequestStatus, status);
        codes << status;
    }
    auto *series = new QBarSeries;
    series->append(all);
    series->append(late);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->setLabelsFont(axisFont());
    axisX->setLabelsAngle(-45);
    axisX->setTruncateLabels(false);
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    qreal largest = 0;
    for (const StatusCount &c : std::as_const(m_data.requestsByStatus))
        largest = qMax<qreal>(largest, c.count);
    fitCounts(axisY, largest);
    connect(series, &QBarSeries::clicked, this, [this, codes](int index, QBarSet *) {
        Q_EMIT registerRequested(RegisterKind::Requests, RegisterTableModel::kRequestStatusColumn, codes.value(index));
    });
    QChart *old = m_requestsChart->chart();
    m_requestsChart->setChart(chart);
    delete old;
}

void DashboardView::showDeadlines()
{
    const QLocale locale;
    m_deadlines->setRowCount(int(m_data.nextDeadlines.size()));
    int row = 0;
    for (const DueItem &item : std::as_const(m_data.nextDeadlines)) {
        QString left;
        if (item.kind == DueItem::Kind::Breach && item.hoursLeft < 72 && item.hoursLeft >= 0)
            left = tr("%n hour(s) left", nullptr, int(item.hoursLeft));
        else if (item.daysLeft < 0)
            left = tr("%n day(s) overdue", nullptr, int(-item.daysLeft));
        else if (item.daysLeft == 0)
            left = tr("due today");
        else
            left = tr("%n day(s) left", nullptr, int(item.daysLeft));
        const QString what = item.kind == DueItem::Kind::Request ? tr("Request %1").arg(item.reference)
                                                                  : tr("Breach %1").arg(item.reference);
        const QStringList cells = {left, dates::toText(item.due.toLocalTime().date()), what,
                                   item.title + QStringLiteral(" — ") + item.organization};
        const bool overdue = item.due < QDateTime::currentDateTimeUtc();
        const QColor colour = overdue || item.daysLeft < 5 ? kRed : item.daysLeft < 10 ? kAmber : kGreen;
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            if (column == 0) {
                cell->setForeground(colour);
                QFont font = cell->font();
                font.setBold(overdue);
                cell->setFont(font);
            }
            m_deadlines->setItem(row, column, cell);
        }
        ++row;
    }
    m_deadlines->resizeColumnsToContents();
}

void DashboardView::showConsents()
{
    QChart *chart = newChart(tr("Consent rate per purpose"));
    auto *given = new QBarSet(tr("Consent given (%)"));
    given->setColor(kGreen);
    QStringList purposes;
    QStringList names;
    for (const ConsentRate &rate : std::as_const(m_data.consentRates)) {
        *given << qRound(rate.rate() * 1000) / 10.0;
        purposes << elided(QStringLiteral("%1 · %2").arg(rate.purpose, rate.organization));
        names << rate.purpose;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(given);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->setLabelsFont(axisFont());
    axisY->setTruncateLabels(false);
    axisY->append(purposes);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setLabelFormat(QStringLiteral("%d %%"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->hide();
    connect(series, &QHorizontalBarSeries::clicked, this, [this, names](int index, QBarSet *) {
        Q_EMIT registerRequested(RegisterKind::Consents, RegisterTableModel::kConsentPurposeColumn, names.value(index));
    });
    QChart *old = m_consentsChart->chart();
    m_consentsChart->setChart(chart);
    delete old;
}

void DashboardView::showProcessors()
{
    QChart *chart = newChart(tr("Processors by country"));
    auto *series = new QPieSeries;
    for (const CountryCount &c : std::as_const(m_data.processorsByCountry)) {
        QPieSlice *slice = series->append(QStringLiteral("%1 (%2)").arg(c.country).arg(c.processors), c.processors);
        slice->setLabelVisible(series->count() <= 8);
        const QString country = c.country;
        connect(slice, &QPieSlice::clicked, this, [this, country] {
            Q_EMIT registerRequested(RegisterKind::Processors, RegisterTableModel::kProcessorCountryColumn, country);
        });
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    QChart *old = m_processorsChart->chart();
    m_processorsChart->setChart(chart);
    delete old;
}

void DashboardView::showPurges()
{
    QChart *chart = newChart(tr("Retention purges due per month"));
    auto *late = new QBarSet(tr("Past due"));
    late->setColor(kRed);
    auto *coming = new QBarSet(tr("Due"));
    QStringList months;
    const QLocale locale;
    for (const MonthCount &m : std::as_const(m_data.purgesByMonth)) {
        const bool past = !m.month.isValid();
        *late << (past ? m.count : 0);
        *coming << (past ? 0 : m.count);
        months << (past ? tr("Past") : locale.toString(m.month, QStringLiteral("MMM yy")));
    }
    auto *series = new QStackedBarSeries;
    series->append(late);
    series->append(coming);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->setLabelsFont(axisFont());
    axisX->append(months);
    axisX->setLabelsAngle(-90);   // thirteen months fit side by side
    axisX->setTruncateLabels(false);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setLabelsFont(axisFont());
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    qreal largest = 0;
    for (const MonthCount &m : std::as_const(m_data.purgesByMonth))
        largest = qMax<qreal>(largest, m.count);
    fitCounts(axisY, largest);
    // The rules behind the purges; the queue itself belongs to the retention screen.
    connect(series, &QStackedBarSeries::clicked, this,
            [this](int, QBarSet *) { Q_EMIT registerRequested(RegisterKind::Retention, -1, QString()); });
    QChart *old = m_purgesChart->chart();
    m_purgesChart->setChart(chart);
    delete old;
}

void DashboardView::retranslateUi()
{
    m_deadlinesTitle->setText(tr("Next deadlines"));
    m_deadlines->setHorizontalHeaderLabels({tr("Time left"), tr("Due"), tr("What"), tr("Who")});
    if (!m_watcher.isRunning() && (m_data.today.isValid() || !m_error.isEmpty()))
        showData();
    else if (!m_data.today.isValid())
        m_summary->setText(tr("Computing…"));
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace pc
