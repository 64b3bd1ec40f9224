#include "BreachLetters.h"

#include "BreachNotice.h"

#include "core/DocumentLanguage.h"
#include "documents/DocumentText.h"
#include "documents/Letters.h"
#include "documents/Pdf.h"

namespace pc::breaches {
namespace {

QString htmlText(const QString &text)
{
    return text.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

// One person's letter in that person's language: its tr() translates in the
// letter's language, not the window's.
class LetterWriter
{
    PC_DOCUMENT_TR_FUNCTIONS(pc::breaches::Letter)

public:
    LetterWriter(const LetterBatch &batch, const DataSubject &person)
        : m_batch(batch), m_person(person), m_language(letterLanguage(person, batch.organization))
    {
    }

    const DocumentLanguage &documentLanguage() const { return m_language; }

    QString subject() const
    {
        return tr("Important: an incident concerning your personal data (%1)").arg(m_batch.breach.reference);
    }

    // The paragraphs: a heading (empty for none) and its text.
    QList<std::pair<QString, QString>> paragraphs() const
    {
        const Breach &b = m_batch.breach;
        const Organization &o = m_batch.organization;
        const QString name = organization();
        QList<std::pair<QString, QString>> p;
        const QString greeting = m_person.displayName().trimmed().isEmpty()
                                     ? tr("Dear Sir or Madam,")
                                     : tr("Dear %1,").arg(m_person.displayName().trimmed());
        p.append({QString(), greeting});
        p.append({QString(), tr("We are writing to tell you about an incident at %1 that concerns your personal data. "
                                "We take it seriously, and this letter says what happened, what it may mean for you "
                                "and what you can do.")
                                 .arg(name)});
        QString happened = b.description.trimmed().isEmpty() ? b.title.trimmed() : b.description.trimmed();
        if (b.occurredAt.isValid() && b.awareAt.isValid()) {
            happened += QStringLiteral("\n")
                        + tr("It happened on %1; we learned of it on %2.")
                              .arg(documents::longDate(b.occurredAt.toLocalTime().date(), m_language.code()),
                                   documents::longDate(b.awareAt.toLocalTime().date(), m_language.code()));
        } else if (b.awareAt.isValid()) {
            happened += QStringLiteral("\n")
                        + tr("We learned of it on %1.")
                              .arg(documents::longDate(b.awareAt.toLocalTime().date(), m_language.code()));
        }
        p.append({tr("What happened"), happened});
        if (!b.dataCategories.trimmed().isEmpty())
            p.append({tr("The data concerned"), b.dataCategories.trimmed()});
        p.append({tr("What it may mean for you"),
                  b.consequences.trimmed().isEmpty() ? tr("We are still assessing the consequences; we will write to "
                                                          "you again if they concern you.")
                                                     : b.consequences.trimmed()});
        p.append({tr("What we have done"), b.measures.trimmed().isEmpty()
                                               ? tr("We have taken steps to stop the incident and keep it from "
                                                    "happening again.")
                                               : b.measures.trimmed()});
        p.append({tr("What you can do"), b.advice.trimmed().isEmpty()
                                             ? tr("Be wary of messages that ask for your passwords or bank details "
                                                  "or that claim to come from us, and tell us of anything unusual.")
                                             : b.advice.trimmed()});
        const QStringList contact = contactLines(o);
        const Authority authority = authorityFor(o.jurisdiction, m_language.code());
        QString ask = contact.isEmpty() ? tr("For any question, write to us at the address of this letter.")
                                        : tr("For any question, or to exercise your rights, our data protection "
                                             "officer answers you:")
                                              + QLatin1Char('\n') + contact.join(QLatin1Char('\n'));
        ask += QStringLiteral("\n") + tr("You may also lodge a complaint with %1 (%2).").arg(authority.name, authority.url);
        p.append({tr("Whom to ask"), ask});
        p.append({QString(), tr("We are sorry for this incident and for the worry it may cause you.")});
        return p;
    }

    QString signature() const
    {
        const QString officer = m_batch.organization.dpoName.trimmed();
        return officer.isEmpty() ? organization()
                                 : tr("%1, data protection officer, for %2").arg(officer, organization());
    }

    QString html() const
    {
        const Organization &o = m_batch.organization;
        QString h;
        h += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(htmlText(organization()), htmlText(addressLines(o).join(QLatin1Char('\n'))));
        QStringList addressee{m_person.displayName()};
        if (!m_person.address.trimmed().isEmpty())
            addressee << m_person.address.trimmed();
        else if (!m_person.email.trimmed().isEmpty())
            addressee << m_person.email.trimmed();
        h += QStringLiteral("<table width=\"100%\"><tr><td width=\"55%\"></td><td>%1</td></tr></table>")
                 .arg(htmlText(addressee.join(QLatin1Char('\n'))));
        h += QStringLiteral("<p align=\"right\">%1</p>").arg(htmlText(documents::longDate(m_batch.date, m_language.code())));
        h += QStringLiteral("<p><b>%1</b><br>%2</p>")
                 .arg(htmlText(subject()),
                      htmlText(tr("Our reference: %1 · Your reference: %2")
                                   .arg(m_batch.breach.reference,
                                        m_person.externalRef.isEmpty() ? QStringLiteral("—") : m_person.externalRef)));
        for (const auto &[heading, text] : paragraphs()) {
            if (!heading.isEmpty())
                h += QStringLiteral("<p style=\"margin-bottom:0\"><b>%1</b></p>").arg(htmlText(heading));
            h += QStringLiteral("<p style=\"margin-top:2pt\">%1</p>").arg(htmlText(text));
        }
        h += QStringLiteral("<p><br>%1</p>").arg(htmlText(signature()));
        return h;
    }

    QString text() const
    {
        QStringList lines;
        for (const auto &[heading, text] : paragraphs()) {
            if (!heading.isEmpty())
                lines << heading;
            lines << text.trimmed() << QString();
        }
        lines << signature();
        return lines.join(QLatin1Char('\n'));
    }

private:
    QString organization() const { return organizationName(m_batch.organization); }

    const LetterBatch &m_batch;
    const DataSubject &m_person;
    DocumentLanguage m_language;
};

} // namespace

QString letterLanguage(const DataSubject &person, const Organization &organization)
{
    for (const QString &candidate : {person.language, organization.policyLanguage}) {
        const QString code = candidate.trimmed().toLower().left(2);
        if (!code.isEmpty() && DocumentLanguage::isAvailable(code))
            return code;
    }
    return QStringLiteral("en");
}

QString letterHtml(const LetterBatch &batch, const DataSubject &person)
{
    return LetterWriter(batch, person).html();
}

QString letterSubject(const LetterBatch &batch, const DataSubject &person)
{
    return LetterWriter(batch, person).subject();
}

QString letterText(const LetterBatch &batch, const DataSubject &person)
{
    return LetterWriter(batch, person).text();
}

QByteArray lettersPdf(const LetterBatch &batch)
{
    QString html = QStringLiteral("<html><body>");
    bool first = true;
    for (const DataSubject &person : batch.people) {
        QString letter = letterHtml(batch, person);
        // QTextDocument breaks pages before a paragraph, not before a division.
        if (!first)
            letter.replace(0, 3, QStringLiteral("<p style=\"page-break-before:always\">"));
        html += letter;
        first = false;
    }
    html += QStringLiteral("</body></html>");
    return documents::htmlToPdf(html, batch.breach.reference);
}

QByteArray lettersCsv(const LetterBatch &batch)
{
    QByteArray csv = documents::csvLine({QStringLiteral("reference"), QStringLiteral("first_name"),
                                         QStringLiteral("last_name"), QStringLiteral("email"),
                                         QStringLiteral("address"), QStringLiteral("language"),
                                         QStringLiteral("subject"), QStringLiteral("body")});
    for (const DataSubject &person : batch.people) {
        csv += documents::csvLine({person.externalRef, person.firstName, person.lastName, person.email, person.address,
                                   letterLanguage(person, batch.organization), letterSubject(batch, person),
                                   letterText(batch, person)});
    }
    return csv;
}

} // namespace pc::breaches
