#include "TestSupport.h"

#include "core/Dates.h"
#include "core/Languages.h"
#include "demo/DemoGenerator.h"
#include "models/RegisterTableModel.h"
#include "storage/BackgroundReader.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace pc;
using namespace pc::test;

namespace {

// Waits until the model shows the rows of its latest selection and has
// counted them.
[[nodiscard]] bool settled(const RegisterTableModel &model)
{
    return QTest::qWaitFor([&] { return !model.isLoading() && !model.isCounting(); }, 20000);
}

} // namespace

// The register tables: consistent for any view (QAbstractItemModelTester),
// never loading a register whole, sorted and filtered by the database.
class TestModels : public QObject
{
    Q_OBJECT

private:
    static const QList<RegisterKind> &kinds()
    {
        static const QList<RegisterKind> list = {RegisterKind::Activities, RegisterKind::Subjects,
                                                 RegisterKind::Consents,   RegisterKind::Requests,
                                                 RegisterKind::Processors, RegisterKind::Retention,
                                                 RegisterKind::Breaches,   RegisterKind::Audit};
        return list;
    }

    std::unique_ptr<ScratchDatabase> m_sqlite;
    std::unique_ptr<ScratchDatabase> m_postgres;
    std::unique_ptr<Database> m_sqliteDb;
    std::unique_ptr<Database> m_postgresDb;
    std::unique_ptr<BackgroundReader> m_sqliteReader;
    std::unique_ptr<BackgroundReader> m_postgresReader;

    Database *database(const QString &engine)
    {
        return engine == QLatin1String("sqlite") ? m_sqliteDb.get() : m_postgresDb.get();
    }
    BackgroundReader &reader(const Database &db)
    {
        return &db == m_sqliteDb.get() ? *m_sqliteReader : *m_postgresReader;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DemoOptions options;
        options.subjects = 300;
        options.asOf = QDate(2026, 11, 22);
        m_sqlite = std::make_unique<ScratchDatabase>(QStringLiteral("sqlite"));
        m_sqliteDb = m_sqlite->open();
        QVERIFY(m_sqliteDb);
        PC_VERIFY_OK(DemoGenerator(*m_sqliteDb).generate(options));
        m_postgres = std::make_unique<ScratchDatabase>(QStringLiteral("postgresql"));
        QVERIFY2(m_postgres->isReady(), qPrintable(m_postgres->problem()));
        m_postgresDb = m_postgres->open();
        QVERIFY(m_postgresDb);
        PC_VERIFY_OK(DemoGenerator(*m_postgresDb).generate(options));
        m_sqliteReader = std::make_unique<BackgroundReader>(m_sqliteDb->spec());
        m_postgresReader = std::make_unique<BackgroundReader>(m_postgresDb->spec());
    }

