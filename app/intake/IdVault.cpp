#include "IdVault.h"

#include "IdKeys.h"

#include "domain/Codes.h"
#include "requests/RequestWorkflow.h"
#include "storage/AuditTrail.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/RowWriter.h"
#include "storage/ServerRoles.h"
#include "storage/SqlDialect.h"
#include "storage/SqlRow.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPair>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStandardPaths>

namespace pc::intake {
namespace {

struct IdVaultText
{
    Q_DECLARE_TR_FUNCTIONS(pc::intake::IdVault)
};

constexpr qint64 kLargestCopy = 40 * 1024 * 1024;
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// What a copy's ciphertext is bound to: its own row and fingerprint, so
// that two copies' ciphertexts cannot be swapped.
QByteArray boundTo(RowId attachmentId, const QString &sha256)
{
    return QByteArrayLiteral("privacy-console id copy ") + QByteArray::number(attachmentId) + ' ' + sha256.toLatin1();
}

Error noAccess(const QString &officer)
{
    return Error{IdVaultText::tr("You have not been given access to identity document copies yet. An officer who has it "
                                 "gives it to you with: privacy-console id-copies grant %1")
                     .arg(officer),
                 Error::Kind::Authentication};
}

// The name the server knows the session by (the one its row policies
// compare), or the embedded database's user.
Result<QString> sessionUser(Database &db)
{
    if (!db.isPostgresql())
        return db.actor();
    QSqlQuery query = db.prepare(QStringLiteral("SELECT session_user AS name"));
    if (!query.exec() || !query.next())
        return Database::sqlError(query);
    return SqlRow(query).text("name");
}

Result<int> run(Database &db, const QString &sql, const QVariantList &bindings)
{
    return rows::execute(db, sql, bindings);
}

// An embedded database's officer key, in a file only its owner reads: made
// the first time.
Result<keys::KeyPair> keyFromFile(const QString &path)
{
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return Error{IdVaultText::tr("Your key to identity document copies cannot be read: %1").arg(existing.errorString())};
        const std::optional<keys::Secret> secret = keys::Secret::fromBytes(existing.read(qint64(keys::kKeyBytes) + 1));
        if (!secret)
            return Error{IdVaultText::tr("%1 is not a key to identity document copies.").arg(path), Error::Kind::BadInput};
        return keys::KeyPair::fromSecret(*secret);
    }
    keys::KeyPair pair = keys::KeyPair::generate();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    const QByteArray bytes = pair.secret.bytes();
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly) || file.write(bytes) != bytes.size()
        || !file.commit())
        return Error{IdVaultText::tr("Your key to identity document copies cannot be written: %1").arg(file.errorString())};
    return pair;
}

// Records an officer's public key (replacing another: the access sealed to
// the old one is gone with it).
Status recordPublicKey(Database &db, const QString &officer, const QByteArray &publicKey)
{
    if (Result<int> s = run(db, QStringLiteral("DELETE FROM id_vault_grants WHERE username = ?"), {officer}); !s)
        return s.error();
    if (Result<int> s = run(db, QStringLiteral("DELETE FROM officer_keys WHERE username = ?"), {officer}); !s)
        return s.error();
    if (Result<int> s = run(db, QStringLiteral("INSERT INTO officer_keys (username, public_key) VALUES (?, ?)"),
                            {officer, publicKey});
        !s)
        return s.error();
    return AuditTrail::record(db, QStringLiteral("officer_key_made"), officer);
}

// A vault key sealed to one officer, given by another.
Status recordGrant(Database &db, int generation, const QString &username, const QByteArray &sealed,
                   const QString &grantedBy)
{
    const Result<int> kept = run(db,
                                 QStringLiteral("INSERT INTO id_vault_grants (generation, username, sealed_secret, "
                                                "granted_by) VALUES (?, ?, ?, ?)"),
                                 {generation, username, sealed, grantedBy});
    return kept ? success() : Status(kept.error());
}

