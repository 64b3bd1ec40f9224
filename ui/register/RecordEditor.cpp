#include "RecordEditor.h"

#include "widgets/Dialogs.h"
#include "widgets/Tones.h"
#include "core/Dates.h"

#include "ConflictDialog.h"
#include "widgets/DateField.h"

#include "storage/AuditTrail.h"
#include "domain/Codes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc {

RecordEditor::RecordEditor(QWidget *parent) : QWidget(parent)
{
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    // Lines an eye can follow on a wide screen: the form stops growing at
    // about a hundred and fifty characters, the rest of the width stays empty.
    auto *formHost = new QWidget;
    formHost->setObjectName(QStringLiteral("formHost"));
    formHost->setLayout(m_form);
    formHost->setMaximumWidth(fontMetrics().averageCharWidth() * 160);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(formHost, 1);
    row->addStretch(0);
    contentLayout->addLayout(row);
    contentLayout->addStretch(1);   // spare height below the form, never between its rows
    auto *scroll = new QScrollArea;
    m_scroll = scroll;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The officer scrolling the form: the section at its top is the one shown.
    connect(scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        if (m_jumping)
            return;
        const QString shown = sectionAtTop();
        if (shown != m_shownSection) {
            m_shownSection = shown;
            Q_EMIT sectionChanged(shown);
        }
    });
    m_save = new QPushButton;
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &RecordEditor::saveRequested);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);
    setEnabled(false);
}

void RecordEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly)
        setEnabled(false);
}

void RecordEditor::addSection(const QString &key)
{
    auto *heading = new QLabel;
    heading->setObjectName(QStringLiteral("section_") + key);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    heading->setFont(font);
    heading->setContentsMargins(0, m_sections.isEmpty() ? 0 : fontMetrics().height(), 0, 2);
    m_sections.append({key, heading});
    m_form->addRow(heading);
}

void RecordEditor::setSectionTitle(const QString &key, const QString &title)
{
    for (const auto &[k, heading] : std::as_const(m_sections)) {
        if (k == key)
            heading->setText(title);
    }
    Q_EMIT sectionsRetitled();
}

QStringList RecordEditor::sectionKeys() const
{
    QStringList keys;
    for (const auto &section : m_sections)
        keys << section.first;
    return keys;
}

QString RecordEditor::sectionTitle(const QString &key) const
{
    for (const auto &[k, heading] : m_sections) {
        if (k == key)
            return heading->text();
    }
    return QString();
}

void RecordEditor::showSection(const QString &key, bool focus)
{
    // A form just shown has its geometry once its layout has run.
    if (QLayout *layout = m_scroll->widget()->layout())
        layout->activate();
    for (const auto &[k, heading] : std::as_const(m_sections)) {
        if (k != key)
            continue;
        const QPoint at = heading->mapTo(m_scroll->widget(), QPoint(0, 0));
        m_jumping = true;
        m_scroll->verticalScrollBar()->setValue(at.y());
        m_jumping = false;
        if (focus) {
            // The field nearest under the heading.
            QWidget *first = nullptr;
            int firstY = INT_MAX;
            for (QWidget *field : std::as_const(m_fields)) {
                const int y = field->mapTo(m_scroll->widget(), QPoint(0, 0)).y();
                if (y > at.y() && y < firstY && field->isEnabled() && field->focusPolicy() != Qt::NoFocus) {
                    first = field;
                    firstY = y;
                }
            }
            if (first)
                first->setFocus(Qt::TabFocusReason);
        }
        // Chosen, it is the one shown, even a last one that cannot reach the top.
        if (m_shownSection != key) {
            m_shownSection = key;
            Q_EMIT sectionChanged(key);
        }
        return;
    }
}

QString RecordEditor::currentSection() const
{
    return m_shownSection.isEmpty() ? sectionAtTop() : m_shownSection;
}

QString RecordEditor::sectionAtTop() const
{
    QString current = m_sections.isEmpty() ? QString() : m_sections.first().first;
    const int top = m_scroll->verticalScrollBar()->value();
    for (const auto &[key, heading] : m_sections) {
        if (heading->mapTo(m_scroll->widget(), QPoint(0, 0)).y() <= top + heading->height())
            current = key;
    }
    return current;
}

