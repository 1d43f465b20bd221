#include "store/DatabaseTls.h"
#include "store/Database.h"

namespace certdesk {

Result<bool> DatabaseTls::isEncrypted(Database& db)
{
    if (!db.isPostgres())
        return true;
    auto q = db.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"));
    if (!q)
        return q.error();
    return q->next() && q->value(0).toBool();
}

QString DatabaseTls::failureCause(const DatabaseUrl& url, const QString& message)
{
    // libpq's (English) messages; a libpq translated into another language leaves the cause unnamed and
    // the caller shows libpq's own text.
    const auto has = [&message](const char* text) {
        return message.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    if (has("does not match host name"))
        return tr("The server's certificate does not name the host \"%1\". Connect with a host name that the "
                  "certificate lists (for example the one in its subject alternative names), or have the "
                  "server's certificate reissued for this name.")
            .arg(url.host);
    if (has("root certificate file") && has("does not exist"))
        return tr("The root certificate file %1 does not exist.")
            .arg(url.sslRootCert.isEmpty() ? QStringLiteral("~/.postgresql/root.crt") : url.sslRootCert);
    if (has("could not read root certificate file"))
        return tr("The root certificate file %1 cannot be read or is not a PEM certificate.")
            .arg(url.sslRootCert);
    if (has("certificate verify failed"))
        return tr("The server's certificate was not issued by the root certificate %1. Choose the CA "
                  "certificate that signed the PostgreSQL server's certificate.")
            .arg(url.sslRootCert.isEmpty() ? QStringLiteral("~/.postgresql/root.crt") : url.sslRootCert);
    if (has("server does not support SSL"))
        return tr("The server does not offer TLS. Turn on ssl in postgresql.conf, or choose a TLS mode that "
                  "allows an unencrypted connection.");
    if (has("no pg_hba.conf entry") && has("no encryption"))
        return tr("The server accepts this user only over TLS. Choose the TLS mode \"verify-full\" (or at "
                  "least \"require\").");
    return {};
}

} // namespace certdesk
