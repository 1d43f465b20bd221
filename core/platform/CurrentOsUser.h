#pragma once
// The account this process runs as, for the history of work done without a CertDesk operator (the
// CLI on a database made before operators existed, the system's own work).
#include <QString>

namespace certdesk {

class CurrentOsUser
{
public:
    // $USER, else %USERNAME%, else what the system says (POSIX: the password database entry of the real
    // user ID; Windows: GetUserNameW). Empty when nothing can tell.
    static QString name();

private:
    // The system's answer alone (CurrentOsUser_posix.cpp / CurrentOsUser_windows.cpp).
    static QString systemName();
};

} // namespace certdesk
