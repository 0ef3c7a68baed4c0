// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncEngine.h"

#include "sync/HubRequest.h"

#include "store/SqlUtil.h"
#include "store/Store.h"
#include "store/Transaction.h"
#include "sync/SyncProtocol.h"
#include "sync/SyncState.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSslConfiguration>

Q_LOGGING_CATEGORY(lcSync, "souffleur.core.sync", QtInfoMsg)

namespace souffleur::sync {

QString statusName(SyncStatus status)
{
    switch (status) {
    case SyncStatus::CaughtUp: return QStringLiteral("caught_up");
    case SyncStatus::OutboxRejected: return QStringLiteral("outbox_rejected");
    case SyncStatus::AuthFailed: return QStringLiteral("auth_failed");
    case SyncStatus::RetryLater: return QStringLiteral("retry_later");
    case SyncStatus::Fatal: return QStringLiteral("fatal");
    case SyncStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

QString SyncOutcome::summary() const
{
    return QObject::tr("%1 snapshot(s), %2 page(s), %3 change(s) applied; %4 record(s) uploaded, %5 duplicate(s), "
                       "%6 rejected; %7 retry(ies); checkpoint %8, %9 record(s) still in the outbox")
        .arg(snapshots).arg(pages).arg(changesApplied).arg(uploaded).arg(duplicates).arg(rejected.size())
        .arg(retries).arg(checkpoint).arg(outboxPending);
}

namespace {

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
            reason = SyncEngine::tr("it was not issued for the host name \"%1\"").arg(host);
            break;
        case QSslError::CertificateExpired:
            reason = SyncEngine::tr("it has expired");
            break;
        case QSslError::CertificateNotYetValid:
            reason = SyncEngine::tr("it is not valid yet (check the clocks)");
            break;
        case QSslError::CertificateRevoked:
            reason = SyncEngine::tr("it has been revoked");
            break;
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::CertificateRejected:
        case QSslError::InvalidCaCertificate:
            reason = SyncEngine::tr("it is not signed by a trusted certificate authority (for a private CA, give its "
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

SyncEngine::SyncEngine(Store &store, SyncOptions options, QObject *parent)
    : QObject(parent), m_store(store), m_options(std::move(options)), m_replica(store)
{
    qRegisterMetaType<SyncOutcome>();
    m_retryTimer.setSingleShot(true);
    m_network.setAutoDeleteReplies(false);
}

SyncEngine::~SyncEngine()
{
    if (m_reply)
        m_reply->abort();
}

void SyncEngine::start()
{
    if (m_running)
        return;
    m_running = true;
    m_resyncs = 0;
    m_outcome = SyncOutcome{};
    const QString scheme = m_options.hub.scheme();
    if (!m_options.hub.isValid() || (scheme != u"http" && scheme != u"https") || m_options.hub.host().isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            finish(SyncStatus::Fatal, tr("The hub address \"%1\" is not an http:// or https:// URL.")
                                          .arg(m_options.hub.toString()));
        });
        return;
    }
    if (m_options.token.isEmpty()) {
        QTimer::singleShot(0, this, [this] { finish(SyncStatus::AuthFailed, tr("No token given for the hub.")); });
        return;
    }
    // A replica that already follows a hub polls /v1/changes straight away: the epoch it sends makes the hub answer
    // 410 when anything changed (new hub, new epoch, compacted log), and only then is the hello needed. A no-change
    // poll is one small request.
    const Position pos = position(m_store);
    m_helloDone = false;
    if (!pos.hubId.isEmpty() && !pos.epoch.isEmpty()) {
        m_hubId = pos.hubId;
        m_epoch = pos.epoch;
        emit progress(tr("Polling %1").arg(m_options.hub.toString()));
        return pullChanges();
    }
    hello();
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_retryTimer.stop();
    m_retryTimer.disconnect();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    finish(SyncStatus::Cancelled, tr("Synchronisation cancelled."));
}

int SyncEngine::backoffMs(int attempt) const
{
    // Exponential back-off with "equal jitter": half the delay fixed, half random, so that desktops that lost the
    // hub together do not all come back in the same millisecond.
    const qint64 ceiling = std::min<qint64>(m_options.backoffMaxMs, qint64(m_options.backoffBaseMs) << std::min(attempt, 20));
    return int(ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1));
}

void SyncEngine::send(Request request)
{
    const QNetworkRequest req = hubRequest(m_options.hub, request.path, request.query, !request.body.isEmpty(),
                                           {m_options.token, m_options.caCertificates, m_options.transferTimeoutMs,
                                            QByteArrayLiteral("souffleur/" SOUFFLEUR_VERSION)});
    const QUrl url = req.url();
    QNetworkReply *reply = m_network.sendCustomRequest(req, request.verb, request.body);
    m_reply = reply;
    // Certificate problems are kept to be named in the outcome; they are never ignored.
    connect(reply, &QNetworkReply::sslErrors, reply, [reply, host = url.host()](const QList<QSslError> &errors) {
        reply->setProperty("souffleur_ssl_errors", certificateProblem(errors, host));
    });
    // The transfer timeout above fires when nothing arrives for a while; this one bounds the whole request.
    QTimer::singleShot(m_options.requestDeadlineMs, reply, [reply] {
        reply->setProperty("souffleur_deadline", true);
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, request = std::move(request)]() mutable {
        onReply(reply, std::move(request));
    });
}

void SyncEngine::onReply(QNetworkReply *reply, Request request)
{
    reply->deleteLater();
    if (m_reply == reply)
        m_reply = nullptr;
    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    m_outcome.bytesReceived += body.size();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    // Qt reports no error when the connection closes before the declared length (or amid a gzip stream): a body
    // that ends inside the JSON is a cut answer, to retry, not a protocol error.
    const bool cut = body.isEmpty() || parseError.error == QJsonParseError::UnterminatedObject
                     || parseError.error == QJsonParseError::UnterminatedArray
                     || parseError.error == QJsonParseError::UnterminatedString
                     || (parseError.error != QJsonParseError::NoError && parseError.offset >= body.size() - 1);
    if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError) {
        // Only the timers abort a reply here (cancel() disconnects it first): the transfer timeout, or the deadline.
        r.failure = Failure::RetryLater;
        r.message = reply->property("souffleur_deadline").toBool()
                        ? tr("The hub's answer to %1 took longer than %2 s.").arg(request.path).arg(m_options.requestDeadlineMs / 1000)
                        : tr("The hub did not answer %1 within %2 s.").arg(request.path).arg(m_options.transferTimeoutMs / 1000.0);
    } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
        // An untrusted, expired or misnamed certificate (or a hub that does not speak TLS) will not fix itself:
        // retrying would only hide it.
        const QString problem = reply->property("souffleur_ssl_errors").toString();
        r.failure = Failure::Fatal;
        r.message = problem.isEmpty() ? tr("The TLS connection to the hub failed: %1").arg(reply->errorString())
                                      : tr("The hub's certificate is refused: %1").arg(problem);
    } else if (r.status == 0) {
        r.failure = Failure::RetryLater;
        r.message = tr("The hub cannot be reached: %1").arg(reply->errorString());
    } else if (r.status >= 200 && r.status < 300) {
        if (!doc.isObject() || reply->error() != QNetworkReply::NoError) {
            // A cut or garbled answer: the connection, not the protocol, is most likely at fault.
            const bool retry = reply->error() != QNetworkReply::NoError || cut;
            r.failure = retry ? Failure::RetryLater : Failure::Fatal;
            r.message = retry
                            ? tr("The hub's answer to %1 was cut: %2").arg(request.path, reply->errorString())
                            : tr("The hub's answer to %1 is not valid JSON (protocol error).").arg(request.path);
        } else {
            r.json = doc.object();
        }
    } else {
        const QJsonObject error = doc.object().value(QStringLiteral("error")).toObject();
        const QString code = error.value(QStringLiteral("code")).toString();
        r.message = tr("The hub answered %1 to %2: %3").arg(r.status).arg(request.path,
                        error.value(QStringLiteral("message")).toString(reply->errorString()));
        if (r.status == 401 || r.status == 403)
            r.failure = Failure::Auth;
        else if (r.status == 410 || code == u"resync_required")
            r.failure = Failure::Resync;
        else if (r.status == 408 || r.status == 429 || r.status >= 500)
            r.failure = Failure::RetryLater;
        else
            r.failure = Failure::Fatal;
    }
    if (r.failure == Failure::RetryLater && request.attempt + 1 < m_options.maxAttempts && m_running) {
        const int delay = backoffMs(request.attempt);
        ++request.attempt;
        ++m_outcome.retries;
        // Fresh connections for the retry: a kept-alive one the network or the hub dropped can otherwise leave the
        // next request waiting for the whole transfer timeout.
        m_network.clearConnectionCache();
        qCInfo(lcSync) << "retrying" << request.path << "in" << delay << "ms:" << r.message;
        emit progress(tr("%1 — retrying in %2 s").arg(r.message).arg(delay / 1000.0, 0, 'f', 1));
        m_retryTimer.disconnect();
        connect(&m_retryTimer, &QTimer::timeout, this, [this, request = std::move(request)]() mutable {
            send(std::move(request));
        });
        m_retryTimer.start(delay);
        return;
    }
    if (m_running)
        request.handler(r);
}

