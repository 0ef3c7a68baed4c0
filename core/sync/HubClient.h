// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/HubRequest.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace souffleur::sync {

struct HubClientOptions
{
    QUrl hub;  // e.g. http://127.0.0.1:8470; a path is kept as the API's prefix
    QString token;
    QList<QSslCertificate> caCertificates;  // trusted in addition to the system's, for an https:// hub
    QByteArray userAgent;
    // A request that receives nothing for this long is abandoned (a hub or proxy that accepted the connection and
    // hangs must not hang the caller) and retried like a lost connection.
    int transferTimeoutMs = 30000;
    // However slowly bytes still trickle in, a request is abandoned after this long.
    int requestDeadlineMs = 300000;
    int maxAttempts = 6;  // per request, for retry-later failures (1: no retry)
    int backoffBaseMs = 250;  // first back-off; doubles each attempt, with jitter
    int backoffMaxMs = 30000;
};

// How a request ended, classified for what the caller should do next.
enum class HubFailure {
    None,
    Auth,        // 401/403: the token is unknown, revoked or not allowed; retrying will not help
    RetryLater,  // network down, timeout, cut answer, 408/429/5xx: nothing is lost, try again later
    Resync,      // 410 resync_required: the caller's position no longer holds (epoch, compacted log)
    Fatal,       // untrusted certificate, protocol error, other 4xx: needs a fix
};

struct HubReply
{
    HubFailure failure = HubFailure::Fatal;
    int status = 0;     // HTTP status; 0 when no answer came
    QJsonObject json;   // the answer's JSON object (for 2xx) or the error body
    QString code;       // the hub's error code ("resync_required", …) when it sent one
    QString message;    // for a failure: what happened, in words an admin can act on
    bool ok() const { return failure == HubFailure::None; }
};

// The one client of the hub's HTTP API (docs/sync-protocol.md, docs/hub-client.md), for the desktop engine, the
// site relay and any later caller: builds the request with hubRequest(), bounds it with a transfer timeout and a
// deadline, tells a cut body from a protocol error, names certificate problems, classifies the outcome, and retries
// retry-later failures with jittered exponential back-off on fresh connections. One request at a time; lives on
// the thread that runs its event loop.
class HubClient final : public QObject
{
    Q_OBJECT
public:
    explicit HubClient(HubClientOptions options, QObject *parent = nullptr);
    ~HubClient() override;
    Q_DISABLE_COPY_MOVE(HubClient)

    using Handler = std::function<void(const HubReply &)>;
    // Sends a request (a body makes it JSON); `done` runs once with the final reply, after any retries. A request
    // sent while another is under way replaces it (the first one's `done` is never called).
    void send(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body, Handler done);
    // Aborts the request in flight and any retry waiting; its `done` is never called.
    void cancel();
    bool isBusy() const { return m_reply || m_retryTimer.isActive(); }
    const HubClientOptions &options() const { return m_options; }

signals:
    // A retry-later failure will be retried after `delayMs`.
    void retrying(const QString &message, int delayMs);
    // Bytes of a response body (after decompression), for every attempt.
    void received(qint64 bytes);

private:
    struct Request
    {
        QByteArray verb;
        QString path;
        QUrlQuery query;
        QByteArray body;
        Handler done;
        int attempt = 0;
    };
    void start(Request request);
    void onFinished(QNetworkReply *reply, Request request);
    HubReply classify(QNetworkReply *reply, const QString &path) const;
    int backoffMs(int attempt) const;

    HubClientOptions m_options;
    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
};

} // namespace souffleur::sync
