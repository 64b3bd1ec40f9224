#include "Command.h"

#include "CommandLine.h"
#include "Terminal.h"

#include "storage/RegisterRepository.h"
#include "storage/SignIn.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace pc::cli {

QStringList wrapText(const QString &text, int width)
{
    QStringList lines;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        // "[--option VALUE]" stays on one line.
        QStringList words;
        int depth = 0;
        for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (depth > 0)
                words.last() += QLatin1Char(' ') + word;
            else
                words << word;
            depth += int(word.count(QLatin1Char('['))) - int(word.count(QLatin1Char(']')));
        }
        for (const QString &word : std::as_const(words)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                lines << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines << line;
    }
    return lines;
}

namespace {

constexpr int helpWidth = 79;

// Two columns: a name and what it is, wrapped beside it.
QString table(const QList<std::pair<QString, QString>> &rows)
{
    int nameWidth = 0;
    for (const auto &[name, text] : rows)
        nameWidth = std::max(nameWidth, int(name.size()));
    nameWidth = std::min(nameWidth, 28);
    QString result;
    for (const auto &[name, text] : rows) {
        const QStringList lines = wrapText(text, helpWidth - nameWidth - 4);
        QString first = QStringLiteral("  ") + name;
        if (name.size() > nameWidth) {
            result += first + QLatin1Char('\n');
            first.clear();
        }
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString lead = i == 0 && !first.isEmpty() ? first.leftJustified(nameWidth + 4)
                                                            : QString(nameWidth + 4, QLatin1Char(' '));
            result += lead + lines.at(i) + QLatin1Char('\n');
        }
    }
    return result;
}

QString optionName(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString text = names.join(QLatin1String(", "));
    if (!option.valueName().isEmpty())
        text += QStringLiteral(" <%1>").arg(option.valueName());
    return text;
}

QCommandLineOption helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, CliText::tr("Show this help and exit."));
}

} // namespace

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &message, int code)
{
    out().flush();
    std::fprintf(stderr, "privacy-console: %s\n", message.simplified().toLocal8Bit().constData());
    return code;
}

Command::Command(const QString &name, const QString &summary)
    : m_name(name)
    , m_summary(summary)
{
}

void Command::addOption(const QCommandLineOption &option, bool required)
{
    m_options << option;
    if (required)
        m_required << option.names().constLast();
}

void Command::addArgument(const QString &name, const QString &description)
{
    m_arguments.append({name, description});
}

QString Command::synopsis() const
{
    QStringList parts = {m_name};
    for (const auto &[name, description] : m_arguments)
        parts << name;
    if (!m_optionsSynopsis.isEmpty())
        parts << m_optionsSynopsis;
    for (const QCommandLineOption &option : m_options) {
        const QString name = option.names().constLast();
        if (!m_optionsSynopsis.isEmpty() && m_optionsSynopsis.contains(QStringLiteral("--") + name))
            continue;
        QString text = QStringLiteral("--") + name;
        if (!option.valueName().isEmpty())
            text += QLatin1Char(' ') + option.valueName().toUpper();
        parts << (m_required.contains(name) ? text : QLatin1Char('[') + text + QLatin1Char(']'));
    }
    return parts.join(QLatin1Char(' '));
}

QString Command::helpText() const
{
    QString text = wrapText(CliText::tr("Usage: %1").arg(QStringLiteral("privacy-console ") + synopsis()), helpWidth)
                       .join(QStringLiteral("\n    "))
                   + QStringLiteral("\n\n");
    text += wrapText(m_description.isEmpty() ? m_summary : m_summary + QStringLiteral("\n") + m_description, helpWidth)
                .join(QLatin1Char('\n'))
            + QStringLiteral("\n");
    if (!m_arguments.isEmpty()) {
        text += QStringLiteral("\n") + CliText::tr("Arguments:") + QStringLiteral("\n");
        text += table(m_arguments);
    }
    QList<std::pair<QString, QString>> rows;
    for (const QCommandLineOption &option : m_options)
        rows.append({optionName(option), option.description()});
    const QCommandLineOption help = helpOption();
    rows.append({optionName(help), help.description()});
    text += QStringLiteral("\n") + CliText::tr("Options:") + QStringLiteral("\n") + table(rows);
    if (!m_examples.isEmpty()) {
        text += QStringLiteral("\n") + CliText::tr("Examples:") + QStringLiteral("\n");
        for (const QString &example : m_examples)
            text += QStringLiteral("  privacy-console ") + example + QLatin1Char('\n');
    }
    return text;
}

