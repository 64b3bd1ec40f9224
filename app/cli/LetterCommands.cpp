// import-letter: a request letter and an identity document's copy read, and
// the request recorded when asked.

#include "Command.h"
#include "CommandLine.h"

#include "core/Dates.h"
#include "domain/Codes.h"
#include "intake/IdVault.h"
#include "intake/Intake.h"

#include <QFileInfo>

#include <algorithm>
#include <QJsonDocument>

namespace pc::cli {
namespace {

class ImportLetterCommand final : public Command
{
public:
    ImportLetterCommand()
        : Command(QStringLiteral("import-letter"),
                  CliText::tr("Read a request letter (PDF or scan) and an identity document's copy; with --create, "
                              "record the request."))
    {
        addArgument(QStringLiteral("LETTER"), CliText::tr("The letter: a PDF, or a scan or photo (PNG, JPEG, TIFF)."));
        addOption({QStringLiteral("id"), CliText::tr("A copy of the identity document sent with the letter."),
                   CliText::tr("file")});
        addOption({QStringLiteral("json"), CliText::tr("Print what was read as one JSON object.")});
        addOption({QStringLiteral("create"), CliText::tr("Record the request in the database.")});
        addOption(organizationOption(
            CliText::tr("With --create: the organization addressed, by name or number, when the letter does not say.")));
        addOption({QStringLiteral("received"),
                   CliText::tr("With --create: the day the request arrived (YYYY-MM-DD; default today)."),
                   CliText::tr("date")});
        addOption(databaseOption());
        setDescription(CliText::tr("Reading alone writes nothing; the organizations of the database, when there is "
                                   "one, help find whom the letter is addressed to."));
        addExample(QStringLiteral("import-letter letter.pdf --id passport.jpg --json"));
        addExample(QStringLiteral("import-letter scan.png --create --organization SOFTNLABS --received 2026-11-30"));
    }

protected:
    int execute(const QCommandLineParser &parser, const QStringList &arguments) override
    {
        if (arguments.size() != 1)
            return fail(CliText::tr("import-letter wants the letter's file: import-letter LETTER [--id IDCOPY]."),
                        ExitUsage);
        const bool create = parser.isSet(QStringLiteral("create"));
        QDate received = QDate::currentDate();
        if (parser.isSet(QStringLiteral("received"))) {
            const Result<QDate> day = dateValue(parser, QStringLiteral("received"));
            if (!day)
                return fail(day.errorMessage(), ExitUsage);
            received = day.value();
        }
        // The organizations it may be addressed to: from the database named,
        // or the embedded default when there is one.
        std::unique_ptr<Database> db;
        const Result<ConnectionSpec> spec = databaseSpec(parser, create);
        if (!spec)
            return fail(spec.errorMessage(), ExitUsage);
        if (create || parser.isSet(QStringLiteral("database")) || QFileInfo::exists(spec->path)) {
            auto opened = openDatabase(spec.value(), create ? OpenMode::ReadWrite : OpenMode::ReadOnly);
            if (!opened)
                return fail(opened.errorMessage(), ExitFailure);
            db = std::move(opened).value();
        }
        QList<intake::KnownOrganization> organizations;
        if (db) {
            const auto known = intake::knownOrganizations(*db);
            if (!known)
                return fail(known.errorMessage(), ExitFailure);
            organizations = known.value();
        }
        intake::IntakeReader reader;
        auto analysis = reader.analyze(arguments.constFirst(), parser.value(QStringLiteral("id")), organizations,
                                       QDate::currentDate());
        if (!analysis)
            return fail(analysis.errorMessage(), ExitFailure);
        RowId organizationId = analysis->facts.organizationId;
        if (parser.isSet(QStringLiteral("organization"))) {
            organizationId = organizationNamed(organizations, parser.value(QStringLiteral("organization")));
            if (organizationId == 0)
                return fail(CliText::tr("No organization is called “%1” in this database.")
                                .arg(parser.value(QStringLiteral("organization"))),
                            ExitUsage);
        } else if (organizationId == 0) {
            organizationId = onlyOrganization(organizations);
        }
        if (db) {
            if (Status weighed = intake::weighAgainstRegister(*db, organizationId, analysis->facts); !weighed)
                return fail(weighed.errorMessage(), ExitFailure);
        }
        QJsonObject report = intake::toJson(analysis.value(), QDate::currentDate());
        if (create) {
            const int code = record(*db, analysis.value(), organizationId, received, parser.isSet(QStringLiteral("json")), report);
            if (code != ExitOk)
                return code;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            out() << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
            out().flush();
            return ExitOk;
        }
        print(analysis.value());
        return ExitOk;
    }

private:
    // The organization called `wanted` (a name or an id), 0 when none is.
    static RowId organizationNamed(const QList<intake::KnownOrganization> &organizations, const QString &wanted)
    {
        for (const intake::KnownOrganization &o : organizations) {
            if (o.name.compare(wanted, Qt::CaseInsensitive) == 0 || QString::number(o.id) == wanted)
                return o.id;
        }
        return 0;
    }

