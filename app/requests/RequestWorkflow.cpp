#include "RequestWorkflow.h"

#include "domain/Codes.h"

#include "core/Dates.h"
#include "deadlines/RequestDeadlines.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace pc {
namespace {

struct WorkflowText
{
    Q_DECLARE_TR_FUNCTIONS(pc::RequestWorkflow)
};

bool isClosed(const RightsRequest &r)
{
    return r.status == QLatin1String("answered") || r.status == QLatin1String("refused")
        || r.status == QLatin1String("withdrawn");
}

bool waitingForIdentity(const RightsRequest &r)
{
    return r.identityRequestedOn.isValid() && !r.identityReceivedOn.isValid();
}

bool waitingForClarification(const RightsRequest &r)
{
    return r.clarificationRequestedOn.isValid() && !r.clarificationReceivedOn.isValid();
}

Error refused(const QString &message)
{
    return Error{message};
}

QString missingText(RequestStep step)
{
    switch (step) {
    case RequestStep::AskIdentity:
        return WorkflowText::tr("Write down the reasonable doubt about the person's identity: an identity document "
                                "may be asked for only on a documented doubt.");
    case RequestStep::AskClarification: return WorkflowText::tr("Write down what the person is asked to make clear.");
    case RequestStep::Extend: return WorkflowText::tr("Write down why more time is needed: the person must be told.");
    case RequestStep::Refuse:
        return WorkflowText::tr("Write down why the request is refused: the person must be told, with their right "
                                "to complain to the authority.");
    case RequestStep::Reopen: return WorkflowText::tr("Write down why the request is reopened.");
    default: return {};
    }
}

} // namespace

QList<RequestStep> RequestWorkflow::allSteps()
{
    return {RequestStep::AskIdentity, RequestStep::IdentityReceived, RequestStep::AskClarification,
            RequestStep::ClarificationReceived, RequestStep::StartWork, RequestStep::Extend,
            RequestStep::Answer, RequestStep::Refuse, RequestStep::Withdraw, RequestStep::Reopen};
}

QList<RequestStep> RequestWorkflow::available(const RightsRequest &r)
{
    if (r.id == 0)
        return {};
    if (isClosed(r))
        return {RequestStep::Reopen};
    QList<RequestStep> steps;
    if (!r.identityRequestedOn.isValid())
        steps << RequestStep::AskIdentity;
    if (waitingForIdentity(r))
        steps << RequestStep::IdentityReceived;
    if (!r.clarificationRequestedOn.isValid())
        steps << RequestStep::AskClarification;
    if (waitingForClarification(r))
        steps << RequestStep::ClarificationReceived;
    if (r.status == QLatin1String("received"))
        steps << RequestStep::StartWork;
    if (!r.extensionNotifiedOn.isValid() && r.status != QLatin1String("extended"))
        steps << RequestStep::Extend;
    if (!waitingForIdentity(r))
        steps << RequestStep::Answer;
    steps << RequestStep::Refuse << RequestStep::Withdraw;
    return steps;
}

QString RequestWorkflow::eventCode(RequestStep step)
{
    switch (step) {
    case RequestStep::AskIdentity: return QStringLiteral("identity_requested");
    case RequestStep::IdentityReceived: return QStringLiteral("identity_received");
    case RequestStep::AskClarification: return QStringLiteral("clarification_requested");
    case RequestStep::ClarificationReceived: return QStringLiteral("clarification_received");
    case RequestStep::StartWork: return QStringLiteral("in_progress");
    case RequestStep::Extend: return QStringLiteral("extended");
    case RequestStep::Answer: return QStringLiteral("answered");
    case RequestStep::Refuse: return QStringLiteral("refused");
    case RequestStep::Withdraw: return QStringLiteral("withdrawn");
    case RequestStep::Reopen: return QStringLiteral("reopened");
    }
    return {};
}

QString RequestWorkflow::actionLabel(RequestStep step)
{
    switch (step) {
    case RequestStep::AskIdentity: return WorkflowText::tr("Ask for an identity document…");
    case RequestStep::IdentityReceived: return WorkflowText::tr("Identity document received…");
    case RequestStep::AskClarification: return WorkflowText::tr("Ask for a clarification…");
    case RequestStep::ClarificationReceived: return WorkflowText::tr("Clarification received…");
    case RequestStep::StartWork: return WorkflowText::tr("Start work…");
    case RequestStep::Extend: return WorkflowText::tr("Extend the period…");
    case RequestStep::Answer: return WorkflowText::tr("Answered…");
    case RequestStep::Refuse: return WorkflowText::tr("Refuse…");
    case RequestStep::Withdraw: return WorkflowText::tr("Withdrawn by the person…");
    case RequestStep::Reopen: return WorkflowText::tr("Reopen…");
    }
    return {};
}

