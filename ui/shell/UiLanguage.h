#pragma once
#include <QString>

namespace certdesk {

// Switches the GUI language live: the translators (every widget receives QEvent::LanguageChange) and,
// for Japanese, an application font with Japanese glyph shapes placed first (Noto Sans CJK JP, Yu Gothic
// UI, Meiryo UI, Hiragino Sans ...) so kanji are not drawn in their Chinese forms. Returns "ja" or "en".
QString switchUiLanguage(const QString& language);

} // namespace certdesk
