// The portal's OCSP response cache (OcspResponseCache): a signed answer to a request without a nonce is
// served again only while every status it states is still the one looked up now, never older than its
// maximum age, and a request with a nonce is always signed afresh; also from several threads at once.
// Responses verified by `openssl ocsp -respin`. The responder itself: tst_OcspResponder.
#include "OpensslCli.h"
#include "ca/ClientCertificate.h"
#include "ocsp/OcspHandles.h"
#include "ocsp/OcspResponseCache.h"

#include <QFile>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace certdesk;
using certdesk::test::ProcessResult;
using certdesk::test::runOpenssl;
using certdesk::test::writeFile;

namespace {

// `openssl ocsp` checks thisUpdate/nextUpdate against the real clock, so the tests run at "now".
const QDateTime kNow = [] {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addMSecs(-now.time().msec());
}();
const QDateTime kRevokedAt = kNow.addDays(-2).addSecs(-3723);
const QByteArray kTryLater = QByteArray::fromHex("30030a0103");

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The certStatus of the only SingleResponse (V_OCSP_CERTSTATUS_*), -1 when `der` is no successful response.
int singleStatus(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    const ossl::OcspResponse resp(d2i_OCSP_RESPONSE(nullptr, &p, long(der.size())));
    if (!resp || OCSP_response_status(resp.get()) != OCSP_RESPONSE_STATUS_SUCCESSFUL)
        return -1;
    const ossl::OcspBasicResp basic(OCSP_response_get1_basic(resp.get()));
    OCSP_SINGLERESP* single = basic ? OCSP_resp_get0(basic.get(), 0) : nullptr;
    return single ? OCSP_single_get0_status(single, nullptr, nullptr, nullptr, nullptr) : -1;
}

} // namespace

