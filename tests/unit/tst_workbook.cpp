// Reading spreadsheets: the CNIL's register model as published (.ods), the
// same saved by LibreOffice as .xlsx and .csv, and files that are not what
// a register is.
#include "TestSupport.h"

#include "documents/Zip.h"
#include "exchange/Workbook.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace pc;
using namespace pc::exchange;

namespace {

const QString kModel = QStringLiteral(PC_CNIL_MODEL);

QByteArray odsWith(const QByteArray &content, const QByteArray &manifest = {})
{
    documents::ZipWriter zip;
    zip.add(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet");
    zip.add(QStringLiteral("content.xml"), content);
    if (!manifest.isEmpty())
        zip.add(QStringLiteral("META-INF/manifest.xml"), manifest);
    return zip.finish();
}

QByteArray odsTable(const QByteArray &rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
           "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
           "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
           "<table:table table:name=\"Registre\">"
        + rows + "</table:table></office:spreadsheet></office:body></office:document-content>";
}

} // namespace

class TestWorkbook : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The model converted by LibreOffice without a display, as an officer's
    // office suite saves it.
    QString converted(const QString &format)
    {
        QString problem;
        const QString out = test::officeConvert(kModel, format, m_dir.path(), &problem);
        if (out.isEmpty())
            qWarning("%s", qPrintable(problem));
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theCnilModelIsReadAsPublished()
    {
        const auto book = WorkbookReader::read(kModel);
        PC_VERIFY_OK(book);
        QCOMPARE(book->format, QStringLiteral("ods"));
        QStringList names;
        for (const Sheet &s : book->sheets)
            names << s.name;
        QCOMPARE(names, (QStringList{QStringLiteral("Tutoriel"), QStringLiteral("2_-_Liste_des_traitements"),
                                     QStringLiteral("3_-_Modèle_de_fiche_de_registre"), QStringLiteral("4_-_Exemple_de_fiche"),
                                     QStringLiteral("5_-_Listes")}));
        const Sheet *example = book->sheet(QStringLiteral("4_-_Exemple_de_fiche"));
        QVERIFY(example);
        QCOMPARE(example->text(3, 0), QStringLiteral("Nom du traitement"));
        QCOMPARE(example->text(3, 1), QStringLiteral("Gestion de la paie"));
        QCOMPARE(example->text(4, 1), QStringLiteral("1 - Exemple"));
        QCOMPARE(example->cell(5, 1).date, QDate(2018, 5, 26));
        QCOMPARE(example->text(20, 4), QStringLiteral("5 ans à compter du versement de la paie"));
        QCOMPARE(example->text(38, 2), QStringLiteral("Andorre"));
        QCOMPARE(Sheet::cellName(38, 2), QStringLiteral("C39"));
        const Sheet *list = book->sheet(QStringLiteral("2_-_Liste_des_traitements"));
        QVERIFY(list);
        QVERIFY(list->text(8, 0).startsWith(QStringLiteral("(EXEMPLE)")));
        // The drop-down lists, to the last country; rows repeated empty to
        // the sheet's end cost nothing.
        const Sheet *lists = book->sheet(QStringLiteral("5_-_Listes"));
        QVERIFY(lists);
        QCOMPARE(lists->text(176, 2), QStringLiteral("Zimbabwe"));
        QCOMPARE(lists->text(176, 3), QStringLiteral("Non adéquat"));
        QCOMPARE(lists->rowCount(), 177);
    }

    // The same model saved as .xlsx by LibreOffice reads cell for cell the same.
    void theModelSavedAsXlsxReadsTheSame()
    {
        const QString xlsx = converted(QStringLiteral("xlsx"));
        QVERIFY2(!xlsx.isEmpty(), "LibreOffice (soffice) is needed: packaging/install-deps.sh --tests installs it");
        const auto ods = WorkbookReader::read(kModel);
        const auto book = WorkbookReader::read(xlsx);
        PC_VERIFY_OK(ods);
        PC_VERIFY_OK(book);
        QCOMPARE(book->format, QStringLiteral("xlsx"));
        QCOMPARE(book->sheets.size(), ods->sheets.size());
        for (int s = 0; s < ods->sheets.size(); ++s) {
            const Sheet &a = ods->sheets.at(s);
            const Sheet &b = book->sheets.at(s);
            QCOMPARE(b.name, a.name);
            for (int row = 0; row < std::max(a.rowCount(), b.rowCount()); ++row) {
                for (int column = 0; column < std::max(a.columnCount(), b.columnCount()); ++column) {
                    const Cell &x = a.cell(row, column);
                    const Cell &y = b.cell(row, column);
                    const QString where = a.name + QLatin1Char('!') + Sheet::cellName(row, column);
                    if (x.date.isValid())
                        QVERIFY2(x.date == y.date, qPrintable(where));
                    else
                        QVERIFY2(x.text == y.text, qPrintable(where + QStringLiteral(": ") + x.text + QStringLiteral(" / ") + y.text));
                }
            }
        }
    }

    void aCsvIsOneSheet()
    {
        const QByteArray csv = "Nom du traitement;Référence;Finalité\n"
                               "Gestion de la paie;PAY-1;\"Calcul des rémunérations; virements\"\n"
                               "Recrutement;RH-2;Sélection des candidats\n";
        const auto book = WorkbookReader::read(QStringLiteral("registre.csv"), csv);
        PC_VERIFY_OK(book);
        QCOMPARE(book->format, QStringLiteral("csv"));
        QCOMPARE(book->sheets.size(), 1);
        const Sheet &sheet = book->sheets.first();
        QCOMPARE(sheet.name, QStringLiteral("registre"));
        QCOMPARE(sheet.text(0, 1), QStringLiteral("Référence"));
        QCOMPARE(sheet.text(1, 2), QStringLiteral("Calcul des rémunérations; virements"));
        QCOMPARE(sheet.rowCount(), 3);
    }

    void badFilesAreRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("a PDF") << QByteArray("%PDF-1.7\n\0\x01\x02 binary", 24) << QStringLiteral("not a spreadsheet");
        QFile model(kModel);
        QVERIFY(model.open(QIODevice::ReadOnly));
        const QByteArray whole = model.readAll();
        QTest::newRow("cut short") << whole.left(whole.size() / 2) << QStringLiteral("damaged");
        QTest::newRow("a CSV in Windows' code page") << QByteArray("Nom;R\xe9" "f\xe9" "rence\nPaie;RH-01\n") << QStringLiteral("UTF-8");
        QTest::newRow("password or old Excel") << QByteArray::fromHex("D0CF11E0A1B11AE1000000000000") << QStringLiteral("password");
        QTest::newRow("an encrypted OpenDocument")
            << odsWith(odsTable("<table:table-row/>"),
                       "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                       "<manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/>"
                       "</manifest:file-entry></manifest:manifest>")
            << QStringLiteral("password");
        QTest::newRow("a row written a million times")
            << odsWith(odsTable("<table:table-row table:number-rows-repeated=\"1000000\"><table:table-cell "
                                "office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row>"))
            << QStringLiteral("more than");
        QTest::newRow("broken XML") << odsWith("<office:document-content><table:table") << QStringLiteral("damaged");
        documents::ZipWriter docx;
        docx.add(QStringLiteral("word/document.xml"), "<w:document/>");
        QTest::newRow("a word-processor document") << docx.finish() << QStringLiteral("text document");
    }
    void badFilesAreRefusedWithAReason()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const auto book = WorkbookReader::read(QStringLiteral("registre.ods"), content);
        QVERIFY(!book);
        QVERIFY2(book.errorMessage().contains(reason), qPrintable(book.errorMessage()));
        QVERIFY2(book.errorMessage().contains(QStringLiteral("registre.ods"))
                     || book.errorMessage().contains(QStringLiteral("“Registre”")),
                 qPrintable(book.errorMessage()));
    }

    void aFolderIsNotASpreadsheet()
    {
        const auto book = WorkbookReader::read(m_dir.path());
        QVERIFY(!book);
        QVERIFY2(book.errorMessage().contains(QStringLiteral("folder")), qPrintable(book.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestWorkbook)
#include "tst_workbook.moc"
