#include "CrlPublicationText.h"
#include "DateFormat.h"
#include "revocation/CrlPublisher.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace certdesk {

QString CrlPublicationText::dateTime(const QDateTime& utc)
{
    return dateformat::dateTime(utc);
}

QString CrlPublicationText::afterRevocation(const CrlOutcome& outcome)
{
    switch (outcome.state) {
    case CrlOutcome::State::Untouched:
        return tr(
            "Servers that check the certificate revocation list (CRL) refuse the device once a new CRL is "
            "published (Publish CRL now on the dashboard or in Settings → Portal and CRL).");
    case CrlOutcome::State::Published:
        return published(outcome.publication);
    case CrlOutcome::State::Locked:
    case CrlOutcome::State::Failed:
        break;
    }
    return outcome.problem(); // e.g. the CA is locked: OCSP refuses the device already
}

QString CrlPublicationText::published(const CrlPublication& p)
{
    const QString number = QLocale().toString(p.number);
    if (!p.problem.isEmpty())
        return tr("CRL number %1 was signed (the download portal serves it), but: %2").arg(number, p.problem);
    if (!p.files.isEmpty()) {
        const QString folder = QDir::toNativeSeparators(QFileInfo(p.files.first()).absolutePath());
        QString text = tr("Published CRL number %1 with %n revoked certificate(s) to %2. Next update: %3.",
                          nullptr, p.entries)
                           .arg(number, folder, dateTime(p.nextUpdate));
        if (p.commandRan)
            text += QLatin1Char(' ') + tr("The publish command ran successfully.");
        return text;
    }
    return tr("Signed CRL number %1 with %n revoked certificate(s); the download portal serves it. No CRL "
              "folder is "
              "set, so no file was written.",
              nullptr, p.entries)
        .arg(number);
}

QString CrlPublicationText::status(const CrlHealth& h)
{
    if (!h.hasCa)
        return tr("This database has no CA yet.");
    QString text = h.hasCrl ? tr("Current CRL: number %1, next update %2.")
                                  .arg(QLocale().toString(h.number), dateTime(h.nextUpdate))
                            : tr("No CRL yet.");
    if (h.missesRevocation)
        text += QLatin1Char(' ') + tr("A revocation is not in the CRL yet.");
    return text;
}

QString CrlPublicationText::warning(const CrlHealth& h, const QDateTime& nowUtc)
{
    if (!h.needsAttention())
        return {};
    QStringList parts;
    if (h.missesRevocation)
        parts << tr(
            "A revocation is not in the CRL yet: servers that check only the CRL still accept that device.");
    if (h.expiresSoon && h.hasCrl) {
        if (h.nextUpdate <= nowUtc)
            parts << tr("The CRL expired at %1: servers that check it may refuse every device.")
                         .arg(dateTime(h.nextUpdate));
        else
            parts << tr("The CRL's next update is within a day (%1).").arg(dateTime(h.nextUpdate));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace certdesk
