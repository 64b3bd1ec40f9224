// Impact assessments and the files of the CNIL's PIA tool, on both engines:
// the method numbered as the tool numbers it, the tool's worked example in
// and out again field by field, a file with every value the tool writes, and
// files that cannot come in, each refused with its reason and nothing written.
#include "TestSupport.h"

#include "demo/DemoGenerator.h"
#include "dpia/DpiaPrefill.h"
#include "dpia/PiaMethod.h"
#include "dpia/Screening.h"
#include "exchange/PiaFile.h"
#include "storage/DpiaRepository.h"
#include "storage/RegisterRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace pc;
using namespace pc::exchange;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(PC_TEST_FIXTURES "/cnil-pia/") + name;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// A value as the tool reads it: a key left out is null.
QJsonValue field(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

// Every field of `expected` and `actual` but the ids the tool numbers its
// records by; where they differ, "where.key: expected ≠ actual".
QStringList differences(const QJsonObject &expected, const QJsonObject &actual, const QString &where,
                        const QStringList &ignored = {QStringLiteral("id"), QStringLiteral("pia_id")})
{
    QStringList keys = expected.keys() + actual.keys();
    keys.removeDuplicates();
    QStringList found;
    for (const QString &key : std::as_const(keys)) {
        if (ignored.contains(key))
            continue;
        if (field(expected, key) != field(actual, key)) {
            found << QStringLiteral("%1.%2: %3 ≠ %4")
                         .arg(where, key,
                              QString::fromUtf8(QJsonDocument(QJsonArray{field(expected, key)}).toJson(QJsonDocument::Compact)).left(80),
                              QString::fromUtf8(QJsonDocument(QJsonArray{field(actual, key)}).toJson(QJsonDocument::Compact)).left(80));
        }
    }
    return found;
}

// The two files hold the same assessment: the same fields, answers, measures
// (in order), evaluations (each of the same thing, measures followed through
// their new numbers) and comments.
QStringList compareFiles(const QJsonObject &original, const QJsonObject &exported)
{
    QStringList found = differences(original.value(QLatin1String("pia")).toObject(),
                                    exported.value(QLatin1String("pia")).toObject(), QStringLiteral("pia"),
                                    {QStringLiteral("id")});
    const QJsonArray originalMeasures = original.value(QLatin1String("measures")).toArray();
    const QJsonArray exportedMeasures = exported.value(QLatin1String("measures")).toArray();
    if (originalMeasures.size() != exportedMeasures.size())
        return found << QStringLiteral("measures: %1 ≠ %2").arg(originalMeasures.size()).arg(exportedMeasures.size());
    QHash<qint64, qint64> measureIds;
    for (qsizetype i = 0; i < originalMeasures.size(); ++i) {
        const QJsonObject a = originalMeasures.at(i).toObject();
        const QJsonObject b = exportedMeasures.at(i).toObject();
        measureIds.insert(a.value(QLatin1String("id")).toInteger(), b.value(QLatin1String("id")).toInteger());
        found << differences(a, b, QStringLiteral("measure %1").arg(i + 1));
    }
    auto keyed = [](const QJsonArray &items, const std::function<QString(const QJsonObject &)> &key) {
        QMap<QString, QJsonObject> map;
        for (const QJsonValue &v : items)
            map.insert(key(v.toObject()), v.toObject());
        return map;
    };
    auto compareLists = [&](const char *list, const std::function<QString(const QJsonObject &)> &originalKey,
                            const std::function<QString(const QJsonObject &)> &exportedKey) {
        const auto a = keyed(original.value(QLatin1String(list)).toArray(), originalKey);
        const auto b = keyed(exported.value(QLatin1String(list)).toArray(), exportedKey);
        if (a.size() != original.value(QLatin1String(list)).toArray().size())
            found << QStringLiteral("%1: two of the original's share a key").arg(QLatin1String(list));
        if (a.keys() != b.keys()) {
            found << QStringLiteral("%1: %2 ≠ %3").arg(QLatin1String(list), QStringList(a.keys()).join(QLatin1Char(' ')),
                                                      QStringList(b.keys()).join(QLatin1Char(' ')));
            return;
        }
        for (auto i = a.cbegin(); i != a.cend(); ++i) {
            QJsonObject expected = i.value();
            QJsonObject actual = b.value(i.key());
            // A measure's number is ours now: compare what it names.
            for (const char *key : {"reference_to"}) {
                expected.remove(QLatin1String(key));
                actual.remove(QLatin1String(key));
            }
            found << differences(expected, actual, QStringLiteral("%1 %2").arg(QLatin1String(list), i.key()));
        }
    };
    const auto toMine = [&](const QJsonObject &o) {
        const QString reference = o.value(QLatin1String("reference_to")).toVariant().toString();
        if (reference.startsWith(QLatin1String("3.1.")))
            return QStringLiteral("3.1.%1").arg(measureIds.value(reference.mid(4).toLongLong()));
        return reference;
    };
    const auto asIs = [](const QJsonObject &o) { return o.value(QLatin1String("reference_to")).toVariant().toString(); };
    compareLists("answers", asIs, asIs);
    compareLists("evaluations", toMine, asIs);
    const auto commentKey = [&](bool map) {
        return [&, map](const QJsonObject &o) {
            qint64 reference = o.value(QLatin1String("reference_to")).toInteger();
            const bool onMeasure = o.value(QLatin1String("for_measure")).toBool();
            if (map && onMeasure)
                reference = measureIds.value(reference);
            return QStringLiteral("%1%2:%3").arg(onMeasure ? QStringLiteral("m") : QStringLiteral("q")).arg(reference)
                .arg(o.value(QLatin1String("description")).toString().left(40));
        };
    };
    compareLists("comments", commentKey(true), commentKey(false));
    return found;
}

// An organization of its own, under the law of `jurisdiction`.
Result<RowId> addOrganization(Database &db, const QString &jurisdiction, Organization &org)
{
    org.name = QStringLiteral("Assessed");
    org.country = jurisdiction;
    org.jurisdiction = jurisdiction;
    return RegisterRepository(db).addOrganization(org);
}

int rowsOf(Database &db, const QString &table)
{
    return test::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

int dpiaRows(Database &db)
{
    int n = 0;
    for (const QString &table : {QStringLiteral("dpias"), QStringLiteral("dpia_activities"), QStringLiteral("dpia_answers"),
                                 QStringLiteral("dpia_measures"), QStringLiteral("dpia_evaluations"),
                                 QStringLiteral("dpia_comments")})
        n += rowsOf(db, table);
    return n;
}

// A file written here with every value the tool gives each field.
QJsonObject everyValueFile()
{
    QJsonObject pia{{QStringLiteral("dbVersion"), 201707071818.0},
                    {QStringLiteral("tableName"), QStringLiteral("pia")},
                    {QStringLiteral("serverUrl"), QJsonValue::Null},
                    {QStringLiteral("numberOfQuestions"), 36},
                    {QStringLiteral("objectStore"), QJsonObject()},
                    {QStringLiteral("id"), 7},
                    {QStringLiteral("name"), QStringLiteral("Every value")},
                    {QStringLiteral("status"), 4},
                    {QStringLiteral("author_name"), QStringLiteral("Awa Ndiaye")},
                    {QStringLiteral("evaluator_name"), QStringLiteral("Luc Martin")},
                    {QStringLiteral("validator_name"), QStringLiteral("Nour Ben Salah")},
                    {QStringLiteral("dpo_status"), 0},
                    {QStringLiteral("dpo_opinion"), QStringLiteral("<p>Not <em>yet</em>.</p>")},
                    {QStringLiteral("dpos_names"), QStringLiteral("Jeanne Petit")},
                    {QStringLiteral("people_names"), QStringLiteral("Users' panel")},
                    {QStringLiteral("concerned_people_searched_opinion"), false},
                    {QStringLiteral("concerned_people_searched_content"), QStringLiteral("A panel would take a year.")},
                    {QStringLiteral("concerned_people_status"), 0},
                    {QStringLiteral("concerned_people_opinion"), QStringLiteral("")},
                    {QStringLiteral("rejection_reason"), QStringLiteral("Risks under-estimated")},
                    {QStringLiteral("applied_adjustments"), QStringLiteral("Encryption added")},
                    {QStringLiteral("category"), QStringLiteral("HR")},
                    {QStringLiteral("created_at"), QStringLiteral("2026-01-02T03:04:05.678Z")},
                    {QStringLiteral("updated_at"), QStringLiteral("2026-02-03T04:05:06.789Z")}};
    QJsonArray answers;
    int gauge = 0;
    for (int id : dpia::PiaMethod::questionIds()) {
        QJsonObject data;
        switch (dpia::PiaMethod::kindOf(id)) {
        case dpia::AnswerKind::Text:
            data = {{QStringLiteral("text"), QStringLiteral("<ul><li>Answer %1 &amp; more</li></ul>").arg(id)},
                    {QStringLiteral("gauge"), 0},
                    {QStringLiteral("list"), QJsonArray()}};
            break;
        case dpia::AnswerKind::List:
            data = {{QStringLiteral("text"), QJsonValue::Null},
                    {QStringLiteral("gauge"), QJsonValue::Null},
                    {QStringLiteral("list"), QJsonArray{QStringLiteral("First %1").arg(id), QStringLiteral("Élément")}}};
            break;
        case dpia::AnswerKind::Gauge:
            data = {{QStringLiteral("text"), QStringLiteral("Because %1").arg(id)},
                    {QStringLiteral("gauge"), gauge++ % 5},
                    {QStringLiteral("list"), QJsonArray()}};
            break;
        }
        answers << QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("pia_id"), 7},
                               {QStringLiteral("reference_to"), id},
                               {QStringLiteral("data"), data},
                               {QStringLiteral("created_at"), QStringLiteral("2026-01-02T10:00:00.000Z")}};
    }
    const QJsonArray measures{
        QJsonObject{{QStringLiteral("id"), 5}, {QStringLiteral("pia_id"), 7}, {QStringLiteral("title"), QStringLiteral("Encryption")},
                    {QStringLiteral("content"), QStringLiteral("AES-256 at rest")},
                    {QStringLiteral("placeholder"), QStringLiteral("knowledge_base.slugs.PIA_TEC_CHIF.placeholder")}},
        QJsonObject{{QStringLiteral("id"), 9}, {QStringLiteral("pia_id"), 7}, {QStringLiteral("title"), QStringLiteral("Backups")},
                    {QStringLiteral("content"), QStringLiteral("")},
                    {QStringLiteral("placeholder"), QStringLiteral("measures.default_placeholder")},
                    {QStringLiteral("created_at"), QStringLiteral("2026-01-03T00:00:00.000Z")},
                    {QStringLiteral("updated_at"), QStringLiteral("2026-01-04T00:00:00.000Z")}}};
    QJsonArray evaluations;
    const QStringList references = {QStringLiteral("1.1"), QStringLiteral("1.2"), QStringLiteral("2.1.211"),
                                    QStringLiteral("2.2.227"), QStringLiteral("3.1.5"), QStringLiteral("3.1.9"),
                                    QStringLiteral("3.2"), QStringLiteral("3.3"), QStringLiteral("3.4")};
    for (int i = 0; i < references.size(); ++i) {
        QJsonObject e{{QStringLiteral("id"), 100 + i},
                      {QStringLiteral("pia_id"), 7},
                      {QStringLiteral("reference_to"), references.at(i)},
                      {QStringLiteral("status"), i % 4},
                      {QStringLiteral("global_status"), i % 3},
                      {QStringLiteral("gauges"), QJsonObject{{QStringLiteral("x"), i % 5}, {QStringLiteral("y"), (i + 2) % 5}}},
                      {QStringLiteral("estimated_implementation_date"),
                       i % 2 ? QJsonValue(QStringLiteral("2027-03-3%1T00:00:00.000Z").arg(i % 2)) : QJsonValue(QJsonValue::Null)}};
        if (i % 3 != 0)
            e.insert(QStringLiteral("action_plan_comment"), QStringLiteral("Plan %1").arg(i));
        if (i % 2 == 0)
            e.insert(QStringLiteral("evaluation_comment"), QStringLiteral("<strong>Comment</strong> %1").arg(i));
        if (i % 4 == 1)
            e.insert(QStringLiteral("person_in_charge"), QStringLiteral("Karim"));
        evaluations << e;
    }
    const QJsonArray comments{
        QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("pia_id"), 7}, {QStringLiteral("reference_to"), 215},
                    {QStringLiteral("for_measure"), false}, {QStringLiteral("description"), QStringLiteral("Too long?")},
                    {QStringLiteral("created_at"), QStringLiteral("2026-01-05T00:00:00.000Z")}},
        QJsonObject{{QStringLiteral("id"), 2}, {QStringLiteral("pia_id"), 7}, {QStringLiteral("reference_to"), 9},
                    {QStringLiteral("for_measure"), true}, {QStringLiteral("description"), QStringLiteral("Which site?")}}};
    return {{QStringLiteral("pia"), pia},
            {QStringLiteral("answers"), answers},
            {QStringLiteral("measures"), measures},
            {QStringLiteral("evaluations"), evaluations},
            {QStringLiteral("comments"), comments}};
}

} // namespace

