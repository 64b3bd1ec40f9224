#include "RequestEditor.h"

#include "CasePanel.h"

#include "widgets/DateField.h"

#include "deadlines/RequestDeadlines.h"
#include "domain/Codes.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace pc {
namespace {

using F = RequestField;
enum Row { CaseRow = 99, StatusRow = 100, Assignee, Channel, Jurisdiction, Language, Subject, RequesterName, RequesterAddress, RequesterIsSubject,
           DueWhy, ExtensionReason, ExtensionNotified, IdentityReceived, Activities, Outcome, Notes };


QListWidget *checklist(const char *name, int height)
{
    auto *list = new QListWidget;
    list->setObjectName(QString::fromLatin1(name));
    list->setMaximumHeight(height);
    return list;
}

} // namespace

RequestEditor::RequestEditor(QWidget *parent) : EntityEditor(parent)
{
    setObjectName(QStringLiteral("requestEditor"));
    saveButton()->setObjectName(QStringLiteral("saveRequest"));
    m_reference = new QLineEdit;
    m_reference->setObjectName(QStringLiteral("requestReference"));
    m_types = checklist("requestTypes", 130);
    m_status = codeCombo(int(CodeList::RequestStatus), false);
    m_status->setObjectName(QStringLiteral("requestStatus"));
    // The status moves with the steps, each kept in the history.
    m_status->setEnabled(false);
    m_assignee = new QComboBox;
    m_assignee->setObjectName(QStringLiteral("requestAssignee"));
    m_channel = codeCombo(int(CodeList::RequestChannel), false);
    m_jurisdiction = codeCombo(int(CodeList::Jurisdiction), false);
    m_jurisdiction->setObjectName(QStringLiteral("requestJurisdiction"));
    m_language = new QLineEdit;
    m_language->setMaximumWidth(60);
    m_subject = new QLabel;
    m_subject->setObjectName(QStringLiteral("requestSubject"));
    m_subject->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subject->setWordWrap(true);
    m_subject->setTextFormat(Qt::PlainText);
    m_requesterName = new QLineEdit;
    m_requesterName->setObjectName(QStringLiteral("requesterName"));
    m_requesterEmail = new QLineEdit;
    m_requesterEmail->setObjectName(QStringLiteral("requesterEmail"));
    m_requesterAddress = textArea("requesterAddress", 60);
    m_requesterIsSubject = new QCheckBox;
    m_extensionReason = new QLineEdit;
    m_extensionReason->setObjectName(QStringLiteral("requestExtensionReason"));
    m_activities = checklist("requestActivities", 110);
    m_outcome = new QLineEdit;
    m_refusal = textArea("requestRefusal", 60);
    m_notes = textArea("requestNotes", 70);

    m_case = new CasePanel;
    connect(m_case, &CasePanel::requestChanged, this, &RecordEditor::changedOutside);
    connect(this, &RecordEditor::modifiedChanged, m_case, &CasePanel::setEditing);
    addSection(QStringLiteral("case"));
    addRow(CaseRow, m_case);
    excludeFromMerge(CaseRow);
    addSection(QStringLiteral("request"));
    addRow(int(F::Reference), m_reference);
    addRow(int(F::Types), m_types);
    addRow(StatusRow, m_status);
    addRow(Assignee, m_assignee);
    addRow(Channel, m_channel);
    addRow(Jurisdiction, m_jurisdiction);
    addRow(Language, m_language);
    addSection(QStringLiteral("requester"));
    addRow(Subject, m_subject);
    addRow(RequesterName, m_requesterName);
    addRow(int(F::Email), m_requesterEmail);
    addRow(RequesterAddress, m_requesterAddress);
    addRow(RequesterIsSubject, m_requesterIsSubject);
    addSection(QStringLiteral("deadline"));
    m_letter = addDateRow(int(F::Letter));
    m_received = addDateRow(int(F::Received));
    m_received->setObjectName(QStringLiteral("requestReceived"));
    m_due = addDateRow(int(F::Due));
    m_due->setObjectName(QStringLiteral("requestDue"));
    m_extendedDue = addDateRow(int(F::Extension));
    m_extendedDue->setObjectName(QStringLiteral("requestExtendedDue"));
    // The law sets them, from the dates around them.
    m_due->setReadOnly(true);
    m_extendedDue->setReadOnly(true);
    m_dueWhy = new QLabel;
    m_dueWhy->setObjectName(QStringLiteral("requestDueWhy"));
    m_dueWhy->setWordWrap(true);
    m_dueWhy->setTextFormat(Qt::PlainText);
    m_dueWhy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addRow(DueWhy, m_dueWhy);
    addRow(ExtensionReason, m_extensionReason);
    m_extensionNotified = addDateRow(ExtensionNotified);
    m_extensionNotified->setObjectName(QStringLiteral("requestExtensionNotified"));
    m_identityRequested = addDateRow(int(F::Identity));
    m_identityRequested->setObjectName(QStringLiteral("requestIdentityAsked"));
    m_identityReceived = addDateRow(IdentityReceived);
    m_identityReceived->setObjectName(QStringLiteral("requestIdentityReceived"));
    addSection(QStringLiteral("answer"));
    addRow(Activities, m_activities);
    m_closed = addDateRow(int(F::Closed));
    m_closed->setObjectName(QStringLiteral("requestClosed"));
    addRow(Outcome, m_outcome);
    addRow(int(F::Refusal), m_refusal);
    addRow(Notes, m_notes);
    for (QWidget *w : std::initializer_list<QWidget *>{m_reference, m_types, m_assignee, m_language, m_requesterName,
                                                       m_requesterEmail, m_requesterAddress, m_requesterIsSubject,
                                                       m_extensionReason, m_activities, m_outcome, m_refusal, m_notes})
        watch(w);
    for (DateField *field : {m_received, m_extensionNotified, m_identityRequested, m_identityReceived})
        connect(field, &DateField::changed, this, &RequestEditor::updateDeadlines);
    connect(m_jurisdiction, &QComboBox::currentIndexChanged, this, &RequestEditor::updateDeadlines);
    connect(m_status, &QComboBox::currentIndexChanged, this, &RequestEditor::updateDeadlines);
    retranslateUi();
}

