// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/SqliteHubStorage.h"
#include "common/PrivateFiles.h"

#include "hub/SqliteHubTransaction.h"

#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QSqlError>
#include <QUuid>

namespace souffleur::hub {

using namespace sqlitehub;

namespace {

// Hub schema versions start at 101 so that a desktop store and a hub file can never be mistaken for an older
// version of each other (Store refuses a file whose schema is newer than it knows).
const QList<Migration> &hubMigrations()
{
    static const QList<Migration> migrations{{101, QStringLiteral("hub: content, change log, users, received records"), {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('store_kind', 'hub'), ('head', '0'), ('floor', '0')"),
        QStringLiteral("CREATE TABLE content ("
                       " entity TEXT NOT NULL, id TEXT NOT NULL,"
                       " version INTEGER NOT NULL, seq INTEGER NOT NULL,"
                       " deleted INTEGER NOT NULL DEFAULT 0, payload TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (entity, id))"),
        QStringLiteral("CREATE TABLE changes ("
                       " seq INTEGER PRIMARY KEY,"
                       " entity TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL,"
                       " op TEXT NOT NULL CHECK (op IN ('put', 'tombstone')),"
                       " payload TEXT NOT NULL DEFAULT '',"
                       " publish_id INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE publishes ("
                       " id INTEGER PRIMARY KEY, user TEXT NOT NULL, at TEXT NOT NULL,"
                       " from_seq INTEGER NOT NULL, to_seq INTEGER NOT NULL,"
                       " puts INTEGER NOT NULL, tombstones INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE users ("
                       " name TEXT PRIMARY KEY,"
                       " role TEXT NOT NULL CHECK (role IN ('agent', 'lead', 'admin')),"
                       " token_hash TEXT NOT NULL UNIQUE,"
                       " revoked INTEGER NOT NULL DEFAULT 0,"
                       " created_at TEXT NOT NULL, revoked_at TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE received ("
                       " uuid TEXT PRIMARY KEY, user TEXT NOT NULL, type TEXT NOT NULL, payload TEXT NOT NULL,"
                       " created_at TEXT NOT NULL DEFAULT '', received_at TEXT NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'new')"),
    }},
    // Site relays and review outcomes: the relay role, what a relay did with each upload (status 'new' until forwarded upstream,
    // then 'forwarded' or 'rejected'; forward_note keeps the upstream's reason).
    {102, QStringLiteral("hub: relay role, forwarding state, review outcomes"), {
        QStringLiteral("CREATE TABLE users_102 ("
                       " name TEXT PRIMARY KEY,"
                       " role TEXT NOT NULL CHECK (role IN ('agent', 'lead', 'admin', 'relay')),"
                       " token_hash TEXT NOT NULL UNIQUE,"
                       " revoked INTEGER NOT NULL DEFAULT 0,"
                       " created_at TEXT NOT NULL, revoked_at TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("INSERT INTO users_102 SELECT name, role, token_hash, revoked, created_at, revoked_at FROM users"),
        QStringLiteral("DROP TABLE users"),
        QStringLiteral("ALTER TABLE users_102 RENAME TO users"),
        QStringLiteral("ALTER TABLE received ADD COLUMN forward_note TEXT NOT NULL DEFAULT ''"),
        // Review outcomes told back to desktops: '' until a lead decides, then 'accepted' or 'declined'.
        QStringLiteral("ALTER TABLE received ADD COLUMN outcome TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE received ADD COLUMN outcome_note TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE received ADD COLUMN reviewed_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE received ADD COLUMN reviewed_at TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE INDEX received_status ON received (status) WHERE status = 'new'"),
    }},
    // Sites: a relay bound to a site forwards records only for that site's users.
    {103, QStringLiteral("hub: users' and relays' sites"), {
        QStringLiteral("ALTER TABLE users ADD COLUMN site TEXT NOT NULL DEFAULT ''"),
    }}};
    return migrations;
}

} // namespace

Result<void> sqlitehub::writeChanges(QSqlDatabase db, const QList<LogChange> &changes, qint64 publishId, bool toLog)
{
    QSqlQuery insertChange(db);
    QSqlQuery upsertContent(db);
    if (!insertChange.prepare(QStringLiteral("INSERT INTO changes (seq, entity, id, version, op, payload, publish_id) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?)"))
        || !upsertContent.prepare(QStringLiteral("INSERT INTO content (entity, id, version, seq, deleted, payload) "
                                                 "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (entity, id) DO UPDATE SET "
                                                 "version = excluded.version, seq = excluded.seq, "
                                                 "deleted = excluded.deleted, payload = excluded.payload")))
        return sql::toError(QObject::tr("Cannot prepare the write of the change log"), db.lastError());
    for (const LogChange &c : changes) {
        const QString payload = QString::fromUtf8(c.payload);
        if (toLog) {
            const QString op = c.tombstone ? QStringLiteral("tombstone") : QStringLiteral("put");
            if (auto r = sql::run(insertChange, {c.seq, c.entity, c.id, c.version, op, payload, publishId}); !r)
                return r.error();
        }
        if (auto r = sql::run(upsertContent, {c.entity, c.id, c.version, c.seq, c.tombstone ? 1 : 0, payload}); !r)
            return r.error();
    }
    return {};
}

QString roleToString(Role role)
{
    switch (role) {
    case Role::Agent: return QStringLiteral("agent");
    case Role::Lead: return QStringLiteral("lead");
    case Role::Admin: return QStringLiteral("admin");
    case Role::Relay: return QStringLiteral("relay");
    }
    return {};
}

std::optional<Role> roleFromString(const QString &text)
{
    for (Role r : {Role::Agent, Role::Lead, Role::Admin, Role::Relay})
        if (roleToString(r) == text)
            return r;
    return std::nullopt;
}

QString PublishResult::summary() const
{
    if (puts + tombstones == 0)
        return QObject::tr("nothing changed (%1 entities unchanged)").arg(unchanged);
    return QObject::tr("%1 put(s), %2 tombstone(s), %3 unchanged; sequence %4..%5")
        .arg(puts).arg(tombstones).arg(unchanged).arg(fromSeq).arg(toSeq);
}

SqliteHubStorage::SqliteHubStorage(std::unique_ptr<Store> store) : m_store(std::move(store)) {}
SqliteHubStorage::~SqliteHubStorage() = default;

QString SqliteHubStorage::path() const
{
    return m_store->path();
}

Result<std::unique_ptr<SqliteHubStorage>> SqliteHubStorage::open(const QString &dataDir, bool create)
{
    if (dataDir.isEmpty())
        return makeError(QObject::tr("No hub data folder given (--data DIR)."));
    const QString file = QDir(dataDir).filePath(fileName());
    if (!create && !QFileInfo::exists(file))
        return makeError(QObject::tr("%1 holds no hub (no %2). Create one with `souffleur-hub init --data %1`.")
                             .arg(dataDir, fileName()));
    if (create) {
        // The hub's folder holds its users' token hashes and every record: the hub's account only (0700).
        auto made = privatefiles::makeDir(dataDir);
        if (made)
            made = privatefiles::restrict(dataDir);
        if (!made)
            return made.error();
    }
    Store::Options options;
    options.createIfMissing = create;
    options.migrations = &hubMigrations();
    auto store = Store::open(file, options);
    if (!store)
        return store.error();
    if ((*store)->meta(QStringLiteral("store_kind")) != u"hub")
        return makeError(QObject::tr("%1 is not a hub database.").arg(file));
    std::unique_ptr<SqliteHubStorage> storage(new SqliteHubStorage(std::move(*store)));
    if (storage->m_store->meta(QStringLiteral("hub_id")).isEmpty()) {
        WriteTransaction tx(storage->m_store->database());
        if (!tx.isActive())
            return busy(storage->m_store->database());
        if (storage->m_store->meta(QStringLiteral("hub_id")).isEmpty()) {
            for (const char *k : {"hub_id", "epoch"})
                if (auto r = storage->m_store->setMeta(QLatin1String(k), newId()); !r)
                    return r.error();
        }
        if (auto r = tx.commit(); !r)
            return r.error();
    }
    return storage;
}

Result<HubInfo> SqliteHubStorage::readInfo()
{
    auto q = sql::exec(m_store->database(), QStringLiteral("SELECT key, value FROM meta WHERE key IN ('hub_id', 'epoch', 'head', 'floor')"));
    if (!q)
        return q.error();
    HubInfo info;
    while (q->next()) {
        const QString k = q->value(0).toString();
        const QString v = q->value(1).toString();
        if (k == u"hub_id")
            info.hubId = v;
        else if (k == u"epoch")
            info.epoch = v;
        else if (k == u"head")
            info.head = v.toLongLong();
        else
            info.floor = v.toLongLong();
    }
    return info;
}

Result<HubInfo> SqliteHubStorage::info()
{
    return readInfo();
}

Result<void> SqliteHubStorage::addUser(const HubUser &user, const QByteArray &tokenHash)
{
    const QSqlDatabase db = m_store->database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return busy(db);
    auto exists = sql::scalar(db, QStringLiteral("SELECT count(*) FROM users WHERE name = ?"), {user.name});
    if (!exists)
        return exists.error();
    if (exists->toInt() > 0)
        return makeError(QObject::tr("A user named \"%1\" already exists.").arg(user.name));
    auto r = sql::exec(db, QStringLiteral("INSERT INTO users (name, role, token_hash, revoked, created_at, site) VALUES (?, ?, ?, 0, ?, ?)"),
                       {user.name, roleToString(user.role), QString::fromLatin1(tokenHash), now(), user.site});
    if (!r)
        return r.error();
    return tx.commit();
}

Result<bool> SqliteHubStorage::revokeUser(const QString &name)
{
    auto r = sql::exec(m_store->database(), QStringLiteral("UPDATE users SET revoked = 1, revoked_at = ? WHERE name = ?"),
                       {now(), name});
    if (!r)
        return r.error();
    return r->numRowsAffected() > 0;
}

Result<std::optional<HubUser>> SqliteHubStorage::userByTokenHash(const QByteArray &tokenHash)
{
    auto q = sql::exec(m_store->database(), QStringLiteral("SELECT name, role, revoked, site FROM users WHERE token_hash = ?"),
                       {QString::fromLatin1(tokenHash)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<HubUser>();
    HubUser user{q->value(0).toString(), roleFromString(q->value(1).toString()).value_or(Role::Agent), q->value(2).toInt() != 0, {},
                 q->value(3).toString()};
    q->finish();
    return std::optional<HubUser>(user);
}

Result<QList<HubUser>> SqliteHubStorage::users()
{
    auto q = sql::exec(m_store->database(), QStringLiteral("SELECT name, role, revoked, token_hash, site FROM users ORDER BY name"));
    if (!q)
        return q.error();
    QList<HubUser> out;
    while (q->next())
        out.append({q->value(0).toString(), roleFromString(q->value(1).toString()).value_or(Role::Agent), q->value(2).toInt() != 0,
                    q->value(3).toString().toLatin1(), q->value(4).toString()});
    return out;
}

Result<ChangePage> SqliteHubStorage::changes(qint64 since, int limit)
{
    const QSqlDatabase db = m_store->database();
    ReadTransaction tx(db);
    if (!tx.isActive())
        return busy(db);
    ChangePage page;
    auto info = readInfo();
    if (!info)
        return info.error();
    page.info = *info;
    if (since >= page.info.head)
        return page;  // the no-change poll: one indexed read of the meta table
    auto q = sql::exec(db, QStringLiteral("SELECT seq, entity, id, version, op, payload FROM changes WHERE seq > ? "
                                          "ORDER BY seq LIMIT ?"), {since, limit});
    if (!q)
        return q.error();
    while (q->next())
        page.changes.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                             q->value(3).toLongLong(), q->value(4).toString() == u"tombstone", q->value(5).toString().toUtf8()});
    return page;
}

Result<Snapshot> SqliteHubStorage::snapshot()
{
    const QSqlDatabase db = m_store->database();
    ReadTransaction tx(db);
    if (!tx.isActive())
        return busy(db);
    Snapshot snap;
    auto info = readInfo();
    if (!info)
        return info.error();
    snap.info = *info;
    // Same order as a publish writes (kb, categories, items, tickets): parents of categories are resolved at commit.
    auto q = sql::exec(db, QStringLiteral("SELECT seq, entity, id, version, payload FROM content WHERE deleted = 0 "
                                          "ORDER BY CASE entity WHEN 'kb' THEN 0 WHEN 'category' THEN 1 WHEN 'item' THEN 2 "
                                          "ELSE 3 END, id"));
    if (!q)
        return q.error();
    while (q->next())
        snap.entities.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                              q->value(3).toLongLong(), false, q->value(4).toString().toUtf8()});
    return snap;
}

