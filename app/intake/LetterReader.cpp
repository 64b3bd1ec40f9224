#include "LetterReader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace pc::intake {
namespace {

struct LetterText
{
    Q_DECLARE_TR_FUNCTIONS(pc::intake::LetterReader)
};

// The text lower-cased and without accents, character for character, so
// that what is found in it is at the same place in the letter.
QString folded(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        QChar c = out.at(i);
        if (c.unicode() >= 0x80) {
            if (c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC))
                c = QLatin1Char('\'');
            else if (c == QChar(0x0153))
                c = QLatin1Char('o');
            else if (c == QChar(0x00E6))
                c = QLatin1Char('a');
            else if (c == QChar(0x00A0) || c == QChar(0x202F))
                c = QLatin1Char(' ');
            else if (c == QChar(0x2010) || c == QChar(0x2011) || c == QChar(0x2013))
                c = QLatin1Char('-');
            else {
                const QString decomposed = c.decomposition();
                if (!decomposed.isEmpty() && c.decompositionTag() == QChar::Canonical)
                    c = decomposed.at(0);
            }
        }
        out[i] = c.toLower();
    }
    return out;
}

QRegularExpression pattern(const char *expression)
{
    return QRegularExpression(QString::fromUtf8(expression),
                              QRegularExpression::MultilineOption | QRegularExpression::UseUnicodePropertiesOption);
}

struct RightPattern
{
    const char *type;
    const char *expression; // on the folded text
    int weight;
};

// What people write when they ask for a right, in French and in English.
const RightPattern kRightPatterns[] = {
    {"access", R"(\b(?:subject )?access request\b|\brequest(?:ing)? (?:for )?access\b|\bright (?:of|to) access\b|\baccess to (?:all )?(?:of )?my (?:personal )?(?:data|information)\b|\b(?:a )?copy of (?:all )?(?:of )?(?:the |my )(?:personal )?(?:data|information) (?:you|that you|which you)\b)", 85},
    {"access", R"(\bdemande d'acces\b|\bdroit d'acces\b|\bacces a (?:l'ensemble de |toutes )?mes donnees\b|\bcommuniquer (?:l'ensemble des |toutes les )?donnees (?:personnelles )?(?:me concernant|que vous detenez)\b|\bcopie de (?:l'ensemble de |toutes )?mes donnees\b)", 85},
    {"rectification", R"(\brectif(?:y|ication)\b|\bcorrect(?:ion of)? (?:my|the) (?:inaccurate |incorrect |wrong )?(?:personal )?(?:data|details|information|address|name)\b|\bupdate my (?:address|details|personal data|name)\b)", 80},
    {"rectification", R"(\brectifi(?:er|cation)\b|\bcorriger (?:mes|les) (?:donnees|informations|coordonnees)\b|\bmettre a jour mes (?:donnees|coordonnees|informations)\b)", 80},
    {"erasure", R"(\beras(?:e|ure)\b|\bdelet(?:e|ion) (?:of )?(?:all )?(?:of )?(?:my|the) (?:personal )?(?:data|information|account|details)\b|\bright to be forgotten\b|\bremove (?:all )?(?:of )?my (?:personal )?(?:data|information|details)\b)", 85},
    {"erasure", R"(\b(?:demande de )?suppression (?:de |immediate de )?(?:toutes )?(?:mes|des|de mes) (?:donnees|informations|coordonnees)\b|\bdemande de suppression\b|\bsupprimer (?:toutes )?(?:mes|les) donnees\b|\beffac(?:er|ement) (?:de )?(?:toutes )?(?:mes|des) donnees\b|\bdroit a l'(?:oubli|effacement)\b)", 85},
    {"restriction", R"(\brestrict(?:ion of|ing)? (?:the )?processing\b|\bright to restriction\b)", 80},
    {"restriction", R"(\blimit(?:ation|er) (?:du |le )?traitement\b|\bdroit a la limitation\b)", 80},
    {"objection", R"(\bi (?:hereby )?object to\b|\bi am (?:hereby )?objecting to\b|\bobject(?:ing)? to (?:the |any |all )?(?:further )?processing\b|\bright to object\b|\bopt(?: |-)?out of (?:direct )?marketing\b)", 80},
    {"objection", R"(\bje m'oppose\b|\bje (?:vous )?(?:fais|forme) opposition\b|\bdroit d'opposition\b|\bm'opposer (?:a|au) (?:ce |tout |du )?traitement\b|\bje rejette le traitement\b|\bopposition au traitement\b)", 80},
    {"portability", R"(\bportab(?:le|ility)\b|\bmachine-readable format\b|\btransmit(?:ted)? (?:my (?:personal )?data )?(?:directly )?to another (?:controller|provider|company)\b)", 85},
    {"portability", R"(\bportabilite\b|\bformat (?:structure|lisible par (?:une )?machine)\b)", 85},
    {"consent_withdrawal", R"(\bwithdraw(?:ing|al of)? (?:my |said |this |the |that )?consent\b|\brevok(?:e|ing) (?:my )?consent\b)", 85},
    {"consent_withdrawal", R"(\bretir(?:e|er|ons) (?:ce|mon|le|cet) consentement\b|\bretrait (?:de |du )?(?:mon )?consentement\b|\brevoqu(?:e|er) (?:mon )?consentement\b)", 85},
};

