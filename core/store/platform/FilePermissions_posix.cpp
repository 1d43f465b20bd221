#include "store/FilePermissions.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace certdesk {

Status FilePermissions::createOwnerOnly(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    // O_EXCL: never change the mode of a file that someone else created in the meantime.
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        if (errno == EEXIST)
            return {};
        return makeError(
            ErrorCode::Io,
            tr("Cannot create the file %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    // The umask may only remove bits; set exactly 0600 anyway.
    const bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    const int err = errno;
    ::close(fd);
    if (!ok)
        return makeError(ErrorCode::Io, tr("Cannot restrict the file %1 to its owner: %2")
                                            .arg(path, QString::fromLocal8Bit(std::strerror(err))));
    return {};
}

} // namespace certdesk
