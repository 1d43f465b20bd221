#include "ca/OpensslError.h"

#include <openssl/err.h>

#include <QStringList>

namespace certdesk {

QString takeOpensslErrors()
{
    QStringList parts;
    const char* file = nullptr;
    int line = 0;
    const char* func = nullptr;
    const char* data = nullptr;
    int flags = 0;
    while (const unsigned long code = ERR_get_error_all(&file, &line, &func, &data, &flags)) {
        char buf[256];
        ERR_error_string_n(code, buf, sizeof buf);
        QString part = QString::fromUtf8(buf);
        // Additional data (e.g. "Expecting: ANY PRIVATE KEY") is informational text from OpenSSL
        // itself; it never carries the passphrase, which OpenSSL does not echo.
        if (data && *data && (flags & ERR_TXT_STRING))
            part += QStringLiteral(" (%1)").arg(QString::fromUtf8(data));
        if (!parts.contains(part))
            parts << part;
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace certdesk
