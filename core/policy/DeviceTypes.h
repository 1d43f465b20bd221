#pragma once
// Device types (seed 000) and their policy: PKCS#12 profile, key type, mail attachment, help text.
#include "ca/CryptoTypes.h"
#include "store/Settings.h"

namespace certdesk {

struct DevicePolicy
{
    QString id;
    Pkcs12Profile profile = Pkcs12Profile::Modern;
    KeyType keyType = KeyType::EcP256;
    bool attachToMail = false;
};

class DeviceTypes
{
    Q_DECLARE_TR_FUNCTIONS(DeviceTypes)
public:
    // "windows", "ios-app", "ios-browser", "mac", "android", "other"
    static QStringList ids();
    static bool isKnown(const QString& id);
    static QString displayName(const QString& id); // translated, e.g. "iOS/iPadOS (app/browser)"
    static const char*
    displayNameSource(const QString& id);    // untranslated (context "DeviceTypes"); null if unknown
    static QString about(const QString& id); // translated help text for the issue dialog
    static DevicePolicy defaultPolicy(const QString& id);
    static DevicePolicy policy(const Settings& settings,
                               const QString& id); // defaults overridden by settings
};

} // namespace certdesk
