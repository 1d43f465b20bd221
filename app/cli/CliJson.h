#pragma once
// JSON and one-line text renderings of records for certdesk-cli output.
#include "store/HistoryLog.h"
#include "store/Records.h"
#include <QJsonObject>

namespace certdesk::cli {

QString isoTime(const QDateTime& utc); // "2026-11-21T16:03:50Z" or ""
QJsonObject toJson(const UserRecord& user);
QJsonObject toJson(const IdentityRecord& identity);
QJsonObject toJson(const CertificateRecord& cert);
QJsonObject toJson(const CaRecord& ca);
QJsonObject toJson(const HistoryEntry& entry);
QString localTime(const QDateTime& utc); // "2026/11/21 16:03" in the local time zone

} // namespace certdesk::cli
