// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncEngine.h"

#include "store/Store.h"
#include "sync/SyncProtocol.h"
#include "sync/SyncState.h"
#include "sync/WireMessages.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimer>

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

SyncEngine::SyncEngine(Store &store, SyncOptions options, QObject *parent)
    : QObject(parent), m_store(store), m_options(std::move(options)), m_replica(store), m_outbox(store),
      m_client({m_options.hub, m_options.token, m_options.caCertificates, QByteArrayLiteral("souffleur/" SOUFFLEUR_VERSION),
                m_options.transferTimeoutMs, m_options.requestDeadlineMs, m_options.maxAttempts, m_options.backoffBaseMs,
                m_options.backoffMaxMs})
{
    qRegisterMetaType<SyncOutcome>();
    connect(&m_client, &HubClient::received, this, [this](qint64 bytes) { m_outcome.bytesReceived += bytes; });
    connect(&m_client, &HubClient::retrying, this, [this](const QString &message, int delayMs) {
        ++m_outcome.retries;
        emit progress(tr("%1 — retrying in %2 s").arg(message).arg(delayMs / 1000.0, 0, 'f', 1));
    });
}

SyncEngine::~SyncEngine() = default;

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
    auto pos = position(m_store);
    m_helloDone = false;
    if (!pos) {
        QTimer::singleShot(0, this, [this, e = pos.error()] { finish(SyncStatus::Fatal, e.toString()); });
        return;
    }
    if (!pos->hubId.isEmpty() && !pos->epoch.isEmpty()) {
        m_hubId = pos->hubId;
        m_epoch = pos->epoch;
        emit progress(tr("Polling %1").arg(m_options.hub.toString()));
        return pullChanges();
    }
    hello();
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_client.cancel();
    finish(SyncStatus::Cancelled, tr("Synchronisation cancelled."));
}

void SyncEngine::send(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
                      Handler handler)
{
    m_client.send(verb, path, query, body, [this, handler = std::move(handler)](const HubReply &r) {
        if (m_running)
            handler(r);
    });
}

bool SyncEngine::failed(const HubReply &r, const QString &what)
{
    switch (r.failure) {
    case HubFailure::None:
        return false;
    case HubFailure::Auth:
        finish(SyncStatus::AuthFailed, tr("The hub refused the token (%1). Ask an administrator for a new one.").arg(r.message));
        return true;
    case HubFailure::RetryLater:
        finish(SyncStatus::RetryLater, tr("%1 failed; will retry later. %2").arg(what, r.message));
        return true;
    case HubFailure::Resync:
    case HubFailure::Fatal:
        finish(SyncStatus::Fatal, tr("%1 failed: %2").arg(what, r.message));
        return true;
    }
    return true;
}

