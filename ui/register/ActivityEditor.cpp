#include "ActivityEditor.h"

#include "core/Dates.h"
#include "dpia/PiaMethod.h"
#include "dpia/Screening.h"
#include "storage/DpiaRepository.h"

#include "domain/Codes.h"
#include "storage/RegisterRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pc {
namespace {

using Field = ActivityFinding::Field;

// A table of the form: at least four rows high (rows hold combo boxes),
// its cells wrapped rather than cut.
QTableWidget *makeTable(int columns, const char *name)
{
    auto *table = new QTableWidget(0, columns);
    table->setObjectName(QString::fromLatin1(name));
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    const int row = QComboBox().sizeHint().height() + 6;
    table->verticalHeader()->setDefaultSectionSize(row);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const int header = table->horizontalHeader()->sizeHint().height();
    table->setMinimumHeight(header + 4 * row + 2 * table->frameWidth() + 4);
    return table;
}

QListWidget *makeChecklist(const char *name)
{
    auto *list = new QListWidget;
    list->setObjectName(QString::fromLatin1(name));
    list->setMinimumHeight(80);
    list->setMaximumHeight(130);
    return list;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

// What a row keeps that the officer does not see: the stored row's id and
// the processor it stands for, so that an unchanged record compares equal to
// the stored one and a save keeps the links.
constexpr int kRowIdRole = Qt::UserRole;
constexpr int kProcessorRole = Qt::UserRole + 1;

QTableWidgetItem *keyedItem(const QString &text, RowId id, RowId processorId = 0)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(kRowIdRole, id);
    item->setData(kProcessorRole, processorId);
    return item;
}

RowId rowKey(const QTableWidget *table, int row, int role)
{
    const QTableWidgetItem *item = table->item(row, 0);
    return item ? item->data(role).toLongLong() : 0;
}

QString comboCode(const QTableWidget *table, int row, int column)
{
    const auto *combo = qobject_cast<const QComboBox *>(table->cellWidget(row, column));
    return combo ? combo->currentData().toString() : QString();
}

} // namespace

ActivityEditor::ActivityEditor(QWidget *parent) : EntityEditor(parent)
{
    setObjectName(QStringLiteral("activityEditor"));
    createFields();
    layOutSections();
    connectRowButtons();
    retranslateUi();
}

void ActivityEditor::createFields()
{
    m_reference = new QLineEdit;
    m_reference->setObjectName(QStringLiteral("activityReference"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("activityName"));
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("activityDescription"));
    m_description->setMaximumHeight(70);
    m_role = new QComboBox;
    m_role->setObjectName(QStringLiteral("activityRole"));
    m_client = new QLineEdit;
    m_client->setObjectName(QStringLiteral("activityClient"));
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("activityStatus"));
    m_purposes = makeTable(4, "activityPurposes");
    // The purpose's words take what the legal basis, the Art. 9(2)
    // condition and the legitimate interest leave.
    m_purposes->horizontalHeader()->setStretchLastSection(false);
    m_purposes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_purposes->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_purposes->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_purposes->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_purposes->setWordWrap(true);
    m_subjects = makeChecklist("activitySubjects");
    m_data = makeChecklist("activityData");
    m_recipients = makeTable(2, "activityRecipients");
    m_recipients->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_recipients->horizontalHeader()->setStretchLastSection(false);
    m_recipients->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_processors = makeChecklist("activityProcessors");
    m_transfers = makeTable(4, "activityTransfers");
    m_transfers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_transfers->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_transfers->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_retention = new QComboBox;
    m_retention->setObjectName(QStringLiteral("activityRetention"));
    m_retentionNote = new QLineEdit;
    m_security = new QPlainTextEdit;
    m_security->setObjectName(QStringLiteral("activitySecurity"));
    m_security->setMaximumHeight(60);
    m_source = new QLineEdit;
    m_dpiaRequired = new QCheckBox;
    m_dpiaRequired->setObjectName(QStringLiteral("activityDpiaRequired"));
    m_dpiaDone = new QCheckBox;
    m_dpiaDate = new QDateEdit(QDate::currentDate());
    m_dpiaDate->setCalendarPopup(true);
    m_dpiaState = new QLabel;
    m_dpiaState->setObjectName(QStringLiteral("activityDpiaState"));
    m_dpiaState->setWordWrap(true);
    m_screen = new QPushButton;
    m_screen->setObjectName(QStringLiteral("activityScreen"));
    m_openDpia = new QPushButton;
    m_openDpia->setObjectName(QStringLiteral("activityOpenDpia"));
    connect(m_screen, &QPushButton::clicked, this, [this] {
        if (m_original.id > 0)
            Q_EMIT screeningRequested(m_original.id);
    });
    connect(m_openDpia, &QPushButton::clicked, this, [this] {
        if (m_original.id > 0)
            Q_EMIT dpiaRequested(m_original.id);
    });
    m_addPurpose = new QPushButton;
    m_addPurpose->setObjectName(QStringLiteral("addPurpose"));
    m_removePurpose = new QPushButton;
    m_addRecipient = new QPushButton;
    m_removeRecipient = new QPushButton;
    m_addTransfer = new QPushButton;
    m_addTransfer->setObjectName(QStringLiteral("addTransfer"));
    m_removeTransfer = new QPushButton;
    saveButton()->setObjectName(QStringLiteral("saveActivity"));
}

