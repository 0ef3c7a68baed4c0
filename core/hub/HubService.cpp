// SPDX-License-Identifier: GPL-3.0-or-later
#include "hub/HubService.h"

#include "bundle/BundleReader.h"
#include "hub/Publisher.h"
#include "hub/Tokens.h"
#include "sync/SyncProtocol.h"
#include "sync/WireMessages.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QObject>

#include <variant>

Q_LOGGING_CATEGORY(lcHubApi, "souffleur.hub.api", QtInfoMsg)

namespace souffleur::hub {

namespace {

HttpResponse json(const QJsonObject &o, int status = 200)
{
    return {status, sync::compact(o), {}};
}

HttpResponse storageFailure(const Error &e)
{
    qCWarning(lcHubApi).noquote() << "storage:" << e.toString();
    return HubService::error(503, QStringLiteral("unavailable"),
                             QObject::tr("The hub's storage is unavailable; try again later."));
}

// The array under `key` of the request's JSON object body, or the error answer for a malformed or oversized body.
std::variant<QJsonArray, HttpResponse> arrayBody(const HttpRequest &request, const QString &key, int maxItems)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return HubService::error(400, QStringLiteral("invalid_json"), QObject::tr("The body is not JSON: %1 at offset %2.")
                                                                          .arg(parseError.errorString()).arg(parseError.offset));
    const QJsonValue value = doc.object().value(key);
    if (!doc.isObject() || !value.isArray())
        return HubService::error(400, QStringLiteral("invalid_request"),
                                 QObject::tr("The body must be an object with a \"%1\" array.").arg(key));
    if (value.toArray().size() > maxItems)
        return HubService::error(413, QStringLiteral("too_many_records"), QObject::tr("At most %1 records per request.").arg(maxItems));
    return value.toArray();
}

std::optional<qint64> intParam(const QUrlQuery &q, const QString &name, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = q.queryItemValue(name).toLongLong(&ok);
    if (!ok || v < min || v > max)
        return std::nullopt;
    return v;
}

} // namespace

HttpResponse HubService::error(int status, const QString &code, const QString &message, const QStringList &details)
{
    QJsonObject e{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!details.isEmpty())
        e.insert(QStringLiteral("details"), QJsonArray::fromStringList(details));
    HttpResponse r = json(QJsonObject{{QStringLiteral("error"), e}}, status);
    if (status == 401)
        r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"souffleur\"")});
    return r;
}

HttpResponse HubService::handle(const HttpRequest &request)
{
    struct Route
    {
        const char *path;
        const char *method;
    };
    static constexpr Route routes[] = {{"/v1/hello", "GET"}, {"/v1/changes", "GET"}, {"/v1/snapshot", "GET"},
                                       {"/v1/outbox", "POST"}, {"/v1/publish", "POST"},
                                       {"/v1/users", "GET"}, {"/v1/outcomes", "POST"}};
    const Route *route = nullptr;
    for (const Route &r : routes)
        if (request.path == QLatin1String(r.path))
            route = &r;
    if (!route)
        return error(404, QStringLiteral("not_found"), QObject::tr("No such endpoint: %1").arg(request.path));
    if (request.method != route->method) {
        HttpResponse r = error(405, QStringLiteral("method_not_allowed"),
                               QObject::tr("%1 takes %2, not %3.").arg(request.path, QLatin1String(route->method),
                                                                        QString::fromLatin1(request.method)));
        r.headers.append({QByteArrayLiteral("Allow"), QByteArray(route->method)});
        return r;
    }
    if (request.body.size() > m_limits.maxBody)
        return error(413, QStringLiteral("payload_too_large"),
                     QObject::tr("The request body exceeds %1 bytes.").arg(m_limits.maxBody));

    // Authentication on every endpoint; the user is read for every request, so a revocation applies at once.
    static const QByteArray bearer = QByteArrayLiteral("Bearer ");
    if (!request.authorization.startsWith(bearer) || request.authorization.size() <= bearer.size())
        return error(401, QStringLiteral("unauthorized"), QObject::tr("A bearer token is required (Authorization: Bearer TOKEN)."));
    const QString token = QString::fromUtf8(request.authorization.mid(bearer.size()).trimmed());
    auto user = m_storage.userByTokenHash(tokenHash(token));
    if (!user)
        return storageFailure(user.error());
    if (!user->has_value())
        return error(401, QStringLiteral("invalid_token"), QObject::tr("The token is not known to this hub."));
    if ((*user)->revoked)
        return error(401, QStringLiteral("token_revoked"), QObject::tr("The token of %1 was revoked.").arg((*user)->name));
    const HubUser &who = **user;

    if (request.path == u"/v1/hello")
        return hello(who);
    if (request.path == u"/v1/changes")
        return changes(request);
    if (request.path == u"/v1/snapshot")
        return snapshot(request);
    if (request.path == u"/v1/outbox")
        return outbox(who, request);
    if (request.path == u"/v1/users")
        return users(who);
    if (request.path == u"/v1/outcomes")
        return outcomes(who, request);
    return publish(who, request);
}

