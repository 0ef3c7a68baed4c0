// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/RelayMirror.h"

#include "sync/HubRequest.h"
#include "sync/SyncProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>

Q_LOGGING_CATEGORY(lcRelay, "souffleur.hub.relay", QtInfoMsg)

namespace souffleur::hub {

namespace {

// A change or snapshot entity of the wire format as the storage keeps it: the entity's JSON in compact form.
LogChange toLogChange(const QJsonObject &o)
{
    LogChange c;
    c.seq = o.value(QStringLiteral("seq")).toInteger();
    c.entity = o.value(QStringLiteral("entity")).toString();
    c.id = o.value(QStringLiteral("id")).toString();
    c.version = o.value(QStringLiteral("version")).toInteger();
    c.tombstone = o.value(QStringLiteral("op")).toString() == u"tombstone";
    if (o.value(QStringLiteral("data")).isObject())
        c.payload = sync::compact(o.value(QStringLiteral("data")).toObject());
    return c;
}

bool wellFormed(const LogChange &c, bool withSeq)
{
    static const QStringList entities{sync::entity::kb(), sync::entity::category(), sync::entity::item(), sync::entity::ticket()};
    return entities.contains(c.entity) && !c.id.isEmpty() && (!withSeq || c.seq > 0) && (c.tombstone || !c.payload.isEmpty());
}

} // namespace

RelayMirror::RelayMirror(SqliteHubStorage &storage, RelayOptions options, QObject *parent)
    : QObject(parent), m_storage(storage), m_options(std::move(options))
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
                       Handler handler)
{
    const QNetworkRequest req = sync::hubRequest(m_options.upstream, path, query, !body.isEmpty(),
                                                 {m_options.token, m_options.caCertificates, m_options.transferTimeoutMs,
                                                  QByteArrayLiteral("souffleur-relay/" SOUFFLEUR_VERSION)});
    QNetworkReply *reply = m_network.sendCustomRequest(req, verb, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, path, handler = std::move(handler)] {
        reply->deleteLater();
        Response r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        if (r.status == 0) {
            r.message = tr("the upstream hub cannot be reached (%1)").arg(reply->errorString());
        } else if (r.status >= 200 && r.status < 300) {
            if (!doc.isObject() || reply->error() != QNetworkReply::NoError)
                r.message = tr("the upstream's answer to %1 was cut or is not JSON").arg(path);
            else
                r.json = doc.object();
        } else {
            r.json = doc.object();
            r.message = tr("the upstream answered %1 to %2: %3")
                            .arg(r.status)
                            .arg(path, r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message"))
                                           .toString(reply->errorString()));
        }
        handler(r);
    });
}

bool RelayMirror::failed(const Response &r, const QString &what)
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
    send("GET", QStringLiteral("/v1/users"), {}, {}, [this](const Response &r) {
        if (failed(r, tr("Copying the users")))
            return;
        QList<HubUser> users;
        const QJsonArray list = r.json.value(QStringLiteral("users")).toArray();
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            const auto role = roleFromString(o.value(QStringLiteral("role")).toString());
            const QByteArray hash = o.value(QStringLiteral("token_hash")).toString().toLatin1();
            if (!role || hash.size() != 64 || o.value(QStringLiteral("name")).toString().isEmpty())
                return done(false, tr("The upstream's user list is malformed."));
            users.append({o.value(QStringLiteral("name")).toString(), *role, o.value(QStringLiteral("revoked")).toBool(), hash,
                          o.value(QStringLiteral("site")).toString()});
        }
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
    send("GET", QStringLiteral("/v1/changes"), query, {}, [this, info = *info](const Response &r) {
        // Another epoch, a compacted log, a restored upstream: the hello says which, and whether to copy it anew.
        if ((r.status == 410 || (r.ok() && r.json.value(QStringLiteral("epoch")).toString() != info.epoch)) && !m_helloDone)
            return hello();
        if (failed(r, tr("Mirroring the changes")))
            return;
        QList<LogChange> changes;
        const QJsonArray list = r.json.value(QStringLiteral("changes")).toArray();
        for (const QJsonValue &v : list) {
            changes.append(toLogChange(v.toObject()));
            if (!wellFormed(changes.constLast(), true))
                return done(false, tr("The upstream sent a malformed change (sequence %1).").arg(changes.constLast().seq));
        }
        if (auto applied = m_storage.mirrorAppend(info.hubId, info.epoch, changes); !applied)
            return done(false, applied.error().toString());
        m_mirrored += int(changes.size());
        if (r.json.value(QStringLiteral("more")).toBool() && !changes.isEmpty())
            return pull();
        forward();
    });
}

