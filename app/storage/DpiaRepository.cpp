#include "DpiaRepository.h"

#include "Database.h"
#include "RowWriter.h"
#include "SqlRow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/Countries.h"
#include "core/Languages.h"
#include "domain/Codes.h"

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

namespace {

Fields answerFields(RowId dpiaId, const DpiaAnswer &a)
{
    return {{QStringLiteral("dpia_id"), dpiaId},
            {QStringLiteral("question_id"), a.questionId},
            {QStringLiteral("answer_text"), orNull(a.text)},
            {QStringLiteral("gauge"), orNull(a.gauge)},
            {QStringLiteral("items"),
             QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(a.list)).toJson(QJsonDocument::Compact))},
            {QStringLiteral("created_at"), orNull(a.createdAt)},
            {QStringLiteral("updated_at"), orNull(a.updatedAt)}};
}

Fields measureFields(RowId dpiaId, int position, const DpiaMeasure &m)
{
    return {{QStringLiteral("dpia_id"), dpiaId},
            {QStringLiteral("position"), position},
            {QStringLiteral("title"), m.title},
            {QStringLiteral("content"), orNull(m.content)},
            {QStringLiteral("placeholder"), orNull(m.placeholder)},
            {QStringLiteral("created_at"), orNull(m.createdAt)},
            {QStringLiteral("updated_at"), orNull(m.updatedAt)}};
}

Fields evaluationFields(RowId dpiaId, const DpiaEvaluation &e)
{
    return {{QStringLiteral("dpia_id"), dpiaId},
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
            {QStringLiteral("updated_at"), orNull(e.updatedAt)}};
}

Fields commentFields(RowId dpiaId, const DpiaComment &c)
{
    return {{QStringLiteral("dpia_id"), dpiaId},
            {QStringLiteral("question_id"), c.questionId > 0 ? QVariant(c.questionId) : QVariant()},
            {QStringLiteral("measure_id"), orNull(c.measureId)},
            {QStringLiteral("description"), c.description},
            {QStringLiteral("created_at"), orNull(c.createdAt)},
            {QStringLiteral("updated_at"), orNull(c.updatedAt)}};
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// A part as stored without its stamps, to tell whether it changed.
template<typename T>
T unstamped(T part)
{
    part.id = 0;
    part.createdAt.clear();
    part.updatedAt.clear();
    return part;
}

// Brings a child table to `wanted`: rows whose id is known are updated when
// they changed (stamped now), the others inserted (ids given back), the
// stored ones no longer wanted deleted. Every change goes through the trail.
template<typename T, typename FieldsOf>
Status syncChildren(Database &db, const QString &table, const QList<T> &stored, QList<T> &wanted, FieldsOf fieldsOf)
{
    QHash<RowId, T> byId;
    for (const T &s : stored)
        byId.insert(s.id, s);
    QSet<RowId> kept;
    for (int i = 0; i < wanted.size(); ++i) {
        T &w = wanted[i];
        if (w.id > 0 && byId.contains(w.id)) {
            kept.insert(w.id);
            const T &s = byId.value(w.id);
            if (unstamped(s) == unstamped(w) && s.createdAt == w.createdAt && s.updatedAt == w.updatedAt)
                continue;
            if (!(unstamped(s) == unstamped(w)))
                w.updatedAt = now();
            if (Status st = rows::updatePlain(db, table, w.id, fieldsOf(i, w)); !st)
                return st;
        } else {
            if (w.createdAt.isEmpty())
                w.createdAt = now();
            const Result<RowId> id = rows::insert(db, table, fieldsOf(i, w));
            if (!id)
                return id.error();
            w.id = id.value();
        }
    }
    for (const T &s : stored) {
        if (!kept.contains(s.id)) {
            // (A measure's evaluation and comments may have gone with it.)
            if (Status st = rows::remove(db, table, s.id); !st && !st.error().is(Error::Kind::NotFound))
                return st;
        }
    }
    return success();
}

} // namespace

