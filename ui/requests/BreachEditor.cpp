#include "BreachEditor.h"

#include "widgets/DateField.h"
#include "widgets/Dialogs.h"
#include "widgets/DocumentViewer.h"

#include "breaches/BreachNotice.h"
#include "core/Dates.h"
#include "documents/DocumentFile.h"
#include "domain/Codes.h"
#include "storage/CaseRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace pc {
namespace {

using F = BreachField;
enum Row { Description = 100, Risk, StatusRow, AuthorityReference, SubjectsNotified, DataCategories, Records,
           Consequences, Measures, Nature, Cause, SubjectCategories, Advice, Timeline, NotifyRow, Told, LettersRow, Evidence };

const char *const kNatures[] = {"confidentiality", "integrity", "availability"};


QSpinBox *count(const char *name)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(QString::fromLatin1(name));
    spin->setRange(0, 2000000000);
    spin->setGroupSeparatorShown(true);
    return spin;
}

} // namespace

BreachEditor::BreachEditor(QWidget *parent) : EntityEditor(parent)
{
    setObjectName(QStringLiteral("breachEditor"));
    saveButton()->setObjectName(QStringLiteral("saveBreach"));
    m_reference = new QLineEdit;
    m_reference->setObjectName(QStringLiteral("breachReference"));
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("breachTitle"));
    m_description = textArea("breachDescription", 80);
    m_risk = codeCombo(int(CodeList::BreachRisk), false);
    m_risk->setObjectName(QStringLiteral("breachRisk"));
    m_status = codeCombo(int(CodeList::BreachStatus), false);
    m_status->setObjectName(QStringLiteral("breachStatus"));
    m_authorityReference = new QLineEdit;
    m_dataCategories = new QLineEdit;
    m_subjects = count("breachSubjects");
    m_records = count("breachRecords");
    m_consequences = textArea("breachConsequences", 60);
    m_measures = textArea("breachMeasures", 60);
    auto *natureBox = new QWidget;
    auto *natures = new QHBoxLayout(natureBox);
    natures->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 3; ++i) {
        m_natures[i] = new QCheckBox;
        m_natures[i]->setObjectName(QStringLiteral("breachNature_%1").arg(QLatin1String(kNatures[i])));
        natures->addWidget(m_natures[i]);
    }
    natures->addStretch(1);
    m_cause = new QLineEdit;
    m_cause->setObjectName(QStringLiteral("breachCause"));
    m_subjectCategories = new QLineEdit;
    m_subjectCategories->setObjectName(QStringLiteral("breachSubjectCategories"));
    m_delayReason = textArea("breachDelayReason", 50);
    m_noNotification = textArea("breachNoNotification", 50);
    m_advice = textArea("breachAdvice", 50);
    m_notInformed = textArea("breachNotInformed", 50);
    m_timeline = new QLabel;
    m_timeline->setObjectName(QStringLiteral("breachTimeline"));
    m_timeline->setWordWrap(true);
    m_timeline->setTextFormat(Qt::RichText);
    m_notify = new QPushButton;
    m_notify->setObjectName(QStringLiteral("breachNotify"));
    connect(m_notify, &QPushButton::clicked, this, [this] {
        if (m_original.id > 0)
            Q_EMIT noticeRequested(m_original.id);
    });

    addSection(QStringLiteral("general"));
    addRow(int(F::Reference), m_reference);
    addRow(int(F::Title), m_title);
    addRow(Description, m_description);
    addRow(Nature, natureBox);
    addRow(Cause, m_cause);
    m_occurred = addDateRow(int(F::Occurred), true);
    m_aware = addDateRow(int(F::Aware), true);
    m_aware->setObjectName(QStringLiteral("breachAware"));
    m_contained = addDateRow(int(F::Contained), true);
    m_contained->setObjectName(QStringLiteral("breachContained"));
    m_letters = new QPushButton;
    m_letters->setObjectName(QStringLiteral("breachLetters"));
    connect(m_letters, &QPushButton::clicked, this, [this] {
        if (m_original.id > 0)
            Q_EMIT lettersRequested(m_original.id);
    });
    m_told = new QLabel;
    m_told->setObjectName(QStringLiteral("breachTold"));
    m_told->setWordWrap(true);
    addSection(QStringLiteral("notification"));
    addRow(Risk, m_risk);
    addRow(StatusRow, m_status);
    addRow(int(F::NoNotification), m_noNotification);
    m_authorityNotified = addDateRow(int(F::Notification), true);
    m_authorityNotified->setObjectName(QStringLiteral("breachAuthorityNotified"));
    addRow(int(F::Delay), m_delayReason);
    addRow(AuthorityReference, m_authorityReference);
    addRow(Timeline, m_timeline);
    addRow(NotifyRow, m_notify);
    m_closed = addDateRow(int(F::Closed), true);
    addSection(QStringLiteral("impact"));
    addRow(DataCategories, m_dataCategories);
    addRow(Records, m_records);
    addRow(SubjectCategories, m_subjectCategories);
    addRow(int(F::Counts), m_subjects);
    addRow(Consequences, m_consequences);
    addRow(Measures, m_measures);
    m_evidence = new QListWidget;
    m_evidence->setObjectName(QStringLiteral("breachEvidence"));
    m_evidence->setMaximumHeight(110);
    m_attach = new QPushButton;
    m_attach->setObjectName(QStringLiteral("breachAttach"));
    m_viewEvidence = new QPushButton;
    m_saveEvidence = new QPushButton;
    connect(m_attach, &QPushButton::clicked, this, &BreachEditor::attachEvidence);
    connect(m_viewEvidence, &QPushButton::clicked, this, [this] { showEvidence(true); });
    connect(m_saveEvidence, &QPushButton::clicked, this, [this] { showEvidence(false); });
    connect(m_evidence, &QListWidget::itemActivated, this, [this] { showEvidence(true); });
    connect(m_evidence, &QListWidget::currentRowChanged, this, [this](int row) {
        m_viewEvidence->setEnabled(row >= 0);
        m_saveEvidence->setEnabled(row >= 0);
    });
    auto *evidenceButtons = new QHBoxLayout;
    evidenceButtons->addWidget(m_attach);
    evidenceButtons->addWidget(m_viewEvidence);
    evidenceButtons->addWidget(m_saveEvidence);
    evidenceButtons->addStretch(1);
    addRow(Evidence, m_evidence, evidenceButtons);
    addSection(QStringLiteral("people"));
    addRow(Advice, m_advice);
    m_subjectsNotified = addDateRow(SubjectsNotified, true);
    addRow(Told, m_told);
    addRow(LettersRow, m_letters);
    addRow(int(F::People), m_notInformed);
    for (QWidget *w : std::initializer_list<QWidget *>{m_reference, m_title, m_description, m_authorityReference,
                                                       m_dataCategories, m_subjects, m_records, m_consequences,
                                                       m_measures, m_cause, m_subjectCategories, m_delayReason,
                                                       m_noNotification, m_advice, m_notInformed, m_natures[0],
                                                       m_natures[1], m_natures[2]})
        watch(w);
    retranslateUi();
}

