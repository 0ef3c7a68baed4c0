// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/WireMessages.h"

#include "sync/SyncProtocol.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QRegularExpression>
#include <QUuid>

namespace souffleur::sync::wire {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

bool isInt(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(v.toInteger());
}

// Splices raw JSON array elements into an object written by QJsonDocument: `{"head":1,…}` + key + [a,b].
QByteArray withArray(const QJsonObject &head, const char *key, const QList<LogChange> &changes, ChangeForm form)
{
    QByteArray out = compact(head);
    out.chop(1);
    if (!head.isEmpty())
        out += ',';
    out += '"' + QByteArray(key) + "\":[";
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (i > 0)
            out += ',';
        out += toJson(changes.at(i), form);
    }
    out += "]}";
    return out;
}

template <typename T, typename F>
Result<QList<T>> listFromJson(const QJsonValue &value, F decode)
{
    if (!value.isArray())
        return makeError(QObject::tr("The hub's answer lacks its list (protocol error)."));
    QList<T> out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        auto one = decode(v);
        if (!one)
            return one.error();
        out.append(std::move(*one));
    }
    return out;
}

} // namespace

// ---- Outbox records ----

QJsonObject toJson(const OutboxRecord &record)
{
    QJsonObject o{{QStringLiteral("uuid"), record.uuid}, {QStringLiteral("type"), record.type},
                  {QStringLiteral("payload"), record.payload}};
    if (!record.createdAt.isEmpty())
        o.insert(QStringLiteral("created_at"), record.createdAt);
    if (!record.user.isEmpty())
        o.insert(QStringLiteral("user"), record.user);
    return o;
}

QString validateOutboxRecord(const QJsonValue &value, const OutboxRules &rules)
{
    if (!value.isObject())
        return QStringLiteral("not_an_object");
    const QJsonObject r = value.toObject();
    const QJsonValue payload = r.value(QStringLiteral("payload"));
    const QJsonValue createdAt = r.value(QStringLiteral("created_at"));
    if (canonicalUuid(str(r, "uuid")).isEmpty())
        return QStringLiteral("invalid_uuid");
    if (!outboxTypes().contains(str(r, "type")))
        return QStringLiteral("unknown_type");
    if (!payload.isObject())
        return QStringLiteral("payload_not_object");
    if (compact(payload.toObject()).size() > rules.maxPayload)
        return QStringLiteral("payload_too_large");
    // Absent or empty: not given (a record of an older desktop). Given: a real date and time, since leads sort and
    // age suggestions by it.
    if (!createdAt.isUndefined()
        && (!createdAt.isString()
            || (!createdAt.toString().isEmpty()
                && !QDateTime::fromString(createdAt.toString(), Qt::ISODateWithMs).isValid())))
        return QStringLiteral("invalid_created_at");
    if (r.contains(QStringLiteral("user")) && (!rules.userAllowed || str(r, "user").trimmed().isEmpty()))
        return QStringLiteral("user_not_allowed");
    return {};
}

Result<OutboxRecord> outboxRecordFromJson(const QJsonValue &value, const OutboxRules &rules)
{
    if (const QString reason = validateOutboxRecord(value, rules); !reason.isEmpty())
        return makeError(reason);
    const QJsonObject r = value.toObject();
    return OutboxRecord{str(r, "uuid"), str(r, "type"), r.value(QStringLiteral("payload")), str(r, "created_at"),
                        str(r, "user").trimmed()};
}

QString canonicalUuid(const QString &uuid)
{
    const QUuid parsed = QUuid::fromString(uuid);
    return parsed.isNull() ? QString() : parsed.toString(QUuid::WithoutBraces);
}

// ---- Receipts ----

