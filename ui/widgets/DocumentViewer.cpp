#include "DocumentViewer.h"

#include "widgets/Dialogs.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfView>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pc {
namespace {

bool isText(const QString &mediaType)
{
    return mediaType.startsWith(QLatin1String("text/")) || mediaType == QLatin1String("application/json");
}

} // namespace

bool DocumentViewer::canShow(const QString &mediaType)
{
    return mediaType == QLatin1String("application/pdf") || mediaType.startsWith(QLatin1String("image/"))
           || isText(mediaType);
}

QString DocumentViewer::saveCopy(QWidget *parent, const QString &fileName, const QByteArray &content)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::getSaveFileName(parent, tr("Save a copy"), folder + QLatin1Char('/') + fileName);
    if (path.isEmpty())
        return QString();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return tr("Could not write “%1”: %2").arg(path, file.errorString());
    return QString();
}

DocumentViewer::DocumentViewer(const QString &fileName, const QString &mediaType, const QByteArray &content,
                               QWidget *parent)
    : QDialog(parent), m_fileName(fileName), m_content(content)
{
    setObjectName(QStringLiteral("documentViewer"));
    setWindowTitle(fileName);
    auto *layout = new QVBoxLayout(this);
    if (mediaType == QLatin1String("application/pdf")) {
        m_buffer = new QBuffer(&m_content, this);
        m_buffer->open(QIODevice::ReadOnly);
        m_pdf = new QPdfDocument(this);
        m_pdf->load(m_buffer);
        if (m_pdf->status() == QPdfDocument::Status::Ready) {
            auto *view = new QPdfView;
            view->setObjectName(QStringLiteral("documentPdf"));
            view->setDocument(m_pdf);
            view->setPageMode(QPdfView::PageMode::MultiPage);
            view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
            layout->addWidget(view, 1);
        } else {
            auto *error = new QLabel(tr("This PDF cannot be read; save a copy to open it elsewhere."));
            error->setObjectName(QStringLiteral("documentError"));
            layout->addWidget(error, 1);
        }
    } else if (mediaType.startsWith(QLatin1String("image/"))) {
        const QImage image = QImage::fromData(m_content);
        auto *label = new QLabel;
        label->setObjectName(QStringLiteral("documentImage"));
        if (image.isNull())
            label->setText(tr("This image cannot be read; save a copy to open it elsewhere."));
        else
            label->setPixmap(QPixmap::fromImage(image));
        auto *scroll = new QScrollArea;
        scroll->setWidget(label);
        layout->addWidget(scroll, 1);
    } else {
        auto *text = new QPlainTextEdit;
        text->setObjectName(QStringLiteral("documentText"));
        text->setReadOnly(true);
        text->setPlainText(isText(mediaType) ? QString::fromUtf8(m_content)
                                             : tr("This kind of document cannot be shown here; save a copy to open "
                                                  "it elsewhere."));
        layout->addWidget(text, 1);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *save = buttons->addButton(tr("&Save a copy…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("documentSaveCopy"));
    connect(save, &QPushButton::clicked, this, [this] {
        const QString error = saveCopy(this, m_fileName, m_content);
        if (!error.isEmpty())
            MessageBox::warning(this, tr("Save a copy"), error);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 900);
}

} // namespace pc
