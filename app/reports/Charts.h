#pragma once

#include "Report.h"

#include <QColor>
#include <QList>
#include <QLocale>
#include <QString>

namespace pc::reports {

// A horizontal bar per item, its parts stacked in the given colors, with a
// legend and each bar's total: drawn by the painter, so vector graphics in
// a PDF. `bars` pairs an item's name with its parts' values.
Chart stackedBars(const QList<std::pair<QString, QList<qint64>>> &bars, const QStringList &parts,
                  const QList<QColor> &colors, const QLocale &locale);

} // namespace pc::reports