// A copy's bytes encrypted under a key of their own, bound to its row and
// fingerprint, that key sealed to the vault's public key.
Status keepCiphertext(Database &db, RowId attachmentId, const QString &sha256, const QByteArray &content, int generation,
                      const QByteArray &vaultPublicKey)
{
    const keys::Secret copyKey = keys::Secret::random();
    const keys::Encrypted encrypted = keys::encrypt(content, copyKey, boundTo(attachmentId, sha256));
    const Result<int> kept = run(db,
                                 QStringLiteral("INSERT INTO id_copy_contents (attachment_id, generation, nonce, sealed_key, "
                                                "ciphertext) VALUES (?, ?, ?, ?, ?)"),
                                 {attachmentId, generation, encrypted.nonce, keys::seal(copyKey, vaultPublicKey),
                                  encrypted.ciphertext});
    return kept ? success() : Status(kept.error());
}

struct OfficerKey
{
    keys::KeyPair pair;
    bool replaced = false;
};

// A server's officer key, wrapped by the sign-in password: unwrapped, or
// made the first time (and again when the password it was wrapped under is
// no longer the officer's).
Result<OfficerKey> keyFromServer(Database &db, const QString &officer, const QByteArray &password)
{
    if (password.isEmpty())
        return Error{IdVaultText::tr("Identity document copies are opened by your sign-in password, and this connection "
                                     "was made without one: sign in with a password."),
                     Error::Kind::Authentication};
    QSqlQuery query = db.prepare(QStringLiteral(
        "SELECT k.public_key, w.salt, w.nonce, w.wrapped, w.ops_limit, w.mem_limit FROM officer_keys k "
        "LEFT JOIN officer_key_wraps w ON w.username = k.username WHERE k.username = ?"));
    query.addBindValue(officer);
    if (!query.exec())
        return Database::sqlError(query);
    bool known = false;
    if (query.next()) {
        known = true;
        const SqlRow row(query);
        keys::WrappedSecret wrapped{row.value("salt").toByteArray(), row.value("nonce").toByteArray(),
                                    row.value("wrapped").toByteArray(), row.bigInteger("ops_limit"),
                                    row.bigInteger("mem_limit")};
        const QByteArray publicKey = row.value("public_key").toByteArray();
        query.finish();
        if (const std::optional<keys::Secret> secret = keys::unwrap(wrapped, password)) {
            keys::KeyPair pair = keys::KeyPair::fromSecret(*secret);
            if (pair.publicKey == publicKey)
                return OfficerKey{std::move(pair), false};
        }
    }
    query.finish();
    keys::KeyPair pair = keys::KeyPair::generate();
    const Result<keys::WrappedSecret> wrapped = keys::wrap(pair.secret, password);
    if (!wrapped)
        return wrapped.error();
    const Status saved = db.transaction([&]() -> Status {
        if (Status s = recordPublicKey(db, officer, pair.publicKey); !s)
            return s;
        const Result<int> kept =
            run(db,
                QStringLiteral("INSERT INTO officer_key_wraps (username, salt, nonce, wrapped, ops_limit, mem_limit) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                {officer, wrapped->salt, wrapped->nonce, wrapped->wrapped, wrapped->opsLimit, wrapped->memLimit});
        return kept ? success() : Status(kept.error());
    });
    if (!saved)
        return saved.error();
    return OfficerKey{std::move(pair), known};
}

// Overwrites a file before removing it: its blocks keep no ciphertext.
void wipeFile(const QString &path)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite)) {
        const qint64 size = file.size();
        const QByteArray zeros(qMin<qint64>(size, 1 << 20), '\0');
        for (qint64 written = 0; written < size;) {
            const qint64 step = file.write(zeros.constData(), qMin<qint64>(zeros.size(), size - written));
            if (step <= 0)
                break;
            written += step;
        }
        file.flush();
        file.close();
    }
    QFile::remove(path);
}

// A copy as earlier versions kept it in a folder: "PCID1", a nonce, then
// XChaCha20-Poly1305 under the folder's key, bound to the file's name.
std::optional<QByteArray> readFolderCopy(const QString &path, const keys::Secret &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray sealed = file.readAll();
    const QByteArray magic = QByteArrayLiteral("PCID1");
    constexpr qsizetype kNonce = 24;
    if (!sealed.startsWith(magic) || sealed.size() < magic.size() + kNonce)
        return std::nullopt;
    return keys::decrypt({sealed.mid(magic.size(), kNonce), sealed.mid(magic.size() + kNonce)}, key,
                         QByteArrayLiteral("privacy-console id copy ") + QFileInfo(path).fileName().toUtf8());
}

