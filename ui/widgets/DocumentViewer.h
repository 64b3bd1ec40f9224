#pragma once

#include <QByteArray>
#include <QDialog>
#include <QString>

class QBuffer;
class QPdfDocument;

namespace pc {

// Shows a stored document without writing it anywhere: a PDF page by page,
// an image, or text (JSON, CSV, plain text); a copy is saved only when the
// officer asks for one.
class DocumentViewer final : public QDialog
{
    Q_OBJECT

public:
    DocumentViewer(const QString &fileName, const QString &mediaType, const QByteArray &content,
                   QWidget *parent = nullptr);

    // Whether the viewer can show this kind of document (else only a copy can be saved).
    static bool canShow(const QString &mediaType);
    // Asks where to save a copy and writes it; an error message when it could not.
    static QString saveCopy(QWidget *parent, const QString &fileName, const QByteArray &content);

private:
    QString m_fileName;
    QByteArray m_content;
    QBuffer *m_buffer = nullptr;
    QPdfDocument *m_pdf = nullptr;
};

} // namespace pc
