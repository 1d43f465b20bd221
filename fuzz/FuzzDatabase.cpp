#include "FuzzDatabase.h"
#include "FuzzSupport.h"
#include "revocation/RevocationWorkflows.h"
#include "workflows/CaWorkflows.h"
#include "workflows/CertificateWorkflows.h"
#include "workflows/IdentityWorkflows.h"
#include "workflows/UserWorkflows.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <memory>

namespace certdesk::fuzz {
namespace {

const QByteArray kPassphrase = "fuzz fixture passphrase";

void check(bool ok, const QString& what, const QString& message)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz fixture: %s: %s\n", qPrintable(what), qPrintable(message));
        fail("cannot build the fixture database");
    }
}

void addUser(WorkflowContext& ctx, const char* login, bool withIdentity)
{
    UserInput u;
    u.loginId = QString::fromLatin1(login);
    u.email = u.loginId + QStringLiteral("@example.co.jp");
    u.displayName = QStringLiteral("山田 太郎");
    auto added = UserWorkflows(ctx).add(u);
    check(bool(added), u.loginId, added ? QString() : added.error().message);
    if (!withIdentity)
        return;
    IdentityInput i;
    i.familyName = QStringLiteral("山田");
    i.givenName = QStringLiteral("太郎");
    i.familyKana = QStringLiteral("ヤマダ");
    i.givenKana = QStringLiteral("タロウ");
    auto reg = IdentityWorkflows(ctx).registerIdentity(u.loginId, i);
    check(bool(reg), u.loginId, reg ? QString() : reg.error().message);
}

CertificateRecord issue(WorkflowContext& ctx, const char* login, const char* device)
{
    IssueRequest r;
    r.loginId = QString::fromLatin1(login);
    r.device = QString::fromLatin1(device);
    auto issued = CertificateWorkflows(ctx).issue(r);
    check(bool(issued), r.loginId, issued ? QString() : issued.error().message);
    return issued->certificate;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<WorkflowContext> ctx;
};

std::unique_ptr<Fixture> makeFixture()
{
    auto f = std::make_unique<Fixture>();
    check(f->dir.isValid(), QStringLiteral("temporary folder"), f->dir.errorString());
    auto db = Database::open(QStringLiteral("sqlite:") + f->dir.filePath(QStringLiteral("fuzz.db")));
    check(bool(db), QStringLiteral("database"), db ? QString() : db.error().message);
    f->ctx = std::make_unique<WorkflowContext>(db.value(), Actor::system());
    WorkflowContext& ctx = *f->ctx;
    ctx.setPassphraseProvider([](const CaRecord&) -> Result<QByteArray> { return kPassphrase; });
    auto ca = CaWorkflows(ctx).createRoot(CaSubject{QStringLiteral("Fuzz CA"), {}, {}}, KeyType::EcP256, 3650,
                                          kPassphrase);
    check(bool(ca), QStringLiteral("CA"), ca ? QString() : ca.error().message);
    // The users of tests/data/bulk and tests/data/revoke; tanaka.jiro and kimura.shin have no
    // registered information (bulk issue registers it from the file).
    for (const char* login : {"yamada.taro", "suzuki.hanako", "sato.ichiro", "takahashi.yuko", "ito.kenji"})
        addUser(ctx, login, true);
    for (const char* login : {"tanaka.jiro", "kimura.shin"})
        addUser(ctx, login, false);
    issue(ctx, "yamada.taro", "windows");
    issue(ctx, "yamada.taro", "ios-app");
    issue(ctx, "suzuki.hanako", "mac");
    issue(ctx, "suzuki.hanako", "android");
    issue(ctx, "sato.ichiro", "windows");
    issue(ctx, "sato.ichiro", "ios-browser");
    const CertificateRecord revoked = issue(ctx, "sato.ichiro", "ios-app");
    auto r = RevocationWorkflows(ctx).revoke(CertificateRef{revoked.serialHex, {}, 0},
                                             RevocationReason::CessationOfOperation);
    check(bool(r), QStringLiteral("revoke"), r ? QString() : r.error().message);
    return f;
}

} // namespace

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "certdesk-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

WorkflowContext& fixtureContext()
{
    static const std::unique_ptr<Fixture> fixture = makeFixture();
    return *fixture->ctx;
}

} // namespace certdesk::fuzz
