// SPDX-License-Identifier: GPL-3.0-or-later
// Site relay end to end: a central souffleur-hub process, a `souffleur-hub relay` process mirroring it, desktops
// (souffleur-kb processes) syncing through one, the other or an offline bundle, and switching between them.
#include "ProcessRun.h"
#include "bench/SyntheticKnowledge.h"
#include "bundle/BundleWriter.h"
#include "feedback/FeedbackRecorder.h"
#include "store/ContentRepository.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <tuple>

using namespace souffleur;
using souffleur::test::keyValues;
using souffleur::test::Run;
using souffleur::test::run;

class TestRelay final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QProcess m_central;
    QProcess m_relay;
    quint16 m_centralPort = 0;
    quint16 m_relayPort = 0;
    QMap<QString, QString> m_tokens;
    QNetworkAccessManager m_network;
    int m_version = 1;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString centralUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_centralPort); }
    QString relayUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_relayPort); }

    Run central(QStringList args) { return run(QStringLiteral(SOUFFLEUR_HUB), args << QStringLiteral("--data") << path(QStringLiteral("central"))); }
    Run relayTool(QStringList args) { return run(QStringLiteral(SOUFFLEUR_HUB), args << QStringLiteral("--data") << path(QStringLiteral("relay"))); }
    Run kb(const QString &store, const QStringList &args)
    {
        return run(QStringLiteral(SOUFFLEUR_KB), QStringList{QStringLiteral("--store"), path(store)} + args);
    }
    Run sync(const QString &store, const QString &url, const QString &user)
    {
        return kb(store, {QStringLiteral("sync"), QStringLiteral("--hub"), url, QStringLiteral("--token"), m_tokens.value(user),
                          QStringLiteral("--retries"), QStringLiteral("2")});
    }
    QMap<QString, QString> centralStatus() { return keyValues(central({QStringLiteral("status")}).out); }
    QMap<QString, QString> relayStatus() { return keyValues(relayTool({QStringLiteral("status")}).out); }
    QMap<QString, QString> kbStatus(const QString &store) { return keyValues(kb(store, {QStringLiteral("status")}).out); }
    QString contentHash(const QString &store) { return kbStatus(store).value(QStringLiteral("content_hash")); }
    // The lines of `souffleur-hub received` at the central hub naming this record.
    QStringList receivedAtCentral(const QString &uuid)
    {
        return central({QStringLiteral("received")}).out.split(QLatin1Char('\n')).filter(uuid);
    }

    // A new version of the synthetic knowledge base: one more item gets a new title each time.
    void publishNextVersion()
    {
        SyntheticSizes sizes;
        sizes.articles = 60;
        sizes.replies = 20;
        sizes.procedures = 8;
        sizes.categories = 12;
        sizes.tickets = 80;
        sizes.seed = 11;
        KnowledgeBase kb = SyntheticKnowledge(sizes).build();
        for (int i = 1; i < m_version; ++i) {
            kb.items[i].version += 1;
            kb.items[i].content.title = QStringLiteral("Révision %1").arg(i);
        }
        const QString file = path(QStringLiteral("v%1.json").arg(m_version));
        QVERIFY(BundleWriter::writeFile(kb, file).ok());
        const Run pub = central({QStringLiteral("publish"), file});
        QVERIFY2(pub.exitCode == 0, qPrintable(pub.err));
        ++m_version;
    }

    static quint16 startAndReadPort(QProcess &process, const QStringList &args)
    {
        // Their log goes to the test's output (read by nobody, a pipe would fill up and block the process).
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QStringLiteral(SOUFFLEUR_HUB), args);
        if (!process.waitForStarted())
            return 0;
        QElapsedTimer timer;
        timer.start();
        while (!process.canReadLine() && timer.elapsed() < 20000 && process.state() == QProcess::Running)
            process.waitForReadyRead(200);
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        if (!line.startsWith(u"listening=127.0.0.1:")) {
            qWarning() << "no listening line:" << line;
            return 0;
        }
        return quint16(line.section(QLatin1Char(':'), -1).toUInt());
    }

    // Starts the relay (again) on its folder, with this upstream.
    bool startRelay(const QString &upstream)
    {
        m_relay.kill();
        m_relay.waitForFinished();
        m_relayPort = startAndReadPort(m_relay, {QStringLiteral("relay"), QStringLiteral("--upstream"), upstream,
                                                 QStringLiteral("--token"), m_tokens.value(QStringLiteral("site")),
                                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                                 QStringLiteral("--interval"), QStringLiteral("0.3"),
                                                 QStringLiteral("--data"), path(QStringLiteral("relay"))});
        return m_relayPort != 0;
    }

    // A port nothing listens on.
    static quint16 deadPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        return server.serverPort();  // closed when `server` goes
    }

    bool relayCaughtUp()
    {
        const auto r = relayStatus();
        return r.value(QStringLiteral("head")) == centralStatus().value(QStringLiteral("head"))
               && r.value(QStringLiteral("forward_pending")) == u"0";
    }

    void insertOutbox(const QString &store, const QString &uuid)
    {
        auto s = Store::open(path(store));
        QVERIFY(s.ok());
        QVERIFY(sql::exec((*s)->database(), QStringLiteral("INSERT INTO outbox (uuid, type, payload, created_at) VALUES (?, ?, ?, ?)"),
                          {uuid, QStringLiteral("feedback"), QStringLiteral("{\"item_id\":\"x\",\"kind\":\"helpful\",\"helpful\":true}"),
                           QStringLiteral("2026-12-01T00:00:00Z")}).ok());
    }

    static QString integrityCheck(const QString &file)
    {
        QString result;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
            db.setDatabaseName(file);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                    result = q.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
        return result;
    }

    int http(const QByteArray &verb, const QString &url, const QString &user, const QByteArray &body = {}, QString *code = nullptr,
             QJsonObject *answer = nullptr)
    {
        QNetworkRequest req{QUrl(url)};
        req.setRawHeader("Authorization", "Bearer " + m_tokens.value(user, QStringLiteral("nope")).toUtf8());
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(req, verb, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        if (code)
            *code = json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
        if (answer)
            *answer = json;
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(central({QStringLiteral("init")}).exitCode, 0);
        for (const auto &[name, role] : {std::pair{"admin", "admin"}, std::pair{"alice", "agent"}, std::pair{"bob", "agent"},
                                         std::pair{"carol", "agent"}, std::pair{"site", "relay"}}) {
            const Run r = central({QStringLiteral("user"), QStringLiteral("add"), QLatin1String(name), QStringLiteral("--role"),
                                   QLatin1String(role)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            m_tokens.insert(QLatin1String(name), r.lastLine());
        }
        publishNextVersion();
        m_centralPort = startAndReadPort(m_central, {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                                     QStringLiteral("--data"), path(QStringLiteral("central"))});
        QVERIFY(m_centralPort != 0);
        QVERIFY(startRelay(centralUrl()));
        QFile key(path(QStringLiteral("site.key")));
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("relay-test-site-key-0123456789abcdef\n");
    }

    void cleanupTestCase()
    {
        for (QProcess *p : {&m_relay, &m_central}) {
            p->kill();
            p->waitForFinished();
        }
    }

    void relayMirrorsTheCentralLog()
    {
        const auto c = centralStatus();
        QTRY_VERIFY_WITH_TIMEOUT(relayCaughtUp(), 20000);
        const auto r = relayStatus();
        // The same hub, epoch and sequence numbers: a desktop can move between the two.
        QCOMPARE(r.value(QStringLiteral("hub_id")), c.value(QStringLiteral("hub_id")));
        QCOMPARE(r.value(QStringLiteral("epoch")), c.value(QStringLiteral("epoch")));
        QCOMPARE(r.value(QStringLiteral("floor")), QStringLiteral("0"));  // the whole log, replayed
        QCOMPARE(r.value(QStringLiteral("relay_mirrored")), QStringLiteral("1"));
        QCOMPARE(r.value(QStringLiteral("users")), c.value(QStringLiteral("users")));
    }

    void relayCentralAndBundlePathsConverge()
    {
        const QStringList withKey{QStringLiteral("--key-file"), path(QStringLiteral("site.key"))};
        for (int round = 0; round < 2; ++round) {
            if (round == 1) {
                publishNextVersion();
                QTRY_VERIFY_WITH_TIMEOUT(relayCaughtUp(), 20000);
            }
            const Run viaRelay = sync(QStringLiteral("lan.sqlite"), relayUrl(), QStringLiteral("alice"));
            QVERIFY2(viaRelay.exitCode == 0, qPrintable(viaRelay.out + viaRelay.err));
            const Run viaCentral = sync(QStringLiteral("wan.sqlite"), centralUrl(), QStringLiteral("bob"));
            QVERIFY2(viaCentral.exitCode == 0, qPrintable(viaCentral.out + viaCentral.err));
            const QString since = kbStatus(QStringLiteral("offline.sqlite")).value(QStringLiteral("checkpoint"), QStringLiteral("0"));
            const QString bundle = path(QStringLiteral("changes-%1.bundle").arg(round));
            const Run exported = central(QStringList{QStringLiteral("export-changes"), QStringLiteral("--since"),
                                                     since.isEmpty() ? QStringLiteral("0") : since, bundle} + withKey);
            QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
            const Run imported = kb(QStringLiteral("offline.sqlite"), QStringList{QStringLiteral("import-changes"), bundle} + withKey);
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.out + imported.err));

            const QString hash = contentHash(QStringLiteral("wan.sqlite"));
            QCOMPARE(hash.size(), 64);
            QCOMPARE(contentHash(QStringLiteral("lan.sqlite")), hash);
            QCOMPARE(contentHash(QStringLiteral("offline.sqlite")), hash);
            const QString head = centralStatus().value(QStringLiteral("head"));
            for (const char *store : {"lan.sqlite", "wan.sqlite", "offline.sqlite"})
                QCOMPARE(kbStatus(QLatin1String(store)).value(QStringLiteral("checkpoint")), head);
        }
    }

    void uploadThroughRelayReachesCentralOnce()
    {
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        insertOutbox(QStringLiteral("lan.sqlite"), uuid);
        const Run up = sync(QStringLiteral("lan.sqlite"), relayUrl(), QStringLiteral("alice"));
        QVERIFY2(up.exitCode == 0, qPrintable(up.out + up.err));
        QCOMPARE(keyValues(up.out).value(QStringLiteral("outbox")), QStringLiteral("0"));
        // Forwarded at once (the upload wakes the relay), in the desktop user's name.
        QTRY_COMPARE_WITH_TIMEOUT(receivedAtCentral(uuid).size(), 1, 20000);
        QVERIFY2(receivedAtCentral(uuid).constFirst().endsWith(u"\talice"), qPrintable(receivedAtCentral(uuid).constFirst()));
        QTRY_COMPARE_WITH_TIMEOUT(relayStatus().value(QStringLiteral("forward_pending")), QStringLiteral("0"), 20000);

        // The same record again (as after a lost receipt), once through the central hub and once through the relay.
        insertOutbox(QStringLiteral("lan.sqlite"), uuid);
        QCOMPARE(sync(QStringLiteral("lan.sqlite"), centralUrl(), QStringLiteral("alice")).exitCode, 0);
        insertOutbox(QStringLiteral("lan.sqlite"), uuid);
        const Run again = sync(QStringLiteral("lan.sqlite"), relayUrl(), QStringLiteral("alice"));
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(u"1 duplicate(s)"), qPrintable(again.out));
        // Whatever the relay queued from these uploads has gone upstream (its forward queue is empty again): the
        // central hub still holds the record once.
        QTRY_COMPARE_WITH_TIMEOUT(relayStatus().value(QStringLiteral("forward_pending")), QStringLiteral("0"), 20000);
        QCOMPARE(receivedAtCentral(uuid).size(), 1);
    }

    void switchingHubsNeedsNoResync()
    {
        // Both desktops are at the same sequence numbers on both hubs: switching is a plain poll.
        for (const auto &[store, url] : {std::pair{"wan.sqlite", 1}, std::pair{"lan.sqlite", 0}}) {
            const Run r = sync(QLatin1String(store), url ? relayUrl() : centralUrl(), QStringLiteral("alice"));
            QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
            QCOMPARE(keyValues(r.out).value(QStringLiteral("snapshots")), QStringLiteral("0"));
        }
    }

    void relayOfflineAndKilledLosesNothing()
    {
        // The relay falls behind: killed, then restarted with its upstream unreachable, while the central hub
        // publishes and a desktop catches up there.
        m_relay.kill();
        m_relay.waitForFinished();
        publishNextVersion();
        QCOMPARE(sync(QStringLiteral("wan.sqlite"), centralUrl(), QStringLiteral("bob")).exitCode, 0);
        const auto ahead = kbStatus(QStringLiteral("wan.sqlite"));
        QVERIFY(startRelay(QStringLiteral("http://127.0.0.1:%1").arg(deadPort())));  // serves from its mirror at once
        QVERIFY(relayStatus().value(QStringLiteral("head")).toLongLong() < ahead.value(QStringLiteral("checkpoint")).toLongLong());

        // A desktop ahead of the relay polls it: nothing to do, nothing lost, no resync.
        const Run behind = sync(QStringLiteral("wan.sqlite"), relayUrl(), QStringLiteral("bob"));
        QVERIFY2(behind.exitCode == 0, qPrintable(behind.out + behind.err));
        QCOMPARE(keyValues(behind.out).value(QStringLiteral("snapshots")), QStringLiteral("0"));
        QCOMPARE(kbStatus(QStringLiteral("wan.sqlite")), ahead);

        // An upload while the relay cannot reach the central hub: stored by the relay, then the relay is killed.
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        insertOutbox(QStringLiteral("wan.sqlite"), uuid);
        const Run up = sync(QStringLiteral("wan.sqlite"), relayUrl(), QStringLiteral("bob"));
        QVERIFY2(up.exitCode == 0, qPrintable(up.out + up.err));
        QCOMPARE(relayStatus().value(QStringLiteral("forward_pending")), QStringLiteral("1"));
        QVERIFY(receivedAtCentral(uuid).isEmpty());
        m_relay.kill();
        m_relay.waitForFinished();
        QCOMPARE(integrityCheck(path(QStringLiteral("relay/hub.sqlite"))), QStringLiteral("ok"));

        // Back with the link: the relay catches up and forwards, exactly once, in bob's name.
        QVERIFY(startRelay(centralUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(relayCaughtUp(), 20000);
        QCOMPARE(receivedAtCentral(uuid).size(), 1);
        QVERIFY(receivedAtCentral(uuid).constFirst().endsWith(u"\tbob"));
        QCOMPARE(sync(QStringLiteral("lan.sqlite"), relayUrl(), QStringLiteral("alice")).exitCode, 0);
        QCOMPARE(contentHash(QStringLiteral("lan.sqlite")), contentHash(QStringLiteral("wan.sqlite")));
    }

    void relayRecopiesAfterCompactionAndDesktopsFollow()
    {
        // The relay is down while the central hub publishes and compacts its log past the relay's head: the relay
        // copies a snapshot, and a desktop behind it resynchronises from the relay.
        m_relay.kill();
        m_relay.waitForFinished();
        const QString lanBefore = kbStatus(QStringLiteral("lan.sqlite")).value(QStringLiteral("checkpoint"));
        publishNextVersion();
        QCOMPARE(central({QStringLiteral("compact"), QStringLiteral("--keep"), QStringLiteral("0")}).exitCode, 0);
        QVERIFY(startRelay(centralUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(relayCaughtUp(), 20000);
        QCOMPARE(relayStatus().value(QStringLiteral("floor")), centralStatus().value(QStringLiteral("head")));
        QVERIFY(lanBefore.toLongLong() < centralStatus().value(QStringLiteral("floor")).toLongLong());
        const Run lan = sync(QStringLiteral("lan.sqlite"), relayUrl(), QStringLiteral("alice"));
        QVERIFY2(lan.exitCode == 0, qPrintable(lan.out + lan.err));
        QCOMPARE(keyValues(lan.out).value(QStringLiteral("snapshots")), QStringLiteral("1"));
        QCOMPARE(sync(QStringLiteral("wan.sqlite"), centralUrl(), QStringLiteral("bob")).exitCode, 0);
        QCOMPARE(contentHash(QStringLiteral("lan.sqlite")), contentHash(QStringLiteral("wan.sqlite")));
        // A brand-new desktop on the site LAN gets the same content from the relay alone.
        QCOMPARE(sync(QStringLiteral("new.sqlite"), relayUrl(), QStringLiteral("carol")).exitCode, 0);
        QCOMPARE(contentHash(QStringLiteral("new.sqlite")), contentHash(QStringLiteral("wan.sqlite")));
    }

    void reviewOutcomeThroughTheRelay()
    {
        QString uuid;
        Item item;
        {
            auto store = Store::open(path(QStringLiteral("lan.sqlite")));
            QVERIFY(store.ok());
            auto items = ContentRepository(**store).items();
            QVERIFY(items.ok() && !items->isEmpty());
            item = items->constFirst();
            ItemContent proposed = item.content;
            proposed.title += QStringLiteral(" (corrected)");
            auto recorded = FeedbackRecorder(**store).suggestEdit(item, proposed, QStringLiteral("Wrong product name"));
            QVERIFY(recorded.ok());
            uuid = recorded->uuid;
        }
        QCOMPARE(sync(QStringLiteral("lan.sqlite"), relayUrl(), QStringLiteral("alice")).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(receivedAtCentral(uuid).size(), 1, 20000);
        const Run review = central({QStringLiteral("review"), uuid, QStringLiteral("--accept"), QStringLiteral("--note"),
                                    QStringLiteral("Published in the next version")});
        QVERIFY2(review.exitCode == 0, qPrintable(review.err));
        // The relay learns the decision in its next cycle and tells the desktop at its next sync.
        int learnt = 0;
        const auto syncAndRead = [&]() -> QString {
            learnt += keyValues(sync(QStringLiteral("lan.sqlite"), relayUrl(), QStringLiteral("alice")).out)
                          .value(QStringLiteral("outcomes")).toInt();
            auto store = Store::open(path(QStringLiteral("lan.sqlite")));
            auto state = FeedbackRecorder(**store).state(item.id, item.version);
            return state.ok() ? state->suggestionOutcome + QLatin1Char('|') + state->outcomeNote : state.error().toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(syncAndRead(), QStringLiteral("accepted|Published in the next version"), 20000);
        QCOMPARE(learnt, 1);  // learnt once, then no longer asked
        QCOMPARE(relayTool({QStringLiteral("review"), uuid, QStringLiteral("--decline")}).exitCode, 1);  // leads review centrally
    }

    void rolesAndTokensThroughTheRelay()
    {
        QString code;
        // Publishing happens at the central hub only.
        QCOMPARE(http("POST", relayUrl() + QStringLiteral("/v1/publish"), QStringLiteral("admin"), "{}", &code), 403);
        QCOMPARE(code, QStringLiteral("relay_read_only"));
        QCOMPARE(http("POST", centralUrl() + QStringLiteral("/v1/publish"), QStringLiteral("site"), "{}", &code), 403);
        // Only a relay reads the token hashes; only a relay uploads in someone else's name.
        QCOMPARE(http("GET", centralUrl() + QStringLiteral("/v1/users"), QStringLiteral("alice"), {}, &code), 403);
        QCOMPARE(http("GET", centralUrl() + QStringLiteral("/v1/users"), QStringLiteral("admin"), {}, &code), 403);
        QCOMPARE(http("GET", centralUrl() + QStringLiteral("/v1/users"), QStringLiteral("site")), 200);
        const QByteArray impersonation = R"({"records":[{"uuid":"6f1c2a52-3d0e-4f43-9a43-0c8c1d3f2b11","type":"feedback",)"
                                         R"("payload":{"x":1},"user":"bob"}]})";
        QCOMPARE(http("POST", centralUrl() + QStringLiteral("/v1/outbox"), QStringLiteral("alice"), impersonation), 200);
        QVERIFY(receivedAtCentral(QStringLiteral("6f1c2a52-3d0e-4f43-9a43-0c8c1d3f2b11")).isEmpty());
        // An unknown token is refused by the relay as by the hub.
        QCOMPARE(http("GET", relayUrl() + QStringLiteral("/v1/hello"), QStringLiteral("nobody"), {}, &code), 401);
        // A revocation at the central hub reaches the relay with its next copy of the users.
        QCOMPARE(sync(QStringLiteral("carol.sqlite"), relayUrl(), QStringLiteral("carol")).exitCode, 0);
        QCOMPARE(central({QStringLiteral("user"), QStringLiteral("revoke"), QStringLiteral("carol")}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(http("GET", relayUrl() + QStringLiteral("/v1/hello"), QStringLiteral("carol"), {}, &code), 401, 20000);
        QCOMPARE(code, QStringLiteral("token_revoked"));
        QCOMPARE(sync(QStringLiteral("carol.sqlite"), relayUrl(), QStringLiteral("carol")).exitCode, 3);
        // The relay's folder refuses what belongs to the central hub.
        QCOMPARE(relayTool({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("eve"), QStringLiteral("--role"),
                            QStringLiteral("admin")}).exitCode, 1);
        QCOMPARE(relayTool({QStringLiteral("publish"), path(QStringLiteral("v1.json"))}).exitCode, 1);
        QCOMPARE(relayTool({QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}).exitCode, 1);
    }

    // A relay names the users its records come from: only users the hub knows, and for a relay bound to a site, only
    // that site's users (docs/security.md).
    void relayUploadsOnlyForItsSiteUsers()
    {
        for (const auto &[name, role, site] : {std::tuple{"dan", "agent", "lyon"}, std::tuple{"erin", "agent", "paris"},
                                               std::tuple{"lyon", "relay", "lyon"}}) {
            const Run r = central({QStringLiteral("user"), QStringLiteral("add"), QLatin1String(name), QStringLiteral("--role"),
                                   QLatin1String(role), QStringLiteral("--site"), QLatin1String(site)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            m_tokens.insert(QLatin1String(name), r.lastLine());
        }
        QVERIFY(central({QStringLiteral("user"), QStringLiteral("list")}).out.contains(QStringLiteral("dan\tagent\tactive\tlyon")));
        const auto upload = [this](const QString &relay, const QString &uuid, const QString &user) -> QString {
            const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("records"), QJsonArray{QJsonObject{
                {QStringLiteral("uuid"), uuid}, {QStringLiteral("type"), QStringLiteral("feedback")},
                {QStringLiteral("payload"), QJsonObject{{QStringLiteral("item_id"), QStringLiteral("x")}, {QStringLiteral("helpful"), true}}},
                {QStringLiteral("created_at"), QStringLiteral("2026-12-01T00:00:00Z")}, {QStringLiteral("user"), user}}}}}).toJson();
            QJsonObject answer;
            if (http("POST", centralUrl() + QStringLiteral("/v1/outbox"), relay, body, nullptr, &answer) != 200)
                return QStringLiteral("http error");
            const QJsonObject receipt = answer.value(QStringLiteral("receipts")).toArray().at(0).toObject();
            return receipt.value(QStringLiteral("status")).toString() + QLatin1Char(' ') + receipt.value(QStringLiteral("reason")).toString();
        };
        const QString ghost = QStringLiteral("0a7c2f52-3d0e-4f43-9a43-0c8c1d3f2b01"), other = QStringLiteral("0a7c2f52-3d0e-4f43-9a43-0c8c1d3f2b02"),
                      own = QStringLiteral("0a7c2f52-3d0e-4f43-9a43-0c8c1d3f2b03"), relayName = QStringLiteral("0a7c2f52-3d0e-4f43-9a43-0c8c1d3f2b04"),
                      legacy = QStringLiteral("0a7c2f52-3d0e-4f43-9a43-0c8c1d3f2b05");
        // A user the hub does not know, even through a relay with no site; nor another relay.
        QCOMPARE(upload(QStringLiteral("site"), ghost, QStringLiteral("ghost")), QStringLiteral("rejected unknown_user"));
        QCOMPARE(upload(QStringLiteral("site"), relayName, QStringLiteral("lyon")), QStringLiteral("rejected unknown_user"));
        // The Lyon relay: its own site's users only.
        QCOMPARE(upload(QStringLiteral("lyon"), other, QStringLiteral("erin")), QStringLiteral("rejected user_not_in_site"));
        QCOMPARE(upload(QStringLiteral("lyon"), other, QStringLiteral("alice")), QStringLiteral("rejected user_not_in_site"));
        QCOMPARE(upload(QStringLiteral("lyon"), own, QStringLiteral("dan")), QStringLiteral("accepted "));
        // A relay without a site (as before sites existed) may still name any known user.
        QCOMPARE(upload(QStringLiteral("site"), legacy, QStringLiteral("erin")), QStringLiteral("accepted "));
        for (const QString &refused : {ghost, other, relayName})
            QVERIFY(receivedAtCentral(refused).isEmpty());
        QCOMPARE(receivedAtCentral(own).size(), 1);
        QVERIFY(receivedAtCentral(own).constFirst().endsWith(QStringLiteral("\tdan")));
    }
};

QTEST_GUILESS_MAIN(TestRelay)
#include "tst_relay.moc"
