#pragma once
// ZIP export of deliverable certificates (seed 002 "証明書ダウンロード" + "パスワードリストCSV"): each
// awaiting-download certificate's PKCS#12, cacert.pem, cacert.crt (DER) and passwords.csv with the
// auto-generated key passwords (unsealed with the CA key). Each export is a history row.
#include "session/WorkflowContext.h"

namespace certdesk {

struct ZipExportSummary
{
    QString path;
    int certificates = 0;
    int passwords = 0; // rows in passwords.csv
};

class ZipExport
{
    Q_DECLARE_TR_FUNCTIONS(ZipExport)
public:
    static Result<int> deliverableCount(Database& db);
    // Needs the unlocked CA. The file is written atomically, readable by the owner only.
    static Result<ZipExportSummary> write(WorkflowContext& ctx, const QString& path);
    static QString passwordListName() { return QStringLiteral("passwords.csv"); }
};

} // namespace certdesk
