#pragma once
// "Unfinished jobs": bulk issuance jobs with rows still pending (cancelled, or interrupted by a
// closed window or a crash), newest first, and Resume for the selected one.
#include "AppSession.h"
#include <QGroupBox>

class QLabel;
class QPushButton;
class QTableWidget;

namespace certdesk {

class UnfinishedJobsBox : public QGroupBox
{
    Q_OBJECT
public:
    enum Column { JobColumn, FileColumn, AcceptedColumn, ByColumn, PendingColumn, ColumnCount };

    explicit UnfinishedJobsBox(AppSession& session, QWidget* parent = nullptr);
    // Reloads the list; `runningJob` (being issued right now) is left out.
    void reload(qint64 runningJob = 0);
    void setResumeEnabled(bool enabled);
    int jobCount() const;
    QTableWidget* table() const { return m_table; }

signals:
    void resumeRequested(qint64 jobId, const QString& fileName, int pending);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButton();
    AppSession& m_session;
    bool m_resumeAllowed = true;
    QString m_loadError;
    QLabel* m_empty;
    QTableWidget* m_table;
    QPushButton* m_resume;
};

} // namespace certdesk