int Command::run(const QStringList &arguments, const std::vector<std::unique_ptr<Command>> &all)
{
    QCommandLineParser parser;
    const QCommandLineOption help = helpOption();
    parser.addOption(help);
    for (const QCommandLineOption &option : std::as_const(m_options))
        parser.addOption(option);
    if (!parser.parse(QStringList{QStringLiteral("privacy-console")} + arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (unknown.isEmpty())
            return fail(parser.errorText(), ExitUsage);
        // Which verbs take it, and which options this one takes.
        const QString wrong = unknown.constFirst();
        QStringList owners;
        for (const auto &command : all) {
            for (const QCommandLineOption &option : command->options()) {
                if (option.names().contains(wrong) && !owners.contains(command->name()))
                    owners << command->name();
            }
        }
        QStringList valid;
        for (const QCommandLineOption &option : std::as_const(m_options))
            valid << QStringLiteral("--") + option.names().constLast();
        valid << QStringLiteral("--help");
        const QString spelled = (wrong.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + wrong;
        if (owners.isEmpty()) {
            return fail(CliText::tr("%1 has no option %2; its options are %3.")
                            .arg(m_name, spelled, valid.join(QLatin1String(", "))),
                        ExitUsage);
        }
        return fail(CliText::tr("%1 does not apply to %2: it only applies to %3. The options of %2 are %4.")
                        .arg(spelled, m_name, owners.join(QLatin1String(", ")), valid.join(QLatin1String(", "))),
                    ExitUsage);
    }
    if (parser.isSet(help)) {
        out() << helpText();
        out().flush();
        return ExitOk;
    }
    return execute(parser, parser.positionalArguments());
}

int Command::takesNoFile(const QStringList &arguments) const
{
    if (!arguments.isEmpty())
        return fail(CliText::tr("%1 takes no file name.").arg(m_name), ExitUsage);
    return ExitOk;
}

DatabaseCommand::DatabaseCommand(const QString &name, const QString &summary, Access access)
    : Command(name, summary)
    , m_access(access)
{
    addOption(databaseOption());
}

int DatabaseCommand::execute(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (const int code = check(parser, arguments); code != ExitOk)
        return code;
    const Access wanted = access(parser);
    const bool creates = wanted == Access::Write;
    const bool writes = wanted != Access::Read;
    const Result<ConnectionSpec> spec = databaseSpec(parser, creates);
    if (!spec)
        return fail(spec.errorMessage(), ExitUsage);
    const bool embedded = !spec->isPostgresql();
    if (!creates && embedded && !QFileInfo::exists(spec->path))
        return fail(CliText::tr("There is no database at %1.").arg(spec->path), ExitFailure);
    // A file this command creates and then fails to fill is removed again:
    // a failed command leaves the disk as it found it.
    const bool newFile = creates && embedded && !QFileInfo::exists(spec->path);
    int code = ExitOk;
    {
        auto db = openDatabase(spec.value(), writes ? OpenMode::ReadWrite : OpenMode::ReadOnly);
        code = db ? executeOn(*db.value(), parser, arguments) : fail(db.errorMessage(), ExitFailure);
    }
    if (code != ExitOk && newFile) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(spec->path + QLatin1String(suffix));
    }
    return code;
}

LookAheadCommand::LookAheadCommand(const QString &name, const QString &summary)
    : DatabaseCommand(name, summary, Access::Read)
{
    addOption(withinOption());
    addOption(asOfOption(CliText::tr("The day taken as today (YYYY-MM-DD).")));
}

int LookAheadCommand::check(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (const int code = takesNoFile(arguments); code != ExitOk)
        return code;
    const Result<int> days = withinValue(parser);
    if (!days)
        return fail(days.errorMessage(), ExitUsage);
    const Result<QDate> today = asOfValue(parser);
    if (!today)
        return fail(today.errorMessage(), ExitUsage);
    m_within = days.value();
    m_today = today.value();
    return ExitOk;
}

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringLiteral("database"),
                              CliText::tr("The database: a file path, sqlite:///path or postgresql://user@host:port/dbname "
                                          "(the password comes from PGPASSWORD or a prompt). Default: the embedded database "
                                          "in your data folder."),
                              CliText::tr("address"));
}

Result<ConnectionSpec> databaseSpec(const QCommandLineParser &parser, bool createFolder)
{
    if (!parser.isSet(QStringLiteral("database"))) {
        ConnectionSpec spec = ConnectionSpec::defaultSqlite();
        if (createFolder)
            QDir().mkpath(QFileInfo(spec.path).absolutePath());
        return spec;
    }
    return ConnectionSpec::parse(parser.value(QStringLiteral("database")));
}

Result<std::unique_ptr<Database>> openDatabase(const ConnectionSpec &spec, OpenMode mode, bool recordLocalUser)
{
    SignIn how;
    how.recordLocalUser = recordLocalUser;
    how.askPassword = [](const ConnectionSpec &server) -> std::optional<QString> {
        if (!terminal::isInteractive())
            return std::nullopt;
        return terminal::readSecret(CliText::tr("Password for %1: ").arg(server.displayName()));
    };
    return openSignedIn(spec, mode, how);
}

QCommandLineOption asOfOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("as-of"), description, CliText::tr("date"));
}

QCommandLineOption organizationOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("organization"), description, CliText::tr("name"));
}

QCommandLineOption withinOption()
{
    return QCommandLineOption(QStringLiteral("within"), CliText::tr("How many days ahead to look (default 30)."),
                              CliText::tr("days"));
}

Result<QDate> asOfValue(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("as-of")))
        return QDate::currentDate();
    return dateValue(parser, QStringLiteral("as-of"));
}

Result<int> withinValue(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("within")))
        return 30;
    bool ok = false;
    const int days = parser.value(QStringLiteral("within")).toInt(&ok);
    if (!ok || days < 0 || days > 3660)
        return Error{CliText::tr("--within wants a number of days between 0 and 3660, not “%1”.")
                         .arg(parser.value(QStringLiteral("within")))};
    return days;
}

Result<QDate> dateValue(const QCommandLineParser &parser, const QString &option)
{
    if (!parser.isSet(option))
        return QDate();
    const QDate day = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!day.isValid())
        return Error{CliText::tr("--%1 wants a date written YYYY-MM-DD, not “%2”.").arg(option, parser.value(option)),
                     Error::Kind::BadInput};
    return day;
}

Result<RowId> organizationValue(Database &db, const QCommandLineParser &parser)
{
    const QString wanted = parser.value(QStringLiteral("organization")).trimmed();
    if (wanted.isEmpty())
        return RowId(0);
    const Result<std::optional<Organization>> found = RegisterRepository(db).organizationByNameOrId(wanted);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{CliText::tr("No organization is called “%1” in this database.").arg(wanted), Error::Kind::NotFound};
    return found.value()->id;
}

} // namespace pc::cli
