#pragma once

#include "intake/Intake.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QMap>
#include <QStringList>

#include <atomic>
#include <memory>

class QBuffer;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPdfDocument;
class QPdfView;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTabWidget;
class QTextEdit;

namespace pc {

class Database;
class DateField;

// Turns request letters into requests, one file after the other: each is
// read in the background (a progress bar, a Cancel button), then shown
// beside what was understood of it — each field with how sure the reading
// is and the words it came from highlighted — for the officer to correct
// and confirm. Only then is the request created, dated on the day the
// letter was received.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(Database &db, const QStringList &files, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // The files a drop or a folder holds that can be imported, in name order.
    static QStringList importableFiles(const QStringList &paths);

signals:
    void requestCreated(pc::RowId id, const QString &reference);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QLayout *createProgressBar();
    QWidget *createDocumentTabs();
    QWidget *createFields();
    QDialogButtonBox *createButtons();
    void connectReading();
    void startNext();
    void readingFinished();
    void showAnalysis();
    void showDocument(const intake::ReadDocument &document);
    void highlight(const intake::SourceSpan &span);
    void createRequest();
    void skip();
    void stopReading();
    intake::IntakeDecision decision() const;
    QString confidenceText(int confidence) const;

    Database &m_db;
    QStringList m_files;
    int m_index = -1;
    int m_created = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<intake::IntakeReader> m_reader = std::make_shared<intake::IntakeReader>();
    QFutureWatcher<Result<intake::IntakeAnalysis>> m_watcher;
    std::optional<intake::IntakeAnalysis> m_analysis;
    QList<intake::KnownOrganization> m_organizations;

    QLabel *m_file = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_problem = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_document = nullptr;
    QPdfView *m_pdfView = nullptr;
    QPdfDocument *m_pdf = nullptr;
    QBuffer *m_pdfBuffer = nullptr;
    QLabel *m_image = nullptr;
    QScrollArea *m_imageArea = nullptr;
    QTextEdit *m_text = nullptr;
    QComboBox *m_organization = nullptr;
    QMap<QString, QCheckBox *> m_rights;
    QComboBox *m_language = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_address = nullptr;
    DateField *m_letterDate = nullptr;
    DateField *m_received = nullptr;
    QLabel *m_known = nullptr;     // the person of the register the letter comes from
    QLabel *m_doubts = nullptr;    // what to check, and why
    QLabel *m_idSummary = nullptr;
    QCheckBox *m_keepCopy = nullptr;
    RowId m_weighedFor = 0;        // the organization whose register the reading was weighed against
    QMap<QWidget *, intake::SourceSpan> m_sources;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_skipButton = nullptr;
};

} // namespace pc
