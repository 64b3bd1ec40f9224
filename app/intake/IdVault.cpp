#include "IdVault.h"

#include "domain/Codes.h"
#include "requests/RequestWorkflow.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/RowWriter.h"
#include "storage/SqlDialect.h"
#include "storage/SqlRow.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sodium.h>

namespace pc::intake {
namespace {

struct IdVaultText
{
    Q_DECLARE_TR_FUNCTIONS(pc::intake::IdVault)
};

const QByteArray kMagic = QByteArrayLiteral("PCID1");
constexpr qint64 kLargestCopy = 40 * 1024 * 1024;
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Status ready()
{
    if (sodium_init() < 0)
        return Error{IdVaultText::tr("The encryption library could not start.")};
    return success();
}

// The authenticated data of a copy: its own file name, so that files
// cannot be swapped.
QByteArray associatedData(const QString &path)
{
    return QByteArrayLiteral("privacy-console id copy ") + QFileInfo(path).fileName().toUtf8();
}

} // namespace

struct IdVault::Key
{
    std::array<unsigned char, crypto_aead_xchacha20poly1305_ietf_KEYBYTES> bytes{};
    ~Key() { sodium_memzero(bytes.data(), bytes.size()); }
};

IdVault::IdVault(QString folder, std::unique_ptr<Key> key) : m_folder(std::move(folder)), m_key(std::move(key)) {}
IdVault::IdVault(IdVault &&) noexcept = default;
IdVault &IdVault::operator=(IdVault &&) noexcept = default;
IdVault::~IdVault() = default;

QString IdVault::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/id-copies");
}

QString IdVault::defaultKeyFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/id-copies.key");
}

Result<IdVault> IdVault::open(const QString &folder, const QString &keyFile)
{
    if (Status s = ready(); !s)
        return s.error();
    if (!QDir().mkpath(folder) || !QFile::setPermissions(folder, kOwnerOnly | QFileDevice::ExeOwner))
        return Error{IdVaultText::tr("The folder of identity document copies cannot be made: %1").arg(folder)};
    auto key = std::make_unique<Key>();
    QFile existing(keyFile);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return Error{IdVaultText::tr("The key of the identity document copies cannot be read: %1")
                             .arg(existing.errorString())};
        const QByteArray bytes = existing.read(qint64(key->bytes.size()) + 1);
        if (bytes.size() != qsizetype(key->bytes.size()))
            return Error{IdVaultText::tr("%1 is not the key of the identity document copies.").arg(keyFile)};
        std::copy(bytes.cbegin(), bytes.cend(), key->bytes.begin());
    } else {
        crypto_aead_xchacha20poly1305_ietf_keygen(key->bytes.data());
        QDir().mkpath(QFileInfo(keyFile).absolutePath());
        QSaveFile file(keyFile);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly)
            || file.write(reinterpret_cast<const char *>(key->bytes.data()), qint64(key->bytes.size()))
                   != qint64(key->bytes.size())
            || !file.commit())
            return Error{IdVaultText::tr("The key of the identity document copies cannot be written: %1")
                             .arg(file.errorString())};
    }
    return IdVault(QFileInfo(folder).absoluteFilePath(), std::move(key));
}

