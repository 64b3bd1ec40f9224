#include "RecordConsentDialog.h"

#include "widgets/Dialogs.h"
#include "widgets/Tones.h"
#include "core/Dates.h"
#include "documents/DocumentFile.h"

#include "domain/Codes.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "widgets/DateField.h"

#include <QComboBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pc {

RecordConsentDialog::RecordConsentDialog(Database &db, RowId subjectId, RowId organizationId, RowId purposeId,
                                         QWidget *parent)
    : QDialog(parent), m_db(db), m_subjectId(subjectId)
{
    setObjectName(QStringLiteral("recordConsentDialog"));
    setWindowTitle(tr("Record a consent event"));
    PeopleRepository people(db);

    m_purpose = new QComboBox;
    m_purpose->setObjectName(QStringLiteral("consentPurpose"));
    if (const auto purposes = people.consentPurposes(organizationId); purposes) {
        for (const ConsentPurpose &p : purposes.value()) {
            if (p.active || p.id == purposeId)
                m_purpose->addItem(p.name, p.id);
        }
    }
    if (const int index = m_purpose->findData(purposeId); index >= 0)
        m_purpose->setCurrentIndex(index);

    m_event = new QComboBox;
    m_event->setObjectName(QStringLiteral("consentEvent"));
    for (const QString &code : codes::all(CodeList::ConsentEventKind))
        m_event->addItem(codes::label(CodeList::ConsentEventKind, code), code);

    m_when = new DateField(DateField::Precision::Minute);
    m_when->setObjectName(QStringLiteral("consentWhen"));
    m_when->setDateTime(QDateTime::currentDateTime());

    m_method = new QComboBox;
    m_method->setObjectName(QStringLiteral("consentMethod"));
    for (const QString &code : codes::all(CodeList::ConsentMethod)) {
        if (code != QLatin1String("import"))
            m_method->addItem(codes::label(CodeList::ConsentMethod, code), code);
    }

    m_source = new QLineEdit;
    m_source->setObjectName(QStringLiteral("consentSource"));
    m_source->setPlaceholderText(tr("The form, page, desk or campaign where it was collected"));

    m_policy = new QComboBox;
    m_policy->setObjectName(QStringLiteral("consentPolicy"));
    m_policy->addItem(tr("None recorded"), 0);
    if (const auto policies = people.policies(organizationId); policies) {
        m_policies = policies.value();
        for (const PrivacyPolicy &p : std::as_const(m_policies)) {
            m_policy->addItem(tr("%1, in effect from %2")
                                  .arg(p.versionLabel, dates::toText(p.effectiveOn)),
                              p.id);
        }
    }
    choosePolicyFor(QDate::currentDate());
    connect(m_when, &DateField::changed, this, [this] {
        if (m_when->dateTime().isValid())
            choosePolicyFor(m_when->dateTime().date());
    });

    m_note = new QPlainTextEdit;
    m_note->setObjectName(QStringLiteral("consentNote"));
    m_note->setPlaceholderText(tr("What the person said or signed, in their words if useful"));
    m_note->setMaximumHeight(80);

    m_proofName = new QLabel(tr("No document"));
    m_proofName->setObjectName(QStringLiteral("consentProofName"));
    auto *attach = new QPushButton(tr("&Attach…"));
    attach->setObjectName(QStringLiteral("consentAttachProof"));
    connect(attach, &QPushButton::clicked, this, &RecordConsentDialog::chooseProof);
    m_clearProof = new QPushButton(tr("Remove"));
    m_clearProof->setEnabled(false);
    connect(m_clearProof, &QPushButton::clicked, this, [this] {
        m_proof = {};
        m_proofName->setText(tr("No document"));
        m_clearProof->setEnabled(false);
    });
    auto *proofRow = new QHBoxLayout;
    proofRow->addWidget(m_proofName, 1);
    proofRow->addWidget(attach);
    proofRow->addWidget(m_clearProof);

    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("consentProblem"));
    m_problem->setWordWrap(true);
    setTone(m_problem, Tone::Alert);

    auto *form = new QFormLayout;
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("&What happened:"), m_event);
    form->addRow(tr("W&hen:"), m_when);
    form->addRow(tr("H&ow:"), m_method);
    form->addRow(tr("Wh&ere:"), m_source);
    form->addRow(tr("Privacy policy &shown:"), m_policy);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("Proof:"), proofRow);

    auto *explanation = new QLabel(tr("The history is kept as it happened: an event is added on top of it and "
                                      "never changed. A mistake is put right by recording what is true now."));
    explanation->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("consentRecord"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordConsentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, layout->sizeHint().height());
}

void RecordConsentDialog::choosePolicyFor(const QDate &day)
{
    // The version in effect that day: the latest to have taken effect by then.
    RowId inEffect = 0;
    QDate from;
    for (const PrivacyPolicy &p : std::as_const(m_policies)) {
        if (p.effectiveOn.isValid() && p.effectiveOn <= day && (!from.isValid() || p.effectiveOn > from)) {
            from = p.effectiveOn;
            inEffect = p.id;
        }
    }
    m_policy->setCurrentIndex(qMax(0, m_policy->findData(inEffect)));
}

bool RecordConsentDialog::setProofFile(const QString &path)
{
    Result<documents::DocumentFile> read = documents::readDocumentFile(path, consent::kMaxProofBytes);
    if (!read) {
        m_problem->setText(read.errorMessage());
        return false;
    }
    const QFileInfo info(path);
    const QByteArray &content = read->content;
    m_proof.fileName = read->fileName;
    m_proof.mediaType = read->mediaType;
    m_proof.content = content;
    m_proofName->setText(tr("%1 (%2)").arg(info.fileName(), QLocale().formattedDataSize(content.size())));
    m_clearProof->setEnabled(true);
    m_problem->clear();
    return true;
}

void RecordConsentDialog::chooseProof()
{
    const QString path = FileDialog::getOpenFileName(this, tr("The proof of this event"), QString(),
                                                      tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.txt);;"
                                                         "All files (*)"));
    if (!path.isEmpty())
        setProofFile(path);
}

bool RecordConsentDialog::record()
{
    if (!m_when->isEmpty() && !m_when->dateTime().isValid()) {
        m_problem->setText(tr("“%1” is not a date and time (%2).").arg(m_when->text(), m_when->expectedFormat()));
        return false;
    }
    ConsentEvent event;
    event.subjectId = m_subjectId;
    event.purposeId = m_purpose->currentData().toLongLong();
    event.event = m_event->currentData().toString();
    event.occurredAt = m_when->dateTime();
    event.method = m_method->currentData().toString();
    event.source = m_source->text().trimmed();
    event.policyId = m_policy->currentData().toLongLong();
    event.note = m_note->toPlainText().trimmed();
    const Result<RowId> recorded = consent::recordEvent(m_db, event, m_proof);
    if (!recorded) {
        m_problem->setText(recorded.errorMessage());
        return false;
    }
    m_recorded = recorded.value();
    m_problem->clear();
    return true;
}

void RecordConsentDialog::accept()
{
    if (record())
        QDialog::accept();
}

} // namespace pc
