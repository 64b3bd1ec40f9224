#pragma once

#include "core/Result.h"
#include "domain/People.h"
#include "domain/Register.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace pc {
class Database;
}

// Consent events brought in from a CSV file (a web form's export, a
// newsletter tool's list, a spreadsheet kept by hand): the columns mapped to
// the ledger's fields, every line checked and shown before anything is
// written, errors given by line number. Importing the same file twice adds
// nothing the second time.
namespace pc::consent {

// A CSV file as text: RFC 4180 (quoted cells, doubled quotes, line breaks
// inside quotes), a comma, semicolon or tab between cells as the header
// line shows, UTF-8 with or without its byte order mark.
struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines;   // the file's line number where each row starts (the header is line 1)
};
Result<CsvTable> readCsv(const QByteArray &bytes);

// The ledger's fields a column can hold.
enum class Field { Person, Purpose, Event, OccurredAt, Method, Source, PolicyVersion, Note };
const QList<Field> &allFields();
QString fieldLabel(Field field);

// Which column holds each field (-1: none). The person (an e-mail address
// or the organization's own reference), the purpose (its code or name), the
// event and its date and time are required.
using ColumnMapping = QMap<Field, int>;
// Guessed from the header's names, in English or French.
ColumnMapping guessMapping(const QStringList &header);

struct ImportLine
{
    int line = 0;
    QString person;            // as written in the file
    ConsentEvent event;        // ready to be recorded when there is no error
    QString error;             // why the line cannot be imported
    bool duplicate = false;    // already in the ledger, or earlier in the file

    bool isNew() const { return error.isEmpty() && !duplicate; }
};

struct ImportPreview
{
    QList<ImportLine> lines;
    int toAdd = 0;
    int duplicates = 0;
    int errors = 0;
};

// Reads every line against the register of one organization: the person and
// the purpose must exist, the event, date, method and policy version must be
// understood. A date without a time is taken at midnight and a time without
// a zone as the computer's local time; both are kept in UTC. `source` is the
// collection point of lines that name none.
Result<ImportPreview> previewImport(Database &db, RowId organizationId, const CsvTable &table,
                                    const ColumnMapping &mapping, const QString &source);

// Records the preview's new lines in one transaction (each in the audit
// trail); the lines in error are left out, and listed by the preview.
// Returns how many events were added.
Result<int> importPreview(Database &db, const ImportPreview &preview);

} // namespace pc::consent