namespace {

// A validated assessment marks the activities it covers as assessed on the
// day of the decision (the register's "DPIA done on").
Status markActivitiesAssessed(Database &db, const Dpia &dpia)
{
    if (!dpia.isValidated())
        return success();
    // Without a day of decision, the day it was last changed (a file's validation).
    const QDate changed = QDateTime::fromString(dpia.updatedAt, Qt::ISODateWithMs).toUTC().date();
    const QDate on = dpia.decidedOn.isValid() ? dpia.decidedOn : changed.isValid() ? changed : QDate::currentDate();
    for (const RowId activity : dpia.activityIds) {
        QSqlQuery query = db.prepare(QStringLiteral("SELECT dpia_done_on, row_version FROM processing_activities WHERE id = ?"));
        query.addBindValue(activity);
        if (!query.exec())
            return rows::queryError(query);
        if (!query.next())
            continue;
        const SqlRow row(query);
        const QDate done = row.date("dpia_done_on");
        if (done.isValid() && done >= on)
            continue;
        if (Status s = rows::update(db, QStringLiteral("processing_activities"), activity, row.integer("row_version"),
                                    {{QStringLiteral("dpia_done_on"), on}});
            !s)
            return s;
    }
    return success();
}

} // namespace

Status DpiaRepository::update(Dpia &dpia)
{
    if (dpia.name.trimmed().isEmpty())
        return Error{DpiaText::tr("An impact assessment needs a name.")};
    const Result<Dpia> stored = read(dpia.id);
    if (!stored)
        return stored.error();
    Dpia written = dpia;
    const Status done = m_db.transaction([&]() -> Status {
        if (Status s = rows::updateEntity(m_db, QStringLiteral("dpias"), dpiaFields(written), written); !s)
            return s;
        // The activities covered.
        for (const RowId activity : std::as_const(written.activityIds)) {
            if (stored->activityIds.contains(activity))
                continue;
            const Result<RowId> link = rows::insert(
                m_db, QStringLiteral("dpia_activities"),
                {{QStringLiteral("dpia_id"), written.id}, {QStringLiteral("activity_id"), activity}});
            if (!link)
                return link.error();
        }
        for (const RowId activity : stored->activityIds) {
            if (written.activityIds.contains(activity))
                continue;
            const Result<int> gone = rows::execute(m_db, QStringLiteral("DELETE FROM dpia_activities WHERE dpia_id = ? AND activity_id = ?"),
                                                   {written.id, activity});
            if (!gone)
                return gone.error();
        }
        const RowId id = written.id;
        if (Status s = syncChildren(m_db, QStringLiteral("dpia_answers"), stored->answers, written.answers,
                                    [id](int, const DpiaAnswer &a) { return answerFields(id, a); });
            !s)
            return s;
        // New measures first: the evaluations and comments name them.
        QHash<RowId, RowId> newIds;
        QList<RowId> given;
        for (const DpiaMeasure &m : std::as_const(written.measures))
            given << m.id;
        if (Status s = syncChildren(m_db, QStringLiteral("dpia_measures"), stored->measures, written.measures,
                                    [id](int position, const DpiaMeasure &m) { return measureFields(id, position, m); });
            !s)
            return s;
        for (int i = 0; i < given.size(); ++i) {
            if (given.at(i) <= 0)
                newIds.insert(given.at(i), written.measures.at(i).id);
        }
        for (DpiaEvaluation &e : written.evaluations) {
            if (e.measureId <= 0 && newIds.contains(e.measureId))
                e.measureId = newIds.value(e.measureId);
        }
        for (DpiaComment &c : written.comments) {
            if (c.measureId <= 0 && newIds.contains(c.measureId))
                c.measureId = newIds.value(c.measureId);
        }
        if (Status s = syncChildren(m_db, QStringLiteral("dpia_evaluations"), stored->evaluations, written.evaluations,
                                    [id](int, const DpiaEvaluation &e) { return evaluationFields(id, e); });
            !s)
            return s;
        if (Status s = syncChildren(m_db, QStringLiteral("dpia_comments"), stored->comments, written.comments,
                                    [id](int, const DpiaComment &c) { return commentFields(id, c); });
            !s)
            return s;
        return markActivitiesAssessed(m_db, written);
    });
    if (!done)
        return done;
    dpia = written;
    return success();
}

