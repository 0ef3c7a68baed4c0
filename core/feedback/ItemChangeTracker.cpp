// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedback/ItemChangeTracker.h"

#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QDateTime>

#include <algorithm>

namespace souffleur {

ItemChange ItemChangeTracker::diff(const Item &item, int seenVersion)
{
    ItemChange c;
    c.seenVersion = seenVersion;
    c.currentVersion = item.version;
    const ItemContent *seen = nullptr;
    for (const HistoryEntry &h : item.history) {
        if (h.version == seenVersion)
            seen = &h.content;
        if (h.version > seenVersion && h.version < item.version && !h.note.isEmpty())
            c.notes.append(h.note);
    }
    if (!seen)
        return c;
    c.detailsKnown = true;
    const ItemContent &now = item.content;
    const auto check = [&c](const char *name, const QString &a, const QString &b) {
        if (a != b)
            c.fields.append(QLatin1String(name));
    };
    check("title", seen->title, now.title);
    check("summary", seen->summary, now.summary);
    check("subject", seen->subject, now.subject);
    check("body", seen->body, now.body);
    check("tone", seen->tone, now.tone);
    // Steps are matched by id (an inserted step does not make every later one "changed"); the number shown is the
    // step's position in the current version.
    for (qsizetype i = 0; i < now.steps.size(); ++i) {
        const Step &s = now.steps.at(i);
        const auto old = std::find_if(seen->steps.cbegin(), seen->steps.cend(), [&s](const Step &o) { return o.id == s.id; });
        if (old == seen->steps.cend())
            ++c.addedSteps;
        else if (!(*old == s))
            c.changedSteps.append(int(i) + 1);
    }
    for (const Step &o : seen->steps)
        if (std::none_of(now.steps.cbegin(), now.steps.cend(), [&o](const Step &s) { return s.id == o.id; }))
            ++c.removedSteps;
    return c;
}

Result<std::optional<ItemChange>> ItemChangeTracker::changeSinceLastView(const Item &item) const
{
    auto seen = sql::scalar(m_store.database(), QStringLiteral("SELECT seen_version FROM item_views WHERE item_id = ?"), {item.id});
    if (!seen)
        return seen.error();
    if (!seen->isValid() || seen->toInt() >= item.version)
        return std::optional<ItemChange>();
    return std::optional<ItemChange>(diff(item, seen->toInt()));
}

Result<std::optional<ItemChange>> ItemChangeTracker::open(const Item &item)
{
    auto change = changeSinceLastView(item);
    if (!change)
        return change;
    auto recorded = recordView(item.id, item.version);
    if (!recorded)
        return recorded.error();
    return change;
}

Result<void> ItemChangeTracker::recordView(const QString &itemId, int version)
{
    // Never move the seen version backwards (a stale display of an older copy must not bring a badge back).
    auto r = sql::exec(m_store.database(),
                       QStringLiteral("INSERT INTO item_views (item_id, seen_version, seen_at) VALUES (?, ?, ?) "
                                      "ON CONFLICT (item_id) DO UPDATE SET seen_version = max(seen_version, excluded.seen_version), "
                                      "seen_at = excluded.seen_at"),
                       {itemId, version, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    if (!r)
        return r.error();
    return {};
}

Result<QSet<QString>> ItemChangeTracker::changedItemIds() const
{
    auto q = sql::exec(m_store.database(), QStringLiteral("SELECT v.item_id FROM item_views v JOIN items i ON i.id = v.item_id "
                                                          "WHERE i.version > v.seen_version"));
    if (!q)
        return q.error();
    QSet<QString> ids;
    while (q->next())
        ids.insert(q->value(0).toString());
    q->finish();
    return ids;
}

} // namespace souffleur
