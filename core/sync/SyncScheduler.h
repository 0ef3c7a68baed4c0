// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

class QThread;

namespace souffleur::sync {

class SyncWorker;

// What the agent should know about the link with the hub.
enum class LinkState {
    NotConfigured,  // no hub address or token: this desktop works from its local knowledge only
    Connecting,     // the first pass since start or since the settings changed is running
    Online,         // the last pass caught up
    Offline,        // the hub could not be reached: retrying with back-off
    AuthRefused,    // the hub refused the token: no retry until the settings change or the agent asks
    Failing,        // a protocol or local error: retrying with back-off, but it likely needs a fix
};

// Runs the SyncEngine periodically for the desktop, off the UI thread: a thread of its own with its own Store
// connection (SQLite in WAL mode lets the UI's store thread read and write meanwhile). Polls every `pollMs` while
// all is well; after a failure waits retryBaseMs, doubling up to retryMaxMs (with jitter), so a desktop that lost
// the hub neither hammers it nor waits long once it is back. Lives on the thread that created it (the UI thread);
// every signal arrives there.
class SyncScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncScheduler)
public:
    struct Timing
    {
        int pollMs = 60000;
        int retryBaseMs = 15000;
        int retryMaxMs = 10 * 60000;
        int requestAttempts = 3;  // per request within one pass, before the pass ends "offline"
        int outcomeCheckMs = 5 * 60000;  // how often to ask the hub about reviews of the agent's suggestions
    };

    explicit SyncScheduler(QString storePath, QObject *parent = nullptr);
    ~SyncScheduler() override;

    void setTiming(const Timing &timing) { m_timing = timing; }
    // An empty hub or token means "not configured": nothing is scheduled. Starts a pass at once otherwise.
    void configure(const QUrl &hub, const QString &token);
    bool isConfigured() const { return m_hub.isValid() && !m_hub.isEmpty() && !m_token.isEmpty(); }
    QUrl hub() const { return m_hub; }

    // Starts a pass now (when configured and none runs).
    void syncNow();
    bool isRunning() const { return m_running; }

    LinkState state() const { return m_state; }
    QDateTime lastSync() const { return m_lastSync; }  // local time of the last pass that caught up
    int pendingUploads() const { return m_pending; }   // as of the last pass (-1: unknown)
    int passes() const { return m_passes; }            // passes finished since start (tests wait on it)
    const SyncOutcome &lastOutcome() const { return m_outcome; }
    // What the state means for the agent, in their words.
    QString message() const;

signals:
    void stateChanged();
    // A pass applied changes to the local content: what is shown may be out of date.
    void contentChanged();

private:
    void onFinished(const SyncOutcome &outcome, const QDateTime &lastSuccess);
    void schedule(int delayMs);

    QString m_storePath;
    Timing m_timing;
    QUrl m_hub;
    QString m_token;
    LinkState m_state = LinkState::NotConfigured;
    QDateTime m_lastSync;
    int m_pending = -1;
    int m_failures = 0;
    int m_passes = 0;
    bool m_running = false;
    bool m_rerun = false;
    quint64 m_generation = 0;  // bumped by configure(): results of an older configuration are ignored
    SyncOutcome m_outcome;
    QTimer m_timer;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr;  // lives on m_thread
};

} // namespace souffleur::sync