bool SyncEngine::failed(const Response &r, const QString &what)
{
    switch (r.failure) {
    case Failure::None:
        return false;
    case Failure::Auth:
        finish(SyncStatus::AuthFailed, tr("The hub refused the token (%1). Ask an administrator for a new one.").arg(r.message));
        return true;
    case Failure::RetryLater:
        finish(SyncStatus::RetryLater, tr("%1 failed; will retry later. %2").arg(what, r.message));
        return true;
    case Failure::Resync:
    case Failure::Fatal:
        finish(SyncStatus::Fatal, tr("%1 failed: %2").arg(what, r.message));
        return true;
    }
    return true;
}

void SyncEngine::hello()
{
    emit progress(tr("Contacting %1").arg(m_options.hub.toString()));
    send({"GET", QStringLiteral("/v1/hello"), {}, {}, [this](const Response &r) {
              if (failed(r, tr("Hello")))
                  return;
              m_helloDone = true;
              const QJsonObject protocol = r.json.value(QStringLiteral("protocol")).toObject();
              const int min = protocol.value(QStringLiteral("min")).toInt(-1);
              const int max = protocol.value(QStringLiteral("max")).toInt(-1);
              m_hubId = r.json.value(QStringLiteral("hub_id")).toString();
              m_epoch = r.json.value(QStringLiteral("epoch")).toString();
              if (min < 0 || m_hubId.isEmpty() || m_epoch.isEmpty())
                  return finish(SyncStatus::Fatal, tr("The server at %1 is not a Souffleur hub.").arg(m_options.hub.toString()));
              if (min > kProtocolMax || max < kProtocolMin)
                  return finish(SyncStatus::Fatal, tr("The hub speaks protocol %1–%2 and this Souffleur %3–%4; update "
                                                      "the older one.").arg(min).arg(max).arg(kProtocolMin).arg(kProtocolMax));
              const Position pos = position(m_store);
              if (pos.hubId != m_hubId || pos.epoch != m_epoch) {
                  // While the hub's log is whole (never compacted), the replica restarts empty at sequence 0 and
                  // replays the log page by page: each page commits with its checkpoint, so a first sync cut by a
                  // crash or the network resumes where it stopped instead of downloading everything again. A
                  // compacted log needs the snapshot, which is all or nothing.
                  if (r.json.value(QStringLiteral("floor")).toInteger(-1) == 0) {
                      emit progress(pos.hubId.isEmpty() ? tr("First synchronisation with this hub: replaying its log")
                                                        : tr("The hub changed (new hub or epoch): replaying its log"));
                      auto reset = m_replica.applySnapshot(m_hubId, m_epoch, 0, {});
                      if (!reset)
                          return finish(SyncStatus::Fatal, reset.error().toString());
                      return pullChanges();
                  }
                  emit progress(pos.hubId.isEmpty() ? tr("First synchronisation with this hub: downloading a snapshot")
                                                    : tr("The hub changed (new hub or epoch): resynchronising from a snapshot"));
                  return snapshot();
              }
              pullChanges();
          }});
}