Result<Attachment> IdVault::store(Database &db, const RightsRequest &request, const QString &fileName,
                                  const QString &mediaType, const QByteArray &content, const QDate &destroyAfter)
{
    if (request.id <= 0)
        return Error{IdVaultText::tr("Save the request before adding an identity document copy to it.")};
    if (content.isEmpty())
        return Error{IdVaultText::tr("The identity document copy is empty.")};
    if (content.size() > kLargestCopy)
        return Error{IdVaultText::tr("The identity document copy is larger than %1 MB.").arg(kLargestCopy / (1024 * 1024))};
    unsigned char random[16];
    randombytes_buf(random, sizeof random);
    const QString path = m_folder + QLatin1Char('/')
        + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(random), sizeof random).toHex())
        + QStringLiteral(".pcid");
    const QByteArray ad = associatedData(path);
    QByteArray sealed(kMagic.size() + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + content.size()
                          + crypto_aead_xchacha20poly1305_ietf_ABYTES,
                      Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    std::copy(kMagic.cbegin(), kMagic.cend(), sealed.begin());
    unsigned char *nonce = out + kMagic.size();
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long sealedLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &sealedLength,
                                               reinterpret_cast<const unsigned char *>(content.constData()),
                                               quint64(content.size()),
                                               reinterpret_cast<const unsigned char *>(ad.constData()),
                                               quint64(ad.size()), nullptr, nonce, m_key->bytes.data());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly) || file.write(sealed) != sealed.size()
        || !file.commit())
        return Error{IdVaultText::tr("The identity document copy cannot be written: %1").arg(file.errorString())};

    Attachment copy;
    copy.organizationId = request.organizationId;
    copy.requestId = request.id;
    copy.subjectId = request.subjectId;
    copy.kind = QStringLiteral("id_copy");
    copy.fileName = fileName;
    copy.mediaType = mediaType;
    copy.sizeBytes = content.size();
    copy.sha256 = sha256Hex(content);
    copy.encryptedPath = path;
    copy.destroyAfter = destroyAfter;
    const Status recorded = db.transaction([&]() -> Status {
        const Result<RowId> id = CaseRepository(db).addAttachment(copy);
        if (!id)
            return id.error();
        return RequestWorkflow::note(db, request.id, QStringLiteral("id_copy_stored"),
                                     IdVaultText::tr("%1, to be destroyed by %2 at the latest")
                                         .arg(fileName, destroyAfter.toString(Qt::ISODate)));
    });
    if (!recorded) {
        QFile::remove(path);
        return recorded.error();
    }
    return copy;
}

Result<QByteArray> IdVault::read(Database &db, const Attachment &attachment) const
{
    const auto me = CaseRepository(db).userByName(db.actor());
    if (!me)
        return me.error();
    if (me->has_value() && me->value().role == QLatin1String("viewer"))
        return Error{IdVaultText::tr("Only officers may see an identity document copy.")};
    if (attachment.destroyedAt.isValid() || attachment.encryptedPath.isEmpty())
        return Error{IdVaultText::tr("This identity document copy has been destroyed.")};
    QFile file(attachment.encryptedPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{IdVaultText::tr("The identity document copy cannot be read: %1").arg(file.errorString())};
    const QByteArray sealed = file.readAll();
    const qsizetype header = kMagic.size() + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    const Error altered{IdVaultText::tr("The identity document copy was altered or belongs to another key: "
                                        "it cannot be decrypted.")};
    if (!sealed.startsWith(kMagic) || sealed.size() < header + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return altered;
    QByteArray content(sealed.size() - header - qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES), Qt::Uninitialized);
    unsigned long long length = 0;
    const QByteArray ad = associatedData(attachment.encryptedPath);
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData()) + kMagic.size();
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(content.data()), &length, nullptr,
                                                   nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
                                                   quint64(sealed.size() - header),
                                                   reinterpret_cast<const unsigned char *>(ad.constData()),
                                                   quint64(ad.size()), nonce, m_key->bytes.data())
        != 0)
        return altered;
    if (sha256Hex(content) != attachment.sha256)
        return Error{IdVaultText::tr("The identity document copy is not the one recorded (its fingerprint differs).")};
    return content;
}

Status IdVault::markDestroyed(Database &db, const QList<RowId> &ids, QStringList &files)
{
    for (RowId id : ids) {
        QSqlQuery path = db.prepare(QStringLiteral("SELECT encrypted_path, request_id, file_name FROM attachments "
                                                   "WHERE id = ? AND kind = 'id_copy' AND destroyed_at IS NULL"));
        path.addBindValue(id);
        if (!path.exec())
            return Database::sqlError(path);
        if (!path.next())
            continue;
        const SqlRow row(path);
        if (!row.isNull("encrypted_path"))
            files << row.text("encrypted_path");
        const RowId requestId = row.id("request_id");
        const QString fileName = row.text("file_name");
        path.finish();
        // Its destruction is part of the request's history.
        if (requestId > 0) {
            if (Status s = RequestWorkflow::note(db, requestId, QStringLiteral("id_copy_destroyed"), fileName); !s)
                return s;
        }
        QSqlQuery mark = db.prepare(db.sql().expandMarkers(QStringLiteral(
            "UPDATE attachments SET destroyed_at = ${NOW}, encrypted_path = NULL "
            "WHERE id = ? AND kind = 'id_copy' AND destroyed_at IS NULL")));
        mark.addBindValue(id);
        if (!mark.exec())
            return Database::sqlError(mark);
    }
    return success();
}

