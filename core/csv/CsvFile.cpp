#include "csv/CsvFile.h"

#include <QDir>
#include <QFile>

namespace certdesk {

Result<QByteArray> CsvFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io,
            tr("The file \"%1\" cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > kMaxBytes)
        return makeError(ErrorCode::Invalid,
                         tr("The file \"%1\" is too large for a CSV file (more than 64 MB).")
                             .arg(QDir::toNativeSeparators(path)));
    return file.readAll();
}

} // namespace certdesk
