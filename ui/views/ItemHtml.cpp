// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/ItemHtml.h"

#include <QHash>
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
        QString label = p.name;
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
        return tr("validated");
    if (confidence == QLatin1String("not_validated"))
        return tr("not validated");
    return tr("work in progress");
}

QString ItemHtml::metaLine(const Item &item, const QDate &today)
{
    QStringList parts{kindName(item.kind), item.locale, tr("version %1").arg(item.version), confidenceName(item.confidence)};
    if (item.state != QLatin1String("published"))
        parts << (item.state == QLatin1String("draft") ? tr("draft") : tr("archived"));
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

QString ItemHtml::procedure(const Item &item)
{
    QHash<QString, int> number;
    for (qsizetype i = 0; i < item.content.steps.size(); ++i)
        number.insert(item.content.steps.at(i).id, int(i) + 1);
    const auto stepRef = [&](const QString &id) {
        return number.contains(id) ? tr("step %1").arg(number.value(id)) : esc(id);
    };

    QString html;
    if (!item.content.summary.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(item.content.summary));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"6\" width=\"100%\">");
    for (qsizetype i = 0; i < item.content.steps.size(); ++i) {
        const Step &s = item.content.steps.at(i);
        QString marker, colour, body = esc(s.text);
        switch (s.type) {
        case StepType::Action:
            marker = QStringLiteral("&#x25B6;");
            colour = QStringLiteral("#1a5fb4");
            if (!s.next.isEmpty() && number.value(s.next) != int(i) + 2)
                body += QStringLiteral("<br><span style=\"color:#555;\">&#x2192; %1</span>").arg(stepRef(s.next));
            break;
        case StepType::Question:
            marker = QStringLiteral("?");
            colour = QStringLiteral("#8a5a00");
            body = QStringLiteral("<b>%1</b>").arg(body);
            for (const Answer &a : s.answers)
                body += QStringLiteral("<br>&nbsp;&nbsp;&#x2022; %1 &#x2192; %2").arg(esc(a.label), stepRef(a.next));
            break;
        case StepType::Resolution:
            marker = QStringLiteral("&#x2714;");
            colour = QStringLiteral("#26734d");
            body = QStringLiteral("<span style=\"color:#26734d;\">%1</span>").arg(body);
            break;
        case StepType::Escalation: {
            marker = QStringLiteral("&#x26A0;");
            colour = QStringLiteral("#b3261e");
            body = QStringLiteral("<div style=\"background-color:#fdecea;\"><b>%1</b> %2").arg(esc(tr("Escalate to %1.").arg(s.escalateTo)), body);
            if (!s.collect.isEmpty()) {
                body += QStringLiteral("<br>%1<ul style=\"margin-top:0;\">").arg(esc(tr("Collect first:")));
                for (const QString &c : s.collect)
                    body += QStringLiteral("<li>%1</li>").arg(esc(c));
                body += QStringLiteral("</ul>");
            }
            body += QStringLiteral("</div>");
            break;
        }
        }
        html += QStringLiteral("<tr><td valign=\"top\" width=\"34\" style=\"color:%1; font-weight:bold;\">%2&nbsp;%3</td>"
                               "<td valign=\"top\">%4</td></tr>")
                    .arg(colour).arg(i + 1).arg(marker, body);
    }
    html += QStringLiteral("</table>");
    return html;
}

QString ItemHtml::reply(const Item &item)
{
    QString html;
    if (!item.channels.isEmpty())
        html += QStringLiteral("<p style=\"color:#555;\">%1</p>").arg(esc(tr("Channels: %1").arg(item.channels.join(QStringLiteral(", ")))));
    if (!item.content.subject.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Subject:")), withPlaceholders(item.content.subject));
    html += QStringLiteral("<div style=\"background-color:#f6f8fa; padding:8px;\">%1</div>").arg(withPlaceholders(item.content.body));
    if (!item.content.tone.isEmpty())
        html += QStringLiteral("<p style=\"color:#555;\"><i>%1</i></p>").arg(esc(tr("Tone: %1").arg(item.content.tone)));
    return html;
}

} // namespace souffleur
