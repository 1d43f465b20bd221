#include "store/Records.h"

#include <QCoreApplication>

namespace certdesk {

QString certStatusId(CertStatus status)
{
    switch (status) {
    case CertStatus::Issuing:
        return QStringLiteral("issuing");
    case CertStatus::AwaitingDownload:
        return QStringLiteral("awaiting");
    case CertStatus::InUse:
        return QStringLiteral("in-use");
    case CertStatus::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

std::optional<CertStatus> certStatusFromId(const QString& id)
{
    for (CertStatus s :
         {CertStatus::Issuing, CertStatus::AwaitingDownload, CertStatus::InUse, CertStatus::Revoked})
        if (certStatusId(s) == id)
            return s;
    return std::nullopt;
}

QString certStatusDisplayName(CertStatus status)
{
    switch (status) {
    case CertStatus::Issuing:
        return QCoreApplication::translate("CertStatus", "Issuing");
    case CertStatus::AwaitingDownload:
        return QCoreApplication::translate("CertStatus", "Awaiting download");
    case CertStatus::InUse:
        return QCoreApplication::translate("CertStatus", "In use");
    case CertStatus::Revoked:
        return QCoreApplication::translate("CertStatus", "Revoked");
    }
    return {};
}

bool CertificateRecord::needsAttention(const QDateTime& nowUtc) const
{
    if (status == CertStatus::Revoked)
        return false;
    if (notAfter.isValid() && notAfter <= nowUtc)
        return true;
    return status == CertStatus::AwaitingDownload && downloadDeadline.isValid() && downloadDeadline <= nowUtc;
}

} // namespace certdesk