HttpResponse HubService::hello(const HubUser &user)
{
    auto info = m_storage.info();
    if (!info)
        return storageFailure(info.error());
    return json(sync::wire::toJson(sync::wire::Hello{info->hubId, info->epoch, info->head, info->floor, sync::kProtocolMin,
                                                     sync::kProtocolMax, sync::kContentSchema, m_relay, user.name,
                                                     roleToString(user.role)}));
}

HttpResponse HubService::changes(const HttpRequest &request)
{
    const auto since = intParam(request.query, QStringLiteral("since"), 0, std::numeric_limits<qint64>::max());
    if (!since)
        return error(400, QStringLiteral("invalid_parameter"), QObject::tr("since must be a sequence number (0 or more)."));
    int limit = m_limits.defaultPageSize;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        const auto l = intParam(request.query, QStringLiteral("limit"), 1, m_limits.maxPageSize);
        if (!l)
            return error(400, QStringLiteral("invalid_parameter"),
                         QObject::tr("limit must be between 1 and %1.").arg(m_limits.maxPageSize));
        limit = int(*l);
    }
    auto page = m_storage.changes(*since, limit);
    if (!page)
        return storageFailure(page.error());
    const HubInfo &info = page->info;
    const QString epoch = request.query.queryItemValue(QStringLiteral("epoch"));
    if (!epoch.isEmpty() && epoch != info.epoch)
        return error(410, QStringLiteral("resync_required"),
                     QObject::tr("The hub's epoch changed; resynchronise from /v1/snapshot."));
    if (*since < info.floor)
        return error(410, QStringLiteral("resync_required"),
                     QObject::tr("The log starts after sequence %1 and no longer reaches %2; resynchronise from "
                                 "/v1/snapshot.").arg(info.floor).arg(*since));
    if (*since > info.head && m_relay)
        return {200, sync::wire::changesPageJson(info.epoch, info.head, false, {}), {}};
    if (*since > info.head)
        return error(410, QStringLiteral("resync_required"),
                     QObject::tr("Sequence %1 is ahead of the hub's head %2; resynchronise from /v1/snapshot.")
                         .arg(*since).arg(info.head));
    const qint64 last = page->changes.isEmpty() ? *since : page->changes.constLast().seq;
    return {200, sync::wire::changesPageJson(info.epoch, info.head, last < info.head, page->changes), {}};
}

HttpResponse HubService::snapshot(const HttpRequest &request)
{
    if (request.query.hasQueryItem(QStringLiteral("limit")))
        return snapshotPage(request);
    auto snap = m_storage.snapshot();
    if (!snap)
        return storageFailure(snap.error());
    return {200, sync::wire::snapshotPageJson(snap->info.hubId, snap->info.epoch, snap->info.head, std::nullopt, snap->entities), {}};
}

