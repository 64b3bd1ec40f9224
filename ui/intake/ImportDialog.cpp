#include "ImportDialog.h"
#include "widgets/Tones.h"
#include "ZoneSummary.h"

#include "widgets/DateField.h"

#include "core/Dates.h"
#include "domain/Codes.h"
#include "intake/IdVault.h"
#include "storage/Database.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPdfDocument>
#include <QPdfView>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextEdit>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pc {
namespace {

const QColor kFound(255, 243, 176);
const QColor kFocused(255, 196, 87);

} // namespace

QStringList ImportDialog::importableFiles(const QStringList &paths)
{
    static const QStringList kSuffixes{QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("jpg"),
                                       QStringLiteral("jpeg"), QStringLiteral("tif"), QStringLiteral("tiff")};
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList inFolder;
            QDirIterator it(path, QDir::Files | QDir::Readable);
            while (it.hasNext()) {
                const QString file = it.next();
                if (kSuffixes.contains(QFileInfo(file).suffix().toLower()))
                    inFolder << file;
            }
            inFolder.sort(Qt::CaseInsensitive);
            files << inFolder;
        } else if (info.isFile()) {
            files << info.absoluteFilePath();
        }
    }
    return files;
}

ImportDialog::ImportDialog(Database &db, const QStringList &files, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_files(files)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import request letters"));
    // Wide enough for the letter beside the form, never taller than the
    // screen leaves room for (768 pixels less a panel on a small laptop).
    const QRect room = (parent && parent->screen() ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(qMin(1200, room.width() * 19 / 20), qMin(780, room.height() * 9 / 10));
    if (const auto known = intake::knownOrganizations(db))
        m_organizations = known.value();

    QLayout *progress = createProgressBar();
    auto *split = new QSplitter;
    split->addWidget(createDocumentTabs());
    split->addWidget(createFields());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    QDialogButtonBox *buttons = createButtons();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(progress);
    layout->addWidget(m_problem);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    connectReading();
    startNext();
}

QLayout *ImportDialog::createProgressBar()
{
    m_file = new QLabel;
    m_file->setObjectName(QStringLiteral("importFile"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_cancelButton = new QPushButton(tr("Cancel reading"));
    m_cancelButton->setObjectName(QStringLiteral("importCancel"));
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::stopReading);
    auto *top = new QHBoxLayout;
    top->addWidget(m_file, 1);
    top->addWidget(m_progress);
    top->addWidget(m_cancelButton);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("importProblem"));
    m_problem->setWordWrap(true);
    setTone(m_problem, Tone::Alert);
    m_problem->hide();
    return top;
}

// The document, and the text read from it with what was understood highlighted.
QWidget *ImportDialog::createDocumentTabs()
{
    m_pdf = new QPdfDocument(this);
    m_pdfView = new QPdfView;
    m_pdfView->setDocument(m_pdf);
    m_pdfView->setPageMode(QPdfView::PageMode::MultiPage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_image = new QLabel;
    m_image->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_imageArea = new QScrollArea;
    m_imageArea->setWidget(m_image);
    m_imageArea->setWidgetResizable(true);
    m_document = new QStackedWidget;
    m_document->addWidget(m_pdfView);
    m_document->addWidget(m_imageArea);
    m_text = new QTextEdit;
    m_text->setObjectName(QStringLiteral("importText"));
    m_text->setReadOnly(true);
    m_tabs = new QTabWidget;
    m_tabs->addTab(m_text, tr("Text read"));
    m_tabs->addTab(m_document, tr("Document"));
    return m_tabs;
}

// What was understood, to correct.
QWidget *ImportDialog::createFields()
{
    m_organization = new QComboBox;
    m_organization->setObjectName(QStringLiteral("importOrganization"));
    m_organization->addItem(tr("(choose)"), 0);
    QList<RowId> listed;
    for (const intake::KnownOrganization &o : std::as_const(m_organizations)) {
        if (listed.contains(o.id))
            continue;
        listed << o.id;
        m_organization->addItem(o.name, o.id);
    }
    auto *rights = new QWidget;
    auto *rightsLayout = new QVBoxLayout(rights);
    rightsLayout->setContentsMargins(0, 0, 0, 0);
    rightsLayout->setSpacing(2);
    for (const QString &type : codes::all(CodeList::RequestType)) {
        auto *box = new QCheckBox(codes::label(CodeList::RequestType, type));
        box->setObjectName(QStringLiteral("importRight_") + type);
        m_rights.insert(type, box);
        rightsLayout->addWidget(box);
    }
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("importLanguage"));
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("importName"));
    m_email = new QLineEdit;
    m_email->setObjectName(QStringLiteral("importEmail"));
    m_address = new QLineEdit;
    m_address->setObjectName(QStringLiteral("importAddress"));
    m_letterDate = new DateField;
    m_letterDate->setObjectName(QStringLiteral("importLetterDate"));
    m_received = new DateField;
    m_received->setObjectName(QStringLiteral("importReceived"));
    m_received->setToolTip(tr("The deadline runs from the day the letter arrived, not from its date."));
    m_known = new QLabel;
    m_known->setObjectName(QStringLiteral("importKnown"));
    m_known->setWordWrap(true);
    m_doubts = new QLabel;
    m_doubts->setObjectName(QStringLiteral("importDoubts"));
    m_doubts->setWordWrap(true);
    m_doubts->setTextFormat(Qt::RichText);
    m_idSummary = new QLabel;
    m_idSummary->setObjectName(QStringLiteral("importIdSummary"));
    m_idSummary->setWordWrap(true);
    m_idSummary->setTextFormat(Qt::RichText);
    m_keepCopy = new QCheckBox(tr("Keep the copy, encrypted, until the identity check (then it is destroyed)"));
    m_keepCopy->setObjectName(QStringLiteral("importKeepCopy"));

    auto *form = new QFormLayout;
    form->addRow(tr("Addressed to"), m_organization);
    form->addRow(tr("Rights asked"), rights);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Requester"), m_name);
    form->addRow(tr("E-mail"), m_email);
    form->addRow(tr("In the register"), m_known);
    form->addRow(tr("Postal address"), m_address);
    form->addRow(tr("Letter dated"), m_letterDate);
    form->addRow(tr("Received on"), m_received);
    form->addRow(tr("To check"), m_doubts);
    auto *idBox = new QGroupBox(tr("Identity document"));
    auto *idLayout = new QVBoxLayout(idBox);
    idLayout->addWidget(m_idSummary);
    idLayout->addWidget(m_keepCopy);
    auto *fields = new QWidget;
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->addLayout(form);
    fieldsLayout->addWidget(idBox);
    fieldsLayout->addStretch();
    auto *fieldsArea = new QScrollArea;
    fieldsArea->setWidget(fields);
    fieldsArea->setWidgetResizable(true);
    return fieldsArea;
}

