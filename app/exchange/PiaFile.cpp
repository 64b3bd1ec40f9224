#include "PiaFile.h"

#include "dpia/PiaMethod.h"
#include "storage/AuditTrail.h"
#include "storage/Database.h"
#include "storage/DpiaRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace pc::exchange {
namespace {

// The tool's own marks of an export.
constexpr qint64 kToolDbVersion = 201707071818;

using Text = std::optional<QString>;

// Reads one object's fields, the first problem kept with where it is.
class Fields
{
public:
    Fields(const QJsonObject &object, QString where, QString *problem)
        : m_object(object), m_where(std::move(where)), m_problem(problem)
    {
    }

    // A text or null; a text too long, or a value of another kind, is a problem.
    Text text(const char *key) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isNull() || value.isUndefined())
            return std::nullopt;
        if (!value.isString()) {
            fail(PiaFile::tr("%1: “%2” should be a text.").arg(m_where, QLatin1String(key)));
            return std::nullopt;
        }
        const QString s = value.toString();
        if (s.size() > PiaFile::kLongestText) {
            fail(PiaFile::tr("%1: “%2” holds %3 characters, more than the %4 a text of an assessment may hold.")
                     .arg(m_where, QLatin1String(key))
                     .arg(s.size())
                     .arg(PiaFile::kLongestText));
            return std::nullopt;
        }
        return s;
    }

    QString plain(const char *key) const { return text(key).value_or(QString()); }

    // An integer in [low, high], or null.
    std::optional<int> integer(const char *key, int low, int high) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isNull() || value.isUndefined())
            return std::nullopt;
        const double n = value.toDouble(-1e9);
        if (!value.isDouble() || n != double(qint64(n)) || n < low || n > high) {
            fail(PiaFile::tr("%1: “%2” should be a whole number from %3 to %4, not %5.")
                     .arg(m_where, QLatin1String(key))
                     .arg(low)
                     .arg(high)
                     .arg(value.toVariant().toString()));
            return std::nullopt;
        }
        return int(n);
    }

    qint64 id(const char *key) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        return value.isDouble() ? qint64(value.toDouble()) : value.toString().toLongLong();
    }

    void fail(const QString &message) const
    {
        if (m_problem->isEmpty())
            *m_problem = message;
    }

private:
    QJsonObject m_object;
    QString m_where;
    QString *m_problem;
};

QJsonValue orNull(const Text &text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

void putTimes(QJsonObject &object, const QString &created, const QString &updated)
{
    if (!created.isEmpty())
        object.insert(QStringLiteral("created_at"), created);
    if (!updated.isEmpty())
        object.insert(QStringLiteral("updated_at"), updated);
}

} // namespace

Result<Dpia> PiaFile::read(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists())
        return Error{tr("There is no file “%1”.").arg(path)};
    if (file.size() > kLargestFile)
        return Error{tr("“%1” is %2 MB, more than the %3 MB a file of the PIA tool may be.")
                         .arg(name)
                         .arg(file.size() / (1024 * 1024))
                         .arg(kLargestFile / (1024 * 1024))};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read “%1”: %2").arg(name, file.errorString())};
    return parse(file.readAll(), name);
}

