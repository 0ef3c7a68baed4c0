// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteHubStorage's site-relay part: the mirror of a central hub (docs/sync-protocol.md, "Site relay").
#include "hub/SqliteHubStorage.h"

#include "hub/SqliteHubTransaction.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QObject>
#include <QSqlQuery>

namespace souffleur::hub {

using namespace sqlitehub;

namespace {

const QString kUpstream = QStringLiteral("relay.upstream");
const QString kMirrored = QStringLiteral("relay.mirrored");

} // namespace

RelayStorage *SqliteHubStorage::asRelay()
{
    return relayUpstream().isEmpty() ? nullptr : this;
}

QString SqliteHubStorage::relayUpstream() const
{
    return m_store->meta(kUpstream);
}

Result<void> SqliteHubStorage::setRelayUpstream(const QString &url)
{
    return m_store->setMeta(kUpstream, url);
}

bool SqliteHubStorage::isMirrored() const
{
    return m_store->meta(kMirrored) == u"1";
}

Result<void> SqliteHubStorage::mirrorReset(const HubInfo &info, const QList<LogChange> &entities)
{
    const QSqlDatabase db = m_store->database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return busy(db);
    for (const char *statement : {"DELETE FROM changes", "DELETE FROM content", "DELETE FROM publishes"})
        if (auto r = sql::exec(db, QLatin1String(statement)); !r)
            return r.error();
    if (auto r = writeChanges(db, entities, 0, false); !r)
        return r;
    const QList<std::pair<QString, QString>> meta{{QStringLiteral("hub_id"), info.hubId}, {QStringLiteral("epoch"), info.epoch},
                                                  {QStringLiteral("head"), QString::number(info.head)},
                                                  {QStringLiteral("floor"), QString::number(info.head)},
                                                  {kMirrored, QStringLiteral("1")}};
    for (const auto &[key, value] : meta)
        if (auto r = m_store->setMeta(key, value); !r)
            return r;
    return tx.commit();
}

Result<void> SqliteHubStorage::mirrorAppend(const QString &hubId, const QString &epoch, const QList<LogChange> &changes)
{
    if (changes.isEmpty())
        return {};
    const QSqlDatabase db = m_store->database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return busy(db);
    auto info = readInfo();
    if (!info)
        return info.error();
    if (info->hubId != hubId || info->epoch != epoch)
        return makeError(QObject::tr("The upstream's changes belong to another hub or epoch than the mirror's."));
    qint64 expected = info->head + 1;
    for (const LogChange &c : changes) {
        if (c.seq != expected)
            return makeError(QObject::tr("The upstream's changes do not follow the mirror's head without a gap "
                                         "(sequence %1 where %2 was expected).").arg(c.seq).arg(expected));
        ++expected;
    }
    auto publish = sql::exec(db, QStringLiteral("INSERT INTO publishes (user, at, from_seq, to_seq, puts, tombstones) "
                                                "VALUES ('(relay)', ?, ?, ?, 0, 0)"),
                             {now(), changes.constFirst().seq, changes.constLast().seq});
    if (!publish)
        return publish.error();
    if (auto r = writeChanges(db, changes, publish->lastInsertId().toLongLong(), true); !r)
        return r;
    if (auto r = m_store->setMeta(QStringLiteral("head"), QString::number(changes.constLast().seq)); !r)
        return r;
    return tx.commit();
}

Result<void> SqliteHubStorage::mirrorUsers(const QList<HubUser> &users)
{
    const QSqlDatabase db = m_store->database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return busy(db);
    if (auto r = sql::exec(db, QStringLiteral("DELETE FROM users")); !r)
        return r.error();
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO users (name, role, token_hash, revoked, created_at, site) VALUES (?, ?, ?, ?, ?, ?)")))
        return sql::toError(QObject::tr("Cannot prepare the users' mirror"), db.lastError());
    const QString at = now();
    for (const HubUser &u : users)
        if (auto r = sql::run(insert, {u.name, roleToString(u.role), QString::fromLatin1(u.tokenHash), u.revoked ? 1 : 0, at, u.site}); !r)
            return r.error();
    return tx.commit();
}

Result<QList<OutboxRecord>> SqliteHubStorage::pendingForward(int limit)
{
    auto q = sql::exec(m_store->database(), QStringLiteral("SELECT uuid, type, payload, created_at, user FROM received "
                                                           "WHERE status = 'new' ORDER BY received_at, uuid LIMIT ?"),
                       {limit});
    if (!q)
        return q.error();
    QList<OutboxRecord> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString().toUtf8(), q->value(3).toString(),
                    q->value(4).toString()});
    return out;
}

Result<void> SqliteHubStorage::markForwarded(const QList<Receipt> &receipts)
{
    const QSqlDatabase db = m_store->database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return busy(db);
    QSqlQuery update(db);
    if (!update.prepare(QStringLiteral("UPDATE received SET status = ?, forward_note = ? WHERE uuid = ?")))
        return sql::toError(QObject::tr("Cannot prepare the forwarding receipts"), db.lastError());
    for (const Receipt &r : receipts) {
        const bool rejected = r.status == ReceiptStatus::Rejected;
        if (auto e = sql::run(update, {rejected ? QStringLiteral("rejected") : QStringLiteral("forwarded"),
                                       rejected ? r.reason : QString(), r.uuid}); !e)
            return e.error();
    }
    return tx.commit();
}

Result<QStringList> SqliteHubStorage::awaitingOutcome(int limit)
{
    auto q = sql::exec(m_store->database(), QStringLiteral("SELECT uuid FROM received WHERE status = 'forwarded' AND "
                                                           "type = 'suggestion' AND outcome = '' ORDER BY received_at LIMIT ?"),
                       {limit});
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out.append(q->value(0).toString());
    return out;
}

Result<SqliteHubStorage::ForwardCounts> SqliteHubStorage::forwardCounts()
{
    auto q = sql::exec(m_store->database(), QStringLiteral("SELECT status, count(*) FROM received GROUP BY status"));
    if (!q)
        return q.error();
    ForwardCounts counts;
    while (q->next()) {
        const QString status = q->value(0).toString();
        const int n = q->value(1).toInt();
        if (status == u"new")
            counts.pending = n;
        else if (status == u"rejected")
            counts.rejected = n;
        else
            counts.forwarded += n;
    }
    return counts;
}

} // namespace souffleur::hub
