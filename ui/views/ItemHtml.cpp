// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/ItemHtml.h"

#include "content/TicketFields.h"
#include "style/Theme.h"

#include <QLocale>

namespace souffleur {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// A reply body with its placeholders shown as placeholders, never as if they were text for the customer.
QString withPlaceholders(const QString &text, const QPalette &palette)
{
    const QColor background = Theme::tint(palette, Theme::Tone::Warning);
    const QString style = QStringLiteral("background-color:%1; color:%2;")
                              .arg(Theme::css(background), Theme::css(Theme::readable(palette, Theme::text(palette, Theme::Tone::Warning), {background})));
    QString html;
    qsizetype pos = 0;
    for (const Placeholder &p : parsePlaceholders(text)) {
        html += esc(text.mid(pos, p.start - pos));
        QString label = TicketFields::label(p.name);
        if (p.hasFallback)
            label += QStringLiteral(" | ") + p.fallback;
        html += QStringLiteral("<span style=\"%1\">&#x2039;%2&#x203A;</span>").arg(style, esc(label));
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

QString ItemHtml::metaLine(const Item &item, const QDate &today, const QPalette &palette)
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
            line += QStringLiteral(" · <span style=\"color:%1;\">%2</span>")
                        .arg(Theme::css(Theme::text(palette, Theme::Tone::Error)), esc(tr("review overdue (last %1)").arg(date)));
        else
            line += QStringLiteral(" · ") + esc(tr("reviewed %1").arg(date));
    }
    return line;
}

QString ItemHtml::reply(const Item &item, const QPalette &palette)
{
    const QString muted = Theme::css(Theme::muted(palette));
    QString html;
    if (!item.channels.isEmpty())
        html += QStringLiteral("<p style=\"color:%1;\">%2</p>").arg(muted, esc(tr("Channels: %1").arg(TicketFields::channelLabels(item.channels).join(QStringLiteral(", ")))));
    if (!item.content.subject.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Subject:")), withPlaceholders(item.content.subject, palette));
    html += QStringLiteral("<div style=\"background-color:%1; padding:0.5em;\">%2</div>")
                .arg(Theme::css(Theme::tint(palette, Theme::Tone::Neutral)), withPlaceholders(item.content.body, palette));
    if (!item.content.tone.isEmpty())
        html += QStringLiteral("<p style=\"color:%1;\"><i>%2</i></p>").arg(muted, esc(tr("Tone: %1").arg(item.content.tone)));
    return html;
}

} // namespace souffleur
