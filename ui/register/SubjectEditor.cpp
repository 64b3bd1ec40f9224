#include "SubjectEditor.h"

#include "consent/ConsentPanel.h"
#include "widgets/DateField.h"

#include "storage/RegisterRepository.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace pc {
namespace {

using F = SubjectField;
// Rows without findings of their own.
enum Row { Reference = 100, FirstName, Phone, Address, Language, Category, Start, Notice, Notes, Consents };

QLineEdit *line(const char *name)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QString::fromLatin1(name));
    return edit;
}


} // namespace

SubjectEditor::SubjectEditor(QWidget *parent) : EntityEditor(parent)
{
    setObjectName(QStringLiteral("subjectEditor"));
    saveButton()->setObjectName(QStringLiteral("saveSubject"));
    m_reference = line("subjectReference");
    m_firstName = line("subjectFirstName");
    m_lastName = line("subjectLastName");
    m_email = line("subjectEmail");
    m_phone = line("subjectPhone");
    m_address = textArea("subjectAddress", 60);
    m_country = line("subjectCountry");
    m_country->setMaxLength(2);
    m_country->setMaximumWidth(60);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("subjectLanguage"));
    m_language->setEditable(true);
    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("subjectCategory"));
    m_notes = textArea("subjectNotes", 70);

    addSection(QStringLiteral("identity"));
    addRow(Reference, m_reference);
    addRow(FirstName, m_firstName);
    addRow(int(F::Identity), m_lastName);
    addRow(int(F::Email), m_email);
    addSection(QStringLiteral("contact"));
    addRow(Phone, m_phone);
    addRow(Address, m_address);
    addRow(int(F::Country), m_country);
    addRow(Language, m_language);
    addRow(Category, m_category);
    addSection(QStringLiteral("dates"));
    m_birth = addDateRow(int(F::BirthDate));
    m_collected = addDateRow(int(F::Collected));
    m_start = addDateRow(Start);
    m_end = addDateRow(int(F::Relationship));
    m_notice = addDateRow(Notice);
    m_lastContact = addDateRow(int(F::LastContact));
    addRow(Notes, m_notes);
    m_consents = new ConsentPanel(ConsentPanel::Mode::Summary);
    addSection(QStringLiteral("consents"));
    addRow(Consents, m_consents);
    excludeFromMerge(Consents);
    m_birth->setObjectName(QStringLiteral("subjectBirthDate"));
    m_end->setObjectName(QStringLiteral("subjectRelationshipEnd"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_reference, m_firstName, m_lastName, m_email, m_phone, m_address,
                                                       m_country, m_language, m_category, m_notes})
        watch(w);
    connect(m_language, &QComboBox::editTextChanged, this, [this] { recheck(); });
    retranslateUi();
}

QWidget *SubjectEditor::firstField() const
{
    return m_firstName;
}

Status SubjectEditor::showRecord(const DataSubject &s)
{
    m_category->clear();
    m_category->addItem(tr("—"), RowId(0));
    if (m_db && s.organizationId > 0) {
        const auto categories = RegisterRepository(*m_db).subjectCategories(s.organizationId);
        if (!categories)
            return categories.error();
        for (const SubjectCategory &c : categories.value())
            m_category->addItem(c.name, c.id);
    }
    selectData(m_category, s.categoryId);
    m_language->clear();
    m_language->addItem(QString());
    for (const char *code : {"fr", "en", "nl", "de", "af", "zu", "xh", "ar", "vi"})
        m_language->addItem(QString::fromLatin1(code));
    m_language->setEditText(s.language);
    m_reference->setText(s.externalRef);
    m_firstName->setText(s.firstName);
    m_lastName->setText(s.lastName);
    m_email->setText(s.email);
    m_phone->setText(s.phone);
    m_address->setPlainText(s.address);
    m_country->setText(s.country);
    m_birth->setDate(s.birthDate);
    m_collected->setDate(s.collectedOn);
    m_start->setDate(s.relationshipStart);
    m_end->setDate(s.relationshipEnd);
    m_notice->setDate(s.terminationNoticeOn);
    m_lastContact->setDate(s.lastContactOn);
    m_notes->setPlainText(s.notes);
    m_consents->setDatabase(m_db);
    if (s.id > 0 && m_db)
        return m_consents->showPerson(s.id);
    m_consents->clear();
    return success();
}

DataSubject SubjectEditor::edited() const
{
    DataSubject s = m_original;
    s.externalRef = m_reference->text().trimmed();
    s.firstName = m_firstName->text().trimmed();
    s.lastName = m_lastName->text().trimmed();
    s.email = m_email->text().trimmed();
    s.phone = m_phone->text().trimmed();
    s.address = m_address->toPlainText().trimmed();
    s.country = m_country->text().trimmed().toUpper();
    s.language = m_language->currentText().trimmed().toLower();
    s.categoryId = m_category->currentData().toLongLong();
    s.birthDate = m_birth->date();
    s.collectedOn = m_collected->date();
    s.relationshipStart = m_start->date();
    s.relationshipEnd = m_end->date();
    s.terminationNoticeOn = m_notice->date();
    s.lastContactOn = m_lastContact->date();
    s.notes = m_notes->toPlainText().trimmed();
    return s;
}

QList<Finding> SubjectEditor::check(const DataSubject &subject) const
{
    return checkSubject(subject, QDate::currentDate());
}

Status SubjectEditor::prepareCopy(DataSubject &copy)
{
    // A second person of the same household or company: the identity is
    // theirs to fill in.
    copy.externalRef.clear();
    copy.firstName.clear();
    copy.email.clear();
    copy.phone.clear();
    copy.birthDate = QDate();
    return success();
}

void SubjectEditor::retranslateUi()
{
    setCaptions({
        {Reference, tr("Customer &reference:")},
        {FirstName, tr("&First name:")},
        {int(F::Identity), tr("&Last name:")},
        {int(F::Email), tr("&E-mail:")},
        {Phone, tr("&Telephone:")},
        {Address, tr("&Address:")},
        {int(F::Country), tr("C&ountry:")},
        {Language, tr("Lan&guage:")},
        {Category, tr("Ca&tegory:")},
        {int(F::BirthDate), tr("Date of &birth:")},
        {int(F::Collected), tr("Data &collected on:")},
        {Start, tr("Relationship &started:")},
        {int(F::Relationship), tr("Relationship e&nded:")},
        {Notice, tr("Termination &notice:")},
        {int(F::LastContact), tr("Last &contact:")},
        {Notes, tr("No&tes:")},
        {Consents, tr("Consents:")},
    });
    setSectionTitle(QStringLiteral("identity"), tr("Identity"));
    setSectionTitle(QStringLiteral("contact"), tr("Contact and category"));
    setSectionTitle(QStringLiteral("dates"), tr("Dates"));
    setSectionTitle(QStringLiteral("consents"), tr("Consents"));
    m_country->setPlaceholderText(tr("FR"));
    if (m_category->count() > 0)
        m_category->setItemText(0, tr("—"));
    recheck();
}

} // namespace pc
