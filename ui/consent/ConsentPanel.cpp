#include "ConsentPanel.h"

#include "widgets/Dialogs.h"
#include "widgets/Tones.h"
#include "core/Dates.h"

#include "RecordConsentDialog.h"
#include "widgets/DocumentViewer.h"

#include "consent/ConsentExport.h"
#include "core/Languages.h"
#include "domain/Codes.h"
#include "domain/People.h"
#include "storage/AuditTrail.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace pc {
namespace {

enum StateColumn { StatePurpose, StateNow, StateSince, StateLapses, StateHow, StatePolicy, StateColumns };
enum HistoryColumn {
    HistoryWhen,
    HistoryPurpose,
    HistoryEvent,
    HistoryHow,
    HistoryWhere,
    HistoryPolicy,
    HistoryRequest,
    HistoryProof,
    HistoryNote,
    HistoryRecorded,
    HistoryColumns
};

QTableWidget *readOnlyTable(const QString &name, int columns)
{
    auto *table = new QTableWidget(0, columns);
    table->setObjectName(name);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString shortDateTime(const QDateTime &moment)
{
    return moment.isValid() ? dates::toText(moment.toLocalTime()) : QString();
}

QColor stateColor(const QString &state, bool lapsed, const QPalette &palette)
{
    if (lapsed)
        return toneColor(Tone::Warning, palette);
    if (state == QLatin1String("given"))
        return toneColor(Tone::Good, palette);
    if (state.isEmpty())
        return toneColor(Tone::Muted, palette);
    return toneColor(Tone::Alert, palette);
}

} // namespace

ConsentPanel::ConsentPanel(Mode mode, QWidget *parent) : QWidget(parent), m_mode(mode)
{
    setObjectName(mode == Mode::Full ? QStringLiteral("consentPanel") : QStringLiteral("consentSummary"));
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("consentPerson"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);

    m_statesLabel = new QLabel;
    m_statesLabel->setWordWrap(true);   // beside the ledger the panel can be narrow
    m_statesTable = readOnlyTable(QStringLiteral("consentStates"), StateColumns);
    connect(m_statesTable, &QTableWidget::itemSelectionChanged, this, &ConsentPanel::purposeChosen);

    m_historyLabel = new QLabel;
    m_historyLabel->setObjectName(QStringLiteral("consentHistoryTitle"));
    m_historyLabel->setWordWrap(true);
    m_allPurposes = new QPushButton;
    m_allPurposes->setObjectName(QStringLiteral("consentAllPurposes"));
    connect(m_allPurposes, &QPushButton::clicked, this, [this] {
        m_statesTable->clearSelection();
        m_purposeId = 0;
        fillHistory();
    });
    m_historyTable = readOnlyTable(QStringLiteral("consentHistory"), HistoryColumns);
    connect(m_historyTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { viewProof(row); });

    m_record = new QPushButton;
    m_record->setObjectName(QStringLiteral("consentRecordEvent"));
    connect(m_record, &QPushButton::clicked, this, &ConsentPanel::recordEvent);
    m_export = new QToolButton;
    m_export->setObjectName(QStringLiteral("consentExport"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setMenu(new QMenu(m_export));
    m_openHistory = new QPushButton;
    m_openHistory->setObjectName(QStringLiteral("consentOpenHistory"));
    connect(m_openHistory, &QPushButton::clicked, this, &ConsentPanel::showHistoryWindow);
    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    setTone(m_problem, Tone::Alert);

    auto *historyRow = new QHBoxLayout;
    historyRow->addWidget(m_historyLabel, 1);
    historyRow->addWidget(m_allPurposes);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openHistory);
    buttons->addWidget(m_record);
    buttons->addWidget(m_export);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_statesLabel);
    layout->addWidget(m_statesTable, 2);
    layout->addLayout(historyRow);
    layout->addWidget(m_historyTable, 3);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);
    if (m_mode == Mode::Summary) {
        // In the person's form: where they stand, and the way to the rest.
        for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_statesLabel, m_historyLabel, m_allPurposes,
                                                           m_historyTable})
            w->hide();
        m_statesTable->setSelectionMode(QAbstractItemView::NoSelection);
        m_statesTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_statesTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_statesTable->horizontalHeader()->setStretchLastSection(false);
        m_statesTable->setColumnHidden(StateHow, true);
        m_statesTable->setColumnHidden(StateLapses, true);
        m_statesTable->setColumnHidden(StatePolicy, true);
    } else {
        m_openHistory->hide();
    }
    retranslateUi();
    clear();
}

void ConsentPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_record->setEnabled(!readOnly && m_subjectId > 0 && m_db && m_db->mode() != OpenMode::ReadOnly);
}

void ConsentPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConsentPanel::retranslateUi()
{
    m_statesLabel->setText(tr("<b>Where the person stands</b> — the latest event of each purpose's history"));
    m_statesTable->setHorizontalHeaderLabels(
        {tr("Purpose"), tr("Now"), tr("Since"), tr("Lapses on"), tr("How"), tr("Policy version")});
    m_historyTable->setHorizontalHeaderLabels({tr("When"), tr("Purpose"), tr("Event"), tr("How"), tr("Where"),
                                               tr("Policy version"), tr("Request"), tr("Proof"), tr("Note"),
                                               tr("Recorded")});
    m_allPurposes->setText(tr("&All purposes"));
    m_record->setText(tr("&Record an event…"));
    m_record->setToolTip(tr("A consent given, withdrawn or refused in person, by letter, by telephone…, "
                            "with its proof: added on top of the history"));
    m_export->setText(tr("E&xport"));
    QMenu *menu = m_export->menu();
    menu->clear();
    menu->addAction(tr("This person's history (CSV)…"), this,
                    [this] { exportConsentHistory(this, *m_db, m_subjectId, 0, false); });
    menu->addAction(tr("This person's history (PDF)…"), this,
                    [this] { exportConsentHistory(this, *m_db, m_subjectId, 0, true); });
    m_openHistory->setText(tr("&History…"));
    m_openHistory->setToolTip(tr("Every event of the person's consents, newest first, with their proofs"));
    if (m_subjectId > 0) {
        fillStates();
        fillHistory();
    } else {
        m_title->setText(tr("Select an event of the ledger to see the person's consents."));
        m_historyLabel->setText(tr("<b>History</b>"));
    }
}

void ConsentPanel::clear()
{
    m_subjectId = 0;
    m_purposeId = 0;
    m_organizationId = 0;
    m_states.clear();
    m_history.clear();
    m_statesTable->setRowCount(0);
    m_historyTable->setRowCount(0);
    m_problem->clear();
    m_record->setEnabled(false);
    m_export->setEnabled(false);
    m_openHistory->setEnabled(false);
    m_allPurposes->setEnabled(false);
    m_title->setText(tr("Select an event of the ledger to see the person's consents."));
    m_historyLabel->setText(tr("<b>History</b>"));
}

Status ConsentPanel::showPerson(RowId subjectId, RowId purposeId)
{
    if (!m_db)
        return Error{tr("No register is open.")};
    const auto person = PeopleRepository(*m_db).subject(subjectId);
    if (!person) {
        if (person.error().is(Error::Kind::NotFound)) {
            clear();
            return Error{tr("This person is no longer in the register."), Error::Kind::NotFound};
        }
        return person.error();
    }
    const auto organization = RegisterRepository(*m_db).organization(person->organizationId);
    if (!organization)
        return organization.error();
    m_person = personLabel(person->firstName, person->lastName, person->email, person->externalRef);
    const QString email = person->email;
    m_organization = organization->name;
    m_organizationId = organization->id;
    const auto states = consent::personConsents(*m_db, subjectId, QDate::currentDate());
    if (!states)
        return states.error();
    m_subjectId = subjectId;
    m_purposeId = purposeId;
    m_states = states.value();
    m_title->setText(QStringLiteral("<big><b>%1</b></big><br/>%2")
                         .arg(m_person.toHtmlEscaped(),
                              (email.isEmpty() || m_person.contains(email) ? m_organization
                                                                           : tr("%1 — %2").arg(email, m_organization))
                                  .toHtmlEscaped()));
    m_problem->clear();
    m_record->setEnabled(m_db->mode() != OpenMode::ReadOnly && !m_readOnly);
    m_export->setEnabled(true);
    m_openHistory->setEnabled(true);
    m_allPurposes->setEnabled(true);
    fillStates();
    fillHistory();
    return success();
}