HttpResponse HubService::snapshotPage(const HttpRequest &request)
{
    const auto limit = intParam(request.query, QStringLiteral("limit"), 1, m_limits.maxPageSize);
    if (!limit)
        return error(400, QStringLiteral("invalid_parameter"), QObject::tr("limit must be between 1 and %1.").arg(m_limits.maxPageSize));
    // The cursor is "entity:id" of the last entity received (entity names have no colon, ids may).
    const QString after = request.query.queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded);
    const qsizetype colon = after.indexOf(QLatin1Char(':'));
    if (!after.isEmpty() && colon <= 0)
        return error(400, QStringLiteral("invalid_parameter"), QObject::tr("after must be ENTITY:ID."));
    std::optional<qint64> seq;
    if (request.query.hasQueryItem(QStringLiteral("seq"))) {
        seq = intParam(request.query, QStringLiteral("seq"), 0, std::numeric_limits<qint64>::max());
        if (!seq)
            return error(400, QStringLiteral("invalid_parameter"), QObject::tr("seq must be a sequence number."));
    }
    auto page = m_storage.snapshotPage(after.left(std::max<qsizetype>(colon, 0)), after.mid(colon + 1), int(*limit));
    if (!page)
        return storageFailure(page.error());
    const QString epoch = request.query.queryItemValue(QStringLiteral("epoch"));
    // Pages are only consistent with each other while nothing is published: a moved head restarts the snapshot.
    if ((seq && *seq != page->info.head) || (!epoch.isEmpty() && epoch != page->info.epoch))
        return error(410, QStringLiteral("resync_required"),
                     QObject::tr("The hub's content changed since the snapshot's first page; start the snapshot again."));
    return {200, sync::wire::snapshotPageJson(page->info.hubId, page->info.epoch, page->info.head, page->more, page->entities), {}};
}

// Why a relay may not upload a record in `name`'s name, or "" when it may: the user must be one the hub knows (an
// agent, lead or admin; revoked ones too, for records written before the revocation), and a relay bound to a site
// may only name that site's users.
QString HubService::relayMayUploadFor(const HubUser &relay, const QString &name, const QHash<QString, HubUser> &users)
{
    const auto it = users.constFind(name);
    if (it == users.constEnd() || it->role == Role::Relay)
        return QStringLiteral("unknown_user");
    if (!relay.site.isEmpty() && it->site != relay.site)
        return QStringLiteral("user_not_in_site");
    return {};
}

HttpResponse HubService::outbox(const HubUser &user, const HttpRequest &request)
{
    auto body = arrayBody(request, QStringLiteral("records"), m_limits.maxRecordsPerUpload);
    if (auto *refusal = std::get_if<HttpResponse>(&body))
        return *refusal;
    const QJsonArray records = std::get<QJsonArray>(body);

    // A relay uploads in its desktops' names: the users it may name are read once per upload.
    QHash<QString, HubUser> knownUsers;
    if (user.role == Role::Relay) {
        auto list = m_storage.users();
        if (!list)
            return storageFailure(list.error());
        for (const HubUser &u : std::as_const(*list))
            knownUsers.insert(u.name, u);
    }

    // Each record is judged on its own; the valid ones are stored together in one transaction.
    QList<Receipt> receipts(records.size());
    QList<OutboxRecord> valid;
    QList<qsizetype> validIndex;
    const sync::wire::OutboxRules rules{m_limits.maxRecordPayload, user.role == Role::Relay};
    for (qsizetype i = 0; i < records.size(); ++i) {
        Receipt &receipt = receipts[i];
        receipt.uuid = records.at(i).toObject().value(QStringLiteral("uuid")).toString();
        auto record = sync::wire::outboxRecordFromJson(records.at(i), rules);
        if (!record) {
            receipt.reason = record.error().message;
            continue;
        }
        if (!record->user.isEmpty()) {
            receipt.reason = relayMayUploadFor(user, record->user, knownUsers);
            if (!receipt.reason.isEmpty())
                continue;
        }
        // Stored under the canonical form (so "{ABC…}" and "abc…" are one record); the receipt echoes the UUID as
        // sent, which is how the desktop finds the outbox row to delete.
        valid.append({sync::wire::canonicalUuid(record->uuid), record->type, sync::compact(record->payload.toObject()),
                      record->createdAt, record->user});
        validIndex.append(i);
    }
    if (!valid.isEmpty()) {
        auto stored = m_storage.receive(user.name, valid);
        if (!stored)
            return storageFailure(stored.error());
        for (qsizetype k = 0; k < stored->size(); ++k)
            receipts[validIndex.at(k)].status = stored->at(k).status;
    }
    const QJsonObject answer = sync::wire::receiptsToJson(receipts);
    if (answer.value(QStringLiteral("accepted")).toInt() > 0 && m_uploadObserver)
        m_uploadObserver();
    qCInfo(lcHubApi) << "outbox from" << user.name << ": accepted" << answer.value(QStringLiteral("accepted")).toInt()
                     << "duplicate" << answer.value(QStringLiteral("duplicate")).toInt() << "rejected"
                     << answer.value(QStringLiteral("rejected")).toInt();
    return json(answer);
}

