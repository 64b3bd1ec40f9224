// The verbs of the register's keeper: the server's roles, the officers'
// sign-ins, and the audit trail's proof.

#include "Command.h"
#include "CommandLine.h"
#include "Terminal.h"

#include "domain/Codes.h"
#include "intake/IdVault.h"
#include "storage/AuditTrail.h"
#include "storage/Migrations.h"
#include "storage/ServerRoles.h"

#include <QLocale>

#include <optional>

namespace pc::cli {
namespace {

// A new password: typed twice at a terminal (none when the two differ),
// else one line of standard input.
std::optional<QString> newPassword(const QString &prompt)
{
    if (!terminal::isInteractive()) {
        QTextStream in(stdin);
        return in.readLine();
    }
    const QString password = terminal::readSecret(prompt);
    if (terminal::readSecret(CliText::tr("The same again: ")) != password)
        return std::nullopt;
    return password;
}

// A verb for a shared PostgreSQL server, named with --database; one that
// names a user takes NAME, the others no argument.
class ServerCommand : public DatabaseCommand
{
protected:
    enum class Takes { Nothing, Name };

    ServerCommand(const QString &name, const QString &summary, Takes takes = Takes::Nothing)
        : DatabaseCommand(name, summary, Access::Existing), m_takes(takes)
    {
    }

    int check(const QCommandLineParser &parser, const QStringList &arguments) override
    {
        if (m_takes == Takes::Nothing) {
            if (const int code = takesNoFile(arguments); code != ExitOk)
                return code;
        }
        const QString verb = name().section(QLatin1Char(' '), 0, 0);
        if (!parser.isSet(QStringLiteral("database")))
            return fail(serverWanted(verb), ExitUsage);
        const Result<ConnectionSpec> spec = ConnectionSpec::parse(parser.value(QStringLiteral("database")));
        if (!spec)
            return fail(spec.errorMessage(), ExitUsage);
        if (!spec->isPostgresql())
            return fail(serverWanted(verb), ExitFailure);
        return ExitOk;
    }

private:
    Takes m_takes;

    static QString serverWanted(const QString &verb)
    {
        return CliText::tr("%1 is for a shared PostgreSQL server: give it with --database postgresql://user@host/db.")
            .arg(verb);
    }
};

class ServerSetupCommand final : public ServerCommand
{
public:
    ServerSetupCommand()
        : ServerCommand(QStringLiteral("server-setup"),
                        CliText::tr("Create or update the schema, the roles and their rights on a PostgreSQL server."))
    {
        addExample(QStringLiteral("server-setup --database postgresql://postgres@db.example.org/privacy"));
    }

protected:
    int executeOn(Database &db, const QCommandLineParser &, const QStringList &) override
    {
        if (Status s = server::setup(db); !s)
            return fail(s.errorMessage(), ExitFailure);
        const QString database = server::currentDatabase(db).ok() ? server::currentDatabase(db).value() : QString();
        out() << CliText::tr("The server is set up for %1: schema %2, roles %3, %4 and %5.")
                     .arg(db.spec().displayName())
                     .arg(Migrator::latestVersion())
                     .arg(server::groupRole(database, QStringLiteral("admin")),
                          server::groupRole(database, QStringLiteral("officer")),
                          server::groupRole(database, QStringLiteral("viewer")))
              << Qt::endl;
        return ExitOk;
    }
};

class UserAddCommand final : public ServerCommand
{
public:
    UserAddCommand()
        : ServerCommand(QStringLiteral("user add"),
                        CliText::tr("Give an officer a sign-in on the server, or change their role; the password is "
                                    "asked, or read from standard input."),
                        Takes::Name)
    {
        addArgument(QStringLiteral("NAME"), CliText::tr("The officer's sign-in name on the server."));
        addOption({QStringLiteral("role"), CliText::tr("admin, officer or viewer."), CliText::tr("role")}, true);
        addOption({QStringLiteral("display-name"), CliText::tr("The name shown for the user."), CliText::tr("text")});
        addExample(QStringLiteral("user add amel --role admin --display-name \"Amel Trabelsi\" "
                                  "--database postgresql://postgres@db.example.org/privacy"));
    }

protected:
    int check(const QCommandLineParser &parser, const QStringList &arguments) override
    {
        if (arguments.size() != 1)
            return fail(CliText::tr("user wants what to do and whom: user add NAME --role ROLE, or user disable NAME."),
                        ExitUsage);
        if (parser.value(QStringLiteral("role")).trimmed().isEmpty())
            return fail(CliText::tr("user add wants the role: --role admin, officer or viewer."), ExitUsage);
        return ServerCommand::check(parser, arguments);
    }

    int executeOn(Database &db, const QCommandLineParser &parser, const QStringList &arguments) override
    {
        const QString name = arguments.constFirst();
        const QString role = parser.value(QStringLiteral("role")).trimmed().toLower();
        const std::optional<QString> password = newPassword(CliText::tr("Password for %1: ").arg(name));
        if (!password)
            return fail(CliText::tr("The two passwords differ; nothing was changed."), ExitFailure);
        if (Status s = server::addUser(db, name, role, *password, parser.value(QStringLiteral("display-name"))); !s)
            return fail(s.errorMessage(), ExitFailure);
        out() << CliText::tr("%1 signs in to this register as %2.").arg(name, codes::label(CodeList::UserRole, role))
              << Qt::endl;
        return ExitOk;
    }
};

class UserDisableCommand final : public ServerCommand
{
public:
    UserDisableCommand()
        : ServerCommand(QStringLiteral("user disable"),
                        CliText::tr("Take an officer's access to the register away; their trail stays."), Takes::Name)
    {
        addArgument(QStringLiteral("NAME"), CliText::tr("The officer's sign-in name on the server."));
        addExample(QStringLiteral("user disable jean --database postgresql://postgres@db.example.org/privacy"));
    }

protected:
    int check(const QCommandLineParser &parser, const QStringList &arguments) override
    {
        if (arguments.size() != 1)
            return fail(CliText::tr("user wants what to do and whom: user add NAME --role ROLE, or user disable NAME."),
                        ExitUsage);
        return ServerCommand::check(parser, arguments);
    }

