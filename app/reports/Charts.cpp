#include "Charts.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace pc::reports {

void beginChart(QPainter &painter, const QRectF &area, double width, double points)
{
    // The area is in the device's units; the chart is drawn in points scaled to it.
    const double scale = area.width() / width;
    painter.translate(area.topLeft());
    painter.scale(scale, scale);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setHintingPreference(QFont::PreferNoHinting);
    // Points of the painter's own scale: the font's size follows the device.
    const double unit = painter.device()->logicalDpiY() / 72.0;
    font.setPointSizeF(points / unit);
    painter.setFont(font);
}

Chart stackedBars(const QList<std::pair<QString, QList<qint64>>> &bars, const QStringList &parts,
                  const QList<QColor> &colors, const QLocale &locale)
{
    Chart chart;
    // In points: a line per bar, and the legend.
    const double barHeight = 14, gap = 6, legend = 22;
    chart.size = QSizeF(480, legend + bars.size() * (barHeight + gap) + 4);
    chart.paint = [bars, parts, colors, locale](QPainter &painter, const QRectF &area) {
        beginChart(painter, area, 480);
        const QFont font = painter.font();
        const QFontMetricsF metrics(font, painter.device());
        const double labelWidth = 150, countWidth = 50;
        const double barsWidth = 480 - labelWidth - countWidth - 8;
        qint64 largest = 1;
        for (const auto &[name, values] : bars) {
            qint64 total = 0;
            for (qint64 v : values)
                total += std::max<qint64>(0, v);
            largest = std::max(largest, total);
        }
        // The legend.
        double x = labelWidth;
        for (int i = 0; i < parts.size(); ++i) {
            painter.fillRect(QRectF(x, 4, 9, 9), colors.value(i, Qt::gray));
            painter.setPen(QColor(0x30, 0x30, 0x30));
            painter.drawText(QPointF(x + 12, 4 + 9 - 1), parts.at(i));
            x += 12 + metrics.horizontalAdvance(parts.at(i)) + 14;
        }
        double y = 22;
        for (const auto &[name, values] : bars) {
            painter.setPen(QColor(0x20, 0x20, 0x20));
            const QString shown = metrics.elidedText(name, Qt::ElideRight, labelWidth - 8);
            painter.drawText(QRectF(0, y, labelWidth - 8, 14), Qt::AlignRight | Qt::AlignVCenter, shown);
            double left = labelWidth;
            qint64 total = 0;
            for (int i = 0; i < values.size(); ++i) {
                const qint64 v = std::max<qint64>(0, values.at(i));
                total += v;
                const double w = barsWidth * double(v) / double(largest);
                if (w > 0)
                    painter.fillRect(QRectF(left, y, w, 14), colors.value(i, Qt::gray));
                left += w;
            }
            painter.setPen(QColor(0x40, 0x40, 0x40));
            painter.drawText(QRectF(left + 4, y, countWidth + 4, 14), Qt::AlignLeft | Qt::AlignVCenter, locale.toString(total));
            y += 14 + 6;
        }
        painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 0.5));
        painter.drawLine(QPointF(labelWidth, 20), QPointF(labelWidth, y - 4));
    };
    return chart;
}

} // namespace pc::reports
