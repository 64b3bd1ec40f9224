// breach notice and breach letters: a breach's notification to the
// authority and the letters to the people concerned, written from its record.

#include "Command.h"
#include "CommandLine.h"

#include "breaches/BreachLetters.h"
#include "breaches/BreachNotice.h"
#include "core/Dates.h"
#include "documents/DocumentFile.h"
#include "domain/Codes.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace pc::cli {
namespace {

QCommandLineOption breachOption()
{
    return {QStringLiteral("breach"), CliText::tr("The breach, by its reference in the breach register."),
            CliText::tr("reference")};
}

// The breach a command names: by reference, within --organization when given.
Result<Breach> breachValue(Database &db, const QCommandLineParser &parser)
{
    const Result<RowId> organization = organizationValue(db, parser);
    if (!organization)
        return organization.error();
    const QString wanted = parser.value(QStringLiteral("breach")).trimmed();
    const Result<QList<Breach>> found = CaseRepository(db).breachesByReference(wanted, organization.value());
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{CliText::tr("No breach has the reference “%1”.").arg(wanted), Error::Kind::NotFound};
    if (found->size() > 1)
        return Error{CliText::tr("Several organizations have a breach “%1”: say which with --organization.").arg(wanted)};
    return found->first();
}

class BreachNoticeCommand final : public DatabaseCommand
{
public:
    BreachNoticeCommand()
        : DatabaseCommand(QStringLiteral("breach notice"),
                          CliText::tr("A breach's notification to the authority of its organization, under the "
                                      "headings of the authority's form: as a PDF to send, or as text to copy into "
                                      "its online form."),
                          Access::Read)
    {
        addOption(breachOption(), true);
        addOption(organizationOption(CliText::tr("The organization of the breach, when several have the reference.")));
        addOption({QStringLiteral("phase"),
                   CliText::tr("initial (the default) or follow-up, which completes the notifications sent."),
                   CliText::tr("phase")});
        addOption({QStringLiteral("lang"),
                   CliText::tr("The notification's language, fr or en; by default the one the authority takes."),
                   CliText::tr("language")});
        addOption({QStringLiteral("adds"), CliText::tr("A follow-up: what it adds to the earlier notifications."),
                   CliText::tr("text")});
        addOption({QStringLiteral("delay-reason"),
                   CliText::tr("Why the notification comes after its deadline; required then, unless the breach's "
                               "record gives the reasons."),
                   CliText::tr("text")});
        addOption({QStringLiteral("out"), CliText::tr("The file to write: .pdf, or .txt for the form's fields."),
                   CliText::tr("file")},
                  true);
        addOption({QStringLiteral("record"),
                   CliText::tr("Record it as sent now, kept with its text on the breach (the initial one sets when "
                               "the authority was notified).")});
        addExample(QStringLiteral("breach notice --breach SOFT-BR-2026-02 --out notification.pdf"));
        addExample(QStringLiteral("breach notice --breach SOFT-BR-2026-02 --phase follow-up --adds \"The number of "
                                  "people is now known.\" --out follow-up.txt --record"));
    }

protected:
    Access access(const QCommandLineParser &parser) const override
    {
        return parser.isSet(QStringLiteral("record")) ? Access::Existing : Access::Read;
    }

    int check(const QCommandLineParser &parser, const QStringList &arguments) override
    {
        if (!arguments.isEmpty())
            return fail(CliText::tr("breach notice takes no file argument; the file to write is --out."), ExitUsage);
        const QString phase = parser.value(QStringLiteral("phase")).trimmed().toLower();
        const auto found = breaches::phaseFromCode(phase.isEmpty() ? QStringLiteral("initial") : phase);
        if (!found)
            return fail(CliText::tr("--phase is initial or follow-up, not “%1”.").arg(phase), ExitUsage);
        m_phase = *found;
        const QString suffix = QFileInfo(parser.value(QStringLiteral("out"))).suffix().toLower();
        if (suffix != QLatin1String("pdf") && suffix != QLatin1String("txt"))
            return fail(CliText::tr("--out names a .pdf or a .txt file."), ExitUsage);
        m_pdf = suffix == QLatin1String("pdf");
        m_language = parser.value(QStringLiteral("lang")).trimmed().toLower();
        if (!m_language.isEmpty() && m_language != QLatin1String("fr") && m_language != QLatin1String("en"))
            return fail(CliText::tr("--lang is fr or en, not “%1”.").arg(m_language), ExitUsage);
        return ExitOk;
    }

