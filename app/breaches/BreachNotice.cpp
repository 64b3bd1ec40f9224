#include "BreachNotice.h"

#include "core/DocumentLanguage.h"
#include "documents/DocumentText.h"
#include "documents/Pdf.h"
#include "domain/Codes.h"

#include <QCoreApplication>
#include <QLocale>

namespace pc::breaches {
namespace {

// The messages that refuse a notification, in the window's language.
struct NoticeText
{
    Q_DECLARE_TR_FUNCTIONS(pc::breaches::Notice)
};

// Which authority's form a jurisdiction's notification follows.
enum class Form { Gdpr, Popia, Vietnam, Tunisia };

Form formFor(const QString &jurisdiction)
{
    if (jurisdiction == QLatin1String("ZA"))
        return Form::Popia;
    if (jurisdiction == QLatin1String("VN"))
        return Form::Vietnam;
    if (jurisdiction == QLatin1String("TN"))
        return Form::Tunisia;
    return Form::Gdpr;
}

QString offsetText(const QDateTime &moment)
{
    const int seconds = moment.offsetFromUtc();
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// Writes one notification in its language. Its tr() translates in the
// notice's language, not the window's.
class NoticeWriter
{
    PC_DOCUMENT_TR_FUNCTIONS(pc::breaches::Notice)

public:
    NoticeWriter(const NoticeInput &input, const QString &language)
        : m_in(input), m_language(language), m_form(formFor(input.organization.jurisdiction))
    {
    }

    const DocumentLanguage &documentLanguage() const { return m_language; }

    Notice write()
    {
        const Breach &b = m_in.breach;
        Notice n;
        n.jurisdiction = m_in.organization.jurisdiction;
        n.language = m_language.code();
        n.phase = m_in.phase;
        n.number = m_in.phase == Phase::Initial ? 1 : int(m_in.earlier.size()) + 1;
        n.late = m_in.phase == Phase::Initial && isLate(b, m_in.at);
        n.authority = authorityName();
        n.title = title();
        const QString phase = m_in.phase == Phase::Initial
                                  ? tr("Initial notification")
                                  : tr("Follow-up notification no. %1").arg(n.number - 1);
        n.subtitle = QStringLiteral("%1 · %2 · %3").arg(organizationName(), b.reference, phase);
        n.legalBasis = legalBasis();
        n.preparedOn = tr("Prepared on %1 for %2.").arg(moment(m_in.at), n.authority);
        if (m_form == Form::Tunisia) {
            n.dutyNote = tr("Organic Law 2004-63 sets no duty to notify a personal data breach to the INPDP (Art. 18 "
                            "sets a duty of security). The organization informs the INPDP of its own accord; a "
                            "cyber-attack is also reported to the ANCS under Decree-Law 2023-17.");
        }
        if (m_form == Form::Vietnam || m_form == Form::Tunisia) {
            n.confirmNote = m_form == Form::Vietnam
                                ? tr("The items follow Law 91/2025/QH15 and the contents Decree 13/2023/ND-CP, Art. "
                                     "23(3) required of a notification to A05; confirm them against Decree "
                                     "356/2025/ND-CP and A05's current form before sending.")
                                : tr("The items follow those the GDPR asks of a notification (Art. 33(3)), the "
                                     "practice the INPDP's correspondents expect; confirm with the INPDP before "
                                     "sending.");
        }
        n.sections = {organizationSection(), notificationSection(n), breachSection(), concernedSection(),
                      consequencesSection(), peopleSection()};
        if (m_form == Form::Popia) {
            // The Regulator's form asks for the information officer apart.
            NoticeSection officer{tr("Information officer"), {}};
            officer.fields << n.sections[0].fields.takeLast();
            n.sections.insert(1, officer);
        }
        for (NoticeSection &section : n.sections) {
            section.fields.erase(std::remove_if(section.fields.begin(), section.fields.end(),
                                                [](const NoticeField &f) { return f.key.isEmpty(); }),
                                 section.fields.end());
        }
        return n;
    }

private:
    bool popia() const { return m_form == Form::Popia; }

    QString authorityName() const
    {
        const QString j = m_in.organization.jurisdiction;
        if (j == QLatin1String("FR"))
            return tr("the CNIL (Commission nationale de l'informatique et des libertés)");
        if (j == QLatin1String("BE"))
            return tr("the Data Protection Authority (Autorité de protection des données)");
        if (j == QLatin1String("ZA"))
            return tr("the Information Regulator (South Africa)");
        if (j == QLatin1String("VN"))
            return tr("A05, the Department of Cybersecurity and High-Tech Crime Prevention (Ministry of Public Security)");
        if (j == QLatin1String("TN"))
            return tr("the INPDP (Instance nationale de protection des données personnelles)");
        return tr("the competent supervisory authority");
    }

    QString title() const
    {
        switch (m_form) {
        case Form::Gdpr: return tr("Notification of a personal data breach");
        case Form::Popia: return tr("Notification of a security compromise");
        case Form::Vietnam: return tr("Notification of a violation of personal data protection regulations");
        case Form::Tunisia: return tr("Information on a personal data breach");
        }
        return {};
    }

    QString legalBasis() const
    {
        switch (m_form) {
        case Form::Gdpr:
            return tr("GDPR Art. 33: notification to the supervisory authority without undue delay and, where "
                      "feasible, within 72 hours of becoming aware of the breach; the information may be provided in "
                      "phases (Art. 33(4)).");
        case Form::Popia:
            return tr("POPIA s22: notification to the Information Regulator as soon as reasonably possible after the "
                      "discovery of the compromise.");
        case Form::Vietnam:
            return tr("Law 91/2025/QH15 on personal data protection: notification to A05 within 72 hours of detecting "
                      "the violation.");
        case Form::Tunisia:
            return tr("Organic Law 2004-63 of 27 July 2004 on the protection of personal data.");
        }
        return {};
    }

    QString organizationName() const { return breaches::organizationName(m_in.organization); }

    QString moment(const QDateTime &at) const
    {
        if (!at.isValid())
            return {};
        const QDateTime local = at.toLocalTime();
        return tr("%1, %2 (%3)", "a date, a time and its offset from UTC")
            .arg(documents::longDate(local.date(), m_language.code()), local.toString(QStringLiteral("HH:mm")),
                 offsetText(local));
    }

    QString number(int value) const { return m_language.locale().toString(value); }

    QString notKnown() const
    {
        return m_in.phase == Phase::Initial ? tr("Not known yet; to follow in a follow-up notification.")
                                            : tr("Not known yet.");
    }

    // An item; a blank value is said to be not known yet.
    NoticeField item(const char *key, const QString &label, const QString &value, const QString &basis = {}) const
    {
        NoticeField f{QString::fromLatin1(key), label, value.trimmed(), basis, true};
        if (f.value.isEmpty()) {
            f.value = notKnown();
            f.known = false;
        }
        return f;
    }

    QString article(const char *gdpr, const char *popia = nullptr) const
    {
        if (m_form == Form::Gdpr)
            return QString::fromLatin1(gdpr);
        if (m_form == Form::Popia && popia)
            return QString::fromLatin1(popia);
        return {};
    }

    NoticeSection organizationSection() const
    {
        const Organization &o = m_in.organization;
        QStringList controller = QStringList{organizationName()} + addressLines(o);
        if (!o.registrationNumber.trimmed().isEmpty())
            controller << tr("Registration number: %1").arg(o.registrationNumber.trimmed());
        const QStringList contact = contactLines(o);
        NoticeSection s;
        switch (m_form) {
        case Form::Popia:
            s.title = tr("Responsible party");
            s.fields << item("controller", tr("Name and address of the responsible party"), controller.join(QLatin1Char('\n')))
                     << item("contact", tr("Information officer: name and contact details"), contact.join(QLatin1Char('\n')),
                             QStringLiteral("s55"));
            break;
        case Form::Vietnam:
            s.title = tr("Personal data controller");
            s.fields << item("controller", tr("Name and address of the controller"), controller.join(QLatin1Char('\n')))
                     << item("contact", tr("Contact details of the person in charge of personal data protection"),
                             contact.join(QLatin1Char('\n')));
            break;
        case Form::Gdpr:
        case Form::Tunisia:
            s.title = tr("The notifying organization");
            s.fields << item("controller", tr("Controller"), controller.join(QLatin1Char('\n')))
                     << item("contact", tr("Data protection officer or other contact point"),
                             contact.join(QLatin1Char('\n')), article("Art. 33(3)(b)"));
            break;
        }
        return s;
    }

    NoticeSection notificationSection(const Notice &n) const
    {
        const Breach &b = m_in.breach;
        NoticeSection s{tr("The notification"), {}};
        QString type;
        if (m_in.phase == Phase::Initial) {
            type = tr("Initial notification");
        } else {
            const BreachNotification &first = m_in.earlier.first();
            type = tr("Follow-up notification no. %1, completing the initial notification of %2")
                       .arg(n.number - 1)
                       .arg(moment(first.sentAt));
            const QString reference = b.authorityReference.trimmed();
            if (!reference.isEmpty())
                type += QLatin1Char('\n') + tr("The authority's reference: %1").arg(reference);
        }
        s.fields << NoticeField{QStringLiteral("phase"), tr("Type of notification"), type,
                                article("Art. 33(4)"), true};
        if (b.notificationDueAt.isValid()) {
            s.fields << NoticeField{QStringLiteral("deadline"), tr("Deadline to notify"), moment(b.notificationDueAt),
                                    article("Art. 33(1)", "s22(2)"), true};
        }
        if (!m_in.earlier.isEmpty()) {
            QStringList lines;
            for (const BreachNotification &e : m_in.earlier) {
                lines << QStringLiteral("%1: %2").arg(codes::labelIn(CodeList::NoticePhase, e.phase, m_language.code()),
                                                      moment(e.sentAt));
            }
            s.fields << NoticeField{QStringLiteral("earlier"), tr("Earlier notifications"), lines.join(QLatin1Char('\n')),
                                    QString(), true};
        }
        if (m_in.phase == Phase::FollowUp) {
            s.fields << NoticeField{QStringLiteral("additions"), tr("What this notification adds"),
                                    m_in.additions.trimmed(), article("Art. 33(4)"), true};
        }
        const QString delay = delayReason();
        const bool wasLate = m_in.phase == Phase::Initial ? n.late : !b.delayReason.trimmed().isEmpty();
        if (wasLate) {
            s.fields << NoticeField{QStringLiteral("delay_reason"),
                                    popia() ? tr("Reasons for any delay in notifying") : tr("Reasons for the delay"),
                                    delay, article("Art. 33(1)", "s22(2)"), true};
        }
        return s;
    }

    QString delayReason() const
    {
        return m_in.delayReason.trimmed().isEmpty() ? m_in.breach.delayReason.trimmed() : m_in.delayReason.trimmed();
    }

    NoticeSection breachSection() const
    {
        const Breach &b = m_in.breach;
        QStringList natures;
        for (const QString &code : b.nature)
            natures << codes::labelIn(CodeList::BreachNature, code, m_language.code());
        QString contained = moment(b.containedAt);
        if (contained.isEmpty())
            contained = tr("Not contained at the time of this notification.");
        QString description = b.description.trimmed();
        if (description.isEmpty())
            description = b.title.trimmed();
        else if (!b.title.trimmed().isEmpty())
            description = b.title.trimmed() + QStringLiteral(".\n") + description;
        NoticeSection s;
        switch (m_form) {
        case Form::Popia:
            s.title = tr("The security compromise");
            s.fields << item("occurred", tr("Date of the security compromise"), moment(b.occurredAt))
                     << item("aware", tr("Date of discovery"), moment(b.awareAt))
                     << item("contained", tr("Date contained"), contained)
                     << item("description", tr("Description of the security compromise"), description)
                     << item("nature", tr("Type of security compromise"), natures.join(QLatin1Char('\n')))
                     << item("cause", tr("How it happened and, if known, the identity of the unauthorised person "
                                         "who may have accessed or acquired the information"),
                             b.cause, QStringLiteral("s22(5)(d)"));
            break;
        case Form::Vietnam:
            s.title = tr("The violation");
            s.fields << item("occurred", tr("Time of the violation"), moment(b.occurredAt))
                     << item("aware", tr("Time the violation was detected"), moment(b.awareAt))
                     << item("contained", tr("Time the violation was stopped"), contained)
                     << item("description", tr("Description of the violation: place, act, organizations and "
                                                "people involved"),
                             description)
                     << item("nature", tr("Nature of the violation"), natures.join(QLatin1Char('\n')))
                     << item("cause", tr("Origin and cause"), b.cause);
            break;
        case Form::Gdpr:
        case Form::Tunisia:
            s.title = tr("The breach");
            s.fields << item("occurred", tr("Date and time the breach began"), moment(b.occurredAt))
                     << item("aware", tr("Date and time the organization became aware of it"), moment(b.awareAt))
                     << item("contained", tr("Date and time it was contained"), contained)
                     << item("nature", tr("Nature of the breach"), natures.join(QLatin1Char('\n')),
                             article("Art. 33(3)(a)"))
                     << item("description", tr("Circumstances of the breach"), description, article("Art. 33(3)(a)"))
                     << item("cause", tr("Origin and cause"), b.cause);
            break;
        }
        return s;
    }

    NoticeSection concernedSection() const
    {
        const Breach &b = m_in.breach;
        const QString people = b.subjectsAffected > 0 ? number(b.subjectsAffected) : QString();
        const QString records = b.recordsAffected > 0 ? number(b.recordsAffected) : QString();
        NoticeSection s;
        switch (m_form) {
        case Form::Popia:
            s.title = tr("Personal information and data subjects");
            s.fields << item("data", tr("Kinds of personal information involved"), b.dataCategories)
                     << item("people", tr("Number of data subjects affected"), people)
                     << item("records", tr("Number of records affected"), records)
                     << item("people_categories", tr("Categories of data subjects"), b.subjectCategories);
            break;
        case Form::Vietnam:
            s.title = tr("Personal data and data subjects");
            s.fields << item("data", tr("Types of personal data concerned"), b.dataCategories)
                     << item("records", tr("Amount of personal data concerned (records)"), records)
                     << item("people_categories", tr("Categories of data subjects"), b.subjectCategories)
                     << item("people", tr("Number of data subjects concerned"), people);
            break;
        case Form::Gdpr:
        case Form::Tunisia:
            s.title = tr("Data and people concerned");
            s.fields << item("data", tr("Categories of personal data concerned"), b.dataCategories, article("Art. 33(3)(a)"))
                     << item("records", tr("Approximate number of personal data records concerned"), records,
                             article("Art. 33(3)(a)"))
                     << item("people_categories", tr("Categories of people concerned"), b.subjectCategories,
                             article("Art. 33(3)(a)"))
                     << item("people", tr("Approximate number of people concerned"), people, article("Art. 33(3)(a)"));
            break;
        }
        return s;
    }

    NoticeSection consequencesSection() const
    {
        const Breach &b = m_in.breach;
        NoticeSection s;
        switch (m_form) {
        case Form::Popia:
            s.title = tr("Consequences and measures");
            s.fields << item("consequences", tr("Possible consequences of the security compromise"), b.consequences,
                             QStringLiteral("s22(5)(a)"))
                     << item("measures", tr("Measures taken or intended to address the security compromise"),
                             b.measures, QStringLiteral("s22(5)(b)"))
                     << item("advice", tr("Recommended measures for the data subjects to mitigate the possible "
                                          "adverse effects"),
                             b.advice, QStringLiteral("s22(5)(c)"));
            break;
        case Form::Vietnam:
            s.title = tr("Consequences and measures");
            s.fields << item("consequences", tr("Consequences and damage that may arise"), b.consequences)
                     << item("measures", tr("Measures taken to remedy and minimise the harm"), b.measures);
            break;
        case Form::Gdpr:
        case Form::Tunisia:
            s.title = tr("Consequences and measures");
            s.fields << item("consequences", tr("Likely consequences of the breach"), b.consequences,
                             article("Art. 33(3)(c)"))
                     << item("measures", tr("Measures taken or proposed to address the breach, including measures "
                                            "to mitigate its possible adverse effects"),
                             b.measures, article("Art. 33(3)(d)"));
            break;
        }
        return s;
    }

    QString informedText() const
    {
        const Breach &b = m_in.breach;
        if (!m_in.informed.isEmpty()) {
            QStringList channels;
            for (const auto &[code, count] : toldByChannel(m_in.informed))
                channels << codes::labelIn(CodeList::InformChannel, code, m_language.code());
            QDateTime first = m_in.informed.first().informedAt;
            QDateTime last = first;
            for (const BreachInformed &i : m_in.informed) {
                first = std::min(first, i.informedAt);
                last = std::max(last, i.informedAt);
            }
            const QString when = first.date() == last.date() ? documents::longDate(first.toLocalTime().date(), m_language.code())
                                                            : tr("%1 to %2").arg(documents::longDate(first.toLocalTime().date(), m_language.code()),
                                                                                 documents::longDate(last.toLocalTime().date(), m_language.code()));
            return tr("%n person(s) told individually (%1), %2.", nullptr, int(m_in.informed.size()))
                .arg(channels.join(QStringLiteral(", ")), when);
        }
        if (!b.notInformedReason.trimmed().isEmpty()) {
            return (popia() ? tr("The data subjects are not notified individually: %1")
                            : tr("The people are not told individually: %1"))
                .arg(b.notInformedReason.trimmed());
        }
        if (b.risk == QLatin1String("high") || popia())
            return tr("To be told without undue delay, by letter or e-mail to each person.");
        return tr("Not required: the breach is not likely to result in a high risk to the people's rights and "
                  "freedoms.");
    }

    NoticeSection peopleSection() const
    {
        const Breach &b = m_in.breach;
        NoticeSection s;
        s.title = popia() ? tr("Notification of the data subjects") : tr("Information of the people concerned");
        s.fields << NoticeField{QStringLiteral("informed"),
                                popia() ? tr("How the data subjects are notified") : tr("Have the people been told?"),
                                informedText(), article("Art. 34", "s22(4)"), true};
        if (!popia() && (b.risk == QLatin1String("high") || !m_in.informed.isEmpty()) && !b.advice.trimmed().isEmpty())
            s.fields << item("advice", tr("What the people are advised to do"), b.advice, article("Art. 34(2)"));
        return s;
    }

    const NoticeInput &m_in;
    DocumentLanguage m_language;
    Form m_form;
};

QString htmlText(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

} // namespace

QString organizationName(const Organization &organization)
{
    return organization.legalName.trimmed().isEmpty() ? organization.name.trimmed() : organization.legalName.trimmed();
}

QStringList addressLines(const Organization &organization)
{
    QStringList lines;
    for (const QString &line : organization.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    if (!lines.isEmpty() && (lines.first() == organization.name.trimmed() || lines.first() == organizationName(organization)))
        lines.removeFirst();
    return lines;
}

QStringList contactLines(const Organization &organization)
{
    QStringList lines;
    for (const QString &part : {organization.dpoName, organization.dpoEmail, organization.dpoPhone, organization.dpoAddress}) {
        if (!part.trimmed().isEmpty())
            lines << part.trimmed();
    }
    return lines;
}

QList<std::pair<QString, int>> toldByChannel(const QList<BreachInformed> &told)
{
    QList<std::pair<QString, int>> counts;
    for (const QString &code : codes::all(CodeList::InformChannel)) {
        const auto n = std::count_if(told.cbegin(), told.cend(), [&](const BreachInformed &i) { return i.channel == code; });
        if (n > 0)
            counts.append({code, int(n)});
    }
    return counts;
}

QString phaseCode(Phase phase)
{
    return phase == Phase::Initial ? QStringLiteral("initial") : QStringLiteral("follow-up");
}

std::optional<Phase> phaseFromCode(const QString &code)
{
    if (code == QLatin1String("initial"))
        return Phase::Initial;
    if (code == QLatin1String("follow-up") || code == QLatin1String("followup"))
        return Phase::FollowUp;
    return std::nullopt;
}

QString authorityLanguage(const Organization &organization)
{
    const QString j = organization.jurisdiction;
    if (j == QLatin1String("FR") || j == QLatin1String("TN"))
        return QStringLiteral("fr");
    if (j == QLatin1String("BE") || j == QLatin1String("EU"))
        return organization.policyLanguage == QLatin1String("fr") ? QStringLiteral("fr") : QStringLiteral("en");
    return QStringLiteral("en");
}

bool isLate(const Breach &breach, const QDateTime &at)
{
    return breach.notificationDueAt.isValid() && at.isValid() && at > breach.notificationDueAt;
}

Result<Notice> compose(const NoticeInput &input)
{
    const Breach &b = input.breach;
    const bool hasInitial = std::any_of(input.earlier.cbegin(), input.earlier.cend(), [](const BreachNotification &n) {
        return n.phase == QLatin1String("initial");
    });
    if (input.phase == Phase::Initial && hasInitial) {
        return Error{NoticeText::tr("The breach %1 was notified on %2; what goes now is a follow-up.")
                         .arg(b.reference, dates::toText(input.earlier.first().sentAt))};
    }
    if (input.phase == Phase::FollowUp) {
        if (!hasInitial)
            return Error{NoticeText::tr("A follow-up completes an initial notification; %1 has none yet.").arg(b.reference)};
        if (input.additions.trimmed().isEmpty())
            return Error{NoticeText::tr("Say what this follow-up adds to the earlier notifications.")};
    }
    if (input.phase == Phase::Initial && isLate(b, input.at) && input.delayReason.trimmed().isEmpty()
        && b.delayReason.trimmed().isEmpty()) {
        const qint64 hours = b.notificationDueAt.secsTo(input.at) / 3600;
        return Error{NoticeText::tr("The notification goes out %n hour(s) after its deadline (%1): give the reasons "
                                    "for the delay; the notification cannot go without them.",
                                    nullptr, int(std::max<qint64>(1, hours)))
                         .arg(dates::toText(b.notificationDueAt))};
    }
    const QString language = input.language.isEmpty() ? authorityLanguage(input.organization) : input.language;
    if (!DocumentLanguage::isAvailable(language))
        return Error{NoticeText::tr("Notifications are written in English or French, not “%1”.").arg(language)};
    return NoticeWriter(input, language).write();
}

const NoticeField *Notice::field(const QString &key) const
{
    for (const NoticeSection &section : sections) {
        for (const NoticeField &f : section.fields) {
            if (f.key == key)
                return &f;
        }
    }
    return nullptr;
}

QStringList Notice::unknown() const
{
    QStringList found;
    for (const NoticeSection &section : sections) {
        for (const NoticeField &f : section.fields) {
            if (!f.known)
                found << f.label;
        }
    }
    return found;
}

QString Notice::plainText() const
{
    QStringList lines{title.toUpper(), subtitle, preparedOn, QString(), legalBasis};
    for (const QString &note : {dutyNote, confirmNote}) {
        if (!note.isEmpty())
            lines << QString() << note;
    }
    int index = 0;
    for (const NoticeSection &section : sections) {
        const QString heading = QStringLiteral("%1. %2").arg(++index).arg(section.title);
        lines << QString() << heading << QString(heading.size(), QLatin1Char('='));
        for (const NoticeField &f : section.fields) {
            lines << QString() << (f.basis.isEmpty() ? f.label : QStringLiteral("%1 [%2]").arg(f.label, f.basis));
            for (const QString &line : f.value.split(QLatin1Char('\n')))
                lines << QStringLiteral("    ") + line;
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString Notice::html() const
{
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h1 style=\"font-size:17pt; margin-bottom:2pt\">%1</h1>").arg(htmlText(title));
    h += QStringLiteral("<p style=\"font-size:12pt; margin-top:0\"><b>%1</b></p>").arg(htmlText(subtitle));
    h += QStringLiteral("<p>%1<br><i>%2</i></p>").arg(htmlText(preparedOn), htmlText(legalBasis));
    for (const QString &note : {dutyNote, confirmNote}) {
        if (!note.isEmpty()) {
            h += QStringLiteral("<table width=\"100%\" cellpadding=\"6\" style=\"background-color:#fff4d6; "
                                "border-collapse:collapse\"><tr><td>%1</td></tr></table><p></p>")
                     .arg(htmlText(note));
        }
    }
    int index = 0;
    for (const NoticeSection &section : sections) {
        h += QStringLiteral("<h2 style=\"font-size:13pt; margin-top:12pt\">%1. %2</h2>").arg(++index).arg(htmlText(section.title));
        h += QStringLiteral("<table width=\"100%\" cellpadding=\"5\" cellspacing=\"0\" border=\"1\" "
                            "style=\"border-collapse:collapse; border-color:#9aa5b1\">");
        for (const NoticeField &f : section.fields) {
            QString label = QStringLiteral("<b>%1</b>").arg(htmlText(f.label));
            if (!f.basis.isEmpty())
                label += QStringLiteral("<br><span style=\"color:#52606d\">%1</span>").arg(htmlText(f.basis));
            const QString value = f.known ? htmlText(f.value)
                                          : QStringLiteral("<i style=\"color:#8a4b00\">%1</i>").arg(htmlText(f.value));
            h += QStringLiteral("<tr><td width=\"36%\" valign=\"top\" style=\"background-color:#f0f4f8\">%1</td>"
                                "<td valign=\"top\">%2</td></tr>")
                     .arg(label, value);
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("</body></html>");
    return h;
}

QByteArray Notice::pdf() const
{
    return documents::htmlToPdf(html(), QStringLiteral("%1 — %2").arg(title, subtitle));
}

} // namespace pc::breaches
