#include "SettingsDialog.h"

#include "reminders/DeadlineWatch.h"

#include "widgets/Dialogs.h"

#include "core/Languages.h"
#include "core/Settings.h"
#include "domain/Codes.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pc {

SettingsDialog::SettingsDialog(const ConnectionSpec &current, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_embedded = new QRadioButton;
    m_embedded->setObjectName(QStringLiteral("embeddedDatabase"));
    m_server = new QRadioButton;
    m_server->setObjectName(QStringLiteral("serverDatabase"));
    m_file = new QLineEdit;
    m_file->setObjectName(QStringLiteral("databaseFile"));
    m_browse = new QPushButton;
    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_port = new QSpinBox;
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_databaseName = new QLineEdit;
    m_databaseName->setObjectName(QStringLiteral("serverDatabaseName"));
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_sslMode = new QComboBox;
    for (const char *mode : {"prefer", "require", "verify-full", "disable"})
        m_sslMode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    m_test = new QPushButton;
    m_testResult = new QLabel;
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_fileLabel = new QLabel;
    m_hostLabel = new QLabel;
    m_portLabel = new QLabel;
    m_nameLabel = new QLabel;
    m_userLabel = new QLabel;
    m_sslLabel = new QLabel;

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *embeddedForm = new QFormLayout;
    embeddedForm->addRow(m_fileLabel, fileRow);
    auto *serverForm = new QFormLayout;
    serverForm->addRow(m_hostLabel, m_host);
    serverForm->addRow(m_portLabel, m_port);
    serverForm->addRow(m_nameLabel, m_databaseName);
    serverForm->addRow(m_userLabel, m_user);
    serverForm->addRow(m_sslLabel, m_sslMode);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);

    m_databaseBox = new QGroupBox;
    auto *databaseLayout = new QVBoxLayout(m_databaseBox);
    databaseLayout->addWidget(m_embedded);
    databaseLayout->addLayout(embeddedForm);
    databaseLayout->addWidget(m_server);
    databaseLayout->addLayout(serverForm);
    databaseLayout->addLayout(testRow);

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageChoice"));
    for (const QString &language : languages::available())
        m_language->addItem(languages::nativeName(language), language);
    m_language->setCurrentIndex(m_language->findData(languages::current()));
    m_jurisdiction = new QComboBox;
    m_jurisdiction->setObjectName(QStringLiteral("jurisdictionChoice"));
    m_languageLabel = new QLabel;
    m_jurisdictionLabel = new QLabel;
    m_generalBox = new QGroupBox;
    auto *generalForm = new QFormLayout(m_generalBox);
    generalForm->addRow(m_languageLabel, m_language);
    generalForm->addRow(m_jurisdictionLabel, m_jurisdiction);
    m_dateStyle = new QComboBox;
    m_dateStyle->setObjectName(QStringLiteral("dateStyleChoice"));
    m_dateStyleLabel = new QLabel;
    generalForm->addRow(m_dateStyleLabel, m_dateStyle);
    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("themeChoice"));
    m_themeLabel = new QLabel;
    generalForm->addRow(m_themeLabel, m_theme);

    // Deadlines outside the window.
    m_remindersBox = new QGroupBox;
    m_remindersBox->setObjectName(QStringLiteral("remindersBox"));
    auto *reminders = new QVBoxLayout(m_remindersBox);
    m_tray = new QCheckBox;
    m_tray->setObjectName(QStringLiteral("trayReminders"));
    m_keepCalendar = new QCheckBox;
    m_keepCalendar->setObjectName(QStringLiteral("keepCalendar"));
    m_calendarFile = new QLineEdit;
    m_calendarFile->setObjectName(QStringLiteral("calendarFile"));
    m_browseCalendar = new QPushButton;
    m_calendarHint = new QLabel;
    m_calendarHint->setWordWrap(true);
    auto *calendarRow = new QHBoxLayout;
    calendarRow->setContentsMargins(24, 0, 0, 0);
    calendarRow->addWidget(m_calendarFile, 1);
    calendarRow->addWidget(m_browseCalendar);
    reminders->addWidget(m_tray);
    reminders->addWidget(m_keepCalendar);
    reminders->addLayout(calendarRow);
    auto *hintRow = new QHBoxLayout;
    hintRow->setContentsMargins(24, 0, 0, 0);
    hintRow->addWidget(m_calendarHint);
    reminders->addLayout(hintRow);
    {
        const auto settings = userSettings();
        m_tray->setChecked(settings->value(DeadlineWatch::trayKey(), true).toBool());
        const QString file = settings->value(DeadlineWatch::calendarFileKey()).toString();
        m_keepCalendar->setChecked(!file.isEmpty());
        m_calendarFile->setText(file.isEmpty() ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                                     .filePath(QStringLiteral("privacy-console-deadlines.ics"))
                                               : file);
    }
    connect(m_keepCalendar, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_browseCalendar, &QPushButton::clicked, this, &SettingsDialog::browseCalendar);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_databaseBox);
    layout->addWidget(m_generalBox);
    layout->addWidget(m_remindersBox);
    layout->addWidget(m_buttons);

    if (current.isPostgresql()) {
        m_server->setChecked(true);
        m_host->setText(current.host);
        m_port->setValue(current.port);
        m_databaseName->setText(current.databaseName);
        m_user->setText(current.user);
        const int ssl = m_sslMode->findData(current.options.value(QStringLiteral("sslmode"), QStringLiteral("prefer")));
        m_sslMode->setCurrentIndex(qMax(0, ssl));
        m_file->setText(ConnectionSpec::defaultSqlite().path);
    } else {
        m_embedded->setChecked(true);
        m_file->setText(current.path);
    }
    connect(m_embedded, &QRadioButton::toggled, this, &SettingsDialog::updateEnabled);
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::browse);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(&m_testWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString problem = m_testWatcher.result();
        m_testResult->setText(problem.isEmpty() ? tr("Connected.") : problem);
        m_test->setEnabled(true);
    });
    retranslateUi();
    updateEnabled();
}

