// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/Replica.h"

#include "store/ContentRepository.h"
#include "store/SqlUtil.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "sync/SyncProtocol.h"
#include "sync/SyncState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QObject>
#include <QSqlError>

namespace souffleur::sync {

namespace {

constexpr auto kHubTicketSource = "hub";

Error commitError(const Store &store)
{
    return sql::toError(QObject::tr("The synchronised changes could not be saved; nothing was changed"),
                        store.database().lastError());
}

} // namespace

Result<void> Replica::apply(const RemoteChange &c)
{
    ContentRepository repo(m_store);
    const QSqlDatabase db = m_store.database();
    if (c.entity == entity::kb()) {
        if (c.tombstone)
            return {};
        auto meta = toKbMeta(c.data);
        if (!meta)
            return meta.error();
        for (const auto &[k, v] : {std::pair{QStringLiteral("name"), meta->name},
                                   std::pair{QStringLiteral("default_locale"), meta->defaultLocale},
                                   std::pair{QStringLiteral("locales"), meta->locales.join(QLatin1Char(','))}}) {
            if (auto r = m_store.setMeta(k, v); !r)
                return r;
        }
        return {};
    }
    if (c.entity == entity::category()) {
        if (c.tombstone) {
            auto r = sql::exec(db, QStringLiteral("DELETE FROM categories WHERE id = ?"), {c.id});
            return r ? Result<void>() : Result<void>(r.error());
        }
        auto category = toCategory(c.data);
        if (!category)
            return category.error();
        return repo.putCategory(*category);
    }
    if (c.entity == entity::item()) {
        if (c.tombstone)
            return repo.deleteItem(c.id);
        auto item = toItem(c.data);
        if (!item)
            return item.error();
        return repo.putItem(*item);
    }
    if (c.entity == entity::ticket()) {
        auto ticket = toTicket(c.data);
        if (!ticket)
            return ticket.error();
        if (c.tombstone) {
            auto r = sql::exec(db, QStringLiteral("DELETE FROM tickets WHERE text = ? AND category_id = ? AND locale = ? "
                                                  "AND source = ?"),
                               {ticket->text, ticket->category, ticket->locale, QLatin1String(kHubTicketSource)});
            return r ? Result<void>() : Result<void>(r.error());
        }
        auto added = repo.addTicket(*ticket, QLatin1String(kHubTicketSource));
        return added ? Result<void>() : Result<void>(added.error());
    }
    // An entity this version does not know: a newer hub speaking the same protocol version must not add kinds
    // silently, so the page is refused rather than half understood.
    return makeError(QObject::tr("The hub sent a change of an unknown kind \"%1\"; please update Souffleur.").arg(c.entity));
}

Result<int> Replica::applyPage(const QString &hubId, const QString &epoch, const QList<RemoteChange> &changes,
                               qint64 throughSeq)
{
    Transaction tx(m_store.database());
    if (!tx.isActive())
        return commitError(m_store);
    auto at = position(m_store);
    if (!at)
        return at.error();
    const Position &pos = *at;
    if (pos.hubId != hubId || pos.epoch != epoch)
        return makeError(QObject::tr("This page comes from another hub or epoch than the replica's; a resync is needed."));
    int applied = 0;
    qint64 last = pos.checkpoint;
    for (const RemoteChange &c : changes) {
        if (c.seq <= pos.checkpoint)
            continue;  // already applied: a replayed or overlapping page
        if (c.seq <= last)
            return makeError(QObject::tr("The hub sent changes out of order (%1 after %2).").arg(c.seq).arg(last));
        if (auto r = apply(c); !r)
            return makeError(QObject::tr("Change %1 (%2 %3) could not be applied; nothing from this page was kept.")
                                 .arg(c.seq).arg(c.entity, c.id), {r.error().toString()});
        last = c.seq;
        ++applied;
    }
    const qint64 through = std::max(throughSeq, last);
    if (through > pos.checkpoint) {
        if (auto r = m_store.setMeta(key::checkpoint(), QString::number(through)); !r)
            return r.error();
    }
    if (!tx.commit())
        return commitError(m_store);
    return applied;
}

Result<int> Replica::applySnapshot(const QString &hubId, const QString &epoch, qint64 seq,
                                   const QList<RemoteChange> &entities)
{
    Transaction tx(m_store.database());
    if (!tx.isActive())
        return commitError(m_store);
    auto written = writeSnapshot(hubId, epoch, seq, entities);
    if (!written)
        return written;
    if (!tx.commit())
        return commitError(m_store);
    return written;
}

Result<int> Replica::writeSnapshot(const QString &hubId, const QString &epoch, qint64 seq,
                                   const QList<RemoteChange> &entities)
{
    const QSqlDatabase db = m_store.database();
    for (const QString &statement : {QStringLiteral("DELETE FROM items"), QStringLiteral("DELETE FROM categories"),
                                     QStringLiteral("DELETE FROM tickets WHERE source = '%1'").arg(QLatin1String(kHubTicketSource))}) {
        if (auto r = sql::exec(db, statement); !r)
            return r.error();
    }
    int written = 0;
    for (const RemoteChange &c : entities) {
        if (c.tombstone)
            continue;
        if (auto r = apply(c); !r)
            return makeError(QObject::tr("The snapshot's %1 %2 could not be applied; nothing was changed.").arg(c.entity, c.id),
                             {r.error().toString()});
        ++written;
    }
    for (const auto &[k, v] : {std::pair{key::hubId(), hubId}, std::pair{key::epoch(), epoch},
                               std::pair{key::checkpoint(), QString::number(seq)}}) {
        if (auto r = m_store.setMeta(k, v); !r)
            return r.error();
    }
    return written;
}

namespace {

// Created when first needed rather than by a store migration: it only ever holds a download in progress.
const QString kStage = QStringLiteral("sync_snapshot_stage");
QString stageKey(const char *name) { return QStringLiteral("sync.snapshot.") + QLatin1String(name); }

Result<void> ensureStage(const QSqlDatabase &db)
{
    auto r = sql::exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (ord INTEGER PRIMARY KEY, entity TEXT NOT NULL, "
                                          "id TEXT NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL)").arg(kStage));
    return r ? Result<void>() : Result<void>(r.error());
}

} // namespace

