// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/HubStorage.h"
#include "hub/RelayStorage.h"

namespace souffleur {
class Store;
}

namespace souffleur::hub {

// The hub's storage in one SQLite file, DIR/hub.sqlite (WAL: the server reads while `souffleur-hub publish` or
// `user revoke` write from another process). Writers take the lock up front (BEGIN IMMEDIATE), so a publish
// numbers its changes after every earlier one has committed. The same folder can serve as a site relay's mirror
// (RelayStorage).
class SqliteHubStorage final : public HubStorage, public RelayStorage
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

    RelayStorage *asRelay() override;

    // RelayStorage: a folder can serve as a site relay (SqliteHubMirror.cpp).
    QString relayUpstream() const override;
    Result<void> setRelayUpstream(const QString &url) override;
    bool isMirrored() const override;
    Result<void> mirrorReset(const HubInfo &info, const QList<LogChange> &entities) override;
    Result<void> mirrorAppend(const QString &hubId, const QString &epoch, const QList<LogChange> &changes) override;
    Result<void> mirrorUsers(const QList<HubUser> &users) override;
    Result<QList<OutboxRecord>> pendingForward(int limit) override;
    Result<void> markForwarded(const QList<Receipt> &receipts) override;
    Result<ForwardCounts> forwardCounts() override;
    Result<QStringList> awaitingOutcome(int limit) override;

private:
    explicit SqliteHubStorage(std::unique_ptr<Store> store);
    Result<HubInfo> readInfo();

    std::unique_ptr<Store> m_store;
};

} // namespace souffleur::hub
