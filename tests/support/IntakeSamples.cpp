#include "IntakeSamples.h"

#include "intake/Mrz.h"

#include <QBuffer>
#include <QFile>
#include <QFont>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTransform>

#include <cmath>

namespace pc::test {
namespace {

QString field(QString text, int length)
{
    text = text.toUpper().replace(QLatin1Char(' '), QLatin1Char('<')).replace(QLatin1Char('-'), QLatin1Char('<'));
    return text.leftJustified(length, QLatin1Char('<'), true);
}

QString withDigit(const QString &value)
{
    return value + QString::number(intake::checkDigit(value));
}

QString yymmdd(const QDate &date)
{
    return date.toString(QStringLiteral("yyMMdd"));
}

QString names(const HolderDetails &holder, int length)
{
    return field(holder.surname + QStringLiteral("<<") + holder.givenNames, length);
}

QImage turnedWithGrain(const QImage &image, double degrees, double noise, quint32 seed)
{
    QImage turned = image;
    if (degrees != 0) {
        turned = image.transformed(QTransform().rotate(degrees), Qt::SmoothTransformation);
        // The corners the turn uncovers are the scanner's white.
        QImage flat(turned.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, turned);
        painter.end();
        turned = flat;
    }
    turned = turned.convertToFormat(QImage::Format_RGB32);
    if (noise > 0) {
        QRandomGenerator random(seed);
        for (int y = 0; y < turned.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(turned.scanLine(y));
            for (int x = 0; x < turned.width(); ++x) {
                // Box–Muller, one value per pixel, the same on each channel.
                const double u1 = std::max(1e-9, random.generateDouble());
                const double u2 = random.generateDouble();
                const int delta = int(std::lround(noise * std::sqrt(-2 * std::log(u1)) * std::cos(2 * M_PI * u2)));
                const QRgb p = line[x];
                line[x] = qRgb(qBound(0, qRed(p) + delta, 255), qBound(0, qGreen(p) + delta, 255),
                               qBound(0, qBlue(p) + delta, 255));
            }
        }
    }
    return turned;
}

} // namespace

HolderDetails johnSmith()
{
    HolderDetails h;
    h.surname = QStringLiteral("SMITH");
    h.givenNames = QStringLiteral("JOHN");
    h.documentNumber = QStringLiteral("533380006");
    h.nationality = QStringLiteral("GBR");
    h.birthDate = QDate(1981, 11, 3);
    h.sex = QStringLiteral("M");
    h.expiryDate = QDate(QDate::currentDate().year() + 4, 6, 30);
    return h;
}

QStringList passportZone(const HolderDetails &h)
{
    const QString first = QStringLiteral("P<") + field(h.nationality, 3) + names(h, 39);
    const QString number = withDigit(field(h.documentNumber, 9));
    const QString personal = field(QString(), 14) + QLatin1Char('<');
    QString second = number + field(h.nationality, 3) + withDigit(yymmdd(h.birthDate)) + h.sex
        + withDigit(yymmdd(h.expiryDate)) + personal;
    const QString composite = second.mid(0, 10) + second.mid(13, 7) + second.mid(21, 22);
    second += QString::number(intake::checkDigit(composite));
    return {first, second};
}

QStringList cardZone(const HolderDetails &h)
{
    const QString first = QStringLiteral("ID") + field(h.nationality, 3) + withDigit(field(h.documentNumber, 9))
        + field(QString(), 15);
    QString second = withDigit(yymmdd(h.birthDate)) + h.sex + withDigit(yymmdd(h.expiryDate)) + field(h.nationality, 3)
        + field(QString(), 11);
    const QString composite = first.mid(5, 25) + second.mid(0, 7) + second.mid(8, 7) + second.mid(18, 11);
    second += QString::number(intake::checkDigit(composite));
    return {first, second, names(h, 30)};
}

QStringList td2Zone(const HolderDetails &h)
{
    const QString first = QStringLiteral("I<") + field(h.nationality, 3) + names(h, 31);
    QString second = withDigit(field(h.documentNumber, 9)) + field(h.nationality, 3) + withDigit(yymmdd(h.birthDate)) + h.sex
        + withDigit(yymmdd(h.expiryDate)) + field(QString(), 7);
    const QString composite = second.mid(0, 10) + second.mid(13, 7) + second.mid(21, 14);
    second += QString::number(intake::checkDigit(composite));
    return {first, second};
}

QImage documentPhoto(const QStringList &zone, double degrees, double noise, quint32 seed)
{
    const bool card = zone.size() == 3;
    const QSize size = card ? QSize(1012, 638) : QSize(1250, 880);
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(232, 226, 240));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRect(40, 110, card ? 260 : 330, card ? 300 : 420), QColor(170, 160, 150));
    QFont label(QStringLiteral("DejaVu Sans"));
    label.setPixelSize(22);
    painter.setFont(label);
    painter.setPen(QColor(60, 50, 90));
    painter.drawText(QPoint(40, 70), card ? QStringLiteral("IDENTITY CARD / CARTE D'IDENTITÉ")
                                          : QStringLiteral("PASSPORT / PASSEPORT"));
    const int x = card ? 330 : 410;
    painter.drawText(QPoint(x, 150), QStringLiteral("Surname / Nom"));
    painter.drawText(QPoint(x, 230), QStringLiteral("Given names / Prénoms"));
    painter.drawText(QPoint(x, 310), QStringLiteral("Date of birth / Date de naissance"));
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setPixelSize(card ? 44 : 40);
    mono.setStretch(card ? 100 : 92);
    painter.setFont(mono);
    painter.setPen(QColor(20, 20, 25));
    const int lineHeight = card ? 58 : 56;
    int y = size.height() - 60 - lineHeight * int(zone.size() - 1);
    for (const QString &line : zone) {
        painter.drawText(QPoint(card ? 40 : 36, y), line);
        y += lineHeight;
    }
    painter.end();
    return turnedWithGrain(image, degrees, noise, seed);
}

QImage scannedPage(const QStringList &lines, double degrees, double noise, quint32 seed)
{
    QImage page(2480, 3508, QImage::Format_RGB32);
    page.setDotsPerMeterX(11811);
    page.setDotsPerMeterY(11811);
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPixelSize(46); // 11 points at 300 dpi
    painter.setFont(font);
    painter.setPen(QColor(25, 25, 25));
    int y = 300;
    for (const QString &line : lines) {
        if (!line.isEmpty())
            painter.drawText(QPoint(250, y), line);
        y += 70;
    }
    painter.end();
    QImage scanned = turnedWithGrain(page, degrees, noise, seed);
    scanned.setDotsPerMeterX(11811);
    scanned.setDotsPerMeterY(11811);
    return scanned;
}

QByteArray textPdf(const QList<QStringList> &pages, const QList<QImage> &images)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSize(11);
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        painter.setFont(font);
        int y = 200;
        for (const QString &line : pages.at(p)) {
            if (!line.isEmpty())
                painter.drawText(QPoint(150, y), line);
            y += 65;
        }
        // The image below the page's lines (a caption above a scanned passport).
        if (p < images.size() && !images.at(p).isNull()) {
            const QImage &image = images.at(p);
            painter.drawImage(QRect(QPoint(200, qMax(300, y + 50)), image.size()), image);
        }
    }
    painter.end();
    return pdf;
}

QByteArray scannedPdf(const QList<QImage> &pages)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        painter.drawImage(QRect(0, 0, writer.width(), writer.height()), pages.at(p));
    }
    painter.end();
    return pdf;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace pc::test
