#include "Intake.h"

#include "IdVault.h"
#include "core/Dates.h"
#include "deadlines/RequestDeadlines.h"
#include "requests/RequestWorkflow.h"
#include "requests/SubjectMatch.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"
#include "storage/RegisterRepository.h"
#include "storage/SqlRow.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSqlQuery>

namespace pc::intake {
namespace {

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue dateOrNullJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// The letter's pages other than the identity document's, as a PDF of their pictures.
QByteArray pagesWithout(const ReadDocument &document, int leftOut)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setCreator(QStringLiteral("Privacy Console"));
    writer.setTitle(QFileInfo(document.fileName).completeBaseName());
    writer.setResolution(150);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter;
    bool first = true;
    for (int i = 0; i < document.pages.size(); ++i) {
        const ReadPage &page = document.pages.at(i);
        if (i == leftOut || page.image.isNull())
            continue;
        const int dpi = page.imageDpi > 0 ? page.imageDpi : 300;
        const QSizeF points(page.image.width() * 72.0 / dpi, page.image.height() * 72.0 / dpi);
        writer.setPageSize(QPageSize(points, QPageSize::Point));
        if (first) {
            if (!painter.begin(&writer))
                return {};
            first = false;
        } else {
            writer.newPage();
        }
        const QRect target(QPoint(0, 0), QSize(writer.width(), writer.height()));
        painter.drawImage(target, page.image);
    }
    if (first)
        return {};
    painter.end();
    return pdf;
}

// Letters read with some confidence: OCR finds letters in the grain of a blank page.
int legibleLetters(const ReadDocument &document)
{
    int count = 0;
    for (const ReadPage &page : document.pages) {
        if (!page.byOcr) {
            for (QChar c : page.text)
                count += c.isLetter() ? 1 : 0;
            continue;
        }
        for (const OcrWord &word : page.words) {
            if (word.confidence < 60)
                continue;
            for (QChar c : QStringView(page.text).mid(word.offset, word.length))
                count += c.isLetter() ? 1 : 0;
        }
    }
    return count;
}

// The letter's text, where a page that is only the photo of an identity
// document (a verified zone, and few words: its printed fields) says
// nothing: a name printed on a passport is not the requester's signature.
// Blanked rather than removed, so that what is found keeps its place in
// the document's text.
QString letterText(const ReadDocument &document)
{
    constexpr int kMostWordsOfADocument = 80;
    QString text = document.text();
    for (int i = 0; i < document.pages.size(); ++i) {
        const ReadPage &page = document.pages.at(i);
        if (!page.byOcr || !page.zone || !page.zone->isValid() || page.words.size() >= kMostWordsOfADocument)
            continue;
        const qsizetype from = document.pageOffset(i);
        for (qsizetype at = from; at < from + page.text.size(); ++at) {
            if (text.at(at) != QLatin1Char('\n'))
                text[at] = QLatin1Char(' ');
        }
    }
    return text;
}

// An address's local part in its segments: "jean.dupont" -> jean, dupont.
QStringList localSegments(const QString &address)
{
    static const QRegularExpression separators(QStringLiteral("[._+\\-]+"));
    return address.section(QLatin1Char('@'), 0, 0).toLower().split(separators, Qt::SkipEmptyParts);
}

// Whether `read` is `known` misread by a segment: one lost ("dupont@" for
// "jean.dupont@"), one more, or the same letters cut otherwise; the domain
// the same.
bool nearMiss(const QString &read, const QString &known)
{
    const QString domain = read.section(QLatin1Char('@'), 1).toLower();
    if (domain.isEmpty() || domain != known.section(QLatin1Char('@'), 1).toLower() || read.compare(known, Qt::CaseInsensitive) == 0)
        return false;
    const QStringList a = localSegments(read);
    const QStringList b = localSegments(known);
    if (a.join(QString()) == b.join(QString()))
        return true;
    const QStringList &shorter = a.size() < b.size() ? a : b;
    const QStringList &longer = a.size() < b.size() ? b : a;
    if (longer.size() != shorter.size() + 1)
        return false;
    for (qsizetype skip = 0; skip < longer.size(); ++skip) {
        QStringList without = longer;
        without.removeAt(skip);
        if (without == shorter)
            return true;
    }
    return false;
}

struct RegisterText
{
    Q_DECLARE_TR_FUNCTIONS(pc::intake::IntakeReader)
};

// An address that holds fewer parts of the name than there are
// ("girard@" for Léa Girard, where the page may have printed
// "lea.girard@") read again on its line, larger and otherwise: a reading
// whose local part ends with the one read and holds more of the name
// takes its place. Only on pages read by OCR.
void rereadCutAddress(DocumentReader &reader, const ReadDocument &document, LetterFacts &facts)
{
    const ReadValue &email = facts.email;
    if (email.isEmpty() || !email.source.isValid() || facts.name.isEmpty())
        return;
    const auto [found, parts] = namePartsInAddress(email.value, facts.name.value);
    if (parts < 2 || found >= parts)
        return;
    for (int i = 0; i < document.pages.size(); ++i) {
        const ReadPage &page = document.pages.at(i);
        const qsizetype at = email.source.offset - document.pageOffset(i);
        if (!page.byOcr || at < 0 || at >= page.text.size())
            continue;
        const auto word = std::find_if(page.words.cbegin(), page.words.cend(), [at, &email](const OcrWord &w) {
            return w.offset < at + email.source.length && at < w.offset + w.length;
        });
        if (word == page.words.cend())
            return;
        const QString readLocal = email.value.section(QLatin1Char('@'), 0, 0);
        const QString domain = email.value.section(QLatin1Char('@'), 1);
        static const QRegularExpression local(QStringLiteral(R"(([A-Za-z0-9._%+\-]+)@)"));
        for (const QString &line : reader.rereadLine(page, word->box)) {
            for (auto it = local.globalMatch(line); it.hasNext();) {
                const QString candidate = it.next().captured(1);
                if (candidate.size() <= readLocal.size() || !candidate.endsWith(readLocal, Qt::CaseInsensitive))
                    continue;
                const QString address = candidate + QLatin1Char('@') + domain;
                if (namePartsInAddress(address, facts.name.value).first <= found)
                    continue;
                facts.email.value = address;
                facts.email.confidence = std::max(facts.email.confidence, kSureConfidence + 5);
                facts.email.doubt.clear();
                return;
            }
        }
        return;
    }
}

} // namespace

