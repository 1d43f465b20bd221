#include "workflows/DemoNames.h"
#include "text/Hepburn.h"

#include <QStringList>

namespace certdesk {
namespace {

QList<DemoName> withEnglish(const QList<std::pair<const char16_t*, const char16_t*>>& table)
{
    QList<DemoName> out;
    out.reserve(table.size());
    for (const auto& [kanji, kana] : table) {
        DemoName n;
        n.kanji = QString::fromUtf16(kanji);
        n.kana = QString::fromUtf16(kana);
        n.english = passportHepburn(n.kana);
        out << n;
    }
    return out;
}

} // namespace

const QList<DemoName>& DemoNames::familyNames()
{
    static const QList<DemoName> names = withEnglish({
        {u"佐藤", u"サトウ"},     {u"鈴木", u"スズキ"},   {u"高橋", u"タカハシ"}, {u"田中", u"タナカ"},
        {u"伊藤", u"イトウ"},     {u"渡辺", u"ワタナベ"}, {u"山本", u"ヤマモト"}, {u"中村", u"ナカムラ"},
        {u"小林", u"コバヤシ"},   {u"加藤", u"カトウ"},   {u"吉田", u"ヨシダ"},   {u"山田", u"ヤマダ"},
        {u"佐々木", u"ササキ"},   {u"山口", u"ヤマグチ"}, {u"松本", u"マツモト"}, {u"井上", u"イノウエ"},
        {u"木村", u"キムラ"},     {u"林", u"ハヤシ"},     {u"斎藤", u"サイトウ"}, {u"清水", u"シミズ"},
        {u"山崎", u"ヤマザキ"},   {u"森", u"モリ"},       {u"池田", u"イケダ"},   {u"橋本", u"ハシモト"},
        {u"阿部", u"アベ"},       {u"石川", u"イシカワ"}, {u"山下", u"ヤマシタ"}, {u"中島", u"ナカジマ"},
        {u"石井", u"イシイ"},     {u"小川", u"オガワ"},   {u"前田", u"マエダ"},   {u"岡田", u"オカダ"},
        {u"長谷川", u"ハセガワ"}, {u"藤田", u"フジタ"},   {u"後藤", u"ゴトウ"},   {u"近藤", u"コンドウ"},
        {u"村上", u"ムラカミ"},   {u"遠藤", u"エンドウ"}, {u"青木", u"アオキ"},   {u"坂本", u"サカモト"},
        {u"斉藤", u"サイトウ"},   {u"福田", u"フクダ"},   {u"太田", u"オオタ"},   {u"西村", u"ニシムラ"},
        {u"藤井", u"フジイ"},     {u"岡本", u"オカモト"}, {u"藤原", u"フジワラ"}, {u"金子", u"カネコ"},
        {u"中野", u"ナカノ"},     {u"三浦", u"ミウラ"},   {u"原田", u"ハラダ"},   {u"中川", u"ナカガワ"},
        {u"松田", u"マツダ"},     {u"竹内", u"タケウチ"}, {u"小野", u"オノ"},     {u"田村", u"タムラ"},
        {u"中山", u"ナカヤマ"},   {u"和田", u"ワダ"},     {u"石田", u"イシダ"},   {u"森田", u"モリタ"},
        {u"上田", u"ウエダ"},     {u"原", u"ハラ"},       {u"柴田", u"シバタ"},   {u"酒井", u"サカイ"},
        {u"工藤", u"クドウ"},     {u"横山", u"ヨコヤマ"}, {u"宮崎", u"ミヤザキ"}, {u"宮本", u"ミヤモト"},
        {u"内田", u"ウチダ"},     {u"高木", u"タカギ"},   {u"大塚", u"オオツカ"}, {u"本田", u"ホンダ"},
        {u"服部", u"ハットリ"},   {u"菅野", u"カンノ"},   {u"大野", u"オオノ"},   {u"新井", u"アライ"},
        {u"難波", u"ナンバ"},     {u"八田", u"ハッタ"},   {u"神保", u"ジンボ"},   {u"東海林", u"ショウジ"},
    });
    return names;
}

const QList<DemoName>& DemoNames::givenNames()
{
    static const QList<DemoName> names = withEnglish({
        {u"太郎", u"タロウ"},   {u"一郎", u"イチロウ"}, {u"健太", u"ケンタ"},     {u"翔太", u"ショウタ"},
        {u"大輔", u"ダイスケ"}, {u"拓也", u"タクヤ"},   {u"直樹", u"ナオキ"},     {u"誠", u"マコト"},
        {u"浩二", u"コウジ"},   {u"健一", u"ケンイチ"}, {u"達也", u"タツヤ"},     {u"和也", u"カズヤ"},
        {u"隆", u"タカシ"},     {u"亮", u"リョウ"},     {u"蓮", u"レン"},         {u"悠斗", u"ユウト"},
        {u"陽翔", u"ハルト"},   {u"大翔", u"ヒロト"},   {u"湊", u"ミナト"},       {u"颯太", u"ソウタ"},
        {u"修", u"オサム"},     {u"剛", u"ツヨシ"},     {u"博之", u"ヒロユキ"},   {u"雅人", u"マサト"},
        {u"慎一", u"シンイチ"}, {u"正樹", u"マサキ"},   {u"俊介", u"シュンスケ"}, {u"智也", u"トモヤ"},
        {u"哲也", u"テツヤ"},   {u"秀樹", u"ヒデキ"},   {u"洋平", u"ヨウヘイ"},   {u"康弘", u"ヤスヒロ"},
        {u"花子", u"ハナコ"},   {u"陽子", u"ヨウコ"},   {u"恵子", u"ケイコ"},     {u"京子", u"キョウコ"},
        {u"裕子", u"ユウコ"},   {u"美咲", u"ミサキ"},   {u"愛", u"アイ"},         {u"彩", u"アヤ"},
        {u"桜", u"サクラ"},     {u"結衣", u"ユイ"},     {u"陽菜", u"ヒナ"},       {u"美穂", u"ミホ"},
        {u"真由美", u"マユミ"}, {u"由美子", u"ユミコ"}, {u"明美", u"アケミ"},     {u"直美", u"ナオミ"},
        {u"千尋", u"チヒロ"},   {u"奈々", u"ナナ"},     {u"舞", u"マイ"},         {u"沙織", u"サオリ"},
        {u"香織", u"カオリ"},   {u"智子", u"トモコ"},   {u"久美子", u"クミコ"},   {u"優子", u"ユウコ"},
        {u"葵", u"アオイ"},     {u"凛", u"リン"},       {u"芽依", u"メイ"},       {u"莉子", u"リコ"},
        {u"美月", u"ミヅキ"},   {u"詩織", u"シオリ"},   {u"彩花", u"アヤカ"},     {u"純一", u"ジュンイチ"},
    });
    return names;
}

const QStringList& DemoNames::departments()
{
    static const QStringList list = {
        QStringLiteral("営業部"), QStringLiteral("総務部"), QStringLiteral("開発部"),
        QStringLiteral("人事部"), QStringLiteral("経理部"), QStringLiteral("情報システム部"),
        QStringLiteral("企画部"), QStringLiteral("法務部"), QStringLiteral("品質保証部"),
        QStringLiteral("広報部"), QStringLiteral("購買部"), QStringLiteral("カスタマーサポート部"),
    };
    return list;
}

const QStringList& DemoNames::titles()
{
    static const QStringList list = {QStringLiteral("部長"), QStringLiteral("課長"), QStringLiteral("主任"),
                                     QStringLiteral("一般")};
    return list;
}

const QStringList& DemoNames::groups()
{
    static const QStringList list = {
        QStringLiteral("東京本社"), QStringLiteral("大阪支社"),   QStringLiteral("名古屋支社"),
        QStringLiteral("福岡支社"), QStringLiteral("札幌営業所"), QStringLiteral("在宅勤務"),
        QStringLiteral("協力会社"), QStringLiteral("管理職"),
    };
    return list;
}

const QList<DemoOperator>& DemoNames::operators()
{
    const QString version = QStringLiteral(CERTDESK_VERSION);
    static const QList<DemoOperator> list = {
        {QStringLiteral("admin"), QStringLiteral("ADMIN-PC01"),
         QStringLiteral("CertDesk/%1 (certdesk; Windows 11 Pro 23H2)").arg(version)},
        {QStringLiteral("helpdesk1"), QStringLiteral("HD-PC03"),
         QStringLiteral("CertDesk/%1 (certdesk; Windows 10 Pro 22H2)").arg(version)},
        {QStringLiteral("helpdesk2"), QStringLiteral("hd-mbp02.local"),
         QStringLiteral("CertDesk/%1 (certdesk; macOS 14.6)").arg(version)},
        {QStringLiteral("admin"), QStringLiteral("certdesk-ops01"),
         QStringLiteral("CertDesk/%1 (certdesk-cli; Debian GNU/Linux 12 (bookworm))").arg(version)},
    };
    return list;
}

QString DemoNames::browserUserAgent(const QString& deviceId, int variant)
{
    const bool alt = variant % 2 == 1;
    if (deviceId == QLatin1String("windows"))
        return alt ? QStringLiteral(
                         "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                         "Chrome/130.0.0.0 Safari/537.36 Edg/130.0.2849.68")
                   : QStringLiteral(
                         "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                         "Chrome/130.0.0.0 Safari/537.36");
    if (deviceId == QLatin1String("mac"))
        return QStringLiteral(
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) "
            "Version/17.6 Safari/605.1.15");
    if (deviceId.startsWith(QLatin1String("ios")))
        return alt ? QStringLiteral("Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 "
                                    "(KHTML, like Gecko) "
                                    "Version/17.6 Mobile/15E148 Safari/604.1")
                   : QStringLiteral(
                         "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 "
                         "(KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1");
    if (deviceId == QLatin1String("android"))
        return QStringLiteral("Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 (KHTML, like Gecko) "
                              "Chrome/130.0.0.0 Mobile Safari/537.36");
    return QStringLiteral("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
}

QString DemoNames::remarks(const QString& deviceId, int variant)
{
    static const QStringList pc = {QStringLiteral("社用PC"), QStringLiteral("在宅勤務用PC"),
                                   QStringLiteral("共用端末")};
    static const QStringList phone = {QStringLiteral("貸与スマートフォン"), QStringLiteral("私物端末(BYOD)"),
                                      QStringLiteral("タブレット")};
    if (variant % 5 < 2) // about 40 % have no remarks
        return {};
    const QStringList& list = (deviceId == QLatin1String("windows") || deviceId == QLatin1String("mac") ||
                               deviceId == QLatin1String("other"))
                                  ? pc
                                  : phone;
    return list.at(variant % list.size());
}

} // namespace certdesk
