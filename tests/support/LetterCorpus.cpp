#include "LetterCorpus.h"

#include "IntakeSamples.h"

#include <QBuffer>
#include <QLinearGradient>
#include <QPainter>
#include <QRandomGenerator>
#include <QTransform>

#include <algorithm>
#include <optional>

namespace pc::test {
namespace {

struct Person
{
    QString given;
    QString family;
    QString email;
    QString street;
    QString city;   // postcode and town
};

const QList<Person> &people()
{
    static const QList<Person> list{
        {QStringLiteral("Léa"), QStringLiteral("Girard"), QStringLiteral("lea.girard@laposte.net"), QStringLiteral("12 rue des Lilas"), QStringLiteral("69003 Lyon")},
        {QStringLiteral("Jean-Pierre"), QStringLiteral("Dubois"), QStringLiteral("jeanpierre.dubois@orange.fr"), QStringLiteral("4 avenue Foch"), QStringLiteral("75016 Paris")},
        {QStringLiteral("Sarah"), QStringLiteral("O'Connor"), QStringLiteral("sarah.oconnor@gmail.com"), QStringLiteral("27 Mill Lane"), QStringLiteral("Leeds LS6 2AB")},
        {QStringLiteral("Thandi"), QStringLiteral("Mokoena"), QStringLiteral("thandi.mokoena@webmail.co.za"), QStringLiteral("8 Jacaranda Street"), QStringLiteral("Pretoria 0181")},
        {QStringLiteral("Amel"), QStringLiteral("Trabelsi"), QStringLiteral("amel.trabelsi@topnet.tn"), QStringLiteral("15 rue de Marseille"), QStringLiteral("1000 Tunis")},
        {QStringLiteral("Marc"), QStringLiteral("Lefèvre"), QStringLiteral("marc.lefevre@free.fr"), QStringLiteral("3 place du Marché"), QStringLiteral("1000 Bruxelles")},
        {QStringLiteral("Emily"), QStringLiteral("Clarke"), QStringLiteral("emily.clarke@outlook.com"), QStringLiteral("101 Kingsway"), QStringLiteral("London WC2B 6AA")},
        {QStringLiteral("Hoang"), QStringLiteral("Nguyen"), QStringLiteral("hoang.nguyen@gmail.com"), QStringLiteral("22 Le Loi"), QStringLiteral("700000 Ho Chi Minh City")},
        {QStringLiteral("Camille"), QStringLiteral("Moreau"), QStringLiteral("camille.moreau@sfr.fr"), QStringLiteral("9 chemin Vert"), QStringLiteral("33000 Bordeaux")},
        {QStringLiteral("Pieter"), QStringLiteral("Janssens"), QStringLiteral("pieter.janssens@telenet.be"), QStringLiteral("44 Meir"), QStringLiteral("2000 Antwerpen")},
        {QStringLiteral("Nadia"), QStringLiteral("Ben Salah"), QStringLiteral("nadia.bensalah@yahoo.fr"), QStringLiteral("6 rue Ibn Khaldoun"), QStringLiteral("4000 Sousse")},
        {QStringLiteral("David"), QStringLiteral("Okafor"), QStringLiteral("david.okafor@protonmail.com"), QStringLiteral("19 Church Road"), QStringLiteral("Cape Town 8001")},
        {QStringLiteral("Élodie"), QStringLiteral("Perrin"), QStringLiteral("elodie.perrin@wanadoo.fr"), QStringLiteral("31 boulevard Victor Hugo"), QStringLiteral("06000 Nice")},
        {QStringLiteral("James"), QStringLiteral("Whitfield"), QStringLiteral("j.whitfield@btinternet.com"), QStringLiteral("7 Rose Court"), QStringLiteral("Bristol BS1 4DJ")},
        {QStringLiteral("Sophie"), QStringLiteral("Martin-Roux"), QStringLiteral("sophie.martin-roux@gmail.com"), QStringLiteral("58 rue Nationale"), QStringLiteral("59000 Lille")},
        {QStringLiteral("Lukas"), QStringLiteral("Peeters"), QStringLiteral("lukas.peeters@skynet.be"), QStringLiteral("12 rue Haute"), QStringLiteral("4000 Liège")},
    };
    return list;
}

// How each right is asked, in French and in English.
struct Asked
{
    const char *type;
    const char *french;
    const char *english;
};

const Asked kAsked[] = {
    {"access", "je vous demande de m'indiquer si vous traitez des données me concernant et, le cas échéant, de "
               "m'en communiquer une copie (droit d'accès, article 15 du RGPD).",
     "I am writing to request access to the personal data you hold about me, and a copy of it (right of access, "
     "Article 15 GDPR)."},
    {"erasure", "je vous demande d'effacer l'ensemble des données personnelles me concernant (droit à l'effacement, "
                "article 17 du RGPD).",
     "I ask you to erase all the personal data you hold about me (right to erasure, Article 17 GDPR)."},
    {"rectification", "je vous demande de rectifier les données inexactes me concernant : mon adresse a changé "
                      "(droit de rectification, article 16 du RGPD).",
     "I ask you to rectify inaccurate personal data about me: my address has changed (right to rectification, "
     "Article 16 GDPR)."},
    {"objection", "je m'oppose au traitement de mes données personnelles à des fins de prospection commerciale "
                  "(droit d'opposition, article 21 du RGPD).",
     "I object to the processing of my personal data for direct marketing (right to object, Article 21 GDPR)."},
    {"portability", "je vous demande de me transmettre mes données dans un format structuré et lisible par machine "
                    "(droit à la portabilité, article 20 du RGPD).",
     "I ask you to send me my personal data in a structured, machine-readable format (right to data portability, "
     "Article 20 GDPR)."},
    {"consent_withdrawal", "je retire mon consentement au traitement de mes données personnelles, que je vous avais "
                           "donné lors de mon inscription.",
     "I withdraw my consent to the processing of my personal data, which I gave when I signed up."},
};

const char *const kFrenchMonths[] = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                     "août", "septembre", "octobre", "novembre", "décembre"};
const char *const kEnglishMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                                      "August", "September", "October", "November", "December"};

