#pragma once

#include "core/Result.h"
#include "domain/Register.h"
#include "reports/Registers.h"
#include "reports/ReportWriter.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QPrinter;
class QProgressBar;
class QPushButton;

namespace pc {

class Database;
class DateField;

// Reports and printing: the officer chooses a register (processing
// activities, processors, requests, breaches, retention, consents), the
// organization, the language of the document — whatever the window speaks —
// the paper and, for some, a period and a status; then previews it, prints
// it, saves it as PDF (laid out in the background, with progress and a way
// to cancel) or saves its tables as CSV files.
class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(Database &db, RowId organizationId, QWidget *parent = nullptr);
    ~ReportDialog() override;

    // The report the dialog opens on.
    void selectKind(reports::ReportKind kind);
    // Offers, and selects, the report of one impact assessment.
    void offerDpia(RowId dpiaId, const QString &name);
    // What the form asks for; an error when something in it is wrong.
    Result<reports::ReportRequest> request() const;
    reports::RenderOptions renderOptions() const;

    // Writes the report as PDF in the background; `done` is told the outcome.
    void savePdf(const QString &path);
    // Writes it as a document to edit (.odt, .docx, by the file's name) in the background.
    void saveDocument(const QString &path);
    // Writes the organization's register in the background: in the CNIL's
    // model (.ods), or as a workbook of its lists (.xlsx) in the dialog's language.
    void saveCnilModel(const QString &path);
    bool isSaving() const { return m_watcher.isRunning(); }
    void cancelSaving() { *m_cancelRequested = true; }
    // Writes each table of the report as CSV into the folder; the files written.
    Result<QStringList> saveTables(const QString &folder);

    void reject() override;

Q_SIGNALS:
    void saved(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    RowId m_dpiaId = 0;
    QString m_dpiaName;
    void kindChanged();
    void preview();
    void print();
    void chooseFile();
    void chooseDocument();
    void chooseCnilModel();
    // Runs `write` in a thread with a read-only connection of its own, the
    // register seen as it was when it began; `done` says it in the dialog.
    void saveInBackground(const QString &path, const QString &busyText,
                          const std::function<Status(Database &)> &write);
    void chooseFolder();
    void paint(QPrinter *printer);
    // A printer set to the paper chosen, named after the report.
    std::unique_ptr<QPrinter> printerFor(const reports::ReportRequest &request) const;
    void setBusy(bool busy);
    void showProblem(const QString &message);

    Database &m_db;
    QComboBox *m_kind = nullptr;
    QComboBox *m_organization = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_paper = nullptr;
    DateField *m_from = nullptr;
    DateField *m_to = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_document = nullptr;
    QPushButton *m_cnil = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_close = nullptr;
    // Shared with the thread that lays the report out.
    std::shared_ptr<std::atomic<bool>> m_cancelRequested = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<std::atomic<int>> m_page = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<std::atomic<int>> m_pages = std::make_shared<std::atomic<int>>(0);
    QFutureWatcher<Result<reports::RenderResult>> m_watcher;
    QString m_savingTo;
    bool m_savingDocument = false;
};

} // namespace pc
