#include "ProcessorEditor.h"

#include "widgets/DateField.h"

#include "domain/Codes.h"
#include "storage/RegisterRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace pc {
namespace {

using F = ProcessorField;
enum Row { Service = 100, Website, ContractSigned, DpaSigned, PolicyUrl, PolicyChecked, DataShared, Notes, Active };

} // namespace

ProcessorEditor::ProcessorEditor(QWidget *parent) : EntityEditor(parent)
{
    setObjectName(QStringLiteral("processorEditor"));
    saveButton()->setObjectName(QStringLiteral("saveProcessor"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("processorName"));
    m_role = codeCombo(int(CodeList::ProcessorRole), false);
    m_role->setObjectName(QStringLiteral("processorRole"));
    m_parent = new QComboBox;
    m_parent->setObjectName(QStringLiteral("processorParent"));
    m_service = new QLineEdit;
    m_country = new QLineEdit;
    m_country->setObjectName(QStringLiteral("processorCountry"));
    m_country->setMaxLength(2);
    m_country->setMaximumWidth(60);
    m_safeguard = codeCombo(int(CodeList::TransferSafeguard), true);
    m_safeguard->setObjectName(QStringLiteral("processorSafeguard"));
    m_email = new QLineEdit;
    m_email->setObjectName(QStringLiteral("processorEmail"));
    m_website = new QLineEdit;
    m_policyUrl = new QLineEdit;
    m_dataShared = textArea("processorDataShared", 60);
    m_notes = textArea("processorNotes", 60);
    m_active = new QCheckBox;

    addSection(QStringLiteral("general"));
    addRow(int(F::Name), m_name);
    addRow(int(F::Role), m_role);
    addRow(int(F::Parent), m_parent);
    addRow(Service, m_service);
    addSection(QStringLiteral("transfer"));
    addRow(int(F::Country), m_country);
    addRow(int(F::Transfer), m_safeguard);
    addRow(int(F::Email), m_email);
    addRow(Website, m_website);
    addSection(QStringLiteral("contract"));
    m_contract = addDateRow(ContractSigned);
    m_dpaSigned = addDateRow(DpaSigned);
    m_dpaExpires = addDateRow(int(F::Contract));
    addRow(PolicyUrl, m_policyUrl);
    m_policyChecked = addDateRow(PolicyChecked);
    addRow(DataShared, m_dataShared);
    addRow(Notes, m_notes);
    addRow(Active, m_active);
    m_dpaSigned->setObjectName(QStringLiteral("processorDpaSigned"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_parent, m_service, m_country, m_email, m_website,
                                                       m_policyUrl, m_dataShared, m_notes, m_active})
        watch(w);
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        m_parent->setEnabled(m_role->currentData().toString() == QLatin1String("sub_processor"));
    });
    retranslateUi();
}

QWidget *ProcessorEditor::firstField() const
{
    return m_name;
}

Status ProcessorEditor::showRecord(const Processor &p)
{
    m_parent->clear();
    m_parent->addItem(tr("—"), RowId(0));
    m_organizationCountry.clear();
    if (m_db && p.organizationId > 0) {
        RegisterRepository repository(*m_db);
        const auto processors = repository.processors(p.organizationId);
        if (!processors)
            return processors.error();
        for (const Processor &other : processors.value()) {
            if (other.id != p.id && other.parentProcessorId == 0)
                m_parent->addItem(other.name, other.id);
        }
        const auto organization = repository.organization(p.organizationId);
        if (!organization)
            return organization.error();
        m_organizationCountry = organization->country;
    }
    selectData(m_parent, p.parentProcessorId);
    selectData(m_role, p.role);
    m_parent->setEnabled(p.role == QLatin1String("sub_processor"));
    selectData(m_safeguard, p.transferSafeguard);
    m_name->setText(p.name);
    m_service->setText(p.service);
    m_country->setText(p.country);
    m_email->setText(p.contactEmail);
    m_website->setText(p.website);
    m_contract->setDate(p.contractSignedOn);
    m_dpaSigned->setDate(p.dpaSignedOn);
    m_dpaExpires->setDate(p.dpaExpiresOn);
    m_policyUrl->setText(p.privacyPolicyUrl);
    m_policyChecked->setDate(p.privacyPolicyCheckedOn);
    m_dataShared->setPlainText(p.dataShared);
    m_notes->setPlainText(p.notes);
    m_active->setChecked(p.active);
    return success();
}

Processor ProcessorEditor::edited() const
{
    Processor p = m_original;
    p.name = m_name->text().trimmed();
    p.role = m_role->currentData().toString();
    p.parentProcessorId = p.role == QLatin1String("sub_processor") ? m_parent->currentData().toLongLong() : 0;
    p.service = m_service->text().trimmed();
    p.country = m_country->text().trimmed().toUpper();
    p.transferSafeguard = m_safeguard->currentData().toString();
    p.contactEmail = m_email->text().trimmed();
    p.website = m_website->text().trimmed();
    p.contractSignedOn = m_contract->date();
    p.dpaSignedOn = m_dpaSigned->date();
    p.dpaExpiresOn = m_dpaExpires->date();
    p.privacyPolicyUrl = m_policyUrl->text().trimmed();
    p.privacyPolicyCheckedOn = m_policyChecked->date();
    p.dataShared = m_dataShared->toPlainText().trimmed();
    p.notes = m_notes->toPlainText().trimmed();
    p.active = m_active->isChecked();
    return p;
}

QList<Finding> ProcessorEditor::check(const Processor &processor) const
{
    return checkProcessor(processor, m_organizationCountry, QDate::currentDate());
}

Status ProcessorEditor::prepareCopy(Processor &copy)
{
    copy.name = tr("%1 (copy)").arg(copy.name);
    return success();
}

void ProcessorEditor::retranslateUi()
{
    setCaptions({
        {int(F::Name), tr("&Name:")},
        {int(F::Role), tr("&Role:")},
        {int(F::Parent), tr("Sub-processor &of:")},
        {Service, tr("Ser&vice:")},
        {int(F::Country), tr("C&ountry:")},
        {int(F::Transfer), tr("Transfer sa&feguard:")},
        {int(F::Email), tr("Contact &e-mail:")},
        {Website, tr("&Website:")},
        {ContractSigned, tr("&Contract signed:")},
        {DpaSigned, tr("Data-processing &agreement signed:")},
        {int(F::Contract), tr("Agreement e&xpires:")},
        {PolicyUrl, tr("&Privacy policy:")},
        {PolicyChecked, tr("Policy chec&ked on:")},
        {DataShared, tr("&Data shared:")},
        {Notes, tr("No&tes:")},
        {Active, tr("In use:")},
    });
    setSectionTitle(QStringLiteral("general"), tr("The processor"));
    setSectionTitle(QStringLiteral("transfer"), tr("Where, and contact"));
    setSectionTitle(QStringLiteral("contract"), tr("Contract and data shared"));
    m_active->setText(tr("Still used by the organization"));
    m_country->setPlaceholderText(tr("IE"));
    if (m_parent->count() > 0)
        m_parent->setItemText(0, tr("—"));
    fillCodes(m_role, int(CodeList::ProcessorRole), false, m_role->currentData().toString());
    fillCodes(m_safeguard, int(CodeList::TransferSafeguard), true, m_safeguard->currentData().toString());
    recheck();
}

} // namespace pc
