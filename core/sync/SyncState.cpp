// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncState.h"

#include "store/SqlUtil.h"
#include "store/Store.h"

namespace souffleur::sync {

Position position(const Store &store)
{
    return {store.meta(key::hubId()), store.meta(key::epoch()), checkpoint(store)};
}

qint64 checkpoint(const Store &store)
{
    return store.meta(key::checkpoint(), QStringLiteral("0")).toLongLong();
}

int pendingOutbox(const Store &store)
{
    auto count = sql::scalar(store.database(), QStringLiteral("SELECT count(*) FROM outbox"));
    return count ? count->toInt() : -1;
}

} // namespace souffleur::sync