void SyncEngine::snapshot()
{
    if (++m_resyncs > 3)
        return finish(SyncStatus::Fatal, tr("The hub keeps asking for a resync; giving up."));
    // Paged: each page is staged with the cursor of the next, so a download cut midway resumes where it stopped
    // (a hub of the first slice ignores `limit` and answers the whole snapshot, handled below).
    const Replica::StagedSnapshot staged = m_replica.stagedSnapshot();
    if (staged.seq >= 0 && staged.hubId == m_hubId && staged.epoch == m_epoch && !staged.next.isEmpty()) {
        emit progress(tr("Resuming the snapshot download"));
        return snapshotPage(staged);
    }
    snapshotPage({m_hubId, m_epoch, -1, {}});
}

void SyncEngine::snapshotPage(const Replica::StagedSnapshot &at)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    query.addQueryItem(QStringLiteral("epoch"), m_epoch);
    if (at.seq >= 0) {
        query.addQueryItem(QStringLiteral("seq"), QString::number(at.seq));
        query.addQueryItem(QStringLiteral("after"), QString::fromLatin1(QUrl::toPercentEncoding(at.next)));
    }
    send({"GET", QStringLiteral("/v1/snapshot"), query, {}, [this, at](const Response &r) {
              if (r.failure == Failure::Resync && at.seq >= 0) {
                  // Published meanwhile: the staged pages no longer match; start again from the first page.
                  emit progress(tr("The hub's content changed during the snapshot download; starting it again"));
                  if (auto d = m_replica.discardStagedSnapshot(); !d)
                      return finish(SyncStatus::Fatal, d.error().toString());
                  return snapshot();
              }
              if (failed(r, tr("Downloading the snapshot")))
                  return;
              if (r.json.contains(QStringLiteral("more"))) {
                  auto entities = Replica::parseChanges(r.json.value(QStringLiteral("entities")), false);
                  if (!entities)
                      return finish(SyncStatus::Fatal, entities.error().toString());
                  const bool more = r.json.value(QStringLiteral("more")).toBool();
                  Replica::StagedSnapshot next{m_hubId, m_epoch, r.json.value(QStringLiteral("seq")).toInteger(-1),
                                               r.json.value(QStringLiteral("next")).toString(at.next)};
                  if (next.seq < 0 || (at.seq >= 0 && next.seq != at.seq) || (more && next.next.isEmpty()))
                      return finish(SyncStatus::Fatal, tr("The hub's snapshot page is malformed (protocol error)."));
                  if (auto staged = m_replica.stageSnapshotPage(next, *entities, at.seq < 0); !staged)
                      return finish(SyncStatus::Fatal, staged.error().toString());
                  emit progress(tr("Snapshot page: %1 entities").arg(entities->size()));
                  if (more)
                      return snapshotPage(next);
                  auto written = m_replica.applyStagedSnapshot();
                  if (!written)
                      return finish(SyncStatus::Fatal, written.error().toString());
                  ++m_outcome.snapshots;
                  m_outcome.changesApplied += *written;
                  emit progress(tr("Snapshot applied: %1 entities at sequence %2").arg(*written).arg(next.seq));
                  return pullChanges();
              }
              auto entities = Replica::parseChanges(r.json.value(QStringLiteral("entities")), false);
              if (!entities)
                  return finish(SyncStatus::Fatal, entities.error().toString());
              m_hubId = r.json.value(QStringLiteral("hub_id")).toString(m_hubId);
              m_epoch = r.json.value(QStringLiteral("epoch")).toString(m_epoch);
              const qint64 seq = r.json.value(QStringLiteral("seq")).toInteger(-1);
              if (seq < 0)
                  return finish(SyncStatus::Fatal, tr("The hub's snapshot has no sequence number (protocol error)."));
              auto written = m_replica.applySnapshot(m_hubId, m_epoch, seq, *entities);
              if (!written)
                  return finish(SyncStatus::Fatal, written.error().toString());
              ++m_outcome.snapshots;
              m_outcome.changesApplied += *written;
              emit progress(tr("Snapshot applied: %1 entities at sequence %2").arg(*written).arg(seq));
              pullChanges();
          }});
}

