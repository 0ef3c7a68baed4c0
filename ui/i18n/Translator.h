// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

namespace souffleur {

// Installs the application's translation and Qt's own (qtbase_*) for a language, falling back to English (the
// source language). Switching languages at run time sends QEvent::LanguageChange to every widget.
class Translator final
{
public:
    // "fr" or "en": the setting when it names one, otherwise the system's UI language when we ship it, else "en".
    static QString effectiveLanguage(const QString &setting);
    static QStringList shippedLanguages() { return {QStringLiteral("en"), QStringLiteral("fr")}; }

    // Replaces the installed translators with those of `language`.
    void apply(const QString &language);
    QString language() const { return m_language; }

    // The content locale an agent speaking `language` wants first ("fr-FR" for "fr").
    static QString contentLocaleFor(const QString &language);

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
};

} // namespace souffleur