// A right named by the article of the GDPR that grants it.
QString rightOfArticle(int article)
{
    switch (article) {
    case 15: return QStringLiteral("access");
    case 16: return QStringLiteral("rectification");
    case 17: return QStringLiteral("erasure");
    case 18: return QStringLiteral("restriction");
    case 20: return QStringLiteral("portability");
    case 21: return QStringLiteral("objection");
    default: return {};
    }
}

const char *const kFrenchWords[] = {"le", "la", "les", "des", "de", "du", "je", "vous", "mes", "donnees", "demande",
                                    "et", "pour", "conformement", "veuillez", "une", "est", "sur", "dans", "votre"};
const char *const kEnglishWords[] = {"the", "of", "and", "to", "my", "you", "data", "request", "please", "i",
                                     "am", "your", "is", "with", "for", "that", "this", "have", "any", "in"};

ReadValue readLanguage(const QString &fold)
{
    static const QRegularExpression word(QStringLiteral("[a-z']+"));
    int french = 0;
    int english = 0;
    auto it = word.globalMatch(fold);
    while (it.hasNext()) {
        const QString w = it.next().captured();
        for (const char *f : kFrenchWords)
            french += w == QLatin1String(f) ? 1 : 0;
        for (const char *e : kEnglishWords)
            english += w == QLatin1String(e) ? 1 : 0;
    }
    if (french + english < 3)
        return {};
    ReadValue language;
    language.value = french >= english ? QStringLiteral("fr") : QStringLiteral("en");
    language.confidence = std::min(99, 50 + 50 * std::abs(french - english) / (french + english));
    if (language.confidence < kSureConfidence)
        language.doubt = LetterText::tr("The letter mixes French and English words.");
    return language;
}

// Labels of the fields of request-letter templates.
const QRegularExpression &labelPattern()
{
    static const QRegularExpression label = pattern(
        R"(^[ \t]*(name|full name|your name|nom(?: et prenom| complet| et prenoms)?|prenom et nom|nom, prenom|street/address|street address|address|street|adresse(?: postale)?|rue, adresse|zip, city|postcode, city|post code, city|code postal, ville|city|ville|country|pays|e-?mail(?: address)?|courriel|adresse (?:e-?mail|electronique)|phone number|phone|telephone|numero de telephone|date|company name|company|denomination de la societe|societe|entreprise)[ \t]*:[ \t]*(.*)$)");
    return label;
}

enum class Label { Name, Street, City, Country, Email, Phone, Date, Company, Other };

Label labelKind(const QString &label)
{
    if (label.contains(QLatin1String("compan")) || label.contains(QLatin1String("societe"))
        || label.contains(QLatin1String("entreprise")))
        return Label::Company;
    if (label.contains(QLatin1String("nom")) || label.contains(QLatin1String("name")))
        return Label::Name;
    if (label.contains(QLatin1String("mail")) || label.contains(QLatin1String("courriel"))
        || label.contains(QLatin1String("electronique")))
        return Label::Email;
    if (label.contains(QLatin1String("phone")) || label.contains(QLatin1String("telephone")))
        return Label::Phone;
    if (label.contains(QLatin1String("city")) || label.contains(QLatin1String("ville"))
        || label.contains(QLatin1String("code")))
        return Label::City;
    if (label == QLatin1String("country") || label == QLatin1String("pays"))
        return Label::Country;
    if (label == QLatin1String("date"))
        return Label::Date;
    if (label.contains(QLatin1String("addr")) || label.startsWith(QLatin1String("adresse"))
        || label.contains(QLatin1String("street")) || label.contains(QLatin1String("rue")))
        return Label::Street;
    return Label::Other;
}

