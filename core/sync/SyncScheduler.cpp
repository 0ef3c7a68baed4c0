// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncScheduler.h"

#include "sync/SyncWorker.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QThread>

namespace souffleur::sync {

SyncScheduler::SyncScheduler(QString storePath, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath)), m_thread(new QThread(this)), m_worker(new SyncWorker(m_storePath))
{
    qRegisterMetaType<SyncOutcome>();
    m_thread->setObjectName(QStringLiteral("souffleur-sync"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::finished, this,
            [this](quint64 generation, const SyncOutcome &outcome, const QDateTime &lastSuccess) {
                m_running = false;
                if (generation == m_generation)
                    onFinished(outcome, lastSuccess);
                if (m_rerun) {
                    m_rerun = false;
                    syncNow();
                }
            });
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::syncNow);
    m_thread->start();
}

SyncScheduler::~SyncScheduler()
{
    m_timer.stop();
    // Cancel the pass and close the sync thread's store connection on its own thread, then let the thread end.
    QMetaObject::invokeMethod(m_worker, &SyncWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void SyncScheduler::configure(const QUrl &hub, const QString &token)
{
    m_hub = hub;
    m_token = token;
    ++m_generation;
    m_failures = 0;
    m_timer.stop();
    if (!isConfigured()) {
        m_state = LinkState::NotConfigured;
        emit stateChanged();
        return;
    }
    m_state = LinkState::Connecting;
    emit stateChanged();
    syncNow();
}

void SyncScheduler::syncNow()
{
    if (!isConfigured())
        return;
    if (m_running) {
        // A pass for older settings may still be winding down: run again once it ends.
        m_rerun = true;
        return;
    }
    m_timer.stop();
    m_running = true;
    SyncOptions options;
    options.hub = m_hub;
    options.token = m_token;
    options.maxAttempts = m_timing.requestAttempts;
    options.outcomeCheckIntervalMs = m_timing.outcomeCheckMs;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, generation, options] { worker->run(generation, options); });
}

void SyncScheduler::onFinished(const SyncOutcome &outcome, const QDateTime &lastSuccess)
{
    if (outcome.status == SyncStatus::Cancelled)
        return;
    ++m_passes;
    m_outcome = outcome;
    if (lastSuccess.isValid())
        m_lastSync = lastSuccess.toLocalTime();
    m_pending = outcome.outboxPending;
    switch (outcome.status) {
    case SyncStatus::CaughtUp:
    case SyncStatus::OutboxRejected:
        m_state = LinkState::Online;
        m_failures = 0;
        break;
    case SyncStatus::AuthFailed:
        m_state = LinkState::AuthRefused;
        break;
    case SyncStatus::RetryLater:
        // "Retry later" also ends a pass whose outbox got no receipt although the hub answered; the link is up.
        m_state = outcome.pages > 0 || outcome.snapshots > 0 || outcome.uploaded > 0 ? LinkState::Online : LinkState::Offline;
        ++m_failures;
        break;
    case SyncStatus::Fatal:
    case SyncStatus::Cancelled:
        m_state = LinkState::Failing;
        ++m_failures;
        break;
    }
    emit stateChanged();
    if (outcome.changesApplied > 0 || outcome.outcomes > 0)
        emit contentChanged();
    if (m_state == LinkState::AuthRefused)
        return;  // a new token is needed; retrying would only be refused again
    if (m_failures == 0) {
        schedule(m_timing.pollMs);
    } else {
        // Doubling back-off with "equal jitter" (half fixed, half random), as the engine does per request.
        const qint64 ceiling = std::min<qint64>(m_timing.retryMaxMs, qint64(m_timing.retryBaseMs) << std::min(m_failures - 1, 20));
        schedule(int(ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1)));
    }
}

void SyncScheduler::schedule(int delayMs)
{
    m_timer.start(std::max(0, delayMs));
}

QString SyncScheduler::message() const
{
    const QString since = m_lastSync.isValid() ? QLocale().toString(m_lastSync, QLocale::ShortFormat) : QString();
    switch (m_state) {
    case LinkState::NotConfigured:
        return tr("Not connected to a hub: you are using the knowledge stored on this computer. Your suggestions "
                  "are kept here.");
    case LinkState::Connecting:
        return tr("Connecting to %1…").arg(m_hub.host());
    case LinkState::Online:
        if (m_outcome.status == SyncStatus::OutboxRejected)
            return tr("Up to date, but the hub refused %n of your records; they are kept here. Tell your team lead.",
                      nullptr, int(m_outcome.rejected.size()));
        return since.isEmpty() ? tr("Up to date with the hub.") : tr("Up to date with the hub (last synchronised %1).").arg(since);
    case LinkState::Offline:
        return since.isEmpty()
                   ? tr("Offline: the hub cannot be reached. You are using the local knowledge; your suggestions are "
                        "kept and will be sent later.")
                   : tr("Offline: you are using the local knowledge from %1; your suggestions are kept and will be "
                        "sent later.").arg(since);
    case LinkState::AuthRefused:
        return tr("The hub refused your access token: you are using the local knowledge and your suggestions wait "
                  "here. Ask your administrator for a new token (File › Hub connection).");
    case LinkState::Failing:
        return tr("Synchronisation fails: %1 You are using the local knowledge; your suggestions are kept.")
            .arg(m_outcome.message);
    }
    return {};
}

} // namespace souffleur::sync