    int executeOn(Database &db, const QCommandLineParser &parser, const QStringList &) override
    {
        const Result<Breach> breach = breachValue(db, parser);
        if (!breach)
            return fail(breach.errorMessage(), ExitUsage);
        CaseRepository cases(db);
        breaches::NoticeInput input;
        input.breach = breach.value();
        const Result<Organization> organization = RegisterRepository(db).organization(breach->organizationId);
        if (!organization)
            return fail(organization.errorMessage(), ExitFailure);
        input.organization = organization.value();
        const Result<QList<BreachNotification>> earlier = cases.breachNotifications(breach->id);
        const Result<QList<BreachInformed>> informed = cases.breachInformed(breach->id);
        if (!earlier || !informed)
            return fail(!earlier ? earlier.errorMessage() : informed.errorMessage(), ExitFailure);
        input.earlier = earlier.value();
        input.informed = informed.value();
        input.phase = m_phase;
        input.language = m_language;
        input.additions = parser.value(QStringLiteral("adds"));
        input.delayReason = parser.value(QStringLiteral("delay-reason"));
        input.at = QDateTime::currentDateTime();
        input.at.setTime(QTime(input.at.time().hour(), input.at.time().minute()));
        const Result<breaches::Notice> notice = breaches::compose(input);
        if (!notice)
            return fail(notice.errorMessage(), ExitFailure);
        const QString path = parser.value(QStringLiteral("out"));
        if (const Status saved = documents::writeDocumentFile(path, m_pdf ? notice->pdf() : notice->plainText().toUtf8()); !saved)
            return fail(saved.errorMessage(), ExitFailure);
        out() << CliText::tr("%1 written to %2").arg(notice->subtitle, path) << Qt::endl;
        const QStringList unknown = notice->unknown();
        if (!unknown.isEmpty())
            out() << CliText::tr("Not known yet: %1.").arg(unknown.join(QStringLiteral("; "))) << Qt::endl;
        if (parser.isSet(QStringLiteral("record"))) {
            BreachNotification sent;
            sent.breachId = breach->id;
            sent.phase = breaches::phaseCode(m_phase);
            sent.sentAt = input.at;
            sent.language = notice->language;
            sent.additions = input.additions.trimmed();
            sent.delayReason = notice->late ? (input.delayReason.trimmed().isEmpty() ? breach->delayReason
                                                                                     : input.delayReason.trimmed())
                                            : QString();
            sent.text = notice->plainText();
            if (const Result<RowId> kept = cases.recordNotification(sent); !kept)
                return fail(CliText::tr("The notification was written but not recorded: %1").arg(kept.errorMessage()),
                            ExitFailure);
            out() << CliText::tr("Recorded as sent on %1.").arg(dates::toText(sent.sentAt)) << Qt::endl;
        }
        return ExitOk;
    }

private:
    breaches::Phase m_phase = breaches::Phase::Initial;
    bool m_pdf = true;
    QString m_language;
};

class BreachLettersCommand final : public DatabaseCommand
{
public:
    BreachLettersCommand()
        : DatabaseCommand(QStringLiteral("breach letters"),
                          CliText::tr("The letters that tell the people concerned of a breach, each in the person's "
                                      "language: one PDF with a page per person, and a CSV for a mailing tool."),
                          Access::Read)
    {
        addOption(breachOption(), true);
        addOption(organizationOption(CliText::tr("The organization of the breach, when several have the reference.")));
        addOption({QStringLiteral("category"),
                   CliText::tr("Only the people of this category, by name; may be given more than once."),
                   CliText::tr("name")});
        addOption({QStringLiteral("purpose"),
                   CliText::tr("Only the people concerned by this consent purpose, by code or name; may be given "
                               "more than once."),
                   CliText::tr("purpose")});
        addOption({QStringLiteral("people"),
                   CliText::tr("Only these people: e-mail addresses or references separated by commas, or a file "
                               "with one per line."),
                   CliText::tr("list")});
        addOption({QStringLiteral("out"), CliText::tr("The PDF file of the letters."), CliText::tr("file")}, true);
        addOption({QStringLiteral("csv"), CliText::tr("Also a CSV file for a mailing tool."), CliText::tr("file")});
        addOption({QStringLiteral("record"),
                   CliText::tr("Record each person as told now, by this means: letter, email, phone, in_person or "
                               "public_notice."),
                   CliText::tr("channel")});
        setDescription(CliText::tr("Without --category, --purpose or --people, every person of the breach's "
                                   "organization receives a letter."));
        addExample(QStringLiteral("breach letters --breach SMOALL-BR-2026-02 --category Subscribers --out letters.pdf "
                                  "--csv letters.csv"));
        addExample(QStringLiteral("breach letters --breach SMOALL-BR-2026-02 --people affected.txt --out letters.pdf "
                                  "--record email"));
    }

protected:
    Access access(const QCommandLineParser &parser) const override
    {
        return parser.isSet(QStringLiteral("record")) ? Access::Existing : Access::Read;
    }

