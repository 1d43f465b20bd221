// The end user's side of the download portal, in a real browser: headless Chromium, driven over the
// DevTools protocol, opens a download link, the user's login ID is typed into the form and the button
// clicked, the browser saves the .p12 (file name and content type checked, the file opened with
// `openssl pkcs12`), and the used-up link shows the 410 page; in Japanese and in English (the browser's
// Accept-Language). The page names the certificate's device and gives its install steps and where the
// password comes from. Screenshots of every page go to CERTDESK_SCREENSHOT_DIR (default: a folder
// next to the test binary; docs/screenshots/download-*.png are made that way).
// Without Chromium the test is skipped, unless CERTDESK_REQUIRE_BROWSER=1 (scripts/test) makes it fail.
#include "PortalServer.h"
#include "WorkflowFixture.h"
#include "download/PortalPages.h"
#include "policy/DeviceTypes.h"
#include "store/Settings.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTranslator>
#include <QWebSocket>
#include <QtTest>

using namespace certdesk;
using namespace certdesk::test;

namespace {

bool browserRequired()
{
    return qEnvironmentVariable("CERTDESK_REQUIRE_BROWSER") == QLatin1String("1");
}

QString chromiumBinary()
{
    for (const char* name : {"chromium", "chromium-browser", "google-chrome"}) {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!path.isEmpty())
            return path;
    }
    return {};
}

// Waits for `done` while this thread's event loop keeps serving the in-process portal.
template <typename Pred> bool spin(Pred done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return true;
}

// One headless Chromium with a throw-away profile, and a DevTools protocol connection to one tab.
class Chromium
{
public:
    ~Chromium()
    {
        m_ws.close();
        stopProcess(m_proc);
    }

