#include "CasePanel.h"

#include "widgets/Dialogs.h"
#include "widgets/Tones.h"

#include "IdentityCheckDialog.h"
#include "LetterDialog.h"
#include "widgets/DateField.h"
#include "widgets/DocumentViewer.h"

#include "consent/ConsentLedger.h"
#include "core/Dates.h"
#include "domain/Codes.h"
#include "documents/Pdf.h"
#include "documents/SubjectExport.h"
#include "intake/DocumentReader.h"
#include "intake/IdVault.h"
#include "requests/Erasure.h"
#include "requests/RequestWorkflow.h"
#include "requests/SubjectMatch.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLocale>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QToolButton>
#include <QVBoxLayout>

namespace pc {
namespace {

// Asks for the day a step happened and what the law wants written with it.
std::optional<StepDetails> askStep(QWidget *parent, RequestStep step)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("stepDialog"));
    dialog.setWindowTitle(RequestWorkflow::actionLabel(step).remove(QChar(0x2026)));
    auto *on = new DateField;
    on->setObjectName(QStringLiteral("stepDate"));
    on->setDate(QDate::currentDate());
    auto *text = new QPlainTextEdit;
    text->setObjectName(QStringLiteral("stepText"));
    text->setTabChangesFocus(true);
    text->setMaximumHeight(110);
    auto *form = new QFormLayout;
    form->addRow(CasePanel::tr("On:"), on);
    form->addRow(new QLabel(RequestWorkflow::textLabel(step)));
    form->addRow(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return std::nullopt;
    return StepDetails{on->date(), text->toPlainText()};
}

} // namespace

CasePanel::CasePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("casePanel"));
    m_step = new QToolButton;
    m_step->setObjectName(QStringLiteral("requestStep"));
    m_step->setPopupMode(QToolButton::InstantPopup);
    m_step->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_step->setMenu(new QMenu(m_step));
    m_letter = new QPushButton;
    m_letter->setObjectName(QStringLiteral("requestLetter"));
    m_person = new QToolButton;
    m_person->setObjectName(QStringLiteral("requestPerson"));
    m_person->setPopupMode(QToolButton::InstantPopup);
    m_person->setMenu(new QMenu(m_person));
    m_identity = new QToolButton;
    m_identity->setObjectName(QStringLiteral("requestIdentity"));
    m_identity->setPopupMode(QToolButton::InstantPopup);
    m_identity->setMenu(new QMenu(m_identity));
    m_historyCaption = new QLabel;
    m_history = new QListWidget;
    m_history->setObjectName(QStringLiteral("requestHistory"));
    m_history->setMaximumHeight(120);
    m_history->setWordWrap(true);
    m_documentsCaption = new QLabel;
    m_documents = new QListWidget;
    m_documents->setObjectName(QStringLiteral("requestDocuments"));
    m_documents->setMaximumHeight(90);
    m_view = new QPushButton;
    m_view->setObjectName(QStringLiteral("documentView"));
    m_saveCopy = new QPushButton;
    m_saveCopy->setObjectName(QStringLiteral("documentSave"));
    connect(m_documents, &QListWidget::itemActivated, this, &CasePanel::viewDocument);
    connect(m_documents, &QListWidget::currentRowChanged, this, [this](int row) {
        const bool stored = row >= 0 && m_documents->item(row)->data(Qt::UserRole + 1).toBool();
        m_view->setEnabled(stored);
        m_saveCopy->setEnabled(stored);
    });
    connect(m_view, &QPushButton::clicked, this, &CasePanel::viewDocument);
    connect(m_saveCopy, &QPushButton::clicked, this, &CasePanel::saveDocument);

    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(m_step);
    actions->addWidget(m_letter);
    actions->addWidget(m_person);
    actions->addWidget(m_identity);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->addLayout(actions);
    layout->addWidget(m_historyCaption);
    layout->addWidget(m_history);
    auto *documentsRow = new QHBoxLayout;
    documentsRow->setContentsMargins(0, 0, 0, 0);
    documentsRow->addWidget(m_documentsCaption);
    documentsRow->addStretch();
    documentsRow->addWidget(m_view);
    documentsRow->addWidget(m_saveCopy);
    layout->addLayout(documentsRow);
    layout->addWidget(m_documents);

    connect(m_letter, &QPushButton::clicked, this, &CasePanel::writeLetter);
    retranslateUi();
}

void CasePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CasePanel::retranslateUi()
{
    m_step->setText(tr("Next &step"));
    m_step->setToolTip(tr("Record what happened to the request, dated: each step goes into its history."));
    m_letter->setText(tr("&Letter…"));
    m_person->setText(tr("The &person"));
    m_historyCaption->setText(tr("History:"));
    m_documentsCaption->setText(tr("Documents:"));
    m_view->setText(tr("&View"));
    m_saveCopy->setText(tr("S&ave…"));
    m_saveCopy->setToolTip(tr("Save a copy of the document in a file."));
    QMenu *person = m_person->menu();
    person->clear();
    QAction *find = person->addAction(tr("Find in the register or add…"), this, &CasePanel::findPerson);
    find->setObjectName(QStringLiteral("requestFindPerson"));
    QAction *exporting = person->addAction(tr("Export their data (access, portability)…"), this, &CasePanel::exportData);
    exporting->setObjectName(QStringLiteral("requestExport"));
    QAction *withdraw = person->addAction(tr("Withdraw their consents…"), this, &CasePanel::withdrawConsents);
    withdraw->setObjectName(QStringLiteral("requestWithdrawConsents"));
    QAction *erase = person->addAction(tr("Erase their data…"), this, &CasePanel::erasePerson);
    erase->setObjectName(QStringLiteral("requestErase"));
    QMenu *identity = m_identity->menu();
    identity->clear();
    QAction *add = identity->addAction(tr("Add a copy of an identity document…"), this, &CasePanel::addIdCopy);
    add->setObjectName(QStringLiteral("requestAddIdCopy"));
    add->setToolTip(tr("Kept encrypted until the identity check is recorded, and destroyed at the latest when the "
                       "request is due."));
    QAction *check = identity->addAction(tr("Record the identity check…"), this, &CasePanel::recordIdentityCheck);
    check->setObjectName(QStringLiteral("requestRecordCheck"));
    QAction *destroy = identity->addAction(tr("Destroy the copies now…"), this, &CasePanel::destroyIdCopies);
    destroy->setObjectName(QStringLiteral("requestDestroyIdCopies"));
    destroy->setEnabled(m_liveIdCopies > 0);
    m_identity->setText(tr("&Identity"));
    fillSteps();
    fillHistory();
}

bool CasePanel::ready() const
{
    return m_db && m_request.id > 0 && !m_editing;
}

void CasePanel::showRequest(const RightsRequest &request, bool editing)
{
    m_request = request;
    setEnabled(request.id > 0 && m_db);
    setEditing(editing);
    fillSteps();
    fillHistory();
    fillDocuments();
    const bool linked = request.subjectId > 0;
    for (QAction *action : m_person->menu()->actions()) {
        if (action->objectName() != QLatin1String("requestFindPerson"))
            action->setEnabled(linked);
    }
}

void CasePanel::setEditing(bool editing)
{
    m_editing = editing;
    const QString unsaved = tr("Save the request's changes first.");
    for (QWidget *w : std::initializer_list<QWidget *>{m_step, m_letter, m_person, m_identity})
        w->setToolTip(editing ? unsaved : QString());
}

void CasePanel::fillSteps()
{
    QMenu *menu = m_step->menu();
    menu->clear();
    for (RequestStep step : RequestWorkflow::available(m_request)) {
        QAction *action = menu->addAction(RequestWorkflow::actionLabel(step));
        action->setObjectName(QStringLiteral("step_") + RequestWorkflow::eventCode(step));
        connect(action, &QAction::triggered, this, [this, step] { recordStep(int(step)); });
    }
    m_step->setEnabled(!menu->isEmpty());
}