// A template's blank: dots, underscores, brackets.
bool isBlank(const QString &value)
{
    static const QRegularExpression blank(QStringLiteral(R"(^[\s.…_\-\[\]()*]*$)"));
    return blank.match(value).hasMatch();
}

struct LabelledValue
{
    Label kind;
    QString value;
    SourceSpan source;
    int line;
};

QList<LabelledValue> labelledValues(const QString &text, const QString &fold)
{
    QList<LabelledValue> values;
    auto it = labelPattern().globalMatch(fold);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = m.capturedStart(2);
        const QString value = text.mid(start, m.capturedLength(2)).trimmed();
        LabelledValue found{labelKind(m.captured(1)), value, {}, int(fold.left(m.capturedStart()).count(QLatin1Char('\n')))};
        if (!isBlank(value))
            found.source = {text.indexOf(value, start), value.size()};
        values << found;
    }
    return values;
}

const QRegularExpression &emailPattern()
{
    static const QRegularExpression email(QStringLiteral(R"([A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,})"));
    return email;
}

// Mailboxes a company answers from, not a person's.
bool isRoleMailbox(const QString &email)
{
    static const QRegularExpression role(
        QStringLiteral(R"(^(?:dpo|dpd|privacy|gdpr|rgpd|contact|info|support|compliance|legal|juridique|donnees|data|rh|hr|noreply|no-reply)[@.])"),
        QRegularExpression::CaseInsensitiveOption);
    return role.match(email).hasMatch();
}

