// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "services/BundleService.h"
#include "services/ClassifierService.h"
#include "services/FeedbackService.h"
#include "services/KnowledgeService.h"
#include "services/LongWork.h"

#include <QFuture>

namespace souffleur {

class StoreExecutor;

// The services the desktop window is handed (docs/services.md): built from the StoreExecutor, which runs the quick
// per-keystroke work, plus a LongWork thread of their own for imports, exports and training.
class DesktopServices final
{
public:
    explicit DesktopServices(StoreExecutor &executor);
    ~DesktopServices();
    Q_DISABLE_COPY_MOVE(DesktopServices)

    // Opens (and, when new and `withDemo`, fills) the store; the services work once it succeeded.
    QFuture<Result<void>> open(const QString &path, bool withDemo);
    QString storePath() const { return m_longWork.storePath(); }

    KnowledgeService &knowledge() { return m_knowledge; }
    ClassifierService &classifier() { return m_classifier; }
    FeedbackService &feedback() { return m_feedback; }
    BundleService &bundles() { return m_bundles; }
    LongWork &longWork() { return m_longWork; }

private:
    StoreExecutor &m_executor;
    LongWork m_longWork;  // before the services, which use it, so that it outlives them
    KnowledgeService m_knowledge;
    ClassifierService m_classifier;
    FeedbackService m_feedback;
    BundleService m_bundles;
};

} // namespace souffleur
