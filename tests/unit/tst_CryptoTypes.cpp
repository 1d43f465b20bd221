#include "ca/CryptoTypes.h"

#include <QtTest>

using namespace certdesk;

class tst_CryptoTypes : public QObject
{
    Q_OBJECT
private slots:
    void keyTypeIds()
    {
        const QList<QPair<KeyType, QString>> expected = {{KeyType::EcP256, QStringLiteral("p256")},
                                                         {KeyType::EcP384, QStringLiteral("p384")},
                                                         {KeyType::Rsa2048, QStringLiteral("rsa2048")},
                                                         {KeyType::Rsa3072, QStringLiteral("rsa3072")}};
        for (const auto& [type, id] : expected) {
            QCOMPARE(keyTypeId(type), id);
            QCOMPARE(keyTypeFromId(id), std::optional<KeyType>(type));
            QVERIFY(!keyTypeDisplayName(type).isEmpty());
        }
        QCOMPARE(keyTypeDisplayName(KeyType::EcP256), QStringLiteral("ECDSA P-256"));
        QVERIFY(!keyTypeFromId(QStringLiteral("rsa4096")));
        QVERIFY(!keyTypeFromId(QString()));
    }

    void pkcs12ProfileIds()
    {
        QCOMPARE(pkcs12ProfileId(Pkcs12Profile::Compatible), QStringLiteral("compatible"));
        QCOMPARE(pkcs12ProfileId(Pkcs12Profile::Modern), QStringLiteral("modern"));
        QCOMPARE(pkcs12ProfileFromId(QStringLiteral("compatible")), std::optional(Pkcs12Profile::Compatible));
        QCOMPARE(pkcs12ProfileFromId(QStringLiteral("modern")), std::optional(Pkcs12Profile::Modern));
        QVERIFY(!pkcs12ProfileFromId(QStringLiteral("Modern")));
        QVERIFY(pkcs12ProfileDisplayName(Pkcs12Profile::Compatible) !=
                pkcs12ProfileDisplayName(Pkcs12Profile::Modern));
    }

    void revocationReasonIds()
    {
        const QList<QPair<RevocationReason, QString>> expected = {
            {RevocationReason::Unspecified, QStringLiteral("unspecified")},
            {RevocationReason::KeyCompromise, QStringLiteral("lost")},
            {RevocationReason::AffiliationChanged, QStringLiteral("affiliation-changed")},
            {RevocationReason::Superseded, QStringLiteral("superseded")},
            {RevocationReason::CessationOfOperation, QStringLiteral("cessation")}};
        QSet<QString> names;
        for (const auto& [reason, id] : expected) {
            QCOMPARE(revocationReasonId(reason), id);
            QCOMPARE(revocationReasonFromId(id), std::optional<RevocationReason>(reason));
            names.insert(revocationReasonDisplayName(reason));
        }
        QCOMPARE(names.size(), expected.size());
        QCOMPARE(static_cast<int>(RevocationReason::KeyCompromise), 1);
        QCOMPARE(static_cast<int>(RevocationReason::CessationOfOperation), 5);
        QVERIFY(!revocationReasonFromId(QStringLiteral("keyCompromise")));
    }
};

QTEST_GUILESS_MAIN(tst_CryptoTypes)
#include "tst_CryptoTypes.moc"