// The form's sections, in the order of Art. 30(1); every field watched.
void ActivityEditor::layOutSections()
{
    // Rows without findings of their own use keys past the Field values.
    constexpr int kDescription = 100, kRole = 101, kClient = 102, kRecipients = 103, kProcessors = 104,
                  kRetentionNote = 105, kSecurity = 106, kSource = 107, kDpiaState = 108;
    auto buttonRow = [](QPushButton *add, QPushButton *remove) {
        auto *row = new QHBoxLayout;
        row->addWidget(add);
        row->addWidget(remove);
        row->addStretch();
        return row;
    };
    addSection(QStringLiteral("general"));
    addRow(int(Field::Reference), m_reference);
    addRow(int(Field::Name), m_name);
    addRow(kDescription, m_description);
    addRow(kRole, m_role);
    addRow(kClient, m_client);
    addRow(int(Field::Approval), m_status);
    addSection(QStringLiteral("purposes"));
    addRow(int(Field::Purposes), m_purposes, buttonRow(m_addPurpose, m_removePurpose), true);
    addSection(QStringLiteral("people"));
    addRow(int(Field::SubjectCategories), m_subjects);
    addRow(int(Field::DataCategories), m_data);
    addSection(QStringLiteral("recipients"));
    addRow(kRecipients, m_recipients, buttonRow(m_addRecipient, m_removeRecipient), true);
    addRow(kProcessors, m_processors);
    addRow(int(Field::Transfers), m_transfers, buttonRow(m_addTransfer, m_removeTransfer), true);
    addSection(QStringLiteral("retention"));
    addRow(int(Field::Retention), m_retention);
    addRow(kRetentionNote, m_retentionNote);
    addSection(QStringLiteral("security"));
    addRow(kSecurity, m_security);
    addRow(kSource, m_source);
    addSection(QStringLiteral("dpia"));
    auto *dpia = new QWidget;
    auto *dpiaLayout = new QHBoxLayout(dpia);
    dpiaLayout->setContentsMargins(0, 0, 0, 0);
    dpiaLayout->addWidget(m_dpiaRequired);
    dpiaLayout->addWidget(m_dpiaDone);
    dpiaLayout->addWidget(m_dpiaDate);
    dpiaLayout->addStretch();
    addRow(int(Field::Dpia), dpia);
    auto *state = new QWidget;
    auto *stateLayout = new QVBoxLayout(state);
    stateLayout->setContentsMargins(0, 0, 0, 0);
    stateLayout->addWidget(m_dpiaState);
    auto *stateButtons = new QHBoxLayout;
    stateButtons->addWidget(m_screen);
    stateButtons->addWidget(m_openDpia);
    stateButtons->addStretch();
    stateLayout->addLayout(stateButtons);
    addRow(kDpiaState, state);
    excludeFromMerge(kDpiaState);
    for (QWidget *w : std::initializer_list<QWidget *>{m_reference, m_name, m_description, m_role, m_client, m_status,
                                                       m_subjects, m_data, m_processors, m_retention, m_retentionNote,
                                                       m_security, m_source, m_dpiaRequired, m_dpiaDone, m_dpiaDate,
                                                       m_purposes, m_recipients, m_transfers})
        watch(w);
}

