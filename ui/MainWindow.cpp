#include "MainWindow.h"

#include "Version.h"

#include "Connect.h"
#include "commands/ActivityCommands.h"
#include "register/ActivityEditor.h"
#include "dashboard/DashboardView.h"
#include "settings/SettingsDialog.h"

#include "core/Languages.h"
#include "core/Settings.h"
#include "demo/DemoGenerator.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/RegisterRepository.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace pc {
namespace {

// The navigation's first entry is the dashboard; the registers follow.
constexpr int kDashboardEntry = -1;

constexpr RegisterKind kRegisters[] = {
    RegisterKind::Activities, RegisterKind::Subjects,   RegisterKind::Consents, RegisterKind::Requests,
    RegisterKind::Processors, RegisterKind::Retention, RegisterKind::Breaches, RegisterKind::Audit,
};

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("mainWindow"));
    createWidgets();
    createMenus();
    retranslateUi();
    reloadOrganizations();
    m_navigation->setCurrentRow(0);
    (void)AuditTrail::record(*m_db, QStringLiteral("login"), tr("Signed in to Privacy Console %1")
                                                                   .arg(QStringLiteral(PC_VERSION_STRING)));
    restoreGeometry(userSettings()->value(QStringLiteral("window/geometry")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setMaximumWidth(280);
    new QListWidgetItem(m_navigation);
    m_navigation->item(0)->setData(Qt::UserRole, kDashboardEntry);
    for (RegisterKind kind : kRegisters) {
        auto *item = new QListWidgetItem(m_navigation);
        item->setData(Qt::UserRole, int(kind));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPage);

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
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_clearFilter = new QToolButton;
    m_clearFilter->setObjectName(QStringLiteral("clearFilter"));
    m_clearFilter->hide();
    connect(m_clearFilter, &QToolButton::clicked, this, [this] {
        if (RegisterTableModel *model = currentModel())
            model->clearColumnFilters();
        retranslateUi();
    });

    auto *registerPage = new QWidget;
    auto *layout = new QVBoxLayout(registerPage);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_clearFilter);
    layout->addLayout(titleRow);
    m_editor = new ActivityEditor;
    m_editor->hide();
    connect(m_editor, &ActivityEditor::saveRequested, this, &MainWindow::saveActivity);
    connect(m_editor, &ActivityEditor::modifiedChanged, this, &MainWindow::updateEditActions);
    auto *tableAndForm = new QSplitter;
    tableAndForm->addWidget(m_table);
    tableAndForm->addWidget(m_editor);
    tableAndForm->setStretchFactor(0, 3);
    tableAndForm->setStretchFactor(1, 2);
    layout->addWidget(tableAndForm, 1);

    m_dashboard = new DashboardView;
    connect(m_dashboard, &DashboardView::registerRequested, this, &MainWindow::openRegister);
    connect(m_dashboard, &DashboardView::itemRequested, this, &MainWindow::openItem);
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(registerPage);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    m_databaseLabel = new QLabel;
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_userLabel = new QLabel;
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_databaseLabel);
    statusBar()->addPermanentWidget(m_userLabel);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::openDatabase);
    m_openAction->setShortcut(QKeySequence::Open);
    m_demoAction = m_fileMenu->addAction(QString(), this, &MainWindow::loadDemo);
    m_settingsAction = m_fileMenu->addAction(QString(), this, &MainWindow::showSettings);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

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
    m_newAction = m_editMenu->addAction(QString(), this, &MainWindow::newActivity);
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_saveAction = m_editMenu->addAction(QString(), this, &MainWindow::saveActivity);
    m_saveAction->setObjectName(QStringLiteral("saveAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_duplicateAction = m_editMenu->addAction(QString(), this, &MainWindow::duplicateActivity);
    m_duplicateAction->setObjectName(QStringLiteral("duplicateAction"));
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteAction = m_editMenu->addAction(QString(), this, &MainWindow::deleteActivity);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);

    m_viewMenu = menuBar()->addMenu(QString());
    m_searchAction = m_viewMenu->addAction(QString(), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_searchAction->setShortcut(QKeySequence::Find);
    m_nextRegisterAction = m_viewMenu->addAction(QString(), this, [this] {
        m_navigation->setCurrentRow((m_navigation->currentRow() + 1) % m_navigation->count());
    });
    m_nextRegisterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    m_previousRegisterAction = m_viewMenu->addAction(QString(), this, [this] {
        m_navigation->setCurrentRow((m_navigation->currentRow() + m_navigation->count() - 1) % m_navigation->count());
    });
    m_previousRegisterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
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

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Privacy Console"),
                           tr("<h3>Privacy Console %1</h3><p>The privacy officer's register of processing "
                              "activities, data subjects, consents, rights requests, processors and retention.</p>")
                               .arg(QStringLiteral(PC_VERSION_STRING)));
    });
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Privacy Console"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QListWidgetItem *item = m_navigation->item(i);
        const int entry = item->data(Qt::UserRole).toInt();
        item->setText(entry == kDashboardEntry ? tr("Dashboard") : RegisterTableModel::title(RegisterKind(entry)));
    }
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_organizations->setToolTip(tr("Organization"));
    if (m_organizations->count() > 0)
        m_organizations->setItemText(0, tr("All organizations"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open database…"));
    m_demoAction->setText(tr("Load &demo organizations…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_newAction->setText(tr("&New activity"));
    m_saveAction->setText(tr("&Save"));
    m_duplicateAction->setText(tr("D&uplicate"));
    m_deleteAction->setText(tr("&Delete…"));
    m_undoStack->setUndoLimit(200);
    m_viewMenu->setTitle(tr("&View"));
    m_searchAction->setText(tr("&Search"));
    m_nextRegisterAction->setText(tr("&Next register"));
    m_previousRegisterAction->setText(tr("&Previous register"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Privacy Console"));
    QString title = RegisterTableModel::title(m_current);
    if (RegisterTableModel *model = currentModel()) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString value = model->columnFilter(column);
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
    userSettings()->setValue(QStringLiteral("window/geometry"), saveGeometry());
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
        QMessageBox::warning(this, tr("Privacy Console"), organizations.errorMessage());
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
    if (row < 0)
        return;
    const int entry = m_navigation->item(row)->data(Qt::UserRole).toInt();
    m_onDashboard = entry == kDashboardEntry;
    if (m_onDashboard) {
        m_pages->setCurrentWidget(m_dashboard);
        m_dashboard->refresh(m_db->spec(), m_organizations->currentData().toLongLong());
        updateStatus();
        return;
    }
    m_pages->setCurrentIndex(1);
    m_current = RegisterKind(entry);
    auto &model = m_models[m_current];
    if (!model)
        model = std::make_unique<RegisterTableModel>(*m_db, m_current);
    m_title->setText(RegisterTableModel::title(m_current));
    applyFilters();
    m_table->setModel(model.get());
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::loadSelectedActivity, Qt::UniqueConnection);
    m_editor->setVisible(m_current == RegisterKind::Activities);
    updateEditActions();
    m_table->horizontalHeader()->setSortIndicator(0, m_current == RegisterKind::Audit || m_current == RegisterKind::Consents
                                                         ? Qt::DescendingOrder
                                                         : Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    retranslateUi();
}

void MainWindow::openRegister(RegisterKind kind, int column, const QString &value)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toInt() == int(kind)) {
            m_navigation->setCurrentRow(row);
            break;
        }
    }
    if (RegisterTableModel *model = currentModel()) {
        model->clearColumnFilters();
        model->setColumnFilter(column, value);
    }
    retranslateUi();
}

void MainWindow::openItem(RegisterKind kind, const QString &reference)
{
    openRegister(kind, 0, reference);
}

void MainWindow::applyFilters()
{
    if (m_onDashboard) {
        m_dashboard->refresh(m_db->spec(), m_organizations->currentData().toLongLong());
        return;
    }
    RegisterTableModel *model = currentModel();
    if (!model)
        return;
    model->setOrganization(m_organizations->currentData().toLongLong());
    model->setSearchText(m_search->text());
    if (!model->lastError().isEmpty())
        statusBar()->showMessage(model->lastError(), 10000);
    updateStatus();
}

void MainWindow::updateStatus()
{
    if (!m_db)
        return;
    m_databaseLabel->setText(tr("Database: %1").arg(m_db->spec().displayName()));
    m_userLabel->setText(tr("Signed in as %1").arg(m_db->actor()));
    RegisterTableModel *model = currentModel();
    if (model && !m_onDashboard)
        m_countLabel->setText(tr("%n record(s)", nullptr, int(qMin<qint64>(model->matchCount(), INT_MAX))));
    else
        m_countLabel->clear();
}

void MainWindow::switchLanguage(const QString &language)
{
    languages::install(language);
    userSettings()->setValue(QStringLiteral("language"), language);
}

void MainWindow::openDatabase()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a database"), QString(),
                                                      tr("Privacy Console databases (*.sqlite *.db);;All files (*)"));
    if (file.isEmpty())
        return;
    const auto spec = ConnectionSpec::parse(file);
    if (!spec) {
        QMessageBox::warning(this, tr("Open a database"), spec.errorMessage());
        return;
    }
    switchDatabase(spec.value(), OpenMode::ExistingOnly, tr("Open a database"));
}

