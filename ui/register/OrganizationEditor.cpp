#include "OrganizationEditor.h"

#include <QPushButton>

namespace pc {
namespace {

using F = OrganizationField;
enum Row { LegalName = 100, Registration, Address, PolicyLanguage, DpoName, DpoPhone, DpoAddress, Representative,
           RepresentativeContact, ActsAsProcessor, Notes };

} // namespace

OrganizationEditor::OrganizationEditor(QWidget *parent) : BoundEditor(parent)
{
    setObjectName(QStringLiteral("organizationEditor"));
    saveButton()->setObjectName(QStringLiteral("saveOrganization"));
    using O = Organization;
    m_name = bindLine(int(F::Name), &O::name, "organizationName");
    bindLine(LegalName, &O::legalName);
    bindLine(Registration, &O::registrationNumber);
    bindText(Address, &O::address, "organizationAddress");
    bindCode(int(F::Country), &O::country, 2, "organizationCountry", Letters::Capitals);
    bindChoice(int(F::Jurisdiction), CodeList::Jurisdiction, false, &O::jurisdiction, "organizationJurisdiction");
    bindLine(int(F::Website), &O::website);
    bindLine(PolicyLanguage, &O::policyLanguage, nullptr, Letters::Small)->setMaximumWidth(60);
    bindLine(DpoName, &O::dpoName);
    bindLine(int(F::DpoEmail), &O::dpoEmail, "organizationDpoEmail");
    bindLine(DpoPhone, &O::dpoPhone);
    bindText(DpoAddress, &O::dpoAddress, "organizationDpoAddress");
    bindLine(Representative, &O::representativeName);
    bindLine(RepresentativeContact, &O::representativeContact);
    m_processor = bindFlag(ActsAsProcessor, &O::actsAsProcessor);
    bindText(Notes, &O::notes, "organizationNotes");
    retranslateUi();
}

QWidget *OrganizationEditor::firstField() const
{
    return m_name;
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
    refillCodes();
    recheck();
}

} // namespace pc