QDialogButtonBox *ImportDialog::createButtons()
{
    m_createButton = new QPushButton(tr("Create the request"));
    m_createButton->setObjectName(QStringLiteral("importCreate"));
    m_createButton->setDefault(true);
    m_skipButton = new QPushButton(tr("Skip this file"));
    m_skipButton->setObjectName(QStringLiteral("importSkip"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_createButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_skipButton, QDialogButtonBox::ActionRole);
    connect(m_createButton, &QPushButton::clicked, this, &ImportDialog::createRequest);
    connect(m_skipButton, &QPushButton::clicked, this, &ImportDialog::skip);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

// The words a field was read from light up when the field has the focus;
// the reading's progress shows in the bar.
void ImportDialog::connectReading()
{
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (QWidget *w = now; w; w = w->parentWidget()) {
            if (m_sources.contains(w)) {
                highlight(m_sources.value(w));
                return;
            }
        }
    });
    for (auto it = m_rights.cbegin(); it != m_rights.cend(); ++it) {
        QCheckBox *box = it.value();
        connect(box, &QCheckBox::toggled, this, [this, box] { highlight(m_sources.value(box)); });
    }
    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressBar::setRange);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressBar::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportDialog::readingFinished);
}

ImportDialog::~ImportDialog()
{
    stopReading();
    m_watcher.waitForFinished();
}

