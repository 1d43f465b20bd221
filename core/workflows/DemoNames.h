#pragma once
// The tables behind the demo data: common Japanese family and given names with their katakana
// readings (English by passport Hepburn), departments, titles, groups, and who acted from where.
// Data, not UI text: nothing here is translated.
#include <QList>
#include <QString>

namespace certdesk {

struct DemoName
{
    QString kanji;
    QString kana;    // full-width katakana
    QString english; // passportHepburn(kana)
};

struct DemoOperator
{
    QString name;
    QString host;
    QString userAgent;
};

class DemoNames
{
public:
    static const QList<DemoName>& familyNames(); // at least 60
    static const QList<DemoName>& givenNames();  // at least 60
    static const QStringList& departments();
    static const QStringList& titles(); // 部長, 課長, 主任, 一般 (the last is the most common)
    static const QStringList& groups();
    // Desktop operators: 0 = admin, 1 = helpdesk1, 2 = helpdesk2, 3 = admin on the command line.
    static const QList<DemoOperator>& operators();
    // A browser user agent that fits the device type (portal downloads).
    static QString browserUserAgent(const QString& deviceId, int variant);
    // Certificate remarks (備考) that fit the device type; may be empty.
    static QString remarks(const QString& deviceId, int variant);
};

} // namespace certdesk