// SQLite overwrites what it frees while this lives (PRAGMA secure_delete),
// then the write-ahead log is folded into the file and emptied: the pages
// a destroyed copy held are zeros on the disk.
class SecureDelete final
{
public:
    explicit SecureDelete(Database &db) : m_db(db)
    {
        if (!m_db.isPostgresql())
            (void)m_db.execute(QStringLiteral("PRAGMA secure_delete = ON;"));
    }
    ~SecureDelete()
    {
        if (m_db.isPostgresql())
            return;
        (void)m_db.execute(QStringLiteral("PRAGMA secure_delete = OFF;"));
        if (!m_db.inTransaction())
            (void)m_db.execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);"));
    }
    SecureDelete(const SecureDelete &) = delete;
    SecureDelete &operator=(const SecureDelete &) = delete;

private:
    Database &m_db;
};

// Marks copies destroyed, deletes their ciphertext and sealed keys, and
// writes each in its request's history; the files of copies never moved in
// from a folder are returned, to be wiped once this is committed.
Status markDestroyed(Database &db, const QList<RowId> &ids, QStringList &files, int *destroyed = nullptr)
{
    for (RowId id : ids) {
        QSqlQuery copy = db.prepare(QStringLiteral("SELECT encrypted_path, request_id, file_name FROM attachments "
                                                   "WHERE id = ? AND kind = 'id_copy' AND destroyed_at IS NULL"));
        copy.addBindValue(id);
        if (!copy.exec())
            return Database::sqlError(copy);
        if (!copy.next())
            continue;
        const SqlRow row(copy);
        if (!row.isNull("encrypted_path"))
            files << row.text("encrypted_path");
        const RowId requestId = row.id("request_id");
        const QString fileName = row.text("file_name");
        copy.finish();
        if (requestId > 0) {
            if (Status s = RequestWorkflow::note(db, requestId, QStringLiteral("id_copy_destroyed"), fileName); !s)
                return s;
        }
        if (Result<int> s = run(db, QStringLiteral("DELETE FROM id_copy_contents WHERE attachment_id = ?"), {id}); !s)
            return s.error();
        if (Result<int> s = run(db,
                                db.sql().expandMarkers(QStringLiteral(
                                    "UPDATE attachments SET destroyed_at = ${NOW}, encrypted_path = NULL "
                                    "WHERE id = ? AND kind = 'id_copy' AND destroyed_at IS NULL")),
                                {id});
            !s)
            return s.error();
        if (destroyed)
            ++*destroyed;
    }
    return success();
}

Result<int> destroyIds(Database &db, const QList<RowId> &ids)
{
    if (ids.isEmpty())
        return 0;
    QStringList files;
    int destroyed = 0;
    {
        SecureDelete secure(db);
        if (Status s = db.transaction([&] { return markDestroyed(db, ids, files, &destroyed); }); !s)
            return s.error();
    }
    for (const QString &file : std::as_const(files))
        wipeFile(file);
    return destroyed;
}

} // namespace

struct IdVault::Vault
{
    int generation = 0;
    QByteArray publicKey;
    bool renewalDue = false;
};

IdVault::IdVault(QString officer, std::unique_ptr<keys::KeyPair> key)
    : m_officer(std::move(officer)), m_key(std::move(key))
{
}
IdVault::IdVault(IdVault &&) noexcept = default;
IdVault &IdVault::operator=(IdVault &&) noexcept = default;
IdVault::~IdVault() = default;

IdVault::Places IdVault::defaultPlaces(Database &db)
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return Places{data + QStringLiteral("/officer.key"), db.signInPassword(), data + QStringLiteral("/id-copies"),
                  data + QStringLiteral("/id-copies.key")};
}

