#include "ReportDialog.h"

#include "widgets/Dialogs.h"
#include "widgets/Tones.h"

#include "widgets/DateField.h"

#include "core/Languages.h"
#include "domain/Codes.h"
#include "exchange/CnilRegisterWriter.h"
#include "exchange/TableRegisterWriter.h"
#include "reports/OfficeWriter.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/RegisterRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace pc {
namespace {

QString uiLanguage()
{
    return languages::current().startsWith(QLatin1String("fr")) ? QStringLiteral("fr") : QStringLiteral("en");
}

// The officer's trail of what left the register, and in which form.
void audit(Database &db, const reports::ReportRequest &request, const QString &form)
{
    (void)AuditTrail::record(db, QStringLiteral("report"),
                             QStringLiteral("%1 (%2, %3)").arg(reports::kindCode(request.kind), request.language, form),
                             QStringLiteral("organizations"), request.organizationId);
}

} // namespace

ReportDialog::ReportDialog(Database &db, RowId organizationId, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("reportDialog"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("reportKind"));
    for (reports::ReportKind kind : reports::allKinds())
        m_kind->addItem(QString(), int(kind));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::kindChanged);

    m_organization = new QComboBox;
    m_organization->setObjectName(QStringLiteral("reportOrganization"));
    if (const auto organizations = RegisterRepository(db).organizations(); organizations) {
        for (const Organization &o : organizations.value())
            m_organization->addItem(o.name, o.id);
    }
    if (const int index = m_organization->findData(organizationId); index >= 0)
        m_organization->setCurrentIndex(index);

    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(m_language->findData(uiLanguage()));

    m_paper = new QComboBox;
    m_paper->setObjectName(QStringLiteral("reportPaper"));
    m_paper->addItem(QStringLiteral("A4"), int(reports::PaperSize::A4));
    m_paper->addItem(QString(), int(reports::PaperSize::Letter));
    // Letter where it is the custom (the United States, Canada...), A4 elsewhere.
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem && QLocale().language() != QLocale::C)
        m_paper->setCurrentIndex(1);

    m_from = new DateField;
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to = new DateField;
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_fromLabel = new QLabel;
    m_toLabel = new QLabel;
    m_statusLabel = new QLabel;

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->hide();

    m_preview = new QPushButton;
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    connect(m_preview, &QPushButton::clicked, this, &ReportDialog::preview);
    m_print = new QPushButton;
    m_print->setObjectName(QStringLiteral("reportPrint"));
    connect(m_print, &QPushButton::clicked, this, &ReportDialog::print);
    m_pdf = new QPushButton;
    m_pdf->setObjectName(QStringLiteral("reportPdf"));
    m_pdf->setDefault(true);
    connect(m_pdf, &QPushButton::clicked, this, &ReportDialog::chooseFile);
    m_document = new QPushButton;
    m_document->setObjectName(QStringLiteral("reportDocument"));
    connect(m_document, &QPushButton::clicked, this, &ReportDialog::chooseDocument);
    m_cnil = new QPushButton;
    m_cnil->setObjectName(QStringLiteral("reportCnilModel"));
    connect(m_cnil, &QPushButton::clicked, this, &ReportDialog::chooseCnilModel);
    m_csv = new QPushButton;
    m_csv->setObjectName(QStringLiteral("reportCsv"));
    connect(m_csv, &QPushButton::clicked, this, &ReportDialog::chooseFolder);
    m_cancelButton = new QPushButton;
    m_cancelButton->setObjectName(QStringLiteral("reportCancel"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &ReportDialog::cancelSaving);
    m_close = new QPushButton;
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(new QLabel, m_kind);
    form->addRow(new QLabel, m_organization);
    form->addRow(new QLabel, m_language);
    form->addRow(new QLabel, m_paper);
    form->addRow(m_fromLabel, m_from);
    form->addRow(m_toLabel, m_to);
    form->addRow(m_statusLabel, m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_document);
    buttons->addWidget(m_cnil);
    buttons->addWidget(m_csv);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(progress);
    layout->addStretch(1);
    layout->addLayout(buttons);

    // The progress of a PDF laid out in the background.
    auto *poll = new QTimer(this);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, this, [this] {
        const int pages = m_pages->load();
        m_progress->setMaximum(pages > 0 ? pages : 0);
        m_progress->setValue(pages > 0 ? m_page->load() : 0);
    });
    connect(&m_watcher, &QFutureWatcher<Result<reports::RenderResult>>::started, poll, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFutureWatcher<Result<reports::RenderResult>>::finished, this, [this, poll] {
        poll->stop();
        setBusy(false);
        const Result<reports::RenderResult> result = m_watcher.result();
        if (!result) {
            showProblem(result.errorMessage());
            Q_EMIT saved(m_savingTo, result.errorMessage());
            return;
        }
        m_message->setPalette(QPalette());   // the dialog's own again
        m_message->setText(m_savingDocument
                               ? tr("Written to %1.").arg(QDir::toNativeSeparators(m_savingTo))
                               : tr("%n page(s) written to %1.", nullptr, result->pages).arg(QDir::toNativeSeparators(m_savingTo)));
        Q_EMIT saved(m_savingTo, QString());
    });
    retranslateUi();
    kindChanged();
    resize(560, sizeHint().height());
}

