#include "ConsentImportDialog.h"

#include "widgets/Dialogs.h"
#include "widgets/Tones.h"
#include "core/Dates.h"

#include "domain/Codes.h"
#include "storage/Database.h"
#include "storage/RegisterRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc {
namespace {


// A file larger than this is not a consent export one checks line by line.
constexpr qint64 kLargestFile = 64 * 1024 * 1024;

} // namespace

ConsentImportDialog::ConsentImportDialog(Database &db, RowId organizationId, QWidget *parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("consentImportDialog"));
    setWindowTitle(tr("Import consents from a CSV file"));
    m_organization = new QComboBox;
    m_organization->setObjectName(QStringLiteral("importOrganization"));
    if (const auto organizations = RegisterRepository(db).organizations(); organizations) {
        for (const Organization &o : organizations.value())
            m_organization->addItem(o.name, o.id);
    }
    if (const int index = m_organization->findData(organizationId); index >= 0)
        m_organization->setCurrentIndex(index);
    connect(m_organization, &QComboBox::currentIndexChanged, this, &ConsentImportDialog::refreshPreview);
    m_file = new QLabel(tr("No file chosen"));
    m_file->setObjectName(QStringLiteral("importFile"));
    auto *choose = new QPushButton(tr("&File…"));
    connect(choose, &QPushButton::clicked, this, &ConsentImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);

    auto *form = new QFormLayout;
    form->addRow(tr("Organization:"), m_organization);
    form->addRow(tr("File:"), fileRow);
    for (consent::Field field : consent::allFields()) {
        auto *column = new QComboBox;
        column->setObjectName(QStringLiteral("column%1").arg(int(field)));
        column->setEnabled(false);
        connect(column, &QComboBox::currentIndexChanged, this, &ConsentImportDialog::mappingChanged);
        m_columns.insert(field, column);
        form->addRow(consent::fieldLabel(field) + QLatin1Char(':'), column);
    }

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_lines = new QTableWidget(0, 6);
    m_lines->setObjectName(QStringLiteral("importLines"));
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setStretchLastSection(true);
    m_lines->setWordWrap(false);
    m_lines->setHorizontalHeaderLabels(
        {tr("Line"), tr("Person"), tr("Event"), tr("When"), tr("How"), tr("What happens")});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importConsents"));
    m_importButton->setEnabled(false);
    connect(m_importButton, &QPushButton::clicked, this, &ConsentImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_lines, 1);
    layout->addWidget(buttons);
    resize(920, 680);
}

void ConsentImportDialog::chooseFile()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Consents to import"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ConsentImportDialog::loadFile(const QString &path)
{
    auto refuse = [this](const QString &why) {
        m_summary->setText(QStringLiteral("<span style='color:%1'>%2</span>")
                               .arg(toneColor(Tone::Alert, palette()).name(), why.toHtmlEscaped()));
        m_table = {};
        m_preview = {};
        m_lines->setRowCount(0);
        m_importButton->setEnabled(false);
        for (QComboBox *column : std::as_const(m_columns))
            column->setEnabled(false);
        return false;
    };
    QFile file(path);
    if (QFileInfo(path).size() > kLargestFile)
        return refuse(tr("%1 is larger than 64 MB: split it, or export fewer columns.").arg(QFileInfo(path).fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    const auto table = consent::readCsv(file.readAll());
    if (!table)
        return refuse(tr("%1: %2").arg(QFileInfo(path).fileName(), table.errorMessage()));
    m_table = table.value();
    m_fileName = QFileInfo(path).fileName();
    m_file->setText(tr("%1 — %n line(s)", nullptr, int(m_table.rows.size())).arg(m_fileName));
    const consent::ColumnMapping guessed = consent::guessMapping(m_table.header);
    for (auto it = m_columns.begin(); it != m_columns.end(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->clear();
        it.value()->addItem(tr("(none)"), -1);
        for (int column = 0; column < m_table.header.size(); ++column)
            it.value()->addItem(m_table.header.at(column), column);
        it.value()->setCurrentIndex(it.value()->findData(guessed.value(it.key(), -1)));
        it.value()->setEnabled(true);
    }
    refreshPreview();
    return true;
}

void ConsentImportDialog::mappingChanged()
{
    refreshPreview();
}

void ConsentImportDialog::refreshPreview()
{
    m_preview = {};
    m_lines->setRowCount(0);
    m_importButton->setEnabled(false);
    if (m_table.header.isEmpty())
        return;
    consent::ColumnMapping mapping;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it)
        mapping.insert(it.key(), it.value()->currentData().toInt());
    const auto preview = consent::previewImport(m_db, m_organization->currentData().toLongLong(), m_table, mapping,
                                                tr("CSV import: %1").arg(m_fileName));
    if (!preview) {
        m_summary->setText(preview.errorMessage());
        return;
    }
    m_preview = preview.value();
    m_summary->setText(tr("%1 to add · %2 already recorded · %3 with an error, left out")
                           .arg(m_preview.toAdd)
                           .arg(m_preview.duplicates)
                           .arg(m_preview.errors));
    const QLocale locale;
    m_lines->setRowCount(int(m_preview.lines.size()));
    for (int row = 0; row < m_preview.lines.size(); ++row) {
        const consent::ImportLine &line = m_preview.lines.at(row);
        const QColor colour = !line.error.isEmpty() ? toneColor(Tone::Alert, palette())
                              : line.duplicate      ? toneColor(Tone::Muted, palette())
                                                    : QColor();
        const QString what = !line.error.isEmpty() ? line.error
                             : line.duplicate      ? tr("already recorded: left as it is")
                                                   : tr("added");
        const QStringList cells = {QString::number(line.line), line.person,
                                   line.error.isEmpty() ? codes::label(CodeList::ConsentEventKind, line.event.event)
                                                        : QString(),
                                   line.event.occurredAt.isValid()
                                       ? dates::toText(line.event.occurredAt.toLocalTime(), locale)
                                       : QString(),
                                   line.error.isEmpty() ? codes::label(CodeList::ConsentMethod, line.event.method)
                                                        : QString(),
                                   what};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (colour.isValid())
                item->setForeground(colour);
            m_lines->setItem(row, column, item);
        }
    }
    m_lines->resizeColumnsToContents();
    m_importButton->setEnabled(m_preview.toAdd > 0);
}

void ConsentImportDialog::import()
{
    const auto added = consent::importPreview(m_db, m_preview);
    if (!added) {
        MessageBox::warning(this, windowTitle(), tr("Nothing was imported: %1").arg(added.errorMessage()));
        return;
    }
    m_imported = added.value();
    MessageBox::information(this, windowTitle(),
                             tr("%n consent event(s) added to the ledger.", nullptr, m_imported)
                                 + (m_preview.errors > 0 ? QLatin1Char(' ')
                                            + tr("Lines left out for an error: %n.", nullptr, m_preview.errors)
                                                         : QString()));
    accept();
}

} // namespace pc
