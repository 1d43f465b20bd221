#include "GuiFixture.h"

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
    session->context().setActor(Actor::localUser(QStringLiteral("certdesk-gui-test"), QStringLiteral("tester")));
    qputenv("CERTDESK_CA_PASSPHRASE", QByteArray()); // the GUI must ask through Prompts
    Prompts::clearShownMessages();
    return {};
}

void later(std::function<void()> action, int delayMs)
{
    QTimer::singleShot(delayMs, std::move(action));
}

} // namespace certdesk::test
