// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"

#include <QMap>

namespace souffleur {

// One piece of a filled reply: literal text, or a placeholder with the value it got (if any).
struct ReplySegment
{
    QString text;          // what the customer would read (the value, the fallback, or the raw "{{name}}")
    QString placeholder;   // empty for literal text
    bool filled = true;    // false: neither a value nor a fallback; must not be sent as is
    bool usedFallback = false;
};

// Fills a standard reply's placeholders from the ticket's fields ("customer.first_name" -> "Alice"). A placeholder
// with no value uses its fallback; one with neither stays visible as "{{name}}" and is reported as unfilled, so
// that the UI can highlight it and ask before copying: an unfilled placeholder is never copied silently.
class ReplyTemplate final
{
public:
    explicit ReplyTemplate(QString text);

    QList<ReplySegment> fill(const QMap<QString, QString> &values) const;
    QString filledText(const QMap<QString, QString> &values) const;
    // Names of placeholders with neither a value nor a fallback, in order of appearance, without repeats.
    QStringList unfilled(const QMap<QString, QString> &values) const;
    // Every placeholder name, in order, without repeats.
    QStringList placeholderNames() const;

private:
    QString m_text;
    QList<Placeholder> m_placeholders;
};

} // namespace souffleur