void CasePanel::fillHistory()
{
    m_history->clear();
    if (!m_db || m_request.id <= 0)
        return;
    const auto events = CaseRepository(*m_db).requestEvents(m_request.id);
    if (!events) {
        m_history->addItem(events.errorMessage());
        return;
    }
    for (const RequestEvent &event : events.value()) {
        QString line = QStringLiteral("%1  %2").arg(dates::toText(event.occurredAt.date()),
                                                   RequestWorkflow::eventLabel(event.step));
        if (!event.note.isEmpty() && event.step != QLatin1String("received"))
            line += QStringLiteral(" — ") + event.note;
        if (!event.actor.isEmpty())
            line += QStringLiteral(" (%1)").arg(event.actor);
        m_history->addItem(line);
    }
    m_history->scrollToBottom();
}

void CasePanel::fillDocuments()
{
    m_documents->clear();
    m_view->setEnabled(false);
    m_saveCopy->setEnabled(false);
    m_liveIdCopies = 0;
    const auto updateDestroy = qScopeGuard([this] {
        if (QAction *destroy = m_identity->menu()->findChild<QAction *>(QStringLiteral("requestDestroyIdCopies")))
            destroy->setEnabled(m_liveIdCopies > 0);
    });
    if (!m_db || m_request.id <= 0)
        return;
    const auto documents = CaseRepository(*m_db).requestAttachments(m_request.id);
    if (!documents) {
        m_documents->addItem(documents.errorMessage());
        return;
    }
    const QLocale locale;
    const QDate today = QDate::currentDate();
    for (const Attachment &document : documents.value()) {
        QString line = QStringLiteral("%1  %2 — %3").arg(dates::toText(document.createdAt.toLocalTime().date()),
                                                         codes::label(CodeList::AttachmentKind, document.kind),
                                                         document.fileName);
        const bool destroyed = document.destroyedAt.isValid();
        if (destroyed)
            line += QLatin1Char(' ') + tr("(destroyed on %1; its SHA-256 fingerprint is kept)")
                                           .arg(dates::toText(document.destroyedAt.toLocalTime().date()));
        else
            line += QStringLiteral(" (%1)").arg(locale.formattedDataSize(document.sizeBytes));
        bool soon = false;
        if (!destroyed && document.kind == QLatin1String("id_copy"))
            ++m_liveIdCopies;
        if (!destroyed && document.kind == QLatin1String("id_copy") && document.destroyAfter.isValid()) {
            // The pending destruction, counted down.
            const qint64 left = today.daysTo(document.destroyAfter);
            soon = left <= 3;
            line += QStringLiteral(" — ");
            if (left > 0)
                line += tr("destroyed in %n day(s), on %1 at the latest", nullptr, int(left))
                            .arg(dates::toText(document.destroyAfter));
            else if (left == 0)
                line += tr("destroyed today at the latest");
            else
                line += tr("to be destroyed since %1").arg(dates::toText(document.destroyAfter));
        }
        auto *item = new QListWidgetItem(line, m_documents);
        if (soon)
            item->setForeground(toneColor(Tone::Alert, palette()));
        item->setData(Qt::UserRole, document.id);
        item->setData(Qt::UserRole + 1, !destroyed);
        item->setToolTip(tr("SHA-256: %1").arg(document.sha256));
    }
}

std::optional<Attachment> CasePanel::selectedDocument()
{
    const QListWidgetItem *item = m_documents->currentItem();
    if (!m_db || !item || !item->data(Qt::UserRole + 1).toBool())
        return std::nullopt;
    const auto document = CaseRepository(*m_db).attachment(item->data(Qt::UserRole).toLongLong(), true);
    if (!document) {
        report(tr("Documents"), document.errorMessage());
        return std::nullopt;
    }
    Attachment shown = document.value();
    if (shown.kind == QLatin1String("id_copy")) {
        // An identity document copy: decrypted in memory, for an officer.
        auto vault = intake::IdVault::session(*m_db);
        auto content = vault ? vault.value()->read(*m_db, shown) : Result<QByteArray>(vault.error());
        if (!content) {
            report(tr("Documents"), content.errorMessage());
            return std::nullopt;
        }
        shown.content = std::move(content).value();
    }
    return shown;
}

void CasePanel::viewDocument()
{
    const std::optional<Attachment> document = selectedDocument();
    if (!document)
        return;
    if (!DocumentViewer::canShow(document->mediaType)) {
        saveDocument();
        return;
    }
    DocumentViewer viewer(document->fileName, document->mediaType, document->content, this);
    dialogs::exec(viewer);
}

