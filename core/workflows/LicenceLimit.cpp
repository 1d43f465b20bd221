#include "workflows/LicenceLimit.h"
#include "store/Records.h"
#include "store/Settings.h"

#include <QLocale>

namespace certdesk {

namespace {

// The statuses of a certificate that is not revoked, bound for "status IN (?, ?, ?)": ranges of
// certificates_status_not_after, where "status <> 'revoked'" made SQLite walk certificates_not_after and
// read every row (300,000 certificates: ~470 ms).
const QVariantList& notRevokedStatuses()
{
    static const QVariantList statuses{certStatusId(CertStatus::Issuing),
                                       certStatusId(CertStatus::AwaitingDownload),
                                       certStatusId(CertStatus::InUse)};
    return statuses;
}

} // namespace

Result<LicenceCounts> LicenceLimit::counts(Database& db, const QDateTime& nowUtc)
{
    LicenceCounts c;
    c.contracted = Settings(db).value(SettingKey::LicenceContracted).toLongLong();
    QVariantList values = notRevokedStatuses();
    values << nowUtc.toSecsSinceEpoch();
    auto q = db.exec(
        QStringLiteral("SELECT COUNT(*) FROM certificates WHERE status IN (?, ?, ?) AND not_after > ?"),
        values);
    if (!q)
        return q.error();
    if (q->next())
        c.issued = q->value(0).toLongLong();
    return c;
}

Result<LicenceCounts> LicenceLimit::countsFrom(Database& db, const QDateTime& nowUtc, qint64 notRevoked)
{
    LicenceCounts c;
    c.contracted = Settings(db).value(SettingKey::LicenceContracted).toLongLong();
    QVariantList values = notRevokedStatuses();
    values << nowUtc.toSecsSinceEpoch();
    auto q = db.exec(
        QStringLiteral("SELECT COUNT(*) FROM certificates WHERE status IN (?, ?, ?) AND not_after <= ?"),
        values);
    if (!q)
        return q.error();
    const qint64 expired = q->next() ? q->value(0).toLongLong() : 0;
    c.issued = std::max<qint64>(0, notRevoked - expired);
    return c;
}

QString LicenceLimit::refusal(const LicenceCounts& c, qint64 adding)
{
    if (!c.limited() || c.issued + adding <= c.contracted)
        return {};
    const QLocale locale;
    if (adding <= 1)
        return tr("The licence allows %1 active certificates and %2 are issued: no more can be issued. "
                  "Revoke a certificate that is no longer used, or raise the contracted number in Settings.")
            .arg(locale.toString(c.contracted), locale.toString(c.issued));
    return tr("%1 certificates would be issued, but the licence allows only %2 more (%3 contracted, %4 "
              "issued). Revoke certificates that are no longer used, raise the contracted number in "
              "Settings, or issue fewer at once.")
        .arg(locale.toString(adding), locale.toString(c.remaining()), locale.toString(c.contracted),
             locale.toString(c.issued));
}

Status LicenceLimit::reserve(Database& db, const QDateTime& nowUtc, qint64 adding)
{
    if (Settings(db).value(SettingKey::LicenceContracted).toLongLong() <= 0)
        return {};
    // Two issuers at the limit must not both see one free place: the second waits here until the first
    // commits, and then counts its certificate. Held until the transaction ends.
    if (db.isPostgres()) {
        if (auto l = db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(727277)")); !l)
            return l.error();
    }
    auto c = counts(db, nowUtc);
    if (!c)
        return c.error();
    if (const QString why = refusal(c.value(), adding); !why.isEmpty())
        return makeError(ErrorCode::Conflict, why);
    return {};
}

} // namespace certdesk
