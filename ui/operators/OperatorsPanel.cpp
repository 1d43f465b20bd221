#include "OperatorsPanel.h"
#include "DateFormat.h"
#include "LiveReload.h"
#include "OperatorDialog.h"
#include "Prompts.h"
#include "ResetPasswordDialog.h"
#include "shell/AppSession.h"
#include "workflows/OperatorWorkflows.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace certdesk {

OperatorsPanel::OperatorsPanel(AppSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_intro(new QLabel(this)), m_table(new QTableWidget(this)),
      m_add(new QPushButton(this)), m_role(new QComboBox(this)), m_setRole(new QPushButton(this)),
      m_reset(new QPushButton(this)), m_unlock(new QPushButton(this)), m_disable(new QPushButton(this)),
      m_error(new QLabel(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("operatorsPanel"));
    m_intro->setObjectName(QStringLiteral("operatorsIntroLabel"));
    m_intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("operatorsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_add->setObjectName(QStringLiteral("addOperatorButton"));
    m_role->setObjectName(QStringLiteral("roleChangeCombo"));
    for (Role r : Roles::all())
        m_role->addItem(QString(), Roles::id(r));
    m_setRole->setObjectName(QStringLiteral("setRoleButton"));
    m_reset->setObjectName(QStringLiteral("resetPasswordButton"));
    m_unlock->setObjectName(QStringLiteral("unlockOperatorButton"));
    m_disable->setObjectName(QStringLiteral("disableOperatorButton"));
    m_error->setObjectName(QStringLiteral("operatorsErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_status->setObjectName(QStringLiteral("operatorsStatusLabel"));
    m_status->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addSpacing(12);
    buttons->addWidget(m_role);
    buttons->addWidget(m_setRole);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_disable);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &OperatorsPanel::addOperator);
    connect(m_setRole, &QPushButton::clicked, this, &OperatorsPanel::applyRole);
    connect(m_reset, &QPushButton::clicked, this, &OperatorsPanel::resetPassword);
    connect(m_unlock, &QPushButton::clicked, this, &OperatorsPanel::unlock);
    connect(m_disable, &QPushButton::clicked, this, &OperatorsPanel::disable);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        if (const auto op = selected())
            m_role->setCurrentIndex(std::max(0, m_role->findData(op->role)));
        updateButtons();
    });
    connect(&session, &AppSession::actorChanged, this, &OperatorsPanel::reload);
    new LiveReload(session, this, [this] { LiveReload::keepingScroll(m_table, [this] { reload(); }); });
    retranslateUi();
    reload();
}

void OperatorsPanel::reload()
{
    const QString keep = selectedLogin();
    m_operators.clear();
    if (m_session.context().actor().may(Permission::Administer)) {
        auto list = OperatorWorkflows(m_session.context()).list();
        if (list)
            m_operators = list.value();
        else
            m_error->setText(list.error().message);
    }
    fillTable();
    selectOperator(keep);
    updateButtons();
}

void OperatorsPanel::fillTable()
{
    const QSignalBlocker block(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(m_operators.size()));
    for (int row = 0; row < m_operators.size(); ++row) {
        const OperatorRecord& op = m_operators.at(row);
        const auto role = Roles::fromId(op.role);
        const QString cells[ColumnCount] = {op.login,
                                            op.displayName,
                                            role ? Roles::displayName(*role) : op.role,
                                            op.locked ? tr("Locked") : QString(),
                                            op.disabled ? tr("Disabled") : QString(),
                                            op.lastSignInAt.isValid() ? dateformat::dateTime(op.lastSignInAt)
                                                                      : tr("never")};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, op.login);
            if ((c == LockedColumn && op.locked) || (c == DisabledColumn && op.disabled))
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_table->setItem(row, c, item);
        }
    }
}

