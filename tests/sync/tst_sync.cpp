// SPDX-License-Identifier: GPL-3.0-or-later
// Replication end to end: a souffleur-hub process on 127.0.0.1 (free port), desktops synced by souffleur-kb
// processes, and the HTTP API driven directly for the refusals. Built twice: tst_sync over SQLite (--data DIR) and
// tst_sync_postgres over a private PostgreSQL cluster (--db URL), so that both backends pass the same scenarios.
#include "ProcessRun.h"
#include "bench/SyntheticKnowledge.h"
#include "bundle/BundleWriter.h"
#include "feedback/FeedbackRecorder.h"
#include "store/ContentRepository.h"
#include "store/SqlUtil.h"
#include "store/Store.h"
#include "sync/Replica.h"
#include "sync/SyncEngine.h"
#include "sync/SyncState.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#ifdef SOUFFLEUR_SYNC_POSTGRES
#include "PostgresServer.h"
#endif

using namespace souffleur;
using souffleur::test::keyValues;
using souffleur::test::Run;
using souffleur::test::run;

namespace {

struct HttpResult
{
    int status = 0;
    QJsonObject json;
    QByteArray raw;
    QByteArray contentEncoding;
    QString code() const { return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(); }
};

} // namespace

class TestSync final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_data;
    QStringList m_storage;  // --data DIR or --db URL
#ifdef SOUFFLEUR_SYNC_POSTGRES
    PostgresServer m_postgres;