    QString start(const QString& binary, const QString& downloadDir)
    {
        if (!m_profile.isValid())
            return QStringLiteral("no temporary directory");
        QStringList args{QStringLiteral("--headless=new"),
                         QStringLiteral("--user-data-dir=") + m_profile.path(),
                         QStringLiteral("--remote-debugging-port=0"),
                         QStringLiteral("--remote-allow-origins=*"),
                         QStringLiteral("--no-first-run"),
                         QStringLiteral("--no-default-browser-check"),
                         QStringLiteral("--disable-gpu"),
                         QStringLiteral("--disable-extensions"),
                         QStringLiteral("--disable-background-networking"),
                         QStringLiteral("--disable-sync"),
                         QStringLiteral("--hide-scrollbars"),
                         QStringLiteral("--font-render-hinting=none"),
                         QStringLiteral("about:blank")};
        // Chromium's sandbox refuses to run as root; a directory we just made is owned by our user.
        if (QFileInfo(m_profile.path()).ownerId() == 0)
            args.prepend(QStringLiteral("--no-sandbox"));
        m_proc.setProcessChannelMode(QProcess::MergedChannels);
        m_proc.start(binary, args);
        if (!m_proc.waitForStarted(20000))
            return QStringLiteral("chromium did not start: ") + m_proc.errorString();
        // Chromium writes its DevTools port and browser path here once it listens.
        const QString portFile = m_profile.filePath(QStringLiteral("DevToolsActivePort"));
        QStringList lines;
        spin(
            [&] {
                QFile f(portFile);
                if (f.open(QIODevice::ReadOnly))
                    lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                return lines.size() >= 2 || m_proc.state() == QProcess::NotRunning;
            },
            30000);
        if (lines.size() < 2)
            return QStringLiteral("chromium gave no DevTools port: ") + QString::fromUtf8(m_proc.readAll());
        QObject::connect(&m_ws, &QWebSocket::textMessageReceived, &m_ws,
                         [this](const QString& text) { received(text); });
        m_ws.open(
            QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(lines.at(0).trimmed(), lines.at(1).trimmed())));
        if (!spin([&] { return m_ws.state() == QAbstractSocket::ConnectedState; }, 20000))
            return QStringLiteral("no DevTools connection: ") + m_ws.errorString();
        QJsonObject target = call(QStringLiteral("Target.createTarget"), {{"url", "about:blank"}}, false);
        QJsonObject attached = call(QStringLiteral("Target.attachToTarget"),
                                    {{"targetId", target.value("targetId")}, {"flatten", true}}, false);
        m_session = attached.value("sessionId").toString();
        if (m_session.isEmpty())
            return QStringLiteral("no DevTools session: ") + m_lastError;
        call(QStringLiteral("Browser.setDownloadBehavior"),
             {{"behavior", "allow"}, {"downloadPath", downloadDir}, {"eventsEnabled", true}}, false);
        call(QStringLiteral("Page.enable"));
        call(QStringLiteral("Network.enable"));
        return m_lastError;
    }

    // A DevTools command (to the tab unless `toTab` is false); its result, {} on an error (m_lastError).
    QJsonObject call(const QString& method, const QJsonObject& params = {}, bool toTab = true)
    {
        const int id = ++m_nextId;
        QJsonObject msg{{"id", id}, {"method", method}, {"params", params}};
        if (toTab)
            msg.insert(QStringLiteral("sessionId"), m_session);
        m_ws.sendTextMessage(QString::fromUtf8(QJsonDocument(msg).toJson(QJsonDocument::Compact)));
        if (!spin([&] { return m_replies.contains(id); }, 30000)) {
            m_lastError = method + QStringLiteral(": no answer");
            return {};
        }
        const QJsonObject reply = m_replies.take(id);
        if (reply.contains(QStringLiteral("error"))) {
            m_lastError = method + QStringLiteral(": ") +
                          QString::fromUtf8(QJsonDocument(reply.value("error").toObject()).toJson());
            return {};
        }
        return reply.value("result").toObject();
    }

    // Waits for an event `method` whose params satisfy `match`; removes and returns it ({} on timeout).
    template <typename Match> QJsonObject waitEvent(const QString& method, Match match, int timeoutMs = 30000)
    {
        QJsonObject found;
        spin(
            [&] {
                for (qsizetype i = 0; i < m_events.size(); ++i) {
                    const QJsonObject e = m_events.at(i);
                    if (e.value("method").toString() == method && match(e.value("params").toObject())) {
                        found = e.value("params").toObject();
                        m_events.removeAt(i); // events before it stay for later waits
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }
    QJsonObject waitEvent(const QString& method)
    {
        return waitEvent(method, [](const QJsonObject&) { return true; });
    }
    void clearEvents() { m_events.clear(); }

    QJsonValue evaluate(const QString& expression)
    {
        return call(QStringLiteral("Runtime.evaluate"), {{"expression", expression}, {"returnByValue", true}})
            .value("result")
            .toObject()
            .value("value");
    }

    // Loads `url` in the tab; the document's HTTP status (0 when none arrived).
    int navigate(const QString& url)
    {
        clearEvents();
        call(QStringLiteral("Page.navigate"), {{"url", url}});
        return documentStatus();
    }
    // The status of the next document response, after the page finished loading.
    int documentStatus()
    {
        const QJsonObject response =
            waitEvent(QStringLiteral("Network.responseReceived"), [](const QJsonObject& p) {
                return p.value("type").toString() == QLatin1String("Document");
            });
        waitEvent(QStringLiteral("Page.loadEventFired"));
        return response.value("response").toObject().value("status").toInt();
    }

    // A real mouse click in the middle of the element `selector`.
    bool click(const QString& selector)
    {
        const QJsonArray r =
            evaluate(
                QStringLiteral("(() => { const e = document.querySelector('%1'); if (!e) return null; "
                               "e.scrollIntoView({block: 'center'}); const b = e.getBoundingClientRect(); "
                               "return [b.x + b.width / 2, b.y + b.height / 2]; })()")
                    .arg(selector))
                .toArray();
        if (r.size() != 2)
            return false;
        for (const char* type : {"mousePressed", "mouseReleased"})
            call(QStringLiteral("Input.dispatchMouseEvent"),
                 {{"type", type}, {"x", r.at(0)}, {"y", r.at(1)}, {"button", "left"}, {"clickCount", 1}});
        return true;
    }
    void type(const QString& text) { call(QStringLiteral("Input.insertText"), {{"text", text}}); }

    // A PNG of the whole page at `width` CSS pixels (a phone is narrower).
    QByteArray screenshot(int width, bool mobile)
    {
        call(QStringLiteral("Emulation.setDeviceMetricsOverride"),
             {{"width", width}, {"height", 700}, {"deviceScaleFactor", 1}, {"mobile", mobile}});
        const double height = evaluate(QStringLiteral("document.documentElement.scrollHeight")).toDouble();
        const QJsonObject shot = call(
            QStringLiteral("Page.captureScreenshot"),
            {{"format", "png"},
             {"captureBeyondViewport", true},
             {"clip",
              QJsonObject{
                  {"x", 0}, {"y", 0}, {"width", width}, {"height", qMax(400.0, height)}, {"scale", 1}}}});
        return QByteArray::fromBase64(shot.value("data").toString().toLatin1());
    }

    QString lastError() const { return m_lastError; }

private:
    void received(const QString& text)
    {
        const QJsonObject msg = QJsonDocument::fromJson(text.toUtf8()).object();
        if (msg.contains(QStringLiteral("id")))
            m_replies.insert(msg.value("id").toInt(), msg);
        else
            m_events.append(msg);
    }

    QTemporaryDir m_profile;
    QProcess m_proc;
    QWebSocket m_ws;
    QString m_session;
    QString m_lastError;
    int m_nextId = 0;
    QHash<int, QJsonObject> m_replies;
    QList<QJsonObject> m_events;
};

} // namespace

class TestDownloadBrowser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void downloadFlow_data();
    void downloadFlow();

private:
    QString m_chromium;
    QString m_shots;
    QTranslator m_japanese;
};

void TestDownloadBrowser::initTestCase()
{
    m_chromium = chromiumBinary();
    if (m_chromium.isEmpty()) {
        if (browserRequired())
            QFAIL("CERTDESK_REQUIRE_BROWSER=1 but no chromium is installed (Debian package `chromium`).");
        QSKIP(
            "chromium is not installed (Debian package `chromium`); set CERTDESK_REQUIRE_BROWSER=1 to fail");
    }
    m_shots = qEnvironmentVariable("CERTDESK_SCREENSHOT_DIR");
    if (m_shots.isEmpty())
        m_shots = QCoreApplication::applicationDirPath() + QStringLiteral("/download-screenshots");
    QVERIFY(QDir().mkpath(m_shots));
    QVERIFY(m_japanese.load(QStringLiteral(":/i18n/certdesk_ja.qm")));
}

void TestDownloadBrowser::downloadFlow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("acceptLanguage");
    QTest::addColumn<QString>("device");
    QTest::addColumn<bool>("autoPassword");
    QTest::newRow("ja-windows") << "ja"
                                << "ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7"
                                << "windows" << true;
    QTest::newRow("en-windows") << "en"
                                << "en-US,en;q=0.9"
                                << "windows" << true;
    QTest::newRow("ja-mac") << "ja"
                            << "ja,en;q=0.5"
                            << "mac" << false;
    QTest::newRow("en-mac") << "en"
                            << "en-GB,en;q=0.9,ja;q=0.3"
                            << "mac" << false;
    QTest::newRow("ja-iphone") << "ja"
                               << "ja-JP"
                               << "ios-app" << true;
    QTest::newRow("en-iphone") << "en"
                               << "en-US"
                               << "ios-app" << true;
    QTest::newRow("ja-android") << "ja"
                                << "ja-JP"
                                << "android" << true;
    QTest::newRow("en-android") << "en"
                                << "en-US"
                                << "android" << true;
}

