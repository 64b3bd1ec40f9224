#pragma once

#include <QColor>
#include <QPalette>

namespace pc {

// What a colour says on screen: something late or refused, something close
// to its deadline, something in order, something set aside. Each has a shade
// for a light palette and one for a dark palette, so the words stay readable
// whatever the officer's desktop looks like.
enum class Tone { Alert, Warning, Good, Muted };

QColor toneColor(Tone tone, const QPalette &palette);
// Whether the palette draws dark text on a light background.
bool isLightPalette(const QPalette &palette);

} // namespace pc
