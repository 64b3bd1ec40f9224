#include "DashboardView.h"

#include "core/Dates.h"
#include "domain/Codes.h"
#include "storage/Database.h"
#include "widgets/TableColumns.h"
#include "widgets/Tones.h"

#include <QBarCategoryAxis>
#include <QCursor>
#include <QToolTip>
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
#include <algorithm>
#include <functional>

namespace pc {
namespace {

// A chart drawn in the window's palette, light or dark, not on a white card.
void paintLikePalette(QChart *chart, const QPalette &palette)
{
    chart->setTheme(isLightPalette(palette) ? QChart::ChartThemeLight : QChart::ChartThemeDark);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setTitleBrush(palette.brush(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignRight);
}

// The value under the pointer, said in a tooltip.
void explainOnHover(QBarSet *set, const std::function<QString(int)> &text)
{
    QObject::connect(set, &QBarSet::hovered, set, [text](bool inside, int index) {
        if (inside)
            QToolTip::showText(QCursor::pos(), text(index));
        else
            QToolTip::hideText();
    });
}

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
    m_deadlines->setWordWrap(false);
    keepColumnsFitted(m_deadlines);
    connect(m_deadlines, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row < 0 || row >= m_data.nextDeadlines.size())
            return;
        const DueItem &item = m_data.nextDeadlines.at(row);
        Q_EMIT itemRequested(item.kind == DueItem::Kind::Request  ? RegisterKind::Requests
                             : item.kind == DueItem::Kind::Breach ? RegisterKind::Breaches
                                                                  : RegisterKind::Dpias,
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
    QString summary = tr("%1 · %2").arg(tr("%n open request(s)", nullptr, m_data.openRequests()),
                                        overdue > 0 ? QStringLiteral("<b style=\"color:%1\">%2</b>")
                                                          .arg(toneColor(Tone::Alert, palette()).name(),
                                                               overdueText.toHtmlEscaped())
                                                    : overdueText);
    // The impact assessments' reviews and actions due within a month, or late.
    const int assessments = int(std::count_if(m_data.nextDeadlines.cbegin(), m_data.nextDeadlines.cend(), [](const DueItem &item) {
        return (item.kind == DueItem::Kind::DpiaReview || item.kind == DueItem::Kind::DpiaAction) && item.daysLeft <= 30;
    }));
    if (assessments > 0)
        summary = tr("%1 · %2").arg(summary, tr("%n impact assessment review(s) or action(s) within 30 days", nullptr, assessments)
                                                 .toHtmlEscaped());
    m_summary->setText(summary);
    showRequests();
    showDeadlines();
    showConsents();
    showProcessors();
    showPurges();
}

void DashboardView::showRequests()
{
    QChart *chart = newChart(tr("Requests by status"));
    paintLikePalette(chart, palette());
    auto *all = new QBarSet(tr("Requests"));
    auto *late = new QBarSet(tr("Overdue"));
    late->setColor(toneColor(Tone::Alert, palette()));
    QStringList categories;
    QStringList labels;
    QStringList codes;
    // A lying chart draws its first category at the bottom: the statuses
    // go in backwards so that a request's course reads from the top.
    QStringList order = codes::all(CodeList::RequestStatus);
    std::reverse(order.begin(), order.end());
    for (const QString &status : std::as_const(order)) {
        const auto it = std::find_if(m_data.requestsByStatus.cbegin(), m_data.requestsByStatus.cend(),
                                     [&](const StatusCount &c) { return c.status == status; });
        if (it == m_data.requestsByStatus.cend())
            continue;
        *all << it->count;
        *late << it->overdue;
        // Short beside the bar (the chart cuts a long label at its edge), whole in the tooltip.
        categories << elided(codes::label(CodeList::RequestStatus, status), 18);
        labels << codes::label(CodeList::RequestStatus, status);
        codes << status;
    }
    // Bars lying down: the statuses read level, beside their bars, in
    // either language (the charts measure long labels a little short: room is left for them).
    chart->setMargins(QMargins(14, 4, 4, 4));
    auto *series = new QHorizontalBarSeries;
    series->append(all);
    series->append(late);
    chart->addSeries(series);
    auto *statuses = new QBarCategoryAxis;
    statuses->setLabelsFont(axisFont());
    statuses->setLabelsColor(palette().color(QPalette::Text));
    statuses->setTruncateLabels(false);
    statuses->append(categories);
    chart->addAxis(statuses, Qt::AlignLeft);
    series->attachAxis(statuses);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setLabelsFont(axisFont());
    axisY->setLabelsColor(palette().color(QPalette::Text));
    chart->addAxis(axisY, Qt::AlignBottom);
    series->attachAxis(axisY);
    qreal largest = 0;
    for (const StatusCount &c : std::as_const(m_data.requestsByStatus))
        largest = qMax<qreal>(largest, c.count);
    fitCounts(axisY, largest);
    explainOnHover(all, [labels, all](int index) {
        //: A bar of a chart: what it counts, then how many.
        return tr("%1: %2").arg(labels.value(index), QLocale().toString(qRound(all->at(index))));
    });
    explainOnHover(late, [labels, late](int index) {
        return tr("%1, overdue: %2").arg(labels.value(index), QLocale().toString(qRound(late->at(index))));
    });
    connect(series, &QHorizontalBarSeries::clicked, this, [this, codes](int index, QBarSet *) {
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
        QString what;
        switch (item.kind) {
        case DueItem::Kind::Request: what = tr("Request %1").arg(item.reference); break;
        case DueItem::Kind::Breach: what = tr("Breach %1").arg(item.reference); break;
        case DueItem::Kind::DpiaReview: what = tr("Review of the impact assessment “%1”").arg(item.reference); break;
        case DueItem::Kind::DpiaAction: what = tr("Action of the impact assessment “%1”").arg(item.reference); break;
        }
        const QStringList cells = {left,
                                   dates::withWeekday(item.kind == DueItem::Kind::Breach ? item.due.toLocalTime().date()
                                                                                           : item.due.toUTC().date()),
                                   what,
                                   item.title.isEmpty() ? item.organization
                                                        : item.title + QStringLiteral(" — ") + item.organization};
        const bool overdue = item.due < QDateTime::currentDateTimeUtc();
        const QColor colour = toneColor(countdownTone(overdue, item.daysLeft), palette());
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setToolTip(cells.at(column));
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
    fitColumns(m_deadlines);
}

void DashboardView::showConsents()
{
    QChart *chart = newChart(tr("Consent rate per purpose"));
    paintLikePalette(chart, palette());
    auto *given = new QBarSet(tr("Consent given (%)"));
    given->setColor(toneColor(Tone::Good, palette()));
    QStringList purposes;
    QStringList names;
    QStringList whole;
    for (const ConsentRate &rate : std::as_const(m_data.consentRates)) {
        *given << qRound(rate.rate() * 1000) / 10.0;
        // A short name beside the bar; the whole of it, the organization
        // and the figures in the tooltip.
        QString shortName = elided(rate.purpose, 20);
        while (purposes.contains(shortName))
            shortName += QChar(0x200B);   // the axis needs distinct categories
        purposes << shortName;
        names << rate.purpose;
        whole << tr("%1 (%2): %3 % of %Ln person(s) who decided", nullptr, rate.decided)
                     .arg(rate.purpose, rate.organization, QLocale().toString(rate.rate() * 100, 'f', 1));
    }
    explainOnHover(given, [whole](int index) { return whole.value(index); });
    chart->setMargins(QMargins(14, 4, 4, 4));
    auto *series = new QHorizontalBarSeries;
    series->append(given);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->setLabelsFont(axisFont());
    axisY->setLabelsColor(palette().color(QPalette::Text));
    axisY->setTruncateLabels(false);
    axisY->append(purposes);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setLabelFormat(QStringLiteral("%d %%"));
    axisX->setLabelsColor(palette().color(QPalette::Text));
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
    paintLikePalette(chart, palette());
    auto *series = new QPieSeries;
    for (const CountryCount &c : std::as_const(m_data.processorsByCountry)) {
        // Named in the legend beside the pie; a slice pointed at says its share.
        QPieSlice *slice = series->append(QStringLiteral("%1 (%2)").arg(c.country).arg(c.processors), c.processors);
        slice->setLabelVisible(false);
        const QString country = c.country;
        connect(slice, &QPieSlice::hovered, slice, [slice, country](bool inside) {
            slice->setExploded(inside);
            if (inside)
                QToolTip::showText(QCursor::pos(), tr("%1: %Ln processor(s), %2 %", nullptr, int(slice->value()))
                                                       .arg(country, QLocale().toString(slice->percentage() * 100, 'f', 0)));
            else
                QToolTip::hideText();
        });
        connect(slice, &QPieSlice::clicked, this, [this, country] {
            Q_EMIT registerRequested(RegisterKind::Processors, RegisterTableModel::kProcessorCountryColumn, country);
        });
    }
    chart->addSeries(series);
    QChart *old = m_processorsChart->chart();
    m_processorsChart->setChart(chart);
    delete old;
}

void DashboardView::showPurges()
{
    QChart *chart = newChart(tr("Retention purges due per month"));
    paintLikePalette(chart, palette());
    auto *late = new QBarSet(tr("Past due"));
    late->setColor(toneColor(Tone::Alert, palette()));
    auto *coming = new QBarSet(tr("Due"));
    coming->setColor(toneColor(Tone::Warning, palette()));
    QStringList months;
    const QLocale locale;
    for (const MonthCount &m : std::as_const(m_data.purgesByMonth)) {
        const bool past = !m.month.isValid();
        *late << (past ? m.count : 0);
        *coming << (past ? 0 : m.count);
        months << (past ? tr("Past") : locale.toString(m.month, QStringLiteral("MMM yy")));
    }
    explainOnHover(late, [late](int index) {
        return tr("Past due: %Ln retention period(s)", nullptr, qRound(late->at(index)));
    });
    explainOnHover(coming, [coming, months](int index) {
        return tr("%1: %Ln retention period(s) end", nullptr, qRound(coming->at(index))).arg(months.value(index));
    });
    auto *series = new QStackedBarSeries;
    series->append(late);
    series->append(coming);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->setLabelsFont(axisFont());
    axisX->append(months);
    axisX->setLabelsAngle(-90);   // thirteen months fit side by side
    axisX->setTruncateLabels(false);
    axisX->setLabelsColor(palette().color(QPalette::Text));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setLabelsColor(palette().color(QPalette::Text));
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
    // Who gives up width, elided, the whole of it in the tooltip.
    m_deadlines->horizontalHeaderItem(3)->setData(kElasticColumnRole, true);
    if (!m_watcher.isRunning() && (m_data.today.isValid() || !m_error.isEmpty()))
        showData();
    else if (!m_data.today.isValid())
        m_summary->setText(tr("Computing…"));
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace pc
