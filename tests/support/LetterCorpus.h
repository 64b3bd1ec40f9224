#pragma once

// A public evaluation set of request letters, made here and the same on
// every run: French and English; block letters, forms, names only under
// the signature or after "Je soussigné"; e-mail addresses broken across
// lines; text PDFs, scans at 300 and 200 dpi, phone photos (perspective,
// shadow, JPEG); PDFs carrying a TD1, TD2 or TD3 identity document on any
// page, turned 0, 90, 180 or 270°. Each letter comes with what a reader
// should find in it.
#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace pc::test {

struct CorpusLetter
{
    QString file;             // "07-fr-form-scan300.png"
    QByteArray content;
    QString language;         // fr, en
    QStringList types;        // the rights asked, sorted
    QString name;             // the requester
    QString email;
    QString address;          // "street, postcode town"
    QDate date;               // the letter's date
    QString documentNumber;   // of the identity document carried, empty when none
};

// The set: `count` letters (64 by default), made from `seed`.
QList<CorpusLetter> letterCorpus(int count = 64, quint32 seed = 2026);

} // namespace pc::test
