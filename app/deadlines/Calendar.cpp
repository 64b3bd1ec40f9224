#include "Calendar.h"

#include "DueList.h"

#include "core/Dates.h"
#include "storage/Database.h"
#include "storage/SqlRow.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>

namespace pc::deadlines {
namespace {

struct CalendarText
{
    Q_DECLARE_TR_FUNCTIONS(pc::deadlines::Calendar)
};

QString uidOf(const char *kind, const QString &organization, const QString &reference)
{
    const QByteArray key = (organization + QLatin1Char('\n') + reference).toUtf8();
    return QStringLiteral("%1-%2@privacy-console")
        .arg(QLatin1String(kind), QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(20)));
}

// RFC 5545 3.3.11: backslash, semicolon, comma and newline escaped.
QString escaped(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char(';'), QLatin1String("\\;"));
    text.replace(QLatin1Char(','), QLatin1String("\\,"));
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    text.remove(QLatin1Char('\r'));
    return text;
}

// RFC 5545 3.1: lines of at most 75 octets, folded with a space, never
// inside a UTF-8 sequence.
void appendLine(QByteArray &out, const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    int start = 0;
    int limit = 75;
    while (bytes.size() - start > limit) {
        int cut = start + limit;
        while (cut > start && (uchar(bytes.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += bytes.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74;   // the space that begins a folded line counts
    }
    out += bytes.mid(start) + "\r\n";
}

} // namespace

CalendarEvent eventFor(const DueItem &item)
{
    CalendarEvent e;
    e.day = item.due;
    switch (item.kind) {
    case DueItem::Kind::Request:
        e.uid = uidOf("request", item.organization, item.reference);
        e.summary = CalendarText::tr("Answer request %1").arg(item.reference);
        e.description = CalendarText::tr("%1 (%2): the legal deadline to answer the request.").arg(item.what, item.organization);
        break;
    case DueItem::Kind::Breach:
        e.uid = uidOf("breach", item.organization, item.reference);
        e.summary = CalendarText::tr("Notify breach %1 to the authority").arg(item.reference);
        e.description = CalendarText::tr("%1 (%2): 72 hours after the breach became known (Art. 33(1)).")
                            .arg(item.what, item.organization);
        e.moment = item.moment;
        e.alarmDayBefore = false;
        break;
    case DueItem::Kind::Purge:
        e.uid = uidOf("purge", item.organization, item.reference);
        e.summary = CalendarText::tr("Retention purge: %1").arg(item.reference);
        e.description = CalendarText::tr("%1 (%2).").arg(item.what, item.organization);
        break;
    case DueItem::Kind::DpiaReview:
        e.uid = uidOf("dpia-review", item.organization, item.reference);
        e.summary = CalendarText::tr("Review the impact assessment “%1”").arg(item.reference);
        e.description = item.organization;
        break;
    case DueItem::Kind::DpiaAction:
        e.uid = uidOf("dpia-action", item.organization, item.reference + QLatin1Char('\n') + item.what);
        e.summary = CalendarText::tr("Action of the impact assessment “%1”").arg(item.reference);
        e.description = CalendarText::tr("%1 (%2).").arg(item.what, item.organization);
        break;
    }
    return e;
}

Result<QList<CalendarEvent>> calendarEvents(Database &db, const QDate &today, int within)
{
    const Result<QList<DueItem>> items = dueWithin(db, today, within);
    if (!items)
        return items.error();
    return calendarEvents(db, items.value(), today, within);
}

Result<QList<CalendarEvent>> calendarEvents(Database &db, const QList<DueItem> &items, const QDate &today, int within)
{
    QList<CalendarEvent> events;
    for (const DueItem &item : items)
        events << eventFor(item);
    // The processors' agreements that end by then.
    QSqlQuery processors = db.prepare(QStringLiteral("SELECT o.name AS organization, p.name, p.dpa_expires_on FROM processors p "
                                                     "JOIN organizations o ON o.id = p.organization_id "
                                                     "WHERE p.active = ? AND p.dpa_expires_on IS NOT NULL AND p.dpa_expires_on <= ?"));
    processors.addBindValue(true);
    processors.addBindValue(today.addDays(within));
    if (!processors.exec())
        return Database::sqlError(processors);
    const SqlRow row(processors);
    while (processors.next()) {
        CalendarEvent e;
        e.uid = uidOf("dpa", row.text("organization"), row.text("name"));
        e.day = row.date("dpa_expires_on");
        e.summary = CalendarText::tr("The processing agreement with %1 ends").arg(row.text("name"));
        e.description = CalendarText::tr("%1: renew or end the agreement (Art. 28(3)).").arg(row.text("organization"));
        events << e;
    }
    processors.finish();
    // Each organization's privacy policy in effect, checked against what
    // is done every year on the anniversary of its taking effect (Art. 24(1):
    // measures reviewed and updated where necessary).
    QSqlQuery policies = db.prepare(QStringLiteral(
        "SELECT o.name AS organization, p.version_label, p.effective_on FROM privacy_policies p "
        "JOIN organizations o ON o.id = p.organization_id "
        "WHERE p.effective_on = (SELECT max(q.effective_on) FROM privacy_policies q WHERE q.organization_id = p.organization_id)"));
    if (!policies.exec())
        return Database::sqlError(policies);
    const SqlRow policy(policies);
    while (policies.next()) {
        const QDate effective = policy.date("effective_on");
        if (!effective.isValid())
            continue;
        QDate check = effective.addYears(1);
        while (check < today)
            check = check.addYears(1);
        if (check > today.addDays(within))
            continue;
        CalendarEvent e;
        e.uid = uidOf("policy", policy.text("organization"),
                      QStringLiteral("%1-%2").arg(policy.text("version_label")).arg(check.year()));
        e.day = check;
        e.summary = CalendarText::tr("Check the privacy policy of %1").arg(policy.text("organization"));
        e.description = CalendarText::tr("Version %1, in effect since %2: does it still say what is done (purposes, "
                                         "recipients, periods, rights)? Update it where needed (Art. 24(1)).")
                            .arg(policy.text("version_label"), dates::toText(effective));
        events << e;
    }
    return events;
}

QByteArray iCalendar(const QList<CalendarEvent> &events, const QDateTime &now)
{
    QByteArray out;
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    appendLine(out, QStringLiteral("BEGIN:VCALENDAR"));
    appendLine(out, QStringLiteral("VERSION:2.0"));
    appendLine(out, QStringLiteral("PRODID:-//Privacy Console//Deadlines//EN"));
    appendLine(out, QStringLiteral("CALSCALE:GREGORIAN"));
    appendLine(out, QStringLiteral("X-WR-CALNAME:") + escaped(CalendarText::tr("Privacy Console deadlines")));
    for (const CalendarEvent &e : events) {
        appendLine(out, QStringLiteral("BEGIN:VEVENT"));
        appendLine(out, QStringLiteral("UID:") + e.uid);
        appendLine(out, QStringLiteral("DTSTAMP:") + stamp);
        if (e.moment.isValid()) {
            const QDateTime utc = e.moment.toUTC();
            appendLine(out, QStringLiteral("DTSTART:") + utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
            appendLine(out, QStringLiteral("DTEND:") + utc.addSecs(15 * 60).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
        } else {
            appendLine(out, QStringLiteral("DTSTART;VALUE=DATE:") + e.day.toString(QStringLiteral("yyyyMMdd")));
            appendLine(out, QStringLiteral("DTEND;VALUE=DATE:") + e.day.addDays(1).toString(QStringLiteral("yyyyMMdd")));
            appendLine(out, QStringLiteral("TRANSP:TRANSPARENT"));
        }
        appendLine(out, QStringLiteral("SUMMARY:") + escaped(e.summary));
        if (!e.description.isEmpty())
            appendLine(out, QStringLiteral("DESCRIPTION:") + escaped(e.description));
        // The day before; a breach's, an hour before its deadline.
        appendLine(out, QStringLiteral("BEGIN:VALARM"));
        appendLine(out, QStringLiteral("ACTION:DISPLAY"));
        appendLine(out, QStringLiteral("DESCRIPTION:") + escaped(e.summary));
        appendLine(out, QStringLiteral("TRIGGER:") + (e.alarmDayBefore ? QStringLiteral("-P1D") : QStringLiteral("-PT1H")));
        appendLine(out, QStringLiteral("END:VALARM"));
        appendLine(out, QStringLiteral("END:VEVENT"));
    }
    appendLine(out, QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace pc::deadlines
