#include "PolicyVersionsDialog.h"

#include "widgets/Dialogs.h"
#include "widgets/Tones.h"
#include "core/Dates.h"

#include "consent/ConsentExport.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pc {

PolicyVersionsDialog::PolicyVersionsDialog(Database &db, RowId organizationId, QWidget *parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("policyVersionsDialog"));
    setWindowTitle(tr("Privacy policy versions"));
    m_organization = new QComboBox;
    if (const auto organizations = RegisterRepository(db).organizations(); organizations) {
        for (const Organization &o : organizations.value())
            m_organization->addItem(o.name, o.id);
    }
    if (const int index = m_organization->findData(organizationId); index >= 0)
        m_organization->setCurrentIndex(index);
    connect(m_organization, &QComboBox::currentIndexChanged, this, &PolicyVersionsDialog::reload);

    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("policyVersions"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setHorizontalHeaderLabels({tr("Version"), tr("In effect from"), tr("Contact details")});
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PolicyVersionsDialog::selectionChanged);
    m_inform = new QPushButton(tr("People to &inform…"));
    m_inform->setObjectName(QStringLiteral("peopleToInform"));
    m_inform->setToolTip(tr("Those with a consent in force, whose contact details the new version uses otherwise: "
                            "a CSV list for the message that tells them and gives them the way to say no"));
    m_inform->setEnabled(false);
    connect(m_inform, &QPushButton::clicked, this, &PolicyVersionsDialog::exportPeopleToInform);

    m_label = new QLineEdit;
    m_label->setObjectName(QStringLiteral("policyLabel"));
    m_effective = new DateField;
    m_effective->setObjectName(QStringLiteral("policyEffective"));
    m_url = new QLineEdit;
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("policyText"));
    m_changesContactUse = new QCheckBox(tr("This version changes how contact details are used"));
    m_changesContactUse->setObjectName(QStringLiteral("policyChangesContactUse"));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("policyProblem"));
    setTone(m_problem, Tone::Alert);
    auto *add = new QPushButton(tr("&Add this version"));
    add->setObjectName(QStringLiteral("addPolicyVersion"));
    connect(add, &QPushButton::clicked, this, [this] { addVersion(); });

    auto *form = new QFormLayout;
    form->addRow(tr("Version:"), m_label);
    form->addRow(tr("In effect from:"), m_effective);
    form->addRow(tr("Address (URL):"), m_url);
    form->addRow(tr("Text:"), m_text);
    form->addRow(QString(), m_changesContactUse);
    form->addRow(QString(), m_problem);
    form->addRow(QString(), add);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    top->addRow(tr("Organization:"), m_organization);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_inform, 0, Qt::AlignLeft);
    auto *newVersion = new QLabel(tr("A new version"));
    QFont bold = newVersion->font();
    bold.setBold(true);
    newVersion->setFont(bold);
    layout->addWidget(newVersion);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    resize(760, 640);
    reload();
}

void PolicyVersionsDialog::reload()
{
    const auto versions = PeopleRepository(m_db).policies(m_organization->currentData().toLongLong());
    m_versions = versions ? versions.value() : QList<PrivacyPolicy>();
    m_problem->setText(versions ? QString() : versions.errorMessage());
    const QLocale locale;
    m_table->setRowCount(int(m_versions.size()));
    for (int row = 0; row < m_versions.size(); ++row) {
        const PrivacyPolicy &p = m_versions.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(p.versionLabel));
        m_table->setItem(row, 1, new QTableWidgetItem(dates::toText(p.effectiveOn, locale)));
        m_table->setItem(row, 2, new QTableWidgetItem(p.changesContactUse ? tr("used otherwise: people to inform")
                                                                          : tr("unchanged")));
    }
    m_table->resizeColumnsToContents();
    selectionChanged();
}

void PolicyVersionsDialog::selectionChanged()
{
    const int row = m_table->currentRow();
    m_inform->setEnabled(row >= 0 && row < m_versions.size() && m_versions.at(row).changesContactUse
                         && m_table->selectionModel()->hasSelection());
}

bool PolicyVersionsDialog::addVersion()
{
    PrivacyPolicy policy;
    policy.organizationId = m_organization->currentData().toLongLong();
    policy.versionLabel = m_label->text().trimmed();
    policy.effectiveOn = m_effective->date();
    policy.url = m_url->text().trimmed();
    policy.text = m_text->toPlainText().trimmed();
    policy.changesContactUse = m_changesContactUse->isChecked();
    QString problem;
    if (policy.organizationId <= 0)
        problem = tr("Choose the organization.");
    else if (policy.versionLabel.isEmpty())
        problem = tr("Name the version (a date or a number, as the policy says).");
    else if (!policy.effectiveOn.isValid())
        problem = tr("Give the day this version took effect (%1).").arg(m_effective->expectedFormat());
    for (const PrivacyPolicy &known : std::as_const(m_versions)) {
        if (problem.isEmpty() && known.versionLabel.compare(policy.versionLabel, Qt::CaseInsensitive) == 0)
            problem = tr("There is already a version “%1”.").arg(known.versionLabel);
    }
    if (problem.isEmpty()) {
        if (const auto added = PeopleRepository(m_db).addPolicy(policy); !added)
            problem = added.errorMessage();
    }
    m_problem->setText(problem);
    if (!problem.isEmpty())
        return false;
    m_label->clear();
    m_effective->setDate(QDate());
    m_url->clear();
    m_text->clear();
    m_changesContactUse->setChecked(false);
    reload();
    for (int row = 0; row < m_versions.size(); ++row) {
        if (m_versions.at(row).id == policy.id)
            m_table->selectRow(row);
    }
    return true;
}

QByteArray PolicyVersionsDialog::peopleToInformCsv()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_versions.size())
        return {};
    const auto people = consent::peopleToInform(m_db, m_versions.at(row).id);
    if (!people) {
        m_problem->setText(people.errorMessage());
        return {};
    }
    m_problem->clear();
    return consent::peopleToInformCsv(people.value());
}

void PolicyVersionsDialog::exportPeopleToInform()
{
    const int row = m_table->currentRow();
    const QByteArray csv = peopleToInformCsv();
    if (csv.isEmpty())
        return;
    const QString path = FileDialog::getSaveFileName(
        this, tr("People to inform"), tr("to-inform-%1.csv").arg(m_versions.at(row).versionLabel),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        m_problem->setText(tr("The list could not be written to %1: %2").arg(path, file.errorString()));
        return;
    }
    (void)AuditTrail::record(m_db, QStringLiteral("export"),
                             QStringLiteral("people to inform of policy version %1").arg(m_versions.at(row).id),
                             QStringLiteral("privacy_policies"), m_versions.at(row).id);
    MessageBox::information(this, windowTitle(),
                             tr("%n person(s) to inform, written to %1.", nullptr, int(csv.count('\n') - 1)).arg(path));
}

} // namespace pc
