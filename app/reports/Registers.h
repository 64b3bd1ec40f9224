#pragma once

#include "Report.h"

#include "core/Result.h"
#include "domain/Register.h"

#include <QDate>
#include <QString>

#include <optional>

namespace pc {
class Database;
}

// The registers an officer prints for an audit, the management board or the
// authority, drawn up from the database in English or French whatever the
// window speaks: the record of processing activities (GDPR Art. 30(1), and
// Art. 30(2) for work done as a processor), the processors, the rights
// requests, the breaches (Art. 33(5)), the retention schedule and the
// consent statistics.
namespace pc::reports {

// Dpia: one impact assessment (ReportRequest::dpiaId), not a register; not
// among allKinds().
enum class ReportKind { Activities, Processors, Requests, Breaches, Retention, Consents, Dpia };

// "ropa", "processors", "requests", "breaches", "retention", "consents".
QString kindCode(ReportKind kind);
std::optional<ReportKind> kindFromCode(const QString &code);
const QList<ReportKind> &allKinds();
// The report's title in a language ("en", "fr").
QString kindTitle(ReportKind kind, const QString &language);
// Whether the report is limited by a period (requests, breaches, consent events).
bool takesPeriod(ReportKind kind);

struct ReportRequest
{
    ReportKind kind = ReportKind::Activities;
    RowId organizationId = 0;
    QString language = QStringLiteral("en");
    QDate from;                // the period, either end open when invalid
    QDate to;
    QString status;            // requests: a status code, "open" or "closed"; empty for all
    QDate asOf = QDate::currentDate();
    RowId dpiaId = 0;          // the impact assessment of a Dpia report
};

// The report's content, read from the database. Its large tables (the
// requests and their history) are read again each time they are laid out
// or exported, from this same connection: keep it open and unchanged
// meanwhile (see inSnapshot).
Result<Report> buildReport(Database &db, const ReportRequest &request);

// Runs `work` (building and drawing a report) in one read-only transaction
// that sees the register as it was when it began, so that its passes read
// the same rows whatever other officers change meanwhile.
Status inSnapshot(Database &db, const std::function<Status()> &work);

} // namespace pc::reports
