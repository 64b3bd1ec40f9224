#include "Tones.h"

#include <QWidget>

namespace pc {

bool isLightPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() >= palette.color(QPalette::Text).lightness();
}

Tone countdownTone(bool overdue, qint64 daysLeft)
{
    return overdue || daysLeft < 5 ? Tone::Alert : daysLeft < 10 ? Tone::Warning : Tone::Good;
}

QColor toneColor(Tone tone, const QPalette &palette)
{
    const bool light = isLightPalette(palette);
    switch (tone) {
    case Tone::Alert: return light ? QColor(0xc6, 0x28, 0x28) : QColor(0xef, 0x9a, 0x9a);
    case Tone::Warning: return light ? QColor(0xa8, 0x5d, 0x00) : QColor(0xff, 0xcc, 0x80);
    case Tone::Good: return light ? QColor(0x2e, 0x7d, 0x32) : QColor(0xa5, 0xd6, 0xa7);
    case Tone::Muted: return palette.color(QPalette::Disabled, QPalette::Text);
    }
    return palette.color(QPalette::Text);
}

QColor toneBackground(Tone tone, const QPalette &palette)
{
    const bool light = isLightPalette(palette);
    switch (tone) {
    case Tone::Alert: return light ? QColor(0xfd, 0xe0, 0xe0) : QColor(0x5a, 0x1e, 0x1e);
    case Tone::Warning: return light ? QColor(0xff, 0xf1, 0xc4) : QColor(0x5c, 0x4a, 0x00);
    case Tone::Good: return light ? QColor(0xe0, 0xf2, 0xe1) : QColor(0x1e, 0x4a, 0x22);
    case Tone::Muted: return palette.color(QPalette::AlternateBase);
    }
    return palette.color(QPalette::Base);
}

void setTone(QWidget *widget, Tone tone)
{
    QPalette palette = widget->palette();
    const QColor colour = toneColor(tone, palette);
    palette.setColor(QPalette::WindowText, colour);
    palette.setColor(QPalette::Text, colour);
    widget->setPalette(palette);
}

} // namespace pc