Result<IdVault> IdVault::open(Database &db, const Places &places)
{
    if (Status s = keys::ready(); !s)
        return s.error();
    const Result<QString> role = server::sessionRole(db);
    if (!role)
        return role.error();
    if (role.value() == QLatin1String("viewer"))
        return Error{IdVaultText::tr("Only officers may see an identity document copy."), Error::Kind::Authentication};
    const Result<QString> officer = sessionUser(db);
    if (!officer)
        return officer.error();
    // On an embedded database the register's own list of users says who views only.
    if (const auto user = CaseRepository(db).userByName(officer.value());
        user && user->has_value() && (user->value().role == QLatin1String("viewer") || !user->value().active))
        return Error{IdVaultText::tr("Only officers may see an identity document copy."), Error::Kind::Authentication};

    OfficerKey key;
    if (db.isPostgresql()) {
        Result<OfficerKey> fromServer = keyFromServer(db, officer.value(), places.password);
        if (!fromServer)
            return fromServer.error();
        key = std::move(fromServer).value();
    } else {
        Result<keys::KeyPair> fromFile = keyFromFile(places.keyFile);
        if (!fromFile)
            return fromFile.error();
        key.pair = std::move(fromFile).value();
        QSqlQuery known = db.prepare(QStringLiteral("SELECT public_key FROM officer_keys WHERE username = ?"));
        known.addBindValue(officer.value());
        if (!known.exec())
            return Database::sqlError(known);
        const bool same = known.next() && SqlRow(known).value("public_key").toByteArray() == key.pair.publicKey;
        known.finish();
        if (!same) {
            if (Status s = db.transaction([&] { return recordPublicKey(db, officer.value(), key.pair.publicKey); }); !s)
                return s.error();
        }
    }

    IdVault vault(officer.value(), std::make_unique<keys::KeyPair>(std::move(key.pair)));
    vault.m_keyReplaced = key.replaced;
    // The register's first vault: made by whoever needs it first.
    const Result<Vault> current = vault.currentVault(db);
    if (!current)
        return current.error();
    if (Status s = vault.replaceOrphanedVault(db, current.value()); !s)
        return s.error();
    if (Status s = vault.renewIfDue(db); !s)
        return s.error();
    if (Result<Moved> moved = vault.moveFolderCopies(db, places.oldFolder, places.oldKeyFile); moved)
        vault.m_moved = moved.value();
    else
        return moved.error();
    return vault;
}

Result<IdVault *> IdVault::session(Database &db)
{
    std::shared_ptr<void> &slot = db.sessionSlot(QStringLiteral("id-vault"));
    if (!slot) {
        Result<IdVault> opened = open(db, defaultPlaces(db));
        if (!opened)
            return opened.error();
        slot = std::make_shared<IdVault>(std::move(opened).value());
    }
    return static_cast<IdVault *>(slot.get());
}

bool IdVault::hasPendingWork(Database &db)
{
    const Result<QString> role = server::sessionRole(db);
    if (!role || role.value() == QLatin1String("viewer"))
        return false;
    QSqlQuery query = db.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM attachments WHERE kind = 'id_copy' AND destroyed_at IS NULL "
        "AND encrypted_path IS NOT NULL) AS in_folders, "
        "(SELECT count(*) FROM id_vaults WHERE rotation_due) AS renewals"));
    if (!query.exec() || !query.next())
        return false;
    const SqlRow row(query);
    return row.bigInteger("in_folders") > 0 || row.bigInteger("renewals") > 0;
}

Status IdVault::makeVault(Database &db, int generation)
{
    // This officer makes it, and is the first to hold it.
    const keys::KeyPair pair = keys::KeyPair::generate();
    return db.transaction([&]() -> Status {
        if (Result<int> s = run(db, QStringLiteral("INSERT INTO id_vaults (generation, public_key, created_by) VALUES (?, ?, ?)"),
                                {generation, pair.publicKey, m_officer});
            !s)
            return s.error();
        if (Status s = recordGrant(db, generation, m_officer, keys::seal(pair.secret, m_key->publicKey), m_officer); !s)
            return s;
        return AuditTrail::record(db, QStringLiteral("id_vault_made"), m_officer);
    });
}

Status IdVault::replaceOrphanedVault(Database &db, const Vault &current)
{
    QSqlQuery holders = db.prepare(QStringLiteral("SELECT count(*) FROM id_vault_grants WHERE generation = ?"));
    holders.addBindValue(current.generation);
    if (!holders.exec() || !holders.next())
        return Database::sqlError(holders);
    if (scalar<qint64>(holders) > 0)
        return success();
    holders.finish();
    // Nobody holds the vault key any more (every key that held it lost):
    // new copies go to a new one, the ones already sealed stay unreadable,
    // and there is nothing left to renew.
    return db.transaction([&]() -> Status {
        if (Result<int> s = run(db, QStringLiteral("UPDATE id_vaults SET rotation_due = FALSE"), {}); !s)
            return s.error();
        return makeVault(db, current.generation + 1);
    });
}

