// The verbs of legal deadlines: one computed from the rules alone, and the
// daily list of what falls due.

#include "Command.h"
#include "CommandLine.h"

#include "deadlines/Calendar.h"
#include "deadlines/Deadlines.h"
#include "deadlines/DueList.h"
#include "domain/Codes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <functional>

namespace pc::cli {
namespace {

using namespace deadlines;

// The deadline of a request or a breach under the rules the application
// ships: no database is read.
class DeadlineCommand final : public Command
{
public:
    DeadlineCommand()
        : Command(QStringLiteral("deadline"),
                  CliText::tr("The legal deadline of a request, or of a breach's notification, under the rules "
                              "shipped with the application; reads no database."))
    {
        addOption({QStringLiteral("jurisdiction"),
                   CliText::tr("The law that applies, by country code (FR, BE, EU, ZA, TN, VN); for a breach, EU "
                               "when not given."),
                   CliText::tr("code")});
        addOption({QStringLiteral("received"), CliText::tr("The day the request arrived (YYYY-MM-DD)."), CliText::tr("date")});
        addOption({QStringLiteral("extended"), CliText::tr("The period has been extended.")});
        addOption({QStringLiteral("paused-days"),
                   CliText::tr("Days the clock stood still, waiting for an ID or a clarification."), CliText::tr("days")});
        addOption({QStringLiteral("breach"), CliText::tr("The notification deadline of a breach.")});
        addOption({QStringLiteral("aware"), CliText::tr("When the breach became known (YYYY-MM-DDTHH:MM)."),
                   CliText::tr("moment")});
        setDescription(CliText::tr("The law and its citations come first; the date, YYYY-MM-DD, is on the last line."));
        addExample(QStringLiteral("deadline --jurisdiction FR --received 2026-03-05 --paused-days 4"));
        addExample(QStringLiteral("deadline --breach --aware 2026-04-03T09:30"));
    }

protected:
    int execute(const QCommandLineParser &parser, const QStringList &arguments) override
    {
        if (const int code = takesNoFile(arguments); code != ExitOk)
            return code;
        const bool breach = parser.isSet(QStringLiteral("breach"));
        const QStringList otherKind = breach ? QStringList{QStringLiteral("received"), QStringLiteral("extended"),
                                                           QStringLiteral("paused-days")}
                                             : QStringList{QStringLiteral("aware")};
        for (const QString &option : otherKind) {
            if (parser.isSet(option)) {
                return fail(breach ? CliText::tr("--%1 does not apply to a breach.").arg(option)
                                   : CliText::tr("--%1 only applies to a breach (--breach).").arg(option),
                            ExitUsage);
            }
        }
        const Result<JurisdictionRule> rule = lawOf(parser, breach);
        if (!rule)
            return fail(rule.errorMessage(), ExitUsage);
        out() << codes::label(CodeList::Jurisdiction, rule->jurisdiction) << Qt::endl;
        return breach ? breachDue(parser, rule.value()) : requestDue(parser, rule.value());
    }

private:
    static Result<JurisdictionRule> lawOf(const QCommandLineParser &parser, bool breach)
    {
        QString code = parser.value(QStringLiteral("jurisdiction")).trimmed().toUpper();
        if (code.isEmpty()) {
            if (!breach)
                return Error{CliText::tr("Say which law applies: --jurisdiction FR, BE, EU, ZA, TN or VN.")};
            code = QStringLiteral("EU");
        }
        const std::optional<JurisdictionRule> rule = shippedRule(code);
        if (!rule)
            return Error{CliText::tr("--jurisdiction wants one of FR, BE, EU, ZA, TN or VN, not “%1”.")
                             .arg(parser.value(QStringLiteral("jurisdiction")))};
        return rule.value();
    }

    static int breachDue(const QCommandLineParser &parser, const JurisdictionRule &rule)
    {
        const DeadlineEngine engine(rule, HolidayCalendar(rule.jurisdiction, {}));
        const QString text = parser.value(QStringLiteral("aware"));
        const QDateTime aware = QDateTime::fromString(text, Qt::ISODate);
        if (!aware.isValid() || text.size() < 16)
            return fail(CliText::tr("--aware wants the moment the breach became known, written YYYY-MM-DDTHH:MM, not “%1”.")
                            .arg(text),
                        ExitUsage);
        const QDateTime due = engine.breachNotificationDue(aware);
        if (!due.isValid())
            return fail(CliText::tr("%1 sets no number of hours to notify a breach.")
                            .arg(codes::label(CodeList::Jurisdiction, rule.jurisdiction)),
                        ExitFailure);
        out() << rule.breachCitation << Qt::endl;
        if (!rule.notes.isEmpty())
            out() << rule.notes << Qt::endl;
        // In the time zone it was given in.
        out() << (aware.timeSpec() == Qt::LocalTime ? due.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))
                                                    : due.toString(Qt::ISODate))
              << Qt::endl;
        return ExitOk;
    }

