#pragma once

#include "domain/Register.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMap>
#include <QSet>
#include <QVariant>

#include <atomic>
#include <memory>

namespace pc {

class BackgroundReader;
class Database;

// The registers an officer browses, each a table of the database seen through
// chosen columns.
enum class RegisterKind {
    Activities,
    Subjects,
    Consents,
    Requests,
    Processors,
    Retention,
    Breaches,
    Audit,
    Dpias,
};

// A read-only table over one register that never loads it whole: rows arrive
// in pages as the view scrolls (canFetchMore/fetchMore), and sorting, the
// organization filter and the search text are applied by the database.
//
// A new selection (organization, search, filter, order) is read by the
// background reader: the rows shown stay those of the previous selection
// until the first page of the new one arrives (loaded()), and the rows that
// match are counted after that (counted()). The pages that follow, read as
// the view scrolls, come from `db` at once.
class RegisterTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    RegisterTableModel(Database &db, BackgroundReader &reader, RegisterKind kind, QObject *parent = nullptr);

    // Columns other screens filter on.
    static constexpr int kRequestStatusColumn = 3;
    static constexpr int kProcessorCountryColumn = 3;
    static constexpr int kConsentPurposeColumn = 2;
    // Registers searched by the beginning of their words start at this length.
    static constexpr int kPrefixSearchMinimum = 2;
    // Beyond this many matching rows, only columns the database keeps an
    // index for are sorted: sorting millions of rows on anything else would
    // hold the window for seconds.
    static constexpr qint64 kUnindexedSortLimit = 50000;

    RegisterKind kind() const { return m_kind; }
    static QString title(RegisterKind kind);
    // The SQL of an activity's impact assessment state (CodeList::DpiaState),
    // `activity` the alias of processing_activities.
    static QString dpiaStateExpression(const QString &activity);

    // 0: all organizations.
    void setOrganization(RowId organizationId);
    void setSearchText(const QString &text);
    // Keeps the rows whose column holds `value` (the stored code or text);
    // an empty value removes the filter of that column.
    void setColumnFilter(int column, const QString &value);
    void clearColumnFilters();
    // Whether a column can be filtered on, and the values it offers: every
    // code with its label for a column of codes, nothing for a free column
    // (filtered by a value of a cell or one typed).
    bool isFilterable(int column) const;
    QList<QPair<QString, QString>> filterChoices(int column) const;
    // The stored value of a cell, as setColumnFilter() expects it.
    QString filterValue(const QModelIndex &index) const;
    QString columnFilter(int column) const { return m_columnFilters.value(column); }
    // The filter of a column as the officer reads it (a code's label, a date
    // in the UI language).
    QString columnFilterText(int column) const;
    // Re-reads from the first page, keeping filters and sort.
    void reload();
    // Reads the same selection again, as many rows as are shown (done by
    // itself when the ChangeNotifier announces a change to a table it
    // reads). isRefreshing() until they arrive, so that a view keeps its
    // selected row and its place.
    void refresh();
    bool isRefreshing() const { return m_refreshing; }
    // A register not on screen only notes that it changed, and reads again
    // once shown: a change to one person does not recount a million
    // consent events behind a closed page.
    void setShown(bool shown);
    bool isStale() const { return m_stale; }
    // The tables its rows are read from.
    const QSet<QString> &readTables() const { return m_readTables; }
    // Names the columns and their order: a view's saved widths and order
    // apply only to the columns they were saved for.
    QString columnSignature() const;
    // Headers follow the UI language.
    void retranslate();

