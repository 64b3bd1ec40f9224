// Privacy Console: one executable, a window by default, a command-line verb
// when asked for one (`privacy-console check --database ...`).
#include "Connect.h"
#include "MainWindow.h"

#include "Version.h"

#include "cli/CommandLine.h"
#include "core/Languages.h"
#include "core/Settings.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QTimer>

namespace {

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

// The database to open: --database, else the last one used, else the
// embedded default in the user's data folder.
pc::Result<pc::ConnectionSpec> chooseDatabase(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QString(), QStringLiteral("address")});
    parser.addOption({QStringLiteral("no-welcome"), QString()});
    parser.addOption({QStringLiteral("screenshot"), QString(), QStringLiteral("file")});
    parser.parse(arguments);
    if (parser.isSet(QStringLiteral("database")))
        return pc::ConnectionSpec::parse(parser.value(QStringLiteral("database")));
    const QString remembered = pc::userSettings()->value(QStringLiteral("database")).toString();
    if (!remembered.isEmpty())
        return pc::ConnectionSpec::parse(remembered);
    pc::ConnectionSpec spec = pc::ConnectionSpec::defaultSqlite();
    QDir().mkpath(QFileInfo(spec.path).absolutePath());
    return spec;
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    if (pc::cli::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        pc::languages::install(pc::languages::systemDefault());
        return pc::cli::run(app.arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Privacy Console"));
    QApplication::setDesktopFileName(QStringLiteral("org.privacyconsole.PrivacyConsole"));
    pc::languages::install(pc::userSettings()->value(QStringLiteral("language"), pc::languages::systemDefault()).toString());

    auto spec = chooseDatabase(app.arguments());
    if (!spec) {
        QMessageBox::critical(nullptr, QObject::tr("Privacy Console"), spec.errorMessage());
        return 1;
    }
    auto db = pc::connectInteractively(nullptr, spec.value(), pc::OpenMode::ReadWrite);
    if (!db) {
        QMessageBox::critical(nullptr, QObject::tr("Privacy Console"), db.errorMessage());
        return 1;
    }

    pc::MainWindow window(std::move(db.value()));
    window.resize(1200, 720);
    window.show();

    // --screenshot FILE: the packaging scripts' way to picture the real window.
    const qsizetype shot = app.arguments().indexOf(QStringLiteral("--screenshot"));
    if (shot > 0 && shot + 1 < app.arguments().size()) {
        const QString file = app.arguments().at(shot + 1);
        QTimer::singleShot(1500, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    } else if (!app.arguments().contains(QStringLiteral("--no-welcome"))) {
        QTimer::singleShot(0, &window, &pc::MainWindow::offerDemoIfEmpty);
    }
    return app.exec();
}
