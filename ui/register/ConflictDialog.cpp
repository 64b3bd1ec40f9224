#include "ConflictDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc {
namespace {

enum Column { FieldColumn, MineColumn, TheirsColumn, KeepColumn };

} // namespace

ConflictDialog::ConflictDialog(const QList<RecordEditor::FieldVersions> &rows, const QString &changedBy, QWidget *parent)
    : QDialog(parent), m_rows(rows)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Someone else changed this record"));
    auto *intro = new QLabel(
        (changedBy.isEmpty() ? tr("This record was saved by someone else while you were editing it.")
                             : tr("This record was saved by someone else while you were editing it: %1.").arg(changedBy))
        + QLatin1Char(' ')
        + tr("Choose, field by field, which version to keep; the record is then saved with both sets of changes."));
    intro->setWordWrap(true);

    m_table = new QTableWidget(int(rows.size()), 4);
    m_table->setObjectName(QStringLiteral("conflictFields"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Yours"), tr("Theirs"), tr("Keep")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(MineColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TheirsColumn, QHeaderView::Stretch);
    for (int row = 0; row < rows.size(); ++row) {
        const RecordEditor::FieldVersions &f = rows.at(row);
        const bool mineChanged = f.mine != f.base;
        const bool theirsChanged = f.theirs != f.base;
        auto *field = new QTableWidgetItem(f.caption);
        field->setToolTip(mineChanged && theirsChanged ? tr("Changed by both of you")
                          : theirsChanged             ? tr("Changed by them only")
                                                      : tr("Changed by you only"));
        if (mineChanged && theirsChanged) {
            QFont bold = field->font();
            bold.setBold(true);
            field->setFont(bold);
        }
        m_table->setItem(row, FieldColumn, field);
        m_table->setItem(row, MineColumn, new QTableWidgetItem(f.mine));
        m_table->setItem(row, TheirsColumn, new QTableWidgetItem(f.theirs));
        auto *keep = new QComboBox;
        keep->setObjectName(QStringLiteral("keep%1").arg(f.key));
        keep->addItem(tr("Yours"), true);
        keep->addItem(tr("Theirs"), false);
        // A field of a kind this form cannot put back is theirs.
        if (!f.mineState.isValid()) {
            keep->setCurrentIndex(1);
            keep->setEnabled(false);
            keep->setToolTip(tr("This field can only be taken as it was saved; change it again afterwards."));
        } else {
            keep->setCurrentIndex(mineChanged ? 0 : 1);
        }
        m_table->setCellWidget(row, KeepColumn, keep);
    }
    m_table->resizeRowsToContents();

    auto *allMine = new QPushButton(tr("Keep all &yours"));
    auto *allTheirs = new QPushButton(tr("Take all &theirs"));
    connect(allMine, &QPushButton::clicked, this, [this] {
        for (const auto &f : std::as_const(m_rows))
            choose(f.key, true);
    });
    connect(allTheirs, &QPushButton::clicked, this, [this] {
        for (const auto &f : std::as_const(m_rows))
            choose(f.key, false);
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save the merge"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveMerge"));
    buttons->addButton(allMine, QDialogButtonBox::ActionRole);
    buttons->addButton(allTheirs, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 420);
}

void ConflictDialog::choose(int key, bool mine)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        auto *keep = qobject_cast<QComboBox *>(m_table->cellWidget(row, KeepColumn));
        if (m_rows.at(row).key == key && keep && keep->isEnabled())
            keep->setCurrentIndex(mine ? 0 : 1);
    }
}

QSet<int> ConflictDialog::keptMine() const
{
    QSet<int> kept;
    for (int row = 0; row < m_rows.size(); ++row) {
        const auto *keep = qobject_cast<QComboBox *>(m_table->cellWidget(row, KeepColumn));
        if (keep && keep->currentData().toBool())
            kept.insert(m_rows.at(row).key);
    }
    return kept;
}

} // namespace pc
