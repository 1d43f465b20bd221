// Fixture: portable code, UTF-8 with Japanese text (no violation): 証明書を発行しました。
#include <QString>

QString fixtureMessage()
{
    return QStringLiteral("証明書");
}
