#pragma once
// 証明書認証(利用者選択): choose per user whether certificate authentication is used, page by page,
// then Apply (設定) once; list export (一覧出力) and the default for new users.
#include "Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace certdesk {
class UserSelectionModel;

class SelectionPage : public Page
{
    Q_OBJECT
public:
    static constexpr int SearchDelayMs = 250; // as on the users page

    explicit SelectionPage(AppSession& session, QWidget* parent = nullptr);
    QString title() const override;
    void refresh() override;
    UserSelectionModel* model() const { return m_model; }

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void reloadGroups();
    void loadDefault();
    void updateState();
    void apply();
    void discard();
    void exportList();
    Result<qint64> writeList(const QString& path, const QString& group);
    void saveDefault(int index);

    UserSelectionModel* m_model;
    bool m_updateQueued = false;
    bool m_stale = false; // users changed while the page was hidden
    QTimer* m_searchTimer;
    QLineEdit* m_search;
    QLabel* m_groupLabel;
    QComboBox* m_groupCombo;
    QPushButton* m_exportButton;
    QLabel* m_warningLabel;
    QLabel* m_selectAllLabel;
    QPushButton* m_selectAllUse;
    QPushButton* m_selectAllDontUse;
    QTableView* m_table;
    QPushButton* m_prev;
    QLabel* m_pageLabel;
    QPushButton* m_next;
    QLabel* m_pendingLabel;
    QLabel* m_statusLabel;
    QPushButton* m_discard;
    QPushButton* m_apply;
    QLabel* m_defaultTitle;
    QLabel* m_defaultText;
    QComboBox* m_defaultCombo;
};

} // namespace certdesk
