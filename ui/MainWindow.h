#pragma once

#include "domain/Register.h"
#include "core/ChangeNotifier.h"
#include "models/WaitingWork.h"
#include "models/RegisterTableModel.h"
#include "register/RecordEditor.h"
#include "storage/Database.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QSet>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;

namespace pc::deadlines {
struct DueItem;
}

namespace pc {

class DeadlineWatch;

class BackgroundReader;
class ConsentPanel;
class Database;
class DashboardView;
class Navigation;
class RecordEditor;
class WorklistView;
class RetentionView;

// The officer's window: the registers in a navigation pane, one table at a
// time filtered by organization and search text, the database and the
// signed-in user in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Offers to load the demo organizations when the database is empty.
    void offerDemoIfEmpty();
    // Opens a screen by its name (dashboard, worklist, activities, subjects, consents,
    // requests, processors, retention, breaches, audit) with its first
    // record in the form, the deadline-rules, reports or id-access dialog; false
    // for an unknown name.
    bool openPage(const QString &name);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createWidgets();
    void createNavigation();
    // The organization switcher and the search box.
    void createToolBar();
    // The register's table, its header's menus and its cells' menu.
    void createTable();
    // The table with its title, and beside it the small forms and the consent panel.
    QWidget *createListPage();
    // The dashboard, the registers (list and record pages), the worklist, the countdown.
    void createPages(QWidget *listPage);
    void createStatusBar();
    // The window as the officer left it (size, panes, each register's
    // columns), or filling the screen the first time.
    void restoreLayout();
    void saveLayout();
    // Each register's columns: the widths, order and columns shown are the
    // officer's once they change them, else fitted to the rows and the window.
    void saveColumns();
    void restoreColumns();
    void fitColumnsLater();
    void fitColumnsNow();
    // The header's menu: its column's filter, the columns shown, fitting them again.
    void showHeaderMenu(const QPoint &at);
    // Counts of the work waiting beside the navigation's screens, read off
    // the UI thread; refreshed after changes and every minute.
    void refreshCounts();
    void showCounts();
    void createMenus();
    void createFileMenu();
    // Undo, redo and the record's actions.
    void createEditMenu();
    // Search, the screens and records to move between, the language.
    void createViewMenu();
    void retranslateUi();
    void reloadOrganizations();
    void showPage(int row);
    void openRegister(RegisterKind kind, int column, const QString &value);
    // Shows the register filtered on `reference`, the record `id` in the form.
    void openItem(RegisterKind kind, const QString &reference, RowId id = 0);
    // An activity screened for an impact assessment; its assessment opened, or started from the register.
    void screenActivity(RowId activityId);
    void notifyBreach(RowId breachId);
    RecordEditor *savedBreach(const QString &title, const QString &unsaved);
    bool runBreachDialog(QDialog &dialog, const QString &problem, const QString &title, RecordEditor *editor,
                         RowId breachId);
    void openDueItems(const QList<deadlines::DueItem> &items);
    void writeBreachLetters(RowId breachId);
    // A file of the CNIL's PIA tool brought in for the organization chosen.
    void importDpia(const QString &path);
    void openActivityDpia(RowId activityId);
    void applyFilters();
    void updateStatus();
    void switchLanguage(const QString &language);
    void openDatabase();
    void showSettings();
    void showDeadlineRules();
    // Reads letters (files, or every PDF and scan of folders) into requests.
    void importLetters(const QStringList &paths);
    // The register import on a file (chosen first when `path` is empty).
    void importRegister(const QString &path);
    // Destroys the identity document copies kept past their time.
    void destroyDueIdCopies();
    // Moves copies kept in this desk's folder into the register, and renews
    // the vault key when an officer's access was taken away.
    void settleIdCopies();
    void chooseLettersToImport();
    void chooseFolderToImport();
    void switchDatabase(const ConnectionSpec &spec, OpenMode mode, const QString &title);
    void loadDemo();
    void replaceDatabase(std::unique_ptr<Database> db);
    RegisterTableModel *currentModel() const;
    // The filter menu of a column; `cell` offers its value when valid.
    QMenu *filterMenu(int column, const QModelIndex &cell, QWidget *parent);
    void filterColumn(int column, const QString &value);
    // The consent history exports of the person (and purpose) of a row of
    // the data subjects or the consent ledger, added to `menu` (made when null).
    QMenu *addConsentExports(QMenu *menu, int row);
    void exportConsentHistory(RowId subjectId, RowId purposeId, bool pdf);
    // Shows the person of the consent event selected in the ledger.
    void showSelectedConsent();
    // The consent ledger and the people's forms read again after an event was recorded.
    void consentRecorded(RowId subjectId);
    void recordLapsedConsents();

