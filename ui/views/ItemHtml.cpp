// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/ItemHtml.h"

#include "content/TicketFields.h"

#include <QLocale>

namespace souffleur {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// A reply body with its placeholders shown as placeholders, never as if they were text for the customer.
QString withPlaceholders(const QString &text)
{
    QString html;
    qsizetype pos = 0;
    for (const Placeholder &p : parsePlaceholders(text)) {
        html += esc(text.mid(pos, p.start - pos));
        QString label = TicketFields::label(p.name);
        if (p.hasFallback)
            label += QStringLiteral(" | ") + p.fallback;
        html += QStringLiteral("<span style=\"background-color:#fde9a9; color:#5a4500;\">&#x2039;%1&#x203A;</span>").arg(esc(label));
        pos = p.start + p.length;
    }
    return html + esc(text.mid(pos));
}

} // namespace

QString ItemHtml::kindName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Procedure: return tr("Procedure");
    case ItemKind::Reply: return tr("Standard reply");
    case ItemKind::Article: return tr("Article");
    }
    return {};
}

QString ItemHtml::confidenceName(const QString &confidence)
{
    if (confidence == QLatin1String("validated"))
        return tr("validated content");
    if (confidence == QLatin1String("not_validated"))
        return tr("content not validated");
    return tr("content being written");
}

QString ItemHtml::metaLine(const Item &item, const QDate &today)
{
    QStringList parts{kindName(item.kind), item.locale, tr("version %1").arg(item.version), confidenceName(item.confidence)};
    if (item.state != QLatin1String("published"))
        parts << (item.state == QLatin1String("draft") ? tr("draft") : tr("archived content"));
    if (!item.owner.isEmpty())
        parts << item.owner;
    QString line = esc(parts.join(QStringLiteral(" · ")));
    const QDate reviewed = QDate::fromString(item.reviewedAt.left(10), Qt::ISODate);
    if (reviewed.isValid()) {
        const QString date = QLocale().toString(reviewed, QLocale::ShortFormat);
        if (item.reviewOverdue(today))
            line += QStringLiteral(" · <span style=\"color:#b3261e;\">%1</span>").arg(esc(tr("review overdue (last %1)").arg(date)));
        else
            line += QStringLiteral(" · ") + esc(tr("reviewed %1").arg(date));
    }
    return line;
}

QString ItemHtml::reply(const Item &item)
{
    QString html;
    if (!item.channels.isEmpty())
        html += QStringLiteral("<p style=\"color:#555;\">%1</p>").arg(esc(tr("Channels: %1").arg(TicketFields::channelLabels(item.channels).join(QStringLiteral(", ")))));
    if (!item.content.subject.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Subject:")), withPlaceholders(item.content.subject));
    html += QStringLiteral("<div style=\"background-color:#f6f8fa; padding:8px;\">%1</div>").arg(withPlaceholders(item.content.body));
    if (!item.content.tone.isEmpty())
        html += QStringLiteral("<p style=\"color:#555;\"><i>%1</i></p>").arg(esc(tr("Tone: %1").arg(item.content.tone)));
    return html;
}

} // namespace souffleur
