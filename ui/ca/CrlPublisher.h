#pragma once
// Writes a signed CRL into the publish folder: certdesk.crl (DER, what nginx/Apache and Windows load)
// and certdesk-crl.pem, each atomically (QSaveFile) so a web server never reads half a file.
#include "util/Result.h"
#include <QCoreApplication>
#include <QStringList>

namespace certdesk {

class CrlPublisher
{
    Q_DECLARE_TR_FUNCTIONS(CrlPublisher)
public:
    static inline const QString DerFileName = QStringLiteral("certdesk.crl");
    static inline const QString PemFileName = QStringLiteral("certdesk-crl.pem");
    // Returns the paths written.
    static Result<QStringList> write(const QString& folder, const QByteArray& der);
};

} // namespace certdesk
