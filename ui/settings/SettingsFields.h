#pragma once
// The setting editors of a settings tab (a spin box or a line edit per key) and the values they were
// loaded with: building, loading, reading and "what changed", shared by Settings → General and
// Settings → Portal and CRL. Allowed ranges are checked by Settings::validate on save.
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>

class QLabel;
class QWidget;

namespace certdesk {

class Settings;

class SettingsFields
{
public:
    struct Field
    {
        QString key;
        QLabel* label;
        QWidget* editor; // QSpinBox or QLineEdit
    };
    using Values = QList<QPair<QString, QString>>;

    // A label and its editor, children of `parent`; `edited` runs on every change.
    QWidget* add(QWidget* parent, const QString& key, const char* objectName, bool number,
                 const std::function<void()>& edited);
    const QList<Field>& fields() const { return m_fields; }

    Values values() const; // key -> what the editor shows (trimmed text / number)
    // Shows the stored values (no edit signals) and remembers them as loaded. `keepEdits`: fields whose
    // value differs from the loaded one are left as the user typed them.
    void load(const Settings& settings, bool keepEdits = false);
    // What the form started from, when the tab has editors of its own besides these.
    void setLoaded(const Values& values);
    bool isLoaded() const { return !m_loaded.isEmpty(); }
    Values changed(const Values& values) const; // those of `values` that differ from the loaded ones

private:
    QList<Field> m_fields;
    QHash<QString, QString> m_loaded;
};

} // namespace certdesk