// A row added to a table opens for typing; a row removed is gone at once.
void ActivityEditor::connectRowButtons()
{
    connect(m_addPurpose, &QPushButton::clicked, this, [this] {
        addPurposeRow(Purpose{});
        m_purposes->editItem(m_purposes->item(m_purposes->rowCount() - 1, 0));
        recheck();
    });
    connect(m_addRecipient, &QPushButton::clicked, this, [this] {
        addRecipientRow(Recipient{});
        recheck();
    });
    connect(m_addTransfer, &QPushButton::clicked, this, [this] {
        addTransferRow(Transfer{});
        recheck();
    });
    for (const auto &[button, table] : {std::pair{m_removePurpose, m_purposes}, std::pair{m_removeRecipient, m_recipients},
                                        std::pair{m_removeTransfer, m_transfers}}) {
        QTableWidget *rows = table;
        connect(button, &QPushButton::clicked, this, [this, rows] {
            rows->removeRow(rows->currentRow());
            recheck();
        });
    }
}

QComboBox *ActivityEditor::tableCombo(int list, const QString &value, bool allowEmpty, int characters)
{
    auto *combo = new QComboBox;
    // Long labels (a legal basis with its article) are elided in the cell;
    // the list shows them whole.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(characters);
    fillCodes(combo, list, allowEmpty, value);
    combo->setToolTip(combo->currentText());
    connect(combo, &QComboBox::currentTextChanged, combo, &QComboBox::setToolTip);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] { recheck(); });
    return combo;
}

void ActivityEditor::addPurposeRow(const Purpose &p)
{
    const int row = m_purposes->rowCount();
    m_purposes->insertRow(row);
    m_purposes->setItem(row, 0, keyedItem(p.description, p.id));
    // Empty only while the basis waits to be chosen (a register brought in).
    m_purposes->setCellWidget(row, 1, tableCombo(int(CodeList::LegalBasis), p.legalBasis, p.legalBasis.isEmpty()));
    m_purposes->setCellWidget(row, 2, tableCombo(int(CodeList::SpecialCondition), p.specialCondition, true, 18));
    m_purposes->setItem(row, 3, new QTableWidgetItem(p.legitimateInterest));
}

void ActivityEditor::addRecipientRow(const Recipient &r)
{
    const int row = m_recipients->rowCount();
    m_recipients->insertRow(row);
    m_recipients->setItem(row, 0, keyedItem(r.name, r.id, r.processorId));
    m_recipients->setCellWidget(row, 1, tableCombo(int(CodeList::RecipientKind), r.kind, false));
}

void ActivityEditor::addTransferRow(const Transfer &t)
{
    const int row = m_transfers->rowCount();
    m_transfers->insertRow(row);
    m_transfers->setItem(row, 0, keyedItem(t.country, t.id, t.processorId));
    m_transfers->setItem(row, 1, new QTableWidgetItem(t.recipient));
    m_transfers->setCellWidget(row, 2, tableCombo(int(CodeList::TransferSafeguard), t.safeguard, false));
    m_transfers->setItem(row, 3, new QTableWidgetItem(t.safeguardReference));
}

void ActivityEditor::setActivity(const ProcessingActivity &activity, const ActivityChoices &choices)
{
    m_choices = choices;
    (void)display(activity);
}

