// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncState.h"

#include "store/SqlUtil.h"
#include "store/Store.h"

namespace souffleur::sync {

Result<Position> position(const Store &store)
{
    auto hubId = store.readMeta(key::hubId());
    auto epoch = store.readMeta(key::epoch());
    auto at = checkpoint(store);
    if (!hubId || !epoch || !at)
        return !hubId ? hubId.error() : !epoch ? epoch.error() : at.error();
    return Position{hubId->value_or(QString()), epoch->value_or(QString()), *at};
}

Result<qint64> checkpoint(const Store &store)
{
    auto value = store.readMeta(key::checkpoint());
    if (!value)
        return value.error();
    return value->value_or(QStringLiteral("0")).toLongLong();
}

Result<int> pendingOutbox(const Store &store)
{
    auto count = sql::scalar(store.database(), QStringLiteral("SELECT count(*) FROM outbox"));
    if (!count)
        return count.error();
    return count->toInt();
}

} // namespace souffleur::sync
