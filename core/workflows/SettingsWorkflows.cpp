#include "workflows/SettingsWorkflows.h"
#include "mail/MailTemplates.h"
#include "store/Settings.h"
#include "store/Transaction.h"

namespace certdesk {
namespace {

// What a refused settings change asked for: its keys, not the values.
QString settingsAction(const QList<SettingsWorkflows::Change>& changes)
{
    QStringList keys;
    for (const SettingsWorkflows::Change& c : changes)
        keys << c.first;
    return QStringLiteral("settings set ") + keys.join(QLatin1Char(' ')).left(500);
}

} // namespace

QString SettingsWorkflows::validate(const QString& key, const QString& value)
{
    // The store does not know the templates: their placeholders are checked here.
    if (key.startsWith(QLatin1String("mail.template.")))
        return MailTemplates::validateSetting(key, value);
    return Settings::validate(key, value);
}

QStringList SettingsWorkflows::validate(const QList<Change>& changes, const QHash<QString, QString>& labels)
{
    QStringList errors;
    for (const Change& c : changes) {
        const QString err = validate(c.first, c.second);
        if (err.isEmpty())
            continue;
        const QString label = labels.value(c.first);
        if (label.isEmpty())
            errors << err;
        else if (err.contains(c.first)) // the message names the key; show the field's label instead
            errors << QString(err).replace(c.first, label);
        else
            errors << tr("%1: %2").arg(label, err);
    }
    return errors;
}

Status SettingsWorkflows::checkAll(const QList<Change>& changes)
{
    for (const Change& c : changes) {
        if (const QString err = validate(c.first, c.second); !err.isEmpty())
            return makeError(ErrorCode::Invalid, err);
    }
    return {};
}

Result<int> SettingsWorkflows::writeWithHistory(WorkflowContext& ctx, const QList<Change>& changes)
{
    if (auto s = checkAll(changes); !s)
        return s.error();
    Settings settings(ctx.db());
    int changed = 0;
    for (const Change& c : changes) {
        if (settings.value(c.first) == c.second)
            continue;
        if (auto s = settings.set(c.first, c.second); !s)
            return s.error();
        HistoryEntry h = ctx.historyEntry(Op::SettingsChanged);
        h.details = c.first + QLatin1Char('=') + c.second;
        if (auto s = HistoryLog::append(ctx.db(), h); !s)
            return s.error();
        ++changed;
    }
    return changed;
}

Result<int> SettingsWorkflows::write(const QList<Change>& changes)
{
    if (auto s = m_ctx.require(Permission::Administer, settingsAction(changes)); !s)
        return s.error();
    if (auto s = checkAll(changes); !s)
        return s.error();
    Transaction tx(m_ctx.db());
    if (auto s = tx.begin(); !s)
        return s.error();
    auto changed = writeWithHistory(m_ctx, changes);
    if (!changed)
        return changed.error();
    if (changed.value() == 0)
        return 0; // nothing to commit; the transaction rolls back harmlessly
    if (auto s = tx.commit(); !s)
        return s.error();
    return changed.value();
}

Result<bool> SettingsWorkflows::set(const QString& key, const QString& value)
{
    auto changed = write({{key, value}});
    if (!changed)
        return changed.error();
    return changed.value() > 0;
}

Result<int> SettingsWorkflows::saveForm(const QList<Change>& form, const QList<Change>& changed,
                                        const QHash<QString, QString>& labels)
{
    if (auto s = m_ctx.require(Permission::Administer, settingsAction(changed.isEmpty() ? form : changed));
        !s)
        return s.error();
    if (const QStringList errors = validate(form, labels); !errors.isEmpty())
        return makeError(
            ErrorCode::Invalid,
            tr("Nothing was saved. Correct these values:\n%1").arg(errors.join(QLatin1Char('\n'))));
    if (changed.isEmpty())
        return 0;
    auto written = write(changed);
    if (!written) {
        Error e = written.error();
        e.message = tr("Nothing was saved: %1").arg(e.message);
        return e;
    }
    return written.value();
}

} // namespace certdesk
