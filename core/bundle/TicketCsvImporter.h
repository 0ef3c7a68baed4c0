// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundle/BundleImporter.h"
#include "common/Result.h"

namespace souffleur {

class Store;

// Imports labeled example tickets from CSV (`text,category[,locale]`, RFC 4180, UTF-8). `category` is a category
// id or a path of names in any locale ("Internet > Panne > Box sans synchro"). Every bad row is reported with
// its line number, and then nothing is imported.
class TicketCsvImporter final
{
public:
    static Result<ImportReport> importFile(Store &store, const QString &path);
};

} // namespace souffleur
