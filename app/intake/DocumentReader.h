#pragma once

#include "Mrz.h"
#include "Ocr.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QPdfDocument;

namespace pc::intake {

// A page as read: its text (from the PDF's text layer, or by OCR with
// each word's box), and the identity document's zone when it carries one.
struct ReadPage
{
    int number = 0;           // from 1
    QString text;
    QList<OcrWord> words;     // OCR only: where each word is in `text` and on `image`
    bool byOcr = false;
    int confidence = 100;     // the OCR's mean word confidence, 100 for a text layer
    QImage image;             // what was read by OCR (kept for the import dialog)
    int imageDpi = 0;
    std::optional<MrzData> zone;
};

struct ReadDocument
{
    QString fileName;
    QString mediaType;        // application/pdf, image/png, image/jpeg, image/tiff
    QByteArray content;       // the file as it was read
    QList<ReadPage> pages;

    // The pages' text one after the other, separated by a form feed.
    QString text() const;
    // Where page `index`'s text begins in text().
    qsizetype pageOffset(int index) const;
    // The page carrying the best identity zone, -1 when none.
    int idPageIndex() const;
};

// Reads letters and identity documents: PDF (text layer where there is
// one, else each page rendered at 300 dpi and read by OCR), PNG, JPEG and
// TIFF. Refuses, with a message saying why, an empty or oversized file, a
// file that is not what its name says, a damaged or password-protected
// PDF, too many pages, an image too large to decode. One reader per thread;
// it keeps its OCR engines from one document to the next.
class DocumentReader final
{
    Q_DECLARE_TR_FUNCTIONS(pc::intake::DocumentReader)

public:
    static constexpr qint64 kLargestFile = 50 * 1024 * 1024;
    static constexpr int kMostPages = 100;
    static constexpr qint64 kMostPixels = 80'000'000; // an A4 page at 600 dpi is 35 million
    static constexpr int kScanDpi = 300;

    DocumentReader();
    ~DocumentReader();
    DocumentReader(const DocumentReader &) = delete;
    DocumentReader &operator=(const DocumentReader &) = delete;

    // Checked between pages and between readings of a zone.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Told (page done, pages) as the pages are read.
    void setProgress(std::function<void(int, int)> progress) { m_progress = std::move(progress); }

    Result<ReadDocument> read(const QString &path);
    // The same for a file already in memory (a copy decrypted from the vault).
    Result<ReadDocument> read(const QString &fileName, const QByteArray &content);
    // The line of `page` (read by OCR) that holds `box` read again, whole
    // and otherwise: larger, in grey, darkened (faint print) and with a
    // local threshold. Each reading's text; none when the page was not
    // read by OCR.
    QStringList rereadLine(const ReadPage &page, const QRect &box);
    // The media type a file's first bytes say it is; empty when none we read.
    static QString sniffMediaType(const QByteArray &head);

private:
    static Status checkSize(const QString &fileName, qint64 size);
    Result<ReadDocument> readPdf(ReadDocument document);
    // A PDF page drawn at 300 dpi (less when that would be too large).
    Result<QImage> renderScan(QPdfDocument &pdf, int index, const QString &name);
    Result<ReadDocument> readImage(ReadDocument document);
    ReadPage readScan(const QImage &image, int number, bool looksLikePage, int dpi);
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    OcrEngine &pageEngine();
    OcrEngine &zoneEngine();

    std::unique_ptr<OcrEngine> m_page;
    std::unique_ptr<OcrEngine> m_zone;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(int, int)> m_progress;
};

} // namespace pc::intake