QString receiptStatusName(ReceiptStatus status)
{
    switch (status) {
    case ReceiptStatus::Accepted: return QStringLiteral("accepted");
    case ReceiptStatus::Duplicate: return QStringLiteral("duplicate");
    case ReceiptStatus::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

QJsonObject toJson(const Receipt &receipt)
{
    QJsonObject o{{QStringLiteral("uuid"), receipt.uuid}, {QStringLiteral("status"), receiptStatusName(receipt.status)}};
    if (receipt.status == ReceiptStatus::Rejected)
        o.insert(QStringLiteral("reason"), receipt.reason);
    return o;
}

Result<Receipt> receiptFromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    const QJsonValue uuid = o.value(QStringLiteral("uuid"));
    const QString status = str(o, "status");
    if (!value.isObject() || !(uuid.isString() || isInt(uuid)))
        return makeError(QObject::tr("A receipt names no record (protocol error)."));
    Receipt r{uuid.isString() ? uuid.toString() : QString::number(uuid.toInteger()), ReceiptStatus::Rejected, {}};
    if (status == u"accepted")
        r.status = ReceiptStatus::Accepted;
    else if (status == u"duplicate")
        r.status = ReceiptStatus::Duplicate;
    else if (status == u"rejected")
        r.reason = str(o, "reason");
    else
        return makeError(QObject::tr("The receipt of %1 has an unknown status \"%2\" (protocol error).").arg(r.uuid, status));
    return r;
}

QJsonObject receiptsToJson(const QList<Receipt> &receipts)
{
    QJsonArray list;
    int counts[3] = {0, 0, 0};
    for (qsizetype i = 0; i < receipts.size(); ++i) {
        const Receipt &r = receipts.at(i);
        QJsonObject o = toJson(r);
        if (r.uuid.isEmpty())
            o.insert(QStringLiteral("uuid"), qint64(i));  // the record had no UUID string: named by its index
        list.append(o);
        ++counts[int(r.status)];
    }
    return {{QStringLiteral("receipts"), list}, {QStringLiteral("accepted"), counts[0]},
            {QStringLiteral("duplicate"), counts[1]}, {QStringLiteral("rejected"), counts[2]}};
}

Result<QList<Receipt>> receiptsFromJson(const QJsonObject &answer)
{
    const QJsonValue list = answer.value(QStringLiteral("receipts"));
    if (!list.isArray())
        return makeError(QObject::tr("The hub's answer to an upload has no receipts (protocol error)."));
    QList<Receipt> out;
    for (const QJsonValue &v : list.toArray())
        if (auto r = receiptFromJson(v))
            out.append(std::move(*r));
    return out;
}

// ---- Change-feed entries ----

QJsonObject toJsonObject(const LogChange &c, ChangeForm form)
{
    return QJsonDocument::fromJson(toJson(c, form)).object();
}

QByteArray toJson(const LogChange &c, ChangeForm form)
{
    QJsonObject o{{QStringLiteral("entity"), c.entity}, {QStringLiteral("id"), c.id},
                  {QStringLiteral("version"), c.version}};
    if (form == ChangeForm::Feed) {
        o.insert(QStringLiteral("seq"), c.seq);
        o.insert(QStringLiteral("op"), c.tombstone ? QStringLiteral("tombstone") : QStringLiteral("put"));
    }
    QByteArray out = compact(o);
    if (!c.payload.isEmpty()) {
        out.chop(1);
        out += ",\"data\":" + c.payload + '}';
    }
    return out;
}

Result<Change> changeFromJson(const QJsonValue &value, ChangeForm form)
{
    const QJsonObject o = value.toObject();
    Change c;
    c.seq = o.value(QStringLiteral("seq")).toInteger();
    c.entity = str(o, "entity");
    c.id = str(o, "id");
    c.version = o.value(QStringLiteral("version")).toInteger();
    const QString op = form == ChangeForm::Feed ? str(o, "op") : QStringLiteral("put");
    c.tombstone = op == u"tombstone";
    const QJsonValue data = o.value(QStringLiteral("data"));
    c.data = data.toObject();
    if (c.entity.isEmpty() || c.id.isEmpty() || (form == ChangeForm::Feed && c.seq <= 0)
        || (op != u"put" && !c.tombstone) || (!c.tombstone && !data.isObject()))
        return makeError(QObject::tr("The hub sent a malformed change (protocol error)."));
    return c;
}

Result<QList<Change>> changesFromJson(const QJsonValue &array, ChangeForm form)
{
    return listFromJson<Change>(array, [form](const QJsonValue &v) { return changeFromJson(v, form); });
}

LogChange toLogChange(const Change &c)
{
    return {c.seq, c.entity, c.id, c.version, c.tombstone, c.data.isEmpty() && c.tombstone ? QByteArray() : compact(c.data)};
}

QByteArray changesPageJson(const QString &epoch, qint64 head, bool more, const QList<LogChange> &changes)
{
    return withArray({{QStringLiteral("epoch"), epoch}, {QStringLiteral("head"), head}, {QStringLiteral("more"), more}},
                     "changes", changes, ChangeForm::Feed);
}

Result<ChangesPage> changesPageFromJson(const QJsonObject &answer)
{
    auto changes = changesFromJson(answer.value(QStringLiteral("changes")), ChangeForm::Feed);
    if (!changes)
        return changes.error();
    return ChangesPage{str(answer, "epoch"), answer.value(QStringLiteral("head")).toInteger(),
                       answer.value(QStringLiteral("more")).toBool(), std::move(*changes)};
}

QByteArray snapshotPageJson(const QString &hubId, const QString &epoch, qint64 seq, std::optional<bool> more,
                            const QList<LogChange> &entities)
{
    QJsonObject head{{QStringLiteral("hub_id"), hubId}, {QStringLiteral("epoch"), epoch}, {QStringLiteral("seq"), seq}};
    if (more) {
        head.insert(QStringLiteral("more"), *more);
        if (!entities.isEmpty())
            head.insert(QStringLiteral("next"), QString(entities.constLast().entity + QLatin1Char(':') + entities.constLast().id));
    }
    return withArray(head, "entities", entities, ChangeForm::Snapshot);
}

Result<SnapshotPage> snapshotPageFromJson(const QJsonObject &answer)
{
    auto entities = changesFromJson(answer.value(QStringLiteral("entities")), ChangeForm::Snapshot);
    if (!entities)
        return entities.error();
    SnapshotPage page{str(answer, "hub_id"), str(answer, "epoch"), answer.value(QStringLiteral("seq")).toInteger(-1),
                      std::nullopt, str(answer, "next"), std::move(*entities)};
    if (answer.contains(QStringLiteral("more")))
        page.more = answer.value(QStringLiteral("more")).toBool();
    if (page.seq < 0 || (page.more.value_or(false) && page.next.isEmpty()))
        return makeError(QObject::tr("The hub's snapshot page is malformed (protocol error)."));
    return page;
}

// ---- Hello ----

QJsonObject toJson(const Hello &h)
{
    return {{QStringLiteral("hub_id"), h.hubId},
            {QStringLiteral("epoch"), h.epoch},
            {QStringLiteral("head"), h.head},
            {QStringLiteral("floor"), h.floor},
            {QStringLiteral("protocol"), QJsonObject{{QStringLiteral("min"), h.protocolMin}, {QStringLiteral("max"), h.protocolMax}}},
            {QStringLiteral("schema"), h.schema},
            {QStringLiteral("relay"), h.relay},
            {QStringLiteral("user"), QJsonObject{{QStringLiteral("name"), h.userName}, {QStringLiteral("role"), h.userRole}}}};
}

Result<Hello> helloFromJson(const QJsonObject &answer)
{
    const QJsonObject protocol = answer.value(QStringLiteral("protocol")).toObject();
    const QJsonObject user = answer.value(QStringLiteral("user")).toObject();
    Hello h{str(answer, "hub_id"), str(answer, "epoch"), answer.value(QStringLiteral("head")).toInteger(),
            answer.value(QStringLiteral("floor")).toInteger(-1), protocol.value(QStringLiteral("min")).toInt(-1),
            protocol.value(QStringLiteral("max")).toInt(-1), answer.value(QStringLiteral("schema")).toInt(),
            answer.value(QStringLiteral("relay")).toBool(), str(user, "name"), str(user, "role")};
    if (h.hubId.isEmpty() || h.epoch.isEmpty() || h.protocolMin < 0 || h.protocolMax < h.protocolMin)
        return makeError(QObject::tr("The answer is not a Souffleur hub's hello."));
    return h;
}

bool speaksOurProtocol(const Hello &h)
{
    return h.protocolMin <= kProtocolMax && h.protocolMax >= kProtocolMin;
}

// ---- Outcomes ----

QJsonObject toJson(const Outcome &outcome)
{
    QJsonObject o{{QStringLiteral("uuid"), outcome.uuid}, {QStringLiteral("status"), outcome.status}};
    if (!outcome.note.isEmpty())
        o.insert(QStringLiteral("note"), outcome.note);
    if (!outcome.reviewedAt.isEmpty())
        o.insert(QStringLiteral("reviewed_at"), outcome.reviewedAt);
    return o;
}

Result<Outcome> outcomeFromJson(const QJsonValue &value)
{
    static const QStringList statuses{QStringLiteral("unknown"), QStringLiteral("received"), QStringLiteral("accepted"),
                                      QStringLiteral("declined")};
    const QJsonObject o = value.toObject();
    Outcome out{str(o, "uuid"), str(o, "status"), str(o, "note"), str(o, "reviewed_at")};
    if (out.uuid.isEmpty() || !statuses.contains(out.status))
        return makeError(QObject::tr("A review outcome has no uuid or an unknown status (protocol error)."));
    return out;
}

QJsonObject outcomesToJson(const QList<Outcome> &outcomes)
{
    QJsonArray list;
    for (const Outcome &o : outcomes)
        list.append(toJson(o));
    return {{QStringLiteral("outcomes"), list}};
}

Result<QList<Outcome>> outcomesFromJson(const QJsonObject &answer)
{
    return listFromJson<Outcome>(answer.value(QStringLiteral("outcomes")), outcomeFromJson);
}

QJsonObject outcomeRequestToJson(const QStringList &uuids)
{
    return {{QStringLiteral("uuids"), QJsonArray::fromStringList(uuids)}};
}

// ---- Users ----

QJsonObject toJson(const UserEntry &user)
{
    return {{QStringLiteral("name"), user.name}, {QStringLiteral("role"), user.role},
            {QStringLiteral("revoked"), user.revoked}, {QStringLiteral("token_hash"), QString::fromLatin1(user.tokenHash)},
            {QStringLiteral("site"), user.site}};
}

QJsonObject usersToJson(const QList<UserEntry> &users)
{
    QJsonArray list;
    for (const UserEntry &u : users)
        list.append(toJson(u));
    return {{QStringLiteral("users"), list}};
}

Result<QList<UserEntry>> usersFromJson(const QJsonObject &answer)
{
    static const QStringList roles{QStringLiteral("agent"), QStringLiteral("lead"), QStringLiteral("admin"),
                                   QStringLiteral("relay")};
    return listFromJson<UserEntry>(answer.value(QStringLiteral("users")), [](const QJsonValue &v) -> Result<UserEntry> {
        const QJsonObject o = v.toObject();
        UserEntry u{str(o, "name"), str(o, "role"), o.value(QStringLiteral("revoked")).toBool(),
                    str(o, "token_hash").toLatin1(), str(o, "site")};
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (u.name.isEmpty() || !roles.contains(u.role) || !hex.match(QString::fromLatin1(u.tokenHash)).hasMatch())
            return makeError(QObject::tr("The upstream's user list is malformed."));
        return u;
    });
}

} // namespace souffleur::sync::wire