Status ActivityEditor::showRecord(const ProcessingActivity &activity)
{
    if (m_db && activity.organizationId > 0) {
        RegisterRepository repository(*m_db);
        auto subjects = repository.subjectCategories(activity.organizationId);
        auto dataCategories = repository.dataCategories(activity.organizationId);
        auto processors = repository.processors(activity.organizationId);
        auto rules = repository.retentionRules(activity.organizationId);
        for (const QString &problem : {subjects.errorMessage(), dataCategories.errorMessage(),
                                       processors.errorMessage(), rules.errorMessage()}) {
            if (!problem.isEmpty())
                return Error{problem};
        }
        m_choices = {subjects.value(), dataCategories.value(), processors.value(), rules.value()};
    } else if (activity.organizationId <= 0) {
        m_choices = {};
    }
    fill(activity);
    refreshDpiaState();
    return success();
}

void ActivityEditor::refreshDpiaState()
{
    const bool saved = m_original.id > 0 && m_db;
    m_screen->setEnabled(saved && !m_readOnly);
    m_openDpia->setEnabled(saved);
    if (!saved) {
        m_dpiaState->setText(tr("Save the activity to screen it for an impact assessment."));
        m_openDpia->setText(tr("Start its assessment…"));
        return;
    }
    DpiaRepository repository(*m_db);
    const auto screening = repository.latestScreening(m_original.id);
    const auto assessments = repository.forActivity(m_original.id);
    QStringList lines;
    const dpia::ScreeningRules rules;
    if (screening && screening.value()) {
        const dpia::Screening &s = *screening.value();
        lines << tr("Screened on %1 by %2: %3 (%n criterion(s) met).", nullptr, s.metCount())
                     .arg(dates::toText(s.screenedOn), s.screenedBy, rules.outcomeText(s.outcome()));
    } else {
        lines << tr("Not screened yet for an impact assessment.");
    }
    const dpia::PiaMethod method;
    if (assessments && !assessments->isEmpty()) {
        const DpiaSummary &newest = assessments->first();
        QString line = tr("Assessment “%1”: %2").arg(newest.name, method.statusLabel(newest.status));
        if (newest.reviewOn.isValid())
            line += QStringLiteral(", ") + tr("to review by %1").arg(dates::toText(newest.reviewOn));
        lines << line;
        m_openDpia->setText(tr("Open its assessment"));
    } else {
        m_openDpia->setText(tr("Start its assessment…"));
    }
    m_dpiaState->setText(lines.join(QLatin1Char('\n')));
}

void ActivityEditor::fill(const ProcessingActivity &a)
{
    const ActivityChoices &choices = m_choices;
    m_reference->setText(a.reference);
    m_name->setText(a.name);
    m_description->setPlainText(a.description);
    m_client->setText(a.clientName);
    m_retentionNote->setText(a.retentionNote);
    m_security->setPlainText(a.securityMeasures);
    m_source->setText(a.dataSource);
    m_dpiaRequired->setChecked(a.dpiaRequired);
    m_dpiaDone->setChecked(a.dpiaDoneOn.isValid());
    m_dpiaDate->setDate(a.dpiaDoneOn.isValid() ? a.dpiaDoneOn : QDate::currentDate());
    fillCodeCombos();

    m_purposes->setRowCount(0);
    for (const Purpose &p : a.purposes)
        addPurposeRow(p);
    m_recipients->setRowCount(0);
    for (const Recipient &r : a.recipients)
        addRecipientRow(r);
    m_transfers->setRowCount(0);
    for (const Transfer &t : a.transfers)
        addTransferRow(t);

    QList<QPair<RowId, QString>> items;
    for (const SubjectCategory &c : choices.subjectCategories)
        items << qMakePair(c.id, c.name);
    fillChecklist(m_subjects, items, a.subjectCategoryIds);
    items.clear();
    for (const DataCategory &c : choices.dataCategories) {
        QString label = c.specialCategory ? tr("%1 (special category)").arg(c.name) : c.name;
        // What this activity holds of the category, and how long, as its register says.
        const DataCategoryUse use = a.dataCategoryUses.value(c.id);
        QString kept = use.retention;
        for (const RetentionRule &r : choices.retentionRules) {
            if (r.id == use.retentionRuleId)
                kept = r.name;
        }
        if (!use.detail.isEmpty())
            label = tr("%1 — %2").arg(label, use.detail);
        if (!kept.isEmpty())
            label = tr("%1 — kept: %2").arg(label, kept);
        items << qMakePair(c.id, label);
    }
    fillChecklist(m_data, items, a.dataCategoryIds);
    items.clear();
    for (const Processor &p : choices.processors)
        items << qMakePair(p.id, p.country.isEmpty() ? p.name : QStringLiteral("%1 (%2)").arg(p.name, p.country));
    fillChecklist(m_processors, items, a.processorIds);
}

