// The SQL the two engines write differently, run on both: every expression
// of the dialect gives the same answer on SQLite and on PostgreSQL. And rows
// read by column name: found whatever the order, typed, and a name the query
// does not have stops the program rather than read as NULL.
#include "TestSupport.h"

#include "storage/SqlDialect.h"
#include "storage/SqlRow.h"

#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

using namespace pc;

namespace {

// What the child started by missingColumnStops() is told to do.
const char *const kReadMissingColumn = "PC_TEST_READ_MISSING_COLUMN";

// The rows of a statement, each row's columns as text (NULL as "NULL").
QList<QStringList> rowsOf(Database &db, const QString &sql, const QVariantList &bindings = {})
{
    QSqlQuery query = db.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(Database::sqlError(query).message));
        return {};
    }
    QList<QStringList> rows;
    const int columns = query.record().count();
    while (query.next()) {
        QStringList row;
        for (int column = 0; column < columns; ++column)
            row << (query.isNull(column) ? QStringLiteral("NULL") : query.value(column).toString());
        rows << row;
    }
    return rows;
}

QVariant single(Database &db, const QString &sql, const QVariantList &bindings = {})
{
    return test::scalar(db, sql, bindings);
}

} // namespace

class TestSqlDialect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Started again by missingColumnStops(): read a column the query
        // does not have, which must stop this process.
        if (qEnvironmentVariableIsSet(kReadMissingColumn)) {
            test::ScratchDatabase scratch(QStringLiteral("sqlite"));
            auto db = scratch.open();
            QSqlQuery query = db->prepare(QStringLiteral("SELECT 1 AS one"));
            query.exec();
            query.next();
            const SqlRow row(query);
            (void)row.integer("two");
            ::exit(0); // not reached
        }
    }

    void rowsAreReadByName_data() { test::addEngineColumn(); test::addEngineRows(); }
    void rowsAreReadByName()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        PC_VERIFY_OK(db->execute(db->sql().expandMarkers(
            QStringLiteral("CREATE TABLE scratch_rows (id ${PK}, name TEXT, amount ${ID}, ratio REAL, active ${BOOL}, "
                           "born_on ${DATE}, seen_at ${TIMESTAMP});"))));
        const QDateTime seen(QDate(2024, 3, 31), QTime(23, 59, 59, 250), Qt::UTC);
        QSqlQuery insert = db->prepare(QStringLiteral(
            "INSERT INTO scratch_rows (name, amount, ratio, active, born_on, seen_at) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : QVariantList{QStringLiteral("Ana"), qint64(5000000000), 0.25, true,
                                              dateOrNull(QDate(1990, 2, 28)), dateTimeOrNull(seen)})
            insert.addBindValue(v);
        QVERIFY(insert.exec());
        QSqlQuery empty = db->prepare(QStringLiteral("INSERT INTO scratch_rows (name) VALUES (NULL)"));
        QVERIFY(empty.exec());

        // The columns in another order than they are read, one under an alias.
        QSqlQuery query = db->prepare(
            QStringLiteral("SELECT seen_at, born_on, active, ratio, amount, name, id, amount * 2 AS doubled "
                           "FROM scratch_rows ORDER BY id"));
        QVERIFY(query.exec());
        const SqlRow row(query);
        QVERIFY(query.next());
        QCOMPARE(row.id("id"), RowId(1));
        QCOMPARE(row.text("name"), QStringLiteral("Ana"));
        QCOMPARE(row.bigInteger("amount"), qint64(5000000000));
        QCOMPARE(row.bigInteger("doubled"), qint64(10000000000));
        QCOMPARE(row.number("ratio"), 0.25);
        QCOMPARE(row.flag("active"), true);
        QCOMPARE(row.date("born_on"), QDate(1990, 2, 28));
        QCOMPARE(row.dateTime("seen_at"), seen);
        QVERIFY(!row.isNull("name"));
        // A name looked up once is found again under another literal.
        const QByteArray sameName("name");
        QCOMPARE(row.text(sameName.constData()), QStringLiteral("Ana"));
        QCOMPARE(row.indexOf("NAME"), row.indexOf("name"));
        QCOMPARE(row.indexOf("missing"), -1);

        QVERIFY(query.next());
        QCOMPARE(row.id("id"), RowId(2));
        QVERIFY(row.isNull("name"));
        QCOMPARE(row.text("name"), QString());
        QCOMPARE(row.bigInteger("amount"), qint64(0));
        QCOMPARE(row.integer("amount"), 0);
        QCOMPARE(row.flag("active"), false);
        QVERIFY(!row.date("born_on").isValid());
        QVERIFY(!row.dateTime("seen_at").isValid());
        QVERIFY(!query.next());

        QSqlQuery count = db->prepare(QStringLiteral("SELECT count(*) FROM scratch_rows"));
        QVERIFY(count.exec() && count.next());
        QCOMPARE(scalar<qint64>(count), qint64(2));
    }

    void missingColumnStops()
    {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(kReadMissingColumn), QStringLiteral("1"));
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("rowsAreReadByName")});
        QVERIFY(child.waitForFinished(60000));
        const QString said = QString::fromUtf8(child.readAll());
        QVERIFY2(child.exitStatus() == QProcess::CrashExit || child.exitCode() != 0, qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("No column \"two\"")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("SELECT 1 AS one")), qPrintable(said));
    }

    void periodsFollowTheCalendar_data() { test::addEngineColumn(); test::addEngineRows(); }
    void periodsFollowTheCalendar()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        const SqlDialect sql = db->sql();
        PC_VERIFY_OK(db->execute(sql.expandMarkers(
            QStringLiteral("CREATE TABLE scratch_periods (id ${PK}, since ${DATE}, n INTEGER, unit TEXT);"))));
        struct Case
        {
            QDate since;
            int count;
            const char *unit;
            QDate expected;
        };
        const Case cases[] = {
            {QDate(2024, 1, 31), 1, "month", QDate(2024, 2, 29)}, // into a leap February
            {QDate(2023, 1, 31), 1, "month", QDate(2023, 2, 28)},
            {QDate(2024, 3, 31), 11, "month", QDate(2025, 2, 28)},
            {QDate(2024, 8, 31), 1, "month", QDate(2024, 9, 30)},
            {QDate(2024, 1, 15), 1, "month", QDate(2024, 2, 15)},
            {QDate(2024, 2, 29), 1, "year", QDate(2025, 2, 28)},
            {QDate(2024, 2, 29), 4, "year", QDate(2028, 2, 29)},
            {QDate(2024, 12, 25), 2, "week", QDate(2025, 1, 8)},
            {QDate(2024, 12, 31), 1, "day", QDate(2025, 1, 1)},
            {QDate(2024, 2, 28), 30, "day", QDate(2024, 3, 29)},
        };
        for (const Case &c : cases) {
            QSqlQuery insert =
                db->prepare(QStringLiteral("INSERT INTO scratch_periods (since, n, unit) VALUES (?, ?, ?)"));
            insert.addBindValue(dateOrNull(c.since));
            insert.addBindValue(c.count);
            insert.addBindValue(QString::fromLatin1(c.unit));
            QVERIFY(insert.exec());
        }
        // The unit as a column, and as a literal as the ledger writes it.
        QSqlQuery query = db->prepare(
            QStringLiteral("SELECT id, %1 AS due, %2 AS month_later FROM scratch_periods ORDER BY id")
                .arg(sql.addPeriod(QStringLiteral("since"), QStringLiteral("n"), QStringLiteral("unit")),
                     sql.addPeriod(QStringLiteral("since"), QStringLiteral("1"), QStringLiteral("'month'"))));
        QVERIFY2(query.exec(), qPrintable(Database::sqlError(query).message));
        const SqlRow row(query);
        for (const Case &c : cases) {
            QVERIFY(query.next());
            QCOMPARE(row.date("due"), c.expected);
            QCOMPARE(row.date("month_later"),
                     QDate(c.since.year(), c.since.month(), 1)
                         .addMonths(1)
                         .addDays(std::min(c.since.day(), c.since.addMonths(1).daysInMonth()) - 1));
        }
    }

    void datesAreTakenInUtc_data() { test::addEngineColumn(); test::addEngineRows(); }
    void datesAreTakenInUtc()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        const SqlDialect sql = db->sql();
        // A session that lives hours away from UTC changes nothing.
        if (sql.isPostgresql())
            PC_VERIFY_OK(db->execute(QStringLiteral("SET TIME ZONE 'Asia/Kathmandu';")));
        PC_VERIFY_OK(db->execute(sql.expandMarkers(
            QStringLiteral("CREATE TABLE scratch_moments (id ${PK}, at ${TIMESTAMP}, day ${DATE});"))));
        const QList<QDateTime> moments = {
            QDateTime(QDate(2024, 3, 31), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(2024, 4, 1), QTime(0, 0), Qt::UTC),
            // 00:30 in Paris is still the day before in UTC.
            QDateTime(QDate(2024, 7, 1), QTime(0, 30), QTimeZone("Europe/Paris")),
        };
        const QList<QDate> utcDays = {QDate(2024, 3, 31), QDate(2024, 4, 1), QDate(2024, 6, 30)};
        for (const QDateTime &at : moments) {
            QSqlQuery insert = db->prepare(QStringLiteral("INSERT INTO scratch_moments (at, day) VALUES (?, ?)"));
            insert.addBindValue(dateTimeOrNull(at));
            insert.addBindValue(dateOrNull(at.toUTC().date()));
            QVERIFY(insert.exec());
        }
        QSqlQuery query =
            db->prepare(QStringLiteral("SELECT %1 AS utc_day, %2 AS day_start, %3 AS stamp "
                                       "FROM scratch_moments ORDER BY id")
                            .arg(sql.utcDateOf(QStringLiteral("at")), sql.utcStartOf(QStringLiteral("day")),
                                 sql.timestampText(QStringLiteral("at"))));
        QVERIFY2(query.exec(), qPrintable(Database::sqlError(query).message));
        const SqlRow row(query);
        for (int i = 0; i < moments.size(); ++i) {
            QVERIFY(query.next());
            QCOMPARE(row.date("utc_day"), utcDays.at(i));
            QCOMPARE(row.dateTime("day_start"), QDateTime(utcDays.at(i), QTime(0, 0), Qt::UTC));
            QVERIFY2(
                row.text("stamp").startsWith(moments.at(i).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))),
                qPrintable(row.text("stamp")));
        }

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
        const QDateTime now = toDateTime(single(*db, QStringLiteral("SELECT %1").arg(sql.now())));
        QVERIFY2(now >= before && now <= before.addSecs(65), qPrintable(now.toString(Qt::ISODateWithMs)));
    }

    void textsAndDocuments_data() { test::addEngineColumn(); test::addEngineRows(); }
    void textsAndDocuments()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        const SqlDialect sql = db->sql();
        PC_VERIFY_OK(db->execute(sql.expandMarkers(
            QStringLiteral("CREATE TABLE scratch_texts (id ${PK}, grp INTEGER, pos INTEGER, word TEXT);"))));
        // Written out of order: the order comes from the statement.
        const QList<QVariantList> words = {{1, 3, QStringLiteral("c")},
                                           {1, 1, QStringLiteral("a")},
                                           {2, 1, QStringLiteral("x")},
                                           {1, 2, QStringLiteral("b")}};
        for (const QVariantList &w : words) {
            QSqlQuery insert =
                db->prepare(QStringLiteral("INSERT INTO scratch_texts (grp, pos, word) VALUES (?, ?, ?)"));
            for (const QVariant &v : w)
                insert.addBindValue(v);
            QVERIFY(insert.exec());
        }
        QCOMPARE(
            rowsOf(*db,
                   QStringLiteral("SELECT grp, %1 FROM (SELECT grp, pos, word FROM scratch_texts ORDER BY pos) o "
                                  "GROUP BY grp ORDER BY grp")
                       .arg(sql.aggregateText(QStringLiteral("word"), QStringLiteral("'; "), QStringLiteral("pos")))),
            (QList<QStringList>{{QStringLiteral("1"), QStringLiteral("a'; b'; c")},
                                {QStringLiteral("2"), QStringLiteral("x")}}));

        // A mark as an erasure writes it, read back; a member it lacks is NULL.
        const QString mark = sql.jsonObject(QStringLiteral("erased"), QStringLiteral("CAST(? AS BIGINT)"));
        const QString erased = sql.jsonText(mark, QStringLiteral("erased"));
        QCOMPARE(single(*db, QStringLiteral("SELECT ") + erased, {qint64(42)}).toString(), QStringLiteral("42"));
        const QString kept = sql.jsonText(mark, QStringLiteral("kept"));
        QVERIFY(single(*db, QStringLiteral("SELECT ") + kept, {qint64(42)}).isNull());
        const QString joined = QStringLiteral("'word ' || ") + sql.asText(QStringLiteral("pos"));
        QCOMPARE(single(*db, QStringLiteral("SELECT %1 FROM scratch_texts WHERE word = 'b'").arg(joined)).toString(),
                 QStringLiteral("word 2"));
        QCOMPARE(single(*db, QStringLiteral("SELECT %1").arg(sql.sha256Hex(QStringLiteral("'abc'")))).toString(),
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(rowsOf(*db,
                        QStringLiteral("SELECT CASE WHEN %1 THEN 1 ELSE 0 END, CASE WHEN %2 THEN 1 ELSE 0 END, "
                                       "CASE WHEN %3 THEN 1 ELSE 0 END")
                            .arg(sql.isDistinctFrom(QStringLiteral("NULL"), QStringLiteral("NULL")),
                                 sql.isDistinctFrom(QStringLiteral("1"), QStringLiteral("NULL")),
                                 sql.isDistinctFrom(QStringLiteral("1"), QStringLiteral("1")))),
                 (QList<QStringList>{{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("0")}}));
        // The same actor as the trail records.
        const QString actor =
            single(*db, QStringLiteral("SELECT %1").arg(sql.actor()), sql.actorBindings(QStringLiteral("officer-7")))
                .toString();
        QCOMPARE(actor, sql.isPostgresql() ? scratch.spec().user : QStringLiteral("officer-7"));
    }

    void queriesAndStatements_data() { test::addEngineColumn(); test::addEngineRows(); }
    void queriesAndStatements()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        const SqlDialect sql = db->sql();
        PC_VERIFY_OK(db->execute(sql.expandMarkers(
            QStringLiteral("CREATE TABLE scratch_events (id ${PK}, who INTEGER, what INTEGER, at ${TIMESTAMP});"))));
        const QDateTime t(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
        // Two groups; the second's last two events at the same moment: the higher id wins.
        const QList<QVariantList> events = {
            {1, 1, t}, {1, 1, t.addSecs(60)}, {1, 1, t.addSecs(-60)}, {1, 2, t}, {1, 2, t}, {2, 1, t}};
        for (int i = 0; i < events.size(); ++i) {
            QSqlQuery insert =
                db->prepare(QStringLiteral("INSERT INTO scratch_events (id, who, what, at) VALUES (?, ?, ?, ?)"));
            insert.addBindValue(i + 1);
            insert.addBindValue(events.at(i).at(0));
            insert.addBindValue(events.at(i).at(1));
            insert.addBindValue(dateTimeOrNull(events.at(i).at(2).toDateTime()));
            QVERIFY(insert.exec());
        }
        QCOMPARE(
            rowsOf(*db,
                   QStringLiteral("SELECT who, what, latest FROM (%1) l ORDER BY who, what")
                       .arg(sql.latestPerGroup(QStringLiteral("scratch_events"), QStringLiteral("who, what"),
                                               QStringLiteral("at"), QStringLiteral("id"), QStringLiteral("latest")))),
            (QList<QStringList>{{QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("2")},
                                {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("5")},
                                {QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("6")}}));

        // Explicit ids, then one the engine gives: the next after them.
        if (const QString sync = sql.syncIdSequence(QStringLiteral("scratch_events")); !sync.isEmpty())
            QVERIFY(single(*db, sync).isValid());
        QSqlQuery next = db->prepare(QStringLiteral("INSERT INTO scratch_events (who, what) VALUES (3, 3)"));
        QVERIFY2(next.exec(), qPrintable(Database::sqlError(next).message));
        QCOMPARE(single(*db, QStringLiteral("SELECT max(id) FROM scratch_events")).toLongLong(), qint64(7));
        if (const QString analyze = sql.refreshStatistics(QStringLiteral("scratch_events")); !analyze.isEmpty())
            PC_VERIFY_OK(db->execute(analyze + QLatin1Char(';')));

        // A temporary table's index, and a read through it.
        PC_VERIFY_OK(db->execute(QStringLiteral("CREATE TEMPORARY TABLE scratch_work (k INTEGER, v TEXT);")));
        PC_VERIFY_OK(db->execute(QStringLiteral("CREATE INDEX %1 ON scratch_work (k);")
                                     .arg(sql.temporaryIndexName(QStringLiteral("scratch_work_k")))));
        PC_VERIFY_OK(db->execute(QStringLiteral("INSERT INTO scratch_work VALUES (1, 'one');")));
        QCOMPARE(single(*db,
                        QStringLiteral("SELECT v FROM scratch_work%1 WHERE k = 1")
                            .arg(sql.indexedBy(QStringLiteral("scratch_work_k"))))
                     .toString(),
                 QStringLiteral("one"));
        QCOMPARE(sql.indexedBy(QString()), QString());

        // A snapshot sees one state of the data throughout.
        QSqlQuery begin(db->connection());
        QVERIFY2(begin.exec(sql.beginSnapshot()), qPrintable(Database::sqlError(begin).message));
        QCOMPARE(single(*db, QStringLiteral("SELECT count(*) FROM scratch_events")).toLongLong(), qint64(7));
        QSqlQuery end(db->connection());
        QVERIFY(end.exec(QStringLiteral("COMMIT")));

        // Run unprepared, as the health check runs it: the server prepares no SHOW.
        QSqlQuery version(db->connection());
        QVERIFY2(version.exec(sql.engineVersionQuery()) && version.next(), qPrintable(Database::sqlError(version).message));
        const QString number = scalar<QString>(version);
        QVERIFY2(!number.isEmpty() && number.at(0).isDigit(), qPrintable(number));
        QCOMPARE(sql.engineName(), sql.isPostgresql() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"));
        QCOMPARE(sql.expandMarkers(QStringLiteral("${TRUE}")),
                 sql.isPostgresql() ? QStringLiteral("TRUE") : QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestSqlDialect)
#include "tst_sqldialect.moc"