// Words wrapped into lines of at most `width` characters.
QStringList wrapped(const QString &text, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

enum class Layout { Block, Form, SignatureOnly, Undersigned };
enum class Medium { TextPdf, Scan300, Scan200, Photo };

struct Drafted
{
    QStringList lines;
    CorpusLetter facts;
};

QString dateText(const QDate &date, bool french)
{
    return french ? QStringLiteral("%1 %2 %3").arg(date.day()).arg(QString::fromUtf8(kFrenchMonths[date.month() - 1])).arg(date.year())
                  : QStringLiteral("%1 %2 %3").arg(date.day()).arg(QLatin1String(kEnglishMonths[date.month() - 1])).arg(date.year());
}

// The letter's lines, and what they say.
Drafted draft(int index, QRandomGenerator &random)
{
    const bool french = index % 2 == 0;
    const Layout layout = Layout((index / 2) % 4);
    const Person &person = people().at((index * 7 + 3) % people().size());
    const QString name = person.given + QLatin1Char(' ') + person.family;
    const QDate date = QDate(2026, 1, 5).addDays(random.bounded(300));
    QList<const Asked *> asked{&kAsked[index % 6]};
    if (index % 6 == 1 && index % 4 == 1)
        asked << &kAsked[3];   // an erasure that also objects
    const bool brokenEmail = index % 5 == 2;

    Drafted d;
    d.facts.language = french ? QStringLiteral("fr") : QStringLiteral("en");
    for (const Asked *a : asked)
        d.facts.types << QString::fromLatin1(a->type);
    std::sort(d.facts.types.begin(), d.facts.types.end());
    d.facts.name = name;
    d.facts.email = person.email;
    d.facts.address = person.street + QStringLiteral(", ") + person.city;
    d.facts.date = date;

    QStringList &l = d.lines;
    const QString mailLabel = french ? QStringLiteral("Courriel : ") : QStringLiteral("Email: ");
    const QStringList mail = brokenEmail ? QStringList{mailLabel + person.email.section(QLatin1Char('@'), 0, 0) + QLatin1Char('@'),
                                                       person.email.section(QLatin1Char('@'), 1)}
                                         : QStringList{mailLabel + person.email};
    if (layout == Layout::Form) {
        l << (french ? QStringLiteral("DEMANDE D'EXERCICE DE DROITS (RGPD)") : QStringLiteral("DATA SUBJECT REQUEST FORM (GDPR)"))
          << QString() << (french ? QStringLiteral("Nom : ") : QStringLiteral("Name: ")) + name
          << (french ? QStringLiteral("Adresse : ") : QStringLiteral("Address: ")) + person.street + QStringLiteral(", ") + person.city
          << mail << (french ? QStringLiteral("Date : ") : QStringLiteral("Date: ")) + dateText(date, french) << QString();
    } else {
        if (layout == Layout::Block)
            l << name;
        l << person.street << person.city << mail << QString() << QStringLiteral("Data Protection Officer")
          << QStringLiteral("SOFTNLABS SAS") << QStringLiteral("10 rue de la Paix, 75002 Paris") << QString()
          << (french ? QStringLiteral("Le ") : QString()) + dateText(date, french) << QString()
          << (french ? QStringLiteral("Objet : exercice de mes droits sur mes données personnelles")
                     : QStringLiteral("Subject: request about my personal data"))
          << QString() << (french ? QStringLiteral("Madame, Monsieur,") : QStringLiteral("Dear Sir or Madam,")) << QString();
    }
    QString body;
    if (layout == Layout::Undersigned)
        body = french ? QStringLiteral("Je soussigné(e) %1, ").arg(name) : QStringLiteral("My name is %1. ").arg(name);
    else
        body = french ? QStringLiteral("Client de votre société, ") : QStringLiteral("As one of your customers, ");
    for (const Asked *a : std::as_const(asked))
        body += (french ? QString::fromUtf8(a->french) : QString::fromUtf8(a->english)) + QLatin1Char(' ');
    body += french ? QStringLiteral("Je vous remercie de me répondre dans le délai d'un mois prévu par le règlement.")
                   : QStringLiteral("Please reply within one month, as the Regulation requires.");
    l << wrapped(body, 72) << QString();
    if (layout == Layout::Form) {
        l << (french ? QStringLiteral("Signature : ") : QStringLiteral("Signature: ")) + name;
    } else {
        l << (french ? (index % 4 == 0 ? QStringLiteral("Bien à vous,")
                                       : QStringLiteral("Veuillez agréer, Madame, Monsieur, mes salutations distinguées."))
                     : (index % 4 == 1 ? QStringLiteral("Yours faithfully,") : QStringLiteral("Kind regards,")))
          << QString() << name;
    }
    return d;
}

QByteArray encoded(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

// A sheet photographed with a phone: on a table, seen a little askew, a
// shadow across it, saved as JPEG.
QImage photographed(const QImage &page, QRandomGenerator &random)
{
    const QSize size(2300, 3100);
    QImage photo(size, QImage::Format_RGB32);
    photo.fill(QColor(112, 96, 80));
    QPainter painter(&photo);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const auto jitter = [&random] { return double(random.bounded(60)); };
    const QPolygonF sheet{QPointF(90 + jitter(), 80 + jitter()), QPointF(2210 - jitter(), 110 + jitter()),
                          QPointF(2230 - jitter(), 3000 - jitter()), QPointF(70 + jitter(), 3020 - jitter())};
    QTransform warp;
    QTransform::quadToQuad(QPolygonF(QRectF(page.rect())), sheet, warp);
    painter.setTransform(warp);
    painter.drawImage(0, 0, page);
    painter.resetTransform();
    QLinearGradient shadow(0, 0, size.width(), size.height() * 0.4);
    shadow.setColorAt(0, QColor(0, 0, 0, 90));
    shadow.setColorAt(0.5, QColor(0, 0, 0, 20));
    shadow.setColorAt(1, QColor(0, 0, 0, 0));
    painter.fillRect(photo.rect(), shadow);
    painter.end();
    return photo;
}

// An A4 page at 300 dpi with a photo of an identity document on it.
QImage idPage(const QImage &document)
{
    QImage page(2480, 3508, QImage::Format_RGB32);
    page.fill(Qt::white);
    page.setDotsPerMeterX(11811);
    page.setDotsPerMeterY(11811);
    QPainter painter(&page);
    painter.drawImage(QPoint(300, 400), document);
    painter.end();
    return page;
}

} // namespace

QList<CorpusLetter> letterCorpus(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<CorpusLetter> corpus;
    static const char *const kLayouts[] = {"block", "form", "signature", "undersigned"};
    static const char *const kMedia[] = {"text", "scan300", "scan200", "photo"};
    for (int i = 0; i < count; ++i) {
        Drafted d = draft(i, random);
        const Medium medium = Medium((i / 8) % 4);
        // An identity document on one of the pages, of each layout, turned.
        std::optional<QImage> document;
        if (i % 3 == 0 && medium != Medium::Photo) {
            HolderDetails holder = johnSmith();
            const Person &person = people().at((i * 7 + 3) % people().size());
            holder.surname = person.family.toUpper().replace(QLatin1Char(' '), QLatin1Char('<')).replace(QLatin1Char('\''), QString());
            holder.givenNames = person.given.toUpper();
            holder.documentNumber = QStringLiteral("%1").arg(10000000 + random.bounded(89999999), 9, 10, QLatin1Char('0'));
            const int kind = (i / 3) % 3;
            const QStringList zone = kind == 0 ? passportZone(holder) : kind == 1 ? cardZone(holder) : td2Zone(holder);
            document = documentPhoto(zone, 90.0 * ((i / 9) % 4), 4, quint32(i));
            d.facts.documentNumber = holder.documentNumber;
        }
        const bool idFirst = (i / 3) % 2 == 1;
        CorpusLetter &letter = d.facts;
        const QString stem = QStringLiteral("%1-%2-%3-%4").arg(i, 2, 10, QLatin1Char('0')).arg(letter.language,
                                                                                             QLatin1String(kLayouts[(i / 2) % 4]),
                                                                                             QLatin1String(kMedia[int(medium)]));
        if (medium == Medium::TextPdf) {
            QList<QStringList> pages{d.lines};
            QList<QImage> images{QImage()};
            if (document) {
                pages.insert(idFirst ? 0 : 1, {});
                images.insert(idFirst ? 0 : 1, *document);
            }
            letter.file = stem + QStringLiteral(".pdf");
            letter.content = textPdf(pages, images);
        } else {
            QImage scan = scannedPage(d.lines, (random.bounded(200) - 100) / 100.0, 5, quint32(i));
            if (medium == Medium::Scan200) {
                scan = scan.scaled(scan.size() * 2 / 3, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
                scan.setDotsPerMeterX(7874);
                scan.setDotsPerMeterY(7874);
            }
            if (medium == Medium::Photo) {
                letter.file = stem + QStringLiteral(".jpg");
                letter.content = encoded(photographed(scan, random), "JPEG", 72);
            } else if (document) {
                QList<QImage> pages{scan};
                pages.insert(idFirst ? 0 : 1, idPage(*document));
                letter.file = stem + QStringLiteral(".pdf");
                letter.content = scannedPdf(pages);
            } else {
                letter.file = stem + QStringLiteral(".png");
                letter.content = encoded(scan, "PNG");
            }
        }
        corpus << letter;
    }
    return corpus;
}

} // namespace pc::test
