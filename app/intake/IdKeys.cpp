#include "IdKeys.h"

#include <QCoreApplication>

#include <sodium.h>

namespace pc::intake::keys {
namespace {

struct KeysText
{
    Q_DECLARE_TR_FUNCTIONS(pc::intake::IdVault)
};

static_assert(kKeyBytes == crypto_box_SECRETKEYBYTES && kKeyBytes == crypto_box_PUBLICKEYBYTES);
static_assert(kKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(kKeyBytes == crypto_secretbox_KEYBYTES);

const unsigned char *bytesOf(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

unsigned char *bytesOf(QByteArray &bytes)
{
    return reinterpret_cast<unsigned char *>(bytes.data());
}

} // namespace

Status ready()
{
    if (sodium_init() < 0)
        return Error{KeysText::tr("The encryption library could not start.")};
    return success();
}

Secret::~Secret()
{
    sodium_memzero(m_bytes.data(), m_bytes.size());
}

Secret Secret::random()
{
    Secret secret;
    randombytes_buf(secret.data(), kKeyBytes);
    return secret;
}

std::optional<Secret> Secret::fromBytes(const QByteArray &bytes)
{
    if (bytes.size() != qsizetype(kKeyBytes))
        return std::nullopt;
    Secret secret;
    std::copy(bytes.cbegin(), bytes.cend(), secret.m_bytes.begin());
    return secret;
}

QByteArray Secret::bytes() const
{
    return QByteArray(reinterpret_cast<const char *>(m_bytes.data()), qsizetype(kKeyBytes));
}

KeyPair KeyPair::generate()
{
    KeyPair pair;
    pair.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    crypto_box_keypair(bytesOf(pair.publicKey), pair.secret.data());
    return pair;
}

KeyPair KeyPair::fromSecret(const Secret &secret)
{
    KeyPair pair;
    pair.secret = secret;
    pair.publicKey.resize(crypto_box_PUBLICKEYBYTES);
    crypto_scalarmult_base(bytesOf(pair.publicKey), secret.data());
    return pair;
}

Result<WrappedSecret> wrap(const Secret &secret, const QByteArray &password)
{
    WrappedSecret out;
    out.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(bytesOf(out.salt), std::size_t(out.salt.size()));
    out.opsLimit = qint64(crypto_pwhash_OPSLIMIT_INTERACTIVE);
    out.memLimit = qint64(crypto_pwhash_MEMLIMIT_INTERACTIVE);
    Secret wrapping;
    if (crypto_pwhash(wrapping.data(), kKeyBytes, password.constData(), quint64(password.size()), bytesOf(out.salt),
                      quint64(out.opsLimit), std::size_t(out.memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error{KeysText::tr("There is not enough memory to protect the key.")};
    out.nonce.resize(crypto_secretbox_NONCEBYTES);
    randombytes_buf(bytesOf(out.nonce), std::size_t(out.nonce.size()));
    out.wrapped.resize(qsizetype(kKeyBytes + crypto_secretbox_MACBYTES));
    crypto_secretbox_easy(bytesOf(out.wrapped), secret.data(), kKeyBytes, bytesOf(out.nonce), wrapping.data());
    return out;
}

std::optional<Secret> unwrap(const WrappedSecret &wrapped, const QByteArray &password)
{
    if (wrapped.salt.size() != qsizetype(crypto_pwhash_SALTBYTES) || wrapped.nonce.size() != qsizetype(crypto_secretbox_NONCEBYTES)
        || wrapped.wrapped.size() != qsizetype(kKeyBytes + crypto_secretbox_MACBYTES)
        || wrapped.opsLimit < qint64(crypto_pwhash_OPSLIMIT_MIN) || wrapped.memLimit < qint64(crypto_pwhash_MEMLIMIT_MIN)
        // Costs no honest wrapping asks for: refused rather than tried.
        || wrapped.opsLimit > qint64(crypto_pwhash_OPSLIMIT_SENSITIVE)
        || wrapped.memLimit > qint64(crypto_pwhash_MEMLIMIT_SENSITIVE))
        return std::nullopt;
    Secret wrapping;
    if (crypto_pwhash(wrapping.data(), kKeyBytes, password.constData(), quint64(password.size()), bytesOf(wrapped.salt),
                      quint64(wrapped.opsLimit), std::size_t(wrapped.memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return std::nullopt;
    Secret secret;
    if (crypto_secretbox_open_easy(secret.data(), bytesOf(wrapped.wrapped), quint64(wrapped.wrapped.size()),
                                   bytesOf(wrapped.nonce), wrapping.data())
        != 0)
        return std::nullopt;
    return secret;
}

QByteArray seal(const Secret &secret, const QByteArray &publicKey)
{
    if (publicKey.size() != qsizetype(crypto_box_PUBLICKEYBYTES))
        return {};
    QByteArray sealed(qsizetype(crypto_box_SEALBYTES + kKeyBytes), Qt::Uninitialized);
    crypto_box_seal(bytesOf(sealed), secret.data(), kKeyBytes, bytesOf(publicKey));
    return sealed;
}

std::optional<Secret> unseal(const QByteArray &sealed, const KeyPair &pair)
{
    if (sealed.size() != qsizetype(crypto_box_SEALBYTES + kKeyBytes) || pair.publicKey.size() != qsizetype(kKeyBytes))
        return std::nullopt;
    Secret secret;
    if (crypto_box_seal_open(secret.data(), bytesOf(sealed), quint64(sealed.size()), bytesOf(pair.publicKey),
                             pair.secret.data())
        != 0)
        return std::nullopt;
    return secret;
}

Encrypted encrypt(const QByteArray &content, const Secret &key, const QByteArray &associated)
{
    Encrypted out;
    out.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(bytesOf(out.nonce), std::size_t(out.nonce.size()));
    out.ciphertext.resize(content.size() + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytesOf(out.ciphertext), &length, bytesOf(content), quint64(content.size()),
                                               bytesOf(associated), quint64(associated.size()), nullptr,
                                               bytesOf(out.nonce), key.data());
    out.ciphertext.resize(qsizetype(length));
    return out;
}

std::optional<QByteArray> decrypt(const Encrypted &encrypted, const Secret &key, const QByteArray &associated)
{
    if (encrypted.nonce.size() != qsizetype(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
        || encrypted.ciphertext.size() < qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return std::nullopt;
    QByteArray content(encrypted.ciphertext.size() - qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES), Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(bytesOf(content), &length, nullptr, bytesOf(encrypted.ciphertext),
                                                   quint64(encrypted.ciphertext.size()), bytesOf(associated),
                                                   quint64(associated.size()), bytesOf(encrypted.nonce), key.data())
        != 0)
        return std::nullopt;
    content.resize(qsizetype(length));
    return content;
}

} // namespace pc::intake::keys
