#include "RegisterBuilder.h"

#include "documents/DocumentText.h"
#include "documents/Letters.h"
#include "storage/Database.h"
#include "storage/RegisterRepository.h"

#include <QCoreApplication>

namespace pc::reports {
namespace {

struct RegistersText
{
    Q_DECLARE_TR_FUNCTIONS(pc::Registers)
};

} // namespace

RegisterBuilder::RegisterBuilder(Database &db, const ReportRequest &request)
    : m_db(db), m_request(request), m_language(request.language), m_lang(m_language.code()),
      m_locale(m_language.locale())
{
}

Result<Report> RegisterBuilder::build()
{
    const Result<Organization> organization = RegisterRepository(m_db).organization(m_request.organizationId);
    if (!organization)
        return Error{RegistersText::tr("Choose the organization the report is about.")};
    m_org = organization.value();
    // As the letters cite them, in the report's language.
    m_law = lawFor(m_org.jurisdiction, m_lang);
    if (!m_law.isEmpty())
        m_law[0] = m_law.at(0).toUpper();
    const Authority authority = authorityFor(m_org.jurisdiction, m_lang);
    m_authority = authority.address.isEmpty() ? authority.name : QStringLiteral("%1, %2").arg(authority.name, authority.address);
    if (!m_authority.isEmpty())
        m_authority[0] = m_authority.at(0).toUpper();
    Report report;
    report.language = m_lang;
    report.cover.organization = m_org.name;
    report.cover.title = kindTitle(m_request.kind, m_lang);
    report.runningTitle = report.cover.title;
    static const char *const kMainTables[] = {"activities", "processors", "requests", "breaches", "rules", "purposes", "plan"};
    report.mainTable = QString::fromLatin1(kMainTables[int(m_request.kind)]);
    if (const Status built = content(report); !built)
        return built.error();
    sign(report);
    return report;
}

// Signed by whoever answers for it.
void RegisterBuilder::sign(Report &report) const
{
    report.heading(2, tr("Drawn up by"), false);
    report.fields({{tr("Name"), m_org.dpoName},
                   {tr("Capacity"), tr("Data protection officer")},
                   {tr("Date"), documents::longDate(m_request.asOf, m_lang)},
                   {tr("Signature"), QStringLiteral("\n\n\n")}});
}

QString RegisterBuilder::label(CodeList list, const QString &code) const
{
    return code.isEmpty() ? QString() : codes::labelIn(list, code, m_lang);
}

QString RegisterBuilder::day(const QDate &date) const
{
    return date.isValid() ? m_locale.toString(date, QStringLiteral("d MMM yyyy")) : QString();
}

QStringList RegisterBuilder::everyMonth() const
{
    QStringList days;
    for (int month = 1; month <= 12; ++month)
        days << day(QDate(2028, month, 28));
    return days;
}

QStringList RegisterBuilder::labels(CodeList list) const
{
    QStringList all;
    for (const QString &code : codes::all(list))
        all << label(list, code);
    return all;
}

QString RegisterBuilder::moment(const QDateTime &when) const
{
    return when.isValid() ? m_locale.toString(when.toUTC(), QStringLiteral("d MMM yyyy HH:mm 'UTC'")) : QString();
}

QString RegisterBuilder::minute(const QDateTime &when) const
{
    return when.isValid() ? m_locale.toString(when.toUTC(), QStringLiteral("d MMM yyyy HH:mm")) : QString();
}

QString RegisterBuilder::yesNo(bool yes) const
{
    return yes ? tr("Yes") : tr("No");
}

QString RegisterBuilder::percent(qint64 part, qint64 whole) const
{
    if (whole <= 0)
        return QStringLiteral("—");
    const QString value = m_locale.toString(100.0 * double(part) / double(whole), 'f', 1);
    return tr("%1%", "a percentage").arg(value);
}

QString RegisterBuilder::periodText() const
{
    if (m_request.from.isValid() && m_request.to.isValid())
        return tr("from %1 to %2").arg(documents::longDate(m_request.from, m_lang), documents::longDate(m_request.to, m_lang));
    if (m_request.from.isValid())
        return tr("from %1").arg(documents::longDate(m_request.from, m_lang));
    if (m_request.to.isValid())
        return tr("until %1").arg(documents::longDate(m_request.to, m_lang));
    return tr("the whole register");
}

QList<std::pair<QString, QString>> RegisterBuilder::controllerItems() const
{
    QStringList dpo{m_org.dpoName, m_org.dpoEmail, m_org.dpoPhone, m_org.dpoAddress};
    dpo.removeAll(QString());
    QStringList representative{m_org.representativeName, m_org.representativeContact};
    representative.removeAll(QString());
    QList<std::pair<QString, QString>> items{
        {tr("Name", "the organization's legal name"), m_org.legalName.isEmpty() ? m_org.name : m_org.legalName},
        {tr("Address"), m_org.address},
        {tr("Registration number"), m_org.registrationNumber},
        {tr("Applicable law"), m_law.isEmpty() ? label(CodeList::Jurisdiction, m_org.jurisdiction) : m_law},
        {tr("Supervisory authority"), m_authority},
        {tr("Data protection officer"), dpo.join(QStringLiteral(", "))},
    };
    if (!representative.isEmpty())
        items.append({tr("Representative (Art. 27)"), representative.join(QStringLiteral(", "))});
    return items;
}

void RegisterBuilder::cover(Report &report, const QList<std::pair<QString, QString>> &extra)
{
    if (!m_law.isEmpty())
        report.cover.subtitle = m_law;
    QList<std::pair<QString, QString>> &d = report.cover.details;
    if (!m_org.legalName.isEmpty() && m_org.legalName != m_org.name)
        d.append({tr("Legal name"), m_org.legalName});
    if (!m_org.dpoName.isEmpty())
        d.append({tr("Data protection officer"),
                  m_org.dpoEmail.isEmpty() ? m_org.dpoName : QStringLiteral("%1 — %2").arg(m_org.dpoName, m_org.dpoEmail)});
    d.append({tr("Drawn up on"), documents::longDate(m_request.asOf, m_lang)});
    d.append(extra);
}

QueryCursor::QueryCursor(Database &db, const QString &sql, const QVariantList &bindings, Mapper map)
    : m_query(db.prepare(sql)), m_map(std::move(map))
{
    m_query.setForwardOnly(true);
    for (const QVariant &value : bindings)
        m_query.addBindValue(value);
    if (!m_query.exec())
        m_problem = Database::sqlError(m_query).message;
}

bool QueryCursor::next(QStringList &row)
{
    if (!m_problem.isEmpty() || !m_query.next())
        return false;
    row = m_map(m_row);
    return true;
}

} // namespace pc::reports
