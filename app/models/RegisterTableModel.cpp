#include "RegisterTableModel.h"

#include "ColumnRoles.h"

#include "core/ChangeNotifier.h"
#include "core/Dates.h"
#include "domain/Codes.h"
#include "storage/BackgroundReader.h"
#include "storage/Database.h"
#include "storage/RowWriter.h"
#include "storage/SqlDialect.h"
#include "storage/SqlRow.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

#include <utility>

namespace pc {
namespace {

constexpr int kPageSize = 256;

int list(CodeList l)
{
    return int(l);
}

// Up to `limit` rows of `sql` (a page by default), whose last two parameters are LIMIT and OFFSET.
QList<QVariantList> readRows(Database &db, const QString &sql, const QVariantList &bindings, qsizetype offset,
                             int width, QString *error, qsizetype limit = kPageSize)
{
    QSqlQuery query = db.prepare(sql);
    query.setForwardOnly(true);
    for (const QVariant &b : bindings)
        query.addBindValue(b);
    query.addBindValue(limit);
    query.addBindValue(offset);
    QList<QVariantList> rows;
    if (!query.exec()) {
        *error = Database::sqlError(query).message;
        return rows;
    }
    while (query.next()) {
        QVariantList row;
        row.reserve(width);
        for (int i = 0; i < width; ++i)
            row << query.value(i);
        rows << row;
    }
    return rows;
}

qint64 countRows(Database &db, const QString &sql, const QVariantList &bindings, QString *error)
{
    QSqlQuery query = db.prepare(sql);
    query.setForwardOnly(true);
    for (const QVariant &b : bindings)
        query.addBindValue(b);
    if (query.exec() && query.next())
        return scalar<qint64>(query);
    *error = Database::sqlError(query).message;
    return -1;
}

} // namespace

RegisterTableModel::RegisterTableModel(Database &db, BackgroundReader &reader, RegisterKind kind, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_kind(kind), m_reader(reader)
{
    defineColumns();
    if (m_kind == RegisterKind::Audit || m_kind == RegisterKind::Consents)
        m_sortOrder = Qt::DescendingOrder;
    // The tables the rows are read from: a change to any of them is read again.
    static const QRegularExpression named(QStringLiteral("(?:^|\\bJOIN\\s+|\\bFROM\\s+)([a-z_]+)"));
    QStringList sources = {m_table};
    for (const Column &c : std::as_const(m_columns))
        sources << c.expression;
    for (const QString &source : std::as_const(sources)) {
        for (auto it = named.globalMatch(source); it.hasNext();)
            m_readTables.insert(it.next().captured(1));
    }
    connect(&ChangeNotifier::instance(), &ChangeNotifier::changed, this, [this](const ChangeSet &changes) {
        for (const QString &table : changes.tables()) {
            if (m_readTables.contains(table)) {
                if (m_shownOnScreen)
                    refresh();
                else
                    m_stale = true;
                return;
            }
        }
    });
    reload();
}

QString RegisterTableModel::columnSignature() const
{
    QStringList parts;
    for (const Column &c : m_columns)
        parts << QString::fromLatin1(c.header);
    return QString::fromLatin1(QCryptographicHash::hash(parts.join(QLatin1Char('|')).toUtf8(), QCryptographicHash::Sha1)
                                   .toHex()
                                   .left(16));
}

void RegisterTableModel::setShown(bool shown)
{
    m_shownOnScreen = shown;
    if (shown && std::exchange(m_stale, false))
        refresh();
}

void RegisterTableModel::refresh()
{
    // As many pages as are shown, so that the view can keep its place.
    m_refreshRows = qMax<qsizetype>(1, (m_rows.size() + kPageSize - 1) / kPageSize) * kPageSize;
    reload(true);
}

QString RegisterTableModel::title(RegisterKind kind)
{
    switch (kind) {
    case RegisterKind::Activities: return tr("Processing register");
    case RegisterKind::Subjects: return tr("Data subjects");
    case RegisterKind::Consents: return tr("Consents");
    case RegisterKind::Requests: return tr("Rights requests");
    case RegisterKind::Processors: return tr("Processors");
    case RegisterKind::Retention: return tr("Retention");
    case RegisterKind::Breaches: return tr("Breaches");
    case RegisterKind::Audit: return tr("Audit trail");
    case RegisterKind::Dpias: return tr("Impact assessments");
    }
    return {};
}

void RegisterTableModel::defineColumns()
{
    switch (m_kind) {
    case RegisterKind::Activities: defineActivitiesColumns(); break;
    case RegisterKind::Subjects: defineSubjectsColumns(); break;
    case RegisterKind::Consents: defineConsentsColumns(); break;
    case RegisterKind::Requests: defineRequestsColumns(); break;
    case RegisterKind::Processors: defineProcessorsColumns(); break;
    case RegisterKind::Retention: defineRetentionColumns(); break;
    case RegisterKind::Breaches: defineBreachesColumns(); break;
    case RegisterKind::Audit: defineAuditColumns(); break;
    case RegisterKind::Dpias: defineDpiasColumns(); break;
    }
}

void RegisterTableModel::defineActivitiesColumns()
{
    m_table = QStringLiteral("processing_activities a JOIN organizations o ON o.id = a.organization_id "
                             "LEFT JOIN retention_rules r ON r.id = a.retention_rule_id");
    m_organizationCondition = QStringLiteral("a.organization_id = ?");
    m_searchColumns = {QStringLiteral("a.name"), QStringLiteral("a.reference"), QStringLiteral("a.description")};
    m_columns = {
        // What an officer scans first: which, what, in what state.
        {QT_TR_NOOP("Reference"), QStringLiteral("a.reference"), Format::Text, -1},
        {QT_TR_NOOP("Activity"), QStringLiteral("a.name"), Format::Text, -1},
        {QT_TR_NOOP("Status"), QStringLiteral("a.status"), Format::Code, list(CodeList::ActivityStatus)},
        {QT_TR_NOOP("Organization"), QStringLiteral("o.name"), Format::Text, -1},
        {QT_TR_NOOP("Role"), QStringLiteral("a.controller_role"), Format::Code, list(CodeList::ControllerRole)},
        {QT_TR_NOOP("Retention rule"), QStringLiteral("r.name"), Format::Text, -1},
        {QT_TR_NOOP("DPIA"), dpiaStateExpression(QStringLiteral("a")), Format::Code, list(CodeList::DpiaState)},
        {QT_TR_NOOP("Updated"), QStringLiteral("a.updated_at"), Format::DateTime, -1},
    };
}

void RegisterTableModel::defineSubjectsColumns()
{
    m_table = QStringLiteral("data_subjects s JOIN organizations o ON o.id = s.organization_id "
                             "LEFT JOIN subject_categories c ON c.id = s.category_id");
    m_organizationCondition = QStringLiteral("s.organization_id = ?");
    // A million people: names and e-mails are found by their beginning,
    // through indexes, rather than by reading every row.
    m_prefixSearch = true;
    m_searchColumns = {QStringLiteral("s.last_name"), QStringLiteral("s.first_name"), QStringLiteral("s.email"),
                       QStringLiteral("s.external_ref")};
    m_searchIndexes = {QStringLiteral("subjects_search_last_name"), QStringLiteral("subjects_search_first_name"),
                       QStringLiteral("subjects_search_email"), QStringLiteral("subjects_search_reference")};
    m_searchSortExpression = QStringLiteral("s.last_name");
    m_columns = {
        {QT_TR_NOOP("Last name"), QStringLiteral("s.last_name"), Format::Text, -1, true},
        {QT_TR_NOOP("First name"), QStringLiteral("s.first_name"), Format::Text, -1, true},
        {QT_TR_NOOP("E-mail"), QStringLiteral("s.email"), Format::Text, -1, true},
        {QT_TR_NOOP("Category"), QStringLiteral("c.name"), Format::Text, -1},
        {QT_TR_NOOP("Organization"), QStringLiteral("o.name"), Format::Text, -1},
        {QT_TR_NOOP("Collected"), QStringLiteral("s.collected_on"), Format::Date, -1, true},
        {QT_TR_NOOP("Relationship ended"), QStringLiteral("s.relationship_end"), Format::Date, -1, true},
        {QT_TR_NOOP("Last contact"), QStringLiteral("s.last_contact_on"), Format::Date, -1, true},
    };
}

void RegisterTableModel::defineConsentsColumns()
{
    const QString personName = QStringLiteral("coalesce(s.last_name, '') || ' ' || coalesce(s.first_name, '')");
    m_table = QStringLiteral("consent_events e JOIN data_subjects s ON s.id = e.subject_id "
                             "JOIN consent_purposes p ON p.id = e.purpose_id "
                             "JOIN organizations o ON o.id = p.organization_id");
    // On the ledger itself, so counting needs no join over millions of events.
    m_organizationCondition =
        QStringLiteral("e.purpose_id IN (SELECT id FROM consent_purposes WHERE organization_id = ?)");
    m_searchColumns = {QStringLiteral("s.last_name"), QStringLiteral("s.email"), QStringLiteral("p.name")};
    m_columns = {
        {QT_TR_NOOP("When"), QStringLiteral("e.occurred_at"), Format::DateTime, -1, true},
        {QT_TR_NOOP("Person"), personName, Format::Text, -1},
        {QT_TR_NOOP("Purpose"), QStringLiteral("p.name"), Format::Text, -1},
        {QT_TR_NOOP("Event"), QStringLiteral("e.event"), Format::Code, list(CodeList::ConsentEventKind)},
        {QT_TR_NOOP("How"), QStringLiteral("e.method"), Format::Code, list(CodeList::ConsentMethod)},
        {QT_TR_NOOP("Source"), QStringLiteral("e.source"), Format::Text, -1},
        {QT_TR_NOOP("Organization"), QStringLiteral("o.name"), Format::Text, -1},
    };
}

void RegisterTableModel::defineRequestsColumns()
{
    m_table = QStringLiteral("rights_requests q JOIN organizations o ON o.id = q.organization_id");
    m_organizationCondition = QStringLiteral("q.organization_id = ?");
    m_searchColumns = {QStringLiteral("q.reference"), QStringLiteral("q.requester_name"),
                       QStringLiteral("q.requester_email")};
    m_columns = {
        {QT_TR_NOOP("Reference"), QStringLiteral("q.reference"), Format::Text, -1},
        {QT_TR_NOOP("Requester"), QStringLiteral("q.requester_name"), Format::Text, -1},
        {QT_TR_NOOP("Types"),
         QStringLiteral("(SELECT %1 FROM request_types t WHERE t.request_id = q.id)")
             .arg(m_db.sql().aggregateText(QStringLiteral("t.type"), QStringLiteral(","), QStringLiteral("t.id"))),
         Format::Code, list(CodeList::RequestType)},
        {QT_TR_NOOP("Status"), QStringLiteral("q.status"), Format::Code, list(CodeList::RequestStatus)},
        {QT_TR_NOOP("Due"), QStringLiteral("coalesce(q.extended_due_on, q.due_on)"), Format::Deadline, -1},
        {QT_TR_NOOP("Received"), QStringLiteral("q.received_on"), Format::Date, -1},
        {QT_TR_NOOP("Channel"), QStringLiteral("q.channel"), Format::Code, list(CodeList::RequestChannel)},
        {QT_TR_NOOP("Organization"), QStringLiteral("o.name"), Format::Text, -1},
    };
}

void RegisterTableModel::defineProcessorsColumns()
{
    m_table = QStringLiteral("processors p JOIN organizations o ON o.id = p.organization_id");
    m_organizationCondition = QStringLiteral("p.organization_id = ?");
    m_searchColumns = {QStringLiteral("p.name"), QStringLiteral("p.service"), QStringLiteral("p.country")};
    m_columns = {
        {QT_TR_NOOP("Processor"), QStringLiteral("p.name"), Format::Text, -1},
        {QT_TR_NOOP("Role"), QStringLiteral("p.role"), Format::Code, list(CodeList::ProcessorRole)},
        {QT_TR_NOOP("Service"), QStringLiteral("p.service"), Format::Text, -1},
        {QT_TR_NOOP("Country"), QStringLiteral("p.country"), Format::Text, -1},
        {QT_TR_NOOP("Transfer safeguard"), QStringLiteral("p.transfer_safeguard"), Format::Code,
         list(CodeList::TransferSafeguard)},
        {QT_TR_NOOP("DPA signed"), QStringLiteral("p.dpa_signed_on"), Format::Date, -1},
        {QT_TR_NOOP("Policy checked"), QStringLiteral("p.privacy_policy_checked_on"), Format::Date, -1},
        {QT_TR_NOOP("Organization"), QStringLiteral("o.name"), Format::Text, -1},
    };
}

void RegisterTableModel::defineRetentionColumns()
{
    m_table = QStringLiteral("retention_rules r JOIN organizations o ON o.id = r.organization_id");
    m_organizationCondition = QStringLiteral("r.organization_id = ?");
    m_searchColumns = {QStringLiteral("r.name"), QStringLiteral("r.justification")};
    m_columns = {
        {QT_TR_NOOP("Rule"), QStringLiteral("r.name"), Format::Text, -1},
        {QT_TR_NOOP("Duration"), QStringLiteral("r.duration"), Format::Number, -1},
        {QT_TR_NOOP("Unit"), QStringLiteral("r.unit"), Format::Code, list(CodeList::RetentionUnit)},
        {QT_TR_NOOP("Counted from"), QStringLiteral("r.trigger_event"), Format::Code, list(CodeList::RetentionTrigger)},
        {QT_TR_NOOP("At the end"), QStringLiteral("r.outcome"), Format::Code, list(CodeList::RetentionOutcome)},
        {QT_TR_NOOP("Policy wording"), QStringLiteral("r.justification"), Format::Text, -1},
        {QT_TR_NOOP("Organization"), QStringLiteral("o.name"), Format::Text, -1},
    };
}

void RegisterTableModel::defineBreachesColumns()
{
    m_table = QStringLiteral("breaches b JOIN organizations o ON o.id = b.organization_id");
    m_organizationCondition = QStringLiteral("b.organization_id = ?");
    m_searchColumns = {QStringLiteral("b.reference"), QStringLiteral("b.title")};
    m_columns = {
        {QT_TR_NOOP("Reference"), QStringLiteral("b.reference"), Format::Text, -1},
        {QT_TR_NOOP("Breach"), QStringLiteral("b.title"), Format::Text, -1},
        {QT_TR_NOOP("Status"), QStringLiteral("b.status"), Format::Code, list(CodeList::BreachStatus)},
        {QT_TR_NOOP("Notify by"), QStringLiteral("b.notification_due_at"), Format::DateTime, -1},
        {QT_TR_NOOP("Risk"), QStringLiteral("b.risk"), Format::Code, list(CodeList::BreachRisk)},
        {QT_TR_NOOP("Aware since"), QStringLiteral("b.aware_at"), Format::DateTime, -1},
        {QT_TR_NOOP("People affected"), QStringLiteral("b.subjects_affected"), Format::Number, -1},
        {QT_TR_NOOP("Organization"), QStringLiteral("o.name"), Format::Text, -1},
    };
}

void RegisterTableModel::defineDpiasColumns()
{
    m_table = QStringLiteral("dpias d JOIN organizations o ON o.id = d.organization_id");
    m_organizationCondition = QStringLiteral("d.organization_id = ?");
    m_searchColumns = {QStringLiteral("d.name"), QStringLiteral("d.author_name"), QStringLiteral("d.validator_name")};
    m_columns = {
        {QT_TR_NOOP("Assessment"), QStringLiteral("d.name"), Format::Text, -1},
        {QT_TR_NOOP("Status"),
         QStringLiteral("CASE d.status WHEN 0 THEN 'in_progress' WHEN 1 THEN 'rejected' WHEN 2 THEN 'validated' "
                        "WHEN 3 THEN 'signed' ELSE 'archived' END"),
         Format::Code, list(CodeList::DpiaStatus)},
        {QT_TR_NOOP("Activities"),
         QStringLiteral("(SELECT %1 FROM dpia_activities l JOIN processing_activities a ON a.id = l.activity_id "
                        "WHERE l.dpia_id = d.id)")
             .arg(m_db.sql().aggregateText(QStringLiteral("coalesce(a.reference, a.name)"), QStringLiteral(", "),
                                           QStringLiteral("a.reference"))),
         Format::Text, -1},
        {QT_TR_NOOP("Review by"), QStringLiteral("d.review_on"), Format::Deadline, -1},
        {QT_TR_NOOP("Author"), QStringLiteral("d.author_name"), Format::Text, -1},
        {QT_TR_NOOP("Organization"), QStringLiteral("o.name"), Format::Text, -1},
        {QT_TR_NOOP("Updated"), QStringLiteral("d.updated_at"), Format::DateTime, -1},
    };
}

QString RegisterTableModel::dpiaStateExpression(const QString &activity)
{
    // The newest word on the activity: an assessment to review, validated or
    // under way, else what its screening (or the officer) said.
    const QString covering = QStringLiteral("EXISTS (SELECT 1 FROM dpia_activities l JOIN dpias d ON d.id = l.dpia_id "
                                            "WHERE l.activity_id = %1.id AND %2)");
    return QStringLiteral("CASE WHEN %1 THEN 'to_review' WHEN %2 THEN 'validated' WHEN %3 THEN 'in_progress' "
                          "WHEN %4.dpia_required THEN 'not_started' ELSE 'not_required' END")
        .arg(covering.arg(activity, QStringLiteral("d.status IN (2, 3) AND d.review_on <= CURRENT_DATE")),
             covering.arg(activity, QStringLiteral("d.status IN (2, 3)")),
             covering.arg(activity, QStringLiteral("d.status IN (0, 1)")), activity);
}

void RegisterTableModel::defineAuditColumns()
{
    m_table = QStringLiteral("audit_log l");
    m_searchColumns = {QStringLiteral("l.actor"), QStringLiteral("l.action"), QStringLiteral("l.table_name"),
                       QStringLiteral("l.detail")};
    m_columns = {
        {QT_TR_NOOP("Entry"), QStringLiteral("l.id"), Format::Number, -1, true},
        {QT_TR_NOOP("Time"), QStringLiteral("l.occurred_at"), Format::DateTime, -1, true},
        {QT_TR_NOOP("Who"), QStringLiteral("l.actor"), Format::Text, -1},
        {QT_TR_NOOP("Action"), QStringLiteral("l.action"), Format::Text, -1},
        {QT_TR_NOOP("Table"), QStringLiteral("l.table_name"), Format::Text, -1},
        {QT_TR_NOOP("Row"), QStringLiteral("l.row_id"), Format::Number, -1},
        {QT_TR_NOOP("Detail"), QStringLiteral("l.detail"), Format::Text, -1},
    };
}

RegisterTableModel::Selection RegisterTableModel::currentSelection() const
{
    Selection selection;
    selection.sortColumn = m_sortColumn;
    selection.sortOrder = m_sortOrder;
    if (m_organizationId > 0 && !m_organizationCondition.isEmpty()) {
        selection.conditions << m_organizationCondition;
        selection.bindings << m_organizationId;
    }
    for (auto it = m_columnFilters.cbegin(); it != m_columnFilters.cend(); ++it) {
        selection.conditions << m_columns.at(it.key()).expression + QStringLiteral(" = ?");
        selection.bindings << it.value();
    }
    const QString text = m_searchText.trimmed().toLower();
    if (m_prefixSearch) {
        // lower(column) between the text and the text with its last character
        // moved on: a range each column's index answers. One letter would
        // match a tenth of a million people; the search starts at two.
        if (text.size() >= kPrefixSearchMinimum) {
            // SQLite's lower() folds ASCII only: "Élodie" stays "Élodie", so a
            // word starting with an accented letter is also looked for with
            // that letter as a capital.
            QStringList starts = {text};
            if (text.at(0).unicode() >= 128)
                starts << text.at(0).toUpper() + text.mid(1);
            for (const QString &start : std::as_const(starts)) {
                QString next = start;
                next[next.size() - 1] = QChar(next.at(next.size() - 1).unicode() + 1);
                for (int i = 0; i < m_searchColumns.size(); ++i) {
                    selection.alternatives << Selection::Alternative{
                        QStringLiteral("lower(%1) >= ? AND lower(%1) < ?").arg(m_searchColumns.at(i)),
                        {start, next}, m_searchIndexes.value(i)};
                }
            }
        }
    } else if (!text.isEmpty()) {
        const QString pattern = rows::containsPattern(text);
        QStringList any;
        for (const QString &column : m_searchColumns) {
            any << QStringLiteral("lower(%1) LIKE ? ESCAPE '\\'").arg(column);
            selection.bindings << pattern;
        }
        selection.conditions << QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    return selection;
}

QString RegisterTableModel::where(const Selection &selection, QVariantList &bindings) const
{
    QStringList conditions = selection.conditions;
    bindings += selection.bindings;
    if (!selection.alternatives.isEmpty()) {
        QStringList any;
        for (const Selection::Alternative &alternative : selection.alternatives) {
            any << QLatin1Char('(') + alternative.condition + QLatin1Char(')');
            bindings += alternative.bindings;
        }
        conditions << QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

QString RegisterTableModel::baseTable() const
{
    return m_table.section(QLatin1String(" JOIN "), 0, 0).section(QLatin1String(" LEFT"), 0, 0).trimmed();
}

bool RegisterTableModel::readsOnlyBaseTable(const QString &sql) const
{
    const QString alias = baseTable().section(QLatin1Char(' '), 1, 1);
    static const QRegularExpression qualified(QStringLiteral("\\b([a-z])\\.[a-z_]+"));
    auto it = qualified.globalMatch(sql.section(QLatin1String("SELECT"), 0, 0));
    while (it.hasNext()) {
        if (it.next().captured(1) != alias)
            return false;
    }
    return true;
}

bool RegisterTableModel::searchedThroughIndexes(const Selection &selection) const
{
    return !selection.alternatives.isEmpty() && !m_searchSortExpression.isEmpty()
        && readsOnlyBaseTable(selection.conditions.join(QLatin1Char(' ')));
}

QString RegisterTableModel::searchUnion(const Selection &selection, const QString &key, QVariantList &bindings) const
{
    // One index range per alternative, each read alone (the index holds the
    // key and the organization), merged without duplicates: far cheaper than
    // reading tens of thousands of rows of the table to sort them.
    const QString base = baseTable();
    const QString alias = base.section(QLatin1Char(' '), 1, 1);
    QStringList branches;
    for (const Selection::Alternative &alternative : selection.alternatives) {
        // SQLite, without statistics, would rather read a whole organization.
        const QString indexed = m_db.sql().indexedBy(alternative.index);
        QStringList conditions = {alternative.condition};
        conditions += selection.conditions;
        branches << QStringLiteral("SELECT %1.id AS id%2 FROM %3%4 WHERE %5")
                        .arg(alias, key.isEmpty() ? QString() : QStringLiteral(", %1 AS k").arg(key), base, indexed,
                             conditions.join(QLatin1String(" AND ")));
        bindings += alternative.bindings;
        bindings += selection.bindings;
    }
    return branches.join(QLatin1String(" UNION "));
}

RegisterTableModel::Statement RegisterTableModel::pageStatement(const Selection &selection) const
{
    Statement statement;
    const QString idColumn = m_table.section(QLatin1Char(' '), 1, 1) + QStringLiteral(".id");
    QStringList select = {idColumn};
    for (const Column &c : std::as_const(m_columns))
        select << c.expression;
    const QString direction = selection.sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString sortExpression = m_columns.at(selection.sortColumn).expression;
    if (searchedThroughIndexes(selection) && sortExpression == m_searchSortExpression) {
        // The page is chosen among the index entries; only its rows are read.
        const QString page = searchUnion(selection, sortExpression, statement.bindings);
        statement.sql = QStringLiteral("SELECT %1 FROM (%2 ORDER BY k %3, id %3 LIMIT ? OFFSET ?) page, %4 "
                                       "WHERE %5 = page.id ORDER BY %6 %3, %5 %3")
                            .arg(select.join(QLatin1String(", ")), page, direction, m_table, idColumn, sortExpression);
        return statement;
    }
    const QString condition = where(selection, statement.bindings);
    statement.sql = QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 %5, %6 %5 LIMIT ? OFFSET ?")
                        .arg(select.join(QLatin1String(", ")), m_table, condition, sortExpression, direction, idColumn);
    return statement;
}

RegisterTableModel::Statement RegisterTableModel::countStatement(const Selection &selection) const
{
    Statement statement;
    if (searchedThroughIndexes(selection)) {
        statement.sql = QStringLiteral("SELECT count(*) FROM (%1) found")
                            .arg(searchUnion(selection, QString(), statement.bindings));
        return statement;
    }
    // The joins only add columns (each row of the register's table has at most
    // one organization, category...), so when no condition reads a joined
    // table, the register's own table counts the same rows far faster.
    const QString condition = where(selection, statement.bindings);
    statement.sql = QStringLiteral("SELECT count(*) FROM %1%2")
                        .arg(readsOnlyBaseTable(condition) ? baseTable() : m_table, condition);
    return statement;
}

void RegisterTableModel::reload()
{
    reload(true);
}

void RegisterTableModel::reload(bool recount)
{
    const int generation = ++*m_loadGeneration;
    m_stale = false;
    const qsizetype refreshRows = std::exchange(m_refreshRows, 0);
    const qsizetype firstRows = refreshRows > 0 ? refreshRows : kPageSize;
    // Only the reload refresh() asked for is a refresh; a newer one is not.
    m_refreshing = refreshRows > 0;
    const Selection asked = currentSelection();
    // An order no index answers is kept only if the rows turn out few enough:
    // they are counted first, and otherwise sorted by the first indexed
    // column (the view's header follows the model).
    Selection fallback = asked;
    bool mayFallBack = false;
    if (recount) {
        ++*m_countGeneration;
        m_matchCount = -1;
        if (!m_columns.at(asked.sortColumn).indexed) {
            for (int c = 0; c < m_columns.size(); ++c) {
                if (m_columns.at(c).indexed) {
                    fallback.sortColumn = c;
                    mayFallBack = true;
                    break;
                }
            }
        }
    }
    m_loading = true;
    Q_EMIT loadStarted();

    const int countGeneration = *m_countGeneration;
    const qint64 knownCount = m_matchCount;
    const qint64 sortLimit = m_unindexedSortLimit;
    const int width = int(m_columns.size()) + 1;
    const Statement askedPage = pageStatement(asked);
    const Statement fallbackPage = mayFallBack ? pageStatement(fallback) : Statement();
    const Statement counting = countStatement(asked);
    auto loads = m_loadGeneration;
    auto counts = m_countGeneration;
    // Runs in the reader's thread: reads only what was captured here, and
    // touches the model only through `reply`.
    auto work = [=, this](Database &db, const BackgroundReader::Reply &reply) {
        if (*loads != generation)
            return;
        QString error;
        qint64 count = knownCount;
        Selection shown = asked;
        Statement page = askedPage;
        if (mayFallBack) {
            count = countRows(db, counting.sql, counting.bindings, &error);
            if (error.isEmpty() && count > sortLimit) {
                shown = fallback;
                page = fallbackPage;
            }
        }
        QList<QVariantList> rows;
        if (error.isEmpty())
            rows = readRows(db, page.sql, page.bindings, 0, width, &error, firstRows);
        if (error.isEmpty() && rows.size() < firstRows)
            count = rows.size();
        reply([this, generation, shown, rows, count, error] { showRows(generation, shown, rows, count, error); });
        // Counting a large selection can take a while: the rows are on
        // screen meanwhile. A newer selection makes the count useless.
        if (!error.isEmpty() || count >= 0 || *counts != countGeneration)
            return;
        count = countRows(db, counting.sql, counting.bindings, &error);
        reply([this, countGeneration, count, error] { showCount(countGeneration, count, error); });
    };
    m_reader.run(this, work, [this, generation, asked](const QString &error) {
        showRows(generation, asked, {}, 0, error);
    });
}

void RegisterTableModel::showRows(int generation, const Selection &selection, const QList<QVariantList> &rows,
                                  qint64 count, const QString &error)
{
    if (generation != *m_loadGeneration)
        return;  // overtaken by a newer selection
    // Views that react to the reset by asking for more rows get them after
    // it is announced, never in the middle of it.
    m_announcing = true;
    beginResetModel();
    m_shown = selection;
    m_sortColumn = selection.sortColumn;
    m_sortOrder = selection.sortOrder;
    m_rows = rows;
    m_lastError = error;
    m_atEnd = !error.isEmpty() || rows.size() % kPageSize != 0 || rows.isEmpty();
    if (!error.isEmpty())
        m_matchCount = 0;
    else if (count >= 0)
        m_matchCount = count;
    m_loading = false;
    endResetModel();
    m_announcing = false;
    Q_EMIT loaded();
    m_refreshing = false;
    if (m_matchCount >= 0) {
        Q_EMIT counted();
        applyPendingSort();
    }
}

void RegisterTableModel::showCount(int generation, qint64 count, const QString &error)
{
    if (generation != *m_countGeneration || m_matchCount >= 0)
        return;
    if (!error.isEmpty()) {
        m_lastError = error;
        count = m_rows.size();
    }
    m_matchCount = count;
    Q_EMIT counted();
    applyPendingSort();
}

void RegisterTableModel::applyPendingSort()
{
    if (m_pendingSortColumn < 0)
        return;
    const int column = std::exchange(m_pendingSortColumn, -1);
    sort(column, m_pendingSortOrder);
}

void RegisterTableModel::setOrganization(RowId organizationId)
{
    if (m_organizationId == organizationId)
        return;
    m_organizationId = organizationId;
    reload();
}

void RegisterTableModel::setSearchText(const QString &text)
{
    if (m_searchText == text)
        return;
    m_searchText = text;
    reload();
}

void RegisterTableModel::setColumnFilter(int column, const QString &value)
{
    if (column < 0 || column >= m_columns.size() || m_columnFilters.value(column) == value)
        return;
    if (value.isEmpty())
        m_columnFilters.remove(column);
    else
        m_columnFilters.insert(column, value);
    reload();
}

void RegisterTableModel::clearColumnFilters()
{
    if (m_columnFilters.isEmpty())
        return;
    m_columnFilters.clear();
    reload();
}

QString RegisterTableModel::columnFilterText(int column) const
{
    const QString value = m_columnFilters.value(column);
    if (value.isEmpty())
        return value;
    const Column &c = m_columns.at(column);
    if (c.format == Format::Code)
        return codes::label(CodeList(c.codeList), value);
    if ((c.format == Format::Date || c.format == Format::Deadline) && QDate::fromString(value, Qt::ISODate).isValid())
        return dates::toText(QDate::fromString(value, Qt::ISODate));
    return value;
}

bool RegisterTableModel::isFilterable(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return false;
    const Column &c = m_columns.at(column);
    // Lists gathered from several rows and moments to the second are not
    // values one looks for as such.
    const bool aggregate = c.expression.contains(QLatin1String("SELECT"), Qt::CaseInsensitive);
    return !aggregate && c.format != Format::DateTime && c.format != Format::Flag;
}

QList<QPair<QString, QString>> RegisterTableModel::filterChoices(int column) const
{
    QList<QPair<QString, QString>> choices;
    if (!isFilterable(column) || m_columns.at(column).format != Format::Code)
        return choices;
    const auto list = CodeList(m_columns.at(column).codeList);
    for (const QString &code : codes::all(list))
        choices << qMakePair(code, codes::label(list, code));
    return choices;
}

QString RegisterTableModel::filterValue(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !isFilterable(index.column()))
        return QString();
    const QVariant value = m_rows.at(index.row()).at(index.column() + 1);
    if (m_columns.at(index.column()).format == Format::Date || m_columns.at(index.column()).format == Format::Deadline)
        return toDate(value).toString(Qt::ISODate);
    return value.toString();
}

void RegisterTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

RowId RegisterTableModel::rowId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).at(0).toLongLong() : 0;
}

int RegisterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegisterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RegisterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Column &column = m_columns.at(index.column());
    const QVariant value = m_rows.at(index.row()).at(index.column() + 1);
    if (role == Qt::TextAlignmentRole && column.format == Format::Number)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (value.isNull())
        return {};
    const QLocale locale;
    switch (column.format) {
    case Format::Text:
        return value.toString();
    case Format::Number:
        return locale.toString(value.toLongLong());
    case Format::Flag:
        return value.toBool() ? tr("Yes") : tr("No");
    case Format::Date:
        return dates::toText(toDate(value));
    case Format::Deadline: {
        // How far it is, while the request is still to be answered.
        const QDate due = toDate(value);
        const QString status = m_rows.at(index.row()).at(kRequestStatusColumn + 1).toString();
        static const QStringList closed = {QStringLiteral("answered"), QStringLiteral("refused"),
                                           QStringLiteral("withdrawn")};
        return closed.contains(status) ? dates::withWeekday(due) : dates::deadline(due, QDate::currentDate());
    }
    case Format::DateTime:
        return dates::toText(toDateTime(value));
    case Format::Code: {
        QStringList labels;
        for (const QString &code : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            labels << codes::label(CodeList(column.codeList), code);
        return labels.join(QLatin1String(", "));
    }
    }
    return {};
}

QVariant RegisterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == kElasticColumnRole && orientation == Qt::Horizontal && section >= 0 && section < m_columns.size()) {
        // Free text, but not the identifiers an officer looks rows up by.
        const Column &c = m_columns.at(section);
        return (c.format == Format::Text || c.format == Format::Code) && !c.expression.endsWith(QLatin1String("reference"));
    }
    if (role == kHiddenByDefaultRole && orientation == Qt::Horizontal && section >= 0 && section < m_columns.size()) {
        // Beside the ledger stands the person's panel: where an event was
        // collected and the organization (chosen in the toolbar) wait in the
        // header's menu.
        const QString &e = m_columns.at(section).expression;
        return m_kind == RegisterKind::Consents && (e == QLatin1String("e.source") || e == QLatin1String("o.name"));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= m_columns.size())
        return {};
    return tr(m_columns.at(section).header);
}

