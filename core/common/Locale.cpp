// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Locale.h"

#include <QRegularExpression>

namespace souffleur {

QString languageOf(const QString &locale)
{
    // Called for every candidate of every suggestion: no regular expression here.
    qsizetype cut = 0;
    while (cut < locale.size() && locale.at(cut) != QLatin1Char('-') && locale.at(cut) != QLatin1Char('_'))
        ++cut;
    return locale.left(cut).toLower();
}

bool isValidLocaleTag(const QString &locale)
{
    static const QRegularExpression re(QStringLiteral("^[a-z]{2,3}(-[A-Z]{2})?$"));
    return re.match(locale).hasMatch();
}

QStringList localeFallbackChain(const QString &preferred, const QString &defaultLocale, const QStringList &available)
{
    QStringList chain;
    auto add = [&chain](const QString &l) {
        if (!l.isEmpty() && !chain.contains(l))
            chain.append(l);
    };
    add(preferred);
    const QString lang = languageOf(preferred);
    for (const QString &l : available)
        if (languageOf(l) == lang)
            add(l);
    add(defaultLocale);
    for (const QString &l : available)
        add(l);
    return chain;
}

int pickLocaleVariant(const QStringList &candidates, const QString &preferred, const QString &defaultLocale)
{
    if (candidates.isEmpty())
        return -1;
    const QStringList chain = localeFallbackChain(preferred, defaultLocale, candidates);
    for (const QString &l : chain) {
        const qsizetype i = candidates.indexOf(l);
        if (i >= 0)
            return int(i);
    }
    return 0;
}

} // namespace souffleur
