#include "revocation/PublishTarget.h"
#include "store/Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSaveFile>
#include <QStandardPaths>
#include <optional>

namespace certdesk {
namespace {

const QString kFolderKey = QStringLiteral("folder");
const QString kCommandKey = QStringLiteral("command");
constexpr qint64 kMaxFileBytes = 64 * 1024;

struct ProcessChoice
{
    QMutex mutex;
    QString configFile;
    std::optional<PublishTarget> fixed;
};

ProcessChoice& choice()
{
    static ProcessChoice c;
    return c;
}

} // namespace

QString PublishTarget::configPath()
{
    {
        ProcessChoice& c = choice();
        QMutexLocker lock(&c.mutex);
        if (!c.configFile.isEmpty())
            return c.configFile;
    }
    const QString fromEnv = qEnvironmentVariable("CERTDESK_CRL_PUBLISH_CONFIG");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("certdesk/crl-publish.conf"));
}

bool PublishTarget::isFixed()
{
    ProcessChoice& c = choice();
    QMutexLocker lock(&c.mutex);
    return c.fixed.has_value();
}

void PublishTarget::useConfigFile(const QString& path)
{
    ProcessChoice& c = choice();
    QMutexLocker lock(&c.mutex);
    c.configFile = path;
}

void PublishTarget::useFixed(const PublishTarget& fixed)
{
    ProcessChoice& c = choice();
    QMutexLocker lock(&c.mutex);
    c.fixed = fixed;
}

void PublishTarget::clearFixed()
{
    ProcessChoice& c = choice();
    QMutexLocker lock(&c.mutex);
    c.fixed.reset();
}

PublishTarget PublishTarget::current()
{
    {
        ProcessChoice& c = choice();
        QMutexLocker lock(&c.mutex);
        if (c.fixed)
            return *c.fixed;
    }
    auto loaded = load(configPath());
    if (!loaded) {
        qWarning("CRL publish configuration ignored: %s", qPrintable(loaded.error().message));
        return {};
    }
    return loaded.value();
}

Result<PublishTarget> PublishTarget::load(const QString& path)
{
    PublishTarget t;
    QFile file(path);
    if (!file.exists())
        return t;
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("The CRL publish configuration %1 cannot be read: %2")
                                            .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > kMaxFileBytes)
        return makeError(
            ErrorCode::Invalid,
            tr("The CRL publish configuration %1 is too large.").arg(QDir::toNativeSeparators(path)));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? line : line.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : line.mid(eq + 1).trimmed();
        if (eq > 0 && key == kFolderKey)
            t.folder = value;
        else if (eq > 0 && key == kCommandKey)
            t.command = value;
        else
            return makeError(ErrorCode::Invalid,
                             tr("Line %1 of the CRL publish configuration %2 is neither folder=… nor "
                                "command=….")
                                 .arg(i + 1)
                                 .arg(QDir::toNativeSeparators(path)));
    }
    return t;
}

Status PublishTarget::save(const QString& path) const
{
    auto bad = [](const QString& v) {
        return v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'));
    };
    if (bad(folder) || bad(command))
        return makeError(ErrorCode::Invalid, tr("The CRL folder and command must each be one line."));
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::Io,
                         tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(dir)));
    const QByteArray text =
        QByteArrayLiteral("# CertDesk: where this computer publishes the CRL. Local to this "
                          "computer; never kept in the database.\n") +
        kFolderKey.toUtf8() + '=' + folder.trimmed().toUtf8() + '\n' + kCommandKey.toUtf8() + '=' +
        command.trimmed().toUtf8() + '\n';
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size()) {
        file.cancelWriting();
        return makeError(ErrorCode::Io, tr("The CRL publish configuration %1 cannot be written: %2")
                                            .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    // A command another local account could change would run as whoever publishes: owner-only.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.commit())
        return makeError(ErrorCode::Io, tr("The CRL publish configuration %1 cannot be written: %2")
                                            .arg(QDir::toNativeSeparators(path), file.errorString()));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

QProcessEnvironment PublishTarget::commandEnvironment()
{
    QProcessEnvironment env; // empty: nothing is inherited
#ifdef Q_OS_WIN
    QString root = qEnvironmentVariable("SystemRoot");
    if (root.isEmpty())
        root = QStringLiteral("C:\\Windows");
    env.insert(QStringLiteral("SystemRoot"), root);
    env.insert(QStringLiteral("PATH"), QStringList{root + QStringLiteral("\\System32"), root,
                                                   root + QStringLiteral("\\System32\\Wbem")}
                                           .join(QLatin1Char(';')));
#else
    env.insert(QStringLiteral("PATH"),
               QStringLiteral("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"));
#endif
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    return env;
}

bool PublishTarget::databaseHasIgnoredValues(Database& db)
{
    const Settings settings(db);
    return !settings.value(SettingKey::CrlPublishDir).trimmed().isEmpty() ||
           !settings.value(SettingKey::CrlPublishCommand).trimmed().isEmpty();
}

} // namespace certdesk