bool IdVault::renewalDue(Database &db)
{
    QSqlQuery query = db.prepare(QStringLiteral("SELECT count(*) FROM id_vaults WHERE rotation_due"));
    return query.exec() && query.next() && scalar<qint64>(query) > 0;
}

Result<IdVault::Vault> IdVault::currentVault(Database &db)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery query = db.prepare(QStringLiteral(
            "SELECT generation, public_key, rotation_due FROM id_vaults ORDER BY generation DESC LIMIT 1"));
        if (!query.exec())
            return Database::sqlError(query);
        if (query.next()) {
            const SqlRow row(query);
            return Vault{row.integer("generation"), row.value("public_key").toByteArray(), row.flag("rotation_due")};
        }
        query.finish();
        const Status made = makeVault(db, 1);
        // Another officer may have made it at the same moment: read theirs.
        if (!made && attempt > 0)
            return made.error();
    }
    return Error{IdVaultText::tr("The vault of identity document copies could not be made.")};
}

Result<std::unique_ptr<keys::KeyPair>> IdVault::vaultKey(Database &db, int generation)
{
    QSqlQuery query = db.prepare(QStringLiteral(
        "SELECT sealed_secret FROM id_vault_grants WHERE generation = ? AND username = ?"));
    query.addBindValue(generation);
    query.addBindValue(m_officer);
    if (!query.exec())
        return Database::sqlError(query);
    if (!query.next())
        return noAccess(m_officer);
    const std::optional<keys::Secret> secret = keys::unseal(SqlRow(query).value("sealed_secret").toByteArray(), *m_key);
    if (!secret)
        return noAccess(m_officer);
    return std::make_unique<keys::KeyPair>(keys::KeyPair::fromSecret(*secret));
}

Result<bool> IdVault::hasAccess(Database &db)
{
    const Result<Vault> current = currentVault(db);
    if (!current)
        return current.error();
    const auto key = vaultKey(db, current->generation);
    if (!key && !key.error().is(Error::Kind::Authentication))
        return key.error();
    return key.ok();
}

Status IdVault::requireAccess(Database &db)
{
    const Result<bool> access = hasAccess(db);
    if (!access)
        return access.error();
    return access.value() ? success() : Status(noAccess(m_officer));
}

Result<Attachment> IdVault::store(Database &db, const RightsRequest &request, const QString &fileName,
                                  const QString &mediaType, const QByteArray &content, const QDate &destroyAfter)
{
    if (request.id <= 0)
        return Error{IdVaultText::tr("Save the request before adding an identity document copy to it.")};
    if (content.isEmpty())
        return Error{IdVaultText::tr("The identity document copy is empty."), Error::Kind::BadInput};
    if (content.size() > kLargestCopy)
        return Error{IdVaultText::tr("The identity document copy is larger than %1 MB.").arg(kLargestCopy / (1024 * 1024)),
                     Error::Kind::BadInput};
    const Result<Vault> vault = currentVault(db);
    if (!vault)
        return vault.error();

    Attachment copy;
    copy.organizationId = request.organizationId;
    copy.requestId = request.id;
    copy.subjectId = request.subjectId;
    copy.kind = QStringLiteral("id_copy");
    copy.fileName = fileName;
    copy.mediaType = mediaType;
    copy.sizeBytes = content.size();
    copy.sha256 = sha256Hex(content);
    copy.destroyAfter = destroyAfter;
    const Status recorded = db.transaction([&]() -> Status {
        const Result<RowId> id = CaseRepository(db).addAttachment(copy);
        if (!id)
            return id.error();
        if (Status s = keepCiphertext(db, copy.id, copy.sha256, content, vault->generation, vault->publicKey); !s)
            return s;
        return RequestWorkflow::note(db, request.id, QStringLiteral("id_copy_stored"),
                                     IdVaultText::tr("%1, to be destroyed by %2 at the latest")
                                         .arg(fileName, destroyAfter.toString(Qt::ISODate)));
    });
    if (!recorded)
        return recorded.error();
    return copy;
}

