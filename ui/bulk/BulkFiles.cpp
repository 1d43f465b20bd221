#include "BulkFiles.h"
#include "csv/CsvFile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace certdesk {

Result<QByteArray> BulkFiles::read(const QString& path)
{
    return CsvFile::read(path);
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
