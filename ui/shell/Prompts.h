#pragma once
// Every message box, file dialog and passphrase prompt of the GUI goes through here, so that GUI
// tests can answer them (setNext...) instead of blocking on a modal dialog.
#include "util/Result.h"
#include <QMessageBox>
#include <QStringList>
#include <optional>

namespace certdesk {

class Prompts
{
public:
    static QMessageBox::StandardButton ask(QWidget* parent, const QString& title, const QString& text,
                                           QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                  QMessageBox::No,
                                           QMessageBox::StandardButton defaultButton = QMessageBox::No,
                                           QMessageBox::Icon icon = QMessageBox::Question);
    static void inform(QWidget* parent, const QString& title, const QString& text);
    static void warn(QWidget* parent, const QString& title, const QString& text);
    static void error(QWidget* parent, const QString& title, const Error& error);
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                const QString& filter);
    static QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    static QString directory(QWidget* parent, const QString& caption, const QString& start);
    // The CA passphrase; nullopt when cancelled. *remember: "remember on this computer" was ticked.
    static std::optional<QByteArray> passphrase(QWidget* parent, const QString& caName, bool* remember);

    // Test seams: queued answers are used instead of showing a dialog.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextFileName(const QString& path); // "" = cancelled
    static void setNextPassphrase(const std::optional<QByteArray>& passphrase, bool remember = false);
    static QStringList shownMessages(); // title + text of everything shown or answered, oldest first
    static void clearShownMessages();
    static bool hasQueuedAnswers();
};

} // namespace certdesk
