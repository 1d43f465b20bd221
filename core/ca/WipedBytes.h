#pragma once
// Wipes a buffer that held a password or a key derived from it when it goes out of scope
// (OPENSSL_cleanse, which the compiler may not optimise away).
#include <QByteArray>
#include <openssl/crypto.h>

namespace certdesk {

class WipedBytes
{
public:
    explicit WipedBytes(QByteArray& bytes) : m_bytes(bytes) {}
    ~WipedBytes()
    {
        if (!m_bytes.isEmpty())
            OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
    }
    WipedBytes(const WipedBytes&) = delete;
    WipedBytes& operator=(const WipedBytes&) = delete;

private:
    QByteArray& m_bytes;
};

} // namespace certdesk
