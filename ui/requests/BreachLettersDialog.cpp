#include "BreachLettersDialog.h"

#include "widgets/Dialogs.h"

#include "core/Dates.h"
#include "documents/DocumentFile.h"
#include "domain/Codes.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace pc {
namespace {

enum Mode { Everyone, ByGroup, ByList };

QListWidget *checkList(const char *name)
{
    auto *list = new QListWidget;
    list->setObjectName(QString::fromLatin1(name));
    list->setMaximumHeight(110);
    return list;
}

QList<RowId> checkedIds(const QListWidget *list)
{
    QList<RowId> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

} // namespace

BreachLettersDialog::BreachLettersDialog(Database &db, RowId breachId, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("breachLettersDialog"));
    const Result<Breach> breach = CaseRepository(db).breach(breachId);
    if (!breach) {
        m_problem = breach.errorMessage();
        return;
    }
    RegisterRepository reg(db);
    const Result<Organization> organization = reg.organization(breach->organizationId);
    const Result<QList<SubjectCategory>> categories = reg.subjectCategories(breach->organizationId);
    const Result<QList<ConsentPurpose>> purposes = PeopleRepository(db).consentPurposes(breach->organizationId);
    if (!organization || !categories || !purposes) {
        m_problem = !organization ? organization.errorMessage()
                    : !categories ? categories.errorMessage()
                                  : purposes.errorMessage();
        return;
    }
    m_batch.breach = breach.value();
    m_batch.organization = organization.value();
    m_batch.date = QDate::currentDate();
    setWindowTitle(tr("Letters to the people concerned by %1").arg(m_batch.breach.reference));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each letter is written in the person's language from the breach's record: what "
                                "happened, what it may mean for them, what was done, what they can do and whom to ask."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_mode = new QButtonGroup(this);
    auto *everyone = new QRadioButton(tr("&Everyone of %1").arg(m_batch.organization.name));
    everyone->setObjectName(QStringLiteral("lettersEveryone"));
    auto *byGroup = new QRadioButton(tr("The people of these &categories or concerned by these purposes:"));
    byGroup->setObjectName(QStringLiteral("lettersByGroup"));
    auto *byList = new QRadioButton(tr("The people of this &list (e-mail addresses or references, one per line):"));
    byList->setObjectName(QStringLiteral("lettersByList"));
    m_mode->addButton(everyone, Everyone);
    m_mode->addButton(byGroup, ByGroup);
    m_mode->addButton(byList, ByList);
    byGroup->setChecked(true);
    m_categories = checkList("lettersCategories");
    for (const SubjectCategory &c : categories.value()) {
        auto *item = new QListWidgetItem(c.name, m_categories);
        item->setData(Qt::UserRole, c.id);
        item->setCheckState(Qt::Unchecked);
    }
    m_purposes = checkList("lettersPurposes");
    for (const ConsentPurpose &p : purposes.value()) {
        auto *item = new QListWidgetItem(p.name.isEmpty() ? p.code : p.name, m_purposes);
        item->setData(Qt::UserRole, p.id);
        item->setCheckState(Qt::Unchecked);
    }
    m_list = new QPlainTextEdit;
    m_list->setObjectName(QStringLiteral("lettersList"));
    m_list->setMaximumHeight(80);
    layout->addWidget(everyone);
    layout->addWidget(byGroup);
    auto *groups = new QGridLayout;
    groups->setContentsMargins(24, 0, 0, 0);
    groups->addWidget(new QLabel(tr("Categories of people")), 0, 0);
    groups->addWidget(new QLabel(tr("Consent purposes")), 0, 1);
    groups->addWidget(m_categories, 1, 0);
    groups->addWidget(m_purposes, 1, 1);
    layout->addLayout(groups);
    layout->addWidget(byList);
    auto *listBox = new QVBoxLayout;
    listBox->setContentsMargins(24, 0, 0, 0);
    listBox->addWidget(m_list);
    layout->addLayout(listBox);
    layout->addStretch(1);
    m_chosen = new QLabel;
    m_chosen->setObjectName(QStringLiteral("lettersChosen"));
    m_chosen->setWordWrap(true);
    layout->addWidget(m_chosen);
    auto *form = new QFormLayout;
    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("lettersChannel"));
    for (const QString &code : codes::all(CodeList::InformChannel))
        m_channel->addItem(codes::label(CodeList::InformChannel, code), code);
    form->addRow(tr("They are told &by:"), m_channel);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox;
    m_pdf = buttons->addButton(tr("Save the &letters (PDF)…"), QDialogButtonBox::ActionRole);
    m_pdf->setObjectName(QStringLiteral("lettersPdf"));
    m_csv = buttons->addButton(tr("Save the &mailing list (CSV)…"), QDialogButtonBox::ActionRole);
    m_csv->setObjectName(QStringLiteral("lettersCsv"));
    m_record = buttons->addButton(tr("&Record them as told"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("lettersRecord"));
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pdf, &QPushButton::clicked, this, &BreachLettersDialog::saveLetters);
    connect(m_csv, &QPushButton::clicked, this, &BreachLettersDialog::saveList);
    connect(m_record, &QPushButton::clicked, this, &BreachLettersDialog::record);
    connect(m_mode, &QButtonGroup::idClicked, this, &BreachLettersDialog::choose);
    connect(m_categories, &QListWidget::itemChanged, this, &BreachLettersDialog::choose);
    connect(m_purposes, &QListWidget::itemChanged, this, &BreachLettersDialog::choose);
    connect(m_list, &QPlainTextEdit::textChanged, this, &BreachLettersDialog::choose);
    resize(720, 600);
    choose();
}

