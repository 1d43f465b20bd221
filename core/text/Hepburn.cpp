#include "text/Hepburn.h"

#include "text/NameRules.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QtGlobal>

#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

// Passport Hepburn in three steps:
//  1. each word is cut into morae (a kana plus an attached small ャュョァィゥェォヮ; ッ; ン; ー);
//  2. each mora is romanised on its own with ICU's Katakana-Latin (cached), except the few that the
//     passport table writes differently (ヂ ji, ヅ zu, ヲ o, ヴ bu, ヰ i, ヱ e ...);
//  3. the morae are joined with the passport rules: long vowels dropped (O+O, O+U → o, U+U → u, ー),
//     ッ doubles the next consonant (t before ch), ン is n, m before b/m/p, no apostrophe.
// Romanising mora by mora keeps ICU's context rules (shin'ichi, ootsuka, macrons) out of the way.

namespace certdesk {
namespace {

constexpr char16_t kSokuon = u'ッ';
constexpr char16_t kMoraicN = u'ン';
constexpr char16_t kLongMark = u'ー';
constexpr char16_t kVowelO = u'オ';
constexpr char16_t kVowelU = u'ウ';

enum class MoraKind { Kana, Sokuon, MoraicN, LongMark };

struct Mora
{
    MoraKind kind = MoraKind::Kana;
    QString kana;
    QString romaji;
    bool kept = true;
    bool lengthened = false; // already absorbed one long vowel
};

// Small kana that combine with the preceding kana, and how they sound on their own.
QString smallKanaSound(QChar c)
{
    switch (c.unicode()) {
    case u'ァ':
        return QStringLiteral("a");
    case u'ィ':
        return QStringLiteral("i");
    case u'ゥ':
        return QStringLiteral("u");
    case u'ェ':
        return QStringLiteral("e");
    case u'ォ':
        return QStringLiteral("o");
    case u'ャ':
        return QStringLiteral("ya");
    case u'ュ':
        return QStringLiteral("yu");
    case u'ョ':
        return QStringLiteral("yo");
    case u'ヮ':
        return QStringLiteral("wa");
    default:
        return {};
    }
}

bool isCombiningSmallKana(QChar c)
{
    return !smallKanaSound(c).isEmpty();
}

// Morae the passport table spells differently from ICU (or that ICU leaves with '~').
const QHash<QString, QString>& passportOverrides()
{
    static const QHash<QString, QString> table = {
        {QStringLiteral("ヂ"), QStringLiteral("ji")},   {QStringLiteral("ヂャ"), QStringLiteral("ja")},
        {QStringLiteral("ヂュ"), QStringLiteral("ju")}, {QStringLiteral("ヂョ"), QStringLiteral("jo")},
        {QStringLiteral("ヅ"), QStringLiteral("zu")},   {QStringLiteral("ヲ"), QStringLiteral("o")},
        {QStringLiteral("ヴ"), QStringLiteral("bu")},   {QStringLiteral("ヴァ"), QStringLiteral("ba")},
        {QStringLiteral("ヴィ"), QStringLiteral("bi")}, {QStringLiteral("ヴェ"), QStringLiteral("be")},
        {QStringLiteral("ヴォ"), QStringLiteral("bo")}, {QStringLiteral("ヴュ"), QStringLiteral("byu")},
        {QStringLiteral("ヷ"), QStringLiteral("ba")},   {QStringLiteral("ヸ"), QStringLiteral("bi")},
        {QStringLiteral("ヹ"), QStringLiteral("be")},   {QStringLiteral("ヺ"), QStringLiteral("bo")},
        {QStringLiteral("ヰ"), QStringLiteral("i")},    {QStringLiteral("ヱ"), QStringLiteral("e")},
        {QStringLiteral("ヵ"), QStringLiteral("ka")},   {QStringLiteral("ヶ"), QStringLiteral("ke")},
        {QStringLiteral("ウィ"), QStringLiteral("wi")}, {QStringLiteral("ウェ"), QStringLiteral("we")},
        {QStringLiteral("ウォ"), QStringLiteral("wo")}, {QStringLiteral("イェ"), QStringLiteral("ye")},
    };
    return table;
}

bool isPlainRomaji(const QString& s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'a' || c > u'z')
            return false;
    }
    return true;
}

bool isVowel(QChar c)
{
    return c == u'a' || c == u'i' || c == u'u' || c == u'e' || c == u'o';
}

QString icuRomaji(const QString& kana)
{
    thread_local std::unique_ptr<icu::Transliterator> transliterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(
            icu::Transliterator::createInstance("Katakana-Latin", UTRANS_FORWARD, status));
        if (U_FAILURE(status)) {
            qWarning("ICU Katakana-Latin transliterator unavailable: %s", u_errorName(status));
            t.reset();
        }
        return t;
    }();
    if (!transliterator)
        return {};
    icu::UnicodeString text(reinterpret_cast<const char16_t*>(kana.utf16()), int32_t(kana.size()));
    transliterator->transliterate(text);
    return QString::fromUtf16(text.getBuffer(), text.length());
}

