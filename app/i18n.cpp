#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace mua {

void installTranslations(QCoreApplication &app)
{
    // The reader's language; else English, the sources' own, whose file holds only the plural forms
    // ("%n package(s)" as "1 package", "2 packages"): a language without a translation reads English.
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("magento-upgrade-assistant"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral("magento-upgrade-assistant_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    // Qt's own strings (dialog buttons) from the system's Qt translations, when installed.
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace mua