    void everyRegisterIsAConsistentModel_data()
    {
        addEngineColumn();
        QTest::addColumn<int>("kind");
        for (const char *engine : {"sqlite", "postgresql"}) {
            for (RegisterKind kind : kinds()) {
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(engine), RegisterTableModel::title(kind))))
                    << QString::fromLatin1(engine) << int(kind);
            }
        }
    }
    void everyRegisterIsAConsistentModel()
    {
        QFETCH(QString, engine);
        QFETCH(int, kind);
        RegisterTableModel model(*database(engine), reader(*database(engine)), RegisterKind(kind));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(settled(model));
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.columnCount() >= 6);
        QVERIFY(model.matchCount() >= model.rowCount());
        for (int c = 0; c < model.columnCount(); ++c) {
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
            model.sort(c, Qt::DescendingOrder);
            QVERIFY(settled(model));
            QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
            QVERIFY(model.rowCount() > 0);
        }
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QCOMPARE(qint64(model.rowCount()), model.matchCount());
    }

    void registersArriveInPages()
    {
        RegisterTableModel model(*m_sqliteDb, reader(*m_sqliteDb), RegisterKind::Consents);
        QVERIFY(settled(model));
        QVERIFY(model.matchCount() > 1000);
        QVERIFY(model.rowCount() < model.matchCount());
        QVERIFY(model.canFetchMore(QModelIndex()));
        const int firstPage = model.rowCount();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore(QModelIndex());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 2 * firstPage);
    }

    void sortingIsDoneByTheDatabase_data() { addEngineColumn(); addEngineRows(); }
    void sortingIsDoneByTheDatabase()
    {
        QFETCH(QString, engine);
        RegisterTableModel model(*database(engine), reader(*database(engine)), RegisterKind::Subjects);
        model.sort(0, Qt::AscendingOrder);
        QVERIFY(settled(model));
        const QString first = model.data(model.index(0, 0)).toString();
        model.sort(0, Qt::DescendingOrder);
        QVERIFY(settled(model));
        const QString last = model.data(model.index(0, 0)).toString();
        QVERIFY2(first.localeAwareCompare(last) < 0 || first < last, qPrintable(first + QLatin1String(" / ") + last));
        QCOMPARE(scalar(*database(engine), QStringLiteral("SELECT max(last_name) FROM data_subjects")).toString(), last);
    }

    void largeSelectionsSortOnlyByIndexedColumns_data() { addEngineColumn(); addEngineRows(); }
    void largeSelectionsSortOnlyByIndexedColumns()
    {
        QFETCH(QString, engine);
        RegisterTableModel model(*database(engine), reader(*database(engine)), RegisterKind::Subjects);
        QSignalSpy refused(&model, &RegisterTableModel::sortRefused);
        model.setUnindexedSortLimit(100);   // as if the 300 people were millions
        QVERIFY(settled(model));
        const int category = 3;
        QCOMPARE(model.headerData(category, Qt::Horizontal).toString(), QStringLiteral("Category"));
        QVERIFY(!model.canSortBy(category));
        model.sort(category, Qt::AscendingOrder);
        QCOMPARE(refused.count(), 1);
        QCOMPARE(model.sortColumn(), 0);
        // First names have their index: sorted at any size.
        model.sort(1, Qt::DescendingOrder);
        QVERIFY(settled(model));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(model.sortColumn(), 1);
        QCOMPARE(model.data(model.index(0, 1)).toString(),
                 scalar(*database(engine), QStringLiteral("SELECT max(first_name) FROM data_subjects")).toString());
        // Narrowed by a search, any column sorts.
        const QString name = model.data(model.index(0, 0)).toString();
        model.setSearchText(name.left(3));
        QVERIFY(settled(model));
        QVERIFY(model.matchCount() <= 100);
        model.sort(category, Qt::AscendingOrder);
        QVERIFY(settled(model));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(model.sortColumn(), category);
        // Widened again, the order falls back to an indexed column.
        model.setSearchText(QString());
        QVERIFY(settled(model));
        QCOMPARE(model.matchCount(), 300);
        QCOMPARE(model.sortColumn(), 0);
    }

    void organizationAndSearchFilter_data() { addEngineColumn(); addEngineRows(); }
    void organizationAndSearchFilter()
    {
        QFETCH(QString, engine);
        Database &db = *database(engine);
        const auto orgs = RegisterRepository(db).organizations();
        PC_VERIFY_OK(orgs);
        const Organization &smoall = *std::find_if(orgs->begin(), orgs->end(), [](const Organization &o) {
            return o.jurisdiction == QLatin1String("BE");
        });
        RegisterTableModel model(db, reader(db), RegisterKind::Activities);
        QVERIFY(settled(model));
        const qint64 all = model.matchCount();
        model.setOrganization(smoall.id);
        QVERIFY(settled(model));
        QVERIFY(model.matchCount() > 0 && model.matchCount() < all);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.data(model.index(r, 3)).toString(), smoall.name);

        // The ledger filters its organization through the purposes, and counts alike.
        RegisterTableModel ledger(db, reader(db), RegisterKind::Consents);
        ledger.setOrganization(smoall.id);
        QVERIFY(settled(ledger));
        QCOMPARE(ledger.matchCount(),
                 scalar(db, QStringLiteral("SELECT count(*) FROM consent_events e JOIN consent_purposes p "
                                           "ON p.id = e.purpose_id WHERE p.organization_id = ?"), {smoall.id})
                     .toLongLong());
        QVERIFY(ledger.matchCount() > 0);
        for (int r = 0; r < ledger.rowCount(); ++r)
            QCOMPARE(ledger.data(ledger.index(r, 6)).toString(), smoall.name);

        RegisterTableModel people(db, reader(db), RegisterKind::Subjects);
        QVERIFY(settled(people));
        const QString someone = people.data(people.index(0, 0)).toString();
        people.setSearchText(someone.toUpper());
        QVERIFY(settled(people));
        QVERIFY(people.matchCount() >= 1);
        for (int r = 0; r < people.rowCount(); ++r)
            QVERIFY(people.data(people.index(r, 0)).toString().contains(someone, Qt::CaseInsensitive)
                    || people.data(people.index(r, 1)).toString().contains(someone, Qt::CaseInsensitive)
                    || people.data(people.index(r, 2)).toString().contains(someone, Qt::CaseInsensitive));
        // People are found by the beginning of a name or e-mail, from two letters on.
        const qint64 everyone = scalar(db, QStringLiteral("SELECT count(*) FROM data_subjects")).toLongLong();
        people.setSearchText(someone.left(1));
        QVERIFY(settled(people));
        QCOMPARE(people.matchCount(), everyone);
        const QString email = people.data(people.index(0, 2)).toString();
        people.setSearchText(email.left(5).toUpper());
        QVERIFY(settled(people));
        QVERIFY(people.matchCount() >= 1 && people.matchCount() < everyone);
        for (int r = 0; r < people.rowCount(); ++r) {
            const QString prefix = email.left(5);
            QVERIFY(people.data(people.index(r, 0)).toString().startsWith(prefix, Qt::CaseInsensitive)
                    || people.data(people.index(r, 1)).toString().startsWith(prefix, Qt::CaseInsensitive)
                    || people.data(people.index(r, 2)).toString().startsWith(prefix, Qt::CaseInsensitive));
        }
        // Accented capitals are found from the lower case, on both engines.
        {
            DataSubject elodie;
            elodie.organizationId = smoall.id;
            elodie.firstName = QStringLiteral("Éowyn");
            elodie.lastName = QStringLiteral("Ĕxample");
            PC_VERIFY_OK(PeopleRepository(db).addSubject(elodie));
            RegisterTableModel accented(db, reader(db), RegisterKind::Subjects);
            accented.setSearchText(QStringLiteral("éowy"));
            QVERIFY(settled(accented));
            QCOMPARE(accented.matchCount(), 1);
            QCOMPARE(accented.data(accented.index(0, 1)).toString(), QStringLiteral("Éowyn"));
            PC_VERIFY_OK(PeopleRepository(db).removeSubject(elodie.id));
        }
        people.setSearchText(QStringLiteral("%_nobody_%"));
        QVERIFY(settled(people));
        QCOMPARE(people.matchCount(), 0);
        QCOMPARE(people.rowCount(), 0);
    }

    void broadSearchesPageThroughTheIndexes_data() { addEngineColumn(); addEngineRows(); }
    void broadSearchesPageThroughTheIndexes()
    {
        QFETCH(QString, engine);
        Database &db = *database(engine);
        const auto orgs = RegisterRepository(db).organizations();
        PC_VERIFY_OK(orgs);
        // More people whose names begin alike than a page holds, in two organizations.
        QList<RowId> added;
        PC_VERIFY_OK(db.transaction([&]() -> Status {
            for (int i = 0; i < 400; ++i) {
                DataSubject person;
                person.organizationId = orgs->at(i % 2).id;
                person.lastName = i % 3 ? QStringLiteral("Tessier %1").arg(i % 37) : QStringLiteral("Martin");
                person.firstName = i % 3 ? QStringLiteral("Anne") : QStringLiteral("Teresa");
                person.email = QStringLiteral("p%1@example.org").arg(i);
                const auto id = PeopleRepository(db).addSubject(person);
                if (!id)
                    return id.error();
                added << id.value();
            }
            return success();
        }));
        const QString matching = QStringLiteral(
            "SELECT id FROM data_subjects WHERE (lower(last_name) LIKE 'te%' OR lower(first_name) LIKE 'te%' "
            "OR lower(email) LIKE 'te%' OR lower(external_ref) LIKE 'te%')");
        auto expected = [&](const QString &more, const QVariantList &bindings) {
            QSqlQuery query = db.prepare(matching + more);
            for (const QVariant &b : bindings)
                query.addBindValue(b);
            QList<RowId> ids;
            if (query.exec()) {
                while (query.next())
                    ids << query.value(0).toLongLong();
            }
            return ids;
        };
        auto shown = [](RegisterTableModel &model) {
            while (model.canFetchMore(QModelIndex()))
                model.fetchMore(QModelIndex());
            QList<RowId> ids;
            for (int r = 0; r < model.rowCount(); ++r)
                ids << model.rowId(r);
            return ids;
        };

        RegisterTableModel people(db, reader(db), RegisterKind::Subjects);
        QAbstractItemModelTester tester(&people, QAbstractItemModelTester::FailureReportingMode::QtTest);
        people.setSearchText(QStringLiteral("TE"));
        QVERIFY(settled(people));
        QVERIFY2(people.lastError().isEmpty(), qPrintable(people.lastError()));
        QVERIFY(people.matchCount() > 300);
        QCOMPARE(shown(people), expected(QStringLiteral(" ORDER BY last_name, id"), {}));
        people.sort(0, Qt::DescendingOrder);
        QVERIFY(settled(people));
        QCOMPARE(shown(people), expected(QStringLiteral(" ORDER BY last_name DESC, id DESC"), {}));
        // Narrowed to one organization, through the same indexes.
        people.setOrganization(orgs->at(1).id);
        QVERIFY(settled(people));
        const QList<RowId> ofOne =
            expected(QStringLiteral(" AND organization_id = ? ORDER BY last_name DESC, id DESC"), {orgs->at(1).id});
        QCOMPARE(people.matchCount(), qint64(ofOne.size()));
        QCOMPARE(shown(people), ofOne);
        // By another column, the search reads the table, in the same order as the database.
        people.sort(1, Qt::AscendingOrder);
        QVERIFY(settled(people));
        QCOMPARE(shown(people),
                 expected(QStringLiteral(" AND organization_id = ? ORDER BY first_name, id"), {orgs->at(1).id}));

        PC_VERIFY_OK(db.transaction([&]() -> Status {
            for (RowId id : std::as_const(added)) {
                if (Status s = PeopleRepository(db).removeSubject(id); !s)
                    return s;
            }
            return success();
        }));
    }

    void newSelectionsAreReadInTheBackground()
    {
        RegisterTableModel model(*m_sqliteDb, reader(*m_sqliteDb), RegisterKind::Consents);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore(QModelIndex()));
        QVERIFY(settled(model));
        const int firstPage = model.rowCount();
        QVERIFY(model.matchCount() > firstPage);

        QSignalSpy started(&model, &RegisterTableModel::loadStarted);
        QSignalSpy loaded(&model, &RegisterTableModel::loaded);
        QSignalSpy counted(&model, &RegisterTableModel::counted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        bool countingWhenLoaded = false;
        connect(&model, &RegisterTableModel::loaded, this, [&] { countingWhenLoaded = model.isCounting(); });
        // Asked for, the new selection is read elsewhere: the rows on screen
        // stay until it arrives, then its count follows.
        model.setSearchText(QStringLiteral("e"));
        QCOMPARE(started.count(), 1);
        QVERIFY(model.isLoading());
        QVERIFY(model.isCounting());
        QCOMPARE(model.rowCount(), firstPage);
        QCOMPARE(reset.count(), 0);
        QVERIFY(settled(model));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(loaded.count(), 1);
        QVERIFY(countingWhenLoaded);
        QCOMPARE(counted.count(), 1);
        QCOMPARE(model.matchCount(),
                 scalar(*m_sqliteDb, QStringLiteral("SELECT count(*) FROM consent_events e "
                                                    "JOIN data_subjects s ON s.id = e.subject_id "
                                                    "JOIN consent_purposes p ON p.id = e.purpose_id "
                                                    "WHERE lower(s.last_name) LIKE '%e%' OR lower(s.email) LIKE '%e%' "
                                                    "OR lower(p.name) LIKE '%e%'"))
                     .toLongLong());

        // Typing on: only the last selection reaches the screen.
        loaded.clear();
        model.setSearchText(QStringLiteral("ex"));
        model.setSearchText(QStringLiteral("nobody-has-this-name"));
        QVERIFY(settled(model));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.matchCount(), 0);

        // A short selection is counted with its rows, in one query.
        counted.clear();
        loaded.clear();
        countingWhenLoaded = true;
        const QString email = scalar(*m_sqliteDb, QStringLiteral("SELECT s.email FROM data_subjects s JOIN consent_events e "
                                                                 "ON e.subject_id = s.id WHERE s.email IS NOT NULL LIMIT 1"))
                                  .toString();
        model.setSearchText(email);
        QVERIFY(settled(model));
        QCOMPARE(loaded.count(), 1);
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.matchCount(), model.rowCount());
        QVERIFY(!countingWhenLoaded);
        QCOMPARE(counted.count(), 1);
    }

    void anUnindexedOrderWaitsForTheCount()
    {
        RegisterTableModel model(*m_sqliteDb, reader(*m_sqliteDb), RegisterKind::Subjects);
        QSignalSpy refused(&model, &RegisterTableModel::sortRefused);
        const int category = 3;
        // 300 people, too many for this limit: refused once they are counted.
        model.setUnindexedSortLimit(100);
        model.sort(category, Qt::AscendingOrder);
        QCOMPARE(refused.count(), 0);
        QVERIFY(settled(model));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(model.sortColumn(), 0);
        // Few enough for this one: sorted once they are counted.
        model.setUnindexedSortLimit(1000);
        model.reload();
        model.sort(category, Qt::DescendingOrder);
        QVERIFY(settled(model));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(model.sortColumn(), category);
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
        QCOMPARE(model.data(model.index(0, category)).toString(),
                 scalar(*m_sqliteDb, QStringLiteral("SELECT max(c.name) FROM data_subjects s "
                                                    "JOIN subject_categories c ON c.id = s.category_id"))
                     .toString());
    }

    void anUnreadableDatabaseSaysWhy()
    {
        ConnectionSpec gone;
        gone.path = m_sqlite->folder() + QStringLiteral("/gone.sqlite");
        BackgroundReader broken(gone);
        RegisterTableModel model(*m_sqliteDb, broken, RegisterKind::Subjects);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(settled(model));
        QVERIFY2(model.lastError().contains(QLatin1String("gone.sqlite")), qPrintable(model.lastError()));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.matchCount(), 0);
        QVERIFY(!model.canFetchMore(QModelIndex()));
    }

    void aModelGoneBeforeItsRowsIsForgotten()
    {
        BackgroundReader own(m_sqliteDb->spec());
        auto model = std::make_unique<RegisterTableModel>(*m_sqliteDb, own, RegisterKind::Consents);
        model->setSearchText(QStringLiteral("a"));
        model.reset();
        RegisterTableModel next(*m_sqliteDb, own, RegisterKind::Consents);
        QVERIFY(settled(next));
        QVERIFY(next.rowCount() > 0);
        // And a reader closed with work queued drops it.
        next.setSearchText(QStringLiteral("b"));
    }

    void datesShowTheirFourDigitYear()
    {
        RegisterTableModel model(*m_sqliteDb, reader(*m_sqliteDb), RegisterKind::Subjects);
        QVERIFY(settled(model));
        const int collected = 5;
        QCOMPARE(model.headerData(collected, Qt::Horizontal).toString(), QStringLiteral("Collected"));
        // In English as the system writes it, whatever the country, but with the whole year.
        QVERIFY(dates::toText(QDate(2026, 3, 12)).contains(QLatin1String("2026")));
        QVERIFY(QRegularExpression(QStringLiteral("\\b20\\d\\d$")).match(model.data(model.index(0, collected)).toString()).hasMatch());
        languages::install(QStringLiteral("fr"));
        const QString french = model.data(model.index(0, collected)).toString();
        const QString frenchDate = dates::toText(QDate(2026, 3, 12));
        languages::install(QStringLiteral("en"));
        QCOMPARE(frenchDate, QStringLiteral("12/03/2026"));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d/\\d\\d/20\\d\\d$")).match(french).hasMatch(),
                 qPrintable(french));
    }

    // English is written day first, as in the United Kingdom: 11/12/2026 is
    // the eleventh of December in every register an officer reads.
    void englishDatesAreDayFirstAndIsoOnRequest()
    {
        QCOMPARE(dates::toText(QDate(2026, 12, 11)), QStringLiteral("11/12/2026"));
        QCOMPARE(dates::withWeekday(QDate(2026, 12, 11)), QStringLiteral("Fri 11/12/2026"));
        QCOMPARE(dates::distance(QDate(2026, 12, 11), QDate(2026, 12, 8)), QStringLiteral("in 3 days"));
        QCOMPARE(dates::distance(QDate(2026, 12, 11), QDate(2026, 12, 12)), QStringLiteral("1 day late"));
        QCOMPARE(dates::distance(QDate(2026, 12, 11), QDate(2026, 12, 11)), QStringLiteral("today"));
        QCOMPARE(dates::deadline(QDate(2026, 12, 11), QDate(2026, 12, 1)), QStringLiteral("Fri 11/12/2026 · in 10 days"));
        // A month-first locale still never writes month first.
        QCOMPARE(dates::toText(QDate(2026, 12, 11), QLocale(QLocale::English, QLocale::UnitedStates)),
                 QStringLiteral("2026-12-11"));
        dates::setStyle(dates::Style::Iso);
        const QString iso = dates::toText(QDate(2026, 12, 11));
        const QString isoMoment = dates::toText(QDateTime(QDate(2026, 12, 11), QTime(9, 30)));
        languages::install(QStringLiteral("fr"));
        const QString isoFrench = dates::toText(QDate(2026, 12, 11));
        const QString frenchDeadline = dates::deadline(QDate(2026, 12, 11), QDate(2026, 12, 14));
        dates::setStyle(dates::Style::Language);
        const QString french = dates::withWeekday(QDate(2026, 12, 11));
        languages::install(QStringLiteral("en"));
        QCOMPARE(iso, QStringLiteral("2026-12-11"));
        QCOMPARE(isoMoment, QStringLiteral("2026-12-11 09:30"));
        QCOMPARE(isoFrench, QStringLiteral("2026-12-11"));
        QCOMPARE(frenchDeadline, QStringLiteral("ven. 2026-12-11 · 3 jours de retard"));
        QCOMPARE(french, QStringLiteral("ven. 11/12/2026"));
        QCOMPARE(dates::styleFromKey(dates::styleKey(dates::Style::Iso)), dates::Style::Iso);
        QCOMPARE(dates::styleFromKey(QStringLiteral("anything else")), dates::Style::Language);
    }

    // No register shows a date that could be read month first: every cell
    // of every register that looks like a date is day/month/year.
    void noRegisterWritesAMonthFirstDate()
    {
        const QRegularExpression slashed(QStringLiteral("\\b(\\d{1,2})/(\\d{1,2})/(\\d{2,4})\\b"));
        int checked = 0;
        bool dayOverTwelve = false;
        for (RegisterKind kind : {RegisterKind::Activities, RegisterKind::Subjects, RegisterKind::Consents,
                                  RegisterKind::Requests, RegisterKind::Processors, RegisterKind::Retention,
                                  RegisterKind::Breaches, RegisterKind::Audit}) {
            RegisterTableModel model(*m_sqliteDb, reader(*m_sqliteDb), kind);
            QVERIFY(settled(model));
            for (int row = 0; row < model.rowCount(); ++row) {
                for (int column = 0; column < model.columnCount(); ++column) {
                    const QString text = model.data(model.index(row, column)).toString();
                    for (auto it = slashed.globalMatch(text); it.hasNext();) {
                        const auto match = it.next();
                        ++checked;
                        dayOverTwelve = dayOverTwelve || match.captured(1).toInt() > 12;
                        // Four-digit years; the day first (a "month" over 12 would be a day).
                        QCOMPARE(match.captured(3).size(), 4);
                        QVERIFY2(match.captured(2).toInt() <= 12, qPrintable(text));
                    }
                }
            }
        }
        QVERIFY(checked > 100);
        QVERIFY(dayOverTwelve);
    }

    void headersFollowTheLanguage()
    {
        RegisterTableModel model(*m_sqliteDb, reader(*m_sqliteDb), RegisterKind::Subjects);
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        languages::install(QStringLiteral("fr"));
        model.retranslate();
        QCOMPARE(headers.count(), 1);
        const QString french = model.headerData(0, Qt::Horizontal).toString();
        languages::install(QStringLiteral("en"));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Last name"));
        QCOMPARE(french, QStringLiteral("Nom"));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestModels test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_models.moc"