    // Whether the rows that match now can be sorted by the column (an
    // unindexed column waits for the rows to be counted: see sort()).
    bool canSortBy(int column) const;
    void setUnindexedSortLimit(qint64 rows) { m_unindexedSortLimit = rows; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    RowId rowId(int row) const;
    // The table whose rows the register lists (data_subjects, consent_events...).
    QString tableName() const { return baseTable().section(QLatin1Char(' '), 0, 0); }
    // The total number of rows that match, counted by the database; -1 while
    // they are being counted.
    qint64 matchCount() const { return m_matchCount; }
    bool isCounting() const { return m_matchCount < 0; }
    // Whether the rows of the latest selection are still being read.
    bool isLoading() const { return m_loading; }
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Refused (sortRefused) for an unindexed column of a large selection;
    // put off until the rows are counted when that is not known yet.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void sortRefused(int column);
    // A new selection is being read (the count is unknown until counted()).
    void loadStarted();
    // The first rows of the latest selection are shown, or lastError() says
    // why they could not be read.
    void loaded();
    // matchCount() is known.
    void counted();

private:
    // Deadline: a date with its weekday and, while the row is open, how far it is.
    enum class Format { Text, Date, Deadline, DateTime, Code, Number, Flag };
    struct Column
    {
        const char *header;      // QT_TR_NOOP
        QString expression;      // SQL, from code only
        Format format;
        int codeList;            // CodeList for Format::Code, else -1
        bool indexed = false;    // an index answers ORDER BY expression
    };

    // What a selection asks the database: rows meeting every condition and,
    // when people are searched by the beginning of their words, any of the
    // alternatives (each one answered by one index).
    struct Selection
    {
        struct Alternative
        {
            QString condition;
            QVariantList bindings;
            QString index;   // the index that answers it
        };
        QStringList conditions;
        QVariantList bindings;   // of the conditions, in order
        QList<Alternative> alternatives;
        int sortColumn = 0;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
    };
    // SQL with its values; a page's LIMIT and OFFSET are bound after them.
    struct Statement
    {
        QString sql;
        QVariantList bindings;
    };

    void defineColumns();
    void defineActivitiesColumns();
    void defineSubjectsColumns();
    void defineConsentsColumns();
    void defineRequestsColumns();
    void defineProcessorsColumns();
    void defineRetentionColumns();
    void defineBreachesColumns();
    void defineAuditColumns();
    void defineDpiasColumns();
    Selection currentSelection() const;
    QString where(const Selection &selection, QVariantList &bindings) const;
    bool searchedThroughIndexes(const Selection &selection) const;
    QString searchUnion(const Selection &selection, const QString &key, QVariantList &bindings) const;
    Statement pageStatement(const Selection &selection) const;
    Statement countStatement(const Selection &selection) const;
    void reload(bool recount);
    void showRows(int generation, const Selection &selection, const QList<QVariantList> &rows, qint64 count,
                  const QString &error);
    void showCount(int generation, qint64 count, const QString &error);
    void applyPendingSort();
    // The register's own table ("data_subjects s") and its alias.
    QString baseTable() const;
    bool readsOnlyBaseTable(const QString &sql) const;

    Database &m_db;
    RegisterKind m_kind;
    QList<Column> m_columns;
    QString m_table;
    QString m_organizationCondition;   // with one "?" for the organization id
    QStringList m_searchColumns;
    // With a prefix search: the index of each search column, and the column
    // those indexes also hold, so that the rows found sort without reading the table.
    QStringList m_searchIndexes;
    QString m_searchSortExpression;
    bool m_prefixSearch = false;   // match the beginning of the columns (indexed) instead of anywhere
    RowId m_organizationId = 0;
    QString m_searchText;
    QMap<int, QString> m_columnFilters;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    BackgroundReader &m_reader;
    // The latest selection asked for, and the latest whose rows need counting:
    // the reader skips the work of those overtaken.
    std::shared_ptr<std::atomic<int>> m_loadGeneration = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<std::atomic<int>> m_countGeneration = std::make_shared<std::atomic<int>>(0);
    bool m_loading = false;
    int m_pendingSortColumn = -1;   // asked for while the rows were being counted
    Qt::SortOrder m_pendingSortOrder = Qt::AscendingOrder;
    Selection m_shown;   // the selection the rows below belong to
    QList<QVariantList> m_rows;   // first value: the row id
    qint64 m_matchCount = -1;
    bool m_atEnd = true;   // nothing to fetch before the first rows arrive
    bool m_announcing = false;   // a reset or an insertion is being signalled
    qint64 m_unindexedSortLimit = kUnindexedSortLimit;
    QString m_lastError;
    QSet<QString> m_readTables;
    qsizetype m_refreshRows = 0;   // rows to read at once on a refresh
    bool m_refreshing = false;
    bool m_shownOnScreen = true;
    bool m_stale = false;
};

} // namespace pc
