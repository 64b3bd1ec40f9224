#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

// The parts every Office Open XML package has (.docx, .xlsx), whatever it
// holds: its content types, the relationships between its parts, and its
// core properties.
namespace pc::documents::openxml {

struct Relationship
{
    QString id;
    QString type; // "styles", "worksheet"…, or a full URI for a type of the package itself
    QString target;
};
QByteArray relationships(const QList<Relationship> &parts);

// Extension -> content type, and part -> content type.
using ContentTypes = QList<std::pair<QString, QString>>;
QByteArray contentTypes(const ContentTypes &defaults, const ContentTypes &overrides);

// The package's relationships: its main part, and its core properties.
QByteArray packageRelationships(const QString &mainPart);
// The package's title and language (empty: not said), made now by this application.
QByteArray coreProperties(const QString &title, const QString &language = QString());

} // namespace pc::documents::openxml
