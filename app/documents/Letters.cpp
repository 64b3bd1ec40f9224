#include "Letters.h"

#include "DocumentText.h"

#include "core/DocumentLanguage.h"
#include "requests/RequestWorkflow.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

// Resources compiled into a static library are registered by hand.
static void initLetterResources()
{
    Q_INIT_RESOURCE(letters);
}

namespace pc {
namespace {

struct LettersText
{
    Q_DECLARE_TR_FUNCTIONS(pc::letters)
};

// The words of the letters, marked for lupdate in this context and translated
// in the letter's language.
constexpr const char *kContext = "pc::documents::Letter";

struct AuthorityText
{
    const char *code;
    const char *name;
    const char *address;
    const char *url;
};

constexpr AuthorityText kAuthorities[] = {
    {"FR",
     QT_TRANSLATE_NOOP("pc::documents::Letter", "the Commission nationale de l'informatique et des libertés (CNIL)"),
     "3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France",
     "https://www.cnil.fr"},
    {"BE",
     QT_TRANSLATE_NOOP("pc::documents::Letter",
                       "the Data Protection Authority (Autorité de protection des données / Gegevensbeschermingsautoriteit)"),
     "Rue de la Presse 35, 1000 Bruxelles, Belgique",
     "https://www.autoriteprotectiondonnees.be"},
    {"ZA",
     QT_TRANSLATE_NOOP("pc::documents::Letter", "the Information Regulator (South Africa)"),
     "Woodmead North Office Park, 54 Maxwell Drive, Woodmead, Johannesburg, 2191, South Africa",
     "https://inforegulator.org.za"},
    {"TN",
     QT_TRANSLATE_NOOP("pc::documents::Letter", "the National Authority for Personal Data Protection (INPDP)"),
     "B.P. 525, 1002 Tunis Belvédère, Tunisie",
     "https://www.inpdp.tn"},
    {"VN",
     QT_TRANSLATE_NOOP("pc::documents::Letter", "the Department of Cybersecurity and High-Tech Crime Prevention (A05) "
                                                "of the Ministry of Public Security"),
     "Bộ Công an, Hà Nội, Việt Nam",
     "https://baovedlcn.gov.vn"},
    {"EU",
     QT_TRANSLATE_NOOP("pc::documents::Letter", "the supervisory authority of the Member State where you live or work"),
     "",
     "https://www.edpb.europa.eu/about-edpb/about-edpb/members_en"},
};

// The law and its articles as a letter cites them, short.
struct Citations
{
    const char *code;
    const char *law;
    const char *response;
    const char *extension;
};

constexpr Citations kCitations[] = {
    {"FR",
     QT_TRANSLATE_NOOP("pc::documents::Letter", "the General Data Protection Regulation (GDPR)"),
     QT_TRANSLATE_NOOP("pc::documents::Letter", "Article 12(3) of the GDPR"),
     QT_TRANSLATE_NOOP("pc::documents::Letter", "Article 12(3) of the GDPR")},
    {"BE",
     QT_TRANSLATE_NOOP("pc::documents::Letter", "the General Data Protection Regulation (GDPR)"),
     QT_TRANSLATE_NOOP("pc::documents::Letter", "Article 12(3) of the GDPR"),
     QT_TRANSLATE_NOOP("pc::documents::Letter", "Article 12(3) of the GDPR")},
    {"EU",
     QT_TRANSLATE_NOOP("pc::documents::Letter", "the General Data Protection Regulation (GDPR)"),
     QT_TRANSLATE_NOOP("pc::documents::Letter", "Article 12(3) of the GDPR"),
     QT_TRANSLATE_NOOP("pc::documents::Letter", "Article 12(3) of the GDPR")},
    {"ZA",
     QT_TRANSLATE_NOOP("pc::documents::Letter", "the Protection of Personal Information Act (POPIA)"),
     QT_TRANSLATE_NOOP("pc::documents::Letter", "section 56 of PAIA, applied by section 23 of POPIA"),
     QT_TRANSLATE_NOOP("pc::documents::Letter", "section 57 of PAIA")},
    {"TN",
     QT_TRANSLATE_NOOP("pc::documents::Letter", "Organic Law No. 2004-63 of 27 July 2004"),
     QT_TRANSLATE_NOOP("pc::documents::Letter", "Article 40 of Organic Law No. 2004-63"),
     QT_TRANSLATE_NOOP("pc::documents::Letter", "Organic Law No. 2004-63")},
    {"VN",
     QT_TRANSLATE_NOOP("pc::documents::Letter", "the Personal Data Protection Law No. 91/2025/QH15"),
     QT_TRANSLATE_NOOP("pc::documents::Letter", "Decree No. 356/2025/ND-CP"),
     QT_TRANSLATE_NOOP("pc::documents::Letter", "Decree No. 356/2025/ND-CP")},
};

const Citations &citationsFor(const QString &jurisdiction)
{
    for (const Citations &c : kCitations) {
        if (jurisdiction == QLatin1String(c.code))
            return c;
    }
    return kCitations[2];
}

constexpr struct
{
    const char *type;
    const char *right;
} kRights[] = {
    {"access", QT_TRANSLATE_NOOP("pc::documents::Letter", "your right of access")},
    {"rectification", QT_TRANSLATE_NOOP("pc::documents::Letter", "your right to rectification")},
    {"erasure", QT_TRANSLATE_NOOP("pc::documents::Letter", "your right to erasure")},
    {"restriction", QT_TRANSLATE_NOOP("pc::documents::Letter", "your right to restriction of processing")},
    {"objection", QT_TRANSLATE_NOOP("pc::documents::Letter", "your right to object")},
    {"portability", QT_TRANSLATE_NOOP("pc::documents::Letter", "your right to data portability")},
    {"consent_withdrawal", QT_TRANSLATE_NOOP("pc::documents::Letter", "your right to withdraw your consent")},
};

const char *subjectOf(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Acknowledgement: return QT_TRANSLATE_NOOP("pc::documents::Letter", "Acknowledgement of your request");
    case LetterKind::IdentityRequest: return QT_TRANSLATE_NOOP("pc::documents::Letter", "Your request: proof of identity");
    case LetterKind::ClarificationRequest:
        return QT_TRANSLATE_NOOP("pc::documents::Letter", "Your request: clarification needed");
    case LetterKind::ExtensionNotice:
        return QT_TRANSLATE_NOOP("pc::documents::Letter", "Your request: extension of the time limit");
    case LetterKind::Answer: return QT_TRANSLATE_NOOP("pc::documents::Letter", "Reply to your request");
    case LetterKind::Refusal: return QT_TRANSLATE_NOOP("pc::documents::Letter", "Your request: our decision");
    }
    return "";
}

QString templateText(const QString &name, const QString &language)
{
    static const bool registered = (initLetterResources(), true);
    Q_UNUSED(registered);
    // A language without letters of its own writes them from the English ones.
    if (language != QLatin1String("en") && !QDir(QStringLiteral(":/letters/%1").arg(language)).exists())
        return templateText(name, QStringLiteral("en"));
    QFile file(QStringLiteral(":/letters/%1/%2.html").arg(language, name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString escaped(const QString &value)
{
    return value.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString longDate(const QDate &date, const QString &language)
{
    return date.isValid() ? documents::longDate(date, language) : QStringLiteral("—");
}

QString joined(const QStringList &items, const DocumentLanguage &language)
{
    if (items.size() < 2)
        return items.join(QString());
    return language.translate("pc::documents::Letter", "%1 and %2", "the last two items of a list")
        .arg(items.mid(0, items.size() - 1).join(QLatin1String(", ")), items.last());
}

QString filled(QString text, const QHash<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(QStringLiteral("{{%1}}").arg(it.key()), it.value());
    return text;
}

} // namespace

Authority authorityFor(const QString &jurisdiction, const QString &language)
{
    for (const AuthorityText &a : kAuthorities) {
        if (jurisdiction == QLatin1String(a.code))
            return {DocumentLanguage(language).translate(kContext, a.name), QString::fromUtf8(a.address),
                    QString::fromLatin1(a.url)};
    }
    return authorityFor(QStringLiteral("EU"), language);
}

QString lawFor(const QString &jurisdiction, const QString &language)
{
    return DocumentLanguage(language).translate(kContext, citationsFor(jurisdiction).law);
}

namespace letters {

QList<LetterKind> allKinds()
{
    return {LetterKind::Acknowledgement, LetterKind::IdentityRequest, LetterKind::ClarificationRequest,
            LetterKind::ExtensionNotice, LetterKind::Answer, LetterKind::Refusal};
}

QString code(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Acknowledgement: return QStringLiteral("acknowledgement");
    case LetterKind::IdentityRequest: return QStringLiteral("identity_request");
    case LetterKind::ClarificationRequest: return QStringLiteral("clarification_request");
    case LetterKind::ExtensionNotice: return QStringLiteral("extension_notice");
    case LetterKind::Answer: return QStringLiteral("answer");
    case LetterKind::Refusal: return QStringLiteral("refusal");
    }
    return {};
}

QString label(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Acknowledgement: return LettersText::tr("Acknowledgement of receipt");
    case LetterKind::IdentityRequest: return LettersText::tr("Request for proof of identity");
    case LetterKind::ClarificationRequest: return LettersText::tr("Request for clarification");
    case LetterKind::ExtensionNotice: return LettersText::tr("Extension notice");
    case LetterKind::Answer: return LettersText::tr("Answer");
    case LetterKind::Refusal: return LettersText::tr("Refusal, with the right to complain");
    }
    return {};
}

LetterKind suggested(const RightsRequest &r)
{
    if (r.status == QLatin1String("refused"))
        return LetterKind::Refusal;
    if (r.status == QLatin1String("answered"))
        return LetterKind::Answer;
    if (r.status == QLatin1String("extended"))
        return LetterKind::ExtensionNotice;
    if (r.status == QLatin1String("identity_check"))
        return LetterKind::IdentityRequest;
    if (r.clarificationRequestedOn.isValid() && !r.clarificationReceivedOn.isValid())
        return LetterKind::ClarificationRequest;
    return LetterKind::Acknowledgement;
}

QString languageFor(const RightsRequest &request, const Organization &organization)
{
    for (const QString &language : {request.language, organization.policyLanguage}) {
        const QString code = language.left(2).toLower();
        if (DocumentLanguage::isAvailable(code))
            return code;
    }
    return QStringLiteral("en");
}

QString compose(LetterKind kind, const LetterInput &in)
{
    const DocumentLanguage language(in.language);
    const QString lang = language.code();
    const RightsRequest &r = in.request;
    const Organization &org = in.organization;
    const Citations &cite = citationsFor(r.jurisdiction);
    const Authority authority = authorityFor(r.jurisdiction, lang);

    QStringList rights;
    for (const auto &right : kRights) {
        if (r.types.contains(QLatin1String(right.type)))
            rights << language.translate(kContext, right.right);
    }
    const QString requester = r.requesterName.trimmed().isEmpty()
        ? language.translate("pc::documents::Letter", "Sir or Madam")
        : r.requesterName.trimmed();
    const QString officer = !in.officerName.trimmed().isEmpty() ? in.officerName.trimmed() : org.dpoName.trimmed();
    const QString officerTitle = r.jurisdiction == QLatin1String("ZA")
        ? language.translate("pc::documents::Letter", "Information Officer")
        : language.translate("pc::documents::Letter", "Data Protection Officer");

    QHash<QString, QString> values{
        {QStringLiteral("requester_name"), escaped(requester)},
        {QStringLiteral("reference"), escaped(r.reference)},
        {QStringLiteral("received_on"), longDate(r.receivedOn, lang)},
        {QStringLiteral("rights"), joined(rights, language)},
        {QStringLiteral("due_on"), longDate(r.dueOn, lang)},
        {QStringLiteral("extended_due_on"), longDate(r.extendedDueOn, lang)},
        {QStringLiteral("extension_reason"), escaped(r.extensionReason)},
        {QStringLiteral("extension_citation"), language.translate(kContext, cite.extension)},
        {QStringLiteral("response_citation"), language.translate(kContext, cite.response)},
        {QStringLiteral("law"), language.translate(kContext, cite.law)},
        {QStringLiteral("identity_documents"),
         language.translate("pc::documents::Letter",
                            "a copy of an identity document (identity card, passport or driving licence)")},
        {QStringLiteral("clarification"), escaped(r.clarification)},
        {QStringLiteral("refusal_reason"), escaped(r.refusalReason)},
        {QStringLiteral("outcome"), escaped(r.outcome)},
        {QStringLiteral("closed_on"), longDate(r.closedOn.isValid() ? r.closedOn : in.date, lang)},
        {QStringLiteral("authority_name"), authority.name.toHtmlEscaped()},
        {QStringLiteral("authority_address"), authority.address.toHtmlEscaped()},
        {QStringLiteral("authority_url"), authority.url.toHtmlEscaped()},
        {QStringLiteral("officer_name"), escaped(officer)},
        {QStringLiteral("officer_title"), officerTitle},
        {QStringLiteral("organization_name"), escaped(org.legalName.isEmpty() ? org.name : org.legalName)},
    };
    if (kind == LetterKind::Answer) {
        QStringList paragraphs;
        for (const QString &type : r.types) {
            const QString paragraph = templateText(QStringLiteral("answer-") + type, lang);
            if (!paragraph.isEmpty())
                paragraphs << filled(paragraph.trimmed(), values);
        }
        values.insert(QStringLiteral("answer_paragraphs"), paragraphs.join(QLatin1Char('\n')));
    }

    // The head: who writes, to whom, when, about what.
    QStringList sender{QStringLiteral("<b>%1</b>").arg(escaped(org.legalName.isEmpty() ? org.name : org.legalName))};
    if (!org.address.trimmed().isEmpty())
        sender << escaped(org.address);
    QStringList contact;
    for (const QString &way : {org.dpoEmail.trimmed(), org.dpoPhone.trimmed()}) {
        if (!way.isEmpty())
            contact << way;
    }
    if (!contact.isEmpty())
        sender << escaped(contact.join(QStringLiteral(" · ")));
    QStringList addressee{escaped(requester)};
    if (!r.requesterAddress.trimmed().isEmpty())
        addressee << escaped(r.requesterAddress);
    else if (!r.requesterEmail.trimmed().isEmpty())
        addressee << escaped(r.requesterEmail);
    const QString dated = language.translate("pc::documents::Letter", "%1", "the date of the letter, under the addressee")
                              .arg(longDate(in.date, lang));
    QString head;
    head += QStringLiteral("<p>%1</p>\n").arg(sender.join(QLatin1String("<br>")));
    head += QStringLiteral("<p align=\"right\">%1</p>\n").arg(addressee.join(QLatin1String("<br>")));
    head += QStringLiteral("<p align=\"right\">%1</p>\n").arg(dated);
    head += QStringLiteral("<p><b>%1%2</b><br>%3%4</p>\n")
                .arg(language.translate("pc::documents::Letter", "Re: "), language.translate(kContext, subjectOf(kind)),
                     language.translate("pc::documents::Letter", "Our reference: "), escaped(r.reference));
    return head + filled(templateText(code(kind), lang), values);
}

QString fileName(LetterKind kind, const LetterInput &input)
{
    QString reference = input.request.reference;
    reference.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return QStringLiteral("%1-%2-%3.pdf").arg(reference, code(kind), input.language);
}

Result<RowId> attach(Database &db, const RightsRequest &request, LetterKind kind, const QString &name,
                     const QByteArray &pdf)
{
    if (pdf.isEmpty())
        return Error{LettersText::tr("The letter could not be laid out as a PDF.")};
    return RequestWorkflow::attachReply(db, request, name, QStringLiteral("application/pdf"), pdf,
                                        QStringLiteral("letter"), label(kind) + QStringLiteral(" — ") + name);
}

} // namespace letters
} // namespace pc
