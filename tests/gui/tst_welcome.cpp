// The first start on an empty register: the welcome offers the demo
// organizations or the officer's own, which it creates with the law, the
// deadlines and the holidays of its country, then shows the dashboard.
#include "TestSupport.h"

#include "MainWindow.h"
#include "core/Languages.h"
#include "settings/WelcomeDialog.h"
#include "storage/RecordStore.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>

using namespace pc;
using namespace pc::test;

class TestWelcome : public QObject
{
    Q_OBJECT

    // Opens the window on an empty register and lets `answer` work the
    // welcome once it is shown; returns when the welcome is closed.
    template<typename Answer>
    void welcome(MainWindow &window, Answer answer)
    {
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<WelcomeDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<WelcomeDialog *>(QApplication::activeModalWidget());
            if (const QString dir = qEnvironmentVariable("PC_SCREENSHOT_DIR"); !dir.isEmpty())
                dialog->grab().save(dir + QStringLiteral("/welcome-%1.png").arg(languages::current()));
            answer(dialog);
            answered = true;
        });
        window.offerDemoIfEmpty();
        QVERIFY(answered);
    }

    // Each test's own empty register, and the window on it.
    std::unique_ptr<ScratchDatabase> m_scratch;
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase() { languages::install(QStringLiteral("en")); }

    void init()
    {
        m_scratch = std::make_unique<ScratchDatabase>(QStringLiteral("sqlite"));
        QVERIFY2(m_scratch->isReady(), qPrintable(m_scratch->problem()));
        m_window = std::make_unique<MainWindow>(m_scratch->open());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_scratch.reset();
    }

    void countriesGiveTheirLaw()
    {
        QCOMPARE(WelcomeDialog::jurisdictionOf(QStringLiteral("FR")), QStringLiteral("FR"));
        QCOMPARE(WelcomeDialog::jurisdictionOf(QStringLiteral("TN")), QStringLiteral("TN"));
        QCOMPARE(WelcomeDialog::jurisdictionOf(QStringLiteral("DE")), QStringLiteral("EU"));
        QCOMPARE(WelcomeDialog::jurisdictionOf(QStringLiteral("NO")), QStringLiteral("EU"));
        QCOMPARE(WelcomeDialog::jurisdictionOf(QStringLiteral("US")), QString());
    }

    void myOwnOrganizationWithItsLaw()
    {
        ScratchDatabase &scratch = *m_scratch;
        MainWindow &window = *m_window;
        welcome(window, [](WelcomeDialog *dialog) {
            QTest::mouseClick(dialog->findChild<QCommandLinkButton *>(QStringLiteral("welcomeOrganization")), Qt::LeftButton);
            auto *country = dialog->findChild<QComboBox *>(QStringLiteral("welcomeCountry"));
            country->setCurrentIndex(country->findData(QStringLiteral("TN")));
            auto *law = dialog->findChild<QLabel *>(QStringLiteral("welcomeLaw"));
            QVERIFY2(law->text().contains(QLatin1String("Tunisia (Organic Law 2004-63, INPDP)")), qPrintable(law->text()));
            QVERIFY2(law->text().contains(QLatin1String("1 month")), qPrintable(law->text()));
            QVERIFY2(law->text().contains(QLatin1String("check them each year")), qPrintable(law->text()));
            QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("welcomeLanguage"))->currentData().toString(),
                     QStringLiteral("fr"));
            // Nothing named, then a wrong address: said, nothing created.
            auto *create = dialog->findChild<QPushButton *>(QStringLiteral("welcomeCreate"));
            QTest::mouseClick(create, Qt::LeftButton);
            auto *problem = dialog->findChild<QLabel *>(QStringLiteral("welcomeProblem"));
            QVERIFY(problem->isVisible());
            QVERIFY2(problem->text().contains(QLatin1String("name")), qPrintable(problem->text()));
            dialog->findChild<QLineEdit *>(QStringLiteral("welcomeName"))->setText(QStringLiteral("Médina Logiciels"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("welcomeDpoName")), QStringLiteral("Amel Trabelsi"));
            auto *email = dialog->findChild<QLineEdit *>(QStringLiteral("welcomeDpoEmail"));
            QTest::keyClicks(email, QStringLiteral("dpo at medina.tn"));
            QTest::mouseClick(create, Qt::LeftButton);
            QVERIFY2(problem->text().contains(QLatin1String("not an e-mail address")), qPrintable(problem->text()));
            QVERIFY(dialog->isVisible());
            email->clear();
            QTest::keyClicks(email, QStringLiteral("dpo@medina.tn"));
            problem->hide();
            if (const QString dir = qEnvironmentVariable("PC_SCREENSHOT_DIR"); !dir.isEmpty())
                dialog->grab().save(dir + QStringLiteral("/welcome-organization-%1.png").arg(languages::current()));
            QTest::mouseClick(create, Qt::LeftButton);
        });
        auto db = scratch.open();
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM organizations")).toInt(), 1);
        const RowId id = test::scalar(*db, QStringLiteral("SELECT id FROM organizations")).toLongLong();
        const auto made = RecordStore<Organization>::read(*db, id);
        PC_VERIFY_OK(made);
        QCOMPARE(made->name, QStringLiteral("Médina Logiciels"));
        QCOMPARE(made->country, QStringLiteral("TN"));
        QCOMPARE(made->jurisdiction, QStringLiteral("TN"));
        QCOMPARE(made->policyLanguage, QStringLiteral("fr"));
        QCOMPARE(made->dpoName, QStringLiteral("Amel Trabelsi"));
        QCOMPARE(made->dpoEmail, QStringLiteral("dpo@medina.tn"));
        // In the trail, and chosen in the window, the dashboard shown.
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'organizations' "
                                                  "AND action = 'insert' AND row_id = ?"),
                              {QVariant(id)})
                     .toInt(),
                 1);
        auto *switcher = window.findChild<QComboBox *>(QStringLiteral("organizationSwitcher"));
        QCOMPARE(switcher->currentData().toLongLong(), id);
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("dashboard"))->isVisible());
        // A register with an organization is not welcomed again.
        bool again = false;
        QTimer::singleShot(0, this, [&again] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                again = true;
                modal->close();
            }
        });
        window.offerDemoIfEmpty();
        QTest::qWait(50);
        QVERIFY(!again);
        window.close();
    }

    void anotherMemberStateTakesTheGdpr()
    {
        ScratchDatabase &scratch = *m_scratch;
        MainWindow &window = *m_window;
        welcome(window, [](WelcomeDialog *dialog) {
            QTest::mouseClick(dialog->findChild<QCommandLinkButton *>(QStringLiteral("welcomeOrganization")), Qt::LeftButton);
            auto *country = dialog->findChild<QComboBox *>(QStringLiteral("welcomeCountry"));
            country->setCurrentIndex(country->findData(QStringLiteral("DE")));
            const QString law = dialog->findChild<QLabel *>(QStringLiteral("welcomeLaw"))->text();
            QVERIFY2(law.contains(QLatin1String("Other EU/EEA member state (GDPR)")), qPrintable(law));
            QVERIFY2(law.contains(QLatin1String("list Germany's public holidays")), qPrintable(law));
            QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("welcomeLanguage"))->currentData().toString(),
                     QStringLiteral("en"));
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("welcomeName")), QStringLiteral("Datenwerk GmbH"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("welcomeCreate")), Qt::LeftButton);
        });
        auto db = scratch.open();
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT jurisdiction FROM organizations")).toString(), QStringLiteral("EU"));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT country FROM organizations")).toString(), QStringLiteral("DE"));
        window.close();
    }

    void theDemoOrLater()
    {
        ScratchDatabase &scratch = *m_scratch;
        MainWindow &window = *m_window;
        // Not now: nothing written, asked again next time.
        welcome(window, [](WelcomeDialog *dialog) {
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("welcomeLater")), Qt::LeftButton);
        });
        auto db = scratch.open();
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM organizations")).toInt(), 0);
        // The demo: the five organizations.
        welcome(window, [](WelcomeDialog *dialog) {
            QTest::mouseClick(dialog->findChild<QCommandLinkButton *>(QStringLiteral("welcomeDemo")), Qt::LeftButton);
        });
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM organizations")).toInt(), 5);
        QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("organizationSwitcher"))->count(), 6);
        window.close();
    }

    void inFrench()
    {
        languages::install(QStringLiteral("fr"));
        MainWindow &window = *m_window;
        welcome(window, [](WelcomeDialog *dialog) {
            QTest::mouseClick(dialog->findChild<QCommandLinkButton *>(QStringLiteral("welcomeOrganization")), Qt::LeftButton);
            auto *country = dialog->findChild<QComboBox *>(QStringLiteral("welcomeCountry"));
            QCOMPARE(country->itemText(0), QStringLiteral("France"));
            QVERIFY(country->findText(QStringLiteral("Allemagne")) > 0);
            const QString law = dialog->findChild<QLabel *>(QStringLiteral("welcomeLaw"))->text();
            QVERIFY2(law.contains(QLatin1String("délai")) || law.contains(QLatin1String("mois")), qPrintable(law));
            dialog->reject();
        });
        window.close();
        languages::install(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestWelcome)
#include "tst_welcome.moc"
