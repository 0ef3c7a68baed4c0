// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/RelayMirror.h"

#include "sync/SyncProtocol.h"
#include "sync/WireMessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>

Q_LOGGING_CATEGORY(lcRelay, "souffleur.hub.relay", QtInfoMsg)

namespace souffleur::hub {

RelayMirror::RelayMirror(SqliteHubStorage &storage, RelayOptions options, QObject *parent)
    : QObject(parent), m_storage(storage), m_options(std::move(options)),
      m_client({m_options.upstream, m_options.token, m_options.caCertificates,
                QByteArrayLiteral("souffleur-relay/" SOUFFLEUR_VERSION), m_options.transferTimeoutMs,
                m_options.requestDeadlineMs, m_options.maxAttempts, m_options.backoffBaseMs, m_options.maxBackoffMs})
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RelayMirror::cycle);
}

RelayMirror::~RelayMirror() = default;

void RelayMirror::start()
{
    m_timer.start(0);
}

void RelayMirror::poke()
{
    if (m_running)
        m_again = true;
    else
        m_timer.start(100);  // a short delay gathers the uploads of several desktops into one request
}

void RelayMirror::send(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
                       sync::HubClient::Handler handler)
{
    m_client.send(verb, path, query, body, std::move(handler));
}

bool RelayMirror::failed(const sync::HubReply &r, const QString &what)
{
    if (r.ok())
        return false;
    done(false, what + QStringLiteral(": ") + r.message);
    return true;
}

void RelayMirror::cycle()
{
    if (m_running)
        return;
    m_running = true;
    m_again = false;
    m_helloDone = false;
    m_snapshotRestarts = 0;
    m_mirrored = 0;
    m_forwarded = 0;
    ++m_cycles;
    fetchUsers();
}

void RelayMirror::fetchUsers()
{
    send("GET", QStringLiteral("/v1/users"), {}, {}, [this](const sync::HubReply &r) {
        if (failed(r, tr("Copying the users")))
            return;
        auto entries = sync::wire::usersFromJson(r.json);
        if (!entries)
            return done(false, entries.error().toString());
        QList<HubUser> users;
        for (const sync::wire::UserEntry &u : std::as_const(*entries))
            users.append({u.name, *roleFromString(u.role), u.revoked, u.tokenHash, u.site});
        if (auto stored = m_storage.mirrorUsers(users); !stored)
            return done(false, stored.error().toString());
        pull();
    });
}

void RelayMirror::pull()
{
    if (!m_storage.isMirrored())
        return hello();
    auto info = m_storage.info();
    if (!info)
        return done(false, info.error().toString());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), QString::number(info->head));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    query.addQueryItem(QStringLiteral("epoch"), info->epoch);
    send("GET", QStringLiteral("/v1/changes"), query, {}, [this, info = *info](const sync::HubReply &r) {
        // Another epoch, a compacted log, a restored upstream: the hello says which, and whether to copy it anew.
        if ((r.failure == sync::HubFailure::Resync || (r.ok() && r.json.value(QStringLiteral("epoch")).toString() != info.epoch))
            && !m_helloDone)
            return hello();
        if (failed(r, tr("Mirroring the changes")))
            return;
        auto page = sync::wire::changesPageFromJson(r.json);
        if (!page)
            return done(false, tr("The upstream sent a malformed change page: %1").arg(page.error().toString()));
        QList<LogChange> changes;
        changes.reserve(page->changes.size());
        for (const sync::wire::Change &c : std::as_const(page->changes))
            changes.append(sync::wire::toLogChange(c));
        if (auto applied = m_storage.mirrorAppend(info.hubId, info.epoch, changes); !applied)
            return done(false, applied.error().toString());
        m_mirrored += int(changes.size());
        if (page->more && !changes.isEmpty())
            return pull();
        forward();
    });
}

void RelayMirror::hello()
{
    m_helloDone = true;
    send("GET", QStringLiteral("/v1/hello"), {}, {}, [this](const sync::HubReply &r) {
        if (failed(r, tr("Greeting the upstream")))
            return;
        auto hello = sync::wire::helloFromJson(r.json);
        if (!hello || !sync::wire::speaksOurProtocol(*hello))
            return done(false, tr("The upstream does not speak this relay's protocol."));
        const HubInfo upstream{hello->hubId, hello->epoch, hello->head, std::max<qint64>(hello->floor, 0)};
        auto local = m_storage.info();
        if (!local)
            return done(false, local.error().toString());
        const bool follows = m_storage.isMirrored() && local->hubId == upstream.hubId && local->epoch == upstream.epoch
                             && local->head >= upstream.floor && local->head <= upstream.head;
        if (follows)
            return pull();
        if (m_storage.isMirrored())
            qCWarning(lcRelay).noquote() << tr("The upstream's log no longer continues this mirror (hub %1, epoch %2, "
                                               "head %3); copying it anew. Desktops will resynchronise from the relay.")
                                                .arg(upstream.hubId, upstream.epoch).arg(upstream.head);
        if (upstream.floor == 0) {
            // The whole log is there: replay it, so that the relay serves the full log too.
            if (auto reset = m_storage.mirrorReset({upstream.hubId, upstream.epoch, 0, 0}, {}); !reset)
                return done(false, reset.error().toString());
            return pull();
        }
        m_snapshot.clear();
        m_snapshotInfo = upstream;
        snapshotPage({});
    });
}

