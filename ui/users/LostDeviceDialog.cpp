#include "LostDeviceDialog.h"
#include "Prompts.h"
#include "RevocationCrlPanel.h"
#include "RevokeDialog.h"
#include "RevokeForm.h"
#include "UiHelpers.h"
#include "policy/DeviceTypes.h"
#include "revocation/RevocationWorkflows.h"
#include "workflows/CertificateWorkflows.h"
#include "workflows/UserWorkflows.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace certdesk {
namespace {

constexpr int LoginRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;

bool isEnter(QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const int key = static_cast<QKeyEvent*>(event)->key();
    return key == Qt::Key_Return || key == Qt::Key_Enter;
}

QWidget* page(QStackedWidget* stack, const char* name)
{
    auto* w = new QWidget(stack);
    w->setObjectName(QString::fromLatin1(name));
    stack->addWidget(w);
    return w;
}

} // namespace

LostDeviceDialog::LostDeviceDialog(AppSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_debounce(new QTimer(this)), m_stepLabel(new QLabel(this)),
      m_pages(new QStackedWidget(this)), m_search(new QLineEdit(this)), m_users(new QListWidget(this)),
      m_searchHint(uihelpers::makeNoteLabel(this, "lostSearchHint")), m_devices(new QTableWidget(this)),
      m_devicesHint(uihelpers::makeNoteLabel(this, "lostDevicesHint")), m_form(new RevokeForm(this)),
      m_resultLabel(new QLabel(this)), m_crlPanel(new RevocationCrlPanel(session, this)),
      m_back(new QPushButton(this)), m_next(new QPushButton(this)), m_revoke(new QPushButton(this)),
      m_cancel(new QPushButton(this)), m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("lostDeviceDialog"));
    m_stepLabel->setObjectName(QStringLiteral("lostStepLabel"));
    QFont bold = m_stepLabel->font();
    bold.setBold(true);
    m_stepLabel->setFont(bold);
    m_stepLabel->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("lostSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_users->setObjectName(QStringLiteral("lostUsersList"));
    m_devices->setObjectName(QStringLiteral("lostDevicesList"));
    m_devices->setColumnCount(DeviceColumnCount);
    m_devices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_devices->setSelectionMode(QAbstractItemView::SingleSelection);
    m_devices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_devices->setTabKeyNavigation(false); // Tab leaves the table (the dialog's own tab chain)
    m_devices->setWordWrap(false);
    m_devices->setTextElideMode(Qt::ElideMiddle);
    m_devices->verticalHeader()->setVisible(false);
    m_devices->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QHeaderView* header = m_devices->horizontalHeader();
    header->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DeviceColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ExpiryColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RemarksColumn, QHeaderView::Stretch); // 備考 tells the devices apart
    header->setHighlightSections(false);
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_revoke->setObjectName(QStringLiteral("revokeConfirmButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));

    auto* searchLayout = new QVBoxLayout(page(m_pages, "searchPage"));
    searchLayout->addWidget(m_search);
    searchLayout->addWidget(m_users, 1);
    searchLayout->addWidget(m_searchHint);
    auto* devicesLayout = new QVBoxLayout(page(m_pages, "devicesPage"));
    devicesLayout->addWidget(m_devices, 1);
    devicesLayout->addWidget(m_devicesHint);
    auto* confirmLayout = new QVBoxLayout(page(m_pages, "confirmPage"));
    confirmLayout->addWidget(m_form);
    confirmLayout->addStretch(1);
    auto* resultLayout = new QVBoxLayout(page(m_pages, "resultPage"));
    resultLayout->addWidget(m_resultLabel);
    resultLayout->addWidget(m_crlPanel);
    resultLayout->addStretch(1);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_revoke);
    buttons->addWidget(m_next);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stepLabel);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    // One chain; hidden pages are skipped. Step 1: search → users → Next → Cancel. Step 2: devices →
    // Next → Cancel → Back. Step 3: reason → remarks → Revoke → Cancel → Back.
    QWidget* chain[] = {
        m_search, m_users, m_devices, m_form->reasonCombo(), m_form->remarksEdit(), m_revoke, m_next,
        m_cancel, m_back,  m_close};
    for (size_t i = 1; i < std::size(chain); ++i)
        setTabOrder(chain[i - 1], chain[i]);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &LostDeviceDialog::search);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_users, &QListWidget::itemDoubleClicked, this, &LostDeviceDialog::pickUser);
    connect(m_devices, &QTableWidget::cellDoubleClicked, this, &LostDeviceDialog::pickDevice);
    connect(m_back, &QPushButton::clicked, this, &LostDeviceDialog::goBack);
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (step() == SearchStep)
            pickUser();
        else if (step() == DeviceStep)
            pickDevice();
    });
    connect(m_revoke, &QPushButton::clicked, this, &LostDeviceDialog::revoke);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    m_search->installEventFilter(this);
    m_users->installEventFilter(this);
    m_devices->installEventFilter(this);

    showStep(SearchStep);
    retranslateUi();
    resize(640, 460);
}

