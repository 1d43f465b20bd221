// Passport Hepburn (外務省 ヘボン式) romanisation of katakana names.
// Expected values follow the passport rules (MOFA / prefectural passport offices' tables), not ICU.
#include "text/Hepburn.h"

#include <QTest>

#include <initializer_list>
#include <utility>

using certdesk::passportHepburn;

class tst_Hepburn : public QObject
{
    Q_OBJECT

private slots:
    void familyNames_data();
    void familyNames();
    void givenNames_data();
    void givenNames();
    void rules_data();
    void rules();
    void invalidInput_data();
    void invalidInput();
    void outputIsLowerCaseAscii();
};

static void addCases(std::initializer_list<std::pair<const char*, const char*>> cases)
{
    QTest::addColumn<QString>("kana");
    QTest::addColumn<QString>("expected");
    for (const auto& [kana, expected] : cases)
        QTest::newRow(kana) << QString::fromUtf8(kana) << QString::fromLatin1(expected);
}

void tst_Hepburn::familyNames_data()
{
    addCases({
        {"サトウ", "sato"},       {"スズキ", "suzuki"},      {"タカハシ", "takahashi"},
        {"タナカ", "tanaka"},     {"イトウ", "ito"},         {"ワタナベ", "watanabe"},
        {"ヤマモト", "yamamoto"}, {"ナカムラ", "nakamura"},  {"コバヤシ", "kobayashi"},
        {"カトウ", "kato"},       {"ヨシダ", "yoshida"},     {"ヤマダ", "yamada"},
        {"ササキ", "sasaki"},     {"ヤマグチ", "yamaguchi"}, {"マツモト", "matsumoto"},
        {"イノウエ", "inoue"},    {"キムラ", "kimura"},      {"ハヤシ", "hayashi"},
        {"シミズ", "shimizu"},    {"ヤマザキ", "yamazaki"},  {"モリ", "mori"},
        {"イケダ", "ikeda"},      {"ハシモト", "hashimoto"}, {"イシカワ", "ishikawa"},
        {"オオツカ", "otsuka"},   {"オオノ", "ono"},         {"オオタ", "ota"},
        {"オオタニ", "otani"},    {"コウノ", "kono"},        {"サイトウ", "saito"},
        {"エンドウ", "endo"},     {"ゴトウ", "goto"},        {"ハッタ", "hatta"},
        {"ハットリ", "hattori"},  {"キッカワ", "kikkawa"},   {"ホッチ", "hotchi"},
        {"ナンバ", "namba"},      {"ホンマ", "homma"},       {"サンペイ", "sampei"},
        {"カンダ", "kanda"},      {"イイダ", "iida"},        {"ニイヤマ", "niiyama"},
        {"チバ", "chiba"},        {"ツジ", "tsuji"},         {"フジタ", "fujita"},
        {"オガワ", "ogawa"},      {"ジョウ", "jo"},          {"トオヤマ", "toyama"},
        {"オオウチ", "ouchi"},    {"シロウズ", "shirozu"},   {"コオリ", "kori"},
        {"セノオ", "senoo"},      {"ヨコオ", "yokoo"},       {"タカトオ", "takatoo"},
        {"タカトウ", "takato"},   {"マツウラ", "matsuura"},  {"ミネウ", "mineu"},
        {"ウリウ", "uriu"},       {"イオウ", "io"},          {"シュウトウ", "shuto"},
        {"ホンダ", "honda"},      {"センバ", "semba"},       {"ジンボ", "jimbo"},
        {"オオウラ", "oura"},     {"ウエダ", "ueda"},        {"ヤスウラ", "yasuura"},
    });
}

void tst_Hepburn::familyNames()
{
    QFETCH(QString, kana);
    QFETCH(QString, expected);
    QCOMPARE(passportHepburn(kana), expected);
}