void ConsentPanel::fillStates()
{
    const QSignalBlocker blocker(m_statesTable);
    m_statesTable->setRowCount(int(m_states.size()));
    const QLocale locale;
    for (int row = 0; row < m_states.size(); ++row) {
        const consent::PersonConsent &c = m_states.at(row);
        QString now = c.state.isEmpty() ? tr("never asked") : codes::label(CodeList::ConsentEventKind, c.state);
        if (c.lapsed)
            now = tr("%1, lapsed").arg(now);
        const QString lapses = c.lapsesOn.isValid() ? dates::toText(c.lapsesOn, locale)
                               : c.expiryMonths > 0 ? QString()
                                                    : tr("does not lapse");
        const QStringList cells{c.purpose,
                                now,
                                m_mode == Mode::Summary
                                    ? (c.since.isValid() ? dates::toText(c.since.toLocalTime().date(), locale)
                                                         : QString())
                                    : shortDateTime(c.since),
                                lapses,
                                c.method.isEmpty() ? QString() : codes::label(CodeList::ConsentMethod, c.method),
                                c.policyVersion};
        for (int column = 0; column < StateColumns; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == StateNow) {
                item->setForeground(stateColor(c.state, c.lapsed, palette()));
                item->setToolTip(c.requestReference.isEmpty()
                                     ? tr("%n event(s) in the history", nullptr, c.events)
                                     : tr("Recorded through request %1; %n event(s) in the history", nullptr, c.events)
                                           .arg(c.requestReference));
            }
            if (column == StateLapses && c.lapsed)
                item->setForeground(stateColor(c.state, true, palette()));
            item->setData(Qt::UserRole, c.purposeId);
            m_statesTable->setItem(row, column, item);
        }
        if (c.purposeId == m_purposeId)
            m_statesTable->selectRow(row);
    }
    m_statesTable->resizeColumnsToContents();
    if (m_mode == Mode::Summary) {
        // In a form that scrolls: as tall as its rows, the purpose's name taking the width left.
        m_statesTable->horizontalHeader()->setSectionResizeMode(StatePurpose, QHeaderView::Stretch);
        m_statesTable->setFixedHeight(m_statesTable->horizontalHeader()->sizeHint().height()
                                      + m_statesTable->verticalHeader()->length() + 2 * m_statesTable->frameWidth());
    }
}

void ConsentPanel::showHistoryWindow()
{
    if (!m_db || m_subjectId <= 0)
        return;
    QDialog window(this);
    window.setObjectName(QStringLiteral("consentHistoryWindow"));
    window.setWindowTitle(tr("Consents of %1").arg(m_person));
    auto *panel = new ConsentPanel(Mode::Full);
    panel->setDatabase(m_db);
    panel->setReadOnly(m_readOnly);
    connect(panel, &ConsentPanel::eventRecorded, this, [this](RowId subject) {
        (void)showPerson(subject, m_purposeId);
        Q_EMIT eventRecorded(subject);
    });
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, &window, &QDialog::reject);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(panel, 1);
    layout->addWidget(close);
    window.resize(900, 620);
    if (Status s = panel->showPerson(m_subjectId); !s) {
        MessageBox::warning(this, window.windowTitle(), s.errorMessage());
        return;
    }
    dialogs::exec(window);
}

void ConsentPanel::purposeChosen()
{
    const QList<QTableWidgetItem *> selected = m_statesTable->selectedItems();
    if (selected.isEmpty())
        return;
    m_purposeId = selected.first()->data(Qt::UserRole).toLongLong();
    fillHistory();
}

void ConsentPanel::fillHistory()
{
    if (!m_db || m_subjectId <= 0 || m_mode == Mode::Summary)
        return;
    const auto history = consent::personHistory(*m_db, m_subjectId, m_purposeId);
    if (!history) {
        m_problem->setText(history.errorMessage());
        return;
    }
    m_history = history.value();
    QString purpose;
    for (const consent::PersonConsent &c : std::as_const(m_states)) {
        if (c.purposeId == m_purposeId)
            purpose = c.purpose;
    }
    m_historyLabel->setText(
        m_purposeId > 0 ? tr("<b>History of “%1”</b> — newest first, %n event(s)", nullptr, int(m_history.size()))
                              .arg(purpose.toHtmlEscaped())
                        : tr("<b>History of every purpose</b> — newest first, %n event(s)", nullptr,
                             int(m_history.size())));
    m_historyTable->setColumnHidden(HistoryPurpose, m_purposeId > 0);
    m_historyTable->setRowCount(int(m_history.size()));
    for (int row = 0; row < m_history.size(); ++row) {
        const consent::LedgerEntry &entry = m_history.at(row);
        const ConsentEvent &e = entry.event;
        const QStringList cells{shortDateTime(e.occurredAt),
                                entry.purpose,
                                codes::label(CodeList::ConsentEventKind, e.event),
                                codes::label(CodeList::ConsentMethod, e.method),
                                e.source,
                                entry.policyVersion,
                                entry.requestReference,
                                entry.proofName,
                                e.note,
                                shortDateTime(entry.recordedAt)};
        for (int column = 0; column < HistoryColumns; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == HistoryEvent)
                item->setForeground(stateColor(e.event, false, palette()));
            if (column == HistoryNote || column == HistoryWhere)
                item->setToolTip(cells.at(column));
            if (column == HistoryProof && !entry.proofName.isEmpty())
                item->setToolTip(tr("Double-click to view the proof"));
            // Recorded long after it happened: the officer sees both moments.
            if (column == HistoryRecorded && entry.recordedAt.isValid() && e.occurredAt.isValid()
                && entry.recordedAt < e.occurredAt) {
                item->setToolTip(tr("Recorded before the moment it is dated: a planned or mistyped date"));
            }
            m_historyTable->setItem(row, column, item);
        }
    }
    m_historyTable->resizeColumnsToContents();
}