LostDeviceDialog::Step LostDeviceDialog::step() const
{
    return Step(m_pages->currentIndex());
}

void LostDeviceDialog::reject()
{
    if (m_revoked)
        accept();
    else
        QDialog::reject();
}

bool LostDeviceDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (isEnter(event)) {
            if (m_debounce->isActive() || m_found < 0) {
                m_debounce->stop();
                search();
            }
            pickUser();
            return true;
        }
        if (key == Qt::Key_Down && m_users->count() > 0) {
            if (m_users->currentRow() < 0)
                m_users->setCurrentRow(0);
            m_users->setFocus(Qt::TabFocusReason);
            return true;
        }
    } else if (watched == m_users && isEnter(event)) {
        pickUser();
        return true;
    } else if (watched == m_devices && isEnter(event)) {
        pickDevice();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

void LostDeviceDialog::search()
{
    m_users->clear();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_found = -1;
        m_searchError.clear();
        updateSearchHint();
        return;
    }
    UserQuery query;
    query.text = text;
    query.limit = MaxResults + 1;
    auto users = UserWorkflows(m_session.context()).list(query);
    m_searchError.clear();
    if (!users) {
        m_found = 0;
        m_searchError = users.error().message;
        updateSearchHint();
        return;
    }
    m_more = users->size() > MaxResults;
    m_found = int(std::min<qsizetype>(users->size(), MaxResults));
    for (int i = 0; i < m_found; ++i) {
        const UserRecord& u = users->at(i);
        auto* item = new QListWidgetItem(m_users);
        item->setText(u.department.isEmpty()
                          ? tr("%1 (%2) — %3").arg(u.displayName, u.loginId, u.email)
                          : tr("%1 (%2) — %3, %4").arg(u.displayName, u.loginId, u.email, u.department));
        item->setData(LoginRole, u.loginId);
        item->setData(NameRole, tr("%1 <%2> (login ID %3)").arg(u.displayName, u.email, u.loginId));
    }
    if (m_found > 0)
        m_users->setCurrentRow(0);
    updateSearchHint();
}

void LostDeviceDialog::updateSearchHint()
{
    if (!m_searchError.isEmpty())
        m_searchHint->setText(m_searchError);
    else if (m_found < 0)
        m_searchHint->setText(tr("Type the user's name, furigana or login ID, then press Enter."));
    else if (m_found == 0)
        m_searchHint->setText(tr("No user matches \"%1\".").arg(m_search->text().trimmed()));
    else if (m_more)
        m_searchHint->setText(
            tr("More than %1 users match; the first %1 are shown. Type more of the name.").arg(MaxResults));
    else
        m_searchHint->setText(
            tr("%n user(s) found. Enter chooses the highlighted user; Down moves into the list.", nullptr,
               m_found));
}

void LostDeviceDialog::pickUser()
{
    QListWidgetItem* item = m_users->currentItem();
    if (!item && m_users->count() > 0)
        item = m_users->item(0);
    if (!item)
        return;
    m_loginId = item->data(LoginRole).toString();
    m_userName = item->data(NameRole).toString();
    fillDevices();
    showStep(DeviceStep);
}

void LostDeviceDialog::fillDevices()
{
    m_devices->clearContents();
    m_devices->setRowCount(0);
    m_live.clear();
    auto table = CertificateWorkflows(m_session.context()).slotTable(m_loginId);
    if (!table) {
        Prompts::error(this, tr("Lost device"), table.error());
    } else {
        for (const CertificateRecord& c : table.value()) {
            if (c.status != CertStatus::Revoked)
                m_live << c;
        }
    }
    m_devices->setRowCount(int(m_live.size()));
    updateDeviceTable();
    m_devices->resizeRowsToContents();
    if (!m_live.isEmpty())
        m_devices->selectRow(0);
}

void LostDeviceDialog::pickDevice()
{
    const int row = m_devices->currentRow() >= 0 ? m_devices->currentRow() : (m_live.isEmpty() ? -1 : 0);
    if (row < 0 || row >= m_live.size())
        return;
    m_form->reset();
    m_form->setCertificate(m_live.at(row), m_userName);
    showStep(ConfirmStep);
}