Status weighAgainstRegister(Database &db, RowId organizationId, LetterFacts &facts)
{
    constexpr int kKnown = 95;
    constexpr int kMostNamesakes = 20;
    facts.subjectId = 0;
    facts.subjectName.clear();
    if (organizationId <= 0)
        return success();
    RightsRequest asked;
    asked.organizationId = organizationId;
    asked.requesterEmail = facts.email.value;
    asked.requesterName = facts.name.value;
    const auto matches = matchSubjects(db, asked, kMostNamesakes);
    if (!matches)
        return matches.error();
    auto registeredName = [](const DataSubject &person) {
        return QStringLiteral("%1 %2").arg(person.firstName, person.lastName).simplified();
    };
    // Best first: the same e-mail address names the person.
    if (!matches->isEmpty() && matches->constFirst().score == 100) {
        const DataSubject &person = matches->constFirst().subject;
        facts.subjectId = person.id;
        facts.subjectName = person.displayName();
        facts.email.confidence = std::max(facts.email.confidence, kKnown);
        facts.email.doubt.clear();
        const QString registered = registeredName(person);
        if (registered.isEmpty())
            return success();
        if (facts.name.isEmpty()) {
            facts.name = {registered, 80, {}, {}};
        } else if (namesAgree(facts.name.value, registered)) {
            if (facts.name.doubt.isEmpty())
                facts.name.confidence = std::max(facts.name.confidence, kKnown);
        } else {
            facts.name.doubtBecause(RegisterText::tr("The register gives this e-mail address to %1.").arg(registered));
        }
        return success();
    }
    // The people the register knows by that name.
    const bool fullName = facts.name.value.simplified().contains(QLatin1Char(' '));
    for (const SubjectMatch &match : matches.value()) {
        const QString registered = registeredName(match.subject);
        if (!namesAgree(facts.name.value, registered))
            continue;
        if (!facts.email.isEmpty() && nearMiss(facts.email.value, match.subject.email)) {
            facts.email.doubtBecause(RegisterText::tr("The register knows %1 as %2: a part of the address may have "
                                                      "been lost in reading.")
                                         .arg(registered, match.subject.email));
            return success();
        }
        if (facts.name.doubt.isEmpty() && fullName)
            facts.name.confidence = std::max(facts.name.confidence, 85);
    }
    return success();
}

