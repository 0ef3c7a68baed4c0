// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace souffleur {

QString Translator::effectiveLanguage(const QString &setting)
{
    if (shippedLanguages().contains(setting))
        return setting;
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString lang = ui.left(2).toLower();
        if (shippedLanguages().contains(lang))
            return lang;
    }
    return QStringLiteral("en");
}

QString Translator::contentLocaleFor(const QString &language)
{
    return language == QLatin1String("fr") ? QStringLiteral("fr-FR") : QStringLiteral("en-GB");
}

void Translator::apply(const QString &language)
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::make_unique<QTranslator>();
    m_qt = std::make_unique<QTranslator>();
    m_language = language;
    QLocale::setDefault(QLocale(language == QLatin1String("fr") ? QStringLiteral("fr_FR") : QStringLiteral("en_GB")));
    // English is the source language; its .qm exists for plural forms and is loaded like any other.
    if (m_app->load(QStringLiteral(":/i18n/souffleur_%1.qm").arg(language)))
        QCoreApplication::installTranslator(m_app.get());
    if (m_qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt.get());
}

} // namespace souffleur
