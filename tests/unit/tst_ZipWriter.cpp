// ZIP export: atomic write, UTF-8 names, exact bytes (checked with `unzip`), mode 0600, no leftovers.
#include "OpensslCli.h"
#include "export/ZipWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QtTest>

#include "TestPlatform.h"

using namespace certdesk;
using certdesk::test::ProcessResult;
using certdesk::test::runProcess;

namespace {

const QString kJapaneseName = QStringLiteral("大塚 太郎/証明書-ノートPC.p12");

ProcessResult unzip(const QStringList& args)
{
    // A UTF-8 locale so that unzip prints the entry names as they are stored.
    return runProcess(QStringLiteral("unzip"), args, {}, 60000, {QStringLiteral("LC_ALL=C.UTF-8")});
}

unsigned modeOf(const QString& path)
{
    const int bits = certdesk::test::filePermissionBits(path);
    return bits < 0 ? 0u : unsigned(bits);
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

class tst_ZipWriter : public QObject
{
    Q_OBJECT
private slots:
    void writesEntries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.zip"));
        QByteArray binary(1024 * 1024, Qt::Uninitialized);
        QRandomGenerator rng(42);
        rng.fillRange(reinterpret_cast<quint32*>(binary.data()), binary.size() / 4);
        binary[0] = '\0';
        const QByteArray text = "login,email\r\ntaro,taro@example.jp\r\n";
        const QByteArray p12 = QByteArray("0\x82\x01\x00", 4) + QByteArray(300, 'k');
        {
            ZipWriter zip(path);
            QVERIFY(zip.add(QStringLiteral("README.txt"), text).ok());
            QByteArray temporary = p12;
            QVERIFY(zip.add(kJapaneseName, temporary).ok());
            temporary.fill('x'); // the writer kept its own copy
            QVERIFY(zip.add(QStringLiteral("data/random.bin"), binary).ok());
            QVERIFY(!QFileInfo::exists(path)); // nothing at the final path before commit()
            const Status committed = zip.commit();
            QVERIFY2(committed.ok(), qPrintable(committed.error().message + committed.error().detail));
        }
        QCOMPARE(filesIn(dir.path()), QStringList{"export.zip"}); // no temporary file left

        const ProcessResult list = unzip({"-Z1", path});
        QVERIFY2(list.exitCode == 0, qPrintable(list.all()));
        QCOMPARE(QString::fromUtf8(list.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                 QStringList({"README.txt", kJapaneseName, "data/random.bin"}));
        const QList<std::pair<QString, QByteArray>> expected{
            {"README.txt", text}, {kJapaneseName, p12}, {"data/random.bin", binary}};
        for (const auto& [name, bytes] : expected) {
            const ProcessResult r = unzip({"-p", path, name});
            QVERIFY2(r.exitCode == 0, qPrintable(name + ": " + r.all()));
            QVERIFY2(r.out == bytes, qPrintable(name));
        }
        const ProcessResult test = unzip({"-tq", path});
        QVERIFY2(test.exitCode == 0, qPrintable(test.all()));
        const ProcessResult verbose = unzip({"-Zl", path, "README.txt"});
        // Entries extract as rw------- and are deflated ("defN", "defX", ...).
        QVERIFY2(verbose.out.contains("-rw-------") && verbose.out.contains(" def"), verbose.out.constData());

        if (certdesk::test::hasPosixPermissions())
            QCOMPARE(modeOf(path), 0600u);
    }

    void replacesExistingFileWithMode0600()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.zip"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents");
        old.close();
        QVERIFY(
            old.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        {
            ZipWriter zip(path);
            QVERIFY(zip.add(QStringLiteral("a.txt"), "a").ok());
            QVERIFY(zip.commit().ok());
        }
        const ProcessResult r = unzip({"-p", path, "a.txt"});
        QVERIFY2(r.exitCode == 0 && r.out == "a", qPrintable(r.all()));
        if (certdesk::test::hasPosixPermissions())
            QCOMPARE(modeOf(path), 0600u);
        QCOMPARE(filesIn(dir.path()), QStringList{"export.zip"});
    }

    void missingFolderFails()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("no-such-folder"));
        const QString path = folder + QStringLiteral("/export.zip");
        {
            ZipWriter zip(path);
            const Status added = zip.add(QStringLiteral("a.txt"), "a");
            QVERIFY(!added.ok());
            QCOMPARE(added.error().code, ErrorCode::Io);
            QVERIFY2(added.error().message.contains(QDir::toNativeSeparators(path)),
                     qPrintable(added.error().message));
            const Status committed = zip.commit();
            QVERIFY(!committed.ok());
            QCOMPARE(committed.error().code, ErrorCode::Io);
        }
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    void uncommittedLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.zip"));
        {
            ZipWriter zip(path);
            QVERIFY(zip.add(QStringLiteral("key.p12"), QByteArray(4096, 'k')).ok());
        }
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    void rejectsBadNames()
    {
        QTemporaryDir dir;
        ZipWriter zip(dir.filePath(QStringLiteral("export.zip")));
        for (const QString& name :
             {QString(), QStringLiteral("/etc/passwd"), QStringLiteral("../up.txt"),
              QStringLiteral("a/../../b"), QStringLiteral("a\\b"), QStringLiteral("dir/")}) {
            const Status s = zip.add(name, "x");
            QVERIFY2(!s.ok(), qPrintable(name));
            QCOMPARE(s.error().code, ErrorCode::Invalid);
        }
        QVERIFY(zip.add(QStringLiteral("a.txt"), "1").ok());
        const Status duplicate = zip.add(QStringLiteral("a.txt"), "2");
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().code, ErrorCode::Invalid);
        QVERIFY(zip.commit().ok());
        const ProcessResult r = unzip({"-p", dir.filePath(QStringLiteral("export.zip")), "a.txt"});
        QCOMPARE(r.out, QByteArray("1"));
    }

    void emptyArchive()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.zip"));
        {
            ZipWriter zip(path);
            QVERIFY(zip.commit().ok());
        }
        const ProcessResult r = unzip({"-Z1", path});
        QVERIFY2(QFileInfo(path).size() == 22, qPrintable(r.all()));
        QVERIFY2(r.all().contains("Empty zipfile") || r.exitCode == 0 || r.exitCode == 1,
                 qPrintable(r.all()));
    }
};

QTEST_GUILESS_MAIN(tst_ZipWriter)
#include "tst_ZipWriter.moc"
