#pragma once

#include <Qt>

namespace pc {

// Header data roles a table model answers for each column.
// True when the column holds words (names, descriptions, the labels of
// codes) that may give up width and be elided at their end; identifiers,
// dates and numbers keep what they need.
inline constexpr int kElasticColumnRole = Qt::UserRole + 40;
// True for a column shown only when the officer asks for it (in the header's
// menu): what the register can do without on a laptop's screen.
inline constexpr int kHiddenByDefaultRole = Qt::UserRole + 41;

} // namespace pc
