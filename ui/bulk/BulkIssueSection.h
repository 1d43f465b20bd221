#pragma once
// 証明書の一括発行: download the prefilled certificateform.csv, choose a filled-in file, see every
// problem (nothing is issued then) or a summary and Start, then issuance in the background with
// progress and cancel; unfinished jobs can be resumed.
#include "AppSession.h"
#include "bulk/BulkIssuePlan.h"
#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace certdesk {
class BulkRunPanel;
class CsvProblemTable;
class UnfinishedJobsBox;

class BulkIssueSection : public QWidget
{
    Q_OBJECT
public:
    enum State { EmptyState, ProblemsState, ReadyState, RunState };

    explicit BulkIssueSection(AppSession& session, QWidget* parent = nullptr);
    void refresh();
    State state() const;
    const std::optional<BulkIssuePlan>& plan() const { return m_plan; }
    BulkRunPanel* runPanel() const { return m_run; }

    // The steps behind the buttons (also used by the screenshot tool).
    void downloadForm();
    void chooseFile();
    void loadFile(const QString& path);
    void start();
    void resume(qint64 jobId, const QString& fileName, int pending);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void validate();
    bool unlockCa(const QString& title);
    void setRunning(bool running);
    void retranslateUi();

    AppSession& m_session;
    QByteArray m_bytes;
    QString m_fileName;
    std::optional<BulkIssuePlan> m_plan;

    QLabel* m_intro;
    QPushButton* m_download;
    QPushButton* m_choose;
    QCheckBox* m_createMissing;
    QLabel* m_fileLabel;
    QLabel* m_status;
    QStackedWidget* m_stack;
    CsvProblemTable* m_problems;
    QLabel* m_summaryTitle;
    QLabel* m_summary;
    QPushButton* m_start;
    BulkRunPanel* m_run;
    UnfinishedJobsBox* m_jobs;
};

} // namespace certdesk
