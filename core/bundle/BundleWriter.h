// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "content/Content.h"

namespace souffleur {

// Writes a knowledge bundle: canonical (sorted ids, sorted keys), pretty-printed so that diffs read well.
class BundleWriter final
{
public:
    static QByteArray toBytes(const KnowledgeBase &kb);
    // Writes atomically (QSaveFile): a failed export never leaves half a file where a good one was.
    static Result<void> writeFile(const KnowledgeBase &kb, const QString &path);
};

} // namespace souffleur
