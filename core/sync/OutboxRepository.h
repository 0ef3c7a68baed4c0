// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "sync/WireMessages.h"

#include <QList>
#include <QStringList>

namespace souffleur {
class Store;
}

namespace souffleur::sync {

// An outbox record waiting to go up, with its place in the outbox.
struct PendingRecord
{
    qint64 seq = 0;
    wire::OutboxRecord record;
};

// The desktop's outbox (table `outbox`) and the review outcomes of the suggestions that left it (table
// `my_feedback`), as the sync engine and the offline bundles need them. Every write is one transaction that is
// over (committed or rolled back) when the call returns, so that a caller's own bookkeeping written after a failure
// is never rolled back with it. Used on the thread that owns `store`. (Its messages keep the sync engine's translation
// context, where they were first written.)
class OutboxRepository final
{
public:
    explicit OutboxRepository(Store &store) : m_store(store) {}

    // Up to `limit` records after `afterSeq`, oldest first (limit < 0: all of them).
    Result<QList<PendingRecord>> pending(qint64 afterSeq = 0, int limit = -1) const;
    Result<int> count() const;
    // Deletes the records of these UUIDs (the hub's receipt came back), all or none.
    Result<void> acknowledge(const QStringList &uuids);

    // Suggestions that went up (no longer in the outbox) with no decision known yet, oldest first.
    Result<QStringList> awaitingOutcome(int limit) const;
    // Records the decided outcomes (`reviewedAt` empty: `now`), all or none; returns how many suggestions changed.
    Result<int> recordOutcomes(const QList<wire::Outcome> &outcomes, const QString &now);

private:
    Store &m_store;
};

} // namespace souffleur::sync
