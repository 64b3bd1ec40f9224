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

ProcessorEditor::ProcessorEditor(QWidget *parent) : BoundEditor(parent)
{
    setObjectName(QStringLiteral("processorEditor"));
    saveButton()->setObjectName(QStringLiteral("saveProcessor"));
    using P = Processor;
    addSection(QStringLiteral("general"));
    m_name = bindLine(int(F::Name), &P::name, "processorName");
    m_role = bindChoice(int(F::Role), CodeList::ProcessorRole, false, &P::role, "processorRole");
    // Filled with the organization's other processors when a record is shown.
    m_parent = new QComboBox;
    m_parent->setObjectName(QStringLiteral("processorParent"));
    addRow(int(F::Parent), m_parent);
    watch(m_parent);
    bindLine(Service, &P::service);
    addSection(QStringLiteral("transfer"));
    m_country = bindCode(int(F::Country), &P::country, 2, "processorCountry", Letters::Capitals);
    bindChoice(int(F::Transfer), CodeList::TransferSafeguard, true, &P::transferSafeguard, "processorSafeguard");
    bindLine(int(F::Email), &P::contactEmail, "processorEmail");
    bindLine(Website, &P::website);
    addSection(QStringLiteral("contract"));
    bindDate(ContractSigned, &P::contractSignedOn);
    bindDate(DpaSigned, &P::dpaSignedOn, "processorDpaSigned");
    bindDate(int(F::Contract), &P::dpaExpiresOn);
    bindLine(PolicyUrl, &P::privacyPolicyUrl);
    bindDate(PolicyChecked, &P::privacyPolicyCheckedOn);
    bindText(DataShared, &P::dataShared, "processorDataShared");
    bindText(Notes, &P::notes, "processorNotes");
    m_active = bindFlag(Active, &P::active);
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        m_parent->setEnabled(m_role->currentData().toString() == QLatin1String("sub_processor"));
    });
    retranslateUi();
}

QWidget *ProcessorEditor::firstField() const
{
    return m_name;
}

Status ProcessorEditor::showMore(const Processor &p)
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
    m_parent->setEnabled(p.role == QLatin1String("sub_processor"));
    return success();
}

void ProcessorEditor::editMore(Processor &p) const
{
    p.parentProcessorId = p.role == QLatin1String("sub_processor") ? m_parent->currentData().toLongLong() : 0;
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
    refillCodes();
    recheck();
}

} // namespace pc
