#include "bulk/BulkRevoke.h"
#include "bulk/BulkIssueForm.h"
#include "bulk/CsvCells.h"
#include "csv/CsvReader.h"
#include "policy/DeviceTypes.h"
#include "revocation/RevocationSteps.h"
#include "session/CertificateRef.h"
#include "store/CertificateStore.h"
#include "store/Transaction.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace certdesk {

int BulkRevokePlan::userCount() const
{
    QSet<QString> users;
    for (const BulkRevokeTarget& t : targets)
        users.insert(t.certificate.loginId);
    return int(users.size());
}

namespace {

// Device cell: an id ("ios-app"), a certificateform.csv column name, or a display name.
std::optional<QString> deviceFromCell(const QString& cell)
{
    const QString key = CsvCells::headerKey(cell);
    for (const QString& id : DeviceTypes::ids()) {
        if (key == CsvCells::headerKey(id) || key == CsvCells::headerKey(DeviceTypes::displayName(id)))
            return id;
    }
    for (FormColumn c : BulkIssueForm::deviceColumns()) {
        if (key == CsvCells::headerKey(BulkIssueForm::japaneseName(c)))
            return BulkIssueForm::deviceId(c);
    }
    return std::nullopt;
}

bool isHeader(const QStringList& row)
{
    static const QStringList words = {
        QStringLiteral("シリアル番号"), QStringLiteral("コモンネーム"), QStringLiteral("共通ネーム"),
        QStringLiteral("ログインID"),   QStringLiteral("serial"),       QStringLiteral("serialnumber"),
        QStringLiteral("commonname"),   QStringLiteral("cn"),           QStringLiteral("loginid")};
    const QString key = CsvCells::headerKey(row.value(0));
    for (const QString& w : words) {
        if (key == CsvCells::headerKey(w))
            return true;
    }
    return false;
}

Result<QList<CertificateRecord>> activeOf(CertificateStore& certs, Database& db, const QString& loginId,
                                          const QString& device)
{
    // login_id is stored on the certificate (its subject CN), so certificates of deleted users are found too.
    auto q =
        device.isEmpty()
            ? db.exec(
                  QStringLiteral(
                      "SELECT id FROM certificates WHERE login_id = ? AND status <> 'revoked' ORDER BY slot"),
                  {loginId})
            : db.exec(QStringLiteral("SELECT id FROM certificates WHERE login_id = ? AND device = ? AND "
                                     "status <> 'revoked' ORDER BY slot"),
                      {loginId, device});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    QList<CertificateRecord> out;
    for (qint64 id : ids) {
        auto c = certs.findById(id);
        if (!c)
            return c.error();
        if (c.value())
            out << *c.value();
    }
    return out;
}

} // namespace

