#include "platform/CurrentOsUser.h"

#include <windows.h>

#include <lmcons.h>

namespace certdesk {

QString CurrentOsUser::systemName()
{
    wchar_t buffer[UNLEN + 1] = {};
    DWORD size = UNLEN + 1;
    if (!GetUserNameW(buffer, &size) || size == 0)
        return {};
    // size counts the terminating null.
    return QString::fromWCharArray(buffer, static_cast<qsizetype>(size) - 1);
}

} // namespace certdesk