void BreachLettersDialog::choose()
{
    const int mode = m_mode->checkedId();
    m_categories->setEnabled(mode == ByGroup);
    m_purposes->setEnabled(mode == ByGroup);
    m_list->setEnabled(mode == ByList);
    PeopleSelection selection;
    selection.organizationId = m_batch.organization.id;
    if (mode == ByGroup) {
        selection.categoryIds = checkedIds(m_categories);
        selection.purposeIds = checkedIds(m_purposes);
    } else if (mode == ByList) {
        selection.emailsOrReferences =
            m_list->toPlainText().split(QRegularExpression(QStringLiteral("[\\r\\n,;]+")), Qt::SkipEmptyParts);
    }
    m_batch.people.clear();
    QString message;
    const bool nothingChosen = (mode == ByGroup && selection.categoryIds.isEmpty() && selection.purposeIds.isEmpty())
                               || (mode == ByList && selection.emailsOrReferences.isEmpty());
    if (nothingChosen) {
        message = mode == ByGroup ? tr("Tick the categories or purposes of the people concerned.")
                                  : tr("Write the e-mail addresses or references of the people concerned.");
    } else {
        QStringList unmatched;
        // A letter each is for a selection a person can check; beyond that,
        // the command line writes the mailing list.
        constexpr int kMostLetters = 10000;
        const Result<QList<DataSubject>> chosen = PeopleRepository(m_db).chosenSubjects(selection, &unmatched, kMostLetters + 1);
        if (!chosen) {
            message = chosen.errorMessage();
        } else if (chosen->size() > kMostLetters) {
            message = tr("More than %L1 people are chosen: narrow the selection, or write the mailing list with "
                         "“privacy-console breach letters”.")
                          .arg(kMostLetters);
        } else {
            m_batch.people = chosen.value();
            QMap<QString, int> languages;
            for (const DataSubject &person : std::as_const(m_batch.people))
                ++languages[breaches::letterLanguage(person, m_batch.organization)];
            QStringList parts;
            for (auto it = languages.cbegin(); it != languages.cend(); ++it)
                parts << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
            message = tr("%n person(s) chosen", nullptr, int(m_batch.people.size()));
            if (!parts.isEmpty())
                message += QStringLiteral(" (%1)").arg(parts.join(QStringLiteral(", ")));
            message += QLatin1Char('.');
            if (!unmatched.isEmpty())
                message += QLatin1Char(' ') + tr("Nobody has: %1.").arg(unmatched.join(QStringLiteral(", ")));
        }
    }
    m_chosen->setText(message);
    for (QPushButton *button : {m_pdf, m_csv, m_record})
        button->setEnabled(!m_batch.people.isEmpty());
}

// Writes a file the officer chose, or says why it could not be.
bool BreachLettersDialog::write(const QString &path, const QByteArray &bytes)
{
    if (Status written = documents::writeDocumentFile(path, bytes); !written) {
        MessageBox::warning(this, windowTitle(), written.errorMessage());
        return false;
    }
    return true;
}

void BreachLettersDialog::saveLetters()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Save the letters"),
                                                     QStringLiteral("%1-letters.pdf").arg(m_batch.breach.reference),
                                                     tr("PDF documents (*.pdf)"));
    if (!path.isEmpty() && write(path, breaches::lettersPdf(m_batch)))
        m_chosen->setText(tr("%n letter(s) saved to %1", nullptr, int(m_batch.people.size())).arg(path));
}

void BreachLettersDialog::saveList()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Save the mailing list"),
                                                     QStringLiteral("%1-letters.csv").arg(m_batch.breach.reference),
                                                     tr("CSV files (*.csv)"));
    if (!path.isEmpty() && write(path, breaches::lettersCsv(m_batch)))
        m_chosen->setText(tr("The mailing list saved to %1").arg(path));
}

void BreachLettersDialog::record()
{
    QList<BreachInformed> told;
    const QDateTime now = QDateTime::currentDateTime();
    for (const DataSubject &person : std::as_const(m_batch.people)) {
        BreachInformed informed;
        informed.subjectId = person.id;
        informed.informedAt = now;
        informed.channel = m_channel->currentData().toString();
        informed.language = breaches::letterLanguage(person, m_batch.organization);
        told << informed;
    }
    if (Status kept = CaseRepository(m_db).recordInformed(m_batch.breach.id, told); !kept) {
        MessageBox::warning(this, windowTitle(), kept.errorMessage());
        return;
    }
    m_recorded = int(told.size());
    accept();
}

} // namespace pc
