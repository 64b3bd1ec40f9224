#include "MainWindow.h"

#include "widgets/Dialogs.h"
#include "widgets/Tones.h"

#include "intake/IdVault.h"
#include "intake/IdAccessDialog.h"
#include "intake/ImportDialog.h"
#include "intake/Intake.h"

#include "Version.h"

#include "Connect.h"
#include "register/ActivityEditor.h"
#include "register/OrganizationEditor.h"
#include "register/ProcessorEditor.h"
#include "register/RetentionEditor.h"
#include "register/SubjectEditor.h"
#include "reminders/DeadlineWatch.h"
#include "requests/BreachEditor.h"
#include "requests/BreachLettersDialog.h"
#include "requests/NoticeDialog.h"
#include "dpia/DpiaEditor.h"
#include "dpia/ScreeningDialog.h"
#include "exchange/PiaFile.h"
#include "storage/CaseRepository.h"
#include "storage/DpiaRepository.h"
#include "requests/RequestEditor.h"
#include "requests/WorklistView.h"
#include "retention/RetentionView.h"
#include "consent/ConsentImportDialog.h"
#include "register/RegisterImportDialog.h"
#include "consent/ConsentPanel.h"
#include "consent/PolicyVersionsDialog.h"
#include "consent/ConsentExport.h"
#include "consent/ConsentLedger.h"
#include "settings/DeadlineRulesDialog.h"
#include "settings/OrganizationDialog.h"
#include "dashboard/DashboardView.h"
#include "navigation/Navigation.h"
#include "widgets/Appearance.h"
#include "widgets/TableColumns.h"
#include "reports/ReportDialog.h"
#include "settings/SettingsDialog.h"
#include "settings/WelcomeDialog.h"

#include "core/ChangeNotifier.h"
#include "core/Dates.h"
#include "core/Languages.h"
#include "core/Settings.h"
#include "demo/DemoGenerator.h"
#include "domain/Codes.h"
#include "storage/AuditTrail.h"
#include "storage/BackgroundReader.h"
#include "storage/Database.h"
#include "storage/RegisterRepository.h"
#include "storage/ServerRoles.h"

#include <QAction>
#include <QtConcurrent/QtConcurrentRun>
#include <QFutureWatcher>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSplitter>
#include <QGuiApplication>
#include <QScreen>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QStatusBar>
#include <QSaveFile>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace pc {
namespace {

// The navigation's first entries are the dashboard and the worklist; the registers follow.
constexpr int kDashboardEntry = -1;
constexpr int kWorklistEntry = -2;
constexpr int kCountdownEntry = -3;

constexpr RegisterKind kRegisters[] = {
    RegisterKind::Activities, RegisterKind::Subjects,   RegisterKind::Consents, RegisterKind::Requests,
    RegisterKind::Processors, RegisterKind::Retention, RegisterKind::Breaches, RegisterKind::Audit,
    RegisterKind::Dpias,
};

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db)), m_reader(std::make_unique<BackgroundReader>(m_db->spec()))
{
    setObjectName(QStringLiteral("mainWindow"));
    createWidgets();
    createMenus();
    retranslateUi();
    reloadOrganizations();
    applyRole();
    listenForChanges();
    m_navigation->selectEntry(kDashboardEntry);
    (void)AuditTrail::record(*m_db, QStringLiteral("login"), tr("Signed in to Privacy Console %1")
                                                                   .arg(QStringLiteral(PC_VERSION_STRING)));
    destroyDueIdCopies();
    settleIdCopies();
    // A shared server that goes away and comes back.
    auto *watch = new QTimer(this);
    watch->setObjectName(QStringLiteral("connectionWatch"));
    connect(watch, &QTimer::timeout, this, &MainWindow::watchConnection);
    watch->start(std::chrono::seconds(1));
    // A window left open for days still destroys the copies on time.
    auto *hourly = new QTimer(this);
    connect(hourly, &QTimer::timeout, this, &MainWindow::destroyDueIdCopies);
    hourly->start(std::chrono::hours(1));
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createNavigation()
{
    m_navigation = new Navigation;
    m_navigation->addGroup(QStringLiteral("overview"));
    m_navigation->addEntry(kDashboardEntry, QStringLiteral("layout-dashboard"));
    m_navigation->addEntry(kWorklistEntry, QStringLiteral("checklist"));
    m_navigation->addGroup(QStringLiteral("registers"));
    m_navigation->addEntry(int(RegisterKind::Activities), QStringLiteral("list-details"));
    m_navigation->addEntry(int(RegisterKind::Processors), QStringLiteral("building-factory-2"));
    m_navigation->addEntry(int(RegisterKind::Retention), QStringLiteral("hourglass-high"));
    m_navigation->addEntry(int(RegisterKind::Dpias), QStringLiteral("shield-check"));
    m_navigation->addGroup(QStringLiteral("people"));
    m_navigation->addEntry(int(RegisterKind::Subjects), QStringLiteral("users"));
    m_navigation->addEntry(int(RegisterKind::Consents), QStringLiteral("user-check"));
    m_navigation->addGroup(QStringLiteral("requests"));
    m_navigation->addEntry(int(RegisterKind::Requests), QStringLiteral("inbox"));
    m_navigation->addEntry(int(RegisterKind::Breaches), QStringLiteral("alert-triangle"));
    m_navigation->addGroup(QStringLiteral("control"));
    m_navigation->addEntry(kCountdownEntry, QStringLiteral("calendar-due"));
    m_navigation->addEntry(int(RegisterKind::Audit), QStringLiteral("history"));
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

    m_countsDelay = new QTimer(this);
    m_countsDelay->setSingleShot(true);
    m_countsDelay->setInterval(300);
    connect(m_countsDelay, &QTimer::timeout, this, &MainWindow::refreshCounts);
    // A count that fails (a server gone for a moment) leaves the last ones shown.
    connect(&m_countsWatcher, &QFutureWatcher<std::optional<WaitingWork>>::finished, this, [this] {
        if (const std::optional<WaitingWork> counted = m_countsWatcher.result()) {
            m_waiting = *counted;
            showCounts();
        }
    });
    // Deadlines pass while the window stays open.
    auto *minutely = new QTimer(this);
    connect(minutely, &QTimer::timeout, m_countsDelay, qOverload<>(&QTimer::start));
    minutely->start(std::chrono::minutes(1));

    // And reach the officer outside it: the tray and the calendar file, a
    // little after the start so as not to compete with the first screen.
    m_deadlineWatch = new DeadlineWatch(m_db->spec(), this);
    connect(m_deadlineWatch, &DeadlineWatch::openRequested, this, &MainWindow::openDueItems);
    connect(m_deadlineWatch, &DeadlineWatch::announced, this, [this](const QList<deadlines::DueItem> &items) {
        if (!m_deadlineWatch->trayIcon())
            statusBar()->showMessage(tr("%n deadline(s) today or overdue: see the worklist and the dashboard.", nullptr,
                                        int(items.size())),
                                     15000);
    });
    connect(m_deadlineWatch, &DeadlineWatch::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    QTimer::singleShot(std::chrono::seconds(10), m_deadlineWatch, &DeadlineWatch::applySettings);
}

void MainWindow::createWidgets()
{
    createNavigation();
    createToolBar();
    createTable();
    createPages(createListPage());
    createStatusBar();
}

void MainWindow::createToolBar()
{
    m_organizations = new QComboBox;
    m_organizations->setObjectName(QStringLiteral("organizationSwitcher"));
    m_organizations->setMinimumContentsLength(24);
    connect(m_organizations, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilters);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applyFilters);

    auto *toolbar = addToolBar(QStringLiteral("main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->addWidget(m_organizations);
    toolbar->addSeparator();
    toolbar->addWidget(m_search);
}

void MainWindow::createTable()
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("registerTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("registerTable"));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Compact rows that still leave air around the text.
    m_table->verticalHeader()->setMinimumSectionSize(m_table->fontMetrics().height() + 4);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->viewport()->installEventFilter(this);
    m_fitDelay = new QTimer(this);
    m_fitDelay->setSingleShot(true);
    m_fitDelay->setInterval(50);
    connect(m_fitDelay, &QTimer::timeout, this, &MainWindow::fitColumnsNow);
    // A column the officer sizes or moves is theirs from then on.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_fittingColumns && !m_overview && m_table->horizontalHeader()->underMouse())
            m_columnsSized.insert(int(m_current));
    });
    // Filters by column and the columns shown: from the header; by the value of a cell.
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    // Enter or a double click opens the record in its editor.
    connect(m_table, &QTableView::activated, this, [this] { openRecord(); });
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex cell = m_table->indexAt(at);
        QMenu *menu = filterMenu(cell.column(), cell, this);
        if (cell.isValid())
            menu = addConsentExports(menu, cell.row());
        if (menu) {
            menu->exec(m_table->viewport()->mapToGlobal(at));
            delete menu;
        }
    });

    m_clearFilter = new QToolButton;
    m_clearFilter->setObjectName(QStringLiteral("clearFilter"));
    m_clearFilter->hide();
    connect(m_clearFilter, &QToolButton::clicked, this, [this] {
        if (RegisterTableModel *model = currentModel())
            model->clearColumnFilters();
        retranslateUi();
    });
}