void ImportDialog::closeEvent(QCloseEvent *event)
{
    stopReading();
    QDialog::closeEvent(event);
}

void ImportDialog::stopReading()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportDialog::startNext()
{
    m_analysis.reset();
    m_sources.clear();
    ++m_index;
    if (m_index >= m_files.size()) {
        if (m_created > 0)
            accept();
        else if (!m_files.isEmpty())
            m_file->setText(tr("No request was created from these files."));
        m_createButton->setEnabled(false);
        m_skipButton->setEnabled(false);
        m_progress->hide();
        m_cancelButton->hide();
        return;
    }
    const QString file = m_files.at(m_index);
    m_file->setText(tr("Reading %1 (%2 of %3)…").arg(QFileInfo(file).fileName()).arg(m_index + 1).arg(m_files.size()));
    m_problem->hide();
    m_createButton->setEnabled(false);
    m_skipButton->setEnabled(true);
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
    m_progress->show();
    m_progress->setRange(0, 0);
    m_text->clear();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    const QList<intake::KnownOrganization> organizations = m_organizations;
    // Read off the interface's thread: Tesseract takes seconds a page. One
    // reading at a time, by the same reader: its OCR models load once a batch.
    const std::shared_ptr<intake::IntakeReader> reader = m_reader;
    m_watcher.setFuture(QtConcurrent::run([reader, cancel, file, organizations](QPromise<Result<intake::IntakeAnalysis>> &promise) {
        reader->reader().setCancelFlag(cancel.get());
        reader->reader().setProgress([&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
        });
        promise.addResult(reader->analyze(file, QString(), organizations, QDate::currentDate()));
        reader->reader().setProgress({});
        reader->reader().setCancelFlag(nullptr);
    }));
}

void ImportDialog::readingFinished()
{
    m_cancelButton->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    const QFuture<Result<intake::IntakeAnalysis>> future = m_watcher.future();
    if (future.resultCount() == 0)
        return;
    const Result<intake::IntakeAnalysis> read = future.result();
    const QString name = QFileInfo(m_files.value(m_index)).fileName();
    if (!read) {
        m_file->setText(tr("%1 (%2 of %3) could not be imported.").arg(name).arg(m_index + 1).arg(m_files.size()));
        m_problem->setText(read.errorMessage());
        m_problem->show();
        m_skipButton->setText(m_index + 1 < m_files.size() ? tr("Next file") : tr("Skip this file"));
        return;
    }
    m_analysis = read.value();
    // Weighed against the register of the organization it is addressed to
    // (or the only one): a known address names the person.
    m_weighedFor = m_analysis->facts.organizationId;
    if (m_weighedFor == 0 && m_organization->count() == 2)
        m_weighedFor = m_organization->itemData(1).toLongLong();
    if (const Status weighed = intake::weighAgainstRegister(m_db, m_weighedFor, m_analysis->facts); !weighed) {
        m_problem->setText(weighed.errorMessage());
        m_problem->show();
    }
    m_file->setText(tr("%1 (%2 of %3)").arg(name).arg(m_index + 1).arg(m_files.size()));
    m_skipButton->setText(tr("Skip this file"));
    m_createButton->setEnabled(true);
    showAnalysis();
}

QString ImportDialog::confidenceText(int confidence) const
{
    return tr("read with %1 % confidence").arg(confidence);
}