bool OperatorsPanel::selectOperator(const QString& login)
{
    for (int row = 0; row < m_operators.size(); ++row) {
        if (m_operators.at(row).login == login) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

QString OperatorsPanel::selectedLogin() const
{
    const auto rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return {};
    return m_table->item(rows.first().row(), LoginColumn)
               ? m_table->item(rows.first().row(), LoginColumn)->text()
               : QString();
}

std::optional<OperatorRecord> OperatorsPanel::selected() const
{
    const QString login = selectedLogin();
    for (const OperatorRecord& op : m_operators) {
        if (op.login == login)
            return op;
    }
    return std::nullopt;
}

void OperatorsPanel::updateButtons()
{
    const auto op = selected();
    const bool admin = m_session.context().actor().may(Permission::Administer);
    m_add->setEnabled(admin);
    m_role->setEnabled(op && !op->disabled);
    m_setRole->setEnabled(op && !op->disabled);
    m_reset->setEnabled(op && !op->disabled);
    m_unlock->setEnabled(op && op->locked);
    m_disable->setEnabled(op && !op->disabled);
}

void OperatorsPanel::finish(const Status& status, const QString& login, const QString& done)
{
    m_status->clear();
    m_error->setText(status ? QString() : status.error().message);
    reload();
    selectOperator(login);
    if (!status)
        return;
    m_status->setText(done);
    // The signed-in operator's own role may have changed: what the window shows follows it.
    if (login == m_session.context().actor().operatorName) {
        for (const OperatorRecord& op : std::as_const(m_operators)) {
            if (op.login == login)
                m_session.setSignedIn(Actor::forOperator(op, QStringLiteral("certdesk")), op.displayName);
        }
    }
    m_session.notifyOperatorsChanged();
}

void OperatorsPanel::addOperator()
{
    OperatorDialog dialog(m_session.context(), OperatorDialog::Mode::Add, window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    finish(Status(), dialog.created().login,
           tr("The operator %1 was added. They must change the password at the first sign-in.")
               .arg(dialog.created().login));
}

void OperatorsPanel::applyRole()
{
    const auto op = selected();
    const auto role = Roles::fromId(m_role->currentData().toString());
    if (!op || !role)
        return;
    if (op->role == Roles::id(*role))
        return;
    finish(OperatorWorkflows(m_session.context()).setRole(op->login, *role), op->login,
           tr("%1 is now: %2.").arg(op->login, Roles::displayName(*role)));
}

void OperatorsPanel::resetPassword()
{
    const auto op = selected();
    if (!op)
        return;
    ResetPasswordDialog dialog(m_session.context(), op->login, window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    finish(Status(), op->login,
           tr("The password of %1 was reset. They must change it at the next sign-in.").arg(op->login));
}

void OperatorsPanel::unlock()
{
    const auto op = selected();
    if (!op)
        return;
    finish(OperatorWorkflows(m_session.context()).unlock(op->login), op->login,
           tr("%1 was unlocked and can sign in again.").arg(op->login));
}

void OperatorsPanel::disable()
{
    const auto op = selected();
    if (!op)
        return;
    if (Prompts::ask(this, tr("Disable operator"),
                     tr("Disable the operator %1 (%2)?\n\nThey can no longer sign in. Their entries in the "
                        "history are kept.")
                         .arg(op->login, op->displayName),
                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                     QMessageBox::Warning) != QMessageBox::Yes)
        return;
    finish(OperatorWorkflows(m_session.context()).disable(op->login), op->login,
           tr("%1 was disabled.").arg(op->login));
}

void OperatorsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void OperatorsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OperatorsPanel::retranslateUi()
{
    m_intro->setText(tr("Everyone who uses CertDesk signs in as an operator. Administrators may do "
                        "everything; helpdesk operators look up users and issue, revoke and resend "
                        "certificates; auditors only view and export the history. After %1 wrong "
                        "passwords in a row an operator is locked until an administrator unlocks it.")
                         .arg(OperatorWorkflows::kMaxFailures));
    m_table->setHorizontalHeaderLabels(
        {tr("Login name"), tr("Display name"), tr("Role"), tr("Locked"), tr("Disabled"), tr("Last sign-in")});
    for (int i = 0; i < m_role->count(); ++i) {
        if (const auto r = Roles::fromId(m_role->itemData(i).toString()))
            m_role->setItemText(i, Roles::displayName(*r));
    }
    m_add->setText(tr("&Add operator…"));
    m_setRole->setText(tr("Change &role"));
    m_reset->setText(tr("&Reset password…"));
    m_unlock->setText(tr("&Unlock"));
    m_disable->setText(tr("&Disable…"));
    const QString keep = selectedLogin();
    fillTable();
    selectOperator(keep);
}

} // namespace certdesk
