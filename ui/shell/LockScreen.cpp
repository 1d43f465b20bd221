#include "LockScreen.h"
#include "AppSession.h"
#include "operators/SignInFlow.h"
#include "operators/SignInForm.h"

#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk {

LockScreen::LockScreen(AppSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_text(new QLabel(this)),
      m_form(new SignInForm(this)), m_unlock(new QPushButton(this)), m_signOut(new QPushButton(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    m_title->setObjectName(QStringLiteral("lockTitleLabel"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_title->setFont(big);
    m_text->setObjectName(QStringLiteral("lockTextLabel"));
    m_text->setWordWrap(true);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_signOut->setObjectName(QStringLiteral("lockSignOutButton"));
    auto* box = new QWidget(this);
    box->setMaximumWidth(460);
    auto* column = new QVBoxLayout(box);
    column->addWidget(m_title);
    column->addWidget(m_text);
    column->addSpacing(8);
    column->addWidget(m_form);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_signOut);
    buttons->addWidget(m_unlock);
    column->addLayout(buttons);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch();
    auto* middle = new QHBoxLayout;
    middle->addStretch();
    middle->addWidget(box);
    middle->addStretch();
    outer->addLayout(middle);
    outer->addStretch(2);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_form, &SignInForm::submitted, this, &LockScreen::tryUnlock);
    connect(m_signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);
    retranslateUi();
}

void LockScreen::prepare()
{
    m_form->setLogin(m_session.actor().operatorName, true);
    m_form->clearPassword();
    m_form->setError(QString());
    retranslateUi();
    m_form->focusFirstEmpty();
}

bool LockScreen::tryUnlock()
{
    if (!m_form->isComplete())
        return false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    // The same operator only: the login field is read-only. The new connection (PostgreSQL) is not
    // needed, the window keeps its own.
    auto result =
        SignIn::open(m_session.db()->url(), m_form->login(), m_form->password(), QStringLiteral("certdesk"));
    QGuiApplication::restoreOverrideCursor();
    if (!result) {
        m_form->setError(result.error().message);
        m_form->clearPassword();
        return false;
    }
    SignedIn signedIn = std::move(result.value());
    if (!SignInFlow::changePasswordIfRequired(signedIn, m_form->password(), window())) {
        m_form->clearPassword();
        emit signOutRequested();
        return false;
    }
    m_form->clearPassword();
    m_form->setError(QString());
    // The role may have been changed by an administrator meanwhile.
    m_session.setSignedIn(signedIn.result.actor, signedIn.result.op.displayName);
    emit unlocked();
    return true;
}

void LockScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LockScreen::retranslateUi()
{
    m_title->setText(tr("CertDesk is locked"));
    m_text->setText(tr("CertDesk was locked because nobody used it for a while, and the CA key was "
                       "forgotten. %1 can enter the password to continue where they were; anyone else "
                       "signs out first.")
                        .arg(m_session.operatorDisplayName()));
    m_unlock->setText(tr("&Unlock"));
    m_signOut->setText(tr("Sign &out"));
}

} // namespace certdesk
