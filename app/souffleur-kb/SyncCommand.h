// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KbCommand.h"

namespace souffleur::kb {

// sync --hub URL [--token T] [--retries N] [--limit PAGE]: one pass of the sync engine; exits 0 only when the
// store caught up with the hub and its outbox is empty.
int runSync(Context &ctx);

// Offline bundles (docs/sync-protocol.md): import-changes FILE applies a signed change bundle from the hub when it
// reaches back to the store's checkpoint; export-outbox OUT writes the outbox as a signed bundle for the hub.
int runImportChanges(Context &ctx);
int runExportOutbox(Context &ctx);

} // namespace souffleur::kb