class TestDpia : public QObject
{
    Q_OBJECT

private slots:
    // The questions, their kinds and the measures' catalogue are the tool's.
    void theMethodIsTheTools()
    {
        const QJsonObject architecture = readJson(fixture(QStringLiteral("pia_architecture.json")));
        QList<int> ids;
        QStringList kinds;
        for (const QJsonValue &section : architecture.value(QLatin1String("sections")).toArray()) {
            for (const QJsonValue &item : section.toObject().value(QLatin1String("items")).toArray()) {
                for (const QJsonValue &question : item.toObject().value(QLatin1String("questions")).toArray()) {
                    const QJsonObject q = question.toObject();
                    ids << q.value(QLatin1String("id")).toInt();
                    kinds << q.value(QLatin1String("answer_type")).toString();
                    QVERIFY2(dpia::PiaMethod::isEvaluationReference(QStringLiteral("%1.%2.%3")
                                                                        .arg(section.toObject().value(QLatin1String("id")).toInt())
                                                                        .arg(item.toObject().value(QLatin1String("id")).toInt())
                                                                        .arg(ids.last()))
                                 == (item.toObject().value(QLatin1String("evaluation_mode")).toString() == QLatin1String("question")),
                             qPrintable(QString::number(ids.last())));
                }
            }
        }
        QCOMPARE(ids, dpia::PiaMethod::questionIds());
        QStringList ours;
        for (int id : ids) {
            const dpia::AnswerKind kind = dpia::PiaMethod::kindOf(id);
            ours << (kind == dpia::AnswerKind::Text ? QStringLiteral("text")
                     : kind == dpia::AnswerKind::List ? QStringLiteral("list") : QStringLiteral("gauge"));
        }
        QCOMPARE(ours, kinds);
        const dpia::PiaMethod method{DocumentLanguage(QStringLiteral("en"))};
        for (int id : ids)
            QVERIFY2(!method.question(id).title.isEmpty() && !method.question(id).guidance.isEmpty(), qPrintable(QString::number(id)));

        // Every measure of the tool's catalogue is in ours, and the example's.
        QFile file(fixture(QStringLiteral("pia_knowledge-base.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList slugs;
        for (const dpia::CatalogueMeasure &m : method.catalogue())
            slugs << m.slug;
        for (const QJsonValue &entry : QJsonDocument::fromJson(file.readAll()).array()) {
            const QString filters = entry.toObject().value(QLatin1String("filters")).toString();
            if (filters.startsWith(QLatin1String("measure.")) && filters != QLatin1String("measure.definition"))
                QVERIFY2(slugs.contains(entry.toObject().value(QLatin1String("slug")).toString()), qPrintable(entry.toObject().value(QLatin1String("slug")).toString()));
        }
        QVERIFY(method.question(999).title.isEmpty());
        QVERIFY(!dpia::PiaMethod::isEvaluationReference(QStringLiteral("2.1.221")));
        QVERIFY(!dpia::PiaMethod::isEvaluationReference(QStringLiteral("3.5")));
    }

    void theExampleComesInWholeAndGoesOutTheSame_data() {
        test::addEngineColumn();
        test::addEngineRows();
    }
    void theExampleComesInWholeAndGoesOutTheSame()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        DemoOptions options;
        options.subjects = 20;
        QVERIFY(DemoGenerator(*db).generate(options));
        const RowId organization = test::scalar(*db, QStringLiteral("SELECT id FROM organizations ORDER BY id")).toLongLong();
        const RowId activity = test::scalar(*db, QStringLiteral("SELECT id FROM processing_activities WHERE organization_id = ? ORDER BY id"),
                                            {organization}).toLongLong();

        Result<Dpia> read = PiaFile::read(fixture(QStringLiteral("2018-02-21-pia-example.json")));
        PC_VERIFY_OK(read);
        Dpia dpia = read.value();
        QCOMPARE(dpia.name, QStringLiteral("Captoo"));
        QCOMPARE(dpia.answers.size(), 36);
        QCOMPARE(dpia.measures.size(), 23);
        QCOMPARE(dpia.evaluations.size(), 40);
        QCOMPARE(dpia.comments.size(), 1);
        dpia.organizationId = organization;
        dpia.activityIds = {activity};
        const int trailBefore = rowsOf(*db, QStringLiteral("audit_log"));
        const Result<RowId> id = PiaFile::import(*db, dpia, QStringLiteral("2018-02-21-pia-example.json"));
        PC_VERIFY_OK(id);
        for (const auto &[table, count] : {std::pair{"dpia_answers", 36}, std::pair{"dpia_measures", 23},
                                           std::pair{"dpia_evaluations", 40}, std::pair{"dpia_comments", 1}}) {
            QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM %1 WHERE dpia_id = ?").arg(QLatin1String(table)),
                                  {id.value()}).toInt(),
                     count);
        }
        // Every row in the trail, and the import said once; the activity
        // covered is marked assessed on the day the file was validated.
        QCOMPARE(rowsOf(*db, QStringLiteral("audit_log")) - trailBefore, 1 + 1 + 36 + 23 + 40 + 1 + 1 + 1);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT dpia_done_on FROM processing_activities WHERE id = ?"), {activity})
                     .toDate(),
                 QDate(2018, 2, 21));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'dpia import'")).toInt(), 1);

