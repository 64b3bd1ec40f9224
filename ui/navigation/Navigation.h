#pragma once

#include <QKeySequence>
#include <QListWidget>
#include <QStyledItemDelegate>

namespace pc {

// The window's navigation: its screens in named groups, each with an icon,
// and beside those where work waits, how much (a red count for what is late,
// an amber one for what is close). Group titles cannot be selected; the
// keyboard moves from screen to screen over them.
//
// Each screen is known by an entry number the window chooses (Qt::UserRole);
// group titles hold kGroupEntry.
class Navigation final : public QListWidget
{
    Q_OBJECT

public:
    static constexpr int kGroupEntry = -100;
    enum Role { AlertCountRole = Qt::UserRole + 1, WarningCountRole, GroupRole, ShortcutRole, CountsTextRole };

    explicit Navigation(QWidget *parent = nullptr);

    // Adds a group title, then the screens under it.
    void addGroup(const QString &key);
    void addEntry(int entry, const QString &iconName);
    void setGroupTitle(const QString &key, const QString &title);
    void setEntryText(int entry, const QString &text);
    // The counts beside a screen (0 for none) and what they mean.
    void setCounts(int entry, int alert, int warning, const QString &toolTip);
    // The keys that open the screen, said in its tooltip.
    void setEntryShortcut(int entry, const QKeySequence &keys);

    // The row of a screen, -1 when it has none.
    int rowOf(int entry) const;
    int entryAt(int row) const;
    void selectEntry(int entry);
    // The screen `step` screens after (or before) the current one, round.
    void moveBy(int step);

    // Wide enough for every label and its counts, in the language shown.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadIcons();
    // Name, keys and counts, for the tooltip and for a screen reader.
    void describe(QListWidgetItem *item);
    int neededWidth() const;
};

// Paints a group title as a small heading, and a screen's counts as
// rounded badges at the right of its row.
class NavigationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The width the badges of a row take.
    static int badgesWidth(const QFont &font, int alert, int warning);
};

} // namespace pc