void SyncEngine::pullChanges()
{
    const qint64 since = checkpoint(m_store);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(since));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    query.addQueryItem(QStringLiteral("epoch"), m_epoch);
    send({"GET", QStringLiteral("/v1/changes"), query, {}, [this, since](const Response &r) {
              // Find out what changed (another epoch, a log that no longer reaches us, a hub that no longer speaks
              // this protocol version): the hello says, and checks the protocol range.
              if (!m_helloDone && (r.failure == Failure::Resync || (r.failure == Failure::Fatal && r.status == 404)))
                  return hello();
              if (r.failure == Failure::Resync) {
                  emit progress(tr("The hub's log no longer reaches this replica: resynchronising from a snapshot"));
                  return snapshot();
              }
              if (failed(r, tr("Downloading changes")))
                  return;
              if (r.json.value(QStringLiteral("epoch")).toString() != m_epoch)
                  return m_helloDone ? snapshot() : hello();
              auto changes = Replica::parseChanges(r.json.value(QStringLiteral("changes")), true);
              if (!changes)
                  return finish(SyncStatus::Fatal, changes.error().toString());
              const bool more = r.json.value(QStringLiteral("more")).toBool();
              if (changes->isEmpty()) {
                  if (more)
                      return finish(SyncStatus::Fatal, tr("The hub announced more changes but sent none (protocol error)."));
                  return uploadOutbox(0);
              }
              auto applied = m_replica.applyPage(m_hubId, m_epoch, *changes, changes->constLast().seq);
              if (!applied)
                  return finish(SyncStatus::Fatal, applied.error().toString());
              ++m_outcome.pages;
              m_outcome.changesApplied += *applied;
              emit progress(tr("Applied %1 change(s) after sequence %2").arg(*applied).arg(since));
              if (more)
                  return pullChanges();
              uploadOutbox(0);
          }});
}

