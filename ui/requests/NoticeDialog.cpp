#include "NoticeDialog.h"

#include "widgets/Dialogs.h"
#include "widgets/Icons.h"

#include "core/Dates.h"
#include "core/Languages.h"
#include "documents/DocumentFile.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/RegisterRepository.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace pc {

NoticeDialog::NoticeDialog(Database &db, RowId breachId, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("noticeDialog"));
    CaseRepository cases(db);
    const Result<Breach> breach = cases.breach(breachId);
    if (!breach) {
        m_problem = breach.errorMessage();
        return;
    }
    const Result<Organization> organization = RegisterRepository(db).organization(breach->organizationId);
    const Result<QList<BreachNotification>> earlier = cases.breachNotifications(breachId);
    const Result<QList<BreachInformed>> informed = cases.breachInformed(breachId);
    if (!organization || !earlier || !informed) {
        m_problem = !organization ? organization.errorMessage() : !earlier ? earlier.errorMessage() : informed.errorMessage();
        return;
    }
    m_input.breach = breach.value();
    m_input.organization = organization.value();
    m_input.earlier = earlier.value();
    m_input.informed = informed.value();
    m_input.phase = earlier->isEmpty() ? breaches::Phase::Initial : breaches::Phase::FollowUp;
    m_input.at = QDateTime::currentDateTime();
    m_input.at.setTime(QTime(m_input.at.time().hour(), m_input.at.time().minute()));
    setWindowTitle(tr("Notify the authority of %1").arg(m_input.breach.reference));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_phase = new QLabel;
    m_phase->setObjectName(QStringLiteral("noticePhase"));
    m_phase->setWordWrap(true);
    form->addRow(tr("Notification:"), m_phase);
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("noticeLanguage"));
    for (const QString &code : {QStringLiteral("fr"), QStringLiteral("en")})
        m_language->addItem(languages::nativeName(code), code);
    m_language->setCurrentIndex(m_language->findData(breaches::authorityLanguage(m_input.organization)));
    form->addRow(tr("&Language:"), m_language);
    m_delay = new QPlainTextEdit(m_input.breach.delayReason);
    m_delay->setObjectName(QStringLiteral("noticeDelayReason"));
    m_delay->setMaximumHeight(70);
    m_delayLabel = new QLabel(tr("Reasons for the &delay:"));
    m_delayLabel->setBuddy(m_delay);
    form->addRow(m_delayLabel, m_delay);
    m_additions = new QPlainTextEdit;
    m_additions->setObjectName(QStringLiteral("noticeAdditions"));
    m_additions->setMaximumHeight(70);
    m_additionsLabel = new QLabel(tr("What it &adds:"));
    m_additionsLabel->setBuddy(m_additions);
    form->addRow(m_additionsLabel, m_additions);
    m_authorityReference = new QLineEdit(m_input.breach.authorityReference);
    m_authorityReference->setObjectName(QStringLiteral("noticeAuthorityReference"));
    form->addRow(tr("Authority's &reference:"), m_authorityReference);
    layout->addLayout(form);

    // Each item of the authority's form under its label, with a button that
    // copies it for the form's field.
    m_fields = new QScrollArea;
    m_fields->setObjectName(QStringLiteral("noticeFields"));
    m_fields->setWidgetResizable(true);
    m_fields->setFrameShape(QFrame::StyledPanel);
    layout->addWidget(m_fields, 1);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("noticeMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox;
    m_pdf = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    m_pdf->setObjectName(QStringLiteral("noticePdf"));
    m_text = buttons->addButton(tr("Save as &text…"), QDialogButtonBox::ActionRole);
    m_record = buttons->addButton(tr("&Record as sent"), QDialogButtonBox::AcceptRole);
    m_record->setObjectName(QStringLiteral("noticeRecord"));
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pdf, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_text, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_record, &QPushButton::clicked, this, &NoticeDialog::record);
    connect(m_language, &QComboBox::currentIndexChanged, this, &NoticeDialog::recompose);
    connect(m_delay, &QPlainTextEdit::textChanged, this, &NoticeDialog::recompose);
    connect(m_additions, &QPlainTextEdit::textChanged, this, &NoticeDialog::recompose);
    resize(900, 680);
    recompose();
}

