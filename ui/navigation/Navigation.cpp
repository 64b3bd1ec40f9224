#include "Navigation.h"

#include "widgets/Icons.h"
#include "widgets/Tones.h"

#include <QApplication>
#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace pc {
namespace {

constexpr int kIconSize = 20;
constexpr int kIconRole = Qt::UserRole + 10;   // the icon's name, to draw it again for a new palette

QString badgeText(int count)
{
    return count > 999 ? QStringLiteral("999+") : QLocale().toString(count);
}

} // namespace

Navigation::Navigation(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setItemDelegate(new NavigationDelegate(this));
    setIconSize(QSize(kIconSize, kIconSize));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideNone);
    setFrameShape(QFrame::NoFrame);
    setUniformItemSizes(false);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    // The pane takes the window's colour, the selected screen stands out.
    setAutoFillBackground(true);
    viewport()->setBackgroundRole(QPalette::Window);
}

void Navigation::addGroup(const QString &key)
{
    auto *item = new QListWidgetItem(this);
    item->setData(Qt::UserRole, kGroupEntry);
    item->setData(GroupRole, key);
    item->setFlags(Qt::NoItemFlags);
}

void Navigation::addEntry(int entry, const QString &iconName)
{
    auto *item = new QListWidgetItem(this);
    item->setData(Qt::UserRole, entry);
    item->setData(kIconRole, iconName);
    item->setIcon(icons::themed(iconName, palette()));
}

void Navigation::setGroupTitle(const QString &key, const QString &title)
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(GroupRole).toString() == key) {
            item(row)->setText(title);
            item(row)->setData(Qt::AccessibleTextRole, title);
        }
    }
    updateGeometry();
}

void Navigation::setEntryText(int entry, const QString &text)
{
    if (QListWidgetItem *it = item(rowOf(entry))) {
        it->setText(text);
        describe(it);
    }
    updateGeometry();
}

void Navigation::setCounts(int entry, int alert, int warning, const QString &toolTip)
{
    QListWidgetItem *it = item(rowOf(entry));
    if (!it)
        return;
    it->setData(AlertCountRole, alert);
    it->setData(WarningCountRole, warning);
    it->setData(CountsTextRole, toolTip);
    describe(it);
    updateGeometry();
}

void Navigation::setEntryShortcut(int entry, const QKeySequence &keys)
{
    if (QListWidgetItem *it = item(rowOf(entry))) {
        it->setData(ShortcutRole, keys.toString(QKeySequence::NativeText));
        describe(it);
    }
}

void Navigation::describe(QListWidgetItem *it)
{
    const QString keys = it->data(ShortcutRole).toString();
    const QString counts = it->data(CountsTextRole).toString();
    QString tip = keys.isEmpty() ? it->text() : tr("%1 (%2)").arg(it->text(), keys);
    if (!counts.isEmpty())
        tip += QLatin1Char('\n') + counts;
    it->setToolTip(tip);
    // A screen reader says the counts with the screen's name.
    it->setData(Qt::AccessibleTextRole, counts.isEmpty() ? it->text() : tr("%1: %2").arg(it->text(), counts));
}

int Navigation::rowOf(int entry) const
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(Qt::UserRole).toInt() == entry && !item(row)->data(GroupRole).isValid())
            return row;
    }
    return -1;
}

int Navigation::entryAt(int row) const
{
    const QListWidgetItem *it = item(row);
    return it ? it->data(Qt::UserRole).toInt() : kGroupEntry;
}

void Navigation::selectEntry(int entry)
{
    if (const int row = rowOf(entry); row >= 0)
        setCurrentRow(row);
}

void Navigation::moveBy(int step)
{
    const int rows = count();
    if (rows == 0)
        return;
    int row = currentRow();
    for (int tries = 0; tries < rows; ++tries) {
        row = (row + step + rows) % rows;
        if (entryAt(row) != kGroupEntry) {
            setCurrentRow(row);
            return;
        }
    }
}

