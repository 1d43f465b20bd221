#include "UiLanguage.h"
#include "util/AppTranslator.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace certdesk {

QString switchUiLanguage(const QString& language)
{
    static const QFont original = QApplication::font();
    const QString lang = installTranslators(language);
    QFont font = original;
    if (lang == QLatin1String("ja")) {
        const QStringList families = QFontDatabase::families();
        for (const char* candidate :
             {"Noto Sans CJK JP", "Yu Gothic UI", "Meiryo UI", "Hiragino Sans", "IPAexGothic", "IPAGothic"}) {
            const QString name = QString::fromLatin1(candidate);
            if (families.contains(name)) {
                font.setFamilies({name, original.family()});
                break;
            }
        }
    }
    QApplication::setFont(font);
    return lang;
}

} // namespace certdesk
