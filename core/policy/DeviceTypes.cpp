#include "policy/DeviceTypes.h"

namespace certdesk {

QStringList DeviceTypes::ids()
{
    return {QStringLiteral("windows"), QStringLiteral("ios-app"), QStringLiteral("ios-browser"),
            QStringLiteral("mac"),     QStringLiteral("android"), QStringLiteral("other")};
}

bool DeviceTypes::isKnown(const QString& id)
{
    return ids().contains(id);
}

const char* DeviceTypes::displayNameSource(const QString& id)
{
    if (id == QLatin1String("windows"))
        return QT_TRANSLATE_NOOP("DeviceTypes", "Windows");
    if (id == QLatin1String("ios-app"))
        return QT_TRANSLATE_NOOP("DeviceTypes", "iOS/iPadOS (app/browser)");
    if (id == QLatin1String("ios-browser"))
        return QT_TRANSLATE_NOOP("DeviceTypes", "iOS/iPadOS (dedicated browser)");
    if (id == QLatin1String("mac"))
        return QT_TRANSLATE_NOOP("DeviceTypes", "Mac");
    if (id == QLatin1String("android"))
        return QT_TRANSLATE_NOOP("DeviceTypes", "Android");
    if (id == QLatin1String("other"))
        return QT_TRANSLATE_NOOP("DeviceTypes", "Other");
    return nullptr;
}

QString DeviceTypes::displayName(const QString& id)
{
    const char* source = displayNameSource(id);
    return source ? tr(source) : id;
}

QString DeviceTypes::about(const QString& id)
{
    if (id == QLatin1String("windows"))
        return tr("Windows 10 (1709 or later) and Windows 11 PCs. The certificate is installed by opening "
                  "the .p12 file "
                  "and following the certificate import wizard.");
    if (id == QLatin1String("ios-app"))
        return tr(
            "iPhone and iPad, for the app and Safari. The certificate is installed as a profile from the "
            "download link or the mail attachment.");
    if (id == QLatin1String("ios-browser"))
        return tr("iPhone and iPad with the organisation's dedicated browser. The certificate is imported "
                  "inside that "
                  "browser.");
    if (id == QLatin1String("mac"))
        return tr(
            "macOS computers. The certificate is added to the login keychain by opening the .p12 file.");
    if (id == QLatin1String("android"))
        return tr("Android smartphones and tablets. The certificate is installed from Settings > Security > "
                  "Encryption & credentials.");
    return tr("Any other device that can import a PKCS#12 (.p12) file.");
}

DevicePolicy DeviceTypes::defaultPolicy(const QString& id)
{
    DevicePolicy p;
    p.id = id;
    const bool apple = id == QLatin1String("mac") || id.startsWith(QLatin1String("ios"));
    const bool mobile = id.startsWith(QLatin1String("ios")) || id == QLatin1String("android");
    p.profile = (apple || id == QLatin1String("android")) ? Pkcs12Profile::Compatible : Pkcs12Profile::Modern;
    p.keyType = KeyType::EcP256;
    p.attachToMail = mobile;
    return p;
}

DevicePolicy DeviceTypes::policy(const Settings& settings, const QString& id)
{
    DevicePolicy p = defaultPolicy(id);
    if (auto prof = pkcs12ProfileFromId(settings.value(SettingKey::device(id, "profile"))))
        p.profile = *prof;
    if (auto kt = keyTypeFromId(settings.value(SettingKey::device(id, "key_type"))))
        p.keyType = *kt;
    const QString attach = settings.value(SettingKey::device(id, "attach"));
    if (!attach.isEmpty())
        p.attachToMail = attach == QLatin1String("1");
    return p;
}

} // namespace certdesk