QWidget *MainWindow::createListPage()
{
    auto *listPage = new QWidget;
    listPage->setObjectName(QStringLiteral("listPage"));
    auto *layout = new QVBoxLayout(listPage);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_clearFilter);
    layout->addLayout(titleRow);
    m_editorStack = new QStackedWidget;
    m_editorStack->setObjectName(QStringLiteral("editorStack"));
    const std::pair<RegisterKind, RecordEditor *> editors[] = {
        {RegisterKind::Activities, new ActivityEditor}, {RegisterKind::Subjects, new SubjectEditor},
        {RegisterKind::Requests, new RequestEditor},    {RegisterKind::Processors, new ProcessorEditor},
        {RegisterKind::Retention, new RetentionEditor}, {RegisterKind::Breaches, new BreachEditor},
        {RegisterKind::Dpias, new DpiaEditor},
    };
    createRecordPage();
    for (const auto &[kind, editor] : editors) {
        editor->setDatabase(m_db.get());
        m_editors[kind] = editor;
        // Records in a page of their own, over the list; the consent ledger keeps its panel beside.
        if (hasFullEditor(kind))
            m_recordStack->addWidget(editor);
        else
            m_editorStack->addWidget(editor);
        connect(editor, &RecordEditor::sectionChanged, this, &MainWindow::showCurrentSection);
        connect(editor, &RecordEditor::sectionsRetitled, this, &MainWindow::fillSectionIndex);
        connect(editor, &RecordEditor::modifiedChanged, this, &MainWindow::updateRecordTitle);
        connect(editor, &RecordEditor::saveRequested, this, &MainWindow::saveRecord);
        connect(editor, &RecordEditor::modifiedChanged, this, &MainWindow::updateEditActions);
        connect(editor, &RecordEditor::changedOutside, this,
                [this, kind = kind](RowId id) { recordChanged(kind, id, QString()); });
    }
    m_consentPanel = new ConsentPanel;
    m_consentPanel->setDatabase(m_db.get());
    m_editorStack->addWidget(m_consentPanel);
    connect(m_consentPanel, &ConsentPanel::eventRecorded, this, &MainWindow::consentRecorded);
    if (auto *subjects = qobject_cast<SubjectEditor *>(m_editors[RegisterKind::Subjects]))
        connect(subjects->consents(), &ConsentPanel::eventRecorded, this, &MainWindow::consentRecorded);
    if (auto *activities = qobject_cast<ActivityEditor *>(m_editors[RegisterKind::Activities])) {
        connect(activities, &ActivityEditor::screeningRequested, this, &MainWindow::screenActivity);
        connect(activities, &ActivityEditor::dpiaRequested, this, &MainWindow::openActivityDpia);
    }
    if (auto *breaches = qobject_cast<BreachEditor *>(m_editors[RegisterKind::Breaches])) {
        connect(breaches, &BreachEditor::noticeRequested, this, &MainWindow::notifyBreach);
        connect(breaches, &BreachEditor::lettersRequested, this, &MainWindow::writeBreachLetters);
    }
    m_editorStack->hide();
    m_tableAndForm = new QSplitter;
    m_tableAndForm->setObjectName(QStringLiteral("tableAndForm"));
    m_tableAndForm->setChildrenCollapsible(false);
    m_tableAndForm->addWidget(m_table);
    m_tableAndForm->addWidget(m_editorStack);
    m_tableAndForm->setStretchFactor(0, 3);
    m_tableAndForm->setStretchFactor(1, 2);
    // The panel's tables scroll rather than push the list off the screen.
    m_editorStack->setMinimumWidth(320);
    m_table->setMinimumWidth(320);
    m_tableAndForm->setSizes({600, 400});
    layout->addWidget(m_tableAndForm, 1);
    return listPage;
}

void MainWindow::createPages(QWidget *listPage)
{
    m_dashboard = new DashboardView;
    connect(m_dashboard, &DashboardView::registerRequested, this, &MainWindow::openRegister);
    connect(m_dashboard, &DashboardView::itemRequested, this,
            [this](RegisterKind kind, const QString &reference) { openItem(kind, reference); });
    m_worklist = new WorklistView;
    m_worklist->setDatabase(m_db.get());
    connect(m_worklist, &WorklistView::assessmentOpened, this,
            [this](RowId id) { openItem(RegisterKind::Dpias, QString(), id); });
    connect(m_worklist, &WorklistView::requestOpened, this, [this](RowId id, const QString &reference) {
        openItem(RegisterKind::Requests, reference, id);
    });
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_dashboard);
    m_registerStack = new QStackedWidget;
    m_registerStack->setObjectName(QStringLiteral("registerStack"));
    m_registerStack->addWidget(listPage);
    m_registerStack->addWidget(m_recordPage);
    m_pages->addWidget(m_registerStack);
    m_pages->addWidget(m_worklist);
    m_countdown = new RetentionView;
    m_countdown->setDatabase(m_db.get());
    connect(m_countdown, &RetentionView::subjectOpened, this,
            [this](RowId id) { openItem(RegisterKind::Subjects, QString(), id); });

    m_pages->addWidget(m_countdown);

    m_mainSplitter = new QSplitter;
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->addWidget(m_navigation);
    m_mainSplitter->addWidget(m_pages);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    setCentralWidget(m_mainSplitter);
}

void MainWindow::createStatusBar()
{
    m_databaseLabel = new QLabel;
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_userLabel = new QLabel;
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addWidget(m_countLabel, 1);
    m_connectionLabel = new QLabel;
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    setTone(m_connectionLabel, Tone::Alert);
    QFont connectionFont = m_connectionLabel->font();
    connectionFont.setBold(true);
    m_connectionLabel->setFont(connectionFont);
    m_connectionLabel->hide();
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->addPermanentWidget(m_userLabel);
}

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Privacy Console"),
                           tr("<h3>Privacy Console %1</h3><p>The privacy officer's register of processing "
                              "activities, data subjects, consents, rights requests, processors and retention.</p>")
                               .arg(QStringLiteral(PC_VERSION_STRING)));
    });
}

void MainWindow::createFileMenu()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openDatabase);
    m_openAction->setShortcut(QKeySequence::Open);
    m_demoAction = m_fileMenu->addAction(QString(), this, &MainWindow::loadDemo);
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_organizationAction = m_fileMenu->addAction(QString(), this, &MainWindow::showOrganization);
    m_organizationAction->setObjectName(QStringLiteral("organizationAction"));
    m_rulesAction = m_fileMenu->addAction(QString(), this, &MainWindow::showDeadlineRules);
    m_rulesAction->setObjectName(QStringLiteral("deadlineRulesAction"));
    m_fileMenu->addSeparator();
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseLettersToImport);
    m_importAction->setObjectName(QStringLiteral("importLettersAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importFolderAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseFolderToImport);
    m_importFolderAction->setObjectName(QStringLiteral("importFolderAction"));
    m_importConsentsAction = m_fileMenu->addAction(QString(), this, [this] {
        ConsentImportDialog dialog(*m_db, m_organizations->currentData().toLongLong(), this);
        dialogs::exec(dialog);   // what it adds is announced, and shown by every register
    });
    m_importConsentsAction->setObjectName(QStringLiteral("importConsentsAction"));
    m_importRegisterAction = m_fileMenu->addAction(QString(), this, [this] { importRegister(QString()); });
    m_importRegisterAction->setObjectName(QStringLiteral("importRegisterAction"));
    m_importDpiaAction = m_fileMenu->addAction(QString(), this, [this] { importDpia(QString()); });
    m_importDpiaAction->setObjectName(QStringLiteral("importDpiaAction"));
    m_lapsedAction = m_fileMenu->addAction(QString(), this, &MainWindow::recordLapsedConsents);
    m_lapsedAction->setObjectName(QStringLiteral("lapsedConsentsAction"));
    m_policiesAction = m_fileMenu->addAction(QString(), this, [this] {
        PolicyVersionsDialog dialog(*m_db, m_organizations->currentData().toLongLong(), this);
        dialogs::exec(dialog);
    });
    m_policiesAction->setObjectName(QStringLiteral("policyVersionsAction"));
    m_idAccessAction = m_fileMenu->addAction(QString(), this, [this] {
        IdAccessDialog dialog(*m_db, this);
        dialogs::exec(dialog);
    });
    m_idAccessAction->setObjectName(QStringLiteral("idAccessAction"));
    m_fileMenu->addSeparator();
    auto openReports = [this](std::optional<reports::ReportKind> kind) {
        ReportDialog dialog(*m_db, m_organizations->currentData().toLongLong(), this);
        if (kind)
            dialog.selectKind(*kind);
        // The assessment open is offered, and chosen.
        if (RecordEditor *editor = currentEditor(); !kind && m_current == RegisterKind::Dpias && editor && editor->recordId() > 0)
            dialog.offerDpia(editor->recordId(), editor->recordLabel());
        connect(&dialog, &ReportDialog::saved, this, [this](const QString &path, const QString &error) {
            if (error.isEmpty())
                statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 10000);
        });
        dialogs::exec(dialog);
    };
    m_reportsAction = m_fileMenu->addAction(QString(), this, [openReports] { openReports(std::nullopt); });
    m_reportsAction->setObjectName(QStringLiteral("reportsAction"));
    m_reportsAction->setShortcut(QKeySequence::Print);
    // The register to send on: as a document to edit, a PDF or its tables.
    m_exportRegisterAction = m_fileMenu->addAction(QString(), this,
                                                   [openReports] { openReports(reports::ReportKind::Activities); });
    m_exportRegisterAction->setObjectName(QStringLiteral("exportRegisterAction"));
    // Letters and scans dropped on the window are imported, and so is a
    // register in a spreadsheet.
    setAcceptDrops(true);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
}

void MainWindow::createEditMenu()
{
    m_undoStack = new QUndoStack(this);
    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_undoStack->createUndoAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_newAction = m_editMenu->addAction(QString(), this, &MainWindow::newRecord);
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_saveAction = m_editMenu->addAction(QString(), this, &MainWindow::saveRecord);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_duplicateAction = m_editMenu->addAction(QString(), this, &MainWindow::duplicateRecord);
    m_duplicateAction->setObjectName(QStringLiteral("duplicateAction"));
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteAction = m_editMenu->addAction(QString(), this, &MainWindow::deleteRecord);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
}