void RelayMirror::hello()
{
    m_helloDone = true;
    send("GET", QStringLiteral("/v1/hello"), {}, {}, [this](const Response &r) {
        if (failed(r, tr("Greeting the upstream")))
            return;
        HubInfo upstream;
        upstream.hubId = r.json.value(QStringLiteral("hub_id")).toString();
        upstream.epoch = r.json.value(QStringLiteral("epoch")).toString();
        upstream.head = r.json.value(QStringLiteral("head")).toInteger();
        upstream.floor = r.json.value(QStringLiteral("floor")).toInteger();
        const QJsonObject protocol = r.json.value(QStringLiteral("protocol")).toObject();
        if (upstream.hubId.isEmpty() || upstream.epoch.isEmpty()
            || protocol.value(QStringLiteral("min")).toInt() > sync::kProtocolMax
            || protocol.value(QStringLiteral("max")).toInt() < sync::kProtocolMin)
            return done(false, tr("The upstream does not speak this relay's protocol."));
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
    send("GET", QStringLiteral("/v1/snapshot"), query, {}, [this](const Response &r) {
        if (r.status == 410 && m_snapshotRestarts < 3) {
            // Published to between two pages: start again from a consistent first page.
            ++m_snapshotRestarts;
            m_snapshot.clear();
            return snapshotPage({});
        }
        if (failed(r, tr("Copying the upstream's snapshot")))
            return;
        if (m_snapshot.isEmpty()) {
            m_snapshotInfo.head = r.json.value(QStringLiteral("seq")).toInteger();
            m_snapshotInfo.epoch = r.json.value(QStringLiteral("epoch")).toString();
            m_snapshotInfo.hubId = r.json.value(QStringLiteral("hub_id")).toString();
        }
        const QJsonArray list = r.json.value(QStringLiteral("entities")).toArray();
        for (const QJsonValue &v : list) {
            LogChange c = toLogChange(v.toObject());
            if (!wellFormed(c, false))
                return done(false, tr("The upstream sent a malformed snapshot entity."));
            if (c.seq == 0)
                c.seq = m_snapshotInfo.head;  // the snapshot's entities carry no seq: the copy dates from its head
            m_snapshot.append(std::move(c));
        }
        if (r.json.value(QStringLiteral("more")).toBool())
            return snapshotPage(r.json.value(QStringLiteral("next")).toString());
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
    for (const OutboxRecord &r : std::as_const(*pending)) {
        QJsonObject o{{QStringLiteral("uuid"), r.uuid}, {QStringLiteral("type"), r.type},
                      {QStringLiteral("payload"), QJsonDocument::fromJson(r.payload).object()},
                      {QStringLiteral("created_at"), r.createdAt}};
        if (!r.user.isEmpty())
            o.insert(QStringLiteral("user"), r.user);
        records.append(o);
    }
    const auto sent = *pending;
    send("POST", QStringLiteral("/v1/outbox"), {}, sync::compact({{QStringLiteral("records"), records}}),
         [this, sent](const Response &r) {
             if (failed(r, tr("Forwarding uploads")))
                 return;
             QList<Receipt> receipts;
             const QJsonArray list = r.json.value(QStringLiteral("receipts")).toArray();
             for (const QJsonValue &v : list) {
                 const QJsonObject o = v.toObject();
                 const QString status = o.value(QStringLiteral("status")).toString();
                 Receipt receipt{o.value(QStringLiteral("uuid")).toString(),
                                 status == u"accepted"    ? ReceiptStatus::Accepted
                                 : status == u"duplicate" ? ReceiptStatus::Duplicate
                                                          : ReceiptStatus::Rejected,
                                 o.value(QStringLiteral("reason")).toString()};
                 if (receipt.status == ReceiptStatus::Rejected)
                     qCWarning(lcRelay).noquote() << tr("The upstream rejected upload %1: %2").arg(receipt.uuid, receipt.reason);
                 receipts.append(receipt);
             }
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
    send("POST", QStringLiteral("/v1/outcomes"), {}, sync::compact({{QStringLiteral("uuids"), QJsonArray::fromStringList(*waiting)}}),
         [this](const Response &r) {
             if (failed(r, tr("Asking for review outcomes")))
                 return;
             for (const sync::ReviewDecision &d : sync::reviewDecisions(r.json))
                 if (auto stored = m_storage.review(d.uuid, d.outcome, d.note, QStringLiteral("(upstream)")); !stored)
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