bool RegisterTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_announcing;
}

void RegisterTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_announcing)
        return;
    QString error;
    const Statement next = pageStatement(m_shown);
    const QList<QVariantList> page =
        readRows(m_db, next.sql, next.bindings, m_rows.size(), int(m_columns.size()) + 1, &error);
    m_atEnd = !error.isEmpty() || page.size() < kPageSize;
    if (!error.isEmpty())
        m_lastError = error;
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    m_announcing = true;
    beginInsertRows(QModelIndex(), first, first + int(page.size()) - 1);
    m_rows += page;
    endInsertRows();
    m_announcing = false;
}

bool RegisterTableModel::canSortBy(int column) const
{
    if (column < 0 || column >= m_columns.size())
        return false;
    return m_columns.at(column).indexed || (m_matchCount >= 0 && m_matchCount <= m_unindexedSortLimit);
}

void RegisterTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    if (!m_columns.at(column).indexed && m_matchCount < 0) {
        // Whether this order is affordable is known once the rows are counted.
        m_pendingSortColumn = column;
        m_pendingSortOrder = order;
        return;
    }
    m_pendingSortColumn = -1;
    if (!canSortBy(column)) {
        Q_EMIT sortRefused(column);
        return;
    }
    if (column == m_sortColumn && order == m_sortOrder && !m_loading)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload(false);   // the same rows in another order: no need to count them again
}

} // namespace pc
