// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundle/BundleImporter.h"
#include "common/Result.h"

#include <memory>

namespace souffleur {

class Store;

// The bundled demo knowledge base (resources/demo/demo-kb.json, compiled into the core library), and the one
// code path that opens a store and, when it is new, fills it: used by the desktop's first start and by
// `souffleur-kb init --demo`.
class DemoKnowledge final
{
public:
    static QString resourcePath();
    static Result<ImportReport> importInto(Store &store);

    // Opens the store at `path`; when it did not exist (or is empty) and `withDemo` is set, imports the demo.
    static Result<std::unique_ptr<Store>> openOrCreate(const QString &path, bool withDemo);
};

} // namespace souffleur
