#pragma once
// 操作履歴: a day view over the last month (previous / next day, date picker), filters (operation,
// operator, free text, optional date range), the yearly CSV export for the last five years, and the check
// of the history (hash chain, signed checkpoints, optionally an anchor file: HistoryWorkflows::verify).
#include "Page.h"
#include "store/HistoryLog.h"
#include <QDate>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace certdesk {
class HistoryModel;

class HistoryPage : public Page
{
    Q_OBJECT
public:
    static constexpr int DayViewDays = 30; // the day view reaches back one month
    static constexpr int ExportYears = 5;  // the current year and the four before it

    explicit HistoryPage(AppSession& session, QWidget* parent = nullptr);
    QString title() const override;
    void refresh() override;
    HistoryModel* model() const { return m_model; }
    void showDay(const QDate& day); // clamped to the last month
    QDate day() const { return m_day; }

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    QGridLayout* buildFilters();
    QDate today() const;
    void updateRanges();
    void fillOperations();
    void fillYears();
    HistoryFilter currentFilter() const;
    void applyFilter();
    void updateLabels();
    void exportYear();
    Result<qint64> writeYear(const QString& path, int year);
    void verifyHistory(bool withAnchorFile);

    HistoryModel* m_model;
    bool m_stale = false; // history written while the page was hidden
    QDate m_day;
    QPushButton* m_prevDay;
    QLabel* m_dayLabel;
    QPushButton* m_nextDay;
    QDateEdit* m_dateEdit;
    QLabel* m_dayHint;
    QCheckBox* m_rangeCheck;
    QLabel* m_fromLabel;
    QDateEdit* m_fromEdit;
    QLabel* m_toLabel;
    QDateEdit* m_toEdit;
    QLabel* m_operationLabel;
    QComboBox* m_operationCombo;
    QLabel* m_operatorLabel;
    QLineEdit* m_operatorEdit;
    QLabel* m_textLabel;
    QLineEdit* m_textEdit;
    QPushButton* m_clearFilters;
    QTimer* m_textTimer;
    QTableView* m_table;
    QLabel* m_countLabel;
    QLabel* m_exportLabel;
    QComboBox* m_yearCombo;
    QPushButton* m_exportButton;
    QPushButton* m_verifyButton;
    QPushButton* m_verifyAnchorButton;
    QLabel* m_statusLabel;
};

} // namespace certdesk
