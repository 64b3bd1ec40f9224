#include "MrzLocator.h"

#include <algorithm>
#include <cmath>

namespace pc::intake {
namespace {

constexpr double kPi = 3.14159265358979323846;

// The black-hat kernel, the closing along the text and the smallest line,
// as shares of the working width; the smallest black-hat contrast.
constexpr double kBlackHatKernel = 0.018;
constexpr double kClosingLength = 0.022;
constexpr double kShortestLine = 0.18;
constexpr double kThinnestAspect = 8.0;
constexpr int kWeakestContrast = 25;

// The difference between two undirected axes, 0 to π/2.
double axisDifference(double a, double b)
{
    const double d = std::fmod(std::fabs(a - b), kPi);
    return std::min(d, kPi - d);
}

// A line projected on a candidate's axis, in source coordinates.
struct Projected
{
    double t0;
    double t1;
    double p;
    double height;
};

// Whether b, below a, may be the next line of the same zone.
bool compatible(const Projected &a, const Projected &b)
{
    const double height = 0.5 * (a.height + b.height);
    const double spacing = b.p - a.p;
    if (spacing < 1.1 * height || spacing > 3.6 * height)
        return false;
    if (std::max(a.height, b.height) > 1.8 * std::min(a.height, b.height))
        return false;
    const double overlap = std::min(a.t1, b.t1) - std::max(a.t0, b.t0);
    const double shorter = std::min(a.t1 - a.t0, b.t1 - b.t0);
    return overlap > 0.6 * shorter && shorter > 0.5 * std::max(a.t1 - a.t0, b.t1 - b.t0);
}

} // namespace

ZoneCandidate ZoneCandidate::turned() const
{
    ZoneCandidate flipped = *this;
    flipped.angle = angle + kPi;
    flipped.t0 = -t1;
    flipped.t1 = -t0;
    flipped.lines.clear();
    for (auto it = lines.rbegin(); it != lines.rend(); ++it)
        flipped.lines.push_back(-*it);
    return flipped;
}

std::vector<TextLine> findTextLines(const GrayImage &work, bool vertical)
{
    const int w = work.width;
    const int kernel = std::max(3, int(std::lround(kBlackHatKernel * w)) | 1);
    GrayImage mask = blackHat(work, kernel);
    std::vector<double> histogram(256, 0);
    for (const std::uint8_t v : mask.pixels)
        ++histogram[v];
    const int threshold = std::max(kWeakestContrast, otsuThreshold(histogram));
    for (std::uint8_t &v : mask.pixels)
        v = v > threshold ? 255 : 0;
    // Characters joined into lines, then thin bridges between lines cut.
    const int closing = std::max(3, int(std::lround(kClosingLength * w)));
    mask = vertical ? closedThenOpened(mask, 1, closing, 2, 1) : closedThenOpened(mask, closing, 1, 1, 2);

    std::vector<TextLine> lines;
    for (const std::vector<int> &members : components(mask)) {
        int minX = mask.width, maxX = 0, minY = mask.height, maxY = 0;
        for (const int i : members) {
            minX = std::min(minX, i % mask.width);
            maxX = std::max(maxX, i % mask.width);
            minY = std::min(minY, i / mask.width);
            maxY = std::max(maxY, i / mask.width);
        }
        if (std::max(maxX - minX, maxY - minY) + 1 < kShortestLine * w)
            continue;
        double sumX = 0;
        double sumY = 0;
        for (int i : members) {
            sumX += i % mask.width;
            sumY += i / mask.width;
        }
        const double n = double(members.size());
        const double cx = sumX / n;
        const double cy = sumY / n;
        double xx = 0, yy = 0, xy = 0;
        for (int i : members) {
            const double dx = i % mask.width - cx;
            const double dy = i / mask.width - cy;
            xx += dx * dx;
            yy += dy * dy;
            xy += dx * dy;
        }
        const double angle = 0.5 * std::atan2(2 * xy, xx - yy);
        const double degrees = std::fabs(angle * 180 / kPi);
        if ((!vertical && degrees > 25) || (vertical && degrees < 65))
            continue;
        const double c = std::cos(angle);
        const double s = std::sin(angle);
        double s0 = 1e9;
        double s1 = -1e9;
        for (int i : members) {
            const double t = (i % mask.width - cx) * c + (i / mask.width - cy) * s;
            s0 = std::min(s0, t);
            s1 = std::max(s1, t);
        }
        const double length = s1 - s0 + 1;
        const double thickness = n / length;
        if (length < kShortestLine * w || length / thickness < kThinnestAspect || thickness < 3)
            continue;
        // Pixel (x, y) covers [x, x + 1): its centre, where the source's
        // coordinates (and the strips read from them) put it, is half a pixel on.
        lines.push_back({cx + 0.5, cy + 0.5, angle, s0, s1, thickness});
    }
    return lines;
}

std::vector<ZoneCandidate> zoneCandidates(const std::vector<TextLine> &found, double toSource)
{
    std::vector<ZoneCandidate> candidates;
    for (const TextLine &seed : found) {
        const double c = std::cos(seed.angle);
        const double s = std::sin(seed.angle);
        std::vector<Projected> projected;
        for (const TextLine &line : found) {
            if (axisDifference(line.angle, seed.angle) > 4 * kPi / 180)
                continue;
            const double cx = line.cx * toSource;
            const double cy = line.cy * toSource;
            const double centre = cx * c + cy * s;
            const double p = -cx * s + cy * c;
            const double sign = (std::cos(line.angle) * c + std::sin(line.angle) * s) >= 0 ? 1 : -1;
            const double a0 = centre + sign * line.s0 * toSource;
            const double a1 = centre + sign * line.s1 * toSource;
            projected.push_back({std::min(a0, a1), std::max(a0, a1), p, line.thickness * toSource});
        }
        // Pieces of one line, cut by a photo or a fold, joined again.
        std::sort(projected.begin(), projected.end(), [](const Projected &a, const Projected &b) { return a.t0 < b.t0; });
        std::vector<Projected> merged;
        for (const Projected &line : projected) {
            bool joined = false;
            for (Projected &m : merged) {
                const double h = std::max(m.height, line.height);
                if (std::fabs(m.p - line.p) < 0.5 * h && line.t0 - m.t1 < 5 * h) {
                    const double wm = m.t1 - m.t0;
                    const double wl = line.t1 - line.t0;
                    m.p = (m.p * wm + line.p * wl) / (wm + wl);
                    m.height = (m.height * wm + line.height * wl) / (wm + wl);
                    m.t1 = std::max(m.t1, line.t1);
                    joined = true;
                    break;
                }
            }
            if (!joined)
                merged.push_back(line);
        }
        std::sort(merged.begin(), merged.end(), [](const Projected &a, const Projected &b) { return a.p < b.p; });
        for (std::size_t i = 0; i < merged.size(); ++i) {
            for (std::size_t j = i + 1; j < merged.size(); ++j) {
                if (!compatible(merged[i], merged[j]))
                    continue;
                std::vector<std::vector<const Projected *>> chains{{&merged[i], &merged[j]}};
                for (std::size_t k = j + 1; k < merged.size(); ++k) {
                    if (compatible(merged[j], merged[k])
                        && std::fabs((merged[k].p - merged[j].p) - (merged[j].p - merged[i].p)) < 0.6 * merged[j].height)
                        chains.push_back({&merged[i], &merged[j], &merged[k]});
                }
                for (const auto &chain : chains) {
                    ZoneCandidate zone;
                    zone.angle = seed.angle;
                    zone.t0 = 1e18;
                    zone.t1 = -1e18;
                    std::vector<double> heights;
                    double lengths = 0;
                    for (const Projected *line : chain) {
                        zone.t0 = std::min(zone.t0, line->t0);
                        zone.t1 = std::max(zone.t1, line->t1);
                        zone.lines.push_back(line->p);
                        heights.push_back(line->height);
                        lengths += line->t1 - line->t0;
                    }
                    std::sort(heights.begin(), heights.end());
                    zone.lineHeight = heights[heights.size() / 2];
                    // Lines of equal length, as long as 30 to 46 characters
                    // are high; bigger print first among equals.
                    const double length = zone.t1 - zone.t0;
                    const double fill = lengths / double(chain.size()) / length;
                    const double aspect = length / zone.lineHeight;
                    zone.score = fill * ((aspect > 24 && aspect < 50) ? 2.0 : 1.0) + 0.001 * zone.lineHeight;
                    candidates.push_back(zone);
                }
            }
        }
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const ZoneCandidate &a, const ZoneCandidate &b) { return a.score > b.score; });
    std::vector<ZoneCandidate> distinct;
    for (const ZoneCandidate &zone : candidates) {
        const bool seen = std::any_of(distinct.cbegin(), distinct.cend(), [&](const ZoneCandidate &other) {
            if (other.lines.size() != zone.lines.size() || axisDifference(other.angle, zone.angle) > 2 * kPi / 180)
                return false;
            for (std::size_t i = 0; i < zone.lines.size(); ++i) {
                if (std::fabs(other.lines[i] - zone.lines[i]) > 0.5 * zone.lineHeight)
                    return false;
            }
            return true;
        });
        if (!seen)
            distinct.push_back(zone);
    }
    return distinct;
}

} // namespace pc::intake
