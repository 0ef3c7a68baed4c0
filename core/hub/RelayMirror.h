// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hub/SqliteHubStorage.h"
#include "sync/HubClient.h"

#include <QObject>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

namespace souffleur::hub {

struct RelayOptions
{
    QUrl upstream;                          // the central hub (or another relay)
    QString token;                          // a user of the upstream with the relay role
    QList<QSslCertificate> caCertificates;  // trusted in addition to the system's, for an https:// upstream
    int intervalMs = 5000;                  // between cycles while all is well
    int maxBackoffMs = 60000;               // after failures the wait doubles up to this
    int pageSize = 2000;                    // changes (or snapshot entities) per request
    int forwardBatch = 200;                 // uploads per POST /v1/outbox
    int outcomeEveryCycles = 12;            // review outcomes asked every this many cycles (a minute by default)
    int transferTimeoutMs = 30000;
    int requestDeadlineMs = 300000;         // however slowly an answer trickles in, a request ends after this
    int maxAttempts = 3;                    // per request, for retry-later failures, before the cycle fails
    int backoffBaseMs = 250;                // first back-off of a request's retries; doubles, with jitter
};

// The upstream side of a site relay (souffleur-hub relay, docs/sync-protocol.md "Site relay"): in cycles, it copies
// the upstream's users (token hashes, roles, revocations) so that the relay authenticates desktops while the link is
// down, mirrors the upstream's log with its hub id, epoch and sequence numbers (log replay, or a paged snapshot
// when the upstream's log was compacted or its epoch changed), then forwards the uploads its desktops left, in
// their users' names, marking each one only once the upstream's receipt came back. Every write is one storage
// transaction, so a relay killed at any point resumes where it stood. Requests go through sync::HubClient (deadline,
// cut answers, certificate errors, per-request back-off, auth classification). Lives on the thread of `storage`.
class RelayMirror final : public QObject
{
    Q_OBJECT
public:
    RelayMirror(SqliteHubStorage &storage, RelayOptions options, QObject *parent = nullptr);
    ~RelayMirror() override;
    Q_DISABLE_COPY_MOVE(RelayMirror)

    // First cycle at once, then one every interval (or after a back-off when the upstream fails).
    void start();
    // A cycle soon: new uploads are waiting (the HTTP side calls this after storing some).
    void poke();
    bool isRunning() const { return m_running; }

signals:
    // After every cycle: ok when the mirror caught up with the upstream and nothing is left to forward.
    void cycleFinished(bool ok, const QString &message);

private:
    void send(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
              sync::HubClient::Handler handler);
    void cycle();
    void fetchUsers();
    void pull();
    void hello();
    void snapshotPage(const QString &after);
    void forward();
    void fetchOutcomes();
    void done(bool ok, const QString &message);
    bool failed(const sync::HubReply &r, const QString &what);

    SqliteHubStorage &m_storage;
    RelayOptions m_options;
    sync::HubClient m_client;
    QTimer m_timer;
    bool m_running = false;
    bool m_again = false;
    bool m_helloDone = false;
    int m_failures = 0;
    int m_cycles = 0;
    int m_snapshotRestarts = 0;
    // A snapshot being downloaded: every page is kept until the last one, then the mirror is replaced at once.
    HubInfo m_snapshotInfo;
    QList<LogChange> m_snapshot;
    int m_mirrored = 0;
    int m_forwarded = 0;
};

} // namespace souffleur::hub
