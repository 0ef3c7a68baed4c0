// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "content/Content.h"

#include <QSet>
#include <QStringList>

#include <optional>

namespace souffleur {

class Store;

// What changed in an item between the version the agent last opened and the one it has now. Field names are the
// content's ("title", "summary", "subject", "body", "tone"); steps are numbered from 1 as the checklist shows them.
struct ItemChange
{
    int seenVersion = 0;
    int currentVersion = 0;
    bool detailsKnown = false;   // false when the history no longer holds the seen version
    QStringList fields;          // changed fields other than the steps
    QList<int> changedSteps;     // steps whose text, type or links changed
    int addedSteps = 0;
    int removedSteps = 0;
    QStringList notes;           // editors' notes of the versions in between, oldest first, when the history has them
};

// Tracks which version of each item the agent last opened (table item_views) and tells what changed since: the
// "changed" badge. An item the agent never opened gets no badge (there is nothing of theirs to compare with);
// opening it records the first view. Use on the store's thread.
class ItemChangeTracker final
{
public:
    explicit ItemChangeTracker(Store &store) : m_store(store) {}

    // What changed in `item` since the agent last opened it (none when never opened or unchanged).
    Result<std::optional<ItemChange>> changeSinceLastView(const Item &item) const;
    // changeSinceLastView(), then records that the agent has now seen `item` at its current version.
    Result<std::optional<ItemChange>> open(const Item &item);
    Result<void> recordView(const QString &itemId, int version);
    // Items whose version is above the one the agent last opened.
    Result<QSet<QString>> changedItemIds() const;

    // The difference between the content of version `seenVersion` (from `item`'s history) and the current one.
    static ItemChange diff(const Item &item, int seenVersion);

private:
    Store &m_store;
};

} // namespace souffleur