QWidget *BreachEditor::firstField() const
{
    return m_title;
}

Status BreachEditor::showRecord(const Breach &b)
{
    m_reference->setText(b.reference);
    m_title->setText(b.title);
    m_description->setPlainText(b.description);
    m_occurred->setDateTime(b.occurredAt);
    m_aware->setDateTime(b.awareAt);
    selectData(m_risk, b.risk);
    selectData(m_status, b.status);
    m_authorityNotified->setDateTime(b.authorityNotifiedAt);
    m_authorityReference->setText(b.authorityReference);
    m_subjectsNotified->setDateTime(b.subjectsNotifiedAt);
    m_dataCategories->setText(b.dataCategories);
    m_subjects->setValue(b.subjectsAffected);
    m_records->setValue(b.recordsAffected);
    m_consequences->setPlainText(b.consequences);
    m_measures->setPlainText(b.measures);
    for (int i = 0; i < 3; ++i)
        m_natures[i]->setChecked(b.nature.contains(QLatin1String(kNatures[i])));
    m_cause->setText(b.cause);
    m_subjectCategories->setText(b.subjectCategories);
    m_contained->setDateTime(b.containedAt);
    m_closed->setDateTime(b.closedAt);
    m_delayReason->setPlainText(b.delayReason);
    m_noNotification->setPlainText(b.noNotificationReason);
    m_advice->setPlainText(b.advice);
    m_notInformed->setPlainText(b.notInformedReason);
    showTimeline(b);
    return success();
}