void SyncEngine::hello()
{
    emit progress(tr("Contacting %1").arg(m_options.hub.toString()));
    send("GET", QStringLiteral("/v1/hello"), {}, {}, [this](const HubReply &r) {
        if (failed(r, tr("Hello")))
            return;
        m_helloDone = true;
        auto hello = wire::helloFromJson(r.json);
        if (!hello)
            return finish(SyncStatus::Fatal, tr("The server at %1 is not a Souffleur hub.").arg(m_options.hub.toString()));
        m_hubId = hello->hubId;
        m_epoch = hello->epoch;
        if (!wire::speaksOurProtocol(*hello))
            return finish(SyncStatus::Fatal, tr("The hub speaks protocol %1–%2 and this Souffleur %3–%4; update "
                                                "the older one.").arg(hello->protocolMin).arg(hello->protocolMax)
                                                 .arg(kProtocolMin).arg(kProtocolMax));
        auto pos = position(m_store);
        if (!pos)
            return finish(SyncStatus::Fatal, pos.error().toString());
        if (pos->hubId != m_hubId || pos->epoch != m_epoch) {
            // While the hub's log is whole (never compacted), the replica restarts empty at sequence 0 and
            // replays the log page by page: each page commits with its checkpoint, so a first sync cut by a
            // crash or the network resumes where it stopped instead of downloading everything again. A
            // compacted log needs the snapshot, which is all or nothing.
            if (hello->floor == 0) {
                emit progress(pos->hubId.isEmpty() ? tr("First synchronisation with this hub: replaying its log")
                                                   : tr("The hub changed (new hub or epoch): replaying its log"));
                auto reset = m_replica.applySnapshot(m_hubId, m_epoch, 0, {});
                if (!reset)
                    return finish(SyncStatus::Fatal, reset.error().toString());
                return pullChanges();
            }
            emit progress(pos->hubId.isEmpty() ? tr("First synchronisation with this hub: downloading a snapshot")
                                               : tr("The hub changed (new hub or epoch): resynchronising from a snapshot"));
            return snapshot();
        }
        pullChanges();
    });
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
    send("GET", QStringLiteral("/v1/snapshot"), query, {}, [this, at](const HubReply &r) {
        if (r.failure == HubFailure::Resync && at.seq >= 0) {
            // Published meanwhile: the staged pages no longer match; start again from the first page.
            emit progress(tr("The hub's content changed during the snapshot download; starting it again"));
            if (auto d = m_replica.discardStagedSnapshot(); !d)
                return finish(SyncStatus::Fatal, d.error().toString());
            return snapshot();
        }
        if (failed(r, tr("Downloading the snapshot")))
            return;
        auto page = wire::snapshotPageFromJson(r.json);
        if (!page)
            return finish(SyncStatus::Fatal, page.error().toString());
        if (page->more) {
            const bool more = *page->more;
            Replica::StagedSnapshot next{m_hubId, m_epoch, page->seq, page->next.isEmpty() ? at.next : page->next};
            if (at.seq >= 0 && next.seq != at.seq)
                return finish(SyncStatus::Fatal, tr("The hub's snapshot page is malformed (protocol error)."));
            if (auto staged = m_replica.stageSnapshotPage(next, page->entities, at.seq < 0); !staged)
                return finish(SyncStatus::Fatal, staged.error().toString());
            emit progress(tr("Snapshot page: %1 entities").arg(page->entities.size()));
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
        // A hub of the first slice: the whole snapshot at once.
        if (!page->hubId.isEmpty())
            m_hubId = page->hubId;
        if (!page->epoch.isEmpty())
            m_epoch = page->epoch;
        auto written = m_replica.applySnapshot(m_hubId, m_epoch, page->seq, page->entities);
        if (!written)
            return finish(SyncStatus::Fatal, written.error().toString());
        ++m_outcome.snapshots;
        m_outcome.changesApplied += *written;
        emit progress(tr("Snapshot applied: %1 entities at sequence %2").arg(*written).arg(page->seq));
        pullChanges();
    });
}

void SyncEngine::pullChanges()
{
    auto since = checkpoint(m_store);
    if (!since)
        return finish(SyncStatus::Fatal, since.error().toString());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(*since));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    query.addQueryItem(QStringLiteral("epoch"), m_epoch);
    send("GET", QStringLiteral("/v1/changes"), query, {}, [this, since = *since](const HubReply &r) {
        // Find out what changed (another epoch, a log that no longer reaches us, a hub that no longer speaks
        // this protocol version): the hello says, and checks the protocol range.
        if (!m_helloDone && (r.failure == HubFailure::Resync || (r.failure == HubFailure::Fatal && r.status == 404)))
            return hello();
        if (r.failure == HubFailure::Resync) {
            emit progress(tr("The hub's log no longer reaches this replica: resynchronising from a snapshot"));
            return snapshot();
        }
        if (failed(r, tr("Downloading changes")))
            return;
        if (r.json.value(QStringLiteral("epoch")).toString() != m_epoch)
            return m_helloDone ? snapshot() : hello();
        auto page = wire::changesPageFromJson(r.json);
        if (!page)
            return finish(SyncStatus::Fatal, page.error().toString());
        if (page->changes.isEmpty()) {
            if (page->more)
                return finish(SyncStatus::Fatal, tr("The hub announced more changes but sent none (protocol error)."));
            return uploadOutbox(0);
        }
        auto applied = m_replica.applyPage(m_hubId, m_epoch, page->changes, page->changes.constLast().seq);
        if (!applied)
            return finish(SyncStatus::Fatal, applied.error().toString());
        ++m_outcome.pages;
        m_outcome.changesApplied += *applied;
        emit progress(tr("Applied %1 change(s) after sequence %2").arg(*applied).arg(since));
        if (page->more)
            return pullChanges();
        uploadOutbox(0);
    });
}

