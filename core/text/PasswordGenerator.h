#pragma once
#include <QByteArray>

namespace certdesk {

// Key passwords (秘密の鍵) generated with a CSPRNG (OpenSSL RAND_bytes), unbiased, from an alphabet
// without look-alike characters (no 0 O o 1 l I): length 12..32, at least one digit, one upper and one
// lower-case letter.
QByteArray generateKeyPassword(int length = 12);

// A manually set key password: 6..32 half-width alphanumerics. Empty string when valid,
// otherwise the translated reason.
QString keyPasswordError(const QByteArray& password);

} // namespace certdesk
