#pragma once

#include "GrayImage.h"

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace pc::intake {

// A word read on a page: where it is in the page's text and on its image.
struct OcrWord
{
    qsizetype offset = 0; // in OcrPage::text
    qsizetype length = 0;
    QRect box;            // in the image's pixels
    int confidence = 0;   // 0–100
};

struct OcrPage
{
    QString text; // lines end with '\n', paragraphs are separated by an empty line
    QList<OcrWord> words;
    int confidence = 0; // mean of the words', 0–100
};

// Tesseract, set up either for a line of a machine-readable zone (its
// alphabet only, no dictionary) or for pages of French and English print.
// One engine per thread: an engine is not shared.
class OcrEngine
{
public:
    enum class Purpose { ZoneLine, Page };

    explicit OcrEngine(Purpose purpose);
    ~OcrEngine();
    OcrEngine(const OcrEngine &) = delete;
    OcrEngine &operator=(const OcrEngine &) = delete;

    // False when Tesseract or its language data could not be loaded.
    bool isReady() const { return m_ready; }

    // One line of a zone: its characters without spaces.
    QString readLine(const GrayImage &image);
    // A page scanned or rendered at `dpi`.
    OcrPage readPage(const QImage &image, int dpi);
    // One line of print (a page engine's), as words separated by spaces.
    QString readTextLine(const GrayImage &image);

    static QString version();

private:
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    Purpose m_purpose;
    bool m_ready = false;
};

} // namespace pc::intake
