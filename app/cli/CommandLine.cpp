#include "CommandLine.h"

#include "Command.h"
#include "Version.h"

namespace pc::cli {
namespace {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> all;
    for (auto group : {setupCommands, deadlineCommands, letterCommands, retentionCommands, reportCommands,
                       registerCommands, dpiaCommands, breachCommands, idCopyCommands, adminCommands}) {
        for (auto &command : group())
            all.push_back(std::move(command));
    }
    return all;
}

// The options that take a value, of every verb and of the window: the word
// after one of them is its value, not a verb.
QStringList optionsWithValue(const std::vector<std::unique_ptr<Command>> &commands)
{
    QStringList names = {QStringLiteral("--database"), QStringLiteral("--screenshot"), QStringLiteral("--page")};
    for (const auto &command : commands) {
        for (const QCommandLineOption &option : command->options()) {
            if (!option.valueName().isEmpty()) {
                for (const QString &name : option.names())
                    names << QStringLiteral("--") + name;
            }
        }
    }
    names.removeDuplicates();
    return names;
}

// The index of the first word from `from` that is neither an option nor an
// option's value; -1 when there is none.
qsizetype firstWord(const QStringList &arguments, const QStringList &withValue, qsizetype from = 0)
{
    for (qsizetype i = from; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (withValue.contains(argument)) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-"))
            return i;
    }
    return -1;
}

bool asksHelp(const QStringList &arguments)
{
    return arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"));
}

QString verbList()
{
    return CliText::tr("Say what to do: init, demo, check, deadline, due, import-letter, retention, report, "
                       "audit, server-setup, user, backup or restore (see --help).");
}

// Every verb with its options, and what it does.
QString overview(const std::vector<std::unique_ptr<Command>> &commands)
{
    QString text = CliText::tr("Usage: %1").arg(QStringLiteral("privacy-console [VERB] [OPTIONS]")) + QStringLiteral("\n\n");
    text += wrapText(CliText::tr("Privacy Console: the privacy officer's register of processing activities, data "
                                 "subjects, consents, rights requests, processors and retention."),
                     79)
                .join(QLatin1Char('\n'))
            + QStringLiteral("\n\n");
    text += wrapText(CliText::tr("Without a verb, the application window opens (--database ADDRESS opens another "
                                 "register)."),
                     79)
                .join(QLatin1Char('\n'))
            + QStringLiteral("\n\n");
    text += CliText::tr("Verbs:") + QLatin1Char('\n');
    for (const auto &command : commands) {
        const QStringList synopsis = wrapText(command->synopsis(), 75);
        text += QStringLiteral("  ") + synopsis.join(QStringLiteral("\n      ")) + QLatin1Char('\n');
        for (const QString &line : wrapText(command->summary(), 71))
            text += QStringLiteral("        ") + line + QLatin1Char('\n');
    }
    text += QLatin1Char('\n') + CliText::tr("Options:") + QLatin1Char('\n');
    text += QStringLiteral("  -h, --help     ") + CliText::tr("Show this help and exit.") + QLatin1Char('\n');
    text += QStringLiteral("  -v, --version  ") + CliText::tr("Show the version and exit.") + QLatin1Char('\n');
    text += QLatin1Char('\n')
            + CliText::tr("“privacy-console VERB --help” describes one verb, its options and examples.")
            + QLatin1Char('\n');
    return text;
}

// The verbs of a group ("retention" → "retention due", "retention purge").
QList<Command *> named(const std::vector<std::unique_ptr<Command>> &commands, const QString &word)
{
    QList<Command *> found;
    for (const auto &command : commands) {
        if (command->name() == word || command->name().startsWith(word + QLatin1Char(' ')))
            found << command.get();
    }
    return found;
}

int help(const std::vector<std::unique_ptr<Command>> &commands, const QStringList &words)
{
    const QString wanted = words.join(QLatin1Char(' '));
    for (const auto &command : commands) {
        if (!wanted.isEmpty() && command->name() == wanted) {
            out() << command->helpText();
            return ExitOk;
        }
    }
    const QList<Command *> group = words.isEmpty() ? QList<Command *>() : named(commands, words.constFirst());
    if (group.isEmpty()) {
        out() << overview(commands);
        return ExitOk;
    }
    for (const Command *command : group)
        out() << command->helpText() << QLatin1Char('\n');
    return ExitOk;
}

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    // Any word that is not an option or an option's value is a verb, even an
    // unknown one: it gets an error message rather than a window.
    const QStringList rest = arguments.mid(1);
    return firstWord(rest, optionsWithValue(allCommands())) >= 0 || rest.contains(QLatin1String("--version"))
           || rest.contains(QLatin1String("-v")) || asksHelp(rest);
}

bool drawsDocuments(const QStringList &arguments)
{
    const QStringList words = arguments.mid(1);
    const qsizetype group = words.indexOf(QLatin1String("register"));
    const qsizetype breach = words.indexOf(QLatin1String("breach"));
    return arguments.contains(QLatin1String("--report")) || words.contains(QLatin1String("report"))
        || (group >= 0 && words.value(group + 1) == QLatin1String("export"))
        || (breach >= 0 && (words.value(breach + 1) == QLatin1String("notice")
                            || words.value(breach + 1) == QLatin1String("letters")));
}

int run(const QStringList &arguments)
{
    const std::vector<std::unique_ptr<Command>> commands = allCommands();
    const QStringList withValue = optionsWithValue(commands);
    QStringList rest = arguments.mid(1);
    const qsizetype at = firstWord(rest, withValue);
    if (at < 0) {
        if (asksHelp(rest))
            return help(commands, {});
        if (rest.contains(QLatin1String("--version")) || rest.contains(QLatin1String("-v"))) {
            out() << QStringLiteral("privacy-console %1").arg(QStringLiteral(PC_VERSION_STRING)) << Qt::endl;
            return ExitOk;
        }
        return fail(verbList(), ExitUsage);
    }
    const QString verb = rest.takeAt(at);
    if (verb == QLatin1String("help")) {
        QStringList words;
        for (qsizetype next = firstWord(rest, withValue); next >= 0 && words.size() < 2;
             next = firstWord(rest, withValue, next)) {
            words << rest.takeAt(next);
        }
        return help(commands, words);
    }
    const QList<Command *> group = named(commands, verb);
    if (group.isEmpty())
        return fail(verbList(), ExitUsage);
    if (group.size() == 1 && group.constFirst()->name() == verb)
        return group.constFirst()->run(rest, commands);
    // A group: the next word says which of its verbs.
    const qsizetype second = firstWord(rest, withValue, at);
    const QString which = second >= 0 ? verb + QLatin1Char(' ') + rest.at(second) : QString();
    for (Command *command : group) {
        if (command->name() == which) {
            rest.removeAt(second);
            return command->run(rest, commands);
        }
    }
    if (asksHelp(rest))
        return help(commands, {verb});
    QStringList names;
    for (const Command *command : group)
        names << command->name();
    return fail(CliText::tr("%1 wants what to do: %2 (see %1 --help).").arg(verb, names.join(QLatin1String(", "))),
                ExitUsage);
}

} // namespace pc::cli
