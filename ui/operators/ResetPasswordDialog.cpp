#include "ResetPasswordDialog.h"
#include "NewPasswordFields.h"
#include "users/UiHelpers.h"
#include "workflows/OperatorWorkflows.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk {

ResetPasswordDialog::ResetPasswordDialog(WorkflowContext& ctx, const QString& login, QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_login(login), m_intro(new QLabel(this)),
      m_fields(new NewPasswordFields(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    m_intro->setObjectName(QStringLiteral("resetPasswordIntroLabel"));
    m_intro->setWordWrap(true);
    m_fields->setLoginName(login);
    m_error->setObjectName(QStringLiteral("resetPasswordErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* buttons = new QDialogButtonBox(this);
    m_reset = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_reset->setObjectName(QStringLiteral("resetPasswordConfirmButton"));
    m_reset->setDefault(true);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("resetPasswordCancelButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_fields);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_reset, &QPushButton::clicked, this, &ResetPasswordDialog::tryReset);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_fields, &NewPasswordFields::changed, this, [this] { uihelpers::growToFitLater(this); });
    retranslateUi();
    resize(500, sizeHint().height());
}

bool ResetPasswordDialog::tryReset()
{
    if (const QString problem = m_fields->problem(); !problem.isEmpty()) {
        m_error->setText(problem);
        uihelpers::growToFitLater(this);
        return false;
    }
    const Status reset = OperatorWorkflows(m_ctx).resetPassword(m_login, m_fields->password());
    if (!reset) {
        m_error->setText(reset.error().message);
        uihelpers::growToFitLater(this);
        return false;
    }
    accept();
    return true;
}

void ResetPasswordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ResetPasswordDialog::retranslateUi()
{
    setWindowTitle(tr("Reset password"));
    m_intro->setText(tr("Set a new password for %1. Tell it to the operator in person; they must change it "
                        "at the next sign-in.")
                         .arg(m_login));
    m_reset->setText(tr("&Reset password"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace certdesk
