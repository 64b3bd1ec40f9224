#pragma once

#include "core/Result.h"
#include "domain/People.h"
#include "domain/Register.h"
#include "domain/Requests.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pc {

class Database;

// A processing activity as it concerns one person, and why it does.
struct DossierActivity
{
    QString reference;
    QString name;
    QString description;
    QList<Purpose> purposes;
    QStringList recipients;
    QList<Transfer> transfers;
    QString retention;       // in English (the files are read by machines), else the activity's note
    RetentionRule retentionRule;   // its rule, when it has one (id 0: none)
    QString reason; // "category", "consent" or "request"
};

struct ConsentLine
{
    QDateTime occurredAt;
    QString purposeCode;
    QString purposeName;
    QString event;
    QString method;
    QString source;
    QString policyVersion;
    QString note;
};

// Everything the register holds about one person: what an access request
// is answered with and a portability request is given.
struct SubjectDossier
{
    Organization organization;
    DataSubject subject;
    QString category;
    QList<ConsentLine> consents;
    QList<RightsRequest> requests;
    QList<DossierActivity> activities;
    QList<Attachment> documents; // without their content
    QDateTime generatedAt;
};

namespace dossier {

// Reads the person's profile, their consent history, their requests (linked
// to them or sent from their address), the activities that concern them (by
// their category, their consents or their requests) and the list of their
// documents.
Result<SubjectDossier> gather(Database &db, RowId subjectId);

// The dossier as JSON, in English keys, dates in ISO 8601.
QByteArray toJson(const SubjectDossier &dossier);
// The dossier as CSV files (RFC 4180, UTF-8): profile, consents, requests, activities.
QList<std::pair<QString, QByteArray>> toCsv(const SubjectDossier &dossier);
// The portability archive: subject.json, the CSV files and a README.txt.
QByteArray portabilityArchive(const SubjectDossier &dossier);
// The readable report for an access request, as rich text in "fr" or "en".
QString accessReport(const SubjectDossier &dossier, const QString &language);

// Attaches an export to the request it answers and writes it in the
// request's history, in one transaction.
Result<RowId> attachToRequest(Database &db, const RightsRequest &request, const QString &fileName,
                              const QString &mediaType, const QByteArray &content);

} // namespace dossier
} // namespace pc
