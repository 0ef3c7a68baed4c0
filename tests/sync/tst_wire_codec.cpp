// SPDX-License-Identifier: GPL-3.0-or-later
// The sync protocol's wire codec (core/sync/WireMessages.h), message by message: every field survives
// toJson → fromJson, and every invalid form is refused with its reason.
#include "sync/SyncProtocol.h"
#include "sync/WireMessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace souffleur;
using namespace souffleur::sync;

namespace {

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

const QString kUuid = QStringLiteral("0b6f4c2e-8a51-4b7d-9c1e-2f3a4b5c6d7e");

QJsonObject goodRecord()
{
    return {{QStringLiteral("uuid"), kUuid}, {QStringLiteral("type"), QStringLiteral("feedback")},
            {QStringLiteral("payload"), QJsonObject{{QStringLiteral("item_id"), QStringLiteral("x")}}},
            {QStringLiteral("created_at"), QStringLiteral("2026-01-01T10:00:00Z")}};
}

} // namespace

class TestWireCodec final : public QObject
{
    Q_OBJECT
private slots:
    void outboxRecordRoundTrips_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("createdAt");
        QTest::addColumn<QString>("user");
        for (const QString &type : outboxTypes())
            QTest::newRow(qPrintable(type)) << type << QStringLiteral("2026-01-01T10:00:00Z") << QString();
        QTest::newRow("milliseconds") << QStringLiteral("feedback") << QStringLiteral("2026-01-01T10:00:00.123Z") << QString();
        QTest::newRow("offset") << QStringLiteral("feedback") << QStringLiteral("2026-01-01T10:00:00+02:00") << QString();
        QTest::newRow("no created_at") << QStringLiteral("usage") << QString() << QString();
        QTest::newRow("forwarded by a relay") << QStringLiteral("suggestion") << QStringLiteral("2026-01-01T10:00:00Z")
                                              << QStringLiteral("bob");
    }
    void outboxRecordRoundTrips()
    {
        QFETCH(QString, type);
        QFETCH(QString, createdAt);
        QFETCH(QString, user);
        const wire::OutboxRecord record{kUuid, type,
                                        QJsonObject{{QStringLiteral("item_id"), QStringLiteral("art.1")},
                                                    {QStringLiteral("nested"), QJsonObject{{QStringLiteral("a"), 1}}}},
                                        createdAt, user};
        const QJsonObject json = wire::toJson(record);
        QCOMPARE(json.contains(QStringLiteral("created_at")), !createdAt.isEmpty());
        QCOMPARE(json.contains(QStringLiteral("user")), !user.isEmpty());
        auto back = wire::outboxRecordFromJson(parse(compact(json)), {256 * 1024, true});
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(*back, record);
    }

    void invalidOutboxRecordIsRefused_data()
    {
        QTest::addColumn<QJsonValue>("record");
        QTest::addColumn<bool>("userAllowed");
        QTest::addColumn<QString>("reason");
        auto with = [](const char *key, const QJsonValue &value) {
            QJsonObject o = goodRecord();
            if (value.isUndefined())
                o.remove(QLatin1String(key));
            else
                o.insert(QLatin1String(key), value);
            return QJsonValue(o);
        };
        QTest::newRow("number") << QJsonValue(42) << false << QStringLiteral("not_an_object");
        QTest::newRow("array") << QJsonValue(QJsonArray{}) << false << QStringLiteral("not_an_object");
        QTest::newRow("no uuid") << with("uuid", QJsonValue::Undefined) << false << QStringLiteral("invalid_uuid");
        QTest::newRow("bad uuid") << with("uuid", QStringLiteral("not-a-uuid")) << false << QStringLiteral("invalid_uuid");
        QTest::newRow("uuid number") << with("uuid", 7) << false << QStringLiteral("invalid_uuid");
        QTest::newRow("unknown type") << with("type", QStringLiteral("gossip")) << false << QStringLiteral("unknown_type");
        QTest::newRow("no type") << with("type", QJsonValue::Undefined) << false << QStringLiteral("unknown_type");
        QTest::newRow("payload string") << with("payload", QStringLiteral("{}")) << false << QStringLiteral("payload_not_object");
        QTest::newRow("no payload") << with("payload", QJsonValue::Undefined) << false << QStringLiteral("payload_not_object");
        QTest::newRow("payload too large")
            << with("payload", QJsonObject{{QStringLiteral("x"), QString(300 * 1024, QLatin1Char('a'))}}) << false
            << QStringLiteral("payload_too_large");
        QTest::newRow("created_at number") << with("created_at", 20260101) << false << QStringLiteral("invalid_created_at");
        QTest::newRow("created_at text") << with("created_at", QStringLiteral("yesterday")) << false
                                         << QStringLiteral("invalid_created_at");
        QTest::newRow("created_at bad month") << with("created_at", QStringLiteral("2026-13-01T10:00:00Z")) << false
                                              << QStringLiteral("invalid_created_at");
        QTest::newRow("created_at null") << with("created_at", QJsonValue::Null) << false << QStringLiteral("invalid_created_at");
        QTest::newRow("user from an agent") << with("user", QStringLiteral("bob")) << false << QStringLiteral("user_not_allowed");
        QTest::newRow("blank user from a relay") << with("user", QStringLiteral("  ")) << true << QStringLiteral("user_not_allowed");
    }
    void invalidOutboxRecordIsRefused()
    {
        QFETCH(QJsonValue, record);
        QFETCH(bool, userAllowed);
        QFETCH(QString, reason);
        const wire::OutboxRules rules{256 * 1024, userAllowed};
        QCOMPARE(wire::validateOutboxRecord(record, rules), reason);
        auto decoded = wire::outboxRecordFromJson(record, rules);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().message, reason);
    }

    void canonicalUuid()
    {
        QCOMPARE(wire::canonicalUuid(QStringLiteral("{0B6F4C2E-8A51-4B7D-9C1E-2F3A4B5C6D7E}")), kUuid);
        QCOMPARE(wire::canonicalUuid(kUuid), kUuid);
        QVERIFY(wire::canonicalUuid(QStringLiteral("nope")).isEmpty());
    }

    void receiptRoundTrips_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("accepted") << int(wire::ReceiptStatus::Accepted) << QString();
        QTest::newRow("duplicate") << int(wire::ReceiptStatus::Duplicate) << QString();
        QTest::newRow("rejected") << int(wire::ReceiptStatus::Rejected) << QStringLiteral("invalid_created_at");
    }
    void receiptRoundTrips()
    {
        QFETCH(int, status);
        QFETCH(QString, reason);
        const wire::Receipt receipt{kUuid, wire::ReceiptStatus(status), reason};
        auto back = wire::receiptFromJson(parse(compact(wire::toJson(receipt))));
        QVERIFY(back.ok());
        QCOMPARE(*back, receipt);
        const QJsonObject answer = wire::receiptsToJson({receipt, receipt});
        QCOMPARE(answer.value(wire::receiptStatusName(receipt.status)).toInt(), 2);
        auto all = wire::receiptsFromJson(answer);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
    }

    void invalidReceiptIsRefused_data()
    {
        QTest::addColumn<QJsonValue>("receipt");
        QTest::newRow("not an object") << QJsonValue(QStringLiteral("accepted"));
        QTest::newRow("no uuid") << QJsonValue(QJsonObject{{QStringLiteral("status"), QStringLiteral("accepted")}});
        QTest::newRow("unknown status") << QJsonValue(QJsonObject{{QStringLiteral("uuid"), kUuid}, {QStringLiteral("status"), QStringLiteral("maybe")}});
        QTest::newRow("no status") << QJsonValue(QJsonObject{{QStringLiteral("uuid"), kUuid}});
    }
    void invalidReceiptIsRefused()
    {
        QFETCH(QJsonValue, receipt);
        QVERIFY(!wire::receiptFromJson(receipt).ok());
        // In an answer, a malformed receipt is left out (its record stays in the outbox); the answer still reads.
        auto all = wire::receiptsFromJson({{QStringLiteral("receipts"), QJsonArray{receipt}}});
        QVERIFY(all.ok());
        QVERIFY(all->isEmpty());
    }

    void receiptsAnswerNeedsItsList()
    {
        QVERIFY(!wire::receiptsFromJson({}).ok());
        // A record that had no UUID string is named by its index in the upload.
        auto r = wire::receiptFromJson(QJsonObject{{QStringLiteral("uuid"), 3}, {QStringLiteral("status"), QStringLiteral("rejected")},
                                                   {QStringLiteral("reason"), QStringLiteral("not_an_object")}});
        QVERIFY(r.ok());
        QCOMPARE(r->uuid, QStringLiteral("3"));
        QCOMPARE(r->reason, QStringLiteral("not_an_object"));
    }

    void changeRoundTrips_data()
    {
        QTest::addColumn<int>("form");
        QTest::addColumn<bool>("tombstone");
        QTest::addColumn<QByteArray>("payload");
        // In the compact form the hub stores (keys sorted), so the bytes survive the round trip exactly.
        const QByteArray item = R"({"id":"art.1","kind":"article","title":"Été","version":4})";
        QTest::newRow("feed put") << int(wire::ChangeForm::Feed) << false << item;
        QTest::newRow("feed tombstone") << int(wire::ChangeForm::Feed) << true << QByteArray();
        QTest::newRow("feed ticket tombstone") << int(wire::ChangeForm::Feed) << true << QByteArray(R"({"category":"c","text":"t"})");
        QTest::newRow("snapshot entity") << int(wire::ChangeForm::Snapshot) << false << item;
    }
    void changeRoundTrips()
    {
        QFETCH(int, form);
        QFETCH(bool, tombstone);
        QFETCH(QByteArray, payload);
        const auto f = wire::ChangeForm(form);
        const wire::LogChange stored{f == wire::ChangeForm::Feed ? 1235 : 0, entity::item(), QStringLiteral("art.1"), 4,
                                     tombstone, payload};
        const QByteArray json = wire::toJson(stored, f);
        QCOMPARE(parse(json), wire::toJsonObject(stored, f));
        QCOMPARE(parse(json).contains(QStringLiteral("seq")), f == wire::ChangeForm::Feed);
        auto back = wire::changeFromJson(parse(json), f);
        QVERIFY2(back.ok(), json.constData());
        QCOMPARE(back->seq, stored.seq);
        QCOMPARE(back->entity, stored.entity);
        QCOMPARE(back->id, stored.id);
        QCOMPARE(back->version, stored.version);
        QCOMPARE(back->tombstone, stored.tombstone);
        QCOMPARE(back->data, parse(payload));
        QCOMPARE(wire::toLogChange(*back), stored);
    }

    void invalidChangeIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("form");
        const int feed = int(wire::ChangeForm::Feed);
        QTest::newRow("not an object") << QByteArray("[1]") << feed;
        QTest::newRow("no entity") << QByteArray(R"({"seq":1,"id":"a","version":1,"op":"put","data":{}})") << feed;
        QTest::newRow("no id") << QByteArray(R"({"seq":1,"entity":"item","version":1,"op":"put","data":{}})") << feed;
        QTest::newRow("no seq") << QByteArray(R"({"entity":"item","id":"a","version":1,"op":"put","data":{}})") << feed;
        QTest::newRow("seq 0") << QByteArray(R"({"seq":0,"entity":"item","id":"a","version":1,"op":"put","data":{}})") << feed;
        QTest::newRow("unknown op") << QByteArray(R"({"seq":1,"entity":"item","id":"a","version":1,"op":"merge","data":{}})") << feed;
        QTest::newRow("no op") << QByteArray(R"({"seq":1,"entity":"item","id":"a","version":1,"data":{}})") << feed;
        QTest::newRow("put without data") << QByteArray(R"({"seq":1,"entity":"item","id":"a","version":1,"op":"put"})") << feed;
        QTest::newRow("put with string data") << QByteArray(R"({"seq":1,"entity":"item","id":"a","version":1,"op":"put","data":"x"})") << feed;
        QTest::newRow("snapshot without data") << QByteArray(R"({"entity":"item","id":"a","version":1})") << int(wire::ChangeForm::Snapshot);
    }
    void invalidChangeIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, form);
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        const QJsonValue value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        QVERIFY(!wire::changeFromJson(value, wire::ChangeForm(form)).ok());
        QVERIFY(!wire::changesFromJson(QJsonArray{value}, wire::ChangeForm(form)).ok());
    }

    void changesPageRoundTrips()
    {
        const QList<wire::LogChange> changes{{5, entity::category(), QStringLiteral("c"), 1, false, R"({"id":"c","names":{}})"},
                                             {6, entity::item(), QStringLiteral("a"), 2, true, {}}};
        auto page = wire::changesPageFromJson(parse(wire::changesPageJson(QStringLiteral("e1"), 9, true, changes)));
        QVERIFY(page.ok());
        QCOMPARE(page->epoch, QStringLiteral("e1"));
        QCOMPARE(page->head, 9);
        QCOMPARE(page->more, true);
        QCOMPARE(page->changes.size(), 2);
        QCOMPARE(wire::toLogChange(page->changes.at(0)), changes.at(0));
        QCOMPARE(wire::toLogChange(page->changes.at(1)), changes.at(1));
        auto empty = wire::changesPageFromJson(parse(wire::changesPageJson(QStringLiteral("e1"), 9, false, {})));
        QVERIFY(empty.ok());
        QVERIFY(empty->changes.isEmpty());
        QVERIFY(!empty->more);
        QVERIFY(!wire::changesPageFromJson(QJsonObject{{QStringLiteral("epoch"), QStringLiteral("e1")}}).ok());
    }

    void snapshotPageRoundTrips()
    {
        const QList<wire::LogChange> entities{{0, entity::kb(), QStringLiteral("kb"), 1, false, R"({"name":"K"})"},
                                              {0, entity::item(), QStringLiteral("a:b"), 3, false, R"({"id":"a:b"})"}};
        auto paged = wire::snapshotPageFromJson(parse(wire::snapshotPageJson(QStringLiteral("h"), QStringLiteral("e"), 12, true, entities)));
        QVERIFY(paged.ok());
        QCOMPARE(paged->hubId, QStringLiteral("h"));
        QCOMPARE(paged->epoch, QStringLiteral("e"));
        QCOMPARE(paged->seq, 12);
        QCOMPARE(paged->more, std::optional<bool>(true));
        QCOMPARE(paged->next, QStringLiteral("item:a:b"));
        QCOMPARE(paged->entities.size(), 2);
        auto whole = wire::snapshotPageFromJson(parse(wire::snapshotPageJson(QStringLiteral("h"), QStringLiteral("e"), 12, std::nullopt, entities)));
        QVERIFY(whole.ok());
        QVERIFY(!whole->more.has_value());
        QVERIFY(whole->next.isEmpty());
        // No seq; more without a cursor.
        QVERIFY(!wire::snapshotPageFromJson(parse(R"({"hub_id":"h","epoch":"e","entities":[]})")).ok());
        QVERIFY(!wire::snapshotPageFromJson(parse(R"({"hub_id":"h","epoch":"e","seq":1,"more":true,"entities":[]})")).ok());
    }

    void helloRoundTrips()
    {
        const wire::Hello hello{QStringLiteral("hub"), QStringLiteral("ep"), 1240, 0, kProtocolMin, kProtocolMax,
                                kContentSchema, true, QStringLiteral("alice"), QStringLiteral("lead")};
        auto back = wire::helloFromJson(parse(compact(wire::toJson(hello))));
        QVERIFY(back.ok());
        QCOMPARE(*back, hello);
        QVERIFY(wire::speaksOurProtocol(*back));
        wire::Hello newer = hello;
        newer.protocolMin = kProtocolMax + 1;
        newer.protocolMax = kProtocolMax + 2;
        QVERIFY(!wire::speaksOurProtocol(newer));
    }

    void invalidHelloIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray("{}");
        QTest::newRow("no hub_id") << QByteArray(R"({"epoch":"e","protocol":{"min":1,"max":1}})");
        QTest::newRow("no epoch") << QByteArray(R"({"hub_id":"h","protocol":{"min":1,"max":1}})");
        QTest::newRow("no protocol") << QByteArray(R"({"hub_id":"h","epoch":"e"})");
        QTest::newRow("max below min") << QByteArray(R"({"hub_id":"h","epoch":"e","protocol":{"min":2,"max":1}})");
    }
    void invalidHelloIsRefused()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!wire::helloFromJson(parse(json)).ok());
    }

    void helloWithoutFloorCannotReplay()
    {
        auto h = wire::helloFromJson(parse(R"({"hub_id":"h","epoch":"e","protocol":{"min":1,"max":1}})"));
        QVERIFY(h.ok());
        QCOMPARE(h->floor, -1);
    }

    void outcomeRoundTrips_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("decided");
        QTest::newRow("unknown") << QStringLiteral("unknown") << false;
        QTest::newRow("received") << QStringLiteral("received") << false;
        QTest::newRow("accepted") << QStringLiteral("accepted") << true;
        QTest::newRow("declined") << QStringLiteral("declined") << true;
    }
    void outcomeRoundTrips()
    {
        QFETCH(QString, status);
        QFETCH(bool, decided);
        const wire::Outcome outcome{kUuid, status, QStringLiteral("Déjà dans les CGV"), QStringLiteral("2026-02-01T09:00:00Z")};
        auto back = wire::outcomesFromJson(parse(compact(wire::outcomesToJson({outcome}))));
        QVERIFY(back.ok());
        QCOMPARE(back->size(), 1);
        QCOMPARE(back->constFirst(), outcome);
        QCOMPARE(back->constFirst().decided(), decided);
        const QJsonObject request = wire::outcomeRequestToJson({kUuid});
        QCOMPARE(request.value(QStringLiteral("uuids")).toArray().at(0).toString(), kUuid);
    }

    void invalidOutcomeIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no uuid") << QByteArray(R"({"outcomes":[{"status":"accepted"}]})");
        QTest::newRow("unknown status") << QByteArray(R"({"outcomes":[{"uuid":"u","status":"approved"}]})");
        QTest::newRow("no list") << QByteArray(R"({"outcome":[]})");
    }
    void invalidOutcomeIsRefused()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!wire::outcomesFromJson(parse(json)).ok());
    }

    void usersRoundTrip()
    {
        const QList<wire::UserEntry> users{{QStringLiteral("alice"), QStringLiteral("agent"), false, QByteArray(64, 'a'), {}},
                                           {QStringLiteral("site"), QStringLiteral("relay"), true, QByteArray(64, '0'), {}},
                                           {QStringLiteral("bob"), QStringLiteral("agent"), false, QByteArray(64, 'b'), QStringLiteral("lyon")},
                                           {QStringLiteral("lyon-relay"), QStringLiteral("relay"), false, QByteArray(64, 'c'), QStringLiteral("lyon")}};
        auto back = wire::usersFromJson(parse(compact(wire::usersToJson(users))));
        QVERIFY(back.ok());
        QCOMPARE(*back, users);
        QCOMPARE(back->at(2).site, QStringLiteral("lyon"));
    }

    void usersWithoutSiteHaveNone()
    {
        // A hub older than sites sends no "site": its users are bound to no site.
        const QJsonObject user{{QStringLiteral("name"), QStringLiteral("a")}, {QStringLiteral("role"), QStringLiteral("agent")},
                               {QStringLiteral("token_hash"), QString(64, QLatin1Char('f'))}};
        auto back = wire::usersFromJson({{QStringLiteral("users"), QJsonArray{user}}});
        QVERIFY(back.ok());
        QCOMPARE(back->size(), 1);
        QVERIFY(back->at(0).site.isEmpty());
    }

    void invalidUsersAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("user");
        const QString hash(64, QLatin1Char('f'));
        QTest::newRow("no name") << QJsonObject{{QStringLiteral("role"), QStringLiteral("agent")}, {QStringLiteral("token_hash"), hash}};
        QTest::newRow("unknown role") << QJsonObject{{QStringLiteral("name"), QStringLiteral("a")}, {QStringLiteral("role"), QStringLiteral("boss")},
                                                     {QStringLiteral("token_hash"), hash}};
        QTest::newRow("short hash") << QJsonObject{{QStringLiteral("name"), QStringLiteral("a")}, {QStringLiteral("role"), QStringLiteral("agent")},
                                                   {QStringLiteral("token_hash"), QStringLiteral("abc")}};
        QTest::newRow("hash not hex") << QJsonObject{{QStringLiteral("name"), QStringLiteral("a")}, {QStringLiteral("role"), QStringLiteral("agent")},
                                                     {QStringLiteral("token_hash"), QString(64, QLatin1Char('z'))}};
    }
    void invalidUsersAreRefused()
    {
        QFETCH(QJsonObject, user);
        QVERIFY(!wire::usersFromJson({{QStringLiteral("users"), QJsonArray{user}}}).ok());
    }
};

QTEST_GUILESS_MAIN(TestWireCodec)
#include "tst_wire_codec.moc"