void MainWindow::createViewMenu()
{
    m_viewMenu = menuBar()->addMenu(QString());
    m_searchAction = m_viewMenu->addAction(QString(), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_searchAction->setShortcut(QKeySequence::Find);
    m_nextRegisterAction = m_viewMenu->addAction(QString(), this, [this] {
        if (isRecordOpen())
            moveRecord(1);
        else
            m_navigation->moveBy(1);
    });
    m_nextRegisterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_previousRegisterAction = m_viewMenu->addAction(QString(), this, [this] {
        if (isRecordOpen())
            moveRecord(-1);
        else
            m_navigation->moveBy(-1);
    });
    m_previousRegisterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    // Every screen has its keys: Ctrl+1 to Ctrl+0 in the navigation's order, the trail Ctrl+Shift+L.
    m_goMenu = m_viewMenu->addMenu(QString());
    m_goMenu->setObjectName(QStringLiteral("goMenu"));
    const std::pair<int, QKeySequence> screens[] = {
        {kDashboardEntry, QKeySequence(Qt::CTRL | Qt::Key_1)},
        {kWorklistEntry, QKeySequence(Qt::CTRL | Qt::Key_2)},
        {int(RegisterKind::Activities), QKeySequence(Qt::CTRL | Qt::Key_3)},
        {int(RegisterKind::Processors), QKeySequence(Qt::CTRL | Qt::Key_4)},
        {int(RegisterKind::Retention), QKeySequence(Qt::CTRL | Qt::Key_5)},
        {int(RegisterKind::Subjects), QKeySequence(Qt::CTRL | Qt::Key_6)},
        {int(RegisterKind::Consents), QKeySequence(Qt::CTRL | Qt::Key_7)},
        {int(RegisterKind::Requests), QKeySequence(Qt::CTRL | Qt::Key_8)},
        {int(RegisterKind::Breaches), QKeySequence(Qt::CTRL | Qt::Key_9)},
        {kCountdownEntry, QKeySequence(Qt::CTRL | Qt::Key_0)},
        {int(RegisterKind::Audit), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)},
    };
    for (const auto &[entry, keys] : screens) {
        QAction *go = m_goMenu->addAction(QString(), this, [this, entry = entry] { m_navigation->selectEntry(entry); });
        go->setObjectName(QStringLiteral("go_%1").arg(entry));
        go->setShortcut(keys);
        go->setData(entry);
        m_navigation->setEntryShortcut(entry, keys);
    }
    m_backAction = m_viewMenu->addAction(QString(), this, &MainWindow::closeRecord);
    m_backAction->setObjectName(QStringLiteral("backAction"));
    // Not QKeySequence::Back: some platforms make it Backspace, which a table would take.
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languages = new QActionGroup(this);
    for (const QString &language : languages::available()) {
        QAction *action = m_languageMenu->addAction(languages::nativeName(language));
        action->setObjectName(QStringLiteral("language_") + language);
        action->setCheckable(true);
        action->setChecked(language == languages::current());
        action->setData(language);
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { switchLanguage(language); });
    }
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Privacy Console"));
    m_navigation->setGroupTitle(QStringLiteral("overview"), tr("Overview"));
    m_navigation->setGroupTitle(QStringLiteral("registers"), tr("Registers"));
    m_navigation->setGroupTitle(QStringLiteral("people"), tr("People and consents"));
    m_navigation->setGroupTitle(QStringLiteral("requests"), tr("Requests and breaches"));
    m_navigation->setGroupTitle(QStringLiteral("control"), tr("Control"));
    m_navigation->setEntryText(kDashboardEntry, tr("Dashboard"));
    m_navigation->setEntryText(kWorklistEntry, tr("Worklist"));
    m_navigation->setEntryText(kCountdownEntry, tr("Retention countdown"));
    for (RegisterKind kind : kRegisters)
        m_navigation->setEntryText(int(kind), RegisterTableModel::title(kind));
    m_navigation->setAccessibleName(tr("Screens"));
    m_table->setAccessibleName(tr("Register"));
    m_search->setAccessibleName(tr("Search"));
    m_organizations->setAccessibleName(tr("Organization"));
    m_back->setToolTip(tr("Back to the list (Alt+Left)"));
    m_previousRecord->setToolTip(tr("Previous record (Ctrl+Page Up)"));
    m_nextRecord->setToolTip(tr("Next record (Ctrl+Page Down)"));
    m_previousRecord->setAccessibleName(tr("Previous record"));
    m_nextRecord->setAccessibleName(tr("Next record"));
    m_sectionIndex->setAccessibleName(tr("Sections of the record"));
    showCounts();
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_organizations->setToolTip(tr("Organization"));
    if (m_organizations->count() > 0)
        m_organizations->setItemText(0, tr("All organizations"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open database…"));
    m_demoAction->setText(tr("Load &demo organizations…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_organizationAction->setText(tr("&Organization details…"));
    m_rulesAction->setText(tr("&Deadline rules and holidays…"));
    m_importAction->setText(tr("&Import request letters…"));
    m_importFolderAction->setText(tr("Import a &folder of letters…"));
    m_importConsentsAction->setText(tr("Import &consents from a CSV file…"));
    m_importRegisterAction->setText(tr("Import a &register…"));
    m_importDpiaAction->setText(tr("Import an impact assess&ment (CNIL PIA tool)…"));
    m_lapsedAction->setText(tr("Record &lapsed consents…"));
    m_policiesAction->setText(tr("&Privacy policy versions…"));
    m_idAccessAction->setText(tr("&Access to identity document copies…"));
    m_reportsAction->setText(tr("&Reports and printing…"));
    m_exportRegisterAction->setText(tr("&Export the register…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    switch (m_current) {
    case RegisterKind::Subjects: m_newAction->setText(tr("&New person")); break;
    case RegisterKind::Requests: m_newAction->setText(tr("&New request")); break;
    case RegisterKind::Processors: m_newAction->setText(tr("&New processor")); break;
    case RegisterKind::Retention: m_newAction->setText(tr("&New retention rule")); break;
    case RegisterKind::Breaches: m_newAction->setText(tr("&New breach")); break;
    case RegisterKind::Dpias: m_newAction->setText(tr("&New impact assessment")); break;
    default: m_newAction->setText(tr("&New activity")); break;
    }
    m_saveAction->setText(tr("&Save"));
    m_duplicateAction->setText(tr("D&uplicate"));
    m_deleteAction->setText(tr("&Delete…"));
    m_undoStack->setUndoLimit(200);
    m_viewMenu->setTitle(tr("&View"));
    m_searchAction->setText(tr("&Search"));
    updateMoveActions();
    m_backAction->setText(tr("&Back to the list"));
    m_goMenu->setTitle(tr("&Go to"));
    // Named as the navigation names the screen.
    for (QAction *go : m_goMenu->actions())
        go->setText(m_navigation->item(m_navigation->rowOf(go->data().toInt()))->text());
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Privacy Console"));
    QString title = RegisterTableModel::title(m_current);
    if (RegisterTableModel *model = currentModel()) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString value = model->columnFilterText(column);
            if (!value.isEmpty())
                title = tr("%1 — %2: %3").arg(title, model->headerData(column, Qt::Horizontal).toString(), value);
        }
    }
    m_title->setText(title);
    m_clearFilter->setText(tr("Show all"));
    m_clearFilter->setVisible(title != RegisterTableModel::title(m_current));
    for (auto &[kind, model] : m_models)
        model->retranslate();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmDiscard()) {
        event->ignore();
        return;
    }
    saveLayout();
    (void)AuditTrail::record(*m_db, QStringLiteral("logout"), tr("Signed out"));
    event->accept();
}

void MainWindow::reloadOrganizations()
{
    const RowId selected = m_organizations->currentData().toLongLong();
    const QSignalBlocker blocker(m_organizations);
    m_organizations->clear();
    m_organizations->addItem(tr("All organizations"), 0);
    RegisterRepository repository(*m_db);
    const auto organizations = repository.organizations();
    if (!organizations) {
        MessageBox::warning(this, tr("Privacy Console"), organizations.errorMessage());
        return;
    }
    for (const Organization &org : organizations.value())
        m_organizations->addItem(org.name, org.id);
    const int index = m_organizations->findData(selected);
    m_organizations->setCurrentIndex(index < 0 ? 0 : index);
}

RegisterTableModel *MainWindow::currentModel() const
{
    const auto it = m_models.find(m_current);
    return it == m_models.end() ? nullptr : it->second.get();
}

void MainWindow::showPage(int row)
{
    const int entry = m_navigation->entryAt(row);
    if (entry == Navigation::kGroupEntry)
        return;
    // The columns of the register being left, as the officer left them.
    saveColumns();
    m_overview = entry == kDashboardEntry || entry == kWorklistEntry || entry == kCountdownEntry;
    if (m_overview) {
        m_pages->setCurrentWidget(entry == kDashboardEntry  ? static_cast<QWidget *>(m_dashboard)
                                  : entry == kWorklistEntry ? static_cast<QWidget *>(m_worklist)
                                                            : m_countdown);
        applyFilters();
        updateStatus();
        updateEditActions();
        return;
    }
    m_pages->setCurrentWidget(m_registerStack);
    m_registerStack->setCurrentIndex(0);
    m_current = RegisterKind(entry);
    auto &model = m_models[m_current];
    if (!model) {
        model = std::make_unique<RegisterTableModel>(*m_db, *m_reader, m_current);
        connect(model.get(), &RegisterTableModel::sortRefused, this, [this, m = model.get()](int column) {
            // The header shows the order the rows are really in.
            const QSignalBlocker blocker(m_table->horizontalHeader());
            m_table->horizontalHeader()->setSortIndicator(m->sortColumn(), m->sortOrder());
            statusBar()->showMessage(
                tr("%1 rows are too many to sort by %2: narrow them first (organization, search, filter).")
                    .arg(QLocale().toString(m->matchCount()), m->headerData(column, Qt::Horizontal).toString()),
                10000);
        });
        connect(model.get(), &QAbstractItemModel::modelReset, this, [this, m = model.get()] {
            QHeaderView *header = m_table->horizontalHeader();
            if (m_table->model() == m && header->sortIndicatorSection() != m->sortColumn()) {
                const QSignalBlocker blocker(header);
                header->setSortIndicator(m->sortColumn(), m->sortOrder());
            }
        });
        connect(model.get(), &RegisterTableModel::loaded, this, [this, m = model.get()] {
            if (m != currentModel() || m_overview)
                return;
            if (!m->lastError().isEmpty())
                statusBar()->showMessage(m->lastError(), 10000);
            updateStatus();
            fitColumnsLater();
        });
        connect(model.get(), &RegisterTableModel::loadStarted, this, &MainWindow::updateStatus);
        connect(model.get(), &RegisterTableModel::counted, this, &MainWindow::updateStatus);
        keepPlace(model.get());
    }
    for (auto &[kind, other] : m_models)
        other->setShown(other == model);
    m_title->setText(RegisterTableModel::title(m_current));
    applyFilters();
    m_table->setModel(model.get());
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::loadSelectedRecord, Qt::UniqueConnection);
    if (RecordEditor *editor = currentEditor(); editor && !hasFullEditor(m_current))
        m_editorStack->setCurrentWidget(editor);
    else if (m_current == RegisterKind::Consents)
        m_editorStack->setCurrentWidget(m_consentPanel);
    m_editorStack->setVisible((currentEditor() != nullptr && !hasFullEditor(m_current))
                              || m_current == RegisterKind::Consents);
    updateEditActions();
    m_table->horizontalHeader()->setSortIndicator(0, m_current == RegisterKind::Audit || m_current == RegisterKind::Consents
                                                         ? Qt::DescendingOrder
                                                         : Qt::AscendingOrder);
    restoreColumns();
    retranslateUi();
}

QMenu *MainWindow::filterMenu(int column, const QModelIndex &cell, QWidget *parent)
{
    RegisterTableModel *model = currentModel();
    if (!model || !model->isFilterable(column))
        return nullptr;
    const QString header = model->headerData(column, Qt::Horizontal).toString();
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("filterMenu"));
    const QString current = model->columnFilter(column);
    if (cell.isValid()) {
        const QString value = model->filterValue(cell);
        const QString shown = model->data(cell).toString();
        if (!value.isEmpty()) {
            QAction *only = menu->addAction(tr("Show only “%1” in %2").arg(shown, header),
                                            this, [this, column, value] { filterColumn(column, value); });
            only->setObjectName(QStringLiteral("filterByCell"));
        }
    } else {
        const auto choices = model->filterChoices(column);
        if (choices.isEmpty()) {
            menu->addAction(tr("Show only the rows whose %1 is…").arg(header), this, [this, column, header, current] {
                bool ok = false;
                const QString value = dialogs::getText(this, tr("Filter"), tr("%1 equal to:").arg(header),
                                                            QLineEdit::Normal, current, &ok);
                if (ok)
                    filterColumn(column, value.trimmed());
            });
        }
        for (const auto &[code, label] : choices) {
            QAction *choice = menu->addAction(label, this, [this, column, value = code] { filterColumn(column, value); });
            choice->setCheckable(true);
            choice->setChecked(code == current);
            choice->setObjectName(QStringLiteral("filter_") + code);
        }
    }
    if (!current.isEmpty()) {
        menu->addSeparator();
        menu->addAction(tr("Any %1").arg(header), this, [this, column] { filterColumn(column, QString()); });
    }
    return menu;
}

void MainWindow::filterColumn(int column, const QString &value)
{
    if (RegisterTableModel *model = currentModel())
        model->setColumnFilter(column, value);
    retranslateUi();
}