void SyncEngine::uploadOutbox(qint64 afterSeq)
{
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("SELECT seq, uuid, type, payload, created_at FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?"),
                       {afterSeq, m_options.outboxBatch});
    if (!q)
        return finish(SyncStatus::Fatal, q.error().toString());
    QJsonArray records;
    qint64 lastSeq = afterSeq;
    while (q->next()) {
        lastSeq = q->value(0).toLongLong();
        const QByteArray payloadText = q->value(3).toString().toUtf8();
        const QJsonDocument payload = QJsonDocument::fromJson(payloadText);
        records.append(QJsonObject{{QStringLiteral("uuid"), q->value(1).toString()},
                                   {QStringLiteral("type"), q->value(2).toString()},
                                   {QStringLiteral("payload"), payload.isObject() ? QJsonValue(payload.object())
                                                                                  : QJsonValue(QString::fromUtf8(payloadText))},
                                   {QStringLiteral("created_at"), q->value(4).toString()}});
    }
    q->finish();
    if (records.isEmpty())
        return fetchOutcomes();
    const QByteArray body = compact(QJsonObject{{QStringLiteral("records"), records}});
    send({"POST", QStringLiteral("/v1/outbox"), {}, body, [this, lastSeq](const Response &r) {
              if (failed(r, tr("Uploading the outbox")))
                  return;
              const QJsonArray receipts = r.json.value(QStringLiteral("receipts")).toArray();
              Transaction tx(m_store.database());
              for (const QJsonValue &v : receipts) {
                  const QJsonObject receipt = v.toObject();
                  const QString uuid = receipt.value(QStringLiteral("uuid")).toString();
                  const QString status = receipt.value(QStringLiteral("status")).toString();
                  if (status == u"accepted" || status == u"duplicate") {
                      auto d = sql::exec(m_store.database(), QStringLiteral("DELETE FROM outbox WHERE uuid = ?"), {uuid});
                      if (!d)
                          return finish(SyncStatus::Fatal, d.error().toString());
                      ++(status == u"accepted" ? m_outcome.uploaded : m_outcome.duplicates);
                  } else {
                      m_outcome.rejected.append(uuid + QStringLiteral(": ")
                                                + receipt.value(QStringLiteral("reason")).toString(status));
                  }
              }
              if (!tx.commit())
                  return finish(SyncStatus::Fatal, sql::toError(tr("Could not record the receipts"),
                                                                m_store.database().lastError()).toString());
              emit progress(tr("Outbox: %1 record(s) acknowledged").arg(receipts.size()));
              uploadOutbox(lastSeq);
          }});
}