Status DpiaRepository::restore(const Dpia &dpia)
{
    return m_db.transaction([&]() -> Status {
        Fields fields = dpiaFields(dpia);
        fields << qMakePair(QStringLiteral("row_version"), QVariant(qMax(1, dpia.rowVersion)));
        if (const QVariant created = timestampValue(dpia.createdAt); created.isValid())
            fields << qMakePair(QStringLiteral("created_at"), created);
        if (const QVariant updated = timestampValue(dpia.updatedAt); updated.isValid())
            fields << qMakePair(QStringLiteral("updated_at"), updated);
        if (Status s = rows::restore(m_db, QStringLiteral("dpias"), dpia.id, fields); !s)
            return s;
        for (const RowId activity : dpia.activityIds) {
            const Result<RowId> link = rows::insert(
                m_db, QStringLiteral("dpia_activities"),
                {{QStringLiteral("dpia_id"), dpia.id}, {QStringLiteral("activity_id"), activity}});
            if (!link)
                return link.error();
        }
        for (const DpiaAnswer &a : dpia.answers) {
            if (Status s = rows::restore(m_db, QStringLiteral("dpia_answers"), a.id, answerFields(dpia.id, a)); !s)
                return s;
        }
        for (int i = 0; i < dpia.measures.size(); ++i) {
            const DpiaMeasure &m = dpia.measures.at(i);
            if (Status s = rows::restore(m_db, QStringLiteral("dpia_measures"), m.id, measureFields(dpia.id, i, m)); !s)
                return s;
        }
        for (const DpiaEvaluation &e : dpia.evaluations) {
            if (Status s = rows::restore(m_db, QStringLiteral("dpia_evaluations"), e.id, evaluationFields(dpia.id, e)); !s)
                return s;
        }
        for (const DpiaComment &c : dpia.comments) {
            if (Status s = rows::restore(m_db, QStringLiteral("dpia_comments"), c.id, commentFields(dpia.id, c)); !s)
                return s;
        }
        return success();
    });
}

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
            const Result<RowId> row = rows::insert(m_db, QStringLiteral("dpia_answers"), answerFields(written.id, a));
            if (!row)
                return row.error();
            a.id = row.value();
        }
        // The measures' ids as the assessment named them, to ours.
        QHash<RowId, RowId> measureIds;
        for (int i = 0; i < written.measures.size(); ++i) {
            DpiaMeasure &m = written.measures[i];
            const Result<RowId> row = rows::insert(m_db, QStringLiteral("dpia_measures"), measureFields(written.id, i, m));
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
            const Result<RowId> row = rows::insert(m_db, QStringLiteral("dpia_evaluations"), evaluationFields(written.id, e));
            if (!row)
                return row.error();
            e.id = row.value();
        }
        for (DpiaComment &c : written.comments) {
            if (Status s = measureOf(c.measureId, c.measureId); !s)
                return s;
            const Result<RowId> row = rows::insert(m_db, QStringLiteral("dpia_comments"), commentFields(written.id, c));
            if (!row)
                return row.error();
            c.id = row.value();
        }
        return markActivitiesAssessed(m_db, written);
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
        QStringLiteral("SELECT d.id, d.organization_id, d.name, d.status, d.review_on, coalesce(a.reference, a.name) AS activity "
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

Result<QList<DpiaSummary>> DpiaRepository::forActivity(RowId activityId)
{
    QSqlQuery query = m_db.prepare(
        QStringLiteral("SELECT d.id, d.organization_id, d.name, d.status, d.review_on FROM dpias d "
                       "JOIN dpia_activities l ON l.dpia_id = d.id WHERE l.activity_id = ? ORDER BY d.created_at DESC, d.id DESC"));
    query.addBindValue(activityId);
    return rows::readAll<DpiaSummary>(query, [](const SqlRow &row) {
        return DpiaSummary{row.id("id"), row.id("organization_id"), row.text("name"), row.integer("status"),
                           row.date("review_on"), {}};
    });
}

namespace {

bool mentionsAny(const QString &text, std::initializer_list<const char *> words)
{
    const QString lower = text.toLower();
    for (const char *word : words) {
        if (lower.contains(QString::fromUtf8(word)))
            return true;
    }
    return false;
}

} // namespace

Result<dpia::ActivityFacts> DpiaRepository::facts(RowId activityId)
{
    dpia::ActivityFacts facts;
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT o.jurisdiction FROM processing_activities a JOIN organizations o "
                                                  "ON o.id = a.organization_id WHERE a.id = ?"));
    query.addBindValue(activityId);
    const Result<QString> jurisdiction = rows::readOne<QString>(
        query, [](const SqlRow &row) { return row.text("jurisdiction"); },
        DpiaText::tr("There is no processing activity %1.").arg(activityId));
    if (!jurisdiction)
        return jurisdiction.error();
    facts.jurisdiction = jurisdiction.value();

    query = m_db.prepare(QStringLiteral("SELECT count(*) AS people FROM data_subjects WHERE category_id IN "
                                        "(SELECT subject_category_id FROM activity_subject_categories WHERE activity_id = ?)"));
    query.addBindValue(activityId);
    const auto people = rows::readOne<qint64>(query, [](const SqlRow &row) { return row.bigInteger("people"); }, QString());
    if (!people)
        return people.error();
    facts.people = people.value();

    query = m_db.prepare(QStringLiteral("SELECT d.name, d.description, d.special_category FROM activity_data_categories l "
                                        "JOIN data_categories d ON d.id = l.data_category_id WHERE l.activity_id = ? ORDER BY d.name"));
    query.addBindValue(activityId);
    if (!query.exec())
        return rows::queryError(query);
    {
        const SqlRow row(query);
        while (query.next()) {
            const QString name = row.text("name");
            const QString text = name + QLatin1Char(' ') + row.text("description");
            if (row.flag("special_category"))
                facts.specialCategories << name;
            const bool location = mentionsAny(text, {"locali", "location", "gps", "géoloc", "geoloc", "vị trí"});
            if (location)
                facts.locationCategories << name;
            if (location || mentionsAny(text, {"bank", "banc", "iban", "card number", "carte bancaire", "financ",
                                               "salary", "salaire", "communications", "messages"}))
                facts.highlyPersonal << name;
        }
    }

    query = m_db.prepare(QStringLiteral("SELECT c.name, c.kind FROM activity_subject_categories l "
                                        "JOIN subject_categories c ON c.id = l.subject_category_id WHERE l.activity_id = ? ORDER BY c.name"));
    query.addBindValue(activityId);
    if (!query.exec())
        return rows::queryError(query);
    {
        const SqlRow row(query);
        while (query.next()) {
            const QString kind = row.text("kind");
            const QString name = row.text("name");
            if (kind == QLatin1String("employee") || kind == QLatin1String("job_applicant")
                || mentionsAny(name, {"child", "minor", "enfant", "mineur", "patient", "pupil", "élève", "elderly",
                                      "âgé", "asylum", "student"}))
                facts.vulnerableGroups << name;
        }
    }

    query = m_db.prepare(QStringLiteral("SELECT DISTINCT country FROM activity_transfers WHERE activity_id = ? ORDER BY country"));
    query.addBindValue(activityId);
    if (!query.exec())
        return rows::queryError(query);
    {
        const SqlRow row(query);
        while (query.next())
            facts.transfers << countries::nameOf(row.text("country"), languages::current());
    }

    query = m_db.prepare(QStringLiteral("SELECT description FROM activity_purposes WHERE activity_id = ? ORDER BY position, id"));
    query.addBindValue(activityId);
    if (!query.exec())
        return rows::queryError(query);
    {
        const SqlRow row(query);
        while (query.next()) {
            const QString purpose = row.text("description");
            if (mentionsAny(purpose, {"profil", "scoring", "score", "segment", "personalis", "personnalis"}))
                facts.profilingPurposes << purpose;
            if (mentionsAny(purpose, {"surveil", "monitor", "tracking", "géoloc", "geoloc", "locali", "location"}))
                facts.monitoringPurposes << purpose;
        }
    }
    return facts;
}

