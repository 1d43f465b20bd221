#pragma once
// 証明書ダウンロード + パスワードリストCSV: every certificate awaiting download as one ZIP file
// (.p12 files, cacert.pem, cacert.crt and passwords.csv), written in the background.
#include "AppSession.h"
#include "bulk/ZipExport.h"
#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
template <typename T> class QFutureWatcher;

namespace certdesk {

class ZipExportSection : public QWidget
{
    Q_OBJECT
public:
    explicit ZipExportSection(AppSession& session, QWidget* parent = nullptr);
    ~ZipExportSection() override; // waits for a running export
    void refresh();
    void exportZip();
    bool isRunning() const { return m_running; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Job;
    void finish();
    void retranslateUi();

    AppSession& m_session;
    std::shared_ptr<Job> m_job;
    QFutureWatcher<void>* m_watcher;
    bool m_running = false;
    bool m_stale = false; // certificates changed while the section was hidden
    std::optional<int> m_count;
    QString m_countError;
    std::optional<ZipExportSummary> m_summary;

    QLabel* m_intro;
    QLabel* m_countLabel;
    QLabel* m_warning;
    QPushButton* m_export;
    QLabel* m_result;
};

} // namespace certdesk
