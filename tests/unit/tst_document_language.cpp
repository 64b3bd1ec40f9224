// Every document written in a pseudo-language whose translations are the
// English sources in brackets, ⟦like this⟧, built from the French
// translation file when the test runs: every register, every letter, the
// access report, the consent history and the purge report, read back with
// pdftotext. A fixed phrase written in the code rather than through Qt
// Linguist shows up as English outside the brackets; only the register's
// data (names, dates, numbers, references) may stand there.
#include "TestSupport.h"

#include "consent/ConsentExport.h"
#include "core/DocumentLanguage.h"
#include "demo/DemoGenerator.h"
#include "documents/Letters.h"
#include "documents/Pdf.h"
#include "documents/SubjectExport.h"
#include "domain/Codes.h"
#include "reports/Registers.h"
#include "reports/ReportWriter.h"
#include "retention/Purge.h"
#include "storage/CaseRepository.h"
#include "storage/RegisterRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlRecord>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace pc;
using namespace pc::reports;

namespace {

const QString kPseudo = QStringLiteral("xx");
const QDate kToday(2026, 11, 22);

QString wrapped(const QString &text)
{
    return QStringLiteral("⟦%1⟧").arg(text);
}

// The text of a PDF as pdftotext reads it.
QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// What lies outside the brackets (nested ones too), a line for each piece.
QStringList outside(const QString &text)
{
    QString kept;
    int depth = 0;
    for (const QChar c : text) {
        if (c == QChar(0x27E6)) {
            if (depth++ == 0)
                kept += QLatin1Char('\n');
        } else if (c == QChar(0x27E7)) {
            if (depth > 0 && --depth == 0)
                kept += QLatin1Char('\n');
        } else if (depth == 0) {
            kept += c;
        }
    }
    QStringList lines;
    for (const QString &line : kept.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines << line.simplified();
    }
    return lines;
}

} // namespace

class TestDocumentLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchDatabase> m_scratch;
    std::unique_ptr<Database> m_db;
    // The source texts of each context of the translation file.
    QHash<QString, QStringList> m_sources;
    // Every text of the demo register, which the documents may show as it is.
    QStringList m_data;
    int m_documents = 0;

    // Writes the pseudo-language's .ts from the French one: the same
    // messages, each translated by its source in brackets (every plural
    // form too).
    bool writePseudoTs(const QString &path)
    {
        QFile in(QStringLiteral(PC_FRENCH_TS));
        QFile out(path);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return false;
        QXmlStreamReader reader(&in);
        QXmlStreamWriter writer(&out);
        writer.setAutoFormatting(true);
        writer.writeStartDocument();
        writer.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
        writer.writeStartElement(QStringLiteral("TS"));
        writer.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
        // English plural rules: two forms.
        writer.writeAttribute(QStringLiteral("language"), QStringLiteral("en"));
        QString context, source, comment;
        bool numerus = false;
        int messages = 0;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()) {
                const auto name = reader.name();
                if (name == QLatin1String("context")) {
                    writer.writeStartElement(QStringLiteral("context"));
                } else if (name == QLatin1String("name")) {
                    context = reader.readElementText();
                    writer.writeTextElement(QStringLiteral("name"), context);
                } else if (name == QLatin1String("message")) {
                    numerus = reader.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                    source.clear();
                    comment.clear();
                } else if (name == QLatin1String("source")) {
                    source = reader.readElementText();
                } else if (name == QLatin1String("comment")) {
                    comment = reader.readElementText();
                }
            } else if (reader.isEndElement()) {
                const auto name = reader.name();
                if (name == QLatin1String("context")) {
                    writer.writeEndElement();
                } else if (name == QLatin1String("message")) {
                    writer.writeStartElement(QStringLiteral("message"));
                    if (numerus)
                        writer.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
                    writer.writeTextElement(QStringLiteral("source"), source);
                    if (!comment.isEmpty())
                        writer.writeTextElement(QStringLiteral("comment"), comment);
                    if (numerus) {
                        writer.writeStartElement(QStringLiteral("translation"));
                        writer.writeTextElement(QStringLiteral("numerusform"), wrapped(source));
                        writer.writeTextElement(QStringLiteral("numerusform"), wrapped(source));
                        writer.writeEndElement();
                    } else {
                        writer.writeTextElement(QStringLiteral("translation"), wrapped(source));
                    }
                    writer.writeEndElement();
                    m_sources[context] << source;
                    ++messages;
                }
            }
        }
        writer.writeEndElement();
        writer.writeEndDocument();
        return !reader.hasError() && messages > 1000;
    }

    // The English of `contexts` found outside the brackets of `text`, unless
    // it is part of the register's own data shown there ("Employee" in an
    // activity's name, "Information Officer" in an address).
    QStringList leaks(const QString &text, const QStringList &contexts) const
    {
        const QString joined = outside(text).join(QLatin1Char(' '));
        static const QRegularExpression argument(QStringLiteral("%L?[0-9n]"));
        static const QRegularExpression edges(QStringLiteral("^[^\\w“«(]+|[^\\w”»)]+$"));
        static const QRegularExpression letter(QStringLiteral("\\w"));
        auto isData = [&](const QString &piece) {
            for (const QString &value : m_data) {
                if (value.contains(piece) && joined.contains(value))
                    return true;
            }
            return false;
        };
        QStringList found;
        for (const QString &context : contexts) {
            for (const QString &source : m_sources.value(context)) {
                for (QString piece : source.split(argument)) {
                    piece = piece.simplified().remove(edges);
                    if (piece.count(letter) < 4 || !joined.contains(piece))
                        continue;
                    const QRegularExpression alone(QStringLiteral("(?<!\\w)%1(?!\\w)").arg(QRegularExpression::escape(piece)));
                    if (joined.contains(alone) && !isData(piece))
                        found << QStringLiteral("%1: “%2”").arg(context, piece);
                }
            }
        }
        found.removeDuplicates();
        return found;
    }

    // Every text of the register's tables, as a document would write it.
    bool readData()
    {
        QStringList tables;
        QSqlQuery names = m_db->prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        if (!names.exec())
            return false;
        while (names.next())
            tables << names.value(0).toString();
        names.finish();
        QSet<QString> values;
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery rows = m_db->prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            if (!rows.exec())
                return false;
            while (rows.next()) {
                for (int i = 0; i < rows.record().count(); ++i) {
                    const QString value = rows.value(i).toString().simplified();
                    if (value.size() >= 4 && value.size() <= 2000 && value.contains(QRegularExpression(QStringLiteral("[A-Za-z]"))))
                        values.insert(value);
                }
            }
        }
        m_data = values.values();
        return !m_data.isEmpty();
    }

    // Reads a PDF back and checks it: the words expected are there (in
    // their brackets), and none of the contexts' English is outside them.
    void check(const QString &name, const QString &path, const QStringList &expected, const QStringList &contexts)
    {
        const QString text = pdfText(path);
        QVERIFY2(!text.trimmed().isEmpty(), qPrintable(name + QStringLiteral(": pdftotext read nothing")));
        const QString flat = text.simplified();
        for (const QString &words : expected)
            QVERIFY2(flat.contains(words), qPrintable(QStringLiteral("%1: no %2").arg(name, words)));
        const QStringList found = leaks(text, contexts);
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("%1 has English outside the brackets:\n%2")
                                                 .arg(name, found.join(QLatin1Char('\n')))));
        ++m_documents;
    }

    QString save(const QString &name, const QByteArray &pdf)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
            return {};
        return path;
    }

    QList<std::pair<RowId, QString>> organizations()
    {
        QList<std::pair<RowId, QString>> list;
        QSqlQuery query = m_db->prepare(QStringLiteral("SELECT id, name FROM organizations ORDER BY id"));
        if (query.exec()) {
            while (query.next())
                list.append({query.value(0).toLongLong(), query.value(1).toString()});
        }
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString ts = m_dir.filePath(QStringLiteral("privacy-console_xx.ts"));
        const QString qm = m_dir.filePath(QStringLiteral("privacy-console_xx.qm"));
        QVERIFY(writePseudoTs(ts));
        QProcess lrelease;
        lrelease.start(QStringLiteral(PC_LRELEASE), {QStringLiteral("-silent"), ts, QStringLiteral("-qm"), qm});
        QVERIFY(lrelease.waitForFinished(120000));
        QVERIFY2(lrelease.exitCode() == 0, lrelease.readAllStandardError().constData());
        QVERIFY(!DocumentLanguage::isAvailable(kPseudo));
        QVERIFY(DocumentLanguage::useFile(kPseudo, qm));

        m_scratch = std::make_unique<test::ScratchDatabase>(QStringLiteral("sqlite"));
        QVERIFY2(m_scratch->isReady(), qPrintable(m_scratch->problem()));
        m_db = m_scratch->open();
        QVERIFY(m_db);
        DemoOptions options;
        options.subjects = 400;
        options.asOf = kToday;
        PC_VERIFY_OK(DemoGenerator(*m_db).generate(options));
        QVERIFY(readData());
    }

    // The pseudo-language is a language like the others: its code, its
    // words, its plurals; a language without a translator is English.
    void pseudoLanguageIsLoaded()
    {
        const DocumentLanguage pseudo(kPseudo);
        QCOMPARE(pseudo.code(), kPseudo);
        QVERIFY(DocumentLanguage::isAvailable(kPseudo));
        QCOMPARE(pseudo.translate("pc::reports::ReportWriter", "Contents"), QStringLiteral("⟦Contents⟧"));
        QCOMPARE(pseudo.translate("pc::reports::Registers", "%n month(s)", nullptr, 3), QStringLiteral("⟦3 month(s)⟧"));
        QCOMPARE(pseudo.translate("pc::reports::Registers", "Not a message at all"), QStringLiteral("Not a message at all"));
        QCOMPARE(DocumentLanguage(QStringLiteral("fr")).translate("pc::reports::ReportWriter", "Contents"),
                 QStringLiteral("Sommaire"));
        const DocumentLanguage english(QStringLiteral("en"));
        QCOMPARE(english.translate("pc::reports::Registers", "%n month(s)", nullptr, 1), QStringLiteral("1 month"));
        QCOMPARE(english.translate("pc::reports::Registers", "%n month(s)", nullptr, 12), QStringLiteral("12 months"));
        QCOMPARE(DocumentLanguage(QStringLiteral("zz")).code(), QStringLiteral("en"));
        QCOMPARE(codes::labelIn(CodeList::LegalBasis, QStringLiteral("consent"), kPseudo),
                 QStringLiteral("⟦Consent (Art. 6(1)(a))⟧"));
    }

    void everyReport_data()
    {
        QTest::addColumn<RowId>("organization");
        QTest::addColumn<int>("kind");
        for (const auto &[id, name] : organizations()) {
            for (ReportKind kind : allKinds())
                QTest::addRow("%s-%s", qPrintable(name), qPrintable(kindCode(kind))) << id << int(kind);
        }
    }

    // The report's own labels are all in brackets (its title, the cover's
    // details, its parts, its tables' columns), and so is every fixed
    // phrase of its pages.
    void everyReport()
    {
        QFETCH(RowId, organization);
        QFETCH(int, kind);
        ReportRequest request;
        request.kind = ReportKind(kind);
        request.organizationId = organization;
        request.language = kPseudo;
        request.asOf = kToday;
        const auto built = buildReport(*m_db, request);
        PC_VERIFY_OK(built);
        const Report &report = built.value();
        QCOMPARE(report.language, kPseudo);
        const QString title = kindTitle(request.kind, QStringLiteral("en"));
        QCOMPARE(report.cover.title, wrapped(title));
        QStringList labels;
        for (const auto &[label, value] : report.cover.details)
            labels << label;
        for (const Block &block : report.blocks) {
            if (const auto *heading = std::get_if<Heading>(&block.content); heading && heading->level == 1)
                labels << heading->text;
            if (const auto *table = std::get_if<Table>(&block.content)) {
                for (const Column &column : table->columns)
                    labels << column.header;
            }
        }
        QVERIFY(labels.size() > 3);
        for (const QString &label : std::as_const(labels)) {
            QVERIFY2(label.startsWith(QChar(0x27E6)) && label.endsWith(QChar(0x27E7)),
                     qPrintable(QStringLiteral("not translated: ") + label));
        }

        const QString path = m_dir.filePath(QStringLiteral("report-%1-%2.pdf").arg(organization).arg(kindCode(request.kind)));
        PC_VERIFY_OK(writePdf(report, path));
        check(QFileInfo(path).fileName(), path,
              {wrapped(title), wrapped(QStringLiteral("Contents")), QStringLiteral("⟦Page 2 of "), wrapped(QStringLiteral("Drawn up by"))},
              {QStringLiteral("pc::reports::Registers"), QStringLiteral("pc::reports::ReportWriter"),
               QStringLiteral("pc::codes"), QStringLiteral("pc::RequestWorkflow"), QStringLiteral("pc::documents::Letter")});
    }

    void everyLetter()
    {
        const QList<std::pair<LetterKind, QString>> subjects{
            {LetterKind::Acknowledgement, QStringLiteral("Acknowledgement of your request")},
            {LetterKind::IdentityRequest, QStringLiteral("Your request: proof of identity")},
            {LetterKind::ClarificationRequest, QStringLiteral("Your request: clarification needed")},
            {LetterKind::ExtensionNotice, QStringLiteral("Your request: extension of the time limit")},
            {LetterKind::Answer, QStringLiteral("Reply to your request")},
            {LetterKind::Refusal, QStringLiteral("Your request: our decision")},
        };
        CaseRepository cases(*m_db);
        int letters = 0;
        for (const auto &[id, name] : organizations()) {
            const auto organization = RegisterRepository(*m_db).organization(id);
            PC_VERIFY_OK(organization);
            const auto requests = cases.requests(id);
            PC_VERIFY_OK(requests);
            for (qsizetype i = 0; i < std::min<qsizetype>(3, requests->size()); ++i) {
                for (const auto &[kind, subject] : subjects) {
                    const LetterInput input{requests->at(i), organization.value(), kPseudo, kToday, QString()};
                    const QString file = letters::fileName(kind, input);
                    QVERIFY(file.endsWith(QStringLiteral("-xx.pdf")));
                    const QString path = save(file, documents::htmlToPdf(letters::compose(kind, input), file));
                    QVERIFY(!path.isEmpty());
                    check(file, path, {wrapped(QStringLiteral("Re: ")) + wrapped(subject), wrapped(QStringLiteral("Our reference: "))},
                          {QStringLiteral("pc::documents::Letter")});
                    ++letters;
                }
            }
        }
        QCOMPARE(subjects.size(), letters::allKinds().size());
        QVERIFY(letters >= 12);
    }

    void exportsOfAPerson()
    {
        QSqlQuery first = m_db->prepare(QStringLiteral("SELECT subject_id, purpose_id FROM consent_events ORDER BY id LIMIT 1"));
        QVERIFY(first.exec() && first.next());
        const RowId subject = first.value(0).toLongLong(), purpose = first.value(1).toLongLong();
        first.finish();

        const auto dossier = dossier::gather(*m_db, subject);
        PC_VERIFY_OK(dossier);
        const QString access = save(QStringLiteral("access.pdf"),
                                    documents::htmlToPdf(dossier::accessReport(dossier.value(), kPseudo), QStringLiteral("access")));
        check(QStringLiteral("access report"), access,
              {wrapped(QStringLiteral("Your personal data")), wrapped(QStringLiteral("Profile")),
               wrapped(QStringLiteral("Your consents"))},
              {QStringLiteral("pc::dossier::AccessReport"), QStringLiteral("pc::codes")});

        const auto person = consent::historyPdf(*m_db, subject, 0, kPseudo);
        PC_VERIFY_OK(person);
        check(QStringLiteral("consent history of a person"), save(QStringLiteral("consents-person.pdf"), person.value()),
              {wrapped(QStringLiteral("Consent history")), wrapped(QStringLiteral("Current state")), wrapped(QStringLiteral("Purpose"))},
              {QStringLiteral("pc::consent::ConsentHistory"), QStringLiteral("pc::codes")});
        const auto ofPurpose = consent::historyPdf(*m_db, 0, purpose, kPseudo, 20);
        PC_VERIFY_OK(ofPurpose);
        check(QStringLiteral("consent history of a purpose"), save(QStringLiteral("consents-purpose.pdf"), ofPurpose.value()),
              {wrapped(QStringLiteral("Consent history")), wrapped(QStringLiteral("Person"))},
              {QStringLiteral("pc::consent::ConsentHistory"), QStringLiteral("pc::codes")});
    }

    // Last: it purges the demo register.
    void purgeReport()
    {
        const auto plan = retention::planPurge(*m_db, kToday);
        PC_VERIFY_OK(plan);
        QVERIFY(!plan->people.isEmpty());
        const auto done = retention::executePurge(*m_db, plan.value());
        PC_VERIFY_OK(done);
        const auto pdf = retention::purgeReportPdf(*m_db, done->runId, kPseudo);
        PC_VERIFY_OK(pdf);
        check(QStringLiteral("purge report"), save(QStringLiteral("purge.pdf"), pdf.value()),
              {wrapped(QStringLiteral("Retention purge report")), wrapped(QStringLiteral("By retention rule")),
               wrapped(QStringLiteral("Tombstones"))},
              {QStringLiteral("pc::retention::PurgeReport")});
    }

    void cleanupTestCase() { qInfo("%d documents read back", m_documents); }
};

QTEST_MAIN(TestDocumentLanguage)
#include "tst_document_language.moc"
