// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/HubClient.h"
#include "sync/OutboxRepository.h"
#include "sync/Replica.h"

#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>

namespace souffleur {
class Store;
}

namespace souffleur::sync {

struct SyncOptions
{
    QUrl hub;                 // e.g. http://127.0.0.1:8470
    QString token;            // the user's bearer token
    int pageSize = 500;       // changes per page asked of the hub
    int outboxBatch = 100;    // records per upload
    int maxAttempts = 6;      // per request, for retry-later failures
    int backoffBaseMs = 250;  // first back-off; doubles each attempt, with jitter
    int backoffMaxMs = 30000;
    // A request that receives nothing for this long is abandoned (a hub or proxy that accepted the connection and
    // hangs must not hang the desktop) and retried like a lost connection.
    int transferTimeoutMs = 30000;
    // However slowly bytes still trickle in, a request is abandoned after this long (a page is bounded, so this
    // only stops a pathological link from holding a pass forever).
    int requestDeadlineMs = 300000;
    // For an https:// hub whose certificate comes from a private CA (or is self-signed): trusted in addition to the
    // system's CAs, for this engine's requests only. Certificate checks are never turned off.
    QList<QSslCertificate> caCertificates;
    // Review outcomes of the agent's suggestions are asked at most this often (0: at every pass, as the command line
    // does), so that a desktop waiting on a review still polls with one small request most of the time.
    int outcomeCheckIntervalMs = 0;
};

// How a sync pass ended. The classes say what the agent or the caller should do next.
enum class SyncStatus {
    CaughtUp,        // content at the hub's head and the outbox empty
    OutboxRejected,  // content caught up, but the hub refused some outbox records (they stay in the outbox)
    AuthFailed,      // token unknown, revoked or not allowed: stop, ask for a new token
    RetryLater,      // network down, hub busy or failing: try again later, nothing is lost
    Fatal,           // protocol or local storage error: needs a fix, retrying will not help
    Cancelled,
};

struct SyncOutcome
{
    SyncStatus status = SyncStatus::Fatal;
    QString message;
    int snapshots = 0;        // full resyncs done
    int pages = 0;
    int changesApplied = 0;
    int uploaded = 0;         // records the hub accepted
    int duplicates = 0;       // records the hub already had (a repeated upload)
    int outcomes = 0;         // review decisions on the agent's suggestions learnt in this pass
    QStringList rejected;     // "uuid: reason"
    int retries = 0;
    qint64 checkpoint = 0;
    int outboxPending = 0;
    qint64 bytesReceived = 0; // response bodies, after decompression

    bool ok() const { return status == SyncStatus::CaughtUp; }
    QString summary() const;
};

QString statusName(SyncStatus status);

// The desktop side of replication (docs/sync-protocol.md): one pass says hello, pulls change pages (or a snapshot
// on first sync, on a new hub epoch, or when the hub's log no longer reaches the checkpoint), then uploads the
// outbox, and reports how it ended with finished().
//
// It works asynchronously on the thread it lives in, which must be the thread that owns `store` and runs an event
// loop: the desktop gives it a sync thread with its own Store connection (SQLite in WAL mode lets the UI's
// reader and this writer work side by side), the command line uses runBlocking(). Each page is applied with its
// checkpoint in one transaction; an outbox record is deleted only once the hub's receipt for it arrived. Requests go
// through HubClient (timeouts, retries, failure classes); the outbox through OutboxRepository.
class SyncEngine final : public QObject
{
    Q_OBJECT
public:
    SyncEngine(Store &store, SyncOptions options, QObject *parent = nullptr);
    ~SyncEngine() override;
    Q_DISABLE_COPY_MOVE(SyncEngine)

    // Starts a pass; does nothing while one runs.
    void start();
    void cancel();
    bool isRunning() const { return m_running; }

    // Runs one pass in a local event loop (for the command line; never on a UI thread).
    static SyncOutcome runBlocking(Store &store, const SyncOptions &options,
                                   const std::function<void(const QString &)> &onProgress = {});

signals:
    void progress(const QString &message);
    void finished(const souffleur::sync::SyncOutcome &outcome);

private:
    using Handler = HubClient::Handler;
    void send(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body, Handler handler);

    void hello();
    void pullChanges();
    void snapshot();
    void snapshotPage(const Replica::StagedSnapshot &at);
    void uploadOutbox(qint64 afterSeq);
    void fetchOutcomes();
    void finish(SyncStatus status, const QString &message = {});
    // Ends the pass for a failed request; returns true when it did.
    bool failed(const HubReply &reply, const QString &what);

    Store &m_store;
    SyncOptions m_options;
    Replica m_replica;
    OutboxRepository m_outbox;
    HubClient m_client;
    bool m_running = false;
    int m_resyncs = 0;
    bool m_helloDone = false;
    QString m_hubId;
    QString m_epoch;
    SyncOutcome m_outcome;
};

} // namespace souffleur::sync

Q_DECLARE_METATYPE(souffleur::sync::SyncOutcome)
