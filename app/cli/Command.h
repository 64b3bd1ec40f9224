#pragma once

#include "core/Result.h"
#include "domain/Register.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace pc::intake {
class IdVault;
}

namespace pc::cli {

// The translation context of the command line's messages.
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(pc::cli)
};

// Standard output, for what a verb prints.
QTextStream &out();
// One line on standard error, whatever the message held; returns `code`.
int fail(const QString &message, int code);

// One verb of the command line ("check", "retention purge"): its options,
// its arguments, its help, and the work it does. A verb declares exactly the
// options it takes; `privacy-console VERB --help` lists them, and any other
// option is refused with the list of the valid ones.
class Command
{
public:
    virtual ~Command() = default;

    // The words that name it: "check", or a group and a verb: "retention purge".
    QString name() const { return m_name; }
    // One line for the list of verbs.
    QString summary() const { return m_summary; }
    const QList<QCommandLineOption> &options() const { return m_options; }
    // The synopsis: the name, its arguments and its options.
    QString synopsis() const;
    QString helpText() const;

    // Parses the arguments that follow the verb's name and does the work;
    // returns the process exit code.
    int run(const QStringList &arguments, const std::vector<std::unique_ptr<Command>> &all);

protected:
    Command(const QString &name, const QString &summary);

    void addOption(const QCommandLineOption &option, bool required = false);
    // A positional argument: its name in the synopsis ("LETTER") and what it is.
    void addArgument(const QString &name, const QString &description);
    // The synopsis's form of the options when it is not "[--a X] [--b]"
    // (options that exclude each other).
    void setOptionsSynopsis(const QString &text) { m_optionsSynopsis = text; }
    void setDescription(const QString &text) { m_description = text; }
    void addExample(const QString &line) { m_examples << line; }

    // Checks the options and arguments, then does the work.
    virtual int execute(const QCommandLineParser &parser, const QStringList &arguments) = 0;
    // ExitOk for a verb given no file name, else the usage error that says so.
    int takesNoFile(const QStringList &arguments) const;

private:
    QString m_name;
    QString m_summary;
    QString m_description;
    QString m_optionsSynopsis;
    QList<QCommandLineOption> m_options;
    QStringList m_required;
    QList<std::pair<QString, QString>> m_arguments;
    QStringList m_examples;
};

// A verb that works on a register: it takes --database, checks its options
// before the database is touched, and opens it as the window does (a password
// asked at a terminal, the local user recorded when it writes).
class DatabaseCommand : public Command
{
protected:
    enum class Access {
        Read,       // reads only; the database must exist
        Existing,   // reads and writes; the database must exist
        Write,      // reads and writes; creates the embedded database (and its folder) when missing
    };

    DatabaseCommand(const QString &name, const QString &summary, Access access);

    // Checks what does not need the database; a non-zero exit code stops there.
    virtual int check(const QCommandLineParser &parser, const QStringList &arguments)
    {
        Q_UNUSED(parser)
        Q_UNUSED(arguments)
        return 0;
    }
    // The access this run needs, when it depends on the options.
    virtual Access access(const QCommandLineParser &parser) const
    {
        Q_UNUSED(parser)
        return m_access;
    }
    virtual int executeOn(Database &db, const QCommandLineParser &parser, const QStringList &arguments) = 0;

    int execute(const QCommandLineParser &parser, const QStringList &arguments) final;

private:
    Access m_access;
};

// A verb that looks ahead from a day (--as-of, today by default) over a
// number of days (--within, 30 by default): what falls due, what ends.
class LookAheadCommand : public DatabaseCommand
{
protected:
    LookAheadCommand(const QString &name, const QString &summary);

    int check(const QCommandLineParser &parser, const QStringList &arguments) override;

    QDate m_today;
    int m_within = 30;
};

// --database and the address it gives, or the embedded default in the user's
// data folder (created when `createFolder`).
QCommandLineOption databaseOption();
Result<ConnectionSpec> databaseSpec(const QCommandLineParser &parser, bool createFolder);
// Opens a database as the window does; a password is asked only at a terminal.
Result<std::unique_ptr<Database>> openDatabase(const ConnectionSpec &spec, OpenMode mode, bool recordLocalUser = true);

// Lines of at most `width` characters, broken between words.
QStringList wrapText(const QString &text, int width);

// Options more than one verb takes.
QCommandLineOption asOfOption(const QString &description);
QCommandLineOption organizationOption(const QString &description);
QCommandLineOption withinOption();
// --as-of, today when not given.
Result<QDate> asOfValue(const QCommandLineParser &parser);
// --within, 30 days when not given.
Result<int> withinValue(const QCommandLineParser &parser);
// A date option written YYYY-MM-DD; an invalid QDate when not given.
Result<QDate> dateValue(const QCommandLineParser &parser, const QString &option);
// --organization by its number or its name; 0 when not given (every organization).
Result<RowId> organizationValue(Database &db, const QCommandLineParser &parser);

// The verbs, in the order the help lists them.
std::vector<std::unique_ptr<Command>> setupCommands();
std::vector<std::unique_ptr<Command>> deadlineCommands();
std::vector<std::unique_ptr<Command>> letterCommands();
std::vector<std::unique_ptr<Command>> retentionCommands();
std::vector<std::unique_ptr<Command>> reportCommands();
std::vector<std::unique_ptr<Command>> registerCommands();
std::vector<std::unique_ptr<Command>> dpiaCommands();
std::vector<std::unique_ptr<Command>> breachCommands();
std::vector<std::unique_ptr<Command>> adminCommands();
std::vector<std::unique_ptr<Command>> idCopyCommands();

// The session's vault of identity document copies, saying what its opening
// did (copies moved in from this computer's folder, a key made anew).
Result<intake::IdVault *> openIdVault(Database &db);

} // namespace pc::cli
