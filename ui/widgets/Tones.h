#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

namespace pc {

// What a colour says on screen: something late or refused, something close
// to its deadline, something in order, something set aside. Each has a shade
// for a light palette and one for a dark palette, so the words stay readable
// whatever the officer's desktop looks like.
enum class Tone { Alert, Warning, Good, Muted };

QColor toneColor(Tone tone, const QPalette &palette);
// Countdown colours: at least ten days is calm, under ten needs attention,
// under five is urgent, past the deadline is urgent.
Tone countdownTone(bool overdue, qint64 daysLeft);
// A background that marks a field in the tone, the text on it still readable.
QColor toneBackground(Tone tone, const QPalette &palette);
// Writes a label's (or any widget's) text in the tone, from its own palette.
void setTone(QWidget *widget, Tone tone);
// Whether the palette draws dark text on a light background.
bool isLightPalette(const QPalette &palette);

} // namespace pc
