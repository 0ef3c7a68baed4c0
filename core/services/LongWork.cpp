// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/LongWork.h"

namespace souffleur {

LongWork::LongWork()
{
    // One job at a time: an import and a training never write the store together.
    m_pool.setMaxThreadCount(1);
}

LongWork::~LongWork()
{
    // Jobs not started yet are dropped (their futures never finish; nobody waits on them at shutdown).
    m_pool.clear();
    m_pool.waitForDone();
}

Result<std::unique_ptr<Store>> LongWork::openStore(const QString &path)
{
    Store::Options options;
    options.createIfMissing = false;  // the StoreExecutor created and migrated it
    return Store::open(path, options);
}

} // namespace souffleur