void LostDeviceDialog::revoke()
{
    if (step() != ConfirmStep || m_revoked)
        return;
    CertificateRef ref;
    ref.serialHex = m_form->certificate().serialHex;
    m_crlPanel->prepare(m_form->certificate().caId);
    auto result = RevocationWorkflows(m_session.context()).revoke(ref, m_form->reason(), m_form->remarks());
    if (!result) {
        Prompts::error(this, tr("Revoke certificate"), result.error());
        return;
    }
    m_revoked = result->certificate;
    if (result->crl.published())
        m_session.notifyCrlPublished();
    m_session.notifyCertificatesChanged(m_loginId);
    showStep(ResultStep);
    m_crlPanel->showOutcome(*m_revoked, result->crl);
    uihelpers::growToFitLater(this);
}

void LostDeviceDialog::goBack()
{
    if (step() == DeviceStep)
        showStep(SearchStep);
    else if (step() == ConfirmStep)
        showStep(DeviceStep);
}

void LostDeviceDialog::showStep(Step s)
{
    m_pages->setCurrentIndex(s);
    m_back->setVisible(s == DeviceStep || s == ConfirmStep);
    m_next->setVisible(s == SearchStep || s == DeviceStep);
    m_revoke->setVisible(s == ConfirmStep);
    m_cancel->setVisible(s != ResultStep);
    m_close->setVisible(s == ResultStep);
    switch (s) {
    case SearchStep:
        m_next->setDefault(true);
        m_search->setFocus();
        m_search->selectAll();
        break;
    case DeviceStep:
        m_next->setDefault(true);
        m_next->setEnabled(!m_live.isEmpty());
        if (m_live.isEmpty())
            m_back->setFocus();
        else
            m_devices->setFocus();
        break;
    case ConfirmStep:
        m_cancel->setDefault(true); // a stray Enter never revokes
        m_form->reasonCombo()->setFocus();
        break;
    case ResultStep:
        m_close->setDefault(true);
        m_close->setFocus();
        break;
    }
    if (s == SearchStep)
        m_next->setEnabled(true);
    retranslateUi();
}

void LostDeviceDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LostDeviceDialog::retranslateUi()
{
    setWindowTitle(tr("Lost device"));
    m_search->setPlaceholderText(tr("Name, furigana or login ID"));
    m_back->setText(tr("&Back"));
    m_next->setText(tr("&Next"));
    m_revoke->setText(tr("&Revoke certificate"));
    m_revoke->setToolTip(tr("Revoke now (Alt+R). Enter alone cancels."));
    m_cancel->setText(tr("Cancel"));
    m_close->setText(tr("Close"));
    switch (step()) {
    case SearchStep:
        m_stepLabel->setText(tr("Step 1 of 3: find the user who lost a device."));
        break;
    case DeviceStep:
        m_stepLabel->setText(tr("Step 2 of 3: choose the lost device of %1.").arg(m_userName));
        break;
    case ConfirmStep:
        m_stepLabel->setText(tr("Step 3 of 3: revoke the certificate of the lost device."));
        break;
    case ResultStep:
        m_stepLabel->setText(tr("Done: the certificate was revoked."));
        break;
    }
    updateSearchHint();
    updateDeviceTable();
    m_devicesHint->setText(m_live.isEmpty() ? tr("%1 has no certificate that can be revoked.").arg(m_userName)
                                            : tr("Enter chooses the highlighted device."));
    if (m_revoked) {
        m_resultLabel->setText(
            tr("The certificate in slot %1 of %2 (%3, serial number %4) was revoked.")
                .arg(m_revoked->slot)
                .arg(m_userName, DeviceTypes::displayName(m_revoked->device), m_revoked->serialHex));
    }
}

// The headers and every row's texts (again after a language change).
void LostDeviceDialog::updateDeviceTable()
{
    m_devices->setHorizontalHeaderLabels({tr("Status"), tr("Device"), tr("Expires"), tr("Remarks")});
    for (int row = 0; row < m_live.size() && row < m_devices->rowCount(); ++row) {
        const CertificateRecord& c = m_live.at(row);
        const QString tip = tr("Slot %1, serial number %2, issued %3")
                                .arg(c.slot)
                                .arg(c.serialHex, uihelpers::localDateTime(c.issuedAt));
        const QString texts[DeviceColumnCount] = {certStatusDisplayName(c.status),
                                                  DeviceTypes::displayName(c.device),
                                                  uihelpers::localDateTime(c.notAfter), c.remarks};
        for (int column = 0; column < DeviceColumnCount; ++column) {
            QTableWidgetItem* item = m_devices->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_devices->setItem(row, column, item);
            }
            item->setText(texts[column]);
            item->setToolTip(
                column == RemarksColumn && !c.remarks.isEmpty() ? c.remarks + QLatin1Char('\n') + tip : tip);
        }
    }
}

} // namespace certdesk
