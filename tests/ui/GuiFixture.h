#pragma once
// Offscreen GUI tests: a real database (SQLite by default) with a CA, an AppSession over it signed in
// as the fixture's administrator (kAdminLogin / kOperatorPassword), and
// helpers to find widgets by objectName. Prompts (message boxes, file dialogs, passphrase) are
// answered through Prompts::setNext...; a test fails if a real modal dialog would have blocked.
#include "WorkflowFixture.h"
#include "shell/AppSession.h"
#include "shell/Prompts.h"
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QHash>
#include <QPointer>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>
#include <source_location>
#include <type_traits>

namespace certdesk::test {

class GuiFixture
{
public:
    QString setUp(bool withCa = true); // empty on success
    std::unique_ptr<TestDatabase> tdb;
    WorkflowFixture wf;
    std::unique_ptr<AppSession> session;
};

// Thrown by child<T>() for a missing child whose type has no stand-in, after the failure is recorded.
struct MissingChild
{
    QByteArray message;
};

namespace detail {

// Fails the current test even under a pending QEXPECT_FAIL (which would make the first failure expected).
void failCurrentTest(const QByteArray& message, const std::source_location& where);
QByteArray missingChildMessage(const QObject* parent, const char* typeName, const char* name);
// Identifies a missing child within the running test function and data row.
QByteArray missingChildKey(const QObject* parent, const char* name);
// The hidden parent of every stand-in; never shown, kept until the program ends.
QWidget* standInHolder();

// What stands in for a missing T: T itself, or a concrete class for an abstract one.
template <typename T> struct StandIn
{
    using type = T;
};
template <> struct StandIn<QAbstractButton>
{
    using type = QPushButton;
};
template <> struct StandIn<QAbstractItemView>
{
    using type = QTableView;
};

template <typename T>
constexpr bool hasStandIn = std::is_default_constructible_v<typename StandIn<T>::type> &&
                            !std::is_abstract_v<typename StandIn<T>::type>;

template <typename T> T* makeStandIn()
{
    auto* standIn = new typename StandIn<T>::type;
    if constexpr (std::is_base_of_v<QWidget, typename StandIn<T>::type>) {
        standIn->setParent(standInHolder());
        if constexpr (std::is_base_of_v<QAbstractItemView, typename StandIn<T>::type>) {
            auto* view = static_cast<QAbstractItemView*>(standIn);
            if (!view->model())
                view->setModel(new QStandardItemModel(view));
        }
    } else {
        static_cast<QObject*>(standIn)->setParent(standInHolder());
    }
    return standIn;
}

// The stand-ins of type T given so far, by missingChildKey().
template <typename T> QHash<QByteArray, QPointer<T>>& standInsGiven()
{
    static QHash<QByteArray, QPointer<T>> given;
    return given;
}

} // namespace detail

// Finds a child by objectName. A missing one fails the current test with a message naming the type and
// the objectName, at the caller's line. The call then returns an inert stand-in of type T (hidden, empty,
// connected to nothing), so the rest of the failed test function meets no null pointer and the next test
// function runs. Asked for again in the same test function (as QTRY_* does), the same missing child gives
// the same stand-in without a second failure. A T that cannot be default-constructed has no stand-in:
// child<T>() then throws MissingChild. Ask for such a T only in a later() action, which catches it, or in
// the test function itself, where Qt Test reports it and ends the run; never in a slot or another Qt
// callback, as no exception may pass through Qt's event loop.
template <typename T>
T* child(QObject* parent, const char* name, std::source_location where = std::source_location::current())
{
    if (T* found = parent ? parent->findChild<T*>(QString::fromLatin1(name)) : nullptr)
        return found;
    const auto fail = [&] {
        const QByteArray message = detail::missingChildMessage(parent, T::staticMetaObject.className(), name);
        detail::failCurrentTest(message, where);
        return message;
    };
    if constexpr (detail::hasStandIn<T>) {
        QPointer<T>& standIn = detail::standInsGiven<T>()[detail::missingChildKey(parent, name)];
        if (!standIn) {
            fail();
            standIn = detail::makeStandIn<T>();
        }
        return standIn.data();
    } else {
        throw MissingChild{fail()};
    }
}

// The top-level dialog of type T that is currently shown (for dialogs opened with exec()/open()).
template <typename T> T* visibleDialog()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* d = qobject_cast<T*>(w); d && d->isVisible())
            return d;
    }
    return nullptr;
}

// Runs `action` once the event loop is back (use before calling something that exec()s a dialog). The
// action runs only within the test function that scheduled it. No exception leaves it for Qt's event loop:
// one thrown by the action fails the test. When the test has failed, every dialog still shown is rejected
// afterwards, so the exec() the test function waits on returns.
void later(std::function<void()> action, int delayMs = 0,
           std::source_location where = std::source_location::current());

} // namespace certdesk::test

#define CERTDESK_GUI_FIXTURE(var, withCa)                                                                    \
    certdesk::test::GuiFixture var;                                                                          \
    {                                                                                                        \
        const QString err_ = var.setUp(withCa);                                                              \
        if (!err_.isEmpty())                                                                                 \
            QFAIL(qPrintable(err_));                                                                         \
    }