Result<SnapshotPage> SqliteHubStorage::snapshotPage(const QString &afterEntity, const QString &afterId, int limit)
{
    const QSqlDatabase db = m_store->database();
    ReadTransaction tx(db);
    if (!tx.isActive())
        return busy(db);
    SnapshotPage page;
    auto info = readInfo();
    if (!info)
        return info.error();
    page.info = *info;
    // The same order as snapshot() (and snapshotRank()); one row more than asked says whether more follow.
    static const QString rank = QStringLiteral("CASE entity WHEN 'kb' THEN 0 WHEN 'category' THEN 1 WHEN 'item' THEN 2 ELSE 3 END");
    auto q = sql::exec(db, QStringLiteral("SELECT seq, entity, id, version, payload FROM content WHERE deleted = 0 "
                                          "AND (%1, id) > (?, ?) ORDER BY %1, id LIMIT ?").arg(rank),
                       {afterEntity.isEmpty() ? -1 : snapshotRank(afterEntity), afterId, limit + 1});
    if (!q)
        return q.error();
    while (q->next()) {
        if (page.entities.size() == limit) {
            page.more = true;
            break;
        }
        page.entities.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                              q->value(3).toLongLong(), false, q->value(4).toString().toUtf8()});
    }
    return page;
}

Result<PublishResult> SqliteHubStorage::publish(const PublishPlanner &planner, const QString &user)
{
    const QSqlDatabase db = m_store->database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return busy(db);
    ContentMap current;
    {
        auto q = sql::exec(db, QStringLiteral("SELECT entity, id, version, deleted, payload FROM content"));
        if (!q)
            return q.error();
        while (q->next())
            current.insert({q->value(0).toString(), q->value(1).toString()},
                           {q->value(2).toLongLong(), q->value(3).toInt() != 0, q->value(4).toString().toUtf8()});
    }
    PublishResult result;
    auto plan = planner(current);
    if (!plan)
        return plan.error();
    result.unchanged = plan->unchanged;
    QList<LogChange> *planned = &plan->changes;
    if (planned->isEmpty())
        return result;  // nothing appended; the transaction rolls back having written nothing
    auto info = readInfo();
    if (!info)
        return info.error();
    auto publishId = sql::exec(db, QStringLiteral("INSERT INTO publishes (user, at, from_seq, to_seq, puts, tombstones) "
                                                  "VALUES (?, ?, 0, 0, 0, 0)"), {user, now()});
    if (!publishId)
        return publishId.error();
    const qint64 pid = publishId->lastInsertId().toLongLong();
    // Numbered from the head read under the write lock: no other writer can take these numbers meanwhile.
    qint64 seq = info->head;
    result.fromSeq = seq + 1;
    for (LogChange &c : *planned) {
        c.seq = ++seq;
        ++(c.tombstone ? result.tombstones : result.puts);
    }
    if (auto r = writeChanges(db, *planned, pid, true); !r)
        return r.error();
    result.toSeq = seq;
    if (auto r = sql::exec(db, QStringLiteral("UPDATE publishes SET from_seq = ?, to_seq = ?, puts = ?, tombstones = ? WHERE id = ?"),
                           {result.fromSeq, result.toSeq, result.puts, result.tombstones, pid}); !r)
        return r.error();
    if (auto r = m_store->setMeta(QStringLiteral("head"), QString::number(seq)); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return makeError(QObject::tr("The publish could not be saved; nothing was published: %1").arg(r.error().toString()));
    return result;
}

Result<QList<Receipt>> SqliteHubStorage::receive(const QString &user, const QList<OutboxRecord> &records)
{
    const QSqlDatabase db = m_store->database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return busy(db);
    QSqlQuery insert(db);
    if (!insert.prepare(QStringLiteral("INSERT INTO received (uuid, user, type, payload, created_at, received_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO NOTHING")))
        return sql::toError(QObject::tr("Cannot prepare the upload"), db.lastError());
    QList<Receipt> receipts;
    const QString at = now();
    for (const OutboxRecord &r : records) {
        if (auto e = sql::run(insert, {r.uuid, r.user.isEmpty() ? user : r.user, r.type, QString::fromUtf8(r.payload), r.createdAt, at}); !e)
            return e.error();
        receipts.append({r.uuid, insert.numRowsAffected() > 0 ? ReceiptStatus::Accepted : ReceiptStatus::Duplicate, {}});
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return receipts;
}

Result<QList<OutboxRecord>> SqliteHubStorage::received()
{
    auto q = sql::exec(m_store->database(), QStringLiteral("SELECT uuid, type, payload, created_at, user FROM received ORDER BY received_at, uuid"));
    if (!q)
        return q.error();
    QList<OutboxRecord> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString().toUtf8(), q->value(3).toString(),
                    q->value(4).toString()});
    return out;
}

