#pragma once
// ユーザーの一括登録: export every user as CSV, and import a user CSV (add new login IDs, update
// existing users) — every problem listed and nothing imported, or a dry run's counts confirmed first.
#include "AppSession.h"
#include "bulk/UserCsv.h"
#include <QWidget>
#include <optional>

class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace certdesk {
class CsvProblemTable;

class UserCsvSection : public QWidget
{
    Q_OBJECT
public:
    enum State { EmptyState, ProblemsState, ReadyState };

    explicit UserCsvSection(AppSession& session, QWidget* parent = nullptr);
    State state() const;
    const std::optional<UserImportSummary>& dryRun() const { return m_dryRun; }

    void exportUsers();
    void chooseFile();
    void loadFile(const QString& path);
    void importUsers();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();

    AppSession& m_session;
    QString m_fileName;
    std::optional<UserImportPlan> m_plan;
    std::optional<UserImportSummary> m_dryRun;

    QGroupBox* m_exportBox;
    QLabel* m_exportIntro;
    QPushButton* m_export;
    QGroupBox* m_importBox;
    QLabel* m_importIntro;
    QPushButton* m_choose;
    QLabel* m_fileLabel;
    QLabel* m_status;
    QStackedWidget* m_stack;
    CsvProblemTable* m_problems;
    QLabel* m_summary;
    QPushButton* m_import;
};

} // namespace certdesk