void CasePanel::saveDocument()
{
    const std::optional<Attachment> document = selectedDocument();
    if (document)
        report(tr("Save a copy"), DocumentViewer::saveCopy(this, document->fileName, document->content));
}

void CasePanel::report(const QString &title, const QString &error)
{
    if (!error.isEmpty())
        MessageBox::warning(this, title, error);
}

void CasePanel::recordStep(int stepValue)
{
    const auto step = RequestStep(stepValue);
    if (!ready()) {
        report(RequestWorkflow::actionLabel(step), tr("Save the request's changes first."));
        return;
    }
    const std::optional<StepDetails> details = askStep(this, step);
    if (!details)
        return;
    RightsRequest request = m_request;
    const Status done = RequestWorkflow::apply(*m_db, request, step, details.value(), QDate::currentDate());
    if (!done) {
        report(RequestWorkflow::actionLabel(step).remove(QChar(0x2026)), done.errorMessage());
        return;
    }
    Q_EMIT requestChanged(request.id);
}

void CasePanel::writeLetter()
{
    if (!ready()) {
        report(tr("Letter"), tr("Save the request's changes first."));
        return;
    }
    const auto organization = RegisterRepository(*m_db).organization(m_request.organizationId);
    if (!organization) {
        report(tr("Letter"), organization.errorMessage());
        return;
    }
    LetterDialog dialog(*m_db, m_request, organization.value(), this);
    dialogs::exec(dialog);
    if (dialog.attached())
        Q_EMIT requestChanged(m_request.id);
}

void CasePanel::findPerson()
{
    if (!ready())
        return;
    const auto matches = matchSubjects(*m_db, m_request);
    if (!matches) {
        report(tr("Find the person"), matches.errorMessage());
        return;
    }
    QStringList choices;
    for (const SubjectMatch &match : matches.value()) {
        choices << QStringLiteral("%1 <%2> — %3")
                       .arg(match.subject.displayName(), match.subject.email, match.reason);
    }
    const QString add = tr("Add “%1” to the register").arg(m_request.requesterName);
    choices << add;
    bool ok = false;
    const QString choice = dialogs::getItem(this, tr("Find the person"),
                                                 matches->isEmpty() ? tr("Nobody in the register matches the requester.")
                                                                    : tr("People of the register who may be the requester:"),
                                                 choices, 0, &ok);
    if (!ok)
        return;
    RightsRequest request = m_request;
    const qsizetype index = choices.indexOf(choice);
    if (index >= 0 && index < matches->size()) {
        const Status linked = linkSubject(*m_db, request, matches->at(index).subject.id);
        if (!linked) {
            report(tr("Find the person"), linked.errorMessage());
            return;
        }
    } else {
        const auto created = createSubjectFromRequest(*m_db, request, QDate::currentDate());
        if (!created) {
            report(tr("Find the person"), created.errorMessage());
            return;
        }
    }
    Q_EMIT requestChanged(request.id);
}

void CasePanel::exportData()
{
    if (!ready() || m_request.subjectId <= 0)
        return;
    const QString access = tr("Access report (PDF)");
    const QString portability = tr("Portability archive (JSON and CSV in a ZIP)");
    bool ok = false;
    const QString choice = dialogs::getItem(this, tr("Export the person's data"),
                                                 tr("The export is attached to the request as a reply:"),
                                                 {access, portability}, m_request.types.contains(QLatin1String("portability")) ? 1 : 0,
                                                 &ok);
    if (!ok)
        return;
    const auto dossier = dossier::gather(*m_db, m_request.subjectId);
    if (!dossier) {
        report(tr("Export the person's data"), dossier.errorMessage());
        return;
    }
    const auto organization = RegisterRepository(*m_db).organization(m_request.organizationId);
    const QString language = organization ? letters::languageFor(m_request, organization.value()) : QStringLiteral("en");
    QString reference = m_request.reference;
    reference.replace(QLatin1Char('/'), QLatin1Char('_'));
    const bool pdf = choice == access;
    const QString name = pdf ? QStringLiteral("%1-access-%2.pdf").arg(reference, language)
                             : QStringLiteral("%1-portability.zip").arg(reference);
    const QByteArray content = pdf ? documents::htmlToPdf(dossier::accessReport(dossier.value(), language), name)
                                   : dossier::portabilityArchive(dossier.value());
    const auto attached = dossier::attachToRequest(*m_db, m_request, name,
                                                   pdf ? QStringLiteral("application/pdf") : QStringLiteral("application/zip"),
                                                   content);
    if (!attached) {
        report(tr("Export the person's data"), attached.errorMessage());
        return;
    }
    Q_EMIT requestChanged(m_request.id);
}