    static int requestDue(const QCommandLineParser &parser, const JurisdictionRule &rule)
    {
        const QString receivedText = parser.value(QStringLiteral("received"));
        const QDate received = QDate::fromString(receivedText, Qt::ISODate);
        if (!received.isValid())
            return fail(CliText::tr("--received wants the day the request arrived, written YYYY-MM-DD, not “%1”.")
                            .arg(receivedText),
                        ExitUsage);
        int paused = 0;
        if (parser.isSet(QStringLiteral("paused-days"))) {
            bool ok = false;
            paused = parser.value(QStringLiteral("paused-days")).toInt(&ok);
            if (!ok || paused < 0 || paused > 3650)
                return fail(CliText::tr("--paused-days wants a whole number of days between 0 and 3650, not “%1”.")
                                .arg(parser.value(QStringLiteral("paused-days"))),
                            ExitUsage);
        }
        const bool extended = parser.isSet(QStringLiteral("extended"));
        if (extended && rule.extensionPeriod == 0)
            return fail(CliText::tr("%1 allows no extension.").arg(codes::label(CodeList::Jurisdiction, rule.jurisdiction)),
                        ExitUsage);
        const DeadlineEngine engine(rule, HolidayCalendar(rule.jurisdiction, {}));
        const DueDate due = engine.due(received, extended, paused);
        out() << rule.responseCitation << Qt::endl;
        if (extended)
            out() << rule.extensionCitation << Qt::endl;
        if (paused > 0)
            out() << CliText::tr("The clock stood still for %n day(s).", nullptr, paused) << Qt::endl;
        if (due.due != due.periodEnd) {
            out() << CliText::tr("The period ends on %1, a day that does not count: %2")
                         .arg(due.periodEnd.toString(Qt::ISODate), rule.shiftCitation)
                  << Qt::endl;
        }
        if (!rule.notes.isEmpty())
            out() << rule.notes << Qt::endl;
        out() << due.due.toString(Qt::ISODate) << Qt::endl;
        return ExitOk;
    }
};

// What falls due, soonest first, one line each: a daily reminder.
class DueCommand final : public LookAheadCommand
{
public:
    DueCommand()
        : LookAheadCommand(QStringLiteral("due"),
                           CliText::tr("What falls due in the next days: open requests, breaches to notify, "
                                       "retention purges, and the impact assessments' reviews and actions, soonest "
                                       "first; reads only."))
    {
        addOption({QStringLiteral("format"),
                   CliText::tr("text (default: a line each) or json (for scripts and monitoring)."),
                   CliText::tr("format")});
        addOption({QStringLiteral("digest"),
                   CliText::tr("A short plain-text summary, late first, then today, this week and later: for a daily "
                               "mail from cron or a systemd timer.")});
        addOption({QStringLiteral("ics"),
                   CliText::tr("Write every dated duty as an iCalendar file (.ics) a calendar imports or subscribes "
                               "to: each event keeps its identity from one file to the next."),
                   CliText::tr("file")});
        addExample(QStringLiteral("due --within 7"));
        addExample(QStringLiteral("due --ics ~/privacy-deadlines.ics --within 90"));
        addExample(QStringLiteral("due --format json"));
        addExample(QStringLiteral("due --digest --within 14"));
    }

protected:
    int check(const QCommandLineParser &parser, const QStringList &arguments) override
    {
        if (const int code = LookAheadCommand::check(parser, arguments); code != ExitOk)
            return code;
        const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
        if (!format.isEmpty() && format != QLatin1String("text") && format != QLatin1String("json"))
            return fail(CliText::tr("--format is text or json, not “%1”.").arg(format), ExitUsage);
        m_json = format == QLatin1String("json");
        m_digest = parser.isSet(QStringLiteral("digest"));
        if (m_json && m_digest)
            return fail(CliText::tr("--digest is text: leave out --format json."), ExitUsage);
        m_ics = parser.value(QStringLiteral("ics"));
        if (!m_ics.isEmpty() && (m_json || m_digest))
            return fail(CliText::tr("--ics writes a file: leave out --format and --digest."), ExitUsage);
        return ExitOk;
    }