    // The database's organization when it has only one (under one or two names), else 0.
    static RowId onlyOrganization(const QList<intake::KnownOrganization> &organizations)
    {
        if (organizations.isEmpty())
            return 0;
        const RowId first = organizations.constFirst().id;
        const bool one = std::all_of(organizations.cbegin(), organizations.cend(),
                                     [first](const intake::KnownOrganization &o) { return o.id == first; });
        return one ? first : 0;
    }

    // Records the request for `organizationId`; its reference and deadline go into `report`.
    static int record(Database &db, const intake::IntakeAnalysis &analysis, RowId organizationId, const QDate &received,
                      bool json, QJsonObject &report)
    {
        intake::IntakeDecision decision = intake::proposedDecision(analysis, received);
        decision.organizationId = organizationId;
        if (decision.organizationId == 0)
            return fail(CliText::tr("The letter does not name an organization of this database: say which with "
                                    "--organization."),
                        ExitUsage);
        intake::IdVault *vault = nullptr;
        if (!analysis.idCopy.isEmpty()) {
            const auto opened = openIdVault(db);
            if (!opened)
                return fail(opened.errorMessage(), ExitFailure);
            vault = opened.value();
        }
        const auto request = intake::createRequest(db, analysis, decision, vault);
        if (!request)
            return fail(request.errorMessage(), ExitFailure);
        report.insert(QStringLiteral("created"),
                      QJsonObject{{QStringLiteral("reference"), request->reference},
                                  {QStringLiteral("received_on"), request->receivedOn.toString(Qt::ISODate)},
                                  {QStringLiteral("due_on"), request->dueOn.toString(Qt::ISODate)}});
        if (!json) {
            out() << CliText::tr("Created %1, received %2, due %3.")
                         .arg(request->reference, dates::toText(request->receivedOn), dates::toText(request->dueOn))
                  << Qt::endl;
        }
        return ExitOk;
    }

    static void print(const intake::IntakeAnalysis &analysis)
    {
        const intake::LetterFacts &facts = analysis.facts;
        QStringList types;
        for (const QString &type : facts.types())
            types << codes::label(CodeList::RequestType, type);
        auto line = [](const QString &label, const QString &value) {
            out() << label << QStringLiteral(": ") << (value.isEmpty() ? CliText::tr("(not found)") : value) << Qt::endl;
        };
        // A doubtful value says so on the line under it, and why.
        auto read = [&line](const QString &label, const intake::ReadValue &value, const QString &shown) {
            line(label, shown);
            if (!value.isEmpty() && !value.isSure())
                out() << QStringLiteral("  ") << CliText::tr("to check: %1").arg(intake::doubtText(value)) << Qt::endl;
        };
        read(CliText::tr("Language"), facts.language, facts.language.value);
        line(CliText::tr("Rights"), types.join(QStringLiteral(", ")));
        read(CliText::tr("Requester"), facts.name, facts.name.value);
        read(CliText::tr("E-mail"), facts.email, facts.email.value);
        if (facts.subjectId > 0)
            line(CliText::tr("Known to the register as"), facts.subjectName);
        read(CliText::tr("Address"), facts.address, facts.address.value);
        read(CliText::tr("Organization"), facts.organization, facts.organization.value);
        read(CliText::tr("Letter dated"), facts.letterDate, facts.date.isValid() ? dates::toText(facts.date) : QString());
        if (!analysis.idDocument)
            return;
        const intake::MrzData &id = *analysis.idDocument;
        line(CliText::tr("Identity document"),
             CliText::tr("%1 %2, %3 %4, no. %5, expires %6; check digits %7")
                 .arg(intake::formatName(id.format), id.nationality, id.givenNames, id.surname, id.documentNumber,
                      id.expiryDate.isValid() ? dates::toText(id.expiryDate) : QStringLiteral("?"),
                      id.isSure()        ? CliText::tr("all valid")
                          : id.isValid() ? CliText::tr("all valid, not sure: %1").arg(intake::zoneDoubt(id))
                                         : CliText::tr("%1 failed").arg(id.failedChecks.join(QStringLiteral(", ")))));
        if (analysis.identityMatch)
            line(CliText::tr("Holder is the requester"), *analysis.identityMatch ? CliText::tr("yes") : CliText::tr("no"));
    }
};

} // namespace

std::vector<std::unique_ptr<Command>> letterCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ImportLetterCommand>());
    return commands;
}

} // namespace pc::cli
