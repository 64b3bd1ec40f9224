#pragma once

#include "intake/Mrz.h"

#include <QCoreApplication>
#include <QStringList>

namespace pc {

// What an identity document's zone says, for an officer: the document and
// its holder, the dates, whether every check digit verifies and whether it
// has expired on `today` (green when good, red when not), as lines of HTML.
class ZoneSummary final
{
    Q_DECLARE_TR_FUNCTIONS(pc::ZoneSummary)

public:
    static QStringList lines(const intake::MrzData &zone, const QDate &today);
    // `message` escaped, in green when `good`, in red otherwise.
    static QString flag(bool good, const QString &message);
};

} // namespace pc
