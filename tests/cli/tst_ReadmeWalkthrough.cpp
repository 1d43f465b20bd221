// The CLI walkthrough in README.md runs exactly as written (between the walkthrough markers).
#include "CliRunner.h"
#include <QDir>
#include <QRegularExpression>
#include <QtTest>

using namespace certdesk::test;

class TestReadmeWalkthrough : public QObject
{
    Q_OBJECT
private slots:
    void walkthroughRuns();
};

void TestReadmeWalkthrough::walkthroughRuns()
{
    QFile readme(QDir(qEnvironmentVariable("CERTDESK_SOURCE_DIR")).filePath(QStringLiteral("README.md")));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    static const QRegularExpression block(
        QStringLiteral("<!-- walkthrough:start -->\\s*```(?:sh|bash)\\n(.*?)```\\s*<!-- walkthrough:end -->"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto m = block.match(text);
    QVERIFY2(m.hasMatch(), "README.md has no walkthrough block");
    const QString script = m.captured(1);
    QVERIFY(script.contains(QStringLiteral("certdesk-cli")));

    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("walkthrough.sh"),
                                   "set -euo pipefail\ncd \"$(dirname \"$0\")\"\n" + script.toUtf8());
    const QString pathEnv = QStringLiteral("PATH=") + qEnvironmentVariable("CERTDESK_BIN_DIR") +
                            QLatin1Char(':') + qEnvironmentVariable("PATH");
    // Nothing of the caller's sign-in leaks in: the block signs in by itself.
    auto r =
        runProcess(QStringLiteral("bash"), {path}, {}, 300000,
                   {pathEnv, QStringLiteral("DBUS_SESSION_BUS_ADDRESS="), QStringLiteral("CERTDESK_DB="),
                    QStringLiteral("CERTDESK_OPERATOR="), QStringLiteral("CERTDESK_OPERATOR_PASSWORD=")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.all()));
    const QString out = r.all();
    QVERIFY2(out.contains(QStringLiteral("Key password (shown only now)")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("certificate revoked")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("The history is intact")), qPrintable(out));
    // history list: the first administrator, created by init, is the operator of the issuance and the
    // revocation of taro's certificate; the helpdesk operator it added is listed.
    static const QRegularExpression byAdmin(QStringLiteral("\\n[0-9/: ]+  [^\\n]*  admin  taro  "));
    int rows = 0;
    for (auto it = byAdmin.globalMatch(out); it.hasNext(); it.next())
        ++rows;
    QVERIFY2(rows >= 3, qPrintable(out)); // user added, issued, revoked
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("\\nhanako  鈴木 花子  Helpdesk  "))),
             qPrintable(out));
}

QTEST_GUILESS_MAIN(TestReadmeWalkthrough)
#include "tst_ReadmeWalkthrough.moc"
