// Privacy Console: one executable, a window by default, a command-line verb
// when asked for one (`privacy-console check --database ...`).
#include "widgets/Dialogs.h"
#include "Connect.h"
#include "MainWindow.h"

#include "Version.h"

#include "cli/CommandLine.h"
#include "core/Dates.h"
#include "core/Languages.h"
#include "core/Settings.h"
#include "storage/Database.h"
#include "widgets/Appearance.h"

#include <QApplication>
#include <QIcon>
#include <QGuiApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <unistd.h>
#include <memory>

namespace {

// Tesseract's OpenMP threads, left to themselves, spin against one another
// and against the window: a scanned page read in 4 s took 40 on two cores.
// The runtime reads its limit only as the process starts, so the process
// starts once more with the limit set (one thread: the reading of a zone
// already tries its renderings one after the other).
void limitOcrThreads(char **argv)
{
    if (qEnvironmentVariableIsSet("OMP_THREAD_LIMIT"))
        return;
    qputenv("OMP_THREAD_LIMIT", "1");
    execv("/proc/self/exe", argv);
    // Still here: the same process goes on, its OCR merely slower.
}

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("privacy-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PC_VERSION_STRING));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// What the window was asked for on its command line.
struct WindowOptions
{
    QString database;     // empty: the last one used, else the embedded default
    QString screenshot;   // picture the window into this file, then quit
    QString page;         // the screen to open first (dashboard, subjects, requests…)
    bool welcome = true;  // offer the demo on an empty database
};

WindowOptions windowOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QString(), QStringLiteral("address")});
    parser.addOption({QStringLiteral("no-welcome"), QString()});
    parser.addOption({QStringLiteral("screenshot"), QString(), QStringLiteral("file")});
    parser.addOption({QStringLiteral("page"), QString(), QStringLiteral("name")});
    parser.parse(arguments);
    return {parser.value(QStringLiteral("database")), parser.value(QStringLiteral("screenshot")),
            parser.value(QStringLiteral("page")), !parser.isSet(QStringLiteral("no-welcome"))};
}

pc::Result<pc::ConnectionSpec> chooseDatabase(const WindowOptions &options)
{
    if (!options.database.isEmpty())
        return pc::ConnectionSpec::parse(options.database);
    const QString remembered = pc::userSettings()->value(QStringLiteral("database")).toString();
    if (!remembered.isEmpty())
        return pc::ConnectionSpec::parse(remembered);
    pc::ConnectionSpec spec = pc::ConnectionSpec::defaultSqlite();
    QDir().mkpath(QFileInfo(spec.path).absolutePath());
    return spec;
}

// Only Qt's critical messages reach a command's standard error.
void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
}

} // namespace

int main(int argc, char **argv)
{
    limitOcrThreads(argv);
    const QStringList arguments = argumentsOf(argc, argv);
    if (pc::cli::wantsCommandLine(arguments)) {
        // A report laid out as PDF needs fonts, which the offscreen platform
        // gives without a display; its chatter about the session is not the
        // command's output.
        const bool fonts = pc::cli::drawsDocuments(arguments);
        if (fonts) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            qInstallMessageHandler(quietQtMessages);
        }
        std::unique_ptr<QCoreApplication> app;
        if (fonts)
            app = std::make_unique<QGuiApplication>(argc, argv);
        else
            app = std::make_unique<QCoreApplication>(argc, argv);
        describeApplication();
        pc::dates::setStyle(pc::dates::styleFromKey(pc::userSettings()->value(QStringLiteral("dates")).toString()));
        pc::languages::install(pc::languages::systemDefault());
        return pc::cli::run(app->arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Privacy Console"));
    QApplication::setDesktopFileName(QStringLiteral("org.privacyconsole.PrivacyConsole"));
    // The desktop's theme may have the icon installed; the window has its own.
    QIcon icon = QIcon::fromTheme(QStringLiteral("org.privacyconsole.PrivacyConsole"));
    if (icon.isNull()) {
        for (const int size : {16, 32, 48, 64, 128, 256})
            icon.addFile(QStringLiteral(":/icons/%1.png").arg(size), QSize(size, size));
    }
    QApplication::setWindowIcon(icon);
    pc::dates::setStyle(pc::dates::styleFromKey(pc::userSettings()->value(QStringLiteral("dates")).toString()));
    pc::appearance::apply(pc::appearance::fromKey(pc::userSettings()->value(QStringLiteral("appearance")).toString()));
    pc::languages::install(pc::userSettings()->value(QStringLiteral("language"), pc::languages::systemDefault()).toString());

    const WindowOptions options = windowOptions(app.arguments());
    auto spec = chooseDatabase(options);
    if (!spec) {
        pc::MessageBox::critical(nullptr, QObject::tr("Privacy Console"), spec.errorMessage());
        return 1;
    }
    auto db = pc::connectInteractively(nullptr, spec.value(), pc::OpenMode::ReadWrite);
    if (!db) {
        pc::MessageBox::critical(nullptr, QObject::tr("Privacy Console"), db.errorMessage());
        return 1;
    }

    // The window fills the screen on a first start, then comes back as it was left.
    pc::MainWindow window(std::move(db.value()));
    window.show();
    if (!options.page.isEmpty())
        window.openPage(options.page);

    // --screenshot FILE: the packaging scripts' way to picture the real window.
    if (!options.screenshot.isEmpty()) {
        QTimer::singleShot(qEnvironmentVariableIntValue("PC_SCREENSHOT_DELAY") > 0 ? qEnvironmentVariableIntValue("PC_SCREENSHOT_DELAY") : 1500, &window, [&window, file = options.screenshot] {
            // The dialog the page opened, else the window.
            QWidget *shown = QApplication::activeModalWidget();
            const bool saved = (shown ? shown : static_cast<QWidget *>(&window))->grab().save(file);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    } else if (options.welcome) {
        QTimer::singleShot(0, &window, &pc::MainWindow::offerDemoIfEmpty);
    }
    return app.exec();
}
