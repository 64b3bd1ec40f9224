#pragma once

#include "Workbook.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pc::exchange {

// Where a value was read: "4 - Exemple de fiche!B21".
struct CellRef
{
    QString sheet;
    int row = -1;
    int column = -1;

    bool isValid() const { return row >= 0; }
    QString toString() const;
};

// A retention period as written ("5 ans à compter du versement de la
// paie", "30 days", "3 ans après le dernier contact"), understood as a
// duration, a unit and the event it runs from where it can be.
struct RetentionText
{
    QString text;
    int duration = 0;
    QString unit;           // CodeList::RetentionUnit, empty when not understood
    QString trigger;        // CodeList::RetentionTrigger
    QString customTrigger;  // the event in the text's words, for "custom"

    bool understood() const { return duration > 0 && !unit.isEmpty(); }
};
RetentionText readRetention(const QString &text);

// The register's codes for the entries of the CNIL's drop-down lists
// (sheet 5) and their usual English wording; empty for none of them, and
// for the Privacy Shield, which no longer covers a transfer.
QString safeguardCode(const QString &safeguard);    // CodeList::TransferSafeguard
QString recipientKindCode(const QString &recipient); // CodeList::RecipientKind
QString subjectKindCode(const QString &category);    // CodeList::SubjectKind
QString legalBasisCode(const QString &basis);        // CodeList::LegalBasis, as written in French or English

struct ImportedContact
{
    QString name;           // a person's, or an organization's
    QString address;        // street, postcode and town joined
    QString country;
    QString phone;
    QString email;
    QString company;        // an external DPO's firm

    bool isEmpty() const { return name.isEmpty() && address.isEmpty() && email.isEmpty() && company.isEmpty(); }
};

struct ImportedDataCategory
{
    QString category;       // the model's row label ("État civil, identité…")
    QString description;    // what the officer wrote
    bool special = false;   // Art. 9 (or 10: offences)
    bool offences = false;
    RetentionText retention;
    CellRef where;
};

// A line of the lists of people, recipients and security measures: the
// kind chosen from the model's list, and the officer's details.
struct ImportedItem
{
    QString kind;
    QString detail;
    CellRef where;
};

struct ImportedTransfer
{
    QString recipient;
    QString country;        // as written
    QString safeguard;      // as written, from the CNIL's list
    QString documentation;
    CellRef where;
};

struct ImportedActivity
{
    // The parts of an activity a file says something of: the others stay
    // as the register has them. A sheet of the CNIL's model holds them all,
    // a line of its list only the purposes; a spreadsheet of one's own
    // holds what its columns and sheets give.
    enum Part {
        Dates = 1,
        JointControllers = 2,
        Purposes = 4,
        Data = 8,
        People = 16,
        Recipients = 32,
        Security = 64,
        Transfers = 128,
        Description = 256,
        AllOfTheForm = Dates | JointControllers | Purposes | Data | People | Recipients | Security | Transfers,
    };

    QString sheet;          // where it is read: its sheet, empty when it is only on the list
    unsigned parts = AllOfTheForm;
    bool holds(Part part) const { return (parts & part) != 0; }
    QString name;
    QString reference;
    QString description;
    QDate createdOn;
    QDate updatedOn;
    ImportedContact controller;
    ImportedContact dpo;
    ImportedContact representative;
    QString jointControllers;
    QString mainPurpose;
    QStringList subPurposes;
    QHash<QString, QString> legalBases;  // a purpose -> its legal basis as written (not in the CNIL's model)
    QList<ImportedDataCategory> dataCategories;
    QList<ImportedItem> subjects;
    QList<ImportedItem> recipients;
    QList<ImportedItem> securityMeasures;
    QList<ImportedTransfer> transfers;
    bool sensitiveOnList = false; // the list's "Données sensibles ? Oui"
    QStringList doubts;           // what the officer is to look at, in the interface's language
};

// The CNIL's register model as an officer filled it in.
struct ImportedRegister
{
    ImportedContact controller;     // the list's controller block
    ImportedContact representative;
    ImportedContact dpo;
    QList<ImportedActivity> activities;
    bool exampleLeftOut = false;    // the CNIL's own example was there, and is not imported
    QStringList notices;            // for the officer, in the interface's language

    // The organization the register is of: the activity sheets' controller, else the list's.
    QString organizationName() const;
};

// Reads the CNIL's model ("registre-traitement-simplifie", .ods or .xlsx)
// by the labels of its cells, not by their addresses: officers insert
// rows, and the CNIL's example is laid out otherwise than its model.
// Every sheet laid out as the model's activity sheet is an activity, whatever
// its name; the list of sheet 2 adds those that have no sheet. The CNIL's
// example (its sheet, and the "(EXEMPLE)" line of the list) is left out.
class CnilRegisterReader final
{
    Q_DECLARE_TR_FUNCTIONS(pc::exchange::CnilRegisterReader)

public:
    // Whether `book` is laid out as the CNIL's model.
    static bool recognises(const Workbook &book);
    // Refuses a model with no activity (only the example, or nothing
    // filled in) and an activity without a name, saying where.
    static Result<ImportedRegister> read(const Workbook &book);
};

} // namespace pc::exchange
