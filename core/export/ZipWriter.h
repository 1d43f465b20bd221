#pragma once
// Writes a ZIP archive (deflate, UTF-8 entry names) atomically: nothing appears at the final path until
// commit() succeeds, and an uncommitted writer leaves no file behind. The archive gets mode 0600.
#include "util/Result.h"
#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <memory>

namespace certdesk {

class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)
public:
    // Opens a temporary file in the folder of `path` at once; if that fails, add() and commit() report it.
    explicit ZipWriter(const QString& path);
    ~ZipWriter(); // discards the temporary file unless committed
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    // Copies `bytes`. Names are relative paths with '/' separators ("taro/taro-windows.p12"); an empty,
    // absolute or ".." name or a name added twice is ErrorCode::Invalid. Entries get mode 0600 too.
    Status add(const QString& nameInZip, const QByteArray& bytes);
    // Compresses, writes and renames the temporary file to the final path. ErrorCode::Io on failure.
    Status commit();

private:
    struct State;
    std::unique_ptr<State> m_d;
};

} // namespace certdesk
