// The verbs of identity document copies: which the register holds, whether
// they still decrypt to what was received, their destruction, and who may
// read them.

#include "Command.h"
#include "CommandLine.h"

#include "intake/IdVault.h"
#include "storage/CaseRepository.h"
#include "storage/SqlRow.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSqlQuery>

namespace pc::cli {
namespace {

QCommandLineOption requestOption(const QString &description)
{
    return {QStringLiteral("request"), description, CliText::tr("reference")};
}

// The request a reference names (in one organization, or the only one that has it).
Result<RowId> requestByReference(Database &db, const QString &reference, RowId organizationId)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT id FROM rights_requests WHERE reference = ? "
                                                "AND (? = 0 OR organization_id = ?)"));
    query.addBindValue(reference);
    query.addBindValue(organizationId);
    query.addBindValue(organizationId);
    if (!query.exec())
        return Database::sqlError(query);
    QList<RowId> found;
    const SqlRow row(query);
    while (query.next())
        found << row.id("id");
    if (found.isEmpty())
        return Error{CliText::tr("No request has the reference %1.").arg(reference), Error::Kind::NotFound};
    if (found.size() > 1)
        return Error{CliText::tr("Several organizations have a request %1: say which with --organization.").arg(reference),
                     Error::Kind::BadInput};
    return found.constFirst();
}