Result<Dpia> PiaFile::parse(const QByteArray &content, const QString &name)
{
    if (content.size() > kLargestFile)
        return Error{tr("“%1” is more than the %2 MB a file of the PIA tool may be.").arg(name).arg(kLargestFile / (1024 * 1024))};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
    if (document.isNull())
        return Error{tr("“%1” is not a file of the CNIL's PIA tool: it is not JSON (%2, at character %3).")
                         .arg(name, parseError.errorString())
                         .arg(parseError.offset)};
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(QLatin1String("pia")).isObject())
        return Error{tr("“%1” is not a file of the CNIL's PIA tool: it has no “pia” part.").arg(name)};

    QString problem;
    Dpia dpia;
    const Fields pia(root.value(QLatin1String("pia")).toObject(), tr("the assessment"), &problem);
    dpia.name = pia.plain("name").trimmed();
    if (dpia.name.isEmpty() && problem.isEmpty())
        problem = tr("the assessment has no name");
    dpia.status = pia.integer("status", 0, 4).value_or(0);
    dpia.category = pia.plain("category");
    dpia.authorName = pia.plain("author_name");
    dpia.evaluatorName = pia.plain("evaluator_name");
    dpia.validatorName = pia.plain("validator_name");
    dpia.dpoNames = pia.plain("dpos_names");
    dpia.dpoStatus = pia.integer("dpo_status", 0, 1);
    dpia.dpoOpinion = pia.plain("dpo_opinion");
    dpia.peopleNames = pia.plain("people_names");
    dpia.peopleOpinionSought = root.value(QLatin1String("pia")).toObject().value(QLatin1String("concerned_people_searched_opinion")).toBool();
    dpia.peopleNotSoughtReason = pia.plain("concerned_people_searched_content");
    dpia.peopleStatus = pia.integer("concerned_people_status", 0, 1);
    dpia.peopleOpinion = pia.plain("concerned_people_opinion");
    dpia.rejectionReason = pia.plain("rejection_reason");
    dpia.appliedAdjustments = pia.plain("applied_adjustments");
    dpia.createdAt = pia.plain("created_at");
    dpia.updatedAt = pia.plain("updated_at");

    auto list = [&](const char *key) {
        const QJsonValue value = root.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isNull() && !value.isArray() && problem.isEmpty())
            problem = tr("“%1” should be a list.").arg(QLatin1String(key));
        return value.toArray();
    };

    QSet<int> answered;
    const QJsonArray answers = list("answers");
    for (qsizetype i = 0; i < answers.size() && problem.isEmpty(); ++i) {
        const QJsonObject object = answers.at(i).toObject();
        const int question = int(Fields(object, QString(), &problem).id("reference_to"));
        const QString where = tr("the answer to question %1").arg(question);
        if (!dpia::PiaMethod::isQuestion(question)) {
            problem = tr("answer %1 is to question %2, which the PIA method does not have")
                          .arg(i + 1)
                          .arg(object.value(QLatin1String("reference_to")).toVariant().toString());
            break;
        }
        if (answered.contains(question)) {
            problem = tr("question %1 is answered twice").arg(question);
            break;
        }
        answered.insert(question);
        const Fields data(object.value(QLatin1String("data")).toObject(), where, &problem);
        const Fields own(object, where, &problem);
        DpiaAnswer a;
        a.questionId = question;
        a.text = data.text("text");
        a.gauge = data.integer("gauge", 0, 4);
        for (const QJsonValue &item : object.value(QLatin1String("data")).toObject().value(QLatin1String("list")).toArray()) {
            if (!item.isString()) {
                problem = tr("%1: its list should hold texts.").arg(where);
                break;
            }
            if (item.toString().size() > kLongestText) {
                problem = tr("%1: an item of its list is too long.").arg(where);
                break;
            }
            a.list << item.toString();
        }
        a.createdAt = own.plain("created_at");
        a.updatedAt = own.plain("updated_at");
        dpia.answers << a;
    }

    QSet<qint64> measureIds;
    const QJsonArray measures = list("measures");
    for (qsizetype i = 0; i < measures.size() && problem.isEmpty(); ++i) {
        const QJsonObject object = measures.at(i).toObject();
        const Fields m(object, tr("measure %1").arg(i + 1), &problem);
        DpiaMeasure measure;
        measure.id = m.id("id");
        if (measure.id <= 0 || measureIds.contains(measure.id)) {
            problem = tr("measure %1 has no number of its own").arg(i + 1);
            break;
        }
        measureIds.insert(measure.id);
        measure.title = m.plain("title");
        measure.content = m.plain("content");
        measure.placeholder = m.plain("placeholder");
        measure.createdAt = m.plain("created_at");
        measure.updatedAt = m.plain("updated_at");
        dpia.measures << measure;
    }

    static const QRegularExpression measureReference(QStringLiteral("^3\\.1\\.(\\d+)$"));
    QSet<QString> evaluated;
    const QJsonArray evaluations = list("evaluations");
    for (qsizetype i = 0; i < evaluations.size() && problem.isEmpty(); ++i) {
        const QJsonObject object = evaluations.at(i).toObject();
        const QString reference = object.value(QLatin1String("reference_to")).toVariant().toString();
        const Fields e(object, tr("the evaluation of %1").arg(reference), &problem);
        DpiaEvaluation evaluation;
        evaluation.reference = reference;
        if (const QRegularExpressionMatch m = measureReference.match(reference); m.hasMatch()) {
            evaluation.reference = QStringLiteral("3.1");
            evaluation.measureId = m.captured(1).toLongLong();
            if (!measureIds.contains(evaluation.measureId)) {
                problem = tr("an evaluation is of measure %1, which the file does not hold").arg(evaluation.measureId);
                break;
            }
        } else if (!dpia::PiaMethod::isEvaluationReference(reference)) {
            problem = tr("an evaluation is of “%1”, which the PIA method does not have").arg(reference);
            break;
        }
        if (evaluated.contains(reference)) {
            problem = tr("“%1” is evaluated twice").arg(reference);
            break;
        }
        evaluated.insert(reference);
        evaluation.status = e.integer("status", 0, 3).value_or(0);
        evaluation.globalStatus = e.integer("global_status", 0, 9).value_or(0);
        evaluation.actionPlanComment = e.text("action_plan_comment");
        evaluation.evaluationComment = e.text("evaluation_comment");
        evaluation.personInCharge = e.text("person_in_charge");
        evaluation.estimatedImplementationDate = e.text("estimated_implementation_date");
        const Fields gauges(object.value(QLatin1String("gauges")).toObject(), tr("the evaluation of %1").arg(reference),
                            &problem);
        evaluation.gaugeX = gauges.integer("x", 0, 4).value_or(0);
        evaluation.gaugeY = gauges.integer("y", 0, 4).value_or(0);
        evaluation.createdAt = e.plain("created_at");
        evaluation.updatedAt = e.plain("updated_at");
        dpia.evaluations << evaluation;
    }

    const QJsonArray comments = list("comments");
    for (qsizetype i = 0; i < comments.size() && problem.isEmpty(); ++i) {
        const QJsonObject object = comments.at(i).toObject();
        const Fields c(object, tr("comment %1").arg(i + 1), &problem);
        DpiaComment comment;
        const qint64 reference = c.id("reference_to");
        if (object.value(QLatin1String("for_measure")).toBool()) {
            if (!measureIds.contains(reference)) {
                problem = tr("comment %1 is on measure %2, which the file does not hold").arg(i + 1).arg(reference);
                break;
            }
            comment.measureId = reference;
        } else {
            if (!dpia::PiaMethod::isQuestion(int(reference))) {
                problem = tr("comment %1 is on question %2, which the PIA method does not have").arg(i + 1).arg(reference);
                break;
            }
            comment.questionId = int(reference);
        }
        comment.description = c.plain("description");
        comment.createdAt = c.plain("created_at");
        comment.updatedAt = c.plain("updated_at");
        dpia.comments << comment;
    }

    if (!problem.isEmpty())
        return Error{tr("“%1” cannot be imported: %2.").arg(name, problem.endsWith(QLatin1Char('.')) ? problem.chopped(1) : problem)};
    return dpia;
}