HttpResponse HubService::publish(const HubUser &user, const HttpRequest &request)
{
    if (m_relay)
        return error(403, QStringLiteral("relay_read_only"),
                     QObject::tr("This is a site relay; publish at the central hub, the relay mirrors it."));
    if (user.role != Role::Lead && user.role != Role::Admin)
        return error(403, QStringLiteral("forbidden"), QObject::tr("Publishing needs the lead or admin role; %1 is %2.")
                                                          .arg(user.name, roleToString(user.role)));
    const QString prune = request.query.queryItemValue(QStringLiteral("prune"));
    if (!prune.isEmpty() && prune != u"0" && prune != u"1")
        return error(400, QStringLiteral("invalid_parameter"), QObject::tr("prune must be 0 or 1."));
    auto kb = BundleReader::read(request.body, QStringLiteral("request"));
    if (!kb)
        return error(400, QStringLiteral("invalid_bundle"), kb.error().message, kb.error().details);
    auto result = Publisher::publish(m_storage, *kb, {prune == u"1"}, user.name);
    if (!result) {
        if (!result.error().details.isEmpty())
            return error(409, QStringLiteral("publish_conflict"), result.error().message, result.error().details);
        return storageFailure(result.error());
    }
    qCInfo(lcHubApi).noquote() << "publish by" << user.name << ":" << result->summary();
    auto info = m_storage.info();
    return json({{QStringLiteral("from_seq"), result->fromSeq}, {QStringLiteral("to_seq"), result->toSeq},
                 {QStringLiteral("puts"), result->puts}, {QStringLiteral("tombstones"), result->tombstones},
                 {QStringLiteral("unchanged"), result->unchanged},
                 {QStringLiteral("head"), info ? info->head : result->toSeq}});
}

// The users with their token hashes, for a site relay to authenticate its desktops offline. Token hashes are
// SHA-256 of 256-bit random tokens: they let the relay recognise a token, not recover one.
HttpResponse HubService::users(const HubUser &user)
{
    if (user.role != Role::Relay)
        return error(403, QStringLiteral("forbidden"), QObject::tr("Only a site relay's token reads the users; %1 is %2.")
                                                          .arg(user.name, roleToString(user.role)));
    auto list = m_storage.users();
    if (!list)
        return storageFailure(list.error());
    QList<sync::wire::UserEntry> out;
    for (const HubUser &u : std::as_const(*list))
        out.append({u.name, roleToString(u.role), u.revoked, u.tokenHash, u.site});
    return json(sync::wire::usersToJson(out));
}

// What leads decided about the records a desktop uploaded: a desktop asks for its own (a relay for all of its
// desktops'), by UUID, since it keeps the UUIDs of its suggestions.
HttpResponse HubService::outcomes(const HubUser &user, const HttpRequest &request)
{
    auto body = arrayBody(request, QStringLiteral("uuids"), m_limits.maxRecordsPerUpload);
    if (auto *refusal = std::get_if<HttpResponse>(&body))
        return *refusal;
    const QJsonArray array = std::get<QJsonArray>(body);
    QStringList uuids;
    for (const QJsonValue &v : array) {
        const QString uuid = sync::wire::canonicalUuid(v.toString());
        if (uuid.isEmpty())
            return error(400, QStringLiteral("invalid_parameter"), QObject::tr("\"%1\" is not a UUID.").arg(v.toString()));
        uuids.append(uuid);
    }
    auto found = m_storage.outcomes(uuids, user.role == Role::Relay ? QString() : user.name);
    if (!found)
        return storageFailure(found.error());
    QList<sync::wire::Outcome> out;
    for (qsizetype i = 0; i < found->size(); ++i) {
        const RecordOutcome &o = found->at(i);
        out.append({array.at(i).toString(), o.status, o.note, o.reviewedAt});
    }
    return json(sync::wire::outcomesToJson(out));
}

} // namespace souffleur::hub
