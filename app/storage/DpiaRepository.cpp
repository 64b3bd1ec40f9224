#include "DpiaRepository.h"

#include "Database.h"
#include "RowWriter.h"
#include "SqlRow.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace pc {
namespace {

struct DpiaText
{
    Q_DECLARE_TR_FUNCTIONS(pc::DpiaRepository)
};

QVariant orNull(const std::optional<QString> &text)
{
    return text ? QVariant(*text) : QVariant();
}

QVariant orNull(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant orNull(const QString &text)
{
    return text.isNull() ? QVariant() : QVariant(text);
}

QVariant orNull(const QDate &date)
{
    return date.isValid() ? QVariant(date) : QVariant();
}

QVariant orNull(RowId id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

std::optional<QString> optionalText(const SqlRow &row, const char *column)
{
    if (row.isNull(column))
        return std::nullopt;
    return row.text(column);
}

std::optional<int> optionalInteger(const SqlRow &row, const char *column)
{
    if (row.isNull(column))
        return std::nullopt;
    return row.integer(column);
}

QString timestamp(const SqlRow &row, const char *column)
{
    const QDateTime at = row.dateTime(column);
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QVariant timestampValue(const QString &text)
{
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? QVariant(at.toUTC()) : QVariant();
}

Fields dpiaFields(const Dpia &d)
{
    return {
        {QStringLiteral("organization_id"), d.organizationId},
        {QStringLiteral("name"), d.name.trimmed()},
        {QStringLiteral("status"), d.status},
        {QStringLiteral("category"), orNull(d.category)},
        {QStringLiteral("author_name"), orNull(d.authorName)},
        {QStringLiteral("evaluator_name"), orNull(d.evaluatorName)},
        {QStringLiteral("validator_name"), orNull(d.validatorName)},
        {QStringLiteral("dpo_names"), orNull(d.dpoNames)},
        {QStringLiteral("dpo_status"), orNull(d.dpoStatus)},
        {QStringLiteral("dpo_opinion"), orNull(d.dpoOpinion)},
        {QStringLiteral("people_names"), orNull(d.peopleNames)},
        {QStringLiteral("people_opinion_sought"), d.peopleOpinionSought},
        {QStringLiteral("people_not_sought_reason"), orNull(d.peopleNotSoughtReason)},
        {QStringLiteral("people_status"), orNull(d.peopleStatus)},
        {QStringLiteral("people_opinion"), orNull(d.peopleOpinion)},
        {QStringLiteral("rejection_reason"), orNull(d.rejectionReason)},
        {QStringLiteral("applied_adjustments"), orNull(d.appliedAdjustments)},
        {QStringLiteral("decided_on"), orNull(d.decidedOn)},
        {QStringLiteral("review_on"), orNull(d.reviewOn)},
    };
}

Dpia readDpia(const SqlRow &row)
{
    Dpia d;
    d.id = row.id("id");
    d.organizationId = row.id("organization_id");
    d.name = row.text("name");
    d.status = row.integer("status");
    d.category = row.text("category");
    d.authorName = row.text("author_name");
    d.evaluatorName = row.text("evaluator_name");
    d.validatorName = row.text("validator_name");
    d.dpoNames = row.text("dpo_names");
    d.dpoStatus = optionalInteger(row, "dpo_status");
    d.dpoOpinion = row.text("dpo_opinion");
    d.peopleNames = row.text("people_names");
    d.peopleOpinionSought = row.flag("people_opinion_sought");
    d.peopleNotSoughtReason = row.text("people_not_sought_reason");
    d.peopleStatus = optionalInteger(row, "people_status");
    d.peopleOpinion = row.text("people_opinion");
    d.rejectionReason = row.text("rejection_reason");
    d.appliedAdjustments = row.text("applied_adjustments");
    d.decidedOn = row.date("decided_on");
    d.reviewOn = row.date("review_on");
    d.createdAt = timestamp(row, "created_at");
    d.updatedAt = timestamp(row, "updated_at");
    d.rowVersion = row.integer("row_version");
    return d;
}

} // namespace

Result<RowId> DpiaRepository::add(Dpia &dpia)
{
    if (dpia.name.trimmed().isEmpty())
        return Error{DpiaText::tr("An impact assessment needs a name.")};
    if (dpia.organizationId <= 0)
        return Error{DpiaText::tr("An impact assessment belongs to an organization.")};
    Dpia written = dpia;
    const Status done = m_db.transaction([&]() -> Status {
        Fields fields = dpiaFields(written);
        if (const QVariant created = timestampValue(written.createdAt); created.isValid())
            fields << qMakePair(QStringLiteral("created_at"), created);
        if (const QVariant updated = timestampValue(written.updatedAt); updated.isValid())
            fields << qMakePair(QStringLiteral("updated_at"), updated);
        const Result<RowId> id = rows::insertEntity(m_db, QStringLiteral("dpias"), fields, written);
        if (!id)
            return id.error();
        for (const RowId activity : std::as_const(written.activityIds)) {
            const Result<RowId> link = rows::insert(
                m_db, QStringLiteral("dpia_activities"),
                {{QStringLiteral("dpia_id"), written.id}, {QStringLiteral("activity_id"), activity}});
            if (!link)
                return link.error();
        }
        for (DpiaAnswer &a : written.answers) {
            const Result<RowId> row = rows::insert(
                m_db, QStringLiteral("dpia_answers"),
                {{QStringLiteral("dpia_id"), written.id},
                 {QStringLiteral("question_id"), a.questionId},
                 {QStringLiteral("answer_text"), orNull(a.text)},
                 {QStringLiteral("gauge"), orNull(a.gauge)},
                 {QStringLiteral("items"),
                  QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(a.list)).toJson(QJsonDocument::Compact))},
                 {QStringLiteral("created_at"), orNull(a.createdAt)},
                 {QStringLiteral("updated_at"), orNull(a.updatedAt)}});
            if (!row)
                return row.error();
            a.id = row.value();
        }
        // The measures' ids as the assessment named them, to ours.
        QHash<RowId, RowId> measureIds;
        for (int i = 0; i < written.measures.size(); ++i) {
            DpiaMeasure &m = written.measures[i];
            const Result<RowId> row = rows::insert(m_db, QStringLiteral("dpia_measures"),
                                                   {{QStringLiteral("dpia_id"), written.id},
                                                    {QStringLiteral("position"), i},
                                                    {QStringLiteral("title"), m.title},
                                                    {QStringLiteral("content"), orNull(m.content)},
                                                    {QStringLiteral("placeholder"), orNull(m.placeholder)},
                                                    {QStringLiteral("created_at"), orNull(m.createdAt)},
                                                    {QStringLiteral("updated_at"), orNull(m.updatedAt)}});
            if (!row)
                return row.error();
            if (m.id != 0)
                measureIds.insert(m.id, row.value());
            m.id = row.value();
        }
        auto measureOf = [&](RowId given, RowId &mine) -> Status {
            if (given == 0)
                return success();
            mine = measureIds.value(given);
            if (mine == 0)
                return Error{DpiaText::tr("The assessment names a measure it does not hold (%1).").arg(given)};
            return success();
        };
        for (DpiaEvaluation &e : written.evaluations) {
            if (Status s = measureOf(e.measureId, e.measureId); !s)
                return s;
            const Result<RowId> row = rows::insert(
                m_db, QStringLiteral("dpia_evaluations"),
                {{QStringLiteral("dpia_id"), written.id},
                 {QStringLiteral("reference"), e.reference},
                 {QStringLiteral("measure_id"), orNull(e.measureId)},
                 {QStringLiteral("status"), e.status},
                 {QStringLiteral("global_status"), e.globalStatus},
                 {QStringLiteral("action_plan_comment"), orNull(e.actionPlanComment)},
                 {QStringLiteral("evaluation_comment"), orNull(e.evaluationComment)},
                 {QStringLiteral("person_in_charge"), orNull(e.personInCharge)},
                 {QStringLiteral("estimated_implementation_date"), orNull(e.estimatedImplementationDate)},
                 {QStringLiteral("gauge_x"), e.gaugeX},
                 {QStringLiteral("gauge_y"), e.gaugeY},
                 {QStringLiteral("created_at"), orNull(e.createdAt)},
                 {QStringLiteral("updated_at"), orNull(e.updatedAt)}});
            if (!row)
                return row.error();
            e.id = row.value();
        }
        for (DpiaComment &c : written.comments) {
            if (Status s = measureOf(c.measureId, c.measureId); !s)
                return s;
            const Result<RowId> row = rows::insert(m_db, QStringLiteral("dpia_comments"),
                                                   {{QStringLiteral("dpia_id"), written.id},
                                                    {QStringLiteral("question_id"), c.questionId > 0 ? QVariant(c.questionId) : QVariant()},
                                                    {QStringLiteral("measure_id"), orNull(c.measureId)},
                                                    {QStringLiteral("description"), c.description},
                                                    {QStringLiteral("created_at"), orNull(c.createdAt)},
                                                    {QStringLiteral("updated_at"), orNull(c.updatedAt)}});
            if (!row)
                return row.error();
            c.id = row.value();
        }
        return success();
    });
    if (!done)
        return done.error();
    dpia = written;
    return dpia.id;
}

Result<Dpia> DpiaRepository::read(RowId id)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM dpias WHERE id = ?"));
    query.addBindValue(id);
    Result<Dpia> found = rows::readOne<Dpia>(query, readDpia, DpiaText::tr("There is no impact assessment %1.").arg(id));
    if (!found)
        return found;
    Dpia &d = found.value();