// The leads' decisions on the agent's suggestions that went up (they are no longer in the outbox) and that nobody
// has decided on yet. A courtesy to the agent, not part of catching up: a hub without the endpoint, or a failure
// here, leaves the pass's result as it was and the question for the next pass.
void SyncEngine::fetchOutcomes()
{
    auto q = sql::exec(m_store.database(),
                       QStringLiteral("SELECT uuid FROM my_feedback WHERE kind = 'suggestion' AND outcome = '' "
                                      "AND uuid NOT IN (SELECT uuid FROM outbox) ORDER BY created_at LIMIT 500"));
    if (!q)
        return finish(SyncStatus::Fatal, q.error().toString());
    QJsonArray uuids;
    while (q->next())
        uuids.append(q->value(0).toString());
    q->finish();
    const QDateTime askedAt = QDateTime::fromString(m_store.meta(key::outcomesAskedAt()), Qt::ISODate);
    if (uuids.isEmpty()
        || (askedAt.isValid() && askedAt.msecsTo(QDateTime::currentDateTimeUtc()) < m_options.outcomeCheckIntervalMs))
        return finish(SyncStatus::CaughtUp);
    (void)m_store.setMeta(key::outcomesAskedAt(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    const QByteArray body = compact(QJsonObject{{QStringLiteral("uuids"), uuids}});
    send({"POST", QStringLiteral("/v1/outcomes"), {}, body, [this](const Response &r) {
              if (r.failure != Failure::None) {
                  qCInfo(lcSync) << "review outcomes not fetched:" << r.message;
                  return finish(SyncStatus::CaughtUp);
              }
              Transaction tx(m_store.database());
              const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
              for (const ReviewDecision &d : reviewDecisions(r.json)) {
                  auto u = sql::exec(m_store.database(),
                                     QStringLiteral("UPDATE my_feedback SET outcome = ?, outcome_note = ?, outcome_at = ? "
                                                    "WHERE uuid = ? AND kind = 'suggestion'"),
                                     {d.outcome, d.note, d.reviewedAt.isEmpty() ? now : d.reviewedAt, d.uuid});
                  if (!u)
                      return finish(SyncStatus::Fatal, u.error().toString());
                  m_outcome.outcomes += u->numRowsAffected() > 0 ? 1 : 0;
              }
              if (!tx.commit())
                  return finish(SyncStatus::Fatal, sql::toError(tr("Could not record the review outcomes"),
                                                                m_store.database().lastError()).toString());
              if (m_outcome.outcomes > 0)
                  emit progress(tr("%n suggestion(s) reviewed by a team lead", nullptr, m_outcome.outcomes));
              finish(SyncStatus::CaughtUp);
          }});
}

void SyncEngine::finish(SyncStatus status, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    m_retryTimer.stop();
    m_outcome.checkpoint = checkpoint(m_store);
    m_outcome.outboxPending = pendingOutbox(m_store);
    if (status == SyncStatus::CaughtUp && m_outcome.outboxPending != 0)
        status = m_outcome.rejected.isEmpty() ? SyncStatus::RetryLater : SyncStatus::OutboxRejected;
    m_outcome.status = status;
    m_outcome.message = message;
    if (message.isEmpty() && status == SyncStatus::OutboxRejected)
        m_outcome.message = tr("The hub refused %n outbox record(s); they stay in the outbox:", nullptr,
                               int(m_outcome.rejected.size())) + QLatin1Char('\n') + m_outcome.rejected.join(QLatin1Char('\n'));
    else if (message.isEmpty() && status == SyncStatus::RetryLater)
        m_outcome.message = tr("Some outbox records got no receipt; they will be sent again.");
    // The persistent back-off state, read by whoever schedules the next pass (the desktop's sync timer).
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    if (status == SyncStatus::CaughtUp) {
        (void)m_store.setMeta(key::lastSuccess(), now);
        (void)m_store.setMeta(key::failures(), QStringLiteral("0"));
    } else if (status != SyncStatus::Cancelled) {
        (void)m_store.setMeta(key::lastError(), now + QLatin1Char(' ') + statusName(status) + QLatin1Char(' ') + m_outcome.message);
        (void)m_store.setMeta(key::failures(), QString::number(m_store.meta(key::failures()).toInt() + 1));
    }
    qCDebug(lcSync).noquote() << statusName(status) << m_outcome.summary() << m_outcome.message;
    emit finished(m_outcome);
}

SyncOutcome SyncEngine::runBlocking(Store &store, const SyncOptions &options,
                                    const std::function<void(const QString &)> &onProgress)
{
    SyncEngine engine(store, options);
    QEventLoop loop;
    SyncOutcome outcome;
    bool done = false;
    connect(&engine, &SyncEngine::finished, &loop, [&](const SyncOutcome &o) {
        outcome = o;
        done = true;
        loop.quit();
    });
    if (onProgress)
        connect(&engine, &SyncEngine::progress, &loop, onProgress);
    engine.start();
    if (!done)
        loop.exec();
    return outcome;
}

} // namespace souffleur::sync