Result<IntakeAnalysis> IntakeReader::analyze(const QString &letterPath, const QString &idPath,
                                             const QList<KnownOrganization> &organizations, const QDate &today)
{
    Result<ReadDocument> letter = m_reader.read(letterPath);
    if (!letter)
        return letter.error();
    IntakeAnalysis analysis;
    analysis.letter = std::move(letter).value();
    if (!idPath.isEmpty()) {
        Result<ReadDocument> id = m_reader.read(idPath);
        if (!id)
            return id.error();
        analysis.idFile = std::move(id).value();
        const int page = analysis.idFile->idPageIndex();
        if (page >= 0)
            analysis.idDocument = analysis.idFile->pages.at(page).zone;
        analysis.idCopy = {analysis.idFile->fileName, analysis.idFile->mediaType, analysis.idFile->content};
    }
    const int letterIdPage = analysis.letter.idPageIndex();
    if (letterIdPage >= 0) {
        analysis.idPageIndex = letterIdPage;
        if (!analysis.idDocument || analysis.letter.pages.at(letterIdPage).zone->betterThan(*analysis.idDocument)) {
            analysis.idDocument = analysis.letter.pages.at(letterIdPage).zone;
            analysis.idCopy = {analysis.letter.fileName, analysis.letter.mediaType, analysis.letter.content};
        }
        // The database keeps the letter without the page that carries the identity document.
        if (analysis.letter.pages.size() > 1) {
            analysis.letterCopy = {QFileInfo(analysis.letter.fileName).completeBaseName() + QStringLiteral(".pdf"),
                                   QStringLiteral("application/pdf"), pagesWithout(analysis.letter, letterIdPage)};
        }
    } else {
        analysis.letterCopy = {analysis.letter.fileName, analysis.letter.mediaType, analysis.letter.content};
    }
    analysis.facts = readLetter(letterText(analysis.letter), organizations, today);
    rereadCutAddress(m_reader, analysis.letter, analysis.facts);
    if (legibleLetters(analysis.letter) < 20 && !analysis.idDocument)
        return Error{tr("Nothing could be read in “%1”: the scan may be blank, too faint or blurred. Scan it again "
                        "at 300 dpi, in grey or in colour.")
                         .arg(analysis.letter.fileName)};
    if (analysis.idDocument && !analysis.idDocument->surname.isEmpty() && !analysis.facts.name.isEmpty())
        analysis.identityMatch = namesMatch(*analysis.idDocument, analysis.facts.name.value);
    return analysis;
}

Result<QList<KnownOrganization>> knownOrganizations(Database &db)
{
    const auto organizations = RegisterRepository(db).organizations();
    if (!organizations)
        return organizations.error();
    QList<KnownOrganization> known;
    for (const Organization &o : organizations.value()) {
        known << KnownOrganization{o.id, o.name};
        if (!o.legalName.isEmpty() && o.legalName != o.name)
            known << KnownOrganization{o.id, o.legalName};
    }
    return known;
}

QString zoneDoubt(const MrzData &zone)
{
    if (!zone.isValid() || zone.isSure())
        return {};
    if (zone.repairs > MrzData::kSureRepairs)
        return IntakeReader::tr("The check digits verify only after %n characters read were corrected: compare the "
                                "number, the dates and the name with the copy.",
                                nullptr, zone.repairs);
    return IntakeReader::tr("The check digits verify, but no two readings of the zone gave the same number: compare "
                            "the number, the dates and the name with the copy.");
}

QString doubtText(const ReadValue &value)
{
    return value.doubt.isEmpty() ? IntakeReader::tr("read with %1 % confidence").arg(value.confidence) : value.doubt;
}