    int executeOn(Database &db, const QCommandLineParser &, const QStringList &) override
    {
        if (!m_ics.isEmpty()) {
            const Result<QList<CalendarEvent>> events = calendarEvents(db, m_today, m_within);
            if (!events)
                return fail(events.errorMessage(), ExitFailure);
            QSaveFile file(m_ics);
            if (!file.open(QIODevice::WriteOnly))
                return fail(CliText::tr("Cannot write “%1”: %2").arg(m_ics, file.errorString()), ExitFailure);
            file.write(iCalendar(events.value(), QDateTime::currentDateTimeUtc()));
            if (!file.commit())
                return fail(CliText::tr("Cannot write “%1”: %2").arg(m_ics, file.errorString()), ExitFailure);
            out() << CliText::tr("%n event(s) written to %1", nullptr, int(events->size())).arg(m_ics) << Qt::endl;
            return ExitOk;
        }
        const Result<QList<DueItem>> items = dueWithin(db, m_today, m_within);
        if (!items)
            return fail(items.errorMessage(), ExitFailure);
        if (m_json) {
            out() << asJson(items.value());
            return ExitOk;
        }
        if (m_digest) {
            digest(items.value());
            return ExitOk;
        }
        out() << CliText::tr("%n item(s) due by %1:", nullptr, int(items->size()))
                     .arg(m_today.addDays(m_within).toString(Qt::ISODate))
              << Qt::endl;
        for (const DueItem &item : items.value()) {
            QString when = item.due.toString(Qt::ISODate);
            if (!item.time.isEmpty())
                when += QLatin1Char(' ') + item.time;
            out() << QStringLiteral("%1  %2  %3  %4 — %5 (%6)")
                         .arg(when, kindOf(item).leftJustified(11), item.reference, item.what, item.organization,
                              timeLeft(item))
                  << Qt::endl;
        }
        return ExitOk;
    }

private:
    // Keys and codes for programs; "what" in the reader's language.
    QString asJson(const QList<DueItem> &items) const
    {
        static const char *const kinds[] = {"request", "breach", "purge", "dpia_review", "dpia_action"};
        QJsonArray array;
        for (const DueItem &item : items) {
            array << QJsonObject{{QStringLiteral("kind"), QLatin1String(kinds[int(item.kind)])},
                                 {QStringLiteral("organization"), item.organization},
                                 {QStringLiteral("reference"), item.reference},
                                 {QStringLiteral("what"), item.what},
                                 {QStringLiteral("due"), item.due.toString(Qt::ISODate)},
                                 {QStringLiteral("time"), item.time.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                              : QJsonValue(item.time)},
                                 {QStringLiteral("days_left"), item.calendarDaysLeft},
                                 {QStringLiteral("working_days_left"), item.workingDaysLeft},
                                 {QStringLiteral("overdue"), item.overdue}};
        }
        const QJsonObject root{{QStringLiteral("as_of"), m_today.toString(Qt::ISODate)},
                               {QStringLiteral("within"), m_within},
                               {QStringLiteral("items"), array}};
        return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    }

    // Late, today, the next seven days, later: a line each, soonest first.
    void digest(const QList<DueItem> &items) const
    {
        out() << CliText::tr("Privacy Console — what falls due by %1").arg(m_today.addDays(m_within).toString(Qt::ISODate))
              << Qt::endl;
        if (items.isEmpty()) {
            out() << CliText::tr("Nothing falls due.") << Qt::endl;
            return;
        }
        struct Group
        {
            QString title;
            std::function<bool(const DueItem &)> holds;
        };
        const Group groups[] = {
            {CliText::tr("Late"), [](const DueItem &i) { return i.overdue; }},
            {CliText::tr("Today"), [](const DueItem &i) { return !i.overdue && i.calendarDaysLeft == 0; }},
            {CliText::tr("In the next seven days"),
             [](const DueItem &i) { return !i.overdue && i.calendarDaysLeft > 0 && i.calendarDaysLeft <= 7; }},
            {CliText::tr("Later"), [](const DueItem &i) { return !i.overdue && i.calendarDaysLeft > 7; }},
        };
        for (const Group &group : groups) {
            QStringList lines;
            for (const DueItem &item : items) {
                if (!group.holds(item))
                    continue;
                QString when = item.due.toString(Qt::ISODate);
                if (!item.time.isEmpty())
                    when += QLatin1Char(' ') + item.time;
                lines << QStringLiteral("- %1  %2 %3: %4 (%5)").arg(when, kindOf(item), item.reference, item.what, item.organization);
            }
            if (lines.isEmpty())
                continue;
            out() << Qt::endl << QStringLiteral("%1 (%2)").arg(group.title).arg(lines.size()) << Qt::endl;
            for (const QString &line : std::as_const(lines))
                out() << line << Qt::endl;
        }
    }

    bool m_json = false;
    bool m_digest = false;
    QString m_ics;

    static QString kindOf(const DueItem &item)
    {
        switch (item.kind) {
        case DueItem::Kind::Request: return CliText::tr("request");
        case DueItem::Kind::Breach: return CliText::tr("breach");
        case DueItem::Kind::Purge: return CliText::tr("purge");
        case DueItem::Kind::DpiaReview: return CliText::tr("dpia review");
        case DueItem::Kind::DpiaAction: return CliText::tr("dpia action");
        }
        return QString();
    }

    static QString timeLeft(const DueItem &item)
    {
        if (item.overdue)
            return CliText::tr("OVERDUE by %n day(s)", nullptr, -item.calendarDaysLeft);
        if (item.calendarDaysLeft == 0)
            return CliText::tr("due today");
        if (item.kind == DueItem::Kind::Request)
            return CliText::tr("%n day(s) left", nullptr, item.calendarDaysLeft) + QLatin1String(", ")
                   + CliText::tr("%n working day(s)", nullptr, item.workingDaysLeft);
        return CliText::tr("%n day(s) left", nullptr, item.calendarDaysLeft);
    }
};

} // namespace

std::vector<std::unique_ptr<Command>> deadlineCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<DeadlineCommand>());
    commands.push_back(std::make_unique<DueCommand>());
    return commands;
}

} // namespace pc::cli