    // Records open in a page of their own, over the register's list:
    // their sections in an index, back to the list (Alt+Left, Escape), the
    // previous or next record (Ctrl+PgUp, Ctrl+PgDn).
    static bool hasFullEditor(RegisterKind kind);
    void createRecordPage();
    bool isRecordOpen() const;
    void showRecordPage();
    void openRecord();
    void closeRecord();
    void moveRecord(int step);
    void fillSectionIndex();
    void showCurrentSection(const QString &key);
    void updateRecordTitle();
    // Ctrl+PgUp and Ctrl+PgDn move between records in a record's page, between screens elsewhere.
    void updateMoveActions();

    // The form beside the register on screen and its undoable edits.
    RecordEditor *currentEditor() const;
    void loadSelectedRecord();
    void newRecord();
    void duplicateRecord();
    void saveRecord();
    void deleteRecord();
    void showOrganization();
    RecordNotifier notifierFor(RegisterKind kind);
    void recordChanged(RegisterKind kind, RowId id, const QString &error);
    // Selects the record's row when it is among the first rows of the register on screen.
    void selectRow(RowId id);
    // Runs `then` once the register on screen shows the rows of its latest selection.
    void whenLoaded(RegisterTableModel *model, std::function<void()> then);
    bool confirmDiscard();
    void updateEditActions();
    // What the signed-in officer's role lets them do: the server enforces
    // it; the window greys out the rest rather than let them try.
    void applyRole();
    // On a shared server: the changes other officers commit, heard through
    // the server's notifications, refresh what is on screen within a moment,
    // the selection and the scroll kept.
    void listenForChanges();
    // What the ChangeNotifier announced, whoever made it: the counts, the
    // organizations, the record in the form (unless being edited), the
    // overview on screen and the consent panel follow.
    void showChanges(const ChangeSet &changes);
    // A register read again keeps its selected record and its place.
    void keepPlace(RegisterTableModel *model);
    // A server connection lost: said in the status bar, made again as soon
    // as the server answers (tried in another thread, the window free), the
    // registers then read again. An edit in a form stays there meanwhile.
    void watchConnection();
    bool mayChange() const { return m_role != QLatin1String("viewer") && m_db->mode() != OpenMode::ReadOnly; }

    std::unique_ptr<Database> m_db;
    // Reads new selections of the registers off the UI thread; outlives the models.
    std::unique_ptr<BackgroundReader> m_reader;
    DeadlineWatch *m_deadlineWatch = nullptr;
    std::map<RegisterKind, std::unique_ptr<RegisterTableModel>> m_models;
    RegisterKind m_current = RegisterKind::Activities;
    // The dashboard or the worklist is on screen rather than a register.
    bool m_overview = true;
    QString m_role = QStringLiteral("admin");
    RowId m_keptRow = 0;
    int m_keptScroll = 0;
    RowId m_selectAfterReload = 0;   // a record just saved, to select once it is read
    QLabel *m_connectionLabel = nullptr;
    bool m_probing = false;

    Navigation *m_navigation = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_tableAndForm = nullptr;
    // The registers whose column widths the officer has set by hand.
    QSet<int> m_columnsSized;
    bool m_fittingColumns = false;
    QTimer *m_fitDelay = nullptr;
    QTimer *m_countsDelay = nullptr;
    QFutureWatcher<std::optional<WaitingWork>> m_countsWatcher;
    WaitingWork m_waiting;
    RowId m_countsOrganization = -1;   // the organization counted last
    QStackedWidget *m_pages = nullptr;
    DashboardView *m_dashboard = nullptr;
    WorklistView *m_worklist = nullptr;
    RetentionView *m_countdown = nullptr;
    // Beside the consent ledger: the selected event's person, their states and history.
    ConsentPanel *m_consentPanel = nullptr;
    QToolButton *m_clearFilter = nullptr;
    std::map<RegisterKind, RecordEditor *> m_editors;
    QStackedWidget *m_editorStack = nullptr;
    QStackedWidget *m_registerStack = nullptr;   // the list, or a record's page
    QWidget *m_recordPage = nullptr;
    QStackedWidget *m_recordStack = nullptr;
    QListWidget *m_sectionIndex = nullptr;
    QLabel *m_recordTitle = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_previousRecord = nullptr;
    QToolButton *m_nextRecord = nullptr;
    QAction *m_backAction = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QComboBox *m_organizations = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer *m_searchDelay = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_organizationAction = nullptr;
    QAction *m_rulesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_importConsentsAction = nullptr;
    QAction *m_importRegisterAction = nullptr;
    QAction *m_importDpiaAction = nullptr;
    QAction *m_exportRegisterAction = nullptr;
    QAction *m_lapsedAction = nullptr;
    QAction *m_policiesAction = nullptr;
    QAction *m_idAccessAction = nullptr;
    QAction *m_reportsAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_nextRegisterAction = nullptr;
    QAction *m_previousRegisterAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languages = nullptr;
};

} // namespace pc
