// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/BundleService.h"

#include "bundle/BundleWriter.h"
#include "services/LongWork.h"
#include "store/ContentRepository.h"

namespace souffleur {

BundleService::BundleService(LongWork &longWork, QObject *parent) : QObject(parent), m_longWork(longWork) {}

QFuture<Result<ImportReport>> BundleService::importFile(const QString &path)
{
    return m_longWork.run<Result<ImportReport>>([path](QPromise<Result<ImportReport>> &promise, Store &store) {
        ImportControl control;
        control.progress = [&promise](int done, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValue(done);
        };
        control.canceled = [&promise] { return promise.isCanceled(); };
        auto report = BundleImporter::importFile(store, path, control);
        if (!promise.isCanceled())
            promise.addResult(std::move(report));
    });
}

QFuture<Result<void>> BundleService::exportFile(const QString &path)
{
    return m_longWork.run<Result<void>>([path](QPromise<Result<void>> &promise, Store &store) {
        promise.setProgressRange(0, 2);
        auto kb = ContentRepository(store).knowledgeBase();
        if (!kb) {
            promise.addResult(Result<void>(kb.error()));
            return;
        }
        promise.setProgressValue(1);
        if (promise.isCanceled())
            return;
        promise.addResult(BundleWriter::writeFile(*kb, path));
        promise.setProgressValue(2);
    });
}

} // namespace souffleur
