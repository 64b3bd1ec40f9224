#include "OrganizationEditor.h"

#include "domain/Codes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace pc {
namespace {

using F = OrganizationField;
enum Row { LegalName = 100, Registration, Address, PolicyLanguage, DpoName, DpoPhone, DpoAddress, Representative,
           RepresentativeContact, ActsAsProcessor, Notes };


} // namespace

OrganizationEditor::OrganizationEditor(QWidget *parent) : EntityEditor(parent)
{
    setObjectName(QStringLiteral("organizationEditor"));
    saveButton()->setObjectName(QStringLiteral("saveOrganization"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("organizationName"));
    m_legalName = new QLineEdit;
    m_registration = new QLineEdit;
    m_address = textArea("organizationAddress", 60);
    m_country = new QLineEdit;
    m_country->setObjectName(QStringLiteral("organizationCountry"));
    m_country->setMaxLength(2);
    m_country->setMaximumWidth(60);
    m_jurisdiction = codeCombo(int(CodeList::Jurisdiction), false);
    m_jurisdiction->setObjectName(QStringLiteral("organizationJurisdiction"));
    m_website = new QLineEdit;
    m_policyLanguage = new QLineEdit;
    m_policyLanguage->setMaximumWidth(60);
    m_dpoName = new QLineEdit;
    m_dpoEmail = new QLineEdit;
    m_dpoEmail->setObjectName(QStringLiteral("organizationDpoEmail"));
    m_dpoPhone = new QLineEdit;
    m_dpoAddress = textArea("organizationDpoAddress", 60);
    m_representative = new QLineEdit;
    m_representativeContact = new QLineEdit;
    m_processor = new QCheckBox;
    m_notes = textArea("organizationNotes", 60);

    addRow(int(F::Name), m_name);
    addRow(LegalName, m_legalName);
    addRow(Registration, m_registration);
    addRow(Address, m_address);
    addRow(int(F::Country), m_country);
    addRow(int(F::Jurisdiction), m_jurisdiction);
    addRow(int(F::Website), m_website);
    addRow(PolicyLanguage, m_policyLanguage);
    addRow(DpoName, m_dpoName);
    addRow(int(F::DpoEmail), m_dpoEmail);
    addRow(DpoPhone, m_dpoPhone);
    addRow(DpoAddress, m_dpoAddress);
    addRow(Representative, m_representative);
    addRow(RepresentativeContact, m_representativeContact);
    addRow(ActsAsProcessor, m_processor);
    addRow(Notes, m_notes);
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_legalName, m_registration, m_address, m_country,
                                                       m_website, m_policyLanguage, m_dpoName, m_dpoEmail, m_dpoPhone,
                                                       m_dpoAddress, m_representative, m_representativeContact,
                                                       m_processor, m_notes})
        watch(w);
    retranslateUi();
}

QWidget *OrganizationEditor::firstField() const
{
    return m_name;
}

Status OrganizationEditor::showRecord(const Organization &o)
{
    m_name->setText(o.name);
    m_legalName->setText(o.legalName);
    m_registration->setText(o.registrationNumber);
    m_address->setPlainText(o.address);
    m_country->setText(o.country);
    selectData(m_jurisdiction, o.jurisdiction);
    m_website->setText(o.website);
    m_policyLanguage->setText(o.policyLanguage);
    m_dpoName->setText(o.dpoName);
    m_dpoEmail->setText(o.dpoEmail);
    m_dpoPhone->setText(o.dpoPhone);
    m_dpoAddress->setPlainText(o.dpoAddress);
    m_representative->setText(o.representativeName);
    m_representativeContact->setText(o.representativeContact);
    m_processor->setChecked(o.actsAsProcessor);
    m_notes->setPlainText(o.notes);
    return success();
}

Organization OrganizationEditor::edited() const
{
    Organization o = m_original;
    o.name = m_name->text().trimmed();
    o.legalName = m_legalName->text().trimmed();
    o.registrationNumber = m_registration->text().trimmed();
    o.address = m_address->toPlainText().trimmed();
    o.country = m_country->text().trimmed().toUpper();
    o.jurisdiction = m_jurisdiction->currentData().toString();
    o.website = m_website->text().trimmed();
    o.policyLanguage = m_policyLanguage->text().trimmed().toLower();
    o.dpoName = m_dpoName->text().trimmed();
    o.dpoEmail = m_dpoEmail->text().trimmed();
    o.dpoPhone = m_dpoPhone->text().trimmed();
    o.dpoAddress = m_dpoAddress->toPlainText().trimmed();
    o.representativeName = m_representative->text().trimmed();
    o.representativeContact = m_representativeContact->text().trimmed();
    o.actsAsProcessor = m_processor->isChecked();
    o.notes = m_notes->toPlainText().trimmed();
    return o;
}

QList<Finding> OrganizationEditor::check(const Organization &organization) const
{
    return checkOrganization(organization);
}

void OrganizationEditor::retranslateUi()
{
    setCaptions({
        {int(F::Name), tr("&Name:")},
        {LegalName, tr("&Legal name:")},
        {Registration, tr("&Registration number:")},
        {Address, tr("&Address:")},
        {int(F::Country), tr("C&ountry:")},
        {int(F::Jurisdiction), tr("&Law:")},
        {int(F::Website), tr("&Website:")},
        {PolicyLanguage, tr("&Policy language:")},
        {DpoName, tr("Privacy &officer:")},
        {int(F::DpoEmail), tr("Officer's &e-mail:")},
        {DpoPhone, tr("Officer's &telephone:")},
        {DpoAddress, tr("Officer's postal a&ddress:")},
        {Representative, tr("Re&presentative (Art. 27):")},
        {RepresentativeContact, tr("Representative's &contact:")},
        {ActsAsProcessor, tr("Processor:")},
        {Notes, tr("No&tes:")},
    });
    m_processor->setText(tr("Also processes data for clients (Art. 30(2) register)"));
    fillCodes(m_jurisdiction, int(CodeList::Jurisdiction), false, m_jurisdiction->currentData().toString());
    recheck();
}

} // namespace pc