ReportDialog::~ReportDialog()
{
    // The thread drawing a report must not outlive what it reports to.
    *m_cancelRequested = true;
    m_watcher.waitForFinished();
}

void ReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReportDialog::retranslateUi()
{
    setWindowTitle(tr("Reports and printing"));
    auto *form = qobject_cast<QFormLayout *>(layout()->itemAt(0)->layout());
    const QStringList captions{tr("&Register:"), tr("&Organization:"), tr("&Language of the document:"), tr("&Paper:")};
    for (int row = 0; row < captions.size(); ++row) {
        if (auto *label = qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)->widget())) {
            label->setText(captions.at(row));
            label->setBuddy(form->itemAt(row, QFormLayout::FieldRole)->widget());
        }
    }
    for (int i = 0; i < m_kind->count(); ++i) {
        const auto kind = reports::ReportKind(m_kind->itemData(i).toInt());
        const QString title = reports::kindTitle(kind, uiLanguage());
        m_kind->setItemText(i, kind == reports::ReportKind::Dpia ? tr("%1: %2").arg(title, m_dpiaName) : title);
    }
    m_paper->setItemText(1, tr("Letter (US)"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_statusLabel->setText(tr("&Status:"));
    const QString status = m_status->currentData().toString();
    m_status->clear();
    m_status->addItem(tr("Every request"), QString());
    m_status->addItem(tr("Open requests"), QStringLiteral("open"));
    m_status->addItem(tr("Closed requests"), QStringLiteral("closed"));
    for (const QString &code : codes::all(CodeList::RequestStatus))
        m_status->addItem(codes::label(CodeList::RequestStatus, code), code);
    m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
    m_preview->setText(tr("Pre&view…"));
    m_print->setText(tr("P&rint…"));
    m_pdf->setText(tr("Save as P&DF…"));
    m_document->setText(tr("Save to &edit…"));
    m_document->setToolTip(tr("An OpenDocument (.odt) or Word (.docx) file with the same content, to edit in a word processor."));
    m_cnil->setText(tr("&Spreadsheet…"));
    m_cnil->setToolTip(tr("The register in the CNIL's spreadsheet model (.ods), filled in, or as a workbook of its lists "
                          "(.xlsx): for whoever expects a spreadsheet; both import back into Privacy Console."));
    m_csv->setText(tr("Save the tables as &CSV…"));
    m_cancelButton->setText(tr("Cancel"));
    m_close->setText(tr("Close"));
}

void ReportDialog::kindChanged()
{
    const auto kind = reports::ReportKind(m_kind->currentData().toInt());
    const bool period = reports::takesPeriod(kind);
    for (QWidget *w : std::initializer_list<QWidget *>{m_from, m_to, m_fromLabel, m_toLabel})
        w->setVisible(period);
    m_status->setVisible(kind == reports::ReportKind::Requests);
    m_statusLabel->setVisible(kind == reports::ReportKind::Requests);
    m_cnil->setVisible(kind == reports::ReportKind::Activities);
    m_organization->setEnabled(kind != reports::ReportKind::Dpia);
    m_message->clear();
}

void ReportDialog::offerDpia(RowId dpiaId, const QString &name)
{
    m_dpiaId = dpiaId;
    m_dpiaName = name;
    m_kind->addItem(QString(), int(reports::ReportKind::Dpia));
    retranslateUi();
    selectKind(reports::ReportKind::Dpia);
}

Result<reports::ReportRequest> ReportDialog::request() const
{
    reports::ReportRequest request;
    request.kind = reports::ReportKind(m_kind->currentData().toInt());
    request.organizationId = m_organization->currentData().toLongLong();
    request.language = m_language->currentData().toString();
    if (request.kind == reports::ReportKind::Dpia) {
        request.dpiaId = m_dpiaId;
        return request;
    }
    if (request.organizationId <= 0)
        return Error{tr("Choose the organization the report is about.")};
    if (reports::takesPeriod(request.kind)) {
        for (const DateField *field : {m_from, m_to}) {
            if (!field->isAcceptable())
                return Error{tr("“%1” is not a date (%2).").arg(field->text(), field->expectedFormat())};
        }
        request.from = m_from->date();
        request.to = m_to->date();
        if (request.from.isValid() && request.to.isValid() && request.from > request.to)
            return Error{tr("The period ends before it starts.")};
    }
    if (request.kind == reports::ReportKind::Requests)
        request.status = m_status->currentData().toString();
    return request;
}

reports::RenderOptions ReportDialog::renderOptions() const
{
    reports::RenderOptions options;
    options.paper = reports::PaperSize(m_paper->currentData().toInt());
    return options;
}

void ReportDialog::showProblem(const QString &message)
{
    setTone(m_message, Tone::Alert);
    m_message->setText(message);
}

void ReportDialog::setBusy(bool busy)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind, m_organization, m_language, m_paper, m_from, m_to,
                                                       m_status, m_preview, m_print, m_pdf, m_document, m_cnil, m_csv})
        w->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
}

