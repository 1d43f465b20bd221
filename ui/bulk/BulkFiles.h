#pragma once
// File reading and writing shared by the sections of the Bulk screen, with translated errors.
#include "util/Result.h"
#include <QCoreApplication>
#include <QIODevice>
#include <functional>

namespace certdesk {

class BulkFiles
{
    Q_DECLARE_TR_FUNCTIONS(BulkFiles)
public:
    // A CSV file a user chose (at most CsvFile::kMaxBytes, 64 MiB).
    static Result<QByteArray> read(const QString& path);
    // Writes through `writer` into a QSaveFile: the file appears complete or not at all.
    static Status write(const QString& path, const std::function<Status(QIODevice&)>& writer);
    static QString csvFilter();
    static QString inHome(const QString& fileName);
};

} // namespace certdesk
