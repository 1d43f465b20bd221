#include "ChangePasswordDialog.h"
#include "NewPasswordFields.h"
#include "users/UiHelpers.h"
#include "workflows/OperatorWorkflows.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk {

ChangePasswordDialog::ChangePasswordDialog(WorkflowContext& ctx, bool forced, QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_forced(forced), m_intro(new QLabel(this)), m_form(nullptr),
      m_current(new QLineEdit(this)), m_new(new NewPasswordFields(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    m_intro->setObjectName(QStringLiteral("changePasswordIntroLabel"));
    m_intro->setWordWrap(true);
    m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
    m_current->setEchoMode(QLineEdit::Password);
    m_form = m_new->formLayout();
    m_form->insertRow(0, QStringLiteral("-"), m_current);
    m_new->setLoginName(ctx.actor().operatorName);
    m_error->setObjectName(QStringLiteral("changePasswordErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* buttons = new QDialogButtonBox(this);
    m_change = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_change->setObjectName(QStringLiteral("changePasswordButton"));
    m_change->setDefault(true);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("changePasswordCancelButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_new);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_change, &QPushButton::clicked, this, &ChangePasswordDialog::tryChange);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_current, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateButton);
    connect(m_new, &NewPasswordFields::changed, this, [this] {
        updateButton();
        uihelpers::growToFitLater(this);
    });
    retranslateUi();
    updateButton();
    resize(520, sizeHint().height());
}

void ChangePasswordDialog::setCurrentPassword(const QString& password)
{
    m_current->setText(password);
    m_current->setVisible(false);
    if (QWidget* label = m_form->labelForField(m_current))
        label->setVisible(false);
}

void ChangePasswordDialog::updateButton()
{
    m_change->setEnabled(!m_current->text().isEmpty() && !m_new->password().isEmpty());
}

bool ChangePasswordDialog::tryChange()
{
    if (const QString problem = m_new->problem(); !problem.isEmpty()) {
        m_error->setText(problem);
        uihelpers::growToFitLater(this);
        return false;
    }
    const Status changed = OperatorWorkflows(m_ctx).changeOwnPassword(m_current->text(), m_new->password());
    if (!changed) {
        m_error->setText(changed.error().message);
        uihelpers::growToFitLater(this);
        return false;
    }
    m_error->clear();
    accept();
    return true;
}

void ChangePasswordDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ChangePasswordDialog::retranslateUi()
{
    setWindowTitle(tr("Change password"));
    m_intro->setText(m_forced ? tr("%1, your password was set by an administrator. Choose your own password "
                                   "before you continue.")
                                    .arg(m_ctx.actor().operatorName)
                              : tr("Change the password of %1.").arg(m_ctx.actor().operatorName));
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(m_current)))
        label->setText(tr("Current password:"));
    m_change->setText(tr("&Change password"));
    m_cancel->setText(m_forced ? tr("Sign &out") : tr("Cancel"));
}

} // namespace certdesk