QJsonObject toJson(const IntakeAnalysis &analysis, const QDate &today)
{
    const LetterFacts &facts = analysis.facts;
    QJsonArray types;
    for (const QString &type : facts.types())
        types << type;
    QJsonObject json{
        {QStringLiteral("language"), textOrNull(facts.language.value)},
        {QStringLiteral("types"), types},
        {QStringLiteral("requester"),
         QJsonObject{{QStringLiteral("name"), textOrNull(facts.name.value)},
                     {QStringLiteral("email"), textOrNull(facts.email.value)},
                     {QStringLiteral("address"), textOrNull(facts.address.value)}}},
        {QStringLiteral("organization"), textOrNull(facts.organization.value)},
        {QStringLiteral("letter_date"), dateOrNullJson(facts.date)},
    };
    // Each value not sure enough to be taken as read, and why.
    QJsonObject doubts;
    const std::pair<const char *, const ReadValue *> values[] = {
        {"language", &facts.language}, {"name", &facts.name},          {"email", &facts.email},
        {"address", &facts.address},   {"organization", &facts.organization}, {"letter_date", &facts.letterDate}};
    for (const auto &[key, value] : values) {
        if (!value->isEmpty() && !value->isSure())
            doubts.insert(QLatin1String(key), doubtText(*value));
    }
    json.insert(QStringLiteral("doubts"), doubts);
    json.insert(QStringLiteral("subject"), facts.subjectId > 0 ? QJsonValue(QJsonObject{{QStringLiteral("id"), facts.subjectId},
                                                                                         {QStringLiteral("name"), facts.subjectName}})
                                                               : QJsonValue(QJsonValue::Null));
    if (analysis.idDocument) {
        const MrzData &id = *analysis.idDocument;
        json.insert(QStringLiteral("id_document"),
                    QJsonObject{{QStringLiteral("format"), formatName(id.format)},
                                {QStringLiteral("surname"), id.surname},
                                {QStringLiteral("given_names"), id.givenNames},
                                {QStringLiteral("document_number"), id.documentNumber},
                                {QStringLiteral("nationality"), id.nationality},
                                {QStringLiteral("birth_date"), dateOrNullJson(id.birthDate)},
                                {QStringLiteral("expiry_date"), dateOrNullJson(id.expiryDate)},
                                {QStringLiteral("mrz_valid"), id.isValid()},
                                {QStringLiteral("mrz_sure"), id.isSure()},
                                {QStringLiteral("expired"), id.isExpired(today)}});
    } else {
        json.insert(QStringLiteral("id_document"), QJsonValue(QJsonValue::Null));
    }
    json.insert(QStringLiteral("identity_match"),
                analysis.identityMatch ? QJsonValue(*analysis.identityMatch) : QJsonValue(QJsonValue::Null));
    return json;
}

IntakeDecision proposedDecision(const IntakeAnalysis &analysis, const QDate &today)
{
    const LetterFacts &facts = analysis.facts;
    IntakeDecision decision;
    decision.organizationId = facts.organizationId;
    decision.types = facts.types();
    decision.language = facts.language.value;
    decision.requesterName = facts.name.value;
    decision.requesterEmail = facts.email.value;
    decision.requesterAddress = facts.address.value;
    decision.letterDate = facts.date;
    decision.receivedOn = today;
    decision.subjectId = facts.subjectId;
    decision.keepIdCopy = !analysis.idCopy.isEmpty();
    return decision;
}

Result<RightsRequest> createRequest(Database &db, const IntakeAnalysis &analysis, const IntakeDecision &decision,
                                   IdVault *vault)
{
    if (decision.organizationId <= 0)
        return Error{IntakeReader::tr("Choose the organization the letter is addressed to.")};
    if (decision.types.isEmpty())
        return Error{IntakeReader::tr("Tick at least one right the person asks for.")};
    if (!decision.receivedOn.isValid())
        return Error{IntakeReader::tr("Give the day the letter was received: the deadline runs from it.")};
    if (decision.receivedOn > QDate::currentDate())
        return Error{IntakeReader::tr("The letter cannot have been received on %1, a day still to come.")
                         .arg(dates::toText(decision.receivedOn))};
    if (decision.letterDate.isValid() && decision.letterDate > decision.receivedOn)
        return Error{IntakeReader::tr("The letter is dated %1, after the day it was received (%2).")
                         .arg(dates::toText(decision.letterDate), dates::toText(decision.receivedOn))};
    if (decision.keepIdCopy && !analysis.idCopy.isEmpty() && !vault)
        return Error{IntakeReader::tr("The vault of identity documents is not open: the copy cannot be kept.")};
    const auto organization = RegisterRepository(db).organization(decision.organizationId);
    if (!organization)
        return organization.error();

    RightsRequest request;
    request.organizationId = decision.organizationId;
    request.types = decision.types;
    request.channel = QStringLiteral("letter");
    request.jurisdiction = organization->jurisdiction;
    request.language = decision.language.isEmpty() ? organization->policyLanguage : decision.language;
    request.requesterName = decision.requesterName.trimmed();
    request.requesterEmail = decision.requesterEmail.trimmed();
    request.requesterAddress = decision.requesterAddress.trimmed();
    request.letterDate = decision.letterDate;
    request.receivedOn = decision.receivedOn;
    QString subjectName;
    if (decision.subjectId > 0) {
        const auto person = PeopleRepository(db).subject(decision.subjectId);
        if (!person)
            return person.error();
        if (person->organizationId != decision.organizationId)
            return Error{IntakeReader::tr("The person chosen belongs to another organization's register.")};
        request.subjectId = person->id;
        subjectName = person->displayName();
    }
    if (analysis.identityMatch.has_value())
        request.notes = *analysis.identityMatch
            ? IntakeReader::tr("The name on the identity document matches the requester's.")
            : IntakeReader::tr("The name on the identity document does not match the requester's.");
    const auto engine = deadlines::engineFor(db, request.jurisdiction);
    if (!engine)
        return engine.error();
    deadlines::applyDeadlines(request, engine.value(), QDate::currentDate());

    CaseRepository cases(db);
    const Status created = db.transaction([&]() -> Status {
        const auto reference = cases.nextReference(QStringLiteral("rights_requests"), request.organizationId,
                                                   QStringLiteral("REQ-%1-").arg(request.receivedOn.year()));
        if (!reference)
            return reference.error();
        request.reference = reference.value();
        if (const auto me = cases.userByName(db.actor()); me && me->has_value())
            request.assigneeId = me->value().id;
        if (const auto id = cases.addRequest(request); !id)
            return id.error();
        if (!analysis.letterCopy.isEmpty()) {
            Attachment letter;
            letter.organizationId = request.organizationId;
            letter.requestId = request.id;
            letter.kind = QStringLiteral("letter");
            letter.fileName = analysis.letterCopy.fileName;
            letter.mediaType = analysis.letterCopy.mediaType;
            letter.content = analysis.letterCopy.content;
            if (const auto id = cases.addAttachment(letter); !id)
                return id.error();
        }
        if (Status s = RequestWorkflow::note(db, request.id, QStringLiteral("letter_imported"), analysis.letter.fileName,
                                             request.receivedOn);
            !s) {
            return s;
        }
        if (request.subjectId > 0) {
            if (Status s = RequestWorkflow::note(db, request.id, QStringLiteral("subject_linked"), subjectName); !s)
                return s;
        }
        if (decision.keepIdCopy && !analysis.idCopy.isEmpty()) {
            const QDate destroyBy = decision.destroyIdCopyBy.isValid() ? decision.destroyIdCopyBy : request.dueOn;
            const auto stored = vault->store(db, request, analysis.idCopy.fileName, analysis.idCopy.mediaType,
                                             analysis.idCopy.content, destroyBy);
            if (!stored)
                return stored.error();
        }
        return success();
    });
    if (!created)
        return created.error();
    request.rowVersion = 1;
    return request;
}

