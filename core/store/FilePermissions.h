#pragma once
// Files that only their owner may read: the SQLite database (and, because SQLite gives them the mode of
// the database file, its -wal and -shm files). On a shared computer the file's permissions, not the
// operators' sign-in, are what keep the next local account out of the database.
#include "util/Result.h"
#include <QCoreApplication>
#include <QString>

namespace certdesk {

class FilePermissions
{
    Q_DECLARE_TR_FUNCTIONS(FilePermissions)
public:
    // Creates `path` empty, readable and writable by the current user only (POSIX: mode 0600 whatever the
    // umask; Windows: a protected DACL granting the owner alone). Succeeds without change when the file
    // exists already.
    static Status createOwnerOnly(const QString& path);
};

} // namespace certdesk
