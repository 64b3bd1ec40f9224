#include "ConnectionSpec.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace pc {
namespace {

// The translation context of this file's messages.
struct ConnectionSpecText
{
    Q_DECLARE_TR_FUNCTIONS(pc::ConnectionSpec)
};

Result<ConnectionSpec> parsePostgresql(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return Error{ConnectionSpecText::tr("“%1” is not a valid PostgreSQL address; expected "
                        "postgresql://user@host:port/database.").arg(text)};
    }
    if (!url.password().isEmpty()) {
        return Error{ConnectionSpecText::tr("Do not put a password in the database address: set PGPASSWORD "
                        "or type it when asked.")};
    }
    ConnectionSpec spec;
    spec.engine = Engine::Postgresql;
    spec.host = url.host();
    spec.port = url.port(5432);
    spec.user = url.userName();
    spec.databaseName = url.path().mid(1);
    if (spec.databaseName.isEmpty() || spec.databaseName.contains(QLatin1Char('/')))
        return Error{ConnectionSpecText::tr("The PostgreSQL address “%1” names no database.").arg(url.toDisplayString(QUrl::RemovePassword))};
    if (spec.user.isEmpty())
        spec.user = qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"));
    const QUrlQuery query(url);
    static const QStringList allowed = {QStringLiteral("sslmode"), QStringLiteral("connect_timeout"),
                                        QStringLiteral("application_name"),
                                        QStringLiteral("sslrootcert")};
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowed.contains(key))
            return Error{ConnectionSpecText::tr("Unknown PostgreSQL option “%1”.").arg(key)};
        spec.options.insert(key, value);
    }
    static const QStringList sslModes = {QStringLiteral("disable"), QStringLiteral("allow"),
                                         QStringLiteral("prefer"), QStringLiteral("require"),
                                         QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (spec.options.contains(QStringLiteral("sslmode"))
        && !sslModes.contains(spec.options.value(QStringLiteral("sslmode")))) {
        return Error{ConnectionSpecText::tr("Unknown sslmode “%1”.").arg(spec.options.value(QStringLiteral("sslmode")))};
    }
    return spec;
}

} // namespace

Result<ConnectionSpec> ConnectionSpec::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error{ConnectionSpecText::tr("No database was given.")};

    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://")))
        return parsePostgresql(text);

    QString path = text;
    if (text.startsWith(QLatin1String("sqlite://"))) {
        path = QUrl(text).path();
        if (path.isEmpty())
            return Error{ConnectionSpecText::tr("The SQLite address “%1” names no file.").arg(text)};
    } else if (text.contains(QLatin1String("://"))) {
        return Error{ConnectionSpecText::tr("“%1” is neither a file, a sqlite:/// address nor a postgresql:// address.").arg(text)};
    }
    ConnectionSpec spec;
    spec.engine = Engine::Sqlite;
    spec.path = QFileInfo(QDir::cleanPath(path)).absoluteFilePath();
    return spec;
}

ConnectionSpec ConnectionSpec::defaultSqlite()
{
    ConnectionSpec spec;
    spec.engine = Engine::Sqlite;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    spec.path = QDir(folder).filePath(QStringLiteral("privacy-console.sqlite"));
    return spec;
}

QString ConnectionSpec::displayName() const
{
    if (engine == Engine::Sqlite)
        return QDir::toNativeSeparators(path);
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    text += host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + databaseName;
    return text;
}

} // namespace pc
