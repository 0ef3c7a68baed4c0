// SPDX-License-Identifier: GPL-3.0-or-later
// The hub over PostgreSQL, beyond the scenarios tst_sync_postgres shares with SQLite: URLs, schema checks,
// concurrent publishers against a reader of the change feed, several hub processes over one database, and a
// server restart under a running hub. A private PostgreSQL cluster (PostgresServer), started once.
#include "ProcessRun.h"
#include "PostgresServer.h"

#include "bench/SyntheticKnowledge.h"
#include "bundle/BundleWriter.h"
#include "hub/PostgresHubStorage.h"
#include "hub/PostgresUrl.h"
#include "hub/SqliteHubStorage.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <thread>

using namespace souffleur;
using souffleur::test::keyValues;
using souffleur::test::Run;
using namespace souffleur::hub;

namespace {

// The hub, the only tool these tests start.
test::Run run(const QStringList &args)
{
    return test::run(QStringLiteral(SOUFFLEUR_HUB), args);
}

} // namespace

class TestHubPostgres final : public QObject
{
    Q_OBJECT
private:
    PostgresServer m_pg;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    QList<QProcess *> m_hubs;
    QList<quint16> m_ports;
    QMap<QString, QString> m_tokens;

    // Runs one statement on the test's own connection to `database` (to tamper with a hub behind its back).
    bool sqlOn(const QString &database, const QString &statement)
    {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("tamper"));
            auto url = PostgresUrl::parse(m_pg.url(database));
            db.setHostName(url->host);
            db.setPort(url->port);
            db.setUserName(url->user);
            db.setDatabaseName(database);
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(statement);
                if (!ok)
                    qWarning() << q.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        return ok;
    }

    struct Http
    {
        int status = 0;
        QJsonObject json;
    };
    Http http(quint16 port, const QByteArray &verb, const QString &target, const QString &user, const QByteArray &body = {})
    {
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(target)));
        req.setRawHeader("Authorization", "Bearer " + m_tokens.value(user).toUtf8());
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(req, verb, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Http r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), QJsonDocument::fromJson(reply->readAll()).object()};
        reply->deleteLater();
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SOUFFLEUR_START_POSTGRES(m_pg);
    }

    void cleanupTestCase()
    {
        for (QProcess *p : std::as_const(m_hubs)) {
            p->kill();
            p->waitForFinished();
            delete p;
        }
    }

    void urls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("redacted");
        QTest::newRow("full") << u"postgresql://hub:s%40cret@db.example:6543/souffleur"_qs << true << u"db.example"_qs << 6543
                              << u"hub"_qs << u"s@cret"_qs << u"souffleur"_qs << u"postgresql://hub:***@db.example:6543/souffleur"_qs;
        QTest::newRow("socket") << u"postgresql://hub@/kb?host=/run/postgresql&port=5433"_qs << true << u"/run/postgresql"_qs
                                << 5433 << u"hub"_qs << QString() << u"kb"_qs << u"postgresql://hub@/kb?host=/run/postgresql&port=5433"_qs;
        QTest::newRow("short scheme, defaults") << u"postgres:///kb"_qs << true << QString() << -1 << QString() << QString()
                                                << u"kb"_qs << u"postgresql:///kb"_qs;
        QTest::newRow("ipv6 and sslmode") << u"postgresql://u@[::1]:5432/kb?sslmode=require"_qs << true << u"::1"_qs << 5432
                                          << u"u"_qs << QString() << u"kb"_qs << u"postgresql://u@[::1]:5432/kb?sslmode=require"_qs;
        QTest::newRow("libpq keepalives and options") << u"postgresql://u@h/kb?keepalives_idle=5&options=-c%20statement_timeout%3D5s"_qs
                                                      << true << u"h"_qs << -1 << u"u"_qs << QString() << u"kb"_qs
                                                      << u"postgresql://u@h/kb?keepalives_idle=5&options=-c statement_timeout=5s"_qs;
        QTest::newRow("no scheme") << u"/var/lib/hub"_qs << false << QString() << 0 << QString() << QString() << QString() << QString();
        QTest::newRow("no database") << u"postgresql://u@h:5432/"_qs << false << QString() << 0 << QString() << QString() << QString() << QString();
        QTest::newRow("bad port") << u"postgresql://u@h:99999/kb"_qs << false << QString() << 0 << QString() << QString() << QString() << QString();
        QTest::newRow("unknown parameter") << u"postgresql://u@h/kb?sslmdoe=require"_qs << false << QString() << 0 << QString() << QString() << QString() << QString();
        QTest::newRow("option injection") << u"postgresql://u@h/kb?sslmode=require%20password=x"_qs << false << QString() << 0 << QString() << QString() << QString() << QString();
    }

    void urls()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        auto parsed = PostgresUrl::parse(url);
        QCOMPARE(parsed.ok(), ok);
        if (!ok) {
            QVERIFY(parsed.error().message.contains(u"Invalid PostgreSQL URL"));
            QVERIFY(!parsed.error().message.contains(u"s@cret"));
            return;
        }
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, database);
        QFETCH(QString, redacted);
        QCOMPARE(parsed->host, host);
        QCOMPARE(parsed->port, port);
        QCOMPARE(parsed->user, user);
        QCOMPARE(parsed->password, password);
        QCOMPARE(parsed->database, database);
        QCOMPARE(parsed->redacted(), redacted);
    }

    void initStatusAndClearErrors()
    {
        QCOMPARE(m_pg.createDatabase(QStringLiteral("cli")), QString());
        const QString url = m_pg.url(QStringLiteral("cli"));
        Run r = run({QStringLiteral("status"), QStringLiteral("--db"), url});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"holds no hub") && r.err.contains(u"init --db"), qPrintable(r.err));

        r = run({QStringLiteral("init"), QStringLiteral("--db"), url});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString hubId = keyValues(r.out).value(QStringLiteral("hub_id"));
        QCOMPARE(hubId.size(), 36);
        // init again keeps the hub; over TCP, with a password in the URL, the same hub, and no password shown.
        QCOMPARE(keyValues(run({QStringLiteral("init"), QStringLiteral("--db"), url}).out).value(QStringLiteral("hub_id")), hubId);
        QString tcp = m_pg.tcpUrl(QStringLiteral("cli"));
        tcp.replace(u"souffleur@"_qs, u"souffleur:hunter2@"_qs);
        r = run({QStringLiteral("status"), QStringLiteral("--db"), tcp});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto status = keyValues(r.out);
        QCOMPARE(status.value(QStringLiteral("hub_id")), hubId);
        QCOMPARE(status.value(QStringLiteral("head")), QStringLiteral("0"));
        QVERIFY(status.value(QStringLiteral("database")).contains(u"127.0.0.1"));
        QVERIFY(!r.out.contains(u"hunter2"));

        r = run({QStringLiteral("status"), QStringLiteral("--db"), m_pg.url(QStringLiteral("no_such_db"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"\"no_such_db\" does not exist"), qPrintable(r.err));
        r = run({QStringLiteral("status"), QStringLiteral("--db"), QStringLiteral("postgresql://u@h/kb?sslmdoe=1")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"unknown parameter \"sslmdoe\""), qPrintable(r.err));
        r = run({QStringLiteral("status"), QStringLiteral("--db"), url, QStringLiteral("--data"), m_dir.path()});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("status")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"--db URL"));
    }

    void upgradesSchema101()
    {
        // A database as a hub of schema 101 left it (no relay role, no review columns), with a record in it.
        QCOMPARE(m_pg.createDatabase(QStringLiteral("older")), QString());
        {
            auto storage = PostgresHubStorage::open(m_pg.url(QStringLiteral("older")), true);
            QVERIFY(storage.ok());
        }
        for (const char *statement : {"ALTER TABLE received DROP COLUMN forward_note", "ALTER TABLE received DROP COLUMN outcome",
                                      "ALTER TABLE received DROP COLUMN outcome_note", "ALTER TABLE received DROP COLUMN reviewed_by",
                                      "ALTER TABLE received DROP COLUMN reviewed_at",
                                      "ALTER TABLE users DROP CONSTRAINT users_role_check",
                                      "ALTER TABLE users ADD CONSTRAINT users_role_check CHECK (role IN ('agent', 'lead', 'admin'))",
                                      "UPDATE meta SET value = '101' WHERE key = 'schema_version'",
                                      "INSERT INTO received (uuid, user_name, type, payload) VALUES "
                                      "('6f1c2a52-3d0e-4f43-9a43-0c8c1d3f2b12', 'alice', 'suggestion', '{}')"})
            QVERIFY2(sqlOn(QStringLiteral("older"), QLatin1String(statement)), statement);
        const QStringList db{QStringLiteral("--db"), m_pg.url(QStringLiteral("older"))};
        const Run relay = run(QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("site"),
                                          QStringLiteral("--role"), QStringLiteral("relay")} + db);
        QVERIFY2(relay.exitCode == 0, qPrintable(relay.err));
        const Run review = run(QStringList{QStringLiteral("review"), QStringLiteral("6f1c2a52-3d0e-4f43-9a43-0c8c1d3f2b12"),
                                           QStringLiteral("--accept")} + db);
        QVERIFY2(review.exitCode == 0, qPrintable(review.err));
        // (fails with a division by zero unless the schema version is now the latest)
        QVERIFY(sqlOn(QStringLiteral("older"), QStringLiteral("SELECT 1 / (CASE WHEN value = '%1' THEN 1 ELSE 0 END) FROM meta "
                                                              "WHERE key = 'schema_version'").arg(PostgresHubStorage::kSchemaVersion)));
        auto storage = PostgresHubStorage::open(m_pg.url(QStringLiteral("older")), false);
        QVERIFY(storage.ok());
        auto outcomes = (*storage)->outcomes({QStringLiteral("6f1c2a52-3d0e-4f43-9a43-0c8c1d3f2b12")}, QStringLiteral("alice"));
        QVERIFY(outcomes.ok());
        QCOMPARE(outcomes->constFirst().status, QStringLiteral("accepted"));
    }

    void refusesWhatIsNotItsSchema()
    {
        QCOMPARE(m_pg.createDatabase(QStringLiteral("newer")), QString());
        {
            auto storage = PostgresHubStorage::open(m_pg.url(QStringLiteral("newer")), true);
            QVERIFY2(storage.ok(), storage.ok() ? "" : qPrintable(storage.error().toString()));
        }
        QVERIFY(sqlOn(QStringLiteral("newer"), QStringLiteral("UPDATE meta SET value = '999' WHERE key = 'schema_version'")));
        auto refused = PostgresHubStorage::open(m_pg.url(QStringLiteral("newer")), true);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"schema version 999, newer"), qPrintable(refused.error().message));

        // Another application's tables: neither taken for a hub nor overwritten.
        QCOMPARE(m_pg.createDatabase(QStringLiteral("foreign_app")), QString());
        QVERIFY(sqlOn(QStringLiteral("foreign_app"), QStringLiteral("CREATE TABLE users (id int)")));
        auto foreign = PostgresHubStorage::open(m_pg.url(QStringLiteral("foreign_app")), true);
        QVERIFY(!foreign.ok());
        QVERIFY2(foreign.error().message.contains(u"use an empty database"), qPrintable(foreign.error().message));
        QVERIFY(sqlOn(QStringLiteral("foreign_app"), QStringLiteral("CREATE TABLE meta (key text, value text)")));
        foreign = PostgresHubStorage::open(m_pg.url(QStringLiteral("foreign_app")), true);
        QVERIFY(!foreign.ok());
        QVERIFY2(foreign.error().message.contains(u"not a hub database"), qPrintable(foreign.error().message));
        QVERIFY(sqlOn(QStringLiteral("foreign_app"), QStringLiteral("SELECT id FROM users")));  // still there
    }

    // One plan written in several multi-row batches, naming one entity twice: the log keeps every change and the
    // content the last one, exactly as SQLite does.
    void publishMatchesSqlite()
    {
        QCOMPARE(m_pg.createDatabase(QStringLiteral("parity")), QString());
        auto pg = PostgresHubStorage::open(m_pg.url(QStringLiteral("parity")), true);
        auto lite = SqliteHubStorage::open(m_dir.filePath(QStringLiteral("parity")), true);
        QVERIFY(pg.ok() && lite.ok());
        const auto planner = [](const ContentMap &current) -> Result<PublishPlan> {
            QList<LogChange> out;
            for (int i = 0; i < 300; ++i)
                out.append({0, QStringLiteral("ticket"), QStringLiteral("t-%1").arg(i), current.size() + 1, false,
                            QStringLiteral("{\"i\":%1,\"text\":\"é ' \\\" ?\"}").arg(i).toUtf8()});
            out.append({0, QStringLiteral("ticket"), QStringLiteral("t-5"), 2, false, "{\"v\":2}"});
            out.append({0, QStringLiteral("ticket"), QStringLiteral("t-7"), 2, true, "{\"gone\":true}"});
            return PublishPlan{out, 0};
        };
        for (HubStorage *storage : {static_cast<HubStorage *>(pg->get()), static_cast<HubStorage *>(lite->get())}) {
            auto result = storage->publish(planner, QStringLiteral("test"));
            QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().toString()));
            QCOMPARE(result->fromSeq, 1);
            QCOMPARE(result->toSeq, 302);
            QCOMPARE(result->puts, 301);
            QCOMPARE(result->tombstones, 1);
        }
        auto pgLog = (*pg)->changes(0, 5000), liteLog = (*lite)->changes(0, 5000);
        auto pgSnap = (*pg)->snapshot(), liteSnap = (*lite)->snapshot();
        QVERIFY(pgLog.ok() && liteLog.ok() && pgSnap.ok() && liteSnap.ok());
        QCOMPARE(pgLog->changes.size(), 302);
        QCOMPARE(pgSnap->entities.size(), 299);
        const auto same = [](const QList<LogChange> &a, const QList<LogChange> &b) {
            if (a.size() != b.size())
                return false;
            for (qsizetype i = 0; i < a.size(); ++i)
                if (a[i].seq != b[i].seq || a[i].entity != b[i].entity || a[i].id != b[i].id || a[i].version != b[i].version
                    || a[i].tombstone != b[i].tombstone || a[i].payload != b[i].payload)
                    return false;
            return true;
        };
        QVERIFY(same(pgLog->changes, liteLog->changes));
        QVERIFY(same(pgSnap->entities, liteSnap->entities));
        const auto t5 = std::find_if(pgSnap->entities.cbegin(), pgSnap->entities.cend(), [](const LogChange &c) { return c.id == u"t-5"; });
        QVERIFY(t5 != pgSnap->entities.cend());
        QCOMPARE(t5->seq, 301);
        QCOMPARE(t5->payload, QByteArray("{\"v\":2}"));
        QCOMPARE(pgLog->changes.at(2).payload, QByteArray("{\"i\":2,\"text\":\"é ' \\\" ?\"}"));
    }

    // The key property of the PostgreSQL backend: publishers on separate connections run at the same time, and a
    // reader polling the change feed meanwhile receives every sequence number exactly once, in order, with no
    // page that skips one (a later seq visible before an earlier one commits would be skipped for ever).
    void concurrentPublishersLeaveNoGap()
    {
        QCOMPARE(m_pg.createDatabase(QStringLiteral("race")), QString());
        const QString url = m_pg.url(QStringLiteral("race"));
        {
            auto storage = PostgresHubStorage::open(url, true);
            QVERIFY(storage.ok());
        }
        constexpr int kPublishers = 3;
        constexpr int kPublishes = 25;
        constexpr int kChangesPerPublish = 4;
        std::atomic<int> publishersLeft{kPublishers};
        QStringList errors[kPublishers + 1];
        QList<LogChange> delivered;
        QList<qint64> pageSizes;
        int gaps = 0;
        int pollsDuringPublishing = 0;

        std::vector<std::thread> threads;
        for (int p = 0; p < kPublishers; ++p) {
            threads.emplace_back([&, p] {
                auto storage = PostgresHubStorage::open(url, false);
                if (!storage) {
                    errors[p].append(storage.error().toString());
                    --publishersLeft;
                    return;
                }
                for (int k = 0; k < kPublishes; ++k) {
                    auto r = (*storage)->publish([&](const ContentMap &) -> Result<PublishPlan> {
                        // Widen the window between reading the head and committing.
                        QThread::usleep(500 + 300 * p);
                        QList<LogChange> out;
                        for (int i = 0; i < kChangesPerPublish; ++i) {
                            const QString id = QStringLiteral("p%1-%2-%3").arg(p).arg(k).arg(i);
                            out.append({0, QStringLiteral("ticket"), id, 1, false, "{\"id\":\"" + id.toUtf8() + "\"}"});
                        }
                        return PublishPlan{out, 0};
                    }, QStringLiteral("publisher-%1").arg(p));
                    if (!r)
                        errors[p].append(r.error().toString());
                    else if (r->toSeq - r->fromSeq + 1 != kChangesPerPublish)
                        errors[p].append(QStringLiteral("publish %1 wrote %2..%3").arg(k).arg(r->fromSeq).arg(r->toSeq));
                }
                --publishersLeft;
            });
        }
        threads.emplace_back([&] {
            auto storage = PostgresHubStorage::open(url, false);
            if (!storage) {
                errors[kPublishers].append(storage.error().toString());
                return;
            }
            qint64 since = 0;
            for (;;) {
                const bool publishing = publishersLeft.load() > 0;
                auto page = (*storage)->changes(since, 7);
                if (!page) {
                    errors[kPublishers].append(page.error().toString());
                    return;
                }
                if (publishing)
                    ++pollsDuringPublishing;
                for (const LogChange &c : std::as_const(page->changes)) {
                    if (c.seq != since + 1)
                        ++gaps;
                    since = c.seq;
                    delivered.append(c);
                }
                if (page->changes.isEmpty() && since < page->info.head)
                    ++gaps;  // the head says there is more, but the page is empty
                pageSizes.append(page->changes.size());
                if (!publishing && since >= page->info.head)
                    return;
            }
        });
        for (std::thread &t : threads)
            t.join();

        for (const QStringList &e : errors)
            QVERIFY2(e.isEmpty(), qPrintable(e.join(u'\n')));
        QCOMPARE(gaps, 0);
        constexpr int total = kPublishers * kPublishes * kChangesPerPublish;
        QCOMPARE(delivered.size(), total);
        QSet<QString> ids;
        for (qsizetype i = 0; i < delivered.size(); ++i) {
            QCOMPARE(delivered.at(i).seq, qint64(i + 1));
            ids.insert(delivered.at(i).id);
        }
        QCOMPARE(ids.size(), total);
        auto storage = PostgresHubStorage::open(url, false);
        QCOMPARE((*storage)->info()->head, qint64(total));
        qInfo("%d publishers x %d publishes x %d changes; the reader polled %d times while they ran, %lld pages in all",
              kPublishers, kPublishes, kChangesPerPublish, pollsDuringPublishing, qint64(pageSizes.size()));
    }

    // Stateless hubs: two `serve` processes over one database behave as one hub.
    void severalHubsOverOneDatabase()
    {
        QCOMPARE(m_pg.createDatabase(QStringLiteral("shared")), QString());
        const QStringList db{QStringLiteral("--db"), m_pg.url(QStringLiteral("shared"))};
        for (const char *name : {"lead", "agent"}) {
            const Run r = run(QStringList{QStringLiteral("user"), QStringLiteral("add"), QLatin1String(name),
                                          QStringLiteral("--role"), QLatin1String(name)} + db);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            m_tokens.insert(QLatin1String(name), r.lastLine());
        }
        for (int i = 0; i < 2; ++i) {
            auto *hub = new QProcess;
            m_hubs.append(hub);
            hub->start(QStringLiteral(SOUFFLEUR_HUB), QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                                                                  QStringLiteral("127.0.0.1:0")} + db);
            QVERIFY(hub->waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(hub->canReadLine(), 10000);
            const QString line = QString::fromUtf8(hub->readLine()).trimmed();
            QVERIFY2(line.startsWith(u"listening=127.0.0.1:"), qPrintable(line));
            m_ports.append(quint16(line.section(QLatin1Char(':'), -1).toUInt()));
        }
        const quint16 a = m_ports.at(0), b = m_ports.at(1);

        SyntheticSizes sizes;
        sizes.articles = 12;
        sizes.replies = 4;
        sizes.procedures = 2;
        sizes.categories = 5;
        sizes.tickets = 10;
        const QByteArray bundle = BundleWriter::toBytes(SyntheticKnowledge(sizes).build());
        Http r = http(a, "POST", QStringLiteral("/v1/publish"), QStringLiteral("lead"), bundle);
        QCOMPARE(r.status, 200);
        const qint64 head = r.json.value(QStringLiteral("head")).toInteger();
        QVERIFY(head > 20);
        // Published through A, read from B.
        r = http(b, "GET", QStringLiteral("/v1/changes?since=0&limit=5000"), QStringLiteral("agent"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("head")).toInteger(), head);
        QCOMPARE(r.json.value(QStringLiteral("changes")).toArray().size(), head);
        // Publishing it again through B: nothing new.
        r = http(b, "POST", QStringLiteral("/v1/publish"), QStringLiteral("lead"), bundle);
        QCOMPARE(r.json.value(QStringLiteral("puts")).toInt(), 0);
        QCOMPARE(r.json.value(QStringLiteral("head")).toInteger(), head);

        // An outbox record sent to A, whose answer was lost, retried at B: stored once.
        const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray upload = QJsonDocument(QJsonObject{{QStringLiteral("records"), QJsonArray{QJsonObject{
            {QStringLiteral("uuid"), uuid}, {QStringLiteral("type"), QStringLiteral("feedback")},
            {QStringLiteral("payload"), QJsonObject{{QStringLiteral("item_id"), QStringLiteral("x")}}}}}}}).toJson();
        r = http(a, "POST", QStringLiteral("/v1/outbox"), QStringLiteral("agent"), upload);
        QCOMPARE(r.json.value(QStringLiteral("accepted")).toInt(), 1);
        r = http(b, "POST", QStringLiteral("/v1/outbox"), QStringLiteral("agent"), upload);
        QCOMPARE(r.json.value(QStringLiteral("duplicate")).toInt(), 1);
        QCOMPARE(run(QStringList{QStringLiteral("received")} + db).out.count(uuid), 1);

        // A revocation made from the command line applies at once on both.
        QCOMPARE(http(b, "GET", QStringLiteral("/v1/hello"), QStringLiteral("agent")).status, 200);
        QCOMPARE(run(QStringList{QStringLiteral("user"), QStringLiteral("revoke"), QStringLiteral("agent")} + db).exitCode, 0);
        for (quint16 port : {a, b}) {
            r = http(port, "GET", QStringLiteral("/v1/hello"), QStringLiteral("agent"));
            QCOMPARE(r.status, 401);
            QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                     QStringLiteral("token_revoked"));
        }
    }

    // A database restart (or fail-over) under running hubs: the next request reconnects instead of failing for
    // ever.
    void survivesADatabaseRestart()
    {
        QVERIFY(m_ports.size() == 2);
        auto storage = PostgresHubStorage::open(m_pg.url(QStringLiteral("shared")), false);
        QVERIFY(storage.ok());
        const qint64 head = (*storage)->info()->head;
        QCOMPARE(m_pg.restart(), QString());
        auto info = (*storage)->info();
        QVERIFY2(info.ok(), info.ok() ? "" : qPrintable(info.error().toString()));
        QCOMPARE(info->head, head);
        for (quint16 port : std::as_const(m_ports)) {
            const Http r = http(port, "GET", QStringLiteral("/v1/changes?since=0&limit=1"), QStringLiteral("lead"));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json.value(QStringLiteral("head")).toInteger(), head);
        }
    }

    // A hub over a streaming replica serves the feed: what the primary committed, in order and without a gap,
    // while writes there answer "retry later" (docs/hub-postgresql.md, read replicas).
    void replicaServesTheFeed()
    {
        QVERIFY(m_ports.size() == 2);
        PostgresServer replica;
        const QString why = replica.startReplicaOf(m_pg);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        auto primary = PostgresHubStorage::open(m_pg.url(QStringLiteral("shared")), false);
        QVERIFY(primary.ok());
        const qint64 head = (*primary)->info()->head;

        QProcess feed;
        feed.start(QStringLiteral(SOUFFLEUR_HUB), {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                                   QStringLiteral("--db"), replica.url(QStringLiteral("shared"))});
        QVERIFY(feed.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(feed.canReadLine(), 10000);
        const QString line = QString::fromUtf8(feed.readLine()).trimmed();
        QVERIFY2(line.startsWith(u"listening=127.0.0.1:"), qPrintable(line + QString::fromUtf8(feed.readAllStandardError())));
        const quint16 port = quint16(line.section(QLatin1Char(':'), -1).toUInt());

        Http r = http(port, "GET", QStringLiteral("/v1/changes?since=0&limit=5000"), QStringLiteral("lead"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("head")).toInteger(), head);
        QCOMPARE(r.json.value(QStringLiteral("changes")).toArray().size(), head);

        // New publishes on the primary reach the feed hub as the standby replays them.
        constexpr int kPublishes = 5;
        for (int k = 0; k < kPublishes; ++k) {
            auto published = (*primary)->publish([k](const ContentMap &) -> Result<PublishPlan> {
                QList<LogChange> out;
                for (int i = 0; i < 3; ++i)
                    out.append({0, QStringLiteral("ticket"), QStringLiteral("replica-%1-%2").arg(k).arg(i), 1, false, "{}"});
                return PublishPlan{out, 0};
            }, QStringLiteral("test"));
            QVERIFY(published.ok());
        }
        const qint64 newHead = head + 3 * kPublishes;
        QTRY_COMPARE_WITH_TIMEOUT(http(port, "GET", QStringLiteral("/v1/hello"), QStringLiteral("lead"))
                                      .json.value(QStringLiteral("head")).toInteger(), newHead, 20000);
        r = http(port, "GET", QStringLiteral("/v1/changes?since=%1").arg(head), QStringLiteral("lead"));
        const QJsonArray changes = r.json.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 3 * kPublishes);
        for (qsizetype i = 0; i < changes.size(); ++i)
            QCOMPARE(changes.at(i).toObject().value(QStringLiteral("seq")).toInteger(), head + 1 + i);

        // Writes need the primary: the standby refuses them, the desktop keeps its record and retries later.
        const QByteArray upload = QJsonDocument(QJsonObject{{QStringLiteral("records"), QJsonArray{QJsonObject{
            {QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)}, {QStringLiteral("type"), QStringLiteral("usage")},
            {QStringLiteral("payload"), QJsonObject{}}}}}}).toJson();
        r = http(port, "POST", QStringLiteral("/v1/outbox"), QStringLiteral("lead"), upload);
        QCOMPARE(r.status, 503);
        QCOMPARE(r.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("unavailable"));
        feed.kill();
        feed.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestHubPostgres)
#include "tst_hub_postgres.moc"
