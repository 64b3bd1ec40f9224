#pragma once

#include "core/Dates.h"
#include "storage/ConnectionSpec.h"
#include "widgets/Appearance.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace pc {

// The application's settings: which database (the embedded file or a shared
// PostgreSQL server), the language, how dates are written, and the jurisdiction new organizations
// start with. Passwords are never stored: they are asked when connecting.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const ConnectionSpec &current, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The database chosen, or an error explaining what is missing.
    Result<ConnectionSpec> connection() const;
    QString language() const;
    QString defaultJurisdiction() const;
    // How dates are written: the language's way or ISO 8601.
    dates::Style dateStyle() const;
    // Light, dark, or as the desktop has it.
    appearance::Theme theme() const;
    // Deadlines outside the window: the tray's reminders, and the calendar
    // file kept up to date (empty for none).
    bool trayReminders() const;
    QString calendarFile() const;

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;

private:
    void retranslateUi();
    void updateEnabled();
    void browse();
    void browseCalendar();
    void testConnection();

    QGroupBox *m_databaseBox = nullptr;
    QRadioButton *m_embedded = nullptr;
    QRadioButton *m_server = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_hostLabel = nullptr;
    QLabel *m_portLabel = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_sslLabel = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_databaseName = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_sslMode = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QGroupBox *m_generalBox = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_jurisdictionLabel = nullptr;
    QLabel *m_dateStyleLabel = nullptr;
    QComboBox *m_dateStyle = nullptr;
    QLabel *m_themeLabel = nullptr;
    QComboBox *m_theme = nullptr;
    QGroupBox *m_remindersBox = nullptr;
    QCheckBox *m_tray = nullptr;
    QCheckBox *m_keepCalendar = nullptr;
    QLineEdit *m_calendarFile = nullptr;
    QPushButton *m_browseCalendar = nullptr;
    QLabel *m_calendarHint = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_jurisdiction = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<QString> m_testWatcher;
};

} // namespace pc
