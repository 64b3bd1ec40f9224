#include "Settings.h"

namespace pc {

std::unique_ptr<QSettings> userSettings()
{
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("privacy-console"),
                                       QStringLiteral("privacy-console"));
}

} // namespace pc
