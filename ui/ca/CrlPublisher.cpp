#include "CrlPublisher.h"
#include "ca/Certificate.h"

#include <QDir>
#include <QSaveFile>

namespace certdesk {
namespace {

Status writeAtomically(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return makeError(
            ErrorCode::Io,
            CrlPublisher::tr("The file \"%1\" cannot be written: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

Result<QStringList> CrlPublisher::write(const QString& folder, const QByteArray& der)
{
    const QDir dir(folder);
    if (!dir.exists())
        return makeError(ErrorCode::Io,
                         tr("The folder \"%1\" does not exist.").arg(QDir::toNativeSeparators(folder)));
    const QString derPath = dir.filePath(DerFileName);
    const QString pemPath = dir.filePath(PemFileName);
    if (auto s = writeAtomically(derPath, der); !s)
        return s.error();
    if (auto s = writeAtomically(pemPath, pemEncode(der, "X509 CRL")); !s)
        return s.error();
    return QStringList{derPath, pemPath};
}

} // namespace certdesk
