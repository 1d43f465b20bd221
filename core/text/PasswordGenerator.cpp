#include "text/PasswordGenerator.h"

#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <array>
#include <openssl/rand.h>

namespace certdesk {
namespace {

constexpr int kMinGenerated = 12;
constexpr int kMaxGenerated = 32;
constexpr int kMinManual = 6;
constexpr int kMaxManual = 32;

// No look-alikes: 0 O o 1 l I are left out.
constexpr char kAlphabet[] = "23456789"
                             "ABCDEFGHJKLMNPQRSTUVWXYZ"
                             "abcdefghijkmnpqrstuvwxyz";
constexpr unsigned kAlphabetSize = sizeof(kAlphabet) - 1;
static_assert(kAlphabetSize == 56);

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isAsciiUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isAsciiLower(char c)
{
    return c >= 'a' && c <= 'z';
}

// Uniform indices into the alphabet from RAND_bytes, by rejection: bytes at or above the largest
// multiple of the alphabet size are thrown away, so every character is exactly equally likely.
bool fillRandom(QByteArray& out, int length)
{
    constexpr unsigned limit = 256 - (256 % kAlphabetSize);
    std::array<unsigned char, 64> buffer{};
    out.clear();
    while (out.size() < length) {
        if (RAND_bytes(buffer.data(), int(buffer.size())) != 1)
            return false;
        for (unsigned char byte : buffer) {
            if (byte >= limit)
                continue;
            out.append(kAlphabet[byte % kAlphabetSize]);
            if (out.size() == length)
                break;
        }
    }
    OPENSSL_cleanse(buffer.data(), buffer.size());
    return true;
}

} // namespace

// Empty on CSPRNG failure (callers treat an empty password as an error).
QByteArray generateKeyPassword(int length)
{
    length = std::clamp(length, kMinGenerated, kMaxGenerated);
    QByteArray password;
    // Drawing again until all three classes appear keeps the result uniform over the valid passwords.
    for (;;) {
        if (!fillRandom(password, length))
            return {};
        const bool digit = std::any_of(password.cbegin(), password.cend(), isAsciiDigit);
        const bool upper = std::any_of(password.cbegin(), password.cend(), isAsciiUpper);
        const bool lower = std::any_of(password.cbegin(), password.cend(), isAsciiLower);
        if (digit && upper && lower)
            return password;
    }
}

QString keyPasswordError(const QByteArray& password)
{
    const bool alphanumeric = std::all_of(password.cbegin(), password.cend(), [](char c) {
        return isAsciiDigit(c) || isAsciiUpper(c) || isAsciiLower(c);
    });
    if (!alphanumeric)
        return QCoreApplication::translate(
            "PasswordGenerator",
            "The key password may contain only half-width letters (A-Z, a-z) and digits (0-9).");
    if (password.size() < kMinManual)
        return QCoreApplication::translate("PasswordGenerator",
                                           "The key password must be at least %n characters long.", nullptr,
                                           kMinManual);
    if (password.size() > kMaxManual)
        return QCoreApplication::translate(
            "PasswordGenerator", "The key password must be at most %n characters long.", nullptr, kMaxManual);
    return {};
}

} // namespace certdesk
