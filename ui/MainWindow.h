#pragma once

#include "domain/Register.h"
#include "models/RegisterTableModel.h"
#include "storage/Database.h"

#include <QMainWindow>

#include <map>
#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;

namespace pc {

class Database;
class ActivityEditor;
struct ActivityChoices;
class DashboardView;

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

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createWidgets();
    void createMenus();
    void retranslateUi();
    void reloadOrganizations();
    void showPage(int row);
    void openRegister(RegisterKind kind, int column, const QString &value);
    void openItem(RegisterKind kind, const QString &reference);
    void applyFilters();
    void updateStatus();
    void switchLanguage(const QString &language);
    void openDatabase();
    void showSettings();
    void switchDatabase(const ConnectionSpec &spec, OpenMode mode, const QString &title);
    void loadDemo();
    void replaceDatabase(std::unique_ptr<Database> db);
    RegisterTableModel *currentModel() const;

    // The processing register's form and its undoable edits.
    void loadSelectedActivity();
    void showActivity(RowId id);
    void editActivity(const ProcessingActivity &activity);
    Result<ActivityChoices> choicesFor(RowId organizationId);
    void newActivity();
    void duplicateActivity();
    void saveActivity();
    void deleteActivity();
    void activityChanged(RowId id, const QString &error);
    bool confirmDiscard();
    void updateEditActions();

    std::unique_ptr<Database> m_db;
    std::map<RegisterKind, std::unique_ptr<RegisterTableModel>> m_models;
    RegisterKind m_current = RegisterKind::Activities;
    bool m_onDashboard = true;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    DashboardView *m_dashboard = nullptr;
    QToolButton *m_clearFilter = nullptr;
    ActivityEditor *m_editor = nullptr;
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
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_nextRegisterAction = nullptr;
    QAction *m_previousRegisterAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languages = nullptr;
};

} // namespace pc
