#include "Letters.h"

#include "DocumentText.h"

#include "requests/RequestWorkflow.h"
#include "storage/Database.h"

#include <QCoreApplication>
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

using documents::Phrase;

struct AuthorityText
{
    const char *code;
    Phrase name;
    const char *address;
    const char *url;
};

constexpr AuthorityText kAuthorities[] = {
    {"FR",
     {"the Commission nationale de l'informatique et des libertés (CNIL)",
      "la Commission nationale de l’informatique et des libertés (CNIL)"},
     "3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, France",
     "https://www.cnil.fr"},
    {"BE",
     {"the Data Protection Authority (Autorité de protection des données / Gegevensbeschermingsautoriteit)",
      "l’Autorité de protection des données (APD)"},
     "Rue de la Presse 35, 1000 Bruxelles, Belgique",
     "https://www.autoriteprotectiondonnees.be"},
    {"ZA",
     {"the Information Regulator (South Africa)", "l’Information Regulator (Afrique du Sud)"},
     "Woodmead North Office Park, 54 Maxwell Drive, Woodmead, Johannesburg, 2191, South Africa",
     "https://inforegulator.org.za"},
    {"TN",
     {"the National Authority for Personal Data Protection (INPDP)",
      "l’Instance nationale de protection des données personnelles (INPDP)"},
     "B.P. 525, 1002 Tunis Belvédère, Tunisie",
     "https://www.inpdp.tn"},
    {"VN",
     {"the Department of Cybersecurity and High-Tech Crime Prevention (A05) of the Ministry of Public Security",
      "le Département de la cybersécurité et de la prévention de la criminalité de haute technologie (A05) du "
      "ministère de la Sécurité publique"},
     "Bộ Công an, Hà Nội, Việt Nam",
     "https://baovedlcn.gov.vn"},
    {"EU",
     {"the supervisory authority of the Member State where you live or work",
      "l’autorité de contrôle de l’État membre où vous résidez ou travaillez"},
     "",
     "https://www.edpb.europa.eu/about-edpb/about-edpb/members_en"},
};

// The law and its articles as a letter cites them, short.
struct Citations
{
    const char *code;
    Phrase law;
    Phrase response;
    Phrase extension;
};

constexpr Citations kCitations[] = {
    {"FR",
     {"the General Data Protection Regulation (GDPR)", "le règlement général sur la protection des données (RGPD)"},
     {"Article 12(3) of the GDPR", "article 12, paragraphe 3, du RGPD"},
     {"Article 12(3) of the GDPR", "article 12, paragraphe 3, du RGPD"}},
    {"BE",
     {"the General Data Protection Regulation (GDPR)", "le règlement général sur la protection des données (RGPD)"},
     {"Article 12(3) of the GDPR", "article 12, paragraphe 3, du RGPD"},
     {"Article 12(3) of the GDPR", "article 12, paragraphe 3, du RGPD"}},
    {"EU",
     {"the General Data Protection Regulation (GDPR)", "le règlement général sur la protection des données (RGPD)"},
     {"Article 12(3) of the GDPR", "article 12, paragraphe 3, du RGPD"},
     {"Article 12(3) of the GDPR", "article 12, paragraphe 3, du RGPD"}},
    {"ZA",
     {"the Protection of Personal Information Act (POPIA)", "la loi sud-africaine sur la protection des informations "
                                                            "personnelles (POPIA)"},
     {"section 56 of PAIA, applied by section 23 of POPIA", "article 56 de la PAIA, applicable en vertu de l’article 23 "
                                                            "de la POPIA"},
     {"section 57 of PAIA", "article 57 de la PAIA"}},
    {"TN",
     {"Organic Law No. 2004-63 of 27 July 2004", "la loi organique n° 2004-63 du 27 juillet 2004"},
     {"Article 40 of Organic Law No. 2004-63", "article 40 de la loi organique n° 2004-63"},
     {"Organic Law No. 2004-63", "loi organique n° 2004-63"}},
    {"VN",
     {"the Personal Data Protection Law No. 91/2025/QH15", "la loi n° 91/2025/QH15 sur la protection des données "
                                                           "personnelles"},
     {"Decree No. 356/2025/ND-CP", "décret n° 356/2025/ND-CP"},
     {"Decree No. 356/2025/ND-CP", "décret n° 356/2025/ND-CP"}},
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
    Phrase right;
} kRights[] = {
    {"access", {"your right of access", "votre droit d’accès"}},
    {"rectification", {"your right to rectification", "votre droit de rectification"}},
    {"erasure", {"your right to erasure", "votre droit à l’effacement"}},
    {"restriction", {"your right to restriction of processing", "votre droit à la limitation du traitement"}},
    {"objection", {"your right to object", "votre droit d’opposition"}},
    {"portability", {"your right to data portability", "votre droit à la portabilité"}},
    {"consent_withdrawal", {"your right to withdraw your consent", "votre droit de retirer votre consentement"}},
};

