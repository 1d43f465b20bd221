#include "BundledLibraries.h"

#include <QFile>
#include <curl/curl.h>
#include <openssl/crypto.h>
#include <unicode/uversion.h>
#include <zip.h>

namespace certdesk {

QString qtRuntimeVersion()
{
    return QString::fromLatin1(qVersion());
}

QString qtBuildVersion()
{
    return QStringLiteral(QT_VERSION_STR);
}

QString openSslVersionText()
{
    return QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
}

namespace {

QString icuVersion()
{
    UVersionInfo info;
    u_getVersion(info);
    char text[U_MAX_VERSION_STRING_LENGTH] = {};
    u_versionToString(info, text);
    return QString::fromLatin1(text);
}

} // namespace

QList<BundledLibrary> bundledLibraries()
{
    const curl_version_info_data* curl = curl_version_info(CURLVERSION_NOW);
    const QString zlib = curl && curl->libz_version ? QString::fromLatin1(curl->libz_version) : QString();
    return {
        {QStringLiteral("Qt"), qtRuntimeVersion(), QStringLiteral("LGPL-3.0-only"),
         QStringLiteral(":/licenses/qt.txt")},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING)),
         QStringLiteral("Apache-2.0"), QStringLiteral(":/licenses/openssl.txt")},
        {QStringLiteral("libcurl"), curl ? QString::fromLatin1(curl->version) : QString(),
         QStringLiteral("curl"), QStringLiteral(":/licenses/curl.txt")},
        {QStringLiteral("libzip"), QString::fromLatin1(zip_libzip_version()), QStringLiteral("BSD-3-Clause"),
         QStringLiteral(":/licenses/libzip.txt")},
        {QStringLiteral("ICU"), icuVersion(), QStringLiteral("Unicode-3.0"),
         QStringLiteral(":/licenses/icu.txt")},
        {QStringLiteral("QtKeychain"), QString(), QStringLiteral("BSD-2-Clause"),
         QStringLiteral(":/licenses/qtkeychain.txt")},
        {QStringLiteral("zlib"), zlib, QStringLiteral("Zlib"), QStringLiteral(":/licenses/zlib.txt")},
        {QStringLiteral("libpq (PostgreSQL)"), QString(), QStringLiteral("PostgreSQL"),
         QStringLiteral(":/licenses/libpq.txt")},
        {QStringLiteral("SQLite"), QString(), QStringLiteral("blessing"),
         QStringLiteral(":/licenses/sqlite.txt")},
    };
}

QString licenseText(const BundledLibrary& library)
{
    QFile file(library.licenseFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace certdesk
