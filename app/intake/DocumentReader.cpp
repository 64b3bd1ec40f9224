#include "DocumentReader.h"

#include "MrzReader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QPdfDocument>
#include <QPainter>
#include <QPdfSelection>

#include <algorithm>
#include <cmath>

namespace pc::intake {
namespace {

// Below this many letters a PDF page's text layer is taken for none (a
// scan with a stray header): the page is read by OCR.
constexpr int kFewestLetters = 20;

int letters(const QString &text)
{
    int count = 0;
    for (QChar c : text)
        count += c.isLetter() ? 1 : 0;
    return count;
}

// A text layer's text with plain line ends and without the invisible
// characters PDF writers leave (zero-width spaces, soft hyphens).
QString plainText(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.remove(QChar(0x200B)).remove(QChar(0xFEFF)).remove(QChar(0x00AD)).remove(QChar(0x0002));
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text;
}

QString fileLabel(const QString &fileName)
{
    return QStringLiteral("“%1”").arg(fileName);
}

// Whether an image has a page's proportions and size rather than a card's or a photo's.
bool pageShaped(const QSize &size)
{
    const double tall = double(qMax(size.width(), size.height()));
    const double wide = double(qMin(size.width(), size.height()));
    // From A4 and Letter (1.29–1.41) to Legal (1.65).
    return wide > 0 && tall / wide > 1.2 && tall / wide < 1.75 && tall >= 1400;
}

// A page drawn at `dpi` with the text of its text layer painted over: what
// is left are its pictures.
QImage withoutText(QImage image, const QPdfSelection &text, int dpi)
{
    QPainter painter(&image);
    painter.setPen(QPen(Qt::white, 4));
    painter.setBrush(Qt::white);
    painter.scale(dpi / 72.0, dpi / 72.0);
    for (const QPolygonF &line : text.bounds())
        painter.drawPolygon(line);
    painter.end();
    return image;
}

// Where an image has anything drawn (pixels clearly darker than paper),
// with a margin; empty for a blank image.
QRect inkBounds(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    constexpr int kStep = 2;
    constexpr int kPaper = 200;
    int left = gray.width(), top = gray.height(), right = -1, bottom = -1;
    for (int y = 0; y < gray.height(); y += kStep) {
        const uchar *line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); x += kStep) {
            if (line[x] >= kPaper)
                continue;
            left = std::min(left, x);
            right = std::max(right, x);
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    if (right < 0)
        return {};
    constexpr int kMargin = 24;
    return QRect(QPoint(left, top), QPoint(right, bottom)).adjusted(-kMargin, -kMargin, kMargin, kMargin).intersected(image.rect());
}

// A scanned page with the words of its text painted over: those OCR read
// surely, short, with small letters and no filler, which no zone has.
QImage withoutWords(QImage image, const OcrPage &read)
{
    QPainter painter(&image);
    for (const OcrWord &word : read.words) {
        if (word.confidence < 80 || word.length > 20)
            continue;
        const QStringView text = QStringView(read.text).mid(word.offset, word.length);
        if (text.contains(QLatin1Char('<')) || std::count_if(text.begin(), text.end(), [](QChar c) { return c.isLower(); }) < 2)
            continue;
        painter.fillRect(word.box.adjusted(-2, -2, 2, 2), Qt::white);
    }
    painter.end();
    return image;
}

} // namespace

QString ReadDocument::text() const
{
    QStringList texts;
    for (const ReadPage &page : pages)
        texts << page.text;
    return texts.join(QLatin1Char('\f'));
}

qsizetype ReadDocument::pageOffset(int index) const
{
    qsizetype offset = 0;
    for (int i = 0; i < index && i < pages.size(); ++i)
        offset += pages.at(i).text.size() + 1;
    return offset;
}

int ReadDocument::idPageIndex() const
{
    int best = -1;
    for (int i = 0; i < pages.size(); ++i) {
        const std::optional<MrzData> &zone = pages.at(i).zone;
        if (!zone)
            continue;
        if (best < 0 || zone->betterThan(*pages.at(best).zone))
            best = i;
    }
    return best;
}

DocumentReader::DocumentReader() = default;
DocumentReader::~DocumentReader() = default;

OcrEngine &DocumentReader::pageEngine()
{
    if (!m_page)
        m_page = std::make_unique<OcrEngine>(OcrEngine::Purpose::Page);
    return *m_page;
}

OcrEngine &DocumentReader::zoneEngine()
{
    if (!m_zone)
        m_zone = std::make_unique<OcrEngine>(OcrEngine::Purpose::ZoneLine);
    return *m_zone;
}

QString DocumentReader::sniffMediaType(const QByteArray &head)
{
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (head.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    if (head.startsWith(QByteArrayLiteral("II*\0")) || head.startsWith(QByteArrayLiteral("MM\0*")))
        return QStringLiteral("image/tiff");
    // PDF readers accept the header anywhere in the first kilobyte.
    if (head.left(1024).contains("%PDF-"))
        return QStringLiteral("application/pdf");
    return {};
}

Result<ReadDocument> DocumentReader::read(const QString &path)
{
    const QFileInfo info(path);
    const QString name = fileLabel(info.fileName());
    if (!info.exists())
        return Error{tr("%1 does not exist.").arg(name)};
    if (info.isDir())
        return Error{tr("%1 is a folder, not a document.").arg(name)};
    if (Status s = checkSize(info.fileName(), info.size()); !s)
        return s.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("%1 cannot be opened: %2").arg(name, file.errorString())};
    const QByteArray content = file.readAll();
    if (content.size() != info.size())
        return Error{tr("%1 could not be read whole: %2").arg(name, file.errorString())};
    return read(info.fileName(), content);
}

Status DocumentReader::checkSize(const QString &fileName, qint64 size)
{
    const QString name = fileLabel(fileName);
    if (size == 0)
        return Error{tr("%1 is empty.").arg(name)};
    if (size > kLargestFile)
        return Error{tr("%1 is %2 MB: documents of more than %3 MB are not imported.")
                         .arg(name)
                         .arg(size / (1024 * 1024))
                         .arg(kLargestFile / (1024 * 1024))};
    return success();
}

Result<ReadDocument> DocumentReader::read(const QString &fileName, const QByteArray &content)
{
    if (Status s = checkSize(fileName, content.size()); !s)
        return s.error();
    ReadDocument document;
    document.fileName = fileName;
    document.content = content;
    document.mediaType = sniffMediaType(document.content.left(1024));
    if (document.mediaType.isEmpty()) {
        const QString name = fileLabel(fileName);
        const QString suffix = QFileInfo(fileName).suffix().toLower();
        static const QStringList kNamed{QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("jpg"),
                                        QStringLiteral("jpeg"), QStringLiteral("tif"), QStringLiteral("tiff")};
        if (kNamed.contains(suffix))
            return Error{tr("%1 is named like a .%2 file but its content is not one: it cannot be imported.")
                             .arg(name, suffix)};
        return Error{tr("%1 is neither a PDF nor an image (PNG, JPEG, TIFF): it cannot be imported.").arg(name)};
    }
    if (document.mediaType == QLatin1String("application/pdf"))
        return readPdf(std::move(document));
    return readImage(std::move(document));
}

Result<ReadDocument> DocumentReader::readPdf(ReadDocument document)
{
    const QString name = fileLabel(document.fileName);
    // Read from memory: a copy decrypted for reading never touches the disk.
    QByteArray bytes = document.content;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument pdf;
    pdf.load(&buffer);
    switch (pdf.error()) {
    case QPdfDocument::Error::None:
        break;
    case QPdfDocument::Error::IncorrectPassword:
        return Error{tr("%1 is protected by a password. Save a copy without the password, then import that copy.")
                         .arg(name)};
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return Error{tr("%1 is encrypted in a way that cannot be read.").arg(name)};
    default:
        return Error{tr("%1 is damaged or incomplete: it cannot be read as a PDF.").arg(name)};
    }
    const int pages = pdf.pageCount();
    if (pages <= 0)
        return Error{tr("%1 has no page.").arg(name)};
    if (pages > kMostPages)
        return Error{tr("%1 has %2 pages: at most %3 pages are imported at once. Import the letter and the "
                        "identity document on their own.")
                         .arg(name)
                         .arg(pages)
                         .arg(kMostPages)};
    for (int i = 0; i < pages; ++i) {
        if (cancelled())
            return Error{tr("The reading was cancelled.")};
        const QString layer = plainText(pdf.getAllText(i).text());
        const bool hasText = letters(layer) >= kFewestLetters;
        std::optional<MrzData> zoneInText;
        if (hasText && layer.contains(QStringLiteral("<<")))
            zoneInText = findMrz(layer);
        if (hasText && zoneInText) {
            ReadPage page;
            page.number = i + 1;
            page.text = layer;
            page.zone = zoneInText;
            document.pages << page;
            continue;
        }
        // Every other page is drawn as a scanner would see it and searched
        // for a zone (a scanned passport beside a caption, a photo pasted
        // in a letter); a page without text is read by OCR too.
        const Result<QImage> image = renderScan(pdf, i, name);
        if (!image)
            return image.error();
        if (!pageEngine().isReady() || !zoneEngine().isReady())
            return Error{tr("The OCR engine (Tesseract) could not start: its French and English data may be "
                            "missing.")};
        if (hasText) {
            ReadPage page;
            page.number = i + 1;
            page.text = layer;
            // The zone can only be where the text layer is not: searched
            // there, cut to what is drawn.
            const QImage pictures = withoutText(image.value(), pdf.getAllText(i), kScanDpi);
            if (const QRect drawn = inkBounds(pictures); !drawn.isEmpty())
                page.zone = readMrzFromImage(pictures.copy(drawn), zoneEngine(), m_cancel);
            if (page.zone) {
                page.image = image.value();
                page.imageDpi = kScanDpi;
            }
            document.pages << page;
        } else {
            document.pages << readScan(image.value(), i + 1, true, kScanDpi);
        }
        if (m_progress)
            m_progress(i + 1, pages);
    }
    if (cancelled())
        return Error{tr("The reading was cancelled.")};
    // The letter is kept without its identity page: the other pages as pictures.
    if (document.idPageIndex() >= 0) {
        constexpr int kKeptDpi = 150;
        for (ReadPage &page : document.pages) {
            if (!page.image.isNull())
                continue;
            const QSizeF points = pdf.pagePointSize(page.number - 1);
            page.image = pdf.render(page.number - 1,
                                    QSize(qRound(points.width() * kKeptDpi / 72.0), qRound(points.height() * kKeptDpi / 72.0)));
            page.imageDpi = kKeptDpi;
        }
    }
    return document;
}

Result<QImage> DocumentReader::renderScan(QPdfDocument &pdf, int index, const QString &name)
{
    const QSizeF points = pdf.pagePointSize(index);
    QSize size(qRound(points.width() * kScanDpi / 72.0), qRound(points.height() * kScanDpi / 72.0));
    const double pixels = double(size.width()) * size.height();
    if (pixels > double(kMostPixels))
        size = (QSizeF(size) * std::sqrt(double(kMostPixels) / pixels)).toSize();
    // Scans stretched smoothly (halftone), as a scanner would have seen them.
    QPdfDocumentRenderOptions options;
    options.setRenderFlags(QPdfDocumentRenderOptions::RenderFlag::ForceHalftone);
    const QImage drawn = pdf.render(index, size, options);
    if (drawn.isNull())
        return Error{tr("Page %1 of %2 cannot be drawn: the file may be damaged.").arg(index + 1).arg(name)};
    // On paper: what the page leaves transparent is white, not black.
    QImage image(drawn.size(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.drawImage(0, 0, drawn);
    painter.end();
    return image;
}

Result<ReadDocument> DocumentReader::readImage(ReadDocument document)
{
    const QString name = fileLabel(document.fileName);
    QBuffer buffer(&document.content);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    // The size comes from the header: an image too large is refused before it is decoded.
    const QSize size = reader.size();
    if (!size.isValid())
        return Error{tr("%1 cannot be read as an image: %2").arg(name, reader.errorString())};
    if (double(size.width()) * size.height() > double(kMostPixels))
        return Error{tr("%1 is %2 × %3 pixels: images of more than %4 million pixels are not read. Scan the "
                        "document again at 300 dpi.")
                         .arg(name)
                         .arg(size.width())
                         .arg(size.height())
                         .arg(kMostPixels / 1'000'000)};
    const int frames = qMax(1, reader.imageCount());
    if (frames > kMostPages)
        return Error{tr("%1 has %2 pages: at most %3 pages are imported at once.").arg(name).arg(frames).arg(kMostPages)};
    if (!pageEngine().isReady() || !zoneEngine().isReady())
        return Error{tr("The OCR engine (Tesseract) could not start: its French and English data may be missing.")};
    for (int i = 0; i < frames; ++i) {
        if (cancelled())
            return Error{tr("The reading was cancelled.")};
        if (i > 0 && !reader.jumpToNextImage())
            break;
        if (double(reader.size().width()) * reader.size().height() > double(kMostPixels))
            return Error{tr("Page %1 of %2 is too large to read.").arg(i + 1).arg(name)};
        const QImage image = reader.read();
        if (image.isNull())
            return Error{tr("%1 cannot be read as an image: %2").arg(name, reader.errorString())};
        // The resolution the scanner wrote down, when it is believable.
        const int written = qRound(image.dotsPerMeterX() * 0.0254);
        const int dpi = written >= 150 && written <= 1200 ? written : kScanDpi;
        document.pages << readScan(image, i + 1, pageShaped(image.size()), dpi);
        if (m_progress)
            m_progress(i + 1, frames);
    }
    if (cancelled())
        return Error{tr("The reading was cancelled.")};
    return document;
}

QStringList DocumentReader::rereadLine(const ReadPage &page, const QRect &box)
{
    if (!page.byOcr || page.image.isNull() || box.isEmpty() || !pageEngine().isReady())
        return {};
    // The line across the page, with half a line's margin above and below.
    const int margin = box.height() / 2;
    const QRect band = QRect(0, box.top() - margin, page.image.width(), box.height() + 2 * margin)
                           .intersected(page.image.rect());
    if (band.isEmpty())
        return {};
    const GrayImage line = evenLighting(GrayImage::fromImage(page.image.copy(band)));
    // Print about 48 pixels high, twice what a 300-dpi page gives.
    const double scale = std::clamp(48.0 / std::max(1, box.height()), 1.0, 4.0);
    const GrayImage larger = line.scaled(int(line.width * scale), int(line.height * scale));
    // Faint print made as dark as the rest: the ink's distance from the
    // white ground tripled.
    GrayImage darker = larger;
    for (std::uint8_t &p : darker.pixels)
        p = std::uint8_t(std::max(0, 255 - 3 * (255 - int(p))));
    QStringList readings;
    readings << pageEngine().readTextLine(larger);
    readings << pageEngine().readTextLine(darker);
    readings << pageEngine().readTextLine(sauvola(larger, int(box.height() * scale) | 1, 0.2));
    readings.removeAll(QString());
    return readings;
}

ReadPage DocumentReader::readScan(const QImage &image, int number, bool looksLikePage, int dpi)
{
    ReadPage page;
    page.number = number;
    page.byOcr = true;
    page.image = image;
    page.imageDpi = dpi;
    // Every image is searched for a zone, whatever its shape (a photo of a
    // passport may have a page's proportions). A card or a photo first: one
    // whose zone verifies has no page to read.
    if (!looksLikePage) {
        page.zone = readMrzFromImage(image, zoneEngine(), m_cancel);
        if (page.zone && page.zone->isValid()) {
            page.confidence = 0;
            return page;
        }
    }
    const OcrPage read = pageEngine().readPage(image, dpi);
    page.text = read.text;
    page.words = read.words;
    page.confidence = read.confidence;
    // A page: searched where its words are not a letter's (a zone has no
    // small letters), which spares the reading of every line of text.
    if (looksLikePage && !cancelled())
        page.zone = readMrzFromImage(withoutWords(image, read), zoneEngine(), m_cancel);
    if (!page.zone && read.text.contains(QStringLiteral("<<"))) {
        page.zone = findMrz(read.text);
        if (page.zone)
            page.zone->numberConfirmed = false; // read once, with the page
    }
    return page;
}

} // namespace pc::intake
