#include "CnilModel.h"
#include "TestSupport.h"

#include "IntakeSamples.h"
#include "MainWindow.h"
#include "reminders/DeadlineWatch.h"
#include "requests/BreachEditor.h"
#include "requests/BreachLettersDialog.h"
#include "requests/IdentityCheckDialog.h"
#include "requests/NoticeDialog.h"
#include "dashboard/DashboardView.h"
#include "settings/DeadlineRulesDialog.h"
#include "settings/SettingsDialog.h"
#include "requests/WorklistView.h"
#include "retention/RetentionView.h"
#include "consent/ConsentImportDialog.h"
#include "consent/ConsentLedger.h"
#include "consent/ConsentPanel.h"
#include "consent/RecordConsentDialog.h"
#include "register/RegisterImportDialog.h"
#include "reports/ReportDialog.h"
#include "exchange/RegisterImport.h"
#include "consent/PolicyVersionsDialog.h"
#include "retention/Purge.h"
#include "requests/Erasure.h"
#include "requests/RequestWorkflow.h"
#include "register/ActivityEditor.h"
#include "dpia/DpiaEditor.h"
#include "dpia/RiskMap.h"
#include "dpia/ScreeningDialog.h"
#include "register/ConflictDialog.h"
#include "register/OrganizationEditor.h"
#include "register/ProcessorEditor.h"
#include "navigation/Navigation.h"
#include "widgets/DateField.h"
#include "widgets/Dialogs.h"
#include "storage/BackgroundReader.h"
#include "storage/CaseRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/RecordStore.h"
#include "storage/RegisterRepository.h"

#include "core/ChangeNotifier.h"
#include "core/Languages.h"
#include "core/Settings.h"
#include "demo/DemoGenerator.h"
#include "models/RegisterTableModel.h"
#include "storage/AuditTrail.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QStyle>
#include <QTemporaryDir>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPdfDocument>
#include <QPdfView>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimer>
#include <QTableView>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextEdit>
#include <QClipboard>
#include <QToolButton>

using namespace pc;
using namespace pc::test;

// The real main window, driven by object name as a person would.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<MainWindow> m_window;

    template<typename T>
    T *find(const char *name)
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("No widget named %s", name);
        return widget;
    }

    RegisterTableModel *tableModel()
    {
        return qobject_cast<RegisterTableModel *>(find<QTableView>("registerTable")->model());
    }

    // Waits until the register on screen shows its latest selection, counted
    // (they are read in the background).
    [[nodiscard]] bool settled()
    {
        // What was just changed is announced now rather than on the next
        // turn of the event loop, so that the registers start reading it.
        ChangeNotifier::instance().flush();
        return QTest::qWaitFor([this] {
            const RegisterTableModel *model = tableModel();
            return model && !model->isLoading() && !model->isCounting();
        }, 20000);
    }

    // Scrolls the form holding `widget` until it is in view, as an officer
    // would before clicking it.
    static QWidget *reveal(QWidget *widget)
    {
        // A page just shown is laid out on the next turn of the event loop.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        for (QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(w)) {
                area->ensureWidgetVisible(widget);
                break;
            }
        }
        return widget;
    }

    // A person added to the first organization, as an import would.
    static RowId addPersonTo(Database &db)
    {
        DataSubject person;
        person.organizationId = RegisterRepository(db).organizations().value().first().id;
        person.firstName = QStringLiteral("Nour");
        person.lastName = QStringLiteral("Gharbi");
        person.email = QStringLiteral("nour.gharbi@example.tn");
        person.collectedOn = QDate::currentDate();
        const auto id = PeopleRepository(db).addSubject(person);
        return id ? id.value() : 0;
    }

    [[nodiscard]] bool selectRegister(RegisterKind kind, bool waitForRows = true)
    {
        auto *navigation = find<QListWidget>("navigation");
        for (int i = 0; i < navigation->count(); ++i) {
            if (navigation->item(i)->data(Qt::UserRole).toInt() == int(kind)) {
                const QRect rect = navigation->visualItemRect(navigation->item(i));
                QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
                return !waitForRows || settled();
            }
        }
        return false;
    }

