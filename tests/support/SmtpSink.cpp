#include "SmtpSink.h"

#include "OpensslCli.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTest>

#include <mutex>

namespace certdesk::test {
namespace {

const QString kPython = QStringLiteral("/usr/bin/python3");

// Debian's python3-aiosmtpd is importable by /usr/bin/python3 only; keep a pyenv or virtualenv's
// variables from redirecting it.
QProcessEnvironment pythonEnvironment()
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PYTHONHOME"));
    env.remove(QStringLiteral("PYTHONPATH"));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    return env;
}

// Runs /usr/bin/python3 -c script with stdin; stdout, or empty and *error.
QByteArray runPython(const QString& script, const QStringList& args, const QByteArray& input, QString* error)
{
    QProcess p;
    p.setProcessEnvironment(pythonEnvironment());
    p.start(kPython, QStringList{QStringLiteral("-c"), script} + args);
    if (!p.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1").arg(kPython);
        return {};
    }
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        *error = QStringLiteral("python timed out");
        return {};
    }
    const QByteArray out = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return out;
}

const char* const kDecodeScript = R"PY(
import base64, email, email.policy, json, sys
raw = sys.stdin.buffer.read()
msg = email.message_from_bytes(raw, policy=email.policy.default)
out = {}
def text(name):
    v = msg.get(name)
    return None if v is None else str(v)
def addrs(name):
    v = msg.get(name)
    return None if v is None else ", ".join(a.addr_spec for a in v.addresses)
for key, name in (("subject", "Subject"), ("from", "From"), ("to", "To"), ("reply_to", "Reply-To"),
                  ("date", "Date"), ("message_id", "Message-ID"), ("mime_version", "MIME-Version"),
                  ("auto_submitted", "Auto-Submitted")):
    out[key] = text(name)
out["to_addr"] = addrs("To")
out["reply_to_addr"] = addrs("Reply-To")
frm = msg.get("From")
if frm is not None and frm.addresses:
    out["from_name"] = frm.addresses[0].display_name
    out["from_addr"] = frm.addresses[0].addr_spec
date = msg.get("Date")
out["date_iso"] = date.datetime.isoformat() if date is not None and date.datetime else None
out["content_type"] = msg.get_content_type()
defects = []
for part in msg.walk():
    defects += ["%s: %s" % (type(d).__name__, d) for d in part.defects]
    for name, value in part.items():
        defects += ["%s: %s: %s" % (name, type(d).__name__, d) for d in getattr(value, "defects", ())]
out["defects"] = defects
body = msg.get_body(preferencelist=("plain",))
if body is not None:
    out["body"] = body.get_content()
    out["body_cte"] = body.get("Content-Transfer-Encoding")
    out["body_charset"] = body.get_content_charset()
atts = []
for part in msg.iter_attachments():
    atts.append({"filename": part.get_filename(), "content_type": part.get_content_type(),
                 "disposition": part.get_content_disposition(),
                 "cte": part.get("Content-Transfer-Encoding"),
                 "data_base64": base64.b64encode(part.get_payload(decode=True) or b"").decode()})
out["attachments"] = atts
lines = raw.replace(b"\r\n", b"\n").split(b"\n")
out["max_line_length"] = max(len(l) for l in lines)
out["eight_bit"] = any(b >= 0x80 for b in raw)
print(json.dumps(out))
)PY";

const char* const kDecodeHeaderScript = R"PY(
import sys
from email.header import decode_header, make_header
sys.stdout.write(str(make_header(decode_header(sys.stdin.buffer.read().decode("ascii")))))
)PY";

QString sinkScript()
{
    return QStringLiteral(CERTDESK_SMTP_SINK_SCRIPT);
}

} // namespace

// ------------------------------------------------------------------------------------------ ReceivedMail

QString ReceivedMail::mailFrom() const
{
    return envelope.value(QLatin1String("mail_from")).toString();
}

QStringList ReceivedMail::rcptTos() const
{
    QStringList out;
    for (const auto& v : envelope.value(QLatin1String("rcpt_tos")).toArray())
        out << v.toString();
    return out;
}

bool ReceivedMail::tls() const
{
    return envelope.value(QLatin1String("tls")).toBool();
}

QString ReceivedMail::authUser() const
{
    return envelope.value(QLatin1String("auth_user")).toString();
}