namespace {

QString criteriaJson(const QList<dpia::CriterionAnswer> &criteria)
{
    QJsonArray array;
    for (const dpia::CriterionAnswer &a : criteria)
        array << QJsonObject{{QStringLiteral("criterion"), dpia::criterionCode(a.criterion)},
                             {QStringLiteral("met"), a.met},
                             {QStringLiteral("note"), a.note}};
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

dpia::Screening readScreening(const SqlRow &row)
{
    dpia::Screening s;
    s.id = row.id("id");
    s.activityId = row.id("activity_id");
    s.screenedOn = row.date("screened_on");
    s.screenedBy = row.text("screened_by");
    s.jurisdiction = row.text("jurisdiction");
    for (const QJsonValue &v : QJsonDocument::fromJson(row.text("criteria").toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        if (const auto c = dpia::criterionFromCode(o.value(QLatin1String("criterion")).toString()))
            s.criteria << dpia::CriterionAnswer{*c, o.value(QLatin1String("met")).toBool(), o.value(QLatin1String("note")).toString()};
    }
    for (const QJsonValue &v : QJsonDocument::fromJson(row.text("listed").toUtf8()).array())
        s.listed << v.toString();
    s.note = row.text("note");
    return s;
}

} // namespace

Result<RowId> DpiaRepository::recordScreening(dpia::Screening &screening)
{
    if (screening.criteria.size() != dpia::allCriteria().size())
        return Error{DpiaText::tr("A screening answers each of the nine criteria.")};
    if (!screening.screenedOn.isValid())
        screening.screenedOn = QDate::currentDate();
    if (screening.screenedOn > QDate::currentDate())
        return Error{DpiaText::tr("A screening cannot be dated in the future.")};
    if (screening.screenedBy.trimmed().isEmpty())
        screening.screenedBy = m_db.actor();
    Result<RowId> id = RowId(0);
    const Status done = m_db.transaction([&]() -> Status {
        id = rows::insert(m_db, QStringLiteral("activity_screenings"),
                          {{QStringLiteral("activity_id"), screening.activityId},
                           {QStringLiteral("screened_on"), screening.screenedOn},
                           {QStringLiteral("screened_by"), screening.screenedBy.trimmed()},
                           {QStringLiteral("jurisdiction"), orNull(screening.jurisdiction)},
                           {QStringLiteral("criteria"), criteriaJson(screening.criteria)},
                           {QStringLiteral("listed"), QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(screening.listed)).toJson(QJsonDocument::Compact))},
                           {QStringLiteral("outcome"), dpia::outcomeCode(screening.outcome())},
                           {QStringLiteral("note"), orNull(screening.note.trimmed())}});
        if (!id)
            return id.error();
        // The register's flag follows the screening.
        QSqlQuery query = m_db.prepare(QStringLiteral("SELECT dpia_required, row_version FROM processing_activities WHERE id = ?"));
        query.addBindValue(screening.activityId);
        const auto current = rows::readOne<std::pair<bool, int>>(
            query, [](const SqlRow &row) { return std::pair<bool, int>{row.flag("dpia_required"), row.integer("row_version")}; },
            DpiaText::tr("There is no processing activity %1.").arg(screening.activityId));
        if (!current)
            return current.error();
        if (current->first != screening.needsAssessment()) {
            return rows::update(m_db, QStringLiteral("processing_activities"), screening.activityId, current->second,
                                {{QStringLiteral("dpia_required"), screening.needsAssessment()}});
        }
        return success();
    });
    if (!done)
        return done.error();
    screening.id = id.value();
    return id;
}

Result<QList<dpia::Screening>> DpiaRepository::screenings(RowId activityId)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("SELECT * FROM activity_screenings WHERE activity_id = ? "
                                                  "ORDER BY screened_on DESC, id DESC"));
    query.addBindValue(activityId);
    return rows::readAll<dpia::Screening>(query, readScreening);
}

Result<std::optional<dpia::Screening>> DpiaRepository::latestScreening(RowId activityId)
{
    const Result<QList<dpia::Screening>> all = screenings(activityId);
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<dpia::Screening>();
    return std::optional<dpia::Screening>(all->first());
}

} // namespace pc
