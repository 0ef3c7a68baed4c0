// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "store/Store.h"

#include <QFuture>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace souffleur {

// Runs long store work (import, export, training) on a thread of its own, each job on a connection of its own to
// the store file, so that it never queues behind or in front of the StoreExecutor's per-keystroke work. SQLite's
// WAL mode lets the executor's reads go on while a job writes; a write on the executor's connection waits for the
// job's transaction at most the store's busy timeout.
//
// Jobs run one at a time, in the order asked. A job gets a QPromise: it reports progress on it and checks
// isCanceled() between steps; a canceled job's future reports canceled and carries no result.
class LongWork final
{
public:
    LongWork();
    ~LongWork();
    Q_DISABLE_COPY_MOVE(LongWork)

    // The store file the jobs open (set once the StoreExecutor opened it).
    void setStorePath(const QString &path) { m_path = path; }
    QString storePath() const { return m_path; }

    // Runs `work(QPromise<R> &, Store &)` on the long-work thread, where R is a Result<…>; a store that cannot be
    // opened is reported as R's error.
    template <typename R, typename F>
    QFuture<R> run(F work)
    {
        const QString path = m_path;
        return QtConcurrent::run(&m_pool, [path, work = std::move(work)](QPromise<R> &promise) mutable {
            if (promise.isCanceled())
                return;
            auto store = openStore(path);
            if (!store) {
                promise.addResult(R(store.error()));
                return;
            }
            work(promise, **store);
        });
    }

    // Runs `work()` on the long-work thread without a store (tests use it to hold the thread).
    template <typename F>
    QFuture<void> runPlain(F work)
    {
        return QtConcurrent::run(&m_pool, std::move(work));
    }

private:
    static Result<std::unique_ptr<Store>> openStore(const QString &path);

    QString m_path;
    QThreadPool m_pool;
};

} // namespace souffleur
