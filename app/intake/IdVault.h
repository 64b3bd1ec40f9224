#pragma once

#include "core/Result.h"
#include "domain/Requests.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <map>
#include <memory>

namespace pc {
class Database;
}

namespace pc::intake {

namespace keys {
struct KeyPair;
}

// Where copies of identity documents wait for the identity check: in the
// database with the register, so that any officer reads them from any desk
// and nobody else does.
//
//  - Each copy is encrypted (XChaCha20-Poly1305) under a key of its own,
//    bound to its attachment row; that key is sealed to the register's vault
//    key, an X25519 key pair. Sealing to the vault rather than to each
//    officer keeps giving and taking access to one row per officer, and lets
//    anyone who may add a copy add it without being able to read others.
//  - The vault's private key is sealed to each officer given access; each
//    officer's private key is wrapped (Argon2id) by their sign-in password
//    on a server, which never sees the password (SCRAM), or kept in their
//    data folder on an embedded database.
//  - Viewers have no key, and the server shows them no row of these tables.
//    Taking an officer's access away renews the vault key: every copy's key
//    is sealed again to the new one, given to the officers who remain.
//  - Destroying a copy deletes its ciphertext and sealed key in the
//    transaction that records it; only the outcome of the check, the file's
//    name, size and SHA-256 fingerprint remain. Backups leave copies out.
//
// Copies kept by earlier versions in a folder of the importing desk move
// into the database the first time their officer opens the register.
class IdVault final
{
public:
    // Where this session's officer key is, and where earlier versions kept
    // copies (to move them in).
    struct Places
    {
        QString keyFile;          // the key on an embedded database
        QByteArray password;      // what unlocks it on a server
        QString oldFolder;
        QString oldKeyFile;
    };
    // The user's data folder's, and the server's sign-in password.
    static Places defaultPlaces(Database &db);

    // What the opening found of the copies kept in a folder.
    struct Moved
    {
        int moved = 0;       // now in the database
        int notMoved = 0;    // their file or its key is not on this desk
    };

    // The vault for whoever is signed in: their key unlocked (made the first
    // time), the vault made when the register has none, copies of the old
    // folder moved in, the vault key renewed when that is due. Refused to a
    // viewer.
    static Result<IdVault> open(Database &db, const Places &places);
    // The same, once per connection: the key derivation takes a moment.
    static Result<IdVault *> session(Database &db);
    // Whether a session has work waiting that only an officer's key does
    // (copies to move in, a vault key to renew): cheap, for a window that
    // opens its vault only when needed.
    static bool hasPendingWork(Database &db);
    // Whether the vault key is to be renewed (an officer lost access) and
    // nobody who holds it has done it yet.
    static bool renewalDue(Database &db);

    IdVault(IdVault &&) noexcept;
    IdVault &operator=(IdVault &&) noexcept;
    ~IdVault();

    const QString &officer() const { return m_officer; }
    const Moved &moved() const { return m_moved; }
    // The officer's key was wrapped under a password that is no longer
    // theirs: a new key was made, and access must be given again.
    bool keyReplaced() const { return m_keyReplaced; }
    // The vault key was renewed as this session opened.
    bool renewed() const { return m_renewed; }
    // Whether this officer was given the register's vault key.
    Result<bool> hasAccess(Database &db);
    // The same, as an error that says how to get it.
    Status requireAccess(Database &db);

    // Encrypts a copy into the database and records it on the request, to
    // be destroyed at the latest on `destroyAfter`; written in the request's
    // history. Needs no access to the copies already there.
    Result<Attachment> store(Database &db, const RightsRequest &request, const QString &fileName,
                             const QString &mediaType, const QByteArray &content, const QDate &destroyAfter);
    // The copy's bytes, decrypted in memory; refused when it was destroyed,
    // altered, or its fingerprint differs from the one recorded.
    Result<QByteArray> read(Database &db, const Attachment &attachment);
    // Gives an officer (who signed in once, so has a key) access to every
    // copy, sealing the vault key to theirs.
    Status grant(Database &db, const QString &username);
    // Wraps the officer's key again under a new sign-in password (a
    // server's), joining the caller's transaction: the password changes
    // with it or not at all.
    Status rewrap(Database &db, const QByteArray &password);
    // A new vault key: every copy's key sealed to it, it sealed to the
    // officers who held the old one and may still; the old one opens nothing.
    Status renew(Database &db);

    // Who may read the copies: each user of the register, whether they
    // have a key (they opened it once as an officer) and the vault key.
    struct Access
    {
        QString username;
        QString displayName;
        QString role;          // admin, officer, viewer
        bool hasKey = false;
        bool holdsVault = false;
    };
    static Result<QList<Access>> accessList(Database &db);

    // Records the identity check of a request and destroys its copies, in
    // one transaction. Needs no key.
    static Result<RowId> recordCheck(Database &db, IdentityCheck check);
    // Destroys one copy (its time has come, or the officer asks).
    static Status destroy(Database &db, RowId attachmentId);
    // Destroys every live copy of a request; returns how many.
    static Result<int> destroyCopiesOf(Database &db, RowId requestId);
    // Destroys the copies whose `destroyAfter` has passed on `today`.
    static Result<int> destroyExpired(Database &db, const QDate &today);

private:
    struct Vault;
    IdVault(QString officer, std::unique_ptr<keys::KeyPair> key);
    Result<std::unique_ptr<keys::KeyPair>> vaultKey(Database &db, int generation);
    Result<Vault> currentVault(Database &db);
    Status makeVault(Database &db, int generation);
    Status replaceOrphanedVault(Database &db, const Vault &current);
    Status renewIfDue(Database &db);
    Result<Moved> moveFolderCopies(Database &db, const QString &folder, const QString &keyFile);

    QString m_officer;
    std::unique_ptr<keys::KeyPair> m_key;
    Moved m_moved;
    bool m_keyReplaced = false;
    bool m_renewed = false;
};

} // namespace pc::intake
