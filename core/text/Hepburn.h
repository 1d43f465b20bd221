#pragma once
#include <QString>

namespace certdesk {

// Passport-style (外務省/ヘボン式) romanisation of full-width katakana, lower case:
//   long vowels are not written (オオツカ→otsuka, タロウ→taro, ユウコ→yuko, キョウコ→kyoko, ー dropped),
//   no apostrophe after ン (シンイチ→shinichi), ン before b/m/p is "m" (ナンバ→namba),
//   sokuon doubles the consonant (ハッタ→hatta; ッチ→tchi).
// ICU's Katakana-Latin transliterator is used as the base and its output normalised.
// Returns an empty string if the input is not valid katakana (see NameRules::isValidKana).
QString passportHepburn(const QString& katakana);

} // namespace certdesk
