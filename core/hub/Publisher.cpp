// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/Publisher.h"

#include "content/ContentJson.h"
#include "sync/SyncProtocol.h"

#include <QJsonDocument>
#include <QObject>
#include <QSet>

#include <algorithm>

namespace souffleur::hub {

namespace {

using sync::compact;
namespace entity = sync::entity;

// Categories ordered parents first, so that any prefix of the log links only categories already sent.
QList<Category> parentsFirst(QList<Category> categories)
{
    QHash<QString, QString> parentOf;
    for (const Category &c : std::as_const(categories))
        parentOf.insert(c.id, c.parent);
    const auto depth = [&](const QString &id) {
        int d = 0;
        for (QString p = parentOf.value(id); !p.isEmpty() && d < 1000; p = parentOf.value(p))
            ++d;
        return d;
    };
    std::stable_sort(categories.begin(), categories.end(), [&](const Category &a, const Category &b) {
        const int da = depth(a.id), db = depth(b.id);
        return da != db ? da < db : a.id < b.id;
    });
    return categories;
}

// The incoming item with every earlier version the hub knows kept in its history, including the current one.
Item mergeHistory(const Item &incoming, const std::optional<Item> &current)
{
    Item merged = incoming;
    if (!current)
        return merged;
    QSet<int> known;
    for (const HistoryEntry &h : std::as_const(merged.history))
        known.insert(h.version);
    QList<HistoryEntry> older = current->history;
    if (current->version < incoming.version)
        older.append({current->version, current->updatedAt, current->owner, QString(), current->content});
    for (const HistoryEntry &h : std::as_const(older)) {
        if (h.version < incoming.version && !known.contains(h.version)) {
            merged.history.append(h);
            known.insert(h.version);
        }
    }
    std::sort(merged.history.begin(), merged.history.end(),
              [](const HistoryEntry &a, const HistoryEntry &b) { return a.version < b.version; });
    return merged;
}

} // namespace

Result<PublishPlan> Publisher::plan(const KnowledgeBase &kb, const ContentMap &current, const Options &options)
{
    QList<LogChange> puts;
    QList<LogChange> tombstones;
    QStringList problems;
    QSet<QPair<QString, QString>> seen;
    int same = 0;

    const auto put = [&](const QString &kind, const QString &id, qint64 version, const QByteArray &payload) {
        seen.insert({kind, id});
        const auto it = current.constFind({kind, id});
        if (it != current.cend() && !it->deleted && it->payload == payload) {
            ++same;
            return;
        }
        puts.append({0, kind, id, version, false, payload});
    };
    const auto nextVersion = [&](const QString &kind, const QString &id) {
        const auto it = current.constFind({kind, id});
        return it == current.cend() ? qint64(1) : it->version + 1;
    };

    // The knowledge base's own fields. Without pruning, locales the hub already serves stay listed: items in them
    // remain.
    sync::KbMeta meta{kb.name, kb.defaultLocale, kb.locales};
    if (!options.prune) {
        const auto it = current.constFind({entity::kb(), entity::kb()});
        if (it != current.cend() && !it->deleted) {
            if (auto old = sync::toKbMeta(QJsonDocument::fromJson(it->payload).object()); old) {
                for (const QString &l : std::as_const(old->locales))
                    if (!meta.locales.contains(l))
                        meta.locales.append(l);
            }
        }
    }
    const QByteArray kbPayload = compact(sync::fromKbMeta(meta));
    put(entity::kb(), entity::kb(), nextVersion(entity::kb(), entity::kb()), kbPayload);

    for (const Category &c : parentsFirst(kb.categories)) {
        const QByteArray payload = compact(json::fromCategory(c));
        put(entity::category(), c.id, nextVersion(entity::category(), c.id), payload);
    }

    for (const Item &incoming : kb.items) {
        const auto it = current.constFind({entity::item(), incoming.id});
        std::optional<Item> existing;
        if (it != current.cend() && !it->deleted) {
            auto parsed = sync::toItem(QJsonDocument::fromJson(it->payload).object());
            if (parsed)
                existing = *parsed;
        }
        if (existing && incoming.version < existing->version) {
            problems.append(QObject::tr("item %1: version %2 is older than the published version %3")
                                .arg(incoming.id).arg(incoming.version).arg(existing->version));
            continue;
        }
        const QByteArray payload = compact(json::fromItem(mergeHistory(incoming, existing)));
        if (existing && incoming.version == existing->version && payload != it->payload) {
            problems.append(QObject::tr("item %1: content changed but version %2 is the one already published; "
                                        "give it a higher version").arg(incoming.id).arg(incoming.version));
            continue;
        }
        put(entity::item(), incoming.id, incoming.version, payload);
    }

    for (const Ticket &t : kb.tickets) {
        const QString id = sync::ticketId(t);
        if (seen.contains({entity::ticket(), id}))
            continue;
        put(entity::ticket(), id, nextVersion(entity::ticket(), id), compact(json::fromTicket(t)));
    }

    if (!problems.isEmpty())
        return makeError(QObject::tr("The bundle cannot be published; nothing was changed."), problems);

    if (options.prune) {
        // Children before parents for categories; tickets and items first of all, as they point to categories.
        QList<QPair<int, LogChange>> drops;
        const auto rank = [](const QString &kind) {
            return kind == entity::ticket() ? 0 : kind == entity::item() ? 1 : kind == entity::category() ? 2 : 3;
        };
        QHash<QString, QString> parentOf;
        for (auto it = current.cbegin(); it != current.cend(); ++it)
            if (it.key().first == entity::category() && !it->deleted)
                parentOf.insert(it.key().second, QJsonDocument::fromJson(it->payload).object()
                                                     .value(QStringLiteral("parent")).toString());
        for (auto it = current.cbegin(); it != current.cend(); ++it) {
            if (it->deleted || seen.contains(it.key()) || it.key().first == entity::kb())
                continue;
            int depth = 0;
            if (it.key().first == entity::category())
                for (QString p = parentOf.value(it.key().second); !p.isEmpty() && depth < 1000; p = parentOf.value(p))
                    ++depth;
            const QByteArray payload = it.key().first == entity::ticket() ? it->payload : QByteArray();
            drops.append({rank(it.key().first) * 10000 - depth, {0, it.key().first, it.key().second, it->version, true, payload}});
        }
        std::sort(drops.begin(), drops.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first < b.first : a.second.id < b.second.id;
        });
        for (const auto &d : std::as_const(drops))
            tombstones.append(d.second);
    }
    return PublishPlan{puts + tombstones, same};
}

Result<PublishResult> Publisher::publish(HubStorage &storage, const KnowledgeBase &kb, const Options &options,
                                         const QString &user)
{
    return storage.publish([&](const ContentMap &current) { return plan(kb, current, options); }, user);
}

} // namespace souffleur::hub
