#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace pc::documents {

// A document read from a file to be kept in the register (a proof, a piece
// of evidence): its name, its media type as its content says, its bytes.
struct DocumentFile
{
    QString fileName;
    QString mediaType;
    QByteArray content;
};

// The largest document kept in the database.
constexpr qint64 kMaxDocumentBytes = 20 * 1024 * 1024;

// The file read whole, or why it cannot be kept: not a file, empty, larger
// than `maxBytes`, unreadable.
Result<DocumentFile> readDocumentFile(const QString &path, qint64 maxBytes = kMaxDocumentBytes);

// Writes a whole file at once: beside it, then in its place, so that a
// failure leaves what was there untouched; or says why not.
Status writeDocumentFile(const QString &path, const QByteArray &bytes);

} // namespace pc::documents
