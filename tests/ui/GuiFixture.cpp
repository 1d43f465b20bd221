#include "GuiFixture.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

namespace certdesk::test {

QString GuiFixture::setUp(bool withCa)
{
    QString why;
    bool mustFail = false;
    tdb = TestDatabase::create(&why, &mustFail);
    if (!tdb)
        return why;
    if (const QString err = wf.setUp(*tdb, withCa); !err.isEmpty())
        return err;
    session = std::make_unique<AppSession>(wf.db);
    // Signed in as the administrator the workflow fixture bootstrapped (kAdminLogin, kOperatorPassword).
    Actor admin = wf.ctx->actor();
    admin.userAgent = Actor::localUser(QStringLiteral("certdesk-gui-test")).userAgent;
    session->setSignedIn(admin, QStringLiteral("Test Administrator"));
    qputenv("CERTDESK_CA_PASSPHRASE", QByteArray()); // the GUI must ask through Prompts
    Prompts::clearShownMessages();
    return {};
}

namespace {

// Identifies the running test function and data row.
QByteArray currentTest()
{
    const char* function = QTest::currentTestFunction();
    const char* tag = QTest::currentDataTag();
    return QByteArray(function ? function : "") + '(' + (tag ? tag : "") + ')';
}

void rejectShownDialogs()
{
    QList<QPointer<QDialog>> shown;
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* d = qobject_cast<QDialog*>(w); d && d->isVisible())
            shown << d;
    }
    for (const QPointer<QDialog>& d : shown) {
        if (!d || !d->isVisible())
            continue;
        d->reject();
        if (d && d->isVisible()) // a reject() that asks first: end the dialog anyway
            d->QDialog::done(QDialog::Rejected);
    }
}

} // namespace

namespace detail {

void failCurrentTest(const QByteArray& message, const std::source_location& where)
{
    const int line = int(where.line());
    QTest::qFail(message.constData(), where.file_name(), line);
    // A pending QEXPECT_FAIL took that one as expected and is used up now: this one counts.
    if (!QTest::currentTestFailed())
        QTest::qFail(message.constData(), where.file_name(), line);
}

QByteArray missingChildMessage(const QObject* parent, const char* typeName, const char* name)
{
    QByteArray message = "no " + QByteArray(typeName) + " named \"" + name + "\" under ";
    if (!parent)
        return message + "a null parent";
    message += parent->metaObject()->className();
    if (!parent->objectName().isEmpty())
        message += " \"" + parent->objectName().toUtf8() + '"';
    return message;
}

QByteArray missingChildKey(const QObject* parent, const char* name)
{
    return currentTest() + ' ' + QByteArray::number(quintptr(parent), 16) + ' ' + name;
}

QWidget* standInHolder()
{
    static QWidget* const holder = new QWidget;
    return holder;
}

} // namespace detail

void later(std::function<void()> action, int delayMs, std::source_location where)
{
    QTimer::singleShot(delayMs, [action = std::move(action), where, scheduledIn = currentTest()] {
        if (currentTest() != scheduledIn) {
            // The test function that scheduled it has returned: its captures are gone.
            qWarning("%s:%u: later() dropped an action of %s, which ended before the action was due",
                     where.file_name(), unsigned(where.line()), scheduledIn.constData());
            return;
        }
        try {
            action();
        } catch (const MissingChild&) {
            // child<T>() has recorded the failure.
        } catch (const std::exception& e) {
            detail::failCurrentTest(QByteArray("the action of later() threw: ") + e.what(), where);
        } catch (...) {
            detail::failCurrentTest("the action of later() threw an exception", where);
        }
        if (QTest::currentTestFailed())
            rejectShownDialogs();
    });
}

} // namespace certdesk::test