    query = m_db.prepare(QStringLiteral("SELECT activity_id FROM dpia_activities WHERE dpia_id = ? ORDER BY id"));
    query.addBindValue(id);
    const auto activities = rows::readAll<RowId>(query, [](const SqlRow &row) { return row.id("activity_id"); });
    if (!activities)
        return activities.error();
    d.activityIds = activities.value();

    query = m_db.prepare(QStringLiteral("SELECT * FROM dpia_answers WHERE dpia_id = ? ORDER BY id"));
    query.addBindValue(id);
    const auto answers = rows::readAll<DpiaAnswer>(query, [](const SqlRow &row) {
        DpiaAnswer a;
        a.id = row.id("id");
        a.questionId = row.integer("question_id");
        a.text = optionalText(row, "answer_text");
        a.gauge = optionalInteger(row, "gauge");
        for (const QJsonValue &item : QJsonDocument::fromJson(row.text("items").toUtf8()).array())
            a.list << item.toString();
        a.createdAt = row.text("created_at");
        a.updatedAt = row.text("updated_at");
        return a;
    });
    if (!answers)
        return answers.error();
    d.answers = answers.value();

    query = m_db.prepare(QStringLiteral("SELECT * FROM dpia_measures WHERE dpia_id = ? ORDER BY position, id"));
    query.addBindValue(id);
    const auto measures = rows::readAll<DpiaMeasure>(query, [](const SqlRow &row) {
        return DpiaMeasure{row.id("id"), row.text("title"), row.text("content"), row.text("placeholder"),
                           row.text("created_at"), row.text("updated_at")};
    });
    if (!measures)
        return measures.error();
    d.measures = measures.value();