void MainWindow::openRegister(RegisterKind kind, int column, const QString &value)
{
    m_navigation->selectEntry(int(kind));
    if (RegisterTableModel *model = currentModel()) {
        model->clearColumnFilters();
        model->setColumnFilter(column, value);
    }
    retranslateUi();
}

void MainWindow::openItem(RegisterKind kind, const QString &reference, RowId id)
{
    openRegister(kind, 0, reference);
    // References are numbered per organization: the id says which one is meant.
    RecordEditor *editor = currentEditor();
    RegisterTableModel *model = currentModel();
    if (id <= 0 || !editor || !model || m_overview)
        return;
    whenLoaded(model, [this, id] { selectRow(id); });
    if (Status s = editor->load(id); !s)
        statusBar()->showMessage(s.errorMessage(), 10000);
    else
        showRecordPage();
    updateEditActions();
}

void MainWindow::applyFilters()
{
    if (m_countsDelay && m_organizations->currentData().toLongLong() != m_countsOrganization) {
        m_countsOrganization = m_organizations->currentData().toLongLong();
        m_countsDelay->start();
    }
    if (m_overview) {
        const RowId organization = m_organizations->currentData().toLongLong();
        if (m_pages->currentWidget() == m_worklist)
            m_worklist->refresh(organization);
        else if (m_pages->currentWidget() == m_countdown)
            m_countdown->refresh(organization);
        else
            m_dashboard->refresh(m_db->spec(), organization);
        return;
    }
    RegisterTableModel *model = currentModel();
    if (!model)
        return;
    model->setOrganization(m_organizations->currentData().toLongLong());
    model->setSearchText(m_search->text());
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_db)
        return;
    // A file by its name (the whole path in the tooltip), a server by its address.
    const ConnectionSpec &spec = m_db->spec();
    m_databaseLabel->setText(
        tr("Database: %1").arg(spec.isPostgresql() ? spec.displayName() : QFileInfo(spec.path).fileName()));
    QString where = spec.displayName();
    if (spec.isPostgresql()) {
        const QString encryption = m_db->encryption();
        where += QLatin1Char('\n')
                 + (encryption.isEmpty() ? tr("The connection is not encrypted: on a network, ask for TLS on the server "
                                              "and add ?sslmode=require to the address.")
                                         : tr("The connection is encrypted (%1).").arg(encryption));
    }
    m_databaseLabel->setToolTip(where);
    m_userLabel->setText(tr("Signed in as %1 (%2)").arg(m_db->actor(), codes::label(CodeList::UserRole, m_role)));
    RegisterTableModel *model = currentModel();
    if (!model || m_overview)
        m_countLabel->clear();
    else if (model->isCounting())
        m_countLabel->setText(model->isLoading() ? tr("Reading…") : tr("Counting…"));
    else
        m_countLabel->setText(tr("%Ln record(s)", nullptr, int(qMin<qint64>(model->matchCount(), INT_MAX))));
}

void MainWindow::switchLanguage(const QString &language)
{
    languages::install(language);
    userSettings()->setValue(QStringLiteral("language"), language);
}

void MainWindow::openDatabase()
{
    const QString file = FileDialog::getOpenFileName(this, tr("Open a database"), QString(),
                                                      tr("Privacy Console databases (*.sqlite *.db);;All files (*)"));
    if (file.isEmpty())
        return;
    const auto spec = ConnectionSpec::parse(file);
    if (!spec) {
        MessageBox::warning(this, tr("Open a database"), spec.errorMessage());
        return;
    }
    switchDatabase(spec.value(), OpenMode::ExistingOnly, tr("Open a database"));
}

void MainWindow::switchDatabase(const ConnectionSpec &spec, OpenMode mode, const QString &title)
{
    auto db = connectInteractively(this, spec, mode);
    if (!db) {
        MessageBox::warning(this, title, db.errorMessage());
        return;
    }
    userSettings()->setValue(QStringLiteral("database"), spec.displayName());
    replaceDatabase(std::move(db.value()));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_db->spec(), this);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return;
    userSettings()->setValue(QStringLiteral("defaultJurisdiction"), dialog.defaultJurisdiction());
    userSettings()->setValue(DeadlineWatch::trayKey(), dialog.trayReminders());
    userSettings()->setValue(DeadlineWatch::calendarFileKey(), dialog.calendarFile());
    m_deadlineWatch->applySettings();
    const QString theme = appearance::key(dialog.theme());
    if (theme != userSettings()->value(QStringLiteral("appearance"), QStringLiteral("system")).toString()) {
        userSettings()->setValue(QStringLiteral("appearance"), theme);
        appearance::apply(dialog.theme());
    }
    const bool restyled = dialog.dateStyle() != dates::style();
    if (restyled) {
        dates::setStyle(dialog.dateStyle());
        userSettings()->setValue(QStringLiteral("dates"), dates::styleKey(dialog.dateStyle()));
    }
    if (dialog.language() != languages::current())
        switchLanguage(dialog.language());
    else if (restyled)
        languages::install(languages::current());   // every screen writes its dates again
    const auto spec = dialog.connection();
    if (spec && spec->displayName() != m_db->spec().displayName())
        switchDatabase(spec.value(), OpenMode::ReadWrite, tr("Settings"));
}

void MainWindow::replaceDatabase(std::unique_ptr<Database> db)
{
    // Undoing means writing to the database the edits were made in.
    m_undoStack->clear();
    (void)AuditTrail::record(*m_db, QStringLiteral("logout"), tr("Signed out"));
    saveColumns();
    m_table->setModel(nullptr);
    m_models.clear();
    m_countsDelay->start();
    m_reader = std::make_unique<BackgroundReader>(db->spec());
    m_deadlineWatch->setDatabase(db->spec());
    m_db = std::move(db);
    m_worklist->setDatabase(m_db.get());
    m_countdown->setDatabase(m_db.get());
    m_consentPanel->setDatabase(m_db.get());
    m_consentPanel->clear();
    for (auto &[kind, editor] : m_editors) {
        editor->setDatabase(m_db.get());
        editor->clear();
    }
    (void)AuditTrail::record(*m_db, QStringLiteral("login"), tr("Signed in to Privacy Console %1")
                                                                   .arg(QStringLiteral(PC_VERSION_STRING)));
    destroyDueIdCopies();
    settleIdCopies();
    reloadOrganizations();
    applyRole();
    listenForChanges();
    showPage(m_navigation->currentRow());
}

void MainWindow::destroyDueIdCopies()
{
    const auto destroyed = intake::destroyDueCopies(*m_db, QDate::currentDate());
    if (!destroyed)
        statusBar()->showMessage(tr("The identity document copies whose time has come could not be destroyed: %1")
                                     .arg(destroyed.errorMessage()));
    else if (destroyed.value() > 0)
        statusBar()->showMessage(tr("%n identity document copy(ies) destroyed: the requests they came with are due.",
                                    nullptr, destroyed.value()),
                                 15000);
}

void MainWindow::settleIdCopies()
{
    // Opened only for work waiting: the key's derivation takes a moment.
    if (!intake::IdVault::hasPendingWork(*m_db))
        return;
    const auto vault = intake::IdVault::session(*m_db);
    if (!vault) {
        statusBar()->showMessage(vault.errorMessage(), 15000);
        return;
    }
    const intake::IdVault::Moved &moved = vault.value()->moved();
    QStringList said;
    if (moved.moved > 0)
        said << tr("%n identity document copy(ies) moved from this computer's folder into the register.", nullptr,
                   moved.moved);
    if (moved.notMoved > 0)
        said << tr("%n copy(ies) stay in the folder of the desk that received them, until their officer opens the "
                   "register there.",
                   nullptr, moved.notMoved);
    if (!said.isEmpty())
        statusBar()->showMessage(said.join(QLatin1Char(' ')), 30000);
}

void MainWindow::showDeadlineRules()
{
    // Saved rules and holidays may move the open requests' due dates: the
    // requests changed are announced, and the registers and forms follow.
    DeadlineRulesDialog dialog(*m_db, this);
    dialogs::exec(dialog);
    if (m_overview)
        applyFilters();
}

