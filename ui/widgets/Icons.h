#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

namespace pc::icons {

// One of the bundled outline icons (":/navigation/NAME.svg"), drawn in the
// palette's text colour at the usual sizes: the same picture reads on a
// light and on a dark palette. A null icon when it cannot be drawn.
QIcon themed(const QString &name, const QPalette &palette);

} // namespace pc::icons
