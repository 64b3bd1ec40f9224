#pragma once

#include "intake/Mrz.h"

#include <QCoreApplication>
#include <QStringList>

namespace pc {

// What an identity document's zone says, for an officer, as lines of HTML.
class ZoneSummary final
{
    Q_DECLARE_TR_FUNCTIONS(pc::ZoneSummary)

public:
    // The document, its holder and its dates.
    static QStringList document(const intake::MrzData &zone);
    // Whether every check digit verifies and whether the document has
    // expired on `today` (green when good, red when not).
    static QStringList verdict(const intake::MrzData &zone, const QDate &today);
    // `message` escaped, in green when `good`, in red otherwise.
    static QString flag(bool good, const QString &message);
};

} // namespace pc
