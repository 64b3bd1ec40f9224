#include "TableColumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>

#include <algorithm>

namespace pc {
namespace {

// Refits a view's columns when its viewport is resized.
class Refitter final : public QObject
{
public:
    explicit Refitter(QTableView *view) : QObject(view), m_view(view) { view->viewport()->installEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view->viewport() && event->type() == QEvent::Resize)
            fitColumns(m_view);
        return QObject::eventFilter(watched, event);
    }

private:
    QTableView *m_view;
};

} // namespace

void keepColumnsFitted(QTableView *view)
{
    new Refitter(view);
}

void fitColumns(QTableView *view)
{
    QAbstractItemModel *model = view->model();
    QHeaderView *header = view->horizontalHeader();
    if (!model)
        return;
    struct Column
    {
        int logical;
        int want;
        int floor;
        bool elastic;
    };
    const int em = view->fontMetrics().horizontalAdvance(QLatin1Char('m'));
    QList<Column> columns;
    int fixedTotal = 0;
    int elasticWant = 0;
    int elasticFloor = 0;
    for (int logical = 0; logical < model->columnCount(); ++logical) {
        if (header->isSectionHidden(logical))
            continue;
        const bool elastic = model->headerData(logical, Qt::Horizontal, kElasticColumnRole).toBool();
        const int title = header->sectionSizeHint(logical);
        // (QTableView makes it protected; QAbstractItemView offers it.)
        int want = std::max(title, static_cast<QAbstractItemView *>(view)->sizeHintForColumn(logical));
        // A long text gives its room to the others beyond a comfortable line.
        if (elastic)
            want = std::min(want, std::max(title, 40 * em));
        const int floor = elastic ? std::max(title, std::min(want, 8 * em)) : want;
        columns.append({logical, want, floor, elastic});
        if (elastic) {
            elasticWant += want;
            elasticFloor += floor;
        } else {
            fixedTotal += want;
        }
    }
    if (columns.isEmpty())
        return;
    // The width the rows can take, less a vertical scroll bar that may come.
    int available = view->viewport()->width();
    if (!view->verticalScrollBar()->isVisible())
        available -= view->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int forElastic = available - fixedTotal;
    // When words must give up width, the first of them (the record's name:
    // an activity, a person, a requester) keeps twice its share.
    const int first = [&] {
        for (const Column &c : std::as_const(columns)) {
            if (c.elastic)
                return c.logical;
        }
        return -1;
    }();
    auto weight = [first](const Column &c) { return c.logical == first ? 2 : 1; };
    int spare = 0;
    for (const Column &c : std::as_const(columns)) {
        if (c.elastic)
            spare += (c.want - c.floor) * weight(c);
    }
    header->setStretchLastSection(false);
    for (const Column &c : std::as_const(columns)) {
        int width = c.want;
        if (elasticWant > 0 && c.elastic) {
            if (forElastic >= elasticWant)
                width = c.want + (forElastic - elasticWant) * c.want / elasticWant;
            else if (forElastic > elasticFloor)
                width = c.floor + int(qint64(forElastic - elasticFloor) * (c.want - c.floor) * weight(c) / std::max(1, spare));
            else
                width = c.floor;
        }
        header->resizeSection(c.logical, width);
    }
    // Without free text, the last column takes what is left.
    if (elasticWant == 0 && fixedTotal < available)
        header->resizeSection(columns.last().logical, columns.last().want + available - fixedTotal);
}

} // namespace pc
