// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/StoreExecutor.h"

#include "bundle/DemoKnowledge.h"

namespace souffleur {

StoreExecutor::StoreExecutor()
{
    // One thread that never expires: the store's connection lives on it for the executor's whole life.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

StoreExecutor::~StoreExecutor()
{
    // Close the connection on its own thread, after every queued task. Not QFuture::waitForFinished(): it may run a
    // task that has not started yet on the waiting thread, and the connection must not leave its thread.
    m_pool.start([this] { m_store.reset(); });
    m_pool.waitForDone();
}

QFuture<Result<void>> StoreExecutor::open(const QString &path, bool withDemo)
{
    return QtConcurrent::run(&m_pool, [this, path, withDemo]() -> Result<void> {
        auto store = DemoKnowledge::openOrCreate(path, withDemo);
        if (!store)
            return store.error();
        m_store = std::move(*store);
        return {};
    });
}

} // namespace souffleur