Phrase subjectOf(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Acknowledgement: return {"Acknowledgement of your request", "Accusé de réception de votre demande"};
    case LetterKind::IdentityRequest: return {"Your request: proof of identity", "Votre demande : justificatif d’identité"};
    case LetterKind::ClarificationRequest:
        return {"Your request: clarification needed", "Votre demande : précisions nécessaires"};
    case LetterKind::ExtensionNotice:
        return {"Your request: extension of the time limit", "Votre demande : prolongation du délai de réponse"};
    case LetterKind::Answer: return {"Reply to your request", "Réponse à votre demande"};
    case LetterKind::Refusal: return {"Your request: our decision", "Votre demande : notre décision"};
    }
    return {"", ""};
}

QString templateText(const QString &name, const QString &language)
{
    static const bool registered = (initLetterResources(), true);
    Q_UNUSED(registered);
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

QString joined(const QStringList &items, const QString &language)
{
    if (items.size() < 2)
        return items.join(QString());
    return items.mid(0, items.size() - 1).join(QLatin1String(", "))
        + (language == QLatin1String("fr") ? QLatin1String(" et ") : QLatin1String(" and ")) + items.last();
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
            return {a.name.in(language), QString::fromUtf8(a.address), QString::fromLatin1(a.url)};
    }
    return authorityFor(QStringLiteral("EU"), language);
}

QString lawFor(const QString &jurisdiction, const QString &language)
{
    return citationsFor(jurisdiction).law.in(language);
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
        if (code == QLatin1String("fr") || code == QLatin1String("en"))
            return code;
    }
    return QStringLiteral("en");
}

QString compose(LetterKind kind, const LetterInput &in)
{
    const QString lang = in.language == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en");
    const RightsRequest &r = in.request;
    const Organization &org = in.organization;
    const Citations &cite = citationsFor(r.jurisdiction);
    const Authority authority = authorityFor(r.jurisdiction, lang);

    QStringList rights;
    for (const auto &right : kRights) {
        if (r.types.contains(QLatin1String(right.type)))
            rights << right.right.in(lang);
    }
    const QString requester = r.requesterName.trimmed().isEmpty()
        ? Phrase{"Sir or Madam", "Madame, Monsieur"}.in(lang)
        : r.requesterName.trimmed();
    const QString officer = !in.officerName.trimmed().isEmpty() ? in.officerName.trimmed() : org.dpoName.trimmed();
    const QString officerTitle = r.jurisdiction == QLatin1String("ZA")
        ? Phrase{"Information Officer", "Responsable de l’information (Information Officer)"}.in(lang)
        : Phrase{"Data Protection Officer", "Délégué à la protection des données"}.in(lang);

    QHash<QString, QString> values{
        {QStringLiteral("requester_name"), escaped(requester)},
        {QStringLiteral("reference"), escaped(r.reference)},
        {QStringLiteral("received_on"), longDate(r.receivedOn, lang)},
        {QStringLiteral("rights"), joined(rights, lang)},
        {QStringLiteral("due_on"), longDate(r.dueOn, lang)},
        {QStringLiteral("extended_due_on"), longDate(r.extendedDueOn, lang)},
        {QStringLiteral("extension_reason"), escaped(r.extensionReason)},
        {QStringLiteral("extension_citation"), cite.extension.in(lang)},
        {QStringLiteral("response_citation"), cite.response.in(lang)},
        {QStringLiteral("law"), cite.law.in(lang)},
        {QStringLiteral("identity_documents"),
         Phrase{"a copy of an identity document (identity card, passport or driving licence)",
                "une copie d’une pièce d’identité (carte d’identité, passeport ou permis de conduire)"}
             .in(lang)},
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
    const QString dated = lang == QLatin1String("fr") ? QStringLiteral("Le %1").arg(longDate(in.date, lang))
                                                      : longDate(in.date, lang);
    QString head;
    head += QStringLiteral("<p>%1</p>\n").arg(sender.join(QLatin1String("<br>")));
    head += QStringLiteral("<p align=\"right\">%1</p>\n").arg(addressee.join(QLatin1String("<br>")));
    head += QStringLiteral("<p align=\"right\">%1</p>\n").arg(dated);
    head += QStringLiteral("<p><b>%1%2</b><br>%3%4</p>\n")
                .arg(Phrase{"Re: ", "Objet\u00a0: "}.in(lang), subjectOf(kind).in(lang),
                     Phrase{"Our reference: ", "Notre référence\u00a0: "}.in(lang), escaped(r.reference));
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
