// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/Content.h"

#include <QRegularExpression>

namespace souffleur {

QString kindToString(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Procedure: return QStringLiteral("procedure");
    case ItemKind::Reply: return QStringLiteral("reply");
    case ItemKind::Article: return QStringLiteral("article");
    }
    return {};
}

bool kindFromString(const QString &text, ItemKind *kind)
{
    for (ItemKind k : {ItemKind::Procedure, ItemKind::Reply, ItemKind::Article}) {
        if (kindToString(k) == text) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString stepTypeToString(StepType type)
{
    switch (type) {
    case StepType::Action: return QStringLiteral("action");
    case StepType::Question: return QStringLiteral("question");
    case StepType::Resolution: return QStringLiteral("resolution");
    case StepType::Escalation: return QStringLiteral("escalation");
    }
    return {};
}

bool stepTypeFromString(const QString &text, StepType *type)
{
    for (StepType t : {StepType::Action, StepType::Question, StepType::Resolution, StepType::Escalation}) {
        if (stepTypeToString(t) == text) {
            *type = t;
            return true;
        }
    }
    return false;
}

bool Item::reviewOverdue(const QDate &today) const
{
    const QDate reviewed = QDate::fromString(reviewedAt.left(10), Qt::ISODate);
    if (!reviewed.isValid())
        return false;
    return reviewed.addDays(reviewIntervalDays) < today;
}

QString Category::name(const QString &locale, const QString &fallback) const
{
    if (const auto it = names.constFind(locale); it != names.cend() && !it->isEmpty())
        return *it;
    if (const auto it = names.constFind(fallback); it != names.cend() && !it->isEmpty())
        return *it;
    return names.isEmpty() ? id : names.first();
}

QList<Placeholder> parsePlaceholders(const QString &text, QStringList *problems)
{
    static const QRegularExpression nameRe(QStringLiteral("^[a-z_]+(\\.[a-z_]+)*$"));
    QList<Placeholder> result;
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), pos);
        const qsizetype stray = text.indexOf(QLatin1String("}}"), pos);
        if (stray >= 0 && (open < 0 || stray < open)) {
            if (problems)
                problems->append(QStringLiteral("stray \"}}\" at character %1").arg(stray));
            pos = stray + 2;
            continue;
        }
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        const qsizetype nextOpen = text.indexOf(QLatin1String("{{"), open + 2);
        if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
            if (problems)
                problems->append(QStringLiteral("unclosed \"{{\" at character %1").arg(open));
            pos = open + 2;
            continue;
        }
        const QString inner = text.mid(open + 2, close - open - 2);
        Placeholder p;
        p.start = open;
        p.length = close + 2 - open;
        const qsizetype bar = inner.indexOf(QLatin1Char('|'));
        p.name = (bar < 0 ? inner : inner.left(bar)).trimmed();
        if (bar >= 0) {
            p.hasFallback = true;
            p.fallback = inner.mid(bar + 1);
        }
        if (!nameRe.match(p.name).hasMatch()) {
            if (problems)
                problems->append(QStringLiteral("invalid placeholder name \"%1\" at character %2").arg(p.name).arg(open));
        } else {
            result.append(p);
        }
        pos = close + 2;
    }
    return result;
}

} // namespace souffleur
