#include "Prompts.h"
#include "PassphraseDialog.h"

#include <QFileDialog>
#include <QQueue>

namespace certdesk {
namespace {

struct Queues
{
    QQueue<QMessageBox::StandardButton> answers;
    QQueue<QString> fileNames;
    QQueue<std::pair<std::optional<QByteArray>, bool>> passphrases;
    QStringList shown;
};

Queues& queues()
{
    static Queues q;
    return q;
}

QMessageBox::StandardButton show(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                 const QString& text, QMessageBox::StandardButtons buttons,
                                 QMessageBox::StandardButton defaultButton)
{
    queues().shown << title + QStringLiteral(": ") + text;
    if (!queues().answers.isEmpty())
        return queues().answers.dequeue();
    QMessageBox box(icon, title, text, buttons, parent);
    box.setObjectName(QStringLiteral("promptBox"));
    box.setDefaultButton(defaultButton);
    box.setEscapeButton(buttons.testFlag(QMessageBox::Cancel) ? QMessageBox::Cancel
                        : buttons.testFlag(QMessageBox::No)   ? QMessageBox::No
                                                              : defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

} // namespace

QMessageBox::StandardButton Prompts::ask(QWidget* parent, const QString& title, const QString& text,
                                         QMessageBox::StandardButtons buttons,
                                         QMessageBox::StandardButton defaultButton, QMessageBox::Icon icon)
{
    return show(parent, icon, title, text, buttons, defaultButton);
}

void Prompts::inform(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void Prompts::warn(QWidget* parent, const QString& title, const QString& text)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void Prompts::error(QWidget* parent, const QString& title, const Error& error)
{
    if (error.code == ErrorCode::Cancelled)
        return;
    show(parent, QMessageBox::Critical, title, error.message, QMessageBox::Ok, QMessageBox::Ok);
}

QString Prompts::saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                              const QString& filter)
{
    queues().shown << caption;
    if (!queues().fileNames.isEmpty())
        return queues().fileNames.dequeue();
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString Prompts::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    queues().shown << caption;
    if (!queues().fileNames.isEmpty())
        return queues().fileNames.dequeue();
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString Prompts::directory(QWidget* parent, const QString& caption, const QString& start)
{
    queues().shown << caption;
    if (!queues().fileNames.isEmpty())
        return queues().fileNames.dequeue();
    return QFileDialog::getExistingDirectory(parent, caption, start);
}

std::optional<QByteArray> Prompts::passphrase(QWidget* parent, const QString& caName, bool* remember)
{
    queues().shown << QStringLiteral("passphrase: ") + caName;
    if (!queues().passphrases.isEmpty()) {
        const auto next = queues().passphrases.dequeue();
        if (remember)
            *remember = next.second;
        return next.first;
    }
    PassphraseDialog dialog(caName, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    if (remember)
        *remember = dialog.remember();
    return dialog.passphrase();
}

void Prompts::setNextAnswer(QMessageBox::StandardButton answer)
{
    queues().answers.enqueue(answer);
}

void Prompts::setNextFileName(const QString& path)
{
    queues().fileNames.enqueue(path);
}

void Prompts::setNextPassphrase(const std::optional<QByteArray>& passphrase, bool remember)
{
    queues().passphrases.enqueue({passphrase, remember});
}

QStringList Prompts::shownMessages()
{
    return queues().shown;
}

void Prompts::clearShownMessages()
{
    queues().shown.clear();
}

bool Prompts::hasQueuedAnswers()
{
    return !queues().answers.isEmpty() || !queues().fileNames.isEmpty() || !queues().passphrases.isEmpty();
}

} // namespace certdesk