    int executeOn(Database &db, const QCommandLineParser &, const QStringList &arguments) override
    {
        if (Status s = server::disableUser(db, arguments.constFirst()); !s)
            return fail(s.errorMessage(), ExitFailure);
        out() << CliText::tr("%1 can no longer reach this register.").arg(arguments.constFirst()) << Qt::endl;
        // The vault key they knew is renewed now when this session holds it.
        if (!intake::IdVault::renewalDue(db))
            return ExitOk;
        const Result<intake::IdVault *> vault = openIdVault(db);
        if (vault && vault.value()->renewed())
            out() << CliText::tr("The key to identity document copies was renewed: %1's key opens none of them.")
                         .arg(arguments.constFirst())
                  << Qt::endl;
        else
            out() << CliText::tr("The key to identity document copies will be renewed the next time an officer who holds it "
                                 "opens the register; until then %1 cannot reach it either.")
                         .arg(arguments.constFirst())
                  << Qt::endl;
        return ExitOk;
    }
};

class PasswordCommand final : public ServerCommand
{
public:
    PasswordCommand()
        : ServerCommand(QStringLiteral("password"),
                        CliText::tr("Change your own sign-in password on the server; your key to identity document "
                                    "copies is protected by the new one at the same moment. The new password is asked, "
                                    "or read from standard input."))
    {
        addExample(QStringLiteral("password --database postgresql://claire@db.example.org/privacy"));
    }

protected:
    int executeOn(Database &db, const QCommandLineParser &, const QStringList &) override
    {
        const std::optional<QString> typed = newPassword(CliText::tr("New password: "));
        if (!typed)
            return fail(CliText::tr("The two passwords differ; nothing was changed."), ExitFailure);
        const QString &password = *typed;
        // An officer's key is unlocked with the old password first; a viewer has none.
        const Result<QString> role = server::sessionRole(db);
        if (!role)
            return fail(role.errorMessage(), ExitFailure);
        intake::IdVault *vault = nullptr;
        if (role.value() != QLatin1String("viewer")) {
            const Result<intake::IdVault *> opened = openIdVault(db);
            if (!opened)
                return fail(opened.errorMessage(), ExitFailure);
            vault = opened.value();
        }
        const Status changed = db.transaction([&]() -> Status {
            if (Status s = server::changeOwnPassword(db, password); !s)
                return s;
            return vault ? vault->rewrap(db, password.toUtf8()) : success();
        });
        if (!changed)
            return fail(changed.errorMessage(), ExitFailure);
        out() << CliText::tr("Your password is changed; sign in with it from now on.") << Qt::endl;
        return ExitOk;
    }
};

class AuditVerifyCommand final : public DatabaseCommand
{
public:
    AuditVerifyCommand()
        : DatabaseCommand(QStringLiteral("audit verify"),
                          CliText::tr("Check the audit trail's chain of hashes, entry by entry; the first broken one "
                                      "is named."),
                          Access::Read)
    {
        addExample(QStringLiteral("audit verify --database register.sqlite"));
    }

protected:
    int check(const QCommandLineParser &, const QStringList &arguments) override
    {
        return takesNoFile(arguments);
    }

    int executeOn(Database &db, const QCommandLineParser &, const QStringList &) override
    {
        const Result<AuditTrail::Verification> verified = AuditTrail::verify(db);
        if (!verified)
            return fail(verified.errorMessage(), ExitFailure);
        if (!verified->ok()) {
            const QString why = verified->problem == QLatin1String("link")
                                    ? CliText::tr("it does not follow the entry before it: an entry was removed or slipped in")
                                : verified->problem == QLatin1String("data")
                                    ? CliText::tr("the row data it holds is not what was recorded")
                                : verified->problem == QLatin1String("unsealed")
                                    ? CliText::tr("it carries no hash")
                                    : CliText::tr("its content is not what was recorded");
            return fail(CliText::tr("The audit trail is broken at entry %1: %2.").arg(verified->firstBroken).arg(why),
                        ExitCheckFailed);
        }
        out() << CliText::tr("The audit trail's %1 entries are whole: each follows the one before it.")
                     .arg(QLocale().toString(verified->entries))
              << Qt::endl;
        if (!verified->lastHash.isEmpty())
            out() << CliText::tr("Last entry's hash (note it down to check the trail against later): %1")
                         .arg(verified->lastHash)
                  << Qt::endl;
        return ExitOk;
    }
};

} // namespace

std::vector<std::unique_ptr<Command>> adminCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ServerSetupCommand>());
    commands.push_back(std::make_unique<UserAddCommand>());
    commands.push_back(std::make_unique<UserDisableCommand>());
    commands.push_back(std::make_unique<PasswordCommand>());
    commands.push_back(std::make_unique<AuditVerifyCommand>());
    return commands;
}

} // namespace pc::cli
