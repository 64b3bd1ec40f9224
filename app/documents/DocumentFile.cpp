#include "DocumentFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSaveFile>

namespace pc::documents {
namespace {

struct DocumentFileText
{
    Q_DECLARE_TR_FUNCTIONS(pc::documents::DocumentFile)
};

} // namespace

Result<DocumentFile> readDocumentFile(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Error{DocumentFileText::tr("%1 is not a file that can be read.").arg(QDir::toNativeSeparators(path))};
    if (info.size() == 0)
        return Error{DocumentFileText::tr("%1 is empty.").arg(info.fileName())};
    if (info.size() > maxBytes) {
        return Error{DocumentFileText::tr("%1 is larger than %2 MB: keep a smaller copy (a PDF, a photo).")
                         .arg(info.fileName())
                         .arg(maxBytes / (1024 * 1024))};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{DocumentFileText::tr("%1 cannot be read: %2").arg(info.fileName(), file.errorString())};
    DocumentFile document;
    document.fileName = info.fileName();
    document.content = file.readAll();
    document.mediaType = QMimeDatabase().mimeTypeForFileNameAndData(path, document.content).name();
    return document;
}

Status writeDocumentFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{DocumentFileText::tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return success();
}

} // namespace pc::documents