QString RequestWorkflow::textLabel(RequestStep step)
{
    switch (step) {
    case RequestStep::AskIdentity: return WorkflowText::tr("The reasonable doubt about the person's identity:");
    case RequestStep::AskClarification: return WorkflowText::tr("What the person is asked to make clear:");
    case RequestStep::Extend: return WorkflowText::tr("Why more time is needed (told to the person):");
    case RequestStep::Answer: return WorkflowText::tr("What was done:");
    case RequestStep::Refuse: return WorkflowText::tr("Why the request is refused (told to the person):");
    case RequestStep::Reopen: return WorkflowText::tr("Why the request is reopened:");
    case RequestStep::IdentityReceived:
    case RequestStep::ClarificationReceived:
    case RequestStep::StartWork:
    case RequestStep::Withdraw: return WorkflowText::tr("Note:");
    }
    return {};
}

bool RequestWorkflow::needsText(RequestStep step)
{
    switch (step) {
    case RequestStep::AskIdentity:
    case RequestStep::AskClarification:
    case RequestStep::Extend:
    case RequestStep::Refuse:
    case RequestStep::Reopen: return true;
    default: return false;
    }
}

QString RequestWorkflow::eventLabel(const QString &code)
{
    return eventLabelIn(code, QString());
}

QString RequestWorkflow::eventLabelIn(const QString &code, const QString &language)
{
    static const struct
    {
        const char *code;
        const char *label;
    } kEvents[] = {
        {"received", QT_TRANSLATE_NOOP("pc::RequestWorkflow", "Request received")},
        {"identity_requested", QT_TRANSLATE_NOOP("pc::RequestWorkflow", "Identity document asked for")},
        {"identity_received", QT_TRANSLATE_NOOP("pc::RequestWorkflow", "Identity document received")},
        {"clarification_requested", QT_TRANSLATE_NOOP("pc::RequestWorkflow", "Clarification asked for")},
        {"clarification_received", QT_TRANSLATE_NOOP("pc::RequestWorkflow", "Clarification received")},
        {"in_progress", QT_TRANSLATE_NOOP("pc::RequestWorkflow", "Work started")},
        {"extended", QT_TRANSLATE_NOOP("pc::RequestWorkflow", "Period extended")},
        {"answered", QT_TRANSLATE_NOOP("pc::RequestWorkflow", "Answered")},
        {"refused", QT_TRANSLATE_NOOP("pc::RequestWorkflow", "Refused")},
        {"withdrawn", QT_TRANSLATE_NOOP("pc::RequestWorkflow", "Withdrawn by the person")},
        {"reopened", QT_TRANSLATE_NOOP("pc::RequestWorkflow", "Reopened")},
        {"letter", QT_TRANSLATE_NOOP("pc::RequestWorkflow", "Letter saved")},
        {"letter_imported", QT_TRANSLATE_NOOP("pc::RequestWorkflow", "Request letter imported")},
        {"subject_linked", QT_TRANSLATE_NOOP("pc::RequestWorkflow", "Person found in the register")},
        {"subject_created", QT_TRANSLATE_NOOP("pc::RequestWorkflow", "Person added to the register")},
        {"exported", QT_TRANSLATE_NOOP("pc::RequestWorkflow", "Personal data exported")},
        {"erased", QT_TRANSLATE_NOOP("pc::RequestWorkflow", "Personal data erased")},
        {"id_copy_stored", QT_TRANSLATE_NOOP("pc::RequestWorkflow", "Identity document copy kept, encrypted")},
        {"identity_checked", QT_TRANSLATE_NOOP("pc::RequestWorkflow", "Identity checked")},
        {"id_copy_destroyed", QT_TRANSLATE_NOOP("pc::RequestWorkflow", "Identity document copy destroyed")},
    };
    for (const auto &event : kEvents) {
        if (code != QLatin1String(event.code))
            continue;
        return language.isEmpty() ? QCoreApplication::translate("pc::RequestWorkflow", event.label)
                                  : codes::translateIn("pc::RequestWorkflow", event.label, language);
    }
    return code;
}

