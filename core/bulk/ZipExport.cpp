#include "bulk/ZipExport.h"
#include "csv/CsvWriter.h"
#include "export/ZipWriter.h"
#include "policy/DeviceTypes.h"
#include "session/PasswordSealer.h"
#include "store/CertificateStore.h"
#include "store/Transaction.h"

#include <QFileInfo>
#include <QSet>

namespace certdesk {

Result<int> ZipExport::deliverableCount(Database& db)
{
    auto q = db.exec(
        QStringLiteral("SELECT COUNT(*) FROM certificates WHERE status = 'awaiting' AND p12 IS NOT NULL"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<ZipExportSummary> ZipExport::write(WorkflowContext& ctx, const QString& path)
{
    // The archive holds every deliverable PKCS#12 and their key passwords in clear.
    if (auto s = ctx.require(Permission::ManageUsers, QStringLiteral("zip export")); !s)
        return s.error();
    auto ca = ctx.unlockedCa();
    if (!ca)
        return ca.error();
    CertificateStore certs(ctx.db());
    auto list = certs.deliverable();
    if (!list)
        return list.error();
    if (list->isEmpty())
        return makeError(ErrorCode::NotFound,
                         tr("No certificate is awaiting download; there is nothing to export."));
    PasswordSealer::Opener opener(ctx);
    ZipWriter zip(path);
    ZipExportSummary summary;
    summary.path = path;
    // The password list as Japanese Excel opens it: UTF-8 with BOM, CRLF.
    QByteArray passwords = CsvWriter::kBom;
    CsvWriter::appendRow(passwords, {QStringLiteral("ファイル名"), QStringLiteral("ログインID"),
                                     QStringLiteral("デバイス"), QStringLiteral("シリアル番号"),
                                     QStringLiteral("秘密の鍵")});
    QSet<QString> names;
    for (const CertificateRecord& c : list.value()) {
        QString name = c.loginId + QLatin1Char('-') + c.device + QStringLiteral(".p12");
        if (names.contains(name))
            name = QStringLiteral("%1-%2-%3.p12").arg(c.loginId, c.device).arg(c.slot);
        names.insert(name);
        auto p12 = certs.pkcs12(c.id);
        if (!p12)
            return p12.error();
        if (auto s = zip.add(name, p12.value()); !s)
            return s.error();
        ++summary.certificates;
        if (!c.passwordAuto)
            continue;
        auto sealed = certs.sealedPassword(c.id);
        if (!sealed)
            return sealed.error();
        if (sealed->isEmpty())
            continue; // issued before passwords were kept; the password was shown once at issuance
        auto password = opener.open(sealed.value(), PasswordSealer::certificateBinding(c.serialHex),
                                    PasswordSealer::certificateRow(c.id));
        if (!password)
            return password.error();
        CsvWriter::appendRow(passwords, {name, c.loginId, DeviceTypes::displayName(c.device), c.serialHex,
                                         QString::fromLatin1(password.value())});
        ++summary.passwords;
    }
    if (auto s = zip.add(QStringLiteral("cacert.pem"), ca.value()->certificate().toPem()); !s)
        return s.error();
    if (auto s = zip.add(QStringLiteral("cacert.crt"), ca.value()->certificate().toDer()); !s)
        return s.error();
    if (auto s = zip.add(passwordListName(), passwords); !s)
        return s.error();

    // The history row commits before the file appears; a failed write leaves an export row without a file
    // rather than a file without its export row.
    Transaction tx(ctx.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    HistoryEntry h = ctx.historyEntry(Op::Export);
    h.remarks = QFileInfo(path).fileName();
    h.details = QStringLiteral("kind=zip certificates=%1 passwords=%2")
                    .arg(summary.certificates)
                    .arg(summary.passwords);
    if (auto s = ctx.commitWithHistory(tx, h); !s)
        return s.error();
    if (auto s = zip.commit(); !s)
        return s.error();
    return summary;
}

} // namespace certdesk
