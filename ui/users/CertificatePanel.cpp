#include "CertificatePanel.h"
#include "IdentityDialog.h"
#include "IssueDialog.h"
#include "Prompts.h"
#include "RevokeDialog.h"
#include "SlotColumns.h"
#include "SlotsModel.h"
#include "UiHelpers.h"
#include "workflows/UserWorkflows.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace certdesk {
namespace {

const char* const kValueNames[] = {"familyNameValue", "givenNameValue", "familyKanaValue",
                                   "givenKanaValue",  "familyEnValue",  "givenEnValue"};

} // namespace

CertificatePanel::CertificatePanel(AppSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_slots(new SlotsModel(session.db(), session.clock(), this)),
      m_title(new QLabel(this)), m_form(new QFormLayout), m_userValue(new QLabel(this)),
      m_certAuth(new QLabel(this)), m_identityState(uihelpers::makeNoteLabel(this, "identityStateLabel")),
      m_register(new QPushButton(this)), m_delete(new QPushButton(this)), m_table(new QTableView(this)),
      m_slotNote(uihelpers::makeNoteLabel(this, "slotNoteLabel")), m_noticeLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("certificatePanel"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_title->setObjectName(QStringLiteral("panelTitleLabel"));
    m_userValue->setObjectName(QStringLiteral("userLabel"));
    m_userValue->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_certAuth->setObjectName(QStringLiteral("certAuthLabel"));
    uihelpers::addLabelledRow(m_form, m_userValue);
    m_form->addRow(m_certAuth); // "Certificate authentication: on" reads as one sentence
    for (int i = 0; i < 6; ++i) {
        m_nameValues[i] = new QLabel(this);
        m_nameValues[i]->setObjectName(QString::fromLatin1(kValueNames[i]));
        m_nameValues[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        uihelpers::addLabelledRow(m_form, m_nameValues[i]);
    }
    m_register->setObjectName(QStringLiteral("registerInfoButton"));
    m_delete->setObjectName(QStringLiteral("deleteInfoButton"));
    auto* infoButtons = new QHBoxLayout;
    infoButtons->addWidget(m_register);
    infoButtons->addWidget(m_delete);
    infoButtons->addStretch(1);

    m_table->setObjectName(QStringLiteral("slotsTable"));
    m_table->setModel(m_slots);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Status, device, expiry and the buttons readable, the address and the remarks with readable room
    // on a 1366-pixel screen without scrolling sideways (SlotColumns).
    m_columns = new SlotColumns(m_table);
    m_noticeLabel->setObjectName(QStringLiteral("panelNoticeLabel"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setVisible(false);
    m_noticeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addWidget(m_identityState);
    layout->addLayout(infoButtons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_slotNote);
    layout->addWidget(m_noticeLabel);

    connect(m_register, &QPushButton::clicked, this, &CertificatePanel::registerInformation);
    connect(m_delete, &QPushButton::clicked, this, &CertificatePanel::deleteInformation);
    connect(m_slots, &QAbstractItemModel::modelAboutToBeReset, this,
            &CertificatePanel::retireOperationButtons);
    connect(m_slots, &QAbstractItemModel::modelReset, this, &CertificatePanel::rebuildOperationButtons);
    connect(m_slots, &SlotsModel::refreshed, this, &CertificatePanel::rebuildOperationButtons);
    connect(&session, &AppSession::actorChanged, this, [this] {
        showUser();
        rebuildOperationButtons();
    });
    retranslateUi();
    showUser();
}

void CertificatePanel::setUser(const QString& loginId)
{
    if (loginId != m_loginId)
        m_notice = nullptr;
    m_loginId = loginId;
    reload();
}

void CertificatePanel::reload()
{
    m_user.reset();
    m_identity.reset();
    m_loadError.clear();
    if (!m_loginId.isEmpty()) {
        if (auto user = UserWorkflows(m_session.context()).get(m_loginId)) {
            m_user = user.value();
            auto identity = IdentityWorkflows(m_session.context()).get(m_loginId);
            if (identity)
                m_identity = identity.value();
            else
                m_loadError = identity.error().message;
        } else {
            m_loadError = user.error().message;
        }
    }
    m_slots->setUser(m_user ? m_loginId : QString());
    showUser();
}

void CertificatePanel::refreshLive()
{
    if (m_loginId.isEmpty())
        return;
    auto user = UserWorkflows(m_session.context()).get(m_loginId);
    if (!user) {
        reload(); // deleted meanwhile: says so
        return;
    }
    m_user = user.value();
    auto identity = IdentityWorkflows(m_session.context()).get(m_loginId);
    m_identity.reset();
    m_loadError.clear();
    if (identity)
        m_identity = identity.value();
    else
        m_loadError = identity.error().message;
    if (m_slots->loginId() == m_loginId)
        m_slots->refreshRows();
    else
        m_slots->setUser(m_loginId);
    showUser();
}

void CertificatePanel::reloadSlots()
{
    m_slots->reload();
}

// The view deletes the old cells later (one may be the button whose click is still running); until
// then they must not be found by name or react.
void CertificatePanel::retireOperationButtons()
{
    for (const QPointer<QWidget>& cell : std::as_const(m_cells)) {
        if (!cell)
            continue;
        for (QPushButton* b : cell->findChildren<QPushButton*>()) {
            b->setObjectName(QString());
            b->setEnabled(false);
        }
        cell->hide();
    }
    m_cells.clear();
}

void CertificatePanel::rebuildOperationButtons()
{
    retireOperationButtons();
    // Issue and revoke are not offered to a role that may not do them (the auditor).
    const bool mayIssue = m_session.may(Permission::IssueAndRevoke);
    m_table->setColumnHidden(SlotsModel::OperationColumn, !mayIssue);
    if (!mayIssue)
        return;
    for (int row = 0; row < m_slots->rowCount(); ++row) {
        const QModelIndex index = m_slots->index(row, SlotsModel::OperationColumn);
        const int slot = index.data(SlotsModel::SlotRole).toInt();
        const bool revoked =
            index.data(SlotsModel::StatusIdRole).toString() == certStatusId(CertStatus::Revoked);
        auto* cell = new QWidget;
        auto* box = new QHBoxLayout(cell);
        box->setContentsMargins(2, 1, 2, 1);
        auto* issue = new QPushButton(tr("Issue"), cell);
        issue->setObjectName(QStringLiteral("issueButton_%1").arg(slot));
        issue->setEnabled(m_identity && index.data(SlotsModel::CanIssueRole).toBool());
        issue->setToolTip(!m_identity ? tr("Register the certificate information first.")
                          : revoked ? tr("Re-issue this slot with the previous device, address and remarks.")
                                    : tr("Issue a certificate in slot %1.").arg(slot));
        auto* revoke = new QPushButton(tr("Revoke"), cell);
        revoke->setObjectName(QStringLiteral("revokeButton_%1").arg(slot));
        revoke->setEnabled(index.data(SlotsModel::CanRevokeRole).toBool());
        revoke->setToolTip(
            tr("Revoke the certificate in slot %1; the device can then no longer use the service.")
                .arg(slot));
        // As narrow as their text: the address and the remarks need the room more.
        for (QPushButton* b : {issue, revoke})
            b->setMaximumWidth(std::max(48, b->fontMetrics().horizontalAdvance(b->text()) + 24));
        box->addWidget(issue);
        box->addWidget(revoke);
        connect(issue, &QPushButton::clicked, this, [this, slot] { issueSlot(slot); });
        connect(revoke, &QPushButton::clicked, this, [this, slot] { revokeSlot(slot); });
        m_table->setIndexWidget(index, cell);
        m_cells << cell;
    }
    relayoutTable();
}

// New button cells (another language, another user) do not resize the rows and the Operation column
// by themselves: lay the sections out again, or empty rows collapse and the buttons are cut.
void CertificatePanel::relayoutTable()
{
    m_columns->relayout();
}

void CertificatePanel::issueSlot(int slot)
{
    if (!m_user || !m_session.may(Permission::IssueAndRevoke))
        return;
    const std::optional<CertificateRecord> current = m_slots->certificateAt(slot - 1);
    const QString login = m_loginId;
    if (current && current->status == CertStatus::Revoked) {
        IssueDialog dialog(m_session, *current, window());
        dialog.exec();
    } else {
        IssueDialog dialog(m_session, login, slot, window());
        dialog.exec();
    }
}

void CertificatePanel::revokeSlot(int slot)
{
    const std::optional<CertificateRecord> current = m_slots->certificateAt(slot - 1);
    if (!current || current->status == CertStatus::Revoked || !m_session.may(Permission::IssueAndRevoke))
        return;
    RevokeDialog dialog(m_session, *current, window());
    if (dialog.exec() == QDialog::Accepted && dialog.revoked()) {
        const int revokedSlot = slot;
        setNotice([revokedSlot] {
            return tr("The certificate in slot %1 was revoked. Publish the CRL on the CA & revocation screen "
                      "so that "
                      "servers refuse the device.")
                .arg(revokedSlot);
        });
    }
}

void CertificatePanel::registerInformation()
{
    if (!m_user || m_identity || !m_session.may(Permission::IssueAndRevoke))
        return;
    IdentityDialog dialog(m_session, m_loginId, window());
    if (dialog.exec() == QDialog::Accepted && dialog.registered()) {
        reload();
        setNotice(
            [] { return tr("The certificate information was registered. Certificates can now be issued."); });
    }
}

void CertificatePanel::deleteInformation()
{
    if (!m_user || !m_identity || !m_session.may(Permission::ManageUsers))
        return;
    const auto revoked = IdentityDialog::confirmAndDelete(m_session, m_loginId, window());
    if (!revoked)
        return;
    reload();
    const int n = *revoked;
    setNotice([n] {
        return n > 0 ? tr("The certificate information was deleted and %n certificate(s) were revoked. "
                          "Publish the CRL on "
                          "the CA & revocation screen so that servers refuse the devices.",
                          nullptr, n)
                     : tr("The certificate information was deleted. It can now be registered again.");
    });
}

void CertificatePanel::setNotice(std::function<QString()> text)
{
    m_notice = std::move(text);
    retranslateUi();
}

void CertificatePanel::showUser()
{
    const bool user = m_user.has_value();
    m_register->setEnabled(user && !m_identity);
    m_delete->setEnabled(user && m_identity.has_value());
    // Registering is part of issuing (helpdesk); deleting the information is for administrators.
    m_register->setVisible(m_session.may(Permission::IssueAndRevoke));
    m_delete->setVisible(m_session.may(Permission::ManageUsers));
    m_table->setEnabled(user);
    retranslateUi();
}

void CertificatePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_slots->retranslate();
        rebuildOperationButtons();
        relayoutTable();
    }
    QWidget::changeEvent(event);
}

void CertificatePanel::retranslateUi()
{
    m_title->setText(tr("Certificate information"));
    const QString labels[7] = {tr("User:"),
                               tr("Family name:"),
                               tr("Given name:"),
                               tr("Furigana (family name):"),
                               tr("Furigana (given name):"),
                               tr("Family name in English:"),
                               tr("Given name in English:")};
    QLabel* values[7] = {m_userValue,     m_nameValues[0], m_nameValues[1], m_nameValues[2],
                         m_nameValues[3], m_nameValues[4], m_nameValues[5]};
    for (int i = 0; i < 7; ++i) {
        if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(values[i])))
            label->setText(labels[i]);
    }
    if (!m_user) {
        m_userValue->setText(m_loadError.isEmpty() ? tr("No user selected. Choose a user in the list.")
                                                   : m_loadError);
        m_certAuth->clear();
    } else {
        m_userValue->setText(tr("%1 <%2>").arg(m_user->displayName, m_user->email));
        m_certAuth->setText(m_user->certAuth ? tr("Certificate authentication: on")
                                             : tr("Certificate authentication: off"));
    }
    const QString names[6] = {
        m_identity ? m_identity->familyName : QString(), m_identity ? m_identity->givenName : QString(),
        m_identity ? m_identity->familyKana : QString(), m_identity ? m_identity->givenKana : QString(),
        m_identity ? m_identity->familyEn : QString(),   m_identity ? m_identity->givenEn : QString()};
    for (int i = 0; i < 6; ++i)
        m_nameValues[i]->setText(m_identity ? names[i] : (m_user ? tr("Not registered") : QString()));
    if (!m_user)
        m_identityState->clear();
    else if (m_identity)
        m_identityState->setText(
            tr("Registered information cannot be changed. To change it, delete the information "
               "and register it again."));
    else
        m_identityState->setText(
            tr("The certificate information is not registered. Register it before issuing "
               "certificates."));
    m_register->setText(tr("Register information…"));
    m_delete->setText(tr("Delete information…"));
    m_slotNote->setText(m_user ? tr("A user can have up to %n certificate(s).", nullptr, m_slots->slotCount())
                               : QString());
    m_noticeLabel->setText(m_notice ? m_notice() : QString());
    m_noticeLabel->setVisible(bool(m_notice));
}

} // namespace certdesk