Status RequestWorkflow::check(const RightsRequest &r, RequestStep step, const StepDetails &details,
                              const deadlines::DeadlineEngine &engine, const QDate &today)
{
    if (!available(r).contains(step)) {
        return refused(WorkflowText::tr("“%1” cannot follow the request's present state (%2).")
                           .arg(actionLabel(step).remove(QChar(0x2026)), r.status));
    }
    if (!details.on.isValid())
        return refused(WorkflowText::tr("Give the day this step happened."));
    if (details.on > today)
        return refused(WorkflowText::tr("%1 is in the future: record a step once it has happened.")
                           .arg(dates::toText(details.on)));
    if (r.receivedOn.isValid() && details.on < r.receivedOn) {
        return refused(WorkflowText::tr("%1 is before the request was received (%2).")
                           .arg(dates::toText(details.on), dates::toText(r.receivedOn)));
    }
    if (needsText(step) && details.text.trimmed().isEmpty())
        return refused(missingText(step));

    switch (step) {
    case RequestStep::IdentityReceived:
        if (details.on < r.identityRequestedOn) {
            return refused(WorkflowText::tr("The document cannot arrive before it was asked for (%1).")
                               .arg(dates::toText(r.identityRequestedOn)));
        }
        break;
    case RequestStep::ClarificationReceived:
        if (details.on < r.clarificationRequestedOn) {
            return refused(WorkflowText::tr("The clarification cannot arrive before it was asked for (%1).")
                               .arg(dates::toText(r.clarificationRequestedOn)));
        }
        break;
    case RequestStep::Extend: {
        const deadlines::JurisdictionRule &rule = engine.rule();
        if (rule.extensionPeriod <= 0)
            return refused(WorkflowText::tr("%1 allows no extension of the period.").arg(rule.law));
        if (r.dueOn.isValid() && details.on > r.dueOn) {
            return refused(WorkflowText::tr("An extension must be told to the person before the first deadline, %1.")
                               .arg(dates::toText(r.dueOn)));
        }
        break;
    }
    default: break;
    }
    return success();
}

RightsRequest RequestWorkflow::stepped(const RightsRequest &request, RequestStep step, const StepDetails &details)
{
    RightsRequest r = request;
    const QString text = details.text.trimmed();
    switch (step) {
    case RequestStep::AskIdentity:
        r.identityRequestedOn = details.on;
        r.status = QStringLiteral("identity_check");
        break;
    case RequestStep::IdentityReceived:
        r.identityReceivedOn = details.on;
        r.status = QStringLiteral("in_progress");
        break;
    case RequestStep::AskClarification:
        r.clarificationRequestedOn = details.on;
        r.clarification = text;
        break;
    case RequestStep::ClarificationReceived: r.clarificationReceivedOn = details.on; break;
    case RequestStep::StartWork: r.status = QStringLiteral("in_progress"); break;
    case RequestStep::Extend:
        r.extensionNotifiedOn = details.on;
        r.extensionReason = text;
        r.status = QStringLiteral("extended");
        break;
    case RequestStep::Answer:
        r.status = QStringLiteral("answered");
        r.closedOn = details.on;
        if (!text.isEmpty())
            r.outcome = text;
        break;
    case RequestStep::Refuse:
        r.status = QStringLiteral("refused");
        r.closedOn = details.on;
        r.refusalReason = text;
        break;
    case RequestStep::Withdraw:
        r.status = QStringLiteral("withdrawn");
        r.closedOn = details.on;
        break;
    case RequestStep::Reopen:
        r.closedOn = QDate();
        r.status = r.extensionNotifiedOn.isValid() ? QStringLiteral("extended") : QStringLiteral("in_progress");
        break;
    }
    return r;
}

Status RequestWorkflow::apply(Database &db, RightsRequest &request, RequestStep step, const StepDetails &details,
                              const QDate &today)
{
    const Result<deadlines::DeadlineEngine> engine = deadlines::engineFor(db, request.jurisdiction);
    if (!engine)
        return engine.error();
    if (Status s = check(request, step, details, engine.value(), today); !s)
        return s;
    RightsRequest next = stepped(request, step, details);
    deadlines::applyDeadlines(next, engine.value(), today);
    const Status saved = db.transaction([&]() -> Status {
        CaseRepository cases(db);
        if (Status s = cases.updateRequest(next); !s)
            return s;
        return note(db, next.id, eventCode(step), details.text.trimmed(), details.on);
    });
    if (saved)
        request = next;
    return saved;
}

Status RequestWorkflow::note(Database &db, RowId requestId, const QString &code, const QString &text, const QDate &on)
{
    RequestEvent event;
    event.requestId = requestId;
    // The step's own day; the time of day when it is recorded the same day.
    event.occurredAt = on == QDate::currentDate() ? QDateTime::currentDateTime() : on.startOfDay();
    event.step = code;
    event.note = text;
    event.actor = db.actor();
    CaseRepository cases(db);
    const Result<RowId> id = cases.addRequestEvent(event);
    return id ? success() : Status(id.error());
}

Result<RowId> RequestWorkflow::attachReply(Database &db, const RightsRequest &request, const QString &fileName,
                                           const QString &mediaType, const QByteArray &content, const QString &code,
                                           const QString &text)
{
    Attachment document;
    document.organizationId = request.organizationId;
    document.requestId = request.id;
    document.kind = QStringLiteral("reply");
    document.fileName = fileName;
    document.mediaType = mediaType;
    document.content = content;
    RowId id = 0;
    const Status saved = db.transaction([&]() -> Status {
        CaseRepository cases(db);
        const Result<RowId> added = cases.addAttachment(document);
        if (!added)
            return added.error();
        id = added.value();
        return note(db, request.id, code, text);
    });
    if (!saved)
        return saved.error();
    return id;
}

} // namespace pc
