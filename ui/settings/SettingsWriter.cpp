#include "SettingsWriter.h"
#include "store/Settings.h"
#include "store/Transaction.h"

namespace certdesk {

QStringList SettingsWriter::validate(const QList<Change>& changes, const QHash<QString, QString>& labels)
{
    QStringList errors;
    for (const Change& c : changes) {
        const QString err = Settings::validate(c.first, c.second);
        if (err.isEmpty())
            continue;
        const QString label = labels.value(c.first);
        if (label.isEmpty())
            errors << err;
        else if (err.contains(c.first)) // core names the key; show the field's label instead
            errors << QString(err).replace(c.first, label);
        else
            errors << tr("%1: %2").arg(label, err);
    }
    return errors;
}

Result<int> SettingsWriter::write(WorkflowContext& ctx, const QList<Change>& changes)
{
    for (const Change& c : changes) {
        if (const QString err = Settings::validate(c.first, c.second); !err.isEmpty())
            return makeError(ErrorCode::Invalid, err);
    }
    Transaction tx(ctx.db());
    if (auto s = tx.begin(); !s)
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
    if (changed == 0)
        return 0; // nothing to commit; the transaction rolls back harmlessly
    if (auto s = tx.commit(); !s)
        return s.error();
    return changed;
}

SettingsWriter::FormSave SettingsWriter::saveForm(WorkflowContext& ctx, const QList<Change>& form,
                                                  const QList<Change>& changed, const QHash<QString, QString>& labels)
{
    FormSave r;
    if (const QStringList errors = validate(form, labels); !errors.isEmpty()) {
        r.error = tr("Nothing was saved. Correct these values:\n%1").arg(errors.join(QLatin1Char('\n')));
        return r;
    }
    if (changed.isEmpty())
        return r;
    auto written = write(ctx, changed);
    if (!written)
        r.error = tr("Nothing was saved: %1").arg(written.error().message);
    else {
        r.written = true;
        r.saved = written.value();
    }
    return r;
}

} // namespace certdesk
