#include "ZoneSummary.h"
#include "widgets/Tones.h"

#include "core/Dates.h"
#include "domain/Codes.h"
#include "intake/Intake.h"

#include <QGuiApplication>

namespace pc {

QString ZoneSummary::flag(bool good, const QString &message)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>")
        .arg(toneColor(good ? Tone::Good : Tone::Alert, QGuiApplication::palette()).name(), message.toHtmlEscaped());
}

QStringList ZoneSummary::document(const intake::MrzData &zone)
{
    auto day = [](const QDate &date) -> QString { return date.isValid() ? dates::toText(date) : QStringLiteral("?"); };
    QStringList lines;
    lines << tr("%1 issued by %2: %3 %4, no. %5")
                 .arg(codes::label(CodeList::IdentityDocument, intake::formatName(zone.format)), zone.issuingState,
                      zone.givenNames, zone.surname, zone.documentNumber)
                 .toHtmlEscaped();
    lines << tr("Born %1, expires %2").arg(day(zone.birthDate), day(zone.expiryDate)).toHtmlEscaped();
    return lines;
}

QStringList ZoneSummary::verdict(const intake::MrzData &zone, const QDate &today)
{
    QStringList lines;
    if (zone.isSure())
        lines << flag(true, tr("Every check digit verifies."));
    else if (zone.isValid())
        lines << flag(false, intake::zoneDoubt(zone));
    else if (zone.failedChecks.isEmpty())
        lines << flag(false, tr("Read with too many corrections to be trusted."));
    else
        lines << flag(false, tr("Check digits that fail: %1.").arg(zone.failedChecks.join(QStringLiteral(", "))));
    if (zone.isExpired(today))
        lines << flag(false, tr("The document has expired."));
    return lines;
}

} // namespace pc
