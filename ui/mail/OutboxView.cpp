#include "OutboxView.h"
#include "AppSession.h"
#include "DateFormat.h"
#include "LiveReload.h"
#include "MailSenderService.h"
#include "Prompts.h"
#include "mail/OutboxSender.h"
#include "store/OutboxStore.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace certdesk {
namespace {

enum Column { IdCol, CreatedCol, KindCol, ToCol, StateCol, AttemptsCol, NextCol, ErrorCol, ColumnCount };

QString when(const QDateTime& utc)
{
    return utc.isValid() ? dateformat::dateTime(utc) : QString();
}

} // namespace

OutboxView::OutboxView(AppSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("outboxView"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("outboxSummaryLabel"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("outboxResultLabel"));
    m_result->setWordWrap(true);
    m_send = new QPushButton(this);
    m_send->setObjectName(QStringLiteral("sendNowButton"));
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("retryMailButton"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelMailButton"));
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshOutboxButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_result);
    layout->addLayout(buttons);

    connect(m_send, &QPushButton::clicked, this, &OutboxView::sendNow);
    connect(m_retry, &QPushButton::clicked, this, &OutboxView::retrySelected);
    connect(m_cancel, &QPushButton::clicked, this, &OutboxView::cancelSelected);
    connect(m_refresh, &QPushButton::clicked, this, &OutboxView::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OutboxView::updateButtons);
    connect(OutboxActivity::instance(), &OutboxActivity::outboxChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(&session, &AppSession::certificatesChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    // Mail queued or sent by another desktop or the portal shows up; the selection and scroll position stay.
    new LiveReload(session, this, [this] { LiveReload::keepingScroll(m_table, [this] { refresh(); }); },
                   {QStringLiteral("outbox"), QStringLiteral("history")});
    retranslateUi();
    refresh();
}

QString OutboxView::stateName(const QString& state)
{
    if (state == OutboxState::Queued)
        return tr("Queued");
    if (state == OutboxState::Sending)
        return tr("Sending");
    if (state == OutboxState::Sent)
        return tr("Sent");
    if (state == OutboxState::Failed)
        return tr("Failed");
    if (state == OutboxState::Cancelled)
        return tr("Cancelled");
    if (state == OutboxState::Unknown)
        return tr("Unknown — may have been sent");
    return state;
}

void OutboxView::retranslateUi()
{
    m_table->setHorizontalHeaderLabels({tr("ID"), tr("Created"), tr("Kind"), tr("To"), tr("State"),
                                        tr("Attempts"), tr("Next try"), tr("Last error")});
    m_send->setText(tr("Send now"));
    m_retry->setText(tr("Retry selected"));
    m_cancel->setText(tr("Cancel selected…"));
    m_refresh->setText(tr("Refresh"));
    m_result->clear();
    refresh();
}

void OutboxView::showEvent(QShowEvent* event)
{
    refresh();
    QWidget::showEvent(event);
}

void OutboxView::refresh()
{
    OutboxStore store(*m_session.db());
    const qint64 keep = selectedId();
    const QDateTime now = m_session.context().now();
    auto rows = store.list();
    const auto queued = store.count(OutboxState::Queued);
    const auto failed = store.count(OutboxState::Failed);
    if (!rows) {
        m_summary->setText(rows.error().message);
        return;
    }
    m_summary->setText(
        tr("Queued: %1 · Failed: %2").arg(queued ? queued.value() : 0).arg(failed ? failed.value() : 0));
    const QSignalBlocker block(m_table);
    m_table->clearSelection();
    m_table->setRowCount(int(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
        const OutboxRecord& m = rows->at(r);
        const QString shown = OutboxSender::shownState(m, now);
        const QStringList cells = {QString::number(m.id),
                                   when(m.createdAt),
                                   m.kind,
                                   m.recipient,
                                   stateName(shown),
                                   QString::number(m.attempts),
                                   m.state == OutboxState::Queued ? when(m.nextAttemptAt) : QString(),
                                   m.lastError};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, m.id);
            item->setData(Qt::UserRole + 1, shown);
            if (c == ErrorCol || c == ToCol)
                item->setToolTip(cells.at(c));
            if (c == StateCol && shown == OutboxState::Unknown)
                item->setToolTip(
                    tr("CertDesk stopped while sending this mail, so it may or may not have "
                       "arrived. It is not sent again on its own: ask the recipient, then resend "
                       "or cancel it."));
            m_table->setItem(r, c, item);
        }
        if (m.id == keep)
            m_table->selectRow(r);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

qint64 OutboxView::selectedId() const
{
    const auto items = m_table->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

void OutboxView::updateButtons()
{
    const auto items = m_table->selectedItems();
    const QString state = items.isEmpty() ? QString() : items.first()->data(Qt::UserRole + 1).toString();
    const bool open =
        state == OutboxState::Queued || state == OutboxState::Failed || state == OutboxState::Unknown;
    m_retry->setEnabled(open && !m_sending);
    m_cancel->setEnabled(open && !m_sending);
    m_send->setEnabled(!m_sending);
}

void OutboxView::sendNow()
{
    if (m_sending)
        return;
    m_sending = true;
    m_result->setText(tr("Sending…"));
    updateButtons();
    runOutboxInBackground(m_session, true, this, [this](const Result<OutboxRunSummary>& run) {
        m_sending = false;
        if (!run) {
            m_result->setText(run.error().message);
        } else if (run->attempted == 0) {
            m_result->setText(tr("Nothing to send."));
        } else {
            m_result->setText(tr("Sent %1 of %2 mail(s).").arg(run->sent).arg(run->attempted));
        }
        refresh();
        emit sendFinished();
    });
}

void OutboxView::retrySelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    auto retried = OutboxSender(m_session.context()).retry(id);
    if (!retried) {
        m_result->setText(retried.error().message);
    } else {
        m_result->setText(tr("Mail %1 will be sent on the next run.").arg(retried->id));
        OutboxActivity::instance()->notify();
        emit m_session.historyChanged(); // the retry is a history row
    }
    refresh();
}

void OutboxView::cancelSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    const auto answer = Prompts::ask(
        this, tr("Cancel mail"), tr("Cancel mail %1? It will not be sent; this cannot be undone.").arg(id));
    if (answer != QMessageBox::Yes)
        return;
    auto cancelled = OutboxSender(m_session.context()).cancel(id);
    if (!cancelled) {
        m_result->setText(cancelled.error().message);
    } else {
        m_result->setText(tr("Mail %1 was cancelled.").arg(cancelled->id));
        OutboxActivity::instance()->notify();
        emit m_session.historyChanged(); // the cancellation is a history row
    }
    refresh();
}

} // namespace certdesk
