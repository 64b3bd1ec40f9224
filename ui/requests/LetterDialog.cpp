#include "LetterDialog.h"

#include "widgets/Dialogs.h"

#include "widgets/DocumentViewer.h"

#include "documents/Pdf.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>

namespace pc {

LetterDialog::LetterDialog(Database &db, const RightsRequest &request, const Organization &organization, QWidget *parent)
    : QDialog(parent), m_db(db), m_request(request), m_organization(organization)
{
    setObjectName(QStringLiteral("letterDialog"));
    setWindowTitle(tr("Letter for %1").arg(request.reference));
    resize(760, 820);
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("letterKind"));
    for (LetterKind kind : letters::allKinds())
        m_kind->addItem(letters::label(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(letters::suggested(request))));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("letterLanguage"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(letters::languageFor(request, organization)));
    m_text = new QTextEdit;
    m_text->setObjectName(QStringLiteral("letterText"));
    m_text->setAcceptRichText(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Letter:"), m_kind);
    form->addRow(tr("L&anguage:"), m_language);
    auto *buttons = new QDialogButtonBox;
    QPushButton *save = buttons->addButton(tr("&Save as PDF on the request"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("letterSave"));
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton *copy = buttons->addButton(tr("Save a &copy as…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &LetterDialog::compose);
    connect(m_language, &QComboBox::currentIndexChanged, this, &LetterDialog::compose);
    connect(print, &QPushButton::clicked, this, &LetterDialog::print);
    connect(save, &QPushButton::clicked, this, &LetterDialog::save);
    connect(copy, &QPushButton::clicked, this, &LetterDialog::saveCopy);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    compose();
}

LetterKind LetterDialog::kind() const
{
    return LetterKind(m_kind->currentData().toInt());
}

LetterInput LetterDialog::input() const
{
    return LetterInput{m_request, m_organization, m_language->currentData().toString(), QDate::currentDate(),
                       QString()};
}

void LetterDialog::compose()
{
    if (m_text->document()->isModified()) {
        const auto answer = MessageBox::question(this, windowTitle(),
                                                  tr("Replace the text you edited with the new letter?"));
        if (answer != QMessageBox::Yes)
            return;
    }
    m_text->setHtml(letters::compose(kind(), input()));
    m_text->document()->setModified(false);
}

void LetterDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(letters::fileName(kind(), input()));
    QPrintDialog dialog(&printer, this);
    if (dialogs::exec(dialog) == QDialog::Accepted)
        m_text->document()->print(&printer);
}

void LetterDialog::save()
{
    const QString name = letters::fileName(kind(), input());
    const QByteArray pdf = documents::htmlToPdf(m_text->toHtml(), name);
    const auto attached = letters::attach(m_db, m_request, kind(), name, pdf);
    if (!attached) {
        MessageBox::warning(this, windowTitle(), attached.errorMessage());
        return;
    }
    m_attached = true;
    accept();
}

void LetterDialog::saveCopy()
{
    const QString name = letters::fileName(kind(), input());
    const QString error = DocumentViewer::saveCopy(this, name, documents::htmlToPdf(m_text->toHtml(), name));
    if (!error.isEmpty())
        MessageBox::warning(this, windowTitle(), error);
}

} // namespace pc