ProposedCheck proposeCheck(const std::optional<MrzData> &zone, const QString &requesterName, const QDate &today)
{
    ProposedCheck proposed;
    IdentityCheck &check = proposed.check;
    check.checkedOn = today;
    check.outcome = QStringLiteral("inconclusive");
    check.documentType = QStringLiteral("other");
    if (!zone) {
        proposed.why = IntakeReader::tr("No machine-readable zone was read: compare the copy with the request yourself.");
        return proposed;
    }
    check.documentType = formatName(zone->format);
    check.documentNumberSuffix = zone->numberSuffix();
    const QString holder = QStringLiteral("%1 %2").arg(zone->givenNames, zone->surname).simplified();
    if (!zone->isValid()) {
        proposed.why = zone->failedChecks.isEmpty()
            ? IntakeReader::tr("The zone was read with too many repairs to be trusted.")
            : IntakeReader::tr("Check digits that fail: %1. The document may be forged or misread.")
                  .arg(zone->failedChecks.join(QStringLiteral(", ")));
        return proposed;
    }
    if (!zone->isSure()) {
        proposed.why = zoneDoubt(zone.value());
        return proposed;
    }
    const bool same = namesMatch(zone.value(), requesterName);
    if (!same) {
        check.outcome = QStringLiteral("mismatch");
        proposed.why = requesterName.trimmed().isEmpty()
            ? IntakeReader::tr("The document names %1; the request gives no name.").arg(holder)
            : IntakeReader::tr("The document names %1; the request was made by %2.").arg(holder, requesterName.trimmed());
        return proposed;
    }
    if (zone->isExpired(today)) {
        proposed.why = IntakeReader::tr("The document names %1, but it expired on %2.")
                           .arg(holder, dates::toText(zone->expiryDate));
        return proposed;
    }
    check.outcome = QStringLiteral("match");
    proposed.why = IntakeReader::tr("Every check digit verifies; the document names %1 and is valid until %2.")
                       .arg(holder, dates::toText(zone->expiryDate));
    return proposed;
}

Result<int> destroyDueCopies(Database &db, const QDate &today)
{
    QSqlQuery due = db.prepare(QStringLiteral("SELECT count(*) FROM attachments WHERE kind = 'id_copy' "
                                              "AND destroyed_at IS NULL AND destroy_after < ?"));
    due.addBindValue(dateOrNull(today));
    if (!due.exec() || !due.next())
        return Database::sqlError(due);
    if (scalar<qint64>(due) == 0)
        return 0;
    due.finish();
    return IdVault::destroyExpired(db, today);
}

} // namespace pc::intake