int Navigation::neededWidth() const
{
    const QFontMetrics metrics(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics groupMetrics(bold);
    int widest = 0;
    for (int row = 0; row < count(); ++row) {
        const QListWidgetItem *it = item(row);
        int width = 0;
        if (it->data(GroupRole).isValid()) {
            width = groupMetrics.horizontalAdvance(it->text()) + 16;
        } else {
            width = 10 + kIconSize + 8 + metrics.horizontalAdvance(it->text()) + 8
                    + NavigationDelegate::badgesWidth(font(), it->data(AlertCountRole).toInt(),
                                                      it->data(WarningCountRole).toInt());
        }
        widest = qMax(widest, width);
    }
    return widest + frameWidth() * 2 + 8;
}

QSize Navigation::sizeHint() const
{
    return QSize(neededWidth(), QListWidget::sizeHint().height());
}

QSize Navigation::minimumSizeHint() const
{
    return QSize(neededWidth(), QListWidget::minimumSizeHint().height());
}

void Navigation::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        reloadIcons();
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QListWidget::changeEvent(event);
}

void Navigation::reloadIcons()
{
    for (int row = 0; row < count(); ++row) {
        const QString name = item(row)->data(kIconRole).toString();
        if (!name.isEmpty())
            item(row)->setIcon(icons::themed(name, palette()));
    }
}

int NavigationDelegate::badgesWidth(const QFont &font, int alert, int warning)
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int width = 0;
    for (const int count : {alert, warning}) {
        if (count > 0)
            width += metrics.horizontalAdvance(badgeText(count)) + 12 + 4;
    }
    return width;
}

QSize NavigationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int line = option.fontMetrics.height();
    if (index.data(Navigation::GroupRole).isValid())
        return QSize(0, line + (index.row() == 0 ? 6 : 14));
    return QSize(0, qMax(line, kIconSize) + 10);
}

void NavigationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    if (index.data(Navigation::GroupRole).isValid()) {
        painter->save();
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(toneColor(Tone::Muted, palette));
        const QRect text = option.rect.adjusted(8, 0, -4, -3);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignBottom, index.data().toString());
        painter->restore();
        return;
    }
    const int alert = index.data(Navigation::AlertCountRole).toInt();
    const int warning = index.data(Navigation::WarningCountRole).toInt();
    const int badges = badgesWidth(option.font, alert, warning);
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.rect.adjust(4, 0, -badges - 4, 0);
    // The selection's highlight spans the whole row, badges included.
    if (option.state & QStyle::State_Selected) {
        QStyleOptionViewItem row = option;
        row.rect.adjust(4, 1, -4, -1);
        QApplication::style()->drawPrimitive(QStyle::PE_PanelItemViewItem, &row, painter, option.widget);
        base.state &= ~QStyle::State_Selected;
        base.palette.setColor(QPalette::Text, palette.color(QPalette::HighlightedText));
    }
    QStyledItemDelegate::paint(painter, base, index);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    const QFontMetrics metrics(bold);
    int right = option.rect.right() - 6;
    const struct { int count; Tone tone; } pills[] = {{warning, Tone::Warning}, {alert, Tone::Alert}};
    for (const auto &pill : pills) {
        if (pill.count <= 0)
            continue;
        const QString text = badgeText(pill.count);
        const int width = metrics.horizontalAdvance(text) + 12;
        const int height = metrics.height() + 2;
        const QRect box(right - width, option.rect.center().y() - height / 2, width, height);
        QPainterPath path;
        path.addRoundedRect(box, height / 2.0, height / 2.0);
        // A dark pill with white figures on a light palette, the reverse on a dark one.
        const QColor fill = toneColor(pill.tone, isLightPalette(palette) ? palette : QPalette(Qt::white));
        painter->fillPath(path, fill);
        painter->setPen(Qt::white);
        painter->drawText(box, Qt::AlignCenter, text);
        right = box.left() - 4;
    }
    painter->restore();
}

} // namespace pc