Replica::StagedSnapshot Replica::stagedSnapshot() const
{
    StagedSnapshot s;
    s.seq = m_store.meta(stageKey("seq"), QStringLiteral("-1")).toLongLong();
    s.hubId = m_store.meta(stageKey("hub_id"));
    s.epoch = m_store.meta(stageKey("epoch"));
    s.next = m_store.meta(stageKey("next"));
    return s;
}

Result<void> Replica::stageSnapshotPage(const StagedSnapshot &position, const QList<RemoteChange> &entities, bool first)
{
    const QSqlDatabase db = m_store.database();
    Transaction tx(db);
    if (!tx.isActive())
        return commitError(m_store);
    if (auto r = ensureStage(db); !r)
        return r;
    if (first) {
        if (auto r = sql::exec(db, QStringLiteral("DELETE FROM %1").arg(kStage)); !r)
            return r.error();
    }
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO %1 (entity, id, version, data) VALUES (?, ?, ?, ?)").arg(kStage)))
        return commitError(m_store);
    for (const RemoteChange &c : entities) {
        if (auto r = sql::run(insert, {c.entity, c.id, c.version, QString::fromUtf8(compact(c.data))}); !r)
            return r.error();
    }
    for (const auto &[k, v] : {std::pair{stageKey("hub_id"), position.hubId}, std::pair{stageKey("epoch"), position.epoch},
                               std::pair{stageKey("seq"), QString::number(position.seq)}, std::pair{stageKey("next"), position.next}}) {
        if (auto r = m_store.setMeta(k, v); !r)
            return r.error();
    }
    if (!tx.commit())
        return commitError(m_store);
    return {};
}

Result<int> Replica::applyStagedSnapshot()
{
    const QSqlDatabase db = m_store.database();
    const StagedSnapshot staged = stagedSnapshot();
    Transaction tx(db);
    if (!tx.isActive())
        return commitError(m_store);
    if (auto r = ensureStage(db); !r)
        return r.error();
    QList<RemoteChange> entities;
    {
        auto q = sql::exec(db, QStringLiteral("SELECT entity, id, version, data FROM %1 ORDER BY ord").arg(kStage));
        if (!q)
            return q.error();
        while (q->next()) {
            RemoteChange c;
            c.entity = q->value(0).toString();
            c.id = q->value(1).toString();
            c.version = q->value(2).toLongLong();
            c.data = QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object();
            entities.append(std::move(c));
        }
    }
    auto written = writeSnapshot(staged.hubId, staged.epoch, staged.seq, entities);
    if (!written)
        return written;
    if (auto r = sql::exec(db, QStringLiteral("DROP TABLE %1").arg(kStage)); !r)
        return r.error();
    if (auto r = sql::exec(db, QStringLiteral("DELETE FROM meta WHERE key LIKE 'sync.snapshot.%'")); !r)
        return r.error();
    if (!tx.commit())
        return commitError(m_store);
    return written;
}

Result<void> Replica::discardStagedSnapshot()
{
    const QSqlDatabase db = m_store.database();
    Transaction tx(db);
    if (!tx.isActive())
        return commitError(m_store);
    if (auto r = sql::exec(db, QStringLiteral("DROP TABLE IF EXISTS %1").arg(kStage)); !r)
        return r.error();
    if (auto r = sql::exec(db, QStringLiteral("DELETE FROM meta WHERE key LIKE 'sync.snapshot.%'")); !r)
        return r.error();
    if (!tx.commit())
        return commitError(m_store);
    return {};
}

} // namespace souffleur::sync
