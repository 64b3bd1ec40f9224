#include "SubjectMatch.h"

#include "RequestWorkflow.h"

#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/PeopleRepository.h"

#include <QCoreApplication>

namespace pc {
namespace {

struct SubjectMatchText
{
    Q_DECLARE_TR_FUNCTIONS(pc::SubjectMatch)
};

QString folded(const QString &text)
{
    return text.simplified().toLower();
}

} // namespace

std::pair<QString, QString> splitName(const QString &fullName)
{
    const QStringList words = fullName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    if (words.size() == 1)
        return {QString(), words.first()};
    return {words.first(), words.mid(1).join(QLatin1Char(' '))};
}

Result<QList<SubjectMatch>> matchSubjects(Database &db, const RightsRequest &request, int limit)
{
    QList<SubjectMatch> matches;
    auto seen = [&](RowId id) {
        return std::any_of(matches.cbegin(), matches.cend(), [id](const SubjectMatch &m) { return m.subject.id == id; });
    };
    PeopleRepository people(db);
    if (!folded(request.requesterEmail).isEmpty()) {
        const auto same = people.subjectsWithEmail(request.organizationId, request.requesterEmail, limit);
        if (!same)
            return same.error();
        for (const DataSubject &subject : same.value())
            matches << SubjectMatch{subject, 100, SubjectMatchText::tr("Same e-mail address")};
    }
    // Every way of cutting the name into first and last names: "Pieter van
    // der Merwe" may be kept as "Merwe", "der Merwe" or "van der Merwe".
    const QStringList words = folded(request.requesterName).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype cut = 0; cut < words.size() && matches.size() < limit; ++cut) {
        const QString first = words.mid(0, cut).join(QLatin1Char(' '));
        const auto namesakes = people.subjectsWithLastName(request.organizationId, words.mid(cut).join(QLatin1Char(' ')), limit);
        if (!namesakes)
            return namesakes.error();
        for (const DataSubject &subject : namesakes.value()) {
            if (seen(subject.id))
                continue;
            matches << (folded(subject.firstName) == first
                            ? SubjectMatch{subject, 80, SubjectMatchText::tr("Same first and last name")}
                            : SubjectMatch{subject, 40, SubjectMatchText::tr("Same last name")});
        }
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const SubjectMatch &a, const SubjectMatch &b) { return a.score > b.score; });
    if (matches.size() > limit)
        matches.resize(limit);
    return matches;
}

Status linkSubject(Database &db, RightsRequest &request, RowId subjectId)
{
    RightsRequest linked = request;
    linked.subjectId = subjectId;
    const Status saved = db.transaction([&]() -> Status {
        PeopleRepository people(db);
        const Result<DataSubject> subject = people.subject(subjectId);
        if (!subject)
            return subject.error();
        if (subject.value().organizationId != request.organizationId)
            return Error{SubjectMatchText::tr("That person belongs to another organization's register.")};
        CaseRepository cases(db);
        if (Status s = cases.updateRequest(linked); !s)
            return s;
        return RequestWorkflow::note(db, request.id, QStringLiteral("subject_linked"), subject.value().displayName());
    });
    if (saved)
        request = linked;
    return saved;
}

Result<RowId> createSubjectFromRequest(Database &db, RightsRequest &request, const QDate &today)
{
    if (request.requesterName.trimmed().isEmpty() && request.requesterEmail.trimmed().isEmpty())
        return Error{SubjectMatchText::tr("The request names nobody to add to the register.")};
    RightsRequest linked = request;
    DataSubject subject;
    subject.organizationId = request.organizationId;
    std::tie(subject.firstName, subject.lastName) = splitName(request.requesterName);
    subject.email = request.requesterEmail.trimmed();
    subject.address = request.requesterAddress.trimmed();
    subject.language = request.language;
    subject.collectedOn = request.receivedOn.isValid() ? request.receivedOn : today;
    subject.lastContactOn = subject.collectedOn;
    const Status saved = db.transaction([&]() -> Status {
        PeopleRepository people(db);
        const Result<RowId> id = people.addSubject(subject);
        if (!id)
            return id.error();
        linked.subjectId = id.value();
        CaseRepository cases(db);
        if (Status s = cases.updateRequest(linked); !s)
            return s;
        return RequestWorkflow::note(db, request.id, QStringLiteral("subject_created"), subject.displayName());
    });
    if (!saved)
        return saved.error();
    request = linked;
    return linked.subjectId;
}

} // namespace pc