void ImportDialog::showAnalysis()
{
    const intake::IntakeAnalysis &a = *m_analysis;
    const intake::LetterFacts &facts = a.facts;
    QString text = a.letter.text();
    text.replace(QLatin1Char('\f'), QLatin1Char('\n')); // page breaks, same length: the spans stay right
    m_text->setPlainText(text);
    showDocument(a.letter);

    QStringList doubts;
    auto mark = [this, &doubts](QWidget *field, const intake::ReadValue &value, const QString &label) {
        m_sources.insert(field, value.source);
        const bool doubtful = !value.isEmpty() && !value.isSure();
        field->setToolTip(value.isEmpty() ? tr("Not found in the letter")
                              : doubtful  ? intake::doubtText(value)
                                          : confidenceText(value.confidence));
        // A doubtful value on a tinted ground, in the palette's light or dark shade, and why in words.
        field->setStyleSheet(doubtful ? QStringLiteral("background: %1;").arg(toneBackground(Tone::Warning, palette()).name())
                                      : QString());
        if (doubtful)
            doubts << tr("%1: %2", "a field of the form, then what to check in it")
                          .arg(QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped()), intake::doubtText(value).toHtmlEscaped());
    };
    const int organization = m_organization->findData(facts.organizationId);
    m_organization->setCurrentIndex(organization >= 0 ? organization : 0);
    if (m_organization->currentIndex() == 0 && m_organization->count() == 2)
        m_organization->setCurrentIndex(1);
    mark(m_organization, facts.organization, tr("Addressed to"));
    for (auto it = m_rights.cbegin(); it != m_rights.cend(); ++it) {
        const auto right = std::find_if(facts.rights.cbegin(), facts.rights.cend(),
                                        [&](const intake::RequestedRight &r) { return r.type == it.key(); });
        QSignalBlocker block(it.value());
        it.value()->setChecked(right != facts.rights.cend());
        it.value()->setToolTip(right != facts.rights.cend() ? confidenceText(right->confidence) : QString());
        m_sources.insert(it.value(), right != facts.rights.cend() ? right->source : intake::SourceSpan{});
    }
    const int language = m_language->findData(facts.language.value);
    if (language >= 0)
        m_language->setCurrentIndex(language);
    mark(m_language, facts.language, tr("Language"));
    m_name->setText(facts.name.value);
    mark(m_name, facts.name, tr("Requester"));
    m_email->setText(facts.email.value);
    mark(m_email, facts.email, tr("E-mail"));
    m_known->setText(facts.subjectId > 0   ? tr("%1: the request will be linked to this person.").arg(facts.subjectName)
                     : facts.email.isEmpty() ? tr("No e-mail address was read: nothing to look up.")
                                             : tr("No one in the register has this e-mail address."));
    m_address->setText(facts.address.value);
    mark(m_address, facts.address, tr("Postal address"));
    m_letterDate->setDate(facts.date);
    mark(m_letterDate, facts.letterDate, tr("Letter dated"));
    m_doubts->setText(doubts.isEmpty() ? tr("Nothing: every value found was read clearly.") : doubts.join(QStringLiteral("<br>")));
    m_received->setDate(QDate::currentDate());

    if (a.idDocument) {
        QStringList lines = ZoneSummary::document(*a.idDocument) + ZoneSummary::verdict(*a.idDocument, QDate::currentDate());
        const auto flag = &ZoneSummary::flag;
        if (a.identityMatch)
            lines << (*a.identityMatch ? flag(true, tr("The holder's name matches the requester's."))
                                       : flag(false, tr("The holder's name does not match the requester's.")));
        if (a.idPageIndex >= 0)
            lines << tr("On page %1 of the letter: the letter is kept without that page.").arg(a.idPageIndex + 1).toHtmlEscaped();
        m_idSummary->setText(lines.join(QStringLiteral("<br>")));
    } else {
        m_idSummary->setText(tr("No identity document was found with this letter."));
    }
    m_keepCopy->setEnabled(!a.idCopy.isEmpty());
    m_keepCopy->setChecked(!a.idCopy.isEmpty());
    highlight(intake::SourceSpan{});
    m_name->setFocus();
}

