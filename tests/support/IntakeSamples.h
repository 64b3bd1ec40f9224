#pragma once

// Letters and identity documents the intake tests make for themselves:
// text PDFs, scans (turned a little, with noise) and photos of documents
// whose machine-readable zone carries computed check digits.
#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QString>
#include <QStringList>

namespace pc::test {

struct HolderDetails
{
    QString surname;
    QString givenNames;       // separated by spaces
    QString documentNumber;   // nine characters
    QString nationality = QStringLiteral("FRA");
    QDate birthDate;
    QString sex = QStringLiteral("F");
    QDate expiryDate;
};

// A British passport's holder, John Smith, whose document is valid for
// four more years whenever the tests run.
HolderDetails johnSmith();

// The two lines of a passport's zone (TD3) and the three of an identity card's (TD1).
QStringList passportZone(const HolderDetails &holder);
QStringList cardZone(const HolderDetails &holder);
// The two lines of a TD2 document's zone (an older identity card, a visa).
QStringList td2Zone(const HolderDetails &holder);

// A photo of a document: a tinted card with printed fields and its zone at
// the bottom, turned by `degrees`, with grain of standard deviation `noise`.
QImage documentPhoto(const QStringList &zone, double degrees, double noise, quint32 seed = 1);

// A page of text at 300 dpi (A4), turned by `degrees`, with grain.
QImage scannedPage(const QStringList &lines, double degrees, double noise, quint32 seed = 1);

// A PDF with a text layer, one page per list of lines; a page also carries
// an image (an identity document's copy) below its lines when `images` has
// one at its index.
QByteArray textPdf(const QList<QStringList> &pages, const QList<QImage> &images = {});

// A PDF of one image-only page per image (a scanner's output).
QByteArray scannedPdf(const QList<QImage> &pages);

bool writeFile(const QString &path, const QByteArray &bytes);
QByteArray pngBytes(const QImage &image);

} // namespace pc::test
