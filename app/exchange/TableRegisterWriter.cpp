#include "TableRegisterWriter.h"

#include "TableRegister.h"
#include "core/Countries.h"
#include "domain/Codes.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace pc::exchange {
namespace {

struct ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(pc::exchange::RegisterExport)
};

Cell text(const QString &value)
{
    return Cell{value, {}};
}

} // namespace

QList<WrittenSheet> TableRegisterWriter::sheets(const RegisterContent &content) const
{
    const DocumentLanguage &language = documentLanguage();
    const QString code = language.code();
    auto sheet = [&](RegisterList list, const QStringList &keys, const QList<double> &widths) {
        WrittenSheet s;
        s.name = listLabel(list, language).left(31);
        QList<Cell> headings;
        for (const QString &key : keys)
            headings << text(fieldLabel(key, language));
        s.rows << headings;
        s.widths = widths;
        return s;
    };
    WrittenSheet activities = sheet(RegisterList::Activities,
                                    {QStringLiteral("reference"), QStringLiteral("name"), QStringLiteral("description"),
                                     QStringLiteral("joint_controllers"), QStringLiteral("security"),
                                     QStringLiteral("created"), QStringLiteral("updated")},
                                    {12, 40, 50, 25, 50, 14, 14});
    const QString activity = QStringLiteral("activity");
    WrittenSheet purposes = sheet(RegisterList::Purposes,
                                  {activity, QStringLiteral("purpose"), QStringLiteral("legal_basis")}, {16, 60, 40});
    WrittenSheet data = sheet(RegisterList::DataCategories,
                              {activity, QStringLiteral("category"), QStringLiteral("detail"),
                               QStringLiteral("special"), QStringLiteral("retention")},
                              {16, 35, 45, 14, 45});
    WrittenSheet people =
        sheet(RegisterList::People, {activity, QStringLiteral("category"), QStringLiteral("kind")}, {16, 35, 25});
    WrittenSheet recipients =
        sheet(RegisterList::Recipients, {activity, QStringLiteral("recipient"), QStringLiteral("kind")}, {16, 40, 25});
    WrittenSheet transfers = sheet(RegisterList::Transfers,
                                   {activity, QStringLiteral("country"), QStringLiteral("recipient"),
                                    QStringLiteral("safeguard"), QStringLiteral("documentation")},
                                   {16, 20, 30, 40, 40});
    for (const ProcessingActivity &a : content.activities) {
        const Cell key = text(a.reference.isEmpty() ? a.name : a.reference);
        activities.rows << QList<Cell>{text(a.reference),           text(a.name),
                                       text(a.description),         text(a.jointControllers),
                                       text(a.securityMeasures),    Cell{QString(), a.recordedOn},
                                       Cell{QString(), a.revisedOn}};
        for (const Purpose &p : a.purposes) {
            purposes.rows << QList<Cell>{
                key, text(p.description),
                text(p.legalBasis.isEmpty() ? QString() : codes::labelIn(CodeList::LegalBasis, p.legalBasis, code))};
        }
        for (const RowId id : a.dataCategoryIds) {
            const DataCategory *c = content.dataCategory(id);
            if (!c)
                continue;
            data.rows << QList<Cell>{key, text(c->name), text(a.dataCategoryUses.value(id).detail),
                                     text(c->specialCategory ? tr("yes") : tr("no")),
                                     text(content.periodOf(a, *c, language))};
        }
        for (const RowId id : a.subjectCategoryIds) {
            for (const SubjectCategory &c : content.subjectCategories) {
                if (c.id == id)
                    people.rows << QList<Cell>{key, text(c.name),
                                               text(codes::labelIn(CodeList::SubjectKind, c.kind, code))};
            }
        }
        for (const Recipient &r : a.recipients)
            recipients.rows << QList<Cell>{key, text(r.name),
                                           text(codes::labelIn(CodeList::RecipientKind, r.kind, code))};
        for (const Transfer &t : a.transfers) {
            transfers.rows << QList<Cell>{
                key, text(countries::nameOf(t.country, code)),
                text(t.recipient.isEmpty() ? content.processorName(t.processorId) : t.recipient),
                text(codes::labelIn(CodeList::TransferSafeguard, t.safeguard, code)), text(t.safeguardReference)};
        }
    }
    return {activities, purposes, data, people, recipients, transfers};
}

Result<QByteArray> TableRegisterWriter::write(const RegisterContent &content) const
{
    const QByteArray bytes = xlsxOf(sheets(content), content.organization.name);
    if (bytes.isEmpty())
        return Error{ErrorText::tr("The register could not be put together: memory ran out.")};
    return bytes;
}

Status TableRegisterWriter::writeFile(const RegisterContent &content, const QString &path) const
{
    const Result<QByteArray> bytes = write(content);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() || !file.commit()) {
        return Error{ErrorText::tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), file.errorString()),
                     Error::Kind::Io};
    }
    return success();
}

} // namespace pc::exchange