void ReportDialog::paint(QPrinter *printer)
{
    const Result<reports::ReportRequest> wanted = request();
    if (!wanted) {
        showProblem(wanted.errorMessage());
        return;
    }
    // The report's own margins, on the whole sheet the printer offers.
    printer->setFullPage(true);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status done = reports::inSnapshot(m_db, [&]() -> Status {
        const auto report = reports::buildReport(m_db, wanted.value());
        if (!report)
            return report.error();
        const auto rendered = reports::render(report.value(), *printer, renderOptions());
        return rendered ? success() : Status(rendered.error());
    });
    QApplication::restoreOverrideCursor();
    if (!done)
        showProblem(done.errorMessage());
}

std::unique_ptr<QPrinter> ReportDialog::printerFor(const reports::ReportRequest &request) const
{
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setPageSize(renderOptions().paper == reports::PaperSize::Letter ? QPageSize(QPageSize::Letter)
                                                                            : QPageSize(QPageSize::A4));
    printer->setDocName(reports::kindTitle(request.kind, request.language));
    return printer;
}

void ReportDialog::preview()
{
    const Result<reports::ReportRequest> wanted = request();
    if (!wanted) {
        showProblem(wanted.errorMessage());
        return;
    }
    const std::unique_ptr<QPrinter> printer = printerFor(wanted.value());
    QPrintPreviewDialog dialog(printer.get(), this);
    dialog.setObjectName(QStringLiteral("reportPreviewDialog"));
    dialog.setWindowTitle(reports::kindTitle(wanted->kind, uiLanguage()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ReportDialog::paint);
    dialog.resize(900, 800);
    dialogs::exec(dialog);
}

void ReportDialog::print()
{
    const Result<reports::ReportRequest> wanted = request();
    if (!wanted) {
        showProblem(wanted.errorMessage());
        return;
    }
    const std::unique_ptr<QPrinter> printer = printerFor(wanted.value());
    QPrintDialog dialog(printer.get(), this);
    if (dialogs::exec(dialog) != QDialog::Accepted)
        return;
    paint(printer.get());
    audit(m_db, wanted.value(), QStringLiteral("printed"));
}

void ReportDialog::chooseFile()
{
    const Result<reports::ReportRequest> wanted = request();
    if (!wanted) {
        showProblem(wanted.errorMessage());
        return;
    }
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("%1-%2-%3.pdf")
                                                .arg(reports::kindCode(wanted->kind), m_organization->currentText(),
                                                     QDate::currentDate().toString(Qt::ISODate)));
    const QString path = FileDialog::getSaveFileName(this, tr("Save the report as PDF"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void ReportDialog::selectKind(reports::ReportKind kind)
{
    if (const int index = m_kind->findData(int(kind)); index >= 0)
        m_kind->setCurrentIndex(index);
}

void ReportDialog::chooseDocument()
{
    const Result<reports::ReportRequest> wanted = request();
    if (!wanted) {
        showProblem(wanted.errorMessage());
        return;
    }
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("%1-%2-%3.odt")
                                                .arg(reports::kindCode(wanted->kind), m_organization->currentText(),
                                                     QDate::currentDate().toString(Qt::ISODate)));
    QString path = FileDialog::getSaveFileName(this, tr("Save the report to edit"), suggested,
                                               tr("OpenDocument text (*.odt);;Word document (*.docx)"));
    if (path.isEmpty())
        return;
    if (!reports::officeFormatOf(path))
        path += QStringLiteral(".odt");
    saveDocument(path);
}

void ReportDialog::saveDocument(const QString &path)
{
    const Result<reports::ReportRequest> wanted = request();
    const auto format = reports::officeFormatOf(path);
    if (!wanted || !format) {
        const QString problem = wanted ? tr("%1 is neither an OpenDocument (.odt) nor a Word (.docx) file.")
                                             .arg(QFileInfo(path).fileName())
                                       : wanted.errorMessage();
        showProblem(problem);
        Q_EMIT saved(path, problem);
        return;
    }
    const reports::PaperSize paper = renderOptions().paper;
    const reports::ReportRequest what = wanted.value();
    const reports::OfficeFormat officeFormat = *format;
    saveInBackground(path, tr("Writing the document…"), [what, paper, officeFormat, path](Database &db) -> Status {
        const auto report = reports::buildReport(db, what);
        if (!report)
            return report.error();
        return reports::writeOfficeDocument(report.value(), officeFormat, path, paper);
    });
    audit(m_db, what, officeFormat == reports::OfficeFormat::Odt ? QStringLiteral("ODT") : QStringLiteral("DOCX"));
}

void ReportDialog::chooseCnilModel()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("registre-%1-%2.ods")
                                                .arg(m_organization->currentText(), QDate::currentDate().toString(Qt::ISODate)));
    QString path = FileDialog::getSaveFileName(this, tr("Save the register as a spreadsheet"), suggested,
                                               tr("The CNIL's register model (*.ods);;A workbook of the register's lists (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".ods"), Qt::CaseInsensitive) && !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".ods");
    saveCnilModel(path);
}

void ReportDialog::saveCnilModel(const QString &path)
{
    reports::ReportRequest what;
    what.kind = reports::ReportKind::Activities;
    what.organizationId = m_organization->currentData().toLongLong();
    what.language = m_language->currentData().toString();
    const bool lists = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
    saveInBackground(path, lists ? tr("Writing the workbook…") : tr("Filling in the CNIL's model…"),
                     [organization = what.organizationId, language = what.language, lists, path](Database &db) -> Status {
                         const Result<exchange::RegisterContent> content = exchange::RegisterContent::read(db, organization);
                         if (!content)
                             return content.error();
                         return lists ? exchange::TableRegisterWriter(language).writeFile(content.value(), path)
                                      : exchange::CnilRegisterWriter().writeFile(content.value(), path);
                     });
    audit(m_db, what, lists ? QStringLiteral("XLSX") : QStringLiteral("CNIL model"));
}

void ReportDialog::saveInBackground(const QString &path, const QString &busyText,
                                    const std::function<Status(Database &)> &write)
{
    if (m_watcher.isRunning())
        return;
    m_savingTo = path;
    m_savingDocument = true;
    *m_cancelRequested = false;
    m_message->setPalette(QPalette());   // the dialog's own again
    m_message->setText(busyText);
    setBusy(true);
    const ConnectionSpec spec = m_db.spec();
    m_watcher.setFuture(QtConcurrent::run([spec, write]() -> Result<reports::RenderResult> {
        auto db = Database::open(spec, OpenMode::ReadOnly);
        if (!db)
            return db.error();
        const Status done = reports::inSnapshot(*db.value(), [&]() -> Status { return write(*db.value()); });
        if (!done)
            return done.error();
        return reports::RenderResult{};
    }));
}

void ReportDialog::savePdf(const QString &path)
{
    const Result<reports::ReportRequest> wanted = request();
    if (!wanted) {
        showProblem(wanted.errorMessage());
        Q_EMIT saved(path, wanted.errorMessage());
        return;
    }
    if (m_watcher.isRunning())
        return;
    m_savingTo = path;
    m_savingDocument = false;
    *m_cancelRequested = false;
    *m_page = 0;
    *m_pages = 0;
    m_message->setPalette(QPalette());   // the dialog's own again
    m_message->setText(tr("Laying out the report…"));
    setBusy(true);
    // A connection of its own, in the thread that draws: the window stays free.
    const ConnectionSpec spec = m_db.spec();
    reports::RenderOptions options = renderOptions();
    options.progress = [cancel = m_cancelRequested, page = m_page, pages = m_pages](int at, int of) {
        page->store(at);
        pages->store(of);
        return !cancel->load();
    };
    const reports::ReportRequest what = wanted.value();
    m_watcher.setFuture(QtConcurrent::run([spec, what, options, path]() -> Result<reports::RenderResult> {
        auto db = Database::open(spec, OpenMode::ReadOnly);
        if (!db)
            return db.error();
        Result<reports::RenderResult> result = Error{};
        const Status done = reports::inSnapshot(*db.value(), [&]() -> Status {
            const auto report = reports::buildReport(*db.value(), what);
            if (!report)
                return report.error();
            result = reports::writePdf(report.value(), path, options);
            return result ? success() : Status(result.error());
        });
        if (!done)
            return done.error();
        return result;
    }));
    audit(m_db, what, QStringLiteral("PDF"));
}

void ReportDialog::chooseFolder()
{
    const QString folder = FileDialog::getExistingDirectory(
        this, tr("Save the tables as CSV into"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    const Result<QStringList> written = saveTables(folder);
    if (!written) {
        showProblem(written.errorMessage());
        return;
    }
    m_message->setPalette(QPalette());   // the dialog's own again
    m_message->setText(written->isEmpty() ? tr("This report has no table: the organization has nothing to list.")
                                          : tr("%n table(s) written to %1.", nullptr, int(written->size()))
                                                .arg(QDir::toNativeSeparators(folder)));
}

Result<QStringList> ReportDialog::saveTables(const QString &folder)
{
    const Result<reports::ReportRequest> wanted = request();
    if (!wanted)
        return wanted.error();
    Result<QStringList> written = Error{};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status done = reports::inSnapshot(m_db, [&]() -> Status {
        const auto report = reports::buildReport(m_db, wanted.value());
        if (!report)
            return report.error();
        written = reports::writeTablesCsv(report.value(), folder,
                                          QStringLiteral("%1-%2").arg(reports::kindCode(wanted->kind), wanted->language));
        return written ? success() : Status(written.error());
    });
    QApplication::restoreOverrideCursor();
    if (!done)
        return done.error();
    audit(m_db, wanted.value(), QStringLiteral("CSV"));
    return written;
}

void ReportDialog::reject()
{
    // Closing while a report is written cancels it; the file stays as it was.
    if (m_watcher.isRunning()) {
        *m_cancelRequested = true;
        m_watcher.waitForFinished();
    }
    QDialog::reject();
}

} // namespace pc
