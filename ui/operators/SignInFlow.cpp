#include "SignInFlow.h"
#include "ChangePasswordDialog.h"
#include "OperatorDialog.h"
#include "Prompts.h"
#include "SignInDialog.h"
#include "SignInForm.h"

namespace certdesk {

SignInFlow::FirstAdministrator SignInFlow::bootstrapIfRequired(const DatabasePtr& db, QWidget* parent)
{
    FirstAdministrator first;
    WorkflowContext ctx(db, Actor::localUser(QStringLiteral("certdesk")));
    OperatorWorkflows workflows(ctx);
    auto needed = workflows.needsBootstrap();
    if (!needed || !needed.value())
        return first;
    first.asked = true;
    OperatorDialog dialog(ctx, OperatorDialog::Mode::FirstAdministrator, parent);
    if (dialog.exec() != QDialog::Accepted)
        return first;
    auto signedIn =
        SignIn::open(db->url(), dialog.created().login, dialog.password(), QStringLiteral("certdesk"));
    if (!signedIn) {
        Prompts::error(parent, tr("Sign in"), signedIn.error());
        return first;
    }
    first.signedIn = std::move(signedIn.value());
    return first;
}

bool SignInFlow::changePasswordIfRequired(SignedIn& signedIn, const QString& password, QWidget* parent)
{
    if (!signedIn.result.mustChangePassword)
        return true;
    WorkflowContext ctx(signedIn.db, signedIn.result.actor);
    ChangePasswordDialog dialog(ctx, true, parent);
    dialog.setCurrentPassword(password);
    if (dialog.exec() == QDialog::Accepted) {
        signedIn.result.mustChangePassword = false;
        return true;
    }
    (void)OperatorWorkflows(ctx).signOut(); // the "logout" row; nothing to show when it fails
    return false;
}

std::optional<SignedIn> SignInFlow::run(const QString& url, QWidget* parent, const QString& presetLogin)
{
    auto parsed = DatabaseUrl::parse(url);
    if (!parsed) {
        Prompts::error(parent, tr("Sign in"), parsed.error());
        return std::nullopt;
    }
    // A database made before operators existed first gets its administrator. On PostgreSQL this needs
    // the schema owner's connection; when that is not at hand the sign-in itself says what is wrong.
    if (auto db = Database::open(parsed.value())) {
        FirstAdministrator first = bootstrapIfRequired(db.value(), parent);
        if (first.asked)
            return std::move(first.signedIn);
    }
    QString login = presetLogin;
    for (;;) {
        SignInDialog dialog(parsed.value(), parent);
        dialog.setLogin(login);
        if (dialog.exec() != QDialog::Accepted || !dialog.signedIn())
            return std::nullopt;
        SignedIn signedIn = *dialog.signedIn();
        if (changePasswordIfRequired(signedIn, dialog.form()->password(), parent))
            return signedIn;
        login = signedIn.result.op.login;
    }
}

} // namespace certdesk
