// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "content/Content.h"

#include <functional>

namespace souffleur {

class Store;

// What an import did, for the command line and the UI.
struct ImportReport
{
    int categories = 0;
    int itemsAdded = 0;
    int itemsUpdated = 0;
    int itemsUnchanged = 0;
    QStringList itemsOlder;  // ids whose bundle version is lower than the store's: left alone
    int ticketsAdded = 0;
    int ticketsKnown = 0;

    QString summary() const;
};

// Lets a caller follow and stop a long import: progress(done, total) after each item, canceled() checked after
// each item and before the commit; a canceled import rolls back (nothing is imported).
struct ImportControl
{
    std::function<void(int done, int total)> progress;
    std::function<bool()> canceled;
};

// Imports a validated KnowledgeBase into a Store in one transaction: all of it or, on any failure, nothing.
// An item already in the store is replaced only by a higher version, and the replaced version joins the item's
// history, so no version is ever lost.
class BundleImporter final
{
public:
    static Result<ImportReport> import(Store &store, const KnowledgeBase &kb, const ImportControl &control = {});
    // Validates then imports a bundle file.
    static Result<ImportReport> importFile(Store &store, const QString &path, const ImportControl &control = {});
};

} // namespace souffleur
