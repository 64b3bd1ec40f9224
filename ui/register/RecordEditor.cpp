#include "RecordEditor.h"

#include "widgets/DateField.h"

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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
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
    contentLayout->addLayout(m_form);
    contentLayout->addStretch(1);   // spare height below the form, never between its rows
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
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

void RecordEditor::addRow(int key, QWidget *field, QLayout *below)
{
    auto *caption = new QLabel;
    caption->setBuddy(field);
    m_captions.insert(key, caption);
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
    m_form->addRow(caption, column);
}

void RecordEditor::setCaptions(const QHash<int, QString> &captions)
{
    for (auto it = m_captions.begin(); it != m_captions.end(); ++it)
        it.value()->setText(captions.value(it.key()));
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
                              .arg(error ? QStringLiteral("#c62828") : QStringLiteral("#ef8f00"), f.message.toHtmlEscaped());
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
