#include "TestSupport.h"

#include "storage/ConnectionSpec.h"

#include <QDir>

using namespace pc;

// How the database a user names on the command line or in the settings is
// understood, and refused when it cannot be right.
class TestConnectionSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("sslmode");

        const QString cwd = QDir::currentPath();
        QTest::newRow("absolute file") << "/srv/dpo/register.sqlite" << true << "sqlite" << "/srv/dpo/register.sqlite"
                                       << "" << 0 << "" << "" << "";
        QTest::newRow("relative file is made absolute")
            << "register.sqlite" << true << "sqlite" << cwd + QStringLiteral("/register.sqlite") << "" << 0 << "" << "" << "";
        QTest::newRow("path is cleaned") << "/srv/dpo/../dpo/./r.db" << true << "sqlite" << "/srv/dpo/r.db" << "" << 0
                                         << "" << "" << "";
        QTest::newRow("sqlite url") << "sqlite:///var/lib/pc/r.sqlite" << true << "sqlite" << "/var/lib/pc/r.sqlite"
                                    << "" << 0 << "" << "" << "";
        QTest::newRow("postgresql url") << "postgresql://alice@db.example.org:6543/registre" << true << "postgresql"
                                        << "" << "db.example.org" << 6543 << "alice" << "registre" << "";
        QTest::newRow("postgres scheme and default port")
            << "postgres://bob@10.0.0.5/dpo" << true << "postgresql" << "" << "10.0.0.5" << 5432 << "bob" << "dpo" << "";
        QTest::newRow("sslmode option") << "postgresql://alice@db/registre?sslmode=verify-full" << true << "postgresql"
                                        << "" << "db" << 5432 << "alice" << "registre" << "verify-full";
        QTest::newRow("password in url is refused") << "postgresql://alice:secret@db/registre" << false << "" << ""
                                                    << "" << 0 << "" << "" << "";
        QTest::newRow("no database name") << "postgresql://alice@db" << false << "" << "" << "" << 0 << "" << "" << "";
        QTest::newRow("unknown option") << "postgresql://alice@db/r?options=-c" << false << "" << "" << "" << 0 << ""
                                        << "" << "";
        QTest::newRow("unknown sslmode") << "postgresql://alice@db/r?sslmode=sometimes" << false << "" << "" << ""
                                         << 0 << "" << "" << "";
        QTest::newRow("other scheme") << "mysql://alice@db/r" << false << "" << "" << "" << 0 << "" << "" << "";
        QTest::newRow("empty") << "   " << false << "" << "" << "" << 0 << "" << "" << "";
        QTest::newRow("sqlite url without file") << "sqlite://" << false << "" << "" << "" << 0 << "" << "" << "";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const Result<ConnectionSpec> spec = ConnectionSpec::parse(text);
        QCOMPARE(spec.ok(), ok);
        if (!ok) {
            QVERIFY(!spec.errorMessage().isEmpty());
            // An error never repeats a password it was given.
            QVERIFY(!spec.errorMessage().contains(QLatin1String("secret")));
            return;
        }
        QFETCH(QString, engine);
        QFETCH(QString, path);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, database);
        QFETCH(QString, sslmode);
        QCOMPARE(spec->isPostgresql(), engine == QLatin1String("postgresql"));
        if (!spec->isPostgresql()) {
            QCOMPARE(spec->path, path);
            return;
        }
        QCOMPARE(spec->host, host);
        QCOMPARE(spec->port, port);
        QCOMPARE(spec->user, user);
        QCOMPARE(spec->databaseName, database);
        QCOMPARE(spec->options.value(QStringLiteral("sslmode")), sslmode);
    }

    void passwordIsErrorWordingSpecific()
    {
        const auto spec = ConnectionSpec::parse(QStringLiteral("postgresql://alice:secret@db/registre"));
        QVERIFY(spec.errorMessage().contains(QLatin1String("PGPASSWORD")));
    }

    void displayNameNeverShowsPassword()
    {
        auto spec = ConnectionSpec::parse(QStringLiteral("postgresql://alice@db.example.org:6543/registre"));
        PC_VERIFY_OK(spec);
        spec->password = QStringLiteral("hunter2");
        QCOMPARE(spec->displayName(), QStringLiteral("postgresql://alice@db.example.org:6543/registre"));
    }

    void defaultIsInTheDataFolder()
    {
        const ConnectionSpec spec = ConnectionSpec::defaultSqlite();
        QVERIFY(!spec.isPostgresql());
        QVERIFY2(spec.path.startsWith(qEnvironmentVariable("XDG_DATA_HOME")), qPrintable(spec.path));
        QVERIFY(spec.path.endsWith(QLatin1String("privacy-console.sqlite")));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("privacy-console"));
    TestConnectionSpec test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_connectionspec.moc"