void MainWindow::switchDatabase(const ConnectionSpec &spec, OpenMode mode, const QString &title)
{
    auto db = connectInteractively(this, spec, mode);
    if (!db) {
        QMessageBox::warning(this, title, db.errorMessage());
        return;
    }
    userSettings()->setValue(QStringLiteral("database"), spec.displayName());
    replaceDatabase(std::move(db.value()));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_db->spec(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    userSettings()->setValue(QStringLiteral("defaultJurisdiction"), dialog.defaultJurisdiction());
    if (dialog.language() != languages::current())
        switchLanguage(dialog.language());
    const auto spec = dialog.connection();
    if (spec && spec->displayName() != m_db->spec().displayName())
        switchDatabase(spec.value(), OpenMode::ReadWrite, tr("Settings"));
}

void MainWindow::replaceDatabase(std::unique_ptr<Database> db)
{
    // Undoing means writing to the database the edits were made in.
    m_undoStack->clear();
    (void)AuditTrail::record(*m_db, QStringLiteral("logout"), tr("Signed out"));
    m_table->setModel(nullptr);
    m_models.clear();
    m_db = std::move(db);
    (void)AuditTrail::record(*m_db, QStringLiteral("login"), tr("Signed in to Privacy Console %1")
                                                                   .arg(QStringLiteral(PC_VERSION_STRING)));
    reloadOrganizations();
    showPage(m_navigation->currentRow());
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
        QMessageBox::warning(this, tr("Demo organizations"), summary.errorMessage());
        return;
    }
    m_table->setModel(nullptr);
    m_models.clear();
    reloadOrganizations();
    showPage(m_navigation->currentRow());
    statusBar()->showMessage(tr("Loaded %n demo organization(s).", nullptr, summary->organizations), 10000);
}

