#pragma once
// Offscreen GUI tests: a real database (SQLite by default) with a CA, an AppSession over it, and
// helpers to find widgets by objectName. Prompts (message boxes, file dialogs, passphrase) are
// answered through Prompts::setNext...; a test fails if a real modal dialog would have blocked.
#include "WorkflowFixture.h"
#include "shell/AppSession.h"
#include "shell/Prompts.h"
#include <QtTest>

namespace certdesk::test {

class GuiFixture
{
public:
    QString setUp(bool withCa = true); // empty on success
    std::unique_ptr<TestDatabase> tdb;
    WorkflowFixture wf;
    std::unique_ptr<AppSession> session;
};

// Finds a child by objectName or fails the test.
template <typename T>
T* child(QObject* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qWarning("no child %s named %s", T::staticMetaObject.className(), name);
    return w;
}

// The top-level dialog of type T that is currently shown (for dialogs opened with exec()/open()).
template <typename T>
T* visibleDialog()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* d = qobject_cast<T*>(w); d && d->isVisible())
            return d;
    }
    return nullptr;
}

// Runs `action` once the event loop is back (use before calling something that exec()s a dialog).
void later(std::function<void()> action, int delayMs = 0);

} // namespace certdesk::test

#define CERTDESK_GUI_FIXTURE(var, withCa)                                                                               \
    certdesk::test::GuiFixture var;                                                                                    \
    {                                                                                                                  \
        const QString err_ = var.setUp(withCa);                                                                        \
        if (!err_.isEmpty())                                                                                           \
            QFAIL(qPrintable(err_));                                                                                   \
    }
