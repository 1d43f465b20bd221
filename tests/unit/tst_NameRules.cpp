// Validation and normalisation of the certificate information name fields.
#include "text/NameRules.h"

#include <QTest>

using certdesk::NameRules;

class tst_NameRules : public QObject
{
    Q_OBJECT

private slots:
    void kana_data();
    void kana();
    void english_data();
    void english();
    void name_data();
    void name();
    void normaliseKana_data();
    void normaliseKana();
    void errorsNameTheField();
    void errorsDistinguishReasons();
};

void tst_NameRules::kana_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("family") << QStringLiteral("ヤマダ") << true;
    QTest::newRow("long mark") << QStringLiteral("ユーコ") << true;
    QTest::newRow("small kana and sokuon") << QStringLiteral("キョッコ") << true;
    QTest::newRow("vu and ke") << QStringLiteral("ヴヶ") << true;
    QTest::newRow("ascii space between words") << QStringLiteral("ヤマダ タロウ") << true;
    QTest::newRow("ideographic space") << QStringLiteral("ヤマダ\u3000タロウ") << true;
    QTest::newRow("middle dot") << QStringLiteral("ジョン・スミス") << true;
    QTest::newRow("64 characters") << QString(64, QChar(u'ア')) << true;
    QTest::newRow("65 characters") << QString(65, QChar(u'ア')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("only space") << QStringLiteral(" ") << false;
    QTest::newRow("leading space") << QStringLiteral(" ヤマダ") << false;
    QTest::newRow("trailing ideographic space") << QStringLiteral("ヤマダ\u3000") << false;
    QTest::newRow("hiragana") << QStringLiteral("やまだ") << false;
    QTest::newRow("half-width") << QStringLiteral("ﾔﾏﾀﾞ") << false;
    QTest::newRow("kanji") << QStringLiteral("山田") << false;
    QTest::newRow("latin") << QStringLiteral("Yamada") << false;
    QTest::newRow("ascii hyphen for long mark") << QStringLiteral("ユ-コ") << false;
    QTest::newRow("iteration mark") << QStringLiteral("サヽキ") << false;
    QTest::newRow("tab") << QStringLiteral("ヤマダ\tタロウ") << false;
}

void tst_NameRules::kana()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(NameRules::isValidKana(text), valid);
    QCOMPARE(NameRules::kanaError(QStringLiteral("Furigana"), text).isEmpty(), valid);
}

void tst_NameRules::english_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("lower") << QStringLiteral("yamada") << true;
    QTest::newRow("upper") << QStringLiteral("YAMADA") << true;
    QTest::newRow("apostrophe") << QStringLiteral("O'Neil") << true;
    QTest::newRow("hyphen and space") << QStringLiteral("Anne-Marie de Vries") << true;
    QTest::newRow("64") << QString(64, QChar(u'a')) << true;
    QTest::newRow("65") << QString(65, QChar(u'a')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading hyphen") << QStringLiteral("-taro") << false;
    QTest::newRow("trailing apostrophe") << QStringLiteral("taro'") << false;
    QTest::newRow("trailing space") << QStringLiteral("taro ") << false;
    QTest::newRow("digit") << QStringLiteral("taro2") << false;
    QTest::newRow("full-width letters") << QStringLiteral("ｔａｒｏ") << false;
    QTest::newRow("macron") << QStringLiteral("tarō") << false;
    QTest::newRow("katakana") << QStringLiteral("タロウ") << false;
    QTest::newRow("dot") << QStringLiteral("J.Smith") << false;
}

void tst_NameRules::english()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(NameRules::isValidEnglish(text), valid);
    QCOMPARE(NameRules::englishError(QStringLiteral("English"), text).isEmpty(), valid);
}