void SyncEngine::uploadOutbox(qint64 afterSeq)
{
    auto pending = m_outbox.pending(afterSeq, m_options.outboxBatch);
    if (!pending)
        return finish(SyncStatus::Fatal, pending.error().toString());
    if (pending->isEmpty())
        return fetchOutcomes();
    QJsonArray records;
    for (const PendingRecord &p : std::as_const(*pending))
        records.append(wire::toJson(p.record));
    const qint64 lastSeq = pending->constLast().seq;
    const QByteArray body = compact(QJsonObject{{QStringLiteral("records"), records}});
    send("POST", QStringLiteral("/v1/outbox"), {}, body, [this, lastSeq](const HubReply &r) {
        if (failed(r, tr("Uploading the outbox")))
            return;
        auto receipts = wire::receiptsFromJson(r.json);
        if (!receipts)
            return finish(SyncStatus::Fatal, receipts.error().toString());
        QStringList received;
        int uploaded = 0;
        int duplicates = 0;
        for (const wire::Receipt &receipt : std::as_const(*receipts)) {
            if (receipt.status == wire::ReceiptStatus::Rejected) {
                m_outcome.rejected.append(receipt.uuid + QStringLiteral(": ")
                                          + (receipt.reason.isEmpty() ? wire::receiptStatusName(receipt.status) : receipt.reason));
                continue;
            }
            received.append(receipt.uuid);
            ++(receipt.status == wire::ReceiptStatus::Accepted ? uploaded : duplicates);
        }
        // The receipts' transaction is over (committed or rolled back) before finish() records a failure.
        if (auto acknowledged = m_outbox.acknowledge(received); !acknowledged)
            return finish(SyncStatus::Fatal, acknowledged.error().toString());
        m_outcome.uploaded += uploaded;
        m_outcome.duplicates += duplicates;
        emit progress(tr("Outbox: %1 record(s) acknowledged").arg(receipts->size()));
        uploadOutbox(lastSeq);
    });
}

// The leads' decisions on the agent's suggestions that went up (they are no longer in the outbox) and that nobody
// has decided on yet. A courtesy to the agent, not part of catching up: a hub without the endpoint, or a failure
// here, leaves the pass's result as it was and the question for the next pass.
void SyncEngine::fetchOutcomes()
{
    auto uuids = m_outbox.awaitingOutcome(500);
    if (!uuids)
        return finish(SyncStatus::Fatal, uuids.error().toString());
    const QDateTime askedAt = QDateTime::fromString(m_store.meta(key::outcomesAskedAt()), Qt::ISODate);
    if (uuids->isEmpty()
        || (askedAt.isValid() && askedAt.msecsTo(QDateTime::currentDateTimeUtc()) < m_options.outcomeCheckIntervalMs))
        return finish(SyncStatus::CaughtUp);
    (void)m_store.setMeta(key::outcomesAskedAt(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    send("POST", QStringLiteral("/v1/outcomes"), {}, compact(wire::outcomeRequestToJson(*uuids)), [this](const HubReply &r) {
        if (r.failure != HubFailure::None) {
            qCInfo(lcSync) << "review outcomes not fetched:" << r.message;
            return finish(SyncStatus::CaughtUp);
        }
        auto outcomes = wire::outcomesFromJson(r.json);
        if (!outcomes)
            return finish(SyncStatus::Fatal, outcomes.error().toString());
        auto changed = m_outbox.recordOutcomes(*outcomes, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!changed)
            return finish(SyncStatus::Fatal, changed.error().toString());
        m_outcome.outcomes += *changed;
        if (m_outcome.outcomes > 0)
            emit progress(tr("%n suggestion(s) reviewed by a team lead", nullptr, m_outcome.outcomes));
        finish(SyncStatus::CaughtUp);
    });
}

void SyncEngine::finish(SyncStatus status, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    m_client.cancel();
    // A store that cannot say where it stands fails a pass that would otherwise be caught up; a failed pass keeps
    // its own reason.
    QString readError;
    if (auto at = checkpoint(m_store))
        m_outcome.checkpoint = *at;
    else
        readError = at.error().toString();
    if (auto pending = m_outbox.count())
        m_outcome.outboxPending = *pending;
    else
        readError = pending.error().toString();
    QString reason = message;
    if (status == SyncStatus::CaughtUp && !readError.isEmpty()) {
        status = SyncStatus::Fatal;
        reason = readError;
    }
    if (status == SyncStatus::CaughtUp && m_outcome.outboxPending != 0)
        status = m_outcome.rejected.isEmpty() ? SyncStatus::RetryLater : SyncStatus::OutboxRejected;
    m_outcome.status = status;
    m_outcome.message = reason;
    if (reason.isEmpty() && status == SyncStatus::OutboxRejected)
        m_outcome.message = tr("The hub refused %n outbox record(s); they stay in the outbox:", nullptr,
                               int(m_outcome.rejected.size())) + QLatin1Char('\n') + m_outcome.rejected.join(QLatin1Char('\n'));
    else if (reason.isEmpty() && status == SyncStatus::RetryLater)
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
