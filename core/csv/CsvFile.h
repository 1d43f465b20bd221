#pragma once
// Reading a CSV file an operator chose, for the desktop and the command line alike: at most
// kMaxBytes (64 MiB), checked on the file size before anything is read.
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace certdesk {

class CsvFile
{
    Q_DECLARE_TR_FUNCTIONS(CsvFile)
public:
    static constexpr qint64 kMaxBytes = 64LL * 1024 * 1024;
    // ErrorCode::Io when the file cannot be read; ErrorCode::Invalid (translated, with the file name)
    // when it is larger than kMaxBytes.
    static Result<QByteArray> read(const QString& path);
};

} // namespace certdesk
