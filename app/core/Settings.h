#pragma once

#include <QSettings>

#include <memory>

namespace pc {

// The user's settings: ~/.config/privacy-console/privacy-console.conf on Linux.
// Named explicitly so no organization name has to be invented (which would
// also move the data folder).
std::unique_ptr<QSettings> userSettings();

} // namespace pc