void MainWindow::chooseLettersToImport()
{
    const QStringList files = FileDialog::getOpenFileNames(
        this, tr("Import request letters"), QDir::homePath(),
        tr("Letters and scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
    if (!files.isEmpty())
        importLetters(files);
}

QMenu *MainWindow::addConsentExports(QMenu *menu, int row)
{
    RegisterTableModel *model = currentModel();
    if (!model || (model->kind() != RegisterKind::Subjects && model->kind() != RegisterKind::Consents))
        return menu;
    RowId subject = model->rowId(row), purpose = 0;
    if (model->kind() == RegisterKind::Consents) {
        const auto parties = consent::eventParties(*m_db, subject);
        if (!parties)
            return menu;
        subject = parties->subjectId;
        purpose = parties->purposeId;
    }
    if (!menu)
        menu = new QMenu(this);
    else
        menu->addSeparator();
    QAction *personCsv = menu->addAction(tr("Export this person's consent history (CSV)…"), this,
                                         [this, subject] { exportConsentHistory(subject, 0, false); });
    personCsv->setObjectName(QStringLiteral("exportPersonConsentsCsv"));
    menu->addAction(tr("Export this person's consent history (PDF)…"), this,
                    [this, subject] { exportConsentHistory(subject, 0, true); });
    if (purpose > 0) {
        menu->addAction(tr("Export this purpose's consent history (CSV)…"), this,
                        [this, purpose] { exportConsentHistory(0, purpose, false); });
        menu->addAction(tr("Export this purpose's consent history (PDF)…"), this,
                        [this, purpose] { exportConsentHistory(0, purpose, true); });
    }
    return menu;
}

void MainWindow::exportConsentHistory(RowId subjectId, RowId purposeId, bool pdf)
{
    if (const QString path = pc::exportConsentHistory(this, *m_db, subjectId, purposeId, pdf); !path.isEmpty())
        statusBar()->showMessage(tr("Consent history written to %1").arg(path), 8000);
}

void MainWindow::showSelectedConsent()
{
    RegisterTableModel *model = currentModel();
    if (!model || m_current != RegisterKind::Consents || m_overview)
        return;
    const RowId eventId = model->rowId(m_table->currentIndex().row());
    if (eventId <= 0)
        return;
    const auto parties = consent::eventParties(*m_db, eventId);
    if (!parties) {
        m_consentPanel->clear();
        return;
    }
    if (Status s = m_consentPanel->showPerson(parties->subjectId, parties->purposeId); !s)
        statusBar()->showMessage(s.errorMessage(), 10000);
}

void MainWindow::consentRecorded(RowId subjectId)
{
    if (auto *subjects = qobject_cast<SubjectEditor *>(m_editors[RegisterKind::Subjects]);
        subjects && subjects->recordId() == subjectId && sender() != subjects->consents()) {
        (void)subjects->consents()->showPerson(subjectId);
    }
    statusBar()->showMessage(tr("Consent event recorded."), 8000);
}

void MainWindow::recordLapsedConsents()
{
    const QString title = tr("Lapsed consents");
    const RowId organization = m_organizations->currentData().toLongLong();
    const auto due = consent::dueExpiries(*m_db, QDate::currentDate(), organization);
    if (!due) {
        MessageBox::warning(this, title, due.errorMessage());
        return;
    }
    if (due->isEmpty()) {
        MessageBox::information(this, title, tr("No consent has outlived its purpose's period."));
        return;
    }
    if (MessageBox::question(this, title,
                              tr("Consents older than their purpose's period (13 months for cookies, for instance): "
                                 "%n. Record them as expired, each dated the day it lapsed?",
                                 nullptr, int(due->size())))
        != QMessageBox::Yes) {
        return;
    }
    const auto recorded = consent::recordExpiries(*m_db, QDate::currentDate(), organization);
    if (!recorded) {
        MessageBox::warning(this, title, recorded.errorMessage());
        return;
    }
    statusBar()->showMessage(tr("%n consent(s) recorded as expired.", nullptr, recorded.value()), 8000);
}

void MainWindow::chooseFolderToImport()
{
    const QString folder = FileDialog::getExistingDirectory(this, tr("Import a folder of letters"), QDir::homePath());
    if (!folder.isEmpty())
        importLetters({folder});
}

void MainWindow::importLetters(const QStringList &paths)
{
    if (!m_db)
        return;
    const QStringList files = ImportDialog::importableFiles(paths);
    if (files.isEmpty()) {
        MessageBox::information(this, tr("Import request letters"),
                                 tr("There is no PDF or scan (PNG, JPEG, TIFF) to import there."));
        return;
    }
    ImportDialog dialog(*m_db, files, this);
    QString last;
    RowId lastId = 0;
    connect(&dialog, &ImportDialog::requestCreated, this, [&last, &lastId](RowId id, const QString &reference) {
        lastId = id;
        last = reference;
    });
    dialogs::exec(dialog);
    if (!last.isEmpty())
        openItem(RegisterKind::Requests, last, lastId);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_db && event->mimeData()->hasUrls()) {
        const QList<QUrl> urls = event->mimeData()->urls();
        if (std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); }))
            event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        paths << url.toLocalFile();
    event->acceptProposedAction();
    // After the drop has returned: the import dialogs are modal.
    static const QRegularExpression spreadsheet(QStringLiteral("\\.(ods|xlsx)$"),
                                                QRegularExpression::CaseInsensitiveOption);
    if (paths.size() == 1 && spreadsheet.match(paths.first()).hasMatch()) {
        QTimer::singleShot(0, this, [this, paths] { importRegister(paths.first()); });
        return;
    }
    if (paths.size() == 1 && paths.first().endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        QTimer::singleShot(0, this, [this, paths] { importDpia(paths.first()); });
        return;
    }
    QTimer::singleShot(0, this, [this, paths] { importLetters(paths); });
}

void MainWindow::importDpia(const QString &path)
{
    const QString title = tr("Import an impact assessment");
    const RowId organization = m_organizations->currentData().toLongLong();
    if (organization <= 0) {
        MessageBox::information(this, title, tr("Choose the organization the assessment belongs to in the toolbar first."));
        m_organizations->setFocus();
        return;
    }
    QString file = path;
    if (file.isEmpty()) {
        file = FileDialog::getOpenFileName(this, title, QDir::homePath(), tr("CNIL PIA tool files (*.json)"));
        if (file.isEmpty())
            return;
    }
    // Read and checked whole before anything is written.
    Result<Dpia> read = exchange::PiaFile::read(file);
    if (!read) {
        MessageBox::warning(this, title, read.errorMessage());
        return;
    }
    Dpia dpia = read.value();
    dpia.organizationId = organization;
    const Result<RowId> id = exchange::PiaFile::import(*m_db, dpia, QFileInfo(file).fileName());
    if (!id) {
        MessageBox::warning(this, title, tr("Nothing was imported: %1").arg(id.errorMessage()));
        return;
    }
    openItem(RegisterKind::Dpias, QString(), id.value());
    statusBar()->showMessage(tr("“%1” imported: tick the activities it covers.").arg(dpia.name), 10000);
}

void MainWindow::importRegister(const QString &path)
{
    auto notify = [this](RowId, const QString &error) {
        if (!error.isEmpty())
            MessageBox::warning(this, tr("Import a register"), error);
        reloadOrganizations();
    };
    RegisterImportDialog dialog(*m_db, m_organizations->currentData().toLongLong(), notify, this);
    connect(&dialog, &RegisterImportDialog::commandReady, this, [this](QUndoCommand *command) {
        m_undoStack->push(command);
    });
    QString file = path;
    if (file.isEmpty()) {
        file = FileDialog::getOpenFileName(this, tr("Import a register"), QDir::homePath(),
                                           RegisterImportDialog::fileFilter());
        if (file.isEmpty())
            return;
    }
    dialog.loadFile(file);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return;
    reloadOrganizations();
    // The organization imported into is the one shown.
    if (const int index = m_organizations->findData(dialog.result().organizationId); index >= 0)
        m_organizations->setCurrentIndex(index);
    statusBar()->showMessage(tr("Register imported. Activities created: %1; updated: %2.")
                                 .arg(dialog.result().created.size())
                                 .arg(dialog.result().updated.size()),
                             10000);
}

void MainWindow::loadDemo()
{
    QProgressDialog progress(tr("Loading the demo organizations…"), QString(), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    DemoGenerator generator(*m_db);
    generator.setProgressCallback([&progress](double share) {
        progress.setValue(int(share * 100));
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    });
    const auto summary = generator.generate(DemoOptions());
    progress.reset();
    if (!summary) {
        MessageBox::warning(this, tr("Demo organizations"), summary.errorMessage());
        return;
    }
    saveColumns();
    m_table->setModel(nullptr);
    m_models.clear();
    m_countsDelay->start();
    reloadOrganizations();
    showPage(m_navigation->currentRow());
    statusBar()->showMessage(tr("Loaded %n demo organization(s).", nullptr, summary->organizations), 10000);
}

void MainWindow::applyRole()
{
    const Result<QString> role = server::sessionRole(*m_db);
    m_role = role ? role.value() : QStringLiteral("viewer");
    const bool changes = mayChange();
    for (auto &[kind, editor] : m_editors)
        editor->setReadOnly(!changes);
    m_consentPanel->setReadOnly(!changes);
    if (auto *subjects = qobject_cast<SubjectEditor *>(m_editors[RegisterKind::Subjects]))
        subjects->consents()->setReadOnly(!changes);
    for (QAction *action : {m_demoAction, m_organizationAction, m_rulesAction, m_importAction, m_importFolderAction,
                            m_importConsentsAction, m_importRegisterAction, m_importDpiaAction, m_lapsedAction,
                            m_policiesAction, m_idAccessAction}) {
        action->setEnabled(changes);
        action->setToolTip(changes ? QString() : tr("Your role (%1) reads the registers and changes nothing.")
                                                     .arg(codes::label(CodeList::UserRole, m_role)));
    }
    setAcceptDrops(changes);
    m_countdown->setMayPurge(changes && m_role == QLatin1String("admin"));
    updateEditActions();
    updateStatus();
}

void MainWindow::listenForChanges()
{
    connect(&ChangeNotifier::instance(), &ChangeNotifier::changed, this, &MainWindow::showChanges,
            Qt::UniqueConnection);
    // On a server, what every officer commits is told by the server: the
    // database turns it into announcements.
    if (m_db->isPostgresql() && !m_db->listen(QStringLiteral("privacy_console"))) {
        statusBar()->showMessage(tr("Changes made by other officers will show only when a register is opened again."), 10000);
    }
}

void MainWindow::watchConnection()
{
    if (!m_db->isPostgresql() || m_probing)
        return;
    if (!m_db->isBroken()) {
        m_connectionLabel->hide();
        return;
    }
    m_connectionLabel->setText(tr("Connection to the server lost — trying again; what is on screen is kept"));
    m_connectionLabel->show();
    // Whether the server answers, asked from another thread: a server far
    // away may take seconds to say no.
    m_probing = true;
    auto *probe = new QFutureWatcher<bool>(this);
    connect(probe, &QFutureWatcher<bool>::finished, this, [this, probe] {
        probe->deleteLater();
        m_probing = false;
        if (!probe->result() || !m_db->isBroken())
            return;
        if (Status s = m_db->reconnect(); !s)
            return;
        m_connectionLabel->hide();
        statusBar()->showMessage(tr("Connected to the server again."), 10000);
        // Whatever others saved meanwhile, read again as if announced.
        ChangeSet missed;
        for (auto &[kind, model] : m_models) {
            for (const QString &table : model->readTables())
                missed.addAll(table);
        }
        ChangeNotifier::instance().announce(missed);
    });
    probe->setFuture(QtConcurrent::run([spec = m_db->spec()] { return Database::open(spec, OpenMode::ReadOnly).ok(); }));
}

void MainWindow::showChanges(const ChangeSet &changes)
{
    // The registers read again by themselves (their view keeps its row and
    // place, see keepPlace()); the rest of the window follows here.
    bool beyondTrail = false;
    for (const QString &table : changes.tables())
        beyondTrail = beyondTrail || table != QLatin1String("audit_log");
    if (!beyondTrail)
        return;
    m_countsDelay->start();
    m_deadlineWatch->refreshSoon();
    if (changes.contains(QStringLiteral("organizations")))
        reloadOrganizations();
    // The form shows the stored record again, unless the officer is editing it.
    RegisterTableModel *shown = m_overview ? nullptr : currentModel();
    if (RecordEditor *editor = currentEditor();
        editor && shown && editor->recordId() > 0 && !editor->isModified()
        && changes.containsRow(shown->tableName(), editor->recordId())) {
        if (Status s = editor->load(editor->recordId()); !s)
            statusBar()->showMessage(s.errorMessage(), 10000);
        updateEditActions();
    }
    if (m_overview)
        applyFilters();
    if (m_current == RegisterKind::Consents && m_consentPanel->subjectId() > 0
        && changes.contains(QStringLiteral("consent_events")))
        (void)m_consentPanel->showPerson(m_consentPanel->subjectId(), m_consentPanel->purposeId());
}

void MainWindow::keepPlace(RegisterTableModel *model)
{
    // Before the rows are replaced: the selected record and the scroll.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this, model] {
        if (m_table->model() != model)
            return;
        m_keptRow = model->rowId(m_table->currentIndex().row());
        m_keptScroll = m_table->verticalScrollBar()->value();
    });
    // Once the view has taken the new rows: the record just saved, or the
    // one selected before a refresh, selected again, and the view where it was.
    connect(model, &RegisterTableModel::loaded, this, [this, model] {
        if (m_table->model() != model)
            return;
        const RowId wanted = std::exchange(m_selectAfterReload, 0);
        const bool refreshed = model->isRefreshing();
        const RowId row = wanted > 0 ? wanted : refreshed ? m_keptRow : 0;
        if (row > 0)
            selectRow(row);
        if (refreshed) {
            const int scroll = m_keptScroll;
            // The scroll bar has its new range once the view is laid out.
            QTimer::singleShot(0, this, [this, model, scroll] {
                if (m_table->model() == model)
                    m_table->verticalScrollBar()->setValue(scroll);
            });
        }
    });
}

