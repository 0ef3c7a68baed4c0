// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DesktopServices.h"

#include "store/StoreExecutor.h"

namespace souffleur {

DesktopServices::DesktopServices(StoreExecutor &executor)
    : m_executor(executor), m_knowledge(executor), m_classifier(executor, m_longWork), m_feedback(executor),
      m_bundles(m_longWork)
{
}

DesktopServices::~DesktopServices() = default;

QFuture<Result<void>> DesktopServices::open(const QString &path, bool withDemo)
{
    // Known to the long work before the store exists: a job only starts once the store opened.
    m_longWork.setStorePath(path);
    return m_executor.open(path, withDemo);
}

} // namespace souffleur