void MainWindow::updateEditActions()
{
    const bool onActivities = !m_onDashboard && m_current == RegisterKind::Activities;
    const bool hasActivity = onActivities && m_editor->original().id > 0;
    m_newAction->setEnabled(onActivities);
    m_saveAction->setEnabled(onActivities && m_editor->isEnabled());
    m_duplicateAction->setEnabled(hasActivity);
    m_deleteAction->setEnabled(hasActivity);
}

bool MainWindow::confirmDiscard()
{
    if (!m_editor->isEnabled() || !m_editor->isModified())
        return true;
    return QMessageBox::question(this, tr("Unsaved changes"),
                                 tr("The activity “%1” has unsaved changes. Discard them?").arg(m_editor->activity().name),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
           == QMessageBox::Discard;
}

void MainWindow::loadSelectedActivity()
{
    if (m_current != RegisterKind::Activities)
        return;
    const RowId id = currentModel()->rowId(m_table->currentIndex().row());
    if (id <= 0 || id == m_editor->original().id)
        return;
    if (!confirmDiscard())
        return;
    showActivity(id);
}

Result<ActivityChoices> MainWindow::choicesFor(RowId organizationId)
{
    RegisterRepository repository(*m_db);
    auto subjects = repository.subjectCategories(organizationId);
    auto dataCategories = repository.dataCategories(organizationId);
    auto processors = repository.processors(organizationId);
    auto rules = repository.retentionRules(organizationId);
    for (const QString &problem : {subjects.errorMessage(), dataCategories.errorMessage(), processors.errorMessage(),
                                   rules.errorMessage()}) {
        if (!problem.isEmpty())
            return Error{problem};
    }
    return ActivityChoices{subjects.value(), dataCategories.value(), processors.value(), rules.value()};
}

void MainWindow::showActivity(RowId id)
{
    const auto activity = RegisterRepository(*m_db).activity(id);
    if (!activity) {
        statusBar()->showMessage(activity.errorMessage(), 10000);
        return;
    }
    editActivity(activity.value());
}

void MainWindow::editActivity(const ProcessingActivity &activity)
{
    const auto choices = choicesFor(activity.organizationId);
    if (!choices) {
        QMessageBox::warning(this, tr("Processing register"), choices.errorMessage());
        return;
    }
    m_editor->setActivity(activity, choices.value());
    updateEditActions();
}

void MainWindow::newActivity()
{
    const RowId org = m_organizations->currentData().toLongLong();
    if (org <= 0) {
        QMessageBox::information(this, tr("New activity"),
                                 tr("Choose the organization the activity belongs to in the toolbar first."));
        m_organizations->setFocus();
        return;
    }
    if (!confirmDiscard())
        return;
    ProcessingActivity blank;
    blank.organizationId = org;
    m_table->clearSelection();
    editActivity(blank);
    m_editor->findChild<QLineEdit *>(QStringLiteral("activityName"))->setFocus();
}

void MainWindow::duplicateActivity()
{
    if (m_editor->original().id <= 0 || !confirmDiscard())
        return;
    // The copy is a new draft until it is saved.
    ProcessingActivity copy = m_editor->original();
    copy.id = 0;
    copy.rowVersion = 0;
    copy.reference.clear();
    copy.name = tr("%1 (copy)").arg(copy.name);
    copy.status = QStringLiteral("draft");
    copy.approvedOn = QDate();
    m_table->clearSelection();
    editActivity(copy);
}

void MainWindow::saveActivity()
{
    if (!m_editor->isEnabled() || m_onDashboard || m_current != RegisterKind::Activities)
        return;
    const QList<ActivityFinding> findings = m_editor->findings();
    if (hasErrors(findings)) {
        QMessageBox::warning(this, tr("The activity cannot be saved"), findings.first().message);
        return;
    }
    const ProcessingActivity before = m_editor->original();
    ProcessingActivity after = m_editor->activity();
    RegisterRepository repository(*m_db);
    Status saved = success();
    if (before.id == 0) {
        if (const Result<RowId> id = repository.addActivity(after); !id)
            saved = id.error();
    } else {
        saved = repository.updateActivity(after);
    }
    if (!saved) {
        QMessageBox::warning(this, tr("The activity cannot be saved"), saved.errorMessage());
        return;
    }
    m_undoStack->push(new SaveActivityCommand(*m_db, before, after, [this](RowId id, const QString &error) {
        activityChanged(id, error);
    }));
    activityChanged(after.id, QString());
}

void MainWindow::deleteActivity()
{
    const ProcessingActivity current = m_editor->original();
    if (current.id <= 0)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete the activity"),
        tr("Delete “%1” from the processing register? You can undo this with Ctrl+Z.").arg(current.name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    RegisterRepository repository(*m_db);
    const auto stored = repository.activity(current.id);
    if (!stored) {
        QMessageBox::warning(this, tr("Delete the activity"), stored.errorMessage());
        return;
    }
    if (Status s = repository.removeActivity(current.id); !s) {
        QMessageBox::warning(this, tr("Delete the activity"), s.errorMessage());
        return;
    }
    m_undoStack->push(new DeleteActivityCommand(*m_db, stored.value(), [this](RowId id, const QString &error) {
        activityChanged(id, error);
    }));
    activityChanged(0, QString());
}

void MainWindow::activityChanged(RowId id, const QString &error)
{
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Processing register"), error);
    // Undo and redo may run while another register is on screen.
    const auto it = m_models.find(RegisterKind::Activities);
    if (it == m_models.end())
        return;
    RegisterTableModel *model = it->second.get();
    model->reload();
    if (m_onDashboard || m_current != RegisterKind::Activities)
        return;
    updateStatus();
    if (id <= 0) {
        m_editor->setActivity(ProcessingActivity{}, ActivityChoices{});
        m_editor->setEnabled(false);
        updateEditActions();
        return;
    }
    for (int row = 0;; ++row) {
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
    showActivity(id);
}

void MainWindow::offerDemoIfEmpty()
{
    if (m_organizations->count() > 1)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Welcome to Privacy Console"),
        tr("This database holds no organization yet. Load the five demo organizations to explore the registers?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        loadDemo();
}

} // namespace pc