void ActivityEditor::fillCodeCombos()
{
    const bool loading = m_loading;
    m_loading = true;
    const QString role = m_role->count() ? m_role->currentData().toString() : m_original.controllerRole;
    const QString status = m_status->count() ? m_status->currentData().toString() : m_original.status;
    const RowId rule = m_retention->count() ? m_retention->currentData().toLongLong() : m_original.retentionRuleId;
    const bool fromOriginal = loading;
    m_role->clear();
    for (const QString &code : codes::all(CodeList::ControllerRole))
        m_role->addItem(codes::label(CodeList::ControllerRole, code), code);
    m_role->setCurrentIndex(qMax(0, m_role->findData(fromOriginal ? m_original.controllerRole : role)));
    m_status->clear();
    for (const QString &code : codes::all(CodeList::ActivityStatus))
        m_status->addItem(codes::label(CodeList::ActivityStatus, code), code);
    m_status->setCurrentIndex(qMax(0, m_status->findData(fromOriginal ? m_original.status : status)));
    m_retention->clear();
    m_retention->addItem(tr("— no retention rule —"), RowId(0));
    for (const RetentionRule &r : std::as_const(m_choices.retentionRules))
        m_retention->addItem(r.name, r.id);
    m_retention->setCurrentIndex(qMax(0, m_retention->findData(fromOriginal ? m_original.retentionRuleId : rule)));
    m_loading = loading;
}

ProcessingActivity ActivityEditor::edited() const
{
    ProcessingActivity a = m_original;
    a.reference = m_reference->text().trimmed();
    a.name = m_name->text().trimmed();
    a.description = m_description->toPlainText().trimmed();
    a.controllerRole = m_role->currentData().toString();
    a.clientName = m_client->text().trimmed();
    a.status = m_status->currentData().toString();
    a.purposes.clear();
    for (int row = 0; row < m_purposes->rowCount(); ++row) {
        a.purposes << Purpose{rowKey(m_purposes, row, kRowIdRole), cellText(m_purposes, row, 0), comboCode(m_purposes, row, 1),
                              cellText(m_purposes, row, 3), comboCode(m_purposes, row, 2)};
    }
    // Sets of links, in the order the register reads them back.
    a.subjectCategoryIds = checkedValues<RowId>(m_subjects);
    a.dataCategoryIds = checkedValues<RowId>(m_data);
    a.processorIds = checkedValues<RowId>(m_processors);
    for (QList<RowId> *ids : {&a.subjectCategoryIds, &a.dataCategoryIds, &a.processorIds})
        std::sort(ids->begin(), ids->end());
    // What the activity holds of a category, and how long, goes with the category.
    for (auto use = a.dataCategoryUses.begin(); use != a.dataCategoryUses.end();)
        use = a.dataCategoryIds.contains(use.key()) ? std::next(use) : a.dataCategoryUses.erase(use);
    a.recipients.clear();
    for (int row = 0; row < m_recipients->rowCount(); ++row) {
        if (!cellText(m_recipients, row, 0).isEmpty())
            a.recipients << Recipient{rowKey(m_recipients, row, kRowIdRole), cellText(m_recipients, row, 0),
                                      comboCode(m_recipients, row, 1), rowKey(m_recipients, row, kProcessorRole)};
    }
    a.transfers.clear();
    for (int row = 0; row < m_transfers->rowCount(); ++row) {
        a.transfers << Transfer{rowKey(m_transfers, row, kRowIdRole), cellText(m_transfers, row, 0).toUpper(),
                                cellText(m_transfers, row, 1), rowKey(m_transfers, row, kProcessorRole),
                                comboCode(m_transfers, row, 2), cellText(m_transfers, row, 3)};
    }
    a.retentionRuleId = m_retention->currentData().toLongLong();
    a.retentionNote = m_retentionNote->text().trimmed();
    a.securityMeasures = m_security->toPlainText().trimmed();
    a.dataSource = m_source->text().trimmed();
    a.dpiaRequired = m_dpiaRequired->isChecked();
    a.dpiaDoneOn = m_dpiaDone->isChecked() ? m_dpiaDate->date() : QDate();
    return a;
}