void RequestEditor::updateDeadlines()
{
    if (m_loading || !m_db || !isEnabled())
        return;
    RightsRequest request = edited();
    const auto engine = deadlines::engineFor(*m_db, request.jurisdiction);
    if (!engine) {
        m_dueWhy->setText(engine.errorMessage());
        return;
    }
    deadlines::applyDeadlines(request, engine.value(), QDate::currentDate());
    m_due->setDate(request.dueOn);
    m_extendedDue->setDate(request.extendedDueOn);
    m_dueWhy->setText(deadlines::explainDue(request, engine.value(), QDate::currentDate()));
}

void RequestEditor::explainDeadlines(const RightsRequest &request)
{
    if (!m_db || request.jurisdiction.isEmpty()) {
        m_dueWhy->clear();
        return;
    }
    const auto engine = deadlines::engineFor(*m_db, request.jurisdiction);
    m_dueWhy->setText(engine ? deadlines::explainDue(request, engine.value(), QDate::currentDate()) : engine.errorMessage());
}

QWidget *RequestEditor::firstField() const
{
    return m_requesterName;
}

void RequestEditor::fillAssignees(RowId assigneeId)
{
    const QSignalBlocker blocker(m_assignee);
    m_assignee->clear();
    m_assignee->addItem(tr("— nobody yet —"), RowId(0));
    if (!m_db)
        return;
    const auto users = CaseRepository(*m_db).users();
    if (!users)
        return;
    for (const User &user : users.value()) {
        if ((!user.active || user.role == QLatin1String("viewer")) && user.id != assigneeId)
            continue;
        const QString name = user.displayName.isEmpty() || user.displayName == user.username ? user.username
                                                        : QStringLiteral("%1 (%2)").arg(user.displayName, user.username);
        m_assignee->addItem(user.active ? name : tr("%1, no longer active").arg(name), user.id);
    }
    selectData(m_assignee, assigneeId);
}

void RequestEditor::fillTypes(const QStringList &checked)
{
    QList<QPair<QString, QString>> items;
    for (const QString &code : codes::all(CodeList::RequestType))
        items << qMakePair(code, codes::label(CodeList::RequestType, code));
    fillChecklist(m_types, items, checked);
}