    int check(const QCommandLineParser &parser, const QStringList &arguments) override
    {
        if (!arguments.isEmpty())
            return fail(CliText::tr("breach letters takes no file argument; the file to write is --out."), ExitUsage);
        if (QFileInfo(parser.value(QStringLiteral("out"))).suffix().toLower() != QLatin1String("pdf"))
            return fail(CliText::tr("--out names a .pdf file."), ExitUsage);
        if (parser.isSet(QStringLiteral("csv"))
            && QFileInfo(parser.value(QStringLiteral("csv"))).suffix().toLower() != QLatin1String("csv")) {
            return fail(CliText::tr("--csv names a .csv file."), ExitUsage);
        }
        m_channel = parser.value(QStringLiteral("record")).trimmed().toLower();
        if (parser.isSet(QStringLiteral("record")) && !codes::isValid(CodeList::InformChannel, m_channel)) {
            return fail(CliText::tr("--record is one of %1, not “%2”.")
                            .arg(codes::all(CodeList::InformChannel).join(QStringLiteral(", ")), m_channel),
                        ExitUsage);
        }
        if (parser.isSet(QStringLiteral("people"))) {
            const QString value = parser.value(QStringLiteral("people"));
            if (QFileInfo(value).isFile()) {
                QFile file(value);
                if (!file.open(QIODevice::ReadOnly))
                    return fail(CliText::tr("Cannot read “%1”: %2").arg(value, file.errorString()), ExitFailure);
                m_list = QString::fromUtf8(file.readAll()).split(QRegularExpression(QStringLiteral("[\\r\\n,;]+")),
                                                                 Qt::SkipEmptyParts);
            } else {
                m_list = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            }
            for (QString &entry : m_list)
                entry = entry.trimmed();
            m_list.removeAll(QString());
            if (m_list.isEmpty())
                return fail(CliText::tr("--people names nobody."), ExitUsage);
        }
        return ExitOk;
    }