Result<QByteArray> IdVault::read(Database &db, const Attachment &attachment)
{
    if (attachment.destroyedAt.isValid())
        return Error{IdVaultText::tr("This identity document copy was destroyed on %1.")
                         .arg(attachment.destroyedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))),
                     Error::Kind::NotFound};
    QSqlQuery query = db.prepare(QStringLiteral(
        "SELECT generation, nonce, sealed_key, ciphertext FROM id_copy_contents WHERE attachment_id = ?"));
    query.addBindValue(attachment.id);
    if (!query.exec())
        return Database::sqlError(query);
    if (!query.next()) {
        if (!attachment.encryptedPath.isEmpty())
            return Error{IdVaultText::tr("This identity document copy is still in a folder of the desk that received it: "
                                         "it moves into the register the next time its officer opens it there."),
                         Error::Kind::NotFound};
        return Error{IdVaultText::tr("This identity document copy is not in this database (backups leave copies out)."),
                     Error::Kind::NotFound};
    }
    const SqlRow row(query);
    const int generation = row.integer("generation");
    const QByteArray sealedKey = row.value("sealed_key").toByteArray();
    const keys::Encrypted encrypted{row.value("nonce").toByteArray(), row.value("ciphertext").toByteArray()};
    query.finish();
    const auto vault = vaultKey(db, generation);
    if (!vault)
        return vault.error();
    const Error altered{IdVaultText::tr("The identity document copy was altered: it cannot be decrypted.")};
    const std::optional<keys::Secret> copyKey = keys::unseal(sealedKey, *vault.value());
    if (!copyKey)
        return altered;
    std::optional<QByteArray> content = keys::decrypt(encrypted, *copyKey, boundTo(attachment.id, attachment.sha256));
    if (!content)
        return altered;
    if (sha256Hex(*content) != attachment.sha256)
        return Error{IdVaultText::tr("The identity document copy is not the one recorded (its fingerprint differs).")};
    return std::move(*content);
}

Status IdVault::grant(Database &db, const QString &username)
{
    const Result<Vault> vault = currentVault(db);
    if (!vault)
        return vault.error();
    const auto key = vaultKey(db, vault->generation);
    if (!key)
        return key.error();
    QSqlQuery query = db.prepare(QStringLiteral(
        "SELECT k.public_key, u.role, u.active FROM officer_keys k LEFT JOIN users u ON u.username = k.username "
        "WHERE k.username = ?"));
    query.addBindValue(username);
    if (!query.exec())
        return Database::sqlError(query);
    if (!query.next())
        return Error{IdVaultText::tr("%1 has no key yet: they get one the first time they open this register as an officer.")
                         .arg(username),
                     Error::Kind::NotFound};
    const SqlRow row(query);
    if (!row.isNull("role") && (!row.flag("active") || row.text("role") == QLatin1String("viewer")))
        return Error{IdVaultText::tr("%1 is not an active officer of this register.").arg(username), Error::Kind::Constraint};
    const QByteArray sealed = keys::seal(key.value()->secret, row.value("public_key").toByteArray());
    query.finish();
    return db.transaction([&]() -> Status {
        if (Result<int> s = run(db, QStringLiteral("DELETE FROM id_vault_grants WHERE generation = ? AND username = ?"),
                                {vault->generation, username});
            !s)
            return s.error();
        if (Status s = recordGrant(db, vault->generation, username, sealed, m_officer); !s)
            return s;
        return AuditTrail::record(db, QStringLiteral("id_access_granted"), username);
    });
}

Status IdVault::rewrap(Database &db, const QByteArray &password)
{
    if (!db.isPostgresql())
        return success();
    const Result<keys::WrappedSecret> wrapped = keys::wrap(m_key->secret, password);
    if (!wrapped)
        return wrapped.error();
    const Result<int> changed =
        run(db,
            QStringLiteral("UPDATE officer_key_wraps SET salt = ?, nonce = ?, wrapped = ?, ops_limit = ?, mem_limit = ? "
                           "WHERE username = ?"),
            {wrapped->salt, wrapped->nonce, wrapped->wrapped, wrapped->opsLimit, wrapped->memLimit, m_officer});
    if (!changed)
        return changed.error();
    if (changed.value() != 1)
        return Error{IdVaultText::tr("Your key to identity document copies is not in this register.")};
    return success();
}