Status RequestEditor::showRecord(const RightsRequest &r)
{
    m_subject->setText(tr("— not linked to a person of the register —"));
    QList<QPair<RowId, QString>> activityItems;
    if (m_db && r.organizationId > 0) {
        const auto activities = RegisterRepository(*m_db).activities(r.organizationId);
        if (!activities)
            return activities.error();
        for (const ProcessingActivity &a : activities.value()) {
            activityItems << qMakePair(a.id, a.reference.isEmpty() ? a.name
                                                                   : QStringLiteral("%1 — %2").arg(a.reference, a.name));
        }
        if (r.subjectId > 0) {
            const auto subject = PeopleRepository(*m_db).subject(r.subjectId);
            if (subject)
                m_subject->setText(subject->email.isEmpty()
                                       ? subject->displayName()
                                       : subject->displayName() + QLatin1Char('\n') + subject->email);
        }
    }
    fillChecklist(m_activities, activityItems, r.activityIds);
    fillTypes(r.types);
    fillAssignees(r.assigneeId);
    m_reference->setText(r.reference);
    selectData(m_status, r.status);
    selectData(m_channel, r.channel);
    selectData(m_jurisdiction, r.jurisdiction);
    m_language->setText(r.language);
    m_requesterName->setText(r.requesterName);
    m_requesterEmail->setText(r.requesterEmail);
    m_requesterAddress->setPlainText(r.requesterAddress);
    m_requesterIsSubject->setChecked(r.requesterIsSubject);
    m_letter->setDate(r.letterDate);
    m_received->setDate(r.receivedOn);
    m_due->setDate(r.dueOn);
    m_extendedDue->setDate(r.extendedDueOn);
    m_extensionReason->setText(r.extensionReason);
    m_extensionNotified->setDate(r.extensionNotifiedOn);
    m_identityRequested->setDate(r.identityRequestedOn);
    m_identityReceived->setDate(r.identityReceivedOn);
    m_closed->setDate(r.closedOn);
    m_outcome->setText(r.outcome);
    m_refusal->setPlainText(r.refusalReason);
    m_notes->setPlainText(r.notes);
    explainDeadlines(r);
    m_case->setDatabase(m_db);
    m_case->showRequest(r, false);
    return success();
}

RightsRequest RequestEditor::edited() const
{
    RightsRequest r = m_original;
    r.reference = m_reference->text().trimmed();
    const QStringList types = checkedValues<QString>(m_types);
    // The same rights in the stored order are no change.
    if (QSet<QString>(types.begin(), types.end()) != QSet<QString>(r.types.begin(), r.types.end()))
        r.types = types;
    r.status = m_status->currentData().toString();
    r.assigneeId = m_assignee->currentData().toLongLong();
    r.channel = m_channel->currentData().toString();
    r.jurisdiction = m_jurisdiction->currentData().toString();
    r.language = m_language->text().trimmed().toLower();
    r.requesterName = m_requesterName->text().trimmed();
    r.requesterEmail = m_requesterEmail->text().trimmed();
    r.requesterAddress = m_requesterAddress->toPlainText().trimmed();
    r.requesterIsSubject = m_requesterIsSubject->isChecked();
    r.letterDate = m_letter->date();
    r.receivedOn = m_received->date();
    r.dueOn = m_due->date();
    r.extendedDueOn = m_extendedDue->date();
    r.extensionReason = m_extensionReason->text().trimmed();
    r.extensionNotifiedOn = m_extensionNotified->date();
    r.identityRequestedOn = m_identityRequested->date();
    r.identityReceivedOn = m_identityReceived->date();
    const QList<RowId> activities = checkedValues<RowId>(m_activities);
    if (QSet<RowId>(activities.begin(), activities.end()) != QSet<RowId>(r.activityIds.begin(), r.activityIds.end()))
        r.activityIds = activities;
    r.closedOn = m_closed->date();
    r.outcome = m_outcome->text().trimmed();
    r.refusalReason = m_refusal->toPlainText().trimmed();
    r.notes = m_notes->toPlainText().trimmed();
    return r;
}

QList<Finding> RequestEditor::check(const RightsRequest &request) const
{
    return checkRequest(request, QDate::currentDate());
}