void NoticeDialog::recompose()
{
    const bool initial = m_input.phase == breaches::Phase::Initial;
    const bool late = initial && breaches::isLate(m_input.breach, m_input.at);
    m_input.language = m_language->currentData().toString();
    m_input.delayReason = m_delay->toPlainText();
    m_input.additions = m_additions->toPlainText();
    if (initial) {
        const int hours = int(std::max<qint64>(1, m_input.breach.notificationDueAt.secsTo(m_input.at) / 3600));
        m_phase->setText(late ? tr("Initial notification, %n hour(s) after its deadline (%1): the reasons for the "
                                   "delay are required.", nullptr, hours)
                                    .arg(dates::toText(m_input.breach.notificationDueAt))
                              : tr("Initial notification."));
    } else {
        m_phase->setText(tr("Follow-up notification no. %1, completing the initial notification of %2.")
                             .arg(m_input.earlier.size())
                             .arg(dates::toText(m_input.earlier.first().sentAt)));
    }
    m_delayLabel->setVisible(late);
    m_delay->setVisible(late);
    m_additionsLabel->setVisible(!initial);
    m_additions->setVisible(!initial);

    const Result<breaches::Notice> notice = breaches::compose(m_input);
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(12);
    if (!notice) {
        m_notice.reset();
        m_message->setText(notice.errorMessage());
    } else {
        m_notice = notice.value();
        const QIcon copyIcon = icons::themed(QStringLiteral("copy"), palette());
        int row = 0;
        int index = 0;
        for (const breaches::NoticeSection &section : m_notice->sections) {
            auto *heading = new QLabel(QStringLiteral("<b>%1. %2</b>").arg(++index).arg(section.title.toHtmlEscaped()));
            heading->setContentsMargins(0, row == 0 ? 0 : 8, 0, 2);
            grid->addWidget(heading, row++, 0, 1, 3);
            for (const breaches::NoticeField &f : section.fields) {
                QString label = f.label.toHtmlEscaped();
                if (!f.basis.isEmpty())
                    label += QStringLiteral("<br><small>%1</small>").arg(f.basis.toHtmlEscaped());
                auto *name = new QLabel(label);
                name->setObjectName(QStringLiteral("noticeLabel_") + f.key);
                name->setWordWrap(true);
                name->setMinimumWidth(260);
                name->setMaximumWidth(320);
                name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
                auto *value = new QLabel(f.known ? f.value.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"))
                                                 : QStringLiteral("<i>%1</i>").arg(f.value.toHtmlEscaped()));
                value->setObjectName(QStringLiteral("noticeValue_") + f.key);
                value->setWordWrap(true);
                value->setTextInteractionFlags(Qt::TextSelectableByMouse);
                value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
                auto *copy = new QToolButton;
                copy->setObjectName(QStringLiteral("noticeCopy_") + f.key);
                copy->setIcon(copyIcon);
                copy->setAutoRaise(true);
                copy->setToolTip(tr("Copy “%1” for the authority's form").arg(f.label));
                copy->setAccessibleName(copy->toolTip());
                connect(copy, &QToolButton::clicked, this, [this, l = f.label, v = f.value] { copyField(l, v); });
                grid->addWidget(name, row, 0, Qt::AlignTop);
                grid->addWidget(value, row, 1, Qt::AlignTop);
                grid->addWidget(copy, row++, 2, Qt::AlignTop);
            }
        }
        grid->setRowStretch(row, 1);
        QStringList notes;
        for (const QString &note : {m_notice->dutyNote, m_notice->confirmNote}) {
            if (!note.isEmpty())
                notes << note;
        }
        const QStringList unknown = m_notice->unknown();
        if (!unknown.isEmpty())
            notes << tr("Not known yet: %1.").arg(unknown.join(QStringLiteral("; ")));
        m_message->setText(notes.join(QLatin1Char('\n')));
    }
    const int scrolled = m_fields->verticalScrollBar() ? m_fields->verticalScrollBar()->value() : 0;
    delete m_fields->takeWidget();
    m_fields->setWidget(content);
    m_fields->verticalScrollBar()->setValue(scrolled);
    for (QPushButton *button : {m_pdf, m_text, m_record})
        button->setEnabled(m_notice.has_value());
}

void NoticeDialog::copyField(const QString &label, const QString &value)
{
    QGuiApplication::clipboard()->setText(value);
    m_message->setText(tr("Copied: %1").arg(label));
}

void NoticeDialog::save(bool pdf)
{
    if (!m_notice)
        return;
    const QString suggested = QStringLiteral("%1-%2-%3.%4")
                                  .arg(m_input.breach.reference, breaches::phaseCode(m_input.phase), m_notice->language,
                                       pdf ? QStringLiteral("pdf") : QStringLiteral("txt"));
    const QString path = FileDialog::getSaveFileName(this, pdf ? tr("Save the notification as PDF") : tr("Save the notification as text"),
                                                     suggested, pdf ? tr("PDF documents (*.pdf)") : tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    if (Status written = documents::writeDocumentFile(path, pdf ? m_notice->pdf() : m_notice->plainText().toUtf8()); !written) {
        MessageBox::warning(this, windowTitle(), written.errorMessage());
        return;
    }
    m_message->setText(tr("Saved to %1").arg(path));
}

void NoticeDialog::record()
{
    // Sent now: the notice says so, and a deadline passed meanwhile asks for its reasons.
    m_input.at = QDateTime::currentDateTime();
    m_input.at.setTime(QTime(m_input.at.time().hour(), m_input.at.time().minute()));
    recompose();
    if (!m_notice)
        return;
    BreachNotification sent;
    sent.breachId = m_input.breach.id;
    sent.phase = breaches::phaseCode(m_input.phase);
    sent.sentAt = m_input.at;
    sent.language = m_notice->language;
    sent.additions = m_input.additions.trimmed();
    sent.delayReason = m_notice->late ? m_input.delayReason.trimmed() : QString();
    sent.authorityReference = m_authorityReference->text().trimmed();
    sent.text = m_notice->plainText();
    if (const Result<RowId> kept = CaseRepository(m_db).recordNotification(sent); !kept) {
        MessageBox::warning(this, windowTitle(), kept.errorMessage());
        return;
    }
    m_recorded = sent;
    accept();
}

} // namespace pc
