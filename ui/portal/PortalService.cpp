#include "PortalService.h"
#include "AppSession.h"
#include "PortalServer.h"

#include <QHostInfo>
#include <QSettings>
#include <QTime>

namespace certdesk {
namespace {

const QString kEnabled = QStringLiteral("portal/enabled");
const QString kAddress = QStringLiteral("portal/address");
const QString kPort = QStringLiteral("portal/port");
const QString kTlsCert = QStringLiteral("portal/tlsCertFile");
const QString kTlsKey = QStringLiteral("portal/tlsKeyFile");

bool isWildcard(const QHostAddress& a)
{
    return a == QHostAddress(QHostAddress::AnyIPv4) || a == QHostAddress(QHostAddress::AnyIPv6) ||
           a == QHostAddress(QHostAddress::Any);
}

} // namespace

PortalService::Preferences PortalService::preferences()
{
    QSettings s;
    Preferences p;
    p.enabled = s.value(kEnabled, false).toBool();
    p.address = s.value(kAddress, p.address).toString();
    p.port = quint16(qBound(0, s.value(kPort, int(p.port)).toInt(), 65535));
    p.tlsCertFile = s.value(kTlsCert).toString();
    p.tlsKeyFile = s.value(kTlsKey).toString();
    return p;
}

void PortalService::savePreferences(const Preferences& prefs)
{
    QSettings s;
    s.setValue(kEnabled, prefs.enabled);
    s.setValue(kAddress, prefs.address);
    s.setValue(kPort, int(prefs.port));
    s.setValue(kTlsCert, prefs.tlsCertFile);
    s.setValue(kTlsKey, prefs.tlsKeyFile);
}

PortalService& PortalService::of(AppSession& session)
{
    if (auto* existing = session.findChild<PortalService*>(QString(), Qt::FindDirectChildrenOnly))
        return *existing;
    return *new PortalService(session);
}

PortalService::PortalService(AppSession& session)
    : QObject(&session), m_session(session),
      m_ctx(std::make_shared<WorkflowContext>(session.db(), Actor::system(), session.clock()))
{
    setObjectName(QStringLiteral("portalService"));
    m_ctx->setQuietPassphraseProvider(&AppSession::quietPassphrase);
    connect(&session, &AppSession::caChanged, this, &PortalService::restartForNewCa);
}

PortalService::~PortalService()
{
    if (m_server) {
        m_server->disconnect(this); // the session (our parent) is being destroyed: no signals back
        m_server->stop();
    }
}

Status PortalService::start(const QString& address, quint16 port, const QString& tlsCertFile,
                            const QString& tlsKeyFile)
{
    const QString text = address.trimmed();
    QHostAddress host;
    if (text.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        host = QHostAddress(QHostAddress::LocalHost);
    else if (!host.setAddress(text))
        return makeError(
            ErrorCode::Invalid,
            tr("\"%1\" is not an IP address. Use 127.0.0.1 for this computer only, or 0.0.0.0 for every "
               "network (with a TLS certificate and key).")
                .arg(text));
    const QString certFile = tlsCertFile.trimmed();
    const QString keyFile = tlsKeyFile.trimmed();
    if (certFile.isEmpty() != keyFile.isEmpty())
        return makeError(ErrorCode::Invalid,
                         tr("Give both the TLS certificate file and its key file, or neither."));
    stop();
    auto server = std::make_unique<PortalServer>(m_ctx);
    connect(server.get(), &PortalServer::logLine, this, &PortalService::appendLog);
    PortalOptions options;
    options.address = host;
    options.port = port;
    options.tlsCertFile = certFile;
    options.tlsKeyFile = keyFile;
    options.plainHttpOnlyOnLoopback = true;
    if (auto s = server->start(options); !s) {
        m_lastError = s.error().message;
        appendLog(m_lastError);
        emit stateChanged();
        return s;
    }
    m_server = std::move(server);
    // Like certdesk-portal: the CRL follows revocations committed anywhere within a second, and a CA
    // created or imported elsewhere gets its OCSP signer at once (the session's change feed).
    if (ChangeFeed* feed = m_session.changeFeed())
        m_server->follow(feed);
    m_lastError.clear();
    savePreferences({true, text, port, certFile, keyFile});
    emit stateChanged();
    return {};
}

void PortalService::stop()
{
    if (m_server) {
        m_server->stop();
        m_server.reset();
    }
    Preferences p = preferences();
    if (p.enabled) {
        p.enabled = false;
        savePreferences(p);
    }
    emit stateChanged();
}

Status PortalService::startIfEnabled()
{
    const Preferences p = preferences();
    if (!p.enabled || isRunning())
        return {};
    auto s = start(p.address, p.port, p.tlsCertFile, p.tlsKeyFile);
    if (!s) {
        Preferences keep = p; // a port in use at start-up: try again at the next start
        savePreferences(keep);
    }
    return s;
}

void PortalService::restartForNewCa()
{
    m_ctx->forgetUnlockedCa();
    if (!isRunning())
        return;
    const Preferences p = preferences();
    (void)start(p.address, p.port, p.tlsCertFile, p.tlsKeyFile); // OCSP signers of the new CA at once
}

bool PortalService::isRunning() const
{
    return m_server && m_server->isRunning();
}

quint16 PortalService::port() const
{
    return isRunning() ? m_server->port() : 0;
}

QString PortalService::baseUrl() const
{
    return isRunning() ? m_server->baseUrl() : QString();
}

QString PortalService::suggestedPortalUrl() const
{
    if (!isRunning())
        return {};
    QHostAddress host;
    if (host.setAddress(preferences().address) && isWildcard(host)) {
        const QString name = QHostInfo::localHostName();
        if (!name.isEmpty())
            return QStringLiteral("%1://%2:%3")
                .arg(m_server->baseUrl().section(QLatin1Char(':'), 0, 0), name)
                .arg(m_server->port());
    }
    return m_server->baseUrl();
}

QString PortalService::statusText() const
{
    if (isRunning()) {
        if (m_server->ocspEnabled())
            return tr("Listening on %1; OCSP on.").arg(m_server->baseUrl());
        return tr("Listening on %1; OCSP off: %2").arg(m_server->baseUrl(), m_server->ocspProblem());
    }
    if (!m_lastError.isEmpty())
        return tr("Not running: %1").arg(m_lastError);
    return tr("Not running.");
}

void PortalService::appendLog(const QString& line)
{
    const QString stamped = QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + line;
    m_log.append(stamped);
    while (m_log.size() > MaxLogLines)
        m_log.removeFirst();
    emit logLine(stamped);
}

} // namespace certdesk