void RecordEditor::addRow(int key, QWidget *field, QLayout *below, bool wide)
{
    auto *caption = new QLabel;
    caption->setBuddy(field);
    m_captions.insert(key, caption);
    m_fields.insert(key, field);
    auto *problem = new QLabel;
    problem->setWordWrap(true);
    problem->setObjectName(QStringLiteral("problem%1").arg(key));
    problem->hide();
    m_problems.insert(key, problem);
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(field);
    if (below)
        column->addLayout(below);
    column->addWidget(problem);
    if (wide) {
        // A table with columns of its own takes the form's whole width, its caption above it.
        m_form->addRow(caption);
        m_form->addRow(column);
    } else {
        m_form->addRow(caption, column);
    }
}

namespace {

// The widgets of a row that hold values, in their order; a date field counts
// as one, whatever it is made of.
QList<QWidget *> inputsOf(QWidget *field)
{
    auto isInput = [](QWidget *w) {
        return qobject_cast<DateField *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w)
               || qobject_cast<QComboBox *>(w) || qobject_cast<QCheckBox *>(w) || qobject_cast<QSpinBox *>(w)
               || qobject_cast<QListWidget *>(w) || qobject_cast<QTableWidget *>(w);
    };
    if (isInput(field))
        return {field};
    QList<QWidget *> inputs;
    for (QWidget *w : field->findChildren<QWidget *>()) {
        if (!isInput(w))
            continue;
        // Inside a date field, or a combo's own line: part of another input.
        bool inside = false;
        for (QWidget *p = w->parentWidget(); p && p != field; p = p->parentWidget())
            inside = inside || isInput(p);
        if (!inside)
            inputs << w;
    }
    return inputs;
}

} // namespace

QVariant RecordEditor::fieldState(int, QWidget *field) const
{
    QVariantList values;
    for (QWidget *w : inputsOf(field)) {
        if (auto *date = qobject_cast<DateField *>(w))
            values << date->text();
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            values << line->text();
        else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            values << text->toPlainText();
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            values << QVariant(QVariantList{combo->currentData(), combo->currentText()});
        else if (auto *check = qobject_cast<QCheckBox *>(w))
            values << check->isChecked();
        else if (auto *spin = qobject_cast<QSpinBox *>(w))
            values << spin->value();
        else if (auto *list = qobject_cast<QListWidget *>(w)) {
            QVariantList ticks;
            for (int i = 0; i < list->count(); ++i)
                ticks << int(list->item(i)->checkState());
            values << QVariant(ticks);
        } else {
            // A table this form does not say how to put back.
            return {};
        }
    }
    return values;
}

void RecordEditor::setFieldState(int, QWidget *field, const QVariant &state)
{
    const QVariantList values = state.toList();
    const QList<QWidget *> inputs = inputsOf(field);
    for (int i = 0; i < inputs.size() && i < values.size(); ++i) {
        QWidget *w = inputs.at(i);
        const QVariant &value = values.at(i);
        if (auto *date = qobject_cast<DateField *>(w))
            date->lineEdit()->setText(value.toString());
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            line->setText(value.toString());
        else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            text->setPlainText(value.toString());
        else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            const QVariantList pair = value.toList();
            int index = pair.value(0).isValid() ? combo->findData(pair.value(0)) : -1;
            if (index < 0)
                index = combo->findText(pair.value(1).toString());
            if (index >= 0)
                combo->setCurrentIndex(index);
            else if (combo->isEditable())
                combo->setEditText(pair.value(1).toString());
        } else if (auto *check = qobject_cast<QCheckBox *>(w))
            check->setChecked(value.toBool());
        else if (auto *spin = qobject_cast<QSpinBox *>(w))
            spin->setValue(value.toInt());
        else if (auto *list = qobject_cast<QListWidget *>(w)) {
            const QVariantList ticks = value.toList();
            for (int j = 0; j < list->count() && j < ticks.size(); ++j)
                list->item(j)->setCheckState(Qt::CheckState(ticks.at(j).toInt()));
        }
    }
}

