#include "MrzReader.h"

#include "GrayImage.h"
#include "MrzLocator.h"
#include "Ocr.h"

#include <algorithm>
#include <cmath>

namespace pc::intake {
namespace {

// The bands are looked for on a copy this wide.
constexpr int kWorkingWidth = 1000;
// Bands read, best first, and the margins of a line's strip in line heights.
constexpr std::size_t kMostBands = 6;
constexpr double kStripHalfHeight = 0.75;
constexpr double kStripMargin = 2.5;
constexpr int kStripBorder = 12;

// How a band's lines are rendered for Tesseract, tried in this order:
// character height in pixels, binarised or grey, horizontal stretch.
struct Rendering
{
    double height;
    bool binarised;
    double stretch;
};

constexpr Rendering kRenderings[] = {{32, false, 1.3}, {32, true, 1.3}, {24, false, 1.0},
                                     {32, true, 1.0},  {44, false, 1.3}, {32, false, 1.0}};

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

std::optional<MrzData> better(const std::optional<MrzData> &a, const std::optional<MrzData> &b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return b->betterThan(*a) ? b : a;
}

std::optional<MrzData> readZone(const GrayImage &source, const ZoneCandidate &zone, OcrEngine &engine,
                                const std::atomic_bool *cancel)
{
    QList<QStringList> readings(qsizetype(zone.lines.size()));
    std::optional<MrzData> best;
    int rendered = 0;
    for (const Rendering &rendering : kRenderings) {
        if (cancelled(cancel))
            break;
        const double scale = rendering.height / zone.lineHeight;
        const double margin = kStripMargin * zone.lineHeight;
        for (std::size_t i = 0; i < zone.lines.size(); ++i) {
            GrayImage line = stretched(strip(source, zone.angle, zone.t0 - margin, zone.t1 + margin, zone.lines[i],
                                             kStripHalfHeight * zone.lineHeight, scale, rendering.stretch));
            if (rendering.binarised)
                line = sauvola(line, int(rendering.height * 1.5) | 1, 0.2);
            line = padded(line, kStripBorder, rendering.binarised ? 255 : percentile(line, 0.9));
            readings[qsizetype(i)] << engine.readLine(line);
        }
        ++rendered;
        // A reading that verifies only after corrections is read again
        // otherwise: another rendering may give it without them.
        best = better(best, parseMrzReadings(readings, zone.aspect()));
        if (best && best->isSure() && best->repairs == 0)
            break;
        // Not worth more renderings: fewer than half the digits after three,
        // or no filler at all in the first (not a zone, or upside down).
        if (rendered == 3 && (!best || best->validChecks * 2 < best->checks))
            break;
        if (rendered == 1) {
            qsizetype fillers = 0;
            for (const QStringList &line : std::as_const(readings))
                fillers += line.constFirst().count(QLatin1Char('<'));
            if (fillers < 3 && (!best || best->validChecks == 0))
                break;
        }
    }
    return best;
}

// A reading most of whose digits fail is print that is not a zone.
std::optional<MrzData> unlessNoise(const std::optional<MrzData> &read)
{
    if (read && (read->isValid() || (read->validChecks >= 2 && read->validChecks * 2 >= read->checks)))
        return read;
    return std::nullopt;
}

} // namespace

std::optional<MrzData> readMrzFromImage(const QImage &image, OcrEngine &engine, const std::atomic_bool *cancel)
{
    const GrayImage source = GrayImage::fromImage(image);
    if (source.isNull() || source.width < 64 || source.height < 32)
        return std::nullopt;
    const double factor = double(kWorkingWidth) / source.width;
    const GrayImage work = source.scaled(kWorkingWidth, std::max(1, int(std::lround(source.height * factor))));
    std::optional<MrzData> best;
    // Lines across the image first; running up or down only when none reads.
    for (bool vertical : {false, true}) {
        const std::vector<ZoneCandidate> zones = zoneCandidates(findTextLines(work, vertical), 1.0 / factor);
        for (std::size_t z = 0; z < zones.size() && z < kMostBands; ++z) {
            for (const ZoneCandidate &zone : {zones[z], zones[z].turned()}) {
                if (cancelled(cancel))
                    return unlessNoise(best);
                best = better(best, readZone(source, zone, engine, cancel));
                if (best && best->isSure())
                    return best;
            }
        }
    }
    return unlessNoise(best);
}

} // namespace pc::intake
