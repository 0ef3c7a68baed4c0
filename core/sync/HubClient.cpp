// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/HubClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>

Q_LOGGING_CATEGORY(lcHubClient, "souffleur.core.hubclient", QtInfoMsg)

namespace souffleur::sync {

namespace {

// The messages here were first written for the desktop engine and are translated under its context, spelt out
// for lupdate: keeping it keeps their translations.

// What is wrong with the hub's certificate, in words an administrator can act on, then Qt's own descriptions.
QString certificateProblem(const QList<QSslError> &errors, const QString &host)
{
    QStringList reasons;
    QStringList details;
    for (const QSslError &e : errors) {
        details.append(e.errorString());
        QString reason;
        switch (e.error()) {
        case QSslError::HostNameMismatch:
            reason = QCoreApplication::translate("souffleur::sync::SyncEngine", "it was not issued for the host name \"%1\"").arg(host);
            break;
        case QSslError::CertificateExpired:
            reason = QCoreApplication::translate("souffleur::sync::SyncEngine", "it has expired");
            break;
        case QSslError::CertificateNotYetValid:
            reason = QCoreApplication::translate("souffleur::sync::SyncEngine", "it is not valid yet (check the clocks)");
            break;
        case QSslError::CertificateRevoked:
            reason = QCoreApplication::translate("souffleur::sync::SyncEngine", "it has been revoked");
            break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
        case QSslError::InvalidCaCertificate:
            reason = QCoreApplication::translate("souffleur::sync::SyncEngine", "it is not signed by a trusted certificate authority (for a private CA, give its "
                                    "certificate: souffleur-kb sync --ca-file CA.pem)");
            break;
        default:
            break;
        }
        if (!reason.isEmpty() && !reasons.contains(reason))
            reasons.append(reason);
    }
    if (reasons.isEmpty())
        return details.join(QStringLiteral("; "));
    return reasons.join(QStringLiteral("; ")) + QStringLiteral(" [") + details.join(QStringLiteral("; ")) + u']';
}

} // namespace

HubClient::HubClient(HubClientOptions options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    m_retryTimer.setSingleShot(true);
    m_network.setAutoDeleteReplies(false);
}

HubClient::~HubClient()
{
    cancel();
}

void HubClient::cancel()
{
    m_retryTimer.stop();
    m_retryTimer.disconnect();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

int HubClient::backoffMs(int attempt) const
{
    // Exponential back-off with "equal jitter": half the delay fixed, half random, so that clients that lost the
    // hub together do not all come back in the same millisecond.
    const qint64 ceiling = std::min<qint64>(m_options.backoffMaxMs, qint64(m_options.backoffBaseMs) << std::min(attempt, 20));
    return int(ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1));
}

void HubClient::send(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
                     Handler done)
{
    cancel();
    start({verb, path, query, body, std::move(done), 0});
}

void HubClient::start(Request request)
{
    const QNetworkRequest req = hubRequest(m_options.hub, request.path, request.query, !request.body.isEmpty(),
                                           {m_options.token, m_options.caCertificates, m_options.transferTimeoutMs,
                                            m_options.userAgent});
    const QUrl url = req.url();
    QNetworkReply *reply = m_network.sendCustomRequest(req, request.verb, request.body);
    m_reply = reply;
    // Certificate problems are kept to be named in the reply; they are never ignored.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply, host = url.host()](const QList<QSslError> &errors) {
        reply->setProperty("souffleur_ssl_errors", certificateProblem(errors, host));
    });
    // The transfer timeout fires when nothing arrives for a while; this one bounds the whole request.
    QTimer::singleShot(m_options.requestDeadlineMs, reply, [reply] {
        reply->setProperty("souffleur_deadline", true);
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, request = std::move(request)]() mutable {
        onFinished(reply, std::move(request));
    });
}

