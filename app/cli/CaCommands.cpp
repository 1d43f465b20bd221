// init, ca ..., crl
#include "CliCrl.h"
#include "CliJson.h"
#include "CliPassphrase.h"
#include "CliSignIn.h"
#include "Commands.h"
#include "auth/PasswordRules.h"
#include "revocation/CrlPublisher.h"
#include "secrets/Keychain.h"
#include "store/CaStore.h"
#include "store/CrlStore.h"
#include "workflows/CaWorkflows.h"
#include "workflows/OperatorWorkflows.h"

namespace certdesk::cli {
namespace {

class CaCommands
{
    Q_DECLARE_TR_FUNCTIONS(CaCommands)
};

void printCa(CliEnv& env, const CaRecord& ca, const QJsonObject& crl = {})
{
    QJsonObject o{{QStringLiteral("ok"), true}, {QStringLiteral("ca"), toJson(ca)}};
    if (!crl.isEmpty())
        o.insert(QStringLiteral("crl"), crl);
    env.printJson(o);
    env.print(CaCommands::tr("Subject:     %1").arg(ca.subject));
    env.print(CaCommands::tr("Serial:      %1").arg(ca.serialHex));
    env.print(CaCommands::tr("Key:         %1").arg(ca.keyType));
    env.print(CaCommands::tr("Valid:       %1 – %2").arg(localTime(ca.notBefore), localTime(ca.notAfter)));
    env.print(CaCommands::tr("SHA-256:     %1").arg(ca.fingerprint));
    env.print(CaCommands::tr("CRL number:  %1").arg(ca.crlNumber));
}

} // namespace

int runInit(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(0, QStringLiteral("init --org NAME --ca-name NAME"), &error))
        return env.usage(error);
    const QString org = args.value(QStringLiteral("org")).trimmed();
    const QString caName = args.value(QStringLiteral("ca-name")).trimmed();
    if (org.isEmpty() || caName.isEmpty())
        return env.usage(CaCommands::tr("init needs --org NAME and --ca-name NAME."));
    const auto keyType = keyTypeFromId(args.value(QStringLiteral("key"), QStringLiteral("p384")));
    if (!keyType || (*keyType != KeyType::EcP384 && *keyType != KeyType::Rsa3072))
        return env.usage(CaCommands::tr("--key must be p384 or rsa3072."));
    bool ok = true;
    const int days = args.value(QStringLiteral("days"), QStringLiteral("3650")).toInt(&ok);
    if (!ok)
        return env.usage(CaCommands::tr("--days must be a number."));
    // A database without operators (CliSignIn left nobody signed in): init creates the first
    // administrator, then creates the CA as that administrator.
    const bool firstAdministrator = !env.context().actor().signedIn();
    const QString admin = args.value(QStringLiteral("admin")).trimmed();
    QString adminPassword;
    if (firstAdministrator) {
        const QString passwordFile = args.value(QStringLiteral("admin-password-file"));
        if (admin.isEmpty() || passwordFile.isEmpty())
            return env.usage(
                CaCommands::tr("init needs --admin NAME and --admin-password-file FILE: the first "
                               "administrator of the database."));
        auto password = env.readSecretFile(passwordFile);
        if (!password)
            return env.fail(password.error());
        adminPassword = QString::fromUtf8(password.value());
        // Checked before anything is written, so that a refused init leaves the database as it was.
        if (const QStringList problems = PasswordRules::problems(adminPassword, admin); !problems.isEmpty())
            return env.fail(makeError(ErrorCode::Invalid, problems.join(QLatin1Char(' '))));
    }
    auto existing = CaStore(env.context().db()).active();
    if (!existing)
        return env.fail(existing.error());
    if (existing.value())
        return env.fail(makeError(ErrorCode::Conflict,
                                  CaCommands::tr("This database already has a CA (%1). Use another database, "
                                                 "or \"ca import\" to replace it.")
                                      .arg(existing.value()->subject)));
    auto pass = newPassphrase(env);
    if (!pass)
        return env.fail(pass.error());
    if (const QString err = CaWorkflows::passphraseError(pass.value()); !err.isEmpty())
        return env.fail(makeError(ErrorCode::Invalid, err));
    if (firstAdministrator) {
        auto op = OperatorWorkflows(env.context()).bootstrap(admin, admin, adminPassword);
        if (!op)
            return env.fail(op.error());
        env.print(CaCommands::tr("Created the administrator %1.").arg(op->login));
        if (const int rc = signInAs(env, op->login, adminPassword, false); rc != ExitOk)
            return rc;
    }
    // The organisation name is saved with the CA, in its transaction.
    auto ca =
        CaWorkflows(env.context()).createRoot(CaSubject{caName, org, {}}, *keyType, days, pass.value(), org);
    if (!ca)
        return env.fail(ca.error());
    env.print(CaCommands::tr("Created the CA \"%1\" for %2.").arg(caName, org));
    // The first (empty) CRL, so that a web server checking client certificates against the CRL can start
    // before the first revocation. The CA exists either way; a failure here is a warning.
    std::optional<CrlPublication> firstCrl;
    CaRecord created = ca.value();
    if (auto unlocked = env.context().unlockCa(pass.value()); !unlocked) {
        env.note(unlocked.error().message);
    } else if (auto published = CrlPublisher(env.context()).publish(); !published) {
        env.note(CaCommands::tr("The first CRL was not signed: %1 Run \"certdesk-cli crl publish\".")
                     .arg(published.error().message));
    } else {
        firstCrl = published.value();
        if (auto again = CaStore(env.context().db()).active(); again && again.value())
            created = *again.value(); // with its CRL number
    }
    printCa(env, created, firstCrl ? crlPublicationJson(*firstCrl) : QJsonObject());
    if (firstCrl)
        printCrlPublication(env, *firstCrl);
    return ExitOk;
}

