// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/CustomerName.h"

#include <QSet>
#include <QStringList>

namespace souffleur {

namespace {

bool isTitle(QString word)
{
    static const QSet<QString> titles{
        QStringLiteral("m"), QStringLiteral("mr"), QStringLiteral("mrs"), QStringLiteral("ms"), QStringLiteral("miss"),
        QStringLiteral("mx"), QStringLiteral("dr"), QStringLiteral("sir"), QStringLiteral("mme"), QStringLiteral("mmes"),
        QStringLiteral("mlle"), QStringLiteral("me"), QStringLiteral("pr"), QStringLiteral("madame"),
        QStringLiteral("monsieur"), QStringLiteral("mademoiselle")};
    if (word.endsWith(QLatin1Char('.')))
        word.chop(1);
    return titles.contains(word.toLower());
}

} // namespace

CustomerName CustomerName::parse(const QString &fullName)
{
    CustomerName name;
    QStringList words = fullName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > 1 && isTitle(words.constFirst()))
        name.title = words.takeFirst();
    if (words.isEmpty())
        return name;
    if (words.size() == 1) {
        // One word after a title is how agents write a surname ("Mme Martin"); alone, it is whatever was given.
        (name.title.isEmpty() ? name.first : name.last) = words.constFirst();
        return name;
    }
    name.first = words.takeFirst();
    name.last = words.join(QLatin1Char(' '));
    return name;
}

} // namespace souffleur
