#include "WorkflowFixture.h"
#include "ca/Certificate.h"
#include "store/CaStore.h"

namespace certdesk::test {

QString WorkflowFixture::setUp(TestDatabase& tdb, bool withCa)
{
    db = tdb.open();
    if (!db)
        return QStringLiteral("cannot open the test database");
    ctx = std::make_unique<WorkflowContext>(
        db, Actor::localUser(QStringLiteral("tests"), QStringLiteral("tester")));
    ctx->setPassphraseProvider([](const CaRecord&) -> Result<QByteArray> { return kPassphrase; });
    if (!withCa)
        return {};
    auto ca = CaWorkflows(*ctx).createRoot(
        CaSubject{QStringLiteral("Test Device CA"), QStringLiteral("Test KK"), {}}, KeyType::EcP384, 3650,
        kPassphrase);
    if (!ca)
        return ca.error().message;
    auto cert = Certificate::fromDer(ca->certDer);
    if (!cert)
        return cert.error().message;
    writeFile(dir, QStringLiteral("ca.pem"), cert->toPem());
    return {};
}

QString WorkflowFixture::caPem() const
{
    return dir.filePath(QStringLiteral("ca.pem"));
}

QString WorkflowFixture::addUserWithIdentity(const QString& login)
{
    UserInput u;
    u.loginId = login;
    u.email = login + QStringLiteral("@example.jp");
    u.displayName = QStringLiteral("大塚 太郎");
    auto added = UserWorkflows(*ctx).add(u);
    if (!added)
        return added.error().message;
    IdentityInput i;
    i.familyName = QStringLiteral("大塚");
    i.givenName = QStringLiteral("太郎");
    i.familyKana = QStringLiteral("オオツカ");
    i.givenKana = QStringLiteral("タロウ");
    auto reg = IdentityWorkflows(*ctx).registerIdentity(login, i);
    return reg ? QString() : reg.error().message;
}

QString WorkflowFixture::writePem(const QString& name, const QByteArray& der) const
{
    auto cert = Certificate::fromDer(der);
    return writeFile(dir, name, cert ? cert->toPem() : QByteArray());
}

} // namespace certdesk::test