QVariant ActivityEditor::fieldState(int key, QWidget *field) const
{
    const ProcessingActivity now = edited();
    if (field == m_purposes)
        return QVariant::fromValue(now.purposes);
    if (field == m_recipients)
        return QVariant::fromValue(now.recipients);
    if (field == m_transfers)
        return QVariant::fromValue(now.transfers);
    return RecordEditor::fieldState(key, field);
}

void ActivityEditor::setFieldState(int key, QWidget *field, const QVariant &state)
{
    if (field == m_purposes) {
        m_purposes->setRowCount(0);
        for (const Purpose &p : state.value<QList<Purpose>>())
            addPurposeRow(p);
    } else if (field == m_recipients) {
        m_recipients->setRowCount(0);
        for (const Recipient &r : state.value<QList<Recipient>>())
            addRecipientRow(r);
    } else if (field == m_transfers) {
        m_transfers->setRowCount(0);
        for (const Transfer &t : state.value<QList<Transfer>>())
            addTransferRow(t);
    } else {
        RecordEditor::setFieldState(key, field, state);
    }
}

QList<ActivityFinding> ActivityEditor::findings() const
{
    return checkActivity(edited(), m_choices.dataCategories);
}

QList<Finding> ActivityEditor::check(const ProcessingActivity &activity) const
{
    QList<Finding> converted;
    for (const ActivityFinding &f : checkActivity(activity, m_choices.dataCategories)) {
        converted << Finding{f.severity == ActivityFinding::Severity::Error ? Finding::Severity::Error
                                                                            : Finding::Severity::Warning,
                             int(f.field), f.message};
    }
    return converted;
}

Status ActivityEditor::prepareCopy(ProcessingActivity &copy)
{
    // The copy is a new draft until it is saved.
    copy.reference.clear();
    copy.name = tr("%1 (copy)").arg(copy.name);
    copy.status = QStringLiteral("draft");
    copy.approvedOn = QDate();
    return success();
}

QWidget *ActivityEditor::firstField() const
{
    return m_name;
}

bool ActivityEditor::isModified() const
{
    if (m_original.id == 0)
        return true;
    const ProcessingActivity now = edited();
    const ProcessingActivity &was = m_original;
    auto samePurposes = [&] {
        if (now.purposes.size() != was.purposes.size())
            return false;
        for (int i = 0; i < now.purposes.size(); ++i) {
            const Purpose &x = now.purposes.at(i);
            const Purpose &y = was.purposes.at(i);
            if (x.description != y.description || x.legalBasis != y.legalBasis
                || x.legitimateInterest != y.legitimateInterest || x.specialCondition != y.specialCondition)
                return false;
        }
        return true;
    };
    auto sameTransfers = [&] {
        if (now.transfers.size() != was.transfers.size())
            return false;
        for (int i = 0; i < now.transfers.size(); ++i) {
            const Transfer &x = now.transfers.at(i);
            const Transfer &y = was.transfers.at(i);
            if (x.country != y.country || x.recipient != y.recipient || x.safeguard != y.safeguard
                || x.safeguardReference != y.safeguardReference)
                return false;
        }
        return true;
    };
    auto sameRecipients = [&] {
        if (now.recipients.size() != was.recipients.size())
            return false;
        for (int i = 0; i < now.recipients.size(); ++i) {
            if (now.recipients.at(i).name != was.recipients.at(i).name
                || now.recipients.at(i).kind != was.recipients.at(i).kind)
                return false;
        }
        return true;
    };
    return now.reference != was.reference || now.name != was.name || now.description != was.description
           || now.controllerRole != was.controllerRole || now.clientName != was.clientName || now.status != was.status
           || now.subjectCategoryIds != was.subjectCategoryIds || now.dataCategoryIds != was.dataCategoryIds
           || now.processorIds != was.processorIds || now.retentionRuleId != was.retentionRuleId
           || now.retentionNote != was.retentionNote || now.securityMeasures != was.securityMeasures
           || now.dataSource != was.dataSource || now.dpiaRequired != was.dpiaRequired
           || now.dpiaDoneOn != was.dpiaDoneOn || !samePurposes() || !sameTransfers() || !sameRecipients();
}

