// issue, reissue, revoke, delivered, cert show
#include "CliCrl.h"
#include "CliJson.h"
#include "Commands.h"
#include "ca/Certificate.h"
#include "policy/DeviceTypes.h"
#include "revocation/RevocationWorkflows.h"
#include "workflows/CertificateWorkflows.h"

namespace certdesk::cli {
namespace {

class CertificateCommands
{
    Q_DECLARE_TR_FUNCTIONS(CertificateCommands)
};

// --password-file F (manual) or --auto-password (default).
Result<std::pair<PasswordMode, QByteArray>> passwordChoice(CliEnv& env, const CliArgs& args)
{
    if (args.has(QStringLiteral("password-file")) && args.flag(QStringLiteral("auto-password")))
        return makeError(ErrorCode::Invalid,
                         CertificateCommands::tr("Use either --password-file or --auto-password, not both."));
    if (!args.has(QStringLiteral("password-file")))
        return std::make_pair(PasswordMode::Auto, QByteArray());
    auto pw = env.readSecretFile(args.value(QStringLiteral("password-file")));
    if (!pw)
        return pw.error();
    return std::make_pair(PasswordMode::Manual, pw.value());
}

int report(CliEnv& env, const CliArgs& args, const IssueResult& r)
{
    const QString out = args.value(QStringLiteral("out"));
    if (!out.isEmpty()) {
        if (auto s = env.writeFile(out, r.pkcs12, true); !s)
            return env.fail(s.error());
    }
    const CertificateRecord& c = r.certificate;
    QJsonObject obj{{QStringLiteral("ok"), true}, {QStringLiteral("certificate"), toJson(c)}};
    if (!out.isEmpty())
        obj.insert(QStringLiteral("file"), out);
    if (!r.generatedPassword.isEmpty())
        obj.insert(QStringLiteral("key_password"), QString::fromLatin1(r.generatedPassword));
    if (!r.downloadUrl.isEmpty())
        obj.insert(QStringLiteral("download_url"), r.downloadUrl);
    env.printJson(obj);
    env.print(CertificateCommands::tr("Issued slot %1 of %2 for %3: serial %4, %5, valid until %6.")
                  .arg(c.slot)
                  .arg(c.loginId, DeviceTypes::displayName(c.device), c.serialHex,
                       certStatusDisplayName(c.status), localTime(c.notAfter)));
    if (!out.isEmpty())
        env.print(CertificateCommands::tr("Saved the PKCS#12 file to %1.").arg(out));
    if (!r.generatedPassword.isEmpty())
        env.print(CertificateCommands::tr("Key password (shown only now): %1")
                      .arg(QString::fromLatin1(r.generatedPassword)));
    if (!r.downloadUrl.isEmpty())
        env.print(CertificateCommands::tr("Download link (shown only now): %1").arg(r.downloadUrl));
    return ExitOk;
}

} // namespace

int runIssue(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(1, QStringLiteral("issue LOGIN --device D"), &error))
        return env.usage(error);
    if (!args.has(QStringLiteral("device")))
        return env.usage(CertificateCommands::tr("issue needs --device %1.")
                             .arg(DeviceTypes::ids().join(QLatin1Char('|'))));
    auto pw = passwordChoice(env, args);
    if (!pw)
        return env.fail(pw.error());
    IssueRequest req;
    req.loginId = args.positional(0);
    req.device = args.value(QStringLiteral("device"));
    req.notifyEmail = args.value(QStringLiteral("notify"));
    req.passwordMode = pw->first;
    req.password = pw->second;
    req.remarks = args.value(QStringLiteral("remarks"));
    if (args.has(QStringLiteral("slot"))) {
        // An explicit slot is a number from 1; without --slot the lowest free slot is used.
        bool ok = false;
        req.slot = args.value(QStringLiteral("slot")).toInt(&ok);
        if (!ok || req.slot < 1)
            return env.fail(makeError(
                ErrorCode::Invalid, CertificateCommands::tr("--slot takes a slot number from 1, not \"%1\".")
                                        .arg(args.value(QStringLiteral("slot")))));
    }
    auto r = CertificateWorkflows(env.context()).issue(req);
    if (!r)
        return env.fail(r.error());
    return report(env, args, r.value());
}