void ImportDialog::showDocument(const intake::ReadDocument &document)
{
    if (document.mediaType == QLatin1String("application/pdf")) {
        delete m_pdfBuffer;
        m_pdfBuffer = new QBuffer(this);
        m_pdfBuffer->setData(document.content);
        m_pdfBuffer->open(QIODevice::ReadOnly);
        m_pdf->load(m_pdfBuffer);
        m_document->setCurrentWidget(m_pdfView);
        return;
    }
    const QImage image = document.pages.isEmpty() ? QImage() : document.pages.constFirst().image;
    m_image->setPixmap(QPixmap::fromImage(image.scaledToWidth(qMin(image.width(), 1100), Qt::SmoothTransformation)));
    m_document->setCurrentWidget(m_imageArea);
}

void ImportDialog::highlight(const intake::SourceSpan &span)
{
    QList<QTextEdit::ExtraSelection> selections;
    auto add = [&](const intake::SourceSpan &s, const QColor &colour) {
        if (!s.isValid())
            return;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_text->document());
        selection.cursor.setPosition(int(s.offset));
        selection.cursor.setPosition(int(s.offset + s.length), QTextCursor::KeepAnchor);
        selection.format.setBackground(colour);
        selections << selection;
    };
    for (auto it = m_sources.cbegin(); it != m_sources.cend(); ++it)
        add(it.value(), kFound);
    add(span, kFocused);
    m_text->setExtraSelections(selections);
    if (span.isValid()) {
        QTextCursor cursor(m_text->document());
        cursor.setPosition(int(span.offset));
        m_text->setTextCursor(cursor);
        m_text->ensureCursorVisible();
    }
}

intake::IntakeDecision ImportDialog::decision() const
{
    intake::IntakeDecision d;
    d.organizationId = m_organization->currentData().toLongLong();
    for (auto it = m_rights.cbegin(); it != m_rights.cend(); ++it) {
        if (it.value()->isChecked())
            d.types << it.key();
    }
    d.language = m_language->currentData().toString();
    d.requesterName = m_name->text();
    d.requesterEmail = m_email->text();
    d.requesterAddress = m_address->text();
    d.letterDate = m_letterDate->date();
    d.receivedOn = m_received->date();
    d.keepIdCopy = m_keepCopy->isChecked();
    // Linked to the person the register knows only while the address read is kept.
    if (m_analysis && m_analysis->facts.subjectId > 0 && d.organizationId == m_weighedFor
        && d.requesterEmail.trimmed().compare(m_analysis->facts.email.value, Qt::CaseInsensitive) == 0)
        d.subjectId = m_analysis->facts.subjectId;
    return d;
}

void ImportDialog::createRequest()
{
    if (!m_analysis)
        return;
    if (!m_letterDate->isAcceptable() || !m_received->isAcceptable()) {
        m_problem->setText(tr("A date is not one: correct it or leave it empty."));
        m_problem->show();
        return;
    }
    intake::IdVault *vault = nullptr;
    const intake::IntakeDecision d = decision();
    if (d.keepIdCopy && !m_analysis->idCopy.isEmpty()) {
        const auto opened = intake::IdVault::session(m_db);
        if (!opened) {
            m_problem->setText(opened.errorMessage());
            m_problem->show();
            return;
        }
        vault = opened.value();
    }
    const auto created = intake::createRequest(m_db, *m_analysis, d, vault);
    if (!created) {
        m_problem->setText(created.errorMessage());
        m_problem->show();
        return;
    }
    ++m_created;
    emit requestCreated(created->id, created->reference);
    startNext();
}

void ImportDialog::skip()
{
    stopReading();
    m_watcher.waitForFinished();
    startNext();
}

} // namespace pc
