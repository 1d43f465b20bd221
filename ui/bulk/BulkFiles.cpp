#include "BulkFiles.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace certdesk {

namespace {
constexpr qint64 kMaxCsvBytes = 64LL * 1024 * 1024;
}

Result<QByteArray> BulkFiles::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Io,
            tr("The file \"%1\" cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > kMaxCsvBytes)
        return makeError(ErrorCode::Invalid,
                         tr("The file \"%1\" is too large for a CSV file (more than 64 MB).")
                             .arg(QDir::toNativeSeparators(path)));
    return file.readAll();
}

Status BulkFiles::write(const QString& path, const std::function<Status(QIODevice&)>& writer)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("The file \"%1\" cannot be written: %2")
                                            .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (auto s = writer(file); !s)
        return s;
    if (!file.commit())
        return makeError(ErrorCode::Io, tr("The file \"%1\" cannot be written: %2")
                                            .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

QString BulkFiles::csvFilter()
{
    return tr("CSV files (*.csv);;All files (*)");
}

QString BulkFiles::inHome(const QString& fileName)
{
    return QDir::home().filePath(fileName);
}

} // namespace certdesk
