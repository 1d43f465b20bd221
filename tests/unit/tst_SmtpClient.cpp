// SmtpClient (libcurl SMTP + MIME) against a real SMTP server: tests/support/smtp_sink.py on Debian's
// python3-aiosmtpd. What arrives is decoded by Python's email package (an independent MIME/RFC 2047/
// RFC 2231 decoder) and the .p12 attachment is opened with `openssl pkcs12`.
#include "OpensslCli.h"
#include "SmtpSink.h"
#include "ca/ClientCertificate.h"
#include "ca/Pkcs12Bundle.h"
#include "mail/SmtpClient.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QStringDecoder>
#include <QTcpServer>
#include <QtTest>

#include <thread>

using namespace certdesk;
using certdesk::test::ReceivedMail;
using certdesk::test::SmtpSink;

namespace {

const QString kSubject = QStringLiteral("【大塚商事】証明書のダウンロードのお願い");
const QString kSender = QStringLiteral("certdesk@otsuka-shoji.example.jp");
const QString kSenderName = QStringLiteral("大塚商事 情報システム部");
const QString kReplyTo = QStringLiteral("helpdesk@otsuka-shoji.example.jp");
const QString kTo = QStringLiteral("taro.otsuka@example.jp");
const QByteArray kP12Password = "Kp7-mail-test-pw";
const QString kJapaneseFileName = QStringLiteral("大塚太郎のiPhone用証明書（2024年版）.p12");
const QString kSmtpUser = QStringLiteral("certdesk-sender");
const QByteArray kSmtpPassword = "Sm7p-Secret-Pa55word";

QString sampleBody()
{
    QString longLine;
    for (int i = 0; i < 40; ++i)
        longLine += QStringLiteral("証明書ダウンロードURL%1 ").arg(i); // one line of ~600 characters
    return QStringLiteral("大塚 太郎 様\n\n"
                          "端末（iPhone）用のクライアント証明書を発行しました。\n"
                          "下記のURLから期限までにダウンロードしてください。\n"
                          ".\n"
                          "From the helpdesk: https://certs.example.jp/download?token=abc&x=1\n") +
           longLine + QStringLiteral("\n\n-- \n大塚商事 情報システム部\n");
}

MailMessage sampleMessage(const QString& to, const QList<MailAttachment>& attachments = {})
{
    MailMessage m;
    m.to = to;
    m.subject = kSubject;
    m.body = sampleBody();
    m.attachments = attachments;
    return m;
}

QString normalizeNewlines(QString s)
{
    return s.replace(QLatin1String("\r\n"), QLatin1String("\n"));
}

QString stringOf(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

// Every header line of the raw message that holds an encoded word.
QList<QByteArray> encodedHeaderLines(const QByteArray& raw)
{
    const QByteArray headerBlock = raw.left(raw.indexOf("\r\n\r\n"));
    QList<QByteArray> out;
    for (const QByteArray& line : headerBlock.split('\n')) {
        if (line.contains("=?"))
            out.append(line.trimmed());
    }
    return out;
}

} // namespace

class tst_SmtpClient : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QByteArray m_p12;

private slots:
    void initTestCase()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto ca = CertificateAuthority::createRoot({QStringLiteral("Mail Test CA"), {}, {}}, KeyType::EcP256,
                                                   30, FixedClock(now));
        QVERIFY(ca.ok());
        auto key = PrivateKey::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        ClientCertificateRequest request;
        request.loginId = QStringLiteral("taro");
        request.email = kTo;
        auto leaf = ClientCertificateSigner::sign(ca.value(), key.value(), request, FixedClock(now));
        QVERIFY(leaf.ok());
        auto p12 =
            Pkcs12Bundle::build(Pkcs12Profile::Compatible, key.value(), leaf.value(),
                                {ca.value().certificate()}, QStringLiteral("taro iPhone"), kP12Password);
        QVERIFY2(p12.ok(), qPrintable(p12.error().message));
        m_p12 = p12.value();
    }

    void securityIds()
    {
        for (SmtpSecurity s : {SmtpSecurity::None, SmtpSecurity::StartTls, SmtpSecurity::Tls}) {
            SmtpSecurity back = SmtpSecurity::None;
            QVERIFY(smtpSecurityFromId(smtpSecurityId(s), &back));
            QCOMPARE(back, s);
        }
        QCOMPARE(smtpSecurityId(SmtpSecurity::StartTls), QStringLiteral("starttls"));
        SmtpSecurity out = SmtpSecurity::None;
        QVERIFY(!smtpSecurityFromId(QStringLiteral("ssl3"), &out));
        QVERIFY(smtpSecurityFromId(QStringLiteral(" TLS "), &out));
        QCOMPARE(out, SmtpSecurity::Tls);
    }

    void encodeHeaderWord_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii") << QStringLiteral("Your certificate is ready");
        QTest::newRow("japanese") << kSubject;
        QTest::newRow("long-japanese") << kSubject.repeated(6);
        QTest::newRow("4-byte") << QStringLiteral("🔐𠮷野家").repeated(20);
        QTest::newRow("mixed") << QStringLiteral("Re: 証明書 (iPhone) — ready ✓");
        QTest::newRow("ascii-looking-like-a-word") << QStringLiteral("=?UTF-8?B?abc?= literally");
    }
    void encodeHeaderWord()
    {
        QFETCH(QString, text);
        const QByteArray encoded = SmtpClient::encodeHeaderWord(text);
        QVERIFY(!encoded.isEmpty());
        for (const char c : encoded)
            QVERIFY2(static_cast<unsigned char>(c) < 0x80, encoded.constData());
        const bool plain = !text.contains(QLatin1String("=?")) &&
                           std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x7f; });
        if (plain) {
            QCOMPARE(encoded, text.toLatin1());
            return;
        }
        // Words of at most 75 characters, lines ("Subject: " + word) of at most 76, each word whole UTF-8.
        const QList<QByteArray> words = encoded.split('\n');
        for (QByteArray word : words) {
            word = word.trimmed();
            QVERIFY2(word.startsWith("=?UTF-8?B?") && word.endsWith("?="), word.constData());
            QVERIFY2(word.size() <= 75, word.constData());
            QVERIFY(word.size() + int(sizeof("Subject: ")) - 1 <= 76);
            const QByteArray bytes = QByteArray::fromBase64(word.mid(10, word.size() - 12));
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString piece = decoder(bytes);
            QVERIFY2(!decoder.hasError(), word.constData());
            QVERIFY(!piece.isEmpty());
        }
        QCOMPARE(test::decodeHeaderWithPython(encoded), text);
    }

    void plainSendArrivesIntact()
    {
        CERTDESK_SMTP_SINK(sink, SmtpSink::Options{});
        QByteArray binary;
        for (int i = 0; i < 3000; ++i)
            binary.append(char(i * 7 % 256));
        const MailMessage message = sampleMessage(
            kTo, {{QStringLiteral("taro-ios-app.p12"), QStringLiteral("application/x-pkcs12"), m_p12},
                  {kJapaneseFileName, QStringLiteral("application/octet-stream"), binary}});
        SmtpSettings settings = sink->settings(kSender);
        settings.senderName = kSenderName;
        settings.replyTo = kReplyTo;
        const Status sent = SmtpClient::send(settings, {}, message);
        QVERIFY2(sent.ok(), qPrintable(sent.error().message + QLatin1Char(' ') + sent.error().detail));
        QVERIFY(sink->waitForMessages(1));
        const QList<ReceivedMail> mails = sink->messages();
        QCOMPARE(mails.size(), 1);
        const ReceivedMail& mail = mails.first();

        // Envelope.
        QCOMPARE(mail.mailFrom(), kSender);
        QCOMPARE(mail.rcptTos(), QStringList{kTo});
        QVERIFY(!mail.tls());
        QVERIFY(mail.authUser().isEmpty());

        // Raw form: 7-bit, short lines, encoded-word lines within RFC 2047's 76.
        const QJsonObject d = test::decodeWithPython(mail.raw);
        QVERIFY2(!d.contains(QLatin1String("error")), qPrintable(stringOf(d, "error")));
        QVERIFY2(!d.value(QLatin1String("eight_bit")).toBool(), "raw message is not 7-bit");
        QVERIFY(d.value(QLatin1String("max_line_length")).toInt() <= 998);
        for (const QByteArray& line : encodedHeaderLines(mail.raw))
            QVERIFY2(line.size() <= 76, line.constData());
        // The only defects Python reports are the deliberate RFC 2047 word inside name="..." on the
        // Content-Type of the Japanese-named attachment (what Thunderbird and Japanese mailers write for
        // clients without RFC 2231); Content-Disposition carries the standard filename*=.
        for (const auto& defect : d.value(QLatin1String("defects")).toArray()) {
            const QString text = defect.toString();
            QVERIFY2(text.startsWith(QLatin1String("Content-Type: InvalidHeaderDefect: ")) &&
                         (text.endsWith(QLatin1String("encoded word inside quoted string")) ||
                          text.endsWith(QLatin1String("missing trailing whitespace after encoded-word"))),
                     qPrintable(text));
        }

        // Headers, decoded by Python.
        QCOMPARE(stringOf(d, "subject"), kSubject);
        QCOMPARE(stringOf(d, "from_name"), kSenderName);
        QCOMPARE(stringOf(d, "from_addr"), kSender);
        QCOMPARE(stringOf(d, "to_addr"), kTo);
        QCOMPARE(stringOf(d, "reply_to_addr"), kReplyTo);
        QCOMPARE(stringOf(d, "mime_version"), QStringLiteral("1.0"));
        QCOMPARE(stringOf(d, "auto_submitted"), QStringLiteral("auto-generated"));
        QVERIFY2(!stringOf(d, "date_iso").isEmpty(), qPrintable(stringOf(d, "date")));
        const QDateTime date = QDateTime::fromString(stringOf(d, "date_iso"), Qt::ISODate);
        QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QVERIFY2(stringOf(d, "message_id").endsWith(QLatin1String("@otsuka-shoji.example.jp>")),
                 qPrintable(stringOf(d, "message_id")));
        QCOMPARE(stringOf(d, "content_type"), QStringLiteral("multipart/mixed"));

        // Body: UTF-8 in base64, canonical CRLF lines, identical text.
        QCOMPARE(stringOf(d, "body_charset").toLower(), QStringLiteral("utf-8"));
        QCOMPARE(stringOf(d, "body_cte").toLower(), QStringLiteral("base64"));
        QCOMPARE(normalizeNewlines(stringOf(d, "body")), sampleBody());
        QVERIFY(stringOf(d, "body").contains(QLatin1String("\r\n")));

        // Attachments: names (ASCII and RFC 2231 Japanese), types, bytes.
        const QJsonArray atts = d.value(QLatin1String("attachments")).toArray();
        QCOMPARE(atts.size(), 2);
        const QJsonObject p12 = atts.at(0).toObject();
        QCOMPARE(stringOf(p12, "filename"), QStringLiteral("taro-ios-app.p12"));
        QCOMPARE(stringOf(p12, "content_type"), QStringLiteral("application/x-pkcs12"));
        QCOMPARE(stringOf(p12, "disposition"), QStringLiteral("attachment"));
        QCOMPARE(stringOf(p12, "cte").toLower(), QStringLiteral("base64"));
        const QByteArray p12Bytes = QByteArray::fromBase64(stringOf(p12, "data_base64").toLatin1());
        QCOMPARE(p12Bytes, m_p12);
        const QJsonObject other = atts.at(1).toObject();
        QCOMPARE(stringOf(other, "filename"), kJapaneseFileName);
        QCOMPARE(stringOf(other, "disposition"), QStringLiteral("attachment"));
        QCOMPARE(QByteArray::fromBase64(stringOf(other, "data_base64").toLatin1()), binary);
        QVERIFY2(mail.raw.contains("filename*0*=UTF-8''"), "RFC 2231 file name parameter expected");

        // The attachment as received opens with openssl and its password.
        const QString path = test::writeFile(m_dir, QStringLiteral("received.p12"), p12Bytes);
        const auto opened = test::runOpenssl({"pkcs12", "-in", path, "-nodes", "-legacy", "-passin",
                                              "pass:" + QString::fromLatin1(kP12Password)});
        QVERIFY2(opened.exitCode == 0, qPrintable(opened.all()));
        QVERIFY(opened.out.contains("-----BEGIN CERTIFICATE-----"));
        QVERIFY(opened.out.contains("PRIVATE KEY-----"));
        const auto wrong =
            test::runOpenssl({"pkcs12", "-in", path, "-nodes", "-legacy", "-passin", "pass:wrong"});
        QVERIFY(wrong.exitCode != 0);
    }

    void startTlsWithAuth()
    {
        CERTDESK_SMTP_SINK(sink, (SmtpSink::Options{SmtpSink::Tls::StartTls, kSmtpUser,
                                                    QString::fromLatin1(kSmtpPassword)}));
        const SmtpSettings settings = sink->settings(kSender);
        QCOMPARE(settings.security, SmtpSecurity::StartTls);
        QVERIFY(!settings.caFile.isEmpty());
        const Status sent = SmtpClient::send(settings, kSmtpPassword, sampleMessage(kTo));
        QVERIFY2(sent.ok(), qPrintable(sent.error().message + QLatin1Char(' ') + sent.error().detail));
        QVERIFY(sink->waitForMessages(1));
        const ReceivedMail mail = sink->messages().first();
        QVERIFY(mail.tls());
        QCOMPARE(mail.authUser(), kSmtpUser);
        QCOMPARE(stringOf(test::decodeWithPython(mail.raw), "subject"), kSubject);
    }

    void wrongPasswordIsLocked()
    {
        CERTDESK_SMTP_SINK(sink, (SmtpSink::Options{SmtpSink::Tls::StartTls, kSmtpUser,
                                                    QString::fromLatin1(kSmtpPassword)}));
        const QByteArray wrongPassword = "Wr0ng-Guess-9xQ";
        const Status sent = SmtpClient::send(sink->settings(kSender), wrongPassword, sampleMessage(kTo));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, ErrorCode::Locked);
        QCOMPARE(sent.error().message, QStringLiteral("The mail server refused the user name or password."));
        for (const QString& text : {sent.error().message, sent.error().detail}) {
            QVERIFY(!text.contains(QString::fromLatin1(wrongPassword)));
            QVERIFY(!text.contains(QString::fromLatin1(kSmtpPassword)));
            QVERIFY(!text.contains(QString::fromLatin1(wrongPassword.toBase64())));
            QVERIFY(!text.contains(
                QString::fromLatin1(("\0" + kSmtpUser.toUtf8() + '\0' + wrongPassword).toBase64())));
        }
        QVERIFY(sink->messages().isEmpty());
    }

    void untrustedCertificateFailsTls()
    {
        CERTDESK_SMTP_SINK(sink, (SmtpSink::Options{SmtpSink::Tls::StartTls, kSmtpUser,
                                                    QString::fromLatin1(kSmtpPassword)}));
        SmtpSettings settings = sink->settings(kSender);
        settings.caFile.clear(); // the system store does not know the sink's self-signed certificate
        const Status sent = SmtpClient::send(settings, kSmtpPassword, sampleMessage(kTo));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, ErrorCode::Io);
        QVERIFY2(sent.error().message.startsWith(
                     QStringLiteral("The secure connection (TLS) to 127.0.0.1 failed: ")),
                 qPrintable(sent.error().message));
        QVERIFY(!sent.error().detail.contains(QString::fromLatin1(kSmtpPassword)));
        QVERIFY(sink->messages().isEmpty());
    }

    // Security review #13 item 11: with a user but no TLS, CertDesk refuses before it connects, unless
    // the administrator allowed the password over an unencrypted connection. The sink accepts AUTH in
    // clear (no TLS configured), so only CertDesk's own refusal keeps the password off the wire.
    void authWithoutTlsRefusedUnlessAllowed()
    {
        CERTDESK_SMTP_SINK(
            sink, (SmtpSink::Options{SmtpSink::Tls::None, kSmtpUser, QString::fromLatin1(kSmtpPassword)}));
        SmtpSettings settings = sink->settings(kSender);
        QCOMPARE(settings.security, SmtpSecurity::None);
        QCOMPARE(settings.user, kSmtpUser);
        QVERIFY(!settings.allowPlainAuth); // the default
        const Status refused = SmtpClient::send(settings, kSmtpPassword, sampleMessage(kTo));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QCOMPARE(
            refused.error().message,
            QStringLiteral("CertDesk does not send the password of %1 to the mail server 127.0.0.1 over a "
                           "connection without TLS. Choose STARTTLS or TLS, or explicitly allow the "
                           "password over an unencrypted connection in the mail server settings.")
                .arg(kSmtpUser));
        QTest::qWait(300);
        QVERIFY(sink->messages().isEmpty());

        settings.allowPlainAuth = true;
        const Status sent = SmtpClient::send(settings, kSmtpPassword, sampleMessage(kTo));
        QVERIFY2(sent.ok(), qPrintable(sent.error().message + QLatin1Char(' ') + sent.error().detail));
        QVERIFY(sink->waitForMessages(1));
        const ReceivedMail mail = sink->messages().first();
        QVERIFY(!mail.tls());
        QCOMPARE(mail.authUser(), kSmtpUser);
    }

    void noTlsAgainstStartTlsServerIsRefused()
    {
        CERTDESK_SMTP_SINK(sink, (SmtpSink::Options{SmtpSink::Tls::StartTls, kSmtpUser,
                                                    QString::fromLatin1(kSmtpPassword)}));
        SmtpSettings settings = sink->settings(kSender);
        settings.security = SmtpSecurity::None;
        settings.allowPlainAuth = true; // past CertDesk's own refusal: the server refuses too
        const Status sent = SmtpClient::send(settings, kSmtpPassword, sampleMessage(kTo));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, ErrorCode::Io);
        QCOMPARE(sent.error().message,
                 QStringLiteral("The mail server 127.0.0.1 refused the mail (response 530)."));
        QVERIFY2(sent.error().detail.contains(QLatin1String("STARTTLS")), qPrintable(sent.error().detail));
        QVERIFY(!sent.error().detail.contains(QString::fromLatin1(kSmtpPassword)));
        QVERIFY(sink->messages().isEmpty());
    }

    void startTlsAgainstPlainServerFails()
    {
        CERTDESK_SMTP_SINK(sink, SmtpSink::Options{});
        SmtpSettings settings = sink->settings(kSender);
        settings.security = SmtpSecurity::StartTls; // required, never silently downgraded
        const Status sent = SmtpClient::send(settings, {}, sampleMessage(kTo));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, ErrorCode::Io);
        QVERIFY2(sent.error().message.startsWith(
                     QStringLiteral("The secure connection (TLS) to 127.0.0.1 failed: ")),
                 qPrintable(sent.error().message));
        QVERIFY(sink->messages().isEmpty());
    }

    void refusedRecipient()
    {
        CERTDESK_SMTP_SINK(sink, SmtpSink::Options{});
        const QString to = QStringLiteral("nobody@refused.invalid");
        const Status sent = SmtpClient::send(sink->settings(kSender), {}, sampleMessage(to));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, ErrorCode::Io);
        QCOMPARE(
            sent.error().message,
            QStringLiteral("The mail server 127.0.0.1 refused the recipient %1 (response 550).").arg(to));
        QVERIFY2(sent.error().detail.contains(QLatin1String("550")), qPrintable(sent.error().detail));
    }

    void unknownHost()
    {
        SmtpSettings settings;
        settings.host = QStringLiteral("no-such-host.invalid");
        settings.port = 25;
        settings.security = SmtpSecurity::StartTls;
        settings.sender = kSender;
        settings.timeoutSeconds = 15;
        const Status sent = SmtpClient::send(settings, {}, sampleMessage(kTo));
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, ErrorCode::Io);
        QCOMPARE(sent.error().message, QStringLiteral("The mail server no-such-host.invalid was not found."));
    }

    void outageThenDelivery()
    {
        CERTDESK_SMTP_SINK(sink, SmtpSink::Options{});
        const SmtpSettings settings = sink->settings(kSender);
        QVERIFY(SmtpClient::send(settings, {}, sampleMessage(kTo)).ok());
        sink->stop();
        const Status down = SmtpClient::send(settings, {}, sampleMessage(kTo));
        QVERIFY(!down.ok());
        QCOMPARE(down.error().code, ErrorCode::Io);
        QCOMPARE(down.error().message,
                 QStringLiteral("Cannot connect to the mail server 127.0.0.1:%1.").arg(settings.port));
        QString why;
        QVERIFY2(sink->start(&why), qPrintable(why));
        QCOMPARE(sink->port(), settings.port);
        const Status up = SmtpClient::send(settings, {}, sampleMessage(kTo));
        QVERIFY2(up.ok(), qPrintable(up.error().message));
        QVERIFY(sink->waitForMessages(2));
        QCOMPARE(sink->messages().size(), 2);
    }

    void silentServerTimesOut()
    {
        QTcpServer silent; // accepts the connection (kernel backlog) and never says a word
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        SmtpSettings settings;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = silent.serverPort();
        settings.security = SmtpSecurity::None;
        settings.sender = kSender;
        settings.timeoutSeconds = 1;
        QElapsedTimer timer;
        timer.start();
        const Status sent = SmtpClient::send(settings, {}, sampleMessage(kTo));
        QVERIFY(!sent.ok());
        QVERIFY(timer.elapsed() < 10000);
        QCOMPARE(sent.error().code, ErrorCode::Io);
        QCOMPARE(sent.error().message,
                 QStringLiteral("The mail server 127.0.0.1:%1 did not answer within 1 second(s).")
                     .arg(settings.port));
        QVERIFY2(sent.error().message.contains(QLatin1String("did not answer within")),
                 qPrintable(sent.error().message));
    }

    void implicitTls()
    {
        CERTDESK_SMTP_SINK(sink, (SmtpSink::Options{SmtpSink::Tls::Implicit, kSmtpUser,
                                                    QString::fromLatin1(kSmtpPassword)}));
        const SmtpSettings settings = sink->settings(kSender);
        QCOMPARE(settings.security, SmtpSecurity::Tls);
        const Status sent = SmtpClient::send(
            settings, kSmtpPassword,
            sampleMessage(kTo,
                          {{QStringLiteral("taro.p12"), QStringLiteral("application/x-pkcs12"), m_p12}}));
        QVERIFY2(sent.ok(), qPrintable(sent.error().message + QLatin1Char(' ') + sent.error().detail));
        QVERIFY(sink->waitForMessages(1));
        const ReceivedMail mail = sink->messages().first();
        QVERIFY(mail.tls());
        QCOMPARE(mail.authUser(), kSmtpUser);
        const QJsonArray atts =
            test::decodeWithPython(mail.raw).value(QLatin1String("attachments")).toArray();
        QCOMPARE(atts.size(), 1);
        QCOMPARE(QByteArray::fromBase64(
                     atts.at(0).toObject().value(QLatin1String("data_base64")).toString().toLatin1()),
                 m_p12);

        // Plain SMTP against the TLS port fails cleanly (no hang, no crash).
        SmtpSettings plain = settings;
        plain.security = SmtpSecurity::None;
        plain.allowPlainAuth = true;
        plain.timeoutSeconds = 1;
        QVERIFY(!SmtpClient::send(plain, kSmtpPassword, sampleMessage(kTo)).ok());
    }

    void headerInjectionRefused()
    {
        CERTDESK_SMTP_SINK(sink, SmtpSink::Options{});
        MailMessage message = sampleMessage(kTo);
        message.subject = QStringLiteral("Hello\r\nBcc: victim@example.com");
        const Status sent = SmtpClient::send(sink->settings(kSender), {}, message);
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, ErrorCode::Invalid);
        MailMessage badTo = sampleMessage(QStringLiteral("a@example.jp>\nRCPT TO:<b@example.jp"));
        QCOMPARE(SmtpClient::send(sink->settings(kSender), {}, badTo).error().code, ErrorCode::Invalid);
        const Status named = SmtpClient::send(sink->settings(kSender), {},
                                              sampleMessage(QStringLiteral("Taro <taro@example.jp>")));
        QCOMPARE(named.error().code, ErrorCode::Invalid);
        QCOMPARE(named.error().message,
                 QStringLiteral("The mail address Taro <taro@example.jp> is not valid."));
        SmtpSettings urlTrick = sink->settings(kSender);
        urlTrick.host = QStringLiteral("user@127.0.0.1/path");
        QCOMPARE(SmtpClient::send(urlTrick, {}, sampleMessage(kTo)).error().code, ErrorCode::Invalid);
        SmtpSettings unconfigured;
        QCOMPARE(SmtpClient::send(unconfigured, {}, sampleMessage(kTo)).error().code, ErrorCode::Invalid);
        QVERIFY(sink->messages().isEmpty());
    }

    void concurrentSends()
    {
        CERTDESK_SMTP_SINK(sink, (SmtpSink::Options{SmtpSink::Tls::StartTls, kSmtpUser,
                                                    QString::fromLatin1(kSmtpPassword)}));
        const SmtpSettings settings = sink->settings(kSender);
        constexpr int kThreads = 4;
        constexpr int kPerThread = 5;
        std::vector<QString> failures(kThreads);
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < kPerThread; ++i) {
                    MailMessage m = sampleMessage(kTo);
                    m.subject = QStringLiteral("並行送信 %1-%2").arg(t).arg(i);
                    const Status s = SmtpClient::send(settings, kSmtpPassword, m);
                    if (!s.ok())
                        failures[size_t(t)] +=
                            s.error().message + QLatin1Char(' ') + s.error().detail + QLatin1Char('\n');
                }
            });
        }
        for (auto& th : threads)
            th.join();
        for (const QString& f : failures)
            QVERIFY2(f.isEmpty(), qPrintable(f));
        QVERIFY(sink->waitForMessages(kThreads * kPerThread));
        const QList<ReceivedMail> mails = sink->messages();
        QCOMPARE(mails.size(), kThreads * kPerThread);
        QSet<QString> subjects;
        for (const ReceivedMail& m : mails) {
            QVERIFY(m.tls());
            QCOMPARE(m.authUser(), kSmtpUser);
            const QByteArray header = m.raw.mid(m.raw.indexOf("Subject: ") + 9);
            subjects.insert(test::decodeHeaderWithPython(header.left(header.indexOf("\r\n")).trimmed()));
        }
        QCOMPARE(subjects.size(), kThreads * kPerThread);
        QVERIFY(subjects.contains(QStringLiteral("並行送信 3-4")));
    }

    void sharedServer()
    {
        // The server scripts/test runs for everyone (STARTTLS + AUTH), or a private one like it.
        CERTDESK_SHARED_SMTP_SINK(sink);
        const QString to = QStringLiteral("shared-%1@example.jp").arg(QDateTime::currentMSecsSinceEpoch());
        const Status sent = SmtpClient::send(sink->settings(kSender), sink->password(), sampleMessage(to));
        QVERIFY2(sent.ok(), qPrintable(sent.error().message + QLatin1Char(' ') + sent.error().detail));
        QVERIFY(sink->waitForMessages(1, 15000, to));
        const QList<ReceivedMail> mails = sink->messagesTo(to);
        QCOMPARE(mails.size(), 1);
        QVERIFY(mails.first().tls());
        QCOMPARE(mails.first().authUser(), sink->user());
        QCOMPARE(stringOf(test::decodeWithPython(mails.first().raw), "subject"), kSubject);
    }
};

QTEST_GUILESS_MAIN(tst_SmtpClient)
#include "tst_SmtpClient.moc"
