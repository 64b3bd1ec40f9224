#include "Intake.h"

#include "IdVault.h"
#include "core/Dates.h"
#include "deadlines/RequestDeadlines.h"
#include "requests/RequestWorkflow.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/RegisterRepository.h"
#include "storage/SqlRow.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
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

} // namespace

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
        if (!analysis.idDocument || (!analysis.idDocument->isValid()
                                     && analysis.letter.pages.at(letterIdPage).zone->isValid())) {
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