SettingsDialog::~SettingsDialog()
{
    m_testWatcher.waitForFinished();
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_databaseBox->setTitle(tr("Database"));
    m_embedded->setText(tr("Embedded database on this computer"));
    m_server->setText(tr("Shared PostgreSQL server"));
    m_fileLabel->setText(tr("&File:"));
    m_fileLabel->setBuddy(m_file);
    m_browse->setText(tr("&Browse…"));
    m_hostLabel->setText(tr("&Server:"));
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setText(tr("&Port:"));
    m_portLabel->setBuddy(m_port);
    m_nameLabel->setText(tr("&Database name:"));
    m_nameLabel->setBuddy(m_databaseName);
    m_userLabel->setText(tr("&User:"));
    m_userLabel->setBuddy(m_user);
    m_sslLabel->setText(tr("&Encryption (sslmode):"));
    m_sslLabel->setBuddy(m_sslMode);
    m_test->setText(tr("&Test the connection"));
    m_generalBox->setTitle(tr("General"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageLabel->setBuddy(m_language);
    m_jurisdictionLabel->setText(tr("Default &jurisdiction:"));
    m_jurisdictionLabel->setBuddy(m_jurisdiction);
    const QString jurisdiction = m_jurisdiction->currentData().toString().isEmpty()
                                     ? userSettings()->value(QStringLiteral("defaultJurisdiction"), QStringLiteral("FR")).toString()
                                     : m_jurisdiction->currentData().toString();
    m_jurisdiction->clear();
    for (const QString &code : codes::all(CodeList::Jurisdiction))
        m_jurisdiction->addItem(codes::label(CodeList::Jurisdiction, code), code);
    m_jurisdiction->setCurrentIndex(qMax(0, m_jurisdiction->findData(jurisdiction)));
    m_dateStyleLabel->setText(tr("&Dates:"));
    m_dateStyleLabel->setBuddy(m_dateStyle);
    // Each choice shows the same day as it would be written.
    const QDate example(QDate::currentDate().year(), 12, 31);
    const int style = m_dateStyle->count() > 0 ? m_dateStyle->currentData().toInt() : int(dates::style());
    m_dateStyle->clear();
    m_dateStyle->addItem(tr("As the language writes them (%1)")
                             .arg(QLocale().toString(example, dates::shortFormat(QLocale(), dates::Style::Language))),
                         int(dates::Style::Language));
    m_dateStyle->addItem(tr("ISO 8601 (%1)").arg(example.toString(Qt::ISODate)), int(dates::Style::Iso));
    m_dateStyle->setCurrentIndex(qMax(0, m_dateStyle->findData(style)));
    m_themeLabel->setText(tr("&Appearance:"));
    m_themeLabel->setBuddy(m_theme);
    const int theme = m_theme->count() > 0
                          ? m_theme->currentData().toInt()
                          : int(appearance::fromKey(userSettings()->value(QStringLiteral("appearance")).toString()));
    m_theme->clear();
    m_theme->addItem(tr("As the desktop has it"), int(appearance::Theme::System));
    m_theme->addItem(tr("Light"), int(appearance::Theme::Light));
    m_theme->addItem(tr("Dark"), int(appearance::Theme::Dark));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(theme)));
    m_remindersBox->setTitle(tr("Deadlines outside the window"));
    m_tray->setText(tr("Tell me in the system &tray what falls due today and what is overdue"));
    m_keepCalendar->setText(tr("&Keep a calendar file of every deadline up to date:"));
    m_browseCalendar->setText(tr("C&hoose…"));
    m_calendarHint->setText(tr("Thunderbird, Outlook or Evolution can subscribe to this file: each deadline is an "
                               "event, updated rather than repeated."));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::updateEnabled()
{
    const bool embedded = m_embedded->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{m_file, m_browse, m_fileLabel})
        w->setEnabled(embedded);
    for (QWidget *w : std::initializer_list<QWidget *>{m_host, m_port, m_databaseName, m_user, m_sslMode, m_hostLabel,
                                                       m_portLabel, m_nameLabel, m_userLabel, m_sslLabel})
        w->setEnabled(!embedded);
    m_testResult->clear();
    m_calendarFile->setEnabled(m_keepCalendar->isChecked());
    m_browseCalendar->setEnabled(m_keepCalendar->isChecked());
}

