#pragma once
#include <QString>

namespace certdesk {

// Installs the CertDesk and Qt translators for `language` ("ja", "en", or empty = system language),
// replacing those installed before, so that a running GUI switches language live.
// Returns the language actually in effect ("ja" or "en").
QString installTranslators(const QString& language);
QString currentLanguage();

} // namespace certdesk
