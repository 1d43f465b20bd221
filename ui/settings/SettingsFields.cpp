#include "SettingsFields.h"
#include "store/Settings.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace certdesk {
namespace {

QString editorValue(QWidget* editor)
{
    if (auto* spin = qobject_cast<QSpinBox*>(editor))
        return QString::number(spin->value());
    return static_cast<QLineEdit*>(editor)->text().trimmed();
}

void setEditorValue(QWidget* editor, const QString& value)
{
    const QSignalBlocker block(editor);
    if (auto* spin = qobject_cast<QSpinBox*>(editor))
        spin->setValue(value.toInt());
    else
        static_cast<QLineEdit*>(editor)->setText(value);
}

} // namespace

QWidget* SettingsFields::add(QWidget* parent, const QString& key, const char* objectName, bool number,
                             const std::function<void()>& edited)
{
    QWidget* editor = nullptr;
    if (number) {
        auto* spin = new QSpinBox(parent);
        spin->setRange(0, 100000); // the allowed ranges are checked by Settings::validate on save
        spin->setMaximumWidth(140);
        QObject::connect(spin, &QSpinBox::valueChanged, parent, [edited] { edited(); });
        editor = spin;
    } else {
        auto* edit = new QLineEdit(parent);
        QObject::connect(edit, &QLineEdit::textChanged, parent, [edited] { edited(); });
        editor = edit;
    }
    editor->setObjectName(QString::fromLatin1(objectName));
    auto* label = new QLabel(parent);
    label->setBuddy(editor);
    m_fields.append({key, label, editor});
    return editor;
}

SettingsFields::Values SettingsFields::values() const
{
    Values values;
    for (const Field& f : m_fields)
        values.append({f.key, editorValue(f.editor)});
    return values;
}

void SettingsFields::load(const Settings& settings, bool keepEdits)
{
    for (const Field& f : std::as_const(m_fields)) {
        if (keepEdits && editorValue(f.editor) != m_loaded.value(f.key))
            continue;
        setEditorValue(f.editor, settings.value(f.key));
        m_loaded.insert(f.key, editorValue(f.editor));
    }
}

void SettingsFields::setLoaded(const Values& values)
{
    m_loaded.clear();
    for (const auto& kv : values)
        m_loaded.insert(kv.first, kv.second);
}

SettingsFields::Values SettingsFields::changed(const Values& values) const
{
    Values changed;
    for (const auto& kv : values) {
        if (m_loaded.value(kv.first) != kv.second)
            changed.append(kv);
    }
    return changed;
}

} // namespace certdesk
