// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

namespace souffleur {
class Store;
}

// Where a desktop replica stands with its hub, kept in the store's meta table so that it moves in the same
// transaction as the content it describes.
namespace souffleur::sync {

namespace key {
inline QString hubId() { return QStringLiteral("sync.hub_id"); }
inline QString epoch() { return QStringLiteral("sync.epoch"); }
inline QString checkpoint() { return QStringLiteral("sync.checkpoint"); }
inline QString lastSuccess() { return QStringLiteral("sync.last_success"); }
inline QString lastError() { return QStringLiteral("sync.last_error"); }
inline QString failures() { return QStringLiteral("sync.failures"); }
inline QString outcomesAskedAt() { return QStringLiteral("sync.outcomes_asked_at"); }
} // namespace key

struct Position
{
    QString hubId;
    QString epoch;
    qint64 checkpoint = 0;
};

Result<Position> position(const Store &store);
// The hub sequence number the replica has applied up to (0: never synced).
Result<qint64> checkpoint(const Store &store);
// Outbox records waiting to go up.
Result<int> pendingOutbox(const Store &store);

} // namespace souffleur::sync
