#pragma once
// Settings → Mail → Outbox: the latest mails with their state, attempts, next try and last error;
// Send now (every queued mail, ignoring the backoff, off the GUI thread), Retry / Cancel the selected
// mail (queued, failed, or unknown: a "sending" mail whose sender's lease passed), Refresh, and a summary
// line with the queued and failed counts.
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace certdesk {
class AppSession;

class OutboxView : public QWidget
{
    Q_OBJECT
public:
    explicit OutboxView(AppSession& session, QWidget* parent = nullptr);
    void refresh();
    void retranslateUi();
    bool isSending() const { return m_sending; }
    static QString stateName(const QString& state); // translated; also OutboxState::Unknown

signals:
    void sendFinished();

protected:
    void showEvent(QShowEvent* event) override;

private:
    qint64 selectedId() const;
    void sendNow();
    void retrySelected();
    void cancelSelected();
    void updateButtons();

    AppSession& m_session;
    QLabel* m_summary;
    QTableWidget* m_table;
    QLabel* m_result;
    QPushButton* m_send;
    QPushButton* m_retry;
    QPushButton* m_cancel;
    QPushButton* m_refresh;
    bool m_sending = false;
};

} // namespace certdesk
