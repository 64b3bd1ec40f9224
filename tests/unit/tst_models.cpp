#include "TestSupport.h"

#include "core/Languages.h"
#include "demo/DemoGenerator.h"
#include "models/RegisterTableModel.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace pc;
using namespace pc::test;

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

    Database *database(const QString &engine)
    {
        return engine == QLatin1String("sqlite") ? m_sqliteDb.get() : m_postgresDb.get();
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
        RegisterTableModel model(*database(engine), RegisterKind(kind));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.columnCount() >= 6);
        QVERIFY(model.matchCount() >= model.rowCount());
        for (int c = 0; c < model.columnCount(); ++c) {
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
            model.sort(c, Qt::DescendingOrder);
            QVERIFY2(model.lastError().isEmpty(), qPrintable(model.lastError()));
            QVERIFY(model.rowCount() > 0);
        }
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QCOMPARE(qint64(model.rowCount()), model.matchCount());
    }

    void registersArriveInPages()
    {
        RegisterTableModel model(*m_sqliteDb, RegisterKind::Consents);
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
        RegisterTableModel model(*database(engine), RegisterKind::Subjects);
        model.sort(0, Qt::AscendingOrder);
        const QString first = model.data(model.index(0, 0)).toString();
        model.sort(0, Qt::DescendingOrder);
        const QString last = model.data(model.index(0, 0)).toString();
        QVERIFY2(first.localeAwareCompare(last) < 0 || first < last, qPrintable(first + QLatin1String(" / ") + last));
        QCOMPARE(scalar(*database(engine), QStringLiteral("SELECT max(last_name) FROM data_subjects")).toString(), last);
    }

    void largeSelectionsSortOnlyByIndexedColumns_data() { addEngineColumn(); addEngineRows(); }
    void largeSelectionsSortOnlyByIndexedColumns()
    {
        QFETCH(QString, engine);
        RegisterTableModel model(*database(engine), RegisterKind::Subjects);
        QSignalSpy refused(&model, &RegisterTableModel::sortRefused);
        model.setUnindexedSortLimit(100);   // as if the 300 people were millions
        const int category = 3;
        QCOMPARE(model.headerData(category, Qt::Horizontal).toString(), QStringLiteral("Category"));
        QVERIFY(!model.canSortBy(category));
        model.sort(category, Qt::AscendingOrder);
        QCOMPARE(refused.count(), 1);
        QCOMPARE(model.sortColumn(), 0);
        // First names have their index: sorted at any size.
        model.sort(1, Qt::DescendingOrder);
        QCOMPARE(refused.count(), 1);
        QCOMPARE(model.sortColumn(), 1);
        QCOMPARE(model.data(model.index(0, 1)).toString(),
                 scalar(*database(engine), QStringLiteral("SELECT max(first_name) FROM data_subjects")).toString());
        // Narrowed by a search, any column sorts.
        const QString name = model.data(model.index(0, 0)).toString();
        model.setSearchText(name.left(3));
        QVERIFY(model.matchCount() <= 100);
        model.sort(category, Qt::AscendingOrder);
        QCOMPARE(refused.count(), 1);
        QCOMPARE(model.sortColumn(), category);
        // Widened again, the order falls back to an indexed column.
        model.setSearchText(QString());
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
        RegisterTableModel model(db, RegisterKind::Activities);
        const qint64 all = model.matchCount();
        model.setOrganization(smoall.id);
        QVERIFY(model.matchCount() > 0 && model.matchCount() < all);
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.data(model.index(r, 2)).toString(), smoall.name);

        // The ledger filters its organization through the purposes, and counts alike.
        RegisterTableModel ledger(db, RegisterKind::Consents);
        ledger.setOrganization(smoall.id);
        QCOMPARE(ledger.matchCount(),
                 scalar(db, QStringLiteral("SELECT count(*) FROM consent_events e JOIN consent_purposes p "
                                           "ON p.id = e.purpose_id WHERE p.organization_id = ?"), {smoall.id})
                     .toLongLong());
        QVERIFY(ledger.matchCount() > 0);
        for (int r = 0; r < ledger.rowCount(); ++r)
            QCOMPARE(ledger.data(ledger.index(r, 6)).toString(), smoall.name);

        RegisterTableModel people(db, RegisterKind::Subjects);
        const QString someone = people.data(people.index(0, 0)).toString();
        people.setSearchText(someone.toUpper());
        QVERIFY(people.matchCount() >= 1);
        for (int r = 0; r < people.rowCount(); ++r)
            QVERIFY(people.data(people.index(r, 0)).toString().contains(someone, Qt::CaseInsensitive)
                    || people.data(people.index(r, 1)).toString().contains(someone, Qt::CaseInsensitive)
                    || people.data(people.index(r, 2)).toString().contains(someone, Qt::CaseInsensitive));
        // People are found by the beginning of a name or e-mail, from two letters on.
        const qint64 everyone = RegisterTableModel(db, RegisterKind::Subjects).matchCount();
        people.setSearchText(someone.left(1));
        QCOMPARE(people.matchCount(), everyone);
        const QString email = people.data(people.index(0, 2)).toString();
        people.setSearchText(email.left(5).toUpper());
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
            RegisterTableModel accented(db, RegisterKind::Subjects);
            accented.setSearchText(QStringLiteral("éowy"));
            QCOMPARE(accented.matchCount(), 1);
            QCOMPARE(accented.data(accented.index(0, 1)).toString(), QStringLiteral("Éowyn"));
            PC_VERIFY_OK(PeopleRepository(db).removeSubject(elodie.id));
        }
        people.setSearchText(QStringLiteral("%_nobody_%"));
        QCOMPARE(people.matchCount(), 0);
        QCOMPARE(people.rowCount(), 0);
    }

    void headersFollowTheLanguage()
    {
        RegisterTableModel model(*m_sqliteDb, RegisterKind::Subjects);
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
