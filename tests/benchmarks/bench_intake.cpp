// Measures reading identity documents and request letters: for each photo
// of the machine-readable-zone fixtures, whether every check digit verifies
// and how long it took; the totals against the reference tool's.
//   bench_intake FIXTURES_DIR
#include "intake/MrzReader.h"
#include "intake/Ocr.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImageReader>
#include <QTextStream>

using namespace pc::intake;

namespace {

int benchZones(const QDir &folder, QTextStream &out)
{
    OcrEngine engine(OcrEngine::Purpose::ZoneLine);
    if (!engine.isReady()) {
        out << "Tesseract could not start\n";
        return 1;
    }
    int images = 0;
    int valid = 0;
    int referenceValid = 0;
    qint64 total = 0;
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("image"), -30)
               .arg(QStringLiteral("reference"), 9)
               .arg(QStringLiteral("ours"), 5)
               .arg(QStringLiteral("valid"), 5)
               .arg(QStringLiteral("ms"), 6)
               .arg(QStringLiteral("zone"));
    const QStringList files = folder.entryList({QStringLiteral("*.jpg"), QStringLiteral("*.png")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString reference = file.section(QLatin1Char('_'), 0, 0);
        bool scored = false;
        const int referenceScore = reference.toInt(&scored);
        QElapsedTimer timer;
        timer.start();
        const QImage image(folder.filePath(file));
        const std::optional<MrzData> read = readMrzFromImage(image, engine);
        const qint64 ms = timer.elapsed();
        if (scored) {
            ++images;
            total += ms;
            valid += read && read->isValid() ? 1 : 0;
            referenceValid += referenceScore == 100 ? 1 : 0;
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(file, -30)
                   .arg(scored ? QString::number(referenceScore) : QStringLiteral("-"), 9)
                   .arg(read ? read->score() : 0, 5)
                   .arg(read && read->isValid() ? QStringLiteral("yes") : QStringLiteral("no"), 5)
                   .arg(ms, 6)
                   .arg(read ? read->lines.join(QLatin1Char(' ')) : QString());
        out.flush();
    }
    out << QStringLiteral("Fully valid: %1 of %2 (reference %3); mean %4 ms per image\n")
               .arg(valid)
               .arg(images)
               .arg(referenceValid)
               .arg(images ? total / images : 0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_intake FIXTURES_DIR\n";
        return 2;
    }
    const QDir fixtures(QString::fromLocal8Bit(argv[1]));
    return benchZones(QDir(fixtures.filePath(QStringLiteral("passporteye-mrz"))), out);
}
