// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/Content.h"
#include "hub/HubStorage.h"

namespace souffleur::hub {

// Turns a validated knowledge bundle into the changes a publish appends to the log, given the hub's current
// content: new or changed entities become puts, unchanged ones nothing, and with `prune` whatever the bundle no
// longer carries becomes a tombstone. Items follow their own version numbers (a changed item needs a higher
// version; a lower one is refused) and keep every earlier version in their history; categories, tickets and
// the knowledge base's own fields are numbered by the hub.
class Publisher final
{
public:
    struct Options
    {
        bool prune = false;
    };

    static Result<PublishPlan> plan(const KnowledgeBase &kb, const ContentMap &current, const Options &options);
    // Plans and appends in one storage transaction.
    static Result<PublishResult> publish(HubStorage &storage, const KnowledgeBase &kb, const Options &options,
                                         const QString &user);
};

} // namespace souffleur::hub