QJsonObject decodeWithPython(const QByteArray& raw)
{
    QString error;
    const QByteArray out = runPython(QString::fromUtf8(kDecodeScript), {}, raw, &error);
    if (out.isEmpty())
        return QJsonObject{{QStringLiteral("error"), error}};
    return QJsonDocument::fromJson(out).object();
}

QString decodeHeaderWithPython(const QByteArray& headerValue)
{
    QString error;
    const QByteArray out = runPython(QString::fromUtf8(kDecodeHeaderScript), {}, headerValue, &error);
    return out.isEmpty() && !error.isEmpty() ? QStringLiteral("<python error: %1>").arg(error)
                                             : QString::fromUtf8(out);
}

// ------------------------------------------------------------------------------------------- SmtpSink

bool SmtpSink::required()
{
    return qEnvironmentVariable("CERTDESK_REQUIRE_SMTP") == QLatin1String("1");
}

bool SmtpSink::aiosmtpdAvailable(QString* why)
{
    static std::once_flag once;
    static bool available = false;
    static QString reason;
    std::call_once(once, [] {
        QString error;
        const QByteArray out =
            runPython(QStringLiteral("import aiosmtpd; print(aiosmtpd.__version__)"), {}, {}, &error);
        available = !out.trimmed().isEmpty();
        if (!available)
            reason = QStringLiteral("%1 cannot import aiosmtpd (Debian package python3-aiosmtpd): %2")
                         .arg(kPython, error.trimmed());
    });
    if (!available && why)
        *why = reason;
    return available;
}

std::unique_ptr<SmtpSink> SmtpSink::create(const Options& options, QString* why, bool* mustFail)
{
    *mustFail = required();
    if (!aiosmtpdAvailable(why))
        return nullptr;
    std::unique_ptr<SmtpSink> sink(new SmtpSink);
    if (!sink->m_dir.isValid()) {
        *why = QStringLiteral("no temporary folder");
        *mustFail = true;
        return nullptr;
    }
    sink->m_tls = options.tls;
    sink->m_port = options.port;
    sink->m_user = options.user;
    sink->m_password = options.password;
    sink->m_mailDir = QDir(sink->m_dir.path()).filePath(QStringLiteral("mail"));
    // From here on a problem is a broken test set-up, never a reason to skip.
    if (options.tls != Tls::None && !sink->makeCertificate(why)) {
        *mustFail = true;
        return nullptr;
    }
    if (!sink->start(why)) {
        *mustFail = true;
        return nullptr;
    }
    return sink;
}

std::unique_ptr<SmtpSink> SmtpSink::shared(QString* why, bool* mustFail)
{
    const QString host = qEnvironmentVariable("CERTDESK_TEST_SMTP_HOST");
    if (host.isEmpty())
        return create({Tls::StartTls, QStringLiteral("certdesk"), QStringLiteral("shared-sink-pw-7Qx")}, why,
                      mustFail);
    *mustFail = true;
    std::unique_ptr<SmtpSink> sink(new SmtpSink);
    sink->m_shared = true;
    sink->m_host = host;
    sink->m_port = qEnvironmentVariableIntValue("CERTDESK_TEST_SMTP_PORT");
    sink->m_user = qEnvironmentVariable("CERTDESK_TEST_SMTP_USER");
    sink->m_password = qEnvironmentVariable("CERTDESK_TEST_SMTP_PASSWORD");
    sink->m_caFile = qEnvironmentVariable("CERTDESK_TEST_SMTP_CAFILE");
    sink->m_mailDir = qEnvironmentVariable("CERTDESK_TEST_SMTP_MAILDIR");
    sink->m_tls = Tls::StartTls;
    if (sink->m_port <= 0 || sink->m_mailDir.isEmpty() || !QFileInfo::exists(sink->m_caFile)) {
        *why = QStringLiteral("CERTDESK_TEST_SMTP_HOST is set but PORT, MAILDIR or CAFILE is missing");
        return nullptr;
    }
    return sink;
}

SmtpSink::~SmtpSink()
{
    stop();
}

bool SmtpSink::makeCertificate(QString* why)
{
    m_caFile = QDir(m_dir.path()).filePath(QStringLiteral("server-cert.pem"));
    m_keyFile = QDir(m_dir.path()).filePath(QStringLiteral("server-key.pem"));
    const auto r = runOpenssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                               "-nodes", "-keyout", m_keyFile, "-out", m_caFile, "-days", "2", "-subj",
                               "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"});
    if (r.exitCode != 0) {
        *why = QStringLiteral("openssl req failed: %1").arg(r.all());
        return false;
    }
    return true;
}