QByteArray PiaFile::write(const Dpia &dpia)
{
    QJsonObject pia;
    pia.insert(QStringLiteral("dbVersion"), double(kToolDbVersion));
    pia.insert(QStringLiteral("tableName"), QStringLiteral("pia"));
    pia.insert(QStringLiteral("serverUrl"), QJsonValue::Null);
    pia.insert(QStringLiteral("numberOfQuestions"), int(dpia::PiaMethod::questionIds().size()));
    pia.insert(QStringLiteral("id"), double(dpia.id));
    pia.insert(QStringLiteral("objectStore"), QJsonObject());
    pia.insert(QStringLiteral("status"), dpia.status);
    pia.insert(QStringLiteral("name"), dpia.name);
    pia.insert(QStringLiteral("category"), dpia.category);
    pia.insert(QStringLiteral("author_name"), dpia.authorName);
    pia.insert(QStringLiteral("evaluator_name"), dpia.evaluatorName);
    pia.insert(QStringLiteral("validator_name"), dpia.validatorName);
    pia.insert(QStringLiteral("dpos_names"), dpia.dpoNames);
    pia.insert(QStringLiteral("dpo_status"), orNull(dpia.dpoStatus));
    pia.insert(QStringLiteral("dpo_opinion"), dpia.dpoOpinion);
    pia.insert(QStringLiteral("people_names"), dpia.peopleNames);
    pia.insert(QStringLiteral("concerned_people_searched_opinion"), dpia.peopleOpinionSought);
    pia.insert(QStringLiteral("concerned_people_searched_content"), dpia.peopleNotSoughtReason);
    pia.insert(QStringLiteral("concerned_people_status"), orNull(dpia.peopleStatus));
    pia.insert(QStringLiteral("concerned_people_opinion"), dpia.peopleOpinion);
    pia.insert(QStringLiteral("rejection_reason"), dpia.rejectionReason);
    pia.insert(QStringLiteral("applied_adjustments"), dpia.appliedAdjustments);
    putTimes(pia, dpia.createdAt, dpia.updatedAt);

    const double piaId = double(dpia.id);
    QJsonArray answers;
    for (const DpiaAnswer &a : dpia.answers) {
        QJsonObject data{{QStringLiteral("text"), orNull(a.text)},
                         {QStringLiteral("gauge"), orNull(a.gauge)},
                         {QStringLiteral("list"), QJsonArray::fromStringList(a.list)}};
        QJsonObject object{{QStringLiteral("id"), double(a.id)},
                           {QStringLiteral("pia_id"), piaId},
                           {QStringLiteral("reference_to"), a.questionId},
                           {QStringLiteral("data"), data}};
        putTimes(object, a.createdAt, a.updatedAt);
        answers << object;
    }
    QJsonArray measures;
    for (const DpiaMeasure &m : dpia.measures) {
        QJsonObject object{{QStringLiteral("id"), double(m.id)},
                           {QStringLiteral("pia_id"), piaId},
                           {QStringLiteral("title"), m.title},
                           {QStringLiteral("content"), m.content},
                           {QStringLiteral("placeholder"), m.placeholder}};
        putTimes(object, m.createdAt, m.updatedAt);
        measures << object;
    }
    QJsonArray evaluations;
    for (const DpiaEvaluation &e : dpia.evaluations) {
        QJsonObject object{{QStringLiteral("id"), double(e.id)},
                           {QStringLiteral("pia_id"), piaId},
                           {QStringLiteral("reference_to"), e.toolReference()},
                           {QStringLiteral("status"), e.status},
                           {QStringLiteral("global_status"), e.globalStatus},
                           {QStringLiteral("gauges"), QJsonObject{{QStringLiteral("x"), e.gaugeX}, {QStringLiteral("y"), e.gaugeY}}},
                           {QStringLiteral("estimated_implementation_date"), orNull(e.estimatedImplementationDate)}};
        if (e.actionPlanComment)
            object.insert(QStringLiteral("action_plan_comment"), *e.actionPlanComment);
        if (e.evaluationComment)
            object.insert(QStringLiteral("evaluation_comment"), *e.evaluationComment);
        if (e.personInCharge)
            object.insert(QStringLiteral("person_in_charge"), *e.personInCharge);
        putTimes(object, e.createdAt, e.updatedAt);
        evaluations << object;
    }
    QJsonArray comments;
    for (const DpiaComment &c : dpia.comments) {
        QJsonObject object{{QStringLiteral("id"), double(c.id)},
                           {QStringLiteral("pia_id"), piaId},
                           {QStringLiteral("reference_to"), double(c.measureId > 0 ? c.measureId : c.questionId)},
                           {QStringLiteral("for_measure"), c.measureId > 0},
                           {QStringLiteral("description"), c.description}};
        putTimes(object, c.createdAt, c.updatedAt);
        comments << object;
    }
    const QJsonObject root{{QStringLiteral("pia"), pia},
                           {QStringLiteral("answers"), answers},
                           {QStringLiteral("measures"), measures},
                           {QStringLiteral("evaluations"), evaluations},
                           {QStringLiteral("comments"), comments}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status PiaFile::save(const Dpia &dpia, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write “%1”: %2").arg(path, file.errorString())};
    file.write(write(dpia));
    if (!file.commit())
        return Error{tr("Cannot write “%1”: %2").arg(path, file.errorString())};
    return success();
}

Result<RowId> PiaFile::import(Database &db, Dpia &dpia, const QString &fileName)
{
    Result<RowId> id = RowId(0);
    const Status done = db.transaction([&]() -> Status {
        id = DpiaRepository(db).add(dpia);
        if (!id)
            return id.error();
        return AuditTrail::record(db, QStringLiteral("dpia import"),
                                  QStringLiteral("Imported the impact assessment “%1” from %2: %3 answers, %4 measures, "
                                                 "%5 evaluations, %6 comments")
                                      .arg(dpia.name, fileName)
                                      .arg(dpia.answers.size())
                                      .arg(dpia.measures.size())
                                      .arg(dpia.evaluations.size())
                                      .arg(dpia.comments.size()),
                                  QStringLiteral("dpias"), dpia.id);
    });
    if (!done)
        return done.error();
    return id;
}

} // namespace pc::exchange