RecordEditor *MainWindow::currentEditor() const
{
    if (m_overview)
        return nullptr;
    const auto it = m_editors.find(m_current);
    return it == m_editors.end() ? nullptr : it->second;
}

void MainWindow::updateEditActions()
{
    RecordEditor *editor = currentEditor();
    const bool hasRecord = editor && editor->recordId() > 0;
    const bool changes = mayChange();
    m_newAction->setEnabled(editor != nullptr && changes);
    m_saveAction->setEnabled(editor && editor->isEnabled() && changes);
    m_duplicateAction->setEnabled(hasRecord && changes);
    m_deleteAction->setEnabled(hasRecord && changes);
    if (isRecordOpen())
        updateRecordTitle();
}

bool MainWindow::confirmDiscard()
{
    RecordEditor *editor = currentEditor();
    if (!editor || !editor->isEnabled() || !editor->isModified())
        return true;
    return MessageBox::question(this, tr("Unsaved changes"),
                                 tr("“%1” has unsaved changes. Discard them?").arg(editor->recordLabel()),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
           == QMessageBox::Discard;
}

void MainWindow::loadSelectedRecord()
{
    if (m_current == RegisterKind::Consents) {
        showSelectedConsent();
        return;
    }
    RecordEditor *editor = currentEditor();
    RegisterTableModel *model = currentModel();
    if (!editor || !model)
        return;
    const RowId id = model->rowId(m_table->currentIndex().row());
    if (id <= 0 || id == editor->recordId())
        return;
    if (!confirmDiscard())
        return;
    if (Status s = editor->load(id); !s)
        statusBar()->showMessage(s.errorMessage(), 10000);
    updateEditActions();
}

void MainWindow::newRecord()
{
    RecordEditor *editor = currentEditor();
    if (!editor)
        return;
    const RowId org = m_organizations->currentData().toLongLong();
    if (org <= 0) {
        MessageBox::information(this, RegisterTableModel::title(m_current),
                                 tr("Choose the organization the new record belongs to in the toolbar first."));
        m_organizations->setFocus();
        return;
    }
    if (!confirmDiscard())
        return;
    m_table->clearSelection();
    if (Status s = editor->startNew(org); !s) {
        MessageBox::warning(this, RegisterTableModel::title(m_current), s.errorMessage());
        return;
    }
    showRecordPage();
    updateEditActions();
    editor->firstField()->setFocus();
}

void MainWindow::screenActivity(RowId activityId)
{
    auto *activities = qobject_cast<ActivityEditor *>(m_editors[RegisterKind::Activities]);
    const QString title = tr("Screen for an impact assessment");
    if (!activities || !mayChange())
        return;
    if (activities->isModified()) {
        MessageBox::information(this, title, tr("Save the activity's changes first."));
        return;
    }
    ScreeningDialog dialog(*m_db, activityId, this);
    if (!dialog.problem().isEmpty()) {
        MessageBox::warning(this, title, dialog.problem());
        return;
    }
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return;
    dpia::Screening screening = dialog.screening();
    if (const auto recorded = DpiaRepository(*m_db).recordScreening(screening); !recorded) {
        MessageBox::warning(this, title, recorded.errorMessage());
        return;
    }
    // The activity's flag follows the screening: show it as stored now.
    recordChanged(RegisterKind::Activities, activityId, QString());
    if (Status s = activities->load(activityId); !s)
        statusBar()->showMessage(s.errorMessage(), 10000);
    statusBar()->showMessage(tr("Screening recorded: %1").arg(dpia::ScreeningRules().outcomeText(screening.outcome())), 10000);
}

// What a reminder announced: one item's record (or the page where it is
// done), the dashboard's list of deadlines for several, the window for none.
void MainWindow::openDueItems(const QList<deadlines::DueItem> &items)
{
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    if (items.size() > 1)
        m_navigation->selectEntry(kDashboardEntry);
    if (items.size() != 1)
        return;
    const deadlines::DueItem &item = items.first();
    switch (item.kind) {
    case deadlines::DueItem::Kind::Request: openItem(RegisterKind::Requests, item.reference, 0); break;
    case deadlines::DueItem::Kind::Breach: openItem(RegisterKind::Breaches, item.reference, 0); break;
    case deadlines::DueItem::Kind::Purge: m_navigation->selectEntry(kCountdownEntry); break;
    case deadlines::DueItem::Kind::DpiaReview:
    case deadlines::DueItem::Kind::DpiaAction: openItem(RegisterKind::Dpias, item.reference, 0); break;
    }
}

// The breach's form, when what is written from its saved record may be:
// the officer may change the register, and the form holds no unsaved change.
RecordEditor *MainWindow::savedBreach(const QString &title, const QString &unsaved)
{
    RecordEditor *editor = m_editors[RegisterKind::Breaches];
    if (!editor || !mayChange())
        return nullptr;
    if (editor->isModified()) {
        MessageBox::information(this, title, unsaved);
        return nullptr;
    }
    return editor;
}

// Runs a dialog that writes from a breach's record; on acceptance, the
// breach is shown again as stored now.
bool MainWindow::runBreachDialog(QDialog &dialog, const QString &problem, const QString &title, RecordEditor *editor,
                                 RowId breachId)
{
    if (!problem.isEmpty()) {
        MessageBox::warning(this, title, problem);
        return false;
    }
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return false;
    recordChanged(RegisterKind::Breaches, breachId, QString());
    if (Status s = editor->load(breachId); !s)
        statusBar()->showMessage(s.errorMessage(), 10000);
    return true;
}

void MainWindow::notifyBreach(RowId breachId)
{
    const QString title = tr("Notify the authority");
    RecordEditor *editor = savedBreach(
        title, tr("Save the breach's changes first: the notification is written from its saved record."));
    if (!editor)
        return;
    NoticeDialog dialog(*m_db, breachId, this);
    if (runBreachDialog(dialog, dialog.problem(), title, editor, breachId)) {
        statusBar()->showMessage(tr("%1 recorded as sent on %2.")
                                     .arg(codes::label(CodeList::NoticePhase, dialog.recorded().phase),
                                          dates::toText(dialog.recorded().sentAt)),
                                 10000);
    }
}

void MainWindow::writeBreachLetters(RowId breachId)
{
    const QString title = tr("Letters to the people concerned");
    RecordEditor *editor =
        savedBreach(title, tr("Save the breach's changes first: the letters are written from its saved record."));
    if (!editor)
        return;
    BreachLettersDialog dialog(*m_db, breachId, this);
    if (runBreachDialog(dialog, dialog.problem(), title, editor, breachId))
        statusBar()->showMessage(tr("%n person(s) recorded as told.", nullptr, dialog.recordedCount()), 10000);
}

void MainWindow::openActivityDpia(RowId activityId)
{
    const auto assessments = DpiaRepository(*m_db).forActivity(activityId);
    if (!assessments) {
        MessageBox::warning(this, RegisterTableModel::title(RegisterKind::Dpias), assessments.errorMessage());
        return;
    }
    if (!assessments->isEmpty()) {
        openItem(RegisterKind::Dpias, QString(), assessments->first().id);
        return;
    }
    if (!mayChange() || !confirmDiscard())
        return;
    openRegister(RegisterKind::Dpias, 0, QString());
    auto *editor = qobject_cast<DpiaEditor *>(m_editors[RegisterKind::Dpias]);
    if (!editor)
        return;
    m_table->clearSelection();
    if (Status s = editor->startForActivity(activityId); !s) {
        MessageBox::warning(this, RegisterTableModel::title(RegisterKind::Dpias), s.errorMessage());
        return;
    }
    showRecordPage();
    updateEditActions();
    editor->firstField()->setFocus();
}

void MainWindow::duplicateRecord()
{
    RecordEditor *editor = currentEditor();
    if (!editor || editor->recordId() <= 0 || !confirmDiscard())
        return;
    m_table->clearSelection();
    if (Status s = editor->startDuplicate(); !s)
        MessageBox::warning(this, RegisterTableModel::title(m_current), s.errorMessage());
    else
        showRecordPage();
    updateEditActions();
}

RecordNotifier MainWindow::notifierFor(RegisterKind kind)
{
    return [this, kind](RowId id, const QString &error) { recordChanged(kind, id, error); };
}

void MainWindow::saveRecord()
{
    RecordEditor *editor = currentEditor();
    if (!editor || !editor->isEnabled())
        return;
    const auto command = editor->save(notifierFor(m_current));
    if (!command) {
        MessageBox::warning(this, tr("The record cannot be saved"), command.errorMessage());
        return;
    }
    m_undoStack->push(command.value());
    recordChanged(m_current, editor->recordId(), QString());
}

void MainWindow::deleteRecord()
{
    RecordEditor *editor = currentEditor();
    if (!editor || editor->recordId() <= 0)
        return;
    const auto answer = MessageBox::question(
        this, tr("Delete"),
        tr("Delete “%1” from the register? You can undo this with Ctrl+Z.").arg(editor->recordLabel()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const auto command = editor->remove(notifierFor(m_current));
    if (!command) {
        MessageBox::warning(this, tr("Delete"), command.errorMessage());
        return;
    }
    m_undoStack->push(command.value());
    recordChanged(m_current, 0, QString());
}

void MainWindow::showOrganization()
{
    auto notify = [this](RowId, const QString &error) {
        if (!error.isEmpty())
            MessageBox::warning(this, tr("Organization details"), error);
        reloadOrganizations();
    };
    OrganizationDialog dialog(*m_db, m_organizations->currentData().toLongLong(), notify, this);
    connect(&dialog, &OrganizationDialog::commandReady, this, [this](QUndoCommand *command) {
        m_undoStack->push(command);
        reloadOrganizations();
    });
    dialogs::exec(dialog);
    reloadOrganizations();
    applyFilters();
}

void MainWindow::recordChanged(RegisterKind kind, RowId id, const QString &error)
{
    if (!error.isEmpty())
        MessageBox::warning(this, RegisterTableModel::title(kind), error);
    m_countsDelay->start();
    // Undo and redo may run while another register is on screen. The
    // register reads the change again by itself (it was announced); the
    // record shown is selected once its rows are in.
    const auto it = m_models.find(kind);
    if (it == m_models.end())
        return;
    if (m_overview || m_current != kind)
        return;
    updateStatus();
    RecordEditor *editor = currentEditor();
    if (id <= 0) {
        editor->clear();
        if (isRecordOpen()) {
            m_registerStack->setCurrentIndex(0);
            updateMoveActions();
        }
        updateEditActions();
        return;
    }
    m_selectAfterReload = id;
    selectRow(id);
    if (Status s = editor->load(id); !s)
        statusBar()->showMessage(s.errorMessage(), 10000);
    updateEditActions();
}

void MainWindow::selectRow(RowId id)
{
    // The row is selected when it is among the rows already fetched (or the
    // next pages of a short register); the form shows the record either way.
    RegisterTableModel *model = currentModel();
    if (!model || m_overview)
        return;
    for (int row = 0; row < 4096; ++row) {
        if (row >= model->rowCount()) {
            if (!model->canFetchMore(QModelIndex()))
                break;
            model->fetchMore(QModelIndex());
        }
        if (row < model->rowCount() && model->rowId(row) == id) {
            const QSignalBlocker blocker(m_table->selectionModel());
            m_table->selectRow(row);
            break;
        }
    }
}

void MainWindow::whenLoaded(RegisterTableModel *model, std::function<void()> then)
{
    if (!model->isLoading()) {
        then();
        return;
    }
    // Once only, and not after the register on screen has changed.
    connect(model, &RegisterTableModel::loaded, this,
            [this, model, then = std::move(then)] {
                if (model == currentModel() && !m_overview)
                    then();
            },
            Qt::SingleShotConnection);
}

bool MainWindow::hasFullEditor(RegisterKind kind)
{
    return kind == RegisterKind::Activities || kind == RegisterKind::Subjects || kind == RegisterKind::Requests
           || kind == RegisterKind::Processors || kind == RegisterKind::Breaches || kind == RegisterKind::Retention
           || kind == RegisterKind::Dpias;
}

void MainWindow::createRecordPage()
{
    m_recordPage = new QWidget;
    m_recordPage->setObjectName(QStringLiteral("recordPage"));
    m_back = new QToolButton;
    m_back->setObjectName(QStringLiteral("backToList"));
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setArrowType(Qt::LeftArrow);
    m_back->setAutoRaise(true);
    connect(m_back, &QToolButton::clicked, this, &MainWindow::closeRecord);
    m_recordTitle = new QLabel;
    m_recordTitle->setObjectName(QStringLiteral("recordTitle"));
    QFont titleFont = m_recordTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_recordTitle->setFont(titleFont);
    m_recordTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_recordTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_previousRecord = new QToolButton;
    m_previousRecord->setObjectName(QStringLiteral("previousRecord"));
    m_previousRecord->setArrowType(Qt::UpArrow);
    m_previousRecord->setAutoRaise(true);
    connect(m_previousRecord, &QToolButton::clicked, this, [this] { moveRecord(-1); });
    m_nextRecord = new QToolButton;
    m_nextRecord->setObjectName(QStringLiteral("nextRecord"));
    m_nextRecord->setArrowType(Qt::DownArrow);
    m_nextRecord->setAutoRaise(true);
    connect(m_nextRecord, &QToolButton::clicked, this, [this] { moveRecord(1); });
    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addSpacing(8);
    top->addWidget(m_recordTitle, 1);
    top->addWidget(m_previousRecord);
    top->addWidget(m_nextRecord);

    m_sectionIndex = new QListWidget;
    m_sectionIndex->setObjectName(QStringLiteral("sectionIndex"));
    m_sectionIndex->setFrameShape(QFrame::NoFrame);
    m_sectionIndex->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_sectionIndex->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sectionIndex->viewport()->setBackgroundRole(QPalette::Window);
    connect(m_sectionIndex, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (RecordEditor *editor = currentEditor())
            editor->showSection(item->data(Qt::UserRole).toString());
    });
    connect(m_sectionIndex, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (RecordEditor *editor = currentEditor()) {
            editor->showSection(item->data(Qt::UserRole).toString(), true);
        }
    });
    m_recordStack = new QStackedWidget;
    m_recordStack->setObjectName(QStringLiteral("recordStack"));
    auto *body = new QHBoxLayout;
    body->addWidget(m_sectionIndex);
    body->addWidget(m_recordStack, 1);
    auto *layout = new QVBoxLayout(m_recordPage);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addLayout(body, 1);

    // Escape goes back to the list when nothing is being edited.
    auto *escape = new QAction(m_recordPage);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, [this] {
        RecordEditor *editor = currentEditor();
        if (!editor || !editor->isModified())
            closeRecord();
    });
    m_recordPage->addAction(escape);
}

