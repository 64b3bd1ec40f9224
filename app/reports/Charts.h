#pragma once

#include "Report.h"

#include <QColor>
#include <QList>
#include <QLocale>
#include <QString>

class QPainter;
class QRectF;

namespace pc::reports {

// Prepares `painter` to draw a chart `width` points wide into `area` (in the
// device's units): the origin at its corner, the scale so that a unit is a
// point, and the charts' font at `points` of that scale.
void beginChart(QPainter &painter, const QRectF &area, double width, double points = 7);

// A horizontal bar per item, its parts stacked in the given colors, with a
// legend and each bar's total: drawn by the painter, so vector graphics in
// a PDF. `bars` pairs an item's name with its parts' values.
Chart stackedBars(const QList<std::pair<QString, QList<qint64>>> &bars, const QStringList &parts,
                  const QList<QColor> &colors, const QLocale &locale);

} // namespace pc::reports
