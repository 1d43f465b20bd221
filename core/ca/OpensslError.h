#pragma once
#include <QString>

namespace certdesk {
// Drains the thread's OpenSSL error queue into one line (for Error::detail). Never contains secrets.
QString takeOpensslErrors();
} // namespace certdesk