bool SmtpSink::isRunning() const
{
    return m_shared || (m_process && m_process->state() == QProcess::Running);
}

bool SmtpSink::start(QString* why)
{
    QString dummy;
    if (!why)
        why = &dummy;
    if (m_shared) {
        *why = QStringLiteral("the shared SMTP server is not ours to start");
        return false;
    }
    if (isRunning())
        return true;
    QStringList args{sinkScript(),
                     QStringLiteral("--host"),
                     m_host,
                     QStringLiteral("--port"),
                     QString::number(m_port),
                     QStringLiteral("--maildir"),
                     m_mailDir};
    if (m_tls == Tls::StartTls)
        args << QStringLiteral("--starttls") << m_caFile << m_keyFile;
    else if (m_tls == Tls::Implicit)
        args << QStringLiteral("--tls") << m_caFile << m_keyFile;
    if (!m_user.isEmpty())
        args << QStringLiteral("--auth") << m_user + QLatin1Char(':') + m_password;

    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(pythonEnvironment());
    // stderr into a file: a chatty sink can never block on a full pipe.
    m_process->setStandardErrorFile(logPath(), QIODevice::Append);
    m_process->start(kPython, args);
    if (!m_process->waitForStarted(10000)) {
        *why = QStringLiteral("cannot start %1 %2").arg(kPython, sinkScript());
        return false;
    }
    QByteArray out;
    QDeadlineTimer deadline(30000);
    while (!out.contains('\n') && !deadline.hasExpired() && m_process->state() == QProcess::Running) {
        m_process->waitForReadyRead(200);
        out += m_process->readAllStandardOutput();
    }
    const QByteArray line = out.left(out.indexOf('\n')).trimmed();
    if (!line.startsWith("ready ")) {
        stop();
        *why = QStringLiteral("the SMTP sink did not start: %1 %2").arg(QString::fromUtf8(out), serverLog());
        return false;
    }
    m_port = line.mid(6).toInt();
    return true;
}

void SmtpSink::stop()
{
    if (!m_process)
        return;
    stopProcess(*m_process);
    m_process.reset();
}

QString SmtpSink::logPath() const
{
    return QDir(m_dir.path()).filePath(QStringLiteral("sink.log"));
}

QString SmtpSink::serverLog() const
{
    QFile log(logPath());
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

SmtpSettings SmtpSink::settings(const QString& sender) const
{
    SmtpSettings s;
    s.host = m_host;
    s.port = m_port;
    s.security = m_tls == Tls::StartTls   ? SmtpSecurity::StartTls
                 : m_tls == Tls::Implicit ? SmtpSecurity::Tls
                                          : SmtpSecurity::None;
    s.user = m_user;
    s.caFile = m_caFile;
    s.sender = sender;
    s.timeoutSeconds = 20;
    return s;
}

QList<ReceivedMail> SmtpSink::messages() const
{
    QList<ReceivedMail> out;
    const QDir dir(m_mailDir);
    // The sink writes NNNN.eml first and NNNN.json last (atomically): a .json means a complete message.
    const QStringList envelopes = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : envelopes) {
        ReceivedMail mail;
        mail.id = name.chopped(5);
        QFile json(dir.filePath(name));
        QFile eml(dir.filePath(mail.id + QStringLiteral(".eml")));
        if (!json.open(QIODevice::ReadOnly) || !eml.open(QIODevice::ReadOnly))
            continue;
        mail.envelope = QJsonDocument::fromJson(json.readAll()).object();
        mail.raw = eml.readAll();
        out.append(mail);
    }
    return out;
}

QList<ReceivedMail> SmtpSink::messagesTo(const QString& address) const
{
    QList<ReceivedMail> out;
    for (const ReceivedMail& m : messages()) {
        if (m.rcptTos().contains(address, Qt::CaseInsensitive))
            out.append(m);
    }
    return out;
}

bool SmtpSink::waitForMessages(int count, int timeoutMs, const QString& address) const
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const auto n = address.isEmpty() ? messages().size() : messagesTo(address).size();
        if (n >= count)
            return true;
        if (deadline.hasExpired())
            return false;
        QTest::qWait(50);
    }
}

} // namespace certdesk::test