void tst_NameRules::name_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("kanji") << QStringLiteral("山田") << true;
    QTest::newRow("surrounding spaces") << QStringLiteral("  山田 ") << true;
    QTest::newRow("latin") << QStringLiteral("Smith") << true;
    QTest::newRow("surrogate pair") << QStringLiteral("𠮷田") << true;
    QTest::newRow("64 surrogate pairs") << QString::fromUcs4(std::u32string(64, U'𠮷').c_str(), 64) << true;
    QTest::newRow("65 kanji") << QString(65, QChar(u'山')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral(" \u3000 ") << false;
    QTest::newRow("newline") << QStringLiteral("山\n田") << false;
    QTest::newRow("nul") << QString(QStringLiteral("山")).append(QChar(0)).append(u'田') << false;
    QTest::newRow("line separator") << QStringLiteral("山\u2028田") << false;
}

void tst_NameRules::name()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(NameRules::isValidName(text), valid);
    QCOMPARE(NameRules::nameError(QStringLiteral("Family name"), text).isEmpty(), valid);
}

void tst_NameRules::normaliseKana_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("already katakana") << QStringLiteral("ヤマダ") << QStringLiteral("ヤマダ");
    QTest::newRow("hiragana") << QStringLiteral("やまだ たろう") << QStringLiteral("ヤマダ\u3000タロウ");
    QTest::newRow("hiragana small and sokuon") << QStringLiteral("きょっこ") << QStringLiteral("キョッコ");
    QTest::newRow("hiragana vu") << QStringLiteral("ゔ") << QStringLiteral("ヴ");
    QTest::newRow("half-width with dakuten")
        << QStringLiteral("ﾔﾏﾀﾞ ﾀﾛｳ") << QStringLiteral("ヤマダ\u3000タロウ");
    QTest::newRow("half-width handakuten") << QStringLiteral("ﾎﾟﾝﾍﾟｲ") << QStringLiteral("ポンペイ");
    QTest::newRow("half-width long mark and dot")
        << QStringLiteral("ｼﾞｮﾝ･ｽﾐｽｰ") << QStringLiteral("ジョン・スミスー");
    QTest::newRow("combining dakuten") << QStringLiteral("カ\u3099ク") << QStringLiteral("ガク");
    QTest::newRow("trim and fold") << QStringLiteral("  ヤマダ \u3000\t タロウ\u3000 ")
                                   << QStringLiteral("ヤマダ\u3000タロウ");
    QTest::newRow("full-width latin untouched") << QStringLiteral("ＡＢ") << QStringLiteral("ＡＢ");
    QTest::newRow("empty") << QString() << QString();
}

void tst_NameRules::normaliseKana()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString normalised = NameRules::normaliseKana(input);
    QCOMPARE(normalised, expected);
    // Normalising twice changes nothing.
    QCOMPARE(NameRules::normaliseKana(normalised), normalised);
}

void tst_NameRules::errorsNameTheField()
{
    const QString label = QStringLiteral("Furigana (family name)");
    QVERIFY(NameRules::kanaError(label, QStringLiteral("やまだ")).contains(label));
    QVERIFY(NameRules::englishError(label, QStringLiteral("山田")).contains(label));
    QVERIFY(NameRules::nameError(label, QString()).contains(label));
    QVERIFY(!NameRules::kanaError(label, QStringLiteral("やまだ")).contains(u'%'));
}

void tst_NameRules::errorsDistinguishReasons()
{
    const QString label = QStringLiteral("F");
    const QString missing = NameRules::kanaError(label, QString());
    const QString tooLong = NameRules::kanaError(label, QString(65, QChar(u'ア')));
    const QString wrongScript = NameRules::kanaError(label, QStringLiteral("やまだ"));
    QVERIFY(!missing.isEmpty() && !tooLong.isEmpty() && !wrongScript.isEmpty());
    QVERIFY(missing != tooLong && tooLong != wrongScript && missing != wrongScript);
    QVERIFY2(tooLong.contains(u"64"), qPrintable(tooLong));
    QVERIFY(wrongScript.contains(u"katakana"));
    QVERIFY(NameRules::englishError(label, QStringLiteral("taro2")) !=
            NameRules::englishError(label, QString()));
    QVERIFY(NameRules::nameError(label, QString(65, QChar(u'山'))).contains(u"64"));
}

QTEST_GUILESS_MAIN(tst_NameRules)
#include "tst_NameRules.moc"
