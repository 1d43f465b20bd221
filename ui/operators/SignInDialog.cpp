#include "SignInDialog.h"
#include "SignInForm.h"
#include "users/UiHelpers.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk {

SignInDialog::SignInDialog(const DatabaseUrl& url, QWidget* parent)
    : QDialog(parent), m_url(url), m_title(new QLabel(this)), m_database(new QLabel(this)),
      m_form(new SignInForm(this))
{
    setObjectName(QStringLiteral("signInDialog"));
    m_title->setObjectName(QStringLiteral("signInTitleLabel"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_title->setFont(big);
    m_database->setObjectName(QStringLiteral("signInDatabaseLabel"));
    m_database->setWordWrap(true);
    m_database->setForegroundRole(QPalette::PlaceholderText);
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("signInButtons"));
    m_signIn = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("signInCancelButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_database);
    layout->addSpacing(8);
    layout->addWidget(m_form);
    layout->addStretch();
    layout->addWidget(buttons);
    // The button box's accepted() would close the dialog before the password was checked.
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::trySignIn);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_form, &SignInForm::submitted, this, &SignInDialog::trySignIn);
    connect(m_form, &SignInForm::changed, this, [this] { m_signIn->setEnabled(m_form->isComplete()); });
    m_signIn->setEnabled(false);
    retranslateUi();
    resize(460, sizeHint().height());
}

void SignInDialog::setLogin(const QString& login)
{
    m_form->setLogin(login);
    m_form->focusFirstEmpty();
}

bool SignInDialog::trySignIn()
{
    if (!m_form->isComplete())
        return false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = SignIn::open(m_url, m_form->login(), m_form->password(), QStringLiteral("certdesk"));
    QGuiApplication::restoreOverrideCursor();
    if (!result) {
        m_form->setError(result.error().message);
        m_form->clearPassword();
        m_form->focusFirstEmpty();
        uihelpers::growToFitLater(this);
        return false;
    }
    m_form->setError(QString());
    m_signedIn = std::move(result.value());
    accept();
    return true;
}

void SignInDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in — CertDesk"));
    m_title->setText(tr("Sign in to CertDesk"));
    m_database->setText(tr("Database: %1").arg(m_url.display()));
    m_signIn->setText(tr("&Sign in"));
    m_cancel->setText(tr("&Quit"));
}

} // namespace certdesk
