#pragma once

#include "Mrz.h"

#include <QImage>

#include <atomic>
#include <optional>

namespace pc::intake {

class OcrEngine;

// Finds the machine-readable zone on a photo or scan of an identity
// document, whichever way up, and reads it: each candidate band is read by
// Tesseract in several renderings until its check digits verify. Nothing
// when no band reads as a zone. `engine` must be a ZoneLine engine;
// `cancel`, when set, stops between readings.
std::optional<MrzData> readMrzFromImage(const QImage &image, OcrEngine &engine,
                                        const std::atomic_bool *cancel = nullptr);

} // namespace pc::intake