    query = m_db.prepare(QStringLiteral("SELECT * FROM dpia_evaluations WHERE dpia_id = ? ORDER BY id"));
    query.addBindValue(id);
    const auto evaluations = rows::readAll<DpiaEvaluation>(query, [](const SqlRow &row) {
        DpiaEvaluation e;
        e.id = row.id("id");
        e.reference = row.text("reference");
        e.measureId = row.id("measure_id");
        e.status = row.integer("status");
        e.globalStatus = row.integer("global_status");
        e.actionPlanComment = optionalText(row, "action_plan_comment");
        e.evaluationComment = optionalText(row, "evaluation_comment");
        e.personInCharge = optionalText(row, "person_in_charge");
        e.estimatedImplementationDate = optionalText(row, "estimated_implementation_date");
        e.gaugeX = row.integer("gauge_x");
        e.gaugeY = row.integer("gauge_y");
        e.createdAt = row.text("created_at");
        e.updatedAt = row.text("updated_at");
        return e;
    });
    if (!evaluations)
        return evaluations.error();
    d.evaluations = evaluations.value();

    query = m_db.prepare(QStringLiteral("SELECT * FROM dpia_comments WHERE dpia_id = ? ORDER BY id"));
    query.addBindValue(id);
    const auto comments = rows::readAll<DpiaComment>(query, [](const SqlRow &row) {
        return DpiaComment{row.id("id"), row.integer("question_id"), row.id("measure_id"), row.text("description"),
                           row.text("created_at"), row.text("updated_at")};
    });
    if (!comments)
        return comments.error();
    d.comments = comments.value();
    return found;
}

Result<QList<DpiaSummary>> DpiaRepository::list(RowId organizationId)
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT d.id, d.organization_id, d.name, d.status, d.review_on, a.name AS activity "
                       "FROM dpias d LEFT JOIN dpia_activities l ON l.dpia_id = d.id "
                       "LEFT JOIN processing_activities a ON a.id = l.activity_id "
                       "WHERE ? = 0 OR d.organization_id = ? ORDER BY d.name, d.id, l.id"));
    query.addBindValue(organizationId);
    query.addBindValue(organizationId);
    if (!query.exec())
        return rows::queryError(query);
    QList<DpiaSummary> list;
    const SqlRow row(query);
    while (query.next()) {
        const RowId id = row.id("id");
        if (list.isEmpty() || list.last().id != id)
            list << DpiaSummary{id, row.id("organization_id"), row.text("name"), row.integer("status"),
                                row.date("review_on"), {}};
        if (!row.isNull("activity"))
            list.last().activities << row.text("activity");
    }
    return list;
}

Status DpiaRepository::remove(RowId id)
{
    return m_db.transaction([&]() -> Status {
        // Children first, each in the trail (the cascade would leave them out).
        for (const char *table : {"dpia_comments", "dpia_evaluations", "dpia_measures", "dpia_answers", "dpia_activities"}) {
            if (Status s = rows::removeChildren(m_db, QString::fromLatin1(table), QStringLiteral("dpia_id"), id); !s)
                return s;
        }
        return rows::remove(m_db, QStringLiteral("dpias"), id);
    });
}

} // namespace pc