int runCaShow(CliEnv& env, const CliArgs&)
{
    auto ca = CaWorkflows(env.context()).active();
    if (!ca)
        return env.fail(ca.error());
    if (!ca.value())
        return env.fail(
            makeError(ErrorCode::NotFound,
                      CaCommands::tr("This database has no CA yet. Run \"init\" or \"ca import\".")));
    printCa(env, *ca.value());
    return ExitOk;
}

int runCaImport(CliEnv& env, const CliArgs& args)
{
    QString error;
    if (!args.expectPositional(1, QStringLiteral("ca import FILE [--key KEYFILE] [--import-password-file F]"),
                               &error))
        return env.usage(error);
    auto data = env.readFile(args.positional(0));
    if (!data)
        return env.fail(data.error());
    QByteArray keyPem;
    if (args.has(QStringLiteral("key"))) {
        auto k = env.readFile(args.value(QStringLiteral("key")));
        if (!k)
            return env.fail(k.error());
        keyPem = k.value();
    }
    QByteArray importPassword;
    if (args.has(QStringLiteral("import-password-file"))) {
        auto p = env.readSecretFile(args.value(QStringLiteral("import-password-file")));
        if (!p)
            return env.fail(p.error());
        importPassword = p.value();
    }
    auto pass = newPassphrase(env);
    if (!pass)
        return env.fail(pass.error());
    auto ca = CaWorkflows(env.context()).import(data.value(), keyPem, importPassword, pass.value());
    if (!ca)
        return env.fail(ca.error());
    env.print(CaCommands::tr("Imported the CA."));
    printCa(env, ca.value());
    return ExitOk;
}

int runCaExportCert(CliEnv& env, const CliArgs& args)
{
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return env.usage(CaCommands::tr("ca export-cert needs --out FILE."));
    auto ca = CaWorkflows(env.context()).active();
    if (!ca)
        return env.fail(ca.error());
    if (!ca.value())
        return env.fail(
            makeError(ErrorCode::NotFound,
                      CaCommands::tr("This database has no CA yet. Run \"init\" or \"ca import\".")));
    QByteArray data = ca.value()->certDer;
    if (!args.flag(QStringLiteral("der"))) {
        auto cert = Certificate::fromDer(data);
        if (!cert)
            return env.fail(cert.error());
        data = cert->toPem() + ca.value()->chainPem;
    }
    if (auto s = env.writeFile(out, data); !s)
        return env.fail(s.error());
    env.printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("file"), out}});
    env.print(CaCommands::tr("Wrote the CA certificate to %1.").arg(out));
    return ExitOk;
}

int runCaRemember(CliEnv& env, const CliArgs&)
{
    auto ca = env.context().unlockedCa(); // proves the passphrase before storing it
    if (!ca)
        return env.fail(ca.error());
    auto rec = CaWorkflows(env.context()).active();
    if (!rec || !rec.value())
        return env.fail(rec ? makeError(ErrorCode::NotFound, CaCommands::tr("No CA.")) : rec.error());
    auto pass = makePassphraseProvider(env)(*rec.value());
    if (!pass)
        return env.fail(pass.error());
    if (auto s = Keychain::store(keychainKey(*rec.value()), pass.value()); !s)
        return env.fail(s.error());
    env.printJson(QJsonObject{{QStringLiteral("ok"), true}});
    env.print(CaCommands::tr("The CA passphrase is now remembered in the keychain of this computer."));
    return ExitOk;
}

