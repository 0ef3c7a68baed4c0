// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/HubStorage.h"

namespace souffleur {
class Store;
}

namespace souffleur::hub {

// The hub's storage in one SQLite file, DIR/hub.sqlite (WAL: the server reads while `souffleur-hub publish` or
// `user revoke` write from another process). Writers take the lock up front (BEGIN IMMEDIATE), so a publish
// numbers its changes after every earlier one has committed.
class SqliteHubStorage final : public HubStorage
{
public:
    // Opens DIR/hub.sqlite; creates the folder and the hub (new hub id and epoch) when `create` is set.
    static Result<std::unique_ptr<SqliteHubStorage>> open(const QString &dataDir, bool create);
    ~SqliteHubStorage() override;
    Q_DISABLE_COPY_MOVE(SqliteHubStorage)

    static QString fileName() { return QStringLiteral("hub.sqlite"); }
    QString path() const;

    Result<HubInfo> info() override;
    Result<void> addUser(const HubUser &user, const QByteArray &tokenHash) override;
    Result<bool> revokeUser(const QString &name) override;
    Result<std::optional<HubUser>> userByTokenHash(const QByteArray &tokenHash) override;
    Result<QList<HubUser>> users() override;
    Result<ChangePage> changes(qint64 since, int limit) override;
    Result<Snapshot> snapshot() override;
    Result<SnapshotPage> snapshotPage(const QString &afterEntity, const QString &afterId, int limit) override;
    Result<PublishResult> publish(const PublishPlanner &planner, const QString &user) override;
    Result<QList<Receipt>> receive(const QString &user, const QList<OutboxRecord> &records) override;
    Result<QList<OutboxRecord>> received() override;
    Result<bool> review(const QString &uuid, const QString &outcome, const QString &note, const QString &reviewer) override;
    Result<QList<RecordOutcome>> outcomes(const QStringList &uuids, const QString &user) override;
    Result<qint64> compact(qint64 keep) override;
    Result<QString> newEpoch() override;

    // Site relay (souffleur-hub relay, SqliteHubMirror.cpp): a folder that mirrors a central hub's log with its
    // hub id, epoch and sequence numbers, its users, and keeps its desktops' uploads until forwarded.
    // The upstream's URL once the folder serves as a relay (meta relay.upstream); empty for a central hub.
    QString relayUpstream() const;
    Result<void> setRelayUpstream(const QString &url);
    // Whether the mirror holds a copy of the upstream yet (before that, the folder's own hub id means nothing).
    bool isMirrored() const;
    // Replaces content and log with a snapshot of the upstream taken at info.head, which becomes head and floor
    // (an empty list at head 0 starts a mirror that replays the upstream's whole log); adopts its hub id and epoch.
    Result<void> mirrorReset(const HubInfo &info, const QList<LogChange> &entities);
    // Appends upstream changes in one transaction; they must continue the head without a gap, for the mirrored
    // hub id and epoch, or nothing is written.
    Result<void> mirrorAppend(const QString &hubId, const QString &epoch, const QList<LogChange> &changes);
    // Replaces the users (names, roles, token hashes, revocations) with the upstream's.
    Result<void> mirrorUsers(const QList<HubUser> &users);
    // Uploads not yet forwarded upstream, oldest first, with their user.
    Result<QList<OutboxRecord>> pendingForward(int limit);
    // Records the upstream's receipts: accepted or duplicate → forwarded; rejected → rejected with the reason.
    Result<void> markForwarded(const QList<Receipt> &receipts);
    struct ForwardCounts
    {
        int pending = 0;
        int forwarded = 0;
        int rejected = 0;
    };
    Result<ForwardCounts> forwardCounts();
    // Forwarded suggestions no lead has decided on yet, to ask the upstream about.
    Result<QStringList> awaitingOutcome(int limit);

private:
    explicit SqliteHubStorage(std::unique_ptr<Store> store);
    Result<HubInfo> readInfo();

    std::unique_ptr<Store> m_store;
};

} // namespace souffleur::hub
