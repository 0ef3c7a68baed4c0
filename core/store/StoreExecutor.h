// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "store/Store.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <type_traits>

namespace souffleur {

// Runs every piece of store work on one dedicated thread that owns the Store (SQLite connections belong to the
// thread that opened them), and hands results back as QFutures, so the UI thread never waits on disk.
class StoreExecutor final
{
public:
    StoreExecutor();
    ~StoreExecutor();
    Q_DISABLE_COPY_MOVE(StoreExecutor)

    // Opens (and, when new and `withDemo`, fills) the store on the worker thread.
    QFuture<Result<void>> open(const QString &path, bool withDemo);

    // Runs `work(Store &)` on the worker thread. Only call after open() succeeded. Take results with
    // QFuture::then(context, ...); never waitForFinished() on the UI thread (it would block, and it may run the task
    // on the waiting thread, away from the store's connection).
    template <typename F>
    auto run(F work) -> QFuture<std::invoke_result_t<F, Store &>>
    {
        return QtConcurrent::run(&m_pool, [this, work = std::move(work)]() mutable { return work(*m_store); });
    }

private:
    QThreadPool m_pool;
    std::unique_ptr<Store> m_store;  // touched only on the worker thread
};

} // namespace souffleur
