#include "AdministratorWizardPage.h"
#include "FirstRunWizard.h"
#include "operators/OperatorForm.h"
#include "operators/SignInFlow.h"
#include "operators/SignInForm.h"

#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace certdesk {

AdministratorWizardPage::AdministratorWizardPage(QWidget* parent)
    : QWizardPage(parent), m_intro(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_operator(new OperatorForm(false, m_stack)), m_signIn(new SignInForm(m_stack)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("administratorWizardPage"));
    setCommitPage(true);
    m_intro->setObjectName(QStringLiteral("administratorIntroLabel"));
    m_intro->setWordWrap(true);
    m_stack->setObjectName(QStringLiteral("administratorStack"));
    m_stack->addWidget(m_operator);
    m_stack->addWidget(m_signIn);
    m_error->setObjectName(QStringLiteral("administratorErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_stack);
    layout->addWidget(m_error);
    layout->addStretch();
    connect(m_operator, &OperatorForm::changed, this, &QWizardPage::completeChanged);
    connect(m_signIn, &SignInForm::changed, this, &QWizardPage::completeChanged);
    retranslateUi();
}

void AdministratorWizardPage::initializePage()
{
    m_create = true;
    auto* w = qobject_cast<FirstRunWizard*>(wizard());
    if (w && w->database()) {
        WorkflowContext ctx(w->database(), Actor::localUser(QStringLiteral("certdesk")));
        auto needed = OperatorWorkflows(ctx).needsBootstrap();
        m_create = !needed || needed.value();
    }
    m_stack->setCurrentWidget(m_create ? static_cast<QWidget*>(m_operator) : m_signIn);
    m_error->clear();
    retranslateUi();
    emit completeChanged();
}

bool AdministratorWizardPage::isComplete() const
{
    return m_create ? !m_operator->login().isEmpty() && !m_operator->password().isEmpty()
                    : m_signIn->isComplete();
}

bool AdministratorWizardPage::validatePage()
{
    auto* w = qobject_cast<FirstRunWizard*>(wizard());
    if (!w || !w->database()) {
        m_error->setText(tr("The database is not open. Go back and choose it again."));
        return false;
    }
    QString login = m_signIn->login();
    QString password = m_signIn->password();
    if (m_create) {
        if (const QString problem = m_operator->problem(); !problem.isEmpty()) {
            m_error->setText(problem);
            return false;
        }
        WorkflowContext ctx(w->database(), Actor::localUser(QStringLiteral("certdesk")));
        auto created = OperatorWorkflows(ctx).bootstrap(m_operator->login(), m_operator->displayName(),
                                                        m_operator->password());
        if (!created) {
            m_error->setText(created.error().message);
            return false;
        }
        login = created->login;
        password = m_operator->password();
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto signedIn = SignIn::open(w->database()->url(), login, password, QStringLiteral("certdesk"));
    QGuiApplication::restoreOverrideCursor();
    if (!signedIn) {
        if (m_create)
            m_error->setText(signedIn.error().message);
        else
            m_signIn->setError(signedIn.error().message);
        return false;
    }
    if (!signedIn->result.actor.may(Permission::Administer)) {
        m_signIn->setError(tr("Only an administrator can set up the CA. Sign in as an administrator."));
        return false;
    }
    if (!SignInFlow::changePasswordIfRequired(signedIn.value(), password, this))
        return false;
    m_error->clear();
    m_signIn->setError(QString());
    w->setSignedIn(signedIn.value());
    return true;
}

void AdministratorWizardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void AdministratorWizardPage::retranslateUi()
{
    setTitle(tr("Administrator"));
    if (m_create) {
        setSubTitle(tr("Everyone who uses CertDesk signs in. Create the first administrator."));
        m_intro->setText(tr("The administrator may do everything and adds the other operators (helpdesk, "
                            "auditors) later in Settings → Operators. Keep the password to yourself."));
    } else {
        setSubTitle(tr("This database already has operators."));
        m_intro->setText(tr("Sign in as an administrator of this database to continue the setup."));
    }
}

} // namespace certdesk
