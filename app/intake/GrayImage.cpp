#include "GrayImage.h"

#include <QPainter>

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

namespace pc::intake {
namespace {

struct PixDeleter
{
    void operator()(PIX *pix) const { pixDestroy(&pix); }
};
using PixPtr = std::unique_ptr<PIX, PixDeleter>;

struct NumaDeleter
{
    void operator()(NUMA *numa) const { numaDestroy(&numa); }
};

// The same pixels as Leptonica's 8-bit image.
PixPtr toPix(const GrayImage &image)
{
    PixPtr pix(pixCreate(image.width, image.height, 8));
    if (!pix)
        return pix;
    l_uint32 *data = pixGetData(pix.get());
    const l_int32 words = pixGetWpl(pix.get());
    for (int y = 0; y < image.height; ++y) {
        l_uint32 *line = data + std::ptrdiff_t(y) * words;
        for (int x = 0; x < image.width; ++x)
            SET_DATA_BYTE(line, x, image.at(x, y));
    }
    return pix;
}

// A binary mask (non-zero: on) as Leptonica's 1-bit image.
PixPtr toBinaryPix(const GrayImage &mask)
{
    PixPtr pix(pixCreate(mask.width, mask.height, 1));
    if (!pix)
        return pix;
    l_uint32 *data = pixGetData(pix.get());
    const l_int32 words = pixGetWpl(pix.get());
    for (int y = 0; y < mask.height; ++y) {
        l_uint32 *line = data + std::ptrdiff_t(y) * words;
        for (int x = 0; x < mask.width; ++x) {
            if (mask.at(x, y))
                SET_DATA_BIT(line, x);
        }
    }
    return pix;
}

// Back from an 8-bit image, or from a 1-bit one with `on` and `off` levels.
GrayImage fromPix(PIX *pix, std::uint8_t on = 255, std::uint8_t off = 0)
{
    if (!pix)
        return {};
    const int depth = pixGetDepth(pix);
    GrayImage image(pixGetWidth(pix), pixGetHeight(pix));
    const l_uint32 *data = pixGetData(pix);
    const l_int32 words = pixGetWpl(pix);
    for (int y = 0; y < image.height; ++y) {
        const l_uint32 *line = data + std::ptrdiff_t(y) * words;
        for (int x = 0; x < image.width; ++x)
            image.at(x, y) = depth == 1 ? (GET_DATA_BIT(line, x) ? on : off) : std::uint8_t(GET_DATA_BYTE(line, x));
    }
    return image;
}

} // namespace

GrayImage GrayImage::fromImage(const QImage &source)
{
    if (source.isNull())
        return {};
    QImage image = source;
    if (image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        image = flat;
    }
    image = image.convertToFormat(QImage::Format_Grayscale8);
    GrayImage gray(image.width(), image.height());
    for (int y = 0; y < gray.height; ++y)
        std::memcpy(&gray.pixels[std::size_t(y) * std::size_t(gray.width)], image.constScanLine(y),
                    std::size_t(gray.width));
    return gray;
}

QImage GrayImage::toImage() const
{
    QImage image(width, height, QImage::Format_Grayscale8);
    for (int y = 0; y < height; ++y)
        std::memcpy(image.scanLine(y), &pixels[std::size_t(y) * std::size_t(width)], std::size_t(width));
    return image;
}

GrayImage GrayImage::scaled(int newWidth, int newHeight) const
{
    return fromImage(toImage().scaled(newWidth, newHeight, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
}

std::uint8_t percentile(const GrayImage &image, double q)
{
    std::vector<std::size_t> histogram(256, 0);
    for (std::uint8_t v : image.pixels)
        ++histogram[v];
    const auto limit = std::size_t(q * double(image.pixels.size()));
    std::size_t seen = 0;
    for (int i = 0; i < 256; ++i) {
        seen += histogram[std::size_t(i)];
        if (seen >= limit)
            return std::uint8_t(i);
    }
    return 255;
}

GrayImage blackHat(const GrayImage &image, int kernel)
{
    const PixPtr pix = toPix(image);
    const PixPtr hat(pix ? pixTophat(pix.get(), kernel, kernel, L_TOPHAT_BLACK) : nullptr);
    return hat ? fromPix(hat.get()) : GrayImage(image.width, image.height);
}

int otsuThreshold(const std::vector<double> &histogram)
{
    const std::unique_ptr<NUMA, NumaDeleter> numa(numaCreate(int(histogram.size())));
    for (const double count : histogram)
        numaAddNumber(numa.get(), l_float32(count));
    l_int32 split = 128;
    if (numaSplitDistribution(numa.get(), 0.0, &split, nullptr, nullptr, nullptr, nullptr, nullptr) != 0)
        return 128;
    return split;
}

GrayImage closedThenOpened(const GrayImage &mask, int closeWidth, int closeHeight, int openWidth, int openHeight)
{
    const PixPtr pix = toBinaryPix(mask);
    // "Safe": no pixel lost at the image's edges, as if the image went on.
    const PixPtr closed(pix ? pixCloseSafeBrick(nullptr, pix.get(), closeWidth, closeHeight) : nullptr);
    const PixPtr opened(closed ? pixOpenBrick(nullptr, closed.get(), openWidth, openHeight) : nullptr);
    return opened ? fromPix(opened.get()) : GrayImage(mask.width, mask.height);
}

std::vector<std::vector<int>> components(const GrayImage &mask)
{
    std::vector<std::vector<int>> found;
    const PixPtr pix = toBinaryPix(mask);
    if (!pix)
        return found;
    PIXA *pieces = nullptr;
    BOXA *boxes = pixConnComp(pix.get(), &pieces, 8);
    const int count = pieces ? pixaGetCount(pieces) : 0;
    for (int i = 0; i < count; ++i) {
        const PixPtr piece(pixaGetPix(pieces, i, L_CLONE));
        l_int32 left = 0, top = 0, width = 0, height = 0;
        if (!piece || pixaGetBoxGeometry(pieces, i, &left, &top, &width, &height) != 0)
            continue;
        std::vector<int> members;
        const l_uint32 *data = pixGetData(piece.get());
        const l_int32 words = pixGetWpl(piece.get());
        for (int y = 0; y < height; ++y) {
            const l_uint32 *line = data + std::ptrdiff_t(y) * words;
            for (int x = 0; x < width; ++x) {
                if (GET_DATA_BIT(line, x))
                    members.push_back((top + y) * mask.width + left + x);
            }
        }
        found.push_back(std::move(members));
    }
    pixaDestroy(&pieces);
    boxaDestroy(&boxes);
    return found;
}

GrayImage stretched(const GrayImage &image)
{
    std::vector<std::size_t> histogram(256, 0);
    for (std::uint8_t v : image.pixels)
        ++histogram[v];
    const double limit = double(image.pixels.size()) * 0.01;
    std::size_t seen = 0;
    int low = 0;
    for (int i = 0; i < 256; ++i) {
        seen += histogram[std::size_t(i)];
        if (double(seen) >= limit) {
            low = i;
            break;
        }
    }
    seen = 0;
    int high = 255;
    for (int i = 255; i >= 0; --i) {
        seen += histogram[std::size_t(i)];
        if (double(seen) >= limit) {
            high = i;
            break;
        }
    }
    if (high <= low + 10)
        return image;
    GrayImage result(image.width, image.height);
    for (std::size_t i = 0; i < image.pixels.size(); ++i)
        result.pixels[i] = std::uint8_t(std::clamp((image.pixels[i] - low) * 255 / (high - low), 0, 255));
    return result;
}

GrayImage sauvola(const GrayImage &image, int window, double k)
{
    // The window may be taller than a line of text: the image is continued
    // beyond its edges (their pixels repeated), by what Leptonica's windowed
    // means take off each side, so that the result has the image's size.
    const int half = std::max(2, window / 2);
    const int border = half + 1;
    const PixPtr pix = toPix(image);
    const PixPtr bordered(pix ? pixAddContinuedBorder(pix.get(), border, border, border, border) : nullptr);
    PIX *binary = nullptr;
    if (!bordered || pixSauvolaBinarize(bordered.get(), half, l_float32(k), 0, nullptr, nullptr, nullptr, &binary) != 0)
        return image;
    const PixPtr result(binary);
    if (pixGetWidth(result.get()) != image.width || pixGetHeight(result.get()) != image.height)
        return image;
    return fromPix(result.get(), 0, 255);
}

GrayImage evenLighting(const GrayImage &image)
{
    const PixPtr pix = toPix(image);
    const PixPtr even(pix ? pixBackgroundNormSimple(pix.get(), nullptr, nullptr) : nullptr);
    if (!even || pixGetDepth(even.get()) != 8)
        return image;
    return fromPix(even.get());
}

GrayImage padded(const GrayImage &image, int border, std::uint8_t value)
{
    GrayImage result(image.width + 2 * border, image.height + 2 * border, value);
    for (int y = 0; y < image.height; ++y)
        std::memcpy(&result.pixels[std::size_t(y + border) * std::size_t(result.width) + std::size_t(border)],
                    &image.pixels[std::size_t(y) * std::size_t(image.width)], std::size_t(image.width));
    return result;
}

GrayImage strip(const GrayImage &source, double angle, double t0, double t1, double p, double halfHeight,
                double scale, double xStretch)
{
    const double c = std::cos(angle);
    const double s = std::sin(angle);
    const double along = scale * xStretch;
    const int w = std::max(8, int((t1 - t0) * along));
    const int h = std::max(8, int(2 * halfHeight * scale));
    GrayImage out(w, h, 255);
    for (int v = 0; v < h; ++v) {
        for (int u = 0; u < w; ++u) {
            const double t = t0 + (u + 0.5) / along;
            const double q = p - halfHeight + (v + 0.5) / scale;
            const double x = t * c - q * s - 0.5;
            const double y = t * s + q * c - 0.5;
            const int x0 = int(std::floor(x));
            const int y0 = int(std::floor(y));
            if (x0 < 0 || y0 < 0 || x0 + 1 >= source.width || y0 + 1 >= source.height)
                continue;
            const double fx = x - x0;
            const double fy = y - y0;
            const double value = (source.at(x0, y0) * (1 - fx) + source.at(x0 + 1, y0) * fx) * (1 - fy)
                + (source.at(x0, y0 + 1) * (1 - fx) + source.at(x0 + 1, y0 + 1) * fx) * fy;
            out.at(u, v) = std::uint8_t(std::lround(value));
        }
    }
    return out;
}

} // namespace pc::intake