void RelayMirror::snapshotPage(const QString &after)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    query.addQueryItem(QStringLiteral("epoch"), m_snapshotInfo.epoch);
    if (!after.isEmpty()) {
        query.addQueryItem(QStringLiteral("after"), QString::fromLatin1(QUrl::toPercentEncoding(after)));
        query.addQueryItem(QStringLiteral("seq"), QString::number(m_snapshotInfo.head));
    }
    send("GET", QStringLiteral("/v1/snapshot"), query, {}, [this](const sync::HubReply &r) {
        if (r.failure == sync::HubFailure::Resync && m_snapshotRestarts < 3) {
            // Published to between two pages: start again from a consistent first page.
            ++m_snapshotRestarts;
            m_snapshot.clear();
            return snapshotPage({});
        }
        if (failed(r, tr("Copying the upstream's snapshot")))
            return;
        auto page = sync::wire::snapshotPageFromJson(r.json);
        if (!page)
            return done(false, tr("The upstream sent a malformed snapshot entity."));
        if (m_snapshot.isEmpty()) {
            m_snapshotInfo.head = page->seq;
            m_snapshotInfo.epoch = page->epoch;
            m_snapshotInfo.hubId = page->hubId;
        }
        for (const sync::wire::Change &entity : std::as_const(page->entities)) {
            LogChange c = sync::wire::toLogChange(entity);
            c.seq = m_snapshotInfo.head;  // the snapshot's entities carry no seq: the copy dates from its head
            m_snapshot.append(std::move(c));
        }
        if (page->more.value_or(false))
            return snapshotPage(page->next);
        auto reset = m_storage.mirrorReset(m_snapshotInfo, m_snapshot);
        m_snapshot.clear();
        if (!reset)
            return done(false, reset.error().toString());
        qCInfo(lcRelay).noquote() << tr("Copied the upstream's snapshot at sequence %1.").arg(m_snapshotInfo.head);
        pull();
    });
}

void RelayMirror::forward()
{
    auto pending = m_storage.pendingForward(m_options.forwardBatch);
    if (!pending)
        return done(false, pending.error().toString());
    if (pending->isEmpty())
        return fetchOutcomes();
    QJsonArray records;
    for (const OutboxRecord &r : std::as_const(*pending))
        records.append(sync::wire::toJson(sync::wire::OutboxRecord{r.uuid, r.type, QJsonDocument::fromJson(r.payload).object(),
                                                                   r.createdAt, r.user}));
    const auto sent = *pending;
    send("POST", QStringLiteral("/v1/outbox"), {}, sync::compact({{QStringLiteral("records"), records}}),
         [this, sent](const sync::HubReply &r) {
             if (failed(r, tr("Forwarding uploads")))
                 return;
             auto decoded = sync::wire::receiptsFromJson(r.json);
             if (!decoded)
                 return done(false, decoded.error().toString());
             QList<Receipt> receipts = *decoded;
             for (const Receipt &receipt : std::as_const(receipts))
                 if (receipt.status == ReceiptStatus::Rejected)
                     qCWarning(lcRelay).noquote() << tr("The upstream rejected upload %1: %2").arg(receipt.uuid, receipt.reason);
             // Only receipts for what was sent count; a record without one stays pending and goes again.
             receipts.removeIf([&sent](const Receipt &rc) {
                 return std::none_of(sent.cbegin(), sent.cend(), [&rc](const OutboxRecord &o) { return o.uuid == rc.uuid; });
             });
             if (receipts.isEmpty())
                 return done(false, tr("The upstream sent no receipt for the forwarded uploads."));
             if (auto marked = m_storage.markForwarded(receipts); !marked)
                 return done(false, marked.error().toString());
             m_forwarded += int(receipts.size());
             forward();
         });
}

// The leads' decisions on forwarded suggestions, kept so that the relay answers its desktops' POST /v1/outcomes.
void RelayMirror::fetchOutcomes()
{
    // Not at every cycle: suggestions can wait days for a review, and the upstream should not hear about them every
    // few seconds. The first cycle after a start asks.
    if (m_cycles % m_options.outcomeEveryCycles != 1 && m_options.outcomeEveryCycles > 1)
        return done(true, {});
    auto waiting = m_storage.awaitingOutcome(500);
    if (!waiting)
        return done(false, waiting.error().toString());
    if (waiting->isEmpty())
        return done(true, {});
    send("POST", QStringLiteral("/v1/outcomes"), {}, sync::compact(sync::wire::outcomeRequestToJson(*waiting)),
         [this](const sync::HubReply &r) {
             if (failed(r, tr("Asking for review outcomes")))
                 return;
             auto outcomes = sync::wire::outcomesFromJson(r.json);
             if (!outcomes)
                 return done(false, outcomes.error().toString());
             for (const sync::wire::Outcome &o : std::as_const(*outcomes))
                 if (o.decided())
                     if (auto stored = m_storage.review(o.uuid, o.status, o.note, QStringLiteral("(upstream)")); !stored)
                         return done(false, stored.error().toString());
             done(true, {});
         });
}

void RelayMirror::done(bool ok, const QString &message)
{
    m_running = false;
    m_snapshot.clear();
    if (ok) {
        m_failures = 0;
        if (m_mirrored > 0 || m_forwarded > 0) {
            auto info = m_storage.info();
            qCInfo(lcRelay).noquote() << tr("Mirrored %1 change(s) (head %2), forwarded %3 upload(s).")
                                             .arg(m_mirrored).arg(info ? info->head : -1).arg(m_forwarded);
        }
    } else {
        ++m_failures;
        qCWarning(lcRelay).noquote() << message;
    }
    emit cycleFinished(ok, message);
    if (m_again)
        return m_timer.start(0);
    // After failures, the wait doubles up to the ceiling, half of it random, so that relays do not come back together.
    qint64 wait = m_options.intervalMs;
    if (!ok) {
        const qint64 ceiling = std::min<qint64>(m_options.maxBackoffMs, qint64(m_options.intervalMs) << std::min(m_failures - 1, 10));
        wait = ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1);
    }
    m_timer.start(int(wait));
}

} // namespace souffleur::hub
