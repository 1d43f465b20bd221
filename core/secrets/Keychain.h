#pragma once
// OS keychain access (QtKeychain) with a blocking API for the CLI and workflows.
// Secrets are stored under service "CertDesk"; keys are e.g. "ca-passphrase/<ca fingerprint>",
// "smtp-password/<user>@<host>:<port>". Nothing is ever written to disk by CertDesk itself.
#include "util/Result.h"
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace certdesk {

class Keychain
{
    Q_DECLARE_TR_FUNCTIONS(Keychain)
public:
    static constexpr const char* service = "CertDesk";
    // Each call runs a local event loop until QtKeychain answers (timeout 15 s).
    static Status store(const QString& key, const QByteArray& secret);
    static Result<QByteArray> load(const QString& key); // NotFound when no entry
    static Status remove(const QString& key);           // ok when there was no entry
    static bool isAvailable();                          // a backend answers (e.g. Secret Service on D-Bus)
    // Cheap pre-check before any call: on Linux a D-Bus session must exist (no 15 s wait without one).
    static bool sessionPresent();
    // The keychain entry name for a CA's passphrase (by certificate fingerprint).
    static QString caPassphraseKey(const QString& caFingerprint);
};

} // namespace certdesk