Status IdVault::renewIfDue(Database &db)
{
    const Result<Vault> vault = currentVault(db);
    if (!vault)
        return vault.error();
    if (!vault->renewalDue)
        return success();
    // Only one who holds the vault key can renew it; the others leave it due.
    if (const auto key = vaultKey(db, vault->generation); !key)
        return key.error().is(Error::Kind::Authentication) ? success() : Status(key.error());
    if (Status s = renew(db); !s)
        return s;
    m_renewed = true;
    return success();
}

Status IdVault::renew(Database &db)
{
    const Result<Vault> old = currentVault(db);
    if (!old)
        return old.error();
    const auto oldKey = vaultKey(db, old->generation);
    if (!oldKey)
        return oldKey.error();
    const keys::KeyPair fresh = keys::KeyPair::generate();
    const int generation = old->generation + 1;
    return db.transaction([&]() -> Status {
        if (Result<int> s = run(db, QStringLiteral("INSERT INTO id_vaults (generation, public_key, created_by) VALUES (?, ?, ?)"),
                                {generation, fresh.publicKey, m_officer});
            !s)
            return s.error();
        // Every copy's key, sealed again to the new vault key.
        // (Copies of a vault nobody holds any more stay as they are.)
        QSqlQuery copies = db.prepare(QStringLiteral("SELECT attachment_id, sealed_key FROM id_copy_contents WHERE generation = ?"));
        copies.addBindValue(old->generation);
        if (!copies.exec())
            return Database::sqlError(copies);
        QList<QPair<RowId, QByteArray>> resealed;
        const SqlRow copy(copies);
        while (copies.next()) {
            const std::optional<keys::Secret> copyKey = keys::unseal(copy.value("sealed_key").toByteArray(), *oldKey.value());
            if (!copyKey)
                return Error{IdVaultText::tr("An identity document copy's key does not open with the vault key: "
                                             "the vault key was not renewed.")};
            resealed.append({copy.id("attachment_id"), keys::seal(*copyKey, fresh.publicKey)});
        }
        copies.finish();
        for (const auto &[id, sealedKey] : std::as_const(resealed)) {
            if (Result<int> s = run(db, QStringLiteral("UPDATE id_copy_contents SET generation = ?, sealed_key = ? "
                                                       "WHERE attachment_id = ?"),
                                    {generation, sealedKey, id});
                !s)
                return s.error();
        }
        // The new key, to the holders of the old who may still hold it.
        QSqlQuery holders = db.prepare(QStringLiteral(
            "SELECT g.username, k.public_key FROM id_vault_grants g JOIN officer_keys k ON k.username = g.username "
            "LEFT JOIN users u ON u.username = g.username "
            "WHERE g.generation = ? AND (u.id IS NULL OR (u.active AND u.role <> 'viewer'))"));
        holders.addBindValue(old->generation);
        if (!holders.exec())
            return Database::sqlError(holders);
        QList<QPair<QString, QByteArray>> grants;
        const SqlRow holder(holders);
        while (holders.next())
            grants.append({holder.text("username"), keys::seal(fresh.secret, holder.value("public_key").toByteArray())});
        holders.finish();
        for (const auto &[username, sealed] : std::as_const(grants)) {
            if (Status s = recordGrant(db, generation, username, sealed, m_officer); !s)
                return s;
        }
        if (Result<int> s = run(db, QStringLiteral("DELETE FROM id_vaults WHERE generation = ?"), {old->generation}); !s)
            return s.error();
        return AuditTrail::record(db, QStringLiteral("id_vault_renewed"),
                                  IdVaultText::tr("%n identity document copy(ies) sealed to the new vault key", nullptr,
                                                  int(resealed.size())));
    });
}