#endif
    QProcess m_hub;
    quint16 m_port = 0;
    QMap<QString, QString> m_tokens;  // user -> token
    QNetworkAccessManager m_network;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString hubUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    Run hub(QStringList args)
    {
        args << m_storage;
        return run(QStringLiteral(SOUFFLEUR_HUB), args);
    }
    Run kb(const QString &store, QStringList args)
    {
        return run(QStringLiteral(SOUFFLEUR_KB), QStringList{QStringLiteral("--store"), path(store)} + args);
    }
    Run sync(const QString &store, const QString &user = QStringLiteral("agent"))
    {
        return kb(store, {QStringLiteral("sync"), QStringLiteral("--hub"), hubUrl(), QStringLiteral("--token"),
                          m_tokens.value(user), QStringLiteral("--retries"), QStringLiteral("2")});
    }
    QMap<QString, QString> hubStatus() { return keyValues(hub({QStringLiteral("status")}).out); }
    QString contentHash(const QString &store) { return keyValues(kb(store, {QStringLiteral("status")}).out).value(QStringLiteral("content_hash")); }

    HttpResult http(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {},
                    const QString &user = QStringLiteral("agent"), const QByteArray &authorization = {})
    {
        QNetworkRequest req(QUrl(hubUrl() + pathAndQuery));
        const QByteArray auth = authorization.isNull() ? "Bearer " + m_tokens.value(user).toUtf8() : authorization;
        if (!auth.isEmpty())
            req.setRawHeader("Authorization", auth);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(req, verb, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.raw = reply->readAll();
        r.json = QJsonDocument::fromJson(r.raw).object();
        r.contentEncoding = reply->rawHeader("Content-Encoding");
        reply->deleteLater();
        return r;
    }

    static KnowledgeBase syntheticKb()
    {
        SyntheticSizes sizes;
        sizes.articles = 80;
        sizes.replies = 30;
        sizes.procedures = 12;
        sizes.categories = 14;
        sizes.tickets = 120;
        sizes.seed = 7;
        return SyntheticKnowledge(sizes).build();
    }

    // v2: one item gets a new version, one is new, one is gone.
    static KnowledgeBase changedKb()
    {
        KnowledgeBase kb = syntheticKb();
        kb.items[0].version += 1;
        kb.items[0].content.title = QStringLiteral("Titre révisé");
        Item added = kb.items[1];
        added.id = QStringLiteral("sync.added.item");
        added.translationGroup = added.id;
        kb.items.append(added);
        kb.items.removeAt(2);
        return kb;
    }

    void insertOutbox(const QString &store, const QString &uuid, const QString &type = QStringLiteral("feedback"))
    {
        auto s = Store::open(path(store));
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
        auto r = sql::exec((*s)->database(), QStringLiteral("INSERT INTO outbox (uuid, type, payload, created_at) VALUES (?, ?, ?, ?)"),
                           {uuid, type, QStringLiteral("{\"item_id\":\"x\",\"helpful\":true}"), QStringLiteral("2026-01-01T00:00:00Z")});
        QVERIFY(r.ok());
    }

    int receivedCount(const QString &uuid)
    {
        return int(hub({QStringLiteral("received")}).out.count(uuid));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = path(QStringLiteral("hub"));
        m_storage = QStringList{QStringLiteral("--data"), m_data};
#ifdef SOUFFLEUR_SYNC_POSTGRES
        SOUFFLEUR_START_POSTGRES(m_postgres);
        const QString created = m_postgres.createDatabase(QStringLiteral("hub"));
        QVERIFY2(created.isEmpty(), qPrintable(created));
        m_storage = QStringList{QStringLiteral("--db"), m_postgres.url(QStringLiteral("hub"))};
#endif
        QCOMPARE(hub({QStringLiteral("init")}).exitCode, 0);
        for (const auto &[name, role] : {std::pair{"admin", "admin"}, std::pair{"lead", "lead"}, std::pair{"agent", "agent"},
                                         std::pair{"leaver", "agent"}}) {
            const Run r = hub({QStringLiteral("user"), QStringLiteral("add"), QLatin1String(name), QStringLiteral("--role"),
                               QLatin1String(role)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QCOMPARE(r.lastLine().size(), 43);
            m_tokens.insert(QLatin1String(name), r.lastLine());
        }
        QVERIFY(BundleWriter::writeFile(syntheticKb(), path(QStringLiteral("v1.json"))).ok());
        const Run pub = hub({QStringLiteral("publish"), path(QStringLiteral("v1.json"))});
        QVERIFY2(pub.exitCode == 0, qPrintable(pub.err));

        m_hub.start(QStringLiteral(SOUFFLEUR_HUB), QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                                                               QStringLiteral("127.0.0.1:0")} + m_storage);
        QVERIFY(m_hub.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_hub.canReadLine(), 10000);
        const QString line = QString::fromUtf8(m_hub.readLine()).trimmed();
        QVERIFY2(line.startsWith(u"listening=127.0.0.1:"), qPrintable(line));
        m_port = quint16(line.section(QLatin1Char(':'), -1).toUInt());
        QVERIFY(m_port > 0);
    }

    void cleanupTestCase()
    {
        m_hub.kill();
        m_hub.waitForFinished();
    }

    void twoDesktopsConverge()
    {
        const Run a = sync(QStringLiteral("d1.sqlite"));
        QVERIFY2(a.exitCode == 0, qPrintable(a.out + a.err));
        const Run b = sync(QStringLiteral("d2.sqlite"));
        QVERIFY2(b.exitCode == 0, qPrintable(b.out + b.err));
        const QString h1 = contentHash(QStringLiteral("d1.sqlite"));
        QCOMPARE(h1.size(), 64);
        QCOMPARE(contentHash(QStringLiteral("d2.sqlite")), h1);
        // Publishing a bundle through the hub gives what importing it directly gives.
        QCOMPARE(kb(QStringLiteral("direct.sqlite"), {QStringLiteral("import"), path(QStringLiteral("v1.json"))}).exitCode, 0);
        QCOMPARE(contentHash(QStringLiteral("direct.sqlite")), h1);
        const auto status = keyValues(kb(QStringLiteral("d1.sqlite"), {QStringLiteral("status")}).out);
        QCOMPARE(status.value(QStringLiteral("checkpoint")), hubStatus().value(QStringLiteral("head")));

        // A changed bundle: one item gets a new version, one is new, one is gone (--prune).
        const KnowledgeBase kb2 = changedKb();
        const QString removed = syntheticKb().items[2].id;
        QVERIFY(BundleWriter::writeFile(kb2, path(QStringLiteral("v2.json"))).ok());
        const QString headBefore = hubStatus().value(QStringLiteral("head"));
        const Run pub = hub({QStringLiteral("publish"), path(QStringLiteral("v2.json")), QStringLiteral("--prune")});
        QVERIFY2(pub.exitCode == 0, qPrintable(pub.err));
        QCOMPARE(hubStatus().value(QStringLiteral("head")).toLongLong(), headBefore.toLongLong() + 3);
        // Publishing it again appends nothing.
        QCOMPARE(hub({QStringLiteral("publish"), path(QStringLiteral("v2.json")), QStringLiteral("--prune")}).exitCode, 0);
        QCOMPARE(hubStatus().value(QStringLiteral("head")).toLongLong(), headBefore.toLongLong() + 3);

        QCOMPARE(sync(QStringLiteral("d1.sqlite")).exitCode, 0);
        QCOMPARE(sync(QStringLiteral("d2.sqlite")).exitCode, 0);
        const QString h2 = contentHash(QStringLiteral("d1.sqlite"));
        QVERIFY(h2 != h1);
        QCOMPARE(contentHash(QStringLiteral("d2.sqlite")), h2);
        auto store = Store::open(path(QStringLiteral("d2.sqlite")));
        QVERIFY(store.ok());
        ContentRepository repo(**store);
        auto changed = repo.item(kb2.items[0].id);
        QVERIFY(changed.ok() && changed->has_value());
        QCOMPARE((*changed)->content.title, QStringLiteral("Titre révisé"));
        QCOMPARE((*changed)->history.size(), 1);  // the hub kept the replaced version in the history
        QVERIFY(repo.item(QStringLiteral("sync.added.item"))->has_value());
        QVERIFY(!repo.item(removed)->has_value());
    }

    void replayedPageChangesNothing()
    {
        // A page applied twice (a lost answer, a crash before the next request) changes nothing the second time.
        const HttpResult hello = http("GET", QStringLiteral("/v1/hello"));
        const HttpResult page = http("GET", QStringLiteral("/v1/changes?since=0&limit=5000"));
        QCOMPARE(page.status, 200);
        auto store = Store::open(path(QStringLiteral("replay.sqlite")));
        QVERIFY(store.ok());
        const QString hubId = hello.json.value(QStringLiteral("hub_id")).toString();
        const QString epoch = hello.json.value(QStringLiteral("epoch")).toString();
        QVERIFY((*store)->setMeta(sync::key::hubId(), hubId).ok());
        QVERIFY((*store)->setMeta(sync::key::epoch(), epoch).ok());
        QList<sync::RemoteChange> changes;
        const QJsonArray array = page.json.value(QStringLiteral("changes")).toArray();
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            changes.append({o.value(QStringLiteral("seq")).toInteger(), o.value(QStringLiteral("entity")).toString(),
                            o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("version")).toInteger(),
                            o.value(QStringLiteral("op")).toString() == u"tombstone", o.value(QStringLiteral("data")).toObject()});
        }
        sync::Replica replica(**store);
        auto first = replica.applyPage(hubId, epoch, changes, changes.constLast().seq);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().toString()));
        QCOMPARE(*first, int(changes.size()));
        const QString hash = *ContentRepository(**store).contentHash();
        auto second = replica.applyPage(hubId, epoch, changes, changes.constLast().seq);
        QVERIFY(second.ok());
        QCOMPARE(*second, 0);
        QCOMPARE(*ContentRepository(**store).contentHash(), hash);
        // Replaying the whole log from zero reaches the same content as the snapshot route.
        QCOMPARE(hash, contentHash(QStringLiteral("d1.sqlite")));
        // A page for another epoch is refused without a write.
        QVERIFY(!replica.applyPage(hubId, QStringLiteral("other-epoch"), changes, changes.constLast().seq).ok());
    }

    void outboxRecordReachesHubOnce()
    {
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        insertOutbox(QStringLiteral("d1.sqlite"), uuid);
        // The upload happens, but its answer is "lost": the desktop still has the record and sends it again.
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("records"), QJsonArray{QJsonObject{
            {QStringLiteral("uuid"), uuid}, {QStringLiteral("type"), QStringLiteral("feedback")},
            {QStringLiteral("payload"), QJsonObject{{QStringLiteral("item_id"), QStringLiteral("x")}}}}}}}).toJson();
        const HttpResult first = http("POST", QStringLiteral("/v1/outbox"), body);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QStringLiteral("receipts")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("accepted"));
        const Run r = sync(QStringLiteral("d1.sqlite"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 duplicate(s)")), qPrintable(r.out));
        QCOMPARE(keyValues(r.out).value(QStringLiteral("outbox")), QStringLiteral("0"));
        QCOMPARE(receivedCount(uuid), 1);

        // A plain upload from the other desktop: accepted, gone from its outbox, stored once.
        const QString uuid2 = QUuid::createUuid().toString(QUuid::WithoutBraces);
        insertOutbox(QStringLiteral("d2.sqlite"), uuid2, QStringLiteral("usage"));
        const Run r2 = sync(QStringLiteral("d2.sqlite"));
        QVERIFY2(r2.exitCode == 0, qPrintable(r2.out + r2.err));
        QVERIFY(r2.out.contains(QStringLiteral("1 record(s) uploaded")));
        QCOMPARE(sync(QStringLiteral("d2.sqlite")).exitCode, 0);
        QCOMPARE(receivedCount(uuid2), 1);

        // A record the hub refuses stays in the outbox and the sync says so (exit 5).
        const QString bad = QUuid::createUuid().toString(QUuid::WithoutBraces);
        insertOutbox(QStringLiteral("d2.sqlite"), bad, QStringLiteral("no_such_type"));
        const Run r3 = sync(QStringLiteral("d2.sqlite"));
        QCOMPARE(r3.exitCode, 5);
        QVERIFY(r3.err.contains(QStringLiteral("unknown_type")));
        QCOMPARE(keyValues(r3.out).value(QStringLiteral("outbox")), QStringLiteral("1"));
        QCOMPARE(receivedCount(bad), 0);
        auto store = Store::open(path(QStringLiteral("d2.sqlite")));
        QVERIFY(sql::exec((*store)->database(), QStringLiteral("DELETE FROM outbox")).ok());
    }

    void reviewOutcomeReachesTheDesktop()
    {
        // The agent suggests an edit; it goes up with the next sync.
        QString uuid;
        Item item;
        {
            auto store = Store::open(path(QStringLiteral("d1.sqlite")));
            QVERIFY(store.ok());
            auto base = ContentRepository(**store).item(syntheticKb().items[5].id);
            QVERIFY(base.ok() && base->has_value());
            item = **base;
            ItemContent proposed = item.content;
            proposed.title += QStringLiteral(" (révisé)");
            auto recorded = FeedbackRecorder(**store).suggestEdit(item, proposed, QStringLiteral("Le titre est trompeur"));
            QVERIFY2(recorded.ok(), recorded.ok() ? "" : qPrintable(recorded.error().toString()));
            uuid = recorded->uuid;
        }
        Run r = sync(QStringLiteral("d1.sqlite"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(keyValues(r.out).value(QStringLiteral("outcomes")), QStringLiteral("0"));  // nobody decided yet
        const QByteArray ask = QJsonDocument(QJsonObject{{QStringLiteral("uuids"), QJsonArray{uuid}}}).toJson();
        HttpResult asked = http("POST", QStringLiteral("/v1/outcomes"), ask);
        QCOMPARE(asked.status, 200);
        QCOMPARE(asked.json.value(QStringLiteral("outcomes")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("received"));
        // Someone else's record is not theirs to know about.
        asked = http("POST", QStringLiteral("/v1/outcomes"), ask, QStringLiteral("lead"));
        QCOMPARE(asked.json.value(QStringLiteral("outcomes")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("unknown"));
        QCOMPARE(http("POST", QStringLiteral("/v1/outcomes"), "{\"uuids\": [\"not-a-uuid\"]}").status, 400);

        // A lead declines it with a note; the next sync tells the desktop, which shows it on the item.
        QCOMPARE(hub({QStringLiteral("review"), QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("--accept")}).exitCode, 1);
        const Run review = hub({QStringLiteral("review"), uuid, QStringLiteral("--decline"), QStringLiteral("--note"),
                                QStringLiteral("Le titre suit la charte")});
        QVERIFY2(review.exitCode == 0, qPrintable(review.err));
        r = sync(QStringLiteral("d1.sqlite"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(keyValues(r.out).value(QStringLiteral("outcomes")), QStringLiteral("1"));
        auto store = Store::open(path(QStringLiteral("d1.sqlite")));
        QVERIFY(store.ok());
        auto state = FeedbackRecorder(**store).state(item.id, item.version);
        QVERIFY(state.ok());
        QVERIFY(!state->suggestionPending);
        QCOMPARE(state->suggestionOutcome, QStringLiteral("declined"));
        QCOMPARE(state->outcomeNote, QStringLiteral("Le titre suit la charte"));
        // Asked once: the next pass has nothing left to ask.
        r = sync(QStringLiteral("d1.sqlite"));
        QCOMPARE(keyValues(r.out).value(QStringLiteral("outcomes")), QStringLiteral("0"));
    }

    void outcomesAreAskedAtMostEveryInterval()
    {
        // The desktop app asks about reviews at most every few minutes; the command line at every pass.
        QString uuid;
        {
            auto store = Store::open(path(QStringLiteral("d1.sqlite")));
            QVERIFY(store.ok());
            auto base = ContentRepository(**store).item(syntheticKb().items[6].id);
            QVERIFY(base.ok() && base->has_value());
            ItemContent proposed = (*base)->content;
            proposed.title += QStringLiteral(" (bis)");
            auto recorded = FeedbackRecorder(**store).suggestEdit(**base, proposed, QStringLiteral("Plus clair"));
            QVERIFY(recorded.ok());
            uuid = recorded->uuid;
        }
        QCOMPARE(sync(QStringLiteral("d1.sqlite")).exitCode, 0);  // uploads it and asks: nobody decided yet
        QCOMPARE(hub({QStringLiteral("review"), uuid, QStringLiteral("--accept")}).exitCode, 0);
        auto store = Store::open(path(QStringLiteral("d1.sqlite")));
        QVERIFY(store.ok());
        sync::SyncOptions options;
        options.hub = QUrl(hubUrl());
        options.token = m_tokens.value(QStringLiteral("agent"));
        options.outcomeCheckIntervalMs = 3600000;
        sync::SyncOutcome outcome = sync::SyncEngine::runBlocking(**store, options);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(outcome.outcomes, 0);  // asked a moment ago
        options.outcomeCheckIntervalMs = 0;
        outcome = sync::SyncEngine::runBlocking(**store, options);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QCOMPARE(outcome.outcomes, 1);
    }

    void rolesAndTokens()
    {
        const QByteArray bundle = [this] {
            QFile f(path(QStringLiteral("v2.json")));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!bundle.isEmpty());
        const QString head = hubStatus().value(QStringLiteral("head"));
        HttpResult r = http("POST", QStringLiteral("/v1/publish?prune=1"), bundle, QStringLiteral("agent"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), QStringLiteral("forbidden"));
        r = http("POST", QStringLiteral("/v1/publish?prune=1"), bundle, QStringLiteral("lead"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("puts")).toInt(), 0);  // same bundle: nothing new
        QCOMPARE(hubStatus().value(QStringLiteral("head")), head);

        r = http("GET", QStringLiteral("/v1/hello"), {}, {}, QByteArrayLiteral("Bearer not-a-token"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QStringLiteral("invalid_token"));
        r = http("GET", QStringLiteral("/v1/changes?since=0"), {}, {}, QByteArray(""));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QStringLiteral("unauthorized"));

        QCOMPARE(http("GET", QStringLiteral("/v1/hello"), {}, QStringLiteral("leaver")).status, 200);
        QCOMPARE(hub({QStringLiteral("user"), QStringLiteral("revoke"), QStringLiteral("leaver")}).exitCode, 0);
        r = http("GET", QStringLiteral("/v1/hello"), {}, QStringLiteral("leaver"));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), QStringLiteral("token_revoked"));
        const Run s = sync(QStringLiteral("d1.sqlite"), QStringLiteral("leaver"));
        QCOMPARE(s.exitCode, 3);
        QVERIFY(s.out.contains(QStringLiteral("sync=auth_failed")));
    }

    void malformedRequestsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        const QString admin = QStringLiteral("admin");
        const QString agent = QStringLiteral("agent");
        QTest::newRow("outbox not json") << QByteArray("POST") << u"/v1/outbox"_qs << QByteArray("{records: oops") << agent << 400 << u"invalid_json"_qs;
        QTest::newRow("outbox records not array") << QByteArray("POST") << u"/v1/outbox"_qs << QByteArray("{\"records\": 5}") << agent << 400 << u"invalid_request"_qs;
        QTest::newRow("outbox top-level array") << QByteArray("POST") << u"/v1/outbox"_qs << QByteArray("[]") << agent << 400 << u"invalid_request"_qs;
        QTest::newRow("publish not json") << QByteArray("POST") << u"/v1/publish"_qs << QByteArray("\x01\x02garbage") << admin << 400 << u"invalid_bundle"_qs;
        QTest::newRow("publish wrong types") << QByteArray("POST") << u"/v1/publish"_qs
            << QByteArray(R"({"format":"souffleur-kb-bundle","format_version":1,"default_locale":"fr-FR","locales":"fr-FR","categories":{},"items":[{"id":5}]})")
            << admin << 400 << u"invalid_bundle"_qs;
        QTest::newRow("publish bad prune") << QByteArray("POST") << u"/v1/publish?prune=yes"_qs << QByteArray("{}") << admin << 400 << u"invalid_parameter"_qs;
        QTest::newRow("changes since text") << QByteArray("GET") << u"/v1/changes?since=abc"_qs << QByteArray() << agent << 400 << u"invalid_parameter"_qs;
        QTest::newRow("changes since negative") << QByteArray("GET") << u"/v1/changes?since=-1"_qs << QByteArray() << agent << 400 << u"invalid_parameter"_qs;
        QTest::newRow("changes limit zero") << QByteArray("GET") << u"/v1/changes?since=0&limit=0"_qs << QByteArray() << agent << 400 << u"invalid_parameter"_qs;
        QTest::newRow("unknown endpoint") << QByteArray("GET") << u"/v1/nope"_qs << QByteArray() << agent << 404 << u"not_found"_qs;
        QTest::newRow("wrong method") << QByteArray("DELETE") << u"/v1/changes"_qs << QByteArray() << agent << 405 << u"method_not_allowed"_qs;
        QTest::newRow("over-size outbox") << QByteArray("POST") << u"/v1/outbox"_qs << QByteArray(8 * 1024 * 1024 + 1000, ' ') << agent << 413 << u"payload_too_large"_qs;
        QTest::newRow("over-size publish") << QByteArray("POST") << u"/v1/publish"_qs << QByteArray(8 * 1024 * 1024 + 1000, ' ') << admin << 413 << u"payload_too_large"_qs;
    }

    void malformedRequestsChangeNothing()
    {
        QFETCH(QByteArray, verb);
        QFETCH(QString, target);
        QFETCH(QByteArray, body);
        QFETCH(QString, user);
        QFETCH(int, status);
        QFETCH(QString, code);
        const auto before = hubStatus();
        const HttpResult r = http(verb, target, body, user);
        QCOMPARE(r.status, status);
        QCOMPARE(r.code(), code);
        QVERIFY(!r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(hubStatus(), before);
    }

    void invalidRecordsAreRejectedOneByOne()
    {
        const QString good = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("records"), QJsonArray{
            QJsonObject{{QStringLiteral("uuid"), QStringLiteral("not-a-uuid")}, {QStringLiteral("type"), QStringLiteral("feedback")},
                        {QStringLiteral("payload"), QJsonObject{}}},
            QJsonObject{{QStringLiteral("uuid"), good}, {QStringLiteral("type"), QStringLiteral("feedback")},
                        {QStringLiteral("payload"), QStringLiteral("a string")}},
            QJsonValue(42)}}}).toJson();
        const HttpResult r = http("POST", QStringLiteral("/v1/outbox"), body);
        QCOMPARE(r.status, 200);
        const QJsonArray receipts = r.json.value(QStringLiteral("receipts")).toArray();
        QCOMPARE(receipts.size(), 3);
        QCOMPARE(receipts.at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("invalid_uuid"));
        QCOMPARE(receipts.at(1).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("payload_not_object"));
        QCOMPARE(receipts.at(2).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("not_an_object"));
        QCOMPARE(receivedCount(good), 0);
    }

    void noChangePollIsSmall()
    {
        const auto status = hubStatus();
        // A raw socket, to count every byte on the wire both ways, as the desktop's poll sends it.
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray request = "GET /v1/changes?since=" + status.value(QStringLiteral("head")).toUtf8() + "&limit=500&epoch="
                                   + status.value(QStringLiteral("epoch")).toUtf8() + " HTTP/1.1\r\n"
                                   "Host: 127.0.0.1:" + QByteArray::number(m_port) + "\r\n"
                                   "Authorization: Bearer " + m_tokens.value(QStringLiteral("agent")).toUtf8() + "\r\n"
                                   "Accept: application/json\r\nAccept-Encoding: gzip, deflate\r\n"
                                   "User-Agent: souffleur/" SOUFFLEUR_VERSION "\r\n\r\n";
        socket.write(request);
        QByteArray response;
        while (!response.contains("\r\n\r\n") || response.size() < response.indexOf("\r\n\r\n") + 4 +
                   response.mid(response.toLower().indexOf("content-length:") + 15, 12).split('\r').value(0).trimmed().toInt()) {
            QVERIFY(socket.waitForReadyRead(5000));
            response += socket.readAll();
        }
        qInfo("no-change poll: request %lld bytes, response %lld bytes, total %lld bytes on the wire (HTTP/1.1, "
              "before TCP/IP headers)", qint64(request.size()), qint64(response.size()), qint64(request.size() + response.size()));
        QVERIFY(response.startsWith("HTTP/1.1 200"));
        QVERIFY(response.contains("\"changes\":[]"));
        QVERIFY(request.size() + response.size() < 1024);

        // A page with content is gzip-compressed when the client accepts it.
        const HttpResult page = http("GET", QStringLiteral("/v1/changes?since=0&limit=50"));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.contentEncoding, QByteArray("gzip"));
        QCOMPARE(page.json.value(QStringLiteral("changes")).toArray().size(), 50);
        QVERIFY(page.json.value(QStringLiteral("more")).toBool());
    }

    void resyncAfterCompaction()
    {
        // d3 catches up, keeps a pending record, then falls behind a compacted log.
        QCOMPARE(sync(QStringLiteral("d3.sqlite")).exitCode, 0);
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        insertOutbox(QStringLiteral("d3.sqlite"), uuid);
        KnowledgeBase kb3 = changedKb();
        kb3.items[5].version += 1;
        kb3.items[5].content.title = QStringLiteral("Après compaction");
        QVERIFY(BundleWriter::writeFile(kb3, path(QStringLiteral("v3.json"))).ok());
        QCOMPARE(hub({QStringLiteral("publish"), path(QStringLiteral("v3.json"))}).exitCode, 0);
        const Run c = hub({QStringLiteral("compact"), QStringLiteral("--keep"), QStringLiteral("0")});
        QCOMPARE(c.exitCode, 0);
        QCOMPARE(keyValues(c.out).value(QStringLiteral("floor")), hubStatus().value(QStringLiteral("head")));

        const QString behind = keyValues(kb(QStringLiteral("d3.sqlite"), {QStringLiteral("status")}).out).value(QStringLiteral("checkpoint"));
        const HttpResult gone = http("GET", QStringLiteral("/v1/changes?since=") + behind);
        QCOMPARE(gone.status, 410);
        QCOMPARE(gone.code(), QStringLiteral("resync_required"));

        const Run r = sync(QStringLiteral("d3.sqlite"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 snapshot(s)")), qPrintable(r.out));
        QCOMPARE(receivedCount(uuid), 1);  // the outbox survived the resync and went up
        QCOMPARE(sync(QStringLiteral("d1.sqlite")).exitCode, 0);
        QCOMPARE(contentHash(QStringLiteral("d3.sqlite")), contentHash(QStringLiteral("d1.sqlite")));
        auto store = Store::open(path(QStringLiteral("d3.sqlite")));
        QCOMPARE((*ContentRepository(**store).item(kb3.items[5].id))->content.title, QStringLiteral("Après compaction"));
    }

    void newEpochAfterRestoreResyncs()
    {
        // The hub's data is restored from a backup (here: the same data) and an administrator starts a new epoch:
        // desktops resynchronise from a snapshot, keep their outbox, and end at the same content.
        QCOMPARE(sync(QStringLiteral("d1.sqlite")).exitCode, 0);
        const QString hash = contentHash(QStringLiteral("d1.sqlite"));
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        insertOutbox(QStringLiteral("d1.sqlite"), uuid);
        const QString before = hubStatus().value(QStringLiteral("epoch"));
        const Run e = hub({QStringLiteral("new-epoch")});
        QVERIFY2(e.exitCode == 0, qPrintable(e.err));
        QVERIFY(keyValues(e.out).value(QStringLiteral("epoch")) != before);
        QCOMPARE(hubStatus().value(QStringLiteral("epoch")), keyValues(e.out).value(QStringLiteral("epoch")));
        const Run r = sync(QStringLiteral("d1.sqlite"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(keyValues(r.out).value(QStringLiteral("snapshots")), QStringLiteral("1"));
        QCOMPARE(contentHash(QStringLiteral("d1.sqlite")), hash);
        QCOMPARE(receivedCount(uuid), 1);
    }

    // A pass that fails while writing what the hub answered records the failure (sync.failures, sync.last_error,
    // read by the desktop's back-off) after that write's transaction ended: the bookkeeping is not rolled back with it.
    void failureBookkeepingSurvivesAFailedReceiptWrite()
    {
        const QString store = QStringLiteral("bookkeeping.sqlite");
        QCOMPARE(sync(store).exitCode, 0);
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        insertOutbox(store, uuid);
        {
            auto s = Store::open(path(store));
            QVERIFY(s.ok());
            QCOMPARE((*s)->meta(sync::key::failures()), QStringLiteral("0"));
            // The hub accepts the record, but the desktop cannot delete it from its outbox.
            QVERIFY(sql::exec((*s)->database(), QStringLiteral("CREATE TRIGGER keep_outbox BEFORE DELETE ON outbox "
                                                               "BEGIN SELECT RAISE(ABORT, 'outbox locked by the test'); END")).ok());
        }
        const Run r = sync(store);
        QVERIFY2(r.out.contains(QStringLiteral("sync=fatal")), qPrintable(r.out + r.err));
        auto s = Store::open(path(store));
        QVERIFY(s.ok());
        QCOMPARE((*s)->meta(sync::key::failures()), QStringLiteral("1"));
        QVERIFY2((*s)->meta(sync::key::lastError()).contains(QStringLiteral("outbox locked by the test")),
                 qPrintable((*s)->meta(sync::key::lastError())));
        auto left = sql::scalar((*s)->database(), QStringLiteral("SELECT count(*) FROM outbox WHERE uuid = ?"), {uuid});
        QVERIFY(left.ok());
        QCOMPARE(left->toInt(), 1);  // nothing lost: it goes again (a duplicate) once the store is writable
    }

    void unreachableHubIsRetryLater()
    {
        const Run r = kb(QStringLiteral("d1.sqlite"), {QStringLiteral("sync"), QStringLiteral("--hub"),
                                                       QStringLiteral("http://127.0.0.1:1"), QStringLiteral("--token"),
                                                       QStringLiteral("x"), QStringLiteral("--retries"), QStringLiteral("2")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.out.contains(QStringLiteral("sync=retry_later")));
        QVERIFY(r.out.contains(QStringLiteral("1 retry(ies)")));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
