// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "sync/WireMessages.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace souffleur {
class Store;
}

namespace souffleur::sync {

// One entry of a change page or of a snapshot, as received (the wire codec reads it).
using RemoteChange = wire::Change;

// Writes hub content into a desktop store. The content tables are a read-only replica of the hub; the agent's
// own state (outbox, item views, classifier, tickets imported locally) is never touched, and nothing here ever
// produces an upstream change.
class Replica final
{
public:
    explicit Replica(Store &store) : m_store(store) {}

    // Applies the changes of one page whose seq is above the checkpoint and moves the checkpoint to `throughSeq`,
    // in one transaction: a page received twice, or cut by a crash, changes nothing the second time. Returns how
    // many changes were applied. Fails without writing when the page is for another hub or epoch.
    Result<int> applyPage(const QString &hubId, const QString &epoch, const QList<RemoteChange> &changes,
                          qint64 throughSeq);

    // Replaces the replicated content with a snapshot taken at `seq`, in one transaction, and records the hub,
    // epoch and checkpoint. Returns how many entities were written.
    Result<int> applySnapshot(const QString &hubId, const QString &epoch, qint64 seq,
                              const QList<RemoteChange> &entities);

    // A paged snapshot in progress (docs/sync-protocol.md, "First sync"): its pages are staged in a table of their
    // own, each page committed with the cursor of the next, so a download cut midway resumes there; the last page
    // replaces the replica in one transaction.
    struct StagedSnapshot
    {
        QString hubId;
        QString epoch;
        qint64 seq = -1;  // -1: none staged
        QString next;     // the cursor to ask for next
    };
    StagedSnapshot stagedSnapshot() const;
    // Stages one page; `first` clears whatever an earlier attempt left.
    Result<void> stageSnapshotPage(const StagedSnapshot &position, const QList<RemoteChange> &entities, bool first);
    // Replaces the replicated content with the staged snapshot and drops the staging, in one transaction.
    Result<int> applyStagedSnapshot();
    Result<void> discardStagedSnapshot();

private:
    Result<void> apply(const RemoteChange &change);
    Result<int> writeSnapshot(const QString &hubId, const QString &epoch, qint64 seq, const QList<RemoteChange> &entities);

    Store &m_store;
};

} // namespace souffleur::sync
