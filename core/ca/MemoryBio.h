#pragma once
// Memory BIO helpers shared by the CA sources (internal to core/ca).
#include "ca/OsslHandles.h"
#include <QByteArray>

namespace certdesk {

class MemoryBio
{
public:
    // Read-only BIO over `data` (which must outlive the BIO).
    static ossl::Bio reader(const QByteArray& data)
    {
        return ossl::Bio(BIO_new_mem_buf(data.constData(), static_cast<int>(data.size())));
    }
    static ossl::Bio writer() { return ossl::Bio(BIO_new(BIO_s_mem())); }
    static QByteArray contents(BIO* bio)
    {
        char* data = nullptr;
        const long len = BIO_get_mem_data(bio, &data);
        return len > 0 && data ? QByteArray(data, static_cast<qsizetype>(len)) : QByteArray();
    }
};

} // namespace certdesk
