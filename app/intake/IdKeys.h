#pragma once

#include "core/Result.h"

#include <QByteArray>

#include <array>
#include <cstddef>
#include <optional>

namespace pc::intake::keys {

// The cryptography of identity document copies, all of it libsodium's:
// key pairs (X25519) for officers and for the register's vault, a secret
// wrapped under a key derived from a password (Argon2id), sealed boxes
// (anonymous sender, only the key pair's holder opens them), and the
// copies' own authenticated cipher (XChaCha20-Poly1305). A secret is wiped
// from memory when it goes.

constexpr std::size_t kKeyBytes = 32;

// Starts the library (once); fails only when it cannot.
Status ready();

// 32 secret bytes: a private key, or the key of one copy.
class Secret final
{
public:
    Secret() = default;
    Secret(const Secret &other) = default;
    Secret &operator=(const Secret &other) = default;
    ~Secret();

    static Secret random();
    // From exactly kKeyBytes bytes; none from anything else.
    static std::optional<Secret> fromBytes(const QByteArray &bytes);

    unsigned char *data() { return m_bytes.data(); }
    const unsigned char *data() const { return m_bytes.data(); }
    QByteArray bytes() const;

private:
    std::array<unsigned char, kKeyBytes> m_bytes{};
};

// A key pair: the public half to seal to, the secret half to open with.
struct KeyPair
{
    QByteArray publicKey;
    Secret secret;

    static KeyPair generate();
    // The pair a private key belongs to (its public half computed).
    static KeyPair fromSecret(const Secret &secret);
};

// A secret as it is kept where others may read it: encrypted under a key
// derived from a password, with the derivation's salt and costs.
struct WrappedSecret
{
    QByteArray salt;
    QByteArray nonce;
    QByteArray wrapped;
    qint64 opsLimit = 0;
    qint64 memLimit = 0;
};

// Wraps under `password` (Argon2id at libsodium's interactive costs: the
// server keeps the wrapped key from anyone but its owner, and a password
// the server itself verifies is no harder to try than this).
Result<WrappedSecret> wrap(const Secret &secret, const QByteArray &password);
// The secret back, or nothing when the password is not the one it was
// wrapped under (or the wrapping was altered).
std::optional<Secret> unwrap(const WrappedSecret &wrapped, const QByteArray &password);

// A secret sealed to a public key: only the matching private key opens it.
QByteArray seal(const Secret &secret, const QByteArray &publicKey);
std::optional<Secret> unseal(const QByteArray &sealed, const KeyPair &pair);

// Content encrypted under one key, bound to `associated` (what it is the
// content of, so that two stored contents cannot be swapped).
struct Encrypted
{
    QByteArray nonce;
    QByteArray ciphertext;
};
Encrypted encrypt(const QByteArray &content, const Secret &key, const QByteArray &associated);
std::optional<QByteArray> decrypt(const Encrypted &encrypted, const Secret &key, const QByteArray &associated);

} // namespace pc::intake::keys