class tst_OcspResponseCache : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::optional<CertificateAuthority> m_ca;
    QString m_caPath, m_goodPath;
    Certificate m_good;

    // `openssl ocsp ARGS -reqout` -> the DER request.
    QByteArray makeRequest(const QStringList& args, const QString& name)
    {
        const QString path = QDir(m_dir.path()).filePath(name);
        QFile::remove(path);
        const ProcessResult r = runOpenssl(QStringList{QStringLiteral("ocsp")} + args +
                                           QStringList{QStringLiteral("-reqout"), path});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.all()));
        return readAll(path);
    }

    // Feeds the response to `openssl ocsp -respin ... -resp_text` (verified against the CA).
    ProcessResult check(const QByteArray& response, const QStringList& args)
    {
        const QString path = writeFile(m_dir, QStringLiteral("resp.der"), response);
        return runOpenssl(QStringList{QStringLiteral("ocsp"), QStringLiteral("-respin"), path,
                                      QStringLiteral("-CAfile"), m_caPath, QStringLiteral("-resp_text")} +
                          args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto ca = CertificateAuthority::createRoot(
            {QStringLiteral("OCSP Cache CA"), QStringLiteral("Example KK"), {}}, KeyType::EcP256, 3650,
            FixedClock(kNow.addDays(-30)));
        QVERIFY2(ca.ok(), qPrintable(ca.error().message));
        m_ca.emplace(std::move(ca).value());
        auto key = PrivateKey::generate(KeyType::EcP256);
        QVERIFY(key.ok());
        ClientCertificateRequest r;
        r.loginId = QStringLiteral("still-fine");
        auto cert = ClientCertificateSigner::sign(*m_ca, key.value(), r, FixedClock(kNow.addDays(-10)));
        QVERIFY(cert.ok());
        m_good = cert.value();
        m_caPath = writeFile(m_dir, QStringLiteral("ca.pem"), m_ca->certificate().toPem());
        m_goodPath = writeFile(m_dir, QStringLiteral("good.pem"), m_good.toPem());
    }

    void cacheReusesSigningNotStatus()
    {
        // The portal's cache: a request without a nonce (nginx's) is answered again with the same signed
        // bytes while the status stays the same; the status is looked up on every request, and a change is
        // answered at once, freshly signed. ECDSA signatures are randomised: equal bytes mean "not signed
        // again", different bytes "signed again".
        auto signer = OcspSigner::issue(*m_ca, kNow);
        QVERIFY(signer.ok());
        OcspResponderSet set;
        set.insert(7, OcspResponder(m_ca->certificate(), std::move(signer).value()));
        OcspCertStatus status{OcspCertState::Good, {}, RevocationReason::Unspecified};
        int lookups = 0;
        const OcspResponderSet::Lookup lookup = [&](qint64 caId, const QString& serial) {
            ++lookups;
            return caId == 7 && serial == m_good.serialHex() ? status : OcspCertStatus{};
        };
        const QStringList ids = {"-issuer", m_caPath, "-cert", m_goodPath};
        const QByteArray plain =
            makeRequest(ids + QStringList{"-no_nonce"}, QStringLiteral("cache-plain.der"));
        QVERIFY(!plain.isEmpty());
        OcspResponseCache cache(60);

        const QByteArray first = cache.respond(set, plain, lookup, kNow);
        const auto good = check(first, ids + QStringList{"-no_nonce"});
        QVERIFY2(good.exitCode == 0 && good.all().contains(QLatin1String("Response verify OK")) &&
                     good.all().contains(m_goodPath + QLatin1String(": good")),
                 qPrintable(good.all()));
        QCOMPARE(cache.respond(set, plain, lookup, kNow.addSecs(30)), first);
        QCOMPARE(cache.hits(), quint64(1));
        QCOMPARE(lookups, 2); // looked up again for the cached answer

        // Revoked (by anyone, anywhere): the very next answer says so, signed afresh.
        status = {OcspCertState::Revoked, kRevokedAt, RevocationReason::KeyCompromise};
        const QByteArray revoked = cache.respond(set, plain, lookup, kNow.addSecs(31));
        QVERIFY(revoked != first);
        const auto r = check(revoked, ids + QStringList{"-no_nonce"});
        QVERIFY2(r.exitCode == 0 && r.all().contains(QLatin1String("Response verify OK")) &&
                     r.all().contains(m_goodPath + QLatin1String(": revoked")) &&
                     r.all().contains(QLatin1String("Reason: keyCompromise")),
                 qPrintable(r.all()));
        QCOMPARE(cache.respond(set, plain, lookup, kNow.addSecs(32)), revoked); // and that answer is kept
        // A different revocation time or reason is a different status too.
        status.reason = RevocationReason::Superseded;
        QVERIFY(cache.respond(set, plain, lookup, kNow.addSecs(33)) != revoked);

        // The database cannot be asked: tryLater, never the cached bytes.
        status = {OcspCertState::Unavailable, {}, RevocationReason::Unspecified};
        QCOMPARE(cache.respond(set, plain, lookup, kNow.addSecs(34)), kTryLater);

        // Older than the maximum age: signed again (thisUpdate stays within a minute of the truth).
        status = {OcspCertState::Good, {}, RevocationReason::Unspecified};
        const QByteArray again = cache.respond(set, plain, lookup, kNow.addSecs(40));
        QCOMPARE(cache.respond(set, plain, lookup, kNow.addSecs(99)), again);
        QVERIFY(cache.respond(set, plain, lookup, kNow.addSecs(100)) != again);

        // A request with a nonce is signed afresh every time and never kept.
        const QByteArray withNonce = makeRequest(ids, QStringLiteral("cache-nonce.der"));
        const qsizetype kept = cache.size();
        const quint64 hits = cache.hits();
        const QByteArray n1 = cache.respond(set, withNonce, lookup, kNow);
        const QByteArray n2 = cache.respond(set, withNonce, lookup, kNow);
        QVERIFY(n1 != n2);
        QCOMPARE(cache.size(), kept);
        QCOMPARE(cache.hits(), hits);
        const QString reqPath = writeFile(m_dir, QStringLiteral("cache-nonce-req.der"), withNonce);
        const auto v = check(n2, {"-reqin", reqPath});
        QVERIFY2(v.exitCode == 0 && v.all().contains(QLatin1String("Response verify OK")),
                 qPrintable(v.all()));

        // clear() (new signers, a change in the database): signed again.
        const QByteArray before = cache.respond(set, plain, lookup, kNow.addSecs(101));
        cache.clear();
        QCOMPARE(cache.size(), 0);
        QVERIFY(cache.respond(set, plain, lookup, kNow.addSecs(101)) != before);
    }

    void threadsNeverServeAStaleAnswer()
    {
        // The portal's OCSP workers share one cache. Four threads ask for the same nonce-less request while
        // the status changes to revoked; every answer a thread gets after the change was made (a lookup that
        // already sees it) says revoked — cached bytes are never served past a changed status.
        auto signer = OcspSigner::issue(*m_ca, kNow);
        QVERIFY(signer.ok());
        OcspResponderSet set;
        set.insert(1, OcspResponder(m_ca->certificate(), std::move(signer).value()));
        std::atomic<bool> revoked{false};
        const QString serial = m_good.serialHex();
        const OcspResponderSet::Lookup lookup = [&](qint64, const QString& s) {
            if (s != serial)
                return OcspCertStatus{};
            return revoked.load()
                       ? OcspCertStatus{OcspCertState::Revoked, kRevokedAt, RevocationReason::KeyCompromise}
                       : OcspCertStatus{OcspCertState::Good, {}, RevocationReason::Unspecified};
        };
        const QStringList ids = {"-issuer", m_caPath, "-cert", m_goodPath, "-no_nonce"};
        const QByteArray request = makeRequest(ids, QStringLiteral("threads.der"));
        QVERIFY(!request.isEmpty());
        OcspResponseCache cache(60);
        std::atomic<bool> stop{false};
        std::atomic<int> staleAfterChange{0}, answers{0}, failures{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                while (!stop.load()) {
                    const bool changedBefore = revoked.load();
                    const int status = singleStatus(cache.respond(set, request, lookup, kNow));
                    ++answers;
                    if (status < 0)
                        ++failures;
                    else if (changedBefore && status != V_OCSP_CERTSTATUS_REVOKED)
                        ++staleAfterChange;
                }
            });
        }
        QTRY_VERIFY_WITH_TIMEOUT(answers.load() > 200, 20000);
        revoked = true;
        const int atChange = answers.load();
        QTRY_VERIFY_WITH_TIMEOUT(answers.load() > atChange + 200, 20000);
        stop = true;
        for (auto& t : threads)
            t.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(staleAfterChange.load(), 0);
        QVERIFY(cache.hits() > 0); // the threads did share signed answers
        const auto r = check(cache.respond(set, request, lookup, kNow), ids);
        QVERIFY2(r.exitCode == 0 && r.all().contains(QLatin1String("Response verify OK")) &&
                     r.all().contains(m_goodPath + QLatin1String(": revoked")),
                 qPrintable(r.all()));
    }
};

QTEST_GUILESS_MAIN(tst_OcspResponseCache)
#include "tst_OcspResponseCache.moc"