        const Result<Dpia> stored = DpiaRepository(*db).read(id.value());
        PC_VERIFY_OK(stored);
        QCOMPARE(stored->activityIds, QList<RowId>{activity});
        QCOMPARE(stored->answers, dpia.answers);
        QCOMPARE(stored->measures, dpia.measures);
        QCOMPARE(stored->evaluations, dpia.evaluations);
        QCOMPARE(stored->comments, dpia.comments);
        QCOMPARE(stored->createdAt, QStringLiteral("2018-02-20T15:25:41.845Z"));

        const QJsonObject exported = QJsonDocument::fromJson(PiaFile::write(stored.value())).object();
        const QStringList found = compareFiles(readJson(fixture(QStringLiteral("2018-02-21-pia-example.json"))), exported);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        // The export reads back whole.
        Result<Dpia> again = PiaFile::parse(PiaFile::write(stored.value()), QStringLiteral("again.json"));
        PC_VERIFY_OK(again);
        QCOMPARE(again->answers.size(), 36);
        QCOMPARE(again->evaluations.size(), 40);
    }

    void everyValueComesBack_data() {
        test::addEngineColumn();
        test::addEngineRows();
    }
    void everyValueComesBack()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        Organization org;
        PC_VERIFY_OK(addOrganization(*db, QStringLiteral("FR"), org));
        const QJsonObject original = everyValueFile();
        Result<Dpia> read = PiaFile::parse(QJsonDocument(original).toJson(), QStringLiteral("every.json"));
        PC_VERIFY_OK(read);
        Dpia dpia = read.value();
        dpia.organizationId = org.id;
        PC_VERIFY_OK(PiaFile::import(*db, dpia, QStringLiteral("every.json")));
        const Result<Dpia> stored = DpiaRepository(*db).read(dpia.id);
        PC_VERIFY_OK(stored);
        QCOMPARE(stored->status, 4);
        QCOMPARE(stored->dpoStatus, std::optional<int>(0));
        QCOMPARE(stored->peopleStatus, std::optional<int>(0));
        QVERIFY(!stored->peopleOpinionSought);
        const QStringList found = compareFiles(original, QJsonDocument::fromJson(PiaFile::write(stored.value())).object());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

        // Removed whole, every row of it in the trail.
        const int deletions = test::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete'")).toInt();
        PC_VERIFY_OK(DpiaRepository(*db).remove(dpia.id));
        QCOMPARE(dpiaRows(*db), 0);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'delete'")).toInt() - deletions,
                 1 + 36 + 2 + 9 + 2);
    }

    // Two criteria make an assessment likely required where the GDPR
    // applies; the authority's lists outweigh them; elsewhere it is advice.
    void screeningOutcomes_data()
    {
        QTest::addColumn<QString>("jurisdiction");
        QTest::addColumn<QStringList>("met");
        QTest::addColumn<QStringList>("listed");
        QTest::addColumn<QString>("outcome");
        const QString sensitive = QStringLiteral("sensitive_data"), large = QStringLiteral("large_scale"),
                      vulnerable = QStringLiteral("vulnerable_subjects"), monitoring = QStringLiteral("systematic_monitoring");
        QTest::newRow("FR, nothing") << QStringLiteral("FR") << QStringList() << QStringList() << QStringLiteral("not_required");
        QTest::newRow("FR, one criterion") << QStringLiteral("FR") << QStringList{sensitive} << QStringList() << QStringLiteral("not_required");
        QTest::newRow("FR, two criteria") << QStringLiteral("FR") << QStringList{sensitive, large} << QStringList() << QStringLiteral("likely_required");
        QTest::newRow("FR, on the CNIL's list") << QStringLiteral("FR") << QStringList() << QStringList{QStringLiteral("FR-R14")} << QStringLiteral("required");
        QTest::newRow("FR, exempt outweighs criteria") << QStringLiteral("FR") << QStringList{sensitive, large} << QStringList{QStringLiteral("FR-E02")} << QStringLiteral("exempt");
        QTest::newRow("FR, both lists") << QStringLiteral("FR") << QStringList() << QStringList{QStringLiteral("FR-R03"), QStringLiteral("FR-E01")} << QStringLiteral("required");
        QTest::newRow("BE, two criteria") << QStringLiteral("BE") << QStringList{vulnerable, monitoring} << QStringList() << QStringLiteral("likely_required");
        QTest::newRow("BE, on the APD's list") << QStringLiteral("BE") << QStringList() << QStringList{QStringLiteral("BE-R01")} << QStringLiteral("required");
        QTest::newRow("EU, two criteria") << QStringLiteral("EU") << QStringList{sensitive, monitoring} << QStringList() << QStringLiteral("likely_required");
        QTest::newRow("ZA, three criteria") << QStringLiteral("ZA") << QStringList{sensitive, large, vulnerable} << QStringList() << QStringLiteral("good_practice");
        QTest::newRow("ZA, one criterion") << QStringLiteral("ZA") << QStringList{sensitive} << QStringList() << QStringLiteral("no_duty");
        QTest::newRow("VN, two criteria") << QStringLiteral("VN") << QStringList{sensitive, monitoring} << QStringList() << QStringLiteral("good_practice");
        QTest::newRow("TN, nothing") << QStringLiteral("TN") << QStringList() << QStringList() << QStringLiteral("no_duty");
    }
    void screeningOutcomes()
    {
        QFETCH(QString, jurisdiction);
        QFETCH(QStringList, met);
        QFETCH(QStringList, listed);
        QFETCH(QString, outcome);
        dpia::Screening s;
        s.jurisdiction = jurisdiction;
        for (const dpia::Criterion c : dpia::allCriteria())
            s.criteria << dpia::CriterionAnswer{c, met.contains(dpia::criterionCode(c)), QString()};
        s.listed = listed;
        QCOMPARE(dpia::outcomeCode(s.outcome()), outcome);
        QCOMPARE(s.metCount(), met.size());
        // Every list entry ticked exists in the jurisdiction's lists.
        const dpia::ScreeningRules rules{DocumentLanguage(QStringLiteral("en"))};
        QStringList codes;
        for (const dpia::ListEntry &e : rules.listEntries(jurisdiction))
            codes << e.code;
        for (const QString &code : listed)
            QVERIFY2(codes.contains(code), qPrintable(code));
        QVERIFY(!rules.outcomeText(s.outcome()).isEmpty());
        QVERIFY(!rules.listsSource(jurisdiction).isEmpty());
    }

    void theListsAreTheAuthorities()
    {
        const dpia::ScreeningRules rules{DocumentLanguage(QStringLiteral("en"))};
        int required = 0, exempt = 0;
        for (const dpia::ListEntry &e : rules.listEntries(QStringLiteral("FR")))
            (e.required ? required : exempt)++;
        QCOMPARE(required, 14);    // deliberation 2018-327
        QCOMPARE(exempt, 12);      // deliberation 2019-118
        QCOMPARE(rules.listEntries(QStringLiteral("BE")).size(), 8);   // decision 01/2019
        QVERIFY(rules.listEntries(QStringLiteral("ZA")).isEmpty());
        QVERIFY(rules.listsSource(QStringLiteral("ZA")).contains(QStringLiteral("Regulation 4")));
        QVERIFY(rules.listsSource(QStringLiteral("VN")).contains(QStringLiteral("Decree 13")));
    }

    // What the register says points to criteria, each with its reason.
    void suggestionsFromTheRegister_data()
    {
        QTest::addColumn<int>("what");
        QTest::addColumn<QStringList>("suggested");
        QTest::newRow("special categories") << 0 << QStringList{QStringLiteral("sensitive_data")};
        QTest::newRow("highly personal") << 1 << QStringList{QStringLiteral("sensitive_data")};
        QTest::newRow("10,000 people") << 2 << QStringList{QStringLiteral("large_scale")};
        QTest::newRow("9,999 people") << 3 << QStringList();
        QTest::newRow("employees") << 4 << QStringList{QStringLiteral("vulnerable_subjects")};
        QTest::newRow("profiling") << 5 << QStringList{QStringLiteral("evaluation")};
        QTest::newRow("location") << 6 << QStringList{QStringLiteral("systematic_monitoring")};
        QTest::newRow("nothing") << 7 << QStringList();
    }
    void suggestionsFromTheRegister()
    {
        QFETCH(int, what);
        QFETCH(QStringList, suggested);
        dpia::ActivityFacts facts;
        facts.jurisdiction = QStringLiteral("FR");
        switch (what) {
        case 0: facts.specialCategories = {QStringLiteral("Health")}; break;
        case 1: facts.highlyPersonal = {QStringLiteral("Bank details")}; break;
        case 2: facts.people = 10000; break;
        case 3: facts.people = 9999; break;
        case 4: facts.vulnerableGroups = {QStringLiteral("Employees")}; break;
        case 5: facts.profilingPurposes = {QStringLiteral("Credit scoring")}; break;
        case 6: facts.locationCategories = {QStringLiteral("GPS position")}; break;
        default: break;
        }
        const dpia::ScreeningRules rules{DocumentLanguage(QStringLiteral("en"))};
        QStringList codes;
        for (const dpia::Suggestion &s : rules.suggest(facts)) {
            codes << dpia::criterionCode(s.criterion);
            QVERIFY(!s.why.isEmpty());
        }
        QCOMPARE(codes, suggested);
        const dpia::Screening prefilled = rules.prefilled(1, facts);
        QCOMPARE(prefilled.criteria.size(), 9);
        QCOMPARE(prefilled.metCount(), suggested.size());
    }

    // The demo's wellness programme and location features, screened from the
    // register and recorded; the activity's flag follows; an edit of the
    // assessment writes only what changed.
    void screeningAndEditingOnTheRegister_data()
    {
        test::addEngineColumn();
        test::addEngineRows();
    }
    void screeningAndEditingOnTheRegister()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        DemoOptions options;
        options.subjects = 20;
        QVERIFY(DemoGenerator(*db).generate(options));
        const RowId wellness = test::scalar(*db, QStringLiteral("SELECT id FROM processing_activities WHERE reference = 'SOP-06'")).toLongLong();
        const RowId location = test::scalar(*db, QStringLiteral("SELECT id FROM processing_activities WHERE reference = 'SMT-04'")).toLongLong();
        DpiaRepository repository(*db);
        const Result<dpia::ActivityFacts> wellnessFacts = repository.facts(wellness);
        PC_VERIFY_OK(wellnessFacts);
        QCOMPARE(wellnessFacts->jurisdiction, QStringLiteral("ZA"));
        QVERIFY(wellnessFacts->specialCategories.contains(QStringLiteral("Health information")));
        QVERIFY(wellnessFacts->vulnerableGroups.contains(QStringLiteral("Employees")));
        const Result<dpia::ActivityFacts> locationFacts = repository.facts(location);
        PC_VERIFY_OK(locationFacts);
        QVERIFY(locationFacts->locationCategories.contains(QStringLiteral("Location data")));

        const dpia::ScreeningRules rules{DocumentLanguage(QStringLiteral("en"))};
        dpia::Screening screening = rules.prefilled(wellness, wellnessFacts.value());
        QCOMPARE(screening.outcome(), dpia::Outcome::GoodPractice);
        const int version = test::scalar(*db, QStringLiteral("SELECT row_version FROM processing_activities WHERE id = ?"), {wellness}).toInt();
        PC_VERIFY_OK(repository.recordScreening(screening));
        QCOMPARE(screening.screenedOn, QDate::currentDate());
        QVERIFY(!screening.screenedBy.isEmpty());
        const Result<std::optional<dpia::Screening>> latest = repository.latestScreening(wellness);
        PC_VERIFY_OK(latest);
        QVERIFY(latest->has_value());
        QCOMPARE(latest->value().criteria, screening.criteria);
        // Recommended as good practice: the register's "required" flag, already
        // raised by the demo, stays as it is (no change written).
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT row_version FROM processing_activities WHERE id = ?"), {wellness}).toInt(),
                 version);
        // (The demo's screening went in with its load, audited as one entry.)
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'activity_screenings'")).toInt(), 1);
        // A future day is refused, nothing written.
        dpia::Screening future = screening;
        future.screenedOn = QDate::currentDate().addDays(3);
        QVERIFY(!repository.recordScreening(future));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM activity_screenings WHERE activity_id = ?"), {wellness}).toInt(), 2);

        // Started from the register: its answers drawn from the activity.
        const Result<Dpia> started = dpia::DpiaPrefill(DocumentLanguage(QStringLiteral("en"))).start(*db, wellness);
        PC_VERIFY_OK(started);
        Dpia d = started.value();
        QCOMPARE(d.activityIds, QList<RowId>{wellness});
        QVERIFY(d.answer(121) && d.answer(121)->text->contains(QStringLiteral("Health information")));
        QVERIFY(d.answer(212) && d.answer(212)->text->contains(QStringLiteral("consent"), Qt::CaseInsensitive));
        QVERIFY(d.answer(226) && d.answer(226)->text->contains(QStringLiteral("WellCare")));
        QVERIFY(d.answer(227));
        PC_VERIFY_OK(repository.add(d));

        // Edited: one answer changed, a measure added with its evaluation, a risk estimated.
        const int trail = test::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        Dpia edited = d;
        for (DpiaAnswer &a : edited.answers) {
            if (a.questionId == 111)
                a.text = QStringLiteral("<p>The wellness programme, <strong>reviewed</strong>.</p>");
        }
        DpiaMeasure measure;
        measure.id = -1;
        measure.title = QStringLiteral("Encryption");
        measure.placeholder = QStringLiteral("knowledge_base.slugs.PIA_TEC_CHIF.placeholder");
        edited.measures << measure;
        DpiaEvaluation evaluation;
        evaluation.reference = QStringLiteral("3.1");
        evaluation.measureId = -1;
        evaluation.status = 2;
        evaluation.actionPlanComment = QStringLiteral("Encrypt the backups too");
        edited.evaluations << evaluation;
        DpiaAnswer severity;
        severity.questionId = 325;
        severity.text = QStringLiteral("Health data");
        severity.gauge = 3;
        edited.answers << severity;
        PC_VERIFY_OK(repository.update(edited));
        QVERIFY(edited.measures.first().id > 0);
        QCOMPARE(edited.evaluations.last().measureId, edited.measures.first().id);
        // The dpia row, one answer changed, one added, one measure, one evaluation.
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt() - trail, 5);
        const Result<Dpia> reread = repository.read(d.id);
        PC_VERIFY_OK(reread);
        QCOMPARE(reread->answer(325)->gauge, std::optional<int>(3));
        QVERIFY(!reread->answer(111)->updatedAt.isEmpty());
        QCOMPARE(reread->evaluations.last().toolReference(), QStringLiteral("3.1.%1").arg(edited.measures.first().id));
        // Someone else's older version is refused whole.
        Dpia stale = d;
        stale.name = QStringLiteral("Stale");
        QVERIFY(!repository.update(stale));
        QCOMPARE(repository.read(d.id)->name, d.name);
        // Removing the measure takes its evaluation with it.
        Dpia fewer = reread.value();
        fewer.measures.clear();
        fewer.evaluations.erase(std::remove_if(fewer.evaluations.begin(), fewer.evaluations.end(),
                                               [](const DpiaEvaluation &e) { return e.measureId != 0; }),
                                fewer.evaluations.end());
        PC_VERIFY_OK(repository.update(fewer));
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM dpia_measures WHERE dpia_id = ?"), {d.id}).toInt(), 0);
        QCOMPARE(test::scalar(*db, QStringLiteral("SELECT count(*) FROM dpia_evaluations WHERE dpia_id = ?"), {d.id}).toInt(), 0);
    }

    void filesThatCannotComeIn_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("PK\x03\x04 a zip, not JSON") << QStringLiteral("it is not JSON");
        QTest::newRow("no pia") << QByteArray("{\"answers\": []}") << QStringLiteral("it has no “pia” part");
        QTest::newRow("a list") << QByteArray("[1, 2]") << QStringLiteral("it has no “pia” part");
        QJsonObject file = everyValueFile();
        auto variant = [&](const std::function<void(QJsonObject &)> &change) {
            QJsonObject copy = file;
            change(copy);
            return QJsonDocument(copy).toJson();
        };
        auto inList = [](QJsonObject &root, const char *list, int index, const char *key, const QJsonValue &value) {
            QJsonArray items = root.value(QLatin1String(list)).toArray();
            QJsonObject item = items.at(index).toObject();
            item.insert(QLatin1String(key), value);
            items.replace(index, item);
            root.insert(QLatin1String(list), items);
        };
        QTest::newRow("no name") << variant([](QJsonObject &r) {
            QJsonObject pia = r.value(QLatin1String("pia")).toObject();
            pia.insert(QStringLiteral("name"), QStringLiteral("  "));
            r.insert(QStringLiteral("pia"), pia);
        }) << QStringLiteral("the assessment has no name");
        QTest::newRow("unknown status") << variant([](QJsonObject &r) {
            QJsonObject pia = r.value(QLatin1String("pia")).toObject();
            pia.insert(QStringLiteral("status"), 9);
            r.insert(QStringLiteral("pia"), pia);
        }) << QStringLiteral("“status” should be a whole number from 0 to 4, not 9");
        QTest::newRow("unknown question") << variant([&](QJsonObject &r) { inList(r, "answers", 3, "reference_to", 129); })
                                          << QStringLiteral("answer 4 is to question 129, which the PIA method does not have");
        QTest::newRow("answered twice") << variant([&](QJsonObject &r) { inList(r, "answers", 1, "reference_to", 111); })
                                        << QStringLiteral("question 111 is answered twice");
        QTest::newRow("gauge of 7") << variant([&](QJsonObject &r) {
            inList(r, "answers", 22, "data", QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}, {QStringLiteral("gauge"), 7}});
        }) << QStringLiteral("“gauge” should be a whole number from 0 to 4, not 7");
        QTest::newRow("unknown evaluation") << variant([&](QJsonObject &r) { inList(r, "evaluations", 0, "reference_to", QStringLiteral("2.2.211")); })
                                            << QStringLiteral("an evaluation is of “2.2.211”, which the PIA method does not have");
        QTest::newRow("evaluation of a missing measure")
            << variant([&](QJsonObject &r) { inList(r, "evaluations", 4, "reference_to", QStringLiteral("3.1.77")); })
            << QStringLiteral("an evaluation is of measure 77, which the file does not hold");
        QTest::newRow("comment on a missing question") << variant([&](QJsonObject &r) { inList(r, "comments", 0, "reference_to", 400); })
                                                       << QStringLiteral("comment 1 is on question 400, which the PIA method does not have");
        QTest::newRow("enormous text") << variant([&](QJsonObject &r) {
            inList(r, "measures", 0, "content", QString(PiaFile::kLongestText + 1, QLatin1Char('a')));
        }) << QStringLiteral("measure 1: “content” holds 1000001 characters, more than the 1000000");
        QTest::newRow("a number for a text") << variant([&](QJsonObject &r) { inList(r, "measures", 1, "title", 12); })
                                             << QStringLiteral("measure 2: “title” should be a text");
    }
    void filesThatCannotComeIn()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const Result<Dpia> read = PiaFile::parse(content, QStringLiteral("bad.json"));
        QVERIFY(!read);
        QVERIFY2(read.errorMessage().contains(message), qPrintable(read.errorMessage()));
        QVERIFY2(read.errorMessage().startsWith(QStringLiteral("“bad.json”")), qPrintable(read.errorMessage()));
    }

    // A file that reads well but fails as it is written leaves nothing.
    void aFailedImportWritesNothing_data() {
        test::addEngineColumn();
        test::addEngineRows();
    }
    void aFailedImportWritesNothing()
    {
        QFETCH(QString, engine);
        test::ScratchDatabase scratch(engine);
        QVERIFY2(scratch.isReady(), qPrintable(scratch.problem()));
        auto db = scratch.open();
        QVERIFY(db);
        Organization org;
        PC_VERIFY_OK(addOrganization(*db, QStringLiteral("BE"), org));
        Result<Dpia> read = PiaFile::read(fixture(QStringLiteral("2018-02-21-pia-example.json")));
        PC_VERIFY_OK(read);
        Dpia dpia = read.value();
        dpia.organizationId = org.id;
        dpia.activityIds = {987654};   // no such activity: the last link fails
        const int trail = rowsOf(*db, QStringLiteral("audit_log"));
        QVERIFY(!PiaFile::import(*db, dpia, QStringLiteral("example.json")));
        QCOMPARE(dpiaRows(*db), 0);
        QCOMPARE(rowsOf(*db, QStringLiteral("audit_log")), trail);

        // Too large a file is refused before it is read.
        QTemporaryDir dir;
        const QString big = dir.filePath(QStringLiteral("big.json"));
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(PiaFile::kLargestFile + 1));
        file.close();
        const Result<Dpia> tooBig = PiaFile::read(big);
        QVERIFY(!tooBig);
        QVERIFY2(tooBig.errorMessage().contains(QStringLiteral("more than the 20 MB")), qPrintable(tooBig.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestDpia)
#include "tst_dpia.moc"