void ActivityEditor::recheck()
{
    if (m_loading)
        return;
    m_client->setEnabled(m_role->currentData().toString() == QLatin1String("processor"));
    m_dpiaDate->setEnabled(m_dpiaDone->isChecked());
    EntityEditor::recheck();
}

void ActivityEditor::retranslateUi()
{
    const QHash<int, QString> captions = {
        {int(Field::Reference), tr("&Reference:")},
        {int(Field::Name), tr("&Name:")},
        {100, tr("&Description:")},
        {101, tr("Our &role:")},
        {102, tr("&Client (controller):")},
        {int(Field::Purposes), tr("&Purposes and legal bases:")},
        {int(Field::SubjectCategories), tr("People &concerned:")},
        {int(Field::DataCategories), tr("Personal &data:")},
        {103, tr("Rec&ipients:")},
        {104, tr("Pr&ocessors:")},
        {int(Field::Transfers), tr("&Transfers abroad:")},
        {int(Field::Retention), tr("Re&tention rule:")},
        {105, tr("Retention note:")},
        {106, tr("&Security measures:")},
        {107, tr("Data source:")},
        {108, tr("Screening:")},
        {int(Field::Dpia), tr("Impact assessment:")},
        {int(Field::Approval), tr("Stat&us:")},
    };
    setCaptions(captions);
    setSectionTitle(QStringLiteral("general"), tr("General"));
    setSectionTitle(QStringLiteral("purposes"), tr("Purposes and legal bases"));
    setSectionTitle(QStringLiteral("people"), tr("People and data"));
    setSectionTitle(QStringLiteral("recipients"), tr("Recipients and transfers"));
    setSectionTitle(QStringLiteral("retention"), tr("Retention"));
    setSectionTitle(QStringLiteral("security"), tr("Security"));
    setSectionTitle(QStringLiteral("dpia"), tr("Impact assessment (DPIA)"));
    m_purposes->setHorizontalHeaderLabels({tr("Purpose"), tr("Legal basis"), tr("Art. 9(2) condition"),
                                           tr("Legitimate interest")});
    m_recipients->setHorizontalHeaderLabels({tr("Recipient"), tr("Kind")});
    m_transfers->setHorizontalHeaderLabels({tr("Country"), tr("Recipient"), tr("Safeguard"), tr("Reference")});
    m_addPurpose->setText(tr("Add a purpose"));
    m_removePurpose->setText(tr("Remove"));
    m_addRecipient->setText(tr("Add a recipient"));
    m_removeRecipient->setText(tr("Remove"));
    m_addTransfer->setText(tr("Add a transfer"));
    m_removeTransfer->setText(tr("Remove"));
    m_dpiaRequired->setText(tr("Required"));
    m_dpiaDone->setText(tr("Done on"));
    m_screen->setText(tr("Screen…"));
    m_screen->setToolTip(tr("The nine criteria of the European guidelines and the authority's lists: is an impact "
                            "assessment needed?"));
    refreshDpiaState();
    if (isEnabled()) {
        // Labels of codes inside the tables follow the language on the next load.
        fillCodeCombos();
        recheck();
    }
}

} // namespace pc
