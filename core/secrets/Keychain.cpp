#include "secrets/Keychain.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace certdesk {
namespace {

constexpr int kTimeoutMs = 15000;
const QString kProbeKey = QStringLiteral("availability-probe");

enum class Outcome { Finished, TimedOut, NoApplication };

// Starts the job and spins a local event loop until it finishes or the timeout passes. A job that
// times out is handed over to QtKeychain (auto-delete) so that a late answer cannot touch freed memory.
template <typename JobT> Outcome runJob(std::unique_ptr<JobT>& job)
{
    if (!QCoreApplication::instance())
        return Outcome::NoApplication;
    job->setAutoDelete(false);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool finished = false;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(kTimeoutMs);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (finished)
        return Outcome::Finished;
    QObject::disconnect(job.get(), nullptr, &loop, nullptr);
    job->setAutoDelete(true);
    (void)job.release(); // owned by its own auto-delete from now on
    return Outcome::TimedOut;
}

Error outcomeError(Outcome outcome, const QString& key)
{
    if (outcome == Outcome::NoApplication)
        return makeError(
            ErrorCode::Io,
            Keychain::tr("The system keychain cannot be used before the application has started."),
            QStringLiteral("no QCoreApplication instance"));
    return makeError(
        ErrorCode::Io,
        Keychain::tr("The system keychain did not answer within %n seconds.", nullptr, kTimeoutMs / 1000),
        QStringLiteral("timeout for key %1").arg(key));
}

Error jobError(const QKeychain::Job& job, const QString& key)
{
    const QString detail = QStringLiteral("QtKeychain error %1 for key %2: %3")
                               .arg(int(job.error()))
                               .arg(key, job.errorString());
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return makeError(ErrorCode::NotFound,
                         Keychain::tr("No secret is stored in the system keychain for this entry."), detail);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return makeError(ErrorCode::Locked, Keychain::tr("Access to the system keychain was denied."),
                         detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return makeError(ErrorCode::Io, Keychain::tr("No system keychain is available on this computer."),
                         detail);
    default:
        return makeError(ErrorCode::Io,
                         Keychain::tr("The system keychain reported an error: %1").arg(job.errorString()),
                         detail);
    }
}

} // namespace

Status Keychain::store(const QString& key, const QByteArray& secret)
{
    auto job = std::make_unique<QKeychain::WritePasswordJob>(QString::fromLatin1(service));
    job->setKey(key);
    job->setBinaryData(secret);
    const Outcome outcome = runJob(job);
    if (outcome != Outcome::Finished)
        return outcomeError(outcome, key);
    if (job->error() != QKeychain::NoError)
        return jobError(*job, key);
    return {};
}

Result<QByteArray> Keychain::load(const QString& key)
{
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(QString::fromLatin1(service));
    job->setKey(key);
    const Outcome outcome = runJob(job);
    if (outcome != Outcome::Finished)
        return outcomeError(outcome, key);
    if (job->error() != QKeychain::NoError)
        return jobError(*job, key);
    return job->binaryData();
}

Status Keychain::remove(const QString& key)
{
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(QString::fromLatin1(service));
    job->setKey(key);
    const Outcome outcome = runJob(job);
    if (outcome != Outcome::Finished)
        return outcomeError(outcome, key);
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        return jobError(*job, key);
    return {};
}

bool Keychain::isAvailable()
{
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(QString::fromLatin1(service));
    job->setKey(kProbeKey);
    if (runJob(job) != Outcome::Finished)
        return false;
    return job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
}

bool Keychain::sessionPresent()
{
#if defined(Q_OS_LINUX)
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
#else
    return true;
#endif
}

QString Keychain::caPassphraseKey(const QString& caFingerprint)
{
    return QStringLiteral("ca-passphrase/") + QString(caFingerprint).remove(QLatin1Char(':'));
}

} // namespace certdesk
