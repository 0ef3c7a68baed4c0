// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/GuardedHubStorage.h"

#include "hub/PostgresHubStorage.h"

#include <QObject>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <type_traits>

namespace souffleur::hub {

// What the caller's thread and the worker thread share. Every member but `storage` is guarded by `mutex`;
// `storage` is used by the worker only (its statement counter, an atomic, is read by callers).
struct GuardedHubStorage::Worker
{
    std::mutex mutex;
    std::condition_variable changed;
    std::function<void(std::unique_ptr<PostgresHubStorage> &)> job;  // the next job, taken by the worker
    bool busy = false;     // a job is queued or running
    bool stop = false;
    bool done = false;     // the worker has ended and closed the storage
    quint64 finished = 0;  // jobs finished so far
    std::unique_ptr<PostgresHubStorage> storage;
    std::atomic<const PostgresHubStorage *> opened{nullptr};  // `storage` once open, for its statement counter
    std::atomic<bool> planning{false};  // a publish planner computes: progress without statements

    void run()
    {
        std::unique_lock lock(mutex);
        for (;;) {
            changed.wait(lock, [this] { return job || stop; });
            if (!job)
                break;
            auto next = std::move(job);
            job = nullptr;
            lock.unlock();
            next(storage);
            opened = storage.get();
            lock.lock();
            ++finished;
            busy = false;
            changed.notify_all();
        }
        lock.unlock();
        opened = nullptr;
        storage.reset();  // the connection closes on the thread that opened it
        lock.lock();
        done = true;
        changed.notify_all();
    }
};

GuardedHubStorage::GuardedHubStorage(std::chrono::milliseconds stallTimeout)
    : m_stallTimeout(stallTimeout), m_worker(std::make_shared<Worker>())
{
    std::thread([worker = m_worker] { worker->run(); }).detach();
}

GuardedHubStorage::~GuardedHubStorage()
{
    // The worker ends after its current job; one stuck on a stalled connection ends when the stall does (or with
    // the process), holding its own reference to what it uses.
    std::unique_lock lock(m_worker->mutex);
    m_worker->stop = true;
    m_worker->changed.notify_all();
    if (!m_worker->busy)
        m_worker->changed.wait(lock, [this] { return m_worker->done; });
}

Result<std::unique_ptr<GuardedHubStorage>> GuardedHubStorage::open(const Opener &opener, std::chrono::milliseconds stallTimeout)
{
    std::unique_ptr<GuardedHubStorage> guarded(new GuardedHubStorage(stallTimeout));
    std::optional<Error> failure;
    // Not bounded: libpq's connect_timeout bounds the connection, and the schema check must finish.
    auto ran = guarded->runOnWorker([&opener, &failure](std::unique_ptr<PostgresHubStorage> &storage) {
        auto opened = opener();
        if (opened)
            storage = std::move(*opened);
        else
            failure = opened.error();
    }, false);
    if (!ran)
        return ran.error();
    if (failure)
        return *failure;
    return guarded;
}

Result<void> GuardedHubStorage::runOnWorker(std::function<void(std::unique_ptr<PostgresHubStorage> &)> job, bool bounded)
{
    Worker &w = *m_worker;
    const auto statements = [&w] {
        const PostgresHubStorage *storage = w.opened;
        return storage ? storage->statementsDone() : 0;
    };
    std::unique_lock lock(w.mutex);
    if (w.busy)
        return makeError(QObject::tr("The hub database has not answered for over %1 s; try again later.")
                             .arg(double(m_stallTimeout.count()) / 1000.0));
    w.busy = true;
    w.job = std::move(job);
    const quint64 ticket = w.finished + 1;
    w.changed.notify_all();
    quint64 progress = statements();
    auto deadline = std::chrono::steady_clock::now() + m_stallTimeout;
    while (w.finished < ticket) {
        if (!bounded) {
            w.changed.wait(lock);
            continue;
        }
        if (w.changed.wait_until(lock, deadline) != std::cv_status::timeout || w.finished >= ticket)
            continue;
        // A long call that still completes statements, or computes a publish's plan, is not a stall.
        if (const quint64 now = statements(); now != progress || w.planning) {
            progress = now;
            deadline = std::chrono::steady_clock::now() + m_stallTimeout;
            continue;
        }
        return makeError(QObject::tr("The hub database did not answer within %1 s; try again later.")
                             .arg(double(m_stallTimeout.count()) / 1000.0));
    }
    return {};
}

template <typename T>
Result<T> GuardedHubStorage::call(std::function<Result<T>(PostgresHubStorage &)> f)
{
    // Shared with the job: a call given up returns while the job may still write its result.
    auto result = std::make_shared<std::optional<Result<T>>>();
    auto ran = runOnWorker([f = std::move(f), result](std::unique_ptr<PostgresHubStorage> &storage) {
        if (storage)
            result->emplace(f(*storage));
        else
            result->emplace(makeError(QObject::tr("The hub database is not open.")));
    }, true);
    if (!ran)
        return ran.error();
    return std::move(**result);
}

Result<HubInfo> GuardedHubStorage::info()
{
    return call<HubInfo>([](PostgresHubStorage &s) { return s.info(); });
}

Result<void> GuardedHubStorage::addUser(const HubUser &user, const QByteArray &tokenHash)
{
    return call<void>([user, tokenHash](PostgresHubStorage &s) { return s.addUser(user, tokenHash); });
}

Result<bool> GuardedHubStorage::revokeUser(const QString &name)
{
    return call<bool>([name](PostgresHubStorage &s) { return s.revokeUser(name); });
}

Result<std::optional<HubUser>> GuardedHubStorage::userByTokenHash(const QByteArray &tokenHash)
{
    return call<std::optional<HubUser>>([tokenHash](PostgresHubStorage &s) { return s.userByTokenHash(tokenHash); });
}

Result<QList<HubUser>> GuardedHubStorage::users()
{
    return call<QList<HubUser>>([](PostgresHubStorage &s) { return s.users(); });
}

Result<ChangePage> GuardedHubStorage::changes(qint64 since, int limit)
{
    return call<ChangePage>([since, limit](PostgresHubStorage &s) { return s.changes(since, limit); });
}

Result<Snapshot> GuardedHubStorage::snapshot()
{
    return call<Snapshot>([](PostgresHubStorage &s) { return s.snapshot(); });
}

Result<SnapshotPage> GuardedHubStorage::snapshotPage(const QString &afterEntity, const QString &afterId, int limit)
{
    return call<SnapshotPage>([afterEntity, afterId, limit](PostgresHubStorage &s) {
        return s.snapshotPage(afterEntity, afterId, limit);
    });
}

Result<PublishResult> GuardedHubStorage::publish(const PublishPlanner &planner, const QString &user)
{
    // The planner refers to the caller's data (the bundle being published): once the call is given up, the job
    // must not run it any more, and a planner already running is waited for (it only computes).
    struct Abandon
    {
        std::mutex mutex;
        bool abandoned = false;
    };
    auto abandon = std::make_shared<Abandon>();
    PublishPlanner guardedPlanner = [&planner, abandon, worker = m_worker](auto &&...args) {
        using Planned = std::invoke_result_t<const PublishPlanner &, decltype(args)...>;
        std::lock_guard lock(abandon->mutex);
        if (abandon->abandoned)
            return Planned(makeError(QObject::tr("The publish was given up: the hub database did not answer.")));
        worker->planning = true;
        Planned planned = planner(std::forward<decltype(args)>(args)...);
        worker->planning = false;
        return planned;
    };
    auto result = call<PublishResult>([guardedPlanner, user](PostgresHubStorage &s) { return s.publish(guardedPlanner, user); });
    std::lock_guard lock(abandon->mutex);
    abandon->abandoned = true;
    return result;
}

Result<QList<Receipt>> GuardedHubStorage::receive(const QString &user, const QList<OutboxRecord> &records)
{
    return call<QList<Receipt>>([user, records](PostgresHubStorage &s) { return s.receive(user, records); });
}

Result<QList<OutboxRecord>> GuardedHubStorage::received()
{
    return call<QList<OutboxRecord>>([](PostgresHubStorage &s) { return s.received(); });
}

Result<bool> GuardedHubStorage::review(const QString &uuid, const QString &outcome, const QString &note, const QString &reviewer)
{
    return call<bool>([uuid, outcome, note, reviewer](PostgresHubStorage &s) { return s.review(uuid, outcome, note, reviewer); });
}

Result<QList<RecordOutcome>> GuardedHubStorage::outcomes(const QStringList &uuids, const QString &user)
{
    return call<QList<RecordOutcome>>([uuids, user](PostgresHubStorage &s) { return s.outcomes(uuids, user); });
}

Result<QString> GuardedHubStorage::newEpoch()
{
    return call<QString>([](PostgresHubStorage &s) { return s.newEpoch(); });
}

Result<qint64> GuardedHubStorage::compact(qint64 keep)
{
    return call<qint64>([keep](PostgresHubStorage &s) { return s.compact(keep); });
}

} // namespace souffleur::hub
