#pragma once
// Settings → Portal and CRL (ポータルとCRL): the download portal URL, deadline and download limit; the
// CRL folder and publish command of THIS computer (its local crl-publish.conf, PublishTarget: never the
// database) and the next-update period with "Publish CRL now" and the current CRL; the CRL / OCSP /
// CA-issuers addresses written into new certificates; and the download portal run on this computer
// (PortalServerBox). Save validates every value and writes the changed database settings with their
// history rows in one transaction (SettingsWorkflows::saveForm), and the folder and command to the
// local file.
#include "settings/SettingsFields.h"
#include <QHash>
#include <QWidget>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace certdesk {
class AppSession;
class PortalServerBox;

class PortalSettingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PortalSettingsPanel(AppSession& session, QWidget* parent = nullptr);
    bool hasUnsavedChanges() const;
    bool save(); // false when something is invalid or could not be written (the error label says why)
    void publishCrlNow();
    PortalServerBox* serverBox() const { return m_serverBox; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    QWidget* addField(const QString& key, const char* objectName, bool number);
    void addRows(QGroupBox* box, const QStringList& keys);
    QString fieldName(const QString& key) const;
    QList<QPair<QString, QString>> formValues() const;
    QList<QPair<QString, QString>> changedValues() const;
    void load();
    void reloadUnedited();
    void revert();
    void browseFolder();
    bool localChanged() const;
    void showLocalHint();
    int saveLocal(); // how many of folder/command changed; -1 when refused or not written (m_error says)
    void showCrlStatus();
    void crlStatusChanged(); // now when shown, else when shown next
    void setResult(QLabel* label, const QString& text, bool problem);
    void updateButtons();
    void retranslateUi();

    AppSession& m_session;
    SettingsFields m_fields;
    QGroupBox* m_portalBox;
    QGroupBox* m_crlBox;
    QGroupBox* m_urlBox;
    QLabel* m_urlHint;
    QLabel* m_folderLabel;
    QLineEdit* m_folderEdit;
    QLabel* m_commandLabel;
    QLineEdit* m_commandEdit;
    QLabel* m_localHint;
    QString m_loadedFolder;
    QString m_loadedCommand;
    QPushButton* m_browse;
    QLabel* m_crlStatus;
    bool m_crlStatusStale = false; // changed while hidden (the usual case: another screen is shown)
    QPushButton* m_publish;
    QLabel* m_publishResult;
    QLabel* m_error;
    QLabel* m_status;
    QPushButton* m_revert;
    QPushButton* m_save;
    PortalServerBox* m_serverBox;
};

} // namespace certdesk