// Words that a line naming a person does not contain.
bool looksLikeName(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.size() < 4 || trimmed.size() > 60)
        return false;
    static const QRegularExpression shape(
        QStringLiteral(R"(^(?:(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Me)\s+)?[\p{Lu}][\p{L}'’\-]+(?:\s+(?:de|du|des|del|della|van|von|der|den|le|la|da|dos|ben|bin|el|al|[\p{Lu}][\p{L}'’\-.]*)){1,4}$)"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (!shape.match(trimmed).hasMatch())
        return false;
    static const QRegularExpression notAName(
        QStringLiteral(R"(\b(?:objet|subject|re|madame|monsieur|dear|sir|data|donnees|protection|request|demande|service|officer|delegue|ltd|limited|sarl|sas|sa|inc|gmbh|llc|plc|pty|company|societe|department|departement|street|road|rue|avenue|boulevard|personal|personnelles|whom|concern|regards|sincerely|faithfully|salutations|cordialement|attention)\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return !notAName.match(folded(trimmed)).hasMatch();
}

const QRegularExpression &closingPattern()
{
    static const QRegularExpression closing = pattern(
        R"(^[ \t]*(?:yours (?:sincerely|faithfully|truly)|(?:kind |best |warm )?regards|best wishes|sincerely(?: yours)?|(?:bien |tres )?sinceres salutations|(?:bien )?cordialement|bien a vous|respectueusement|avec mes (?:salutations|remerciements)[^\n]*|veuillez agreer[^\n]*|je vous prie d'agreer[^\n]*|dans l'attente de votre reponse[^\n]*)[ \t,.]*$)");
    return closing;
}

bool beginsWithDigit(const QString &line)
{
    const QString text = line.trimmed();
    return !text.isEmpty() && text.at(0).isDigit();
}

struct Line
{
    qsizetype start;
    QString text;
};

QList<Line> linesOf(const QString &text)
{
    QList<Line> lines;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        const qsizetype form = text.indexOf(QLatin1Char('\f'), start);
        if (form >= 0 && (end < 0 || form < end))
            end = form;
        if (end < 0)
            end = text.size();
        lines << Line{start, text.mid(start, end - start)};
        start = end + 1;
    }
    return lines;
}

ReadValue valueAt(const QString &text, qsizetype offset, qsizetype length, int confidence)
{
    ReadValue value;
    value.value = text.mid(offset, length).trimmed();
    value.confidence = confidence;
    value.source = {text.indexOf(value.value, offset), value.value.size()};
    return value;
}

// ---- dates ----

int monthOf(const QString &name)
{
    static const char *const kMonths[][4] = {
        {"janvier", "january", "jan", nullptr},   {"fevrier", "february", "feb", "fev"},
        {"mars", "march", "mar", nullptr},        {"avril", "april", "apr", "avr"},
        {"mai", "may", nullptr, nullptr},         {"juin", "june", "jun", nullptr},
        {"juillet", "july", "jul", "juil"},       {"aout", "august", "aug", nullptr},
        {"septembre", "september", "sep", "sept"}, {"octobre", "october", "oct", nullptr},
        {"novembre", "november", "nov", nullptr}, {"decembre", "december", "dec", nullptr},
    };
    const QString n = name.endsWith(QLatin1Char('.')) ? name.chopped(1) : name;
    for (int m = 0; m < 12; ++m) {
        for (const char *form : kMonths[m]) {
            if (form && n == QLatin1String(form))
                return m + 1;
        }
    }
    return 0;
}

struct DateFound
{
    QDate date;
    SourceSpan source;
    int score = 0;
};

QList<DateFound> datesIn(const QString &fold, const QString &language)
{
    static const QString months = QStringLiteral(
        "janvier|fevrier|fev\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?|aout|septembre|sept\\.?|octobre|oct\\.?|"
        "novembre|nov\\.?|decembre|dec\\.?|january|jan\\.?|february|feb\\.?|march|mar\\.?|april|apr\\.?|may|june|jun\\.?|"
        "july|jul\\.?|august|aug\\.?|september|sep\\.?|october|november|december");
    static const QRegularExpression dayMonthYear(
        QStringLiteral(R"(\b(\d{1,2})(?:er|st|nd|rd|th)?\s+(%1)\s+(\d{4})\b)").arg(months));
    static const QRegularExpression monthDayYear(QStringLiteral(R"(\b(%1)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b)").arg(months));
    static const QRegularExpression numeric(QStringLiteral(R"(\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\b)"));
    static const QRegularExpression iso(QStringLiteral(R"(\b(\d{4})-(\d{2})-(\d{2})\b)"));
    QList<DateFound> found;
    auto add = [&](const QRegularExpressionMatch &m, int year, int month, int day) {
        const QDate date(year, month, day);
        if (date.isValid())
            found << DateFound{date, {m.capturedStart(), m.capturedLength()}, 0};
    };
    for (auto it = dayMonthYear.globalMatch(fold); it.hasNext();) {
        const auto m = it.next();
        add(m, m.captured(3).toInt(), monthOf(m.captured(2)), m.captured(1).toInt());
    }
    for (auto it = monthDayYear.globalMatch(fold); it.hasNext();) {
        const auto m = it.next();
        add(m, m.captured(3).toInt(), monthOf(m.captured(1)), m.captured(2).toInt());
    }
    for (auto it = numeric.globalMatch(fold); it.hasNext();) {
        const auto m = it.next();
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        // Day first in French and British usage; month first only when the day cannot be.
        const bool monthFirst = language == QLatin1String("en") && a <= 12 && b > 12;
        add(m, m.captured(3).toInt(), monthFirst ? a : b, monthFirst ? b : a);
    }
    for (auto it = iso.globalMatch(fold); it.hasNext();) {
        const auto m = it.next();
        add(m, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    return found;
}

} // namespace

QStringList LetterFacts::types() const
{
    QStringList list;
    for (const RequestedRight &right : rights)
        list << right.type;
    return list;
}

namespace {

// One letter being read: its text, the same folded for matching (no
// accents, small letters), its lines, and what one part of the reading
// tells the next (where the sender's block starts, the company's label).
class LetterReading
{
public:
    explicit LetterReading(const QString &text)
        : m_text(text)
        , m_fold(folded(text))
        , m_lines(linesOf(text))
    {
    }

    const QString &fold() const { return m_fold; }

    // The rights asked for, by their words or their article, in the order of the code list.
    void readRights(LetterFacts &facts) const
    {
        for (const RightPattern &rule : kRightPatterns) {
            const QString type = QString::fromLatin1(rule.type);
            const QRegularExpressionMatch m = pattern(rule.expression).match(m_fold);
            if (!m.hasMatch())
                continue;
            int confidence = rule.weight;
            // A short line near the top is the letter's subject.
            const Line &line = m_lines.at(indexAt(m.capturedStart()));
            if (line.text.trimmed().size() < 90 && m.capturedStart() < m_fold.size() / 3)
                confidence += 10;
            auto existing = std::find_if(facts.rights.begin(), facts.rights.end(),
                                         [&](const RequestedRight &r) { return r.type == type; });
            if (existing == facts.rights.end())
                facts.rights << RequestedRight{type, confidence, {m.capturedStart(), m.capturedLength()}};
            else if (confidence > existing->confidence)
                *existing = RequestedRight{type, confidence, {m.capturedStart(), m.capturedLength()}};
        }
        static const QRegularExpression article(
            QStringLiteral(R"(\bart(?:icle|\.)?\s*(\d{1,2})\b(?!\s*(?:\(\d+\)|,?\s*paragraphe|§)))"));
        for (auto it = article.globalMatch(m_fold); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString type = rightOfArticle(m.captured(1).toInt());
            if (type.isEmpty())
                continue;
            auto existing = std::find_if(facts.rights.begin(), facts.rights.end(),
                                         [&](const RequestedRight &r) { return r.type == type; });
            if (existing == facts.rights.end())
                facts.rights << RequestedRight{type, 60, {m.capturedStart(), m.capturedLength()}};
            else
                existing->confidence = std::min(99, existing->confidence + 5);
        }
        // In the order of the code list.
        static const QStringList kOrder{QStringLiteral("access"),      QStringLiteral("rectification"),
                                        QStringLiteral("erasure"),     QStringLiteral("restriction"),
                                        QStringLiteral("objection"),   QStringLiteral("portability"),
                                        QStringLiteral("consent_withdrawal")};
        std::sort(facts.rights.begin(), facts.rights.end(), [](const RequestedRight &a, const RequestedRight &b) {
            return kOrder.indexOf(a.type) < kOrder.indexOf(b.type);
        });
    }

    // A template's fields ("Nom :", "Adresse :"): the requester's come after the name.
    void readLabelledFields(LetterFacts &facts)
    {
        const QList<LabelledValue> labelled = labelledValues(m_text, m_fold);
        int nameLine = -1;
        for (const LabelledValue &v : labelled) {
            if (v.kind == Label::Name) {
                nameLine = v.line;
                if (!isBlank(v.value) && facts.name.isEmpty())
                    facts.name = {v.value, 95, v.source};
                break;
            }
        }
        QStringList addressParts;
        SourceSpan addressSource;
        for (const LabelledValue &v : labelled) {
            const bool requesterPart = nameLine >= 0 && v.line >= nameLine;
            if (isBlank(v.value))
                continue;
            switch (v.kind) {
            case Label::Street:
            case Label::City:
            case Label::Country:
                if (requesterPart) {
                    addressParts << v.value;
                    if (!addressSource.isValid())
                        addressSource = v.source;
                    else
                        addressSource.length = v.source.offset + v.source.length - addressSource.offset;
                }
                break;
            case Label::Email:
                if (facts.email.isEmpty() && emailPattern().match(v.value).hasMatch()) {
                    const auto m = emailPattern().match(v.value);
                    facts.email = {m.captured(), 95, {v.source.offset + m.capturedStart(), m.capturedLength()}};
                }
                break;
            case Label::Company:
                if (m_companyLabel.isEmpty()) {
                    m_companyLabel = v.value;
                    m_companySource = v.source;
                }
                break;
            default:
                break;
            }
        }
        if (!addressParts.isEmpty())
            facts.address = {addressParts.join(QStringLiteral(", ")), 90, addressSource};
    }

    // Free prose: the sender's block at the top, the signature at the end,
    // "Je soussigné(e) …". Every source is read; the first found gives the
    // name, and one that names someone else makes it doubtful.
    void readProse(LetterFacts &facts)
    {
        while (m_firstLine < m_lines.size() && m_lines.at(m_firstLine).text.trimmed().isEmpty())
            ++m_firstLine;
        const ReadValue sender = topName();
        if (facts.name.isEmpty() && !sender.isEmpty()) {
            facts.name = sender;
            if (facts.address.isEmpty())
                facts.address = addressFrom(m_firstLine + 1);
        }
        // No name at the top, but a street: the sender's address all the same.
        if (sender.isEmpty() && facts.address.isEmpty() && m_firstLine < m_lines.size()
            && beginsWithDigit(m_lines.at(m_firstLine).text))
            facts.address = addressFrom(m_firstLine);
        const ReadValue signature = signatureName();
        const ReadValue introduced = introducedName();
        for (const ReadValue &other : {signature, introduced}) {
            if (facts.name.isEmpty())
                facts.name = other;
        }
        // Sources that disagree are said to: the officer chooses.
        for (const ReadValue &other : {sender, signature, introduced}) {
            if (!other.isEmpty() && !namesAgree(other.value, facts.name.value))
                facts.name.doubtBecause(LetterText::tr("The letter also names %1.").arg(other.value.simplified()));
        }
        if (facts.email.isEmpty()) {
            for (auto it = emailPattern().globalMatch(m_text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                if (isRoleMailbox(m.captured()))
                    continue;
                const bool top = indexAt(m.capturedStart()) <= m_firstLine + 6;
                facts.email = {m.captured(), top ? 90 : 70, {m.capturedStart(), m.capturedLength()}};
                break;
            }
        }
        if (facts.email.isEmpty()) {
            // An address broken at the end of a line, after its "@" (OCR may
            // put a blank line between the two parts).
            static const QRegularExpression broken(
                QStringLiteral(R"(([A-Za-z0-9._%+\-]+@)[ \t]*\n(?:[ \t]*\n)?[ \t]*([A-Za-z0-9.\-]+\.[A-Za-z]{2,}))"));
            for (auto it = broken.globalMatch(m_text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const QString address = m.captured(1) + m.captured(2);
                if (isRoleMailbox(address))
                    continue;
                facts.email = {address, 75, {m.capturedStart(), m.capturedLength()}};
                break;
            }
        }
    }

    // The name and the address's local part vouch for each other: an
    // address that shares no part of the name (a segment of it lost to the
    // reading, or someone else's) is doubtful, however clearly it was read.
    // The same address written elsewhere in the letter (above and under
    // the signature, say) and read whole there: where the one taken lost
    // its first segments, the longer reading ending with it, on the same
    // domain and holding more of the name, takes its place.
    void preferWholeAddress(LetterFacts &facts) const
    {
        if (facts.email.isEmpty() || facts.name.isEmpty())
            return;
        const QString local = facts.email.value.section(QLatin1Char('@'), 0, 0);
        const QString domain = facts.email.value.section(QLatin1Char('@'), 1);
        int best = namePartsInAddress(facts.email.value, facts.name.value).first;
        for (auto it = emailPattern().globalMatch(m_text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString other = m.captured();
            const QString otherLocal = other.section(QLatin1Char('@'), 0, 0);
            if (otherLocal.size() <= local.size() || !otherLocal.endsWith(local, Qt::CaseInsensitive)
                || other.section(QLatin1Char('@'), 1).compare(domain, Qt::CaseInsensitive) != 0)
                continue;
            const int parts = namePartsInAddress(other, facts.name.value).first;
            if (parts <= best)
                continue;
            best = parts;
            facts.email.value = other;
            facts.email.source = {m.capturedStart(), m.capturedLength()};
        }
    }

    static void weighEmailAgainstName(LetterFacts &facts)
    {
        if (facts.email.isEmpty() || facts.name.isEmpty())
            return;
        if (namePartsInAddress(facts.email.value, facts.name.value).first == 0)
            facts.email.doubtBecause(LetterText::tr("The address shares no part of the name %1: a part of it may have "
                                                    "been lost in reading, or it may be someone else's.")
                                         .arg(facts.name.value.simplified()));
    }

    // The first line of the letter, when it is a name (the sender's block).
    ReadValue topName() const
    {
        if (m_firstLine >= m_lines.size() || !looksLikeName(m_lines.at(m_firstLine).text))
            return {};
        const Line &top = m_lines.at(m_firstLine);
        return valueAt(m_text, top.start, top.text.size(), 80);
    }

    // The sender's postal address from line `first` on: its lines up to
    // the postcode and town (the blank lines OCR leaves before a street or
    // a town skipped), and a country right under them; none when they hold
    // no number. Stops at an e-mail, a telephone, a label or a date.
    ReadValue addressFrom(int first) const
    {
        static const QRegularExpression stop(QStringLiteral(R"(^(?:t[ée]l|tel|phone|mobile|\+?\d[\d .]{8,}$)|:|\d{1,2}[ /.-]\d{1,2}[ /.-]\d{2,4}|\b(?:19|20)\d\d\s*$)"),
                                             QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression town(QStringLiteral(R"(^\d{4,5}\s+\p{L}|^\p{L}[\p{L} .'\-]*\s\d{4,5}$|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b)"),
                                             QRegularExpression::UseUnicodePropertiesOption);
        QStringList parts;
        SourceSpan source;
        bool townRead = false;
        for (int i = first; i < m_lines.size() && parts.size() < 5; ++i) {
            const QString line = m_lines.at(i).text.trimmed();
            if (line.isEmpty()) {
                // Skipped only before a street or the postcode and town.
                int next = i + 1;
                while (next < m_lines.size() && m_lines.at(next).text.trimmed().isEmpty())
                    ++next;
                if (townRead || next >= m_lines.size()
                    || !(beginsWithDigit(m_lines.at(next).text) || town.match(m_lines.at(next).text.trimmed()).hasMatch()))
                    break;
                i = next - 1;
                continue;
            }
            if (emailPattern().match(line).hasMatch() || stop.match(line).hasMatch())
                break;
            if (townRead && !line.at(0).isLetter())
                break;
            parts << line;
            const qsizetype at = m_text.indexOf(line, m_lines.at(i).start);
            if (!source.isValid())
                source = {at, line.size()};
            else
                source.length = at + line.size() - source.offset;
            if (townRead)
                break; // the country
            townRead = town.match(line).hasMatch();
        }
        if (parts.isEmpty() || !parts.join(QLatin1Char(' ')).contains(QRegularExpression(QStringLiteral("\\d"))))
            return {};
        ReadValue address{parts.join(QStringLiteral(", ")), 75, source};
        if (!townRead)
            address.doubtBecause(LetterText::tr("No postcode and town were found with the street: the address may be incomplete."));
        return address;
    }

    // The name under the last closing formula.
    ReadValue signatureName() const
    {
        for (int i = m_lines.size() - 1; i >= 0; --i) {
            if (!closingPattern().match(folded(m_lines.at(i).text)).hasMatch())
                continue;
            for (int j = i + 1; j < m_lines.size() && j <= i + 4; ++j) {
                if (looksLikeName(m_lines.at(j).text))
                    return valueAt(m_text, m_lines.at(j).start, m_lines.at(j).text.size(), 75);
            }
            return {};
        }
        return {};
    }

    // "My name is …", "Je soussigné(e) …".
    ReadValue introducedName() const
    {
        static const QRegularExpression introduced = pattern(
            R"(\b(?:my name is|je soussigne(?:e|\(e\))?|je m'appelle|i, the undersigned,?)\s+([^\n,.]{3,60}))");
        const QRegularExpressionMatch m = introduced.match(m_fold);
        if (!m.hasMatch() || !looksLikeName(m_text.mid(m.capturedStart(1), m.capturedLength(1))))
            return {};
        return valueAt(m_text, m.capturedStart(1), m.capturedLength(1), 70);
    }

    // Two writings of one person: the same words, accents, case and a
    // title aside, or one the other's with a middle name more.
    void readDate(LetterFacts &facts, const QDate &today) const
    {
        const QList<DateFound> dates = datesIn(m_fold, facts.language.value);
        static const QRegularExpression placeOfWriting(
            QStringLiteral(R"((?:^|\n)[ \t]*(?:(?:fait )?a |in )?[\p{L}' \-]{2,40},?\s*(?:le\s+|on\s+|the\s+)?$)"),
            QRegularExpression::UseUnicodePropertiesOption);
        static const QRegularExpression dateLabel(QStringLiteral(R"((?:^|\n)[ \t]*date\s*:\s*$)"));
        static const QRegularExpression regulationDate(QStringLiteral(R"((?:council|conseil|parliament|parlement)\b.{0,12}$)"));
        std::optional<DateFound> best;
        for (const DateFound &candidate : dates) {
            if (candidate.date > today || candidate.date.year() < 2000)
                continue;
            const Line &line = m_lines.at(indexAt(candidate.source.offset));
            const QString before = m_fold.mid(line.start, candidate.source.offset - line.start);
            int score = 30;
            if (dateLabel.match(QLatin1Char('\n') + before).hasMatch())
                score = 95;
            else if (before.trimmed().isEmpty() && line.text.trimmed().size() <= candidate.source.length + 2)
                score = 85;
            else if (placeOfWriting.match(QLatin1Char('\n') + before).hasMatch())
                score = 90;
            if (regulationDate.match(before).hasMatch())
                score = 0;
            if (score >= 60 && (!best || score > best->score)) {
                best = candidate;
                best->score = score;
            }
        }
        if (best) {
            facts.date = best->date;
            facts.letterDate = {best->date.toString(Qt::ISODate), best->score, best->source};
        }
    }

    // The organization addressed: the first of the register's named, in
    // the header if there is one.
    void readOrganization(LetterFacts &facts, const QList<KnownOrganization> &organizations) const
    {
        int bestAt = -1;
        for (const KnownOrganization &organization : organizations) {
            const QString name = folded(organization.name).simplified();
            if (name.size() < 3)
                continue;
            const QRegularExpression named(QStringLiteral("(?<![\\p{L}\\d])%1(?![\\p{L}\\d])")
                                               .arg(QRegularExpression::escape(name).replace(QStringLiteral("\\ "), QStringLiteral("\\s+"))),
                                           QRegularExpression::UseUnicodePropertiesOption);
            const QRegularExpressionMatch m = named.match(m_fold);
            if (!m.hasMatch())
                continue;
            const int at = int(m.capturedStart());
            if (bestAt >= 0 && at >= bestAt)
                continue;
            bestAt = at;
            const bool inHeader = m_companySource.isValid() ? (at >= m_companySource.offset && at < m_companySource.offset + m_companySource.length + 1)
                                                          : at < m_fold.size() / 3;
            facts.organization = {organization.name, inHeader ? 90 : 70, {at, m.capturedLength()}};
            facts.organizationId = organization.id;
        }
        if (facts.organizationId == 0 && !m_companyLabel.isEmpty()) {
            facts.organization = {m_companyLabel, 40, m_companySource};
            facts.organization.doubt = LetterText::tr("No organization of this database has that name.");
        }
    }

private:
    int indexAt(qsizetype offset) const
    {
        int index = 0;
        for (int i = 0; i < m_lines.size() && m_lines.at(i).start <= offset; ++i)
            index = i;
        return index;
    }

    QString m_text;
    QString m_fold;
    QList<Line> m_lines;
    int m_firstLine = 0;
    QString m_companyLabel;
    SourceSpan m_companySource;
};

} // namespace

std::pair<int, int> namePartsInAddress(const QString &address, const QString &name)
{
    QString local = folded(address.section(QLatin1Char('@'), 0, 0));
    local.removeIf([](QChar c) { return !c.isLetter(); });
    static const QRegularExpression separators(QStringLiteral("[^a-z]+"));
    int parts = 0;
    int found = 0;
    for (const QString &part : folded(name).split(separators, Qt::SkipEmptyParts)) {
        if (part.size() < 3)
            continue;
        ++parts;
        found += local.contains(part) ? 1 : 0;
    }
    return {found, parts};
}

bool namesAgree(const QString &a, const QString &b)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z]+"));
    static const QStringList titles{QStringLiteral("m"), QStringLiteral("mme"), QStringLiteral("mlle"), QStringLiteral("mr"),
                                    QStringLiteral("mrs"), QStringLiteral("ms"), QStringLiteral("dr"), QStringLiteral("me")};
    const auto words = [](const QString &name) {
        QStringList list = folded(name).split(separators, Qt::SkipEmptyParts);
        list.removeIf([](const QString &w) { return titles.contains(w); });
        return list;
    };
    const QStringList x = words(a), y = words(b);
    const QStringList &shorter = x.size() <= y.size() ? x : y;
    const QStringList &longer = x.size() <= y.size() ? y : x;
    if (shorter.isEmpty())
        return false;
    return std::all_of(shorter.begin(), shorter.end(), [&longer](const QString &w) { return longer.contains(w); });
}

LetterFacts readLetter(const QString &text, const QList<KnownOrganization> &organizations, const QDate &today)
{
    LetterReading reading(text);
    LetterFacts facts;
    facts.language = readLanguage(reading.fold());
    reading.readRights(facts);
    reading.readLabelledFields(facts);
    reading.readProse(facts);
    reading.preferWholeAddress(facts);
    LetterReading::weighEmailAgainstName(facts);
    reading.readDate(facts, today);
    reading.readOrganization(facts, organizations);
    return facts;
}
} // namespace pc::intake
