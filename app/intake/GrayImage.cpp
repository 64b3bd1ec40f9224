#include "GrayImage.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace pc::intake {
namespace {

// A running minimum or maximum over k neighbours along one direction.
void filterLine(const std::uint8_t *in, std::uint8_t *out, int count, int stride, int k, bool maximum)
{
    const int before = k / 2;
    for (int i = 0; i < count; ++i) {
        const int from = std::max(0, i - before);
        const int to = std::min(count - 1, i + (k - 1 - before));
        std::uint8_t value = in[std::size_t(from) * std::size_t(stride)];
        for (int j = from + 1; j <= to; ++j) {
            const std::uint8_t v = in[std::size_t(j) * std::size_t(stride)];
            value = maximum ? std::max(value, v) : std::min(value, v);
        }
        out[std::size_t(i) * std::size_t(stride)] = value;
    }
}

GrayImage rectangleFilter(const GrayImage &image, int kernelWidth, int kernelHeight, bool maximum)
{
    GrayImage across = image;
    if (kernelWidth > 1) {
        for (int y = 0; y < image.height; ++y) {
            const std::size_t row = std::size_t(y) * std::size_t(image.width);
            filterLine(&image.pixels[row], &across.pixels[row], image.width, 1, kernelWidth, maximum);
        }
    }
    GrayImage result = across;
    if (kernelHeight > 1) {
        for (int x = 0; x < image.width; ++x)
            filterLine(&across.pixels[std::size_t(x)], &result.pixels[std::size_t(x)], image.height, image.width,
                       kernelHeight, maximum);
    }
    return result;
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

GrayImage dilated(const GrayImage &image, int kernelWidth, int kernelHeight)
{
    return rectangleFilter(image, kernelWidth, kernelHeight, true);
}

GrayImage eroded(const GrayImage &image, int kernelWidth, int kernelHeight)
{
    return rectangleFilter(image, kernelWidth, kernelHeight, false);
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

int otsuThreshold(const std::vector<double> &histogram)
{
    double total = 0;
    double sum = 0;
    for (int i = 0; i < 256; ++i) {
        total += histogram[std::size_t(i)];
        sum += i * histogram[std::size_t(i)];
    }
    double weightBelow = 0;
    double sumBelow = 0;
    double best = -1;
    int threshold = 128;
    for (int t = 0; t < 256; ++t) {
        weightBelow += histogram[std::size_t(t)];
        if (weightBelow == 0)
            continue;
        const double weightAbove = total - weightBelow;
        if (weightAbove == 0)
            break;
        sumBelow += t * histogram[std::size_t(t)];
        const double meanBelow = sumBelow / weightBelow;
        const double meanAbove = (sum - sumBelow) / weightAbove;
        const double between = weightBelow * weightAbove * (meanBelow - meanAbove) * (meanBelow - meanAbove);
        if (between > best) {
            best = between;
            threshold = t;
        }
    }
    return threshold;
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
    const int w = image.width;
    const int h = image.height;
    const std::size_t stride = std::size_t(w) + 1;
    std::vector<double> sums(stride * std::size_t(h + 1), 0);
    std::vector<double> squares(stride * std::size_t(h + 1), 0);
    for (int y = 0; y < h; ++y) {
        double row = 0;
        double rowSquares = 0;
        for (int x = 0; x < w; ++x) {
            const double v = image.at(x, y);
            row += v;
            rowSquares += v * v;
            sums[std::size_t(y + 1) * stride + std::size_t(x + 1)] = sums[std::size_t(y) * stride + std::size_t(x + 1)] + row;
            squares[std::size_t(y + 1) * stride + std::size_t(x + 1)] =
                squares[std::size_t(y) * stride + std::size_t(x + 1)] + rowSquares;
        }
    }
    GrayImage result(w, h);
    const int radius = window / 2;
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const int x0 = std::max(0, x - radius);
            const int x1 = std::min(w, x + radius + 1);
            const int y0 = std::max(0, y - radius);
            const int y1 = std::min(h, y + radius + 1);
            const double n = double(x1 - x0) * double(y1 - y0);
            auto area = [&](const std::vector<double> &table) {
                return table[std::size_t(y1) * stride + std::size_t(x1)] - table[std::size_t(y0) * stride + std::size_t(x1)]
                    - table[std::size_t(y1) * stride + std::size_t(x0)] + table[std::size_t(y0) * stride + std::size_t(x0)];
            };
            const double mean = area(sums) / n;
            const double deviation = std::sqrt(std::max(0.0, area(squares) / n - mean * mean));
            const double threshold = mean * (1 + k * (deviation / 128.0 - 1));
            result.at(x, y) = image.at(x, y) > threshold ? 255 : 0;
        }
    }
    return result;
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