private Q_SLOTS:
    // Each test prepares the answers to the dialogs it opens; none is left
    // for the next one, and no dialog stays open.
    void init()
    {
        MessageBox::forgetAnswers();
        m_window->activateWindow();
    }

    void cleanup()
    {
        const bool answerLeft = MessageBox::answerPending();
        const bool handlerLeft = dialogs::handlerPending();
        const bool nameLeft = FileDialog::namePending();
        MessageBox::forgetAnswers();
        dialogs::setNextHandler({});
        FileDialog::forgetNames();
        QVERIFY2(!answerLeft, "a message box answered beforehand never came");
        QVERIFY2(!handlerLeft, "a dialog prepared for never opened");
        QVERIFY2(!nameLeft, "a file name given beforehand was never asked for");
        QVERIFY(!QApplication::activeModalWidget());
    }

    void initTestCase()
    {
        languages::install(QStringLiteral("en"));
        // The window as on a first start: no size, panes or columns kept from a run before.
        userSettings()->clear();
        m_scratch = std::make_unique<ScratchDatabase>(QStringLiteral("sqlite"));
        auto db = m_scratch->open();
        QVERIFY(db);
        DemoOptions options;
        options.subjects = 400;
        // Today, so the open requests and breaches count down from now.
        options.asOf = QDate::currentDate();
        PC_VERIFY_OK(DemoGenerator(*db).generate(options));
        m_window = std::make_unique<MainWindow>(std::move(db));
        // A laptop's screen.
        m_window->setWindowState(Qt::WindowNoState);
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void dashboardShowsTheOverdueRequests()
    {
        auto *dashboard = find<DashboardView>("dashboard");
        QVERIFY(dashboard);
        QVERIFY(dashboard->isVisible());
        QTRY_VERIFY(!dashboard->isLoading() && dashboard->data().today.isValid());
        auto db = m_scratch->open();
        QVERIFY(db);
        const int overdue = scalar(*db, QStringLiteral("SELECT count(*) FROM rights_requests WHERE status IN "
                                                       "('received', 'identity_check', 'in_progress', 'extended') "
                                                       "AND coalesce(extended_due_on, due_on) < ?"),
                                   {QDate::currentDate()}).toInt();
        const int open = scalar(*db, QStringLiteral("SELECT count(*) FROM rights_requests WHERE status IN "
                                                    "('received', 'identity_check', 'in_progress', 'extended')")).toInt();
        QVERIFY(open > 0);
        const QString summary = find<QLabel>("dashboardSummary")->text();
        QVERIFY2(summary.contains(QStringLiteral("%1 overdue").arg(overdue)), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("%1 open request").arg(open)), qPrintable(summary));
        // The countdown lists the soonest first.
        auto *deadlines = find<QTableWidget>("deadlineList");
        QVERIFY(deadlines->rowCount() >= open);
        const QList<DueItem> &items = dashboard->data().nextDeadlines;
        for (int i = 1; i < items.size(); ++i)
            QVERIFY(items.at(i - 1).due <= items.at(i).due);
        if (overdue > 0) {
            QVERIFY(deadlines->item(0, 0)->text().contains(QLatin1String("overdue")));
            QVERIFY(deadlines->item(0, 0)->font().bold());
        }
        const QString grabPath = qEnvironmentVariable("PC_SCREENSHOT_DIR");
        if (!grabPath.isEmpty())
            m_window->grab().save(grabPath + QStringLiteral("/dashboard-en.png"));
    }

    void dashboardOpensTheRegisterItStandsFor()
    {
        auto *dashboard = find<DashboardView>("dashboard");
        Q_EMIT dashboard->registerRequested(RegisterKind::Requests, RegisterTableModel::kRequestStatusColumn,
                                            QStringLiteral("answered"));
        QCOMPARE(tableModel()->kind(), RegisterKind::Requests);
        QVERIFY(settled());
        QVERIFY(tableModel()->matchCount() > 0);
        for (int r = 0; r < tableModel()->rowCount(); ++r)
            QCOMPARE(tableModel()->data(tableModel()->index(r, RegisterTableModel::kRequestStatusColumn)).toString(),
                     QStringLiteral("Answered"));
        // The filter reads as the officer sees the status, not as it is stored.
        QVERIFY(find<QLabel>("registerTitle")->text().contains(QLatin1String("Status: Answered")));
        auto *showAll = find<QToolButton>("clearFilter");
        QVERIFY(showAll->isVisible());
        QTest::mouseClick(showAll, Qt::LeftButton);
        QCOMPARE(find<QLabel>("registerTitle")->text(), QStringLiteral("Rights requests"));
        QVERIFY(!showAll->isVisible());
    }

    void showsEveryRegister()
    {
        // Five groups of screens; a group's title is not a screen.
        auto *navigation = find<QListWidget>("navigation");
        QStringList shown;
        for (int row = 0; row < navigation->count(); ++row)
            shown << navigation->item(row)->text();
        QCOMPARE(shown, (QStringList{QStringLiteral("Overview"), QStringLiteral("Dashboard"), QStringLiteral("Worklist"),
                                     QStringLiteral("Registers"), QStringLiteral("Processing register"),
                                     QStringLiteral("Processors"), QStringLiteral("Retention"),
                                     QStringLiteral("Impact assessments"), QStringLiteral("People and consents"), QStringLiteral("Data subjects"),
                                     QStringLiteral("Consents"), QStringLiteral("Requests and breaches"),
                                     QStringLiteral("Rights requests"), QStringLiteral("Breaches"),
                                     QStringLiteral("Control"), QStringLiteral("Retention countdown"),
                                     QStringLiteral("Audit trail")}));
        QVERIFY(!(navigation->item(0)->flags() & Qt::ItemIsSelectable));
        for (int row = 0; row < navigation->count(); ++row)
            QVERIFY(!navigation->item(row)->icon().isNull() || !(navigation->item(row)->flags() & Qt::ItemIsSelectable));
        QVERIFY(selectRegister(RegisterKind::Activities));
        QVERIFY(tableModel());
        QCOMPARE(tableModel()->kind(), RegisterKind::Activities);
        QVERIFY(tableModel()->rowCount() >= 25);
        QVERIFY(selectRegister(RegisterKind::Subjects));
        QCOMPARE(tableModel()->kind(), RegisterKind::Subjects);
        QCOMPARE(tableModel()->matchCount(), 400);
        QCOMPARE(find<QLabel>("registerTitle")->text(), QStringLiteral("Data subjects"));
        QVERIFY(find<QLabel>("countLabel")->text().contains(QLatin1String("400")));
    }

    void rowsAndTheirCountArriveWithoutHoldingTheWindow()
    {
        QVERIFY(selectRegister(RegisterKind::Consents, false));
        // Opened, the register is read in the background: the window says so.
        auto *count = find<QLabel>("countLabel");
        QCOMPARE(count->text(), QStringLiteral("Reading…"));
        QVERIFY(tableModel()->isLoading());
        QVERIFY(settled());
        auto db = m_scratch->open();
        QVERIFY(db);
        const qint64 events = scalar(*db, QStringLiteral("SELECT count(*) FROM consent_events")).toLongLong();
        QVERIFY(events > 1000);
        QCOMPARE(count->text(), QStringLiteral("%1 records").arg(QLocale().toString(events)));
        QVERIFY(tableModel()->rowCount() > 0);
    }

    void statusBarNamesDatabaseAndUser()
    {
        auto *database = find<QLabel>("databaseLabel");
        QCOMPARE(database->text(), QStringLiteral("Database: %1").arg(QFileInfo(m_scratch->spec().path).fileName()));
        QVERIFY(database->toolTip().contains(m_scratch->spec().path));
        QVERIFY(find<QLabel>("userLabel")->text().contains(QLatin1String("Signed in as")));
    }

    void organizationSwitcherFilters()
    {
        QVERIFY(selectRegister(RegisterKind::Activities));
        auto *switcher = find<QComboBox>("organizationSwitcher");
        QCOMPARE(switcher->count(), 6);
        QCOMPARE(switcher->itemText(0), QStringLiteral("All organizations"));
        const qint64 all = tableModel()->matchCount();
        switcher->setCurrentIndex(switcher->findText(QStringLiteral("SmartOps")));
        QVERIFY(settled());
        QVERIFY(tableModel()->matchCount() < all);
        for (int r = 0; r < tableModel()->rowCount(); ++r)
            QCOMPARE(tableModel()->data(tableModel()->index(r, 3)).toString(), QStringLiteral("SmartOps"));
        switcher->setCurrentIndex(0);
        QVERIFY(settled());
        QCOMPARE(tableModel()->matchCount(), all);
    }

    void searchAsYouType()
    {
        QVERIFY(selectRegister(RegisterKind::Subjects));
        auto *search = find<QLineEdit>("searchBox");
        const QString name = tableModel()->data(tableModel()->index(0, 0)).toString();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, name);
        QTRY_VERIFY(tableModel()->matchCount() >= 1 && tableModel()->matchCount() < 400);
        search->clear();
        QTRY_COMPARE(tableModel()->matchCount(), 400);
    }

    void languageSwitchesAtRuntime()
    {
        QVERIFY(selectRegister(RegisterKind::Subjects));
        auto *menuBar = m_window->menuBar();
        QCOMPARE(menuBar->actions().first()->text(), QStringLiteral("&File"));
        auto *french = find<QAction>("language_fr");
        QVERIFY(french);
        french->trigger();
        QTRY_COMPARE(menuBar->actions().first()->text(), QStringLiteral("&Fichier"));
        // The choice is remembered for the next start.
        QCOMPARE(userSettings()->value(QStringLiteral("language")).toString(), QStringLiteral("fr"));
        QVERIFY(QFile::exists(qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/privacy-console/privacy-console.conf")));
        QCOMPARE(tableModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Nom"));
        QCOMPARE(find<QLabel>("registerTitle")->text(), QStringLiteral("Personnes concernées"));
        QCOMPARE(find<QComboBox>("organizationSwitcher")->itemText(0), QStringLiteral("Tous les organismes"));
        // Dates are asked for in the reader's letters.
        QCOMPARE(find<DateField>("subjectBirthDate")->lineEdit()->placeholderText(), QStringLiteral("jj/mm/aaaa"));
        const QString grabPath = qEnvironmentVariable("PC_SCREENSHOT_DIR");
        if (!grabPath.isEmpty())
            m_window->grab().save(grabPath + QStringLiteral("/main-window-fr.png"));
        find<QAction>("language_en")->trigger();
        QTRY_COMPARE(menuBar->actions().first()->text(), QStringLiteral("&File"));
        QCOMPARE(tableModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Last name"));
        QVERIFY(find<DateField>("subjectBirthDate")->lineEdit()->placeholderText().endsWith(QLatin1String("yyyy")));
    }

    // At 1366×768, in English and in French: no label of the navigation is
    // cut, nor the header of any column shown.
    void labelsAndHeadersFitTheirSpace_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void labelsAndHeadersFitTheirSpace()
    {
        QFETCH(QString, language);
        QCOMPARE(m_window->size(), QSize(1366, 768));
        languages::install(language);
        auto restore = qScopeGuard([] { languages::install(QStringLiteral("en")); });
        auto *navigation = qobject_cast<Navigation *>(find<QListWidget>("navigation"));
        QVERIFY(navigation);
        // The counts beside the screens are in.
        QTRY_VERIFY(navigation->item(navigation->rowOf(-2))->data(Navigation::AlertCountRole).toInt() > 0);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QFontMetrics metrics(navigation->font());
        QFont bold = navigation->font();
        bold.setBold(true);
        for (int row = 0; row < navigation->count(); ++row) {
            const QListWidgetItem *item = navigation->item(row);
            const bool group = item->data(Navigation::GroupRole).isValid();
            const int needed = group ? QFontMetrics(bold).horizontalAdvance(item->text()) + 8
                                     : 4 + navigation->iconSize().width() + 8 + metrics.horizontalAdvance(item->text())
                                           + NavigationDelegate::badgesWidth(navigation->font(),
                                                                             item->data(Navigation::AlertCountRole).toInt(),
                                                                             item->data(Navigation::WarningCountRole).toInt());
            QVERIFY2(needed <= navigation->visualItemRect(item).width(),
                     qPrintable(QStringLiteral("%1: %2 > %3").arg(item->text()).arg(needed)
                                    .arg(navigation->visualItemRect(item).width())));
        }
        auto *table = find<QTableView>("registerTable");
        for (RegisterKind kind : {RegisterKind::Activities, RegisterKind::Subjects, RegisterKind::Consents,
                                  RegisterKind::Requests, RegisterKind::Processors, RegisterKind::Retention,
                                  RegisterKind::Breaches, RegisterKind::Audit}) {
            QVERIFY(selectRegister(kind));
            QHeaderView *header = table->horizontalHeader();
            const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int c = 0; c < header->count(); ++c) {
                if (header->isSectionHidden(c))
                    continue;
                const QString text = tableModel()->headerData(c, Qt::Horizontal).toString();
                // The columns are fitted once the rows are in, read in the background.
                QTRY_VERIFY2(QFontMetrics(header->font()).horizontalAdvance(text) + margin <= header->sectionSize(c),
                         qPrintable(QStringLiteral("%1 / %2: %3 px").arg(RegisterTableModel::title(kind), text)
                                        .arg(header->sectionSize(c))));
            }
            // The columns fill the table: no scroll bar to read a row.
            QTRY_VERIFY2(header->length() <= table->viewport()->width() + 1,
                     qPrintable(QStringLiteral("%1: %2 > %3").arg(RegisterTableModel::title(kind))
                                    .arg(header->length()).arg(table->viewport()->width())));
        }
        QVERIFY(selectRegister(RegisterKind::Activities));
    }

    // Opening a large record shows it in a page of its own, its sections in
    // an index; an unchanged record is not "modified"; Ctrl+PgDn goes to the
    // next one, Escape back to the list at its row.
    void recordsOpenInTheirOwnPage()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        find<QComboBox>("organizationSwitcher")->setCurrentIndex(0);
        auto *table = find<QTableView>("registerTable");
        for (RegisterKind kind : {RegisterKind::Activities, RegisterKind::Subjects, RegisterKind::Requests,
                                  RegisterKind::Processors, RegisterKind::Breaches}) {
            QVERIFY(selectRegister(kind));
            table->setFocus();
            table->setCurrentIndex(tableModel()->index(1, 0));
            QTest::keyClick(table, Qt::Key_Return);
            QVERIFY(find<QWidget>("recordPage")->isVisible());
            auto *editor = qobject_cast<RecordEditor *>(find<QStackedWidget>("recordStack")->currentWidget());
            QVERIFY(editor && editor->isVisible());
            QCOMPARE(editor->recordId(), tableModel()->rowId(1));
            QVERIFY2(!editor->isModified(), qPrintable(editor->recordLabel()));
            QVERIFY(!find<QLabel>("recordTitle")->text().isEmpty());
            auto *index = find<QListWidget>("sectionIndex");
            QCOMPARE(index->count(), int(editor->sectionKeys().size()));
            QVERIFY(index->count() >= 3);
            // A section chosen in the index comes to the top of the form.
            QTest::qWait(50);   // laid out, as before a person's click
            QTest::mouseClick(index->viewport(), Qt::LeftButton, {}, index->visualItemRect(index->item(2)).center());
            QCOMPARE(editor->currentSection(), editor->sectionKeys().at(2));
            QCOMPARE(index->currentRow(), 2);
            const QWidget *heading = editor->findChild<QLabel *>(QStringLiteral("section_") + editor->sectionKeys().at(2));
            auto *scroll = editor->findChild<QScrollArea *>();
            QVERIFY(scroll->viewport()->rect().contains(heading->mapTo(scroll->viewport(), QPoint(0, 0))));
            QTest::keyClick(m_window.get(), Qt::Key_PageDown, Qt::ControlModifier);
            QCOMPARE(editor->recordId(), tableModel()->rowId(2));
            QVERIFY(find<QWidget>("recordPage")->isVisible());
            QTest::keyClick(editor, Qt::Key_Escape);
            QVERIFY(table->isVisible());
            QCOMPARE(table->currentIndex().row(), 2);
        }
        // The activity's inner tables show four rows at least.
        QVERIFY(selectRegister(RegisterKind::Activities));
        table->setCurrentIndex(tableModel()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        for (const char *name : {"activityPurposes", "activityRecipients", "activityTransfers"}) {
            auto *inner = find<QTableWidget>(name);
            const int rows = (inner->viewport()->height()) / inner->verticalHeader()->defaultSectionSize();
            QVERIFY2(rows >= 4, name);
        }
        find<QToolButton>("backToList")->click();
        QVERIFY(table->isVisible());
    }

    // A change made by any path — a workflow step, an erasure, a consent
    // recorded, by another connection of this process as a background task
    // would — reaches the register on screen, which nobody tells to reload.
    void changesReachTheOpenRegister()
    {
        m_window->activateWindow();
        find<QComboBox>("organizationSwitcher")->setCurrentIndex(0);
        auto db = m_scratch->open();
        QVERIFY(db);
        auto *table = find<QTableView>("registerTable");

        // A workflow step: the request's status in its row.
        QVERIFY(selectRegister(RegisterKind::Requests));
        int row = -1;
        for (int r = 0; r < tableModel()->rowCount() && row < 0; ++r) {
            if (tableModel()->filterValue(tableModel()->index(r, RegisterTableModel::kRequestStatusColumn))
                == QLatin1String("received"))
                row = r;
        }
        QVERIFY(row >= 0);
        const RowId requestId = tableModel()->rowId(row);
        table->selectRow(row);
        auto request = CaseRepository(*db).request(requestId);
        PC_VERIFY_OK(request);
        RightsRequest stepped = request.value();
        PC_VERIFY_OK(RequestWorkflow::apply(*db, stepped, RequestStep::StartWork, {QDate::currentDate(), QString()},
                                            QDate::currentDate()));
        auto statusOf = [this](RowId id) {
            for (int r = 0; r < tableModel()->rowCount(); ++r) {
                if (tableModel()->rowId(r) == id)
                    return tableModel()->filterValue(tableModel()->index(r, RegisterTableModel::kRequestStatusColumn));
            }
            return QString();
        };
        QTRY_COMPARE(statusOf(requestId), QStringLiteral("in_progress"));
        // The officer's selection stays on the row.
        QCOMPARE(tableModel()->rowId(table->currentIndex().row()), requestId);

        // A consent recorded: one more event in the ledger.
        QVERIFY(selectRegister(RegisterKind::Consents));
        const qint64 events = tableModel()->matchCount();
        const RowId subject = scalar(*db, QStringLiteral("SELECT subject_id FROM consent_events LIMIT 1")).toLongLong();
        const RowId purpose = scalar(*db, QStringLiteral("SELECT purpose_id FROM consent_events WHERE subject_id = ? LIMIT 1"),
                                     {subject}).toLongLong();
        ConsentEvent event;
        event.subjectId = subject;
        event.purposeId = purpose;
        event.event = QStringLiteral("withdrawn");
        event.occurredAt = QDateTime::currentDateTimeUtc().addDays(-400);   // far down the ledger
        event.method = QStringLiteral("email");
        PC_VERIFY_OK(consent::recordEvent(*db, event));
        QTRY_COMPARE(tableModel()->matchCount(), events + 1);

        // An erasure: one person fewer.
        QVERIFY(selectRegister(RegisterKind::Subjects));
        const qint64 people = tableModel()->matchCount();
        const RowId leaving = tableModel()->rowId(tableModel()->rowCount() - 1);
        ErasureOrder order;
        order.subjectId = leaving;
        order.reason = QStringLiteral("other");
        PC_VERIFY_OK(eraseSubject(*db, order));
        QTRY_COMPARE(tableModel()->matchCount(), people - 1);

        // The trail, on screen, has every one of them.
        QVERIFY(selectRegister(RegisterKind::Audit));
        const qint64 entries = tableModel()->matchCount();
        QVERIFY(addPersonTo(*db) > 0);
        QTRY_VERIFY(tableModel()->matchCount() > entries);
    }

    // Every screen opens from the keyboard, and says what it is to a screen
    // reader; so does every field of a form.
    void everyScreenHasItsKeysAndNames()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *navigation = qobject_cast<Navigation *>(find<QListWidget>("navigation"));
        const std::pair<Qt::Key, int> keys[] = {{Qt::Key_8, int(RegisterKind::Requests)}, {Qt::Key_1, -1},
                                                {Qt::Key_6, int(RegisterKind::Subjects)}, {Qt::Key_0, -3}};
        for (const auto &[key, entry] : keys) {
            QTest::keyClick(m_window.get(), key, Qt::ControlModifier);
            QCOMPARE(navigation->entryAt(navigation->currentRow()), entry);
            QVERIFY(navigation->currentItem()->toolTip().contains(QKeySequence(Qt::CTRL | key).toString(QKeySequence::NativeText)));
        }
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(navigation->entryAt(navigation->currentRow()), int(RegisterKind::Audit));
        QCOMPARE(find<QMenu>("goMenu")->actions().size(), 11);
        QVERIFY(!navigation->accessibleName().isEmpty());
        auto *editor = find<QWidget>("subjectEditor");
        QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("subjectEmail"))->accessibleName(), QStringLiteral("E-mail"));
        QCOMPARE(find<DateField>("subjectBirthDate")->lineEdit()->accessibleName(), QStringLiteral("Date of birth"));
    }

    // The columns shown are the officer's choice, kept for the next start.
    void columnsAreChosenFromTheHeader()
    {
        QVERIFY(selectRegister(RegisterKind::Requests));
        auto *table = find<QTableView>("registerTable");
        QHeaderView *header = table->horizontalHeader();
        const int channel = 6;
        QCOMPARE(tableModel()->headerData(channel, Qt::Horizontal).toString(), QStringLiteral("Channel"));
        QVERIFY(!header->isSectionHidden(channel));
        QTimer::singleShot(0, this, [] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            auto *hide = menu->findChild<QAction *>(QStringLiteral("column_6"));
            QVERIFY(hide && hide->isChecked());
            hide->trigger();
            menu->close();
        });
        Q_EMIT header->customContextMenuRequested(QPoint(header->sectionViewportPosition(0) + 4, 4));
        QVERIFY(header->isSectionHidden(channel));
        // Kept when the register is left and shown again.
        QVERIFY(selectRegister(RegisterKind::Subjects));
        QVERIFY(selectRegister(RegisterKind::Requests));
        QVERIFY(header->isSectionHidden(channel));
        const QByteArray saved = userSettings()->value(QStringLiteral("columns/requests/header")).toByteArray();
        QHeaderView probe(Qt::Horizontal);
        probe.setModel(tableModel());
        QVERIFY(probe.restoreState(saved));
        QVERIFY(probe.isSectionHidden(channel));
        header->setSectionHidden(channel, false);
    }

    void settingsDescribeTheConnection()
    {
        SettingsDialog dialog(m_scratch->spec());
        QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("embeddedDatabase"))->isChecked());
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("databaseFile"))->text(), m_scratch->spec().path);
        auto spec = dialog.connection();
        PC_VERIFY_OK(spec);
        QVERIFY(!spec->isPostgresql());

        dialog.findChild<QRadioButton *>(QStringLiteral("serverDatabase"))->setChecked(true);
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("databaseFile"))->isEnabled());
        QVERIFY(!dialog.connection().ok());   // no server named yet
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("serverHost")), QStringLiteral("127.0.0.1"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("serverDatabaseName")), QStringLiteral("registre"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("serverUser")), QStringLiteral("dpo"));
        dialog.findChild<QSpinBox *>()->setValue(1);
        spec = dialog.connection();
        PC_VERIFY_OK(spec);
        QVERIFY(spec->isPostgresql());
        QCOMPARE(spec->displayName(), QStringLiteral("postgresql://dpo@127.0.0.1:1/registre"));

        // Nothing listens on port 1: the test says so, without freezing the dialog.
        qputenv("PGPASSWORD", "unused");
        const auto buttons = dialog.findChildren<QPushButton *>();
        auto *test = *std::find_if(buttons.begin(), buttons.end(), [](QPushButton *b) {
            return b->text().contains(QLatin1String("Test"));
        });
        QTest::mouseClick(test, Qt::LeftButton);
        auto *result = dialog.findChild<QLabel *>(QStringLiteral("testResult"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("Cannot connect")), 20000);
        qunsetenv("PGPASSWORD");
    }

    void settingsSwitchTheDatabase()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("second.sqlite"));
        dialogs::setNextHandler([file](QDialog &shown) {
            auto *dialog = qobject_cast<SettingsDialog *>(&shown);
            QVERIFY(dialog);
            auto *path = dialog->findChild<QLineEdit *>(QStringLiteral("databaseFile"));
            path->setText(file);
            dialog->accept();
        });
        find<QAction>("settingsAction")->trigger();
        QTRY_VERIFY(find<QLabel>("databaseLabel")->toolTip().contains(file));
        QVERIFY(QFile::exists(file));
        QCOMPARE(find<QComboBox>("organizationSwitcher")->count(), 1);   // a new, empty register
        QCOMPARE(userSettings()->value(QStringLiteral("database")).toString(), file);

        // And back to the demo database.
        const QString demo = m_scratch->spec().path;
        dialogs::setNextHandler([demo](QDialog &shown) {
            auto *dialog = qobject_cast<SettingsDialog *>(&shown);
            QVERIFY(dialog);
            dialog->findChild<QLineEdit *>(QStringLiteral("databaseFile"))->setText(demo);
            dialog->accept();
        });
        find<QAction>("settingsAction")->trigger();
        QTRY_VERIFY(find<QLabel>("databaseLabel")->toolTip().contains(demo));
        QCOMPARE(find<QComboBox>("organizationSwitcher")->count(), 6);
    }

    // A processor's page shows each field of the stored record, and saves
    // what was changed (a country code in capitals, text trimmed) and only that.
    void processorFormShowsAndSavesItsFields()
    {
        m_window->activateWindow();
        QVERIFY(selectRegister(RegisterKind::Processors));
        auto *table = find<QTableView>("registerTable");
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Return);
        auto *editor = find<ProcessorEditor>("processorEditor");
        QTRY_VERIFY(editor->isVisible());
        auto db = m_scratch->open();
        QVERIFY(db);
        const RowId id = editor->recordId();
        const auto stored = RecordStore<Processor>::read(*db, id);
        PC_VERIFY_OK(stored);
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("processorName"));
        auto *country = editor->findChild<QLineEdit *>(QStringLiteral("processorCountry"));
        auto *shared = editor->findChild<QPlainTextEdit *>(QStringLiteral("processorDataShared"));
        QCOMPARE(name->text(), stored->name);
        QCOMPARE(country->text(), stored->country);
        QCOMPARE(editor->findChild<QComboBox *>(QStringLiteral("processorRole"))->currentData().toString(), stored->role);
        QCOMPARE(editor->findChild<QComboBox *>(QStringLiteral("processorSafeguard"))->currentData().toString(),
                 stored->transferSafeguard);
        QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("processorEmail"))->text(), stored->contactEmail);
        QCOMPARE(editor->findChild<DateField *>(QStringLiteral("processorDpaSigned"))->date(), stored->dpaSignedOn);
        QCOMPARE(shared->toPlainText(), stored->dataShared);
        QVERIFY(!editor->isModified());

        country->setText(QStringLiteral("de"));
        shared->setPlainText(QStringLiteral("  Invoices and their lines  "));
        QVERIFY(editor->isModified());
        find<QAction>("saveAction")->trigger();
        QVERIFY(settled());
        const auto saved = RecordStore<Processor>::read(*db, id);
        PC_VERIFY_OK(saved);
        QCOMPARE(saved->country, QStringLiteral("DE"));
        QCOMPARE(saved->dataShared, QStringLiteral("Invoices and their lines"));
        Processor expected = stored.value();
        expected.country = saved->country;
        expected.dataShared = saved->dataShared;
        expected.rowVersion = saved->rowVersion;
        QVERIFY2(saved.value() == expected, "a field not touched was changed");

        // Put back as it was, for the tests after.
        country->setText(stored->country);
        shared->setPlainText(stored->dataShared);
        find<QAction>("saveAction")->trigger();
        QVERIFY(settled());
        QCOMPARE(RecordStore<Processor>::read(*db, id)->country, stored->country);
        QTest::keyClick(editor, Qt::Key_Left, Qt::AltModifier);
        QTRY_VERIFY(table->isVisible());
    }

    // The controller's details, edited in their own dialog.
    void organizationFormShowsAndSavesItsFields()
    {
        auto db = m_scratch->open();
        QVERIFY(db);
        auto *switcher = find<QComboBox>("organizationSwitcher");
        switcher->setCurrentIndex(switcher->findText(QStringLiteral("SOFTNLABS"), Qt::MatchStartsWith));
        const RowId id = switcher->currentData().toLongLong();
        QVERIFY(id > 0);
        const auto stored = RecordStore<Organization>::read(*db, id);
        PC_VERIFY_OK(stored);
        bool shown = false;
        dialogs::setNextHandler([&](QDialog &dialog) {
            auto *editor = dialog.findChild<OrganizationEditor *>(QStringLiteral("organizationEditor"));
            QVERIFY(editor);
            auto *name = editor->findChild<QLineEdit *>(QStringLiteral("organizationName"));
            auto *country = editor->findChild<QLineEdit *>(QStringLiteral("organizationCountry"));
            auto *email = editor->findChild<QLineEdit *>(QStringLiteral("organizationDpoEmail"));
            QCOMPARE(name->text(), stored->name);
            QCOMPARE(country->text(), stored->country);
            QCOMPARE(email->text(), stored->dpoEmail);
            QCOMPARE(editor->findChild<QComboBox *>(QStringLiteral("organizationJurisdiction"))->currentData().toString(),
                     stored->jurisdiction);
            QCOMPARE(editor->findChild<QPlainTextEdit *>(QStringLiteral("organizationAddress"))->toPlainText(),
                     stored->address);
            shown = true;
            email->setText(QStringLiteral(" dpo@example.org "));
            QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("saveOrganization")), Qt::LeftButton);
            dialog.accept();
        });
        find<QAction>("organizationAction")->trigger();
        QVERIFY(shown);
        const auto saved = RecordStore<Organization>::read(*db, id);
        PC_VERIFY_OK(saved);
        QCOMPARE(saved->dpoEmail, QStringLiteral("dpo@example.org"));
        Organization expected = stored.value();
        expected.dpoEmail = saved->dpoEmail;
        expected.rowVersion = saved->rowVersion;
        QVERIFY2(saved.value() == expected, "a field not touched was changed");
        // Undone from the window, as every change.
        find<QAction>("undoAction")->trigger();
        QVERIFY(settled());
        QCOMPARE(RecordStore<Organization>::read(*db, id)->dpoEmail, stored->dpoEmail);
    }

    void createAnActivityThroughTheForm()
    {
        // The dialogs of the tests before may have taken the activation.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *switcher = find<QComboBox>("organizationSwitcher");
        switcher->setCurrentIndex(switcher->findText(QStringLiteral("SOFTNLABS"), Qt::MatchStartsWith));
        QVERIFY(selectRegister(RegisterKind::Activities));
        QVERIFY(settled());
        const qint64 before = tableModel()->matchCount();
        auto *editor = find<ActivityEditor>("activityEditor");
        // A large record has a page of its own, over the list.
        QVERIFY(!editor->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(editor->isVisible());
        QVERIFY(!find<QTableView>("registerTable")->isVisible());
        QVERIFY(editor->isEnabled());
        QCOMPARE(editor->original().id, 0);

        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("activityName"));
        auto *save = editor->findChild<QPushButton *>(QStringLiteral("saveActivity"));
        QVERIFY(!save->isEnabled());   // nothing valid yet
        // The reason is shown next to the field.
        auto *nameProblem = editor->findChild<QLabel *>(QStringLiteral("problem%1").arg(int(ActivityFinding::Field::Name)));
        QVERIFY(nameProblem->isVisible());
        QVERIFY(nameProblem->text().contains(QLatin1String("Name the processing activity")));

        QTest::keyClicks(name, QStringLiteral("Veille juridique clients"));
        QVERIFY(!nameProblem->isVisible());
        QTest::mouseClick(reveal(editor->findChild<QPushButton *>(QStringLiteral("addPurpose"))), Qt::LeftButton);
        auto *purposes = editor->findChild<QTableWidget *>(QStringLiteral("activityPurposes"));
        QCOMPARE(purposes->rowCount(), 1);
        // The purpose's cell is open for typing, as after a click on "Add a purpose".
        auto *cellEditor = purposes->viewport()->findChild<QLineEdit *>();
        QVERIFY(cellEditor);
        QTest::keyClicks(cellEditor, QStringLiteral("Informer les clients des evolutions legales"));
        QTest::keyClick(cellEditor, Qt::Key_Return);
        // The delegate commits on the next turn of the event loop.
        QTRY_COMPARE(purposes->item(0, 0)->text(), QStringLiteral("Informer les clients des evolutions legales"));
        editor->findChild<QListWidget *>(QStringLiteral("activitySubjects"))->item(0)->setCheckState(Qt::Checked);
        editor->findChild<QListWidget *>(QStringLiteral("activityData"))->item(0)->setCheckState(Qt::Checked);
        editor->findChild<QComboBox *>(QStringLiteral("activityRetention"))->setCurrentIndex(1);
        QVERIFY(save->isEnabled());
        QVERIFY(save->isVisible());
        if (const QString grabPath = qEnvironmentVariable("PC_SCREENSHOT_DIR"); !grabPath.isEmpty())
            m_window->grab().save(grabPath + QStringLiteral("/activity-form-en.png"));
        QTest::mouseClick(save, Qt::LeftButton);

        QVERIFY(settled());
        QCOMPARE(tableModel()->matchCount(), before + 1);
        QVERIFY(editor->original().id > 0);
        bool listed = false;
        for (int r = 0; r < tableModel()->rowCount(); ++r)
            listed = listed || tableModel()->data(tableModel()->index(r, 1)).toString() == name->text();
        QVERIFY(listed);
        auto db = m_scratch->open();
        QVERIFY(db);
        const auto saved = RegisterRepository(*db).activity(editor->original().id);
        PC_VERIFY_OK(saved);
        QCOMPARE(saved->purposes.first().description, QStringLiteral("Informer les clients des evolutions legales"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'processing_activities' "
                                            "AND action = 'insert' AND row_id = ?"), {editor->original().id}).toInt(), 1);
    }

    void editThenUndoAndRedo()
    {
        auto *editor = find<ActivityEditor>("activityEditor");
        const RowId id = editor->original().id;
        QVERIFY(id > 0);
        const QString oldName = editor->original().name;
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("activityName"));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Veille reglementaire"));
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        auto db = m_scratch->open();
        QVERIFY(db);
        auto stored = [&] { return RegisterRepository(*db).activity(id).value().name; };
        QCOMPARE(stored(), QStringLiteral("Veille reglementaire"));

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(stored(), oldName);
        QCOMPARE(name->text(), oldName);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(stored(), QStringLiteral("Veille reglementaire"));
        QCOMPARE(name->text(), QStringLiteral("Veille reglementaire"));
        // Each step is in the audit trail.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'processing_activities' "
                                            "AND action = 'update' AND row_id = ?"), {id}).toInt(), 3);
    }

    void deleteAsksThenUndoPutsItBack()
    {
        auto *editor = find<ActivityEditor>("activityEditor");
        const RowId id = editor->original().id;
        QVERIFY(settled());
        const qint64 before = tableModel()->matchCount();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        find<QAction>("deleteAction")->trigger();
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("Veille reglementaire")), qPrintable(MessageBox::lastText()));
        QVERIFY(settled());
        QCOMPARE(tableModel()->matchCount(), before - 1);
        auto db = m_scratch->open();
        QVERIFY(db);
        QVERIFY(!RegisterRepository(*db).activity(id).ok());

        find<QAction>("undoAction")->trigger();
        QVERIFY(settled());
        QCOMPARE(tableModel()->matchCount(), before);
        const auto back = RegisterRepository(*db).activity(id);
        PC_VERIFY_OK(back);   // under the same id, whole
        QCOMPARE(back->purposes.size(), 1);
        QCOMPARE(editor->original().id, id);
    }

    void subjectFormShowsProblemsAndSaves()
    {
        // The confirmation before may have taken the activation.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(selectRegister(RegisterKind::Subjects));
        auto *editor = find<QWidget>("subjectEditor");
        QVERIFY(!find<QWidget>("activityEditor")->isVisible());
        const qint64 before = tableModel()->matchCount();
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(editor->isVisible());
        QVERIFY(editor->isEnabled());
        auto *last = editor->findChild<QLineEdit *>(QStringLiteral("subjectLastName"));
        auto *email = editor->findChild<QLineEdit *>(QStringLiteral("subjectEmail"));
        auto *save = editor->findChild<QPushButton *>(QStringLiteral("saveSubject"));
        auto problem = [editor](SubjectField field) {
            return editor->findChild<QLabel *>(QStringLiteral("problem%1").arg(int(field)));
        };
        QVERIFY(problem(SubjectField::Identity)->isVisible());
        QVERIFY(!save->isEnabled());

        QTest::keyClicks(last, QStringLiteral("Zeghal"));
        QVERIFY(!problem(SubjectField::Identity)->isVisible());
        QTest::keyClicks(email, QStringLiteral("sami.zeghal@"));
        QVERIFY(problem(SubjectField::Email)->isVisible());
        QVERIFY(problem(SubjectField::Email)->text().contains(QLatin1String("is not an e-mail address")));
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(email, QStringLiteral("example.tn"));
        QVERIFY(!problem(SubjectField::Email)->isVisible());

        // A date that does not exist is shown as typed, with the reason.
        auto *birth = editor->findChild<DateField *>(QStringLiteral("subjectBirthDate"));
        QTest::keyClicks(birth->lineEdit(), QStringLiteral("1984-02-30"));
        QVERIFY(problem(SubjectField::BirthDate)->isVisible());
        QVERIFY(problem(SubjectField::BirthDate)->text().contains(QLatin1String("is not a date")));
        QVERIFY(!save->isEnabled());
        birth->lineEdit()->clear();
        QTest::keyClicks(birth->lineEdit(), QStringLiteral("1984-03-07"));
        QVERIFY(!problem(SubjectField::BirthDate)->isVisible());
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(settled());
        QCOMPARE(tableModel()->matchCount(), before + 1);

        auto db = m_scratch->open();
        QVERIFY(db);
        const RowId id = scalar(*db, QStringLiteral("SELECT id FROM data_subjects WHERE email = 'sami.zeghal@example.tn'")).toLongLong();
        QVERIFY(id > 0);
        QCOMPARE(PeopleRepository(*db).subject(id)->birthDate, QDate(1984, 3, 7));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'data_subjects' "
                                            "AND action = 'insert' AND row_id = ?"), {id}).toInt(), 1);
        // Found by the search box, as typed.
        QTest::keyClicks(find<QLineEdit>("searchBox"), QStringLiteral("zegh"));
        QTRY_COMPARE(tableModel()->matchCount(), 1);
        QCOMPARE(tableModel()->rowId(0), id);

        find<QAction>("undoAction")->trigger();
        QVERIFY(settled());
        QCOMPARE(tableModel()->matchCount(), 0);
        QVERIFY(!PeopleRepository(*db).subject(id).ok());
        QVERIFY(!editor->isEnabled());
        find<QAction>("redoAction")->trigger();
        QVERIFY(settled());
        QCOMPARE(tableModel()->matchCount(), 1);
        QCOMPARE(PeopleRepository(*db).subject(id)->lastName, QStringLiteral("Zeghal"));
        find<QLineEdit>("searchBox")->clear();
        QTRY_COMPARE(tableModel()->matchCount(), before + 1);
    }

    // Two officers on the same person: the second to save is shown the
    // fields where the versions differ, keeps theirs where only they
    // changed it, chooses where both did; nothing is overwritten unseen.
    void aSaveOverANewerVersionIsMergedFieldByField()
    {
        m_window->activateWindow();
        find<QLineEdit>("searchBox")->clear();
        QVERIFY(selectRegister(RegisterKind::Subjects));
        auto *editor = find<RecordEditor>("subjectEditor");
        auto db = m_scratch->open();
        QVERIFY(db);
        const RowId id = tableModel()->rowId(3);
        PC_VERIFY_OK(editor->load(id));
        const DataSubject read = PeopleRepository(*db).subject(id).value();
        // Mine, not saved yet: a new e-mail and telephone.
        auto *email = editor->findChild<QLineEdit *>(QStringLiteral("subjectEmail"));
        auto *phone = editor->findChild<QLineEdit *>(QStringLiteral("subjectPhone"));
        email->setText(QStringLiteral("mine@example.org"));
        phone->setText(QStringLiteral("+33 1 00 00 00 01"));
        // Theirs, saved meanwhile by another officer: another e-mail, a note.
        DataSubject theirs = read;
        theirs.email = QStringLiteral("theirs@example.org");
        theirs.notes = QStringLiteral("Called about the newsletter");
        PC_VERIFY_OK(PeopleRepository(*db).updateSubject(theirs));

        QStringList shown;
        bool cancelled = false;
        auto answer = [&](bool keepEmail, bool cancel) {
            dialogs::setNextHandler([&, keepEmail, cancel](QDialog &opened) {
                auto *dialog = qobject_cast<ConflictDialog *>(&opened);
                QVERIFY(dialog);
                auto *fields = dialog->findChild<QTableWidget *>(QStringLiteral("conflictFields"));
                shown.clear();
                for (int row = 0; row < fields->rowCount(); ++row)
                    shown << fields->item(row, 0)->text() + QLatin1Char('=') + fields->item(row, 1)->text()
                                 + QLatin1Char('|') + fields->item(row, 2)->text();
                if (const QString dir = qEnvironmentVariable("PC_SCREENSHOT_DIR"); !dir.isEmpty())
                    dialog->grab().save(dir + QStringLiteral("/conflict-en.png"));
                if (cancel) {
                    cancelled = true;
                    dialog->reject();
                    return;
                }
                dialog->choose(int(SubjectField::Email), keepEmail);
                QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveMerge")), Qt::LeftButton);
            });
        };
        // Cancelled: nothing written, the form still has mine.
        answer(true, true);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        find<QAction>("saveAction")->trigger();
        QVERIFY(cancelled);
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("Not saved")), qPrintable(MessageBox::lastText()));
        QCOMPARE(email->text(), QStringLiteral("mine@example.org"));
        QCOMPARE(PeopleRepository(*db).subject(id)->email, theirs.email);
        QCOMPARE(shown.size(), 3);
        QVERIFY2(shown.contains(QStringLiteral("E-mail=mine@example.org|theirs@example.org")), qPrintable(shown.join(QLatin1Char(';'))));
        QVERIFY2(shown.contains(QStringLiteral("Notes=|Called about the newsletter")), qPrintable(shown.join(QLatin1Char(';'))));

        // Merged: my e-mail and telephone, their note.
        answer(true, false);
        find<QAction>("saveAction")->trigger();
        const DataSubject saved = PeopleRepository(*db).subject(id).value();
        QCOMPARE(saved.email, QStringLiteral("mine@example.org"));
        QCOMPARE(saved.phone, QStringLiteral("+33 1 00 00 00 01"));
        QCOMPARE(saved.notes, theirs.notes);
        QCOMPARE(saved.rowVersion, theirs.rowVersion + 1);
        QCOMPARE(saved.lastName, read.lastName);
        QVERIFY(!editor->isModified());
    }

    void wrongDateIsRefusedWithItsReason()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(selectRegister(RegisterKind::Requests));
        auto *editor = find<QWidget>("requestEditor");
        auto db = m_scratch->open();
        QVERIFY(db);
        const int requests = scalar(*db, QStringLiteral("SELECT count(*) FROM rights_requests")).toInt();
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(editor->isVisible());
        auto *reference = editor->findChild<QLineEdit *>(QStringLiteral("requestReference"));
        QVERIFY2(reference->text().startsWith(QStringLiteral("REQ-%1-").arg(QDate::currentDate().year())),
                 qPrintable(reference->text()));
        auto *received = editor->findChild<DateField *>(QStringLiteral("requestReceived"));
        QCOMPARE(received->date(), QDate::currentDate());
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("requesterName")), QStringLiteral("Amel Trabelsi"));
        editor->findChild<QListWidget *>(QStringLiteral("requestTypes"))->item(0)->setCheckState(Qt::Checked);
        auto *save = editor->findChild<QPushButton *>(QStringLiteral("saveRequest"));
        QVERIFY(save->isEnabled());

        received->lineEdit()->clear();
        QTest::keyClicks(received->lineEdit(), QStringLiteral("31/02/2026"));
        auto *problem = editor->findChild<QLabel *>(QStringLiteral("problem%1").arg(int(RequestField::Received)));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("“31/02/2026” is not a date")), qPrintable(problem->text()));
        QVERIFY(!save->isEnabled());
        // Ctrl+S says why and writes nothing.
        MessageBox::setNextAnswer(QMessageBox::Ok);
        find<QAction>("saveAction")->trigger();
        const QString said = MessageBox::lastText();
        QVERIFY2(said.contains(QLatin1String("is not a date")), qPrintable(said));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM rights_requests")).toInt(), requests);
        QCOMPARE(received->text(), QStringLiteral("31/02/2026"));   // nothing typed is lost

        received->lineEdit()->clear();
        QTest::keyClicks(received->lineEdit(), QDate::currentDate().toString(Qt::ISODate));
        QVERIFY(!problem->isVisible());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM rights_requests")).toInt(), requests + 1);
        const auto saved = CaseRepository(*db).request(
            scalar(*db, QStringLiteral("SELECT id FROM rights_requests WHERE reference = ?"), {reference->text()}).toLongLong());
        PC_VERIFY_OK(saved);
        QCOMPARE(saved->requesterName, QStringLiteral("Amel Trabelsi"));
        QCOMPARE(saved->receivedOn, QDate::currentDate());
        QCOMPARE(saved->types, QStringList{QStringLiteral("access")});
    }

    void closingWithUnsavedChangesAsksFirst()
    {
        auto *editor = find<RecordEditor>("requestEditor");
        QVERIFY(editor->recordId() > 0);
        QVERIFY(!editor->isModified());
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("requesterName"));
        const QString stored = name->text();
        name->setText(stored + QStringLiteral(" (née Ben Salah)"));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!m_window->close());
        const QString asked = MessageBox::lastText();
        QVERIFY2(asked.contains(QLatin1String("unsaved changes")), qPrintable(asked));
        QVERIFY(m_window->isVisible());
        QCOMPARE(name->text(), stored + QStringLiteral(" (née Ben Salah)"));
        name->setText(stored);
        QVERIFY(!editor->isModified());
    }

    void requestDueDatesFollowTheLaw()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(selectRegister(RegisterKind::Requests));
        auto *editor = find<QWidget>("requestEditor");
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(editor->isEnabled());
        auto *law = editor->findChild<QComboBox *>(QStringLiteral("requestJurisdiction"));
        law->setCurrentIndex(law->findData(QStringLiteral("FR")));
        QCOMPARE(law->currentData().toString(), QStringLiteral("FR"));
        auto *received = editor->findChild<DateField *>(QStringLiteral("requestReceived"));
        auto *due = editor->findChild<DateField *>(QStringLiteral("requestDue"));
        auto *why = editor->findChild<QLabel *>(QStringLiteral("requestDueWhy"));
        QVERIFY(due->lineEdit()->isReadOnly());
        // 5 April 2026 is Easter Sunday, the 6th Easter Monday.
        received->lineEdit()->clear();
        QTest::keyClicks(received->lineEdit(), QStringLiteral("2026-03-05"));
        QCOMPARE(due->date(), QDate(2026, 4, 7));
        QVERIFY2(why->text().contains(QLatin1String("Art. 12(3)")), qPrintable(why->text()));
        QVERIFY2(why->text().contains(QLatin1String("does not count")), qPrintable(why->text()));
        // Five days waiting for an identity document move it to Friday 10 April.
        auto *asked = editor->findChild<DateField *>(QStringLiteral("requestIdentityAsked"));
        auto *arrived = editor->findChild<DateField *>(QStringLiteral("requestIdentityReceived"));
        QTest::keyClicks(asked->lineEdit(), QStringLiteral("2026-03-10"));
        QTest::keyClicks(arrived->lineEdit(), QStringLiteral("2026-03-15"));
        QCOMPARE(due->date(), QDate(2026, 4, 10));
        QVERIFY2(why->text().contains(QLatin1String("5 days")), qPrintable(why->text()));
        // South Africa's 30 days: 4 April, a Saturday, stands.
        law->setCurrentIndex(law->findData(QStringLiteral("ZA")));
        QCOMPARE(due->date(), QDate(2026, 4, 9));
        // Told of an extension: 30 more days.
        auto *told = editor->findChild<DateField *>(QStringLiteral("requestExtensionNotified"));
        QTest::keyClicks(told->lineEdit(), QStringLiteral("2026-03-20"));
        QCOMPARE(editor->findChild<DateField *>(QStringLiteral("requestExtendedDue"))->date(), QDate(2026, 5, 9));
        // Saved as computed.
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("requesterName")), QStringLiteral("Thandi Mokoena"));
        editor->findChild<QListWidget *>(QStringLiteral("requestTypes"))->item(0)->setCheckState(Qt::Checked);
        auto *save = editor->findChild<QPushButton *>(QStringLiteral("saveRequest"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        auto db = m_scratch->open();
        QVERIFY(db);
        QCOMPARE(toDate(scalar(*db, QStringLiteral("SELECT due_on FROM rights_requests WHERE requester_name = 'Thandi Mokoena'"))),
                 QDate(2026, 4, 9));
        QCOMPARE(toDate(scalar(*db, QStringLiteral("SELECT extended_due_on FROM rights_requests "
                                                   "WHERE requester_name = 'Thandi Mokoena'"))),
                 QDate(2026, 5, 9));

        // Saved, its case opens: the history starts on the day it arrived,
        // and "Next step" records work started, dated, in the history.
        auto *panel = editor->findChild<QWidget *>(QStringLiteral("casePanel"));
        QTRY_VERIFY(panel->isEnabled());
        auto *history = editor->findChild<QListWidget *>(QStringLiteral("requestHistory"));
        QCOMPARE(history->count(), 1);
        auto *status = editor->findChild<QComboBox *>(QStringLiteral("requestStatus"));
        QVERIFY(!status->isEnabled());
        auto *next = editor->findChild<QToolButton *>(QStringLiteral("requestStep"));
        QAction *start = next->menu()->findChild<QAction *>(QStringLiteral("step_in_progress"));
        QVERIFY(start);
        // Its identity was checked and its extension told already.
        QVERIFY(!next->menu()->findChild<QAction *>(QStringLiteral("step_identity_requested")));
        QVERIFY(!next->menu()->findChild<QAction *>(QStringLiteral("step_extended")));
        QVERIFY(next->menu()->findChild<QAction *>(QStringLiteral("step_answered")));
        QVERIFY(!next->menu()->findChild<QAction *>(QStringLiteral("step_reopened")));
        dialogs::setNextHandler([](QDialog &shown) {
            QDialog *dialog = &shown;
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("stepText"))->setPlainText(QStringLiteral("Search started."));
            dialog->accept();
        });
        start->trigger();
        QTRY_COMPARE(scalar(*db, QStringLiteral("SELECT status FROM rights_requests WHERE requester_name = 'Thandi Mokoena'"))
                         .toString(),
                     QStringLiteral("in_progress"));
        QTRY_COMPARE(history->count(), 2);
        QVERIFY2(history->item(1)->text().contains(QStringLiteral("Work started — Search started.")),
                 qPrintable(history->item(1)->text()));
        QCOMPARE(status->currentData().toString(), QStringLiteral("in_progress"));
    }

    // Continues with the request saved above: it is the officer's, its
    // letters and exports are kept with it and shown from the form.
    void theCaseKeepsItsLettersAndTheDocuments()
    {
        auto *editor = find<QWidget>("requestEditor");
        auto *reference = editor->findChild<QLineEdit *>(QStringLiteral("requestReference"));
        auto db = m_scratch->open();
        QVERIFY(db);
        const QString requestReference = reference->text();
        QVERIFY(!requestReference.isEmpty());
        const RowId requestId = scalar(*db, QStringLiteral("SELECT id FROM rights_requests WHERE reference = ?"),
                                       {requestReference}).toLongLong();
        QVERIFY(requestId > 0);
        // Whoever records a request handles it until it is given to someone else.
        auto *assignee = editor->findChild<QComboBox *>(QStringLiteral("requestAssignee"));
        const RowId me = scalar(*db, QStringLiteral("SELECT id FROM users WHERE username = ?"), {db->actor()}).toLongLong();
        QCOMPARE(assignee->currentData().toLongLong(), me);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT assignee_id FROM rights_requests WHERE id = ?"), {requestId})
                     .toLongLong(), me);

        // An acknowledgement, composed from the request, saved on it as a PDF.
        auto *documents = editor->findChild<QListWidget *>(QStringLiteral("requestDocuments"));
        QCOMPARE(documents->count(), 0);
        QString composed;
        dialogs::setNextHandler([&composed](QDialog &shown) {
            QDialog *dialog = &shown;
            QCOMPARE(dialog->objectName(), QStringLiteral("letterDialog"));
            auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("letterKind"));
            kind->setCurrentIndex(0);
            auto *language = dialog->findChild<QComboBox *>(QStringLiteral("letterLanguage"));
            language->setCurrentIndex(language->findData(QStringLiteral("en")));
            composed = dialog->findChild<QTextEdit *>(QStringLiteral("letterText"))->toPlainText();
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("letterSave")), Qt::LeftButton);
        });
        QTest::mouseClick(editor->findChild<QPushButton *>(QStringLiteral("requestLetter")), Qt::LeftButton);
        QVERIFY2(composed.contains(QStringLiteral("Thandi Mokoena")), qPrintable(composed));
        QTRY_COMPARE(documents->count(), 1);
        QVERIFY2(documents->item(0)->text().contains(QStringLiteral(".pdf")), qPrintable(documents->item(0)->text()));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM attachments WHERE request_id = ? AND kind = 'reply'"),
                        {requestId}).toInt(), 1);

        // Shown page by page, read from the database, never written to a file.
        documents->setCurrentRow(0);
        auto *view = editor->findChild<QPushButton *>(QStringLiteral("documentView"));
        QVERIFY(view->isEnabled());
        int pages = -1;
        dialogs::setNextHandler([&pages](QDialog &shown) {
            QDialog *viewer = &shown;
            QCOMPARE(viewer->objectName(), QStringLiteral("documentViewer"));
            if (auto *pdf = viewer->findChild<QPdfView *>(QStringLiteral("documentPdf")); pdf && pdf->document())
                pages = pdf->document()->pageCount();
            viewer->reject();
        });
        QTest::mouseClick(view, Qt::LeftButton);
        QCOMPARE(pages, 1);

        // The person is not in the register yet: added from the request.
        auto *person = editor->findChild<QToolButton *>(QStringLiteral("requestPerson"));
        QAction *findPerson = person->menu()->findChild<QAction *>(QStringLiteral("requestFindPerson"));
        QAction *exportData = person->menu()->findChild<QAction *>(QStringLiteral("requestExport"));
        QVERIFY(findPerson->isEnabled());
        QVERIFY(!exportData->isEnabled());
        QStringList offered;
        dialogs::setNextHandler([&offered](QDialog &shown) {
            auto *dialog = qobject_cast<QInputDialog *>(&shown);
            QVERIFY(dialog);
            offered = dialog->comboBoxItems();
            dialog->setTextValue(offered.last());
            dialog->accept();
        });
        findPerson->trigger();
        QVERIFY2(!offered.isEmpty() && offered.last().contains(QStringLiteral("Add “Thandi Mokoena”")),
                 qPrintable(offered.join(QLatin1Char('|'))));
        QTRY_VERIFY(scalar(*db, QStringLiteral("SELECT subject_id FROM rights_requests WHERE id = ?"), {requestId})
                        .toLongLong() > 0);
        QTRY_VERIFY(editor->findChild<QLabel *>(QStringLiteral("requestSubject"))->text().contains(QStringLiteral("Thandi")));

        // Their data, as an access report attached as a reply.
        QVERIFY(exportData->isEnabled());
        dialogs::setNextHandler([](QDialog &shown) {
            auto *dialog = qobject_cast<QInputDialog *>(&shown);
            QVERIFY(dialog);
            dialog->setTextValue(dialog->comboBoxItems().first());
            dialog->accept();
        });
        exportData->trigger();
        QTRY_COMPARE(documents->count(), 2);
        QVERIFY2(documents->item(1)->text().contains(QStringLiteral("-access-")), qPrintable(documents->item(1)->text()));

        // A consent of theirs, withdrawn by the request: the ledger points to it.
        const RowId subject =
            scalar(*db, QStringLiteral("SELECT subject_id FROM rights_requests WHERE id = ?"), {requestId}).toLongLong();
        const RowId purpose = scalar(*db, QStringLiteral("SELECT p.id FROM consent_purposes p JOIN rights_requests r "
                                                         "ON r.organization_id = p.organization_id WHERE r.id = ? "
                                                         "ORDER BY p.id LIMIT 1"),
                                     {requestId})
                                  .toLongLong();
        ConsentEvent yes;
        yes.subjectId = subject;
        yes.purposeId = purpose;
        yes.occurredAt = QDateTime(QDate(2025, 1, 10), QTime(10, 0));
        PC_VERIFY_OK(PeopleRepository(*db).addConsentEvent(yes));
        QAction *withdraw = person->menu()->findChild<QAction *>(QStringLiteral("requestWithdrawConsents"));
        QVERIFY(withdraw->isEnabled());
        bool listed = false;
        dialogs::setNextHandler([&listed](QDialog &shown) {
            QDialog *dialog = &shown;
            QCOMPARE(dialog->objectName(), QStringLiteral("withdrawConsentsDialog"));
            listed = dialog->findChild<QListWidget *>(QStringLiteral("withdrawPurposes"))->count() == 1;
            dialog->findChild<QPushButton *>(QStringLiteral("withdrawNow"))->click();
        });
        withdraw->trigger();
        QVERIFY(listed);
        QTRY_COMPARE(scalar(*db, QStringLiteral("SELECT event FROM consent_states WHERE subject_id = ? AND purpose_id = ?"),
                            {subject, purpose})
                         .toString(),
                     QStringLiteral("withdrawn"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM consent_events WHERE request_id = ?"), {requestId})
                     .toInt(),
                 1);

        // Given to nobody in particular, saved from the form.
        assignee->setCurrentIndex(assignee->findData(RowId(0)));
        auto *save = editor->findChild<QPushButton *>(QStringLiteral("saveRequest"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(scalar(*db, QStringLiteral("SELECT assignee_id FROM rights_requests WHERE id = ?"), {requestId})
                        .isNull());
    }

    void theWorklistShowsOpenRequestsSoonestDueFirst()
    {
        QVERIFY(m_window->openPage(QStringLiteral("worklist")));
        // Every organization's requests.
        find<QComboBox>("organizationSwitcher")->setCurrentIndex(0);
        auto *worklist = find<WorklistView>("worklist");
        QVERIFY(worklist->isVisible());
        auto db = m_scratch->open();
        QVERIFY(db);
        const int open = scalar(*db, QStringLiteral("SELECT count(*) FROM rights_requests "
                                                    "WHERE status NOT IN ('answered', 'refused', 'withdrawn')"))
                             .toInt();
        QVERIFY(open > 2);
        auto *table = find<QTableWidget>("worklistTable");
        QCOMPARE(table->rowCount(), open);
        const QList<WorkItem> &items = worklist->items();
        for (qsizetype i = 1; i < items.size(); ++i)
            QVERIFY(!items.at(i).due.isValid() || items.at(i - 1).due <= items.at(i).due);
        QVERIFY(find<QLabel>("worklistSummary")->text().contains(QStringLiteral("open request")));

        // Nobody's yet: the request given to nobody above is among them.
        auto *whose = find<QComboBox>("worklistWhose");
        whose->setCurrentIndex(whose->findData(RowId(0)));
        QVERIFY(table->rowCount() >= 1 && table->rowCount() < open);
        const int unassigned = scalar(*db, QStringLiteral("SELECT count(*) FROM rights_requests WHERE assignee_id IS NULL "
                                                          "AND status NOT IN ('answered', 'refused', 'withdrawn')"))
                                   .toInt();
        QCOMPARE(table->rowCount(), unassigned);
        whose->setCurrentIndex(0);
        QCOMPARE(table->rowCount(), open);

        // Opening a row shows the request in its form.
        const QString first = items.first().reference;
        table->setCurrentCell(0, 0);
        QTest::keyClick(table, Qt::Key_Return);
        auto *editor = find<QWidget>("requestEditor");
        QTRY_VERIFY(editor->isVisible());
        QTRY_COMPARE(editor->findChild<QLineEdit *>(QStringLiteral("requestReference"))->text(), first);
        // Back to the list (Alt+Left): the register shows that request
        // alone, selected, until the filter is cleared.
        QVERIFY(settled());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
        QVERIFY(!editor->isVisible());
        QVERIFY(find<QTableView>("registerTable")->isVisible());
        QCOMPARE(tableModel()->matchCount(), 1);
        QCOMPARE(find<QTableView>("registerTable")->currentIndex().row(), 0);
        auto *clear = find<QToolButton>("clearFilter");
        QVERIFY(clear->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(settled());
        QVERIFY(tableModel()->matchCount() > 1);
    }

    // A folder dropped on the window: each letter read in the background,
    // corrected, confirmed; a file that is not what it says is refused with
    // its reason and skipped. The request made opens in its form, the ID
    // copy kept encrypted and counted down, then destroyed once the identity
    // check read from it is recorded.
    void lettersDroppedOnTheWindowBecomeRequests()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QStringList letter{QStringLiteral("John Smith"), QStringLiteral("221B Baker Street"),
                                 QStringLiteral("London NW1 6XE"), QStringLiteral("john.smith@example.co.uk"), QString(),
                                 QStringLiteral("12 February 2026"), QString(), QStringLiteral("Data Protection Officer"),
                                 QString(), QStringLiteral("Dear Sir or Madam,"), QString(),
                                 QStringLiteral("Subject access request"), QString(),
                                 QStringLiteral("Please send me a copy of the personal data you hold about me and"),
                                 QStringLiteral("erase my data afterwards. A copy of my passport is enclosed."),
                                 QString(), QStringLiteral("Yours faithfully,"), QStringLiteral("John Smith")};
        const QImage passport = documentPhoto(passportZone(johnSmith()), 0, 3, 5);
        QVERIFY(writeFile(folder.filePath(QStringLiteral("a-letter.pdf")), textPdf({letter, {}}, {QImage(), passport})));
        QVERIFY(writeFile(folder.filePath(QStringLiteral("b-scan.jpg")), "This is not a photograph.\n"));
        QVERIFY(writeFile(folder.filePath(QStringLiteral("notes.txt")), "not offered"));

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(folder.path())});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());

        QString name, summary, refused, organization;
        bool access = false, erasure = false, created = false;
        dialogs::setNextHandler([&](QDialog &shown) {
            QDialog *dialog = &shown;
            QCOMPARE(dialog->objectName(), QStringLiteral("importDialog"));
            auto *create = dialog->findChild<QPushButton *>(QStringLiteral("importCreate"));
            if (!QTest::qWaitFor([create] { return create->isEnabled(); }, 60000)) {
                dialog->reject();
                return;
            }
            if (const QString shots = qEnvironmentVariable("PC_SCREENSHOT_DIR"); !shots.isEmpty()) {
                QTest::qWait(300); // laid out
                dialog->grab().save(shots + QStringLiteral("/import-id-en.png"));
            }
            name = dialog->findChild<QLineEdit *>(QStringLiteral("importName"))->text();
            summary = dialog->findChild<QLabel *>(QStringLiteral("importIdSummary"))->text();
            access = dialog->findChild<QCheckBox *>(QStringLiteral("importRight_access"))->isChecked();
            erasure = dialog->findChild<QCheckBox *>(QStringLiteral("importRight_erasure"))->isChecked();
            // Corrected by the officer: the organization the letter was sent to.
            auto *addressed = dialog->findChild<QComboBox *>(QStringLiteral("importOrganization"));
            addressed->setCurrentIndex(1);
            organization = addressed->currentText();
            auto *email = dialog->findChild<QLineEdit *>(QStringLiteral("importEmail"));
            email->setText(QStringLiteral("j.smith@example.co.uk"));
            QTest::mouseClick(create, Qt::LeftButton);
            created = true;
            // The next file is refused with its reason; skipped, the import ends.
            auto *problem = dialog->findChild<QLabel *>(QStringLiteral("importProblem"));
            if (QTest::qWaitFor([problem] { return problem->isVisible() && !problem->text().isEmpty(); }, 30000))
                refused = problem->text();
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importSkip")), Qt::LeftButton);
        });
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QTRY_VERIFY_WITH_TIMEOUT(created, 90000);
        QCOMPARE(name, QStringLiteral("John Smith"));
        QVERIFY(access && erasure);
        // The zone on a page of a PDF (JPEG-compressed) may lose a check digit to the reading: the
        // proposal below follows what was read.
        QVERIFY2(summary.contains(QStringLiteral("JOHN SMITH, no. 533380006"))
                     && summary.contains(QStringLiteral("matches the requester")),
                 qPrintable(summary));
        const bool verified = summary.contains(QStringLiteral("Every check digit verifies"));
        QVERIFY2(refused.contains(QStringLiteral("b-scan.jpg")) && refused.contains(QStringLiteral("named like a .jpg")),
                 qPrintable(refused));

        // Created as confirmed, dated today, and opened in its form.
        auto db = m_scratch->open();
        QVERIFY(db);
        const RowId requestId = scalar(*db, QStringLiteral("SELECT id FROM rights_requests WHERE requester_email = ?"),
                                       {QStringLiteral("j.smith@example.co.uk")}).toLongLong();
        QVERIFY(requestId > 0);
        QCOMPARE(toDate(scalar(*db, QStringLiteral("SELECT received_on FROM rights_requests WHERE id = ?"), {requestId})),
                 QDate::currentDate());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT o.name FROM rights_requests r JOIN organizations o "
                                            "ON o.id = r.organization_id WHERE r.id = ?"), {requestId}).toString(),
                 organization);
        auto *editor = find<QWidget>("requestEditor");
        QTRY_VERIFY(editor->isVisible());
        const QString reference = scalar(*db, QStringLiteral("SELECT reference FROM rights_requests WHERE id = ?"),
                                         {requestId}).toString();
        QTRY_COMPARE(editor->findChild<QLineEdit *>(QStringLiteral("requestReference"))->text(), reference);

        // The letter without the passport's page, and the passport in the vault, counted down.
        auto *documents = editor->findChild<QListWidget *>(QStringLiteral("requestDocuments"));
        QTRY_COMPARE(documents->count(), 2);
        QString copyLine;
        for (int i = 0; i < documents->count(); ++i) {
            if (documents->item(i)->text().contains(QStringLiteral("Identity document copy")))
                copyLine = documents->item(i)->text();
        }
        QVERIFY2(copyLine.contains(QStringLiteral("destroyed in ")) && copyLine.contains(QStringLiteral("days")),
                 qPrintable(copyLine));
        const QByteArray sealed = scalar(*db, QStringLiteral("SELECT c.ciphertext FROM id_copy_contents c JOIN attachments a "
                                                             "ON a.id = c.attachment_id WHERE a.request_id = ?"),
                                         {requestId}).toByteArray();
        QVERIFY(sealed.size() > 1000);
        QVERIFY(!sealed.contains("%PDF"));

        // The check, proposed from the copy's zone, recorded: the copy is destroyed.
        auto *identity = editor->findChild<QToolButton *>(QStringLiteral("requestIdentity"));
        QAction *destroyNow = identity->menu()->findChild<QAction *>(QStringLiteral("requestDestroyIdCopies"));
        QVERIFY(destroyNow->isEnabled());
        QString outcome, suffix, reading;
        dialogs::setNextHandler([&](QDialog &shown) {
            auto *dialog = qobject_cast<IdentityCheckDialog *>(&shown);
            QVERIFY(dialog);
            if (QTest::qWaitFor([dialog] { return dialog->isRead(); }, 60000)) {
                outcome = dialog->findChild<QComboBox *>(QStringLiteral("identityOutcome"))->currentData().toString();
                suffix = dialog->findChild<QLineEdit *>(QStringLiteral("identityNumberSuffix"))->text();
                reading = dialog->findChild<QLabel *>(QStringLiteral("identityReading"))->text();
                if (const QString shots = qEnvironmentVariable("PC_SCREENSHOT_DIR"); !shots.isEmpty()) {
                    QTest::qWait(300); // laid out
                    dialog->grab().save(shots + QStringLiteral("/identity-check-en.png"));
                }
            }
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("identityRecord")), Qt::LeftButton);
        });
        identity->menu()->findChild<QAction *>(QStringLiteral("requestRecordCheck"))->trigger();
        QCOMPARE(outcome, verified ? QStringLiteral("match") : QStringLiteral("inconclusive"));
        QCOMPARE(suffix, QStringLiteral("0006"));
        QVERIFY2(reading.contains(QStringLiteral("JOHN SMITH")), qPrintable(reading));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT outcome FROM identity_checks WHERE request_id = ?"), {requestId})
                     .toString(),
                 outcome);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM id_copy_contents c JOIN attachments a "
                                            "ON a.id = c.attachment_id WHERE a.request_id = ?"),
                        {requestId}).toInt(),
                 0);
        QVERIFY(!scalar(*db, QStringLiteral("SELECT destroyed_at FROM attachments WHERE request_id = ? AND kind = 'id_copy'"),
                        {requestId}).isNull());
        QTRY_VERIFY(!destroyNow->isEnabled());
        auto *history = editor->findChild<QListWidget *>(QStringLiteral("requestHistory"));
        QTRY_VERIFY(history->findItems(QStringLiteral("Identity document copy destroyed"), Qt::MatchContains).size() == 1);
        QVERIFY(!history->findItems(QStringLiteral("Identity checked — %1, Passport").arg(verified ? QStringLiteral("The holder is the requester")
                                                                                                    : QStringLiteral("Inconclusive")),
                                    Qt::MatchContains)
                     .isEmpty());
        // Back in the list, the register shows that request alone until the filter is cleared.
        find<QToolButton>("backToList")->click();
        auto *clear = find<QToolButton>("clearFilter");
        QVERIFY(clear->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(settled());
    }

    void deadlineRulesAndHolidaysAreKeptByTheOfficer()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("deadlineRulesAction"));
        QVERIFY(action);
        auto db = m_scratch->open();
        QVERIFY(db);
        const int year = QDate::currentDate().year();
        bool frenchLocked = false;
        bool vietnamOpen = false;
        int computed = -1;
        QString status;
        dialogs::setNextHandler([&, year](QDialog &shown) {
            auto *dialog = qobject_cast<DeadlineRulesDialog *>(&shown);
            QVERIFY(dialog);
            auto *law = dialog->findChild<QLineEdit *>(QStringLiteral("ruleLaw"));
            dialog->selectJurisdiction(QStringLiteral("FR"));
            frenchLocked = law->isReadOnly() && !dialog->findChild<QPushButton *>(QStringLiteral("ruleSave"))->isEnabled()
                && law->text().contains(QStringLiteral("GDPR"));
            dialog->selectJurisdiction(QStringLiteral("VN"));
            vietnamOpen = !law->isReadOnly();
            dialog->selectJurisdiction(QStringLiteral("FR"));
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("holidayTable"));
            computed = table->rowCount();
            // A day off declared for this year only.
            auto *date = dialog->findChild<DateField *>(QStringLiteral("holidayDate"));
            date->setDate(QDate(year, 6, 3));
            dialog->findChild<QLineEdit *>(QStringLiteral("holidayName"))->setText(QStringLiteral("Journée de deuil national"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("holidayAdd")), Qt::LeftButton);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("holidaySave")), Qt::LeftButton);
            status = dialog->findChild<QLabel *>(QStringLiteral("rulesStatus"))->text();
            dialog->accept();
        });
        action->trigger();
        QVERIFY(frenchLocked);
        QVERIFY(vietnamOpen);
        QCOMPARE(computed, 11);
        QVERIFY2(status.startsWith(QStringLiteral("Saved.")), qPrintable(status));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT name FROM public_holidays WHERE jurisdiction = 'FR' AND holiday_date = ?"),
                        {dateOrNull(QDate(year, 6, 3))})
                     .toString(),
                 QStringLiteral("Journée de deuil national"));
    }

    void filterByColumnFromTheHeaderAndACell()
    {
        QVERIFY(selectRegister(RegisterKind::Requests));
        auto *switcher = find<QComboBox>("organizationSwitcher");
        switcher->setCurrentIndex(0);   // all organizations
        QVERIFY(settled());
        const qint64 all = tableModel()->matchCount();
        auto db = m_scratch->open();
        QVERIFY(db);
        const int answered = scalar(*db, QStringLiteral("SELECT count(*) FROM rights_requests WHERE status = 'answered'")).toInt();
        QVERIFY2(answered > 0 && answered < all, qPrintable(QStringLiteral("%1 of %2").arg(answered).arg(all)));

        auto pick = [this](const char *name) {
            QTimer::singleShot(0, this, [name] {
                auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
                QVERIFY(menu);
                auto *action = menu->findChild<QAction *>(QString::fromLatin1(name));
                QVERIFY2(action, name);
                action->trigger();
                menu->close();
            });
        };
        auto *table = find<QTableView>("registerTable");
        QHeaderView *header = table->horizontalHeader();
        const int status = RegisterTableModel::kRequestStatusColumn;
        pick("filter_answered");
        Q_EMIT header->customContextMenuRequested(QPoint(header->sectionViewportPosition(status) + 4, 4));
        QVERIFY(settled());
        QCOMPARE(tableModel()->matchCount(), answered);
        for (int row = 0; row < tableModel()->rowCount(); ++row)
            QCOMPARE(tableModel()->data(tableModel()->index(row, status)).toString(), QStringLiteral("Answered"));
        QVERIFY(find<QLabel>("registerTitle")->text().contains(QLatin1String("Status: Answered")));

        // Then only the rows with the channel of the first row.
        const int channel = 6;
        QCOMPARE(tableModel()->headerData(channel, Qt::Horizontal).toString(), QStringLiteral("Channel"));
        const QString channelCode = tableModel()->filterValue(tableModel()->index(0, channel));
        const int both = scalar(*db, QStringLiteral("SELECT count(*) FROM rights_requests WHERE status = 'answered' "
                                                    "AND channel = ?"), {channelCode}).toInt();
        pick("filterByCell");
        Q_EMIT table->customContextMenuRequested(table->visualRect(tableModel()->index(0, channel)).center());
        QVERIFY(settled());
        QCOMPARE(tableModel()->matchCount(), both);

        QTest::mouseClick(find<QToolButton>("clearFilter"), Qt::LeftButton);
        QVERIFY(settled());
        QCOMPARE(tableModel()->matchCount(), all);
        QVERIFY(!find<QToolButton>("clearFilter")->isVisible());
    }

    void signingInIsAudited()
    {
        auto db = m_scratch->open();
        QVERIFY(db);
        BackgroundReader reader(db->spec());
        RegisterTableModel audit(*db, reader, RegisterKind::Audit);
        QTRY_VERIFY(audit.matchCount() > 0);
        audit.setSearchText(QStringLiteral("login"));
        QTRY_VERIFY(!audit.isLoading() && audit.matchCount() >= 1);
        QCOMPARE(audit.data(audit.index(0, 3)).toString(), QStringLiteral("login"));
    }

    void consentsComeFromACsvFile()
    {
        auto db = m_scratch->open();
        QVERIFY(db);
        QSqlQuery person = db->prepare(QStringLiteral(
            "SELECT s.email, s.organization_id, p.code FROM data_subjects s "
            "JOIN consent_purposes p ON p.organization_id = s.organization_id "
            "WHERE s.email IS NOT NULL ORDER BY s.id, p.id LIMIT 1"));
        QVERIFY(person.exec() && person.next());
        const QString email = person.value(0).toString();
        const RowId organization = person.value(1).toLongLong();
        const QString purpose = person.value(2).toString();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newsletter.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Adresse e-mail;Finalité;Choix;Date\n%1;%2;oui;03/02/2025 10:00\n"
                                  "personne@example.org;%2;oui;03/02/2025 10:00\n")
                       .arg(email.toUpper(), purpose)
                       .toUtf8());
        file.close();

        ConsentImportDialog dialog(*db, organization);
        QVERIFY(dialog.loadFile(path));
        QCOMPARE(dialog.preview().toAdd, 1);
        QCOMPARE(dialog.preview().errors, 1);
        auto *lines = dialog.findChild<QTableWidget *>(QStringLiteral("importLines"));
        QCOMPARE(lines->rowCount(), 2);
        QCOMPARE(lines->item(1, 0)->text(), QStringLiteral("3"));
        QVERIFY(lines->item(1, 5)->text().contains(QLatin1String("personne@example.org")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importSummary"))->text().startsWith(QLatin1String("1 to add")));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importConsents")), Qt::LeftButton);
        QCOMPARE(dialog.imported(), 1);
        // The same file again: nothing to add.
        ConsentImportDialog again(*db, organization);
        QVERIFY(again.loadFile(path));
        QCOMPARE(again.preview().toAdd, 0);
        QCOMPARE(again.preview().duplicates, 1);
        QVERIFY(!again.findChild<QPushButton *>(QStringLiteral("importConsents"))->isEnabled());
        // Not a CSV file: said, nothing offered.
        const QString image = dir.filePath(QStringLiteral("scan.csv"));
        QFile binary(image);
        QVERIFY(binary.open(QIODevice::WriteOnly));
        binary.write(QByteArray("\x89PNG\r\n\x1a\n\xff\xfe\x00\x01", 12));
        binary.close();
        QVERIFY(!again.loadFile(image));
        QVERIFY(again.findChild<QLabel *>(QStringLiteral("importSummary"))->text().contains(QLatin1String("UTF-8")));
    }

    void policyVersionsListThoseToInform()
    {
        auto db = m_scratch->open();
        QVERIFY(db);
        const RowId organization = scalar(*db, QStringLiteral("SELECT p.organization_id FROM consent_states c "
                                                              "JOIN consent_purposes p ON p.id = c.purpose_id "
                                                              "WHERE c.event = 'given' LIMIT 1"))
                                       .toLongLong();
        QVERIFY(organization > 0);
        PolicyVersionsDialog dialog(*db, organization);
        const qsizetype before = dialog.versions().size();
        dialog.findChild<QLineEdit *>(QStringLiteral("policyLabel"))->setText(QStringLiteral("2027-01"));
        QVERIFY(!dialog.addVersion());   // no date yet
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("policyProblem"))->text().contains(QLatin1String("took effect")));
        dialog.findChild<DateField *>(QStringLiteral("policyEffective"))->setDate(QDate(2027, 1, 1));
        dialog.findChild<QCheckBox *>(QStringLiteral("policyChangesContactUse"))->setChecked(true);
        QVERIFY(dialog.addVersion());
        QCOMPARE(dialog.versions().size(), before + 1);
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("peopleToInform"))->isEnabled());
        const QByteArray csv = dialog.peopleToInformCsv();
        QVERIFY(csv.startsWith("person_id,name,email,language,purposes"));
        if (const QString dir = qEnvironmentVariable("PC_SCREENSHOT_DIR"); !dir.isEmpty()) {
            dialog.show();
            QTest::qWait(300);
            dialog.grab().save(dir + QStringLiteral("/policy-versions-en.png"));
            dialog.hide();
        }
        QVERIFY(csv.count('\n') > 1);
        // The same version twice is refused.
        dialog.findChild<QLineEdit *>(QStringLiteral("policyLabel"))->setText(QStringLiteral("2027-01"));
        QVERIFY(!dialog.addVersion());
    }

    void lapsedConsentsAreRecordedAsExpired()
    {
        find<QComboBox>("organizationSwitcher")->setCurrentIndex(0);
        auto db = m_scratch->open();
        QVERIFY(db);
        const auto due = consent::dueExpiries(*db, QDate::currentDate());
        PC_VERIFY_OK(due);
        QVERIFY(!due->isEmpty());   // the demo's cookie consents, 13 months on
        const qint64 before =
            scalar(*db, QStringLiteral("SELECT count(*) FROM consent_events WHERE event = 'expired'")).toLongLong();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        find<QAction>("lapsedConsentsAction")->trigger();
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("expired")), qPrintable(MessageBox::lastText()));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM consent_events WHERE event = 'expired'")).toLongLong(),
                 before + due->size());
        QVERIFY(consent::dueExpiries(*db, QDate::currentDate())->isEmpty());
    }

    // The ledger's side panel: the selected event's person, where they stand
    // on each purpose, the history behind it; an event recorded with its proof.
    void consentLedgerShowsThePersonAndRecordsAnEvent()
    {
        find<QComboBox>("organizationSwitcher")->setCurrentIndex(0);
        QVERIFY(selectRegister(RegisterKind::Consents));
        auto *table = find<QTableView>("registerTable");
        QVERIFY(tableModel()->rowCount() > 0);
        auto *panel = find<ConsentPanel>("consentPanel");
        QVERIFY(panel->isVisible());
        table->selectRow(0);
        QTRY_VERIFY(panel->subjectId() > 0);
        auto db = m_scratch->open();
        QVERIFY(db);
        const RowId eventId = tableModel()->rowId(0);
        QSqlQuery event = db->prepare(QStringLiteral("SELECT subject_id, purpose_id FROM consent_events WHERE id = ?"));
        event.addBindValue(eventId);
        QVERIFY(event.exec() && event.next());
        const RowId subject = event.value(0).toLongLong(), purpose = event.value(1).toLongLong();
        event.finish();
        QCOMPARE(panel->subjectId(), subject);
        QCOMPARE(panel->purposeId(), purpose);
        // Every purpose of the person's organization, and this purpose's whole history.
        QCOMPARE(panel->states().size(),
                 scalar(*db, QStringLiteral("SELECT count(*) FROM consent_purposes p JOIN data_subjects s "
                                            "ON s.organization_id = p.organization_id WHERE s.id = ? AND p.active = ?"),
                        {subject, true})
                     .toInt());
        const int events = scalar(*db, QStringLiteral("SELECT count(*) FROM consent_events WHERE subject_id = ? AND purpose_id = ?"),
                                  {subject, purpose})
                               .toInt();
        QCOMPARE(panel->findChild<QTableWidget *>(QStringLiteral("consentHistory"))->rowCount(), events);
        QVERIFY(panel->findChild<QLabel *>(QStringLiteral("consentHistoryTitle"))->text().contains(QString::number(events)));
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("consentAllPurposes")), Qt::LeftButton);
        QCOMPARE(panel->findChild<QTableWidget *>(QStringLiteral("consentHistory"))->rowCount(),
                 scalar(*db, QStringLiteral("SELECT count(*) FROM consent_events WHERE subject_id = ?"), {subject}).toInt());
        QCOMPARE(panel->purposeId(), RowId(0));
        // A click on a purpose shows its history again.
        auto *states = panel->findChild<QTableWidget *>(QStringLiteral("consentStates"));
        for (int row = 0; row < states->rowCount(); ++row) {
            if (states->item(row, 0)->data(Qt::UserRole).toLongLong() == purpose)
                QTest::mouseClick(states->viewport(), Qt::LeftButton, {},
                                  states->visualItemRect(states->item(row, 0)).center());
        }
        QCOMPARE(panel->purposeId(), purpose);
        QCOMPARE(panel->findChild<QTableWidget *>(QStringLiteral("consentHistory"))->rowCount(), events);

        // Recorded in person, with the signed form: a wrong date first.
        QTemporaryDir dir;
        const QString proofPath = dir.filePath(QStringLiteral("signed-form.pdf"));
        QFile proof(proofPath);
        QVERIFY(proof.open(QIODevice::WriteOnly));
        proof.write("%PDF-1.4\n% a signed paper form\n");
        proof.close();
        bool refusedFirst = false;
        dialogs::setNextHandler([&](QDialog &shown) {
            QDialog *dialog = &shown;
            QCOMPARE(dialog->objectName(), QStringLiteral("recordConsentDialog"));
            auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("consentEvent"));
            kind->setCurrentIndex(kind->findData(QStringLiteral("withdrawn")));
            auto *how = dialog->findChild<QComboBox *>(QStringLiteral("consentMethod"));
            how->setCurrentIndex(how->findData(QStringLiteral("in_person")));
            dialog->findChild<QLineEdit *>(QStringLiteral("consentSource"))->setText(QStringLiteral("Reception desk"));
            auto *when = dialog->findChild<DateField *>(QStringLiteral("consentWhen"));
            when->setDateTime(QDateTime::currentDateTime().addDays(3));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("consentRecord")), Qt::LeftButton);
            refusedFirst = dialog->isVisible()
                           && dialog->findChild<QLabel *>(QStringLiteral("consentProblem"))->text().contains(
                               QLatin1String("future"));
            when->setDateTime(QDateTime::currentDateTime().addSecs(-3600));
            QVERIFY(static_cast<RecordConsentDialog *>(dialog)->setProofFile(proofPath));
            QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("consentProofName"))->text().contains(
                QLatin1String("signed-form.pdf")));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("consentRecord")), Qt::LeftButton);
        });
        QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("consentRecordEvent")), Qt::LeftButton);
        QVERIFY(refusedFirst);
        QCOMPARE(panel->findChild<QTableWidget *>(QStringLiteral("consentHistory"))->rowCount(), events + 1);
        QCOMPARE(panel->findChild<QTableWidget *>(QStringLiteral("consentHistory"))->item(0, 7)->text(), QStringLiteral("signed-form.pdf"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT event FROM consent_states WHERE subject_id = ? AND purpose_id = ?"),
                        {subject, purpose})
                     .toString(),
                 QStringLiteral("withdrawn"));
        QVERIFY(settled());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT source FROM consent_events WHERE id = ?"), {tableModel()->rowId(0)})
                     .toString(),
                 QStringLiteral("Reception desk"));
        if (const QString shots = qEnvironmentVariable("PC_SCREENSHOT_DIR"); !shots.isEmpty()) {
            table->selectRow(0);
            QTest::qWait(300);
            m_window->grab().save(shots + QStringLiteral("/consents-en.png"));
        }

        // The person's form shows where they stand too.
        QVERIFY(selectRegister(RegisterKind::Subjects));
        auto *editor = find<RecordEditor>("subjectEditor");
        QVERIFY(editor);
        PC_VERIFY_OK(editor->load(subject));
        auto *summary = find<ConsentPanel>("consentSummary");
        QVERIFY(summary && summary->isVisibleTo(editor));
        QCOMPARE(summary->subjectId(), subject);
        QCOMPARE(summary->states().size(), panel->states().size());
        bool withdrawnShown = false;
        for (const consent::PersonConsent &c : summary->states())
            withdrawnShown = withdrawnShown || (c.purposeId == purpose && c.state == QLatin1String("withdrawn"));
        QVERIFY(withdrawnShown);
        if (const QString shots = qEnvironmentVariable("PC_SCREENSHOT_DIR"); !shots.isEmpty()) {
            if (auto *scroll = editor->findChild<QScrollArea *>())
                scroll->ensureWidgetVisible(summary);
            QTest::qWait(300);
            editor->grab().save(shots + QStringLiteral("/subject-consents-en.png"));
        }
    }

    // Reports: the register of an organization in the language asked,
    // whatever the window speaks, written as PDF in the background, and its
    // tables as CSV; a wrong period is said, nothing written.
    void reportsAreWrittenInTheBackground()
    {
        auto *action = find<QAction>("reportsAction");
        QVERIFY(action && action->shortcut() == QKeySequence(QKeySequence::Print));
        // File → Export the register… opens on the record of processing activities.
        bool offered = false;
        dialogs::setNextHandler([&](QDialog &shown) {
            auto *kinds = shown.findChild<QComboBox *>(QStringLiteral("reportKind"));
            QVERIFY(kinds);
            offered = kinds->currentData().toInt() == int(reports::ReportKind::Activities)
                   && shown.findChild<QPushButton *>(QStringLiteral("reportDocument"));
        });
        find<QAction>("exportRegisterAction")->trigger();
        QVERIFY(offered);
        auto db = m_scratch->open();
        QVERIFY(db);
        const RowId softnlabs = scalar(*db, QStringLiteral("SELECT id FROM organizations WHERE name = 'SOFTNLABS'")).toLongLong();
        ReportDialog dialog(*db, softnlabs, m_window.get());
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("reportKind"));
        QCOMPARE(kind->count(), 6);
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("reportOrganization"))->currentText(), QStringLiteral("SOFTNLABS"));
        // The period is offered only where it means something.
        dialog.show();
        QVERIFY(!dialog.findChild<DateField *>(QStringLiteral("reportFrom"))->isVisible());
        kind->setCurrentIndex(kind->findData(int(reports::ReportKind::Requests)));
        QVERIFY(dialog.findChild<DateField *>(QStringLiteral("reportFrom"))->isVisible());
        QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("reportStatus"))->isVisible());
        dialog.findChild<DateField *>(QStringLiteral("reportFrom"))->setDate(QDate(2026, 6, 1));
        dialog.findChild<DateField *>(QStringLiteral("reportTo"))->setDate(QDate(2026, 1, 1));
        QTemporaryDir dir;
        const QString refused = dir.filePath(QStringLiteral("refused.pdf"));
        dialog.savePdf(refused);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("reportMessage"))->text().contains(QLatin1String("before it starts")));
        QVERIFY(!QFile::exists(refused));

        // The record of processing activities in French from an English window.
        kind->setCurrentIndex(kind->findData(int(reports::ReportKind::Activities)));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("reportLanguage"));
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        const QString path = dir.filePath(QStringLiteral("registre.pdf"));
        QSignalSpy saved(&dialog, &ReportDialog::saved);
        dialog.savePdf(path);
        // Laid out in another thread: the window answers meanwhile.
        QVERIFY(dialog.isSaving());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("reportPdf"))->isEnabled());
        QVERIFY(saved.wait(60000));
        QCOMPARE(saved.first().at(1).toString(), QString());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("reportPdf"))->isEnabled());
        QPdfDocument pdf;
        pdf.load(path);
        QCOMPARE(pdf.status(), QPdfDocument::Status::Ready);
        QVERIFY(pdf.pageCount() > 5);
        // (The title may wrap on A4.)
        QVERIFY2(pdf.getAllText(0).text().simplified().contains(QStringLiteral("Registre des activités de traitement")),
                 qPrintable(pdf.getAllText(0).text()));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("reportMessage"))->text().contains(QString::number(pdf.pageCount())));
        if (const QString shots = qEnvironmentVariable("PC_SCREENSHOT_DIR"); !shots.isEmpty()) {
            QTest::qWait(200);
            dialog.grab().save(shots + QStringLiteral("/reports-en.png"));
        }
        // The print preview draws the same pages.
        int previewed = 0;
        dialogs::setNextHandler([&](QDialog &shown) {
            QVERIFY(qobject_cast<QPrintPreviewDialog *>(&shown));
            auto *preview = shown.findChild<QPrintPreviewWidget *>();
            QVERIFY(preview);
            QTRY_VERIFY(preview->pageCount() > 0);
            previewed = preview->pageCount();
            if (const QString shots = qEnvironmentVariable("PC_SCREENSHOT_DIR"); !shots.isEmpty())
                shown.grab().save(shots + QStringLiteral("/report-preview-en.png"));
            shown.close();
        });
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("reportPreview")), Qt::LeftButton);
        QCOMPARE(previewed, pdf.pageCount());
        // Its tables as CSV, one file each.
        const auto tables = dialog.saveTables(dir.path());
        PC_VERIFY_OK(tables);
        QVERIFY(!tables->isEmpty());
        for (const QString &file : tables.value())
            QVERIFY2(QFileInfo(file).size() > 20, qPrintable(file));
        QVERIFY(tables->first().endsWith(QLatin1String("ropa-fr-activities.csv")));
        // As a document to edit: Word, from the button the file dialog answers.
        const QString docx = dir.filePath(QStringLiteral("registre.docx"));
        FileDialog::setNextFileName(docx);
        saved.clear();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("reportDocument")), Qt::LeftButton);
        QVERIFY(saved.wait(60000));
        QCOMPARE(saved.first().at(1).toString(), QString());
        QFile document(docx);
        QVERIFY(document.open(QIODevice::ReadOnly));
        QCOMPARE(document.read(2), QByteArray("PK"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("reportMessage"))->text().contains(QLatin1String("registre.docx")));
        // In the CNIL's model, offered for the record of processing activities: it reads back.
        auto *cnil = dialog.findChild<QPushButton *>(QStringLiteral("reportCnilModel"));
        QVERIFY(cnil->isVisible());
        const QString ods = dir.filePath(QStringLiteral("registre-cnil"));
        FileDialog::setNextFileName(ods);
        saved.clear();
        QTest::mouseClick(cnil, Qt::LeftButton);
        QVERIFY(saved.wait(60000));
        QCOMPARE(saved.first().at(1).toString(), QString());
        const auto register_ = exchange::RegisterImporter::read(ods + QStringLiteral(".ods"));
        PC_VERIFY_OK(register_);
        QCOMPARE(qsizetype(register_->activities.size()),
                 qsizetype(scalar(*db, QStringLiteral("SELECT count(*) FROM processing_activities WHERE organization_id = ?"),
                                  {softnlabs})
                               .toLongLong()));
        kind->setCurrentIndex(kind->findData(int(reports::ReportKind::Breaches)));
        QVERIFY(!cnil->isVisible());
        kind->setCurrentIndex(kind->findData(int(reports::ReportKind::Activities)));
        // Written in the audit trail.
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'report'")).toInt() >= 2);
        dialog.hide();
    }

    // Last: the purge takes people out of the register the tests above count.
    void theCountdownShowsWhatEndsThenThePurgeTakesIt()
    {
        m_window->activateWindow();
        auto *switcher = find<QComboBox>("organizationSwitcher");
        switcher->setCurrentIndex(0);
        QVERIFY(m_window->openPage(QStringLiteral("countdown")));
        auto *countdown = find<RetentionView>("retentionCountdown");
        QTRY_VERIFY_WITH_TIMEOUT(!countdown->isLoading(), 20000);
        // Periods ended already, and those within the next 30 days, soonest first.
        QVERIFY(!countdown->items().isEmpty());
        for (qsizetype i = 1; i < countdown->items().size(); ++i)
            QVERIFY(countdown->items().at(i - 1).purgeOn <= countdown->items().at(i).purgeOn);
        QVERIFY(countdown->items().constLast().purgeOn <= QDate::currentDate().addDays(30));
        auto *table = find<QTableWidget>("countdownTable");
        QCOMPARE(table->rowCount(), int(countdown->items().size()));
        QCOMPARE(table->item(0, 2)->text(), countdown->items().first().subjectName);
        QVERIFY(find<QLabel>("countdownSummary")->text().contains(QLatin1String("already ended")));
        if (const QString dir = qEnvironmentVariable("PC_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QTest::qWait(300);
            m_window->grab().save(dir + QStringLiteral("/countdown-en.png"));
        }

        auto db = m_scratch->open();
        QVERIFY(db);
        const auto plan = retention::planPurge(*db, QDate::currentDate());
        PC_VERIFY_OK(plan);
        QVERIFY(!plan->people.isEmpty());
        const qint64 before = scalar(*db, QStringLiteral("SELECT count(*) FROM data_subjects")).toLongLong();
        const qint64 anonymised = plan->count(QStringLiteral("anonymise"));

        // The preview lists them; the officer confirms twice; the report is offered.
        bool previewed = false;
        dialogs::setNextHandler([&](QDialog &modal) {
            QCOMPARE(modal.objectName(), QStringLiteral("purgeDialog"));
            previewed = true;
            auto *rows = modal.findChild<QTableWidget *>(QStringLiteral("purgeTable"));
            QVERIFY(rows && rows->rowCount() == plan->people.size() + plan->held.size());
            if (const QString dir = qEnvironmentVariable("PC_SCREENSHOT_DIR"); !dir.isEmpty())
                modal.grab().save(dir + QStringLiteral("/purge-en.png"));
            modal.findChild<QPushButton *>(QStringLiteral("purgeNow"))->click();
        });
        MessageBox::setNextAnswer(QMessageBox::Yes);     // "cannot be undone"
        MessageBox::setNextAnswer(QMessageBox::Close);   // the result, with its report offered
        QTest::mouseClick(find<QPushButton>("purgeButton"), Qt::LeftButton);
        QVERIFY(previewed);
        const QStringList said = MessageBox::answeredTexts();
        QCOMPARE(said.size(), 2);
        QVERIFY2(said.at(0).contains(QLatin1String("cannot be undone")), qPrintable(said.at(0)));
        QVERIFY2(said.at(1).contains(QLatin1String("people purged")), qPrintable(said.at(1)));
        const qint64 after = scalar(*db, QStringLiteral("SELECT count(*) FROM data_subjects")).toLongLong();
        QCOMPARE(after, before - (plan->people.size() - anonymised));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM purge_runs")).toLongLong(), qint64(1));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT subjects FROM purge_runs")).toLongLong(), qint64(plan->people.size()));
        // The countdown reads again: what was purged is gone from it.
        QTRY_VERIFY_WITH_TIMEOUT(!countdown->isLoading(), 20000);
        for (const retention::DuePurge &item : countdown->items())
            QVERIFY(item.isHeld() || item.purgeOn >= QDate::currentDate() || item.outcome == QLatin1String("archive")
                    || !std::any_of(plan->people.cbegin(), plan->people.cend(),
                                    [&](const retention::PurgeCandidate &c) { return c.subjectId == item.subjectId; }));
    }

    // A register in the CNIL's model, from the File menu: previewed, imported
    // as one step, undone whole and redone.
    void aRegisterComesInAsOneUndoableStep()
    {
        auto db = m_scratch->open();
        QVERIFY(db);
        QTemporaryDir dir;
        const exchange::Workbook filled = filledCnilModel(cnilModel());
        const exchange::Sheet *payroll = filled.sheet(QStringLiteral("Paie"));
        QVERIFY(payroll);
        const QString path = dir.filePath(QStringLiteral("paie.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csvOf(*payroll));
        file.close();
        auto activities = [&] {
            return scalar(*db, QStringLiteral("SELECT count(*) FROM processing_activities WHERE reference = 'RH-01'")).toInt();
        };
        const int organizations = find<QComboBox>("organizationSwitcher")->count();

        FileDialog::setNextFileName(path);
        bool previewed = false;
        dialogs::setNextHandler([&](QDialog &modal) {
            QCOMPARE(modal.objectName(), QStringLiteral("registerImportDialog"));
            previewed = true;
            auto *table = modal.findChild<QTableWidget *>(QStringLiteral("registerImportActivities"));
            QVERIFY(table && table->rowCount() == 1);
            QCOMPARE(table->item(0, 0)->text(), QStringLiteral("new"));
            QCOMPARE(table->item(0, 1)->text(), QStringLiteral("RH-01"));
            // What the model cannot hold is said before anything is written.
            const QString details = modal.findChild<QTextBrowser *>(QStringLiteral("registerImportDetails"))->toPlainText();
            QVERIFY2(details.contains(QLatin1String("no legal basis yet")), qPrintable(details));
            QCOMPARE(activities(), 0);
            QTest::mouseClick(modal.findChild<QPushButton *>(QStringLiteral("importRegister")), Qt::LeftButton);
        });
        find<QAction>("importRegisterAction")->trigger();
        QVERIFY(previewed);
        QCOMPARE(activities(), 1);
        QTRY_COMPARE(find<QComboBox>("organizationSwitcher")->count(), organizations + 1);
        QCOMPARE(find<QComboBox>("organizationSwitcher")->currentText(), QStringLiteral("Softnlabs SAS"));

        auto *undo = find<QAction>("undoAction");
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->text().contains(QLatin1String("paie.csv")), qPrintable(undo->text()));
        undo->trigger();
        QCOMPARE(activities(), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM organizations WHERE name = 'Softnlabs SAS'")).toInt(), 0);
        QTRY_COMPARE(find<QComboBox>("organizationSwitcher")->count(), organizations);
        find<QAction>("redoAction")->trigger();
        QCOMPARE(activities(), 1);
        undo->trigger();
        QCOMPARE(activities(), 0);
    }

    // A register kept in a spreadsheet of one's own: the columns found by
    // their headings are shown, one the headings did not give is chosen by
    // the officer, and the plan follows.
    void aSpreadsheetOfOnesOwnIsReadAsItsColumnsSay()
    {
        auto db = m_scratch->open();
        QVERIFY(db);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mon-registre.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Réf.;Traitement;Objet;Personnes concernées\n"
                                  "OWN-1;Annuaire interne;Retrouver un collègue;Salariés\n")
                       .toUtf8());
        file.close();
        const RowId smoft = scalar(*db, QStringLiteral("SELECT id FROM organizations WHERE name = 'SMOFT ERP'")).toLongLong();
        RegisterImportDialog dialog(*db, smoft, [](RowId, const QString &) {});
        QVERIFY(dialog.loadFile(path));
        auto *columns = dialog.findChild<QTableWidget *>(QStringLiteral("registerImportColumns"));
        QVERIFY(columns && !columns->isHidden());
        // A register that names no organization goes into the window's.
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("registerImportOrganization"))->currentData().toLongLong(), smoft);
        QCOMPARE(dialog.plan().activities.size(), 1);
        QVERIFY(dialog.plan().activities.first().activity.purposes.isEmpty());
        // "Objet" says nothing the headings know: the officer says it holds the purposes.
        auto *purpose = dialog.findChild<QComboBox *>(QStringLiteral("column-0-purpose"));
        QVERIFY(purpose);
        QCOMPARE(purpose->currentData().toInt(), -1);
        purpose->setCurrentIndex(purpose->findData(2));
        QCOMPARE(dialog.plan().activities.first().activity.purposes.size(), 1);
        QCOMPARE(dialog.plan().activities.first().activity.purposes.first().description, QStringLiteral("Retrouver un collègue"));
        // A required column taken away: said, nothing offered.
        auto *name = dialog.findChild<QComboBox *>(QStringLiteral("column-0-name"));
        name->setCurrentIndex(0);
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importRegister"))->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("registerImportSummary"))->text().contains(QLatin1String("Activity")));
        name->setCurrentIndex(name->findData(1));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("importRegister"))->isEnabled());
        if (const QString shots = qEnvironmentVariable("PC_SCREENSHOT_DIR"); !shots.isEmpty()) {
            dialog.show();
            QTest::qWait(200);
            dialog.grab().save(shots + QStringLiteral("/register-import-columns-en.png"));
            dialog.hide();
        }
    }

    // SOFTNLABS' recruitment screened from what the register says (job
    // applicants), a criterion added by the officer, then assessed: the
    // assessment starts from the register, a risk estimated shows on the map,
    // and it is saved as the activity's.
    void anActivityIsScreenedThenAssessed()
    {
        QVERIFY(selectRegister(RegisterKind::Activities));
        find<QComboBox>("organizationSwitcher")->setCurrentIndex(0);
        QVERIFY(settled());
        auto *table = find<QTableView>("registerTable");
        int row = -1;
        for (int r = 0; r < tableModel()->rowCount(); ++r) {
            if (tableModel()->data(tableModel()->index(r, 0)).toString() == QLatin1String("SNL-05"))
                row = r;
        }
        QVERIFY(row >= 0);
        const RowId activityId = tableModel()->rowId(row);
        table->setFocus();
        table->setCurrentIndex(tableModel()->index(row, 0));
        QTest::keyClick(table, Qt::Key_Return);
        auto *activities = find<ActivityEditor>("activityEditor");
        QVERIFY(activities->isVisible());
        auto *state = activities->findChild<QLabel *>(QStringLiteral("activityDpiaState"));
        QVERIFY2(state->text().contains(QLatin1String("Not screened")), qPrintable(state->text()));

        QString result;
        bool vulnerableSuggested = false;
        dialogs::setNextHandler([&](QDialog &shown) {
            auto *dialog = qobject_cast<ScreeningDialog *>(&shown);
            if (!dialog) {
                shown.reject();
                return;
            }
            vulnerableSuggested =
                dialog->findChild<QCheckBox *>(QStringLiteral("screeningCriterion_vulnerable_subjects"))->isChecked();
            dialog->findChild<QCheckBox *>(QStringLiteral("screeningCriterion_evaluation"))->setChecked(true);
            dialog->findChild<QLineEdit *>(QStringLiteral("screeningNote_evaluation"))->setText(QStringLiteral("Candidates are scored"));
            result = dialog->findChild<QLabel *>(QStringLiteral("screeningResult"))->text();
            dialog->accept();
        });
        reveal(activities->findChild<QPushButton *>(QStringLiteral("activityScreen")));
        QTest::mouseClick(activities->findChild<QPushButton *>(QStringLiteral("activityScreen")), Qt::LeftButton);
        QVERIFY(vulnerableSuggested);
        // France: two criteria, an assessment likely required.
        QVERIFY2(result.contains(QLatin1String("Likely required")), qPrintable(result));
        auto db = m_scratch->open();
        QVERIFY(db);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM activity_screenings WHERE activity_id = ?"), {activityId}).toInt(), 1);
        QVERIFY2(state->text().contains(QLatin1String("Screened on")), qPrintable(state->text()));

        QTest::mouseClick(activities->findChild<QPushButton *>(QStringLiteral("activityOpenDpia")), Qt::LeftButton);
        auto *editor = find<DpiaEditor>("dpiaEditor");
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("dpiaName"))->text(),
                 RegisterRepository(*db).activity(activityId).value().name);
        QVERIFY(editor->isModified());
        // A risk filled: the map places it.
        auto *severity = reveal(editor->findChild<QComboBox *>(QStringLiteral("gauge325")));
        qobject_cast<QComboBox *>(severity)->setCurrentIndex(3);
        editor->findChild<QComboBox *>(QStringLiteral("gauge326"))->setCurrentIndex(2);
        RiskMap *map = editor->riskMap();
        QCOMPARE(map->placedCount(), 1);
        QCOMPARE(map->risks().first().severity, 3);
        QCOMPARE(map->risks().first().likelihood, 2);
        QTest::keyClick(m_window.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!editor->isModified());
        const RowId dpiaId = scalar(*db, QStringLiteral("SELECT dpia_id FROM dpia_activities WHERE activity_id = ?"), {activityId}).toLongLong();
        QVERIFY(dpiaId > 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT gauge FROM dpia_answers WHERE dpia_id = ? AND question_id = 325"), {dpiaId}).toInt(), 3);
        QVERIFY(scalar(*db, QStringLiteral("SELECT answer_text FROM dpia_answers WHERE dpia_id = ? AND question_id = 121"), {dpiaId})
                    .toString()
                    .contains(QStringLiteral("Données de candidature")));
        // The register shows the activity's assessment under way.
        QVERIFY(selectRegister(RegisterKind::Activities));
        int column = -1;
        for (int c = 0; c < tableModel()->columnCount(); ++c) {
            if (tableModel()->headerData(c, Qt::Horizontal).toString() == QLatin1String("DPIA"))
                column = c;
        }
        QVERIFY(column >= 0);
        for (int r = 0; r < tableModel()->rowCount(); ++r) {
            if (tableModel()->rowId(r) == activityId)
                QCOMPARE(tableModel()->data(tableModel()->index(r, column)).toString(), QStringLiteral("In progress"));
        }
    }

    // A file of the CNIL's PIA tool chosen from the File menu comes in whole
    // for the organization shown, and opens; a file that is not one is
    // refused with its reason, nothing written.
    void anAssessmentComesInFromTheCnilTool()
    {
        auto *organizations = find<QComboBox>("organizationSwitcher");
        organizations->setCurrentIndex(organizations->findText(QStringLiteral("SOFTNLABS")));
        QVERIFY(organizations->currentIndex() > 0);
        auto *action = m_window->findChild<QAction *>(QStringLiteral("importDpiaAction"));
        QVERIFY(action && action->isEnabled());
        auto db = m_scratch->open();
        QVERIFY(db);
        const int before = scalar(*db, QStringLiteral("SELECT count(*) FROM dpias")).toInt();
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("notes.json"));
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"answers\": []}");
        }
        FileDialog::setNextFileName(bad);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        action->trigger();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("no “pia” part")), qPrintable(MessageBox::lastText()));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM dpias")).toInt(), before);

        FileDialog::setNextFileName(QStringLiteral(PC_TEST_FIXTURES "/cnil-pia/2018-02-21-pia-example.json"));
        action->trigger();
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM dpias")).toInt(), before + 1);
        auto *editor = find<DpiaEditor>("dpiaEditor");
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->recordLabel(), QStringLiteral("Captoo"));
        QVERIFY(!editor->isModified());
        // Rich text shown as such: no tag on screen.
        auto *context = editor->findChild<QWidget *>(QStringLiteral("question111"));
        const auto *text = context->findChild<QTextEdit *>();
        QVERIFY(text->toPlainText().contains(QStringLiteral("moniteur de sommeil Captoo")));
        QVERIFY(!text->toPlainText().contains(QLatin1String("<strong>")));
        QCOMPARE(editor->riskMap()->placedCount(), 3);
        organizations->setCurrentIndex(0);
    }

    // The demo's wellness programme assessment: its review coming and one
    // action late, on the worklist and on the dashboard; a row opens it.
    void theAssessmentsFollowUpIsOnTheWorklistAndTheDashboard()
    {
        find<QComboBox>("organizationSwitcher")->setCurrentIndex(0);
        QVERIFY(m_window->openPage(QStringLiteral("worklist")));
        auto *worklist = find<WorklistView>("worklist");
        worklist->refresh(0);
        auto *table = find<QTableWidget>("worklistAssessments");
        QVERIFY(table->isVisible());
        QStringList rows;
        for (int r = 0; r < table->rowCount(); ++r)
            rows << table->item(r, 0)->text() + QLatin1Char('|') + table->item(r, 3)->text();
        QVERIFY2(rows.join(QLatin1Char('\n')).contains(QStringLiteral("10 days overdue|Replace the employee number")),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY2(rows.join(QLatin1Char('\n')).contains(QStringLiteral("20 days left|Review the assessment")),
                 qPrintable(rows.join(QLatin1Char('\n'))));
        table->setCurrentCell(0, 0);
        Q_EMIT table->cellActivated(0, 0);
        auto *editor = find<DpiaEditor>("dpiaEditor");
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->recordLabel(), QStringLiteral("Employee wellness programme"));
        find<QToolButton>("backToList")->click();

        QVERIFY(m_window->openPage(QStringLiteral("dashboard")));
        auto *summary = find<QLabel>("dashboardSummary");
        QTRY_VERIFY2(summary->text().contains(QLatin1String("impact assessment review")), qPrintable(summary->text()));
    }

    // A breach's notification is written from its record under the
    // authority's headings and recorded as sent; the next one is a
    // follow-up, which goes only once it says what it adds.
    void aBreachIsNotifiedInPhases()
    {
        QVERIFY(selectRegister(RegisterKind::Breaches));
        find<QComboBox>("organizationSwitcher")->setCurrentIndex(0);
        QVERIFY(settled());
        auto *table = find<QTableView>("registerTable");
        int row = -1;
        for (int r = 0; r < tableModel()->rowCount() && row < 0; ++r) {
            for (int c = 0; c < tableModel()->columnCount(); ++c) {
                if (tableModel()->data(tableModel()->index(r, c)).toString().startsWith(QLatin1String("SOFTNLABS-BR-"))
                    && tableModel()->data(tableModel()->index(r, c)).toString().endsWith(QLatin1String("-02")))
                    row = r;
            }
        }
        QVERIFY(row >= 0);
        const RowId breachId = tableModel()->rowId(row);
        table->setFocus();
        table->setCurrentIndex(tableModel()->index(row, 0));
        QTest::keyClick(table, Qt::Key_Return);
        auto *editor = find<BreachEditor>("breachEditor");
        QVERIFY(editor->isVisible());
        auto *notify = editor->findChild<QPushButton *>(QStringLiteral("breachNotify"));
        QVERIFY(notify->isEnabled());

        QStringList labels;
        QString nature;
        QString copied;
        bool recordEnabled = false;
        dialogs::setNextHandler([&](QDialog &shown) {
            auto *dialog = qobject_cast<NoticeDialog *>(&shown);
            if (!dialog) {
                shown.reject();
                return;
            }
            for (const QLabel *label : dialog->findChildren<QLabel *>()) {
                if (label->objectName().startsWith(QLatin1String("noticeLabel_")))
                    labels << label->text();
            }
            nature = dialog->findChild<QLabel *>(QStringLiteral("noticeValue_nature"))->text();
            // Each item is copied for the authority's online form.
            QTest::mouseClick(dialog->findChild<QToolButton *>(QStringLiteral("noticeCopy_people")), Qt::LeftButton);
            copied = QGuiApplication::clipboard()->text();
            // The CNIL takes notifications in French; the officer may choose English.
            QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("noticeLanguage"))->currentData().toString(),
                     QStringLiteral("fr"));
            recordEnabled = dialog->findChild<QPushButton *>(QStringLiteral("noticeRecord"))->isEnabled();
            dialog->findChild<QLineEdit *>(QStringLiteral("noticeAuthorityReference"))->setText(QStringLiteral("CNIL-42"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("noticeRecord")), Qt::LeftButton);
        });
        reveal(notify);
        QTest::mouseClick(notify, Qt::LeftButton);
        QVERIFY(!dialogs::handlerPending());
        QVERIFY(recordEnabled);
        QVERIFY2(labels.contains(QStringLiteral("Catégories de personnes concernées<br><small>Art. 33(3)(a)</small>")),
                 qPrintable(labels.join(u'|')));
        QCOMPARE(nature, QStringLiteral("Perte de la confidentialité"));
        QCOMPARE(copied, QStringLiteral("310"));
        auto db = m_scratch->open();
        QVERIFY(db);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT phase FROM breach_notifications WHERE breach_id = ?"), {breachId}).toString(),
                 QStringLiteral("initial"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT authority_reference FROM breaches WHERE id = ?"), {breachId}).toString(),
                 QStringLiteral("CNIL-42"));
        auto *timeline = editor->findChild<QLabel *>(QStringLiteral("breachTimeline"));
        QVERIFY2(timeline->text().contains(QLatin1String("Initial notification")), qPrintable(timeline->text()));
        QVERIFY(!editor->isModified());

        // The follow-up: refused until it says what it adds.
        bool refusedEmpty = false;
        bool acceptedWithAdditions = false;
        dialogs::setNextHandler([&](QDialog &shown) {
            auto *dialog = qobject_cast<NoticeDialog *>(&shown);
            if (!dialog) {
                shown.reject();
                return;
            }
            auto *record = dialog->findChild<QPushButton *>(QStringLiteral("noticeRecord"));
            refusedEmpty = !record->isEnabled()
                           && dialog->findChild<QLabel *>(QStringLiteral("noticeMessage"))->text().contains(QLatin1String("adds"));
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("noticeAdditions"))->setPlainText(QStringLiteral("The consequences."));
            acceptedWithAdditions = record->isEnabled();
            QTest::mouseClick(record, Qt::LeftButton);
        });
        QTest::mouseClick(notify, Qt::LeftButton);
        QVERIFY(refusedEmpty);
        QVERIFY(acceptedWithAdditions);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM breach_notifications WHERE breach_id = ? AND phase = 'follow-up'"),
                        {breachId})
                     .toInt(),
                 1);
    }

    // The letters go to the people chosen; those told are kept on the
    // breach, and its form says so.
    void thePeopleConcernedAreToldByLetter()
    {
        auto *editor = find<BreachEditor>("breachEditor");
        QVERIFY(editor->isVisible());
        const RowId breachId = editor->recordId();
        auto db = m_scratch->open();
        QVERIFY(db);
        const RowId organization =
            scalar(*db, QStringLiteral("SELECT organization_id FROM breaches WHERE id = ?"), {breachId}).toLongLong();
        QSqlQuery emails = db->prepare(QStringLiteral("SELECT email FROM data_subjects WHERE organization_id = ? ORDER BY id LIMIT 2"));
        emails.addBindValue(organization);
        QVERIFY(emails.exec());
        QStringList wanted;
        while (emails.next())
            wanted << emails.value(0).toString();
        QCOMPARE(wanted.size(), 2);

        QString before;
        QString chosen;
        dialogs::setNextHandler([&](QDialog &shown) {
            auto *dialog = qobject_cast<BreachLettersDialog *>(&shown);
            if (!dialog) {
                shown.reject();
                return;
            }
            before = dialog->findChild<QLabel *>(QStringLiteral("lettersChosen"))->text();
            dialog->findChild<QRadioButton *>(QStringLiteral("lettersByList"))->click();
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("lettersList"))
                ->setPlainText(wanted.join(QLatin1Char('\n')).toUpper() + QStringLiteral("\nnobody@example.org"));
            chosen = dialog->findChild<QLabel *>(QStringLiteral("lettersChosen"))->text();
            auto *channel = dialog->findChild<QComboBox *>(QStringLiteral("lettersChannel"));
            channel->setCurrentIndex(channel->findData(QStringLiteral("email")));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("lettersRecord")), Qt::LeftButton);
        });
        auto *letters = editor->findChild<QPushButton *>(QStringLiteral("breachLetters"));
        reveal(letters);
        QTest::mouseClick(letters, Qt::LeftButton);
        QVERIFY(!dialogs::handlerPending());
        QVERIFY2(before.contains(QLatin1String("Tick")), qPrintable(before));
        QVERIFY2(chosen.startsWith(QLatin1String("2 people chosen")), qPrintable(chosen));
        QVERIFY2(chosen.contains(QLatin1String("nobody@example.org")), qPrintable(chosen));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM breach_informed WHERE breach_id = ? AND channel = 'email'"),
                        {breachId})
                     .toInt(),
                 2);
        QVERIFY(scalar(*db, QStringLiteral("SELECT subjects_notified_at FROM breaches WHERE id = ?"), {breachId}).isValid());
        auto *told = editor->findChild<QLabel *>(QStringLiteral("breachTold"));
        QVERIFY2(told->text().startsWith(QLatin1String("2 people told")), qPrintable(told->text()));
        QVERIFY(!editor->isModified());
    }

    // Evidence attaches to the breach as to a request, kept with its
    // fingerprint; an empty file is refused with its reason.
    void evidenceAttachesToTheBreach()
    {
        auto *editor = find<BreachEditor>("breachEditor");
        QVERIFY(editor->isVisible());
        const RowId breachId = editor->recordId();
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("mailing-tool.log"));
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("2026-12-05 10:02 sent newsletter to 310 recipients (To:)\n");
        file.close();
        const QString empty = dir.filePath(QStringLiteral("empty.txt"));
        QFile(empty).open(QIODevice::WriteOnly);
        auto *attach = editor->findChild<QPushButton *>(QStringLiteral("breachAttach"));
        QVERIFY(attach->isEnabled());
        reveal(attach);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        FileDialog::setNextFileName(empty);
        QTest::mouseClick(attach, Qt::LeftButton);
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("empty")), qPrintable(MessageBox::lastText()));
        FileDialog::setNextFileName(log);
        QTest::mouseClick(attach, Qt::LeftButton);
        auto *evidence = editor->findChild<QListWidget *>(QStringLiteral("breachEvidence"));
        QCOMPARE(evidence->count(), 1);
        QVERIFY(evidence->item(0)->text().contains(QLatin1String("mailing-tool.log")));
        auto db = m_scratch->open();
        QVERIFY(db);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM attachments WHERE breach_id = ? AND kind = 'proof'"), {breachId})
                     .toInt(),
                 1);
        QVERIFY(!editor->isModified());
    }

    // Deadlines reach the officer outside the window: the settings keep a
    // calendar file up to date; the reminders tell what falls due today or
    // is overdue once a day, on a test clock.
    void deadlinesReachTheOfficerOutsideTheWindow()
    {
        QTemporaryDir dir;
        const QString calendar = dir.filePath(QStringLiteral("deadlines.ics"));
        dialogs::setNextHandler([&](QDialog &shown) {
            auto *dialog = qobject_cast<SettingsDialog *>(&shown);
            if (!dialog) {
                shown.reject();
                return;
            }
            dialog->findChild<QCheckBox *>(QStringLiteral("keepCalendar"))->setChecked(true);
            dialog->findChild<QLineEdit *>(QStringLiteral("calendarFile"))->setText(calendar);
            dialog->accept();
        });
        find<QAction>("settingsAction")->trigger();
        QVERIFY(!dialogs::handlerPending());
        QCOMPARE(userSettings()->value(DeadlineWatch::calendarFileKey()).toString(), calendar);
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(calendar), 20000);
        QFile file(calendar);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY2(ics.contains("SUMMARY:Notify breach") || ics.contains("SUMMARY:Answer request"), ics.left(400).constData());

        // The reminders, on a clock of the test's: the demo has requests
        // overdue. What the window's own reminders told today is forgotten.
        userSettings()->remove(QStringLiteral("reminders/announced"));
        DeadlineWatch watch(m_scratch->spec());
        QDateTime now(QDate::currentDate(), QTime(8, 0));
        watch.setClock([&now] { return now; });
        QList<QList<deadlines::DueItem>> told;
        connect(&watch, &DeadlineWatch::announced, this, [&told](const QList<deadlines::DueItem> &items) { told << items; });
        int looks = 0;
        connect(&watch, &DeadlineWatch::calendarWritten, this, [&looks] { ++looks; });
        watch.applySettings();
        QTRY_COMPARE_WITH_TIMEOUT(looks, 1, 20000);
        QCOMPARE(told.size(), 1);
        QVERIFY(!told.first().isEmpty());
        for (const deadlines::DueItem &item : told.first())
            QVERIFY(item.overdue || item.due == now.date());
        const int first = int(told.first().size());
        // Looked at again the same day: nothing told twice.
        now = now.addSecs(3 * 3600);
        watch.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(looks, 2, 20000);
        QCOMPARE(told.size(), 1);
        // The next morning, what is still overdue is told again.
        now = now.addDays(1);
        watch.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(looks, 3, 20000);
        QCOMPARE(told.size(), 2);
        QVERIFY(told.last().size() >= first);
        // Turned off in the settings, the reminders stay silent.
        userSettings()->setValue(DeadlineWatch::trayKey(), false);
        now = now.addDays(1);
        watch.applySettings();
        QTRY_COMPARE_WITH_TIMEOUT(looks, 4, 20000);
        QCOMPARE(told.size(), 2);
        userSettings()->setValue(DeadlineWatch::trayKey(), true);
        userSettings()->remove(DeadlineWatch::calendarFileKey());

        // A click on an announcement of one item opens it; of several, the dashboard's deadlines.
        auto *windowWatch = m_window->findChild<DeadlineWatch *>();
        QVERIFY(windowWatch);
        deadlines::DueItem request = told.first().first();
        for (const deadlines::DueItem &item : told.last()) {
            if (item.kind == deadlines::DueItem::Kind::Request)
                request = item;
        }
        QCOMPARE(request.kind, deadlines::DueItem::Kind::Request);
        Q_EMIT windowWatch->openRequested({request});
        QVERIFY(settled());
        QCOMPARE(tableModel()->rowCount(), 1);
        QCOMPARE(tableModel()->data(tableModel()->index(0, 0)).toString(), request.reference);
        Q_EMIT windowWatch->openRequested(told.last());
        QVERIFY(find<DashboardView>("dashboard")->isVisible());
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("privacy-console"));
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