Breach BreachEditor::edited() const
{
    Breach b = m_original;
    b.reference = m_reference->text().trimmed();
    b.title = m_title->text().trimmed();
    b.description = m_description->toPlainText().trimmed();
    b.occurredAt = m_occurred->dateTime();
    b.awareAt = m_aware->dateTime();
    b.risk = m_risk->currentData().toString();
    b.status = m_status->currentData().toString();
    b.authorityNotifiedAt = m_authorityNotified->dateTime();
    b.authorityReference = m_authorityReference->text().trimmed();
    b.subjectsNotifiedAt = m_subjectsNotified->dateTime();
    b.dataCategories = m_dataCategories->text().trimmed();
    b.subjectsAffected = m_subjects->value();
    b.recordsAffected = m_records->value();
    b.consequences = m_consequences->toPlainText().trimmed();
    b.measures = m_measures->toPlainText().trimmed();
    b.nature.clear();
    for (int i = 0; i < 3; ++i) {
        if (m_natures[i]->isChecked())
            b.nature << QString::fromLatin1(kNatures[i]);
    }
    b.cause = m_cause->text().trimmed();
    b.subjectCategories = m_subjectCategories->text().trimmed();
    b.containedAt = m_contained->dateTime();
    b.closedAt = m_closed->dateTime();
    b.delayReason = m_delayReason->toPlainText().trimmed();
    b.noNotificationReason = m_noNotification->toPlainText().trimmed();
    b.advice = m_advice->toPlainText().trimmed();
    b.notInformedReason = m_notInformed->toPlainText().trimmed();
    return b;
}

// Its moments in order: occurred, known, contained, each notification,
// the people told, closed.
void BreachEditor::showTimeline(const Breach &b)
{
    QList<std::pair<QDateTime, QString>> moments;
    auto add = [&](const QDateTime &at, const QString &what) {
        if (at.isValid())
            moments.append({at, what});
    };
    add(b.occurredAt, tr("occurred"));
    add(b.awareAt, tr("known"));
    add(b.containedAt, tr("contained"));
    int notifications = 0;
    QString toldText = tr("Nobody recorded as told yet.");
    if (m_db && b.id > 0) {
        CaseRepository cases(*m_db);
        if (const auto sent = cases.breachNotifications(b.id)) {
            notifications = int(sent->size());
            for (const BreachNotification &n : sent.value())
                add(n.sentAt, codes::label(CodeList::NoticePhase, n.phase));
        }
        if (const auto told = cases.breachInformed(b.id); told && !told->isEmpty()) {
            add(told->first().informedAt, tr("%n person(s) told", nullptr, int(told->size())));
            QStringList parts;
            for (const auto &[code, count] : breaches::toldByChannel(told.value()))
                parts << QStringLiteral("%1 × %2").arg(count).arg(codes::label(CodeList::InformChannel, code));
            toldText = tr("%n person(s) told, from %1: %2", nullptr, int(told->size()))
                           .arg(dates::toText(told->first().informedAt), parts.join(QStringLiteral(", ")));
        }
    }
    if (notifications == 0)
        add(b.authorityNotifiedAt, tr("authority notified"));
    add(b.closedAt, tr("closed"));
    std::stable_sort(moments.begin(), moments.end(), [](const auto &a, const auto &c) { return a.first < c.first; });
    QStringList lines;
    for (const auto &[at, what] : moments)
        lines << QStringLiteral("%1 — %2").arg(dates::toText(at).toHtmlEscaped(), what.toHtmlEscaped());
    m_timeline->setText(lines.isEmpty() ? tr("Nothing dated yet.") : lines.join(QStringLiteral("<br>")));
    m_notify->setText(notifications == 0 ? tr("Notify the &authority…") : tr("Follow-up to the &authority…"));
    m_notify->setEnabled(b.id > 0);
    m_told->setText(toldText);
    m_letters->setText(tr("&Letters to the people…"));
    m_letters->setEnabled(b.id > 0);
    fillEvidence();
}

// The documents that prove what happened and what was done.
void BreachEditor::fillEvidence()
{
    m_evidence->clear();
    m_attach->setEnabled(m_db && m_original.id > 0);
    m_viewEvidence->setEnabled(false);
    m_saveEvidence->setEnabled(false);
    if (!m_db || m_original.id <= 0)
        return;
    const auto documents = CaseRepository(*m_db).breachAttachments(m_original.id);
    if (!documents) {
        m_evidence->addItem(documents.errorMessage());
        return;
    }
    for (const Attachment &document : documents.value()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2 (%3)")
                                             .arg(dates::toText(document.createdAt.toLocalTime().date()), document.fileName,
                                                  QLocale().formattedDataSize(document.sizeBytes)),
                                         m_evidence);
        item->setData(Qt::UserRole, document.id);
        item->setToolTip(tr("SHA-256: %1").arg(document.sha256));
    }
}

