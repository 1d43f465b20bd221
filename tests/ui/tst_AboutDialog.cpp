// Help → About CertDesk (ui/about): opened from the main window's Help menu, it shows CertDesk's
// version, the Qt version and OpenSSL's own version line, and every bundled library with its licence.
#include "GuiFixture.h"
#include "Screenshot.h"
#include "about/AboutDialog.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <openssl/crypto.h>

using namespace certdesk;
using namespace certdesk::test;

class TstAboutDialog : public QObject
{
    Q_OBJECT
private slots:
    void helpMenuOpensAboutWithVersions();
    void everyLibraryShowsItsLicence();
    void closeButtonClosesIt();
};

void TstAboutDialog::helpMenuOpensAboutWithVersions()
{
    CERTDESK_GUI_FIXTURE(f, true);
    MainWindow window(*f.session);
    window.show();
    QVERIFY(!window.windowIcon().isNull());
    child<QAction>(&window, "aboutAction")->trigger();
    AboutDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleDialog<AboutDialog>()) != nullptr);
    QCOMPARE(dialog->parentWidget(), &window);

    const QString versions = child<QLabel>(dialog, "versionsLabel")->text();
    QVERIFY2(versions.contains(QStringLiteral(CERTDESK_VERSION)), qPrintable(versions));
    QVERIFY2(child<QLabel>(dialog, "aboutTitle")->text().contains(QStringLiteral(CERTDESK_VERSION)),
             qPrintable(child<QLabel>(dialog, "aboutTitle")->text()));
    // OpenSSL's own line, e.g. "OpenSSL 3.0.15 3 Sep 2024", asked from the library here, not from the dialog.
    const QString openssl = QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION));
    QVERIFY(openssl.startsWith(QLatin1String("OpenSSL 3.")));
    QVERIFY2(versions.contains(openssl), qPrintable(versions));
    QVERIFY2(versions.contains(QString::fromLatin1(qVersion())), qPrintable(versions));
    QVERIFY(!child<QLabel>(dialog, "aboutIcon")->pixmap().isNull());
    screenshot(dialog, QStringLiteral("about-dialog"));
    dialog->close();
}

void TstAboutDialog::everyLibraryShowsItsLicence()
{
    AboutDialog dialog;
    dialog.show();
    auto* list = child<QListWidget>(&dialog, "librariesList");
    auto* text = child<QPlainTextEdit>(&dialog, "licenseText");
    QStringList names;
    for (int row = 0; row < list->count(); ++row) {
        list->setCurrentRow(row);
        const QString item = list->item(row)->text();
        names << item;
        QVERIFY2(text->toPlainText().size() > 300, qPrintable(item));
    }
    const QString all = names.join(QLatin1Char('\n'));
    for (const char* expected : {"Qt ", "OpenSSL ", "libcurl ", "libzip ", "ICU ", "QtKeychain", "zlib ",
                                 "libpq", "SQLite", "LGPL-3.0", "Apache-2.0", "BSD-2-Clause", "Zlib"})
        QVERIFY2(all.contains(QLatin1String(expected)), expected);
    // The OpenSSL row names the version running now and shows the Apache licence.
    const int opensslRow = int(names.indexOf(QRegularExpression(QStringLiteral("OpenSSL .*"))));
    QVERIFY(opensslRow >= 0);
    QVERIFY2(names.at(opensslRow).contains(QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING))),
             qPrintable(names.at(opensslRow)));
    list->setCurrentRow(opensslRow);
    QVERIFY(text->toPlainText().contains(QLatin1String("Apache License")));
    list->setCurrentRow(0);
    QVERIFY(text->toPlainText().contains(QLatin1String("GNU LESSER GENERAL PUBLIC LICENSE")));
}

void TstAboutDialog::closeButtonClosesIt()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(dialog.isVisible());
    QTest::mouseClick(child<QPushButton>(&dialog, "closeButton"), Qt::LeftButton);
    QVERIFY(!dialog.isVisible());
}

QTEST_MAIN(TstAboutDialog)
#include "tst_AboutDialog.moc"
