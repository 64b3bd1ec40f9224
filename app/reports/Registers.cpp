#include "Registers.h"

#include "RegisterBuilder.h"

#include "core/DocumentLanguage.h"
#include "domain/Codes.h"
#include "storage/Database.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pc::reports {
namespace {

struct RegistersText
{
    Q_DECLARE_TR_FUNCTIONS(pc::Registers)
};

const char *const kCodes[] = {"ropa", "processors", "requests", "breaches", "retention", "consents", "dpia"};

} // namespace

QString kindCode(ReportKind kind)
{
    return QString::fromLatin1(kCodes[int(kind)]);
}

std::optional<ReportKind> kindFromCode(const QString &code)
{
    for (ReportKind kind : allKinds()) {
        if (kindCode(kind) == code.trimmed().toLower())
            return kind;
    }
    if (code.trimmed().toLower() == kindCode(ReportKind::Dpia))
        return ReportKind::Dpia;
    return std::nullopt;
}

const QList<ReportKind> &allKinds()
{
    static const QList<ReportKind> kinds{ReportKind::Activities, ReportKind::Processors, ReportKind::Requests,
                                         ReportKind::Breaches,   ReportKind::Retention,  ReportKind::Consents};
    return kinds;
}

QString kindTitle(ReportKind kind, const QString &language)
{
    const DocumentLanguage document(language);
    switch (kind) {
    case ReportKind::Activities:
        return document.translate("pc::reports::Registers", "Record of processing activities");
    case ReportKind::Processors:
        return document.translate("pc::reports::Registers", "Register of processors");
    case ReportKind::Requests:
        return document.translate("pc::reports::Registers", "Register of rights requests");
    case ReportKind::Breaches:
        return document.translate("pc::reports::Registers", "Register of personal data breaches");
    case ReportKind::Retention:
        return document.translate("pc::reports::Registers", "Retention schedule", "the title of the report");
    case ReportKind::Consents:
        return document.translate("pc::reports::Registers", "Consent statistics");
    case ReportKind::Dpia:
        return document.translate("pc::reports::Registers", "Data protection impact assessment");
    }
    return {};
}

bool takesPeriod(ReportKind kind)
{
    return kind == ReportKind::Requests || kind == ReportKind::Breaches || kind == ReportKind::Consents;
}

Result<Report> buildReport(Database &db, const ReportRequest &request)
{
    if (request.from.isValid() && request.to.isValid() && request.from > request.to)
        return Error{RegistersText::tr("The period ends before it starts.")};
    if (!request.status.isEmpty() && request.status != QLatin1String("open") && request.status != QLatin1String("closed")
        && !codes::isValid(CodeList::RequestStatus, request.status)) {
        return Error{RegistersText::tr("“%1” is not a request status.").arg(request.status)};
    }
    switch (request.kind) {
    case ReportKind::Activities: return activitiesReport(db, request)->build();
    case ReportKind::Processors: return processorsReport(db, request)->build();
    case ReportKind::Requests: return requestsReport(db, request)->build();
    case ReportKind::Breaches: return breachesReport(db, request)->build();
    case ReportKind::Retention: return retentionReport(db, request)->build();
    case ReportKind::Consents: return consentsReport(db, request)->build();
    case ReportKind::Dpia: {
        // About the organization whose assessment it is.
        ReportRequest about = request;
        QSqlQuery query = db.prepare(QStringLiteral("SELECT organization_id FROM dpias WHERE id = ?"));
        query.addBindValue(request.dpiaId);
        if (!query.exec() || !query.next())
            return Error{RegistersText::tr("There is no impact assessment %1.").arg(request.dpiaId)};
        about.organizationId = query.value(0).toLongLong();
        return dpiaReport(db, about)->build();
    }
    }
    return Error{RegistersText::tr("Choose the organization the report is about.")};
}

Status inSnapshot(Database &db, const std::function<Status()> &work)
{
    // SQLite in WAL mode keeps the snapshot of a transaction's first read; a
    // PostgreSQL server one of repeatable read.
    QSqlQuery start(db.connection());
    if (!start.exec(db.sql().beginSnapshot()))
        return Database::sqlError(start);
    const Status done = work();
    QSqlQuery end(db.connection());
    (void)end.exec(QStringLiteral("COMMIT"));
    return done;
}

} // namespace pc::reports
