// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/HubStorage.h"

#include <chrono>
#include <functional>
#include <memory>

namespace souffleur::hub {

class PostgresHubStorage;

// A PostgresHubStorage run on a thread of its own, so that a stalled database connection cannot freeze the hub
// (issue 17): `serve` has one thread, and a query to a backend that stopped answering (a stopped or swapped-out
// server, a network that drops packets without resetting) blocks in libpq for as long as the stall lasts, which
// neither a statement timeout (the stalled backend enforces it) nor TCP keepalives (the server's kernel still
// answers) can bound. Each call waits for the worker while the connection makes progress (a statement finishes at
// least every `stallTimeout`); past that it fails, which the HTTP API answers with 503, and every call fails at once
// until the stuck one ends (the connection is left to finish or fail: nothing is queued behind it). A call given up
// may still complete afterwards (a publish may still commit): callers retry, and publishing and uploading are
// idempotent.
class GuardedHubStorage final : public HubStorage
{
public:
    using Opener = std::function<Result<std::unique_ptr<PostgresHubStorage>>()>;

    // Opens the storage on the worker thread (a database connection belongs to the thread that opened it).
    static Result<std::unique_ptr<GuardedHubStorage>> open(const Opener &opener, std::chrono::milliseconds stallTimeout);
    ~GuardedHubStorage() override;
    Q_DISABLE_COPY_MOVE(GuardedHubStorage)

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
    Result<QString> newEpoch() override;
    Result<qint64> compact(qint64 keep) override;

private:
    struct Worker;
    explicit GuardedHubStorage(std::chrono::milliseconds stallTimeout);
    // Runs `job` on the worker and waits for it: as long as it makes progress when `bounded` (see the class
    // comment), else until it ends.
    Result<void> runOnWorker(std::function<void(std::unique_ptr<PostgresHubStorage> &)> job, bool bounded);
    template <typename T>
    Result<T> call(std::function<Result<T>(PostgresHubStorage &)> f);

    const std::chrono::milliseconds m_stallTimeout;
    // Shared with the worker thread, which a stuck call may make outlive this object.
    std::shared_ptr<Worker> m_worker;
};

} // namespace souffleur::hub
