#include "IdentityCheckDialog.h"
#include "widgets/Tones.h"

#include "intake/ZoneSummary.h"
#include "widgets/DateField.h"

#include "core/Dates.h"
#include "domain/Codes.h"
#include "intake/DocumentReader.h"
#include "intake/Intake.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace pc {
namespace {

// The best zone among the copies: every check digit verified first, then the
// most verified.
std::optional<intake::MrzData> readZones(const QList<Attachment> &copies,
                                         const std::shared_ptr<std::atomic_bool> &cancel)
{
    intake::DocumentReader reader;
    reader.setCancelFlag(cancel.get());
    std::optional<intake::MrzData> best;
    auto rank = [](const intake::MrzData &zone) { return (zone.isValid() ? 1000 : 0) + zone.score(); };
    for (const Attachment &copy : copies) {
        if (cancel->load())
            break;
        const auto document = reader.read(copy.fileName, copy.content);
        if (!document)
            continue;
        const int page = document->idPageIndex();
        if (page < 0)
            continue;
        const intake::MrzData &zone = document->pages.at(page).zone.value();
        if (!best || rank(zone) > rank(*best))
            best = zone;
    }
    return best;
}

} // namespace

IdentityCheckDialog::IdentityCheckDialog(const RightsRequest &request, const QList<Attachment> &copies,
                                         const QString &verifier, QWidget *parent)
    : QDialog(parent), m_request(request), m_copies(int(copies.size()))
{
    setObjectName(QStringLiteral("identityCheckDialog"));
    setWindowTitle(tr("Record the identity check"));

    auto *intro = new QLabel(m_copies > 0
        ? tr("Recording the check destroys %n identity document copy(ies) kept with %1: only what is below "
             "remains, as the CNIL asks.", nullptr, m_copies).arg(request.reference)
        : tr("No copy of an identity document is kept with %1: record how the identity was checked.")
              .arg(request.reference));
    intro->setWordWrap(true);
    m_reading = new QLabel;
    m_reading->setObjectName(QStringLiteral("identityReading"));
    m_reading->setWordWrap(true);
    m_reading->setTextFormat(Qt::RichText);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);

    m_on = new DateField;
    m_on->setObjectName(QStringLiteral("identityCheckedOn"));
    m_on->setDate(QDate::currentDate());
    m_outcome = new QComboBox;
    m_outcome->setObjectName(QStringLiteral("identityOutcome"));
    for (const QString &code : codes::all(CodeList::IdentityOutcome))
        m_outcome->addItem(codes::label(CodeList::IdentityOutcome, code), code);
    m_outcome->setCurrentIndex(m_outcome->findData(QStringLiteral("inconclusive")));
    m_document = new QComboBox;
    m_document->setObjectName(QStringLiteral("identityDocument"));
    for (const QString &code : codes::all(CodeList::IdentityDocument))
        m_document->addItem(codes::label(CodeList::IdentityDocument, code), code);
    m_document->setCurrentIndex(m_document->findData(QStringLiteral("other")));
    m_number = new QLineEdit;
    m_number->setObjectName(QStringLiteral("identityNumberSuffix"));
    m_number->setMaxLength(4);
    m_number->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9]{0,4}")), m_number));
    m_number->setToolTip(tr("Only the last four characters of the document's number are kept."));
    m_verifier = new QLineEdit(verifier);
    m_verifier->setObjectName(QStringLiteral("identityVerifier"));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("identityProblem"));
    setTone(m_problem, Tone::Alert);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Checked on:"), m_on);
    form->addRow(tr("Outcome:"), m_outcome);
    form->addRow(tr("Document:"), m_document);
    form->addRow(tr("Last characters of its number:"), m_number);
    form->addRow(tr("Checked by:"), m_verifier);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_record = buttons->addButton(m_copies > 0 ? tr("&Record and destroy the copies") : tr("&Record"),
                                  QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("identityRecord"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_on, &DateField::changed, this, &IdentityCheckDialog::validate);
    connect(m_verifier, &QLineEdit::textChanged, this, &IdentityCheckDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_reading);
    layout->addWidget(m_progress);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(620, sizeHint().height());

    if (m_copies == 0) {
        m_read = true;
        m_progress->hide();
        m_reading->hide();
    } else {
        m_reading->setText(tr("Reading the identity document's machine-readable zone…"));
        connect(&m_watcher, &QFutureWatcherBase::finished, this, &IdentityCheckDialog::readingFinished);
        m_watcher.setFuture(QtConcurrent::run([copies, cancel = m_cancel] { return readZones(copies, cancel); }));
    }
    validate();
}

IdentityCheckDialog::~IdentityCheckDialog()
{
    // The reading stops at its next step; the dialog does not wait for it
    // longer than that.
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

void IdentityCheckDialog::readingFinished()
{
    m_read = true;
    m_progress->hide();
    propose(m_watcher.result());
}

void IdentityCheckDialog::propose(const std::optional<intake::MrzData> &zone)
{
    const intake::ProposedCheck proposed = intake::proposeCheck(zone, m_request.requesterName, QDate::currentDate());
    QStringList lines;
    if (zone)
        lines = ZoneSummary::document(*zone); // the verdict is in `why`
    lines << ZoneSummary::flag(proposed.check.outcome == QLatin1String("match"), proposed.why);
    m_reading->setText(lines.join(QStringLiteral("<br>")));
    m_outcome->setCurrentIndex(m_outcome->findData(proposed.check.outcome));
    m_document->setCurrentIndex(m_document->findData(proposed.check.documentType));
    m_number->setText(proposed.check.documentNumberSuffix);
}

void IdentityCheckDialog::validate()
{
    QString problem;
    if (!m_on->date().isValid())
        problem = tr("Give the day the identity was checked.");
    else if (m_on->date() > QDate::currentDate())
        problem = tr("The check cannot be dated in the future.");
    else if (m_on->date() < m_request.receivedOn)
        problem = tr("The check cannot be dated before the request was received (%1).")
                      .arg(dates::toText(m_request.receivedOn));
    else if (m_verifier->text().trimmed().isEmpty())
        problem = tr("Say who checked the identity.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_record->setEnabled(problem.isEmpty());
}

IdentityCheck IdentityCheckDialog::check() const
{
    IdentityCheck check;
    check.requestId = m_request.id;
    check.checkedOn = m_on->date();
    check.outcome = m_outcome->currentData().toString();
    check.documentType = m_document->currentData().toString();
    check.documentNumberSuffix = m_number->text().trimmed().toUpper();
    check.verifier = m_verifier->text().trimmed();
    return check;
}

} // namespace pc