    int executeOn(Database &db, const QCommandLineParser &parser, const QStringList &) override
    {
        const Result<Breach> breach = breachValue(db, parser);
        if (!breach)
            return fail(breach.errorMessage(), ExitUsage);
        RegisterRepository reg(db);
        PeopleRepository people(db);
        const Result<Organization> organization = reg.organization(breach->organizationId);
        if (!organization)
            return fail(organization.errorMessage(), ExitFailure);
        PeopleSelection selection;
        selection.organizationId = breach->organizationId;
        selection.emailsOrReferences = m_list;
        if (const QStringList wanted = parser.values(QStringLiteral("category")); !wanted.isEmpty()) {
            const Result<QList<SubjectCategory>> categories = reg.subjectCategories(breach->organizationId);
            if (!categories)
                return fail(categories.errorMessage(), ExitFailure);
            for (const QString &name : wanted) {
                const auto it = std::find_if(categories->cbegin(), categories->cend(), [&](const SubjectCategory &c) {
                    return c.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
                });
                if (it == categories->cend()) {
                    QStringList names;
                    for (const SubjectCategory &c : categories.value())
                        names << c.name;
                    return fail(CliText::tr("%1 has no category of people “%2”; its categories are: %3.")
                                    .arg(organization->name, name, names.join(QStringLiteral(", "))),
                                ExitUsage);
                }
                selection.categoryIds << it->id;
            }
        }
        if (const QStringList wanted = parser.values(QStringLiteral("purpose")); !wanted.isEmpty()) {
            const Result<QList<ConsentPurpose>> purposes = people.consentPurposes(breach->organizationId);
            if (!purposes)
                return fail(purposes.errorMessage(), ExitFailure);
            for (const QString &name : wanted) {
                const auto it = std::find_if(purposes->cbegin(), purposes->cend(), [&](const ConsentPurpose &p) {
                    return p.code.compare(name.trimmed(), Qt::CaseInsensitive) == 0
                           || p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
                });
                if (it == purposes->cend()) {
                    QStringList codes;
                    for (const ConsentPurpose &p : purposes.value())
                        codes << p.code;
                    return fail(CliText::tr("%1 has no consent purpose “%2”; its purposes are: %3.")
                                    .arg(organization->name, name, codes.join(QStringLiteral(", "))),
                                ExitUsage);
                }
                selection.purposeIds << it->id;
            }
        }
        QStringList unmatched;
        const Result<QList<DataSubject>> chosen = people.chosenSubjects(selection, &unmatched);
        if (!chosen)
            return fail(chosen.errorMessage(), ExitFailure);
        if (!unmatched.isEmpty()) {
            return fail(CliText::tr("Nobody of %1 has the e-mail address or reference: %2.")
                            .arg(organization->name, unmatched.join(QStringLiteral(", "))),
                        ExitUsage);
        }
        if (chosen->isEmpty())
            return fail(CliText::tr("The selection names nobody; no letter was written."), ExitFailure);
        breaches::LetterBatch batch{breach.value(), organization.value(), chosen.value(), QDate::currentDate()};
        const QString path = parser.value(QStringLiteral("out"));
        if (const Status saved = documents::writeDocumentFile(path, breaches::lettersPdf(batch)); !saved)
            return fail(saved.errorMessage(), ExitFailure);
        out() << CliText::tr("%n letter(s) written to %1", nullptr, int(chosen->size())).arg(path) << Qt::endl;
        if (parser.isSet(QStringLiteral("csv"))) {
            const QString csv = parser.value(QStringLiteral("csv"));
            if (const Status saved = documents::writeDocumentFile(csv, breaches::lettersCsv(batch)); !saved)
                return fail(saved.errorMessage(), ExitFailure);
            out() << CliText::tr("The mailing list written to %1").arg(csv) << Qt::endl;
        }
        if (!m_channel.isEmpty()) {
            QList<BreachInformed> told;
            const QDateTime now = QDateTime::currentDateTime();
            for (const DataSubject &person : chosen.value()) {
                BreachInformed i;
                i.subjectId = person.id;
                i.informedAt = now;
                i.channel = m_channel;
                i.language = breaches::letterLanguage(person, organization.value());
                told << i;
            }
            if (const Status kept = CaseRepository(db).recordInformed(breach->id, told); !kept)
                return fail(CliText::tr("The letters were written but not recorded: %1").arg(kept.errorMessage()),
                            ExitFailure);
            out() << CliText::tr("Recorded: %n person(s) told on %1.", nullptr, int(told.size())).arg(dates::toText(now))
                  << Qt::endl;
        }
        return ExitOk;
    }

private:
    QStringList m_list;
    QString m_channel;
};

} // namespace

std::vector<std::unique_ptr<Command>> breachCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<BreachNoticeCommand>());
    commands.push_back(std::make_unique<BreachLettersCommand>());
    return commands;
}

} // namespace pc::cli
