// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "sync/WireMessages.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace souffleur::hub {

class RelayStorage;

// Relay: a site relay's upstream token (`souffleur-hub relay`): it reads the feed and the users' token hashes and
// forwards its desktops' uploads in their names; it cannot publish.
enum class Role { Agent, Lead, Admin, Relay };
QString roleToString(Role role);
std::optional<Role> roleFromString(const QString &text);

struct HubUser
{
    QString name;
    Role role = Role::Agent;
    bool revoked = false;
    QByteArray tokenHash;  // filled by users(), for a relay's mirror of them (GET /v1/users)
    // The site a user works at, or a relay serves ("" for none). A relay with a site uploads records only in the
    // name of that site's users (docs/security.md).
    QString site;
};

struct HubInfo
{
    QString hubId;    // stable for the life of the hub's data
    QString epoch;    // changes when the log restarts (restore from backup, rebuild): desktops resync
    qint64 head = 0;  // the last sequence number written
    qint64 floor = 0; // the log holds every change above this one (compaction raises it)
};

// One entry of the change log (the wire codec writes it as a change-feed entry).
using LogChange = sync::wire::LogChange;

struct ChangePage
{
    HubInfo info;
    QList<LogChange> changes;
};

// A current entity; deleted ones keep their last version so that a re-creation continues the numbering.
struct ContentEntry
{
    qint64 version = 0;
    bool deleted = false;
    QByteArray payload;
};
// Keyed by (entity, id).
using ContentMap = QHash<QPair<QString, QString>, ContentEntry>;

struct Snapshot
{
    HubInfo info;
    QList<LogChange> entities;  // seq is the change that last wrote each one
};

// One page of the snapshot (see HubStorage::snapshotPage()).
struct SnapshotPage
{
    HubInfo info;
    QList<LogChange> entities;
    bool more = false;  // entities after the page's last one exist
};

// The snapshot's order: kb, categories, items, tickets, then by id. A page cursor is the (entity, id) of the last
// entity received.
inline int snapshotRank(const QString &entity)
{
    return entity == u"kb" ? 0 : entity == u"category" ? 1 : entity == u"item" ? 2 : 3;
}

// A record a desktop uploaded from its outbox.
struct OutboxRecord
{
    QString uuid;
    QString type;
    QByteArray payload;  // compact JSON
    QString createdAt;
    // Who wrote it: empty when it is the uploader itself; a relay forwarding a desktop's record names the desktop's
    // user. received() fills it.
    QString user;
};

// A lead's decision on an uploaded suggestion, told back to the desktop that sent it (POST /v1/outcomes).
struct RecordOutcome
{
    QString uuid;
    QString status;  // "unknown" (not on this hub, or another user's), "received" (not reviewed yet), "accepted", "declined"
    QString note;
    QString reviewedAt;
};

// The hub's answer per uploaded record (the wire codec's).
using ReceiptStatus = sync::wire::ReceiptStatus;
using Receipt = sync::wire::Receipt;

// What a publish wrote, for the command line and the HTTP answer.
struct PublishResult
{
    qint64 fromSeq = 0;  // first seq written (0 when nothing changed)
    qint64 toSeq = 0;
    int puts = 0;
    int tombstones = 0;
    int unchanged = 0;
    QString summary() const;
};

// What a publish appends (without seq; storage numbers them), and how many entities it left as they were.
struct PublishPlan
{
    QList<LogChange> changes;
    int unchanged = 0;
};

// A publish plan: given the current content, the plan or an Error that aborts the publish.
using PublishPlanner = std::function<Result<PublishPlan>(const ContentMap &current)>;

// The hub's storage: SqliteHubStorage (--data) or PostgresHubStorage (--db). Every method is one transaction;
// writers are serialised so that readers never see sequence numbers out of order (on PostgreSQL by an advisory
// lock held for the whole publish, see docs/hub-postgresql.md).
class HubStorage
{
public:
    virtual ~HubStorage() = default;

    virtual Result<HubInfo> info() = 0;

    virtual Result<void> addUser(const HubUser &user, const QByteArray &tokenHash) = 0;
    // Whether a user of that name existed (and is now revoked).
    virtual Result<bool> revokeUser(const QString &name) = 0;
    // The user holding the token of this hash (revoked users included, so the caller can say so).
    virtual Result<std::optional<HubUser>> userByTokenHash(const QByteArray &tokenHash) = 0;
    virtual Result<QList<HubUser>> users() = 0;

    // Up to `limit` changes with seq > since, with the hub's head and epoch read in the same transaction.
    virtual Result<ChangePage> changes(qint64 since, int limit) = 0;
    virtual Result<Snapshot> snapshot() = 0;
    // Up to `limit` current entities after (afterEntity, afterId) in the snapshot's order (from the start when
    // afterEntity is empty), with the head read in the same transaction. Added for resumable first syncs; this
    // default slices snapshot(), which must then list entities in that order; a backend may answer it directly.
    virtual Result<SnapshotPage> snapshotPage(const QString &afterEntity, const QString &afterId, int limit)
    {
        auto snap = snapshot();
        if (!snap)
            return snap.error();
        SnapshotPage page;
        page.info = snap->info;
        const int afterRank = afterEntity.isEmpty() ? -1 : snapshotRank(afterEntity);
        for (const LogChange &c : std::as_const(snap->entities)) {
            const int rank = snapshotRank(c.entity);
            if (rank < afterRank || (rank == afterRank && c.id <= afterId))
                continue;
            if (page.entities.size() >= limit) {
                page.more = true;
                break;
            }
            page.entities.append(c);
        }
        return page;
    }

    // Runs `planner` against the current content inside one write transaction and appends what it returns.
    virtual Result<PublishResult> publish(const PublishPlanner &planner, const QString &user) = 0;

    // Stores the records not seen before, in one transaction; a receipt per record (Accepted or Duplicate). A
    // record's own `user`, when set, is stored instead of `user`.
    virtual Result<QList<Receipt>> receive(const QString &user, const QList<OutboxRecord> &records) = 0;
    virtual Result<QList<OutboxRecord>> received() = 0;

    // Records a lead's decision ("accepted" or "declined") on a received record; false when there is no such record.
    // A later decision replaces an earlier one.
    virtual Result<bool> review(const QString &uuid, const QString &outcome, const QString &note, const QString &reviewer) = 0;
    // The outcomes of these records, in the same order; records of users other than `user` are "unknown", unless
    // `user` is empty (a relay asking for all its desktops).
    virtual Result<QList<RecordOutcome>> outcomes(const QStringList &uuids, const QString &user) = 0;

    // Starts a new epoch (after the hub's data was restored from a backup, when sequence numbers desktops hold may
    // come back with other content): every desktop and relay resynchronises from a snapshot. Returns the epoch.
    virtual Result<QString> newEpoch() = 0;

    // Drops log entries so that only the last `keep` remain; returns the new floor.
    virtual Result<qint64> compact(qint64 keep) = 0;

    // The relay side of this storage when it is a site relay's mirror of a central hub (it has an upstream), else
    // nullptr: a central hub's storage, whose content is its own.
    virtual RelayStorage *asRelay() { return nullptr; }
};

} // namespace souffleur::hub