Status RequestEditor::prepareNew(RightsRequest &request)
{
    request.receivedOn = QDate::currentDate();
    if (!m_db)
        return success();
    const auto organization = RegisterRepository(*m_db).organization(request.organizationId);
    if (!organization)
        return organization.error();
    request.jurisdiction = organization->jurisdiction;
    request.language = organization->policyLanguage;
    const auto reference = CaseRepository(*m_db).nextReference(QStringLiteral("rights_requests"), request.organizationId,
                                                               QStringLiteral("REQ-%1-").arg(request.receivedOn.year()));
    if (!reference)
        return reference.error();
    request.reference = reference.value();
    // A new request goes to whoever records it, until given to someone else.
    if (const auto me = CaseRepository(*m_db).userByName(m_db->actor()); me && me->has_value())
        request.assigneeId = me->value().id;
    if (const auto engine = deadlines::engineFor(*m_db, request.jurisdiction))
        deadlines::applyDeadlines(request, engine.value(), request.receivedOn);
    return success();
}

Status RequestEditor::prepareCopy(RightsRequest &copy)
{
    // The same person asking again: a new request with its own dates.
    RightsRequest fresh;
    fresh.organizationId = copy.organizationId;
    if (Status s = prepareNew(fresh); !s)
        return s;
    copy.reference = fresh.reference;
    copy.status = QStringLiteral("received");
    copy.receivedOn = fresh.receivedOn;
    copy.letterDate = QDate();
    copy.dueOn = fresh.dueOn;
    copy.extendedDueOn = QDate();
    copy.extensionReason.clear();
    copy.extensionNotifiedOn = QDate();
    copy.identityRequestedOn = QDate();
    copy.identityReceivedOn = QDate();
    copy.closedOn = QDate();
    copy.outcome.clear();
    copy.refusalReason.clear();
    return success();
}

void RequestEditor::recheck()
{
    if (m_loading)
        return;
    const QString status = m_status->currentData().toString();
    m_refusal->setEnabled(status == QLatin1String("refused") || !m_refusal->toPlainText().isEmpty());
    EntityEditor::recheck();
}

void RequestEditor::retranslateUi()
{
    setCaptions({
        {int(F::Reference), tr("&Reference:")},
        {int(F::Types), tr("Rights e&xercised:")},
        {CaseRow, tr("Case:")},
        {StatusRow, tr("Status:")},
        {Assignee, tr("&Handled by:")},
        {Channel, tr("Received &by:")},
        {Jurisdiction, tr("&Law:")},
        {Language, tr("Lan&guage:")},
        {Subject, tr("Person in the register:")},
        {RequesterName, tr("Re&quester:")},
        {int(F::Email), tr("Requester's &e-mail:")},
        {RequesterAddress, tr("Requester's a&ddress:")},
        {RequesterIsSubject, tr("On whose behalf:")},
        {int(F::Letter), tr("Letter &dated:")},
        {int(F::Received), tr("Recei&ved on:")},
        {int(F::Due), tr("Answer d&ue by:")},
        {int(F::Extension), tr("E&xtended to:")},
        {ExtensionReason, tr("Reason for the e&xtension:")},
        {ExtensionNotified, tr("Extension told on:")},
        {int(F::Identity), tr("&Identity asked on:")},
        {IdentityReceived, tr("Identity recei&ved on:")},
        {Activities, tr("&Processing concerned:")},
        {int(F::Closed), tr("&Closed on:")},
        {Outcome, tr("&Outcome:")},
        {int(F::Refusal), tr("Re&fusal reason:")},
        {Notes, tr("No&tes:")},
    });
    setSectionTitle(QStringLiteral("case"), tr("Case"));
    setSectionTitle(QStringLiteral("request"), tr("The request"));
    setSectionTitle(QStringLiteral("requester"), tr("The person"));
    setSectionTitle(QStringLiteral("deadline"), tr("Dates and deadline"));
    setSectionTitle(QStringLiteral("answer"), tr("Answer"));
    m_requesterIsSubject->setText(tr("The requester is the person concerned"));
    m_status->setToolTip(tr("Changes with the steps recorded from “Next step”."));
    fillCodes(m_status, int(CodeList::RequestStatus), false, m_status->currentData().toString());
    fillCodes(m_channel, int(CodeList::RequestChannel), false, m_channel->currentData().toString());
    fillCodes(m_jurisdiction, int(CodeList::Jurisdiction), false, m_jurisdiction->currentData().toString());
    if (m_assignee->count() > 0)
        m_assignee->setItemText(0, tr("— nobody yet —"));
    if (isEnabled()) {
        const bool loading = m_loading;
        m_loading = true;
        fillTypes(checkedValues<QString>(m_types));
        m_loading = loading;
    }
    recheck();
}

} // namespace pc
