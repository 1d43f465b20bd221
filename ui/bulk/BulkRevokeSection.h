#pragma once
// CSV一括失効: choose a file naming certificates (serial number, common name, or login ID + device),
// see every problem (nothing is revoked then) or the certificates it names, choose the reason and
// revoke them all in one transaction after a confirmation.
#include "AppSession.h"
#include "bulk/BulkRevoke.h"
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace certdesk {
class CsvProblemTable;

class BulkRevokeSection : public QWidget
{
    Q_OBJECT
public:
    enum State { EmptyState, ProblemsState, ReadyState };
    enum TargetColumn {
        LineColumn,
        LoginColumn,
        DeviceColumn,
        SerialColumn,
        StatusColumn,
        TargetColumnCount
    };

    explicit BulkRevokeSection(AppSession& session, QWidget* parent = nullptr);
    State state() const;
    const std::optional<BulkRevokePlan>& plan() const { return m_plan; }

    void chooseFile();
    void loadFile(const QString& path);
    void revoke();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void showTargets();
    void retranslateUi();

    AppSession& m_session;
    QString m_fileName;
    std::optional<BulkRevokePlan> m_plan;

    QLabel* m_intro;
    QPushButton* m_choose;
    QLabel* m_fileLabel;
    QLabel* m_status;
    QStackedWidget* m_stack;
    CsvProblemTable* m_problems;
    QLabel* m_targetsTitle;
    QTableWidget* m_targets;
    QLabel* m_consequence;
    QLabel* m_reasonLabel;
    QComboBox* m_reason;
    QLabel* m_remarksLabel;
    QLineEdit* m_remarks;
    QPushButton* m_revoke;
};

} // namespace certdesk
