#pragma once
// Everything before the main window shows data: the first administrator when the database has no
// operator yet (made before operators existed), the sign-in dialog, and the password change that an
// operator created or reset by an administrator must make first.
#include "workflows/SignIn.h"
#include <QCoreApplication>
#include <optional>

class QWidget;

namespace certdesk {

class SignInFlow
{
    Q_DECLARE_TR_FUNCTIONS(SignInFlow)
public:
    // The signed-in operator, or nullopt when the person quit. `presetLogin`: filled into the dialog.
    static std::optional<SignedIn> run(const QString& url, QWidget* parent = nullptr,
                                       const QString& presetLogin = {});
    // When the operator must change the password: asks for the new one (`password` is the one just
    // used). False when the operator declined; they are then signed out again.
    static bool changePasswordIfRequired(SignedIn& signedIn, const QString& password, QWidget* parent);
    struct FirstAdministrator
    {
        bool asked = false;               // the database had no operator
        std::optional<SignedIn> signedIn; // signed in as the new administrator; empty: the person quit
    };
    // The first administrator, when the database at `db` has no operator: asks for one and signs in as it.
    static FirstAdministrator bootstrapIfRequired(const DatabasePtr& db, QWidget* parent);
};

} // namespace certdesk
