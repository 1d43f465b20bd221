#pragma once
// Runs the pending rows of a bulk issuance job in the background (BulkIssueRunner on a
// QtConcurrent thread) and shows it: progress bar, "Issued X of N (F failed), about T s left",
// Cancel, then the result with every failed row. The CA must be unlocked (on the GUI thread) first.
#include "AppSession.h"
#include "bulk/BulkIssueRunner.h"

#include <QElapsedTimer>
#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
template <typename T> class QFutureWatcher;

namespace certdesk {

class BulkRunPanel : public QWidget
{
    Q_OBJECT
public:
    enum FailureColumn { LineColumn, LoginColumn, DeviceColumn, ErrorColumn, FailureColumnCount };

    explicit BulkRunPanel(AppSession& session, QWidget* parent = nullptr);
    ~BulkRunPanel() override; // cancels a running job and waits for it

    void start(qint64 jobId, const QString& fileName);
    bool isRunning() const { return m_running; }
    qint64 jobId() const { return m_jobId; }
    void cancel();

signals:
    void runningChanged(bool running);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Run;
    void showProgress(const BulkProgress& progress);
    void finish();
    void retranslateUi();
    QString progressText() const;
    QString resultText() const;

    AppSession& m_session;
    std::shared_ptr<Run> m_run;
    QFutureWatcher<void>* m_watcher;
    QElapsedTimer m_timer;
    qint64 m_jobId = 0;
    QString m_fileName;
    bool m_running = false;
    bool m_cancelling = false;
    BulkProgress m_progress;
    std::optional<BulkRunSummary> m_summary;
    std::optional<Error> m_error;

    QLabel* m_title;
    QProgressBar* m_bar;
    QLabel* m_progressLabel;
    QPushButton* m_cancel;
    QLabel* m_result;
    QTableWidget* m_failures;
};

} // namespace certdesk