void CasePanel::erasePerson()
{
    if (!ready() || m_request.subjectId <= 0)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Erase the person's data"),
                    tr("Erase everything the register holds about this person: their record, consents, documents, "
                       "the requester's details on their requests and the copies in the audit trail. A tombstone "
                       "records when, by whom and why, without who they were. This cannot be undone."),
                    QMessageBox::Cancel, this);
    QPushButton *remove = box.addButton(tr("&Delete the person"), QMessageBox::DestructiveRole);
    QPushButton *anonymise = box.addButton(tr("&Anonymise, keeping the statistics"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    QAbstractButton *clicked = MessageBox::exec(box);
    if (clicked != remove && clicked != anonymise)
        return;
    ErasureOrder order;
    order.subjectId = m_request.subjectId;
    order.method = clicked == remove ? ErasureMethod::Delete : ErasureMethod::Anonymise;
    order.requestId = m_request.id;
    const auto erased = eraseSubject(*m_db, order);
    if (!erased) {
        report(tr("Erase the person's data"), erased.errorMessage());
        return;
    }
    MessageBox::information(this, tr("Erase the person's data"),
                             tr("Erased: %n row(s) changed. Tombstone %1 proves it.", nullptr, erased->rowsAffected)
                                 .arg(erased->tombstoneId));
    Q_EMIT requestChanged(m_request.id);
}

void CasePanel::withdrawConsents()
{
    if (!ready() || m_request.subjectId <= 0)
        return;
    const auto given = consent::consentsInForce(*m_db, m_request.subjectId);
    if (!given) {
        report(tr("Withdraw consent"), given.errorMessage());
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("withdrawConsentsDialog"));
    dialog.setWindowTitle(tr("Withdraw consent"));
    auto *purposes = new QListWidget;
    purposes->setObjectName(QStringLiteral("withdrawPurposes"));
    const QLocale locale;
    for (const consent::ConsentInForce &c : given.value()) {
        auto *item = new QListWidgetItem(
            tr("%1 — given on %2").arg(c.purpose, dates::toText(c.since.toLocalTime().date(), locale)), purposes);
        item->setData(Qt::UserRole, c.purposeId);
        item->setCheckState(Qt::Checked);
    }
    if (purposes->count() == 0) {
        delete purposes;
        MessageBox::information(this, tr("Withdraw consent"), tr("The person has no consent in force to withdraw."));
        return;
    }
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("The consents this request withdraws, as of the day it was received (%1). Each "
                                "withdrawal goes into the consent ledger pointing to this request, and into its "
                                "history.")
                                 .arg(dates::toText(m_request.receivedOn, locale)));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(purposes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(tr("&Withdraw"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("withdrawNow"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return;
    QList<RowId> chosen;
    for (int i = 0; i < purposes->count(); ++i) {
        if (purposes->item(i)->checkState() == Qt::Checked)
            chosen << purposes->item(i)->data(Qt::UserRole).toLongLong();
    }
    if (chosen.isEmpty())
        return;
    // Effective from the day the request came; at the latest now.
    const QDateTime received = m_request.receivedOn.isValid() ? m_request.receivedOn.endOfDay() : QDateTime();
    const QDateTime when = !received.isValid() || received > QDateTime::currentDateTime() ? QDateTime::currentDateTime()
                                                                                           : received;
    const auto withdrawn = consent::withdrawForRequest(*m_db, m_request, chosen, when);
    if (!withdrawn) {
        report(tr("Withdraw consent"), withdrawn.errorMessage());
        return;
    }
    Q_EMIT requestChanged(m_request.id);
}

QList<Attachment> CasePanel::liveIdCopies()
{
    QList<Attachment> copies;
    const auto documents = CaseRepository(*m_db).requestAttachments(m_request.id);
    if (!documents) {
        report(tr("Identity"), documents.errorMessage());
        return copies;
    }
    for (const Attachment &document : documents.value()) {
        if (document.kind == QLatin1String("id_copy") && !document.destroyedAt.isValid())
            copies << document;
    }
    return copies;
}

void CasePanel::addIdCopy()
{
    const QString title = tr("Add a copy of an identity document");
    if (!ready()) {
        report(title, tr("Save the request's changes first."));
        return;
    }
    const QString path = FileDialog::getOpenFileName(this, title, QString(),
                                                      tr("Identity documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (file.size() > intake::DocumentReader::kLargestFile) {
        report(title, tr("%1 is larger than %2 MB: scan the document again at a lower resolution.")
                          .arg(name)
                          .arg(intake::DocumentReader::kLargestFile / (1024 * 1024)));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        report(title, tr("%1 cannot be opened: %2").arg(name, file.errorString()));
        return;
    }
    const QByteArray content = file.readAll();
    const QString mediaType = intake::DocumentReader::sniffMediaType(content.left(1024));
    if (content.isEmpty() || mediaType.isEmpty()) {
        report(title, tr("%1 is neither a PDF nor an image (PNG, JPEG, TIFF).").arg(name));
        return;
    }
    const auto vault = intake::IdVault::session(*m_db);
    if (!vault) {
        report(title, vault.errorMessage());
        return;
    }
    // Destroyed at the latest when the request is due: the check is made by then.
    const QDate due = m_request.extendedDueOn.isValid() ? m_request.extendedDueOn : m_request.dueOn;
    const QDate destroyBy = std::max(due.isValid() ? due : QDate::currentDate(), QDate::currentDate());
    const auto stored = vault.value()->store(*m_db, m_request, name, mediaType, content, destroyBy);
    if (!stored) {
        report(title, stored.errorMessage());
        return;
    }
    // The document the request waited for: its clock runs again from the day it came.
    if (RequestWorkflow::available(m_request).contains(RequestStep::IdentityReceived)) {
        if (const std::optional<StepDetails> details = askStep(this, RequestStep::IdentityReceived)) {
            RightsRequest request = m_request;
            const Status done = RequestWorkflow::apply(*m_db, request, RequestStep::IdentityReceived, details.value(),
                                                       QDate::currentDate());
            report(title, done ? QString() : done.errorMessage());
        }
    }
    Q_EMIT requestChanged(m_request.id);
}

void CasePanel::recordIdentityCheck()
{
    const QString title = tr("Record the identity check");
    if (!ready()) {
        report(title, tr("Save the request's changes first."));
        return;
    }
    const auto vault = intake::IdVault::session(*m_db);
    if (!vault) {
        report(title, vault.errorMessage());
        return;
    }
    QList<Attachment> copies = liveIdCopies();
    for (Attachment &copy : copies) {
        // Decrypted in memory, for the reading of their zone.
        auto content = vault.value()->read(*m_db, copy);
        if (!content) {
            report(title, content.errorMessage());
            return;
        }
        copy.content = std::move(content).value();
    }
    IdentityCheckDialog dialog(m_request, copies, m_db->actor(), this);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return;
    const auto recorded = intake::IdVault::recordCheck(*m_db, dialog.check());
    if (!recorded) {
        report(title, recorded.errorMessage());
        return;
    }
    Q_EMIT requestChanged(m_request.id);
}

void CasePanel::destroyIdCopies()
{
    const QString title = tr("Destroy the identity document copies");
    if (!ready())
        return;
    const QList<Attachment> copies = liveIdCopies();
    if (copies.isEmpty())
        return;
    if (MessageBox::question(this, title,
                              tr("Destroy the %n identity document copy(ies) of this request now, without recording "
                                 "an identity check? Their SHA-256 fingerprints are kept.", nullptr, int(copies.size())),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    // No key is needed to destroy.
    for (const Attachment &copy : copies) {
        if (const Status destroyed = intake::IdVault::destroy(*m_db, copy.id); !destroyed) {
            report(title, destroyed.errorMessage());
            break;
        }
    }
    Q_EMIT requestChanged(m_request.id);
}

} // namespace pc
