#pragma once
// Validation and normalisation of the certificate information (証明書情報) name fields.
#include <QCoreApplication>
#include <QString>

namespace certdesk {

class NameRules
{
    Q_DECLARE_TR_FUNCTIONS(NameRules)
public:
    // Full-width katakana (U+30A1..U+30FA), prolonged sound mark ー (U+30FC), middle dot ・, and
    // ASCII or ideographic space between words; not empty; at most 64 characters.
    static bool isValidKana(const QString& text);
    // Half-width ASCII letters, with space, hyphen and apostrophe inside; not empty; at most 64.
    static bool isValidEnglish(const QString& text);
    // Kanji/kana/latin display name: not empty after trimming, at most 64, no control characters.
    static bool isValidName(const QString& text);

    // Convenience normalisation before validation: trims, converts half-width katakana and hiragana
    // to full-width katakana, folds runs of spaces into one ideographic space.
    static QString normaliseKana(const QString& text);

    // Translated error text for a field ("Furigana (family name)" ...) or empty when valid.
    static QString kanaError(const QString& fieldLabel, const QString& text);
    static QString englishError(const QString& fieldLabel, const QString& text);
    static QString nameError(const QString& fieldLabel, const QString& text);
};

} // namespace certdesk