void TestDownloadBrowser::downloadFlow()
{
    QFETCH(QString, language);
    QFETCH(QString, acceptLanguage);
    QFETCH(QString, device);
    QFETCH(bool, autoPassword);
    const bool phone = device == QLatin1String("ios-app") || device == QLatin1String("android");
    const QString shotName =
        QStringLiteral("download-%1-%2")
            .arg(language, QString::fromLatin1(QTest::currentDataTag()).section(QLatin1Char('-'), 1));

    CERTDESK_TEST_DATABASE(tdb);
    WorkflowFixture f;
    QCOMPARE(f.setUp(*tdb), QString());
    auto portalCtx = std::make_shared<WorkflowContext>(f.db, Actor::system());
    PortalServer server(portalCtx);
    PortalOptions o;
    o.address = QHostAddress::LocalHost;
    o.port = 0;
    QVERIFY(server.start(o).ok());
    QVERIFY(Settings(*f.db).set(SettingKey::PortalBaseUrl, server.baseUrl()).ok());
    QVERIFY(Settings(*f.db).set(SettingKey::DownloadLimit, QStringLiteral("1")).ok());
    QVERIFY(Settings(*f.db).set(SettingKey::OrgName, QStringLiteral("Example Corp.")).ok());
    QCOMPARE(f.addUserWithIdentity(QStringLiteral("taro")), QString());
    auto issued =
        CertificateWorkflows(*f.ctx).issue({QStringLiteral("taro"),
                                            device,
                                            {},
                                            autoPassword ? PasswordMode::Auto : PasswordMode::Manual,
                                            autoPassword ? QByteArray() : QByteArray("Abc12345"),
                                            {},
                                            0});
    QVERIFY2(issued.ok(), issued.ok() ? "" : qPrintable(issued.error().message));
    const QString link = issued->downloadUrl;
    QVERIFY(link.startsWith(server.baseUrl() + QStringLiteral("/download/")));
    const QByteArray password = autoPassword ? issued->generatedPassword : QByteArray("Abc12345");

    QTemporaryDir downloads;
    Chromium browser;
    QCOMPARE(browser.start(m_chromium, downloads.path()), QString());
    browser.call(QStringLiteral("Network.setExtraHTTPHeaders"),
                 {{"headers", QJsonObject{{"Accept-Language", acceptLanguage}}}});
    const int width = phone ? 390 : 1024;

    // Translated as the portal translates: the page's language, the same catalogue.
    const PortalPages pages(language, &m_japanese, {});
    auto saveShot = [&](const QString& page) {
        const QByteArray png = browser.screenshot(width, phone);
        QFile shot(m_shots + QLatin1Char('/') + shotName + QLatin1Char('-') + page + QStringLiteral(".png"));
        return png.startsWith("\x89PNG") && shot.open(QIODevice::WriteOnly) && shot.write(png) == png.size();
    };
    auto html = [&] {
        return browser.evaluate(QStringLiteral("document.documentElement.outerHTML")).toString();
    };
    auto text = [&](const char* selector) {
        return browser
            .evaluate(QStringLiteral("(document.querySelector('%1') || {}).innerText || ''")
                          .arg(QLatin1String(selector)))
            .toString();
    };

    // 1. The link from the mail: the form, the device, its install steps and where the password comes from.
    QCOMPARE(browser.navigate(link), 200);
    QCOMPARE(browser.evaluate(QStringLiteral("document.documentElement.lang")).toString(), language);
    QCOMPARE(browser.evaluate(QStringLiteral("document.title")).toString(),
             pages.t("PortalPages", "Download your client certificate"));
    const QString deviceName = pages.t("DeviceTypes", DeviceTypes::displayNameSource(device));
    QVERIFY2(text("dl").contains(deviceName), qPrintable(text("dl")));
    const QString deadline =
        issued->certificate.downloadDeadline.toLocalTime().toString(QStringLiteral("yyyy/MM/dd HH:mm"));
    QVERIFY2(text("dl").contains(deadline), qPrintable(text("dl")));
    QCOMPARE(text("h2"), pages.t("PortalPages", "How to install it on %1").arg(deviceName));
    QCOMPARE(browser.evaluate(QStringLiteral("document.querySelector('#install-steps').dataset.device"))
                 .toString(),
             device);
    const int steps =
        browser.evaluate(QStringLiteral("document.querySelectorAll('#install-steps li').length")).toInt();
    QVERIFY2(steps >= 3, qPrintable(html()));
    const QString stepsText = text("#install-steps");
    if (device == QLatin1String("windows"))
        QVERIFY(stepsText.contains(pages.t(
            "PortalPages", "The Certificate Import Wizard opens: choose \"Current User\" and click Next.")));
    else if (device == QLatin1String("mac"))
        QVERIFY(stepsText.contains(
            pages.t("PortalPages", "Keychain Access opens: choose the \"login\" keychain and click Add.")));
    else if (device == QLatin1String("ios-app"))
        QVERIFY(
            stepsText.contains(pages.t("PortalPages", "Open Settings, tap \"Profile Downloaded\" (or General "
                                                      "> VPN & Device Management) and tap Install.")));
    else
        QVERIFY(stepsText.contains(pages.t("PortalPages",
                                           "Open Settings > Security > Encryption & credentials > Install a "
                                           "certificate > VPN & app user certificate.")));
    const QString passwordNote = text("#password-note");
    if (autoPassword)
        QCOMPARE(passwordNote, pages.t("PortalPages", "The certificate password comes in a separate mail. "
                                                      "Keep it at hand: the installation asks for it."));
    else
        QCOMPARE(passwordNote,
                 pages.t("PortalPages", "Your administrator gives you the certificate password. Keep it at "
                                        "hand: the installation asks for it."));
    QVERIFY(saveShot(QStringLiteral("1-form")));

    // 2. A wrong login ID, typed and submitted by the browser: the form again, with the problem.
    if (device == QLatin1String("windows")) {
        QVERIFY(browser.click(QStringLiteral("#login_id")));
        browser.type(QStringLiteral("hanako"));
        browser.clearEvents();
        QVERIFY(browser.click(QStringLiteral("button[type=submit]")));
        QCOMPARE(browser.documentStatus(), 403);
        QCOMPARE(text(".problem"), pages.wrongLoginId(4));
        QVERIFY(saveShot(QStringLiteral("2-wrong-login-id")));
    }

    // 3. The right login ID: the browser saves LOGIN-DEVICE.p12, served as application/x-pkcs12.
    QVERIFY(browser.click(QStringLiteral("#login_id")));
    browser.evaluate(QStringLiteral("document.getElementById('login_id').value = ''"));
    browser.type(QStringLiteral("taro"));
    browser.clearEvents();
    QVERIFY(browser.click(QStringLiteral("button[type=submit]")));
    const QJsonObject begin = browser.waitEvent(QStringLiteral("Browser.downloadWillBegin"));
    QVERIFY2(!begin.isEmpty(), qPrintable(browser.lastError()));
    QCOMPARE(begin.value("suggestedFilename").toString(), issued->fileName);
    const QString guid = begin.value("guid").toString();
    const QJsonObject done =
        browser.waitEvent(QStringLiteral("Browser.downloadProgress"), [&](const QJsonObject& p) {
            return p.value("guid").toString() == guid &&
                   p.value("state").toString() != QLatin1String("inProgress");
        });
    QCOMPARE(done.value("state").toString(), QStringLiteral("completed"));
    const QString saved = downloads.filePath(issued->fileName);
    QVERIFY2(QFileInfo::exists(saved), qPrintable(QDir(downloads.path()).entryList().join(QLatin1Char(' '))));
    const auto openssl =
        runOpenssl({QStringLiteral("pkcs12"), QStringLiteral("-in"), saved, QStringLiteral("-passin"),
                    QStringLiteral("pass:") + QString::fromLatin1(password), QStringLiteral("-nokeys"),
                    QStringLiteral("-clcerts")});
    QVERIFY2(openssl.exitCode == 0, qPrintable(openssl.all()));
    QVERIFY(openssl.out.contains("-----BEGIN CERTIFICATE-----"));
    QVERIFY2(openssl.out.contains("taro"), openssl.out.constData());
    // The content type of the response the browser turned into the download.
    const QJsonObject headersSeen = browser.waitEvent(
        QStringLiteral("Network.responseReceived"),
        [](const QJsonObject& p) {
            return p.value("response").toObject().value("mimeType").toString() ==
                   QLatin1String("application/x-pkcs12");
        },
        5000);
    QVERIFY2(!headersSeen.isEmpty(), "the browser saw no application/x-pkcs12 response");
    QCOMPARE(headersSeen.value("response").toObject().value("status").toInt(), 200);

    // 4. The link again: used up (download limit 1), the 410 page in the same language.
    QCOMPARE(browser.navigate(link), 410);
    QCOMPARE(browser.evaluate(QStringLiteral("document.documentElement.lang")).toString(), language);
    QCOMPARE(browser.evaluate(QStringLiteral("document.title")).toString(),
             pages.t("PortalPages", "Download not possible"));
    QCOMPARE(text(".problem"),
             pages.t("PortalPages", "This certificate has been downloaded as often as allowed. Ask your "
                                    "administrator if you need it again."));
    if (device == QLatin1String("windows"))
        QVERIFY(saveShot(QStringLiteral("3-used-up")));
    server.stop();
}

QTEST_MAIN(TestDownloadBrowser)
#include "tst_DownloadBrowser.moc"
