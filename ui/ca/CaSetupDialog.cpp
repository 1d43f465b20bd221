#include "CaSetupDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk {

CaSetupDialog::CaSetupDialog(AppSession& session, CaSetupWidget::Mode mode, QWidget* parent)
    : QDialog(parent), m_session(session), m_setup(new CaSetupWidget(mode, this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("caSetupDialog"));
    m_error->setObjectName(QStringLiteral("caSetupErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("caSetupOkButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_setup, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CaSetupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_setup->isComplete()); };
    connect(m_setup, &CaSetupWidget::changed, this, update);
    update();
    retranslateUi();
    resize(560, sizeHint().height());
}

void CaSetupDialog::accept()
{
    if (!m_setup->isComplete()) {
        m_error->setText(m_setup->problem());
        return;
    }
    m_error->clear();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    CaWorkflows workflows(m_session.context());
    auto ca = m_setup->run(workflows);
    QGuiApplication::restoreOverrideCursor();
    if (!ca) {
        m_error->setText(ca.error().message);
        return;
    }
    m_result = ca.value();
    m_keychainNote = m_setup->rememberPassphrase(m_result);
    QDialog::accept();
}

void CaSetupDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CaSetupDialog::retranslateUi()
{
    setWindowTitle(m_setup->mode() == CaSetupWidget::Mode::Create ? tr("Create a CA") : tr("Import a CA"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(m_setup->mode() == CaSetupWidget::Mode::Create ? tr("Create") : tr("Import"));
}

} // namespace certdesk