int runReissue(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(1, QStringLiteral("reissue LOGIN:SLOT"), &error))
        return env.usage(error);
    auto ref = CertificateRef::parse(args.positional(0));
    if (!ref)
        return env.fail(ref.error());
    if (ref->loginId.isEmpty())
        return env.usage(CertificateCommands::tr("reissue takes LOGIN:SLOT."));
    auto pw = passwordChoice(env, args);
    if (!pw)
        return env.fail(pw.error());
    auto r = CertificateWorkflows(env.context()).reissue(ref->loginId, ref->slot, pw->first, pw->second);
    if (!r)
        return env.fail(r.error());
    return report(env, args, r.value());
}

int runRevoke(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(1, QStringLiteral("revoke SERIAL|LOGIN:SLOT --reason R --yes"), &error))
        return env.usage(error);
    const auto reason = revocationReasonFromId(args.value(QStringLiteral("reason"), QStringLiteral("lost")));
    if (!reason)
        return env.usage(CertificateCommands::tr(
            "--reason must be lost, unspecified, affiliation-changed, superseded or cessation."));
    auto ref = CertificateRef::parse(args.positional(0));
    if (!ref)
        return env.fail(ref.error());
    CertificateWorkflows certs(env.context());
    if (!args.flag(QStringLiteral("yes"))) {
        auto target = certs.find(ref.value());
        if (!target)
            return env.fail(target.error());
        return env.usage(
            CertificateCommands::tr(
                "Revoking %1's %2 certificate (slot %3) means that device can no longer use the service. "
                "Add --yes to confirm.")
                .arg(target->loginId, DeviceTypes::displayName(target->device))
                .arg(target->slot));
    }
    const QString remarks = args.value(QStringLiteral("remarks"));
    auto revoked = RevocationWorkflows(env.context()).revoke(ref.value(), *reason, remarks);
    if (!revoked)
        return env.fail(revoked.error());
    const CertificateRecord& c = revoked->certificate;
    env.printJson(QJsonObject{{QStringLiteral("ok"), true},
                              {QStringLiteral("certificate"), toJson(c)},
                              {QStringLiteral("crl"), crlPublicationJson(revoked->crl)}});
    env.print(CertificateCommands::tr("Revoked slot %1 of %2 (%3, serial %4): %5.")
                  .arg(c.slot)
                  .arg(c.loginId, DeviceTypes::displayName(c.device), c.serialHex,
                       revocationReasonDisplayName(*reason)));
    printCrlPublication(env, revoked->crl);
    return ExitOk;
}

int runDelivered(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(1, QStringLiteral("delivered SERIAL|LOGIN:SLOT"), &error))
        return env.usage(error);
    auto ref = CertificateRef::parse(args.positional(0));
    if (!ref)
        return env.fail(ref.error());
    auto c = CertificateWorkflows(env.context()).markDelivered(ref.value());
    if (!c)
        return env.fail(c.error());
    env.printJson(
        QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("certificate"), toJson(c.value())}});
    env.print(CertificateCommands::tr("Slot %1 of %2 is now %3.")
                  .arg(c->slot)
                  .arg(c->loginId, certStatusDisplayName(c->status)));
    return ExitOk;
}

int runCertShow(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(1, QStringLiteral("cert show SERIAL|LOGIN:SLOT"), &error))
        return env.usage(error);
    auto ref = CertificateRef::parse(args.positional(0));
    if (!ref)
        return env.fail(ref.error());
    auto c = CertificateWorkflows(env.context()).find(ref.value());
    if (!c)
        return env.fail(c.error());
    const QString out = args.value(QStringLiteral("out"));
    if (!out.isEmpty()) {
        auto cert = Certificate::fromDer(c->certDer);
        if (!cert)
            return env.fail(cert.error());
        if (auto s = env.writeFile(out, cert->toPem()); !s)
            return env.fail(s.error());
    }
    env.printJson(
        QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("certificate"), toJson(c.value())}});
    env.print(CertificateCommands::tr("%1 slot %2: %3, %4, serial %5, %6 – %7, subject %8")
                  .arg(c->loginId)
                  .arg(c->slot)
                  .arg(certStatusDisplayName(c->status), DeviceTypes::displayName(c->device), c->serialHex,
                       localTime(c->notBefore), localTime(c->notAfter), c->subject));
    return ExitOk;
}

} // namespace certdesk::cli
