#pragma once

#include "core/Result.h"
#include "domain/Register.h"
#include "domain/Requests.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pc::breaches {

enum class Phase { Initial, FollowUp };
QString phaseCode(Phase phase);          // "initial", "follow-up"
std::optional<Phase> phaseFromCode(const QString &code);

// One item of a notification: the label the authority's form gives it and
// what the breach's record says, to copy into the form's field.
struct NoticeField
{
    QString key;     // stable: "nature", "delay_reason"…
    QString label;
    QString value;
    QString basis;   // the provision that asks for it ("Art. 33(3)(a)")
    bool known = true;   // false: not known yet, said so in the value
};

struct NoticeSection
{
    QString title;
    QList<NoticeField> fields;
};

// What a notification is written from.
struct NoticeInput
{
    Breach breach;
    Organization organization;
    QList<BreachNotification> earlier;   // those sent already, oldest first
    QList<BreachInformed> informed;      // the people told so far
    Phase phase = Phase::Initial;
    QString language;                    // empty: the language the authority takes
    QString additions;                   // a follow-up: what it adds to the earlier ones
    QString delayReason;                 // empty: the breach's own
    QDateTime at;                        // the moment it goes out
};

// A breach's notification to the authority of its organization's
// jurisdiction, item by item under the headings of that authority's form,
// in the notice's language.
struct Notice
{
    QString jurisdiction;
    QString language;
    Phase phase = Phase::Initial;
    int number = 1;              // 1 for the initial notification, 2… for follow-ups
    QString authority;
    QString title;
    QString subtitle;            // organization, reference, phase
    QString legalBasis;          // the provisions the items come from
    QString dutyNote;            // where the law sets no duty to notify (the letter is offered anyway)
    QString confirmNote;         // where the contents are the application's reading, for the officer to confirm
    QString preparedOn;
    bool late = false;
    QList<NoticeSection> sections;

    const NoticeField *field(const QString &key) const;
    // The items not known yet (an initial notification may leave them to a follow-up).
    QStringList unknown() const;
    // Each label and its value, under the form's headings, to copy into the
    // authority's online form one by one.
    QString plainText() const;
    // The same laid out for a PDF.
    QString html() const;
    QByteArray pdf() const;
};

// How a breach's documents name the organization and its contact point:
// its legal name (else its name); its postal address without a first line
// that repeats the name; the DPO's (or contact point's) name, e-mail,
// telephone and address, a line each.
QString organizationName(const Organization &organization);
QStringList addressLines(const Organization &organization);
QStringList contactLines(const Organization &organization);

// How many people were told by each means, in the order of the means'
// list: (CodeList::InformChannel code, count).
QList<std::pair<QString, int>> toldByChannel(const QList<BreachInformed> &told);

// The language an authority takes notifications in: French for the CNIL
// and the INPDP, the organization's policy language (French or English) for
// Belgium, English elsewhere.
QString authorityLanguage(const Organization &organization);
// Whether a first notification at `at` comes after the breach's deadline.
bool isLate(const Breach &breach, const QDateTime &at);

// The notification, or why it cannot go out: an initial notification past
// its deadline without the reasons for the delay; a follow-up without an
// initial notification before it, or that says nothing it adds.
Result<Notice> compose(const NoticeInput &input);

} // namespace pc::breaches
