#pragma once

#include <QString>
#include <QStringList>

namespace pc::languages {

// The languages the application speaks, as ISO 639-1 codes.
QStringList available();
// The best match for the system's locale, or English.
QString systemDefault();
// Replaces the application's translators (its own and Qt's) by those of
// `language` and sets the default QLocale, so dates and numbers follow.
// Widgets then receive QEvent::LanguageChange.
void install(const QString &language);
QString current();
// The language's own name ("Français").
QString nativeName(const QString &language);

} // namespace pc::languages
