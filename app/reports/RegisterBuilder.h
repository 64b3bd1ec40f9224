#pragma once

#include "Registers.h"

#include "core/DocumentLanguage.h"
#include "domain/Codes.h"
#include "storage/SqlRow.h"

#include <QLocale>
#include <QSqlQuery>

#include <functional>
#include <memory>

namespace pc::reports {

// What every register shares: its cover, the controller's identity, the
// signature at its end, and the way it writes dates, numbers and labels in
// its own language. Each kind of report derives from it and writes its
// content; the report's streamed tables keep it (and its connection) to
// read their rows again when they are laid out.
class RegisterBuilder : public std::enable_shared_from_this<RegisterBuilder>
{
    PC_DOCUMENT_TR_FUNCTIONS(pc::reports::Registers)

public:
    RegisterBuilder(Database &db, const ReportRequest &request);
    virtual ~RegisterBuilder() = default;
    RegisterBuilder(const RegisterBuilder &) = delete;
    RegisterBuilder &operator=(const RegisterBuilder &) = delete;

    Result<Report> build();
    const DocumentLanguage &documentLanguage() const { return m_language; }

protected:
    // The report's own part, between its cover and its signature.
    virtual Status content(Report &report) = 0;

    QString label(CodeList list, const QString &code) const;
    QString day(const QDate &date) const;
    // A day of each month as day() writes it: what a column of dates holds whole.
    QStringList everyMonth() const;
    // Every label of a code list in the report's language.
    QStringList labels(CodeList list) const;
    QString moment(const QDateTime &when) const;
    // A moment in UTC, the zone said once for the whole table.
    QString minute(const QDateTime &when) const;
    QString number(qint64 n) const { return m_locale.toString(n); }
    QString yesNo(bool yes) const;
    QString percent(qint64 part, qint64 whole) const;
    QString periodText() const;
    // The controller's identity, as every register opens with it (Art. 30(1)(a)).
    QList<std::pair<QString, QString>> controllerItems() const;
    // The cover's details: the organization's, then the report's own.
    void cover(Report &report, const QList<std::pair<QString, QString>> &extra);

    Database &m_db;
    const ReportRequest m_request;
    const DocumentLanguage m_language;
    const QString m_lang;
    const QLocale m_locale;
    Organization m_org;
    QString m_law;
    QString m_authority;

private:
    void sign(Report &report) const;
};

// Rows of a query, each turned into the table's cells as it is read, by
// column name.
class QueryCursor final : public RowCursor
{
public:
    using Mapper = std::function<QStringList(const SqlRow &)>;
    QueryCursor(Database &db, const QString &sql, const QVariantList &bindings, Mapper map);
    bool next(QStringList &row) override;
    QString problem() const override { return m_problem; }

private:
    QSqlQuery m_query;
    const SqlRow m_row{m_query};
    Mapper m_map;
    QString m_problem;
};

// The builder of each kind of report (ActivitiesReport.cpp, ProcessorsReport.cpp…).
std::shared_ptr<RegisterBuilder> activitiesReport(Database &db, const ReportRequest &request);
std::shared_ptr<RegisterBuilder> processorsReport(Database &db, const ReportRequest &request);
std::shared_ptr<RegisterBuilder> requestsReport(Database &db, const ReportRequest &request);
std::shared_ptr<RegisterBuilder> breachesReport(Database &db, const ReportRequest &request);
std::shared_ptr<RegisterBuilder> retentionReport(Database &db, const ReportRequest &request);
std::shared_ptr<RegisterBuilder> consentsReport(Database &db, const ReportRequest &request);
std::shared_ptr<RegisterBuilder> dpiaReport(Database &db, const ReportRequest &request);

} // namespace pc::reports
