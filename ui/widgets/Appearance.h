#pragma once

#include <QString>

namespace pc::appearance {

// How the window looks: as the desktop has it, or light or dark whatever
// the desktop says (Qt's Fusion style with a palette of ours). Kept in the
// settings as "system", "light" or "dark".
enum class Theme { System, Light, Dark };

QString key(Theme theme);
Theme fromKey(const QString &key);
// Applies it to the whole application; every window follows at once.
void apply(Theme theme);

} // namespace pc::appearance
