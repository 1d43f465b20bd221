#pragma once
// The libraries CertDesk ships with (in the Windows and macOS installers) or links against (Debian),
// each with the version running now where the library can say so, its licence and the licence text
// (resources/licenses/, embedded under :/licenses/).
#include <QList>
#include <QString>

namespace certdesk {

struct BundledLibrary
{
    QString name;
    QString version;     // empty when the library cannot tell at run time
    QString licenseName; // SPDX-style short name
    QString licenseFile; // resource path of the full text
};

// The Qt version running now, and the one CertDesk was built with.
QString qtRuntimeVersion();
QString qtBuildVersion();
// OpenSSL's own version line, e.g. "OpenSSL 3.0.15 3 Sep 2024".
QString openSslVersionText();

QList<BundledLibrary> bundledLibraries();

// The licence text of one library (UTF-8 resource); empty when the resource is missing.
QString licenseText(const BundledLibrary& library);

} // namespace certdesk
