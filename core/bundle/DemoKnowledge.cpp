// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/DemoKnowledge.h"

#include "bundle/BundleReader.h"
#include "store/ContentRepository.h"
#include "store/Store.h"

#include <QFile>
#include <QObject>

namespace souffleur {

QString DemoKnowledge::resourcePath()
{
    return QStringLiteral(":/demo/demo-kb.json");
}

Result<ImportReport> DemoKnowledge::importInto(Store &store)
{
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QObject::tr("The demo knowledge base is missing from this build."));
    auto kb = BundleReader::read(file.readAll(), resourcePath());
    if (!kb)
        return kb.error();
    return BundleImporter::import(store, *kb);
}

Result<std::unique_ptr<Store>> DemoKnowledge::openOrCreate(const QString &path, bool withDemo)
{
    auto store = Store::open(path);
    if (!store)
        return store.error();
    if (withDemo) {
        auto counts = ContentRepository(**store).counts();
        if (!counts)
            return counts.error();
        if (counts->value(QStringLiteral("categories")) == 0) {
            if (auto r = importInto(**store); !r)
                return r.error();
        }
    }
    return store;
}

} // namespace souffleur
