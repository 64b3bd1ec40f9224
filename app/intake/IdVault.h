#pragma once

#include "core/Result.h"
#include "domain/Requests.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <array>
#include <memory>

namespace pc {
class Database;
}

namespace pc::intake {

// Where the copies of identity documents wait for the identity check: each
// encrypted at rest with an authenticated cipher (XChaCha20-Poly1305,
// libsodium) in a file of its own, outside the database; the database keeps
// its name, size and SHA-256 fingerprint. The key lives in a file of its
// own (readable by its owner only), never in the database nor in a log.
// Once the check is recorded the copies are destroyed: only the outcome,
// the document's type, the last characters of its number, the day and the
// verifier remain.
class IdVault final
{
public:
    // The vault in `folder`, its key in `keyFile` (made the first time, with
    // the folder). Fails when the key file exists but is not a key.
    static Result<IdVault> open(const QString &folder, const QString &keyFile);
    // The user's data folder's "id-copies" and its key beside it.
    static QString defaultFolder();
    static QString defaultKeyFile();
    // The vault in those two places.
    static Result<IdVault> openDefault() { return open(defaultFolder(), defaultKeyFile()); }

    IdVault(IdVault &&) noexcept;
    IdVault &operator=(IdVault &&) noexcept;
    ~IdVault();

    const QString &folder() const { return m_folder; }

    // Encrypts a copy into the vault and records it on the request, to be
    // destroyed at the latest on `destroyAfter`; written in the request's
    // history.
    Result<Attachment> store(Database &db, const RightsRequest &request, const QString &fileName,
                             const QString &mediaType, const QByteArray &content, const QDate &destroyAfter);
    // The copy's bytes, for an officer (not a viewer); refused when the file
    // was altered or its fingerprint differs from the one recorded.
    Result<QByteArray> read(Database &db, const Attachment &attachment) const;
    // Records the identity check of a request and destroys its copies, in
    // one transaction; the files are overwritten and removed after it.
    Result<RowId> recordCheck(Database &db, IdentityCheck check);
    // Destroys one copy (its time has come, or the officer asks).
    Status destroy(Database &db, RowId attachmentId);
    // Destroys the copies whose `destroyAfter` has passed on `today`;
    // returns how many.
    Result<int> destroyExpired(Database &db, const QDate &today);
    // Removes a file this vault wrote for a record that was then not kept
    // (its transaction rolled back).
    void discard(const QString &path) const;
    // Removes the vault's files no live record names (left by a crash
    // between a transaction and the removal of its files); returns how many.
    // Only for a vault that keeps the copies of this one database.
    Result<int> sweep(Database &db);

private:
    struct Key;
    IdVault(QString folder, std::unique_ptr<Key> key);
    Status markDestroyed(Database &db, const QList<RowId> &ids, QStringList &files);
    void removeFiles(const QStringList &files) const;

    QString m_folder;
    std::unique_ptr<Key> m_key;
};

} // namespace pc::intake
