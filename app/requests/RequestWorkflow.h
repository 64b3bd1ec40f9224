#pragma once

#include "core/Result.h"
#include "domain/Requests.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pc {

class Database;

namespace deadlines {
class DeadlineEngine;
}

// The steps a rights request goes through, each dated and kept in its
// history: received, then (only on a documented reasonable doubt) an identity
// check, in progress, and answered, refused with its reason, extended before
// its first deadline, or withdrawn. A clarification asked of the person stops
// the clock as an identity check does. A closed request can be reopened, with
// the reason why.
enum class RequestStep {
    AskIdentity,
    IdentityReceived,
    AskClarification,
    ClarificationReceived,
    StartWork,
    Extend,
    Answer,
    Refuse,
    Withdraw,
    Reopen,
};

// What the officer says of a step: the day it happened and, depending on the
// step, the doubt about the identity, the clarification asked for, the reason
// for the extension or the refusal, the outcome, or a note.
struct StepDetails
{
    QDate on;
    QString text;
};

class RequestWorkflow final
{
public:
    // The steps that may follow the request's present state, in the order
    // they usually come.
    static QList<RequestStep> available(const RightsRequest &request);
    static QList<RequestStep> allSteps();

    // The code written in the request's history ("identity_requested"...).
    static QString eventCode(RequestStep step);
    // The menu entry of a step ("Ask for an identity document…").
    static QString actionLabel(RequestStep step);
    // What the step's text holds ("Why is there a reasonable doubt?"), and
    // whether the step may be recorded without it.
    static QString textLabel(RequestStep step);
    static bool needsText(RequestStep step);
    // A line of the history in the UI language, from its code.
    static QString eventLabel(const QString &code);
    // The same in a document's language ("fr", "en").
    static QString eventLabelIn(const QString &code, const QString &language);

    // Whether the step can be recorded, with the reason it cannot.
    static Status check(const RightsRequest &request, RequestStep step, const StepDetails &details,
                        const deadlines::DeadlineEngine &engine, const QDate &today);

    // Records the step: changes the request, gives it the due dates the law
    // then gives it, saves it over the version read and adds the dated step
    // to its history, all in one transaction. `request` is updated only when
    // everything was saved.
    static Status apply(Database &db, RightsRequest &request, RequestStep step, const StepDetails &details,
                        const QDate &today);

    // The request's status once the step is recorded (the pure part of apply).
    static RightsRequest stepped(const RightsRequest &request, RequestStep step, const StepDetails &details);

    // Adds a dated line to a request's history outside the steps (a letter
    // sent, the person found in the register, an export made...).
    static Status note(Database &db, RowId requestId, const QString &code, const QString &text,
                       const QDate &on = QDate::currentDate());

    // Attaches a document sent to the person (a letter, an export) to the
    // request as a reply and writes `code` and `text` in its history, in one
    // transaction. Returns the attachment's id.
    static Result<RowId> attachReply(Database &db, const RightsRequest &request, const QString &fileName,
                                     const QString &mediaType, const QByteArray &content, const QString &code,
                                     const QString &text);
};

} // namespace pc
