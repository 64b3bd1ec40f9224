#include "CnilModel.h"

#include "exchange/Workbook.h"

namespace pc::test {

using namespace pc::exchange;

const QString kCnilListSheet = QStringLiteral("2_-_Liste_des_traitements");
const QString kCnilModelSheet = QStringLiteral("3_-_Modèle_de_fiche_de_registre");

Workbook cnilModel()
{
    const auto book = WorkbookReader::read(QStringLiteral(PC_CNIL_MODEL));
    return book ? book.value() : Workbook{};
}

int rowOf(const Sheet &sheet, const QString &label)
{
    for (int row = 0; row < sheet.rowCount(); ++row) {
        if (sheet.text(row, 0).startsWith(label))
            return row;
    }
    return -1;
}

bool put(Sheet &sheet, const QString &label, int column, const QString &text, int offset)
{
    const int row = rowOf(sheet, label);
    if (row < 0)
        return false;
    sheet.set(row + offset, column, Cell{text, {}});
    return true;
}

Sheet withRowsInserted(const Sheet &sheet, int at, int count)
{
    Sheet out;
    out.name = sheet.name;
    for (int row = 0; row < sheet.rowCount(); ++row) {
        for (int column = 0; column < sheet.columnCount(); ++column) {
            const Cell &cell = sheet.cell(row, column);
            if (!cell.text.isEmpty() || cell.date.isValid())
                out.set(row < at ? row : row + count, column, cell);
        }
    }
    return out;
}

Workbook filledCnilModel(const Workbook &model)
{
    if (!model.sheet(kCnilModelSheet) || !model.sheet(kCnilListSheet))
        return {};
    Workbook book = model;
    bool found = true;
    // One activity on a copy of sheet 3, named as the officer likes.
    Sheet payroll = *model.sheet(kCnilModelSheet);
    payroll.name = QStringLiteral("Paie");
    found &= put(payroll, QStringLiteral("Nom du traitement"), 1, QStringLiteral("Paie des salariés"));
    found &= put(payroll, QStringLiteral("N° / RÉF"), 1, QStringLiteral("RH-01"));
    found &= put(payroll, QStringLiteral("Date de création"), 1, QStringLiteral("02/01/2024"));
    found &= put(payroll, QStringLiteral("Responsable du traitement"), 1, QStringLiteral("Softnlabs SAS"));
    found &= put(payroll, QStringLiteral("Responsable du traitement"), 2, QStringLiteral("10 rue de la Paix"));
    found &= put(payroll, QStringLiteral("Responsable du traitement"), 3, QStringLiteral("75002"));
    found &= put(payroll, QStringLiteral("Responsable du traitement"), 4, QStringLiteral("Paris"));
    found &= put(payroll, QStringLiteral("Responsable du traitement"), 7, QStringLiteral("dpo@softnlabs.fr"));
    found &= put(payroll, QStringLiteral("Délégué à la protection"), 1, QStringLiteral("Claire Martin"));
    found &= put(payroll, QStringLiteral("Finalité principale"), 1, QStringLiteral("Gestion de la paie"));
    found &= put(payroll, QStringLiteral("Sous-finalité 1"), 1, QStringLiteral("Calcul des rémunérations"));
    found &= put(payroll, QStringLiteral("Sous-finalité 2"), 1, QStringLiteral("Déclarations sociales"));
    found &= put(payroll, QStringLiteral("État civil"), 1, QStringLiteral("Nom, prénom, adresse"));
    found &= put(payroll, QStringLiteral("État civil"), 4, QStringLiteral("5 ans à compter du versement de la paie"));
    found &= put(payroll, QStringLiteral("Informations d'ordre économique"), 1, QStringLiteral("RIB"));
    found &= put(payroll, QStringLiteral("Informations d'ordre économique"), 4, QStringLiteral("Le temps du contrat"));
    found &= put(payroll, QStringLiteral("Données concernant la santé"), 1, QStringLiteral("Arrêts maladie"));
    found &= put(payroll, QStringLiteral("Données concernant la santé"), 4,
                 QStringLiteral("3 ans après le dernier contact"));
    found &= put(payroll, QStringLiteral("Catégorie de personnes 1"), 1, QStringLiteral("Salariés"));
    found &=
        put(payroll, QStringLiteral("Destinataire 1"), 1, QStringLiteral("Service interne qui traite les données"));
    found &= put(payroll, QStringLiteral("Destinataire 1"), 4, QStringLiteral("Service RH"));
    found &=
        put(payroll, QStringLiteral("Mesure de sécurité 1"), 1, QStringLiteral("Contrôle d'accès des utilisateurs"));
    found &= put(payroll, QStringLiteral("Organisme destinataire 1"), 1, QStringLiteral("Banque d'Andorre"));
    found &= put(payroll, QStringLiteral("Organisme destinataire 1"), 2, QStringLiteral("Andorre"));
    found &= put(payroll, QStringLiteral("Organisme destinataire 1"), 3, QStringLiteral("Pays adéquat"));
    found &= put(payroll, QStringLiteral("Organisme destinataire 1"), 5, QStringLiteral("Contrat du 23/01/2018"));
    // A second one, where the officer inserted rows: a sixth sub-purpose
    // line above the purposes, three more recipients.
    Sheet hiring = *model.sheet(kCnilModelSheet);
    hiring.name = QStringLiteral("Feuille7");
    hiring = withRowsInserted(hiring, rowOf(hiring, QStringLiteral("Finalité principale")), 2);
    hiring = withRowsInserted(hiring, rowOf(hiring, QStringLiteral("Destinataire 4")) + 1, 3);
    found &= put(hiring, QStringLiteral("Nom du traitement"), 1, QStringLiteral("Recrutement"));
    found &= put(hiring, QStringLiteral("N° / RÉF"), 1, QStringLiteral("RH-02"));
    found &= put(hiring, QStringLiteral("Finalité principale"), 1, QStringLiteral("Sélection des candidats"));
    found &= put(hiring, QStringLiteral("Vie personnelle"), 1, QStringLiteral("CV, lettre de motivation"));
    found &= put(hiring, QStringLiteral("Vie personnelle"), 4, QStringLiteral("2 years from the application"));
    found &= put(hiring, QStringLiteral("Destinataire 4"), 1, QStringLiteral("Sous-traitants"), 2);
    found &= put(hiring, QStringLiteral("Destinataire 4"), 4, QStringLiteral("Cabinet de recrutement"), 2);
    // The list: the example stays, one activity without a sheet is added.
    Sheet list = *model.sheet(kCnilListSheet);
    const int example = rowOf(list, QStringLiteral("(EXEMPLE)"));
    if (example <= 0)
        return {};
    list.set(example + 1, 0, Cell{QStringLiteral("Vidéoprotection"), {}});
    list.set(example + 1, 1, Cell{QStringLiteral("SEC-01"), {}});
    list.set(example + 1, 4, Cell{QStringLiteral("Sécurité des locaux, Prévention des vols"), {}});
    list.set(example + 1, 7, Cell{QStringLiteral("Non"), {}});
    list.set(0, 2, Cell{QStringLiteral("Durand"), {}});
    list.set(0, 4, Cell{QStringLiteral("Paul"), {}});
    list.set(4, 2, Cell{QStringLiteral("Martin"), {}});
    list.set(4, 4, Cell{QStringLiteral("Claire"), {}});
    list.set(5, 8, Cell{QStringLiteral("dpo@softnlabs.fr"), {}});
    for (Sheet &sheet : book.sheets) {
        if (sheet.name == kCnilListSheet)
            sheet = list;
    }
    book.sheets << payroll << hiring;

    return found ? book : Workbook{};
}

QByteArray csvOf(const Sheet &sheet)
{
    QByteArray out;
    for (int row = 0; row < sheet.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < sheet.columnCount(); ++column) {
            QString text = sheet.text(row, column);
            text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            cells << QLatin1Char('"') + text + QLatin1Char('"');
        }
        out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

} // namespace pc::test
