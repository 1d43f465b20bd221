#include "platform/CurrentOsUser.h"

#include <QtGlobal>

namespace certdesk {

QString CurrentOsUser::name()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = systemName();
    return user;
}

} // namespace certdesk
