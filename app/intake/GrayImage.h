#pragma once

#include <QImage>

#include <cstdint>
#include <vector>

namespace pc::intake {

// An 8-bit grey image in a plain buffer: what the zone finder and the OCR
// engine work on, row after row without padding.
struct GrayImage
{
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels;

    GrayImage() = default;
    GrayImage(int w, int h, std::uint8_t value = 0)
        : width(w), height(h), pixels(std::size_t(w) * std::size_t(h), value)
    {
    }

    bool isNull() const { return width <= 0 || height <= 0; }
    std::uint8_t at(int x, int y) const { return pixels[std::size_t(y) * std::size_t(width) + std::size_t(x)]; }
    std::uint8_t &at(int x, int y) { return pixels[std::size_t(y) * std::size_t(width) + std::size_t(x)]; }

    // Transparent parts become white (scans and photos saved with an alpha channel).
    static GrayImage fromImage(const QImage &image);
    QImage toImage() const;
    GrayImage scaled(int newWidth, int newHeight) const;
};

// The image processing below is Leptonica's (the library Tesseract reads
// images with); these functions only carry the pixels across.

// Dark thin structures made bright: the closing of the image (a square of
// `kernel` pixels, odd) minus the image, the "black-hat".
GrayImage blackHat(const GrayImage &image, int kernel);

// The grey level that best splits a histogram of 256 bins in two (Otsu's
// criterion): the last level of the darker class.
int otsuThreshold(const std::vector<double> &histogram);

// A binary mask (0 or 255) closed, then opened, by rectangles: marks joined
// along a line, then the bridges thinner than `open` cut.
GrayImage closedThenOpened(const GrayImage &mask, int closeWidth, int closeHeight, int openWidth, int openHeight);

// The 8-connected components of a binary mask, each as the positions
// (y * width + x) of its pixels.
std::vector<std::vector<int>> components(const GrayImage &mask);

// Sauvola's local threshold (window in pixels, k around 0.2): black text, white ground.
GrayImage sauvola(const GrayImage &image, int window, double k);

// The lighting made even: the background (estimated by tiles) brought to
// white, so that a shadow across a photographed page darkens no text
// into its ground.
GrayImage evenLighting(const GrayImage &image);

// The grey level below which a share q (0–1) of the pixels lie.
std::uint8_t percentile(const GrayImage &image, double q);

// Contrast stretched so that the darkest and lightest 1 % saturate.
GrayImage stretched(const GrayImage &image);
GrayImage padded(const GrayImage &image, int border, std::uint8_t value);

// A rotated rectangle of an image, sampled bilinearly: from t0 to t1 along
// the direction `angle` (radians), `halfHeight` either side of the line at
// distance p along its normal; `scale` output pixels per source pixel,
// `xStretch` more along the line. Outside the image is white.
GrayImage strip(const GrayImage &source, double angle, double t0, double t1, double p, double halfHeight,
                double scale, double xStretch);

} // namespace pc::intake
