// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/ReplyTemplate.h"

namespace souffleur {

ReplyTemplate::ReplyTemplate(QString text) : m_text(std::move(text)), m_placeholders(parsePlaceholders(m_text)) {}

QList<ReplySegment> ReplyTemplate::fill(const QMap<QString, QString> &values) const
{
    QList<ReplySegment> out;
    qsizetype pos = 0;
    for (const Placeholder &p : m_placeholders) {
        if (p.start > pos)
            out.append({m_text.mid(pos, p.start - pos), {}, true, false});
        const QString value = values.value(p.name).trimmed();
        if (!value.isEmpty())
            out.append({value, p.name, true, false});
        else if (p.hasFallback)
            out.append({p.fallback, p.name, true, true});
        else
            out.append({m_text.mid(p.start, p.length), p.name, false, false});
        pos = p.start + p.length;
    }
    if (pos < m_text.size())
        out.append({m_text.mid(pos), {}, true, false});
    return out;
}

QString ReplyTemplate::filledText(const QMap<QString, QString> &values) const
{
    QString text;
    for (const ReplySegment &s : fill(values))
        text += s.text;
    return text;
}

QStringList ReplyTemplate::unfilled(const QMap<QString, QString> &values) const
{
    QStringList names;
    for (const ReplySegment &s : fill(values))
        if (!s.filled && !names.contains(s.placeholder))
            names.append(s.placeholder);
    return names;
}

QStringList ReplyTemplate::placeholderNames() const
{
    QStringList names;
    for (const Placeholder &p : m_placeholders)
        if (!names.contains(p.name))
            names.append(p.name);
    return names;
}

} // namespace souffleur