void SettingsDialog::browseCalendar()
{
    const QString file = FileDialog::getSaveFileName(this, tr("Calendar file"), m_calendarFile->text(),
                                                      tr("iCalendar files (*.ics)"));
    if (!file.isEmpty())
        m_calendarFile->setText(file.endsWith(QLatin1String(".ics"), Qt::CaseInsensitive) ? file : file + QStringLiteral(".ics"));
}

bool SettingsDialog::trayReminders() const
{
    return m_tray->isChecked();
}

QString SettingsDialog::calendarFile() const
{
    return m_keepCalendar->isChecked() ? m_calendarFile->text().trimmed() : QString();
}

void SettingsDialog::browse()
{
    const QString file = FileDialog::getSaveFileName(this, tr("Embedded database"), m_file->text(),
                                                      tr("Privacy Console databases (*.sqlite *.db);;All files (*)"),
                                                      QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_file->setText(file);
}

Result<ConnectionSpec> SettingsDialog::connection() const
{
    if (m_embedded->isChecked()) {
        if (m_file->text().trimmed().isEmpty())
            return Error{tr("Choose the file of the embedded database.")};
        return ConnectionSpec::parse(m_file->text());
    }
    if (m_host->text().trimmed().isEmpty() || m_databaseName->text().trimmed().isEmpty())
        return Error{tr("Give the server and the name of the database.")};
    // The same address a user would type, read by the same parser (and its
    // defaults: PGUSER, then the account name, when no user is given).
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    url.setPath(QLatin1Char('/') + m_databaseName->text().trimmed());
    url.setQuery(QStringLiteral("sslmode=") + m_sslMode->currentData().toString());
    return ConnectionSpec::parse(url.toString());
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

appearance::Theme SettingsDialog::theme() const
{
    return appearance::Theme(m_theme->currentData().toInt());
}

dates::Style SettingsDialog::dateStyle() const
{
    return dates::Style(m_dateStyle->currentData().toInt());
}

QString SettingsDialog::defaultJurisdiction() const
{
    return m_jurisdiction->currentData().toString();
}

void SettingsDialog::testConnection()
{
    Result<ConnectionSpec> spec = connection();
    if (!spec) {
        m_testResult->setText(spec.errorMessage());
        return;
    }
    if (spec->isPostgresql() && qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        bool ok = false;
        spec->password = dialogs::getText(this, tr("Test the connection"),
                                               tr("Password for %1:").arg(spec->displayName()), QLineEdit::Password,
                                               QString(), &ok);
        if (!ok)
            return;
    }
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting…"));
    const ConnectionSpec target = spec.value();
    // Off the UI thread: an unreachable server may take seconds to refuse.
    m_testWatcher.setFuture(QtConcurrent::run([target]() -> QString {
        if (!target.isPostgresql() && !QFileInfo::exists(target.path))
            return QString();  // a new embedded database is created on opening
        auto db = Database::open(target, OpenMode::ReadOnly);
        return db ? QString() : db.errorMessage();
    }));
}

void SettingsDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        const auto spec = connection();
        if (!spec) {
            m_testResult->setText(spec.errorMessage());
            return;
        }
        if (m_keepCalendar->isChecked()) {
            const QFileInfo file(m_calendarFile->text().trimmed());
            if (m_calendarFile->text().trimmed().isEmpty() || !file.absoluteDir().exists()) {
                m_calendarHint->setText(tr("Choose a calendar file in a folder that exists."));
                return;
            }
        }
    }
    QDialog::done(result);
}

} // namespace pc
