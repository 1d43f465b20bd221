#include "session/CertificateRef.h"
#include "store/CertificateStore.h"

#include <QRegularExpression>

namespace certdesk {

Result<CertificateRef> CertificateRef::parse(const QString& text)
{
    const QString t = text.trimmed();
    CertificateRef ref;
    const qsizetype colon = t.lastIndexOf(QLatin1Char(':'));
    if (colon > 0) {
        bool ok = false;
        ref.loginId = t.left(colon);
        ref.slot = t.mid(colon + 1).toInt(&ok);
        if (!ok || ref.slot < 1)
            return makeError(ErrorCode::Invalid,
                             tr("\"%1\" is not LOGIN:SLOT with a slot number from 1.").arg(t));
        return ref;
    }
    static const QRegularExpression hex(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9A-Fa-f]{1,64}")));
    QString serial = t;
    serial.remove(QLatin1Char(':'));
    if (!hex.match(serial).hasMatch())
        return makeError(ErrorCode::Invalid,
                         tr("\"%1\" is neither a serial number (hex) nor LOGIN:SLOT.").arg(t));
    while (serial.size() > 1 && serial.startsWith(QLatin1String("00")))
        serial = serial.mid(2);
    ref.serialHex = serial.toUpper();
    return ref;
}

Result<CertificateRecord> CertificateRef::resolve(WorkflowContext& ctx) const
{
    CertificateStore certs(ctx.db());
    if (!serialHex.isEmpty()) {
        auto c = certs.findBySerial(serialHex);
        if (!c)
            return c.error();
        if (!c.value())
            return makeError(ErrorCode::NotFound,
                             tr("No certificate has the serial number %1.").arg(serialHex));
        return *c.value();
    }
    auto user = ctx.requireUser(loginId);
    if (!user)
        return user.error();
    auto c = certs.latestInSlot(user->id, slot);
    if (!c)
        return c.error();
    if (!c.value())
        return makeError(ErrorCode::NotFound,
                         tr("Slot %1 of \"%2\" holds no certificate.").arg(slot).arg(loginId));
    return *c.value();
}

QString CertificateRef::text() const
{
    return serialHex.isEmpty() ? loginId + QLatin1Char(':') + QString::number(slot) : serialHex;
}

} // namespace certdesk