int runCaForget(CliEnv& env, const CliArgs&)
{
    auto rec = CaWorkflows(env.context()).active();
    if (!rec)
        return env.fail(rec.error());
    if (!rec.value())
        return env.fail(makeError(ErrorCode::NotFound, CaCommands::tr("This database has no CA yet.")));
    if (auto s = Keychain::remove(keychainKey(*rec.value())); !s)
        return env.fail(s.error());
    env.printJson(QJsonObject{{QStringLiteral("ok"), true}});
    env.print(CaCommands::tr("The CA passphrase was removed from the keychain of this computer."));
    return ExitOk;
}

int runCrl(CliEnv& env, const CliArgs& args)
{
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return env.usage(CaCommands::tr("crl needs --out FILE."));
    // Without --sign: the current CRL of the active CA as it is stored (no passphrase needed); --sign
    // signs and publishes a new one first (as "crl publish") and writes that.
    CrlRecord crl;
    const bool sign = args.flag(QStringLiteral("sign"));
    if (sign) {
        auto signedCrl = CaWorkflows(env.context()).generateCrl();
        if (!signedCrl)
            return env.fail(signedCrl.error());
        crl.number = signedCrl->number;
        crl.entries = signedCrl->entries;
        crl.nextUpdate = signedCrl->nextUpdate;
        crl.der = signedCrl->der;
    } else {
        auto ca = CaWorkflows(env.context()).active();
        if (!ca)
            return env.fail(ca.error());
        if (!ca.value())
            return env.fail(
                makeError(ErrorCode::NotFound,
                          CaCommands::tr("This database has no CA yet. Run \"init\" or \"ca import\".")));
        auto current = CrlStore(env.context().db()).latest(ca.value()->id);
        if (!current)
            return env.fail(current.error());
        if (!current.value())
            return env.fail(makeError(ErrorCode::NotFound,
                                      CaCommands::tr("No CRL has been signed yet. Add --sign to sign one "
                                                     "now (needs the CA passphrase).")));
        crl = *current.value();
    }
    const QByteArray data = args.flag(QStringLiteral("pem")) ? pemEncode(crl.der, "X509 CRL") : crl.der;
    if (auto s = env.writeFile(out, data); !s)
        return env.fail(s.error());
    env.printJson(QJsonObject{{QStringLiteral("ok"), true},
                              {QStringLiteral("file"), out},
                              {QStringLiteral("signed"), sign},
                              {QStringLiteral("crl_number"), crl.number},
                              {QStringLiteral("entries"), crl.entries},
                              {QStringLiteral("next_update"), isoTime(crl.nextUpdate)}});
    env.print(CaCommands::tr("Wrote CRL number %1 with %2 revoked certificate(s) to %3; next update %4.")
                  .arg(crl.number)
                  .arg(crl.entries)
                  .arg(out, localTime(crl.nextUpdate)));
    if (!sign) {
        auto health = CrlPublisher::health(env.context().db(), env.context().now());
        if (health && health->missesRevocation)
            env.note(CaCommands::tr("Warning: a certificate was revoked after this CRL was signed. Add "
                                    "--sign to sign a new one."));
    }
    return ExitOk;
}

int runCrlPublish(CliEnv& env, const CliArgs&)
{
    auto p = CrlPublisher(env.context()).publish();
    if (!p)
        return env.fail(p.error());
    QJsonObject o = crlPublicationJson(p.value());
    o.insert(QStringLiteral("ok"), p->problem.isEmpty());
    env.printJson(o);
    printCrlPublication(env, p.value());
    return p->problem.isEmpty() ? ExitOk : ExitFailure;
}

int runCrlStatus(CliEnv& env, const CliArgs&)
{
    auto h = CrlPublisher::health(env.context().db(), env.context().now());
    if (!h)
        return env.fail(h.error());
    env.printJson(QJsonObject{{QStringLiteral("ok"), true},
                              {QStringLiteral("has_crl"), h->hasCrl},
                              {QStringLiteral("crl_number"), h->number},
                              {QStringLiteral("next_update"), isoTime(h->nextUpdate)},
                              {QStringLiteral("misses_revocation"), h->missesRevocation},
                              {QStringLiteral("expires_soon"), h->expiresSoon}});
    if (!h->hasCa)
        env.print(CaCommands::tr("No certificate authority yet."));
    else if (!h->hasCrl)
        env.print(CaCommands::tr("No CRL has been signed yet."));
    else
        env.print(CaCommands::tr("Current CRL: number %1, next update %2.")
                      .arg(h->number)
                      .arg(localTime(h->nextUpdate)));
    if (h->missesRevocation)
        env.print(CaCommands::tr("Warning: a certificate was revoked after the current CRL was signed. Run "
                                 "certdesk-cli crl publish."));
    else if (h->hasCrl && h->expiresSoon)
        env.print(
            CaCommands::tr("Warning: the CRL's next update is within a day. Run certdesk-cli crl publish."));
    return h->needsAttention() ? ExitFailure : ExitOk;
}

} // namespace certdesk::cli