Result<BulkRevokePlan> BulkRevoke::validate(WorkflowContext& ctx, const QByteArray& bytes,
                                            const QString& fileName)
{
    if (auto s = ctx.require(Permission::ManageUsers,
                             QStringLiteral("bulk revoke validate file=%1").arg(fileName));
        !s)
        return s.error();
    BulkRevokePlan plan;
    plan.fileName = fileName;
    auto table = CsvReader::parse(bytes);
    if (!table) {
        plan.problems.append({0, QString(), QString(), table.error().message});
        return plan;
    }
    plan.encoding = table->encoding;
    CertificateStore certs(ctx.db());
    QHash<qint64, int> seen; // certificate id -> line
    static const QRegularExpression serialRe(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9A-Fa-f:]{16,}")));
    for (qsizetype r = 0; r < table->rows.size(); ++r) {
        QStringList row = table->rows.at(r);
        const int line = table->lineNumbers.at(r);
        while (!row.isEmpty() && row.last().trimmed().isEmpty())
            row.removeLast();
        if (row.isEmpty())
            continue;
        if (r == 0 && isHeader(row))
            continue;
        const QString first = row.at(0).trimmed();
        if (row.size() > 2) {
            plan.problems.append(
                {line, QString(), row.join(QLatin1Char(',')),
                 tr("Write one serial number or common name, or a login ID and a device, per line.")});
            continue;
        }
        QList<CertificateRecord> found;
        if (row.size() == 2) {
            const auto device = deviceFromCell(row.at(1));
            if (!device) {
                plan.problems.append({line, QString(), row.at(1),
                                      tr("Unknown device. Write Windows, iOS(アプリ/ブラウザ), "
                                         "iOS(専用ブラウザ), Mac, Android or other.")});
                continue;
            }
            auto list = activeOf(certs, ctx.db(), first, *device);
            if (!list)
                return list.error();
            found = list.value();
            if (found.isEmpty()) {
                plan.problems.append(
                    {line, QString(), first + QLatin1Char(',') + row.at(1).trimmed(),
                     tr("This login ID has no certificate for this device that is not already revoked.")});
                continue;
            }
        } else {
            if (serialRe.match(first).hasMatch()) {
                auto ref = CertificateRef::parse(
                    QString(first).remove(QLatin1Char(':'))); // 64:A3:… is a serial, not LOGIN:SLOT
                if (ref) {
                    auto c = certs.findBySerial(ref->serialHex);
                    if (!c)
                        return c.error();
                    if (c.value()) {
                        if (c.value()->status == CertStatus::Revoked) {
                            plan.problems.append(
                                {line, QString(), first, tr("This certificate is already revoked.")});
                            continue;
                        }
                        found << *c.value();
                    }
                }
            }
            if (found.isEmpty()) {
                auto list = activeOf(certs, ctx.db(), first, QString());
                if (!list)
                    return list.error();
                found = list.value();
            }
            if (found.isEmpty()) {
                plan.problems.append({line, QString(), first,
                                      tr("No certificate that is not already revoked has this serial number "
                                         "or common name.")});
                continue;
            }
        }
        const QString written = row.size() == 2 ? first + QLatin1Char(',') + row.at(1).trimmed() : first;
        for (const CertificateRecord& c : std::as_const(found)) {
            if (const auto it = seen.constFind(c.id); it != seen.constEnd()) {
                plan.problems.append(
                    {line, QString(), written,
                     tr("Certificate %1 is already named on line %2.").arg(c.serialHex).arg(*it)});
                continue;
            }
            seen.insert(c.id, line);
            plan.targets << BulkRevokeTarget{line, c};
        }
    }
    if (plan.targets.isEmpty() && plan.problems.isEmpty())
        plan.problems.append({0, QString(), QString(), tr("The file names no certificate.")});
    if (!plan.problems.isEmpty())
        plan.targets.clear();
    return plan;
}

Result<RevocationCount> BulkRevoke::apply(WorkflowContext& ctx, const BulkRevokePlan& plan,
                                          RevocationReason reason, const QString& remarks)
{
    if (auto s =
            ctx.require(Permission::ManageUsers, QStringLiteral("bulk revoke file=%1").arg(plan.fileName));
        !s)
        return s.error();
    if (!plan.ok())
        return makeError(ErrorCode::Invalid, tr("The file has problems; nothing was revoked."));
    CertificateStore certs(ctx.db());
    Transaction tx(ctx.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    int revoked = 0;
    for (const BulkRevokeTarget& t : plan.targets) {
        auto locked = certs.findById(t.certificate.id, true);
        if (!locked)
            return locked.error();
        if (!locked.value() || locked.value()->status == CertStatus::Revoked)
            return makeError(ErrorCode::Conflict, tr("Certificate %1 (line %2) was revoked meanwhile; "
                                                     "nothing was revoked. Check the file again.")
                                                      .arg(t.certificate.serialHex)
                                                      .arg(t.line));
        if (auto s = RevocationSteps::revokeOne(ctx, *locked.value(), reason, remarks); !s)
            return s.error();
        ++revoked;
    }
    HistoryEntry h = ctx.historyEntry(Op::BulkAccepted);
    h.remarks = plan.fileName;
    h.details = QStringLiteral("kind=revoke certificates=%1 users=%2 reason=%3")
                    .arg(revoked)
                    .arg(plan.userCount())
                    .arg(revocationReasonId(reason));
    if (auto s = ctx.commitWithHistory(tx, h); !s)
        return s.error();
    return RevocationWorkflows::afterCommit(ctx, revoked);
}

} // namespace certdesk