QString RecordEditor::fieldText(int, QWidget *field) const
{
    QStringList parts;
    for (QWidget *w : inputsOf(field)) {
        if (auto *date = qobject_cast<DateField *>(w))
            parts << date->text();
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            parts << line->text();
        else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            parts << text->toPlainText();
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            parts << combo->currentText();
        else if (auto *check = qobject_cast<QCheckBox *>(w))
            parts << (check->isChecked() ? tr("yes") : tr("no"));
        else if (auto *spin = qobject_cast<QSpinBox *>(w))
            parts << spin->text();
        else if (auto *list = qobject_cast<QListWidget *>(w)) {
            QStringList ticked;
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->checkState() == Qt::Checked)
                    ticked << list->item(i)->text();
            }
            parts << ticked.join(QLatin1String(", "));
        } else if (auto *table = qobject_cast<QTableWidget *>(w)) {
            QStringList rows;
            for (int r = 0; r < table->rowCount(); ++r) {
                QStringList cells;
                for (int c = 0; c < table->columnCount(); ++c) {
                    if (auto *cellCombo = qobject_cast<QComboBox *>(table->cellWidget(r, c)))
                        cells << cellCombo->currentText();
                    else if (const QTableWidgetItem *item = table->item(r, c))
                        cells << item->text();
                }
                rows << cells.join(QLatin1String(" · "));
            }
            parts << rows.join(QLatin1Char('\n'));
        }
    }
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

QList<RecordEditor::FieldVersions> RecordEditor::compareRows(const std::function<void()> &showBase,
                                                             const std::function<void()> &showTheirs)
{
    QList<FieldVersions> rows;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (m_unmerged.contains(it.key()))
            continue;
        FieldVersions row;
        row.key = it.key();
        row.caption = m_captions.value(it.key())->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')).trimmed();
        row.mine = fieldText(it.key(), it.value());
        row.mineState = fieldState(it.key(), it.value());
        rows << row;
    }
    const bool wasLoading = std::exchange(m_loading, true);
    showBase();
    for (FieldVersions &row : rows)
        row.base = fieldText(row.key, m_fields.value(row.key));
    showTheirs();
    for (FieldVersions &row : rows)
        row.theirs = fieldText(row.key, m_fields.value(row.key));
    m_loading = wasLoading;
    QList<FieldVersions> differing;
    for (const FieldVersions &row : std::as_const(rows)) {
        if (row.mine != row.theirs)
            differing << row;
    }
    // In the form's order.
    std::sort(differing.begin(), differing.end(), [this](const FieldVersions &a, const FieldVersions &b) {
        int rowA = 0, rowB = 0;
        QFormLayout::ItemRole role;
        m_form->getWidgetPosition(m_captions.value(a.key), &rowA, &role);
        m_form->getWidgetPosition(m_captions.value(b.key), &rowB, &role);
        return rowA < rowB;
    });
    return differing;
}

std::optional<QSet<int>> RecordEditor::chooseMerge(const QList<FieldVersions> &rows, const QString &changedBy)
{
    ConflictDialog dialog(rows, changedBy, this);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return std::nullopt;
    return dialog.keptMine();
}

void RecordEditor::keepMine(const QList<FieldVersions> &rows, const QSet<int> &kept)
{
    const bool wasLoading = std::exchange(m_loading, true);
    for (const FieldVersions &row : rows) {
        if (kept.contains(row.key))
            setFieldState(row.key, m_fields.value(row.key), row.mineState);
    }
    m_loading = wasLoading;
}

QString RecordEditor::lastChange(const char *table, RowId id) const
{
    if (!m_db)
        return {};
    const auto entries = AuditTrail::recent(*m_db, 1, QString::fromLatin1(table), id);
    if (!entries || entries->isEmpty())
        return {};
    return tr("%1 changed it on %2").arg(entries->first().actor,
                                         dates::toText(entries->first().occurredAt.toLocalTime()));
}