bool MainWindow::isRecordOpen() const
{
    return !m_overview && m_pages->currentWidget() == m_registerStack && m_registerStack->currentWidget() == m_recordPage;
}

void MainWindow::updateMoveActions()
{
    const bool record = isRecordOpen();
    m_nextRegisterAction->setText(record ? tr("&Next record") : tr("&Next register"));
    m_previousRegisterAction->setText(record ? tr("&Previous record") : tr("&Previous register"));
    m_backAction->setEnabled(record);
}

void MainWindow::showRecordPage()
{
    RecordEditor *editor = currentEditor();
    if (!editor || !hasFullEditor(m_current))
        return;
    m_recordStack->setCurrentWidget(editor);
    m_registerStack->setCurrentWidget(m_recordPage);
    fillSectionIndex();
    updateRecordTitle();
    updateMoveActions();
    editor->showSection(editor->sectionKeys().value(0));
}

void MainWindow::openRecord()
{
    RecordEditor *editor = currentEditor();
    RegisterTableModel *model = currentModel();
    if (!editor || !model || !hasFullEditor(m_current))
        return;
    const RowId id = model->rowId(m_table->currentIndex().row());
    if (id <= 0)
        return;
    if (id != editor->recordId()) {
        if (!confirmDiscard())
            return;
        if (Status s = editor->load(id); !s) {
            statusBar()->showMessage(s.errorMessage(), 10000);
            return;
        }
    }
    showRecordPage();
    updateEditActions();
}

void MainWindow::closeRecord()
{
    if (!isRecordOpen())
        return;
    m_registerStack->setCurrentIndex(0);
    updateMoveActions();
    // Back at the record's row, in view.
    if (RecordEditor *editor = currentEditor(); editor && editor->recordId() > 0) {
        selectRow(editor->recordId());
        m_table->scrollTo(m_table->currentIndex());
    }
    m_table->setFocus();
}

void MainWindow::moveRecord(int step)
{
    RegisterTableModel *model = currentModel();
    if (!model || m_overview)
        return;
    int row = m_table->currentIndex().row() + step;
    if (row >= model->rowCount() && model->canFetchMore(QModelIndex()))
        model->fetchMore(QModelIndex());
    if (row < 0 || row >= model->rowCount())
        return;
    const QModelIndex target = model->index(row, qMax(0, m_table->currentIndex().column()));
    // Selecting the row loads its record (asking first about unsaved changes).
    m_table->setCurrentIndex(target);
    m_table->scrollTo(target);
    if (isRecordOpen()) {
        RecordEditor *editor = currentEditor();
        if (editor && editor->recordId() == model->rowId(row))
            showRecordPage();
        else   // the officer kept their edit: the row goes back to it
            selectRow(editor ? editor->recordId() : 0);
    }
}

void MainWindow::fillSectionIndex()
{
    RecordEditor *editor = currentEditor();
    const QSignalBlocker blocker(m_sectionIndex);
    m_sectionIndex->clear();
    if (!editor)
        return;
    int widest = 0;
    for (const QString &key : editor->sectionKeys()) {
        auto *item = new QListWidgetItem(editor->sectionTitle(key), m_sectionIndex);
        item->setData(Qt::UserRole, key);
        item->setSizeHint(QSize(0, m_sectionIndex->fontMetrics().height() + 12));
        widest = qMax(widest, m_sectionIndex->fontMetrics().horizontalAdvance(item->text()));
    }
    m_sectionIndex->setFixedWidth(widest + 32);
    m_sectionIndex->setVisible(m_sectionIndex->count() > 0);
    showCurrentSection(editor->currentSection());
}

void MainWindow::showCurrentSection(const QString &key)
{
    const QSignalBlocker blocker(m_sectionIndex);
    for (int row = 0; row < m_sectionIndex->count(); ++row) {
        if (m_sectionIndex->item(row)->data(Qt::UserRole).toString() == key)
            m_sectionIndex->setCurrentRow(row);
    }
}

void MainWindow::updateRecordTitle()
{
    RecordEditor *editor = currentEditor();
    if (!editor || !m_recordTitle)
        return;
    QString title = editor->recordId() > 0 ? editor->recordLabel() : m_newAction->text().remove(QLatin1Char('&'));
    if (editor->isModified())
        title = tr("%1 (not saved)").arg(title);
    m_recordTitle->setText(title);
    m_recordTitle->setToolTip(title);
    m_back->setText(RegisterTableModel::title(m_current));
}

namespace {

// The settings key of a register's columns.
QString columnsKey(RegisterKind kind)
{
    static const char *const names[] = {"activities", "subjects", "consents", "requests",
                                        "processors", "retention", "breaches", "audit", "dpias"};
    return QStringLiteral("columns/") + QLatin1String(names[int(kind)]);
}

} // namespace

void MainWindow::restoreLayout()
{
    const auto settings = userSettings();
    const QByteArray geometry = settings->value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // The first start: the whole of the screen's free area, set as a
        // geometry (which holds without a window manager) and as maximized.
        if (const QScreen *shown = screen() ? screen() : QGuiApplication::primaryScreen())
            setGeometry(shown->availableGeometry());
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    restoreState(settings->value(QStringLiteral("window/state")).toByteArray());
    if (!m_mainSplitter->restoreState(settings->value(QStringLiteral("window/navigation")).toByteArray()))
        m_mainSplitter->setSizes({m_navigation->sizeHint().width(), qMax(600, width() - m_navigation->sizeHint().width())});
    m_tableAndForm->restoreState(settings->value(QStringLiteral("window/tableAndForm")).toByteArray());
}

void MainWindow::saveLayout()
{
    saveColumns();
    const auto settings = userSettings();
    settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings->setValue(QStringLiteral("window/state"), saveState());
    settings->setValue(QStringLiteral("window/navigation"), m_mainSplitter->saveState());
    settings->setValue(QStringLiteral("window/tableAndForm"), m_tableAndForm->saveState());
}

void MainWindow::saveColumns()
{
    const auto *model = qobject_cast<const RegisterTableModel *>(m_table->model());
    if (!model)
        return;
    const auto settings = userSettings();
    const QString key = columnsKey(model->kind());
    settings->setValue(key + QStringLiteral("/header"), m_table->horizontalHeader()->saveState());
    settings->setValue(key + QStringLiteral("/columns"), model->columnSignature());
    settings->setValue(key + QStringLiteral("/sized"), m_columnsSized.contains(int(model->kind())));
}

