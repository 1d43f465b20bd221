#include "text/NameRules.h"

namespace certdesk {
namespace {

constexpr qsizetype kMaxLength = 64;
constexpr char16_t kIdeographicSpace = u'\u3000';
constexpr char16_t kMiddleDot = u'・';
constexpr char16_t kLongMark = u'ー';

bool isFullWidthKatakana(QChar c)
{
    return c.unicode() >= 0x30A1 && c.unicode() <= 0x30FA;
}

bool isKanaSeparator(QChar c)
{
    return c == u' ' || c == kIdeographicSpace || c == kMiddleDot;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isEnglishSeparator(QChar c)
{
    return c == u' ' || c == u'-' || c == u'\'';
}

bool isControl(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_Control || category == QChar::Separator_Line ||
           category == QChar::Separator_Paragraph || category == QChar::Other_Surrogate;
}

// Letters/kana everywhere; separators allowed only between them.
template <typename IsChar, typename IsSeparator>
bool isWordsOf(const QString& text, IsChar isChar, IsSeparator isSeparator)
{
    if (text.isEmpty() || text.size() > kMaxLength)
        return false;
    if (isSeparator(text.front()) || isSeparator(text.back()))
        return false;
    for (QChar c : text) {
        if (!isChar(c) && !isSeparator(c))
            return false;
    }
    return true;
}

QString hiraganaToKatakana(QString text)
{
    for (QChar& c : text) {
        if (c.unicode() >= 0x3041 && c.unicode() <= 0x3096)
            c = QChar(char16_t(c.unicode() + 0x60));
    }
    return text;
}

// Half-width katakana (U+FF61..U+FF9F) to full width via NFKC, only on those runs so that other
// characters (full-width letters, ...) are left to the validation to reject.
QString halfWidthToFullWidth(const QString& text)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype j = i;
        while (j < text.size() && text.at(j).unicode() >= 0xFF61 && text.at(j).unicode() <= 0xFF9F)
            ++j;
        if (j > i) {
            out += text.mid(i, j - i).normalized(QString::NormalizationForm_KC);
            i = j;
        } else {
            out += text.at(i++);
        }
    }
    return out;
}

} // namespace

bool NameRules::isValidKana(const QString& text)
{
    return isWordsOf(
        text, [](QChar c) { return isFullWidthKatakana(c) || c == kLongMark; }, isKanaSeparator);
}

bool NameRules::isValidEnglish(const QString& text)
{
    return isWordsOf(text, isAsciiLetter, isEnglishSeparator);
}

bool NameRules::isValidName(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    const QList<uint> codePoints = trimmed.toUcs4();
    if (codePoints.size() > kMaxLength)
        return false;
    for (uint c : codePoints) {
        if (isControl(char32_t(c)))
            return false;
    }
    return true;
}

QString NameRules::normaliseKana(const QString& text)
{
    QString kana = hiraganaToKatakana(halfWidthToFullWidth(text));
    // Compose kana + combining (han)dakuten (U+3099/U+309A) as typed by some input methods.
    kana = kana.normalized(QString::NormalizationForm_C);

    QString out;
    out.reserve(kana.size());
    bool pendingSpace = false;
    for (QChar c : kana) {
        if (c.isSpace()) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace && !out.isEmpty())
            out += kIdeographicSpace;
        pendingSpace = false;
        out += c;
    }
    return out;
}

QString NameRules::kanaError(const QString& fieldLabel, const QString& text)
{
    if (text.trimmed().isEmpty())
        return tr("%1 is required.").arg(fieldLabel);
    if (text.size() > kMaxLength)
        return tr("%1 must be at most %n characters long.", nullptr, int(kMaxLength)).arg(fieldLabel);
    if (!isValidKana(text))
        return tr("%1 must be written in full-width katakana.").arg(fieldLabel);
    return {};
}

QString NameRules::englishError(const QString& fieldLabel, const QString& text)
{
    if (text.trimmed().isEmpty())
        return tr("%1 is required.").arg(fieldLabel);
    if (text.size() > kMaxLength)
        return tr("%1 must be at most %n characters long.", nullptr, int(kMaxLength)).arg(fieldLabel);
    if (!isValidEnglish(text))
        return tr("%1 must be written in half-width English letters (spaces, hyphens and apostrophes "
                  "only between letters).")
            .arg(fieldLabel);
    return {};
}

QString NameRules::nameError(const QString& fieldLabel, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("%1 is required.").arg(fieldLabel);
    if (trimmed.toUcs4().size() > kMaxLength)
        return tr("%1 must be at most %n characters long.", nullptr, int(kMaxLength)).arg(fieldLabel);
    if (!isValidName(text))
        return tr("%1 must not contain control characters or line breaks.").arg(fieldLabel);
    return {};
}

} // namespace certdesk
