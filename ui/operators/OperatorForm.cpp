#include "OperatorForm.h"
#include "NewPasswordFields.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace certdesk {

OperatorForm::OperatorForm(bool withRole, QWidget* parent)
    : QWidget(parent), m_withRole(withRole), m_form(nullptr), m_login(new QLineEdit(this)),
      m_name(new QLineEdit(this)), m_role(new QComboBox(this)), m_password(new NewPasswordFields(this))
{
    setObjectName(QStringLiteral("operatorForm"));
    m_login->setObjectName(QStringLiteral("operatorLoginEdit"));
    m_login->setMaxLength(64);
    m_name->setObjectName(QStringLiteral("operatorNameEdit"));
    m_name->setMaxLength(100);
    m_role->setObjectName(QStringLiteral("operatorRoleCombo"));
    for (Role r : Roles::all())
        m_role->addItem(QString(), Roles::id(r));
    m_role->setCurrentIndex(m_role->findData(Roles::id(Role::Helpdesk)));
    m_role->setVisible(withRole);
    // One form for all rows, so that the labels line up.
    m_form = m_password->formLayout();
    m_form->insertRow(0, QStringLiteral("-"), m_login);
    m_form->insertRow(1, QStringLiteral("-"), m_name);
    if (withRole)
        m_form->insertRow(2, QStringLiteral("-"), m_role);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_password);
    connect(m_login, &QLineEdit::textChanged, this, [this] {
        m_password->setLoginName(login());
        emit changed();
    });
    connect(m_name, &QLineEdit::textChanged, this, &OperatorForm::changed);
    connect(m_password, &NewPasswordFields::changed, this, &OperatorForm::changed);
    retranslateUi();
}

QString OperatorForm::login() const
{
    return m_login->text().trimmed();
}

QString OperatorForm::displayName() const
{
    const QString name = m_name->text().trimmed();
    return name.isEmpty() ? login() : name;
}

Role OperatorForm::role() const
{
    if (!m_withRole)
        return Role::Admin;
    return Roles::fromId(m_role->currentData().toString()).value_or(Role::Helpdesk);
}

QString OperatorForm::password() const
{
    return m_password->password();
}

QString OperatorForm::problem() const
{
    if (login().isEmpty())
        return tr("Enter the operator's login name.");
    return m_password->problem();
}

void OperatorForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OperatorForm::retranslateUi()
{
    auto setLabel = [this](QWidget* field, const QString& text) {
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(field)))
            label->setText(text);
    };
    setLabel(m_login, tr("Login name:"));
    setLabel(m_name, tr("Display name:"));
    setLabel(m_role, tr("Role:"));
    m_name->setPlaceholderText(tr("e.g. 大塚 太郎 (optional)"));
    for (int i = 0; i < m_role->count(); ++i) {
        if (const auto r = Roles::fromId(m_role->itemData(i).toString()))
            m_role->setItemText(i, Roles::displayName(*r));
    }
}

} // namespace certdesk