QString when(const QDateTime &moment)
{
    return moment.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

// A verb about the copies of one request (--request), or of all.
class IdCopyCommand : public DatabaseCommand
{
protected:
    IdCopyCommand(const QString &name, const QString &summary, Access access, bool requestRequired)
        : DatabaseCommand(name, summary, access)
    {
        addOption(requestOption(requestRequired ? CliText::tr("The request's reference.")
                                                : CliText::tr("Only the copies of this request.")),
                  requestRequired);
        addOption(organizationOption(CliText::tr("The organization whose request it is, when several have that reference.")));
    }

    int check(const QCommandLineParser &, const QStringList &arguments) override { return takesNoFile(arguments); }

    // The request named, 0 when none was; an error message already printed.
    std::optional<RowId> chosenRequest(Database &db, const QCommandLineParser &parser)
    {
        if (!parser.isSet(QStringLiteral("request")))
            return RowId(0);
        const Result<RowId> organization = organizationValue(db, parser);
        if (!organization) {
            fail(organization.errorMessage(), ExitUsage);
            return std::nullopt;
        }
        const Result<RowId> request = requestByReference(db, parser.value(QStringLiteral("request")), organization.value());
        if (!request) {
            fail(request.errorMessage(), ExitFailure);
            return std::nullopt;
        }
        return request.value();
    }
};

class IdCopiesListCommand final : public IdCopyCommand
{
public:
    IdCopiesListCommand()
        : IdCopyCommand(QStringLiteral("id-copies list"),
                        CliText::tr("The identity document copies waiting for their check: request, file, size, "
                                    "SHA-256 of the original, and the day each is destroyed at the latest."),
                        Access::Read, false)
    {
        addExample(QStringLiteral("id-copies list --request REQ-2026-004"));
    }

protected:
    int executeOn(Database &db, const QCommandLineParser &parser, const QStringList &) override
    {
        const std::optional<RowId> request = chosenRequest(db, parser);
        if (!request)
            return ExitFailure;
        QSqlQuery query = db.prepare(QStringLiteral(
            "SELECT r.reference, a.file_name, a.size_bytes, a.sha256, a.destroy_after, "
            "EXISTS (SELECT 1 FROM id_copy_contents c WHERE c.attachment_id = a.id) AS held "
            "FROM attachments a JOIN rights_requests r ON r.id = a.request_id "
            "WHERE a.kind = 'id_copy' AND a.destroyed_at IS NULL AND (? = 0 OR a.request_id = ?) "
            "ORDER BY r.reference, a.id"));
        query.addBindValue(request.value());
        query.addBindValue(request.value());
        if (!query.exec())
            return fail(Database::sqlError(query).message, ExitFailure);
        int shown = 0;
        const SqlRow row(query);
        while (query.next()) {
            QString line = CliText::tr("%1  %2  %n byte(s)  SHA-256 %3  destroyed by %4", nullptr,
                                       int(row.bigInteger("size_bytes")))
                               .arg(row.text("reference"), row.text("file_name"), row.text("sha256"),
                                    row.date("destroy_after").toString(Qt::ISODate));
            if (!row.flag("held"))
                line += QStringLiteral("  ") + CliText::tr("(not in this database)");
            out() << line << Qt::endl;
            ++shown;
        }
        if (shown == 0)
            out() << CliText::tr("No identity document copy is waiting for its check.") << Qt::endl;
        return ExitOk;
    }
};

class IdCopiesVerifyCommand final : public IdCopyCommand
{
public:
    IdCopiesVerifyCommand()
        : IdCopyCommand(QStringLiteral("id-copies verify"),
                        CliText::tr("Decrypts each identity document copy of a request in memory and prints ok and the "
                                    "SHA-256 of what it decrypts to; for officers given access only."),
                        Access::Existing, true)
    {
        addExample(QStringLiteral("id-copies verify --request REQ-2026-004 --database postgresql://claire@db.example.org/privacy"));
    }

protected:
    int executeOn(Database &db, const QCommandLineParser &parser, const QStringList &) override
    {
        // The officer's key first: a viewer learns nothing of the copies.
        const Result<intake::IdVault *> vault = openIdVault(db);
        if (!vault)
            return fail(vault.errorMessage(), ExitFailure);
        if (Status s = vault.value()->requireAccess(db); !s)
            return fail(s.errorMessage(), ExitFailure);
        const std::optional<RowId> request = chosenRequest(db, parser);
        if (!request)
            return ExitFailure;
        const Result<QList<Attachment>> documents = CaseRepository(db).requestAttachments(request.value());
        if (!documents)
            return fail(documents.errorMessage(), ExitFailure);
        int verified = 0;
        int failed = 0;
        for (const Attachment &document : documents.value()) {
            if (document.kind != QLatin1String("id_copy"))
                continue;
            if (document.destroyedAt.isValid()) {
                out() << CliText::tr("%1: destroyed on %2").arg(document.fileName, when(document.destroyedAt)) << Qt::endl;
                continue;
            }
            const Result<QByteArray> content = vault.value()->read(db, document);
            if (!content) {
                out() << CliText::tr("%1: %2").arg(document.fileName, content.errorMessage()) << Qt::endl;
                ++failed;
                continue;
            }
            out() << CliText::tr("ok  %1  SHA-256 %2")
                         .arg(document.fileName,
                              QString::fromLatin1(QCryptographicHash::hash(content.value(), QCryptographicHash::Sha256).toHex()))
                  << Qt::endl;
            ++verified;
        }
        if (failed > 0)
            return ExitFailure;
        if (verified == 0)
            return fail(CliText::tr("This request has no identity document copy to verify."), ExitFailure);
        return ExitOk;
    }
};

class IdCopiesDestroyCommand final : public IdCopyCommand
{
public:
    IdCopiesDestroyCommand()
        : IdCopyCommand(QStringLiteral("id-copies destroy"),
                        CliText::tr("Destroys the identity document copies of a request now: their ciphertext and keys "
                                    "go, their names and fingerprints stay, the request's history says when."),
                        Access::Existing, true)
    {
        addExample(QStringLiteral("id-copies destroy --request REQ-2026-004"));
    }

protected:
    int executeOn(Database &db, const QCommandLineParser &parser, const QStringList &) override
    {
        const std::optional<RowId> request = chosenRequest(db, parser);
        if (!request)
            return ExitFailure;
        const Result<int> destroyed = intake::IdVault::destroyCopiesOf(db, request.value());
        if (!destroyed)
            return fail(destroyed.errorMessage(), ExitFailure);
        out() << CliText::tr("%n identity document copy(ies) of %1 destroyed.", nullptr, destroyed.value())
                     .arg(parser.value(QStringLiteral("request")))
              << Qt::endl;
        return ExitOk;
    }
};

class IdCopiesGrantCommand final : public DatabaseCommand
{
public:
    IdCopiesGrantCommand()
        : DatabaseCommand(QStringLiteral("id-copies grant"),
                          CliText::tr("Gives an officer access to the identity document copies, sealing the register's "
                                      "vault key to theirs; they need to have opened the register once."),
                          Access::Existing)
    {
        addArgument(QStringLiteral("NAME"), CliText::tr("The officer's sign-in name."));
        addExample(QStringLiteral("id-copies grant jean --database postgresql://claire@db.example.org/privacy"));
    }

protected:
    int check(const QCommandLineParser &, const QStringList &arguments) override
    {
        if (arguments.size() != 1)
            return fail(CliText::tr("id-copies grant wants whom: id-copies grant NAME."), ExitUsage);
        return ExitOk;
    }

    int executeOn(Database &db, const QCommandLineParser &, const QStringList &arguments) override
    {
        const Result<intake::IdVault *> vault = openIdVault(db);
        if (!vault)
            return fail(vault.errorMessage(), ExitFailure);
        if (Status s = vault.value()->grant(db, arguments.constFirst()); !s)
            return fail(s.errorMessage(), ExitFailure);
        out() << CliText::tr("%1 may now read the identity document copies of this register.").arg(arguments.constFirst())
              << Qt::endl;
        return ExitOk;
    }
};

} // namespace

Result<intake::IdVault *> openIdVault(Database &db)
{
    const Result<intake::IdVault *> vault = intake::IdVault::session(db);
    if (!vault)
        return vault;
    const intake::IdVault::Moved &moved = vault.value()->moved();
    if (moved.moved > 0 || moved.notMoved > 0) {
        out() << CliText::tr("Identity document copies kept in a folder of this computer: %1 moved into the register, %2 "
                             "not (their file or its key is not here; they stay where they are).")
                     .arg(moved.moved)
                     .arg(moved.notMoved)
              << Qt::endl;
    }
    if (vault.value()->keyReplaced())
        out() << CliText::tr("Your key was protected by an earlier password: a new key was made, and an officer must "
                             "give you access to identity document copies again.")
              << Qt::endl;
    return vault;
}

std::vector<std::unique_ptr<Command>> idCopyCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<IdCopiesListCommand>());
    commands.push_back(std::make_unique<IdCopiesVerifyCommand>());
    commands.push_back(std::make_unique<IdCopiesDestroyCommand>());
    commands.push_back(std::make_unique<IdCopiesGrantCommand>());
    return commands;
}

} // namespace pc::cli
