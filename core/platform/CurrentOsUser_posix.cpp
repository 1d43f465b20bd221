#include "platform/CurrentOsUser.h"

#include <pwd.h>
#include <unistd.h>

#include <vector>

namespace certdesk {

QString CurrentOsUser::systemName()
{
    // getpwuid_r: thread-safe, unlike getpwuid.
    long size = sysconf(_SC_GETPW_R_SIZE_MAX);
    if (size <= 0)
        size = 16384;
    std::vector<char> buffer(static_cast<std::size_t>(size));
    passwd entry{};
    passwd* found = nullptr;
    if (getpwuid_r(getuid(), &entry, buffer.data(), buffer.size(), &found) != 0 || !found || !found->pw_name)
        return {};
    return QString::fromLocal8Bit(found->pw_name);
}

} // namespace certdesk
