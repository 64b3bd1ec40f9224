// Measures reading identity documents and request letters: for each photo
// of the machine-readable-zone fixtures, whether every check digit verifies
// and how long it took; the totals against the reference tool's.
//   bench_intake FIXTURES_DIR
#include "IntakeSamples.h"
#include "LetterCorpus.h"

#include "core/Text.h"
#include "intake/DocumentReader.h"
#include "intake/Intake.h"
#include "intake/MrzReader.h"
#include "intake/Ocr.h"

#include <QGuiApplication>
#include <QPainter>
#include <QDir>
#include <QElapsedTimer>
#include <QImageReader>
#include <QMap>
#include <QPdfDocument>
#include <QTemporaryDir>
#include <QTextStream>

using namespace pc::intake;

namespace {

// Each photo read as the command and the window read an identity
// document's copy: by the DocumentReader, the page carrying the best zone.
int benchZones(const QDir &folder, QTextStream &out)
{
    DocumentReader reader;
    int images = 0;
    int valid = 0;
    int sure = 0;
    int referenceValid = 0;
    qint64 total = 0;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("image"), -30)
               .arg(QStringLiteral("reference"), 9)
               .arg(QStringLiteral("ours"), 5)
               .arg(QStringLiteral("valid"), 5)
               .arg(QStringLiteral("repairs"), 7)
               .arg(QStringLiteral("ms"), 6)
               .arg(QStringLiteral("zone"));
    const QStringList files = folder.entryList({QStringLiteral("*.jpg"), QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString reference = file.section(QLatin1Char('_'), 0, 0);
        bool scored = false;
        const int referenceScore = reference.toInt(&scored);
        QElapsedTimer timer;
        timer.start();
        const auto document = reader.read(folder.filePath(file));
        if (!document) {
            out << file << ": " << document.errorMessage() << "\n";
            return 1;
        }
        const int page = document->idPageIndex();
        const std::optional<MrzData> read = page >= 0 ? document->pages.at(page).zone : std::nullopt;
        const qint64 ms = timer.elapsed();
        if (scored) {
            ++images;
            total += ms;
            valid += read && read->isValid() ? 1 : 0;
            sure += read && read->isSure() ? 1 : 0;
            referenceValid += referenceScore == 100 ? 1 : 0;
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(file, -30)
                   .arg(scored ? QString::number(referenceScore) : QStringLiteral("-"), 9)
                   .arg(read ? read->score() : 0, 5)
                   .arg(read && read->isSure() ? QStringLiteral("sure") : read && read->isValid() ? QStringLiteral("yes") : QStringLiteral("no"), 5)
                   .arg(read ? QString::number(read->repairs) : QStringLiteral("-"), 7)
                   .arg(ms, 6)
                   .arg(read ? read->lines.join(QLatin1Char(' ')) : QString());
        out.flush();
    }
    out << QStringLiteral("Fully valid: %1 of %2 (reference %3), %4 of them presented as sure; mean %5 ms per image\n")
               .arg(valid)
               .arg(images)
               .arg(referenceValid)
               .arg(sure)
               .arg(images ? total / images : 0);
    // What the reading must keep: 25 of the 34 photos fully valid.
    constexpr int kLeastValid = 25;
    if (valid < kLeastValid)
        out << "FAILED: fewer than " << kLeastValid << " fully valid zones\n";
    return valid >= kLeastValid ? 0 : 1;
}

// The fixture letters, as text PDFs and as scans of their pages at 300 dpi:
// language and rights against what each asks, and seconds per scanned page.
int benchLetters(const QDir &folder, QTextStream &out)
{
    const QList<QPair<QString, QStringList>> expected{
        {QStringLiteral("access_en.pdf"), {QStringLiteral("en"), QStringLiteral("access")}},
        {QStringLiteral("access_fr.pdf"), {QStringLiteral("fr"), QStringLiteral("access")}},
        {QStringLiteral("erase_en.pdf"), {QStringLiteral("en"), QStringLiteral("erasure"), QStringLiteral("objection"), QStringLiteral("consent_withdrawal")}},
        {QStringLiteral("erase_fr.pdf"), {QStringLiteral("fr"), QStringLiteral("erasure"), QStringLiteral("objection"), QStringLiteral("consent_withdrawal")}},
    };
    QTemporaryDir scans;
    IntakeReader reader;
    int right = 0;
    int scannedRight = 0;
    qint64 pagesTime = 0;
    qint64 slowest = 0;
    int pages = 0;
    out << "\nletter           as text  ms   as scan (all pages, 300 dpi)  pages  ms/page\n";
    for (const auto &[file, wanted] : expected) {
        QElapsedTimer timer;
        timer.start();
        const auto text = reader.analyze(folder.filePath(file), QString(), {}, QDate::currentDate());
        const qint64 textMs = timer.elapsed();
        const QStringList got = text ? QStringList{text->facts.language.value} + text->facts.types() : QStringList();
        right += got == wanted ? 1 : 0;
        // Each page drawn at 300 dpi, as a scanner gives it.
        QPdfDocument pdf;
        pdf.load(folder.filePath(file));
        QList<QImage> images;
        for (int i = 0; i < pdf.pageCount(); ++i) {
            const QSizeF points = pdf.pagePointSize(i);
            QImage page(qRound(points.width() * 300 / 72), qRound(points.height() * 300 / 72), QImage::Format_RGB32);
            page.fill(Qt::white);
            QPainter painter(&page);
            painter.drawImage(0, 0, pdf.render(i, page.size()));
            painter.end();
            images << page;
        }
        const QString scan = scans.filePath(file);
        pc::test::writeFile(scan, pc::test::scannedPdf(images));
        timer.restart();
        const auto scanned = reader.analyze(scan, QString(), {}, QDate::currentDate());
        const qint64 scanMs = timer.elapsed();
        const QStringList gotScanned =
            scanned ? QStringList{scanned->facts.language.value} + scanned->facts.types() : QStringList();
        scannedRight += gotScanned == wanted ? 1 : 0;
        pages += int(images.size());
        pagesTime += scanMs;
        slowest = qMax(slowest, scanMs / qMax<qsizetype>(1, images.size()));
        out << QStringLiteral("%1 %2 %3   %4  %5 %6\n")
                   .arg(file, -16)
                   .arg(got == wanted ? QStringLiteral("right") : QStringLiteral("WRONG"), 7)
                   .arg(textMs, 4)
                   .arg(gotScanned == wanted ? QStringLiteral("right") : QStringLiteral("WRONG"), -28)
                   .arg(images.size(), 5)
                   .arg(scanMs / qMax<qsizetype>(1, images.size()), 8);
        out.flush();
    }
    out << QStringLiteral("Language and every right: %1 of 4 as text, %2 of 4 as scans; %3 ms per scanned page on "
                          "average, %4 ms for the slowest letter's pages\n")
               .arg(right)
               .arg(scannedRight)
               .arg(pages ? pagesTime / pages : 0)
               .arg(slowest);
    return right == 4 ? 0 : 1;
}

// How a field of the evaluation set was read: right or not, and whether
// it was presented as sure.
struct FieldScore
{
    int right = 0;
    int total = 0;
    int sure = 0;
    int sureRight = 0;

    void add(bool isRight, bool isSure)
    {
        ++total;
        right += isRight ? 1 : 0;
        sure += isSure ? 1 : 0;
        sureRight += isSure && isRight ? 1 : 0;
    }
};

QString plain(const QString &text)
{
    return pc::text::withoutAccents(text).toLower().simplified();
}

// The generated letters (tests/support/LetterCorpus.cpp), read as the
// command reads them: each field right or not, and how often a field
// presented as sure is right.
int benchCorpus(QTextStream &out)
{
    const QList<pc::test::CorpusLetter> corpus = pc::test::letterCorpus();
    // Written where PC_BENCH_CORPUS says, to be looked at; else in a scratch folder.
    QTemporaryDir scratch;
    const QDir folder(qEnvironmentVariable("PC_BENCH_CORPUS", scratch.path()));
    folder.mkpath(QStringLiteral("."));
    IntakeReader reader;
    const QStringList fields{QStringLiteral("language"), QStringLiteral("rights"),      QStringLiteral("name"),
                             QStringLiteral("email"),    QStringLiteral("address"),     QStringLiteral("date"),
                             QStringLiteral("id document")};
    QMap<QString, FieldScore> scores;
    qint64 elapsed = 0;
    out << "\nevaluation letter                  ms  wrong (value read)\n";
    for (const pc::test::CorpusLetter &letter : corpus) {
        const QString path = folder.filePath(letter.file);
        pc::test::writeFile(path, letter.content);
        QElapsedTimer timer;
        timer.start();
        const auto read = reader.analyze(path, QString(), {}, QDate(2026, 12, 31));
        const qint64 ms = timer.elapsed();
        elapsed += ms;
        QStringList wrong;
        const auto score = [&](const QString &field, bool right, bool sure, const QString &got) {
            scores[field].add(right, sure);
            if (!right)
                wrong << QStringLiteral("%1 (%2%3)").arg(field, got, sure ? QStringLiteral(", sure") : QString());
        };
        if (!read) {
            for (const QString &field : fields)
                score(field, false, false, read.errorMessage());
        } else {
            const LetterFacts &f = read->facts;
            score(fields[0], f.language.value == letter.language, f.language.isSure(), f.language.value);
            QStringList types = f.types();
            std::sort(types.begin(), types.end());
            bool rightsSure = !f.rights.isEmpty();
            for (const RequestedRight &r : f.rights)
                rightsSure = rightsSure && r.confidence >= kSureConfidence;
            score(fields[1], types == letter.types, rightsSure, types.join(QLatin1Char('+')));
            score(fields[2], plain(f.name.value) == plain(letter.name), f.name.isSure(), f.name.value);
            score(fields[3], f.email.value.toLower() == letter.email, f.email.isSure(), f.email.value);
            score(fields[4], plain(f.address.value) == plain(letter.address), f.address.isSure(), f.address.value);
            score(fields[5], f.date == letter.date, f.letterDate.isSure(), f.date.toString(Qt::ISODate));
            const QString number = read->idDocument ? QString(read->idDocument->documentNumber).remove(QLatin1Char('<')) : QString();
            score(fields[6], number == letter.documentNumber, read->idDocument && read->idDocument->isSure(), number);
        }
        out << QStringLiteral("%1 %2  %3\n").arg(letter.file, -30).arg(ms, 6).arg(wrong.join(QStringLiteral("; ")));
        out.flush();
    }
    int right = 0;
    int total = 0;
    int sure = 0;
    int sureRight = 0;
    out << "\nfield            right        sure and right\n";
    for (const QString &field : fields) {
        const FieldScore &s = scores.value(field);
        right += s.right;
        total += s.total;
        sure += s.sure;
        sureRight += s.sureRight;
        out << QStringLiteral("%1 %2 of %3   %4 of %5\n").arg(field, -14).arg(s.right, 3).arg(s.total).arg(s.sureRight, 3).arg(s.sure);
    }
    out << QStringLiteral("Evaluation set: %1 of %2 fields right (%3 %); fields presented as sure right %4 of %5 (%6 %); "
                          "%7 ms per letter\n")
               .arg(right)
               .arg(total)
               .arg(total ? 100.0 * right / total : 0, 0, 'f', 1)
               .arg(sureRight)
               .arg(sure)
               .arg(sure ? 100.0 * sureRight / sure : 0, 0, 'f', 1)
               .arg(corpus.isEmpty() ? 0 : elapsed / corpus.size());
    // What the reading promises: 98 % of the fields right, and 99.5 % of
    // those it presents as sure.
    const bool enoughRight = total > 0 && right * 1000 >= total * 980;
    const bool sureMeansRight = sure > 0 && sureRight * 1000 >= sure * 995;
    if (!enoughRight || !sureMeansRight)
        out << "FAILED: fewer than 98 % of the fields right, or fewer than 99.5 % of the sure ones\n";
    return enoughRight && sureMeansRight ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_intake FIXTURES_DIR\n";
        return 2;
    }
    const QDir fixtures(QString::fromLocal8Bit(argv[1]));
    const int zones = benchZones(QDir(fixtures.filePath(QStringLiteral("passporteye-mrz"))), out);
    const int letters = benchLetters(QDir(fixtures.filePath(QStringLiteral("gdpr-letters"))), out);
    const int corpus = benchCorpus(out);
    return zones != 0 ? zones : letters != 0 ? letters : corpus;
}