void tst_Hepburn::givenNames_data()
{
    addCases({
        {"タロウ", "taro"},
        {"ハナコ", "hanako"},
        {"キョウコ", "kyoko"},
        {"ユウコ", "yuko"},
        {"ユウキ", "yuki"},
        {"ヨウコ", "yoko"},
        {"ケイコ", "keiko"},
        {"セイジ", "seiji"},
        {"シンイチ", "shinichi"},
        {"ジュンイチ", "junichi"},
        {"シンヤ", "shinya"},
        {"ジュンコ", "junko"},
        {"ショウイチ", "shoichi"},
        {"リョウタロウ", "ryotaro"},
        {"ユウカ", "yuka"},
        {"シュウジ", "shuji"},
        {"リュウノスケ", "ryunosuke"},
        {"ユウイチ", "yuichi"},
        {"ダイスケ", "daisuke"},
        {"ケンタ", "kenta"},
        {"テッペイ", "teppei"},
        {"サチコ", "sachiko"},
        {"ヒロシ", "hiroshi"},
        {"トオル", "toru"},
        {"コウジ", "koji"},
        {"ユウスケ", "yusuke"},
        {"シュンスケ", "shunsuke"},
        {"マユミ", "mayumi"},
        {"カズオ", "kazuo"},
        {"ヒロオ", "hiroo"},
        {"ミツコ", "mitsuko"},
        {"アツシ", "atsushi"},
        {"ジュン", "jun"},
        {"チヒロ", "chihiro"},
        {"フミコ", "fumiko"},
        {"ケンイチ", "kenichi"},
        {"ジュンペイ", "jumpei"},
        {"ユーコ", "yuko"},
        {"ニーナ", "nina"},
        {"サリー", "sari"},
        {"マイ", "mai"},
        {"エイジ", "eiji"},
        {"ショウエイ", "shoei"},
        {"ユウゴ", "yugo"},
        {"ソウタ", "sota"},
    });
}

void tst_Hepburn::givenNames()
{
    QFETCH(QString, kana);
    QFETCH(QString, expected);
    QCOMPARE(passportHepburn(kana), expected);
}

void tst_Hepburn::rules_data()
{
    addCases({
        // shi chi tsu fu ji ji zu o bu
        {"シ", "shi"},
        {"チ", "chi"},
        {"ツ", "tsu"},
        {"フ", "fu"},
        {"ジ", "ji"},
        {"ヂ", "ji"},
        {"ヅ", "zu"},
        {"ヲ", "o"},
        {"ヴ", "bu"},
        {"ヂャ", "ja"},
        {"ヴァ", "ba"},
        {"ヰ", "i"},
        {"ヱ", "e"},
        {"シャ", "sha"},
        {"チョ", "cho"},
        {"ジュ", "ju"},
        {"ヒャ", "hya"},
        {"ミョ", "myo"},
        // sokuon
        {"ハッチ", "hatchi"},
        {"ハッチョウ", "hatcho"},
        {"ベッショ", "bessho"},
        {"マッツ", "mattsu"},
        {"アッ", "a"},
        // moraic n: m before b/m/p only, no apostrophe
        {"ニホンバシ", "nihombashi"},
        {"シンバシ", "shimbashi"},
        {"カンノ", "kanno"},
        {"ハンエイ", "hanei"},
        {"シンオオクボ", "shinokubo"},
        // words separated by spaces or middle dots
        {"ヤマダ タロウ", "yamada taro"},
        {"ヤマダ\u3000タロウ", "yamada taro"},
        {"ジョン・スミス", "jon sumisu"},
        // foreign sounds ICU leaves with '~'
        {"ウィ", "wi"},
        {"トゥ", "tu"},
        {"ティ", "ti"},
        {"ファ", "fa"},
        {"ェ", "e"},
        {"ヶ", "ke"},
        // prolonged sound mark on its own
        {"ー", ""},
    });
}

void tst_Hepburn::rules()
{
    QFETCH(QString, kana);
    QFETCH(QString, expected);
    QCOMPARE(passportHepburn(kana), expected);
}

void tst_Hepburn::invalidInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("hiragana") << QStringLiteral("やまだ");
    QTest::newRow("half-width katakana") << QStringLiteral("ﾔﾏﾀﾞ");
    QTest::newRow("latin") << QStringLiteral("Yamada");
    QTest::newRow("kanji") << QStringLiteral("山田");
    QTest::newRow("leading space") << QStringLiteral(" ヤマダ");
    QTest::newRow("too long") << QString(65, QChar(u'ア'));
}

void tst_Hepburn::invalidInput()
{
    QFETCH(QString, input);
    QVERIFY(passportHepburn(input).isEmpty());
}

void tst_Hepburn::outputIsLowerCaseAscii()
{
    // Every katakana letter, alone and after each other letter, romanises to [a-z] only.
    for (char16_t a = 0x30A1; a <= 0x30FA; ++a) {
        for (char16_t b = 0x30A1; b <= 0x30FC; ++b) {
            if (b == 0x30FB)
                continue;
            const QString kana = QString(QChar(a)) + QChar(b);
            const QString romaji = passportHepburn(kana);
            for (QChar c : romaji)
                QVERIFY2(c >= u'a' && c <= u'z', qPrintable(kana + QStringLiteral(" → ") + romaji));
            if (b != 0x30FC && b != 0x30C3) // ー and a trailing ッ may vanish
                QVERIFY2(!romaji.isEmpty(), qPrintable(kana));
        }
    }
}

QTEST_GUILESS_MAIN(tst_Hepburn)
#include "tst_Hepburn.moc"
