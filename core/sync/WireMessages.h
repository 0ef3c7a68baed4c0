// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The one codec of the sync protocol's messages (docs/sync-protocol.md, "Code map"): for each message a plain
// struct, toJson() to write it and xFromJson() to read it back, which refuses (Result) what validation refuses.
// The hub, the site relay, the desktop engine and the command-line bundles all read and write through here, so
// that a message has one encoding and one set of checks. Entity payloads (items, categories, …) are in
// SyncProtocol.h.
namespace souffleur::sync::wire {

// ---- Outbox records: POST /v1/outbox, offline outbox bundles ----

struct OutboxRecord
{
    QString uuid;        // as the desktop wrote it (the receipt echoes it so); canonicalUuid() for storage
    QString type;        // one of outboxTypes()
    QJsonValue payload;  // an object once validated (a desktop's unreadable row goes up as a string, to be refused)
    QString createdAt;   // ISO 8601; empty: not given (left out of the JSON)
    QString user;        // set only by a relay forwarding a desktop's record in its user's name
    bool operator==(const OutboxRecord &) const = default;
};

struct OutboxRules
{
    qsizetype maxPayload = 256 * 1024;  // compact JSON bytes
    bool userAllowed = false;           // only a relay's token uploads in another user's name
};

QJsonObject toJson(const OutboxRecord &record);
// The record, or an Error whose message is the receipt's reason code: not_an_object, invalid_uuid, unknown_type,
// payload_not_object, payload_too_large, invalid_created_at (present but not an ISO 8601 date and time),
// user_not_allowed. Checked in that order; the first problem is the reason.
Result<OutboxRecord> outboxRecordFromJson(const QJsonValue &value, const OutboxRules &rules = {});
// The reason code of outboxRecordFromJson(), or an empty string when the record is valid.
QString validateOutboxRecord(const QJsonValue &value, const OutboxRules &rules = {});
// The form a hub stores UUIDs in (so "{ABC…}" and "abc…" are one record); empty when `uuid` is not one.
QString canonicalUuid(const QString &uuid);

// ---- Receipts: the answer of POST /v1/outbox ----

enum class ReceiptStatus { Accepted, Duplicate, Rejected };
QString receiptStatusName(ReceiptStatus status);

struct Receipt
{
    QString uuid;  // as sent; a record that had no UUID string is named by its index in the upload
    ReceiptStatus status = ReceiptStatus::Rejected;
    QString reason;  // a reason code, for Rejected only
    bool operator==(const Receipt &) const = default;
};

QJsonObject toJson(const Receipt &receipt);
Result<Receipt> receiptFromJson(const QJsonValue &value);
// {"receipts": [...], "accepted": N, "duplicate": N, "rejected": N}
QJsonObject receiptsToJson(const QList<Receipt> &receipts);
// The well-formed receipts of such an answer (a malformed one is left out: its record stays in the outbox).
Result<QList<Receipt>> receiptsFromJson(const QJsonObject &answer);

// ---- Change-feed entries: GET /v1/changes, GET /v1/snapshot, offline change bundles ----

// The feed form carries "seq" and "op"; a snapshot entity carries neither (it is a put at the snapshot's seq).
enum class ChangeForm { Feed, Snapshot };

// An entry as stored at the hub: the entity's JSON kept as compact bytes, so the hub writes it out without
// parsing it again.
struct LogChange
{
    qint64 seq = 0;
    QString entity;
    QString id;
    qint64 version = 0;
    bool tombstone = false;
    QByteArray payload;  // compact JSON of the entity (a ticket tombstone names its ticket); empty otherwise
    bool operator==(const LogChange &) const = default;
};

// An entry as received, with its entity's JSON parsed.
struct Change
{
    qint64 seq = 0;  // 0 in a snapshot
    QString entity;
    QString id;
    qint64 version = 0;
    bool tombstone = false;
    QJsonObject data;  // the entity's JSON (a ticket tombstone still names its ticket)
    bool operator==(const Change &) const = default;
};

// {"seq", "entity", "id", "version", "op", "data"} (seq and op in the feed form only; data when there is a payload).
QByteArray toJson(const LogChange &change, ChangeForm form);
QJsonObject toJsonObject(const LogChange &change, ChangeForm form);
// Refuses an entry without entity or id, a feed entry without a positive seq or with an unknown op, a put
// without an object "data". Entity names this version does not know pass (the desktop skips them).
Result<Change> changeFromJson(const QJsonValue &value, ChangeForm form);
Result<QList<Change>> changesFromJson(const QJsonValue &array, ChangeForm form);
LogChange toLogChange(const Change &change);

// GET /v1/changes: {"epoch", "head", "more", "changes": [...]}
struct ChangesPage
{
    QString epoch;
    qint64 head = 0;
    bool more = false;
    QList<Change> changes;
};
QByteArray changesPageJson(const QString &epoch, qint64 head, bool more, const QList<LogChange> &changes);
Result<ChangesPage> changesPageFromJson(const QJsonObject &answer);

// GET /v1/snapshot: {"hub_id", "epoch", "seq", "entities": [...]}, paged: with "more" and "next" (the cursor).
struct SnapshotPage
{
    QString hubId;
    QString epoch;
    qint64 seq = -1;
    std::optional<bool> more;  // absent: a whole snapshot (a hub of the first slice, or no limit asked)
    QString next;
    QList<Change> entities;
};
QByteArray snapshotPageJson(const QString &hubId, const QString &epoch, qint64 seq, std::optional<bool> more,
                            const QList<LogChange> &entities);
// Refuses a page without seq, or a page that says more follow without a cursor.
Result<SnapshotPage> snapshotPageFromJson(const QJsonObject &answer);

// ---- GET /v1/hello ----

struct Hello
{
    QString hubId;
    QString epoch;
    qint64 head = 0;
    qint64 floor = -1;  // -1: not said (then the client cannot replay the log from 0)
    int protocolMin = 0;
    int protocolMax = 0;
    int schema = 0;
    bool relay = false;
    QString userName;
    QString userRole;
    bool operator==(const Hello &) const = default;
};
QJsonObject toJson(const Hello &hello);
// Refuses an answer without hub_id, epoch or protocol range: not a Souffleur hub.
Result<Hello> helloFromJson(const QJsonObject &answer);
// Whether the hub's protocol range overlaps this build's (kProtocolMin..kProtocolMax).
bool speaksOurProtocol(const Hello &hello);

// ---- POST /v1/outcomes ----

struct Outcome
{
    QString uuid;
    QString status;  // "unknown", "received", "accepted", "declined"
    QString note;
    QString reviewedAt;
    bool operator==(const Outcome &) const = default;
    bool decided() const { return status == u"accepted" || status == u"declined"; }
};
QJsonObject toJson(const Outcome &outcome);
Result<Outcome> outcomeFromJson(const QJsonValue &value);
// {"outcomes": [...]}
QJsonObject outcomesToJson(const QList<Outcome> &outcomes);
Result<QList<Outcome>> outcomesFromJson(const QJsonObject &answer);
// The request's {"uuids": [...]}.
QJsonObject outcomeRequestToJson(const QStringList &uuids);

// ---- GET /v1/users (a relay's copy of the users) ----

struct UserEntry
{
    QString name;
    QString role;  // agent, lead, admin, relay
    bool revoked = false;
    QByteArray tokenHash;  // SHA-256, 64 hex digits
    QString site;          // the site an agent works at or a relay serves; empty: none (a hub older than sites sends none)
    bool operator==(const UserEntry &) const = default;
};
QJsonObject toJson(const UserEntry &user);
// {"users": [...]}; refused whole when one entry has no name, an unknown role or a malformed hash.
QJsonObject usersToJson(const QList<UserEntry> &users);
Result<QList<UserEntry>> usersFromJson(const QJsonObject &answer);

} // namespace souffleur::sync::wire
