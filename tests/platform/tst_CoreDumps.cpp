// certdesk-portal, certdesk-cli and certdesk switch off core dumps at the start of main(): started with a
// core file size limit that allows dumps, each runs with "Max core file size 0 0" in /proc/<pid>/limits
// (Linux; ProcessHardening::disableCoreDumps). A platform test: it raises the child's limit with
// setrlimit before exec, so it lives in tests/platform/ with the other POSIX-only code.
#include "CliRunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <sys/resource.h>

using namespace certdesk::test;

namespace {

// The soft and hard core size limits of `pid` as /proc shows them ("0", "unlimited", ...), empty when the
// file cannot be read.
QStringList coreLimitsOf(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : limits.readAll().split('\n')) {
        if (!line.startsWith("Max core file size"))
            continue;
        const QStringList fields = QString::fromLatin1(line.mid(int(qstrlen("Max core file size"))))
                                       .simplified()
                                       .split(QLatin1Char(' '));
        return fields.mid(0, 2);
    }
    return {};
}

// Starts `program` with a core limit raised to the hard limit (what a shell with `ulimit -c unlimited`
// would give it) and waits until it runs with no core dumps, or fails the test after 20 s.
void expectNoCoreDumps(const QString& program, const QStringList& args, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.setChildProcessModifier([] {
        rlimit limit{};
        if (getrlimit(RLIMIT_CORE, &limit) == 0) {
            limit.rlim_cur = limit.rlim_max;
            setrlimit(RLIMIT_CORE, &limit);
        }
    });
    p.start(program, args);
    QVERIFY2(p.waitForStarted(10000), qPrintable(program));
    QStringList seen;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 20000 && p.state() == QProcess::Running) {
        seen = coreLimitsOf(p.processId());
        if (seen == QStringList{QStringLiteral("0"), QStringLiteral("0")})
            break;
        QThread::msleep(50);
    }
    const bool running = p.state() == QProcess::Running;
    p.kill();
    p.waitForFinished(10000);
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(running,
             qPrintable(QStringLiteral("%1 ended early: %2").arg(program, QString::fromLocal8Bit(err))));
    QCOMPARE(seen, (QStringList{QStringLiteral("0"), QStringLiteral("0")}));
}

QString binary(const QString& name)
{
    return QDir(qEnvironmentVariable("CERTDESK_BIN_DIR")).filePath(name);
}

} // namespace

class TestCoreDumps : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void portal();
    void cli();
    void desktop();

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

void TestCoreDumps::initTestCase()
{
    if (!QFile::exists(QStringLiteral("/proc/self/limits")))
        QSKIP("No /proc/<pid>/limits on this system (Linux only).");
    rlimit limit{};
    QVERIFY(getrlimit(RLIMIT_CORE, &limit) == 0);
    if (limit.rlim_max == 0)
        QSKIP("The hard core size limit is 0 already: nothing would tell a disabled dump apart.");
    QVERIFY(m_dir.isValid());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("CERTDESK_LANG"), QStringLiteral("en"));
    m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
}

void TestCoreDumps::portal()
{
    expectNoCoreDumps(binary(QStringLiteral("certdesk-portal")),
                      {QStringLiteral("--db"),
                       QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("portal.db")),
                       QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
                      m_env);
}

void TestCoreDumps::cli()
{
    // A CLI command kept alive at a failpoint (it sleeps there) while the test looks at its limits.
    const QString url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("cli.db"));
    const QString passphrase = QStringLiteral("CERTDESK_CA_PASSPHRASE=core dump test passphrase");
    const ProcessResult init =
        runCli(url,
               QStringList{QStringLiteral("init"), QStringLiteral("--org"), QStringLiteral("Core KK"),
                           QStringLiteral("--ca-name"), QStringLiteral("Core CA")} +
                   cliAdminOptions(),
               {passphrase, QStringLiteral("DBUS_SESSION_BUS_ADDRESS=")});
    QVERIFY2(init.exitCode == 0, init.err.constData());
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("CERTDESK_CA_PASSPHRASE"), QStringLiteral("core dump test passphrase"));
    env.insert(QStringLiteral("CERTDESK_FAILPOINT"), QStringLiteral("crl-publish-before-commit"));
    env.insert(QStringLiteral("CERTDESK_OPERATOR"), kCliAdmin);
    env.insert(QStringLiteral("CERTDESK_OPERATOR_PASSWORD"), kCliAdminPassword);
    expectNoCoreDumps(binary(QStringLiteral("certdesk-cli")),
                      {QStringLiteral("--db"), url, QStringLiteral("crl"), QStringLiteral("--sign"),
                       QStringLiteral("--out"), m_dir.filePath(QStringLiteral("ca.crl"))},
                      env);
}

void TestCoreDumps::desktop()
{
    // The desktop waits in its first-run wizard (offscreen) for as long as the test looks.
    expectNoCoreDumps(
        binary(QStringLiteral("certdesk")),
        {QStringLiteral("--db"), QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("gui.db"))},
        m_env);
}

QTEST_GUILESS_MAIN(TestCoreDumps)
#include "tst_CoreDumps.moc"
