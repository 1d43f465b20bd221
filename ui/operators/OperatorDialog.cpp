#include "OperatorDialog.h"
#include "OperatorForm.h"
#include "users/UiHelpers.h"
#include "workflows/OperatorWorkflows.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk {

OperatorDialog::OperatorDialog(WorkflowContext& ctx, Mode mode, QWidget* parent)
    : QDialog(parent), m_ctx(ctx), m_mode(mode), m_intro(new QLabel(this)),
      m_form(new OperatorForm(mode == Mode::Add, this)), m_error(new QLabel(this))
{
    setObjectName(mode == Mode::Add ? QStringLiteral("addOperatorDialog")
                                    : QStringLiteral("firstAdministratorDialog"));
    m_intro->setObjectName(QStringLiteral("operatorIntroLabel"));
    m_intro->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("operatorErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto* buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createOperatorButton"));
    m_create->setDefault(true);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelOperatorButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(m_create, &QPushButton::clicked, this, &OperatorDialog::tryCreate);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_form, &OperatorForm::changed, this, [this] { uihelpers::growToFitLater(this); });
    retranslateUi();
    resize(540, sizeHint().height());
}

QString OperatorDialog::password() const
{
    return m_form->password();
}

bool OperatorDialog::tryCreate()
{
    if (const QString problem = m_form->problem(); !problem.isEmpty()) {
        m_error->setText(problem);
        uihelpers::growToFitLater(this);
        return false;
    }
    OperatorWorkflows workflows(m_ctx);
    auto created =
        m_mode == Mode::Add
            ? workflows.add(m_form->login(), m_form->displayName(), m_form->role(), m_form->password())
            : workflows.bootstrap(m_form->login(), m_form->displayName(), m_form->password());
    if (!created) {
        m_error->setText(created.error().message);
        uihelpers::growToFitLater(this);
        return false;
    }
    m_error->clear();
    m_created = created.value();
    accept();
    return true;
}

void OperatorDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void OperatorDialog::retranslateUi()
{
    if (m_mode == Mode::Add) {
        setWindowTitle(tr("Add operator"));
        m_intro->setText(tr("The new operator signs in with this password once and must then choose "
                            "their own."));
        m_create->setText(tr("&Add operator"));
        m_cancel->setText(tr("Cancel"));
    } else {
        setWindowTitle(tr("First administrator"));
        m_intro->setText(tr("This database has no operators yet. Create the first administrator: "
                            "from now on everyone signs in, and the administrator adds the others in "
                            "Settings → Operators."));
        m_create->setText(tr("&Create administrator"));
        m_cancel->setText(tr("&Quit"));
    }
}

} // namespace certdesk
