// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "content/Content.h"

#include <QByteArray>
#include <QString>

namespace souffleur {

// Parses and validates a knowledge bundle (docs/bundle-format.md). Every problem is reported, each with its
// location ("demo.json: items[12] (proc.box.fr).steps[3].next: unknown step \"x\""); on any problem the result
// is an Error whose details list them all, and no KnowledgeBase is returned.
class BundleReader final
{
public:
    static Result<KnowledgeBase> readFile(const QString &path);
    // `sourceName` prefixes every location (the file name, or ":/demo/demo-kb.json").
    static Result<KnowledgeBase> read(const QByteArray &data, const QString &sourceName);

    static constexpr int formatVersion = 1;
};

} // namespace souffleur