void ConsentPanel::recordEvent()
{
    if (!m_db || m_subjectId <= 0)
        return;
    RecordConsentDialog dialog(*m_db, m_subjectId, m_organizationId, m_purposeId, this);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return;
    const RowId subject = m_subjectId;
    if (Status s = showPerson(subject, m_purposeId); !s)
        m_problem->setText(s.errorMessage());
    Q_EMIT eventRecorded(subject);
}

void ConsentPanel::viewProof(int row)
{
    if (!m_db || row < 0 || row >= m_history.size() || m_history.at(row).event.proofAttachmentId <= 0)
        return;
    const auto document = CaseRepository(*m_db).attachment(m_history.at(row).event.proofAttachmentId, true);
    if (!document) {
        MessageBox::warning(this, tr("Proof"), document.errorMessage());
        return;
    }
    if (document->content.isEmpty()) {
        MessageBox::information(this, tr("Proof"), tr("This document has been destroyed; its fingerprint "
                                                      "(SHA-256 %1) remains as proof of what was received.")
                                                       .arg(document->sha256));
        return;
    }
    if (!DocumentViewer::canShow(document->mediaType)) {
        if (const QString error = DocumentViewer::saveCopy(this, document->fileName, document->content); !error.isEmpty())
            MessageBox::warning(this, tr("Proof"), error);
        return;
    }
    DocumentViewer viewer(document->fileName, document->mediaType, document->content, this);
    dialogs::exec(viewer);
}

QString exportConsentHistory(QWidget *parent, Database &db, RowId subjectId, RowId purposeId, bool pdf)
{
    const QString title = ConsentPanel::tr("Export a consent history");
    const QString path = FileDialog::getSaveFileName(
        parent, title,
        (subjectId > 0 ? ConsentPanel::tr("consents-person-%1").arg(subjectId)
                       : ConsentPanel::tr("consents-purpose-%1").arg(purposeId))
            + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv")),
        pdf ? ConsentPanel::tr("PDF documents (*.pdf)") : ConsentPanel::tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return {};
    const QString language = languages::current().startsWith(QLatin1String("fr")) ? QStringLiteral("fr")
                                                                                   : QStringLiteral("en");
    const Result<QByteArray> bytes = pdf ? consent::historyPdf(db, subjectId, purposeId, language)
                                         : consent::historyCsv(db, subjectId, purposeId);
    QSaveFile file(path);
    if (!bytes || !file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() || !file.commit()) {
        MessageBox::warning(parent, title, ConsentPanel::tr("The history could not be written to %1: %2")
                                                .arg(path, bytes ? file.errorString() : bytes.errorMessage()));
        return {};
    }
    // Personal data leaving the register: the trail says what and who.
    (void)AuditTrail::record(db, QStringLiteral("export"),
                             QStringLiteral("consent history of %1 %2 (%3)")
                                 .arg(subjectId > 0 ? QStringLiteral("person") : QStringLiteral("purpose"))
                                 .arg(subjectId > 0 ? subjectId : purposeId)
                                 .arg(pdf ? QStringLiteral("PDF") : QStringLiteral("CSV")),
                             subjectId > 0 ? QStringLiteral("data_subjects") : QStringLiteral("consent_purposes"),
                             subjectId > 0 ? subjectId : purposeId);
    return path;
}

} // namespace pc
