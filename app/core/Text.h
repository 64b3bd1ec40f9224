#pragma once

#include <QString>

namespace pc::text {

// `text` with its accents taken off the letters ("Île de Man" -> "Ile de
// Man"), for comparing what people write by hand.
QString withoutAccents(const QString &text);

} // namespace pc::text
