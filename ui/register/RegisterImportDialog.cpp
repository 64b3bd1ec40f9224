#include "RegisterImportDialog.h"

#include "commands/RegisterImportCommand.h"
#include "widgets/Dialogs.h"
#include "widgets/Tones.h"

#include "storage/RegisterRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pc {
namespace {

using exchange::PlannedActivity;

enum Column { Action, Reference, Name, Sheet, ToCheck, ToFinish, ColumnCount };

QString htmlList(const QStringList &items)
{
    QString html = QStringLiteral("<ul style='margin-top:0'>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

RegisterImportDialog::RegisterImportDialog(Database &db, RowId organizationId, Notifier notify, QWidget *parent)
    : QDialog(parent), m_db(db), m_notify(std::move(notify)), m_windowOrganization(organizationId)
{
    setObjectName(QStringLiteral("registerImportDialog"));
    setWindowTitle(tr("Import a register"));
    m_file = new QLabel(tr("No file chosen"));
    m_file->setObjectName(QStringLiteral("registerImportFile"));
    auto *choose = new QPushButton(tr("&File…"));
    connect(choose, &QPushButton::clicked, this, &RegisterImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);

    m_organization = new QComboBox;
    m_organization->setObjectName(QStringLiteral("registerImportOrganization"));
    m_organization->addItem(tr("The organization the register names"), RowId(0));
    if (const auto organizations = RegisterRepository(db).organizations(); organizations) {
        for (const Organization &o : organizations.value())
            m_organization->addItem(o.name, o.id);
    }
    connect(m_organization, &QComboBox::currentIndexChanged, this, &RegisterImportDialog::refreshPlan);

    auto *form = new QFormLayout;
    form->addRow(tr("Register:"), fileRow);
    form->addRow(tr("Into:"), m_organization);

    m_summary = new QLabel(tr("Choose the register: the CNIL's model filled in (.ods, .xlsx), or a table of activities "
                              "of your own (.ods, .xlsx, .csv)."));
    m_summary->setObjectName(QStringLiteral("registerImportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_activities = new QTableWidget(0, ColumnCount);
    m_activities->setObjectName(QStringLiteral("registerImportActivities"));
    m_activities->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_activities->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_activities->setSelectionMode(QAbstractItemView::SingleSelection);
    m_activities->verticalHeader()->hide();
    m_activities->setWordWrap(false);
    m_activities->setHorizontalHeaderLabels(
        {tr("What happens"), tr("Reference"), tr("Activity"), tr("Sheet"), tr("To check"), tr("To finish")});
    m_activities->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    for (int column : {Action, Reference, Sheet, ToCheck, ToFinish})
        m_activities->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_activities, &QTableWidget::currentCellChanged, this, [this](int row) { showActivity(row); });

    m_columns = new QTableWidget(0, 3);
    m_columns->setObjectName(QStringLiteral("registerImportColumns"));
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->verticalHeader()->hide();
    m_columns->setHorizontalHeaderLabels({tr("Sheet"), tr("Field"), tr("Read from the column")});
    m_columns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_columns->hide();

    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("registerImportDetails"));
    m_details->setOpenLinks(false);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_columns);
    split->addWidget(m_activities);
    split->addWidget(m_details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setStretchFactor(2, 1);
    split->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importRegister"));
    m_importButton->setEnabled(false);
    connect(m_importButton, &QPushButton::clicked, this, &RegisterImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(980, 640);
}

void RegisterImportDialog::chooseFile()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Register to import"), QString(), fileFilter());
    if (!path.isEmpty())
        loadFile(path);
}

QString RegisterImportDialog::fileFilter()
{
    return tr("Spreadsheets (*.ods *.xlsx *.csv);;All files (*)");
}

void RegisterImportDialog::refuse(const QString &why)
{
    m_summary->setText(why);
    setTone(m_summary, Tone::Alert);
    m_activities->setRowCount(0);
    m_details->clear();
    m_importButton->setEnabled(false);
}

bool RegisterImportDialog::loadFile(const QString &path)
{
    m_loaded = false;
    m_fileName = QFileInfo(path).fileName();
    m_file->setText(m_fileName);
    Result<exchange::RegisterFile> opened = exchange::RegisterImporter::open(path);
    if (!opened) {
        m_source = {};
        showColumns();
        refuse(opened.errorMessage());
        return false;
    }
    m_source = std::move(opened.value());
    showColumns();
    readRegister();
    return m_loaded;
}

void RegisterImportDialog::readRegister()
{
    m_loaded = false;
    Result<exchange::ImportedRegister> read = exchange::RegisterImporter::read(m_source);
    if (!read) {
        refuse(read.errorMessage());
        return;
    }
    m_register = std::move(read.value());
    m_loaded = true;
    // The register's organization when the database has it; a register
    // that names none goes into the window's.
    const QString named = m_register.organizationName();
    const int known = named.isEmpty() ? m_organization->findData(m_windowOrganization)
                                      : m_organization->findText(named, Qt::MatchFixedString);
    {
        const QSignalBlocker blocker(m_organization);
        m_organization->setItemText(0, named.isEmpty() ? tr("Choose the organization…")
                                                        : tr("“%1”, as the register names it").arg(named));
        m_organization->setCurrentIndex(known > 0 ? known : 0);
    }
    refreshPlan();
}

void RegisterImportDialog::showColumns()
{
    m_columns->setRowCount(0);
    m_columns->setVisible(!m_source.mappings.isEmpty());
    for (int index = 0; index < m_source.mappings.size(); ++index) {
        const exchange::SheetMapping &m = m_source.mappings.at(index);
        for (const exchange::TableField &field : exchange::fieldsOf(m.list)) {
            const int row = m_columns->rowCount();
            m_columns->insertRow(row);
            m_columns->setItem(row, 0, new QTableWidgetItem(tr("%1 (%2)").arg(m.sheet, exchange::listLabel(m.list))));
            m_columns->setItem(row, 1, new QTableWidgetItem(field.required ? tr("%1 (required)").arg(exchange::fieldLabel(field.key))
                                                                           : exchange::fieldLabel(field.key)));
            auto *column = new QComboBox;
            column->setObjectName(QStringLiteral("column-%1-%2").arg(index).arg(field.key));
            column->addItem(tr("(not read)"), -1);
            for (int c = 0; c < m.headers.size(); ++c) {
                if (!m.headers.at(c).isEmpty())
                    column->addItem(tr("%1: “%2”").arg(exchange::Sheet::cellName(0, c).chopped(1), m.headers.at(c)), c);
            }
            column->setCurrentIndex(std::max(0, column->findData(m.columns.value(field.key, -1))));
            connect(column, &QComboBox::currentIndexChanged, this, [this, index, key = field.key, column] {
                const int chosen = column->currentData().toInt();
                if (chosen < 0)
                    m_source.mappings[index].columns.remove(key);
                else
                    m_source.mappings[index].columns.insert(key, chosen);
                readRegister();
            });
            m_columns->setCellWidget(row, 2, column);
        }
    }
}

void RegisterImportDialog::refreshPlan()
{
    if (!m_loaded)
        return;
    const RowId organization = m_organization->currentData().toLongLong();
    if (organization == 0 && m_register.organizationName().isEmpty()) {
        refuse(tr("The register does not name its organization: choose, under “Into”, the one it goes into."));
        return;
    }
    const auto plan = exchange::RegisterImporter::plan(m_db, m_register, organization, m_fileName);
    if (!plan) {
        refuse(plan.errorMessage());
        return;
    }
    m_plan = plan.value();
    QStringList lines = m_plan.summary();
    for (const QString &notice : std::as_const(m_plan.notices))
        lines << notice;
    if (m_plan.changesNothing())
        lines << tr("The register already holds this file: importing it changes nothing.");
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_summary->setPalette(QPalette());
    if (m_plan.changesNothing())
        setTone(m_summary, Tone::Muted);
    m_activities->setRowCount(int(m_plan.activities.size()));
    for (int row = 0; row < m_plan.activities.size(); ++row) {
        const PlannedActivity &p = m_plan.activities.at(row);
        const QStringList cells = {p.actionLabel(),
                                   p.activity.reference,
                                   p.activity.name,
                                   p.sheet.isEmpty() ? tr("list only") : p.sheet,
                                   QString::number(p.doubts.size()),
                                   QString::number(p.missing.size())};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == ToCheck || column == ToFinish)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_activities->setItem(row, column, item);
        }
        const Tone tone = p.action == PlannedActivity::Action::Unchanged ? Tone::Muted
                          : p.doubts.isEmpty()                          ? Tone::Good
                                                                        : Tone::Warning;
        m_activities->item(row, Action)->setForeground(toneColor(tone, palette()));
        if (!p.doubts.isEmpty())
            m_activities->item(row, ToCheck)->setForeground(toneColor(Tone::Warning, palette()));
    }
    m_importButton->setEnabled(!m_plan.changesNothing());
    if (!m_plan.activities.isEmpty())
        m_activities->selectRow(0);
    showActivity(m_activities->currentRow());
}

void RegisterImportDialog::showActivity(int row)
{
    if (row < 0 || row >= m_plan.activities.size()) {
        m_details->clear();
        return;
    }
    const PlannedActivity &p = m_plan.activities.at(row);
    QString html = QStringLiteral("<p><b>%1</b> — %2</p>")
                       .arg(p.activity.name.toHtmlEscaped(), p.actionLabel().toHtmlEscaped());
    if (!p.changes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("Changes: %1").arg(p.changes.join(QStringLiteral(", "))).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(tr("The file gives: %1").arg(p.filled.join(QStringLiteral(", "))).toHtmlEscaped());
    if (!p.doubts.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("To check in the file").toHtmlEscaped()) + htmlList(p.doubts);
    if (!p.missing.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Left to finish in the register").toHtmlEscaped())
            + htmlList(p.missing);
    }
    m_details->setHtml(html);
}

void RegisterImportDialog::import()
{
    const auto done = exchange::RegisterImporter::apply(m_db, m_plan);
    if (!done) {
        refuse(tr("Nothing was imported: %1").arg(done.errorMessage()));
        return;
    }
    m_result = done.value();
    Q_EMIT commandReady(new RegisterImportCommand(m_db, m_register, m_organization->currentData().toLongLong(),
                                                  m_fileName, m_result, m_notify));
    accept();
}

} // namespace pc