Result<IdVault::Moved> IdVault::moveFolderCopies(Database &db, const QString &folder, const QString &keyFile)
{
    Moved moved;
    QSqlQuery waiting = db.prepare(QStringLiteral(
        "SELECT a.id FROM attachments a WHERE a.kind = 'id_copy' AND a.destroyed_at IS NULL "
        "AND a.encrypted_path IS NOT NULL AND NOT EXISTS (SELECT 1 FROM id_copy_contents c WHERE c.attachment_id = a.id) "
        "ORDER BY a.id"));
    if (!waiting.exec())
        return Database::sqlError(waiting);
    QList<RowId> ids;
    const SqlRow row(waiting);
    while (waiting.next())
        ids << row.id("id");
    waiting.finish();
    if (ids.isEmpty())
        return moved;
    std::optional<keys::Secret> folderKey;
    if (QFile keyBytes(keyFile); keyBytes.open(QIODevice::ReadOnly))
        folderKey = keys::Secret::fromBytes(keyBytes.read(qint64(keys::kKeyBytes) + 1));
    const QString home = QFileInfo(folder).absoluteFilePath();
    const Result<Vault> vault = currentVault(db);
    if (!vault)
        return vault.error();
    for (RowId id : std::as_const(ids)) {
        const Result<Attachment> copy = CaseRepository(db).attachment(id);
        if (!copy)
            return copy.error();
        std::optional<QByteArray> content;
        // Only a file of this desk's folder, read with its key, and the very one recorded.
        if (folderKey && QFileInfo(copy->encryptedPath).absolutePath() == home)
            content = readFolderCopy(copy->encryptedPath, *folderKey);
        if (!content || sha256Hex(*content) != copy->sha256) {
            ++moved.notMoved;
            continue;
        }
        const Status kept = db.transaction([&]() -> Status {
            if (Status s = keepCiphertext(db, id, copy->sha256, *content, vault->generation, vault->publicKey); !s)
                return s;
            if (Result<int> s = run(db, QStringLiteral("UPDATE attachments SET encrypted_path = NULL WHERE id = ?"), {id}); !s)
                return s.error();
            return AuditTrail::record(db, QStringLiteral("id_copy_moved_in"), copy->fileName, QStringLiteral("attachments"), id);
        });
        if (!kept)
            return kept.error();
        wipeFile(copy->encryptedPath);
        ++moved.moved;
    }
    return moved;
}

Result<QList<IdVault::Access>> IdVault::accessList(Database &db)
{
    QSqlQuery query = db.prepare(QStringLiteral(
        "SELECT u.username, u.display_name, u.role, "
        "EXISTS (SELECT 1 FROM officer_keys k WHERE k.username = u.username) AS has_key, "
        "EXISTS (SELECT 1 FROM id_vault_grants g WHERE g.username = u.username "
        "AND g.generation = (SELECT max(generation) FROM id_vaults)) AS holds_vault "
        "FROM users u WHERE u.active ORDER BY u.role = 'viewer', lower(coalesce(u.display_name, u.username))"));
    if (!query.exec())
        return Database::sqlError(query);
    QList<Access> list;
    const SqlRow row(query);
    while (query.next())
        list.append({row.text("username"), row.text("display_name"), row.text("role"), row.flag("has_key"),
                     row.flag("holds_vault")});
    return list;
}

Result<RowId> IdVault::recordCheck(Database &db, IdentityCheck check)
{
    if (check.verifier.trimmed().isEmpty())
        check.verifier = db.actor();
    if (!check.checkedOn.isValid())
        check.checkedOn = QDate::currentDate();
    check.documentNumberSuffix = check.documentNumberSuffix.right(4);
    QStringList files;
    Status recorded = success();
    {
        SecureDelete secure(db);
        recorded = db.transaction([&]() -> Status {
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
    }
    if (!recorded)
        return recorded.error();
    for (const QString &file : std::as_const(files))
        wipeFile(file);
    return check.id;
}

Status IdVault::destroy(Database &db, RowId attachmentId)
{
    const Result<int> destroyed = destroyIds(db, {attachmentId});
    return destroyed ? success() : Status(destroyed.error());
}

Result<int> IdVault::destroyCopiesOf(Database &db, RowId requestId)
{
    const auto live = rows::ids(db,
                                QStringLiteral("SELECT id FROM attachments WHERE request_id = ? AND kind = 'id_copy' "
                                               "AND destroyed_at IS NULL"),
                                {requestId});
    if (!live)
        return live.error();
    return destroyIds(db, live.value());
}

Result<int> IdVault::destroyExpired(Database &db, const QDate &today)
{
    const auto due = rows::ids(db,
                               QStringLiteral("SELECT id FROM attachments WHERE kind = 'id_copy' "
                                              "AND destroyed_at IS NULL AND destroy_after < ?"),
                               {dateOrNull(today)});
    if (!due)
        return due.error();
    return destroyIds(db, due.value());
}

} // namespace pc::intake