void BreachEditor::attachEvidence()
{
    if (!m_db || m_original.id <= 0)
        return;
    const QString path = FileDialog::getOpenFileName(this, tr("Attach a document to the breach"), QString(),
                                                      tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.eml *.txt *.log *.csv);;"
                                                         "All files (*)"));
    if (path.isEmpty())
        return;
    const Result<documents::DocumentFile> read = documents::readDocumentFile(path);
    if (!read) {
        MessageBox::warning(this, tr("Attach a document"), read.errorMessage());
        return;
    }
    Attachment document;
    document.organizationId = m_original.organizationId;
    document.breachId = m_original.id;
    document.kind = QStringLiteral("proof");
    document.fileName = read->fileName;
    document.mediaType = read->mediaType;
    document.content = read->content;
    if (const Result<RowId> added = CaseRepository(*m_db).addAttachment(document); !added) {
        MessageBox::warning(this, tr("Attach a document"), added.errorMessage());
        return;
    }
    fillEvidence();
    m_evidence->setCurrentRow(m_evidence->count() - 1);
}

void BreachEditor::showEvidence(bool view)
{
    const QListWidgetItem *item = m_evidence->currentItem();
    if (!m_db || !item)
        return;
    const auto document = CaseRepository(*m_db).attachment(item->data(Qt::UserRole).toLongLong(), true);
    if (!document) {
        MessageBox::warning(this, tr("Evidence"), document.errorMessage());
        return;
    }
    if (view && DocumentViewer::canShow(document->mediaType)) {
        DocumentViewer viewer(document->fileName, document->mediaType, document->content, this);
        dialogs::exec(viewer);
        return;
    }
    if (const QString error = DocumentViewer::saveCopy(this, document->fileName, document->content); !error.isEmpty())
        MessageBox::warning(this, tr("Save a copy"), error);
}

QList<Finding> BreachEditor::check(const Breach &breach) const
{
    return checkBreach(breach, QDateTime::currentDateTime());
}

Status BreachEditor::prepareNew(Breach &breach)
{
    breach.awareAt = QDateTime::currentDateTime();
    breach.awareAt.setTime(QTime(breach.awareAt.time().hour(), breach.awareAt.time().minute()));
    if (!m_db)
        return success();
    const auto reference = CaseRepository(*m_db).nextReference(QStringLiteral("breaches"), breach.organizationId,
                                                               QStringLiteral("BR-%1-").arg(QDate::currentDate().year()));
    if (!reference)
        return reference.error();
    breach.reference = reference.value();
    return success();
}

Status BreachEditor::prepareCopy(Breach &copy)
{
    return prepareNew(copy);
}

void BreachEditor::retranslateUi()
{
    setCaptions({
        {int(F::Reference), tr("&Reference:")},
        {int(F::Title), tr("&What happened:")},
        {Description, tr("&Description:")},
        {int(F::Occurred), tr("&Occurred:")},
        {int(F::Aware), tr("&Known since:")},
        {Risk, tr("R&isk:")},
        {StatusRow, tr("Stat&us:")},
        {int(F::Notification), tr("Authority &notified:")},
        {AuthorityReference, tr("Authority's re&ference:")},
        {SubjectsNotified, tr("People &told:")},
        {DataCategories, tr("&Data concerned:")},
        {int(F::Counts), tr("&People concerned:")},
        {Records, tr("Re&cords concerned:")},
        {Consequences, tr("Likely &consequences:")},
        {Measures, tr("&Measures taken:")},
        {Nature, tr("Nature:")},
        {Cause, tr("Cau&se:")},
        {int(F::Contained), tr("Contain&ed:")},
        {int(F::NoNotification), tr("W&hy not notify:")},
        {int(F::Delay), tr("Reasons for the dela&y:")},
        {Timeline, tr("Timeline:")},
        {NotifyRow, QString()},
        {int(F::Closed), tr("C&losed:")},
        {SubjectCategories, tr("People's cate&gories:")},
        {Advice, tr("Ad&vice to them:")},
        {int(F::People), tr("Why not tell them (Art. 34(3)):")},
        {Told, tr("Told:")},
        {LettersRow, QString()},
        {Evidence, tr("Evidence:")},
    });
    m_attach->setText(tr("Attach a document…"));
    m_viewEvidence->setText(tr("View"));
    m_saveEvidence->setText(tr("Save a copy…"));
    for (int i = 0; i < 3; ++i)
        m_natures[i]->setText(codes::label(CodeList::BreachNature, QString::fromLatin1(kNatures[i])));
    setSectionTitle(QStringLiteral("general"), tr("What happened"));
    setSectionTitle(QStringLiteral("notification"), tr("Risk and notifications"));
    setSectionTitle(QStringLiteral("impact"), tr("Data, people and measures"));
    setSectionTitle(QStringLiteral("people"), tr("The people concerned (Art. 34)"));
    showTimeline(m_original);
    fillCodes(m_risk, int(CodeList::BreachRisk), false, m_risk->currentData().toString());
    fillCodes(m_status, int(CodeList::BreachStatus), false, m_status->currentData().toString());
    recheck();
}

} // namespace pc
