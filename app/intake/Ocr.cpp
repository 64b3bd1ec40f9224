#include "Ocr.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <string>
#include <vector>

namespace pc::intake {

OcrEngine::OcrEngine(Purpose purpose)
    : m_api(std::make_unique<tesseract::TessBaseAPI>())
    , m_purpose(purpose)
{
    std::vector<std::string> names;
    std::vector<std::string> values;
    if (purpose == Purpose::ZoneLine) {
        // No dictionary: a zone is not words.
        names = {"load_system_dawg", "load_freq_dawg", "load_punc_dawg",
                 "load_number_dawg", "load_unambig_dawg", "load_bigram_dawg"};
        values.assign(names.size(), "0");
    }
    // The language data where Tesseract was built to find it (or TESSDATA_PREFIX).
    const char *languages = purpose == Purpose::ZoneLine ? "eng" : "fra+eng";
    m_ready = m_api->Init(nullptr, languages, tesseract::OEM_LSTM_ONLY, nullptr, 0, &names, &values, false) == 0;
    if (!m_ready)
        return;
    m_api->SetVariable("debug_file", "/dev/null");
    // Print is dark on light: the inverted pass only doubles the time.
    m_api->SetVariable("tessedit_do_invert", "0");
    if (purpose == Purpose::ZoneLine) {
        m_api->SetVariable("tessedit_char_whitelist", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<");
        m_api->SetVariable("user_defined_dpi", "300");
        m_api->SetPageSegMode(tesseract::PSM_SINGLE_LINE);
    } else {
        m_api->SetPageSegMode(tesseract::PSM_AUTO);
    }
}

OcrEngine::~OcrEngine()
{
    if (m_ready)
        m_api->End();
}

QString OcrEngine::version()
{
    return QString::fromLatin1(tesseract::TessBaseAPI::Version());
}

QString OcrEngine::readLine(const GrayImage &image)
{
    if (!m_ready || image.isNull())
        return {};
    m_api->SetImage(image.pixels.data(), image.width, image.height, 1, image.width);
    const std::unique_ptr<char[]> text(m_api->GetUTF8Text());
    m_api->Clear();
    QString line;
    for (QChar c : QString::fromUtf8(text.get())) {
        if (!c.isSpace())
            line += c;
    }
    return line;
}

QString OcrEngine::readTextLine(const GrayImage &image)
{
    if (!m_ready || image.isNull() || m_purpose != Purpose::Page)
        return {};
    m_api->SetPageSegMode(tesseract::PSM_SINGLE_LINE);
    m_api->SetImage(image.pixels.data(), image.width, image.height, 1, image.width);
    m_api->SetSourceResolution(300);
    const std::unique_ptr<char[]> text(m_api->GetUTF8Text());
    m_api->Clear();
    m_api->SetPageSegMode(tesseract::PSM_AUTO);
    return QString::fromUtf8(text.get()).simplified();
}

OcrPage OcrEngine::readPage(const QImage &image, int dpi)
{
    OcrPage page;
    if (!m_ready || image.isNull())
        return page;
    // A shadow across a photographed page would sink its text into the
    // ground of Tesseract's single threshold: the lighting is evened first.
    const GrayImage gray = evenLighting(GrayImage::fromImage(image));
    m_api->SetImage(gray.pixels.data(), gray.width, gray.height, 1, gray.width);
    m_api->SetSourceResolution(dpi);
    if (m_api->Recognize(nullptr) != 0) {
        m_api->Clear();
        return page;
    }
    std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
    long long confidences = 0;
    if (it) {
        do {
            if (it->IsAtBeginningOf(tesseract::RIL_PARA) && !page.text.isEmpty())
                page.text += QLatin1Char('\n');
            const std::unique_ptr<char[]> word(it->GetUTF8Text(tesseract::RIL_WORD));
            const QString text = QString::fromUtf8(word.get()).trimmed();
            if (!text.isEmpty()) {
                if (!page.text.isEmpty() && !page.text.endsWith(QLatin1Char('\n')))
                    page.text += QLatin1Char(' ');
                OcrWord read;
                read.offset = page.text.size();
                read.length = text.size();
                read.confidence = qBound(0, int(it->Confidence(tesseract::RIL_WORD)), 100);
                int left = 0, top = 0, right = 0, bottom = 0;
                if (it->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom))
                    read.box = QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
                page.text += text;
                page.words << read;
                confidences += read.confidence;
            }
            if (it->IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_WORD))
                page.text += QLatin1Char('\n');
        } while (it->Next(tesseract::RIL_WORD));
    }
    m_api->Clear();
    page.confidence = page.words.isEmpty() ? 0 : int(confidences / page.words.size());
    return page;
}

} // namespace pc::intake
