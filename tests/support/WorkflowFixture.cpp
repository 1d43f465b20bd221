#include "WorkflowFixture.h"
#include "ca/Certificate.h"
#include "store/CaStore.h"

#include <QTest>

namespace certdesk::test {

Result<Actor> addOperator(WorkflowContext& admin, Role role, const QString& login)
{
    OperatorWorkflows ops(admin);
    auto existing = OperatorStore(admin.db()).findByLogin(login);
    if (!existing)
        return existing.error();
    if (existing.value())
        return Actor::forOperator(*existing.value(), QStringLiteral("tests"));
    auto added = ops.add(login, login, role, kOperatorPassword);
    if (!added)
        return added.error();
    // Acting as the operator needs no sign-in here; a CLI or GUI would ask for a new password first
    // (must_change_password stays set).
    return Actor::forOperator(added.value(), QStringLiteral("tests"));
}

QString WorkflowFixture::setUp(TestDatabase& tdb, bool withCa)
{
    db = tdb.open();
    if (!db)
        return QStringLiteral("cannot open the test database");
    ctx = std::make_unique<WorkflowContext>(db, Actor::localUser(QStringLiteral("tests")));
    auto admin = OperatorWorkflows(*ctx).bootstrap(kAdminLogin, QStringLiteral("Test Administrator"),
                                                   kOperatorPassword);
    if (!admin)
        return admin.error().message;
    auto signedIn = OperatorWorkflows(*ctx).signIn(kAdminLogin, kOperatorPassword, QStringLiteral("tests"));
    if (!signedIn)
        return signedIn.error().message;
    ctx->setActor(signedIn->actor);
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

Actor WorkflowFixture::actorFor(std::optional<Role> role)
{
    if (!role)
        return Actor::localUser(QStringLiteral("tests"));
    if (*role == Role::Admin)
        return ctx->actor();
    const QString login = QStringLiteral("test-") + Roles::id(*role);
    auto actor = addOperator(*ctx, *role, login);
    if (!actor) {
        QTest::qFail(
            qPrintable(QStringLiteral("cannot add the operator %1: %2").arg(login, actor.error().message)),
            __FILE__, __LINE__);
        return Actor::localUser(QStringLiteral("tests"));
    }
    return actor.value();
}

std::unique_ptr<WorkflowContext> WorkflowFixture::contextFor(const Actor& actor, const Clock& clock) const
{
    auto c = std::make_unique<WorkflowContext>(db, actor, clock);
    c->setPassphraseProvider([](const CaRecord&) -> Result<QByteArray> { return kPassphrase; });
    return c;
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