void MainWindow::restoreColumns()
{
    RegisterTableModel *model = currentModel();
    if (!model)
        return;
    const auto settings = userSettings();
    const QString key = columnsKey(model->kind());
    const QByteArray state = settings->value(key + QStringLiteral("/header")).toByteArray();
    QHeaderView *header = m_table->horizontalHeader();
    // A register whose columns changed since (a new version) starts afresh.
    if (!state.isEmpty() && settings->value(key + QStringLiteral("/columns")).toString() == model->columnSignature()) {
        m_fittingColumns = true;
        {
            // The rows keep the order they are read in; the header shows it.
            const QSignalBlocker blocker(header);
            header->restoreState(state);
            header->setSortIndicator(model->sortColumn(), model->sortOrder());
        }
        m_fittingColumns = false;
        if (settings->value(key + QStringLiteral("/sized")).toBool())
            m_columnsSized.insert(int(model->kind()));
    } else {
        for (int c = 0; c < model->columnCount(); ++c)
            header->setSectionHidden(c, model->headerData(c, Qt::Horizontal, kHiddenByDefaultRole).toBool());
    }
    // Header and rows must be in place before the widths are measured.
    fitColumnsLater();
}

void MainWindow::fitColumnsLater()
{
    if (!m_overview && !m_columnsSized.contains(int(m_current)))
        m_fitDelay->start();
}

void MainWindow::fitColumnsNow()
{
    if (m_overview || m_columnsSized.contains(int(m_current)) || !currentModel())
        return;
    m_fittingColumns = true;
    fitColumns(m_table);
    m_fittingColumns = false;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumnsLater();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showHeaderMenu(const QPoint &at)
{
    RegisterTableModel *model = currentModel();
    if (!model || m_overview)
        return;
    QHeaderView *header = m_table->horizontalHeader();
    const int column = header->logicalIndexAt(at);
    std::unique_ptr<QMenu> menu(filterMenu(column, QModelIndex(), this));
    if (menu) {
        menu->addSeparator();
    } else {
        menu = std::make_unique<QMenu>(this);
        menu->setObjectName(QStringLiteral("headerMenu"));
    }
    QMenu *columns = menu->addMenu(tr("Columns shown"));
    columns->setObjectName(QStringLiteral("columnsMenu"));
    for (int c = 0; c < model->columnCount(); ++c) {
        QAction *shown = columns->addAction(model->headerData(c, Qt::Horizontal).toString());
        shown->setObjectName(QStringLiteral("column_%1").arg(c));
        shown->setCheckable(true);
        shown->setChecked(!header->isSectionHidden(c));
        // The last column shown stays.
        shown->setEnabled(header->isSectionHidden(c) || header->count() - header->hiddenSectionCount() > 1);
        connect(shown, &QAction::toggled, this, [this, c](bool visible) {
            m_table->horizontalHeader()->setSectionHidden(c, !visible);
            saveColumns();
            fitColumnsLater();
        });
    }
    QAction *fit = menu->addAction(tr("Fit the columns to the window"), this, [this] {
        m_columnsSized.remove(int(m_current));
        fitColumnsNow();
        saveColumns();
    });
    fit->setObjectName(QStringLiteral("fitColumns"));
    menu->exec(header->mapToGlobal(at));
}

void MainWindow::refreshCounts()
{
    if (!m_db)
        return;
    const ConnectionSpec spec = m_db->spec();
    const RowId organization = m_organizations->currentData().toLongLong();
    const QDateTime now = QDateTime::currentDateTime();
    // On a connection of its own, off the UI thread, as the dashboard's figures.
    m_countsWatcher.setFuture(QtConcurrent::run([spec, organization, now]() -> std::optional<WaitingWork> {
        auto db = Database::open(spec, OpenMode::ReadOnly);
        if (!db)
            return std::nullopt;
        auto counted = WaitingWork::load(*db.value(), organization, now);
        if (!counted)
            return std::nullopt;
        return counted.value();
    }));
}

void MainWindow::showCounts()
{
    const WaitingWork &w = m_waiting;
    QString requests;
    if (w.overdueRequests > 0 || w.dueSoonRequests > 0) {
        //: Beside the worklist: the open requests past their deadline, and those due soon.
        requests = tr("%1; %2").arg(tr("%n request(s) overdue", nullptr, w.overdueRequests),
                                    tr("%n due within five working days", nullptr, w.dueSoonRequests));
    }
    m_navigation->setCounts(kWorklistEntry, w.overdueRequests, w.dueSoonRequests, requests);
    QString breaches;
    if (w.breachesToNotify > 0) {
        breaches = tr("%n breach(es) to notify to the authority", nullptr, w.breachesToNotify);
        if (w.breachesOverdue > 0)
            breaches = tr("%1, %2").arg(breaches, tr("%n past the deadline", nullptr, w.breachesOverdue));
    }
    m_navigation->setCounts(int(RegisterKind::Breaches), w.breachesOverdue, w.breachesToNotify - w.breachesOverdue,
                            breaches);
    QStringList assessments;
    if (w.dpiaLate > 0)
        assessments << tr("%n review(s) or action(s) of impact assessments past their day", nullptr, w.dpiaLate);
    if (w.dpiaReviewsSoon > 0)
        assessments << tr("%n impact assessment(s) to review within 30 days", nullptr, w.dpiaReviewsSoon);
    m_navigation->setCounts(int(RegisterKind::Dpias), w.dpiaLate, w.dpiaReviewsSoon, assessments.join(QStringLiteral("; ")));
    const int purges = int(qMin<qint64>(w.purgesDue, INT_MAX));
    m_navigation->setCounts(kCountdownEntry, purges, 0,
                            purges > 0 ? tr("%n retention period(s) ended: the purge is due", nullptr, purges)
                                       : QString());
}

bool MainWindow::openPage(const QString &name)
{
    if (name == QLatin1String("deadline-rules")) {
        QTimer::singleShot(0, this, &MainWindow::showDeadlineRules);
        return true;
    }
    if (name == QLatin1String("settings")) {
        QTimer::singleShot(0, m_settingsAction, &QAction::trigger);
        return true;
    }
    if (name == QLatin1String("reports")) {
        QTimer::singleShot(0, m_reportsAction, &QAction::trigger);
        return true;
    }
    if (name == QLatin1String("id-access")) {
        QTimer::singleShot(0, m_idAccessAction, &QAction::trigger);
        return true;
    }
    // "activity=REF:SECTION": that activity's form at one of its sections;
    // "screening=REF": its screening for an impact assessment.
    if (name.startsWith(QLatin1String("activity=")) || name.startsWith(QLatin1String("screening="))) {
        const bool screening = name.startsWith(QLatin1String("screening="));
        const QString reference = name.section(QLatin1Char('='), 1).section(QLatin1Char(':'), 0, 0);
        const QString section = name.section(QLatin1Char('='), 1).section(QLatin1Char(':'), 1);
        const Result<RowId> found = RegisterRepository(*m_db).activityIdByReference(0, reference);
        if (!found || found.value() == 0)
            return false;
        const RowId id = found.value();
        QTimer::singleShot(0, this, [this, id, screening, section] {
            openItem(RegisterKind::Activities, QString(), id);
            if (screening) {
                screenActivity(id);
            } else if (!section.isEmpty()) {
                QTimer::singleShot(300, this, [this, section] { m_editors[RegisterKind::Activities]->showSection(section); });
            }
        });
        return true;
    }
    // "breach=REF:SECTION": that breach's form at one of its sections;
    // "notice=REF": its next notification to the authority; "letters=REF":
    // its letters to the people concerned.
    if (name.startsWith(QLatin1String("breach=")) || name.startsWith(QLatin1String("notice="))
        || name.startsWith(QLatin1String("letters="))) {
        const bool notice = name.startsWith(QLatin1String("notice="));
        const bool letters = name.startsWith(QLatin1String("letters="));
        const QString reference = name.section(QLatin1Char('='), 1).section(QLatin1Char(':'), 0, 0);
        const QString section = name.section(QLatin1Char('='), 1).section(QLatin1Char(':'), 1);
        const Result<QList<Breach>> found = CaseRepository(*m_db).breachesByReference(reference);
        if (!found || found->isEmpty())
            return false;
        const RowId id = found->first().id;
        QTimer::singleShot(0, this, [this, id, notice, letters, section] {
            openItem(RegisterKind::Breaches, QString(), id);
            if (notice) {
                notifyBreach(id);
            } else if (letters) {
                writeBreachLetters(id);
            } else if (!section.isEmpty()) {
                QTimer::singleShot(300, this, [this, section] { m_editors[RegisterKind::Breaches]->showSection(section); });
            }
        });
        return true;
    }
    // "import-register=FILE": the register import on that file.
    if (name.startsWith(QLatin1String("import-register="))) {
        const QString file = name.mid(16);
        QTimer::singleShot(0, this, [this, file] { importRegister(file); });
        return true;
    }
    // "import=FILE": the import dialog on that letter.
    if (name.startsWith(QLatin1String("import="))) {
        const QString file = name.mid(7);
        QTimer::singleShot(0, this, [this, file] { importLetters({file}); });
        return true;
    }
    static const std::pair<const char *, int> pages[] = {
        {"dashboard", kDashboardEntry},           {"worklist", kWorklistEntry},
        {"countdown", kCountdownEntry},
        {"activities", int(RegisterKind::Activities)},
        {"subjects", int(RegisterKind::Subjects)}, {"consents", int(RegisterKind::Consents)},
        {"requests", int(RegisterKind::Requests)}, {"processors", int(RegisterKind::Processors)},
        {"retention", int(RegisterKind::Retention)}, {"breaches", int(RegisterKind::Breaches)},
        {"audit", int(RegisterKind::Audit)}, {"dpias", int(RegisterKind::Dpias)},
    };
    // "activities:open": the register's first record in its own page.
    // "activities:open:dpia": at one of its sections.
    const QStringList parts = name.split(QLatin1Char(':'));
    const bool open = parts.size() > 1 && parts.at(1) == QLatin1String("open");
    const QString section = open ? parts.value(2) : QString();
    const QString page = parts.first();
    for (const auto &[key, entry] : pages) {
        if (page != QLatin1String(key))
            continue;
        m_navigation->selectEntry(entry);
        if (RegisterTableModel *model = currentModel(); model && entry >= 0) {
            whenLoaded(model, [this, model, open, section] {
                if (model->rowCount() == 0)
                    return;
                m_table->selectRow(0);
                if (open)
                    openRecord();
                if (const auto editor = m_editors.find(m_current); editor != m_editors.end() && !section.isEmpty()) {
                    // Once the form is laid out.
                    QTimer::singleShot(300, editor->second, [form = editor->second, section] { form->showSection(section); });
                }
            });
        }
        return true;
    }
    return false;
}

void MainWindow::offerDemoIfEmpty()
{
    if (m_organizations->count() > 1 || !mayChange())
        return;
    WelcomeDialog welcome(*m_db, this);
    if (dialogs::exec(welcome) != QDialog::Accepted)
        return;
    if (welcome.choice() == WelcomeDialog::Choice::Demo) {
        loadDemo();
    } else if (welcome.choice() == WelcomeDialog::Choice::Organization) {
        reloadOrganizations();
        m_organizations->setCurrentIndex(m_organizations->findData(welcome.organizationId()));
        openPage(QStringLiteral("dashboard"));
        statusBar()->showMessage(tr("Your organization is in the register: add its processing activities next "
                                    "(Processing register, Ctrl+N)."),
                                 15000);
    }
}

} // namespace pc
