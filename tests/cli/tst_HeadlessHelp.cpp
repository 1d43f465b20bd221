// Issue 17 §8: every binary answers --help (and --version where it has one) without a display: no DISPLAY,
// no WAYLAND_DISPLAY, QT_QPA_PLATFORM unset. (QApplication aborts there; they must not create one.)
#include <QDir>
#include <QProcess>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
};

Run runHeadless(const QString& program, const QStringList& args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE"})
        env.remove(QString::fromLatin1(name));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QDir(qEnvironmentVariable("CERTDESK_BIN_DIR")).filePath(program), args);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(3000);
        r.out = QStringLiteral("did not start or finish: ") + p.errorString();
        return r;
    }
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.out += QString::fromUtf8(p.readAll());
    return r;
}

} // namespace

class TestHeadlessHelp : public QObject
{
    Q_OBJECT
private slots:
    void help_data();
    void help();
};

void TestHeadlessHelp::help_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("certdesk --help") << "certdesk" << QStringList{"--help"} << "--db <url>";
    QTest::newRow("certdesk -h") << "certdesk" << QStringList{"-h"} << "--lang <language>";
    QTest::newRow("certdesk --version") << "certdesk" << QStringList{"--version"} << "CertDesk";
    QTest::newRow("certdesk-screenshots --help")
        << "certdesk-screenshots" << QStringList{"--help"} << "--out <dir>";
    QTest::newRow("certdesk-cli --help") << "certdesk-cli" << QStringList{"--help"} << "Usage: certdesk-cli";
    QTest::newRow("certdesk-portal --help") << "certdesk-portal" << QStringList{"--help"} << "--listen";
}

void TestHeadlessHelp::help()
{
    QFETCH(QString, program);
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = runHeadless(program, args);
    QVERIFY2(r.status == QProcess::NormalExit, qPrintable(r.out));
    QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.out)));
    QVERIFY2(r.out.contains(expected), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestHeadlessHelp)
#include "tst_HeadlessHelp.moc"