HubReply HubClient::classify(QNetworkReply *reply, const QString &path) const
{
    HubReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->setProperty("souffleur_bytes", body.size());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    // Qt reports no error when the connection closes before the declared length (or amid a gzip stream): a body
    // that ends inside the JSON is a cut answer, to retry, not a protocol error.
    const bool cut = body.isEmpty() || parseError.error == QJsonParseError::UnterminatedObject
                     || parseError.error == QJsonParseError::UnterminatedArray
                     || parseError.error == QJsonParseError::UnterminatedString
                     || (parseError.error != QJsonParseError::NoError && parseError.offset >= body.size() - 1);
    r.failure = HubFailure::None;
    if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError) {
        // Only the timers abort a reply here (cancel() disconnects it first): the transfer timeout, or the deadline.
        r.failure = HubFailure::RetryLater;
        r.message = reply->property("souffleur_deadline").toBool()
                        ? QCoreApplication::translate("souffleur::sync::SyncEngine", "The hub's answer to %1 took longer than %2 s.").arg(path).arg(m_options.requestDeadlineMs / 1000)
                        : QCoreApplication::translate("souffleur::sync::SyncEngine", "The hub did not answer %1 within %2 s.").arg(path).arg(m_options.transferTimeoutMs / 1000.0);
    } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
        // An untrusted, expired or misnamed certificate (or a hub that does not speak TLS) will not fix itself:
        // retrying would only hide it.
        const QString problem = reply->property("souffleur_ssl_errors").toString();
        r.failure = HubFailure::Fatal;
        r.message = problem.isEmpty() ? QCoreApplication::translate("souffleur::sync::SyncEngine", "The TLS connection to the hub failed: %1").arg(reply->errorString())
                                      : QCoreApplication::translate("souffleur::sync::SyncEngine", "The hub's certificate is refused: %1").arg(problem);
    } else if (r.status == 0) {
        r.failure = HubFailure::RetryLater;
        r.message = QCoreApplication::translate("souffleur::sync::SyncEngine", "The hub cannot be reached: %1").arg(reply->errorString());
    } else if (r.status >= 200 && r.status < 300) {
        if (!doc.isObject() || reply->error() != QNetworkReply::NoError) {
            // A cut or garbled answer: the connection, not the protocol, is most likely at fault.
            const bool retry = reply->error() != QNetworkReply::NoError || cut;
            r.failure = retry ? HubFailure::RetryLater : HubFailure::Fatal;
            r.message = retry
                            ? QCoreApplication::translate("souffleur::sync::SyncEngine", "The hub's answer to %1 was cut: %2").arg(path, reply->errorString())
                            : QCoreApplication::translate("souffleur::sync::SyncEngine", "The hub's answer to %1 is not valid JSON (protocol error).").arg(path);
        } else {
            r.json = doc.object();
        }
    } else {
        r.json = doc.object();
        const QJsonObject error = r.json.value(QStringLiteral("error")).toObject();
        r.code = error.value(QStringLiteral("code")).toString();
        r.message = QCoreApplication::translate("souffleur::sync::SyncEngine", "The hub answered %1 to %2: %3").arg(r.status).arg(path,
                        error.value(QStringLiteral("message")).toString(reply->errorString()));
        if (r.status == 401 || r.status == 403)
            r.failure = HubFailure::Auth;
        else if (r.status == 410 || r.code == u"resync_required")
            r.failure = HubFailure::Resync;
        else if (r.status == 408 || r.status == 429 || r.status >= 500)
            r.failure = HubFailure::RetryLater;
        else
            r.failure = HubFailure::Fatal;
    }
    return r;
}

void HubClient::onFinished(QNetworkReply *reply, Request request)
{
    reply->deleteLater();
    if (m_reply == reply)
        m_reply = nullptr;
    const HubReply r = classify(reply, request.path);
    emit received(reply->property("souffleur_bytes").toLongLong());
    if (r.failure == HubFailure::RetryLater && request.attempt + 1 < m_options.maxAttempts) {
        const int delay = backoffMs(request.attempt);
        ++request.attempt;
        // Fresh connections for the retry: a kept-alive one the network or the hub dropped can otherwise leave the
        // next request waiting for the whole transfer timeout.
        m_network.clearConnectionCache();
        qCInfo(lcHubClient) << "retrying" << request.path << "in" << delay << "ms:" << r.message;
        emit retrying(r.message, delay);
        m_retryTimer.disconnect();
        connect(&m_retryTimer, &QTimer::timeout, this, [this, request = std::move(request)]() mutable {
            start(std::move(request));
        });
        m_retryTimer.start(delay);
        return;
    }
    // The handler may send the next request (or destroy this client's owner): nothing of `this` is used after it.
    const Handler done = std::move(request.done);
    done(r);
}

} // namespace souffleur::sync