void IdVault::discard(const QString &path) const
{
    if (QFileInfo(path).absolutePath() == m_folder)
        removeFiles({path});
}

void IdVault::removeFiles(const QStringList &files) const
{
    for (const QString &path : files) {
        // Overwritten first: the removed file's blocks hold no ciphertext.
        QFile file(path);
        if (file.open(QIODevice::ReadWrite)) {
            const qint64 size = file.size();
            const QByteArray zeros(qMin<qint64>(size, 1 << 20), '\0');
            for (qint64 written = 0; written < size;)
                written += file.write(zeros.constData(), qMin<qint64>(zeros.size(), size - written));
            file.flush();
            file.close();
        }
        QFile::remove(path);
    }
}

Result<RowId> IdVault::recordCheck(Database &db, IdentityCheck check)
{
    if (check.verifier.trimmed().isEmpty())
        check.verifier = db.actor();
    if (!check.checkedOn.isValid())
        check.checkedOn = QDate::currentDate();
    check.documentNumberSuffix = check.documentNumberSuffix.right(4);
    QStringList files;
    const Status recorded = db.transaction([&]() -> Status {
        const Result<RowId> id = CaseRepository(db).addIdentityCheck(check);
        if (!id)
            return id.error();
        QString text = codes::label(CodeList::IdentityOutcome, check.outcome);
        if (!check.documentType.isEmpty())
            text += QStringLiteral(", ") + codes::label(CodeList::IdentityDocument, check.documentType);
        if (!check.documentNumberSuffix.isEmpty())
            text += QStringLiteral(" …") + check.documentNumberSuffix;
        if (Status s = RequestWorkflow::note(db, check.requestId, QStringLiteral("identity_checked"), text,
                                             check.checkedOn);
            !s) {
            return s;
        }
        const auto copies = rows::ids(db,
                                      QStringLiteral("SELECT id FROM attachments WHERE request_id = ? "
                                                     "AND kind = 'id_copy' AND destroyed_at IS NULL"),
                                      {check.requestId});
        if (!copies)
            return copies.error();
        return markDestroyed(db, copies.value(), files);
    });
    if (!recorded)
        return recorded.error();
    removeFiles(files);
    return check.id;
}

Status IdVault::destroy(Database &db, RowId attachmentId)
{
    QStringList files;
    const Status marked = db.transaction([&] { return markDestroyed(db, {attachmentId}, files); });
    if (!marked)
        return marked;
    removeFiles(files);
    return success();
}

Result<int> IdVault::destroyExpired(Database &db, const QDate &today)
{
    const auto due = rows::ids(db,
                               QStringLiteral("SELECT id FROM attachments WHERE kind = 'id_copy' "
                                              "AND destroyed_at IS NULL AND destroy_after < ?"),
                               {dateOrNull(today)});
    if (!due)
        return due.error();
    QStringList files;
    const Status marked = db.transaction([&] { return markDestroyed(db, due.value(), files); });
    if (!marked)
        return marked.error();
    removeFiles(files);
    return int(due->size());
}

Result<int> IdVault::sweep(Database &db)
{
    QSqlQuery live = db.prepare(QStringLiteral("SELECT encrypted_path FROM attachments WHERE encrypted_path IS NOT NULL"));
    if (!live.exec())
        return Database::sqlError(live);
    QSet<QString> kept;
    const SqlRow row(live);
    while (live.next())
        kept.insert(QFileInfo(row.text("encrypted_path")).absoluteFilePath());
    QStringList orphans;
    const QDir folder(m_folder);
    for (const QFileInfo &entry : folder.entryInfoList(QStringList{QStringLiteral("*.pcid")}, QDir::Files)) {
        if (!kept.contains(entry.absoluteFilePath()))
            orphans << entry.absoluteFilePath();
    }
    removeFiles(orphans);
    return int(orphans.size());
}

} // namespace pc::intake
