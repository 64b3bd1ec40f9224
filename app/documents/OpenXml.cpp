#include "OpenXml.h"

#include <QDateTime>
#include <QXmlStreamWriter>

namespace pc::documents::openxml {

QByteArray relationships(const QList<Relationship> &parts)
{
    const QString officeDocument =
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Relationships"));
    xml.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships"));
    for (const Relationship &r : parts) {
        xml.writeEmptyElement(QStringLiteral("Relationship"));
        xml.writeAttribute(QStringLiteral("Id"), r.id);
        xml.writeAttribute(QStringLiteral("Type"),
                           r.type.startsWith(QLatin1String("http")) ? r.type : officeDocument + r.type);
        xml.writeAttribute(QStringLiteral("Target"), r.target);
    }
    xml.writeEndDocument();
    return bytes;
}

QByteArray contentTypes(const ContentTypes &defaults, const ContentTypes &overrides)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("Types"));
    xml.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
    ContentTypes all = {
        {QStringLiteral("rels"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml")},
        {QStringLiteral("xml"), QStringLiteral("application/xml")}};
    all += defaults;
    for (const auto &[extension, type] : std::as_const(all)) {
        xml.writeEmptyElement(QStringLiteral("Default"));
        xml.writeAttribute(QStringLiteral("Extension"), extension);
        xml.writeAttribute(QStringLiteral("ContentType"), type);
    }
    ContentTypes parts = {{QStringLiteral("/docProps/core.xml"),
                           QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml")}};
    parts += overrides;
    for (const auto &[part, type] : std::as_const(parts)) {
        xml.writeEmptyElement(QStringLiteral("Override"));
        xml.writeAttribute(QStringLiteral("PartName"), part);
        xml.writeAttribute(QStringLiteral("ContentType"), type);
    }
    xml.writeEndDocument();
    return bytes;
}

QByteArray packageRelationships(const QString &mainPart)
{
    return relationships(
        {{QStringLiteral("rId1"), QStringLiteral("officeDocument"), mainPart},
         {QStringLiteral("rId2"),
          QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
          QStringLiteral("docProps/core.xml")}});
}

QByteArray coreProperties(const QString &title, const QString &language)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("cp:coreProperties"));
    xml.writeAttribute(QStringLiteral("xmlns:cp"),
                       QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties"));
    xml.writeAttribute(QStringLiteral("xmlns:dc"), QStringLiteral("http://purl.org/dc/elements/1.1/"));
    xml.writeAttribute(QStringLiteral("xmlns:dcterms"), QStringLiteral("http://purl.org/dc/terms/"));
    xml.writeAttribute(QStringLiteral("xmlns:xsi"), QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"));
    xml.writeTextElement(QStringLiteral("dc:title"), title);
    if (!language.isEmpty())
        xml.writeTextElement(QStringLiteral("dc:language"), language);
    xml.writeTextElement(QStringLiteral("dc:creator"), QStringLiteral("Privacy Console"));
    xml.writeStartElement(QStringLiteral("dcterms:created"));
    xml.writeAttribute(QStringLiteral("xsi:type"), QStringLiteral("dcterms:W3CDTF"));
    xml.writeCharacters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace pc::documents::openxml
