#include "MainWindow.h"

#include "Version.h"

#include "core/Languages.h"
#include "demo/DemoGenerator.h"
#include "storage/AuditTrail.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
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
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace pc {
namespace {

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
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::createWidgets()
{
    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setMaximumWidth(220);
    for (RegisterKind kind : kRegisters) {
        auto *item = new QListWidgetItem(m_navigation);
        item->setData(Qt::UserRole, int(kind));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showRegister);

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

    auto *right = new QWidget;
    auto *layout = new QVBoxLayout(right);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_table);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_navigation);
    splitter->addWidget(right);
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
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

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
        item->setText(RegisterTableModel::title(RegisterKind(item->data(Qt::UserRole).toInt())));
    }
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_organizations->setToolTip(tr("Organization"));
    if (m_organizations->count() > 0)
        m_organizations->setItemText(0, tr("All organizations"));
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open database…"));
    m_demoAction->setText(tr("Load &demo organizations…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_searchAction->setText(tr("&Search"));
    m_nextRegisterAction->setText(tr("&Next register"));
    m_previousRegisterAction->setText(tr("&Previous register"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Privacy Console"));
    m_title->setText(RegisterTableModel::title(m_current));
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
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
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

void MainWindow::showRegister(int row)
{
    if (row < 0)
        return;
    m_current = RegisterKind(m_navigation->item(row)->data(Qt::UserRole).toInt());
    auto &model = m_models[m_current];
    if (!model)
        model = std::make_unique<RegisterTableModel>(*m_db, m_current);
    m_title->setText(RegisterTableModel::title(m_current));
    applyFilters();
    m_table->setModel(model.get());
    m_table->horizontalHeader()->setSortIndicator(0, m_current == RegisterKind::Audit || m_current == RegisterKind::Consents
                                                         ? Qt::DescendingOrder
                                                         : Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    updateStatus();
}

void MainWindow::applyFilters()
{
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
    if (RegisterTableModel *model = currentModel())
        m_countLabel->setText(tr("%n record(s)", nullptr, int(qMin<qint64>(model->matchCount(), INT_MAX))));
}

void MainWindow::switchLanguage(const QString &language)
{
    languages::install(language);
    QSettings().setValue(QStringLiteral("language"), language);
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
    auto db = openUpToDate(spec.value(), OpenMode::ExistingOnly);
    if (!db) {
        QMessageBox::warning(this, tr("Open a database"), db.errorMessage());
        return;
    }
    CaseRepository users(*db.value());
    if (auto user = users.ensureLocalUser(db.value()->actor()); !user) {
        QMessageBox::warning(this, tr("Open a database"), user.errorMessage());
        return;
    }
    QSettings().setValue(QStringLiteral("database"), spec->displayName());
    replaceDatabase(std::move(db.value()));
}

void MainWindow::replaceDatabase(std::unique_ptr<Database> db)
{
    (void)AuditTrail::record(*m_db, QStringLiteral("logout"), tr("Signed out"));
    m_table->setModel(nullptr);
    m_models.clear();
    m_db = std::move(db);
    (void)AuditTrail::record(*m_db, QStringLiteral("login"), tr("Signed in to Privacy Console %1")
                                                                   .arg(QStringLiteral(PC_VERSION_STRING)));
    reloadOrganizations();
    showRegister(m_navigation->currentRow());
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
    showRegister(m_navigation->currentRow());
    statusBar()->showMessage(tr("Loaded %n demo organization(s).", nullptr, summary->organizations), 10000);
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