Result<bool> SqliteHubStorage::review(const QString &uuid, const QString &outcome, const QString &note, const QString &reviewer)
{
    auto r = sql::exec(m_store->database(), QStringLiteral("UPDATE received SET outcome = ?, outcome_note = ?, reviewed_by = ?, "
                                                           "reviewed_at = ? WHERE uuid = ?"),
                       {outcome, note, reviewer, now(), uuid});
    if (!r)
        return r.error();
    return r->numRowsAffected() > 0;
}

Result<QList<RecordOutcome>> SqliteHubStorage::outcomes(const QStringList &uuids, const QString &user)
{
    const QSqlDatabase db = m_store->database();
    ReadTransaction tx(db);
    if (!tx.isActive())
        return busy(db);
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT user, outcome, outcome_note, reviewed_at FROM received WHERE uuid = ?")))
        return sql::toError(QObject::tr("Cannot prepare the outcomes"), db.lastError());
    QList<RecordOutcome> out;
    for (const QString &uuid : uuids) {
        if (auto r = sql::run(q, {uuid}); !r)
            return r.error();
        RecordOutcome o{uuid, QStringLiteral("unknown"), {}, {}};
        if (q.next() && (user.isEmpty() || q.value(0).toString() == user)) {
            const QString outcome = q.value(1).toString();
            o.status = outcome.isEmpty() ? QStringLiteral("received") : outcome;
            o.note = q.value(2).toString();
            o.reviewedAt = q.value(3).toString();
        }
        q.finish();
        out.append(o);
    }
    return out;
}

Result<QString> SqliteHubStorage::newEpoch()
{
    const QSqlDatabase db = m_store->database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return busy(db);
    const QString epoch = newId();
    if (auto r = m_store->setMeta(QStringLiteral("epoch"), epoch); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return epoch;
}

Result<qint64> SqliteHubStorage::compact(qint64 keep)
{
    const QSqlDatabase db = m_store->database();
    WriteTransaction tx(db);
    if (!tx.isActive())
        return busy(db);
    auto info = readInfo();
    if (!info)
        return info.error();
    const qint64 floor = std::max(info->floor, info->head - std::max<qint64>(keep, 0));
    if (auto r = sql::exec(db, QStringLiteral("DELETE FROM changes WHERE seq <= ?"), {floor}); !r)
        return r.error();
    if (auto r = m_store->setMeta(QStringLiteral("floor"), QString::number(floor)); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return floor;
}

} // namespace souffleur::hub
