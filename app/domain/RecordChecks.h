#pragma once

#include "People.h"
#include "Register.h"
#include "Requests.h"

#include <QList>
#include <QString>

namespace pc {

// One thing to say about a record before it is saved, attached to the field
// it concerns: an error keeps the record from being saved, a warning is what
// an auditor or the authority would ask about.
struct Finding
{
    enum class Severity { Error, Warning };
    Severity severity;
    int field;           // one of the record's field enum below
    QString message;     // translated
};

bool hasErrors(const QList<Finding> &findings);

enum class SubjectField { Identity, Email, Country, BirthDate, Collected, Relationship, LastContact };
enum class ProcessorField { Name, Role, Parent, Country, Email, Contract, Transfer };
enum class RetentionField { Name, Duration, Trigger, Justification };
enum class BreachField { Reference, Title, Occurred, Aware, Notification, Counts, Contained, Closed, NoNotification,
                         Delay, People };
enum class RequestField { Reference, Types, Received, Letter, Due, Extension, Identity, Closed, Refusal, Email };
enum class OrganizationField { Name, Country, Jurisdiction, DpoEmail, Website };

// Pure checks: `today` and `now` are passed in so a check gives the same
// answer in a test as on the officer's desk.
QList<Finding> checkSubject(const DataSubject &subject, const QDate &today);
// `organizationCountry` tells a transfer abroad from a processor at home.
QList<Finding> checkProcessor(const Processor &processor, const QString &organizationCountry, const QDate &today);
QList<Finding> checkRetentionRule(const RetentionRule &rule);
// `notificationHours` is the authority's deadline after awareness (GDPR: 72).
QList<Finding> checkBreach(const Breach &breach, const QDateTime &now, int notificationHours = 72);
QList<Finding> checkRequest(const RightsRequest &request, const QDate &today);
QList<Finding> checkOrganization(const Organization &organization);

// An e-mail address as a person would write it: something@domain.tld.
bool looksLikeEmail(const QString &text);
// An ISO 3166-1 alpha-2 code in capitals.
bool isCountryCode(const QString &text);

} // namespace pc
