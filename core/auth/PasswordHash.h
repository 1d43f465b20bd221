#pragma once
// Operator password hashes: scrypt (OpenSSL 3 EVP_KDF "SCRYPT") with a random 16-byte salt. The cost
// parameters are stored with every hash, so that they can be raised later: a sign-in with an older hash
// still verifies, and needsRehash() tells the caller to store a new one.
//
// Encoding (one line, ASCII): scrypt$ln=<log2 N>$r=<block size>$p=<parallelism>$<salt>$<key>
// where salt and key are standard base64 without '=' padding, e.g.
//   scrypt$ln=15$r=8$p=1$3q2+7wAAAAAAAAAAAAAAAA$q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80
#include "util/Result.h"
#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace certdesk {

// scrypt cost: N = 2^log2N iterations of a block of 128 * r bytes, p independent lanes.
// Memory needed: 128 * r * (N + p + 2) bytes.
struct ScryptParams
{
    int log2N = 15;
    int r = 8;
    int p = 1;
    bool operator==(const ScryptParams&) const = default;
};

// An encoded hash taken apart.
struct ParsedPasswordHash
{
    ScryptParams params;
    QByteArray salt;
    QByteArray key; // the derived key
};

class PasswordHash
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHash)
public:
    static constexpr int kSaltBytes = 16;
    static constexpr int kKeyBytes = 32;

    // The parameters of new hashes: N = 2^15, r = 8, p = 1 (32 MiB; 70 ms per hash measured on one core
    // of the development machine). Raise them here; stored hashes below them report needsRehash().
    static ScryptParams currentParams();

    // A new encoded hash of the password's UTF-8 bytes with a fresh salt. Fails only when OpenSSL does
    // (no random bytes, no scrypt provider, parameters out of the accepted range).
    static Result<QString> hash(const QString& password);
    static Result<QString> hash(const QString& password, const ScryptParams& params);

    // True when `encoded` is a well-formed hash of `password` (constant-time comparison). A malformed,
    // truncated or out-of-range encoding is simply false.
    static bool verify(const QString& password, const QString& encoded);

    // True when `encoded` should be replaced by a new hash at the next successful sign-in: its cost
    // parameters are below the current ones, or it cannot be read at all.
    static bool needsRehash(const QString& encoded);

    // The parts of an encoded hash, or nothing when it is not exactly in the format above or its
    // parameters are outside what verify() accepts (bounded so that a stored row cannot make a sign-in
    // allocate gigabytes or run for minutes).
    static std::optional<ParsedPasswordHash> parse(const QString& encoded);
    static QString encode(const ParsedPasswordHash& parts);

    // Accepted parameter ranges when reading a stored hash.
    static constexpr int kMaxLog2N = 20;
    static constexpr int kMaxR = 32;
    static constexpr int kMaxP = 16;
    static constexpr quint64 kMaxMemoryBytes = quint64(256) * 1024 * 1024;
    // Salt and key: at least as long as new ones (kSaltBytes, kKeyBytes), at most kMaxStoredBytes.
    static constexpr int kMaxStoredBytes = 64;
};

} // namespace certdesk