void RecordEditor::setCaptions(const QHash<int, QString> &captions)
{
    for (auto it = m_captions.begin(); it != m_captions.end(); ++it) {
        it.value()->setText(captions.value(it.key()));
        // A screen reader names the field by its caption, without the
        // shortcut's ampersand and the colon.
        QString name = captions.value(it.key());
        name.remove(QLatin1Char('&'));
        while (name.endsWith(QLatin1Char(':')) || name.endsWith(QLatin1Char(' ')) || name.endsWith(QChar(0x00A0)))
            name.chop(1);
        if (QWidget *field = m_fields.value(it.key())) {
            field->setAccessibleName(name);
            for (QWidget *input : inputsOf(field)) {
                input->setAccessibleName(name);
                if (auto *date = qobject_cast<DateField *>(input))
                    date->lineEdit()->setAccessibleName(name);
            }
        }
        if (QLabel *problem = m_problems.value(it.key()))
            problem->setAccessibleName(tr("Problem with %1").arg(name));
    }
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save (Ctrl+S)"));
}

void RecordEditor::watch(QWidget *widget)
{
    auto changed = [this] {
        if (!m_loading)
            recheck();
    };
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        connect(line, &QLineEdit::textChanged, this, changed);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, changed);
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    else if (auto *check = qobject_cast<QCheckBox *>(widget))
        connect(check, &QCheckBox::toggled, this, changed);
    else if (auto *date = qobject_cast<QDateEdit *>(widget))
        connect(date, &QDateEdit::dateChanged, this, changed);
    else if (auto *spin = qobject_cast<QSpinBox *>(widget))
        connect(spin, &QSpinBox::valueChanged, this, changed);
    else if (auto *table = qobject_cast<QTableWidget *>(widget))
        connect(table, &QTableWidget::itemChanged, this, changed);
    else if (auto *list = qobject_cast<QListWidget *>(widget))
        connect(list, &QListWidget::itemChanged, this, changed);
    else if (auto *field = qobject_cast<DateField *>(widget))
        connect(field, &DateField::changed, this, changed);
}

DateField *RecordEditor::addDateRow(int key, bool withTime)
{
    auto *field = new DateField(withTime ? DateField::Precision::Minute : DateField::Precision::Day);
    m_dates.append({key, field});
    addRow(key, field);
    watch(field);
    return field;
}

QPlainTextEdit *RecordEditor::textArea(const char *name, int maximumHeight)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(QString::fromLatin1(name));
    edit->setMaximumHeight(maximumHeight);
    edit->setTabChangesFocus(true);
    return edit;
}

QComboBox *RecordEditor::codeCombo(int codeList, bool allowEmpty)
{
    auto *combo = new QComboBox;
    fillCodes(combo, codeList, allowEmpty, QString());
    watch(combo);
    return combo;
}

void RecordEditor::fillCodes(QComboBox *combo, int codeList, bool allowEmpty, const QString &selected)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (allowEmpty)
        combo->addItem(tr("—"), QString());
    for (const QString &code : codes::all(CodeList(codeList)))
        combo->addItem(codes::label(CodeList(codeList), code), code);
    combo->setCurrentIndex(qMax(0, combo->findData(selected)));
}

void RecordEditor::selectData(QComboBox *combo, const QVariant &value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(value)));
}

QList<Finding> RecordEditor::unreadableDates() const
{
    QList<Finding> findings;
    for (const auto &[key, field] : m_dates) {
        if (!field->isAcceptable()) {
            findings << Finding{Finding::Severity::Error, key,
                                tr("“%1” is not a date. Write it as %2, or pick it from the calendar.")
                                    .arg(field->text(), field->expectedFormat())};
        }
    }
    return findings;
}

void RecordEditor::showFindings(const QList<Finding> &findings, bool modified)
{
    QHash<int, QStringList> lines;
    for (const Finding &f : findings) {
        const bool error = f.severity == Finding::Severity::Error;
        lines[f.field] << QStringLiteral("<span style=\"color:%1\">%2</span>")
                              .arg(toneColor(error ? Tone::Alert : Tone::Warning, palette()).name(),
                                   f.message.toHtmlEscaped());
    }
    for (auto it = m_problems.begin(); it != m_problems.end(); ++it) {
        const QStringList text = lines.value(it.key());
        it.value()->setText(text.join(QLatin1String("<br>")));
        it.value()->setVisible(!text.isEmpty());
    }
    m_save->setEnabled(modified && !hasErrors(findings));
    if (modified != m_wasModified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void RecordEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace pc
