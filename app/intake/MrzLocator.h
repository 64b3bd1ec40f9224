#pragma once

#include "GrayImage.h"

#include <vector>

namespace pc::intake {

// A long, thin, dense line of dark print found in an image.
struct TextLine
{
    double cx = 0;         // centroid
    double cy = 0;
    double angle = 0;      // direction of the line, radians
    double s0 = 0;         // extent along it, from the centroid
    double s1 = 0;
    double thickness = 0;  // about the height of its characters
};

// Two or three parallel lines of equal length and spacing: where a
// machine-readable zone may be, in the coordinates of the source image.
struct ZoneCandidate
{
    double angle = 0;          // direction of the lines
    double t0 = 0;             // their common extent along it
    double t1 = 0;
    std::vector<double> lines; // each line's position along the normal, top first
    double lineHeight = 0;
    double score = 0;

    double aspect() const { return lineHeight > 0 ? (t1 - t0) / lineHeight : 0; }
    // The same lines read turned by 180°.
    ZoneCandidate turned() const;
};

// Lines of print in an image about 1000 pixels wide: dark strokes on a
// lighter ground (the black-hat of a closing) joined along the direction of
// writing. Lines running across the image when `vertical`.
std::vector<TextLine> findTextLines(const GrayImage &work, bool vertical);

// The chains of lines that may form a zone, best first; `toSource`
// multiplies the working image's coordinates into the source's.
std::vector<ZoneCandidate> zoneCandidates(const std::vector<TextLine> &lines, double toSource);

} // namespace pc::intake