// A kana with a small kana ICU could not combine (トゥ → "to~u"): consonant of the base + the small sound.
QString composeRomaji(const QString& baseRomaji, const QString& small)
{
    if (baseRomaji == u"u")
        return QStringLiteral("w") + small; // ウィ wi, ウォ wo
    if (baseRomaji == u"i")
        return small.startsWith(u'y') ? small : QStringLiteral("y") + small; // イェ ye
    QString consonant = baseRomaji;
    if (!consonant.isEmpty() && isVowel(consonant.back()))
        consonant.chop(1);
    if (small.startsWith(u'y') &&
        (consonant.endsWith(u"sh") || consonant.endsWith(u"ch") || consonant == u"j"))
        return consonant + small.mid(1);
    return consonant + small;
}

QString moraRomaji(const QString& kana)
{
    thread_local QHash<QString, QString> cache;
    const auto cached = cache.constFind(kana);
    if (cached != cache.constEnd())
        return *cached;

    QString romaji = passportOverrides().value(kana);
    if (romaji.isEmpty()) {
        romaji = icuRomaji(kana).toLower();
        if (!isPlainRomaji(romaji)) {
            if (kana.size() == 1)
                romaji = smallKanaSound(kana.front()); // a small kana standing alone
            else
                romaji = composeRomaji(moraRomaji(kana.left(1)), smallKanaSound(kana.back()));
        }
    }
    romaji.removeIf([](QChar c) { return c < u'a' || c > u'z'; });
    cache.insert(kana, romaji);
    return romaji;
}

QList<Mora> splitMorae(const QString& word)
{
    QList<Mora> morae;
    for (QChar c : word) {
        Mora mora;
        if (c == kSokuon) {
            mora.kind = MoraKind::Sokuon;
        } else if (c == kMoraicN) {
            mora.kind = MoraKind::MoraicN;
        } else if (c == kLongMark) {
            mora.kind = MoraKind::LongMark;
        } else if (isCombiningSmallKana(c) && !morae.isEmpty() && morae.back().kind == MoraKind::Kana &&
                   morae.back().kana.size() == 1 && !isCombiningSmallKana(morae.back().kana.front())) {
            morae.back().kana.append(c);
            continue;
        }
        mora.kana = QString(c);
        morae.append(mora);
    }
    for (Mora& mora : morae) {
        if (mora.kind == MoraKind::Kana)
            mora.romaji = moraRomaji(mora.kana);
    }
    return morae;
}

// A ウ that begins a name morpheme rather than lengthening the vowel before it: ウラ (浦, マツウラ
// matsuura) and a word-final ウエ (上, イノウエ inoue), as passport offices write them.
bool startsMorpheme(const QList<Mora>& morae, qsizetype i)
{
    if (i + 1 >= morae.size())
        return false;
    const QString& next = morae[i + 1].kana;
    return next == u"ラ" || (next == u"エ" && i + 2 == morae.size());
}

// Passport rule: long vowels are not written. O+O and O+U → o, U+U → u, ー dropped. A word-final
// オオ stays "oo" (セノオ senoo, タカトオ takatoo) while a word-final オウ is "o" (サトウ sato).
void dropLongVowels(QList<Mora>& morae)
{
    for (qsizetype i = 1; i < morae.size(); ++i) {
        Mora& prev = morae[i - 1];
        Mora& cur = morae[i];
        if (!prev.kept || prev.lengthened || prev.kind != MoraKind::Kana || prev.romaji.isEmpty())
            continue;
        if (cur.kind == MoraKind::LongMark) {
            cur.kept = false;
            prev.lengthened = true;
            continue;
        }
        if (cur.kind != MoraKind::Kana || cur.kana.size() != 1)
            continue;
        const QChar vowel = prev.romaji.back();
        const bool last = i == morae.size() - 1;
        const bool lengthens =
            (cur.kana.front() == kVowelU && (vowel == u'o' || vowel == u'u') && !startsMorpheme(morae, i)) ||
            (cur.kana.front() == kVowelO && vowel == u'o' && !last);
        if (lengthens) {
            cur.kept = false;
            prev.lengthened = true;
        }
    }
    morae.removeIf([](const Mora& m) { return !m.kept || m.kind == MoraKind::LongMark; });
}

QString romaniseWord(const QString& word)
{
    QList<Mora> morae = splitMorae(word);
    dropLongVowels(morae);

    QString out;
    for (qsizetype i = 0; i < morae.size(); ++i) {
        const Mora& mora = morae[i];
        const QString next =
            i + 1 < morae.size() && morae[i + 1].kind == MoraKind::Kana ? morae[i + 1].romaji : QString();
        switch (mora.kind) {
        case MoraKind::Kana:
            out += mora.romaji;
            break;
        case MoraKind::MoraicN:
            out += (next.startsWith(u'b') || next.startsWith(u'm') || next.startsWith(u'p')) ? u'm' : u'n';
            break;
        case MoraKind::Sokuon:
            if (next.startsWith(u"ch"))
                out += u't';
            else if (!next.isEmpty() && !isVowel(next.front()))
                out += next.front();
            break;
        case MoraKind::LongMark:
            break;
        }
    }
    return out;
}

bool isWordSeparator(QChar c)
{
    return c == u' ' || c == u'\u3000' || c == u'・';
}

} // namespace

QString passportHepburn(const QString& katakana)
{
    if (!NameRules::isValidKana(katakana))
        return {};
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty()) {
            const QString romaji = romaniseWord(word);
            if (!romaji.isEmpty())
                words.append(romaji);
            word.clear();
        }
    };
    for (QChar c : katakana) {
        if (isWordSeparator(c))
            flush();
        else
            word.append(c);
    }
    flush();
    return words.join(u' ');
}

} // namespace certdesk
