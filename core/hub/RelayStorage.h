// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/HubStorage.h"

namespace souffleur::hub {

// What a site relay's storage adds to a hub's (souffleur-hub relay, docs/sync-protocol.md "Site relay"): it
// mirrors a central hub's log with its hub id, epoch and sequence numbers, its users, and keeps its desktops'
// uploads until forwarded. HubStorage::asRelay() answers whether a storage is one; only SqliteHubStorage can be.
class RelayStorage
{
public:
    virtual ~RelayStorage() = default;

    // The upstream's URL (meta relay.upstream); empty until the folder serves as a relay.
    virtual QString relayUpstream() const = 0;
    virtual Result<void> setRelayUpstream(const QString &url) = 0;
    // Whether the mirror holds a copy of the upstream yet (before that, the folder's own hub id means nothing).
    virtual bool isMirrored() const = 0;
    // Replaces content and log with a snapshot of the upstream taken at info.head, which becomes head and floor
    // (an empty list at head 0 starts a mirror that replays the upstream's whole log); adopts its hub id and epoch.
    virtual Result<void> mirrorReset(const HubInfo &info, const QList<LogChange> &entities) = 0;
    // Appends upstream changes in one transaction; they must continue the head without a gap, for the mirrored
    // hub id and epoch, or nothing is written.
    virtual Result<void> mirrorAppend(const QString &hubId, const QString &epoch, const QList<LogChange> &changes) = 0;
    // Replaces the users (names, roles, token hashes, revocations) with the upstream's.
    virtual Result<void> mirrorUsers(const QList<HubUser> &users) = 0;
    // Uploads not yet forwarded upstream, oldest first, with their user.
    virtual Result<QList<OutboxRecord>> pendingForward(int limit) = 0;
    // Records the upstream's receipts: accepted or duplicate → forwarded; rejected → rejected with the reason.
    virtual Result<void> markForwarded(const QList<Receipt> &receipts) = 0;
    struct ForwardCounts
    {
        int pending = 0;
        int forwarded = 0;
        int rejected = 0;
    };
    virtual Result<ForwardCounts> forwardCounts() = 0;
    // Forwarded suggestions no lead has decided on yet, to ask the upstream about.
    virtual Result<QStringList> awaitingOutcome(int limit) = 0;

protected:
    RelayStorage() = default;
    RelayStorage(const RelayStorage &) = default;
    RelayStorage &operator=(const RelayStorage &) = default;
};

} // namespace souffleur::hub
